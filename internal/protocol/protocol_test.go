package protocol

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

func newBig(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

func sample() Attestation {
	id, _ := ParseVMID("0b5e9a52-5a57-4c1f-9f35-3b0c2f1f4a6e")
	return Attestation{VMID: id, SubsetID: h("subset"), HashAlg: HashBLAKE3, StateDigest: h("state"), ZKCommitment: h("zk"), Timestamp: 1767225600, Sequence: 5}
}

var testDomain = NewDomain(31337, common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"))

// TestSigningHashMatchesGoEthereum checks the hand-written encoding against go-ethereum's generic EIP-712
// implementation (the one wallets use for eth_signTypedData_v4).
func TestSigningHashMatchesGoEthereum(t *testing.T) {
	for i, a := range []Attestation{sample(), {VMID: VMID{0xff}, SubsetID: h("x"), HashAlg: HashKeccak256, StateDigest: h("y"), Timestamp: MaxTimestamp, Sequence: MaxSequence}} {
		td := apitypes.TypedData{
			Types: apitypes.Types{
				"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
				"Attestation": {{Name: "vmId", Type: "bytes16"}, {Name: "subsetId", Type: "bytes32"}, {Name: "hashAlg", Type: "uint8"},
					{Name: "stateDigest", Type: "bytes32"}, {Name: "zkCommitment", Type: "bytes32"}, {Name: "timestamp", Type: "uint64"}, {Name: "sequence", Type: "uint64"}},
			},
			PrimaryType: "Attestation",
			Domain:      apitypes.TypedDataDomain{Name: DomainName, Version: DomainVersion, ChainId: (*math.HexOrDecimal256)(big.NewInt(31337)), VerifyingContract: testDomain.VerifyingContract.Hex()},
			Message: apitypes.TypedDataMessage{
				"vmId": hexutil.Encode(a.VMID[:]), "subsetId": hexutil.Encode(a.SubsetID[:]), "hashAlg": big.NewInt(int64(a.HashAlg)),
				"stateDigest": hexutil.Encode(a.StateDigest[:]), "zkCommitment": hexutil.Encode(a.ZKCommitment[:]),
				"timestamp": newBig(a.Timestamp), "sequence": newBig(a.Sequence),
			},
		}
		want, _, err := apitypes.TypedDataAndHash(td)
		if err != nil {
			t.Fatalf("case %d: go-ethereum: %v", i, err)
		}
		if got := a.SigningHash(testDomain); got != common.BytesToHash(want) {
			t.Errorf("case %d: SigningHash = %s, go-ethereum says %x", i, got, want)
		}
		if got := string(td.EncodeType("Attestation")); got != AttestationType {
			t.Errorf("type string = %q, go-ethereum encodes %q", AttestationType, got)
		}
	}
}

func TestValidate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mutate func(*Attestation)
		want   error
	}{
		{"valid", func(*Attestation) {}, nil},
		{"zero vm", func(a *Attestation) { a.VMID = VMID{} }, ErrZeroVMID},
		{"zero subset", func(a *Attestation) { a.SubsetID = [32]byte{} }, ErrZeroSubsetID},
		{"alg 0", func(a *Attestation) { a.HashAlg = 0 }, ErrUnknownHashAlg},
		{"alg 4", func(a *Attestation) { a.HashAlg = 4 }, ErrUnknownHashAlg},
		{"zero digest", func(a *Attestation) { a.StateDigest = [32]byte{} }, ErrZeroDigest},
		{"zero commitment is fine", func(a *Attestation) { a.ZKCommitment = [32]byte{} }, nil},
		{"timestamp 0", func(a *Attestation) { a.Timestamp = 0 }, ErrTimestampRange},
		{"timestamp max", func(a *Attestation) { a.Timestamp = MaxTimestamp }, nil},
		{"timestamp max+1", func(a *Attestation) { a.Timestamp = MaxTimestamp + 1 }, ErrTimestampRange},
		{"sequence 0", func(a *Attestation) { a.Sequence = 0 }, ErrSequenceRange},
		{"sequence max", func(a *Attestation) { a.Sequence = MaxSequence }, nil},
		{"sequence max+1", func(a *Attestation) { a.Sequence = MaxSequence + 1 }, ErrSequenceRange},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := sample()
			tc.mutate(&a)
			if err := a.Validate(); !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
				t.Fatalf("Validate() = %v, want %v", err, tc.want)
			}
		})
	}
}

func testSigner(t *testing.T, seed string) *InsecureKeySigner { return vectorKey(t, seed) }

func TestSignVerify(t *testing.T) {
	ctx := context.Background()
	key := testSigner(t, "k1")
	s, err := Sign(ctx, testDomain, sample(), key)
	if err != nil {
		t.Fatal(err)
	}
	if v := s.Signature[64]; v != 27 && v != 28 {
		t.Fatalf("v = %d, want 27 or 28", v)
	}
	if err := s.Verify(testDomain, key.Address()); err != nil {
		t.Fatalf("Verify: %v", err)
	}
	other := testSigner(t, "k2").Address()
	var mismatch *SignerMismatchError
	if err := s.Verify(testDomain, other); !errors.As(err, &mismatch) || mismatch.Got != key.Address() || !errors.Is(err, ErrSignerMismatch) {
		t.Fatalf("Verify(other key) = %v, want a SignerMismatchError naming %s", err, key.Address())
	}
	// The domain binds chain and verifier: the same signature is another key's for any other domain.
	for name, d := range map[string]Domain{
		"other chain":    NewDomain(1, testDomain.VerifyingContract),
		"other verifier": NewDomain(31337, common.HexToAddress("0x1")),
		"other version":  {DomainName, "2", testDomain.ChainID, testDomain.VerifyingContract},
	} {
		if err := s.Verify(d, key.Address()); !errors.Is(err, ErrSignerMismatch) {
			t.Errorf("%s: Verify = %v, want ErrSignerMismatch", name, err)
		}
	}
	// Every field is covered by the signature.
	for name, mutate := range map[string]func(*Attestation){
		"vmId": func(a *Attestation) { a.VMID[15] ^= 1 }, "subsetId": func(a *Attestation) { a.SubsetID[0] ^= 1 },
		"hashAlg": func(a *Attestation) { a.HashAlg = HashSHA256 }, "stateDigest": func(a *Attestation) { a.StateDigest[31] ^= 1 },
		"zkCommitment": func(a *Attestation) { a.ZKCommitment[3] ^= 1 }, "timestamp": func(a *Attestation) { a.Timestamp++ },
		"sequence": func(a *Attestation) { a.Sequence++ },
	} {
		tampered := s
		mutate(&tampered.Attestation)
		if err := tampered.Verify(testDomain, key.Address()); !errors.Is(err, ErrSignerMismatch) {
			t.Errorf("tampered %s: Verify = %v, want ErrSignerMismatch", name, err)
		}
	}
}

func TestVerifyMalformedSignature(t *testing.T) {
	key := testSigner(t, "k1")
	s, err := Sign(context.Background(), testDomain, sample(), key)
	if err != nil {
		t.Fatal(err)
	}
	highS := s
	sv := new(big.Int).SetBytes(s.Signature[32:64])
	copy(highS.Signature[32:64], common.LeftPadBytes(new(big.Int).Sub(crypto.S256().Params().N, sv).Bytes(), 32))
	highS.Signature[64] ^= 1 // 27 <-> 28: the malleable twin that ecrecover alone would accept
	badV := s
	badV.Signature[64] = 29
	zeroR := s
	copy(zeroR.Signature[0:32], make([]byte, 32))
	for name, sig := range map[string]SignedAttestation{"high s": highS, "v=29": badV, "r=0": zeroR} {
		if err := sig.Verify(testDomain, key.Address()); !errors.Is(err, ErrBadSignature) {
			t.Errorf("%s: Verify = %v, want ErrBadSignature", name, err)
		}
	}
	invalid := s
	invalid.Sequence = 0
	if err := invalid.Verify(testDomain, key.Address()); !errors.Is(err, ErrSequenceRange) {
		t.Errorf("sequence 0: Verify = %v, want ErrSequenceRange", err)
	}
}

type shortSigner struct{ *InsecureKeySigner }

func (shortSigner) SignDigest(context.Context, common.Hash) ([]byte, error) {
	return make([]byte, 64), nil
}

type failingSigner struct{ *InsecureKeySigner }

func (failingSigner) SignDigest(context.Context, common.Hash) ([]byte, error) {
	return nil, errors.New("device busy")
}

func TestSignErrors(t *testing.T) {
	ctx := context.Background()
	key := testSigner(t, "k1")
	bad := sample()
	bad.HashAlg = 9
	if _, err := Sign(ctx, testDomain, bad, key); !errors.Is(err, ErrUnknownHashAlg) {
		t.Errorf("invalid attestation: %v", err)
	}
	if _, err := Sign(ctx, testDomain, sample(), shortSigner{key}); !errors.Is(err, ErrBadSignature) {
		t.Errorf("64-byte signature: %v", err)
	}
	if _, err := Sign(ctx, testDomain, sample(), failingSigner{key}); err == nil || !strings.Contains(err.Error(), "device busy") {
		t.Errorf("failing signer: %v", err)
	}
}

// signedJSON returns the sample attestation signed by k1, and its JSON form.
func signedJSON(t *testing.T) (SignedAttestation, []byte) {
	t.Helper()
	s, err := Sign(context.Background(), testDomain, sample(), testSigner(t, "k1"))
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return s, data
}

func TestJSONRoundTrip(t *testing.T) {
	s, data := signedJSON(t)
	for _, want := range []string{`"vmId":"0b5e9a52-5a57-4c1f-9f35-3b0c2f1f4a6e"`, `"hashAlg":"blake3"`, `"timestamp":1767225600`, `"sequence":5`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("JSON %s lacks %s", data, want)
		}
	}
	var back SignedAttestation
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if back != s {
		t.Fatalf("round trip changed the attestation:\n got %+v\nwant %+v", back, s)
	}
	var plain Attestation
	pdata, _ := json.Marshal(s.Attestation)
	if err := json.Unmarshal(pdata, &plain); err != nil || plain != s.Attestation {
		t.Fatalf("unsigned round trip: %v", err)
	}
}

func TestJSONErrorsNameTheField(t *testing.T) {
	s, _ := Sign(context.Background(), testDomain, sample(), testSigner(t, "k1"))
	good, _ := json.Marshal(s)
	var base map[string]any
	_ = json.Unmarshal(good, &base)
	for _, tc := range []struct {
		field string
		value any // nil deletes the field
		want  string
	}{
		{"vmId", "0b5e9a525a574c1f9f353b0c2f1f4a6e", "UUID"},
		{"vmId", 7, "want a string"},
		{"subsetId", "0x1234", "want 32 bytes"},
		{"subsetId", strings.Repeat("ab", 32), "0x-prefixed"},
		{"stateDigest", "0x" + strings.Repeat("zz", 32), "invalid hex"},
		{"zkCommitment", nil, "missing"},
		{"hashAlg", "md5", "unknown hash algorithm"},
		{"hashAlg", 2, "algorithm name"},
		{"timestamp", -1, "non-negative integer"},
		{"timestamp", 1.5, "non-negative integer"},
		{"timestamp", "1767225600", "non-negative integer"},
		{"sequence", json.Number("18446744073709551616"), "64 bits"},
		{"signature", "0x00", "want 65 bytes"},
		{"extra", 1, "unknown field"},
	} {
		m := map[string]any{}
		for k, v := range base {
			m[k] = v
		}
		if tc.value == nil {
			delete(m, tc.field)
		} else {
			m[tc.field] = tc.value
		}
		data, _ := json.Marshal(m)
		var got SignedAttestation
		err := json.Unmarshal(data, &got)
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != tc.field || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, ErrMalformedJSON) {
			t.Errorf("%s=%v: error %v, want a FieldError for %q containing %q", tc.field, tc.value, err, tc.field, tc.want)
		}
	}
	for _, doc := range []string{`null`, `[]`, `"x"`, `{`} {
		var got SignedAttestation
		if err := json.Unmarshal([]byte(doc), &got); err == nil {
			t.Errorf("%s: decoded without error", doc)
		}
	}
}

// TestSignedJSON_duplicateKey: an attestation whose JSON names a field twice means two things (Go's decoder
// keeps the last value, others the first), so it is refused, naming the field: a relay could otherwise show
// a reader one state digest and submit another under the same signature.
func TestSignedJSON_duplicateKey(t *testing.T) {
	_, data := signedJSON(t)
	other := fmt.Sprintf(`,"stateDigest":"0x%s"}`, strings.Repeat("ee", 32))
	dup := append(bytes.TrimSuffix(data, []byte("}")), other...)
	var got SignedAttestation
	err := json.Unmarshal(dup, &got)
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "stateDigest" || !strings.Contains(err.Error(), "more than once") || !errors.Is(err, ErrMalformedJSON) {
		t.Fatalf("duplicate stateDigest: %+v, %v; want a FieldError naming it", got, err)
	}
}

func TestParseVMIDAndHashAlg(t *testing.T) {
	id, err := ParseVMID("F47AC10B-58CC-4372-A567-0E02B2C3D479")
	if err != nil || id.String() != "f47ac10b-58cc-4372-a567-0e02b2c3d479" {
		t.Fatalf("ParseVMID upper case = %v, %v", id, err)
	}
	for _, bad := range []string{"", "f47ac10b58cc4372a5670e02b2c3d479", "f47ac10b-58cc-4372-a567-0e02b2c3d47", "g47ac10b-58cc-4372-a567-0e02b2c3d479", "f47ac10b-58cc-4372-a567_0e02b2c3d479"} {
		if _, err := ParseVMID(bad); !errors.Is(err, ErrBadVMID) {
			t.Errorf("ParseVMID(%q) = %v, want ErrBadVMID", bad, err)
		}
	}
	for in, want := range map[string]HashAlg{"sha256": HashSHA256, "SHA-256": HashSHA256, "1": HashSHA256, "blake3": HashBLAKE3, "BLAKE3-256": HashBLAKE3, "keccak-256": HashKeccak256, "3": HashKeccak256} {
		if got, err := ParseHashAlg(in); err != nil || got != want {
			t.Errorf("ParseHashAlg(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "0", "4", "sha3", "md5"} {
		if _, err := ParseHashAlg(bad); !errors.Is(err, ErrUnknownHashAlg) {
			t.Errorf("ParseHashAlg(%q) = %v, want ErrUnknownHashAlg", bad, err)
		}
	}
	if HashAlg(9).String() != "hashalg(9)" {
		t.Errorf("unknown alg String = %q", HashAlg(9).String())
	}
}

// FuzzUnmarshalJSON checks that the decoder never panics and that whatever it accepts re-encodes to a
// document that decodes to the same value.
func FuzzUnmarshalJSON(f *testing.F) {
	s, _ := Sign(context.Background(), NewDomain(1, common.Address{}), sample(), NewInsecureKeySigner(mustKey()))
	good, _ := json.Marshal(s)
	f.Add(good)
	f.Add([]byte(`{"vmId":1}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var a SignedAttestation
		if err := json.Unmarshal(data, &a); err != nil {
			return
		}
		again, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		var b SignedAttestation
		if err := json.Unmarshal(again, &b); err != nil || a != b {
			t.Fatalf("re-encoding %s gave %s: %v", data, again, err)
		}
	})
}

func mustKey() *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("fuzz")))
	if err != nil {
		panic(err)
	}
	return k
}

// TestCompact checks the EIP-2098 form against go-ethereum's recovery from the expanded signature.
func TestCompact(t *testing.T) {
	for i := range 16 {
		key := testSigner(t, fmt.Sprint("compact", i))
		a := sample()
		a.Sequence = uint64(i + 1)
		s, err := Sign(context.Background(), testDomain, a, key)
		if err != nil {
			t.Fatal(err)
		}
		r, vs := s.Compact()
		parity := vs[0] >> 7
		sig := make([]byte, 65)
		copy(sig[0:32], r[:])
		copy(sig[32:64], vs[:])
		sig[32] &= 0x7f
		sig[64] = parity
		h := s.SigningHash(testDomain)
		pub, err := crypto.SigToPub(h[:], sig)
		if err != nil || crypto.PubkeyToAddress(*pub) != key.Address() {
			t.Fatalf("expanded compact signature recovers %v, %v; want %s", pub, err, key.Address())
		}
		if want := s.Signature[64] - 27; parity != want {
			t.Fatalf("parity bit %d, want %d", parity, want)
		}
	}
}
