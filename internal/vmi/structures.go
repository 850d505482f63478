package vmi

import (
	"encoding/binary"
	"fmt"
)

// The named kernel structures of a guest-kernel region.
const (
	// StructText is the kernel text, _text.._etext, raw.
	StructText = "text"
	// StructRodata is the read-only data, __start_rodata..__end_rodata, raw.
	StructRodata = "rodata"
	// StructSyscalls is sys_call_table up to the next symbol, each non-zero 8-byte entry minus the slide.
	StructSyscalls = "sys_call_table"
	// StructIDT is idt_table, 256 16-byte gates, each non-zero gate offset minus the slide.
	StructIDT = "idt_table"
)

// idtSize is 256 gates of 16 bytes.
const idtSize = 256 * 16

// maxStructure bounds one structure's bytes (kernel text is about 15 MiB).
const maxStructure = 256 << 20

// Normalization says how a structure's bytes are made independent of the KASLR slide.
type Normalization int

// Normalizations.
const (
	// Raw: the bytes as they are.
	Raw Normalization = iota
	// Pointers: every non-zero little-endian 8-byte word minus the slide (a table of kernel pointers).
	Pointers
	// IDTGates: every 16-byte gate's non-zero 64-bit offset (bits 0..15, 48..63 and 64..95) minus the slide.
	IDTGates
)

// Selector names one structure: a named structure, a symbol and a length, or a From..To symbol range.
type Selector struct {
	Structure string
	Symbol    string
	Length    uint64
	From, To  string
}

// Extent is a resolved structure: its link-time start, its length, and its normalization.
type Extent struct {
	Start, Length uint64
	Norm          Normalization
}

// Resolve returns the extent of sel in syms.
func (sel Selector) Resolve(syms *Symbols) (Extent, error) {
	span := func(from, to string, norm Normalization) (Extent, error) {
		a, err := syms.Lookup(from)
		if err != nil {
			return Extent{}, err
		}
		b, err := syms.Lookup(to)
		if err != nil {
			return Extent{}, err
		}
		if b <= a || b-a > maxStructure {
			return Extent{}, fmt.Errorf("%s (%#x) .. %s (%#x) is not a range of at most %d bytes", from, a, to, b, maxStructure)
		}
		return Extent{Start: a, Length: b - a, Norm: norm}, nil
	}
	switch {
	case sel.Structure == StructText:
		return span("_text", "_etext", Raw)
	case sel.Structure == StructRodata:
		return span("__start_rodata", "__end_rodata", Raw)
	case sel.Structure == StructSyscalls:
		a, err := syms.Lookup("sys_call_table")
		if err != nil {
			return Extent{}, err
		}
		b, err := syms.Next("sys_call_table")
		if err != nil {
			return Extent{}, err
		}
		return Extent{Start: a, Length: (b - a) &^ 7, Norm: Pointers}, nil
	case sel.Structure == StructIDT:
		a, err := syms.Lookup("idt_table")
		if err != nil {
			return Extent{}, err
		}
		return Extent{Start: a, Length: idtSize, Norm: IDTGates}, nil
	case sel.Structure != "":
		return Extent{}, fmt.Errorf("unknown structure %q", sel.Structure)
	case sel.Symbol != "":
		a, err := syms.Lookup(sel.Symbol)
		if err != nil {
			return Extent{}, err
		}
		if sel.Length == 0 || sel.Length > maxStructure {
			return Extent{}, fmt.Errorf("length %d: want 1 to %d bytes", sel.Length, maxStructure)
		}
		return Extent{Start: a, Length: sel.Length}, nil
	case sel.From != "":
		return span(sel.From, sel.To, Raw)
	}
	return Extent{}, fmt.Errorf("no structure selected")
}

// Read reads the extent from the located kernel and normalizes it.
func (k *Kernel) Read(e Extent) ([]byte, error) { return ReadExtent(k.VM, e, k.Slide) }

// ReadExtent reads e from l, where the kernel lies at slide, and normalizes it: from a located guest's page
// tables, or from a vmlinux (ELFImage) at slide 0 for the digest a clean guest must report.
func ReadExtent(l Layer, e Extent, slide uint64) ([]byte, error) {
	b := make([]byte, e.Length)
	if err := l.Read(e.Start+slide, b); err != nil {
		return nil, err
	}
	Normalize(b, e.Norm, slide)
	return b, nil
}

// Normalize subtracts slide from the kernel pointers of b as norm says, in place.
func Normalize(b []byte, norm Normalization, slide uint64) {
	switch norm {
	case Pointers:
		for i := 0; i+8 <= len(b); i += 8 {
			if w := binary.LittleEndian.Uint64(b[i:]); w != 0 {
				binary.LittleEndian.PutUint64(b[i:], w-slide)
			}
		}
	case IDTGates:
		for i := 0; i+16 <= len(b); i += 16 {
			g := b[i : i+16]
			off := uint64(binary.LittleEndian.Uint16(g[0:])) | uint64(binary.LittleEndian.Uint16(g[6:]))<<16 | uint64(binary.LittleEndian.Uint32(g[8:]))<<32
			if off == 0 {
				continue
			}
			off -= slide
			binary.LittleEndian.PutUint16(g[0:], uint16(off))
			binary.LittleEndian.PutUint16(g[6:], uint16(off>>16))
			binary.LittleEndian.PutUint32(g[8:], uint32(off>>32))
		}
	}
}
