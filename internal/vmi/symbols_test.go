package vmi

import (
	"crypto/sha256"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const testMap = `0000000000000000 D __per_cpu_start
ffffffff81000000 T _text
ffffffff81e01ef2 T _etext
ffffffff82000360 D sys_call_table
ffffffff82001180 d vdso_mapping
00000000000001ea A kexec_control_code_size
`

// TestLoadSymbols: the pinned file loads; a missing file, another file (SHA-256 mismatch), a malformed line
// and a symbol not in it are the documented errors.
func TestLoadSymbols(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "System.map")
	if err := os.WriteFile(path, []byte(testMap), 0o644); err != nil {
		t.Fatal(err)
	}
	pin := sha256.Sum256([]byte(testMap))
	s, err := LoadSymbols(path, pin)
	if err != nil {
		t.Fatal(err)
	}
	if a, err := s.Lookup("sys_call_table"); err != nil || a != 0xffffffff82000360 {
		t.Errorf("Lookup: %#x, %v", a, err)
	}
	if n, err := s.Next("sys_call_table"); err != nil || n != 0xffffffff82001180 {
		t.Errorf("Next: %#x, %v", n, err)
	}
	if _, err := s.Lookup("idt_table"); !errors.Is(err, ErrNoSymbol) || !strings.Contains(err.Error(), "idt_table") {
		t.Errorf("missing symbol: %v", err)
	}
	if _, err := LoadSymbols(filepath.Join(dir, "none"), pin); !errors.Is(err, ErrSymbolFile) {
		t.Errorf("missing file: %v", err)
	}
	other := pin
	other[0] ^= 1
	if _, err := LoadSymbols(path, other); !errors.Is(err, ErrSymbolFile) || !strings.Contains(err.Error(), "SHA-256") {
		t.Errorf("hash mismatch: %v", err)
	}
	if _, err := ParseSymbols(strings.NewReader("ffffffff81000000 T\n")); !errors.Is(err, ErrSymbolFile) {
		t.Errorf("malformed: %v", err)
	}
	if _, err := ParseSymbols(strings.NewReader("0000000000000000 T _text\n")); !errors.Is(err, ErrSymbolFile) {
		t.Errorf("kallsyms read without privilege (all zero): %v", err)
	}
}

// TestNormalize: pointer tables and IDT gate offsets lose the slide; zero words and zero gates stay zero.
func TestNormalize(t *testing.T) {
	const slide = 0x14a00000
	b := make([]byte, 16)
	putLE := func(off int, v uint64, n int) {
		for i := range n {
			b[off+i] = byte(v >> (8 * i))
		}
	}
	putLE(0, 0xffffffff81234567+slide, 8)
	Normalize(b, Pointers, slide)
	if b[0] != 0x67 || b[3] != 0x81 || b[8] != 0 {
		t.Errorf("pointers: % x", b)
	}
	b = make([]byte, 32)
	off := uint64(0xffffffff81a00b40 + slide)
	putLE(0, off&0xffff, 2)
	putLE(2, 0x10, 2)
	putLE(4, 0x8e00, 2)
	putLE(6, (off>>16)&0xffff, 2)
	putLE(8, off>>32, 4)
	Normalize(b, IDTGates, slide)
	got := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[6])<<16 | uint64(b[7])<<24 | uint64(b[8])<<32 | uint64(b[9])<<40 | uint64(b[10])<<48 | uint64(b[11])<<56
	if got != 0xffffffff81a00b40 || b[2] != 0x10 || b[5] != 0x8e {
		t.Errorf("gate: offset %#x, % x", got, b[:16])
	}
	for _, x := range b[16:] {
		if x != 0 {
			t.Fatalf("zero gate changed: % x", b[16:])
		}
	}
}
