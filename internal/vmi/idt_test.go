package vmi

import (
	"bytes"
	"encoding/binary"
	"errors"
	"testing"
)

// idtEntry is one hand-made struct idt_data entry, as the compiler lays it out.
func idtEntry(vector, segment uint32, bits uint16, addr uint64) []byte {
	e := make([]byte, idtDataSize)
	binary.LittleEndian.PutUint32(e, vector)
	binary.LittleEndian.PutUint32(e[4:], segment)
	binary.LittleEndian.PutUint16(e[8:], bits)
	binary.LittleEndian.PutUint64(e[16:], addr)
	return e
}

// TestIDTReplay_handMadeTable: a hand-made idt_data table decodes, and the replay writes each gate as
// idt_init_desc does (offset split 16/16/32, selector, IST/type/DPL/present bits, reserved zero), keeps the
// early handler where no table writes, points unset external and system vectors at their stubs, and lets a
// later table overwrite an earlier one (def_idts' IST #DB over early_idts').
func TestIDTReplay_handMadeTable(t *testing.T) {
	const debug = 0xffffffff81c00c70
	early, err := ParseIDTData(idtEntry(1, 0x10, 0x8e00, debug))
	if err != nil {
		t.Fatal(err)
	}
	def, err := ParseIDTData(append(append(idtEntry(1, 0x10, 0x8e03, debug), idtEntry(3, 0x10, 0xee00, 0xffffffff81c00ba0)...),
		idtEntry(0x80, 0x10, 0xee00, 0xffffffff81c00c10)...))
	if err != nil {
		t.Fatal(err)
	}
	apic, err := ParseIDTData(idtEntry(0xec, 0x10, 0x8e00, 0xffffffff81c00eb0))
	if err != nil {
		t.Fatal(err)
	}
	b := IDTBoot{EarlyHandlers: 0xffffffff8304e000, EarlyHandlerSize: 9, Tables: [][]IDTData{early, def, apic},
		IRQEntries: 0xffffffff81c00290, SpuriousEntries: 0xffffffff81c008f0, EntryStride: 8}
	idt := b.Replay()
	for _, c := range []struct {
		vector int
		want   []byte
	}{
		// #DB: offset 0xffffffff81c00c70 = low 0x0c70, middle 0x81c0, high 0xffffffff; selector 0x10; IST 3.
		{1, []byte{0x70, 0x0c, 0x10, 0x00, 0x03, 0x8e, 0xc0, 0x81, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0}},
		// #BP: a system gate (DPL 3).
		{3, []byte{0xa0, 0x0b, 0x10, 0x00, 0x00, 0xee, 0xc0, 0x81, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0}},
		// #MC, set by no table: early_idt_handler_array[18] = 0xffffffff8304e000 + 18*9.
		{18, []byte{0xa2, 0xe0, 0x10, 0x00, 0x00, 0x8e, 0x04, 0x83, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0}},
		// An external vector no table sets: irq_entries_start + 8*(0x21-0x20).
		{0x21, []byte{0x98, 0x02, 0x10, 0x00, 0x00, 0x8e, 0xc0, 0x81, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0}},
		// The int 0x80 gate, a system vector below FIRST_SYSTEM_VECTOR: the table's, not an irq stub.
		{0x80, []byte{0x10, 0x0c, 0x10, 0x00, 0x00, 0xee, 0xc0, 0x81, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0}},
		// An unset system vector: spurious_entries_start + 8*(0xf3-0xec).
		{0xf3, []byte{0x28, 0x09, 0x10, 0x00, 0x00, 0x8e, 0xc0, 0x81, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0}},
	} {
		if got := idt[c.vector*16 : c.vector*16+16]; !bytes.Equal(got, c.want) {
			t.Errorf("gate %#x: %x, want %x", c.vector, got, c.want)
		}
	}
	// The gate round-trips through the live collection's normalization: at slide s, minus s, it is the same.
	const slide = 0x1e000000
	live := make([]byte, len(idt))
	for v := 0; v < 256; v++ {
		g := idt[v*16 : v*16+16]
		off := uint64(binary.LittleEndian.Uint16(g)) | uint64(binary.LittleEndian.Uint16(g[6:]))<<16 | uint64(binary.LittleEndian.Uint32(g[8:]))<<32
		EncodeGate(live[v*16:], IDTData{Segment: uint32(binary.LittleEndian.Uint16(g[2:])), Bits: binary.LittleEndian.Uint16(g[4:]), Addr: off + slide})
	}
	Normalize(live, IDTGates, slide)
	if !bytes.Equal(live, idt) {
		t.Error("a replayed table relocated by a slide and normalized is not the replayed table")
	}

	// Malformed tables are refused, never read as gates.
	for name, table := range map[string][]byte{
		"partial entry":    idtEntry(1, 0x10, 0x8e00, debug)[:20],
		"vector 256":       idtEntry(256, 0x10, 0x8e00, debug),
		"non-zero padding": append(idtEntry(1, 0x10, 0x8e00, debug)[:10], append([]byte{1}, idtEntry(1, 0x10, 0x8e00, debug)[11:]...)...),
	} {
		if _, err := ParseIDTData(table); !errors.Is(err, ErrIDTReplay) {
			t.Errorf("%s: %v, want ErrIDTReplay", name, err)
		}
	}
}

// TestPlatformGates: the named platforms and explicit VECTOR=SYMBOL gates.
func TestPlatformGates(t *testing.T) {
	if g, err := PlatformGates(PlatformTCG); err != nil || len(g) != 0 {
		t.Errorf("tcg: %v, %v", g, err)
	}
	if g, err := PlatformGates(PlatformKVM); err != nil || len(g) != 1 || g[0] != (PlatformGate{0xf3, "asm_sysvec_kvm_asyncpf_interrupt"}) {
		t.Errorf("kvm: %v, %v", g, err)
	}
	if _, err := PlatformGates("xen"); err == nil {
		t.Error("an unknown platform is accepted")
	}
	for in, want := range map[string]PlatformGate{"0xf3=asm_sysvec_xen_hvm_callback": {0xf3, "asm_sysvec_xen_hvm_callback"}, "237=x": {237, "x"}} {
		if got, err := ParsePlatformGate(in); err != nil || got != want {
			t.Errorf("%s: %+v, %v", in, got, err)
		}
	}
	for _, in := range []string{"0243=x", "256=x", "0xf3", "0xf3=", "x=y", "-1=x"} {
		if _, err := ParsePlatformGate(in); err == nil {
			t.Errorf("%q is accepted", in)
		}
	}
}

// TestStride: the entry-stub strides are derived from the symbols and checked.
func TestStride(t *testing.T) {
	if s, err := stride("a", 0x1000, 0x1000+32*9, 32); err != nil || s != 9 {
		t.Errorf("9-byte stubs: %d, %v", s, err)
	}
	for _, end := range []uint64{0x1000 + 32*9 + 1, 0x1000 + 32*12, 0x1000} {
		if _, err := stride("a", 0x1000, end, 32); !errors.Is(err, ErrIDTReplay) {
			t.Errorf("end %#x: %v, want ErrIDTReplay", end, err)
		}
	}
}
