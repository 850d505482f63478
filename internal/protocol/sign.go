package protocol

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Signature errors.
var (
	// ErrBadSignature means a signature is malformed: wrong v, r or s out of range, or high s.
	ErrBadSignature = errors.New("malformed signature")
	// ErrSignerMismatch means a signature is valid but was made by another key than expected.
	ErrSignerMismatch = errors.New("signed by another key")
)

// Signer signs attestation digests with an attestation key. The key may live in a TEE; implementations are
// provided by the enclave packages. SignDigest returns a 65-byte r || s || v signature with v in {0, 1} or
// {27, 28}; Sign normalizes it.
type Signer interface {
	// Address returns the Ethereum address of the attestation key.
	Address() common.Address
	// SignDigest signs a 32-byte digest.
	SignDigest(ctx context.Context, digest common.Hash) ([]byte, error)
}

// SignedAttestation is an attestation with its signature.
type SignedAttestation struct {
	Attestation
	// Signature is r || s || v over Attestation.SigningHash, with v in {27, 28} and s in the lower half of
	// the curve order.
	Signature [SignatureSize]byte
}

// Sign validates a, signs it for domain d with s and checks that the signature recovers to s.Address().
func Sign(ctx context.Context, d Domain, a Attestation, s Signer) (SignedAttestation, error) {
	if err := a.Validate(); err != nil {
		return SignedAttestation{}, fmt.Errorf("failed to sign attestation: %w", err)
	}
	sig, err := s.SignDigest(ctx, a.SigningHash(d))
	if err != nil {
		return SignedAttestation{}, fmt.Errorf("failed to sign attestation with key %s: %w", s.Address(), err)
	}
	if len(sig) != SignatureSize {
		return SignedAttestation{}, fmt.Errorf("signer %s returned %d bytes, want %d: %w", s.Address(), len(sig), SignatureSize, ErrBadSignature)
	}
	out := SignedAttestation{Attestation: a}
	copy(out.Signature[:], sig)
	if out.Signature[64] < 27 {
		out.Signature[64] += 27
	}
	if err := out.Verify(d, s.Address()); err != nil {
		return SignedAttestation{}, fmt.Errorf("signer %s produced an unusable signature: %w", s.Address(), err)
	}
	return out, nil
}

// secp256k1HalfN is half the secp256k1 group order; signatures with a larger s are malleable copies and the
// verifier contract (OpenZeppelin's ECDSA) refuses them.
var secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// Signer recovers the address that signed s for domain d. It applies the contract's rules: v in {27, 28},
// r and s in range, s in the lower half of the order.
func (s *SignedAttestation) Signer(d Domain) (common.Address, error) {
	if err := s.CheckSignatureForm(); err != nil {
		return common.Address{}, err
	}
	sig := s.Signature
	sig[64] -= 27
	hash := s.SigningHash(d)
	pub, err := crypto.SigToPub(hash[:], sig[:])
	if err != nil {
		return common.Address{}, fmt.Errorf("failed to recover signer: %w: %w", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// CheckSignatureForm reports, wrapping ErrBadSignature, a signature the verifier contract refuses whatever it
// signs: v not in {27, 28}, r or s zero or not below the group order, or s in the upper half of the order (the
// malleable twin of a valid signature). Compact re-encodes only signatures that pass it losslessly.
func (s *SignedAttestation) CheckSignatureForm() error {
	v := s.Signature[64]
	if v != 27 && v != 28 {
		return fmt.Errorf("signature v = %d, want 27 or 28: %w", v, ErrBadSignature)
	}
	r, ss := new(big.Int).SetBytes(s.Signature[0:32]), new(big.Int).SetBytes(s.Signature[32:64])
	if !crypto.ValidateSignatureValues(v-27, r, ss, true) || ss.Cmp(secp256k1HalfN) > 0 {
		return fmt.Errorf("signature r or s out of range or s not in the lower half of the order: %w", ErrBadSignature)
	}
	return nil
}

// Verify checks that s is a valid attestation signed by want for domain d: Check with only a signer
// expected.
func (s *SignedAttestation) Verify(d Domain, want common.Address) error {
	_, err := s.Check(d, Expected{Signer: want})
	return err
}

// SignerMismatchError is returned by Verify when the signature recovers to another address. It matches
// ErrSignerMismatch with errors.Is.
type SignerMismatchError struct {
	Got, Want common.Address
}

func (e *SignerMismatchError) Error() string {
	return fmt.Sprintf("attestation signed by %s, want %s (or signed for another chain or verifier)", e.Got, e.Want)
}

// Is makes errors.Is(err, ErrSignerMismatch) true.
func (e *SignerMismatchError) Is(target error) bool { return target == ErrSignerMismatch }

// InsecureKeySigner signs with a private key held in process memory, outside any TEE. It is for tests, test
// vectors and the explicitly insecure software backend; the name says so.
type InsecureKeySigner struct {
	key *ecdsa.PrivateKey
}

// NewInsecureKeySigner wraps a secp256k1 private key.
func NewInsecureKeySigner(key *ecdsa.PrivateKey) *InsecureKeySigner {
	return &InsecureKeySigner{key: key}
}

// Address implements Signer.
func (k *InsecureKeySigner) Address() common.Address { return crypto.PubkeyToAddress(k.key.PublicKey) }

// SignDigest implements Signer with a deterministic (RFC 6979) signature.
func (k *InsecureKeySigner) SignDigest(_ context.Context, digest common.Hash) ([]byte, error) {
	return crypto.Sign(digest[:], k.key)
}

// Compact returns the signature in EIP-2098 compact form, as the verifier contract takes it: r, and s with
// the y parity (v - 27) in its top bit. It is a lossless re-encoding of the 65-byte signature: s is in the
// lower half of the group order, so its top bit is free. It saves 128 bytes of calldata per attestation.
// It is lossless only for signatures that pass CheckSignatureForm: callers that take signatures from outside
// check them first.
func (s *SignedAttestation) Compact() (r, vs [32]byte) {
	copy(r[:], s.Signature[0:32])
	copy(vs[:], s.Signature[32:64])
	if s.Signature[64] == 28 {
		vs[0] |= 0x80
	}
	return r, vs
}
