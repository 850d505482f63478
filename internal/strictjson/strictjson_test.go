package strictjson

import (
	"errors"
	"strings"
	"testing"
)

var errKind = errors.New("malformed thing")

// TestObject: one object, each key once, the required ones present, no other, nothing after it.
func TestObject(t *testing.T) {
	f, err := Object([]byte(` {"a": 1, "b": {"x": [1, 2]}} `), []string{"a"}, []string{"b", "c"})
	if err != nil || string(f["a"]) != "1" || len(f) != 2 {
		t.Fatalf("%v, %v", f, err)
	}
	for _, c := range []struct{ in, field, want string }{
		{`{"a": 1, "a": 2}`, "a", "more than once"},
		{`{"a": 1, "b": {"x": 1, "x": 2}}`, "b.x", "more than once"},
		{`{"a": 1, "b": [{"y": 1}, {"y": 2, "y": 3}]}`, "b[1].y", "more than once"},
		{`{"a": 1, "d": 2}`, "d", "unknown field (known: a, b, c)"},
		{`{"b": 2}`, "a", "missing"},
		{`{"a": 1} {}`, "", "data after"},
		{`[1]`, "", "want a JSON object"},
		{`{"a": 1`, "", "unexpected end"},
		{``, "", "unexpected end"},
	} {
		_, err := Object([]byte(c.in), []string{"a"}, []string{"b", "c"})
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != c.field || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want field %q and %q", c.in, err, c.field, c.want)
		}
	}
}

type doc struct {
	Name  string            `json:"name"`
	Keys  map[string]string `json:"keys"`
	Items []struct {
		ID uint64 `json:"id"`
	} `json:"items"`
}

// TestDecode: a struct decodes; duplicates at any depth, unknown fields, wrong types and trailing data are
// errors naming the field in JSON terms.
func TestDecode(t *testing.T) {
	var d doc
	if err := Decode([]byte(`{"name": "n", "keys": {"pk": "p"}, "items": [{"id": 7}]}`), &d); err != nil || d.Items[0].ID != 7 {
		t.Fatalf("%+v, %v", d, err)
	}
	for _, c := range []struct{ in, field, want string }{
		{`{"name": "n", "name": "m"}`, "name", "more than once"},
		{`{"keys": {"pk": "a", "pk": "b"}}`, "keys.pk", "more than once"},
		{`{"items": [{"id": 1, "id": 2}]}`, "items[0].id", "more than once"},
		{`{"nmae": "n"}`, "nmae", "unknown field"},
		{`{"items": [{"id": "7"}]}`, "items.id", "want a number, got string"},
		{`{"name": "n"} x`, "", "data after"},
		{`{"name": `, "", "unexpected end"},
	} {
		err := Decode([]byte(c.in), &doc{})
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != c.field || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "uint64") {
			t.Errorf("%s: %v, want field %q and %q, no Go type", c.in, err, c.field, c.want)
		}
	}
	if err := DecodeReader(strings.NewReader(`{"name": "0123456789"}`), 10, &doc{}); err == nil || !strings.Contains(err.Error(), "longer than 10 bytes") {
		t.Errorf("over the limit: %v", err)
	}
}

// TestKind: a caller's sentinel matches and prefixes the message.
func TestKind(t *testing.T) {
	_, err := Object([]byte(`{}`), []string{"a"}, nil)
	err = WithKind(err, errKind)
	if !errors.Is(err, errKind) || err.Error() != `malformed thing: field "a": missing` {
		t.Fatalf("%v", err)
	}
}

// TestHexAndUint: exact lengths, the 0x prefix, decimal integers without leading zeros.
func TestHexAndUint(t *testing.T) {
	var b [4]byte
	if err := Hex("0x0102aAfF", b[:]); err != nil || b != [4]byte{1, 2, 0xaa, 0xff} {
		t.Fatalf("%x, %v", b, err)
	}
	for _, s := range []string{"01020304", "0x010203", "0x0102030405", "0x0102030g"} {
		if err := Hex(s, b[:]); err == nil {
			t.Errorf("Hex(%q) accepted", s)
		}
	}
	f, err := Object([]byte(`{"a": 18446744073709551615, "b": 1.5, "c": 1e3, "d": "0x01020304", "e": -1}`), nil, []string{"a", "b", "c", "d", "e"})
	if err != nil {
		t.Fatal(err)
	}
	if v, err := Uint(f, "a"); err != nil || v != 1<<64-1 {
		t.Errorf("a: %d, %v", v, err)
	}
	for _, k := range []string{"b", "c", "e"} {
		if _, err := Uint(f, k); err == nil {
			t.Errorf("Uint(%s) accepted %s", k, f[k])
		}
	}
	if err := HexField(f, "d", b[:]); err != nil || b != [4]byte{1, 2, 3, 4} {
		t.Errorf("d: %x, %v", b, err)
	}
	if err := HexField(f, "a", b[:]); err == nil {
		t.Error("a number as hex accepted")
	}
}
