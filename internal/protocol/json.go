package protocol

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// ErrMalformedJSON is matched by every error of the JSON decoders.
var ErrMalformedJSON = errors.New("malformed attestation JSON")

// FieldError names the JSON field that could not be decoded. It matches ErrMalformedJSON with errors.Is.
type FieldError struct {
	// Field is the JSON key, or "" for an error of the object as a whole.
	Field string
	// Err is the cause.
	Err error
}

func (e *FieldError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("%v: %v", ErrMalformedJSON, e.Err)
	}
	return fmt.Sprintf("%v: field %q: %v", ErrMalformedJSON, e.Field, e.Err)
}

// Unwrap returns the cause.
func (e *FieldError) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrMalformedJSON) true.
func (e *FieldError) Is(target error) bool { return target == ErrMalformedJSON }

// The JSON keys, in the order they are written.
var (
	attestationKeys = []string{"vmId", "subsetId", "hashAlg", "stateDigest", "zkCommitment", "timestamp", "sequence"}
	signedKeys      = append(append([]string{}, attestationKeys...), "signature")
)

// MarshalJSON writes the JSON form documented in docs/protocol.md: the VM id as a UUID, the algorithm by
// name, byte fields as 0x-prefixed lower-case hex, integers as JSON numbers.
func (a Attestation) MarshalJSON() ([]byte, error) { return a.appendJSON("", "") }

func (a *Attestation) appendJSON(extraKey, extraValue string) ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, `{"vmId":%q,"subsetId":"0x%x","hashAlg":%q,"stateDigest":"0x%x","zkCommitment":"0x%x","timestamp":%d,"sequence":%d`,
		a.VMID.String(), a.SubsetID, a.HashAlg.String(), a.StateDigest, a.ZKCommitment, a.Timestamp, a.Sequence)
	if extraKey != "" {
		fmt.Fprintf(&b, `,%q:%q`, extraKey, extraValue)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// UnmarshalJSON reads the JSON form strictly: every field present, no unknown field, exact hex lengths. It
// does not validate the values; call Validate.
func (a *Attestation) UnmarshalJSON(data []byte) error {
	fields, err := objectFields(data, attestationKeys)
	if err != nil {
		return err
	}
	return a.decodeFields(fields)
}

// MarshalJSON writes the attestation's JSON form with a "signature" field.
func (s SignedAttestation) MarshalJSON() ([]byte, error) {
	return s.Attestation.appendJSON("signature", "0x"+hex.EncodeToString(s.Signature[:]))
}

// UnmarshalJSON reads the signed JSON form strictly.
func (s *SignedAttestation) UnmarshalJSON(data []byte) error {
	fields, err := objectFields(data, signedKeys)
	if err != nil {
		return err
	}
	if err := s.Attestation.decodeFields(fields); err != nil {
		return err
	}
	return decodeHex(fields, "signature", s.Signature[:])
}

func (a *Attestation) decodeFields(f map[string]json.RawMessage) error {
	var vmID string
	if err := json.Unmarshal(f["vmId"], &vmID); err != nil {
		return &FieldError{"vmId", errors.New("want a string")}
	}
	id, err := ParseVMID(vmID)
	if err != nil {
		return &FieldError{"vmId", err}
	}
	var out Attestation
	out.VMID = id
	var alg any
	if err := json.Unmarshal(f["hashAlg"], &alg); err != nil {
		return &FieldError{"hashAlg", err}
	}
	switch v := alg.(type) {
	case string:
		if out.HashAlg, err = ParseHashAlg(v); err != nil {
			return &FieldError{"hashAlg", err}
		}
	default:
		return &FieldError{"hashAlg", fmt.Errorf("want an algorithm name such as \"blake3\", got %s", f["hashAlg"])}
	}
	for _, h := range []struct {
		key string
		dst []byte
	}{{"subsetId", out.SubsetID[:]}, {"stateDigest", out.StateDigest[:]}, {"zkCommitment", out.ZKCommitment[:]}} {
		if err := decodeHex(f, h.key, h.dst); err != nil {
			return err
		}
	}
	if out.Timestamp, err = decodeUint(f, "timestamp"); err != nil {
		return err
	}
	if out.Sequence, err = decodeUint(f, "sequence"); err != nil {
		return err
	}
	*a = out
	return nil
}

// objectFields splits a JSON object into its fields and checks that the keys are exactly want.
func objectFields(data []byte, want []string) (map[string]json.RawMessage, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	var fields map[string]json.RawMessage
	if err := dec.Decode(&fields); err != nil {
		return nil, &FieldError{"", fmt.Errorf("want a JSON object: %w", err)}
	}
	if fields == nil {
		return nil, &FieldError{"", errors.New("want a JSON object, got null")}
	}
	var unknown, missing []string
	for k := range fields {
		if !contains(want, k) {
			unknown = append(unknown, k)
		}
	}
	for _, k := range want {
		if _, ok := fields[k]; !ok {
			missing = append(missing, k)
		}
	}
	sort.Strings(unknown)
	switch {
	case len(missing) > 0:
		return nil, &FieldError{missing[0], errors.New("missing")}
	case len(unknown) > 0:
		return nil, &FieldError{unknown[0], fmt.Errorf("unknown field (known: %s)", strings.Join(want, ", "))}
	}
	return fields, nil
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func decodeHex(f map[string]json.RawMessage, key string, dst []byte) error {
	var s string
	if err := json.Unmarshal(f[key], &s); err != nil {
		return &FieldError{key, errors.New("want a 0x-prefixed hex string")}
	}
	if !strings.HasPrefix(s, "0x") {
		return &FieldError{key, fmt.Errorf("want a 0x-prefixed hex string, got %q", s)}
	}
	if len(s)-2 != 2*len(dst) {
		return &FieldError{key, fmt.Errorf("want %d bytes (%d hex digits), got %d hex digits", len(dst), 2*len(dst), len(s)-2)}
	}
	if _, err := hex.Decode(dst, []byte(s[2:])); err != nil {
		return &FieldError{key, fmt.Errorf("invalid hex: %w", err)}
	}
	return nil
}

func decodeUint(f map[string]json.RawMessage, key string) (uint64, error) {
	raw := strings.TrimSpace(string(f[key]))
	if raw == "" || strings.Trim(raw, "0123456789") != "" || (len(raw) > 1 && raw[0] == '0') {
		return 0, &FieldError{key, fmt.Errorf("want a non-negative integer without sign, fraction or exponent, got %s", raw)}
	}
	v, err := strconv.ParseUint(raw, 10, 64)
	if err != nil {
		return 0, &FieldError{key, fmt.Errorf("does not fit in 64 bits: %s", raw)}
	}
	return v, nil
}
