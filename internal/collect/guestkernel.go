package collect

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/vmattest/vmattest/internal/digest"
	"github.com/vmattest/vmattest/internal/subset"
	"github.com/vmattest/vmattest/internal/vmi"
)

// kernelPlan is what a guest-kernel region needs before its guest memory is read: the pinned symbol file,
// the structure's extent, and the relocation file if any. It is prepared before any pause.
type kernelPlan struct {
	spec   *subset.GuestKernel
	syms   *vmi.Symbols
	ext    vmi.Extent
	relocs *vmi.Relocs
	// slide is the KASLR slide found when the structure was read.
	slide uint64
}

// planGuestKernel loads and checks the symbol file and the relocation file of spec and resolves its
// structure.
func planGuestKernel(spec *subset.GuestKernel) (*kernelPlan, error) {
	syms, err := vmi.LoadSymbols(spec.Symbols.Path, spec.Symbols.SHA256Bytes())
	if err != nil {
		return nil, fmt.Errorf("symbols: %w", err)
	}
	sel := vmi.Selector{Structure: spec.Structure, Symbol: spec.Symbol, Length: spec.Length, From: spec.From, To: spec.To}
	ext, err := sel.Resolve(syms)
	if err != nil {
		return nil, fmt.Errorf("structure: %w", err)
	}
	kp := &kernelPlan{spec: spec, syms: syms, ext: ext}
	if pin := spec.Relocs; pin != nil {
		if kp.relocs, err = vmi.LoadRelocs(pin.Path, pin.SHA256Bytes()); err != nil {
			return nil, fmt.Errorf("relocs: %w", err)
		}
		if r := kp.relocs; r.Start != ext.Start || r.Length != ext.Length {
			return nil, fmt.Errorf("relocs: %w: %s covers [%#x, +%#x), the structure is [%#x, +%#x)", vmi.ErrSymbolFile, pin.Path, r.Start, r.Length, ext.Start, ext.Length)
		}
	}
	return kp, nil
}

// locate returns the kernel in phys as the page tables at one of roots show it (0: the kernel's own
// init_top_pgt), with levels: hint, a kernel located earlier in the same memory, is first confirmed where it
// was (vmi.Confirm, no scan) through each root in turn; without one, or when it no longer holds, the kernel
// is located (vmi.Locate) through each root in turn. The error is the first root's.
func (kp *kernelPlan) locate(phys *vmi.Physical, roots []uint64, levels int, hint *vmi.Kernel) (*vmi.Kernel, error) {
	opt := vmi.LocateOptions{Levels: levels, Banner: kp.spec.Banner}
	if hint != nil {
		for _, root := range roots {
			opt.Root = root
			if k, err := vmi.Confirm(phys, hint, opt); err == nil {
				return k, nil
			}
		}
	}
	var first error
	for _, root := range roots {
		opt.Root = root
		k, err := vmi.Locate(phys, kp.syms, opt)
		if err == nil {
			return k, nil
		}
		if first == nil {
			first = err
		}
		if !errors.Is(err, vmi.ErrKernelNotFound) {
			break
		}
	}
	return nil, fmt.Errorf("guest memory %s: %w", kp.spec.Path, first)
}

// read copies the structure's raw bytes, as k's page tables map them, into buf, which must hold ext.Length
// bytes, and keeps k's slide for finish. This and locating are the parts of a guest-kernel region that read
// guest memory: the parts done inside a pause.
func (kp *kernelPlan) read(k *vmi.Kernel, buf []byte) error {
	if err := k.VM.Read(kp.ext.Start+k.Slide, buf); err != nil {
		return fmt.Errorf("failed to read the structure at %#x (slide %#x): %w", kp.ext.Start+k.Slide, k.Slide, err)
	}
	kp.slide = k.Slide
	return nil
}

// hintKey is what a located kernel depends on besides the page-table root: the RAM file, the symbol file,
// the expected banner and the paging levels.
type hintKey struct {
	ram     string
	symbols [32]byte
	banner  string
	levels  int
}

// locateKey is what a located kernel depends on within one pause: its hintKey and the page-table root.
type locateKey struct {
	hintKey
	root uint64
}

// finish makes the structure's bytes, read at slide, independent of the slide: kernel pointers normalized,
// relocated sites returned to their link-time values (docs/subsets.md). It reads no guest memory.
func (kp *kernelPlan) finish(b []byte) error {
	vmi.Normalize(b, kp.ext.Norm, kp.slide)
	if kp.relocs != nil {
		if err := vmi.Unrelocate(b, kp.relocs.Sites, kp.slide); err != nil {
			return fmt.Errorf("relocs: %w", err)
		}
	}
	return nil
}

// collectGuestKernel hashes one structure of a guest's Linux kernel read from its RAM file, for a region
// that names no QMP socket: it loads the pinned symbol file, locates the kernel (KASLR slide, validated)
// walking the page tables from the kernel's own init_top_pgt, reads the structure and normalizes it
// (docs/subsets.md). The guest runs while it is read unless it is paused: structures that the kernel writes
// may then mix two states. A region naming its VM's QMP socket is read in the VM's pause instead
// (readPausedGuest), from the vCPU's CR3.
func collectGuestKernel(ctx context.Context, spec *subset.GuestKernel, alg digest.Algorithm) (Region, error) {
	if err := ctx.Err(); err != nil {
		return Region{}, err
	}
	kp, err := planGuestKernel(spec)
	if err != nil {
		return Region{}, err
	}
	f, err := os.Open(spec.Path)
	if err != nil {
		return Region{}, fmt.Errorf("failed to open guest memory: %w", err)
	}
	defer f.Close()
	st, err := statFile(f)
	if err != nil {
		return Region{}, err
	}
	k, err := kp.locate(kernelPhysical(f, st.size, spec.Map), []uint64{0}, spec.Paging, nil)
	if err != nil {
		return Region{}, err
	}
	b := make([]byte, kp.ext.Length)
	if err := kp.read(k, b); err != nil {
		return Region{}, err
	}
	if err := kp.finish(b); err != nil {
		return Region{}, err
	}
	return Region{Length: uint64(len(b)), Digest: digest.SumBytes(alg, b)}, nil
}

// kernelPhysical is the guest-physical layer of a RAM file of size bytes through entries (none: identity).
func kernelPhysical(f *os.File, size int64, entries []subset.MapEntry) *vmi.Physical {
	ranges := make([]vmi.RAMRange, len(entries))
	for i, e := range entries {
		ranges[i] = vmi.RAMRange{GPA: e.GPA, Offset: e.Offset, Size: e.Size}
	}
	return vmi.NewPhysical(f, uint64(size), ranges)
}

// GoldenOptions are the inputs of an offline golden digest that the kernel image does not hold.
type GoldenOptions struct {
	// IDTGates are the gates of idt_table that the boot adds only on some platforms (vmi.PlatformGates):
	// nil means none, the idt_table of a QEMU TCG guest (docs/subsets.md says which gates depend on what).
	IDTGates []vmi.PlatformGate
}

// GoldenGuestKernel computes offline, from the kernel build's vmlinux (the -dbg package's, with symbols),
// the result a clean guest of that kernel must report for m: every region must be a guest-kernel region
// whose bytes the image holds (sys_call_table, symbol ranges of constant data) or idt_table, whose 256 gates
// are replayed from the image's idt_data tables as the boot builds them, with the platform's gates of opts;
// text and rodata are refused, being changed at boot (docs/subsets.md). The pinned symbol file is loaded
// and checked against vmlinux's own symbols. No guest is read, so a guest compromised before its first
// attestation cannot set its own baseline.
func GoldenGuestKernel(m *subset.Manifest, vmlinux string, alg digest.Algorithm, opts GoldenOptions) (*Result, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	img, err := vmi.OpenELFImage(vmlinux)
	if err != nil {
		return nil, err
	}
	defer img.Close()
	res := &Result{SubsetID: m.ID(), Alg: alg, Regions: make([]Region, len(m.Regions))}
	for i := range m.Regions {
		r := &m.Regions[i]
		reg, err := goldenRegion(r, img, alg, opts)
		if err != nil {
			return nil, &RegionError{Index: i, Name: r.Name, Kind: r.Kind(), Err: err}
		}
		reg.Name, reg.Kind = r.Name, r.Kind()
		res.Regions[i] = reg
	}
	res.Digest = SubsetDigest(alg, res.SubsetID, res.Regions)
	return res, nil
}

// ErrNoOfflineDigest: a region has no digest computable from the kernel image alone.
var ErrNoOfflineDigest = errors.New("no offline digest")

func goldenRegion(r *subset.Region, img *vmi.ELFImage, alg digest.Algorithm, opts GoldenOptions) (Region, error) {
	spec := r.GuestKernel
	if spec == nil {
		return Region{}, fmt.Errorf("%w: a %s region is not read from a kernel image", ErrNoOfflineDigest, r.Kind())
	}
	switch spec.Structure {
	case subset.StructureText, subset.StructureRodata:
		return Region{}, fmt.Errorf("%w: %s is changed at boot (docs/subsets.md)", ErrNoOfflineDigest, spec.Structure)
	}
	syms, err := vmi.LoadSymbols(spec.Symbols.Path, spec.Symbols.SHA256Bytes())
	if err != nil {
		return Region{}, fmt.Errorf("symbols: %w", err)
	}
	if err := img.CheckSymbols(syms); err != nil {
		return Region{}, err
	}
	if spec.Banner != "" {
		at, err := syms.Lookup("linux_banner")
		if err != nil {
			return Region{}, err
		}
		banner, err := img.Banner(at)
		if err != nil {
			return Region{}, err
		}
		if !strings.HasPrefix(banner, spec.Banner) {
			return Region{}, fmt.Errorf("%w: vmlinux's is %q, the manifest expects %q", vmi.ErrBannerMismatch, banner, spec.Banner)
		}
	}
	sel := vmi.Selector{Structure: spec.Structure, Symbol: spec.Symbol, Length: spec.Length, From: spec.From, To: spec.To}
	ext, err := sel.Resolve(syms)
	if err != nil {
		return Region{}, fmt.Errorf("structure: %w", err)
	}
	var b []byte
	if ext.Norm == vmi.IDTGates {
		// Built at boot in .bss: replayed from the image's tables, at link addresses as the live
		// collection normalizes it.
		b, err = img.GoldenIDT(opts.IDTGates)
	} else {
		b, err = vmi.ReadExtent(img, ext, 0)
	}
	if err != nil {
		return Region{}, fmt.Errorf("%w: %w", ErrNoOfflineDigest, err)
	}
	return Region{Length: uint64(len(b)), Digest: digest.SumBytes(alg, b)}, nil
}
