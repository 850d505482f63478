package agentapi

import (
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// SignatureHeader carries the oracle node's signature of a request.
const SignatureHeader = "X-Vmattest-Signature"

// RequestHash is what a node signs for a request: keccak256(method || path || body), where method is the
// HTTP method in upper case ("POST"), path is the URL path without query ("/v1/attestations"), both as
// their ASCII bytes, and body is the exact request body; the three are concatenated with no separator.
func RequestHash(method, path string, body []byte) common.Hash {
	return crypto.Keccak256Hash([]byte(method), []byte(path), body)
}

// RequestDigest is the digest the node's key signs: the EIP-191 personal-message hash of RequestHash,
// keccak256("\x19Ethereum Signed Message:\n32" || RequestHash), as eth_sign/personal_sign of the 32-byte
// RequestHash produce it.
func RequestDigest(method, path string, body []byte) common.Hash {
	return common.BytesToHash(accounts.TextHash(RequestHash(method, path, body).Bytes()))
}

// SignRequest returns the X-Vmattest-Signature header value for a request signed by sign, a function that
// signs a digest like crypto.Sign (65 bytes r || s || v with v in {0, 1}).
func SignRequest(method, path string, body []byte, sign func(digest []byte) ([]byte, error)) (string, error) {
	d := RequestDigest(method, path, body)
	sig, err := sign(d[:])
	if err != nil {
		return "", err
	}
	if len(sig) != 65 {
		return "", fmt.Errorf("signature has %d bytes, want 65", len(sig))
	}
	sig = append([]byte(nil), sig...)
	if sig[64] < 27 {
		sig[64] += 27
	}
	return "0x" + hex.EncodeToString(sig), nil
}

var halfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// AuthError is a signature header that is missing or cannot be checked: the agent answers 401 with its
// message.
type AuthError struct{ Msg string }

func (e *AuthError) Error() string { return e.Msg }

// RecoverRequestSigner checks the header value and returns the address that signed the request. The value
// is 0x and 130 hex digits, r || s || v with v in {27, 28} (0 and 1 are accepted too) and s in the lower
// half of the secp256k1 order.
func RecoverRequestSigner(header, method, path string, body []byte) (common.Address, error) {
	if header == "" {
		return common.Address{}, &AuthError{"missing " + SignatureHeader + " header"}
	}
	if !strings.HasPrefix(header, "0x") || len(header) != 2+130 {
		return common.Address{}, &AuthError{fmt.Sprintf("malformed %s header: want 0x and 65 bytes of hex (130 digits), got %d characters", SignatureHeader, len(header))}
	}
	sig, err := hex.DecodeString(header[2:])
	if err != nil {
		return common.Address{}, &AuthError{fmt.Sprintf("malformed %s header: invalid hex", SignatureHeader)}
	}
	v := sig[64]
	if v >= 27 {
		v -= 27
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(v, r, s, true) || s.Cmp(halfN) > 0 {
		return common.Address{}, &AuthError{fmt.Sprintf("invalid %s: v must be 27 or 28, r and s in range, s in the lower half of the order", SignatureHeader)}
	}
	sig[64] = v
	d := RequestDigest(method, path, body)
	pub, err := crypto.SigToPub(d[:], sig)
	if err != nil {
		return common.Address{}, &AuthError{fmt.Sprintf("invalid %s: cannot recover the signer", SignatureHeader)}
	}
	return crypto.PubkeyToAddress(*pub), nil
}
