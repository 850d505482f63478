// Package readonlyroot is the circuit of the property "the root filesystem is read-only": a Groth16 proof
// (BN254) that the state committed to by an attestation's zkCommitment (internal/zkcommit) has a read-only
// mount at "/", without revealing anything else about the state.
package readonlyroot

import (
	"errors"

	"github.com/consensys/gnark/frontend"

	"github.com/vmattest/vmattest/internal/zkcommit"
	"github.com/vmattest/vmattest/internal/zkcommit/zkgadget"
)

// Circuit proves, for the public input Commitment, knowledge of field elements fsType, source, readOnly,
// mountOptions, superOptions and siblings s_0..s_15 such that
//
//	readOnly == 1
//	leaf      = Hash(2, StrHash("/"), fsType, source, readOnly, mountOptions, superOptions)
//	root(leaf at index 1, siblings s) == Commitment
//
// where Hash, StrHash and the tree are internal/zkcommit's (Poseidon2 over BN254, depth 16). The tag 2 and
// StrHash("/") are constants of the circuit, and so is the leaf index: the path's directions are fixed
// (right child at level 0, left child above), only the siblings are witnesses. It has 3,908 R1CS constraints
// (circuits/readonlyroot/constraints.golden).
//
// What makes this mean "the root filesystem is read-only" is the layout the collector commits to, which the
// verifier trusts because the attestation key in the TEE signed the commitment: the mounts are the mounts in
// effect for the attested process (collect.EffectiveMounts), one per mount point, sorted by mount point
// bytes, from leaf 1. The "/" mount is the process's root mount: the mount /proc/PID/root resolves to,
// found by mount ID (statx STATX_MNT_ID), not the first or last "/" entry of mountinfo; a mount stacked on
// it (mount -t tmpfs -o ro none /) does not change the process's root and is not in effect, and mount
// --move reorders mountinfo without changing which mount is found. "/" sorts before every other absolute
// path, so the root mount is leaf 1 (zkcommit refuses two mounts at one mount point), and when the state
// has none, leaf 1 holds another mount point and no proof exists; tag 2 marks a mount leaf (the header is
// leaf 0 with tag 1, so leaf 1 cannot be read as another kind of fact without a Poseidon2 collision); the
// readOnly field is 1 exactly when the mount's per-mount options contain "ro" (the per-mount flag: the same
// file system may be writable through another mount elsewhere; docs/security.md). The blinding leaf (the last,
// uniformly random) makes the commitment hiding: the proof and the public root reveal nothing of the other
// mount fields or of the rest of the state.
type Circuit struct {
	// Commitment is the root of the state commitment (the attestation's zkCommitment), the only public input.
	Commitment frontend.Variable `gnark:",public"`
	// FSType, Source, MountOptions and SuperOptions are the StrHash of the root mount's fields.
	FSType       frontend.Variable
	Source       frontend.Variable
	ReadOnly     frontend.Variable
	MountOptions frontend.Variable
	SuperOptions frontend.Variable
	// Path holds the siblings of leaf 1, from the leaves up.
	Path [zkcommit.Depth]frontend.Variable
}

// Define declares the constraints.
func (c *Circuit) Define(api frontend.API) error {
	h, err := zkgadget.New(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(c.ReadOnly, 1)
	leaf, err := h.Hash(zkcommit.TagMount, zkgadget.Const(zkcommit.StrHash("/")), c.FSType, c.Source, c.ReadOnly, c.MountOptions, c.SuperOptions)
	if err != nil {
		return err
	}
	root := h.RootFixedIndex(leaf, zkcommit.FirstMountIndex, c.Path[:])
	api.AssertIsEqual(root, c.Commitment)
	return nil
}

// ErrNoRootMount means the state has no mount at "/".
var ErrNoRootMount = errors.New("the committed state has no mount at \"/\"")

// ErrRootWritable means the state's "/" mount is not read-only.
var ErrRootWritable = errors.New("the committed state's \"/\" mount is not read-only")

// Assign returns the full assignment (witness) proving the property of o. It fails with ErrNoRootMount or
// ErrRootWritable when the state does not have the property.
func Assign(o *zkcommit.Opening) (*Circuit, error) {
	i, _, ok := o.FindMount("/")
	if !ok {
		return nil, ErrNoRootMount
	}
	if !o.Mounts()[i].ReadOnly {
		return nil, ErrRootWritable
	}
	return AssignUnchecked(o), nil
}

// AssignUnchecked returns the assignment built from whatever mount is at leaf 1 of o (zeros when the state
// has no mount), whether or not it satisfies the circuit: for tests of refused witnesses.
func AssignUnchecked(o *zkcommit.Opening) *Circuit {
	c := &Circuit{Commitment: zkgadget.Const(o.RootElement()), FSType: 0, Source: 0, ReadOnly: 0, MountOptions: 0, SuperOptions: 0}
	if ms := o.Mounts(); len(ms) > 0 {
		pre := zkcommit.MountPreimage(ms[0])
		c.FSType, c.Source, c.ReadOnly, c.MountOptions, c.SuperOptions = zkgadget.Const(pre[2]), zkgadget.Const(pre[3]), zkgadget.Const(pre[4]), zkgadget.Const(pre[5]), zkgadget.Const(pre[6])
	}
	p := o.Path(zkcommit.FirstMountIndex)
	for k := range p {
		c.Path[k] = zkgadget.Const(p[k])
	}
	return c
}

// Public returns the public part of an assignment for o (the verifier's input: the commitment).
func Public(o *zkcommit.Opening) *Circuit {
	return &Circuit{Commitment: zkgadget.Const(o.RootElement())}
}
