package vmi

import (
	"encoding/binary"
	"fmt"
)

// Page sizes of x86-64.
const (
	PageSize4K = 1 << 12
	PageSize2M = 1 << 21
	PageSize1G = 1 << 30
)

const (
	ptePresent  = 1 << 0
	ptePageSize = 1 << 7
	// pteAddrMask keeps bits 12..51 of an entry: the next table's or the page's physical address.
	pteAddrMask = 0x000f_ffff_ffff_f000
)

// PageTable is the virtual address space of an x86-64 page-table hierarchy in Phys: 4-level (PML4) or
// 5-level (PML5, LA57) paging, with 4 KiB, 2 MiB and 1 GiB pages. Root is the top table's physical address
// (a CR3 without its flag bits, or the kernel's init_top_pgt).
type PageTable struct {
	Phys   Layer
	Root   uint64
	Levels int // 4 or 5; 0 means 4
}

// Translate returns the physical address of the virtual address va and the size of the page that maps it.
func (t *PageTable) Translate(va uint64) (pa, pageSize uint64, err error) {
	levels := t.Levels
	if levels == 0 {
		levels = 4
	}
	if levels != 4 && levels != 5 {
		return 0, 0, fmt.Errorf("%d-level paging is not x86-64's", levels)
	}
	if top := uint(levels*9 + 12); !canonical(va, top) {
		return 0, 0, fmt.Errorf("virtual %#x is not canonical for %d-level paging: %w", va, levels, ErrUnmapped)
	}
	table := t.Root &^ 0xfff & pteAddrMask
	var buf [8]byte
	for level := levels; level >= 1; level-- {
		shift := uint(12 + 9*(level-1))
		idx := (va >> shift) & 0x1ff
		if err := t.Phys.Read(table+idx*8, buf[:]); err != nil {
			return 0, 0, fmt.Errorf("virtual %#x: level-%d table at %#x: %w", va, level, table, err)
		}
		e := binary.LittleEndian.Uint64(buf[:])
		if e&ptePresent == 0 {
			return 0, 0, fmt.Errorf("virtual %#x: level-%d entry not present: %w", va, level, ErrUnmapped)
		}
		if level == 1 || (e&ptePageSize != 0 && (level == 2 || level == 3)) {
			size := uint64(1) << shift
			return (e & pteAddrMask &^ (size - 1)) | (va & (size - 1)), size, nil
		}
		table = e & pteAddrMask
	}
	panic("unreachable")
}

// canonical reports whether va's bits above bit top-1 all equal bit top-1.
func canonical(va uint64, top uint) bool {
	hi := int64(va) >> (top - 1)
	return hi == 0 || hi == -1
}

// Read implements Layer: p may span pages that are discontiguous in physical memory.
func (t *PageTable) Read(addr uint64, p []byte) error {
	for len(p) > 0 {
		pa, size, err := t.Translate(addr)
		if err != nil {
			return err
		}
		n := min(uint64(len(p)), size-(addr&(size-1)))
		if err := t.Phys.Read(pa, p[:n]); err != nil {
			return err
		}
		p, addr = p[n:], addr+n
	}
	return nil
}

// SameMapping checks that the page tables a and b map every page of the n bytes at virtual va to the same
// physical addresses: that both see the same bytes there. It walks a page at a time (the smaller of the
// two pages that map each address), so a 14 MiB kernel text mapped with 2 MiB pages costs a few walks.
func SameMapping(a, b *PageTable, va, n uint64) error {
	for end := va + n; va < end; {
		pa, sa, err := a.Translate(va)
		if err != nil {
			return err
		}
		pb, sb, err := b.Translate(va)
		if err != nil {
			return fmt.Errorf("the page tables at %#x: %w", b.Root, err)
		}
		if pa != pb {
			return fmt.Errorf("%w: virtual %#x is physical %#x through the page tables at %#x, %#x through those at %#x", ErrMappingDiffers, va, pa, a.Root, pb, b.Root)
		}
		size := min(sa, sb)
		va = (va &^ (size - 1)) + size
		if va == 0 { // wrapped past the top of the address space
			return nil
		}
	}
	return nil
}
