package test

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestLiveProcessText hashes the text segment of a live process (a sleep) by mapping name through
// /proc/PID/mem and checks it against the executable's bytes at the mapping's file offset.
func TestLiveProcessText(t *testing.T) {
	sleepPath, err := exec.LookPath("sleep")
	if err != nil {
		t.Skip("skipped: no sleep binary to run")
	}
	if sleepPath, err = filepath.EvalSymlinks(sleepPath); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(sleepPath, "60")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	pid := cmd.Process.Pid

	// Wait until the kernel has mapped the executable, then find its text mapping.
	var start, end, off uint64
	for deadline := time.Now().Add(5 * time.Second); start == 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("process %d never mapped %s executable", pid, sleepPath)
		}
		start, end, off = textMapping(t, pid, sleepPath)
	}
	want := fileBytes(t, sleepPath, off, end-start)

	manifest := filepath.Join(t.TempDir(), "proc.yaml")
	doc := fmt.Sprintf("name: sleep-text\nversion: \"1\"\nregions:\n  - name: text\n    process-memory:\n      process: {pid: %d}\n      mapping: {path: %s, perms: r-xp}\n", pid, sleepPath)
	if err := os.WriteFile(manifest, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	got := runDigest(t, "--alg", "sha256", "--subset", manifest)
	if got.Regions[0].Digest != want || got.Regions[0].Length != end-start {
		t.Fatalf("text of process %d = %s (%d bytes), want %s (%d bytes from %s at offset %#x)",
			pid, got.Regions[0].Digest, got.Regions[0].Length, want, end-start, sleepPath, off)
	}

	// A process that exits: the next read names the region and the cause.
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	msg := runDigestErr(t, "--subset", manifest)
	if !strings.Contains(msg, `"text"`) || !strings.Contains(msg, strconv.Itoa(pid)) {
		t.Fatalf("digest of an exited process: %q", msg)
	}
}

// textMapping returns the r-xp mapping of path in process pid, or zeros when there is none yet.
func textMapping(t *testing.T, pid int, path string) (start, end, off uint64) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/maps", pid))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 6 || fields[1] != "r-xp" || fields[5] != path {
			continue
		}
		lo, hi, _ := strings.Cut(fields[0], "-")
		start, _ = strconv.ParseUint(lo, 16, 64)
		end, _ = strconv.ParseUint(hi, 16, 64)
		off, _ = strconv.ParseUint(fields[2], 16, 64)
		return start, end, off
	}
	return 0, 0, 0
}

// fileBytes returns the hash of n bytes of path from off, zero-filled past the end of the file, as the
// kernel maps it.
func fileBytes(t *testing.T, path string, off, n uint64) string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b := make([]byte, n)
	if _, err := f.ReadAt(b, int64(off)); err != nil && err != io.EOF {
		t.Fatal(err)
	}
	s := sha256.Sum256(b)
	return "0x" + hex.EncodeToString(s[:])
}
