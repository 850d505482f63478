// Package zkgadget is the in-circuit (gnark) counterpart of package zkcommit: the same Poseidon2 hash,
// compression and Merkle paths over BN254's scalar field, so that circuits recompute exactly the leaves and
// roots that zkcommit builds natively. Tests check every function against zkcommit on random inputs.
package zkgadget

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	hashposeidon2 "github.com/consensys/gnark/std/hash/poseidon2"
	"github.com/consensys/gnark/std/permutation/poseidon2"

	"github.com/vmattest/vmattest/internal/zkcommit"
)

// Hasher hashes inside a circuit.
type Hasher struct {
	api  frontend.API
	perm *poseidon2.Permutation
}

// New returns a Hasher for api (a BN254 circuit).
func New(api frontend.API) (*Hasher, error) {
	perm, err := poseidon2.NewPoseidon2(api)
	if err != nil {
		return nil, err
	}
	return &Hasher{api: api, perm: perm}, nil
}

// Compress is zkcommit.Compress: P(l, r)[1] + r, one permutation (186 constraints, none when both inputs
// are constants).
func (h *Hasher) Compress(l, r frontend.Variable) frontend.Variable {
	return h.perm.Compress(l, r)
}

// Hash is zkcommit.Hash: gnark's Poseidon2 Merkle-Damgård hasher (std/hash/poseidon2) with IV 0, one
// compression per element. A prefix of constant elements costs no constraint.
func (h *Hasher) Hash(elems ...frontend.Variable) (frontend.Variable, error) {
	md, err := hashposeidon2.New(h.api)
	if err != nil {
		return nil, err
	}
	md.Write(elems...)
	return md.Sum(), nil
}

// Header is the header leaf's fields as circuit values (zkcommit.HeaderPreimage without the tag): the
// context a proof is bound to (SubsetHi, SubsetLo, VMID, HashAlg), which circuits take as public inputs, and
// the state's shape (NMounts, NRegions, NModules, HasCmdline), which they take as witnesses.
type Header struct {
	SubsetHi, SubsetLo, VMID, HashAlg       frontend.Variable
	NMounts, NRegions, NModules, HasCmdline frontend.Variable
}

// HeaderLeaf is zkcommit.HeaderLeaf: Hash(1, subsetId_hi, subsetId_lo, vmId, hashAlg, nMounts, nRegions,
// nModules, hasCmdline), 9 compressions (the tag's costs none).
func (h *Hasher) HeaderLeaf(hd Header) (frontend.Variable, error) {
	return h.Hash(zkcommit.TagHeader, hd.SubsetHi, hd.SubsetLo, hd.VMID, hd.HashAlg, hd.NMounts, hd.NRegions, hd.NModules, hd.HasCmdline)
}

// HeaderAssignment returns the Header of an opening's header leaf, as constants.
func HeaderAssignment(o *zkcommit.Opening) Header {
	_, hasCmdline := o.Cmdline()
	pre := zkcommit.HeaderPreimage(o.Header(), len(o.Mounts()), len(o.Regions()), len(o.Modules()), hasCmdline)
	return Header{SubsetHi: Const(pre[1]), SubsetLo: Const(pre[2]), VMID: Const(pre[3]), HashAlg: Const(pre[4]),
		NMounts: Const(pre[5]), NRegions: Const(pre[6]), NModules: Const(pre[7]), HasCmdline: Const(pre[8])}
}

// RootFixedIndex recomputes a Merkle root from a leaf at a leaf index fixed when the circuit is compiled:
// the directions are constants, so each level costs one compression. siblings are from the leaves up.
func (h *Hasher) RootFixedIndex(leaf frontend.Variable, index uint64, siblings []frontend.Variable) frontend.Variable {
	node := leaf
	for k := range siblings {
		if index>>k&1 == 1 {
			node = h.Compress(siblings[k], node)
		} else {
			node = h.Compress(node, siblings[k])
		}
	}
	return node
}

// RootWitnessIndex recomputes a Merkle root from a leaf whose index is a witness, given as its bits from the
// leaves up (bit k = 1: the node at level k is a right child). Each bit is constrained to be boolean. Each
// level costs one compression, one constraint for the bit and one for the left/right selection.
func (h *Hasher) RootWitnessIndex(leaf frontend.Variable, bits, siblings []frontend.Variable) frontend.Variable {
	if len(bits) != len(siblings) {
		panic("zkgadget: path bits and siblings differ in length")
	}
	api := h.api
	node := leaf
	for k := range siblings {
		api.AssertIsBoolean(bits[k])
		// left = bit ? sibling : node; right = node + sibling - left.
		left := api.Add(node, api.Mul(bits[k], api.Sub(siblings[k], node)))
		right := api.Sub(api.Add(node, siblings[k]), left)
		node = h.Compress(left, right)
	}
	return node
}

// Const returns a native field element as a circuit constant.
func Const(e fr.Element) frontend.Variable {
	return e.BigInt(new(big.Int))
}

// Elements converts native field elements to circuit values (assignments or constants).
func Elements(es []fr.Element) []frontend.Variable {
	out := make([]frontend.Variable, len(es))
	for i := range es {
		out[i] = Const(es[i])
	}
	return out
}

// Bits returns the low n bits of index, least significant first, as circuit values.
func Bits(index uint64, n int) []frontend.Variable {
	out := make([]frontend.Variable, n)
	for k := range n {
		out[k] = index >> k & 1
	}
	return out
}

// Compile compiles a circuit to an R1CS over BN254's scalar field (the Groth16 form).
func Compile(circuit frontend.Circuit) (constraint.ConstraintSystem, error) {
	return frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, circuit)
}

// IsSolved reports whether a full assignment satisfies a compiled constraint system, with gnark's R1CS
// solver (the prover's own first step): nil when it does.
func IsSolved(ccs constraint.ConstraintSystem, assignment frontend.Circuit) error {
	w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		return err
	}
	return ccs.IsSolved(w)
}
