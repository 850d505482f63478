package test

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vmattest/vmattest/internal/testsupport/vmitest"
	"github.com/vmattest/vmattest/internal/vmi"
)

// kernelStructures are the regions of the guest-kernel manifest of these tests, by name.
var kernelStructures = []struct{ name, selector string }{
	{"text", "structure: text"},
	{"rodata", "structure: rodata"},
	{"syscalls", "structure: sys_call_table"},
	{"idt", "structure: idt_table"},
	{"banner", "symbol: linux_banner\n      length: 64"},
	{"syscall-head", "from: __start_rodata\n      to: sys_call_table"},
	{"text-unrelocated", "structure: text\n      relocs: RELOCS"},
}

// stableStructures are those whose digests docs/subsets.md says are equal across boots with KASLR on.
var stableStructures = map[string]bool{"syscalls": true, "idt": true, "banner": true, "syscall-head": true, "text-unrelocated": true}

// textRelocs is the relocs entry of the text relocation file that `vmattest kernel relocs` writes for the
// running test.
var textRelocs string

// kernelManifest writes a guest-kernel manifest of the structures over ram, with symbols pinned by pin;
// regions that need the relocation file are left out until it is written (writeTextRelocs).
func kernelManifest(t *testing.T, ram, symbols, pin, banner string, structures ...string) string {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "name: guest-kernel\nversion: \"1\"\nregions:\n")
	for _, s := range kernelStructures {
		if (len(structures) > 0 && !contains(structures, s.name)) || (strings.Contains(s.selector, "RELOCS") && textRelocs == "") {
			continue
		}
		fmt.Fprintf(&b, "  - name: %s\n    guest-kernel:\n      path: %s\n      format: memory-backend-file\n      symbols: {path: %s, sha256: %s}\n", s.name, ram, symbols, pin)
		if banner != "" {
			fmt.Fprintf(&b, "      banner: %q\n", banner)
		}
		fmt.Fprintf(&b, "      %s\n", strings.Replace(s.selector, "RELOCS", textRelocs, 1))
	}
	path := filepath.Join(t.TempDir(), "kernel.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func fileSHA256(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := sha256.Sum256(data)
	return hex.EncodeToString(s[:])
}

// kernelDigests hashes the guest's kernel structures while the guest is paused, and resumes it.
func kernelDigests(t *testing.T, g *vmitest.Guest, manifest string) map[string]string {
	t.Helper()
	g.Stop(t)
	defer g.Cont(t)
	out := runDigest(t, "--alg", "sha256", "--subset", manifest)
	got := map[string]string{}
	for _, r := range out.Regions {
		got[r.Name] = r.Digest
	}
	return got
}

// TestGuestKernel_twoBoots_stableDigests boots the same kernel twice with KASLR on: every structure that
// docs/subsets.md calls stable has the same digest in both boots, though the kernel moved.
func TestGuestKernel_twoBoots_stableDigests(t *testing.T) {
	files := vmitest.Fetch(t, true)
	pin := fileSHA256(t, files.SystemMap)
	writeTextRelocs(t, files)
	var digests [2]map[string]string
	var slides [2]uint64
	for i := range digests {
		g := vmitest.Boot(t, files, vmitest.Options{})
		digests[i] = kernelDigests(t, g, kernelManifest(t, g.RAMPath, files.SystemMap, pin, ""))
		slides[i] = g.Kallsyms["_text"]
	}
	if slides[0] == slides[1] {
		t.Logf("both boots chose _text at %#x: the test shows less than it could this run", slides[0])
	}
	for _, s := range kernelStructures {
		same := digests[0][s.name] == digests[1][s.name]
		if stableStructures[s.name] && !same {
			t.Errorf("%s: boot 1 %s, boot 2 %s (slides %#x, %#x): documented as stable", s.name, digests[0][s.name], digests[1][s.name], slides[0], slides[1])
		}
		t.Logf("%s: stable across boots: %v", s.name, same)
	}
}

// TestGuestKernel_rootkit: with the guest paused, a simulated rootkit overwrites one sys_call_table entry,
// one IDT gate and one byte of kernel text through the RAM file: each time exactly the structures that
// hold the byte change (sys_call_table lies inside rodata; text is hashed raw and unrelocated). Bad inputs
// are errors that name the region.
func TestGuestKernel_rootkit(t *testing.T) {
	files := vmitest.Fetch(t, true)
	pin := fileSHA256(t, files.SystemMap)
	writeTextRelocs(t, files)
	g := vmitest.Boot(t, files, vmitest.Options{})
	manifest := kernelManifest(t, g.RAMPath, files.SystemMap, pin, "")
	ram, physOf := openRAM(t, g, files.SystemMap)
	data, err := os.ReadFile(files.SystemMap)
	if err != nil {
		t.Fatal(err)
	}
	before := kernelDigests(t, g, manifest)
	for _, step := range []struct {
		what    string
		at      int64
		patch   func(old []byte) []byte
		changed []string
	}{
		{"hook sys_call_table[0] (read) to sys_call_table[1]'s handler", physOf("sys_call_table", 0), func(old []byte) []byte {
			var b [8]byte
			if _, err := ram.ReadAt(b[:], physOf("sys_call_table", 8)); err != nil {
				t.Fatal(err)
			}
			return b[:]
		}, []string{"syscalls", "rodata"}},
		{"move IDT gate 14 (page fault) by 16 bytes", physOf("idt_table", 14*16), func(old []byte) []byte {
			off := binary.LittleEndian.Uint16(old) + 16
			return binary.LittleEndian.AppendUint16(nil, off)
		}, []string{"idt"}},
		{"patch one byte of kernel text", physOf("_text", 0x1234), func(old []byte) []byte {
			return []byte{old[0] ^ 0xff}
		}, []string{"text", "text-unrelocated"}},
	} {
		g.Stop(t)
		old := make([]byte, 8)
		if _, err := ram.ReadAt(old, step.at); err != nil {
			t.Fatal(err)
		}
		if _, err := ram.WriteAt(step.patch(old), step.at); err != nil {
			t.Fatal(err)
		}
		after := runDigest(t, "--alg", "sha256", "--subset", manifest)
		g.Cont(t)
		var changed []string
		for _, r := range after.Regions {
			if r.Digest != before[r.Name] {
				changed = append(changed, r.Name)
			}
			before[r.Name] = r.Digest
		}
		if strings.Join(changed, ",") != strings.Join(sortedLike(step.changed), ",") {
			t.Errorf("%s: changed %v, want exactly %v", step.what, changed, step.changed)
		}
	}

	// Bad input: each a clear error naming the region.
	other := filepath.Join(t.TempDir(), "System.map")
	if err := os.WriteFile(other, append(data, "ffffffff81000000 T extra\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	noSymbol := kernelManifest(t, g.RAMPath, files.SystemMap, pin, "", "banner")
	doc, err := os.ReadFile(noSymbol)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(noSymbol, []byte(strings.Replace(string(doc), "symbol: linux_banner", "symbol: no_such_symbol", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		what, manifest string
		want           []string
	}{
		{"missing symbol file", kernelManifest(t, g.RAMPath, "/nonexistent/System.map", pin, "", "syscalls"), []string{`"syscalls"`, "bad symbol file", "no such file"}},
		{"SHA-256 mismatch", kernelManifest(t, g.RAMPath, other, pin, "", "idt"), []string{`"idt"`, "bad symbol file", "SHA-256"}},
		{"banner mismatch", kernelManifest(t, g.RAMPath, files.SystemMap, pin, "Linux version 5.10", "text"), []string{`"text"`, "banner does not match", "Linux version 5.10"}},
		{"symbol not in the file", noSymbol, []string{`"banner"`, "symbol not in the symbol file", "no_such_symbol"}},
	} {
		msg := runDigestErr(t, "--subset", c.manifest)
		for _, w := range c.want {
			if !strings.Contains(msg, w) {
				t.Errorf("%s: error %q lacks %q", c.what, msg, w)
			}
		}
	}
}

// openRAM opens the booted guest's RAM file for writing (closed at the test's end), locates its kernel with
// the symbol file, and returns the file and physOf, which resolves a link-time symbol + offset to its
// guest-physical address (the RAM file's offset).
func openRAM(t *testing.T, g *vmitest.Guest, symbols string) (*os.File, func(name string, off uint64) int64) {
	t.Helper()
	ram, err := os.OpenFile(g.RAMPath, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ram.Close() })
	syms := vmitest.Symbols(t, symbols)
	k, err := vmi.Locate(vmi.NewPhysical(ram, g.RAMSize, nil), syms, vmi.LocateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return ram, func(name string, off uint64) int64 {
		a, err := syms.Lookup(name)
		if err != nil {
			t.Fatal(err)
		}
		pa, _, err := k.VM.Translate(a + k.Slide + off)
		if err != nil {
			t.Fatal(err)
		}
		return int64(pa)
	}
}

// sortedLike orders names as kernelStructures does (the manifest's region order).
func sortedLike(names []string) []string {
	var out []string
	for _, s := range kernelStructures {
		if contains(names, s.name) {
			out = append(out, s.name)
		}
	}
	return out
}

// TestGuestKernel_offlineGolden: `vmattest kernel golden` computes, from the -dbg package's vmlinux alone,
// the subset digest that a booted clean guest (KASLR on, QEMU TCG) reports for the offline-computable
// structures, idt_table included (its 256 gates replayed from the image's idt_data tables); kernel text,
// patched at boot, is refused by name. Under attack: a gate hooked in the booted guest makes its digest
// differ from the offline golden, and so does a golden computed for another platform (KVM's async page
// fault gate), which is an explicit input, never guessed.
func TestGuestKernel_offlineGolden(t *testing.T) {
	files := vmitest.Fetch(t, true)
	pin := fileSHA256(t, files.SystemMap)
	banner := runVmattest(t, "kernel", "banner", "--vmlinux", files.Vmlinux, "--symbols", files.SystemMap)
	if !strings.Contains(banner, pin) || !strings.Contains(banner, "Linux version ") {
		t.Fatalf("kernel banner printed %q", banner)
	}
	g := vmitest.Boot(t, files, vmitest.Options{})
	manifest := kernelManifest(t, g.RAMPath, files.SystemMap, pin, "Linux version 6.", "syscalls", "idt", "banner", "syscall-head")
	golden := kernelGolden(t, files, manifest)
	g.Stop(t)
	live := runDigest(t, "--alg", "sha256", "--subset", manifest)
	g.Cont(t)
	if golden.SubsetDigest != live.SubsetDigest || golden.SubsetID != live.SubsetID {
		t.Errorf("offline golden %s (subset %s), the booted guest %s (subset %s)", golden.SubsetDigest, golden.SubsetID, live.SubsetDigest, live.SubsetID)
	}
	if len(golden.Regions) != 4 || len(live.Regions) != 4 {
		t.Fatalf("regions: offline %+v, guest %+v; want syscalls, idt, banner, syscall-head", golden.Regions, live.Regions)
	}
	for i := range live.Regions {
		if golden.Regions[i] != live.Regions[i] {
			t.Errorf("region %s: offline %+v, guest %+v", live.Regions[i].Name, golden.Regions[i], live.Regions[i])
		}
	}

	// The platform is an input: KVM's gate at HYPERVISOR_CALLBACK_VECTOR is not this TCG guest's.
	kvm := kernelGolden(t, files, manifest, "--platform", "kvm")
	if kvm.Regions[1].Digest == golden.Regions[1].Digest || kvm.Regions[0] != golden.Regions[0] {
		t.Errorf("--platform kvm: idt %s, syscalls %s; tcg: idt %s, syscalls %s: want only idt to differ",
			kvm.Regions[1].Digest, kvm.Regions[0].Digest, golden.Regions[1].Digest, golden.Regions[0].Digest)
	}
	if same := kernelGolden(t, files, manifest, "--platform", "kvm", "--idt-gate", "0xed=asm_sysvec_hyperv_stimer0"); same.Regions[1] == kvm.Regions[1] {
		t.Error("--idt-gate changes nothing")
	}

	// A rootkit's hook: IDT gate 14 (page fault) moved 16 bytes into the handler, in the booted guest.
	ram, physOf := openRAM(t, g, files.SystemMap)
	at := physOf("idt_table", 14*16)
	g.Stop(t)
	old := make([]byte, 2)
	if _, err := ram.ReadAt(old, at); err != nil {
		t.Fatal(err)
	}
	if _, err := ram.WriteAt(binary.LittleEndian.AppendUint16(nil, binary.LittleEndian.Uint16(old)+16), at); err != nil {
		t.Fatal(err)
	}
	hooked := runDigest(t, "--alg", "sha256", "--subset", manifest)
	_, err := ram.WriteAt(old, at)
	g.Cont(t)
	if err != nil {
		t.Fatal(err)
	}
	if hooked.SubsetDigest == golden.SubsetDigest || hooked.Regions[1].Digest == golden.Regions[1].Digest || hooked.Regions[0] != golden.Regions[0] {
		t.Errorf("hooked gate 14: subset %s, idt %s; the offline golden subset %s, idt %s: want the idt and the subset to differ, only them",
			hooked.SubsetDigest, hooked.Regions[1].Digest, golden.SubsetDigest, golden.Regions[1].Digest)
	}

	out, err := exec.Command(vmattestBin, "kernel", "golden", "--subset", kernelManifest(t, g.RAMPath, files.SystemMap, pin, "", "text"), "--vmlinux", files.Vmlinux).CombinedOutput()
	if err == nil || !strings.Contains(string(out), `"text"`) || !strings.Contains(string(out), "no offline digest") {
		t.Errorf("kernel golden of text: %v, %q; want an error naming the region", err, out)
	}
	for _, bad := range [][]string{{"--platform", "xen"}, {"--idt-gate", "0x20=asm_sysvec_hyperv_stimer0"}, {"--idt-gate", "0xed=no_such_handler"}, {"--idt-gate", "0xec=asm_sysvec_hyperv_stimer0"}} {
		args := append([]string{"kernel", "golden", "--subset", manifest, "--vmlinux", files.Vmlinux}, bad...)
		if out, err := exec.Command(vmattestBin, args...).CombinedOutput(); err == nil {
			t.Errorf("kernel golden %v: %q; want an error", bad, out)
		}
	}
}

// kernelGolden runs `vmattest kernel golden` (SHA-256) on the manifest with the build's vmlinux.
func kernelGolden(t *testing.T, files vmitest.Files, manifest string, args ...string) digestOutput {
	t.Helper()
	var out digestOutput
	args = append([]string{"kernel", "golden", "--alg", "sha256", "--json", "--subset", manifest, "--vmlinux", files.Vmlinux}, args...)
	if err := json.Unmarshal([]byte(runVmattest(t, args...)), &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// runVmattest runs the vmattest binary and returns its standard output.
func runVmattest(t *testing.T, args ...string) string {
	t.Helper()
	var out, errOut strings.Builder
	cmd := exec.Command(vmattestBin, args...)
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("vmattest %v: %v\n%s", args, err, errOut.String())
	}
	return out.String()
}

// writeTextRelocs writes the build's text relocation file with `vmattest kernel relocs` for this test.
func writeTextRelocs(t *testing.T, files vmitest.Files) {
	t.Helper()
	out := runVmattest(t, "kernel", "relocs", "--vmlinux", files.Vmlinux, "--symbols", files.SystemMap, "--structure", "text", "--out", filepath.Join(t.TempDir(), "text.relocs"))
	entry, ok := strings.CutPrefix(strings.TrimSpace(out), "relocs: ")
	if !ok {
		t.Fatalf("kernel relocs printed %q", out)
	}
	textRelocs = entry
	t.Cleanup(func() { textRelocs = "" })
}
