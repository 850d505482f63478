// Package sha384 implements the SHA-384 hash function (FIPS 180-4) as a gnark circuit gadget over
// 64-bit words of github.com/consensys/gnark/std/math/uints.
package sha384

import (
	"encoding/binary"
	"fmt"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/math/uints"
)

const (
	// Size is the size of a SHA-384 digest in bytes.
	Size = 48
	// BlockSize is the size of a SHA-384 (SHA-512) message block in bytes.
	BlockSize = 128
)

// _K are the SHA-512 round constants (FIPS 180-4, section 4.2.3).
var _K = [80]uint64{
	0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
	0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
	0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
	0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
	0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
	0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
	0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
	0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
	0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
	0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
	0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
	0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
	0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
	0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
	0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
	0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
	0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
	0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
	0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
	0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
}

// initialHash is the SHA-384 initial hash value H(0) (FIPS 180-4, section 5.3.4).
var initialHash = [8]uint64{
	0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
	0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4,
}

// Pad returns msg followed by the SHA-384 padding (FIPS 180-4, section 5.1.2): a 0x80 byte, zero bytes
// and the 128-bit big-endian bit length of msg, so that the result is a multiple of [BlockSize] bytes.
// The padding bytes are circuit constants, the message bytes are copied unchanged.
func Pad(msg []uints.U8) []uints.U8 {
	n := len(msg)
	total := (n + 1 + 16 + BlockSize - 1) / BlockSize * BlockSize
	out := make([]uints.U8, 0, total)
	out = append(out, msg...)
	out = append(out, uints.NewU8(0x80))
	for len(out) < total-16 {
		out = append(out, uints.NewU8(0))
	}
	var lenBuf [16]byte
	binary.BigEndian.PutUint64(lenBuf[8:], uint64(n)*8)
	binary.BigEndian.PutUint64(lenBuf[:8], uint64(n)>>61)
	return append(out, uints.NewU8Array(lenBuf[:])...)
}

// InitialState returns the SHA-384 initial hash value H(0) as constant words, for [Compress].
func InitialState() [8]uints.U64 {
	var s [8]uints.U64
	for i := range s {
		s[i] = uints.NewU64(initialHash[i])
	}
	return s
}

// Sum returns the SHA-384 digest (48 bytes) of msg, whose length is fixed at compile time (the padding is
// computed in Go, not in the circuit).
//
// The message bytes are range checked. Hashing n bytes compresses ceil((n+17)/128) blocks at about
// 19k R1CS constraints each, plus about 7k for a lookup table of 2^13 entries shared by all calls in a
// circuit. The scalar field must have at least 140 bits (BN254, BLS12-377, BLS12-381, BW6 curves).
func Sum(api frontend.API, msg []uints.U8) ([]uints.U8, error) {
	uapi, err := uints.NewBinaryField[uints.U64](api)
	if err != nil {
		return nil, fmt.Errorf("failed to initialize uints: %w", err)
	}
	e, err := newEngine(api)
	if err != nil {
		return nil, fmt.Errorf("failed to initialize SHA-384 engine: %w", err)
	}
	padded := Pad(msg)
	state := e.initialWords()
	for i := 0; i < len(padded); i += BlockSize {
		state = e.compress(state, e.messageWords(uapi.Bytes, padded[i:i+BlockSize]))
	}
	out := make([]uints.U8, 0, Size)
	for i := 0; i < Size/8; i++ {
		out = append(out, uapi.UnpackMSB(uapi.ValueOf(state[i].val))...)
	}
	return out, nil
}
