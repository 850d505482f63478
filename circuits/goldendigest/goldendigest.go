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

// Circuit proves, for the public inputs Commitment, VMID, HashAlg, SubsetHi, SubsetLo, RegionName and
// GoldenRoot, knowledge of the header's shape nMounts, nRegions, nModules, hasCmdline with siblings
// h_0..h_15, a region's kind, length, digest_hi, digest_lo, a leaf index i < 2^16 (its 16 bits, each
// constrained boolean) with siblings s_0..s_15, and a golden index j < 2^10 (10 boolean bits) with siblings
// g_0..g_9, such that
//
//	header = Hash(1, SubsetHi, SubsetLo, VMID, HashAlg, nMounts, nRegions, nModules, hasCmdline)
//	root(header at index 0, siblings h) == Commitment
//	1 + nMounts <= i < 1 + nMounts + nRegions      (i - 1 - nMounts and nRegions - i + nMounts both < 2^17)
//	root(Hash(3, RegionName, kind, length, digest_hi, digest_lo) at index i, siblings s) == Commitment
//	root(Hash(6, digest_hi, digest_lo) at index j, siblings g) == GoldenRoot
//
// where Hash and the trees are internal/zkcommit's (Poseidon2 over BN254, commitment depth 16, golden-set
// depth 10) and RegionName is StrHash of the region's name. It has 10,693 R1CS constraints
// (circuits/goldendigest/constraints.golden).
//
// Meaning: the header binds the VM, the subset and the hash algorithm (public inputs that PropertyRegistry
// fills from the attestation), and the number of mounts and regions, which bound i to the region leaves: the
// leaf is neither the header, a mount leaf, a kernel fact nor the blinding leaf (the last, which the prover
// chose), whatever its preimage. Tag 3 marks a region leaf, so the leaf is the collector's record of a
// region of that name (region names are unique in a manifest, so there is one), and its digest halves are
// those of a leaf of the golden tree, so the region's digest is one of the golden digests. Neither i nor j
// is revealed. The digest is under the attestation's hash algorithm (HashAlg), so the golden set must hold
// digests of that algorithm. No zero padding leaf of the golden tree opens as a golden leaf without a
// Poseidon2 preimage of 0.
type Circuit struct {
	// Commitment is the root of the state commitment (the attestation's zkCommitment), public input 0.
	Commitment frontend.Variable `gnark:",public"`
	// VMID, HashAlg, SubsetHi and SubsetLo are the header's context (zkcommit.ContextInputs), public inputs
	// 1 to 4.
	VMID     frontend.Variable `gnark:",public"`
	HashAlg  frontend.Variable `gnark:",public"`
	SubsetHi frontend.Variable `gnark:",public"`
	SubsetLo frontend.Variable `gnark:",public"`
	// RegionName is StrHash of the region's name, public input 5.
	RegionName frontend.Variable `gnark:",public"`
	// GoldenRoot is the root of the golden-digest set, public input 6.
	GoldenRoot frontend.Variable `gnark:",public"`

	// NMounts, NRegions, NModules and HasCmdline are the header's shape fields; HeaderPath the header
	// leaf's siblings, from the leaves up.
	NMounts    frontend.Variable
	NRegions   frontend.Variable
	NModules   frontend.Variable
	HasCmdline frontend.Variable
	HeaderPath [zkcommit.Depth]frontend.Variable

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

// indexBits bounds the differences of the leaf-index range check: every honest value is below 2^16, and
// a difference that wrapped around the field is not below 2^17.
const indexBits = zkcommit.Depth + 1

// Define declares the constraints.
func (c *Circuit) Define(api frontend.API) error {
	h, err := zkgadget.New(api)
	if err != nil {
		return err
	}
	header, err := h.HeaderLeaf(zkgadget.Header{SubsetHi: c.SubsetHi, SubsetLo: c.SubsetLo, VMID: c.VMID, HashAlg: c.HashAlg,
		NMounts: c.NMounts, NRegions: c.NRegions, NModules: c.NModules, HasCmdline: c.HasCmdline})
	if err != nil {
		return err
	}
	api.AssertIsEqual(h.RootFixedIndex(header, zkcommit.HeaderIndex, c.HeaderPath[:]), c.Commitment)

	// The index is a region leaf's: 0 <= i - (1 + nMounts) < nRegions.
	index := api.FromBinary(c.Index[:]...)
	offset := api.Sub(index, api.Add(c.NMounts, zkcommit.FirstMountIndex))
	api.ToBinary(offset, indexBits)
	api.ToBinary(api.Sub(api.Sub(c.NRegions, 1), offset), indexBits)

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

// AssignAt returns the assignment that opens leaf index of o as the leaf of region r (whatever leaf index
// really holds) and leaf j of g: for tests of refused witnesses (the blinding leaf, a mount leaf).
func AssignAt(o *zkcommit.Opening, index int, r zkcommit.RegionFact, g *zkcommit.GoldenSet, j int) *Circuit {
	pre := zkcommit.RegionPreimage(r)
	hd := zkgadget.HeaderAssignment(o)
	c := &Circuit{
		Commitment: zkgadget.Const(o.RootElement()),
		VMID:       hd.VMID, HashAlg: hd.HashAlg, SubsetHi: hd.SubsetHi, SubsetLo: hd.SubsetLo,
		NMounts: hd.NMounts, NRegions: hd.NRegions, NModules: hd.NModules, HasCmdline: hd.HasCmdline,
		RegionName: zkgadget.Const(pre[1]),
		GoldenRoot: zkgadget.Const(g.RootElement()),
		Kind:       zkgadget.Const(pre[2]),
		Length:     zkgadget.Const(pre[3]),
		DigestHi:   zkgadget.Const(pre[4]),
		DigestLo:   zkgadget.Const(pre[5]),
	}
	hp := o.Path(zkcommit.HeaderIndex)
	copy(c.HeaderPath[:], zkgadget.Elements(hp[:]))
	p := o.Path(index)
	copy(c.Index[:], zkgadget.Bits(uint64(index), zkcommit.Depth))
	copy(c.Path[:], zkgadget.Elements(p[:]))
	gp := g.Path(j)
	copy(c.GoldenIndex[:], zkgadget.Bits(uint64(j), zkcommit.GoldenDepth))
	copy(c.GoldenPath[:], zkgadget.Elements(gp[:]))
	return c
}

// AssignUnchecked returns the assignment for region i of o and leaf j of g, whether or not it satisfies the
// circuit: for tests of refused witnesses.
func AssignUnchecked(o *zkcommit.Opening, i int, g *zkcommit.GoldenSet, j int) *Circuit {
	return AssignAt(o, o.RegionIndex(i), o.Regions()[i], g, j)
}

// Public returns the public part of an assignment: the verifier's inputs.
func Public(o *zkcommit.Opening, name string, g *zkcommit.GoldenSet) *Circuit {
	rn := zkcommit.StrHash(name)
	ctx := zkgadget.Elements(zkcommit.ContextInputs(o.Header()))
	return &Circuit{Commitment: zkgadget.Const(o.RootElement()), VMID: ctx[0], HashAlg: ctx[1], SubsetHi: ctx[2], SubsetLo: ctx[3],
		RegionName: zkgadget.Const(rn), GoldenRoot: zkgadget.Const(g.RootElement())}
}
