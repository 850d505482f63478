// Package protocol defines vmattest's signed attestation: its fields, its EIP-712 encoding, its signature
// and its JSON form. The Solidity verifier (contracts/src/AttestationVerifier.sol) implements the same
// definition; the test vectors in testdata/vectors/attestation.json are checked by both sides.
package protocol

import (
	"errors"
	"fmt"
)

// Size constants of the attestation's fixed-size fields.
const (
	// VMIDSize is the size of a VM identifier: a UUID.
	VMIDSize = 16
	// HashSize is the size of subset identifiers, state digests and ZK commitments.
	HashSize = 32
	// SignatureSize is the size of a signature: r || s || v, with v in {27, 28}.
	SignatureSize = 65
)

// MaxTimestamp and MaxSequence bound Attestation.Timestamp and Attestation.Sequence. The verifier contract
// packs a record into two storage slots and keeps both as 40-bit integers: 2^40-1 seconds is the year 36812,
// and 2^40-1 attestations of one VM is one a second for 34,800 years.
const (
	MaxTimestamp = 1<<40 - 1
	MaxSequence  = 1<<40 - 1
)

// Errors returned by Attestation.Validate, wrapped with the offending value.
var (
	// ErrZeroVMID means the VM identifier is all zeros.
	ErrZeroVMID = errors.New("vm id is zero")
	// ErrZeroSubsetID means the subset identifier is all zeros.
	ErrZeroSubsetID = errors.New("subset id is zero")
	// ErrUnknownHashAlg means the hash algorithm identifier is not one of the protocol's.
	ErrUnknownHashAlg = errors.New("unknown hash algorithm")
	// ErrZeroDigest means the state digest is all zeros, which no hash function produces in practice.
	ErrZeroDigest = errors.New("state digest is zero")
	// ErrTimestampRange means the timestamp is zero or above MaxTimestamp.
	ErrTimestampRange = errors.New("timestamp out of range")
	// ErrSequenceRange means the sequence number is zero or above MaxSequence.
	ErrSequenceRange = errors.New("sequence out of range")
)

// Attestation is the statement an enclave key signs: at Timestamp, the subset SubsetID of the VM VMID had the
// digest StateDigest under hash algorithm HashAlg, and, when ZKCommitment is not zero, the committed state
// that zero-knowledge property proofs refer to. Sequence orders a VM's attestations; the verifier accepts
// one for a (VM, subset) only when its sequence is above the last recorded one, which stops replays.
type Attestation struct {
	// VMID identifies the attested VM (a UUID).
	VMID VMID
	// SubsetID is the Keccak-256 of the canonical encoding of the subset manifest.
	SubsetID SubsetID
	// HashAlg is the hash function that produced StateDigest.
	HashAlg HashAlg
	// StateDigest is the digest of the subset's state.
	StateDigest [HashSize]byte
	// ZKCommitment is the root of the commitment to the subset's state for ZK proofs; zero when none.
	ZKCommitment [HashSize]byte
	// Timestamp is when the state was collected, in unix seconds.
	Timestamp uint64
	// Sequence is the VM's attestation counter, from 1.
	Sequence uint64
}

// Validate reports the first field that the verifier contract would refuse regardless of chain state.
func (a *Attestation) Validate() error {
	switch {
	case a.VMID == VMID{}:
		return fmt.Errorf("invalid vmId: %w", ErrZeroVMID)
	case a.SubsetID == [HashSize]byte{}:
		return fmt.Errorf("invalid subsetId: %w", ErrZeroSubsetID)
	case !a.HashAlg.Known():
		return fmt.Errorf("invalid hashAlg %d: %w", uint8(a.HashAlg), ErrUnknownHashAlg)
	case a.StateDigest == [HashSize]byte{}:
		return fmt.Errorf("invalid stateDigest: %w", ErrZeroDigest)
	case a.Timestamp == 0 || a.Timestamp > MaxTimestamp:
		return fmt.Errorf("invalid timestamp %d (want 1..%d): %w", a.Timestamp, uint64(MaxTimestamp), ErrTimestampRange)
	case a.Sequence == 0 || a.Sequence > MaxSequence:
		return fmt.Errorf("invalid sequence %d (want 1..%d): %w", a.Sequence, uint64(MaxSequence), ErrSequenceRange)
	}
	return nil
}
