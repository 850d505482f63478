package agentapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/strictjson"
)

// NonceSize is the size of a request nonce: 16 random bytes.
const NonceSize = 16

// Request is the body of POST /v1/attestations.
type Request struct {
	// VMID is the VM to attest.
	VMID protocol.VMID
	// SubsetID is the subset to collect: the Keccak-256 of its manifest's canonical encoding.
	SubsetID [protocol.HashSize]byte
	// HashAlg is the hash function to collect with.
	HashAlg protocol.HashAlg
	// Commit asks for a ZK commitment to the collected state in the attestation.
	Commit bool
	// Timestamp is when the request was made, in unix seconds; the agent refuses it outside its window.
	Timestamp uint64
	// Nonce is random; the agent refuses a nonce it has seen within its window.
	Nonce [NonceSize]byte
}

// RequestKeys are the request's JSON keys, in the order they are written.
var RequestKeys = []string{"vmId", "subsetId", "hashAlg", "commit", "timestamp", "nonce"}

// ErrBadRequest is matched by every error of DecodeRequest.
var ErrBadRequest = errors.New("bad request")

// RequestFieldError names the request field that could not be decoded; Field is "" for an error of the body
// as a whole. It matches ErrBadRequest with errors.Is.
type RequestFieldError struct {
	Field string
	Err   error
}

func (e *RequestFieldError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("request body: %v", e.Err)
	}
	return fmt.Sprintf("field %q: %v", e.Field, e.Err)
}

// Unwrap returns the cause.
func (e *RequestFieldError) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrBadRequest) true.
func (e *RequestFieldError) Is(target error) bool { return target == ErrBadRequest }

// MarshalJSON writes the request in its canonical form: keys in documented order, the VM id as a lower-case
// UUID, the algorithm by name, byte fields as 0x-prefixed lower-case hex.
func (r Request) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, `{"vmId":%q,"subsetId":"0x%x","hashAlg":%q,"commit":%t,"timestamp":%d,"nonce":"0x%x"}`,
		r.VMID.String(), r.SubsetID, r.HashAlg.String(), r.Commit, r.Timestamp, r.Nonce)
	return b.Bytes(), nil
}

// UnmarshalJSON is DecodeRequest.
func (r *Request) UnmarshalJSON(data []byte) error {
	got, err := DecodeRequest(data)
	if err != nil {
		return err
	}
	*r = got
	return nil
}

// DecodeRequest reads a request body strictly: one JSON object, nothing after it, each key once, every key
// present and no other, each value of its type. Errors are *RequestFieldError naming the field. It checks
// the values' form (a UUID, 32 and 16 bytes of hex, a known algorithm, an integer in 1..MaxTimestamp), not
// whether the agent knows them.
func DecodeRequest(data []byte) (Request, error) {
	fields, err := strictObject(data, RequestKeys)
	if err != nil {
		return Request{}, err
	}
	var r Request
	s, err := stringField(fields, "vmId")
	if err != nil {
		return Request{}, err
	}
	if r.VMID, err = protocol.ParseVMID(s); err != nil {
		return Request{}, &RequestFieldError{"vmId", err}
	}
	if r.VMID == (protocol.VMID{}) {
		return Request{}, &RequestFieldError{"vmId", protocol.ErrZeroVMID}
	}
	if err := hexField(fields, "subsetId", r.SubsetID[:]); err != nil {
		return Request{}, err
	}
	if s, err = stringField(fields, "hashAlg"); err != nil {
		return Request{}, err
	}
	if r.HashAlg, err = protocol.ParseHashAlg(s); err != nil {
		return Request{}, &RequestFieldError{"hashAlg", err}
	}
	switch raw := string(fields["commit"]); raw {
	case "true":
		r.Commit = true
	case "false":
	default:
		return Request{}, &RequestFieldError{"commit", fmt.Errorf("want true or false, got %s", abbrev(raw))}
	}
	if r.Timestamp, err = timestampField(fields, "timestamp"); err != nil {
		return Request{}, err
	}
	if err := hexField(fields, "nonce", r.Nonce[:]); err != nil {
		return Request{}, err
	}
	return r, nil
}

// timestampField reads unix seconds: a plain integer in 1..MaxTimestamp.
func timestampField(f map[string]json.RawMessage, key string) (uint64, error) {
	raw := string(f[key])
	if raw == "" || strings.Trim(raw, "0123456789") != "" || (len(raw) > 1 && raw[0] == '0') {
		return 0, &RequestFieldError{key, fmt.Errorf("want unix seconds as an integer without sign, fraction or exponent, got %s", abbrev(raw))}
	}
	ts, err := strconv.ParseUint(raw, 10, 64)
	if err != nil || ts == 0 || ts > protocol.MaxTimestamp {
		return 0, &RequestFieldError{key, fmt.Errorf("want unix seconds in 1..%d, got %s", uint64(protocol.MaxTimestamp), abbrev(raw))}
	}
	return ts, nil
}

// strictObject splits one JSON object into its fields. Duplicate keys, trailing data, unknown and missing
// keys are errors.
func strictObject(data []byte, want []string) (map[string]json.RawMessage, error) {
	return strictObjectOpt(data, want, nil)
}

// strictObjectOpt is strictObject with optional keys: keys that may be absent. It is strictjson.Object, its
// errors named as the request's fields.
func strictObjectOpt(data []byte, want, optional []string) (map[string]json.RawMessage, error) {
	fields, err := strictjson.Object(data, want, optional)
	return fields, requestErr(err)
}

// requestErr turns a strictjson.FieldError into the request's RequestFieldError.
func requestErr(err error) error {
	var fe *strictjson.FieldError
	if errors.As(err, &fe) {
		return &RequestFieldError{fe.Field, fe.Err}
	}
	return err
}

// abbrev shortens a raw JSON value for an error message.
func abbrev(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}

func stringField(f map[string]json.RawMessage, key string) (string, error) {
	raw := f[key]
	if len(raw) == 0 || raw[0] != '"' {
		return "", &RequestFieldError{key, fmt.Errorf("want a string, got %s", abbrev(string(raw)))}
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", &RequestFieldError{key, fmt.Errorf("want a string: %v", err)}
	}
	return s, nil
}

func hexField(f map[string]json.RawMessage, key string, dst []byte) error {
	if _, err := stringField(f, key); err != nil {
		return err
	}
	return requestErr(strictjson.HexField(f, key, dst))
}
