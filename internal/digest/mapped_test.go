//go:build linux

package digest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/sys/unix"
)

// TestBytesOfTruncatedMapping: hashing a mapping whose file was truncated is ErrFault, not a crash (SIGBUS)
// and not a digest, for tree and streaming hashes.
func TestBytesOfTruncatedMapping(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(p, make([]byte, 4<<20), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := unix.Mmap(int(f.Fd()), 0, 4<<20, unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Munmap(b)
	if err := os.Truncate(p, 0); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"blake3", "sha256"} {
		alg, _ := Lookup(name)
		for _, n := range []int64{4 << 20, 4096} { // several subtrees, and one
			_, err := Sum(context.Background(), alg, []Section{{R: Bytes(b), N: n}}, Options{Workers: 2})
			if !errors.Is(err, ErrFault) {
				t.Errorf("%s of %d bytes of a truncated mapping: %v, want ErrFault", name, n, err)
			}
		}
	}
}

// TestBytesInPlace: a Bytes source gives the same digest as the same bytes read through a copy.
func TestBytesInPlace(t *testing.T) {
	data := make([]byte, 9<<20+333)
	for i := range data {
		data[i] = byte(i * 7)
	}
	alg, _ := Lookup("blake3")
	for _, n := range []int64{0, 1, 1024, 5000, 64 << 10, 9<<20 + 333} {
		got, err := Sum(context.Background(), alg, []Section{{R: Bytes(data), N: n}}, Options{Workers: 3, BufferSize: 1 << 20})
		if err != nil || got != SumBytes(alg, data[:n]) {
			t.Errorf("%d bytes in place: %v", n, err)
		}
	}
}
