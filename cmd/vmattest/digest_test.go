package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestSubsetCommands(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "s.yaml")
	os.WriteFile(good, []byte("name: s\nversion: '1'\nregions:\n  - name: kernel\n    kernel: {}\n"), 0o644)
	id, err := run(t, "subset", "id", good)
	if err != nil || !strings.HasPrefix(id, "0x") || len(strings.TrimSpace(id)) != 66 {
		t.Fatalf("subset id = %q, %v", id, err)
	}
	out, err := run(t, "subset", "check", good)
	if err != nil || !strings.Contains(out, "valid") || !strings.Contains(out, strings.TrimSpace(id)) || !strings.Contains(out, "kernel") {
		t.Fatalf("subset check = %q, %v", out, err)
	}
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("name: s\nversion: '1'\nregions:\n  - name: cfg\n    file: {path: etc/x}\n"), 0o644)
	if _, err := run(t, "subset", "check", bad); err == nil || !strings.Contains(err.Error(), `region 0 ("cfg"): file.path`) {
		t.Fatalf("subset check of a bad manifest: %v", err)
	}
}

func TestDigestCommand(t *testing.T) {
	dir := t.TempDir()
	data := []byte(strings.Repeat("vmattest", 1000))
	p := filepath.Join(dir, "data")
	os.WriteFile(p, data, 0o644)
	out, err := run(t, "digest", "--alg", "sha256", "--json", "--file", p, "--file", p+"@8+0x10")
	if err != nil {
		t.Fatal(err)
	}
	var d digestOutput
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("digest --json printed %q: %v", out, err)
	}
	whole, part := sha256.Sum256(data), sha256.Sum256(data[8:24])
	if d.Alg != "sha256" || len(d.Regions) != 2 || d.Regions[0].Digest != "0x"+hex.EncodeToString(whole[:]) ||
		d.Regions[1].Digest != "0x"+hex.EncodeToString(part[:]) || d.Regions[1].Length != 16 || d.Regions[0].Name != "file-1" {
		t.Fatalf("digest output %+v does not match sha256 of the file and of bytes [8, 24)", d)
	}
	table, err := run(t, "digest", "--alg", "sha256", "--file", p)
	if err != nil || !strings.Contains(table, hex.EncodeToString(whole[:])) || !strings.Contains(table, "subset digest") {
		t.Fatalf("digest table = %q, %v", table, err)
	}

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"digest"}, "nothing to hash"},
		{[]string{"digest", "--subset", "x.yaml", "--file", p}, "not both"},
		{[]string{"digest", "--alg", "md5", "--file", p}, "--alg"},
		{[]string{"digest", "--file", p + "@8"}, "PATH@OFFSET+LENGTH"},
		{[]string{"digest", "--file", p + "@x+1"}, `offset: "x" is not a number`},
		{[]string{"digest", "--file", p + "@0+0"}, "length: must be > 0"},
		{[]string{"digest", "--file", p + "@010+1"}, `offset: "010" has a leading zero`},
		{[]string{"digest", "--file", p + "@0+1e3"}, `length: "1e3" is not an integer`},
		{[]string{"digest", "--file", p + "@18446744073709551616+1"}, "too large"},
		{[]string{"digest", "--file", p + "\xff"}, `region 0 ("file-1"): file.path: `},
		{[]string{"digest", "--workers", "abc", "--file", p}, `--workers: "abc" is not a valid int`},
		{[]string{"digest", "--guest-memory", p}, "PATH@ADDRESS+LENGTH"},
		{[]string{"digest", "--process", "abc"}, "PID:MAPPING"},
		{[]string{"digest", "--file", p + fmt.Sprintf("@%d+1", len(data))}, `region 0 ("file-1", file)`},
		{[]string{"digest", "--file", filepath.Join(dir, "absent")}, "no such file"},
		{[]string{"digest", "--subset", filepath.Join(dir, "absent.yaml")}, "failed to open subset manifest"},
	} {
		if _, err := run(t, tc.args...); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: %v, want an error containing %q", tc.args, err, tc.want)
		}
	}
}

// TestDigestQMPFlag: --qmp belongs to --guest-memory; an unreachable socket names the region and pauses
// nothing.
func TestDigestQMPFlag(t *testing.T) {
	dir := t.TempDir()
	ram := filepath.Join(dir, "vm.ram")
	if err := os.WriteFile(ram, make([]byte, 8192), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"digest", "--qmp", filepath.Join(dir, "vm.qmp"), "--file", ram}, "--qmp goes with --guest-memory"},
		{[]string{"digest", "--qmp", filepath.Join(dir, "vm.qmp"), "--guest-memory", ram + "@0+16"}, `region 0 ("guest-memory-1", guest-memory): the VM's QMP socket is unreachable, nothing was paused`},
	} {
		if _, err := run(t, tc.args...); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: %v, want an error containing %q", tc.args, err, tc.want)
		}
	}
}

// TestDigestSpecialFiles: the command refuses a FIFO at once (it blocked forever in open(2)) with an error
// naming the region and the path, and hashes /proc files as their content, not as the empty string.
func TestDigestSpecialFiles(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		_, err := run(t, "digest", "--file", fifo)
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), `region 0 ("file-1", file): file.path: `+fifo+" is a FIFO: not a regular file") {
			t.Errorf("digest --file FIFO: %v", err)
		}
	case <-ctx.Done():
		t.Fatal("digest --file FIFO still blocked after 5 s")
	}
	out, err := run(t, "digest", "--alg", "sha256", "--json", "--file", "/proc/version")
	var d digestOutput
	if err != nil || json.Unmarshal([]byte(out), &d) != nil {
		t.Fatalf("digest --file /proc/version: %q, %v", out, err)
	}
	want, _ := os.ReadFile("/proc/version")
	sum := sha256.Sum256(want)
	if d.Regions[0].Digest != "0x"+hex.EncodeToString(sum[:]) || d.Regions[0].Length != uint64(len(want)) {
		t.Errorf("digest of /proc/version: %+v, want sha256 of its %d bytes", d.Regions[0], len(want))
	}
}
