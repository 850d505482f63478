package vmi_test

import (
	"errors"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/vmattest/vmattest/internal/testsupport/vmitest"
	"github.com/vmattest/vmattest/internal/vmi"
)

// openGuest locates the kernel of a booted guest from its RAM file and the build's System.map.
func openGuest(t *testing.T, g *vmitest.Guest, mapPath string) (*vmi.Kernel, *vmi.Physical) {
	return vmitest.Locate(t, g, mapPath)
}

var gva2gpa = regexp.MustCompile(`gpa: (0x[0-9a-f]+)`)

// TestLocate_realGuest boots the Debian cloud kernel with KASLR on, finds its slide from RAM alone, and
// cross-checks it against the guest's own /proc/kallsyms (read over its serial console) and the page walk
// against QEMU's gva2gpa.
func TestLocate_realGuest(t *testing.T) {
	files := vmitest.Fetch(t, true)
	g := vmitest.Boot(t, files, vmitest.Options{})
	k, phys := openGuest(t, g, files.SystemMap)
	if !strings.HasPrefix(k.Banner, "Linux version ") {
		t.Errorf("banner %q", k.Banner)
	}
	if k.Slide == 0 {
		t.Log("KASLR chose slide 0 this boot (possible, rare)")
	}
	for name, runtime := range g.Kallsyms {
		link, err := k.Syms.Lookup(name)
		if err != nil {
			t.Fatal(err)
		}
		if link+k.Slide != runtime {
			t.Errorf("%s: System.map %#x + slide %#x = %#x, the guest's /proc/kallsyms says %#x", name, link, k.Slide, link+k.Slide, runtime)
		}
		// Cross-check the page walk with QEMU's own.
		va := link + k.Slide
		pa, _, err := k.VM.Translate(va)
		if err != nil {
			t.Fatalf("Translate(%s %#x): %v", name, va, err)
		}
		out, err := g.HMP("gva2gpa " + strconv.FormatUint(va, 10))
		if err != nil {
			t.Fatal(err)
		}
		m := gva2gpa.FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("gva2gpa %s: %q", name, out)
		}
		if want, _ := strconv.ParseUint(m[1], 0, 64); want != pa {
			t.Errorf("%s at %#x: our walk gives %#x, QEMU's gva2gpa %#x", name, va, pa, want)
		}
	}
	if len(g.Kallsyms) < 8 {
		t.Fatalf("the guest printed %d anchors: %v", len(g.Kallsyms), g.Kallsyms)
	}
	// The same slide from the CPU's CR3 (HMP info registers) as from init_top_pgt.
	cr3 := g.CR3(t)
	k2, err := vmi.Locate(phys, k.Syms, vmi.LocateOptions{Root: cr3})
	if err != nil {
		t.Fatalf("Locate from CR3 %#x: %v", cr3, err)
	}
	if k2.Slide != k.Slide || k2.PhysLoad != k.PhysLoad {
		t.Errorf("from CR3: slide %#x load %#x; from init_top_pgt: slide %#x load %#x", k2.Slide, k2.PhysLoad, k.Slide, k.PhysLoad)
	}
	// Confirm finds the same kernel from the CR3 without a scan, and refuses a hint that is not the kernel.
	k3, err := vmi.Confirm(phys, k, vmi.LocateOptions{Root: cr3})
	if err != nil || k3.Slide != k.Slide || k3.PhysLoad != k.PhysLoad || k3.VM.Root != cr3 {
		t.Fatalf("Confirm from CR3: %+v, %v", k3, err)
	}
	for name, bad := range map[string]vmi.Kernel{
		"moved image":  {Syms: k.Syms, VM: k.VM, PhysLoad: k.PhysLoad + 2<<20, Slide: k.Slide, Banner: k.Banner},
		"other slide":  {Syms: k.Syms, VM: k.VM, PhysLoad: k.PhysLoad, Slide: k.Slide + 2<<20, Banner: k.Banner},
		"other banner": {Syms: k.Syms, VM: k.VM, PhysLoad: k.PhysLoad, Slide: k.Slide, Banner: k.Banner + "x"},
	} {
		if got, err := vmi.Confirm(phys, &bad, vmi.LocateOptions{Root: cr3}); !errors.Is(err, vmi.ErrKernelNotFound) {
			t.Errorf("Confirm of a hint with a %s: %+v, %v; want ErrKernelNotFound", name, got, err)
		}
	}
	if got, err := vmi.Confirm(phys, k, vmi.LocateOptions{Root: cr3, Banner: "Linux version 0.01"}); !errors.Is(err, vmi.ErrBannerMismatch) {
		t.Errorf("Confirm with another build's banner: %+v, %v; want ErrBannerMismatch", got, err)
	}
}

// TestSymbols_nokaslrKallsyms: the /proc/kallsyms of the kernel booted with nokaslr is a symbol file of the
// same build: its anchors equal the System.map's of the -dbg package.
func TestSymbols_nokaslrKallsyms(t *testing.T) {
	files := vmitest.Fetch(t, true)
	g := vmitest.Boot(t, files, vmitest.Options{Append: "nokaslr", DumpSyms: true})
	fromGuest, err := vmi.ParseSymbols(strings.NewReader(g.AllSyms))
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(files.SystemMap)
	if err != nil {
		t.Fatal(err)
	}
	fromMap, err := vmi.ParseSymbols(strings.NewReader(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"_text", "_etext", "sys_call_table", "idt_table", "linux_banner", "init_top_pgt", "__start_rodata", "__end_rodata"} {
		a, err1 := fromGuest.Lookup(name)
		b, err2 := fromMap.Lookup(name)
		if err1 != nil || err2 != nil || a != b {
			t.Errorf("%s: kallsyms %#x (%v), System.map %#x (%v)", name, a, err1, b, err2)
		}
	}
	k, _ := openGuest(t, g, files.SystemMap)
	if k.Slide != 0 {
		t.Errorf("nokaslr guest located at slide %#x", k.Slide)
	}
}

// TestLocate_fiveLevelGuest boots the kernel on a CPU with LA57: its page tables have five levels, and
// the kernel is located through them with the same validation, and found by default (4, then 5 levels).
func TestLocate_fiveLevelGuest(t *testing.T) {
	files := vmitest.Fetch(t, true)
	g := vmitest.Boot(t, files, vmitest.Options{CPU: "qemu64,+la57"})
	syms := vmitest.Symbols(t, files.SystemMap)
	f, err := os.Open(g.RAMPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	phys := vmi.NewPhysical(f, g.RAMSize, nil)
	if _, err := vmi.Locate(phys, syms, vmi.LocateOptions{Levels: 4}); !errors.Is(err, vmi.ErrKernelNotFound) {
		t.Errorf("a 4-level walk of a 5-level guest: %v, want ErrKernelNotFound", err)
	}
	link, err := syms.Lookup("_text")
	if err != nil {
		t.Fatal(err)
	}
	for _, levels := range []int{5, 0} {
		k, err := vmi.Locate(phys, syms, vmi.LocateOptions{Levels: levels})
		if err != nil {
			t.Fatalf("Levels %d: %v", levels, err)
		}
		if got, want := k.Slide, g.Kallsyms["_text"]-link; got != want {
			t.Errorf("Levels %d: slide %#x, the guest's kallsyms says %#x", levels, got, want)
		}
	}
}

// TestLocate_decoyKernel: a ring-0 attacker copies the clean kernel image elsewhere with page tables of
// its own that map the copy, hides the real image's banner and hooks the real sys_call_table
// (vmitest.PlantDecoy). Walked from the kernel's own init_top_pgt (guest memory the attacker controls) the
// decoy is what vmattest finds: the documented limit of a root taken from guest memory. Walked from the CR3
// that QEMU reports for the vCPU, the decoy is refused: ErrKernelNotFound, never the decoy's clean digest.
func TestLocate_decoyKernel(t *testing.T) {
	files := vmitest.Fetch(t, true)
	g := vmitest.Boot(t, files, vmitest.Options{})
	k, _ := openGuest(t, g, files.SystemMap)
	g.Stop(t)
	cr3 := g.CR3(t)
	decoy := vmitest.PlantDecoy(t, g, k, cr3, true)
	ram, err := os.Open(g.RAMPath)
	if err != nil {
		t.Fatal(err)
	}
	defer ram.Close()
	phys := vmi.NewPhysical(ram, g.RAMSize, nil)
	if got, err := vmi.Locate(phys, k.Syms, vmi.LocateOptions{}); err != nil || got.PhysLoad != decoy {
		t.Errorf("from init_top_pgt: %v, %v; want the decoy at %#x (the limit this test documents)", got, err, decoy)
	}
	if got, err := vmi.Locate(phys, k.Syms, vmi.LocateOptions{Root: cr3}); !errors.Is(err, vmi.ErrKernelNotFound) {
		t.Errorf("from the vCPU's CR3 %#x: %+v, %v; want ErrKernelNotFound", cr3, got, err)
	}
}
