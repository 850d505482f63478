package protocol

import (
	"encoding/binary"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// EIP-712 definitions. They must match contracts/src/libraries/AttestationLib.sol.
const (
	// DomainName is the EIP-712 domain name.
	DomainName = "vmattest"
	// DomainVersion is the EIP-712 domain version; it changes with any change of the Attestation type.
	DomainVersion = "1"
	// AttestationType is the EIP-712 encodeType of Attestation.
	AttestationType = "Attestation(bytes16 vmId,bytes32 subsetId,uint8 hashAlg,bytes32 stateDigest," +
		"bytes32 zkCommitment,uint64 timestamp,uint64 sequence)"
	domainType = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
)

var (
	// AttestationTypeHash is keccak256(AttestationType).
	AttestationTypeHash = crypto.Keccak256Hash([]byte(AttestationType))
	domainTypeHash      = crypto.Keccak256Hash([]byte(domainType))
)

// Domain is the EIP-712 domain of one verifier contract on one chain. Binding signatures to it stops an
// attestation signed for one chain or one deployment from being accepted by another.
type Domain struct {
	// Name is the domain name; DomainName for vmattest's verifier.
	Name string
	// Version is the domain version; DomainVersion for this protocol.
	Version string
	// ChainID is the chain's EIP-155 identifier.
	ChainID *big.Int
	// VerifyingContract is the address of the AttestationVerifier.
	VerifyingContract common.Address
}

// NewDomain returns vmattest's domain for the verifier at contract on chain chainID.
func NewDomain(chainID uint64, contract common.Address) Domain {
	return Domain{Name: DomainName, Version: DomainVersion, ChainID: new(big.Int).SetUint64(chainID), VerifyingContract: contract}
}

// Separator returns the EIP-712 domain separator.
func (d Domain) Separator() common.Hash {
	chainID := d.ChainID
	if chainID == nil {
		chainID = new(big.Int)
	}
	buf := make([]byte, 0, 5*32)
	buf = append(buf, domainTypeHash[:]...)
	buf = append(buf, crypto.Keccak256([]byte(d.Name))...)
	buf = append(buf, crypto.Keccak256([]byte(d.Version))...)
	buf = append(buf, common.BigToHash(chainID).Bytes()...)
	buf = append(buf, common.BytesToHash(d.VerifyingContract[:]).Bytes()...)
	return crypto.Keccak256Hash(buf)
}

// StructHash returns the EIP-712 hashStruct of a: keccak256 of the type hash followed by each field as one
// 32-byte word (bytes16 left-aligned, integers right-aligned).
func (a *Attestation) StructHash() common.Hash {
	var buf [8 * 32]byte
	copy(buf[0:32], AttestationTypeHash[:])
	copy(buf[32:48], a.VMID[:])
	copy(buf[64:96], a.SubsetID[:])
	buf[127] = byte(a.HashAlg)
	copy(buf[128:160], a.StateDigest[:])
	copy(buf[160:192], a.ZKCommitment[:])
	binary.BigEndian.PutUint64(buf[216:224], a.Timestamp)
	binary.BigEndian.PutUint64(buf[248:256], a.Sequence)
	return crypto.Keccak256Hash(buf[:])
}

// SigningHash returns the EIP-712 digest that is signed: keccak256("\x19\x01" || domainSeparator ||
// hashStruct(a)).
func (a *Attestation) SigningHash(d Domain) common.Hash {
	sep, sh := d.Separator(), a.StructHash()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], sh[:])
}
