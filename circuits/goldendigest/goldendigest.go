// Package goldendigest is the circuit of the property "a region of the state has a golden digest": a
// Groth16 proof (BN254) that the region of a given name in the state committed to by an attestation's
// zkCommitment (internal/zkcommit) has a digest in a published set of accepted digests, without revealing
// which one, the rest of the state, or where the region is.
package goldendigest

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark/frontend"

	"github.com/vmattest/vmattest/internal/zkcommit"
	"github.com/vmattest/vmattest/internal/zkcommit/zkgadget"
)

// Circuit proves, for the public inputs Commitment, RegionName and GoldenRoot, knowledge of kind, length,
// digest_hi, digest_lo, a leaf index i < 2^16 (its 16 bits, each constrained boolean) with siblings
// s_0..s_15, and a golden index j < 2^10 (10 boolean bits) with siblings g_0..g_9, such that
//
//	root(Hash(3, RegionName, kind, length, digest_hi, digest_lo) at index i, siblings s) == Commitment
//	root(Hash(6, digest_hi, digest_lo) at index j, siblings g) == GoldenRoot
//
// where Hash and the trees are internal/zkcommit's (Poseidon2 over BN254, commitment depth 16, golden-set
// depth 10) and RegionName is StrHash of the region's name. It has 6,192 R1CS constraints
// (circuits/goldendigest/constraints.golden).
//
// Meaning: tag 3 marks a region leaf, so the leaf is the collector's record of a region of that name (region
// names are unique in a manifest, so there is one), and its digest halves are those of a leaf of the golden
// tree, so the region's digest is one of the golden digests. Neither i nor j is revealed. The digest is
// under the attestation's hash algorithm, so the golden set must hold digests of that algorithm. Without a
// Poseidon2 collision, no other leaf (header tag 1, mounts tag 2, kernel facts tags 4 and 5, the zero
// leaves, the random blinding leaf) can be opened as a region leaf, and no zero padding leaf of the golden
// tree as a golden leaf.
type Circuit struct {
	// Commitment is the root of the state commitment (the attestation's zkCommitment), public input 0.
	Commitment frontend.Variable `gnark:",public"`
	// RegionName is StrHash of the region's name, public input 1.
	RegionName frontend.Variable `gnark:",public"`
	// GoldenRoot is the root of the golden-digest set, public input 2.
	GoldenRoot frontend.Variable `gnark:",public"`

	// Kind and Length are the region's kind code and length; DigestHi and DigestLo its digest's halves.
	Kind     frontend.Variable
	Length   frontend.Variable
	DigestHi frontend.Variable
	DigestLo frontend.Variable
	// Index holds the bits of the region leaf's index, least significant first; Path its siblings, from the
	// leaves up.
	Index [zkcommit.Depth]frontend.Variable
	Path  [zkcommit.Depth]frontend.Variable
	// GoldenIndex and GoldenPath are the same for the digest's leaf in the golden tree.
	GoldenIndex [zkcommit.GoldenDepth]frontend.Variable
	GoldenPath  [zkcommit.GoldenDepth]frontend.Variable
}

// Define declares the constraints.
func (c *Circuit) Define(api frontend.API) error {
	h, err := zkgadget.New(api)
	if err != nil {
		return err
	}
	leaf, err := h.Hash(zkcommit.TagRegion, c.RegionName, c.Kind, c.Length, c.DigestHi, c.DigestLo)
	if err != nil {
		return err
	}
	api.AssertIsEqual(h.RootWitnessIndex(leaf, c.Index[:], c.Path[:]), c.Commitment)
	gleaf, err := h.Hash(zkcommit.TagGolden, c.DigestHi, c.DigestLo)
	if err != nil {
		return err
	}
	api.AssertIsEqual(h.RootWitnessIndex(gleaf, c.GoldenIndex[:], c.GoldenPath[:]), c.GoldenRoot)
	return nil
}

// ErrNoRegion means the state has no region of the given name.
var ErrNoRegion = errors.New("the committed state has no region of that name")

// ErrNotGolden means the region's digest is not in the golden set.
var ErrNotGolden = errors.New("the region's digest is not in the golden set")

// Assign returns the full assignment (witness) proving that region name of o has a digest in g. It fails
// with ErrNoRegion or ErrNotGolden when the state does not have the property.
func Assign(o *zkcommit.Opening, name string, g *zkcommit.GoldenSet) (*Circuit, error) {
	i, _, ok := o.FindRegion(name)
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrNoRegion, name)
	}
	d := o.Regions()[i].Digest
	j, ok := g.Index(d)
	if !ok {
		return nil, fmt.Errorf("%w: region %q has digest 0x%x", ErrNotGolden, name, d)
	}
	return AssignUnchecked(o, i, g, j), nil
}

// AssignUnchecked returns the assignment for region i of o and leaf j of g, whether or not it satisfies the
// circuit: for tests of refused witnesses.
func AssignUnchecked(o *zkcommit.Opening, i int, g *zkcommit.GoldenSet, j int) *Circuit {
	r := o.Regions()[i]
	pre := zkcommit.RegionPreimage(r)
	c := &Circuit{
		Commitment: zkgadget.Const(o.RootElement()),
		RegionName: zkgadget.Const(pre[1]),
		GoldenRoot: zkgadget.Const(g.RootElement()),
		Kind:       zkgadget.Const(pre[2]),
		Length:     zkgadget.Const(pre[3]),
		DigestHi:   zkgadget.Const(pre[4]),
		DigestLo:   zkgadget.Const(pre[5]),
	}
	idx := o.RegionIndex(i)
	p := o.Path(idx)
	copy(c.Index[:], zkgadget.Bits(uint64(idx), zkcommit.Depth))
	copy(c.Path[:], zkgadget.Elements(p[:]))
	gp := g.Path(j)
	copy(c.GoldenIndex[:], zkgadget.Bits(uint64(j), zkcommit.GoldenDepth))
	copy(c.GoldenPath[:], zkgadget.Elements(gp[:]))
	return c
}

// Public returns the public part of an assignment: the verifier's inputs.
func Public(o *zkcommit.Opening, name string, g *zkcommit.GoldenSet) *Circuit {
	rn := zkcommit.StrHash(name)
	return &Circuit{Commitment: zkgadget.Const(o.RootElement()), RegionName: zkgadget.Const(rn), GoldenRoot: zkgadget.Const(g.RootElement())}
}
