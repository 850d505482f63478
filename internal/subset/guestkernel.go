package subset

import (
	"encoding/hex"
	"regexp"
)

// The named structures of a guest-kernel region (docs/subsets.md says what each hashes).
const (
	StructureText         = "text"
	StructureRodata       = "rodata"
	StructureSysCallTable = "sys_call_table"
	StructureIDTTable     = "idt_table"
)

// GuestKernel is one structure of a running Linux guest's kernel, read from its RAM file beside the
// hypervisor: a named structure, a symbol and a length, or a from..to symbol range. Symbols come from
// the kernel build's System.map, pinned by SHA-256, so that the subset identifier changes with the build.
type GuestKernel struct {
	// Path and Format are the guest's RAM file, as in guest-memory; Map its RAM layout (empty: identity).
	Path   string     `yaml:"path" json:"path"`
	Format string     `yaml:"format" json:"format"`
	Map    []MapEntry `yaml:"map,omitempty" json:"map,omitempty"`
	// QMP is the VM's QMP socket. When set, the structure is read inside the one pause of the guest shared
	// by every region naming the socket, the RAM layout comes from QEMU (unless Map is given), and the
	// page tables are walked from the vCPU's CR3 as QEMU reports it, not from the kernel's init_top_pgt
	// (docs/security.md: the decoy kernel).
	QMP string `yaml:"qmp,omitempty" json:"qmp,omitempty"`
	// Symbols is the kernel build's symbol file.
	Symbols PinnedFile `yaml:"symbols" json:"symbols"`
	// Relocs, when set, is the build's relocation file of the structure (`vmattest kernel relocs`): the sites
	// that the boot relocates by the KASLR slide are returned to their link-time values before hashing.
	Relocs *PinnedFile `yaml:"relocs,omitempty" json:"relocs,omitempty"`
	// Banner, when set, must be a prefix of the guest's linux_banner (`vmattest kernel golden` prints it).
	Banner string `yaml:"banner,omitempty" json:"banner,omitempty"`
	// Paging is 4 or 5 (LA57) levels of page tables; 0 means 4, then 5 if a 4-level walk finds no kernel.
	Paging int `yaml:"paging,omitempty" json:"paging,omitempty"`
	// Exactly one of: Structure; Symbol with Length; From with To.
	Structure string `yaml:"structure,omitempty" json:"structure,omitempty"`
	Symbol    string `yaml:"symbol,omitempty" json:"symbol,omitempty"`
	Length    uint64 `yaml:"length,omitempty" json:"length,omitempty"`
	From      string `yaml:"from,omitempty" json:"from,omitempty"`
	To        string `yaml:"to,omitempty" json:"to,omitempty"`
}

// PinnedFile is a file named by path and pinned by its SHA-256: a System.map (or a nokaslr /proc/kallsyms),
// or a relocation file.
type PinnedFile struct {
	Path   string `yaml:"path" json:"path"`
	SHA256 string `yaml:"sha256" json:"sha256"`
}

// MaxStructureLength bounds a symbol + length structure.
const MaxStructureLength = 256 << 20

var (
	sha256Pattern = regexp.MustCompile(`^[0-9a-f]{64}$`)
	symbolPattern = regexp.MustCompile(`^[A-Za-z_.$][A-Za-z0-9_.$]{0,127}$`)
)

// SHA256Bytes returns the pinned digest (validated by Parse).
func (s PinnedFile) SHA256Bytes() [32]byte {
	var d [32]byte
	_, _ = hex.Decode(d[:], []byte(s.SHA256))
	return d
}

func (g *GuestKernel) validate() error {
	// The RAM file is checked as a guest-memory's is, through a spec with no ranges of its own.
	ram := GuestMemSpec{Path: g.Path, Format: g.Format, Map: g.Map, QMP: g.QMP, Ranges: []GPARange{{GPA: 0, Length: 1}}}
	if len(g.Map) > 0 {
		ram.Ranges[0].GPA = g.Map[0].GPA
	}
	if err := ram.validate(); err != nil {
		if e, ok := err.(*Error); ok {
			e.Field = "guest-kernel" + e.Field[len("guest-memory"):]
		}
		return err
	}
	if err := checkPath("guest-kernel.symbols.path", g.Symbols.Path); err != nil {
		return err
	}
	if !sha256Pattern.MatchString(g.Symbols.SHA256) {
		return fieldErr("guest-kernel.symbols.sha256", "%q must be 64 lower-case hexadecimal digits (sha256sum of the symbol file)", g.Symbols.SHA256)
	}
	if g.Relocs != nil {
		if err := checkPath("guest-kernel.relocs.path", g.Relocs.Path); err != nil {
			return err
		}
		if !sha256Pattern.MatchString(g.Relocs.SHA256) {
			return fieldErr("guest-kernel.relocs.sha256", "%q must be 64 lower-case hexadecimal digits (sha256sum of the relocation file)", g.Relocs.SHA256)
		}
	}
	if g.Paging != 0 && g.Paging != 4 && g.Paging != 5 {
		return fieldErr("guest-kernel.paging", "%d: want 4 or 5", g.Paging)
	}
	if len(g.Banner) > 512 {
		return fieldErr("guest-kernel.banner", "longer than 512 bytes")
	}
	n := 0
	if g.Structure != "" {
		n++
		switch g.Structure {
		case StructureText, StructureRodata, StructureSysCallTable, StructureIDTTable:
		default:
			return fieldErr("guest-kernel.structure", "%q: want %s, %s, %s or %s", g.Structure, StructureText, StructureRodata, StructureSysCallTable, StructureIDTTable)
		}
	}
	if g.Symbol != "" || g.Length != 0 {
		n++
		if !symbolPattern.MatchString(g.Symbol) {
			return fieldErr("guest-kernel.symbol", "%q is not a symbol name", g.Symbol)
		}
		if g.Length == 0 || g.Length > MaxStructureLength {
			return fieldErr("guest-kernel.length", "%d: want 1 to %d bytes", g.Length, MaxStructureLength)
		}
	}
	if g.From != "" || g.To != "" {
		n++
		if !symbolPattern.MatchString(g.From) {
			return fieldErr("guest-kernel.from", "%q is not a symbol name", g.From)
		}
		if !symbolPattern.MatchString(g.To) {
			return fieldErr("guest-kernel.to", "%q is not a symbol name", g.To)
		}
	}
	if n != 1 {
		return fieldErr("guest-kernel", "exactly one of structure, symbol + length, or from + to is required")
	}
	return nil
}
