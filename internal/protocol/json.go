package protocol

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/vmattest/vmattest/internal/strictjson"
)

// ErrMalformedJSON is matched by every error of the JSON decoders.
var ErrMalformedJSON = errors.New("malformed attestation JSON")

// FieldError names the JSON field that could not be decoded: the one field-error type of vmattest's strict
// decoders (internal/strictjson). Those of this package match ErrMalformedJSON with errors.Is.
type FieldError = strictjson.FieldError

// fieldErr is a FieldError of this package.
func fieldErr(field string, err error) error {
	return &FieldError{Kind: ErrMalformedJSON, Field: field, Err: err}
}

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
	fields, err := strictjson.Object(data, attestationKeys, nil)
	if err != nil {
		return strictjson.WithKind(err, ErrMalformedJSON)
	}
	return a.decodeFields(fields)
}

// MarshalJSON writes the attestation's JSON form with a "signature" field.
func (s SignedAttestation) MarshalJSON() ([]byte, error) {
	return s.Attestation.appendJSON("signature", "0x"+hex.EncodeToString(s.Signature[:]))
}

// UnmarshalJSON reads the signed JSON form strictly.
func (s *SignedAttestation) UnmarshalJSON(data []byte) error {
	fields, err := strictjson.Object(data, signedKeys, nil)
	if err != nil {
		return strictjson.WithKind(err, ErrMalformedJSON)
	}
	if err := s.Attestation.decodeFields(fields); err != nil {
		return err
	}
	return strictjson.WithKind(strictjson.HexField(fields, "signature", s.Signature[:]), ErrMalformedJSON)
}

func (a *Attestation) decodeFields(f map[string]json.RawMessage) error {
	var vmID string
	if err := json.Unmarshal(f["vmId"], &vmID); err != nil {
		return fieldErr("vmId", errors.New("want a string"))
	}
	id, err := ParseVMID(vmID)
	if err != nil {
		return fieldErr("vmId", err)
	}
	var out Attestation
	out.VMID = id
	var alg any
	if err := json.Unmarshal(f["hashAlg"], &alg); err != nil {
		return fieldErr("hashAlg", err)
	}
	switch v := alg.(type) {
	case string:
		if out.HashAlg, err = ParseHashAlg(v); err != nil {
			return fieldErr("hashAlg", err)
		}
	default:
		return fieldErr("hashAlg", fmt.Errorf("want an algorithm name such as \"blake3\", got %s", f["hashAlg"]))
	}
	for _, h := range []struct {
		key string
		dst []byte
	}{{"subsetId", out.SubsetID[:]}, {"stateDigest", out.StateDigest[:]}, {"zkCommitment", out.ZKCommitment[:]}} {
		if err := strictjson.HexField(f, h.key, h.dst); err != nil {
			return strictjson.WithKind(err, ErrMalformedJSON)
		}
	}
	if out.Timestamp, err = strictjson.Uint(f, "timestamp"); err != nil {
		return strictjson.WithKind(err, ErrMalformedJSON)
	}
	if out.Sequence, err = strictjson.Uint(f, "sequence"); err != nil {
		return strictjson.WithKind(err, ErrMalformedJSON)
	}
	*a = out
	return nil
}
