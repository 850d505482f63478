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

// collectGuestKernel hashes one structure of a guest's Linux kernel read from its RAM file: it loads the
// pinned symbol file, locates the kernel (KASLR slide, validated), reads the structure through the kernel's
// page tables and normalizes its kernel pointers by the slide (docs/subsets.md). The guest runs while it is
// read unless it is paused: structures that the kernel writes may then mix two states.
func collectGuestKernel(ctx context.Context, spec *subset.GuestKernel, alg digest.Algorithm) (Region, error) {
	if err := ctx.Err(); err != nil {
		return Region{}, err
	}
	syms, err := vmi.LoadSymbols(spec.Symbols.Path, spec.Symbols.SHA256Bytes())
	if err != nil {
		return Region{}, fmt.Errorf("symbols: %w", err)
	}
	sel := vmi.Selector{Structure: spec.Structure, Symbol: spec.Symbol, Length: spec.Length, From: spec.From, To: spec.To}
	ext, err := sel.Resolve(syms)
	if err != nil {
		return Region{}, fmt.Errorf("structure: %w", err)
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
	ranges := make([]vmi.RAMRange, len(spec.Map))
	for i, e := range spec.Map {
		ranges[i] = vmi.RAMRange{GPA: e.GPA, Offset: e.Offset, Size: e.Size}
	}
	phys := vmi.NewPhysical(f, uint64(st.size), ranges)
	k, err := vmi.Locate(phys, syms, vmi.LocateOptions{Levels: spec.Paging, Banner: spec.Banner})
	if err != nil {
		return Region{}, fmt.Errorf("guest memory %s: %w", spec.Path, err)
	}
	b, err := k.Read(ext)
	if err != nil {
		return Region{}, fmt.Errorf("failed to read the structure at %#x (slide %#x): %w", ext.Start+k.Slide, k.Slide, err)
	}
	if spec.Relocs != nil {
		if err := unrelocate(spec.Relocs, ext, b, k.Slide); err != nil {
			return Region{}, err
		}
	}
	return Region{Length: uint64(len(b)), Digest: digest.SumBytes(alg, b)}, nil
}

// GoldenGuestKernel computes offline, from the kernel build's vmlinux (the -dbg package's, with symbols),
// the result a clean guest of that kernel must report for m: every region must be a guest-kernel region
// whose bytes the image holds (sys_call_table, symbol ranges of constant data); text, rodata and idt_table
// are refused, their bytes being changed or built at boot (docs/subsets.md). The pinned symbol file is loaded
// and checked against vmlinux's own symbols. No guest is read, so a guest compromised before its first
// attestation cannot set its own baseline.
func GoldenGuestKernel(m *subset.Manifest, vmlinux string, alg digest.Algorithm) (*Result, error) {
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
		reg, err := goldenRegion(r, img, alg)
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

func goldenRegion(r *subset.Region, img *vmi.ELFImage, alg digest.Algorithm) (Region, error) {
	spec := r.GuestKernel
	if spec == nil {
		return Region{}, fmt.Errorf("%w: a %s region is not read from a kernel image", ErrNoOfflineDigest, r.Kind())
	}
	switch spec.Structure {
	case subset.StructureText, subset.StructureRodata, subset.StructureIDTTable:
		return Region{}, fmt.Errorf("%w: %s is changed or built at boot (docs/subsets.md)", ErrNoOfflineDigest, spec.Structure)
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
	b, err := vmi.ReadExtent(img, ext, 0)
	if err != nil {
		return Region{}, fmt.Errorf("%w: %w", ErrNoOfflineDigest, err)
	}
	return Region{Length: uint64(len(b)), Digest: digest.SumBytes(alg, b)}, nil
}

// unrelocate returns the relocated sites of the structure b (the extent ext) to their link-time values.
func unrelocate(pin *subset.PinnedFile, ext vmi.Extent, b []byte, slide uint64) error {
	r, err := vmi.LoadRelocs(pin.Path, pin.SHA256Bytes())
	if err != nil {
		return fmt.Errorf("relocs: %w", err)
	}
	if r.Start != ext.Start || r.Length != ext.Length {
		return fmt.Errorf("relocs: %w: %s covers [%#x, +%#x), the structure is [%#x, +%#x)", vmi.ErrSymbolFile, pin.Path, r.Start, r.Length, ext.Start, ext.Length)
	}
	if err := vmi.Unrelocate(b, r.Sites, slide); err != nil {
		return fmt.Errorf("relocs: %w", err)
	}
	return nil
}
