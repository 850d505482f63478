// Package zkcommit is the commitment to a subset's state that vmattest's zero-knowledge property proofs are
// about: a Poseidon2 Merkle tree over BN254's scalar field fr whose root, as 32 big-endian bytes, is an
// attestation's zkCommitment. Package zkgadget (internal/zkcommit/zkgadget) computes the same functions
// inside gnark circuits.
//
// # Hash functions
//
// Every value is an element of fr, the scalar field of BN254 (r = 0x30644e72...f0000001).
//
//   - Compress(l, r) = P(l, r)[1] + r, where P is gnark-crypto's default Poseidon2 permutation of width 2
//     (6 full rounds, 50 partial rounds, S-box x^5; ecc/bn254/fr/poseidon2): the Merkle node hash, one
//     permutation. It is gnark-crypto's Permutation.Compress and gnark's in-circuit Permutation.Compress.
//   - Hash(e_1, ..., e_n): Merkle-Damgård over Compress with IV 0, one element per step:
//     s_0 = 0, s_i = Compress(s_{i-1}, e_i), Hash = s_n. No padding, no length block (every use hashes a
//     number of elements fixed by its first element). It is gnark-crypto's
//     poseidon2.NewMerkleDamgardHasher() with each element written as 32 big-endian bytes, and gnark's
//     std/hash/poseidon2.New(api).
//   - StrHash(s) = Hash(len(s), c_1, ..., c_k): c_j is bytes [31(j-1), 31j) of s as a big-endian integer,
//     the last piece right-padded with zero bytes to 31 bytes; k = ceil(len(s)/31). StrHash("") = Hash(0).
//   - Digest32(d) = (hi, lo): bytes [0,16) and [16,32) of a 32-byte digest as big-endian integers.
//
// # The state tree
//
// Depth 16 (65,536 leaves). Leaf tags are small integers, the first element of every leaf's preimage:
//
//	index 0                 Hash(1, subsetId_hi, subsetId_lo, nMounts, nRegions, nModules, hasCmdline)
//	1 .. nMounts            Hash(2, StrHash(mountPoint), StrHash(fsType), StrHash(source), readOnly,
//	                             StrHash(mountOptions), StrHash(superOptions))
//	next nRegions           Hash(3, StrHash(name), kindCode, length, digest_hi, digest_lo)
//	next, if a cmdline      Hash(4, StrHash(cmdline))
//	next nModules           Hash(5, StrHash(name), size)
//	65535 (the last)        the blinding: a uniformly random element of fr (crypto/rand)
//	every other leaf        0
//
// Mounts are the mounts in effect for the process, as the collector decides them (collect.EffectiveMounts):
// the process's root mount, found by mount ID (statx of /proc/PID/root), at "/", and the mounts a lookup
// from it reaches, by the mount tree and never by mountinfo order (a mount stacked on the root mount itself
// is not in effect). There is one per mount point (Build refuses a repeated one rather than choose); they are
// sorted by mount point bytes, so the root mount is at index 1. readOnly is 1 or 0. Regions are in manifest order, kindCode is the subset
// digest's kind code (1 file, 2 guest-memory, 3 process-memory, 4 mounts, 5 kernel), digests are under the
// attestation's hash algorithm. Mount facts come from the subset's first mounts region and kernel facts from
// its first kernel region (FromResult); modules are sorted by name. A node is Compress(left, right); a
// subtree of zero leaves of height k has root ZeroHash(k), so the tree is built from the populated leaves
// only (O(leaves × 16) compressions). The root is 32 big-endian bytes (always below r).
//
// # Golden-digest sets
//
// A GoldenSet is a tree of depth 10 (up to 1,024 digests): leaf i is Hash(6, digest_hi, digest_lo) for the
// i-th digest, other leaves 0, nodes Compress(left, right).
//
// # Openings
//
// An Opening holds the typed preimage of every leaf and the blinding: it is the agent's secret STATE, written
// as JSON with mode 0600 (Opening.Write, LoadOpening, strict decoding, schema "vmattest-zk-opening-v1").
// Test vectors: testdata/zk/commitment.json (go test ./internal/zkcommit -run TestCommitmentVectors -update).
package zkcommit
