package subset

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Manifest numbers. A number is written in decimal without a leading zero, or in hexadecimal after 0x; a
// YAML float (1.5, 1e3, .inf), an octal or binary literal (010, 0o10, 0b1), digit separators (1_000), a sign
// on an unsigned field, a quoted number and a value that does not fit the field are errors, never coerced.
// "010" is refused, not read as 10 nor as 8: YAML 1.1 readers take it for octal, so its meaning is not clear.
var (
	decimalPattern = regexp.MustCompile(`^(0|[1-9][0-9]*)$`)
	hexPattern     = regexp.MustCompile(`^0[xX][0-9a-fA-F]+$`)
)

// ParseNumber parses a manifest number of at most bits bits (see the rules above): unsigned, or signed when
// signed is set (a leading '-' is then allowed). It returns the value as an int64 (meaningful when signed)
// and as a uint64 (meaningful when not). Its errors say what is wrong in the user's words.
func ParseNumber(s string, bits int, signed bool) (int64, uint64, error) {
	neg := false
	lit := s
	if signed && strings.HasPrefix(lit, "-") {
		neg, lit = true, lit[1:]
	}
	var u uint64
	var err error
	switch {
	case decimalPattern.MatchString(lit):
		u, err = strconv.ParseUint(lit, 10, 64)
	case hexPattern.MatchString(lit):
		u, err = strconv.ParseUint(lit[2:], 16, 64)
	case len(lit) > 1 && lit[0] == '0' && strings.Trim(lit, "0123456789") == "":
		return 0, 0, fmt.Errorf("%q has a leading zero: write decimal numbers without one (010 is not octal here), or hexadecimal after 0x", s)
	case strings.HasPrefix(lit, "-") || strings.HasPrefix(lit, "+") || strings.HasPrefix(s, "-"):
		return 0, 0, fmt.Errorf("%q: a sign is not allowed here: write a non-negative number", s)
	case strings.ContainsAny(lit, ".eE") && strings.Trim(lit, "0123456789.eE+-") == "" || strings.Contains(strings.ToLower(lit), "inf") || strings.Contains(strings.ToLower(lit), "nan"):
		return 0, 0, fmt.Errorf("%q is not an integer: fractions, exponents and infinities are not allowed", s)
	default:
		return 0, 0, fmt.Errorf("%q is not a number: write decimal digits, or 0x and hexadecimal digits", s)
	}
	limit := uint64(math.MaxUint64) >> (64 - bits)
	if signed {
		limit >>= 1
		if neg {
			limit++
		}
	}
	if err != nil || u > limit {
		if neg {
			return 0, 0, fmt.Errorf("%q is too small: at least -%d", s, limit)
		}
		return 0, 0, fmt.Errorf("%q is too large: at most %d", s, limit)
	}
	if neg {
		return -int64(u), 0, nil //nolint:gosec // u <= 2^63 here; -(2^63) wraps to itself
	}
	return int64(u), u, nil
}

var (
	unmarshalerType = reflect.TypeFor[yaml.Unmarshaler]()
	durationType    = reflect.TypeFor[time.Duration]()
	regionPrefix    = regexp.MustCompile(`^regions\[(\d+)\]\.?`)
)

// checkSchema checks a parsed YAML document against the manifest's Go type before it is decoded: every
// key known and written once, every value of the right shape, every number following the rules above. It
// returns an *Error in the manifest's words (region and field as written), where the YAML decoder's errors
// would name Go types.
func checkSchema(doc *yaml.Node) error {
	root := doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	field, err := walkSchema(root, reflect.TypeFor[Manifest](), "")
	if err == nil {
		return nil
	}
	m := regionPrefix.FindStringSubmatch(field)
	if m == nil {
		return &Error{Region: -1, Field: field, Err: err}
	}
	i, _ := strconv.Atoi(m[1])
	return &Error{Region: i, RegionName: regionName(root, i), Field: field[len(m[0]):], Err: err}
}

// regionName returns the name written for region i, or "".
func regionName(root *yaml.Node, i int) string {
	regions := mappingValue(root, "regions")
	if regions == nil || regions.Kind != yaml.SequenceNode || i >= len(regions.Content) {
		return ""
	}
	if n := mappingValue(regions.Content[i], "name"); n != nil && n.Kind == yaml.ScalarNode {
		return n.Value
	}
	return ""
}

func mappingValue(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// walkSchema checks n against t and returns the offending field's path and the problem.
func walkSchema(n *yaml.Node, t reflect.Type, field string) (string, error) {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(unmarshalerType) || t == durationType || t.Kind() == reflect.Interface {
		return "", nil // the type reads its own YAML
	}
	isNull := n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
	shape := map[reflect.Kind]string{reflect.Struct: "a mapping", reflect.Map: "a mapping", reflect.Slice: "a list", reflect.String: "a string", reflect.Bool: "true or false"}
	want, ok := shape[t.Kind()]
	if !ok {
		want = "a number"
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		if isNull && t.Kind() == reflect.Struct {
			return "", nil // an empty spec, e.g. "mounts:" (validation says what it lacks)
		}
		if n.Kind != yaml.MappingNode {
			return field, fmt.Errorf("want %s, not %s", want, describe(n))
		}
		seen := map[string]bool{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Kind != yaml.ScalarNode {
				return field, fmt.Errorf("a key must be a plain name, not %s", describe(k))
			}
			sub := joinField(field, k.Value)
			if seen[k.Value] {
				return sub, fmt.Errorf("written twice (line %d)", k.Line)
			}
			seen[k.Value] = true
			var ft reflect.Type
			if t.Kind() == reflect.Map {
				ft = t.Elem()
			} else if ft = yamlField(t, k.Value); ft == nil {
				return sub, fmt.Errorf("unknown field (line %d): want one of %s", k.Line, strings.Join(yamlFields(t), ", "))
			}
			if f, err := walkSchema(v, ft, sub); err != nil {
				return f, err
			}
		}
		return "", nil
	case reflect.Slice:
		if isNull {
			return "", nil
		}
		if n.Kind != yaml.SequenceNode {
			return field, fmt.Errorf("want %s, not %s", want, describe(n))
		}
		for i, e := range n.Content {
			if f, err := walkSchema(e, t.Elem(), fmt.Sprintf("%s[%d]", field, i)); err != nil {
				return f, err
			}
		}
		return "", nil
	}
	if n.Kind != yaml.ScalarNode {
		return field, fmt.Errorf("want %s, not %s", want, describe(n))
	}
	switch t.Kind() {
	case reflect.String:
		return "", nil // any scalar's text, as written (version: 1.0 is "1.0")
	case reflect.Bool:
		if n.ShortTag() != "!!bool" {
			return field, fmt.Errorf("want true or false, not %s", describe(n))
		}
		return "", nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if n.Style&(yaml.SingleQuotedStyle|yaml.DoubleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) != 0 || isNull {
			return field, fmt.Errorf("want a number, not %s", describe(n))
		}
		signed := t.Kind() <= reflect.Int64
		if _, _, err := ParseNumber(n.Value, t.Bits(), signed); err != nil {
			return field, err
		}
		return "", nil
	case reflect.Float32, reflect.Float64:
		if n.Style&(yaml.SingleQuotedStyle|yaml.DoubleQuotedStyle) != 0 || (n.ShortTag() != "!!int" && n.ShortTag() != "!!float") {
			return field, fmt.Errorf("want a number, not %s", describe(n))
		}
		return "", nil
	}
	return "", nil // a kind no manifest field has today (an array, ...): the decoder checks it
}

// describe names a YAML value in the user's words.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	switch {
	case n.ShortTag() == "!!null":
		return "an empty value"
	case n.Style&(yaml.SingleQuotedStyle|yaml.DoubleQuotedStyle) != 0:
		return fmt.Sprintf("the quoted string %q", n.Value)
	}
	return fmt.Sprintf("%q", n.Value)
}

func joinField(field, key string) string {
	if field == "" {
		return key
	}
	return field + "." + key
}

// yamlField returns the type of t's field whose YAML name is name, or nil.
func yamlField(t reflect.Type, name string) reflect.Type {
	for i := range t.NumField() {
		f := t.Field(i)
		if n, _, _ := strings.Cut(f.Tag.Get("yaml"), ","); n == name && f.IsExported() && n != "-" {
			return f.Type
		}
	}
	return nil
}

// yamlFields lists t's YAML field names.
func yamlFields(t reflect.Type) []string {
	var out []string
	for i := range t.NumField() {
		if n, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ","); n != "" && n != "-" && t.Field(i).IsExported() {
			out = append(out, n)
		}
	}
	return out
}

// errSchema is returned when the YAML decoder fails after the schema check passed (it should not); its
// message leaves out the decoder's words, which name Go types.
var errSchema = errors.New("a value does not fit its field")

var yamlLine = regexp.MustCompile(`line \d+`)

// decodeError is errSchema with the line the decoder names, if any.
func decodeError(err error) error {
	if l := yamlLine.FindString(err.Error()); l != "" {
		return fmt.Errorf("%s: %w", l, errSchema)
	}
	return errSchema
}

// checkUTF8 returns the path of the first string under v that is not valid UTF-8, and the problem. The
// canonical encoding is JSON, which would replace such bytes by U+FFFD: two paths differing only in them
// would share a subset identifier. They are refused instead (docs/subsets.md, "Canonical encoding").
func checkUTF8(v reflect.Value, field string) (string, error) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return "", nil
		}
		return checkUTF8(v.Elem(), field)
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			if !f.IsExported() || name == "-" || name == "" {
				continue
			}
			if p, err := checkUTF8(v.Field(i), joinField(field, name)); err != nil {
				return p, err
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			if p, err := checkUTF8(v.Index(i), fmt.Sprintf("%s[%d]", field, i)); err != nil {
				return p, err
			}
		}
	case reflect.String:
		s := v.String()
		for i, r := range s {
			if r == utf8.RuneError {
				if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
					return field, fmt.Errorf("%q is not valid UTF-8 (byte %#02x at offset %d): only UTF-8 paths and names can be attested, as the canonical encoding would not tell such bytes apart", s, s[i], i)
				}
			}
		}
	}
	return "", nil
}
