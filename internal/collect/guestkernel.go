package collect

import (
	"context"
	"fmt"
	"os"

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
	return Region{Length: uint64(len(b)), Digest: digest.SumBytes(alg, b)}, nil
}
