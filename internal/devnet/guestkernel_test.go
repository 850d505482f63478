//go:build unix

package devnet

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// fakeRoot returns a repository root whose scripts/fetch-guest.sh is script.
func fakeRoot(t *testing.T, script string) string {
	t.Helper()
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "scripts"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "scripts", "fetch-guest.sh"), []byte("#!/bin/sh\n"+script+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return root
}

// TestFetchGuest_exitCodes: only fetch-guest.sh's exit 2 (no apt) means "no Linux guest here" and lets the
// devnet fall back to the firmware guest; any other failure is an error, not a silent fallback.
func TestFetchGuest_exitCodes(t *testing.T) {
	for _, tc := range []struct {
		name, script string
		fallback     bool
	}{
		{"no apt", "echo 'fetch-guest: apt-get is missing' >&2; exit 2", true},
		{"broken download", "echo 'fetch-guest: dpkg-deb failed' >&2; exit 1", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := &Devnet{opts: Options{Root: fakeRoot(t, tc.script)}}
			_, err := d.fetchGuest(context.Background())
			if err == nil || errors.Is(err, errNoKernelGuest) != tc.fallback {
				t.Fatalf("fetchGuest = %v; want an error, errNoKernelGuest %v", err, tc.fallback)
			}
		})
	}
	d := &Devnet{opts: Options{Root: fakeRoot(t, "echo /cache/guest/6.1")}}
	if dir, err := d.fetchGuest(context.Background()); err != nil || dir != "/cache/guest/6.1" {
		t.Fatalf("fetchGuest = %q, %v; want the printed directory", dir, err)
	}
}

// TestCopyEntry: the rootkit's write replaces exactly one 8-byte sys_call_table entry with another's, and
// a table outside the RAM image is an error, not a write elsewhere.
func TestCopyEntry(t *testing.T) {
	data := make([]byte, 4096)
	for i := range data {
		data[i] = byte(i)
	}
	orig := append([]byte(nil), data...)
	k := &kernelGuest{tableGPA: 1024}
	old, err := k.copyEntry(data, 3, 1)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(old, orig[1048:1056]) || !bytes.Equal(data[1048:1056], orig[1032:1040]) {
		t.Errorf("entry 3 = %x (old %x), want entry 1's %x and the old %x", data[1048:1056], old, orig[1032:1040], orig[1048:1056])
	}
	copy(data[1048:1056], old)
	if !bytes.Equal(data, orig) {
		t.Error("copyEntry wrote outside the entry")
	}
	if _, err := (&kernelGuest{tableGPA: 4090}).copyEntry(data, 0, 1); err == nil {
		t.Error("a table past the end of RAM was written")
	}
}
