package zkcommit

import (
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// Leaf tags: the first element hashed into every leaf, so that leaves of different kinds never share a
// preimage. Tags are never reused or renumbered.
const (
	TagHeader  = 1 // Hash(1, subsetId_hi, subsetId_lo, nMounts, nRegions, nModules, hasCmdline)
	TagMount   = 2 // Hash(2, StrHash(mountPoint), StrHash(fsType), StrHash(source), readOnly, StrHash(mountOptions), StrHash(superOptions))
	TagRegion  = 3 // Hash(3, StrHash(name), kindCode, length, digest_hi, digest_lo)
	TagCmdline = 4 // Hash(4, StrHash(cmdline))
	TagModule  = 5 // Hash(5, StrHash(name), size)
	TagGolden  = 6 // Hash(6, digest_hi, digest_lo), a leaf of a golden-digest set
)

// StrChunk is the number of bytes of a string packed into one field element by StrHash.
const StrChunk = 31

// permutation is gnark-crypto's default Poseidon2 permutation over BN254's scalar field: width 2, 6 full
// rounds, 50 partial rounds, S-box x^5. Its methods only read the parameters, so it is shared.
var permutation = sync.OnceValue(poseidon2.NewDefaultPermutation)

// Compress is the Poseidon2 2-to-1 compression function, the Merkle tree's node hash:
//
//	Compress(l, r) = P(l, r)[1] + r
//
// where P is the width-2 permutation (feed-forward of the right input on the right lane). It is exactly
// gnark-crypto's poseidon2.Permutation.Compress and gnark's in-circuit
// std/permutation/poseidon2.Permutation.Compress.
func Compress(l, r fr.Element) fr.Element {
	x := [2]fr.Element{l, r}
	if err := permutation().Permutation(x[:]); err != nil {
		panic(err) // width is 2 by construction
	}
	x[1].Add(&x[1], &r)
	return x[1]
}

// Hash is the Poseidon2 Merkle-Damgård hash of a sequence of field elements:
//
//	s_0 = 0 (the IV: the zero element)
//	s_i = Compress(s_{i-1}, e_i)  for each element e_1..e_n, one element per compression
//	Hash(e_1..e_n) = s_n
//
// There is no padding and no length block: every use in vmattest hashes a fixed number of elements that
// the first element (a leaf tag or a string length) determines, so inputs never extend one another. It is
// gnark-crypto's poseidon2.NewMerkleDamgardHasher() fed each element as its 32-byte big-endian encoding, and
// gnark's in-circuit std/hash/poseidon2.New(api) fed each element with Write.
func Hash(elems ...fr.Element) fr.Element {
	var s fr.Element
	for i := range elems {
		s = Compress(s, elems[i])
	}
	return s
}

// Uint returns v as a field element.
func Uint(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	return e
}

// Bool returns 1 for true and 0 for false.
func Bool(b bool) fr.Element {
	if b {
		return Uint(1)
	}
	return Uint(0)
}

// StrHash hashes a byte string (Go strings are bytes; nothing is normalised):
//
//	StrHash(s) = Hash(len(s), c_1, ..., c_k)   with k = ceil(len(s)/31)
//
// where c_j is bytes [31(j-1), 31j) of s as a big-endian integer, the last piece right-padded with zero
// bytes to 31 bytes (so "/" gives c_1 = 0x2f << 240). Every piece is below 2^248 < r, so there is no
// modular reduction, and the length makes the padding unambiguous. StrHash("") = Hash(0).
func StrHash(s string) fr.Element {
	elems := make([]fr.Element, 1, 1+(len(s)+StrChunk-1)/StrChunk)
	elems[0] = Uint(uint64(len(s)))
	for off := 0; off < len(s); off += StrChunk {
		var chunk [StrChunk]byte
		copy(chunk[:], s[off:min(off+StrChunk, len(s))])
		var e fr.Element
		e.SetBytes(chunk[:])
		elems = append(elems, e)
	}
	return Hash(elems...)
}

// Digest32 splits a 32-byte digest into two field elements: hi is bytes [0, 16) and lo bytes [16, 32), each
// as a big-endian 128-bit integer.
func Digest32(d [32]byte) (hi, lo fr.Element) {
	hi.SetBytes(d[:16])
	lo.SetBytes(d[16:])
	return hi, lo
}

// Bytes32 returns e as 32 big-endian bytes (the form of a root in an attestation's zkCommitment).
func Bytes32(e fr.Element) [32]byte { return e.Bytes() }

// FromBytes32 reads 32 big-endian bytes as a field element; a value not below the field order r is an error
// (no reduction).
func FromBytes32(b [32]byte) (fr.Element, error) {
	var e fr.Element
	err := e.SetBytesCanonical(b[:])
	return e, err
}
