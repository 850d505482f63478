package vmi

import (
	"bufio"
	"bytes"
	"debug/elf"
	"encoding/binary"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// RelocKind is how the boot relocates one site of the kernel image by the KASLR slide (as the
// decompressor's handle_relocations does with the tables of arch/x86/tools/relocs).
type RelocKind byte

// Relocation kinds.
const (
	// Reloc32: a 32-bit absolute address (R_X86_64_32, R_X86_64_32S): the boot adds the slide.
	Reloc32 RelocKind = '4'
	// Reloc64: a 64-bit absolute address (R_X86_64_64): the boot adds the slide.
	Reloc64 RelocKind = '8'
	// Reloc32Inverse: a 32-bit PC-relative reference to a per-CPU symbol: the boot subtracts the slide.
	Reloc32Inverse RelocKind = 'n'
)

// Reloc is a relocated site, as an offset from the start of the structure it lies in.
type Reloc struct {
	Offset uint64
	Kind   RelocKind
}

// relocsHeader starts a relocation file.
const relocsHeader = "vmattest-relocs-v1"

// SectionRelocs returns the sites that the boot relocates in [start, end) of the image, relative to start,
// from the vmlinux's relocation sections (a -dbg vmlinux is linked with --emit-relocs), by the rules of
// arch/x86/tools/relocs: absolute 32- and 64-bit references to non-absolute, non-per-CPU symbols; PC-relative
// references to per-CPU symbols, inversely.
func (v *ELFImage) SectionRelocs(start, end uint64) ([]Reloc, error) {
	syms, err := v.symbols()
	if err != nil {
		return nil, err
	}
	var out []Reloc
	for _, rs := range v.f.Sections {
		if rs.Type != elf.SHT_RELA || int(rs.Info) >= len(v.f.Sections) {
			continue
		}
		target := v.f.Sections[rs.Info]
		if target.Flags&elf.SHF_ALLOC == 0 || target.Addr+target.Size <= start || target.Addr >= end {
			continue
		}
		data, err := rs.Data()
		if err != nil {
			return nil, fmt.Errorf("failed to read %s: %w", rs.Name, err)
		}
		for i := 0; i+24 <= len(data); i += 24 {
			off := binary.LittleEndian.Uint64(data[i:])
			info := binary.LittleEndian.Uint64(data[i+8:])
			typ, symIdx := elf.R_X86_64(info&0xffffffff), info>>32
			if off < start || off >= end || symIdx == 0 || int(symIdx) > len(syms) {
				continue
			}
			sym := syms[symIdx-1]
			// Per-CPU symbols are zero-based offsets, except these markers of the image (is_percpu_sym).
			percpu := int(sym.Section) < len(v.f.Sections) && v.f.Sections[sym.Section].Name == ".data..percpu" &&
				sym.Name != "__init_begin" && sym.Name != "__per_cpu_load" && !strings.HasPrefix(sym.Name, "init_per_cpu_")
			// Linker-script symbols are absolute in the ELF file but are addresses in the image (the
			// S_REL list of arch/x86/tools/relocs): they are relocated; other absolute values are not.
			abs := sym.Section == elf.SHN_ABS && (sym.Value < kernelMapBase || sym.Value >= kernelMapBase+kernelImageSpan)
			var kind RelocKind
			switch typ {
			case elf.R_X86_64_64:
				kind = Reloc64
			case elf.R_X86_64_32, elf.R_X86_64_32S:
				kind = Reloc32
			case elf.R_X86_64_PC32, elf.R_X86_64_PLT32:
				if !percpu {
					continue
				}
				kind = Reloc32Inverse
			default:
				continue
			}
			if abs || (percpu && kind != Reloc32Inverse) {
				continue
			}
			out = append(out, Reloc{Offset: off - start, Kind: kind})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Offset < out[j].Offset })
	return out, nil
}

// Relocs is a relocation file: the relocated sites of the extent [Start, Start+Length) of a kernel build.
type Relocs struct {
	Start, Length uint64
	Sites         []Reloc
}

// WriteRelocs writes a relocation file: a header line "vmattest-relocs-v1 START LENGTH", then "offset kind"
// lines (hexadecimal offsets from START).
func WriteRelocs(w io.Writer, r Relocs) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%s %x %x\n", relocsHeader, r.Start, r.Length)
	relocs := r.Sites
	for _, r := range relocs {
		fmt.Fprintf(bw, "%x %c\n", r.Offset, r.Kind)
	}
	return bw.Flush()
}

// LoadRelocs reads the relocation file at path, pinned by its SHA-256 as a symbol file is.
func LoadRelocs(path string, want [32]byte) (*Relocs, error) {
	data, err := readPinned(path, want)
	if err != nil {
		return nil, err
	}
	return parsedRelocs.get(want, func() (*Relocs, error) { return parseRelocs(path, data) })
}

var parsedRelocs parsedCache[*Relocs]

// parseRelocs parses the relocation file data read from path.
func parseRelocs(path string, data []byte) (*Relocs, error) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	var out Relocs
	if !sc.Scan() {
		return nil, fmt.Errorf("%w: %s is empty", ErrSymbolFile, path)
	}
	if _, err := fmt.Sscanf(sc.Text(), relocsHeader+" %x %x", &out.Start, &out.Length); err != nil {
		return nil, fmt.Errorf("%w: %s is not a relocation file (no %q line)", ErrSymbolFile, path, relocsHeader+" START LENGTH")
	}
	for n := 2; sc.Scan(); n++ {
		f := strings.Fields(sc.Text())
		if len(f) != 2 || len(f[1]) != 1 || !strings.Contains("48n", f[1]) {
			return nil, fmt.Errorf("%w: %s line %d is not \"offset kind\"", ErrSymbolFile, path, n)
		}
		off, err := strconv.ParseUint(f[0], 16, 64)
		if err != nil {
			return nil, fmt.Errorf("%w: %s line %d: %v", ErrSymbolFile, path, n, err)
		}
		out.Sites = append(out.Sites, Reloc{Offset: off, Kind: RelocKind(f[1][0])})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSymbolFile, err)
	}
	return &out, nil
}

// Unrelocate undoes the boot's relocation of b by slide at relocs, in place: it returns the bytes to their
// link-time values at those sites. A site past the end of b is an error.
func Unrelocate(b []byte, relocs []Reloc, slide uint64) error {
	for _, r := range relocs {
		width := uint64(4)
		if r.Kind == Reloc64 {
			width = 8
		}
		if r.Offset+width > uint64(len(b)) {
			return fmt.Errorf("relocation at %#x past the end of %d bytes", r.Offset, len(b))
		}
		p := b[r.Offset:]
		switch r.Kind {
		case Reloc32:
			binary.LittleEndian.PutUint32(p, binary.LittleEndian.Uint32(p)-uint32(slide))
		case Reloc32Inverse:
			binary.LittleEndian.PutUint32(p, binary.LittleEndian.Uint32(p)+uint32(slide))
		case Reloc64:
			binary.LittleEndian.PutUint64(p, binary.LittleEndian.Uint64(p)-slide)
		}
	}
	return nil
}
