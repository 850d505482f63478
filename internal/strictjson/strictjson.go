// Package strictjson is vmattest's one strict JSON decoder: the documents and requests it reads mean exactly
// one thing. A key that appears twice (at any depth), an unknown key, a missing required key and data after
// the value are errors, each naming the field in the user's words (FieldError), never a Go type. Fixed-length
// byte fields are 0x-prefixed hex of exactly their length (Hex).
//
// Two JSON readers must never disagree about a document: Go's encoding/json keeps the last of two equal keys,
// other decoders the first, so a document with duplicate keys is refused rather than read one way here.
package strictjson

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// FieldError names the field of a JSON document that is wrong: Field is its path ("keys.pk", "items[2].id"),
// "" for the document as a whole. Kind, when set, is the sentinel that errors.Is matches (the caller's
// ErrMalformed..., ErrBadRequest) and prefixes the message.
type FieldError struct {
	Kind  error
	Field string
	Err   error
}

func (e *FieldError) Error() string {
	msg := e.Err.Error()
	if e.Field != "" {
		msg = fmt.Sprintf("field %q: %s", e.Field, msg)
	}
	if e.Kind != nil {
		msg = e.Kind.Error() + ": " + msg
	}
	return msg
}

// Unwrap returns the cause.
func (e *FieldError) Unwrap() error { return e.Err }

// Is matches Kind.
func (e *FieldError) Is(target error) bool { return e.Kind != nil && target == e.Kind }

// WithKind returns err with every FieldError in it given kind (when it has none), so that a package's
// sentinel matches the errors of this package's decoders.
func WithKind(err error, kind error) error {
	var fe *FieldError
	if errors.As(err, &fe) && fe.Kind == nil {
		fe.Kind = kind
	}
	return err
}

// Object splits data, one JSON object, into its fields: each key at most once, every required key present,
// no key that is neither required nor optional, nothing after the object. Values are left raw (numbers
// keep their text) for the caller to decode.
func Object(data []byte, required, optional []string) (map[string]json.RawMessage, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return nil, &FieldError{Err: fmt.Errorf("want a JSON object: %s", syntaxMsg(err))}
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, &FieldError{Err: fmt.Errorf("want a JSON object, got %s", tokenDesc(tok))}
	}
	fields := map[string]json.RawMessage{}
	var unknown []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, &FieldError{Err: fmt.Errorf("malformed JSON: %s", syntaxMsg(err))}
		}
		key := tok.(string) // an object's keys are strings
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, &FieldError{Field: key, Err: fmt.Errorf("malformed JSON value: %s", syntaxMsg(err))}
		}
		if _, dup := fields[key]; dup {
			return nil, &FieldError{Field: key, Err: errors.New("appears more than once")}
		}
		if path, err := duplicateKey(v); err != nil {
			return nil, &FieldError{Field: join(key, path), Err: err}
		}
		fields[key] = v
		if !slices.Contains(required, key) && !slices.Contains(optional, key) {
			unknown = append(unknown, key)
		}
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return nil, &FieldError{Err: fmt.Errorf("malformed JSON: %s", syntaxMsg(err))}
	}
	if err := end(dec); err != nil {
		return nil, err
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return nil, &FieldError{Field: unknown[0], Err: fmt.Errorf("unknown field (known: %s)", strings.Join(append(slices.Clip(required), optional...), ", "))}
	}
	for _, k := range required {
		if _, ok := fields[k]; !ok {
			return nil, &FieldError{Field: k, Err: errors.New("missing")}
		}
	}
	return fields, nil
}

// Decode decodes data, one JSON value, into v: duplicate keys at any depth, fields v does not have, and
// data after the value are errors naming the field.
func Decode(data []byte, v any) error {
	if path, err := duplicateKey(data); err != nil {
		return &FieldError{Field: path, Err: err}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return decodeError(err)
	}
	return end(dec)
}

// DecodeReader is Decode of everything r holds, up to limit bytes: a longer input is an error, never read
// in part.
func DecodeReader(r io.Reader, limit int64, v any) error {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return err
	}
	if int64(len(data)) > limit {
		return &FieldError{Err: fmt.Errorf("longer than %d bytes", limit)}
	}
	return Decode(data, v)
}

// Hex decodes s, 0x-prefixed hexadecimal of exactly len(dst) bytes, into dst.
func Hex(s string, dst []byte) error {
	if !strings.HasPrefix(s, "0x") {
		return fmt.Errorf("want a 0x-prefixed hex string, got %q", abbrev(s))
	}
	if len(s)-2 != 2*len(dst) {
		return fmt.Errorf("want %d bytes (%d hex digits), got %d hex digits", len(dst), 2*len(dst), len(s)-2)
	}
	if _, err := hex.Decode(dst, []byte(s[2:])); err != nil {
		return fmt.Errorf("invalid hex: %w", err)
	}
	return nil
}

// HexField decodes fields[key], a JSON string of 0x-prefixed hex of exactly len(dst) bytes, into dst.
func HexField(fields map[string]json.RawMessage, key string, dst []byte) error {
	var s string
	if err := json.Unmarshal(fields[key], &s); err != nil {
		return &FieldError{Field: key, Err: errors.New("want a 0x-prefixed hex string")}
	}
	if err := Hex(s, dst); err != nil {
		return &FieldError{Field: key, Err: err}
	}
	return nil
}

// Uint decodes fields[key], a JSON number that is a non-negative integer written without sign, fraction,
// exponent or leading zero, of at most 64 bits.
func Uint(fields map[string]json.RawMessage, key string) (uint64, error) {
	raw := strings.TrimSpace(string(fields[key]))
	if raw == "" || strings.Trim(raw, "0123456789") != "" || (len(raw) > 1 && raw[0] == '0') {
		return 0, &FieldError{Field: key, Err: fmt.Errorf("want a non-negative integer without sign, fraction or exponent, got %s", abbrev(raw))}
	}
	v, err := strconv.ParseUint(raw, 10, 64)
	if err != nil {
		return 0, &FieldError{Field: key, Err: fmt.Errorf("does not fit in 64 bits: %s", abbrev(raw))}
	}
	return v, nil
}

// duplicateKey returns the path of the first key that appears twice in one object of data, at any depth,
// and an error saying so; "", nil when there is none (or data is not valid JSON: the decoder says why).
func duplicateKey(data []byte) (string, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var walk func(path string) (string, error)
	walk = func(path string) (string, error) {
		tok, err := dec.Token()
		if err != nil {
			return "", nil
		}
		d, ok := tok.(json.Delim)
		if !ok {
			return "", nil
		}
		switch d {
		case '{':
			seen := map[string]bool{}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return "", nil
				}
				k := kt.(string)
				if seen[k] {
					return join(path, k), errors.New("appears more than once")
				}
				seen[k] = true
				if p, err := walk(join(path, k)); err != nil {
					return p, err
				}
			}
		case '[':
			for i := 0; dec.More(); i++ {
				if p, err := walk(path + "[" + strconv.Itoa(i) + "]"); err != nil {
					return p, err
				}
			}
		}
		_, _ = dec.Token() // the closing delimiter
		return "", nil
	}
	return walk("")
}

// join appends key to a field path.
func join(path, key string) string {
	if path == "" {
		return key
	}
	if key == "" {
		return path
	}
	if strings.HasPrefix(key, "[") {
		return path + key
	}
	return path + "." + key
}

// end checks that nothing but white space follows the decoded value.
func end(dec *json.Decoder) error {
	if _, err := dec.Token(); err != io.EOF {
		return &FieldError{Err: errors.New("data after the JSON value")}
	}
	return nil
}

// decodeError names the field of an encoding/json error in the user's words.
func decodeError(err error) error {
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &te):
		return &FieldError{Field: te.Field, Err: fmt.Errorf("want %s, got %s", jsonKind(te.Type.Kind().String()), te.Value)}
	case errors.As(err, &se):
		return &FieldError{Err: fmt.Errorf("malformed JSON at byte %d: %s", se.Offset, se.Error())}
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return &FieldError{Err: errors.New("unexpected end of input")}
	}
	msg := err.Error()
	if k, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		name, _ := strconv.Unquote(k)
		return &FieldError{Field: name, Err: errors.New("unknown field")}
	}
	return &FieldError{Err: errors.New(strings.TrimPrefix(msg, "json: "))}
}

// jsonKind names a Go kind as the JSON value it decodes.
func jsonKind(kind string) string {
	switch {
	case strings.HasPrefix(kind, "int"), strings.HasPrefix(kind, "uint"), strings.HasPrefix(kind, "float"):
		return "a number"
	case kind == "string":
		return "a string"
	case kind == "bool":
		return "true or false"
	case kind == "slice", kind == "array":
		return "an array"
	case kind == "struct", kind == "map":
		return "an object"
	}
	return "another type"
}

func syntaxMsg(err error) string {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return "unexpected end of input"
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

func tokenDesc(tok json.Token) string {
	switch t := tok.(type) {
	case json.Delim:
		return fmt.Sprintf("%q", string(t))
	case string:
		return "a string"
	case json.Number, float64:
		return "a number"
	case bool:
		return "a boolean"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", tok)
}

// abbrev shortens s for an error message.
func abbrev(s string) string {
	if len(s) > 80 {
		return s[:77] + "..."
	}
	return s
}
