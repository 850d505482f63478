//go:build linux

package collect

import (
	"context"
	"crypto/sha256"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vmattest/vmattest/internal/digest"
	"github.com/vmattest/vmattest/internal/subset"
)

// collectWithin collects m, failing the test if it has not returned after a few seconds (the old code
// blocked forever in open(2) on a FIFO).
func collectWithin(t *testing.T, ctx context.Context, m *subset.Manifest, alg digest.Algorithm) (*Result, error) {
	t.Helper()
	type out struct {
		res *Result
		err error
	}
	done := make(chan out, 1)
	go func() {
		res, err := Collect(ctx, m, alg, Options{})
		done <- out{res, err}
	}()
	select {
	case o := <-done:
		return o.res, o.err
	case <-time.After(5 * time.Second):
		t.Fatal("Collect blocked for 5 s")
		return nil, nil
	}
}

// TestNonRegularFilesRefused: a FIFO (with and without a writer), a socket, a character device and a
// directory are refused at once, with an error naming the region, the path and what it is.
func TestNonRegularFilesRefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "sock")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	for _, tc := range []struct{ path, what string }{
		{fifo, "a FIFO"},
		{sock, "a socket"},
		{"/dev/null", "a character device"},
		{"/dev/zero", "a character device"},
		{dir, "a directory"},
	} {
		for _, kind := range []string{"file", "guest-memory"} {
			r := subset.Region{Name: "cfg", File: &subset.FileSpec{Path: tc.path}}
			if kind == "guest-memory" {
				r = subset.Region{Name: "cfg", GuestMemory: &subset.GuestMemSpec{Path: tc.path, Format: subset.FormatRawDump,
					Ranges: []subset.GPARange{{GPA: 0, Length: 4096}}}}
			}
			res, err := collectWithin(t, context.Background(), manifest(t, r), sha(t))
			var re *RegionError
			if res != nil || !errors.Is(err, ErrNotRegular) || !errors.As(err, &re) || re.Name != "cfg" ||
				!strings.Contains(err.Error(), tc.path+" is "+tc.what) {
				t.Errorf("%s %s: %v, %v; want ErrNotRegular naming region cfg, the path and %q", kind, tc.path, res, err, tc.what)
			}
		}
	}
}

// TestFIFOSwappedIn: a FIFO that a writer holds open is still refused (the open does not wait for it, nor
// read from it).
func TestFIFOWithWriter(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	w, err := os.OpenFile(fifo, os.O_RDWR, 0) // O_RDWR opens a FIFO without waiting for a reader
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	w.Write([]byte("injected"))
	_, err = collectWithin(t, context.Background(), manifest(t, subset.Region{Name: "cfg", File: &subset.FileSpec{Path: fifo}}), sha(t))
	if !errors.Is(err, ErrNotRegular) {
		t.Fatalf("FIFO with a writer: %v, want ErrNotRegular", err)
	}
}

// TestGeneratedFiles: files of /proc (stat size 0) and /sys (stat size 4096) are read to their end and
// hashed as what they contain, never as the empty string.
func TestGeneratedFiles(t *testing.T) {
	empty := sha256.Sum256(nil)
	for _, p := range []string{"/proc/cpuinfo", "/proc/self/status", "/proc/version", "/sys/kernel/mm/transparent_hugepage/enabled", "/sys/kernel/address_bits"} {
		want, err := os.ReadFile(p)
		if err != nil || len(want) == 0 {
			t.Logf("%s: %v (skipped)", p, err)
			continue
		}
		res, err := collectWithin(t, context.Background(), manifest(t, subset.Region{Name: "g", File: &subset.FileSpec{Path: p}}), sha(t))
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		r := res.Regions[0]
		if r.Digest == empty || r.Length == 0 {
			t.Errorf("%s hashed as the empty string", p)
		}
		// /proc/self/status and /proc/cpuinfo (MHz) change between reads; the others do not.
		if !strings.Contains(p, "status") && !strings.Contains(p, "cpuinfo") && (r.Digest != sha256.Sum256(want) || r.Length != uint64(len(want))) {
			t.Errorf("%s: digest of %d bytes, want sha256 of its %d bytes", p, r.Length, len(want))
		}
	}
	// A range of a generated file applies to its content.
	want, _ := os.ReadFile("/proc/version")
	res, err := Collect(context.Background(), manifest(t, subset.Region{Name: "v", File: &subset.FileSpec{Path: "/proc/version",
		Ranges: []subset.FileRange{{Offset: 0, Length: 5}}}}), sha(t), Options{})
	if err != nil || res.Regions[0].Digest != sha256.Sum256(want[:5]) {
		t.Errorf("range of /proc/version: %v", err)
	}
	_, err = Collect(context.Background(), manifest(t, subset.Region{Name: "v", File: &subset.FileSpec{Path: "/proc/version",
		Ranges: []subset.FileRange{{Offset: 0, Length: 1 << 20}}}}), sha(t), Options{})
	if !errors.Is(err, ErrOutOfRange) {
		t.Errorf("range past the end of /proc/version: %v, want ErrOutOfRange", err)
	}
}

// TestCancelled: a cancelled context ends a collection with its error (the CLI cancels it on SIGTERM).
func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	p := writeFile(t, t.TempDir(), "f", randomBytes(t, 1<<20))
	for _, path := range []string{p, "/proc/cpuinfo"} {
		if _, err := Collect(ctx, manifest(t, subset.Region{Name: "f", File: &subset.FileSpec{Path: path}}), sha(t), Options{}); !errors.Is(err, context.Canceled) {
			t.Errorf("%s with a cancelled context: %v", path, err)
		}
	}
}

// TestFileEveryAlgorithm: a file region's digest is the digest of its bytes for every algorithm, whole and
// in ranges that cross BLAKE3 subtrees.
func TestFileEveryAlgorithm(t *testing.T) {
	data := randomBytes(t, 9<<20+333)
	p := writeFile(t, t.TempDir(), "f", data)
	for _, name := range []string{"blake3", "sha256", "keccak256"} {
		alg, _ := digest.Lookup(name)
		m := manifest(t,
			subset.Region{Name: "whole", File: &subset.FileSpec{Path: p}},
			subset.Region{Name: "ranges", File: &subset.FileSpec{Path: p, Ranges: []subset.FileRange{{Offset: 1, Length: 8 << 20}, {Offset: 9 << 20, Length: 333}}}})
		res, err := Collect(context.Background(), m, alg, Options{})
		if err != nil {
			t.Fatal(err)
		}
		concat := append(append([]byte{}, data[1:1+8<<20]...), data[9<<20:]...)
		if res.Regions[0].Digest != digest.SumBytes(alg, data) || res.Regions[1].Digest != digest.SumBytes(alg, concat) {
			t.Errorf("%s: region digests differ from the digest of the bytes", name)
		}
	}
}

// TestFileErrorsNameRegionAndField: collection errors of file regions say which region and which field of
// it (in the manifest's words), and no Go type.
func TestFileErrorsNameRegionAndField(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "f", randomBytes(t, 100))
	for _, tc := range []struct {
		spec subset.FileSpec
		want string
	}{
		{subset.FileSpec{Path: filepath.Join(dir, "absent")}, `region 0 ("cfg", file): file.path: failed to open: stat ` + filepath.Join(dir, "absent") + ": no such file"},
		{subset.FileSpec{Path: p, Ranges: []subset.FileRange{{Offset: 0, Length: 1}, {Offset: 90, Length: 11}}}, `region 0 ("cfg", file): file.ranges[1] [0x5a, 0x65) is outside ` + p + " of 100 bytes"},
		{subset.FileSpec{Path: "/proc/version", Ranges: []subset.FileRange{{Offset: 1 << 20, Length: 1}}}, `region 0 ("cfg", file): file.ranges[0] [0x100000, 0x100001) is outside /proc/version`},
		{subset.FileSpec{Path: dir}, `region 0 ("cfg", file): file.path: ` + dir + " is a directory"},
	} {
		spec := tc.spec
		_, err := Collect(context.Background(), manifest(t, subset.Region{Name: "cfg", File: &spec}), sha(t), Options{})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: %v, want %q", tc.spec, err, tc.want)
		}
		for _, leak := range []string{"strconv", "*os.", "syscall.", "Go "} {
			if err != nil && strings.Contains(err.Error(), leak) {
				t.Errorf("%v names a Go type (%q)", err, leak)
			}
		}
	}
}
