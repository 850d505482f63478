package vmi

import (
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// The offline idt_table: the 256 gates a clean guest of a kernel build holds once booted, replayed from the
// vmlinux as Linux 6.1's arch/x86/kernel/idt.c builds them (docs/subsets.md, "idt_table offline").

// Vector ranges of the x86-64 kernel (arch/x86/include/asm/irq_vectors.h).
const (
	// numExceptionVectors are the CPU exceptions 0..31, first set to early_idt_handler_array.
	numExceptionVectors = 32
	// FirstExternalVector is the first device-interrupt vector (FIRST_EXTERNAL_VECTOR).
	FirstExternalVector = 0x20
	// FirstSystemVector is the first system vector (FIRST_SYSTEM_VECTOR = LOCAL_TIMER_VECTOR on x86-64).
	FirstSystemVector = 0xec
	// HypervisorCallbackVector is HYPERVISOR_CALLBACK_VECTOR, where KVM, Hyper-V and Xen guests put their
	// platform's callback gate.
	HypervisorCallbackVector = 0xf3
)

// idtDataSize is sizeof(struct idt_data) on x86-64: vector u32, segment u32, bits u16, 6 bytes of padding,
// addr u64.
const idtDataSize = 24

// kernelCS is __KERNEL_CS, the selector of every gate set_intr_gate writes.
const kernelCS = 0x10

// gateInterrupt is the bits of an interrupt gate set_intr_gate writes: type GATE_INTERRUPT (0xe), DPL 0,
// IST 0, present.
const gateInterrupt = 0x8e00

// ErrIDTReplay: the vmlinux's IDT tables or entry stubs are not as Linux 6.1's idt.c lays them out, so no
// offline idt_table is computed from it.
var ErrIDTReplay = errors.New("cannot replay the boot's idt_table")

// IDTData is one entry of a struct idt_data table (arch/x86/kernel/idt.c): the gate the boot writes at
// Vector.
type IDTData struct {
	Vector  uint32
	Segment uint32
	// Bits are struct idt_bits: IST (bits 0-2), type (8-12), DPL (13-14), present (15).
	Bits uint16
	// Addr is the handler's address (link-time in a vmlinux).
	Addr uint64
}

// ParseIDTData decodes a struct idt_data table of b's bytes (a whole number of 24-byte entries; vectors
// below 256, padding zero).
func ParseIDTData(b []byte) ([]IDTData, error) {
	if len(b)%idtDataSize != 0 {
		return nil, fmt.Errorf("%w: an idt_data table of %d bytes is not a whole number of %d-byte entries", ErrIDTReplay, len(b), idtDataSize)
	}
	out := make([]IDTData, 0, len(b)/idtDataSize)
	for i := 0; i < len(b); i += idtDataSize {
		e := b[i : i+idtDataSize]
		d := IDTData{Vector: binary.LittleEndian.Uint32(e), Segment: binary.LittleEndian.Uint32(e[4:]),
			Bits: binary.LittleEndian.Uint16(e[8:]), Addr: binary.LittleEndian.Uint64(e[16:])}
		if d.Vector > 0xff || d.Segment > 0xffff || binary.LittleEndian.Uint32(e[10:]) != 0 || binary.LittleEndian.Uint16(e[14:]) != 0 {
			return nil, fmt.Errorf("%w: idt_data entry %d (vector %d, segment %#x) is not one idt.c writes", ErrIDTReplay, i/idtDataSize, d.Vector, d.Segment)
		}
		out = append(out, d)
	}
	return out, nil
}

// EncodeGate writes into g (16 bytes) the gate of d as idt_init_desc does: offset bits 0-15, the segment,
// the bits, offset bits 16-31, offset bits 32-63, and a zero reserved word.
func EncodeGate(g []byte, d IDTData) {
	binary.LittleEndian.PutUint16(g[0:], uint16(d.Addr))
	binary.LittleEndian.PutUint16(g[2:], uint16(d.Segment))
	binary.LittleEndian.PutUint16(g[4:], d.Bits)
	binary.LittleEndian.PutUint16(g[6:], uint16(d.Addr>>16))
	binary.LittleEndian.PutUint32(g[8:], uint32(d.Addr>>32))
	binary.LittleEndian.PutUint32(g[12:], 0)
}

// IDTBoot is what the boot's construction of idt_table depends on, taken from a vmlinux (IDTBootOf) or made
// by hand in tests.
type IDTBoot struct {
	// EarlyHandlers is early_idt_handler_array and EarlyHandlerSize its stride: idt_setup_early_handler
	// points the 32 exception vectors at its entries, and those no table overwrites keep them.
	EarlyHandlers, EarlyHandlerSize uint64
	// Tables are the idt_data tables in the order the boot applies them (early_idts, early_pf_idts,
	// def_idts, the platform's gates, apic_idts); each vector they set becomes a system vector.
	Tables [][]IDTData
	// IRQEntries (irq_entries_start) and SpuriousEntries (spurious_entries_start) are the stub arrays
	// idt_setup_apic_and_irq_gates points the external vectors, and the unused system vectors, at, with
	// EntryStride bytes a stub.
	IRQEntries, SpuriousEntries, EntryStride uint64
}

// Replay returns idt_table as the boot leaves it: the early handlers, the tables in order, then every
// external vector that no table set pointed at its irq_entries_start stub and every unset system vector at
// its spurious_entries_start stub (idt_setup_apic_and_irq_gates). Addresses are those of b: link-time ones
// from a vmlinux, so the result is what a booted guest's idt_table normalized by its slide holds.
func (b IDTBoot) Replay() []byte {
	idt := make([]byte, idtSize)
	set := func(v uint32, d IDTData) { d.Vector = v; EncodeGate(idt[v*16:v*16+16], d) }
	intr := func(addr uint64) IDTData { return IDTData{Segment: kernelCS, Bits: gateInterrupt, Addr: addr} }
	for v := uint32(0); v < numExceptionVectors; v++ {
		set(v, intr(b.EarlyHandlers+uint64(v)*b.EarlyHandlerSize))
	}
	var system [256]bool
	for _, t := range b.Tables {
		for _, d := range t {
			set(d.Vector, d)
			system[d.Vector] = true
		}
	}
	for v := uint32(FirstExternalVector); v < 256; v++ {
		switch {
		case system[v]:
		case v < FirstSystemVector:
			set(v, intr(b.IRQEntries+uint64(v-FirstExternalVector)*b.EntryStride))
		default:
			set(v, intr(b.SpuriousEntries+uint64(v-FirstSystemVector)*b.EntryStride))
		}
	}
	return idt
}

// PlatformGate is a gate the boot adds with alloc_intr_gate only on some platforms (a hypervisor's callback,
// a feature the CPU reports): Handler is the symbol of its entry stub.
type PlatformGate struct {
	Vector  uint8
	Handler string
}

// The platforms whose gates PlatformGates knows.
const (
	// PlatformTCG is QEMU without KVM (the devnet's and the tests' guest here): no hypervisor callback.
	PlatformTCG = "tcg"
	// PlatformKVM is a KVM guest whose hypervisor offers KVM_FEATURE_ASYNC_PF_INT (QEMU's default under
	// KVM): kvm_guest_init allocates HYPERVISOR_CALLBACK_VECTOR for async page faults.
	PlatformKVM = "kvm"
)

// PlatformGates returns the platform gates of a named platform (PlatformTCG, PlatformKVM).
func PlatformGates(platform string) ([]PlatformGate, error) {
	switch platform {
	case PlatformTCG:
		return nil, nil
	case PlatformKVM:
		return []PlatformGate{{HypervisorCallbackVector, "asm_sysvec_kvm_asyncpf_interrupt"}}, nil
	}
	return nil, fmt.Errorf("unknown platform %q: want %s or %s, and any other gate named with an explicit VECTOR=SYMBOL", platform, PlatformTCG, PlatformKVM)
}

// ParsePlatformGate parses VECTOR=SYMBOL (the vector decimal or 0x hex), e.g.
// 0xf3=asm_sysvec_xen_hvm_callback.
func ParsePlatformGate(s string) (PlatformGate, error) {
	vec, sym, ok := strings.Cut(s, "=")
	if !ok || sym == "" {
		return PlatformGate{}, fmt.Errorf("gate %q: want VECTOR=SYMBOL", s)
	}
	base := 10
	if h, hex := strings.CutPrefix(vec, "0x"); hex {
		vec, base = h, 16
	}
	v, err := strconv.ParseUint(vec, base, 8)
	if err != nil || (base == 10 && len(vec) > 1 && vec[0] == '0') {
		return PlatformGate{}, fmt.Errorf("gate %q: the vector is not a number from 0 to 255", s)
	}
	return PlatformGate{Vector: uint8(v), Handler: sym}, nil
}

// idtTables are the idt_data tables of idt.c in the order the boot applies them; the platform's gates go
// between def_idts (trap_init) and apic_idts (native_init_IRQ), where the platform's init allocates them.
var idtTables = []string{"early_idts", "early_pf_idts", "def_idts", "", "apic_idts"}

// IDTBootOf reads from the vmlinux what the boot's construction of idt_table depends on, with the platform's
// gates (none: a QEMU TCG guest). Each stride is derived from the symbols and checked, never assumed.
func (v *ELFImage) IDTBootOf(platform []PlatformGate) (IDTBoot, error) {
	var b IDTBoot
	addr := func(name string) (uint64, error) {
		s, err := v.uniqueSymbol(name)
		return s.Value, err
	}
	var err error
	if b.EarlyHandlers, err = addr("early_idt_handler_array"); err != nil {
		return IDTBoot{}, err
	}
	common, err := addr("early_idt_handler_common")
	if err != nil {
		return IDTBoot{}, err
	}
	if b.EarlyHandlerSize, err = stride("early_idt_handler_array", b.EarlyHandlers, common, numExceptionVectors); err != nil {
		return IDTBoot{}, err
	}
	if b.IRQEntries, err = addr("irq_entries_start"); err != nil {
		return IDTBoot{}, err
	}
	if b.SpuriousEntries, err = addr("spurious_entries_start"); err != nil {
		return IDTBoot{}, err
	}
	if b.EntryStride, err = stride("irq_entries_start", b.IRQEntries, b.SpuriousEntries, FirstSystemVector-FirstExternalVector); err != nil {
		return IDTBoot{}, err
	}
	platformAt := -1
	var system [256]bool
	for _, name := range idtTables {
		var t []IDTData
		if name == "" {
			platformAt = len(b.Tables)
		} else if t, err = v.idtDataTable(name); err != nil {
			return IDTBoot{}, err
		}
		for _, d := range t {
			system[d.Vector] = true
		}
		b.Tables = append(b.Tables, t)
	}
	// A platform gate takes a system vector that no table of the kernel's sets, once.
	t, err := v.platformTable(platform)
	if err != nil {
		return IDTBoot{}, err
	}
	for _, d := range t {
		if system[d.Vector] {
			return IDTBoot{}, fmt.Errorf("%w: platform gate %d is set twice, or also by the kernel's tables", ErrIDTReplay, d.Vector)
		}
		system[d.Vector] = true
	}
	b.Tables[platformAt] = t
	return b, nil
}

// GoldenIDT returns the normalized idt_table (StructIDT) a clean guest of this build holds once booted on a
// platform with the given gates: the bytes a booted guest's idt_table region hashes.
func (v *ELFImage) GoldenIDT(platform []PlatformGate) ([]byte, error) {
	b, err := v.IDTBootOf(platform)
	if err != nil {
		return nil, err
	}
	return b.Replay(), nil
}

// platformTable is the gates alloc_intr_gate writes for the platform: interrupt gates at system vectors.
func (v *ELFImage) platformTable(platform []PlatformGate) ([]IDTData, error) {
	t := make([]IDTData, 0, len(platform))
	for _, g := range platform {
		if g.Vector < FirstSystemVector {
			return nil, fmt.Errorf("%w: platform gate %d=%s: alloc_intr_gate takes only system vectors (%#x and up)", ErrIDTReplay, g.Vector, g.Handler, FirstSystemVector)
		}
		s, err := v.uniqueSymbol(g.Handler)
		if err != nil {
			return nil, fmt.Errorf("platform gate %d: %w", g.Vector, err)
		}
		t = append(t, IDTData{Vector: uint32(g.Vector), Segment: kernelCS, Bits: gateInterrupt, Addr: s.Value})
	}
	return t, nil
}

// idtDataTable reads the idt_data table of that symbol, its length the symbol's size.
func (v *ELFImage) idtDataTable(name string) ([]IDTData, error) {
	s, err := v.uniqueSymbol(name)
	if err != nil {
		return nil, err
	}
	b := make([]byte, s.Size)
	if err := v.Read(s.Value, b); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	t, err := ParseIDTData(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return t, nil
}

// uniqueSymbol returns the one symbol of the ELF symbol table with that name (static symbols such as
// def_idts included); two of them are an error, not a guess.
func (v *ELFImage) uniqueSymbol(name string) (elf.Symbol, error) {
	syms, err := v.symbols()
	if err != nil {
		return elf.Symbol{}, err
	}
	var found []elf.Symbol
	for _, s := range syms {
		if s.Name == name && elf.ST_TYPE(s.Info) != elf.STT_FILE {
			found = append(found, s)
		}
	}
	switch len(found) {
	case 0:
		return elf.Symbol{}, fmt.Errorf("%w: %q not in vmlinux", ErrNoSymbol, name)
	case 1:
		return found[0], nil
	}
	return elf.Symbol{}, fmt.Errorf("%w: vmlinux has %d symbols named %q", ErrIDTReplay, len(found), name)
}

// stride is the size of each of n stubs laid out from start to end, which must be 8, 9, 13 or 16 bytes
// exactly (the strides of the x86-64 entry stubs with and without IBT's endbr64).
func stride(name string, start, end uint64, n uint64) (uint64, error) {
	if end > start && (end-start)%n == 0 {
		switch s := (end - start) / n; s {
		case 8, 9, 13, 16:
			return s, nil
		}
	}
	return 0, fmt.Errorf("%w: %s spans %#x..%#x, not %d stubs of a known size", ErrIDTReplay, name, start, end, n)
}
