package test

import (
	"bufio"
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/vmattest/vmattest/internal/qemu"
	"github.com/vmattest/vmattest/internal/qmp"
)

var (
	hookedBinOnce sync.Once
	hookedBin     string
	hookedBinErr  error
)

// vmattestHooked builds the CLI with -tags vmattest_testhooks (internal/collect/testhooks_tagged.go), once.
func vmattestHooked(t *testing.T) string {
	t.Helper()
	hookedBinOnce.Do(func() {
		hookedBin = filepath.Join(filepath.Dir(vmattestBin), "vmattest-testhooks")
		out, err := exec.Command("go", "build", "-tags", "vmattest_testhooks", "-o", hookedBin, "../cmd/vmattest").CombinedOutput()
		if err != nil {
			hookedBinErr = fmt.Errorf("%v: %s", err, out)
		}
	})
	if hookedBinErr != nil {
		t.Fatalf("failed to build vmattest with test hooks: %v", hookedBinErr)
	}
	return hookedBin
}

// startCounterGuest boots qemu.CounterKernel: a running guest that increments a counter in RAM.
func startCounterGuest(t *testing.T) *guest {
	t.Helper()
	kernel := filepath.Join(t.TempDir(), "counter.elf")
	if err := os.WriteFile(kernel, qemu.CounterKernel(), 0o644); err != nil {
		t.Fatal(err)
	}
	return startQEMU(t, func(ram, qmp string) []string { return qemu.KernelArgs("64M", ram, qmp, kernel) })
}

func (g *guest) counter(t *testing.T) uint32 {
	t.Helper()
	b, err := os.ReadFile(g.ramPath)
	if err != nil || len(b) < qemu.CounterAddr+4 {
		t.Fatalf("failed to read the guest's RAM: %v", err)
	}
	return binary.LittleEndian.Uint32(b[qemu.CounterAddr:])
}

// counterMoves reports whether the counter changes within 200 ms.
func (g *guest) counterMoves(t *testing.T) bool {
	t.Helper()
	c := g.counter(t)
	for deadline := time.Now().Add(200 * time.Millisecond); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if g.counter(t) != c {
			return true
		}
	}
	return false
}

// TestQEMUDigestSIGTERMResumes: SIGTERM to `vmattest digest` while it reads a paused guest (the read made
// slow by the test hook) ends the command with an error, and the guest runs again.
func TestQEMUDigestSIGTERMResumes(t *testing.T) {
	g := startCounterGuest(t)
	bin := vmattestHooked(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "digest", "--max-pause", "1m", "--qmp", g.qmp,
		"--guest-memory", fmt.Sprintf("%s@%#x+%d", g.ramPath, qemu.CounterAddr, 4<<20))
	cmd.Env = append(os.Environ(), "VMATTEST_TESTHOOK_PAUSED_READ_DELAY=1s")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stderr)
	for sc.Scan() && !strings.Contains(sc.Text(), "vmattest-testhook: paused") {
	}
	if g.counterMoves(t) {
		t.Fatal("the guest runs while vmattest digest reads it in a pause")
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	var rest strings.Builder
	for sc.Scan() {
		rest.WriteString(sc.Text() + "\n")
	}
	err = cmd.Wait()
	if err == nil || !strings.Contains(rest.String(), "guest-memory-1") || !strings.Contains(rest.String(), "context canceled") {
		t.Fatalf("vmattest digest after SIGTERM: %v; %s", err, rest.String())
	}
	st := status(t, g.qmp)
	if !st.Running || !g.counterMoves(t) {
		t.Fatalf("the guest was left paused after SIGTERM: %+v", st)
	}
}

func status(t *testing.T, socket string) qmp.Status {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := qmp.Dial(ctx, socket)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	st, err := c.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return st
}
