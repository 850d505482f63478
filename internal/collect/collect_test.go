package collect

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"github.com/vmattest/vmattest/internal/digest"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/subset"
)

func sha(t *testing.T) digest.Algorithm {
	t.Helper()
	a, err := digest.ByID(protocol.HashSHA256)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func randomBytes(t *testing.T, n int) []byte {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return b
}

func manifest(t *testing.T, regions ...subset.Region) *subset.Manifest {
	t.Helper()
	m := &subset.Manifest{Schema: subset.Schema, Name: "test", Version: "1", Regions: regions}
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	return m
}

const mountinfo = `22 27 0:21 / /proc rw,nosuid,nodev,noexec,relatime shared:14 - proc proc rw
27 1 254:1 / / ro,relatime shared:1 - ext4 /dev/vda1 ro,errors=remount-ro
35 27 0:30 / /mnt/my\040disk rw,relatime - tmpfs my\134src rw,size=1024k
`

const modules = `zram 45056 2 - Live 0x0000000000000000
dm_mod 184320 0 - Live 0x0000000000000000
af_packet 61440 4 - Live 0x0000000000000000
`

func TestParsers(t *testing.T) {
	entries, err := parseMountinfo([]byte(mountinfo))
	if err != nil {
		t.Fatal(err)
	}
	want := []MountEntry{
		{Line: 1, MountID: 22, ParentID: 27, Device: "0:21", Root: "/", MountPoint: "/proc", MountOptions: "rw,nosuid,nodev,noexec,relatime", Optional: []string{"shared:14"}, FSType: "proc", Source: "proc", SuperOptions: "rw"},
		{Line: 2, MountID: 27, ParentID: 1, Device: "254:1", Root: "/", MountPoint: "/", MountOptions: "ro,relatime", Optional: []string{"shared:1"}, FSType: "ext4", Source: "/dev/vda1", SuperOptions: "ro,errors=remount-ro"},
		{Line: 3, MountID: 35, ParentID: 27, Device: "0:30", Root: "/", MountPoint: "/mnt/my disk", MountOptions: "rw,relatime", Optional: []string{}, FSType: "tmpfs", Source: `my\src`, SuperOptions: "rw,size=1024k"},
	}
	if !reflect.DeepEqual(entries, want) {
		t.Errorf("parseMountinfo = %+v, want %+v", entries, want)
	}
	if f := entries[1].Fact(); f != (MountFact{MountPoint: "/", FSType: "ext4", Source: "/dev/vda1", ReadOnly: true, MountOptions: "ro,relatime", SuperOptions: "ro,errors=remount-ro"}) {
		t.Errorf("Fact = %+v", f)
	}
	for _, bad := range []string{"1 2 3\n", "27 1 254:1 / / ro,relatime shared:1 ext4 /dev/vda1 ro\n"} {
		if _, err := parseMountinfo([]byte(bad)); err == nil {
			t.Errorf("parseMountinfo(%q) accepted", bad)
		}
	}

	mods, err := parseModules([]byte(modules))
	if err != nil {
		t.Fatal(err)
	}
	if len(mods) != 3 || mods[0] != (ModuleFact{"af_packet", 61440}) || mods[2].Name != "zram" {
		t.Fatalf("modules = %+v, want sorted by name", mods)
	}
	if _, err := parseModules([]byte("zram x 2\n")); err == nil {
		t.Error("a non-numeric module size was accepted")
	}

	maps, err := parseMaps([]byte("55d0a0a00000-55d0a0a02000 r-xp 00002000 fe:01 1234   /usr/bin/my daemon\n7ffd1000-7ffd2000 rw-p 00000000 00:00 0 [stack]\n7f00-7f10 r--p 00000000 00:00 0\n"))
	if err != nil {
		t.Fatal(err)
	}
	if maps[0].Path != "/usr/bin/my daemon" || maps[0].Start != 0x55d0a0a00000 || maps[0].Offset != 0x2000 || maps[1].Path != "[stack]" || maps[2].Path != "" {
		t.Fatalf("maps = %+v", maps)
	}
	if _, err := parseMaps([]byte("zz-10 r-xp 0 0 0\n")); err == nil {
		t.Error("a bad address range was accepted")
	}
}

// fakeRoot is Options.RootMountID for fakeProc: pid 1's root is mount 27 of its mountinfo.
func fakeRoot(pid int) (uint64, error) {
	if pid != 1 {
		return 0, fmt.Errorf("no root for pid %d", pid)
	}
	return 27, nil
}

// fakeProc is a proc tree with pid 1 (mountinfo, comm), the kernel command line and modules; its root
// mount is given by fakeRoot.
func fakeProc(t *testing.T) string {
	root := t.TempDir()
	writeFile(t, root, "1/mountinfo", []byte(mountinfo))
	writeFile(t, root, "1/comm", []byte("init\n"))
	writeFile(t, root, "cmdline", []byte("console=ttyS0 ro root=/dev/vda1\n"))
	writeFile(t, root, "modules", []byte(modules))
	return root
}

// TestStructuredRegions checks the canonical encodings of mounts and kernel facts byte for byte: they are
// documented (docs/subsets.md) so that anyone can rebuild and re-hash them.
func TestStructuredRegions(t *testing.T) {
	root := fakeProc(t)
	yes, no := true, false
	m := manifest(t,
		subset.Region{Name: "mounts", Mounts: &subset.MountsSpec{Process: subset.ProcessSelector{Comm: "init"}}},
		subset.Region{Name: "kernel", Kernel: &subset.KernelSpec{Cmdline: &yes, Modules: &yes}},
		subset.Region{Name: "cmdline", Kernel: &subset.KernelSpec{Cmdline: &yes, Modules: &no}},
	)
	res, err := Collect(context.Background(), m, sha(t), Options{ProcRoot: root, RootMountID: fakeRoot})
	if err != nil {
		t.Fatal(err)
	}
	wantMounts := `[{"mountPoint":"/","fsType":"ext4","source":"/dev/vda1","readOnly":true,"mountOptions":"ro,relatime","superOptions":"ro,errors=remount-ro"},` +
		`{"mountPoint":"/mnt/my disk","fsType":"tmpfs","source":"my\\src","readOnly":false,"mountOptions":"rw,relatime","superOptions":"rw,size=1024k"},` +
		`{"mountPoint":"/proc","fsType":"proc","source":"proc","readOnly":false,"mountOptions":"rw,nosuid,nodev,noexec,relatime","superOptions":"rw"}]`
	wantKernel := `{"cmdline":"console=ttyS0 ro root=/dev/vda1","modules":[{"name":"af_packet","size":61440},{"name":"dm_mod","size":184320},{"name":"zram","size":45056}]}`
	for i, want := range []string{wantMounts, wantKernel, `{"cmdline":"console=ttyS0 ro root=/dev/vda1"}`} {
		r := res.Regions[i]
		if string(r.Canonical) != want {
			t.Errorf("region %s canonical encoding:\n got %s\nwant %s", r.Name, r.Canonical, want)
		}
		if r.Digest != sha256.Sum256([]byte(want)) || r.Length != uint64(len(want)) {
			t.Errorf("region %s: digest or length is not sha256/len of its canonical encoding", r.Name)
		}
	}
	// No module loaded is an empty list; a kernel without /proc/modules has none loaded.
	os.Remove(filepath.Join(root, "modules"))
	res, err = Collect(context.Background(), manifest(t, subset.Region{Name: "k", Kernel: &subset.KernelSpec{Cmdline: &no, Modules: &yes}}), sha(t), Options{ProcRoot: root, RootMountID: fakeRoot})
	if err != nil || string(res.Regions[0].Canonical) != `{"modules":[]}` {
		t.Fatalf("no /proc/modules: %v, %s", err, res.Regions[0].Canonical)
	}
	// A missing mount table names the region and the cause.
	_, err = Collect(context.Background(), manifest(t, subset.Region{Name: "mounts", Mounts: &subset.MountsSpec{Process: subset.ProcessSelector{PID: 77}}}), sha(t), Options{ProcRoot: root, RootMountID: fakeRoot})
	var re *RegionError
	if !errors.As(err, &re) || re.Name != "mounts" || !strings.Contains(err.Error(), "process 77") {
		t.Fatalf("missing process: %v", err)
	}
	_, err = Collect(context.Background(), manifest(t, subset.Region{Name: "mounts", Mounts: &subset.MountsSpec{Process: subset.ProcessSelector{Comm: "sshd"}}}), sha(t), Options{ProcRoot: root, RootMountID: fakeRoot})
	if err == nil || !strings.Contains(err.Error(), `no process is named "sshd"`) {
		t.Fatalf("unknown comm: %v", err)
	}
}

func TestFileRegions(t *testing.T) {
	dir := t.TempDir()
	data := randomBytes(t, 3<<20+17)
	p := writeFile(t, dir, "blob", data)
	m := manifest(t,
		subset.Region{Name: "whole", File: &subset.FileSpec{Path: p}},
		subset.Region{Name: "ranges", File: &subset.FileSpec{Path: p, Ranges: []subset.FileRange{{Offset: 5, Length: 1 << 20}, {Offset: 3 << 20, Length: 17}}}},
	)
	res, err := Collect(context.Background(), m, sha(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Regions[0].Digest != sha256.Sum256(data) || res.Regions[0].Length != uint64(len(data)) {
		t.Error("whole-file digest is not sha256 of the file")
	}
	concat := append(append([]byte{}, data[5:5+1<<20]...), data[3<<20:]...)
	if res.Regions[1].Digest != sha256.Sum256(concat) || res.Regions[1].Length != uint64(len(concat)) {
		t.Error("ranges digest is not sha256 of the ranges' concatenation")
	}
	if res.Digest != digest.SumBytes(sha(t), SubsetDigestInput(m.ID(), res.Regions)) {
		t.Error("subset digest is not the hash of its documented input")
	}

	for name, tc := range map[string]struct {
		spec subset.FileSpec
		want string
	}{
		"missing":      {subset.FileSpec{Path: filepath.Join(dir, "absent")}, "no such file"},
		"outside":      {subset.FileSpec{Path: p, Ranges: []subset.FileRange{{Offset: uint64(len(data)) - 10, Length: 11}}}, "is outside"},
		"past the end": {subset.FileSpec{Path: p, Ranges: []subset.FileRange{{Offset: uint64(len(data)) + 1, Length: 1}}}, "is outside"},
		"directory":    {subset.FileSpec{Path: dir}, "not a regular file"},
	} {
		spec := tc.spec
		_, err := Collect(context.Background(), manifest(t, subset.Region{Name: "r", File: &spec}), sha(t), Options{})
		var re *RegionError
		if !errors.As(err, &re) || re.Name != "r" || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want a RegionError for r containing %q", name, err, tc.want)
		}
	}
}

// TestChangedWhileRead modifies the file between hashing and the final check: no digest may come out.
func TestChangedWhileRead(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "grows", randomBytes(t, 1<<20))
	testHookAfterHash = func(path string) {
		f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Error(err)
			return
		}
		f.Write([]byte("more"))
		f.Close()
	}
	defer func() { testHookAfterHash = nil }()
	res, err := Collect(context.Background(), manifest(t, subset.Region{Name: "grows", File: &subset.FileSpec{Path: p}}), sha(t), Options{})
	if res != nil || !errors.Is(err, ErrChanged) || !strings.Contains(err.Error(), `"grows"`) {
		t.Fatalf("file grown while read: result %v, error %v; want no result and ErrChanged naming the region", res, err)
	}
	ram := writeFile(t, dir, "ram", make([]byte, 1<<20))
	res, err = Collect(context.Background(), manifest(t, subset.Region{Name: "ram", GuestMemory: &subset.GuestMemSpec{
		Path: ram, Format: subset.FormatMemoryBackendFile, Ranges: []subset.GPARange{{GPA: 0, Length: 4096}}}}), sha(t), Options{})
	if res != nil || !errors.Is(err, ErrChanged) {
		t.Fatalf("guest memory resized while read: %v, %v", res, err)
	}
}

func TestGuestMemory(t *testing.T) {
	dir := t.TempDir()
	ram := randomBytes(t, 64<<10)
	p := writeFile(t, dir, "ram", ram)
	// Two RAM blocks: GPA [0, 32K) at offset 0 and GPA [1M, 1M+32K) at offset 32K.
	mp := []subset.MapEntry{{GPA: 0, Offset: 0, Size: 32 << 10}, {GPA: 1 << 20, Offset: 32 << 10, Size: 32 << 10}}
	m := manifest(t,
		subset.Region{Name: "high", GuestMemory: &subset.GuestMemSpec{Path: p, Format: subset.FormatRawDump, Map: mp, Ranges: []subset.GPARange{{GPA: 1<<20 + 100, Length: 1000}}}},
		subset.Region{Name: "identity", GuestMemory: &subset.GuestMemSpec{Path: p, Format: subset.FormatMemoryBackendFile, Ranges: []subset.GPARange{{GPA: 0x8000, Length: 0x100}}}},
	)
	res, err := Collect(context.Background(), m, sha(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Regions[0].Digest != sha256.Sum256(ram[32<<10+100:32<<10+1100]) {
		t.Error("mapped GPA range did not read the mapped file offset")
	}
	if res.Regions[1].Digest != sha256.Sum256(ram[0x8000:0x8100]) {
		t.Error("identity-mapped GPA range did not read offset = GPA")
	}
	_, err = Collect(context.Background(), manifest(t, subset.Region{Name: "beyond", GuestMemory: &subset.GuestMemSpec{Path: p, Format: subset.FormatRawDump, Ranges: []subset.GPARange{{GPA: 64 << 10, Length: 1}}}}), sha(t), Options{})
	if !errors.Is(err, ErrOutOfRange) || !strings.Contains(err.Error(), `"beyond"`) {
		t.Fatalf("GPA beyond the RAM file: %v", err)
	}
}

// TestProcessMemory reads this test process's own memory through /proc/PID/mem.
func TestProcessMemory(t *testing.T) {
	buf := randomBytes(t, 3*4096+123)
	addr := uint64(uintptr(unsafe.Pointer(&buf[0])))
	m := manifest(t, subset.Region{Name: "buf", ProcessMemory: &subset.ProcessMemory{
		Process: subset.ProcessSelector{PID: os.Getpid()}, Ranges: []subset.AddrRange{{Address: addr, Length: uint64(len(buf))}}}})
	res, err := Collect(context.Background(), m, sha(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Regions[0].Digest != sha256.Sum256(buf) {
		t.Fatal("process memory digest differs from the buffer's hash")
	}
	for name, spec := range map[string]subset.ProcessMemory{
		"unmapped address": {Process: subset.ProcessSelector{PID: os.Getpid()}, Ranges: []subset.AddrRange{{Address: 0x1000, Length: 16}}},
		"no such mapping":  {Process: subset.ProcessSelector{PID: os.Getpid()}, Mapping: &subset.MappingSpec{Path: "/no/such/binary"}},
	} {
		spec := spec
		_, err := Collect(context.Background(), manifest(t, subset.Region{Name: "p", ProcessMemory: &spec}), sha(t), Options{})
		if !errors.Is(err, ErrOutOfRange) || !strings.Contains(err.Error(), `"p"`) {
			t.Errorf("%s: %v, want ErrOutOfRange naming the region", name, err)
		}
	}
	// The test binary's own text, by mapping name: its bytes are the executable's.
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	m = manifest(t, subset.Region{Name: "text", ProcessMemory: &subset.ProcessMemory{
		Process: subset.ProcessSelector{PID: os.Getpid()}, Mapping: &subset.MappingSpec{Path: exe, Perms: "r-xp"}}})
	res, err = Collect(context.Background(), m, sha(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Regions[0].Length == 0 {
		t.Fatal("text mapping has no length")
	}
}

// TestSubsetDigestEncoding rebuilds the documented encoding by hand.
func TestSubsetDigestEncoding(t *testing.T) {
	var id [32]byte
	id[0], id[31] = 0xaa, 0xbb
	regions := []Region{
		{Name: "kernel-image", Kind: subset.KindFile, Length: 0x0102030405060708, Digest: [32]byte{1}},
		{Name: "m", Kind: subset.KindMounts, Length: 3, Digest: [32]byte{31: 2}},
	}
	var want bytes.Buffer
	want.WriteString("vmattest/subset-digest/v1")
	want.Write(id[:])
	want.Write([]byte{0, 0, 0, 2})
	want.Write([]byte{0, 12})
	want.WriteString("kernel-image")
	want.Write([]byte{1, 1, 2, 3, 4, 5, 6, 7, 8})
	want.Write(regions[0].Digest[:])
	want.Write([]byte{0, 1, 'm', 4, 0, 0, 0, 0, 0, 0, 0, 3})
	want.Write(regions[1].Digest[:])
	if got := SubsetDigestInput(id, regions); !bytes.Equal(got, want.Bytes()) {
		t.Fatalf("encoding\n got %x\nwant %x", got, want.Bytes())
	}
	if SubsetDigest(sha(t), id, regions) != sha256.Sum256(want.Bytes()) {
		t.Fatal("subset digest is not the hash of its encoding")
	}
}
