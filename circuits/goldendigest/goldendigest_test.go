package goldendigest

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/consensys/gnark/constraint"

	"github.com/vmattest/vmattest/internal/collect"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/subset"
	"github.com/vmattest/vmattest/internal/testsupport/golden"
	"github.com/vmattest/vmattest/internal/zkcommit"
	"github.com/vmattest/vmattest/internal/zkcommit/zkgadget"
)

var compiled = sync.OnceValues(func() (constraint.ConstraintSystem, error) { return zkgadget.Compile(&Circuit{}) })

func solved(t *testing.T, a *Circuit) error {
	t.Helper()
	ccs, err := compiled()
	if err != nil {
		t.Fatal(err)
	}
	return zkgadget.IsSolved(ccs, a)
}

func digestOf(s string) [32]byte { return sha256.Sum256([]byte(s)) }

func state(t *testing.T) *zkcommit.Opening {
	t.Helper()
	regions := []collect.Region{
		{Name: "mounts", Kind: subset.KindMounts, Length: 300, Digest: digestOf("mount table")},
		{Name: "keeper-config", Kind: subset.KindFile, Length: 13, Digest: digestOf("max_fee = 42\n")},
		{Name: "keeper-text", Kind: subset.KindProcessMemory, Length: 1 << 20, Digest: digestOf("text v2")},
	}
	mounts := []collect.MountFact{{MountPoint: "/", FSType: "ext4", ReadOnly: true}, {MountPoint: "/boot", FSType: "vfat"}}
	o, err := zkcommit.Build(zkcommit.Header{VMID: protocol.VMID{0x0b, 0x5e}, SubsetID: [32]byte{0x60}, HashAlg: protocol.HashSHA256}, mounts, regions, nil)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func goldenSet(t *testing.T, ds ...[32]byte) *zkcommit.GoldenSet {
	t.Helper()
	g, err := zkcommit.NewGoldenSet(ds)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestValid(t *testing.T) {
	o := state(t)
	for _, c := range []struct {
		region string
		set    []string
	}{
		{"keeper-config", []string{"max_fee = 42\n"}},
		{"keeper-config", []string{"max_fee = 40\n", "max_fee = 41\n", "max_fee = 42\n"}},
		{"keeper-text", []string{"text v1", "text v2"}},
		{"mounts", []string{"other", "mount table"}},
	} {
		var ds [][32]byte
		for _, s := range c.set {
			ds = append(ds, digestOf(s))
		}
		a, err := Assign(o, c.region, goldenSet(t, ds...))
		if err != nil {
			t.Fatal(err)
		}
		if err := solved(t, a); err != nil {
			t.Fatalf("%s in %v: valid witness refused: %v", c.region, c.set, err)
		}
	}
}

func TestInvalid(t *testing.T) {
	o := state(t)
	g := goldenSet(t, digestOf("max_fee = 41\n"), digestOf("max_fee = 42\n"))
	notIn := goldenSet(t, digestOf("max_fee = 41\n"), digestOf("max_fee = 43\n"))
	if _, err := Assign(o, "keeper-config", notIn); !errors.Is(err, ErrNotGolden) {
		t.Fatalf("Assign of a digest not in the set: %v", err)
	}
	if _, err := Assign(o, "nope", g); !errors.Is(err, ErrNoRegion) {
		t.Fatalf("Assign of a missing region: %v", err)
	}
	valid, err := Assign(o, "keeper-config", g)
	if err != nil {
		t.Fatal(err)
	}
	if err := solved(t, valid); err != nil {
		t.Fatal(err)
	}
	cfg, _, _ := o.FindRegion("keeper-config")
	cases := map[string]*Circuit{}
	// The digest is not in the set: any golden leaf's path fails.
	for j := range 3 {
		cases[fmt.Sprintf("digest not in the set (golden leaf %d)", j)] = AssignUnchecked(o, cfg, notIn, j)
	}
	// Another region name than the committed one (the region leaf then does not hash to a committed leaf).
	{
		w := AssignUnchecked(o, cfg, g, 1)
		w.RegionName = zkgadget.Const(zkcommit.StrHash("keeper-text"))
		cases["wrong region name"] = w
	}
	// The region with a golden digest is not the named one: the proof for keeper-text with keeper-config's name.
	{
		text, _, _ := o.FindRegion("keeper-text")
		w := AssignUnchecked(o, text, goldenSet(t, digestOf("text v2")), 0)
		w.RegionName = zkgadget.Const(zkcommit.StrHash("keeper-config"))
		cases["another region's golden digest"] = w
	}
	// Another golden root.
	{
		w := AssignUnchecked(o, cfg, g, 1)
		w.GoldenRoot = zkgadget.Const(notIn.RootElement())
		cases["wrong golden root"] = w
	}
	// Another commitment, and the same state under another blinding.
	{
		w := AssignUnchecked(o, cfg, g, 1)
		w.Commitment = zkgadget.Const(state(t).RootElement())
		cases["wrong commitment"] = w
		other := state(t)
		w = AssignUnchecked(other, cfg, g, 1)
		w.Commitment = zkgadget.Const(o.RootElement())
		cases["wrong blinding"] = w
	}
	// Wrong path: a wrong index bit, a wrong sibling, a non-boolean bit, a wrong golden index bit.
	{
		w := AssignUnchecked(o, cfg, g, 1)
		w.Index[0] = 1 - w.Index[0].(uint64)
		cases["wrong index bit"] = w
		w = AssignUnchecked(o, cfg, g, 1)
		w.Path[5] = 42
		cases["wrong sibling"] = w
		w = AssignUnchecked(o, cfg, g, 1)
		w.Index[15] = 2
		cases["non-boolean index bit"] = w
		w = AssignUnchecked(o, cfg, g, 1)
		w.GoldenIndex[0] = 0
		cases["wrong golden index bit"] = w
		w = AssignUnchecked(o, cfg, g, 1)
		w.GoldenPath[9] = 7
		cases["wrong golden sibling"] = w
	}
	// Another length or kind than the committed ones.
	{
		w := AssignUnchecked(o, cfg, g, 1)
		w.Length = 14
		cases["wrong length"] = w
		w = AssignUnchecked(o, cfg, g, 1)
		w.Kind = 2
		cases["wrong kind"] = w
	}
	// Another VM, subset or hash algorithm than the header's (the attestation's, filled in by the registry).
	{
		w := AssignUnchecked(o, cfg, g, 1)
		w.VMID = 0x0b5f
		cases["another VM"] = w
		w = AssignUnchecked(o, cfg, g, 1)
		w.HashAlg = uint64(protocol.HashBLAKE3)
		cases["another hash algorithm"] = w
		w = AssignUnchecked(o, cfg, g, 1)
		w.SubsetLo = 1
		cases["another subset"] = w
		w = AssignUnchecked(o, cfg, g, 1)
		w.NRegions = 4
		cases["a header shape that is not the committed one"] = w
	}
	for name, w := range cases {
		if err := solved(t, w); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestLeafIndexBounded: a witness that opens a leaf outside the region leaves [1+nMounts, 1+nMounts+nRegions)
// as a region leaf is refused even when the leaf does hash to the region preimage it claims. The blinding
// leaf is the prover's choice: here it is set to the leaf of a fake "keeper-config" region with a golden
// digest, which the circuit without the bound accepted. A mount leaf and the header are refused too.
func TestLeafIndexBounded(t *testing.T) {
	g := goldenSet(t, digestOf("max_fee = 0\n"))
	fake := zkcommit.RegionFact{Name: "keeper-config", Kind: subset.KindFile, Length: 12, Digest: digestOf("max_fee = 0\n")}
	regions := []collect.Region{{Name: "keeper-config", Kind: subset.KindFile, Length: 13, Digest: digestOf("max_fee = 42\n")}}
	mounts := []collect.MountFact{{MountPoint: "/", FSType: "ext4", ReadOnly: true}}
	h := zkcommit.Header{VMID: protocol.VMID{0x0b, 0x5e}, SubsetID: [32]byte{0x60}, HashAlg: protocol.HashSHA256}
	o, err := zkcommit.BuildWithBlinding(h, mounts, regions, nil, zkcommit.RegionLeaf(fake))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Assign(o, "keeper-config", g); !errors.Is(err, ErrNotGolden) {
		t.Fatalf("the real region is not golden: %v", err)
	}
	if err := solved(t, AssignAt(o, o.RegionIndex(0), o.Regions()[0], goldenSet(t, digestOf("max_fee = 42\n")), 0)); err != nil {
		t.Fatalf("the real region's valid witness: %v", err)
	}
	if err := solved(t, AssignAt(o, zkcommit.BlindingIndex, fake, g, 0)); err == nil {
		t.Error("the blinding leaf opened as a golden region: accepted")
	}
	// A mount leaf's index (and the header's) with a region preimage: refused by the bound whatever the hash.
	if err := solved(t, AssignAt(o, o.MountIndex(0), fake, g, 0)); err == nil {
		t.Error("a mount leaf opened as a region: accepted")
	}
	if err := solved(t, AssignAt(o, zkcommit.HeaderIndex, fake, g, 0)); err == nil {
		t.Error("the header leaf opened as a region: accepted")
	}
}

// TestConstraints checks the constraint counts against constraints.golden.
func TestConstraints(t *testing.T) {
	ccs, err := compiled()
	if err != nil {
		t.Fatal(err)
	}
	internal, secret, public := ccs.GetNbVariables()
	got := fmt.Sprintf("# goldendigest: R1CS over BN254 (gnark v0.16.2), for Groth16. Regenerate on purpose with\n"+
		"# go test ./circuits/goldendigest -run TestConstraints -update (and update the Circuit doc comment).\n"+
		"constraints %d\npublic %d\nsecret %d\ninternal %d\n", ccs.GetNbConstraints(), public-1, secret, internal)
	golden.Check(t, "constraints.golden", []byte(got), "the circuit changed: regenerate with -update, new keys and verifiers follow")
}
