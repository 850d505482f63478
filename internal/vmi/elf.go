package vmi

import (
	"debug/elf"
	"errors"
	"fmt"
)

// ErrNotInImage: the bytes are not in the vmlinux file: they are written at boot (.bss, or outside every
// section), so no offline digest of them exists.
var ErrNotInImage = errors.New("not in the kernel image file")

// ELFImage is the kernel image of a vmlinux (with symbols, from the -dbg package) at its link addresses:
// the bytes a clean kernel holds before the boot relocates it by its slide.
type ELFImage struct {
	f    *elf.File
	syms []elf.Symbol // loaded once, by symbols
}

// symbols returns the ELF symbol table, loaded on first use.
func (v *ELFImage) symbols() ([]elf.Symbol, error) {
	if v.syms == nil {
		syms, err := v.f.Symbols()
		if err != nil {
			return nil, fmt.Errorf("vmlinux has no symbol table: %w", err)
		}
		v.syms = syms
	}
	return v.syms, nil
}

// OpenELFImage opens a vmlinux.
func OpenELFImage(path string) (*ELFImage, error) {
	f, err := elf.Open(path)
	if err != nil {
		return nil, fmt.Errorf("failed to open vmlinux %s: %w", path, err)
	}
	if f.Machine != elf.EM_X86_64 || f.Class != elf.ELFCLASS64 {
		f.Close()
		return nil, fmt.Errorf("vmlinux %s is not an x86-64 ELF file", path)
	}
	return &ELFImage{f: f}, nil
}

// Close closes the file.
func (v *ELFImage) Close() error { return v.f.Close() }

// Read implements Layer over link addresses: p must lie in one allocated section with contents.
func (v *ELFImage) Read(addr uint64, p []byte) error {
	for _, s := range v.f.Sections {
		if s.Flags&elf.SHF_ALLOC == 0 || addr < s.Addr || addr-s.Addr >= s.Size {
			continue
		}
		if s.Type == elf.SHT_NOBITS {
			return fmt.Errorf("%#x is in %s, filled at boot: %w", addr, s.Name, ErrNotInImage)
		}
		if addr-s.Addr+uint64(len(p)) > s.Size {
			return fmt.Errorf("[%#x, +%d) runs past the end of %s: %w", addr, len(p), s.Name, ErrNotInImage)
		}
		if _, err := s.ReadAt(p, int64(addr-s.Addr)); err != nil {
			return fmt.Errorf("failed to read %s at %#x: %w", s.Name, addr, err)
		}
		return nil
	}
	return fmt.Errorf("%#x: %w", addr, ErrNotInImage)
}

// Symbol returns the address of the named symbol in the ELF symbol table.
func (v *ELFImage) Symbol(name string) (uint64, error) {
	syms, err := v.symbols()
	if err != nil {
		return 0, err
	}
	for _, s := range syms {
		if s.Name == name {
			return s.Value, nil
		}
	}
	return 0, fmt.Errorf("%w: %q not in vmlinux", ErrNoSymbol, name)
}

// Banner returns the image's linux_banner at sym, the link-time address of the symbol file's linux_banner.
func (v *ELFImage) Banner(sym uint64) (string, error) { return readBanner(v, sym) }

// CheckSymbols verifies that syms is this image's symbol file: the anchors of Locate lie at the same
// addresses in both.
func (v *ELFImage) CheckSymbols(syms *Symbols) error {
	for _, name := range []string{"_text", "_etext", "linux_banner", "sys_call_table", "init_top_pgt"} {
		a, err := syms.Lookup(name)
		if err != nil {
			return err
		}
		b, err := v.Symbol(name)
		if err != nil {
			return err
		}
		if a != b {
			return fmt.Errorf("%w: %s is at %#x in the symbol file, %#x in vmlinux: not the same build", ErrSymbolFile, name, a, b)
		}
	}
	return nil
}
