package vmi

import (
	"fmt"
	"io"
)

// RAMRange maps Size bytes of guest-physical memory starting at GPA to the file offset Offset.
type RAMRange struct {
	GPA, Offset, Size uint64
}

// Physical is the guest-physical address space over a RAM file (a QEMU memory-backend-file or a raw dump):
// each RAM range is a window of the file. Addresses outside every range are ErrUnmapped.
type Physical struct {
	r      io.ReaderAt
	ranges []RAMRange
}

// NewPhysical returns the physical layer of r through ranges. Empty ranges means the identity map over size
// bytes (GPA x at offset x), which holds for a memory-backend-file of a guest whose RAM is below the PCI hole.
func NewPhysical(r io.ReaderAt, size uint64, ranges []RAMRange) *Physical {
	if len(ranges) == 0 {
		ranges = []RAMRange{{GPA: 0, Offset: 0, Size: size}}
	}
	return &Physical{r: r, ranges: ranges}
}

// Ranges returns the RAM ranges.
func (m *Physical) Ranges() []RAMRange { return m.ranges }

// Read implements Layer; p may span ranges that are contiguous in guest-physical addresses.
func (m *Physical) Read(addr uint64, p []byte) error {
	for len(p) > 0 {
		rg, ok := m.find(addr)
		if !ok {
			return fmt.Errorf("guest-physical %#x: %w", addr, ErrUnmapped)
		}
		n := min(uint64(len(p)), rg.Size-(addr-rg.GPA))
		if _, err := m.r.ReadAt(p[:n], int64(rg.Offset+addr-rg.GPA)); err != nil {
			return fmt.Errorf("failed to read guest-physical %#x: %w", addr, err)
		}
		p, addr = p[n:], addr+n
	}
	return nil
}

func (m *Physical) find(addr uint64) (RAMRange, bool) {
	for _, rg := range m.ranges {
		if addr >= rg.GPA && addr-rg.GPA < rg.Size {
			return rg, true
		}
	}
	return RAMRange{}, false
}
