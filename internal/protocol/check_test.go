package protocol

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestCheckRefusesWhatTheAttestationDoesNotSay: an honest attestation, signed by the expected key, is still
// refused when it is about another VM, subset or algorithm than the one asked for; a forgotten signer
// (zero) matches no key; a copy with a changed field recovers to another key and is refused; only
// AnySignerCheckedByCaller hands back whatever key signed, and it is the real one.
func TestCheckRefusesWhatTheAttestationDoesNotSay(t *testing.T) {
	k := testSigner(t, "check")
	s, err := Sign(context.Background(), testDomain, sample(), k)
	if err != nil {
		t.Fatal(err)
	}
	a := s.Attestation
	exact := Expected{VMID: a.VMID, SubsetID: a.SubsetID, HashAlg: a.HashAlg, Signer: k.Address()}
	if got, err := s.Check(testDomain, exact); err != nil || got != k.Address() {
		t.Fatalf("honest attestation: %s, %v", got, err)
	}
	for _, c := range []struct {
		name  string
		want  func(*Expected)
		field string
	}{
		{"another vm", func(e *Expected) { e.VMID[0] ^= 1 }, "vmId"},
		{"another subset", func(e *Expected) { e.SubsetID[0] ^= 1 }, "subsetId"},
		{"another algorithm", func(e *Expected) { e.HashAlg = HashSHA256 }, "hashAlg"},
	} {
		w := exact
		c.want(&w)
		_, err := s.Check(testDomain, w)
		var me *MismatchError
		if !errors.As(err, &me) || me.Field != c.field || !errors.Is(err, ErrNotExpected) {
			t.Errorf("%s: %v, want a MismatchError of %s", c.name, err, c.field)
		}
	}
	// A zero Signer is not "any signer".
	noSigner := exact
	noSigner.Signer = common.Address{}
	if _, err := s.Check(testDomain, noSigner); !errors.Is(err, ErrSignerMismatch) {
		t.Errorf("zero signer: %v, want ErrSignerMismatch", err)
	}
	if err := s.Verify(testDomain, common.Address{}); !errors.Is(err, ErrSignerMismatch) {
		t.Errorf("Verify with a zero signer: %v, want ErrSignerMismatch", err)
	}
	// A changed field recovers to another key.
	tampered := s
	tampered.Sequence++
	if _, err := tampered.Check(testDomain, exact); !errors.Is(err, ErrSignerMismatch) {
		t.Errorf("tampered sequence: %v, want ErrSignerMismatch", err)
	}
	anyKey := noSigner
	anyKey.AnySignerCheckedByCaller = true
	if got, err := tampered.Check(testDomain, anyKey); err != nil || got == k.Address() {
		t.Errorf("tampered, any signer: %s, %v; want another key", got, err)
	}
	if got, err := s.Check(testDomain, anyKey); err != nil || got != k.Address() {
		t.Errorf("honest, any signer: %s, %v", got, err)
	}
	// Another chain's domain recovers to another key.
	if _, err := s.Check(NewDomain(1, testDomain.VerifyingContract), exact); !errors.Is(err, ErrSignerMismatch) {
		t.Errorf("another chain: %v, want ErrSignerMismatch", err)
	}
	// Malformed fields and signatures are refused before any key is compared.
	zero := s
	zero.StateDigest = [HashSize]byte{}
	if _, err := zero.Check(testDomain, anyKey); !errors.Is(err, ErrZeroDigest) {
		t.Errorf("zero digest: %v, want ErrZeroDigest", err)
	}
	badV := s
	badV.Signature[64] = 29
	if _, err := badV.Check(testDomain, anyKey); !errors.Is(err, ErrBadSignature) {
		t.Errorf("v = 29: %v, want ErrBadSignature", err)
	}
}
