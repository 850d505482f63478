package zkcommit

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/vmattest/vmattest/internal/collect"
	"github.com/vmattest/vmattest/internal/digest"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/subset"
	"github.com/vmattest/vmattest/internal/testsupport/golden"
)

var commitmentVectorsPath = filepath.Join("..", "..", "testdata", "zk", "commitment.json")

// The vector state: a subset of the mount table, a file and the kernel facts, read by internal/collect from
// a fake /proc. The process's root is mount 25 (vectorRootMountID: what statx of /proc/1/root with
// STATX_MNT_ID returns), a read-only squashfs, with /boot attached to it. The read-write ext4 mount 22 is
// stacked on that root, after it in the list: a lookup from the process's root never crosses it, so it is
// not in effect, and neither is /home, attached to it. (List order would make 22 the "/" mount.)
const (
	vectorManifest = `name: zk-vector-subset
version: "1"
regions:
  - name: mounts
    mounts: {}
  - name: config
    file: {path: /etc/vmattest-vector/config}
  - name: kernel
    kernel: {}
`
	vectorMountinfo = `25 1 7:0 / / ro,relatime shared:4 - squashfs /dev/loop0 ro
24 25 253:15 / /boot ro,relatime shared:3 - vfat /dev/vda15 ro
22 25 253:1 / / rw,relatime shared:1 - ext4 /dev/vda1 rw
26 22 253:2 / /home rw,relatime shared:5 - ext4 /dev/vda2 rw
`
	vectorRootMountID  = 25
	vectorCmdline      = "console=ttyS0 root=/dev/vda1 ro quiet\n"
	vectorModules      = "virtio_net 61440 0 - Live 0x0000000000000000\n"
	vectorConfig       = "max_fee = 42\n"
	vectorBlindingSeed = "vmattest zk test vector blinding"
)

// vectorVMID is the VM the vector state belongs to (the header binds it): the forge tests' VM_B
// (contracts/test/utils/BaseTest.sol), whose attestation of the vector's commitment PropertyRegistryRealTest
// proves properties of.
var vectorVMID = protocol.VMID{0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x40, 0x10, 0x81, 0x92, 0xa3, 0xb4, 0xc5, 0xd6, 0xe7, 0xf8}

type vecPair struct {
	L   string `json:"l"`
	R   string `json:"r"`
	Out string `json:"out"`
}

type vecHash struct {
	In  []string `json:"in"`
	Out string   `json:"out"`
}

type vecStr struct {
	S        string   `json:"s"`
	Preimage []string `json:"preimage"`
	Out      string   `json:"out"`
}

type vecDigest struct {
	Digest string `json:"digest"`
	Hi     string `json:"hi"`
	Lo     string `json:"lo"`
}

type vecLeaf struct {
	Index    int      `json:"index"`
	Kind     string   `json:"kind"`
	What     string   `json:"what"`
	Preimage []string `json:"preimage,omitempty"`
	Value    string   `json:"value"`
}

type commitmentVectors struct {
	Comment    string `json:"comment"`
	Primitives struct {
		Compress   []vecPair   `json:"compress"`
		Hash       []vecHash   `json:"hash"`
		StrHash    []vecStr    `json:"strHash"`
		Digest32   []vecDigest `json:"digest32"`
		ZeroHashes []string    `json:"zeroHashes"`
	} `json:"primitives"`
	State struct {
		Manifest  string            `json:"manifest"`
		SubsetID  string            `json:"subsetId"`
		Files     map[string]string `json:"files"`
		RootMount uint64            `json:"rootMountId"`
		Alg       string            `json:"alg"`
		Blinding  string            `json:"blinding"`
		BlindingD string            `json:"blindingDerivation"`
	} `json:"state"`
	Leaves  []vecLeaf       `json:"leaves"`
	Root    string          `json:"root"`
	Opening json.RawMessage `json:"opening"`
	Golden  struct {
		Digests []string  `json:"digests"`
		Leaves  []vecLeaf `json:"leaves"`
		Root    string    `json:"root"`
	} `json:"golden"`
}

func hexes(es []fr.Element) []string {
	out := make([]string, len(es))
	for i := range es {
		out[i] = Hex(es[i])
	}
	return out
}

// vectorState collects the vector subset from a fake /proc and a temporary file, and commits to it with the
// fixed test blinding.
func vectorState(t *testing.T) (*collect.Result, *Opening, fr.Element) {
	t.Helper()
	dir := t.TempDir()
	write := func(p, content string) {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	proc := filepath.Join(dir, "proc")
	write(filepath.Join(proc, "1", "mountinfo"), vectorMountinfo)
	write(filepath.Join(proc, "cmdline"), vectorCmdline)
	write(filepath.Join(proc, "modules"), vectorModules)
	write(filepath.Join(dir, "config"), vectorConfig)
	pub, err := subset.Parse([]byte(vectorManifest))
	if err != nil {
		t.Fatal(err)
	}
	m, _ := subset.Parse([]byte(vectorManifest))
	m.Regions[1].File.Path = filepath.Join(dir, "config")
	alg, err := digest.Lookup("sha256")
	if err != nil {
		t.Fatal(err)
	}
	res, err := collect.Collect(context.Background(), m, alg, collect.Options{ProcRoot: proc,
		RootMountID: func(int) (uint64, error) { return vectorRootMountID, nil }})
	if err != nil {
		t.Fatal(err)
	}
	res.SubsetID = pub.ID() // the published manifest's id, not the temporary path's
	seed := sha256.Sum256([]byte(vectorBlindingSeed))
	var blinding fr.Element
	blinding.SetBytes(seed[:])
	var mounts []collect.MountFact
	var kernel *collect.KernelFacts
	for _, r := range res.Regions {
		if r.Kind == subset.KindMounts {
			mounts = r.Mounts
		}
		if r.Kind == subset.KindKernel {
			kernel = r.Kernel
		}
	}
	o, err := BuildWithBlinding(Header{VMID: vectorVMID, SubsetID: res.SubsetID, HashAlg: res.Alg.ID()}, mounts, res.Regions, kernel, blinding)
	if err != nil {
		t.Fatal(err)
	}
	return res, o, blinding
}

// TestCommitmentVectors checks testdata/zk/commitment.json, the vectors docs/protocol.md quotes: the hash
// primitives, every leaf of a small state (with its preimage), the root, the opening file, and a golden set.
func TestCommitmentVectors(t *testing.T) {
	res, o, blinding := vectorState(t)
	var v commitmentVectors
	v.Comment = "Generated by `go test ./internal/zkcommit -run TestCommitmentVectors -update`; quoted in docs/protocol.md. " +
		"Field elements are 0x + 32 bytes big-endian. The blinding is fixed for the vector only; real commitments draw it at random."

	// Primitives.
	one, two := Uint(1), Uint(2)
	v.Primitives.Compress = []vecPair{
		{Hex(Uint(0)), Hex(Uint(0)), Hex(Compress(Uint(0), Uint(0)))},
		{Hex(one), Hex(two), Hex(Compress(one, two))},
	}
	for _, in := range [][]fr.Element{{one}, {one, two}, {one, two, Uint(3)}} {
		v.Primitives.Hash = append(v.Primitives.Hash, vecHash{hexes(in), Hex(Hash(in...))})
	}
	for _, s := range []string{"", "/", "ext4", "abcdefghijklmnopqrstuvwxyz01234", "abcdefghijklmnopqrstuvwxyz012345"} {
		pre := []fr.Element{Uint(uint64(len(s)))}
		for off := 0; off < len(s); off += StrChunk {
			var chunk [StrChunk]byte
			copy(chunk[:], s[off:min(off+StrChunk, len(s))])
			var e fr.Element
			e.SetBytes(chunk[:])
			pre = append(pre, e)
		}
		if got, want := StrHash(s), Hash(pre...); !got.Equal(&want) {
			t.Fatalf("StrHash(%q)", s)
		}
		v.Primitives.StrHash = append(v.Primitives.StrHash, vecStr{s, hexes(pre), Hex(StrHash(s))})
	}
	d := sha256.Sum256([]byte(vectorConfig))
	hi, lo := Digest32(d)
	v.Primitives.Digest32 = []vecDigest{{fmt.Sprintf("0x%x", d), Hex(hi), Hex(lo)}}
	for k := range Depth + 1 {
		v.Primitives.ZeroHashes = append(v.Primitives.ZeroHashes, Hex(ZeroHash(k)))
	}

	// The state.
	v.State.Manifest = vectorManifest
	v.State.SubsetID = fmt.Sprintf("0x%x", res.SubsetID)
	v.State.Files = map[string]string{"/proc/1/mountinfo": vectorMountinfo, "/proc/cmdline": vectorCmdline, "/proc/modules": vectorModules, "/etc/vmattest-vector/config": vectorConfig}
	v.State.RootMount = vectorRootMountID
	v.State.Alg = res.Alg.Name()
	v.State.Blinding = Hex(blinding)
	v.State.BlindingD = fmt.Sprintf("sha256(%q) as a big-endian integer mod r", vectorBlindingSeed)

	mounts, regions, modules := o.Mounts(), o.Regions(), o.Modules()
	cmdline, _ := o.Cmdline()
	add := func(index int, kind, what string, pre []fr.Element) {
		leaf := o.Leaf(index)
		if pre != nil {
			if h := Hash(pre...); !h.Equal(&leaf) {
				t.Fatalf("leaf %d is not the hash of its preimage", index)
			}
		}
		v.Leaves = append(v.Leaves, vecLeaf{index, kind, what, hexes(pre), Hex(leaf)})
	}
	add(HeaderIndex, "header", fmt.Sprintf("subset %s, VM %s, %s, %d mounts, %d regions, %d modules, cmdline", v.State.SubsetID, vectorVMID, res.Alg.Name(), len(mounts), len(regions), len(modules)),
		HeaderPreimage(o.Header(), len(mounts), len(regions), len(modules), true))
	for i, m := range mounts {
		add(o.MountIndex(i), "mount", fmt.Sprintf("%s %s %s ro=%v %q %q", m.MountPoint, m.FSType, m.Source, m.ReadOnly, m.MountOptions, m.SuperOptions), MountPreimage(m))
	}
	for i, r := range regions {
		add(o.RegionIndex(i), "region", fmt.Sprintf("%s (%s, %d bytes, %s 0x%x)", r.Name, r.Kind, r.Length, res.Alg.Name(), r.Digest), RegionPreimage(r))
	}
	ci, _ := o.CmdlineIndex()
	add(ci, "cmdline", fmt.Sprintf("%q", cmdline), CmdlinePreimage(cmdline))
	for i, m := range modules {
		add(o.ModuleIndex(i), "module", fmt.Sprintf("%s %d", m.Name, m.Size), ModulePreimage(m))
	}
	add(o.NumStateLeaves(), "zero", "every other leaf up to the blinding", nil)
	add(BlindingIndex, "blinding", "uniformly random (fixed here)", nil)
	v.Root = fmt.Sprintf("0x%x", o.Root())

	// Checks beyond the file: the layout the circuits rely on.
	if mounts[0].MountPoint != "/" || mounts[0].FSType != "squashfs" || !mounts[0].ReadOnly || len(mounts) != 2 {
		t.Fatalf("mounts in effect %+v", mounts)
	}
	if fromRes, err := FromResult(vectorVMID, res); err != nil || fromRes.NumStateLeaves() != o.NumStateLeaves() || fromRes.Header() != o.Header() {
		t.Fatalf("FromResult: %v", err)
	}
	var err error
	if v.Opening, err = o.MarshalJSON(); err != nil {
		t.Fatal(err)
	}
	v.Opening = bytes.TrimSpace(v.Opening)

	// A golden set: the config digest and another.
	other := sha256.Sum256([]byte("max_fee = 43\n"))
	g, err := NewGoldenSet([][32]byte{other, d})
	if err != nil {
		t.Fatal(err)
	}
	for i, gd := range g.Digests() {
		hi, lo := Digest32(gd)
		v.Golden.Digests = append(v.Golden.Digests, fmt.Sprintf("0x%x", gd))
		v.Golden.Leaves = append(v.Golden.Leaves, vecLeaf{i, "golden", fmt.Sprintf("0x%x", gd), hexes([]fr.Element{Uint(TagGolden), hi, lo}), Hex(g.Leaf(i))})
	}
	v.Golden.Root = fmt.Sprintf("0x%x", g.Root())

	out, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	out = append(out, '\n')
	golden.Check(t, commitmentVectorsPath, out, "if the commitment changed on purpose, bump OpeningSchema and run with -update")
}
