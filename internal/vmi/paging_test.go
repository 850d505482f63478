package vmi

import (
	"bytes"
	"encoding/binary"
	"errors"
	"testing"
)

// memLayer is a sparse physical memory for page-table tests.
type memLayer struct{ b []byte }

func (m *memLayer) Read(addr uint64, p []byte) error {
	if addr+uint64(len(p)) > uint64(len(m.b)) {
		return ErrUnmapped
	}
	copy(p, m.b[addr:])
	return nil
}

func (m *memLayer) put(addr, v uint64) { binary.LittleEndian.PutUint64(m.b[addr:], v) }

// buildTables maps, under root, va4k to a 4 KiB page at pa4k, va4k+4096 to a discontiguous page at pa4k2,
// va2m to a 2 MiB page at pa2m and va1g to a 1 GiB page at 0, with levels of paging.
func buildTables(levels int) (*memLayer, uint64) {
	m := &memLayer{b: make([]byte, 64<<20)}
	next := uint64(0x100000)
	alloc := func() uint64 { next += 0x1000; return next }
	root := alloc()
	walk := func(va uint64, stop int) uint64 { // returns the table of level stop that maps va
		table := root
		for level := levels; level > stop; level-- {
			idx := (va >> (12 + 9*(level-1))) & 0x1ff
			e := binary.LittleEndian.Uint64(m.b[table+idx*8:])
			if e&ptePresent == 0 {
				e = alloc() | ptePresent
				m.put(table+idx*8, e)
			}
			table = e & pteAddrMask
		}
		return table
	}
	idx := func(va uint64, level int) uint64 { return (va >> (12 + 9*(level-1))) & 0x1ff }
	const va4k, va2m, va1g = 0xffffffff81234000, 0xffffffff82400000, 0xffff888000000000
	t1 := walk(va4k, 1)
	m.put(t1+idx(va4k, 1)*8, 0x2003000|ptePresent)
	m.put(t1+idx(va4k+4096, 1)*8, 0x3007000|ptePresent)
	t2 := walk(va2m, 2)
	m.put(t2+idx(va2m, 2)*8, 0x1a00000|ptePresent|ptePageSize)
	t3 := walk(va1g, 3)
	m.put(t3+idx(va1g, 3)*8, 0|ptePresent|ptePageSize)
	copy(m.b[0x2003ff0:], "0123456789abcdef")
	copy(m.b[0x3007000:], "ghij")
	return m, root
}

// TestTranslate: 4- and 5-level paging, 4 KiB, 2 MiB and 1 GiB pages, and a read across discontiguous pages.
func TestTranslate(t *testing.T) {
	for _, levels := range []int{4, 5} {
		m, root := buildTables(levels)
		pt := &PageTable{Phys: m, Root: root | 0x18, Levels: levels} // CR3 flag bits are ignored
		for _, c := range []struct{ va, pa, size uint64 }{
			{0xffffffff81234abc, 0x2003abc, PageSize4K},
			{0xffffffff81235008, 0x3007008, PageSize4K},
			{0xffffffff82512345, 0x1b12345, PageSize2M},
			{0xffff888012345678, 0x12345678, PageSize1G},
		} {
			pa, size, err := pt.Translate(c.va)
			if err != nil || pa != c.pa || size != c.size {
				t.Errorf("%d-level Translate(%#x) = %#x, %#x, %v; want %#x, %#x", levels, c.va, pa, size, err, c.pa, c.size)
			}
		}
		got := make([]byte, 20)
		if err := pt.Read(0xffffffff81234ff0, got); err != nil || !bytes.Equal(got, []byte("0123456789abcdefghij")) {
			t.Errorf("%d-level read across pages: %q, %v", levels, got, err)
		}
		if _, _, err := pt.Translate(0xffffffff90000000); !errors.Is(err, ErrUnmapped) {
			t.Errorf("%d-level: unmapped address: %v", levels, err)
		}
	}
	// A 4-level walk of 5-level tables does not find the mappings; a non-canonical address is refused.
	m, root := buildTables(5)
	if _, _, err := (&PageTable{Phys: m, Root: root, Levels: 4}).Translate(0xffffffff81234abc); err == nil {
		t.Error("a 4-level walk of 5-level tables translated")
	}
	if _, _, err := (&PageTable{Phys: m, Root: root}).Translate(0x0000800000000000); !errors.Is(err, ErrUnmapped) {
		t.Errorf("non-canonical: %v", err)
	}
}

// TestPhysical: RAM above the 4 GiB hole maps to its file offset; the hole is unmapped.
func TestPhysical(t *testing.T) {
	file := bytes.NewReader(append(bytes.Repeat([]byte{'l'}, 4096), bytes.Repeat([]byte{'h'}, 4096)...))
	p := NewPhysical(file, 8192, []RAMRange{{GPA: 0, Offset: 0, Size: 4096}, {GPA: 1 << 32, Offset: 4096, Size: 4096}})
	b := make([]byte, 2)
	if err := p.Read(1<<32+5, b); err != nil || string(b) != "hh" {
		t.Errorf("high RAM: %q, %v", b, err)
	}
	if err := p.Read(4095, b); !errors.Is(err, ErrUnmapped) {
		t.Errorf("read into the hole: %v", err)
	}
}

// TestSameMapping: two hierarchies that map a range to the same pages agree, whatever their roots; one
// page mapped elsewhere, or unmapped, is an error naming the address.
func TestSameMapping(t *testing.T) {
	m, root := buildTables(4)
	// A second top table sharing the lower tables: the same mappings through another root.
	other := uint64(0x3f00000)
	copy(m.b[other:other+4096], m.b[root:root+4096])
	a := &PageTable{Phys: m, Root: root, Levels: 4}
	b := &PageTable{Phys: m, Root: other, Levels: 4}
	if err := SameMapping(a, b, 0xffffffff81234000, 2*PageSize4K); err != nil {
		t.Fatalf("same tables: %v", err)
	}
	if err := SameMapping(a, b, 0xffffffff82400000, PageSize2M); err != nil {
		t.Fatalf("same 2 MiB page: %v", err)
	}
	// Point the second root's kernel entry at a copy of the lower tables whose second 4 KiB page differs.
	idx := func(va uint64, level int) uint64 { return (va >> (12 + 9*(level-1))) & 0x1ff }
	const va = 0xffffffff81234000
	tables := []uint64{other}
	for level := 4; level > 1; level-- {
		e := binary.LittleEndian.Uint64(m.b[tables[len(tables)-1]+idx(va, level)*8:])
		tables = append(tables, e&pteAddrMask)
	}
	next := uint64(0x3f01000)
	for i := 0; i < 3; i++ { // copy the level 3, 2 and 1 tables under other
		copy(m.b[next:next+4096], m.b[tables[i+1]:tables[i+1]+4096])
		m.put(tables[i]+idx(va, 4-i)*8, next|ptePresent)
		tables[i+1] = next
		next += 0x1000
	}
	m.put(tables[3]+idx(va+PageSize4K, 1)*8, 0x3008000|ptePresent)
	if err := SameMapping(a, b, va, PageSize4K); err != nil {
		t.Fatalf("first page, still the same: %v", err)
	}
	if err := SameMapping(a, b, va, 2*PageSize4K); !errors.Is(err, ErrMappingDiffers) {
		t.Fatalf("second page elsewhere: %v, want ErrMappingDiffers", err)
	}
	m.put(tables[3]+idx(va+PageSize4K, 1)*8, 0)
	if err := SameMapping(a, b, va, 2*PageSize4K); !errors.Is(err, ErrUnmapped) {
		t.Fatalf("second page unmapped: %v, want ErrUnmapped", err)
	}
}
