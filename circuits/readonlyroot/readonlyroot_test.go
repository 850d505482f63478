package readonlyroot

import (
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint"

	"github.com/vmattest/vmattest/internal/collect"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/subset"
	"github.com/vmattest/vmattest/internal/testsupport/golden"
	"github.com/vmattest/vmattest/internal/zkcommit"
	"github.com/vmattest/vmattest/internal/zkcommit/zkgadget"
)

var regions = []collect.Region{{Name: "config", Kind: subset.KindFile, Length: 13, Digest: [32]byte{1}}}

func mounts(rootRO bool) []collect.MountFact {
	return []collect.MountFact{
		{MountPoint: "/boot", FSType: "vfat", Source: "/dev/vda15", ReadOnly: true, MountOptions: "ro", SuperOptions: "ro"},
		{MountPoint: "/", FSType: "squashfs", Source: "/dev/loop0", ReadOnly: rootRO, MountOptions: map[bool]string{true: "ro,relatime", false: "rw,relatime"}[rootRO], SuperOptions: "ro"},
		{MountPoint: "/data", FSType: "xfs", Source: "/dev/vdb", MountOptions: "rw", SuperOptions: "rw"},
	}
}

func build(t *testing.T, ms []collect.MountFact) *zkcommit.Opening {
	t.Helper()
	cmd := "ro quiet"
	o, err := zkcommit.Build(zkcommit.Header{VMID: protocol.VMID{0x0b, 0x5e}, SubsetID: [32]byte{0x51}, HashAlg: protocol.HashSHA256}, ms, regions, &collect.KernelFacts{Cmdline: &cmd})
	if err != nil {
		t.Fatal(err)
	}
	return o
}

var compiled = sync.OnceValues(func() (constraint.ConstraintSystem, error) { return zkgadget.Compile(&Circuit{}) })

// solved checks an assignment with gnark's R1CS solver on the compiled circuit.
func solved(t *testing.T, a *Circuit) error {
	t.Helper()
	ccs, err := compiled()
	if err != nil {
		t.Fatal(err)
	}
	return zkgadget.IsSolved(ccs, a)
}

func TestValid(t *testing.T) {
	o := build(t, mounts(true))
	a, err := Assign(o)
	if err != nil {
		t.Fatal(err)
	}
	if err := solved(t, a); err != nil {
		t.Fatalf("valid witness refused: %v", err)
	}
	// Only "/" among the mounts: still leaf 1.
	o = build(t, mounts(true)[1:2])
	if a, err = Assign(o); err != nil {
		t.Fatal(err)
	}
	if err := solved(t, a); err != nil {
		t.Fatalf("valid witness refused: %v", err)
	}
}

func TestInvalid(t *testing.T) {
	ro := build(t, mounts(true))
	rw := build(t, mounts(false))
	noRoot := build(t, mounts(true)[0:1])
	if _, err := Assign(rw); !errors.Is(err, ErrRootWritable) {
		t.Fatalf("Assign of a writable root: %v", err)
	}
	if _, err := Assign(noRoot); !errors.Is(err, ErrNoRootMount) {
		t.Fatalf("Assign without a root mount: %v", err)
	}

	cases := map[string]*Circuit{}
	// The root mount is read-write: readOnly is 0, or claimed 1 against the committed 0.
	cases["read-write root"] = AssignUnchecked(rw)
	claimed := AssignUnchecked(rw)
	claimed.ReadOnly = 1
	cases["read-write root claimed read-only"] = claimed
	// No "/" mount: leaf 1 is "/boot", read-only, but its mount point is not "/".
	cases["missing root entry"] = AssignUnchecked(noRoot)
	// A forged tree whose leaf 1 has the root mount's fields under the region tag 3: same siblings, its own
	// root. The circuit hashes tag 2, so the witness cannot reach the forged root.
	{
		pre := zkcommit.MountPreimage(ro.Mounts()[0])
		pre[0] = zkcommit.Uint(zkcommit.TagRegion)
		p := ro.Path(1)
		forgedRoot := zkcommit.RootFromPath(zkcommit.Hash(pre...), 1, p[:])
		forged := AssignUnchecked(ro)
		forged.Commitment = zkgadget.Const(forgedRoot)
		cases["forged leaf (tag 3)"] = forged
		// Sanity: with tag 2 the same construction is the real root.
		pre[0] = zkcommit.Uint(zkcommit.TagMount)
		if r, want := zkcommit.RootFromPath(zkcommit.Hash(pre...), 1, p[:]), ro.RootElement(); !r.Equal(&want) {
			t.Fatal("leaf 1 with tag 2 does not give the root")
		}
	}
	// A wrong sibling.
	for _, k := range []int{0, 7, zkcommit.Depth - 2} {
		w := AssignUnchecked(ro)
		var e fr.Element
		e.SetUint64(12345)
		w.Path[k] = zkgadget.Const(e)
		cases[fmt.Sprintf("wrong sibling %d", k)] = w
	}
	// The path of another leaf (leaf 2's siblings).
	{
		w := AssignUnchecked(ro)
		p := ro.Path(2)
		copy(w.Path[:], zkgadget.Elements(p[1:]))
		cases["path of leaf 2"] = w
	}
	// The same state under another blinding than the committed one.
	{
		cmd := "ro quiet"
		other, err := zkcommit.Build(zkcommit.Header{VMID: protocol.VMID{0x0b, 0x5e}, SubsetID: [32]byte{0x51}, HashAlg: protocol.HashSHA256}, mounts(true), regions, &collect.KernelFacts{Cmdline: &cmd})
		if err != nil {
			t.Fatal(err)
		}
		w := AssignUnchecked(other)
		w.Commitment = zkgadget.Const(ro.RootElement())
		cases["wrong blinding"] = w
	}
	// Another VM, subset or hash algorithm than the header's (the attestation's, filled in by the registry),
	// and a header shape that is not the committed one.
	{
		w := AssignUnchecked(ro)
		w.VMID = 0x0b5f
		cases["another VM"] = w
		w = AssignUnchecked(ro)
		w.HashAlg = uint64(protocol.HashKeccak256)
		cases["another hash algorithm"] = w
		w = AssignUnchecked(ro)
		w.SubsetHi = 0
		cases["another subset"] = w
		w = AssignUnchecked(ro)
		w.NMounts = 4
		cases["another header shape"] = w
	}
	// Another commitment.
	{
		w := AssignUnchecked(ro)
		w.Commitment = zkgadget.Const(rw.RootElement())
		cases["wrong commitment"] = w
	}
	for name, w := range cases {
		if err := solved(t, w); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestConstraints checks the constraint counts against constraints.golden.
func TestConstraints(t *testing.T) {
	ccs, err := compiled()
	if err != nil {
		t.Fatal(err)
	}
	internal, secret, public := ccs.GetNbVariables()
	got := fmt.Sprintf("# readonlyroot: R1CS over BN254 (gnark v0.16.2), for Groth16. Regenerate on purpose with\n"+
		"# go test ./circuits/readonlyroot -run TestConstraints -update (and update the Circuit doc comment).\n"+
		"constraints %d\npublic %d\nsecret %d\ninternal %d\n", ccs.GetNbConstraints(), public-1, secret, internal)
	golden.Check(t, "constraints.golden", []byte(got), "the circuit changed: regenerate with -update, new keys and verifiers follow")
}
