package agentapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/zkcommit"
	"github.com/vmattest/vmattest/internal/zkproof"
)

// ProofRequest is the body of POST /v1/proofs.
type ProofRequest struct {
	VMID     protocol.VMID
	SubsetID [protocol.HashSize]byte
	// Property is the property's name (zkproof.Lookup).
	Property string
	// Region and Golden are goldendigest's: the region whose digest is in the golden set.
	Region string
	Golden [][32]byte
	// Timestamp and Nonce are as in Request.
	Timestamp uint64
	Nonce     [NonceSize]byte
}

// ProofRequestKeys are a proof request's required JSON keys, in the order they are written;
// ProofRequestOptKeys its optional ones (goldendigest's), written between "property" and "timestamp".
var (
	ProofRequestKeys    = []string{"vmId", "subsetId", "property", "timestamp", "nonce"}
	ProofRequestOptKeys = []string{"region", "golden"}
)

// MarshalJSON writes the request in its canonical form: keys in documented order ("region" and "golden"
// only when set), the VM id as a lower-case UUID, byte fields as 0x-prefixed lower-case hex. It is the
// form the node has always sent: the encoding of
//
//	{vmId, subsetId, property, region (omitempty), golden (omitempty), timestamp, nonce}
//
// by encoding/json.
func (r ProofRequest) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(`{"vmId":`)
	writeJSONString(&b, r.VMID.String())
	fmt.Fprintf(&b, `,"subsetId":"0x%x","property":`, r.SubsetID)
	writeJSONString(&b, r.Property)
	if r.Region != "" {
		b.WriteString(`,"region":`)
		writeJSONString(&b, r.Region)
	}
	if len(r.Golden) > 0 {
		b.WriteString(`,"golden":[`)
		for i, g := range r.Golden {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, `"0x%x"`, g)
		}
		b.WriteByte(']')
	}
	fmt.Fprintf(&b, `,"timestamp":%d,"nonce":"0x%x"}`, r.Timestamp, r.Nonce)
	return b.Bytes(), nil
}

// UnmarshalJSON is DecodeProofRequest.
func (r *ProofRequest) UnmarshalJSON(data []byte) error {
	got, err := DecodeProofRequest(data)
	if err != nil {
		return err
	}
	*r = got
	return nil
}

// writeJSONString writes s as a JSON string, escaped as encoding/json escapes it.
func writeJSONString(b *bytes.Buffer, s string) {
	enc, _ := json.Marshal(s) // a string always encodes
	b.Write(enc)
}

// DecodeProofRequest reads a proof request strictly, like DecodeRequest: one JSON object, each key once,
// no unknown key; "region" and "golden" present exactly when the property is goldendigest. Errors are
// *RequestFieldError naming the field.
func DecodeProofRequest(data []byte) (ProofRequest, error) {
	fields, err := strictObjectOpt(data, ProofRequestKeys, ProofRequestOptKeys)
	if err != nil {
		return ProofRequest{}, err
	}
	var r ProofRequest
	s, err := stringField(fields, "vmId")
	if err != nil {
		return ProofRequest{}, err
	}
	if r.VMID, err = protocol.ParseVMID(s); err != nil {
		return ProofRequest{}, &RequestFieldError{"vmId", err}
	}
	if r.VMID == (protocol.VMID{}) {
		return ProofRequest{}, &RequestFieldError{"vmId", protocol.ErrZeroVMID}
	}
	if err := hexField(fields, "subsetId", r.SubsetID[:]); err != nil {
		return ProofRequest{}, err
	}
	if r.Property, err = stringField(fields, "property"); err != nil {
		return ProofRequest{}, err
	}
	p, err := zkproof.Lookup(r.Property)
	if err != nil {
		return ProofRequest{}, &RequestFieldError{"property", err}
	}
	_, hasRegion := fields["region"]
	_, hasGolden := fields["golden"]
	if p != zkproof.GoldenDigest {
		for _, k := range []struct {
			key string
			has bool
		}{{"region", hasRegion}, {"golden", hasGolden}} {
			if k.has {
				return ProofRequest{}, &RequestFieldError{k.key, fmt.Errorf("only for property goldendigest, not %s", p.Name)}
			}
		}
	} else {
		if !hasRegion {
			return ProofRequest{}, &RequestFieldError{"region", errors.New("missing (required for goldendigest)")}
		}
		if !hasGolden {
			return ProofRequest{}, &RequestFieldError{"golden", errors.New("missing (required for goldendigest)")}
		}
		if r.Region, err = stringField(fields, "region"); err != nil {
			return ProofRequest{}, err
		}
		if r.Region == "" {
			return ProofRequest{}, &RequestFieldError{"region", errors.New("empty region name")}
		}
		if r.Golden, err = goldenField(fields["golden"]); err != nil {
			return ProofRequest{}, err
		}
	}
	if r.Timestamp, err = timestampField(fields, "timestamp"); err != nil {
		return ProofRequest{}, err
	}
	if err := hexField(fields, "nonce", r.Nonce[:]); err != nil {
		return ProofRequest{}, err
	}
	return r, nil
}

// goldenField reads the golden digests: an array of 1..MaxGoldenDigests distinct 32-byte hex strings.
func goldenField(raw json.RawMessage) ([][32]byte, error) {
	if len(raw) == 0 || raw[0] != '[' {
		return nil, &RequestFieldError{"golden", fmt.Errorf("want an array of 0x-prefixed 32-byte hex strings, got %s", abbrev(string(raw)))}
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		return nil, &RequestFieldError{"golden", fmt.Errorf("want an array: %v", err)}
	}
	if len(items) == 0 || len(items) > zkcommit.MaxGoldenDigests {
		return nil, &RequestFieldError{"golden", fmt.Errorf("%d digests, want 1..%d", len(items), zkcommit.MaxGoldenDigests)}
	}
	out := make([][32]byte, len(items))
	for i, it := range items {
		key := fmt.Sprintf("golden[%d]", i)
		if err := hexField(map[string]json.RawMessage{key: it}, key, out[i][:]); err != nil {
			return nil, err
		}
	}
	return out, nil
}
