package subset

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestNumbers: decimal means decimal, hexadecimal needs 0x, and anything else a YAML reader might coerce
// into an integer (octal, floats, exponents, values of 2^64 or more) is an error naming the region and the
// field. On the old decoder "010" was 8, 1e3 was 1000, 1.5 was 1 and 2^64 wrapped.
func TestNumbers(t *testing.T) {
	doc := func(v string) string {
		return fmt.Sprintf("name: a\nversion: '1'\nregions:\n  - name: cfg\n    file: {path: /x, ranges: [{offset: %s, length: 1}]}\n", v)
	}
	for _, tc := range []struct {
		lit  string
		want uint64
		err  string // "" means accepted
	}{
		{"0", 0, ""},
		{"10", 10, ""},
		{"0x10", 16, ""},
		{"0X1f", 31, ""},
		{"18446744073709551614", 1<<64 - 2, ""},
		{"0xfffffffffffffffe", 1<<64 - 2, ""},
		{"010", 0, "has a leading zero"},
		{"00", 0, "has a leading zero"},
		{"0o10", 0, "is not a number"},
		{"0b101", 0, "is not a number"},
		{"1_000", 0, "is not a number"},
		{"1e3", 0, "is not an integer"},
		{"1E3", 0, "is not an integer"},
		{"1.5", 0, "is not an integer"},
		{"1.0", 0, "is not an integer"},
		{".inf", 0, "is not an integer"},
		{".nan", 0, "is not an integer"},
		{"+1", 0, "a sign is not allowed"},
		{"-0", 0, "a sign is not allowed"},
		{"18446744073709551616", 0, "is too large: at most 18446744073709551615"},
		{"99999999999999999999999", 0, "is too large"},
		{"0x10000000000000000", 0, "is too large"},
		{"'10'", 0, `want a number, not the quoted string "10"`},
		{`"0x10"`, 0, "want a number, not the quoted string"},
		{"~", 0, "want a number, not an empty value"},
		{"true", 0, "is not a number"},
		{"[1]", 0, "want a number, not a list"},
	} {
		m, err := Parse([]byte(doc(tc.lit)))
		if tc.err == "" {
			if err != nil || m.Regions[0].File.Ranges[0].Offset != tc.want {
				t.Errorf("offset: %s: %v, want %d", tc.lit, err, tc.want)
			}
			continue
		}
		if err == nil || !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), `region 0 ("cfg"): file.ranges[0].offset: `) ||
			!strings.Contains(err.Error(), tc.err) {
			t.Errorf("offset: %s: %v, want an error naming region cfg, file.ranges[0].offset and %q", tc.lit, err, tc.err)
		}
	}
	// Signed fields take a sign and their own bounds.
	for lit, want := range map[string]string{
		"-1":                   "pid: -1 must be positive",
		"9223372036854775808":  "is too large: at most 9223372036854775807",
		"-9223372036854775809": "is too small",
		"1e2":                  "is not an integer",
	} {
		_, err := Parse([]byte("name: a\nversion: '1'\nregions: [{name: p, process-memory: {process: {pid: " + lit + "}, mapping: {path: /bin/x}}}]\n"))
		if err == nil || !strings.Contains(err.Error(), `region 0 ("p"): process-memory.process.pid`) || !strings.Contains(err.Error(), want) {
			t.Errorf("pid %s: %v, want %q", lit, err, want)
		}
	}
}

// TestErrorsSpeakTheManifest: misfit values are errors in the manifest's words (region, field, what was
// written), never the YAML decoder's Go types.
func TestErrorsSpeakTheManifest(t *testing.T) {
	for _, tc := range []struct{ doc, want string }{
		{"name: a\nversion: '1'\nregions: {name: x}\n", `manifest: regions: want a list, not a mapping`},
		{"name: [a]\nversion: '1'\nregions: [{name: k, kernel: {}}]\n", `manifest: name: want a string, not a list`},
		{"- a\n", `manifest: want a mapping, not a list`},
		{"name: a\nversion: '1'\nregions: [{name: k, kernel: {cmdline: yes}}]\n", `region 0 ("k"): kernel.cmdline: want true or false, not "yes"`},
		{"name: a\nversion: '1'\nregions: [{name: k, kernel: {modules: 1}}]\n", `region 0 ("k"): kernel.modules: want true or false, not "1"`},
		{"name: a\nversion: '1'\nregions: [{name: f, file: {path: {p: 1}}}]\n", `region 0 ("f"): file.path: want a string, not a mapping`},
		{"name: a\nversion: '1'\nregions: [{name: f, file: [1]}]\n", `region 0 ("f"): file: want a mapping, not a list`},
		{"name: a\nversion: '1'\nregions: [{name: f, file: {path: /x, ranges: {offset: 1}}}]\n", `region 0 ("f"): file.ranges: want a list, not a mapping`},
		{"name: a\nversion: '1'\nregions: [{name: f, file: {path: /x, path: /y}}]\n", `region 0 ("f"): file.path: written twice`},
		{"name: a\nversion: '1'\nregions: [{name: g, guest-memory: {path: /x, format: raw-dump, ranges: [{gpa: 1.5e3, length: 1}]}}]\n", `region 0 ("g"): guest-memory.ranges[0].gpa: "1.5e3" is not an integer`},
	} {
		_, err := Parse([]byte(tc.doc))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: %v, want %q", tc.doc, err, tc.want)
			continue
		}
		for _, leak := range []string{"unmarshal", "Go struct", "uint64", "subset.", "strconv", "!!"} {
			if strings.Contains(err.Error(), leak) {
				t.Errorf("%q: error %q names a Go type or the decoder (%q)", tc.doc, err, leak)
			}
		}
	}
}

// TestDecodeError: should the decoder fail after the schema check, its error keeps the line and drops the
// Go types.
func TestDecodeError(t *testing.T) {
	got := decodeError(errors.New("yaml: unmarshal errors:\n  line 5: cannot unmarshal !!str `x` into [32]uint8")).Error()
	if got != "line 5: a value does not fit its field" {
		t.Fatalf("decodeError = %q", got)
	}
	if got := decodeError(errors.New("cannot unmarshal into subset.Manifest")); got.Error() != "a value does not fit its field" {
		t.Fatalf("decodeError without a line = %q", got)
	}
}
