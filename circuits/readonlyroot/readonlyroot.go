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

// Circuit proves, for the public inputs Commitment, VMID, HashAlg, SubsetHi and SubsetLo, knowledge of
// field elements nMounts, nRegions, nModules, hasCmdline, fsType, source, readOnly, mountOptions,
// superOptions and siblings s_1..s_15 such that
//
//	readOnly == 1
//	header = Hash(1, SubsetHi, SubsetLo, VMID, HashAlg, nMounts, nRegions, nModules, hasCmdline)
//	leaf   = Hash(2, StrHash("/"), fsType, source, readOnly, mountOptions, superOptions)
//	root(Compress(header, leaf) at level 1, siblings s_1..s_15) == Commitment
//
// that is: the header is leaf 0 and the mount leaf 1 of the tree whose root is Commitment (leaf 0 is leaf
// 1's sibling, so the header's opening costs its hash only). Hash, StrHash and the tree are
// internal/zkcommit's (Poseidon2 over BN254, depth 16). The tags, StrHash("/") and the leaf index are
// constants of the circuit. It has 5,396 R1CS constraints (circuits/readonlyroot/constraints.golden).
//
// Binding: the header names the VM (VMID, its 16 bytes as an integer), the subset (SubsetHi, SubsetLo: the
// subset id's two 16-byte halves) and the hash algorithm (HashAlg, the protocol's identifier) of the state;
// PropertyRegistry passes the attestation's own values for these four public inputs, so a proof of one
// VM's or subset's commitment verifies for no other.
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
	// Commitment is the root of the state commitment (the attestation's zkCommitment), public input 0.
	Commitment frontend.Variable `gnark:",public"`
	// VMID, HashAlg, SubsetHi and SubsetLo are the header's context (zkcommit.ContextInputs), public inputs
	// 1 to 4.
	VMID     frontend.Variable `gnark:",public"`
	HashAlg  frontend.Variable `gnark:",public"`
	SubsetHi frontend.Variable `gnark:",public"`
	SubsetLo frontend.Variable `gnark:",public"`
	// NMounts, NRegions, NModules and HasCmdline are the header's shape fields.
	NMounts    frontend.Variable
	NRegions   frontend.Variable
	NModules   frontend.Variable
	HasCmdline frontend.Variable
	// FSType, Source, MountOptions and SuperOptions are the StrHash of the root mount's fields.
	FSType       frontend.Variable
	Source       frontend.Variable
	ReadOnly     frontend.Variable
	MountOptions frontend.Variable
	SuperOptions frontend.Variable
	// Path holds the siblings of leaf 1 above level 0, from level 1 up (the level-0 sibling is the header).
	Path [zkcommit.Depth - 1]frontend.Variable
}

// Define declares the constraints.
func (c *Circuit) Define(api frontend.API) error {
	h, err := zkgadget.New(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(c.ReadOnly, 1)
	header, err := h.HeaderLeaf(c.header())
	if err != nil {
		return err
	}
	leaf, err := h.Hash(zkcommit.TagMount, zkgadget.Const(zkcommit.StrHash("/")), c.FSType, c.Source, c.ReadOnly, c.MountOptions, c.SuperOptions)
	if err != nil {
		return err
	}
	// Leaf 1 is the right child of node 0 at level 1, whose left child is the header (leaf 0).
	root := h.RootFixedIndex(h.Compress(header, leaf), zkcommit.FirstMountIndex>>1, c.Path[:])
	api.AssertIsEqual(root, c.Commitment)
	return nil
}

func (c *Circuit) header() zkgadget.Header {
	return zkgadget.Header{SubsetHi: c.SubsetHi, SubsetLo: c.SubsetLo, VMID: c.VMID, HashAlg: c.HashAlg,
		NMounts: c.NMounts, NRegions: c.NRegions, NModules: c.NModules, HasCmdline: c.HasCmdline}
}

func (c *Circuit) setHeader(hd zkgadget.Header) {
	c.SubsetHi, c.SubsetLo, c.VMID, c.HashAlg = hd.SubsetHi, hd.SubsetLo, hd.VMID, hd.HashAlg
	c.NMounts, c.NRegions, c.NModules, c.HasCmdline = hd.NMounts, hd.NRegions, hd.NModules, hd.HasCmdline
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
	c.setHeader(zkgadget.HeaderAssignment(o))
	if ms := o.Mounts(); len(ms) > 0 {
		pre := zkcommit.MountPreimage(ms[0])
		c.FSType, c.Source, c.ReadOnly, c.MountOptions, c.SuperOptions = zkgadget.Const(pre[2]), zkgadget.Const(pre[3]), zkgadget.Const(pre[4]), zkgadget.Const(pre[5]), zkgadget.Const(pre[6])
	}
	p := o.Path(zkcommit.FirstMountIndex)
	copy(c.Path[:], zkgadget.Elements(p[1:]))
	return c
}

// Public returns the public part of an assignment for o (the verifier's inputs: the commitment and the
// header's context).
func Public(o *zkcommit.Opening) *Circuit {
	ctx := zkgadget.Elements(zkcommit.ContextInputs(o.Header()))
	return &Circuit{Commitment: zkgadget.Const(o.RootElement()), VMID: ctx[0], HashAlg: ctx[1], SubsetHi: ctx[2], SubsetLo: ctx[3]}
}
