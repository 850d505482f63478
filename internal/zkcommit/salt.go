package zkcommit

import (
	"crypto/rand"
	"fmt"

	"github.com/vmattest/vmattest/internal/digest"
)

// SaltedDigestDomain prefixes the preimage of a salted public digest (SaltDigest).
const SaltedDigestDomain = "vmattest.salted-subset-digest.v1"

// SaltDigest returns the public digest of a subset whose manifest asks for a salted digest:
//
//	alg(SaltedDigestDomain || salt || subsetDigest)
//
// with alg the attestation's hash algorithm and salt 32 uniformly random bytes drawn for each attestation
// (WithRandomSalt). Without the salt, the public digest says nothing about the state, so nobody can test a
// guess of the state against it; the zkCommitment beside it is hiding already (the blinding leaf). A
// golden digest of such a subset can never match: properties of its state are shown with goldendigest
// proofs about region digests (docs/zk.md).
func SaltDigest(alg digest.Algorithm, salt, subsetDigest [32]byte) [32]byte {
	b := make([]byte, 0, len(SaltedDigestDomain)+64)
	b = append(b, SaltedDigestDomain...)
	b = append(b, salt[:]...)
	b = append(b, subsetDigest[:]...)
	return digest.SumBytes(alg, b)
}

// WithRandomSalt returns a copy of o whose public digest is salted with 32 fresh random bytes
// (crypto/rand); the tree, hence the root, is the same.
func (o *Opening) WithRandomSalt() (*Opening, error) {
	var salt [32]byte
	if _, err := rand.Read(salt[:]); err != nil {
		return nil, fmt.Errorf("failed to draw the digest salt: %w", err)
	}
	c := *o
	c.salt = &salt
	return &c, nil
}

// SubsetDigest returns the collected subset digest (docs/protocol.md), before any salting; zero for an
// opening not made from a collection (FromResult).
func (o *Opening) SubsetDigest() [32]byte { return o.subsetDigest }

// Salt returns the salt of the public digest and whether the digest is salted. It is secret: with it, a
// guess of the state can be checked against the public digest.
func (o *Opening) Salt() ([32]byte, bool) {
	if o.salt == nil {
		return [32]byte{}, false
	}
	return *o.salt, true
}

// PublicDigest returns the state digest an attestation of this opening carries: SaltDigest of the subset
// digest under the header's algorithm when the opening is salted, the subset digest itself otherwise.
func (o *Opening) PublicDigest() ([32]byte, error) {
	if o.salt == nil {
		return o.subsetDigest, nil
	}
	alg, err := digest.ByID(o.header.HashAlg)
	if err != nil {
		return [32]byte{}, err
	}
	return SaltDigest(alg, *o.salt, o.subsetDigest), nil
}
