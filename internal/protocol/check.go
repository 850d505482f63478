package protocol

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// ErrNotExpected means a signed attestation is about another VM, subset or hash algorithm than expected.
var ErrNotExpected = errors.New("not the expected attestation")

// Expected is what a caller requires of a signed attestation (SignedAttestation.Check). A zero VMID,
// SubsetID or HashAlg is not checked.
type Expected struct {
	// VMID is the VM the attestation must be about; zero: any.
	VMID VMID
	// SubsetID is the subset it must be about; zero: any.
	SubsetID [HashSize]byte
	// HashAlg is the hash algorithm it must use; zero: any.
	HashAlg HashAlg
	// Signer is the key that must have signed it. A zero Signer matches no key (Check fails with
	// *SignerMismatchError) unless AnySignerCheckedByCaller is set.
	Signer common.Address
	// AnySignerCheckedByCaller accepts the signature of any key and leaves the signer Check returns to the
	// caller to check, as the quorum does against the registry (an active key of the VM). Any well-formed
	// signature recovers to some address: without that check the attestation proves nothing.
	AnySignerCheckedByCaller bool
}

// MismatchError is an attestation about another VM, subset or hash algorithm than expected. It matches
// ErrNotExpected with errors.Is.
type MismatchError struct {
	// Field is the attestation's JSON key: "vmId", "subsetId" or "hashAlg".
	Field string
	// Got and Want are the attestation's value and the expected one, as text.
	Got, Want string
}

func (e *MismatchError) Error() string {
	return fmt.Sprintf("attestation has %s %s, want %s", e.Field, e.Got, e.Want)
}

// Is makes errors.Is(err, ErrNotExpected) true.
func (e *MismatchError) Is(target error) bool { return target == ErrNotExpected }

// Check is the check of a signed attestation that everyone who accepts one makes (the CLI's verify, the
// node for its agent's answers and its quorum peers' votes), in this order: the attestation is about the
// expected VM, subset and hash algorithm (*MismatchError); every field is one the verifier contract takes
// (Validate's errors); the signature has the contract's form and recovers, for domain d, to a key
// (ErrBadSignature); that key is want.Signer (*SignerMismatchError), unless want.AnySignerCheckedByCaller.
// It returns the key that signed. What it cannot check, the chain's state (the key registered and active
// for the VM, the subset approved, the timestamp's window), is the caller's or the contract's.
func (s *SignedAttestation) Check(d Domain, want Expected) (common.Address, error) {
	a := &s.Attestation
	switch {
	case want.VMID != (VMID{}) && a.VMID != want.VMID:
		return common.Address{}, &MismatchError{Field: "vmId", Got: a.VMID.String(), Want: want.VMID.String()}
	case want.SubsetID != [HashSize]byte{} && a.SubsetID != want.SubsetID:
		return common.Address{}, &MismatchError{Field: "subsetId", Got: fmt.Sprintf("0x%x", a.SubsetID), Want: fmt.Sprintf("0x%x", want.SubsetID)}
	case want.HashAlg != 0 && a.HashAlg != want.HashAlg:
		return common.Address{}, &MismatchError{Field: "hashAlg", Got: a.HashAlg.String(), Want: want.HashAlg.String()}
	}
	if err := s.Validate(); err != nil {
		return common.Address{}, err
	}
	got, err := s.Signer(d)
	if err != nil {
		return common.Address{}, err
	}
	if !want.AnySignerCheckedByCaller && got != want.Signer {
		return common.Address{}, &SignerMismatchError{Got: got, Want: want.Signer}
	}
	return got, nil
}
