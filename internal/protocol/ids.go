package protocol

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
)

// VMID identifies a VM: a UUID, written in its canonical 8-4-4-4-12 hexadecimal form.
type VMID [VMIDSize]byte

// ErrBadVMID means a string is not a UUID in canonical form.
var ErrBadVMID = errors.New("not a UUID in 8-4-4-4-12 hexadecimal form")

// ParseVMID parses a UUID such as "0b5e9a52-5a57-4c1f-9f35-3b0c2f1f4a6e". Upper and lower case are accepted.
func ParseVMID(s string) (VMID, error) {
	var id VMID
	if len(s) != 36 || s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-' {
		return id, fmt.Errorf("vm id %q: %w", s, ErrBadVMID)
	}
	raw := s[0:8] + s[9:13] + s[14:18] + s[19:23] + s[24:36]
	if _, err := hex.Decode(id[:], []byte(raw)); err != nil {
		return VMID{}, fmt.Errorf("vm id %q: %w", s, ErrBadVMID)
	}
	return id, nil
}

// String returns the canonical lower-case UUID form.
func (id VMID) String() string {
	h := hex.EncodeToString(id[:])
	return strings.Join([]string{h[0:8], h[8:12], h[12:16], h[16:20], h[20:32]}, "-")
}

// SubsetID identifies a subset of a VM's state: the Keccak-256 of its manifest's canonical encoding
// (docs/protocol.md). It converts to and from [32]byte and common.Hash freely; it has no String method, so
// %x formats its bytes.
type SubsetID [HashSize]byte

// Hex returns the identifier as 0x and 64 lower-case hexadecimal digits.
func (s SubsetID) Hex() string { return "0x" + hex.EncodeToString(s[:]) }

// VMSubset is a (VM, subset) pair: the key of everything the contracts, the node and the agent keep per
// attested subset of a VM (a record, a proof, a schedule).
type VMSubset struct {
	VM     VMID
	Subset SubsetID
}

// HashAlg is the protocol's identifier of a hash function. Identifiers are never reused: a new function
// gets a new number, so an old signature can never be read as made over a different function's digest.
type HashAlg uint8

// The protocol's hash algorithms. Zero is invalid so that an unset field is never a valid choice.
const (
	// HashSHA256 is SHA-256 (FIPS 180-4).
	HashSHA256 HashAlg = 1
	// HashBLAKE3 is BLAKE3 with a 256-bit output.
	HashBLAKE3 HashAlg = 2
	// HashKeccak256 is Keccak-256 as used by Ethereum (not NIST SHA3-256).
	HashKeccak256 HashAlg = 3
)

var hashAlgNames = map[HashAlg]string{
	HashSHA256:    "sha256",
	HashBLAKE3:    "blake3",
	HashKeccak256: "keccak256",
}

// Known reports whether a is one of the protocol's algorithms.
func (a HashAlg) Known() bool {
	_, ok := hashAlgNames[a]
	return ok
}

// String returns the algorithm's name ("sha256", "blake3", "keccak256"), or "hashalg(N)" when unknown.
func (a HashAlg) String() string {
	if n, ok := hashAlgNames[a]; ok {
		return n
	}
	return fmt.Sprintf("hashalg(%d)", uint8(a))
}

// HashAlgs lists the protocol's algorithms in identifier order.
func HashAlgs() []HashAlg { return []HashAlg{HashSHA256, HashBLAKE3, HashKeccak256} }

// ParseHashAlg accepts an algorithm's name (case-insensitive; "sha-256", "blake3-256", "keccak-256" too) or
// its decimal identifier.
func ParseHashAlg(s string) (HashAlg, error) {
	norm := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), "-", "")
	if norm == "blake3256" {
		norm = "blake3"
	}
	for a, n := range hashAlgNames {
		if norm == n || norm == fmt.Sprint(uint8(a)) {
			return a, nil
		}
	}
	return 0, fmt.Errorf("hash algorithm %q (want one of sha256, blake3, keccak256 or 1, 2, 3): %w", s, ErrUnknownHashAlg)
}
