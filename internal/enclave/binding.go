// Package enclave manages the attestation key: a secp256k1 key generated inside the TEE, bound to the TEE's
// evidence through REPORT_DATA, kept at rest sealed to the TEE (or, for the insecure backends, in a 0600
// file), used to sign attestations, and rotated. It is never the operator key.
package enclave

import (
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// BindingTag separates vmattest's REPORT_DATA binding from any other use of a TEE report.
const BindingTag = "vmattest/attestation-key/v1"

// Binding is what an attestation key's evidence commits to: the key, where it will be registered, and
// until when. Binding the chain and the registry stops evidence from being replayed to register the key
// elsewhere; binding the expiry stops it from being used past it.
type Binding struct {
	// PublicKey is the uncompressed secp256k1 public key, X || Y.
	PublicKey [64]byte
	ChainID   uint64
	Registry  common.Address
	// ExpiresAt is the key's expiry in unix seconds, as registered on chain.
	ExpiresAt uint64
	// Context is zero for a key that registrars approve (their approval names the VM), or, for a key that
	// registers itself by a proof of its report (EnclaveKeyRegistry.registerWithProof), RegistrationContext of
	// the registration's VM, replaced key and grace period: the proof then binds them too.
	Context [32]byte
}

// RegistrationContext is keccak256(abi.encode(bytes16 vmId, address replaces, uint64 gracePeriod)): what a key
// registering by proof binds in the second half of REPORT_DATA, so that nobody can reuse its proof for another
// VM or to retire another key.
func RegistrationContext(vm [16]byte, replaces common.Address, gracePeriod uint64) [32]byte {
	var words [96]byte
	copy(words[0:16], vm[:])
	copy(words[44:64], replaces[:])
	binary.BigEndian.PutUint64(words[88:96], gracePeriod)
	return [32]byte(crypto.Keccak256(words[:]))
}

// NewBinding returns the binding of pub for registration on chainID at registry until expiresAt.
func NewBinding(pub *ecdsa.PublicKey, chainID uint64, registry common.Address, expiresAt uint64) Binding {
	b := Binding{ChainID: chainID, Registry: registry, ExpiresAt: expiresAt}
	copy(b.PublicKey[:], crypto.FromECDSAPub(pub)[1:])
	return b
}

// Address returns the Ethereum address of the bound key.
func (b Binding) Address() common.Address {
	return common.BytesToAddress(crypto.Keccak256(b.PublicKey[:])[12:])
}

// ReportData returns the 64 bytes the TEE report must carry:
//
//	keccak256(abi.encode(keccak256(BindingTag), X, Y, uint256(chainId), address(registry), uint64(expiresAt)))
//
// followed by Context (32 bytes; zero unless the key registers by proof). All six words are 32 bytes, so a
// contract recomputes it with one abi.encode.
func (b Binding) ReportData() [64]byte {
	var words [6 * 32]byte
	tag := crypto.Keccak256([]byte(BindingTag))
	copy(words[0:32], tag)
	copy(words[32:96], b.PublicKey[:])
	binary.BigEndian.PutUint64(words[120:128], b.ChainID)
	copy(words[140:160], b.Registry[:])
	binary.BigEndian.PutUint64(words[184:192], b.ExpiresAt)
	var out [64]byte
	copy(out[:32], crypto.Keccak256(words[:]))
	copy(out[32:], b.Context[:])
	return out
}

// Validate checks that the binding names a valid key, a chain and a registry.
func (b Binding) Validate() error {
	x, y := new(big.Int).SetBytes(b.PublicKey[:32]), new(big.Int).SetBytes(b.PublicKey[32:])
	switch {
	case !crypto.S256().IsOnCurve(x, y):
		return errors.New("binding: public key is not a secp256k1 point")
	case b.ChainID == 0:
		return errors.New("binding: chain id is 0")
	case b.Registry == (common.Address{}):
		return errors.New("binding: registry address is zero")
	case b.ExpiresAt == 0:
		return errors.New("binding: expiry is 0")
	}
	return nil
}

// ErrSameKey means the operator key and the attestation key are the same key.
var ErrSameKey = errors.New("the operator key and the attestation key must be different keys")

// CheckDistinct refuses a configuration in which the operator key (which pays for transactions and
// authorizes privileged operations) is the attestation key (which only signs attestations, inside the TEE).
func CheckDistinct(operator, attestation common.Address) error {
	if operator == attestation {
		return fmt.Errorf("%w: both are %s", ErrSameKey, operator)
	}
	return nil
}
