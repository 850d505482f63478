package test

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vmattest/vmattest/internal/qemu"
)

// qemuBinary finds qemu-system-x86_64. CI must have it (.ci/run installs it); elsewhere the test is
// skipped with the reason.
func qemuBinary(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("qemu-system-x86_64")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("qemu-system-x86_64 is not installed in CI: .ci/run must install it (scripts/install-deps.sh)")
		}
		t.Skip("skipped: qemu-system-x86_64 is not installed (scripts/install-deps.sh installs it)")
	}
	return p
}

// guest is a QEMU VM whose RAM is a memory-backend-file, paused before its first instruction, with blobs
// placed at guest-physical addresses by -device loader. No guest OS is needed.
type guest struct {
	ramPath string
	qmp     string
	cmd     *exec.Cmd
}

// startGuest starts QEMU with ramSize bytes of RAM and each blob at its GPA, and waits for QMP to answer,
// which is after the loader has copied the blobs into RAM.
func startGuest(t *testing.T, ramSize string, blobs map[uint64]string) *guest {
	t.Helper()
	return startQEMU(t, func(ram, qmp string) []string { return qemu.Args(ramSize, ram, qmp, blobs) })
}

// startQEMU starts QEMU with the arguments args(RAM file, QMP socket) and waits for QMP to answer.
func startQEMU(t *testing.T, args func(ram, qmp string) []string) *guest {
	t.Helper()
	bin := qemuBinary(t)
	dir := t.TempDir()
	ram := filepath.Join("/dev/shm", fmt.Sprintf("vmattest-test-%d-%d.ram", os.Getpid(), time.Now().UnixNano()))
	if _, err := os.Stat("/dev/shm"); err != nil {
		ram = filepath.Join(dir, "guest.ram")
	}
	qmp := filepath.Join(dir, "qmp.sock")
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, bin, args(ram, qmp)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		cancel()
		t.Fatalf("failed to start QEMU: %v", err)
	}
	g := &guest{ramPath: ram, qmp: qmp, cmd: cmd}
	t.Cleanup(func() {
		cancel()
		_ = cmd.Wait()
		os.Remove(ram)
	})
	// QMP may greet before the machine is built; commands are answered only from the main loop, which
	// starts after machine creation and reset, when the loader has copied the blobs into RAM.
	deadline := time.Now().Add(30 * time.Second)
	for {
		if err := qemu.Ready(qmp); err == nil {
			return g
		} else if time.Now().After(deadline) {
			t.Fatalf("QEMU did not answer on QMP within 30 s: %v; %s", err, stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func writeBlob(t *testing.T, n int) (path string, sum string) {
	t.Helper()
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	path = filepath.Join(t.TempDir(), "blob.bin")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	s := sha256.Sum256(b)
	return path, "0x" + hex.EncodeToString(s[:])
}

// TestQEMUGuestMemory hashes a guest-physical range of a real QEMU VM's RAM through its memory-backend
// file: the digest is the blob's hash, and another blob gives another digest.
func TestQEMUGuestMemory(t *testing.T) {
	const gpa, size = 0x200000, 256 << 10
	blob, want := writeBlob(t, size)
	g := startGuest(t, "64M", map[uint64]string{gpa: blob})
	arg := fmt.Sprintf("%s@%#x+%d", g.ramPath, gpa, size)
	if got := runDigest(t, "--alg", "sha256", "--guest-memory", arg); got.Regions[0].Digest != want || got.Regions[0].Length != size {
		t.Fatalf("digest of GPA [%#x, +%d) = %s (%d bytes), want the blob's %s", gpa, size, got.Regions[0].Digest, got.Regions[0].Length, want)
	}

	other, otherSum := writeBlob(t, size)
	g2 := startGuest(t, "64M", map[uint64]string{gpa: other})
	got := runDigest(t, "--alg", "sha256", "--guest-memory", fmt.Sprintf("%s@%#x+%d", g2.ramPath, gpa, size))
	if got.Regions[0].Digest != otherSum || got.Regions[0].Digest == want {
		t.Fatalf("another blob gave %s, want %s (and not %s)", got.Regions[0].Digest, otherSum, want)
	}
	// A range past the end of guest RAM fails and names the region.
	msg := runDigestErr(t, "--guest-memory", fmt.Sprintf("%s@%#x+%d", g.ramPath, 64<<20-100, 200))
	if !strings.Contains(msg, "guest-memory-1") || !strings.Contains(msg, "out of bounds") {
		t.Fatalf("range past the end of RAM: %q", msg)
	}
}

// TestQEMUGuestMemoryHole: a 4 GiB q35 VM keeps 2 GiB of RAM below the PCI hole; the rest is at 4 GiB and
// up, and at offset 2 GiB of its RAM file. The ad-hoc --guest-memory refuses what the file alone cannot
// place (the hole, RAM above 4 GiB); with --qmp it takes the layout from QEMU and reads a blob above 4 GiB.
func TestQEMUGuestMemoryHole(t *testing.T) {
	const gpa, size = 1<<32 + 0x1000, 4 << 10
	blob, want := writeBlob(t, size)
	g := startGuest(t, "4G", map[uint64]string{gpa: blob})
	for _, a := range []uint64{3 << 30, gpa} {
		msg := runDigestErr(t, "--guest-memory", fmt.Sprintf("%s@%#x+%d", g.ramPath, a, size))
		if !strings.Contains(msg, "guest-memory-1") || !strings.Contains(msg, "--qmp") {
			t.Fatalf("gpa %#x without --qmp: %q, want a refusal naming the region and --qmp", a, msg)
		}
	}
	got := runDigest(t, "--alg", "sha256", "--qmp", g.qmp, "--guest-memory", fmt.Sprintf("%s@%#x+%d", g.ramPath, gpa, size))
	if got.Regions[0].Digest != want {
		t.Fatalf("gpa %#x with --qmp = %s, want the blob's %s", gpa, got.Regions[0].Digest, want)
	}
	// The guest waits before its first instruction (-S): it is read as found and left so.
	if len(got.Pauses) != 1 || got.Pauses[0].QMP != g.qmp || got.Pauses[0].Paused {
		t.Fatalf("pauses %+v, want the VM, not paused by vmattest", got.Pauses)
	}
	msg := runDigestErr(t, "--qmp", g.qmp, "--guest-memory", fmt.Sprintf("%s@%#x+%d", g.ramPath, 3<<30, size))
	if !strings.Contains(msg, "guest-memory-1") || !strings.Contains(msg, "not RAM") {
		t.Fatalf("gpa in the PCI hole with --qmp: %q", msg)
	}
}

// TestQEMUHighMemoryMap places a blob above 4 GiB in a 3 GiB q35 VM, whose RAM file holds the low 2 GiB and
// then the RAM above 4 GiB: the manifest's map translates the GPA to its file offset.
func TestQEMUHighMemoryMap(t *testing.T) {
	const gpa, size = 0x100000000, 64 << 10
	blob, want := writeBlob(t, size)
	g := startGuest(t, "3G", map[uint64]string{gpa: blob})
	manifest := filepath.Join(t.TempDir(), "vm.yaml")
	doc := fmt.Sprintf(`name: qemu-high
version: "1"
regions:
  - name: high-blob
    guest-memory:
      path: %s
      format: memory-backend-file
      map:
        - {gpa: 0x0, offset: 0x0, size: 0x80000000}
        - {gpa: 0x100000000, offset: 0x80000000, size: 0x40000000}
      ranges:
        - {gpa: %#x, length: %d}
`, g.ramPath, uint64(gpa), size)
	if err := os.WriteFile(manifest, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := runDigest(t, "--alg", "sha256", "--subset", manifest); got.Regions[0].Digest != want {
		t.Fatalf("digest of GPA %#x through the map = %s, want the blob's %s", uint64(gpa), got.Regions[0].Digest, want)
	}
}
