package collect

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/vmattest/vmattest/internal/digest"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/qmp"
	"github.com/vmattest/vmattest/internal/subset"
	"github.com/vmattest/vmattest/internal/testsupport/vmitest"
	"github.com/vmattest/vmattest/internal/vmi"
)

// kernelPauseStructures are the structures of a kernel attestation: text, sys_call_table and idt_table.
var kernelPauseStructures = []string{subset.StructureText, subset.StructureSysCallTable, subset.StructureIDTTable}

// kernelRegions returns guest-kernel regions of g's kernelPauseStructures with the symbol file systemMap,
// naming the QMP socket (none if "").
func kernelRegions(t testing.TB, g *vmitest.Guest, systemMap, socket string) []subset.Region {
	t.Helper()
	data, err := os.ReadFile(systemMap)
	if err != nil {
		t.Fatal(err)
	}
	pin := sha256.Sum256(data)
	var out []subset.Region
	for _, s := range kernelPauseStructures {
		out = append(out, subset.Region{Name: s, GuestKernel: &subset.GuestKernel{
			Path: g.RAMPath, Format: subset.FormatMemoryBackendFile, QMP: socket,
			Symbols: subset.PinnedFile{Path: systemMap, SHA256: hex.EncodeToString(pin[:])}, Structure: s}})
	}
	return out
}

// withTextRelocs returns regions and a copy of their text region named text-unrelocated, with the text
// relocation file of files.
func withTextRelocs(t *testing.T, files vmitest.Files, regions []subset.Region) []subset.Region {
	k := *regions[0].GuestKernel
	k.Relocs = &subset.PinnedFile{}
	path, pin := vmitest.TextRelocs(t, files, vmitest.Symbols(t, files.SystemMap))
	k.Relocs.Path, k.Relocs.SHA256 = path, hex.EncodeToString(pin[:])
	return append(regions, subset.Region{Name: "text-unrelocated", GuestKernel: &k})
}

// TestGuestKernelQMP_sameDigests: guest-kernel regions naming the VM's QMP socket are read in the one pause
// of the VM shared with a guest-memory region, walked from the vCPU's CR3 through QEMU's RAM layout, and give
// the same digests as the regions without a socket (walked from init_top_pgt, the guest paused by hand),
// text with relocations too (normalized after the resume); the guest runs again afterwards.
func TestGuestKernelQMP_sameDigests(t *testing.T) {
	files := vmitest.Fetch(t, true)
	g := vmitest.Boot(t, files, vmitest.Options{})
	plain := manifest(t, withTextRelocs(t, files, kernelRegions(t, g, files.SystemMap, ""))...)
	paused := manifest(t, append(withTextRelocs(t, files, kernelRegions(t, g, files.SystemMap, g.QMP)), subset.Region{Name: "low", GuestMemory: &subset.GuestMemSpec{
		Path: g.RAMPath, Format: subset.FormatMemoryBackendFile, QMP: g.QMP, Ranges: []subset.GPARange{{GPA: 0x1000, Length: 4096}}}})...)
	g.Stop(t)
	want, err := Collect(context.Background(), plain, sha(t), Options{})
	g.Cont(t)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Collect(context.Background(), paused, sha(t), Options{MaxPause: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range plain.Regions {
		if got.Regions[i].Digest != want.Regions[i].Digest {
			t.Errorf("%s: %x with qmp (CR3), %x without (init_top_pgt)", r.Name, got.Regions[i].Digest, want.Regions[i].Digest)
		}
	}
	if len(got.Pauses) != 1 {
		t.Fatalf("pauses %+v, want one", got.Pauses)
	}
	p := got.Pauses[0]
	if !p.Paused || p.QMP != g.QMP || p.Duration <= 0 || strings.Join(p.Regions, ",") != "text,sys_call_table,idt_table,text-unrelocated,low" {
		t.Errorf("pause %+v, want one pause of the four regions", p)
	}
	t.Logf("pause of text (twice) + sys_call_table + idt_table + 4 KiB: %s", p.Duration)
	if !g.Running(t) {
		t.Fatal("the guest was left paused")
	}
}

// TestGuestKernelQMP_decoyKernel: a ring-0 attacker plants a clean decoy kernel with its own page tables
// and hooks the real sys_call_table (vmitest.PlantDecoy). With the real banner hidden, a region without a
// socket walks from the init_top_pgt of guest memory, finds the decoy and reports the clean digest: the
// documented limit (docs/security.md). The same region naming the socket walks from the vCPU's CR3, which
// maps the real, hooked kernel whose banner is hidden: no kernel passes validation and the region is
// refused (vmi.ErrKernelNotFound), never the clean digest. With the real banner left, the CR3 walk reads
// the real kernel, and the hook shows. The guest, found paused, is left paused.
func TestGuestKernelQMP_decoyKernel(t *testing.T) {
	files := vmitest.Fetch(t, true)
	for _, hidden := range []bool{true, false} {
		g := vmitest.Boot(t, files, vmitest.Options{})
		plain := manifest(t, kernelRegions(t, g, files.SystemMap, "")[1])
		withQMP := manifest(t, kernelRegions(t, g, files.SystemMap, g.QMP)[1])
		g.Stop(t)
		clean, err := Collect(context.Background(), plain, sha(t), Options{})
		if err != nil {
			t.Fatal(err)
		}
		k, _ := vmitest.Locate(t, g, files.SystemMap)
		vmitest.PlantDecoy(t, g, k, g.CR3(t), hidden)
		res, err := Collect(context.Background(), withQMP, sha(t), Options{})
		if hidden {
			fooled, ferr := Collect(context.Background(), plain, sha(t), Options{})
			if ferr != nil || fooled.Digest != clean.Digest {
				t.Errorf("banner hidden, without qmp: %v, digest equal to the clean one: %v; want the decoy's clean digest (the documented limit)", ferr, ferr == nil && fooled.Digest == clean.Digest)
			}
			if !errors.Is(err, vmi.ErrKernelNotFound) || !strings.Contains(err.Error(), `region 0 ("sys_call_table"`) || !strings.Contains(err.Error(), "CR3") {
				t.Errorf("banner hidden, with qmp: %+v, %v; want ErrKernelNotFound naming the region and the CR3 walk", res, err)
			}
		} else if err != nil || res.Regions[0].Digest == clean.Regions[0].Digest {
			t.Errorf("banner left, with qmp: %v, clean digest reported: %v; want the real, hooked table read", err, err == nil)
		}
		if g.Running(t) {
			t.Fatal("a guest found paused was resumed")
		}
	}
}

// BenchmarkGuestKernelPause measures the pause of the real guest (QMP stop to cont acknowledged) while
// vmattest reads its kernel text, sys_call_table and idt_table through its QMP socket: the vCPU's
// registers, the kernel's location and validation, the page walks and the copies; the hashes follow the
// resume. It reports the pause's p50 and p99 (docs/benchmarks.md).
func BenchmarkGuestKernelPause(b *testing.B) {
	files := vmitest.Fetch(b, true)
	g := vmitest.Boot(b, files, vmitest.Options{})
	m := &subset.Manifest{Schema: subset.Schema, Name: "bench", Version: "1", Regions: kernelRegions(b, g, files.SystemMap, g.QMP)}
	benchPauses(b, m, benchAlg(b, protocol.HashSHA256))
}

// TestGuestKernelQMP_everyVCPU: on a guest with two vCPUs, guest-kernel regions naming the socket give the
// digests of the plain walk, every vCPU's page tables mapping the structures alike. Then a ring-0 attacker
// shows vCPU 0 a clean decoy kernel (its top table's kernel entry pointed at the decoy's tables) while
// vCPU 1 still runs the real one, whose sys_call_table is hooked: reading vCPU 0's view alone would report
// the clean digest; the region is refused (vmi.ErrMappingDiffers), naming both vCPUs.
func TestGuestKernelQMP_everyVCPU(t *testing.T) {
	files := vmitest.Fetch(t, true)
	g := vmitest.Boot(t, files, vmitest.Options{CPUs: 2})
	plain := manifest(t, kernelRegions(t, g, files.SystemMap, "")...)
	withQMP := manifest(t, kernelRegions(t, g, files.SystemMap, g.QMP)...)
	got, err := Collect(context.Background(), withQMP, sha(t), Options{MaxPause: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	g.Stop(t)
	want, err := Collect(context.Background(), plain, sha(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range plain.Regions {
		if got.Regions[i].Digest != want.Regions[i].Digest {
			t.Errorf("%s: %x with qmp (both vCPUs' CR3), %x without (init_top_pgt)", r.Name, got.Regions[i].Digest, want.Regions[i].Digest)
		}
	}
	roots := g.Roots(t)
	if len(roots) != 2 {
		t.Fatalf("roots %#x, want two vCPUs", roots)
	}
	if roots[0] == roots[1] {
		// Both vCPUs idle on one mm: the attack needs a top table of vCPU 0's own.
		t.Skipf("skipped the decoy step: both vCPUs use the top table at %#x at this pause, so none can be shown a decoy alone", roots[0])
	}
	k, _ := vmitest.Locate(t, g, files.SystemMap)
	decoy := vmitest.PlantDecoy(t, g, k, roots[1], false)
	vmitest.ShowDecoy(t, g, k, decoy, roots[0])
	syscalls := manifest(t, kernelRegions(t, g, files.SystemMap, g.QMP)[1])
	res, err := Collect(context.Background(), syscalls, sha(t), Options{})
	if !errors.Is(err, vmi.ErrMappingDiffers) || !strings.Contains(err.Error(), `region 0 ("sys_call_table"`) || !strings.Contains(err.Error(), "vCPU 1") {
		t.Fatalf("decoy on vCPU 0: %+v, %v; want ErrMappingDiffers naming the region and vCPU 1", res, err)
	}
	if g.Running(t) {
		t.Fatal("a guest found paused was resumed")
	}
}

// TestGuestKernelQMP_PTIUserRoot: under page-table isolation (the guest booted with pti=on) a vCPU paused
// in user mode has the user half of its PTI pair in CR3 (bit 12 set), whose tables map almost none of the
// kernel: walking from it finds no kernel (checked), and the region walks from the kernel half, the page
// below, giving the digest of the plain walk.
func TestGuestKernelQMP_PTIUserRoot(t *testing.T) {
	files := vmitest.Fetch(t, true)
	g := vmitest.Boot(t, files, vmitest.Options{Append: "pti=on"})
	g.Stop(t)
	spec := kernelRegions(t, g, files.SystemMap, "")[1]
	want, err := Collect(context.Background(), manifest(t, spec), sha(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	// vCPU 0 may be paused in the kernel (CR3: the kernel half) or in user mode (the user half): either
	// way, the user half of its pair is the page above the kernel half.
	user := g.Roots(t)[0] | ptiUserTable
	kp, err := planGuestKernel(spec.GuestKernel)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(g.RAMPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	phys := kernelPhysical(f, int64(g.RAMSize), nil)
	if _, err := vmi.Locate(phys, kp.syms, vmi.LocateOptions{Root: user, Levels: 4}); !errors.Is(err, vmi.ErrKernelNotFound) {
		t.Fatalf("walk from the user half %#x: %v, want ErrKernelNotFound (is PTI on?)", user, err)
	}
	p := &pausedRegion{name: spec.Name, f: f, kernel: kp, phys: phys, buf: make([]byte, kp.ext.Length)}
	in := &pauseState{regs: []qmp.Registers{{CR3: user, CR4: 0x6f0, EFER: 0xd01}}, located: map[locateKey]*vmi.Kernel{}}
	if err := p.readKernel(in); err != nil {
		t.Fatal(err)
	}
	if err := kp.finish(p.buf); err != nil {
		t.Fatal(err)
	}
	if got := digest.SumBytes(sha(t), p.buf); got != want.Regions[0].Digest {
		t.Fatalf("from the user half: %x, plain walk: %x", got, want.Regions[0].Digest)
	}
}
