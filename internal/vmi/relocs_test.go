package vmi

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestRelocs: a relocation file round-trips, is pinned by SHA-256, and undoes each kind of relocation.
func TestRelocs(t *testing.T) {
	const slide = 0x26200000
	r := Relocs{Start: 0xffffffff81000000, Length: 24, Sites: []Reloc{{0, Reloc32}, {4, Reloc32Inverse}, {8, Reloc64}}}
	var file bytes.Buffer
	if err := WriteRelocs(&file, r); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "text.relocs")
	if err := os.WriteFile(path, file.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := LoadRelocs(path, sha256.Sum256(file.Bytes()))
	if err != nil || got.Start != r.Start || got.Length != r.Length || len(got.Sites) != 3 || got.Sites[1] != r.Sites[1] {
		t.Fatalf("LoadRelocs: %+v, %v", got, err)
	}
	if _, err := LoadRelocs(path, [32]byte{}); !errors.Is(err, ErrSymbolFile) {
		t.Errorf("pin mismatch: %v", err)
	}
	b := make([]byte, 24)
	binary.LittleEndian.PutUint32(b[0:], 0x81a00000+slide)
	binary.LittleEndian.PutUint32(b[4:], uint32(0x100012340-slide))
	binary.LittleEndian.PutUint64(b[8:], 0xffffffff82000360+slide)
	copy(b[16:], "untouch!")
	if err := Unrelocate(b, got.Sites, slide); err != nil {
		t.Fatal(err)
	}
	if binary.LittleEndian.Uint32(b[0:]) != 0x81a00000 || binary.LittleEndian.Uint32(b[4:]) != 0x00012340 ||
		binary.LittleEndian.Uint64(b[8:]) != 0xffffffff82000360 || string(b[16:]) != "untouch!" {
		t.Errorf("unrelocated: % x", b)
	}
	if err := Unrelocate(b[:10], got.Sites, slide); err == nil {
		t.Error("a site past the end was applied")
	}
}
