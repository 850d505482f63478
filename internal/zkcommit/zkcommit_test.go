package zkcommit

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"

	"github.com/vmattest/vmattest/internal/collect"
	"github.com/vmattest/vmattest/internal/digest"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/subset"
)

func sha256Alg(t testing.TB) digest.Algorithm {
	t.Helper()
	alg, err := digest.ByID(protocol.HashSHA256)
	if err != nil {
		t.Fatal(err)
	}
	return alg
}

// TestSaltedDigest: two salted commitments to the same collected state have different public digests (so
// that the digest alone does not let anyone test a guess of the state), each re-derived from its opening
// (which keeps the salt, also through the opening file), while the unsalted opening's public digest is the
// subset digest itself.
func TestSaltedDigest(t *testing.T) {
	res := &collect.Result{SubsetID: [32]byte{9}, Alg: sha256Alg(t), Digest: [32]byte{0xd1, 0x9e},
		Regions: []collect.Region{{Name: "cfg", Kind: subset.KindFile, Length: 1, Digest: [32]byte{1}}}}
	plain, err := FromResult(protocol.VMID{0x0b}, res)
	if err != nil {
		t.Fatal(err)
	}
	if d, err := plain.PublicDigest(); err != nil || d != res.Digest {
		t.Fatalf("unsalted public digest %x, %v: want the subset digest", d, err)
	}
	if _, salted := plain.Salt(); salted {
		t.Fatal("FromResult must not salt")
	}
	var digests [][32]byte
	for range 2 {
		o, err := plain.WithRandomSalt()
		if err != nil {
			t.Fatal(err)
		}
		if o.Root() != plain.Root() {
			t.Fatal("salting changes the public digest, not the commitment")
		}
		d, err := o.PublicDigest()
		if err != nil {
			t.Fatal(err)
		}
		salt, ok := o.Salt()
		if !ok || d != SaltDigest(res.Alg, salt, res.Digest) || d == res.Digest {
			t.Fatalf("salted public digest %x is not SaltDigest(salt, subset digest)", d)
		}
		data, err := o.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		back, err := ParseOpening(data)
		if err != nil {
			t.Fatal(err)
		}
		if again, err := back.PublicDigest(); err != nil || again != d {
			t.Fatalf("the opening file re-derives %x, %v; want %x", again, err, d)
		}
		digests = append(digests, d)
	}
	if digests[0] == digests[1] {
		t.Fatal("two salted attestations of the same state have the same public digest")
	}
}

func randElement(t testing.TB) fr.Element {
	t.Helper()
	var e fr.Element
	if _, err := e.SetRandom(); err != nil {
		t.Fatal(err)
	}
	return e
}

// TestHashMatchesGnarkCrypto: Hash is gnark-crypto's Poseidon2 Merkle-Damgård hasher fed 32-byte big-endian
// elements, and Compress is its permutation's Compress.
func TestHashMatchesGnarkCrypto(t *testing.T) {
	for n := range 9 {
		elems := make([]fr.Element, n)
		h := poseidon2.NewMerkleDamgardHasher()
		for i := range elems {
			elems[i] = randElement(t)
			b := elems[i].Bytes()
			h.Write(b[:])
		}
		got := Bytes32(Hash(elems...))
		if !bytes.Equal(got[:], h.Sum(nil)) {
			t.Fatalf("Hash of %d elements differs from gnark-crypto's MD hasher", n)
		}
	}
	for range 16 {
		l, r := randElement(t), randElement(t)
		lb, rb := l.Bytes(), r.Bytes()
		want, err := poseidon2.NewDefaultPermutation().Compress(lb[:], rb[:])
		if err != nil {
			t.Fatal(err)
		}
		got := Bytes32(Compress(l, r))
		if !bytes.Equal(got[:], want) {
			t.Fatal("Compress differs from gnark-crypto's Permutation.Compress")
		}
		if got, want := Hash(l), Compress(fr.Element{}, l); !got.Equal(&want) {
			t.Fatal("Hash(x) != Compress(0, x)")
		}
	}
}

func TestStrHash(t *testing.T) {
	// The definition, spelled out for "/": Hash(1, 0x2f << 240).
	var c fr.Element
	c.SetBytes(append([]byte{0x2f}, make([]byte, 30)...))
	if got, want := StrHash("/"), Hash(Uint(1), c); !got.Equal(&want) {
		t.Fatal("StrHash(\"/\") is not Hash(1, 0x2f<<240)")
	}
	if got, want := StrHash(""), Hash(Uint(0)); !got.Equal(&want) {
		t.Fatal("StrHash(\"\") is not Hash(0)")
	}
	// 31 bytes is one chunk, 32 two; the second holds one byte, left-aligned.
	s31, s32 := strings.Repeat("a", 31), strings.Repeat("a", 32)
	var full, one fr.Element
	full.SetBytes([]byte(s31))
	one.SetBytes(append([]byte{'a'}, make([]byte, 30)...))
	if got, want := StrHash(s31), Hash(Uint(31), full); !got.Equal(&want) {
		t.Fatal("31-byte string")
	}
	if got, want := StrHash(s32), Hash(Uint(32), full, one); !got.Equal(&want) {
		t.Fatal("32-byte string")
	}
	// Padding is not ambiguous: trailing NULs change the hash.
	seen := map[fr.Element]string{}
	for _, s := range []string{"", "\x00", "\x00\x00", "a", "a\x00", s31, s31 + "\x00", s32, "/", "//"} {
		h := StrHash(s)
		if prev, dup := seen[h]; dup {
			t.Fatalf("StrHash(%q) == StrHash(%q)", s, prev)
		}
		seen[h] = s
	}
}

func TestDigest32(t *testing.T) {
	var d [32]byte
	for i := range d {
		d[i] = byte(i + 1)
	}
	hi, lo := Digest32(d)
	var wantHi, wantLo fr.Element
	wantHi.SetBytes(d[:16])
	wantLo.SetBytes(d[16:])
	if !hi.Equal(&wantHi) || !lo.Equal(&wantLo) {
		t.Fatal("Digest32 halves")
	}
	var all [32]byte
	for i := range all {
		all[i] = 0xff
	}
	hi, lo = Digest32(all)
	if hi.BigInt(new(big.Int)).BitLen() != 128 || lo.BigInt(new(big.Int)).BitLen() != 128 {
		t.Fatal("halves of 0xff..ff are not 128-bit")
	}
}

// denseRoot computes a Merkle root of all leaves, every node, for comparison with the sparse tree.
func denseRoot(leaves []fr.Element) fr.Element {
	level := leaves
	for len(level) > 1 {
		next := make([]fr.Element, len(level)/2)
		for i := range next {
			next[i] = Compress(level[2*i], level[2*i+1])
		}
		level = next
	}
	return level[0]
}

func sampleMounts() []collect.MountFact {
	return []collect.MountFact{
		{MountPoint: "/proc", FSType: "proc", Source: "proc", ReadOnly: false, MountOptions: "rw,nosuid,nodev,noexec,relatime", SuperOptions: "rw"},
		{MountPoint: "/boot", FSType: "vfat", Source: "/dev/vda15", ReadOnly: true, MountOptions: "ro,relatime", SuperOptions: "rw"},
		{MountPoint: "/", FSType: "squashfs", Source: "/dev/vda2", ReadOnly: true, MountOptions: "ro,relatime", SuperOptions: "ro"},
	}
}

func sampleRegions() []collect.Region {
	return []collect.Region{
		{Name: "mounts", Kind: subset.KindMounts, Length: 100, Digest: [32]byte{1}},
		{Name: "config", Kind: subset.KindFile, Length: 13, Digest: [32]byte{2}},
		{Name: "kernel", Kind: subset.KindKernel, Length: 50, Digest: [32]byte{3}},
	}
}

func sampleKernel() *collect.KernelFacts {
	cmd := "console=ttyS0 ro"
	return &collect.KernelFacts{Cmdline: &cmd, Modules: []collect.ModuleFact{{Name: "virtio_net", Size: 4096}, {Name: "ext4", Size: 8192}}}
}

func TestBuildLayout(t *testing.T) {
	id := Header{VMID: protocol.VMID{0x0b, 0x5e}, SubsetID: [32]byte{0xaa, 0xbb}, HashAlg: protocol.HashSHA256}
	o, err := Build(id, sampleMounts(), sampleRegions(), sampleKernel())
	if err != nil {
		t.Fatal(err)
	}
	mounts := o.Mounts()
	if len(mounts) != 3 || mounts[0].MountPoint != "/" || mounts[1].MountPoint != "/boot" || mounts[2].MountPoint != "/proc" {
		t.Fatalf("mounts %+v", mounts)
	}
	if mounts[0].FSType != "squashfs" || !mounts[0].ReadOnly {
		t.Fatalf("mount \"/\" = %+v", mounts[0])
	}
	if _, idx, ok := o.FindMount("/"); !ok || idx != FirstMountIndex {
		t.Fatal("\"/\" must be at leaf 1")
	}
	mods := o.Modules()
	if mods[0].Name != "ext4" || mods[1].Name != "virtio_net" {
		t.Fatal("modules not sorted")
	}
	want := []fr.Element{
		HeaderLeaf(id, 3, 3, 2, true),
		MountLeaf(mounts[0]), MountLeaf(mounts[1]), MountLeaf(mounts[2]),
	}
	for _, r := range sampleRegions() {
		want = append(want, RegionLeaf(RegionFact{r.Name, r.Kind, r.Length, r.Digest}))
	}
	want = append(want, CmdlineLeaf("console=ttyS0 ro"), ModuleLeaf(mods[0]), ModuleLeaf(mods[1]))
	if o.NumStateLeaves() != len(want) {
		t.Fatalf("%d state leaves, want %d", o.NumStateLeaves(), len(want))
	}
	leaves := make([]fr.Element, NumLeaves)
	for i, w := range want {
		if got := o.Leaf(i); !got.Equal(&w) {
			t.Fatalf("leaf %d differs", i)
		}
		leaves[i] = w
	}
	leaves[BlindingIndex] = o.Blinding()
	if got := o.Leaf(BlindingIndex); !got.Equal(&leaves[BlindingIndex]) {
		t.Fatal("blinding leaf")
	}
	if got := o.Leaf(len(want)); !got.IsZero() {
		t.Fatal("unused leaf is not 0")
	}
	if _, idx, _ := o.FindRegion("config"); idx != 5 {
		t.Fatalf("region config at %d", idx)
	}
	if idx, ok := o.CmdlineIndex(); !ok || idx != 7 {
		t.Fatalf("cmdline at %d", idx)
	}
	if o.ModuleIndex(1) != 9 {
		t.Fatal("module index")
	}
	// The sparse tree agrees with a dense one.
	if root, dense := o.RootElement(), denseRoot(leaves); !root.Equal(&dense) {
		t.Fatal("sparse root differs from the dense root")
	}
	// Every path reaches the root, populated or not.
	for _, i := range []int{0, 1, 5, 9, 10, 1000, 32768, BlindingIndex - 1, BlindingIndex} {
		p := o.Path(i)
		if r, want := RootFromPath(o.Leaf(i), uint64(i), p[:]), o.RootElement(); !r.Equal(&want) {
			t.Fatalf("path of leaf %d", i)
		}
	}
	if err := o.Verify(); err != nil {
		t.Fatal(err)
	}
}

func TestBlindingHides(t *testing.T) {
	a, err := Build(Header{VMID: protocol.VMID{0x0b, 0x5e}, SubsetID: [32]byte{1}, HashAlg: protocol.HashSHA256}, sampleMounts(), sampleRegions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Build(Header{VMID: protocol.VMID{0x0b, 0x5e}, SubsetID: [32]byte{1}, HashAlg: protocol.HashSHA256}, sampleMounts(), sampleRegions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Root() == b.Root() {
		t.Fatal("two commitments of the same state have the same root")
	}
	c, err := BuildWithBlinding(Header{VMID: protocol.VMID{0x0b, 0x5e}, SubsetID: [32]byte{1}, HashAlg: protocol.HashSHA256}, sampleMounts(), sampleRegions(), nil, a.Blinding())
	if err != nil {
		t.Fatal(err)
	}
	if c.Root() != a.Root() {
		t.Fatal("same state and blinding, different roots")
	}
}

func TestBuildErrors(t *testing.T) {
	regions := make([]collect.Region, MaxStateLeaves)
	for i := range regions {
		regions[i] = collect.Region{Name: fmt.Sprintf("r%d", i), Kind: subset.KindFile}
	}
	if _, err := Build(Header{VMID: protocol.VMID{0x0b, 0x5e}, SubsetID: [32]byte{}, HashAlg: protocol.HashSHA256}, nil, regions, nil); !errors.Is(err, ErrTooManyLeaves) {
		t.Fatalf("too many leaves: %v", err)
	}
	if !testing.Short() { // 65,535 leaves: a few seconds
		if _, err := Build(Header{VMID: protocol.VMID{0x0b, 0x5e}, SubsetID: [32]byte{}, HashAlg: protocol.HashSHA256}, nil, regions[:MaxStateLeaves-1], nil); err != nil {
			t.Fatalf("a full tree: %v", err)
		}
	}
	if _, err := Build(Header{VMID: protocol.VMID{0x0b, 0x5e}, SubsetID: [32]byte{}, HashAlg: protocol.HashSHA256}, nil, []collect.Region{{Name: "a", Kind: "disk"}}, nil); err == nil {
		t.Fatal("unknown kind accepted")
	}
	if _, err := Build(Header{VMID: protocol.VMID{0x0b, 0x5e}, SubsetID: [32]byte{}, HashAlg: protocol.HashSHA256}, nil, []collect.Region{{Name: "a", Kind: subset.KindFile}, {Name: "a", Kind: subset.KindFile}}, nil); err == nil {
		t.Fatal("repeated region name accepted")
	}
	// Two mounts at one mount point: which one is in effect is the collector's to decide from the mount
	// tree (collect.EffectiveMounts), never list order, so Build refuses rather than choose the last.
	stacked := []collect.MountFact{{MountPoint: "/", FSType: "ext4"}, {MountPoint: "/", FSType: "tmpfs", ReadOnly: true, MountOptions: "ro"}}
	if _, err := Build(Header{VMID: protocol.VMID{0x0b, 0x5e}, HashAlg: protocol.HashSHA256}, stacked, nil, nil); err == nil || !strings.Contains(err.Error(), "strictly increasing mount point") {
		t.Fatalf("two mounts at \"/\": %v", err)
	}
}

func TestFromResult(t *testing.T) {
	second := []collect.MountFact{{MountPoint: "/other", FSType: "tmpfs"}}
	cmd := "quiet"
	res := &collect.Result{SubsetID: [32]byte{9}, Alg: sha256Alg(t), Regions: []collect.Region{
		{Name: "cfg", Kind: subset.KindFile, Length: 1},
		{Name: "m1", Kind: subset.KindMounts, Mounts: sampleMounts()},
		{Name: "m2", Kind: subset.KindMounts, Mounts: second},
		{Name: "k", Kind: subset.KindKernel, Kernel: &collect.KernelFacts{Cmdline: &cmd}},
	}}
	o, err := FromResult(protocol.VMID{0x0b}, res)
	if err != nil {
		t.Fatal(err)
	}
	if o.Header() != (Header{VMID: protocol.VMID{0x0b}, SubsetID: [32]byte{9}, HashAlg: protocol.HashSHA256}) {
		t.Fatalf("header %+v: the VM, subset and algorithm of the collection", o.Header())
	}
	if len(o.Mounts()) != 3 || o.Mounts()[0].FSType != "squashfs" {
		t.Fatal("mount facts must come from the first mounts region")
	}
	if c, ok := o.Cmdline(); !ok || c != "quiet" {
		t.Fatal("kernel facts")
	}
	if len(o.Regions()) != 4 {
		t.Fatal("every region has a leaf")
	}
}

func TestOpeningFile(t *testing.T) {
	o, err := Build(Header{VMID: protocol.VMID{0x0b, 0x5e}, SubsetID: [32]byte{7}, HashAlg: protocol.HashSHA256}, sampleMounts(), sampleRegions(), sampleKernel())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "state.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := o.Write(path); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v, want 0600", st.Mode().Perm())
	}
	back, err := LoadOpening(path)
	if err != nil {
		t.Fatal(err)
	}
	if back.Root() != o.Root() || back.Blinding() != o.Blinding() {
		t.Fatal("round trip changed the opening")
	}
	a, _ := o.MarshalJSON()
	b, _ := back.MarshalJSON()
	if !bytes.Equal(a, b) {
		t.Fatal("round trip changed the JSON")
	}
	// Without kernel facts: cmdline null, modules [].
	nk, err := Build(Header{VMID: protocol.VMID{0x0b, 0x5e}, SubsetID: [32]byte{7}, HashAlg: protocol.HashSHA256}, nil, sampleRegions()[:1], nil)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := nk.MarshalJSON()
	if !bytes.Contains(data, []byte(`"cmdline": null`)) || !bytes.Contains(data, []byte(`"modules": []`)) || !bytes.Contains(data, []byte(`"mounts": []`)) {
		t.Fatalf("empty parts:\n%s", data)
	}
	if _, err := ParseOpening(data); err != nil {
		t.Fatal(err)
	}
}

func TestParseOpeningStrict(t *testing.T) {
	o, err := Build(Header{VMID: protocol.VMID{0x0b, 0x5e}, SubsetID: [32]byte{7}, HashAlg: protocol.HashSHA256}, sampleMounts(), sampleRegions(), sampleKernel())
	if err != nil {
		t.Fatal(err)
	}
	good, _ := o.MarshalJSON()
	edit := func(f func(m map[string]any)) []byte {
		var m map[string]any
		if err := json.Unmarshal(good, &m); err != nil {
			t.Fatal(err)
		}
		f(m)
		out, _ := json.Marshal(m)
		return out
	}
	other := randElement(t)
	cases := map[string][]byte{
		"unknown field":   edit(func(m map[string]any) { m["extra"] = 1 }),
		"missing field":   edit(func(m map[string]any) { delete(m, "cmdline") }),
		"wrong schema":    edit(func(m map[string]any) { m["schema"] = "v0" }),
		"wrong depth":     edit(func(m map[string]any) { m["depth"] = 20 }),
		"short hex":       edit(func(m map[string]any) { m["subsetId"] = "0x07" }),
		"wrong root":      edit(func(m map[string]any) { m["root"] = Hex(other) }),
		"wrong blinding":  edit(func(m map[string]any) { m["blinding"] = Hex(other) }),
		"null string":     edit(func(m map[string]any) { m["mounts"].([]any)[0].(map[string]any)["fsType"] = nil }),
		"nested unknown":  edit(func(m map[string]any) { m["regions"].([]any)[0].(map[string]any)["x"] = 1 }),
		"nested missing":  edit(func(m map[string]any) { delete(m["modules"].([]any)[0].(map[string]any), "size") }),
		"unknown kind":    edit(func(m map[string]any) { m["regions"].([]any)[0].(map[string]any)["kind"] = "disk" }),
		"unsorted mounts": edit(func(m map[string]any) { ms := m["mounts"].([]any); ms[0], ms[1] = ms[1], ms[0] }),
		"blinding >= r":   edit(func(m map[string]any) { m["blinding"] = "0x" + strings.Repeat("f", 64) }),
		"negative size":   edit(func(m map[string]any) { m["modules"].([]any)[0].(map[string]any)["size"] = -1 }),
		"duplicate key":   bytes.Replace(good, []byte(`"depth": 16,`), []byte(`"depth": 16, "depth": 16,`), 1),
		"trailing data":   append(append([]byte{}, good...), []byte("{}")...),
		"not an object":   []byte(`[]`),
	}
	for name, data := range cases {
		if _, err := ParseOpening(data); err == nil {
			t.Errorf("%s: accepted", name)
		} else {
			t.Logf("%s: %v", name, err)
		}
	}
	if _, err := ParseOpening(edit(func(map[string]any) {})); err != nil {
		t.Fatalf("re-encoded opening refused: %v", err)
	}
}

func TestGoldenSet(t *testing.T) {
	digests := make([][32]byte, 5)
	for i := range digests {
		digests[i] = [32]byte{byte(i + 1), 0xee}
	}
	g, err := NewGoldenSet(digests)
	if err != nil {
		t.Fatal(err)
	}
	leaves := make([]fr.Element, MaxGoldenDigests)
	for i, d := range digests {
		leaves[i] = GoldenLeaf(d)
		hi, lo := Digest32(d)
		if want := Hash(Uint(TagGolden), hi, lo); !leaves[i].Equal(&want) {
			t.Fatal("golden leaf definition")
		}
	}
	if root, dense := g.RootElement(), denseRoot(leaves); !root.Equal(&dense) {
		t.Fatal("golden root differs from the dense root")
	}
	for i := range []int{0, 3, 4, 5, MaxGoldenDigests - 1} {
		p := g.Path(i)
		if r, want := RootFromPath(g.Leaf(i), uint64(i), p[:]), g.RootElement(); !r.Equal(&want) {
			t.Fatalf("golden path %d", i)
		}
	}
	if i, ok := g.Index(digests[3]); !ok || i != 3 {
		t.Fatal("Index")
	}
	if _, ok := g.Index([32]byte{}); ok {
		t.Fatal("Index of a digest not in the set")
	}
	if _, err := NewGoldenSet(append(digests, digests[0])); err == nil {
		t.Fatal("repeated digest accepted")
	}
	if _, err := NewGoldenSet(nil); err == nil {
		t.Fatal("empty set accepted")
	}
	if _, err := NewGoldenSet(make([][32]byte, MaxGoldenDigests+1)); err == nil {
		t.Fatal("oversized set accepted")
	}
}

func BenchmarkBuild(b *testing.B) {
	// A realistic state: 40 mounts, 8 regions, a command line and 60 modules.
	r := rand.New(rand.NewPCG(1, 2))
	var mounts []collect.MountFact
	for i := range 40 {
		mounts = append(mounts, collect.MountFact{MountPoint: "/mnt/" + strings.Repeat("x", i), FSType: "ext4", Source: "/dev/vdb", MountOptions: "rw,relatime,nosuid,nodev", SuperOptions: "rw,errors=remount-ro"})
	}
	var regions []collect.Region
	for i := range 8 {
		var d [32]byte
		for j := range d {
			d[j] = byte(r.Uint32())
		}
		regions = append(regions, collect.Region{Name: "region-" + string(rune('a'+i)), Kind: subset.KindFile, Length: 4096, Digest: d})
	}
	cmd := "BOOT_IMAGE=/boot/vmlinuz-6.8.0 root=UUID=0b5e9a52-5a57-4c1f-9f35-3b0c2f1f4a6e ro console=ttyS0 quiet"
	k := &collect.KernelFacts{Cmdline: &cmd}
	for i := range 60 {
		k.Modules = append(k.Modules, collect.ModuleFact{Name: "module_" + string(rune('a'+i%26)) + string(rune('a'+i/26)), Size: uint64(4096 * (i + 1))})
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Build(Header{VMID: protocol.VMID{0x0b, 0x5e}, SubsetID: [32]byte{1}, HashAlg: protocol.HashSHA256}, mounts, regions, k); err != nil {
			b.Fatal(err)
		}
	}
}
