//go:build unix

package test

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestDevnetCommandInterrupt runs `vmattest devnet` as a user does, waits until it reports the devnet
// running, checks its processes are alive, presses Ctrl-C (SIGINT) and checks that the command exits
// cleanly and that every process it started is gone. It runs without QEMU (--qemu none), which the full-flow
// test uses: the guest's memory is a raw image, and the output says so.
func TestDevnetCommandInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped with -short: starts a devnet of real processes")
	}
	startDevnetPrereqs(t)
	dir := filepath.Join(t.TempDir(), "devnet")
	cmd := exec.Command(vmattestBin, "devnet", "--dir", dir, "--root", "..", "--port", "0", "--node-port", "0", "--workloads", "guest", "--qemu", "none")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	ready := make(chan struct{})
	var out strings.Builder
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			out.WriteString(sc.Text() + "\n")
			if strings.Contains(sc.Text(), "press Ctrl-C to stop it") {
				close(ready)
			}
		}
		exited <- cmd.Wait()
	}()
	select {
	case <-ready:
	case err := <-exited:
		t.Fatalf("vmattest devnet exited before it was running: %v\n%s\n%s", err, out.String(), stderr.String())
	case <-time.After(3 * time.Minute):
		_ = cmd.Process.Kill()
		t.Fatalf("vmattest devnet not running after 3 minutes:\n%s\n%s", out.String(), stderr.String())
	}
	var desc struct {
		Processes map[string]int `json:"processes"`
		VMs       []struct {
			Manifest string `json:"manifest"`
		} `json:"vms"`
	}
	data, err := os.ReadFile(filepath.Join(dir, "devnet.json"))
	if err == nil {
		err = json.Unmarshal(data, &desc)
	}
	if err != nil {
		t.Fatalf("devnet.json: %v", err)
	}
	for _, name := range []string{"anvil", "node", "agent guest"} {
		if _, ok := desc.Processes[name]; !ok {
			t.Errorf("devnet.json lists no %q process: %v", name, desc.Processes)
		}
	}
	for name, pid := range desc.Processes {
		if err := syscall.Kill(pid, 0); err != nil {
			t.Errorf("%s (pid %d) is not running while the devnet is: %v", name, pid, err)
		}
	}
	ram := guestRAMFile(t, desc.VMs[0].Manifest)

	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("vmattest devnet exited with %v after Ctrl-C; want a clean exit\n%s", err, stderr.String())
		}
	case <-time.After(90 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatal("vmattest devnet did not exit within 90 s of Ctrl-C")
	}
	for name, pid := range desc.Processes {
		if err := syscall.Kill(pid, 0); !errors.Is(err, syscall.ESRCH) {
			t.Errorf("%s (pid %d) is still there after the devnet stopped (kill 0: %v)", name, pid, err)
			_ = syscall.Kill(pid, syscall.SIGKILL)
		}
	}
	if ram != "" {
		if _, err := os.Stat(ram); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("QEMU's RAM file %s is left behind (stat: %v)", ram, err)
		}
	}
	if !strings.Contains(out.String(), "note: QEMU is turned off (--qemu none): a raw memory image") {
		t.Errorf("the output does not say the guest's memory is a raw image:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "Summary") || !strings.Contains(out.String(), "stopping the devnet's processes") {
		t.Errorf("the output lacks the summary or the stop notice:\n%s", out.String())
	}
}

// startDevnetPrereqs skips or fails like startDevnet when anvil or the forge artifacts are missing.
func startDevnetPrereqs(t *testing.T) {
	t.Helper()
	anvil := anvilPath()
	if _, err := os.Stat(anvil); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("anvil is not installed in CI (%v): make tools installs it", err)
		}
		t.Skipf("skipped: anvil is not installed (%s; run make tools)", anvil)
	}
	if _, err := os.Stat(filepath.Join("..", "out", "KeeperVault.sol", "KeeperVault.json")); err != nil {
		t.Fatalf("forge artifacts missing (%v): run make contracts", err)
	}
}

// guestRAMFile returns the memory-backend file of the guest's manifest, or "" for a raw image.
func guestRAMFile(t *testing.T, manifest string) string {
	t.Helper()
	data, err := os.ReadFile(manifest)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "memory-backend-file") {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		if p, ok := strings.CutPrefix(strings.TrimSpace(line), "path: "); ok {
			return strings.Trim(p, `"`)
		}
	}
	t.Fatalf("no path in %s", manifest)
	return ""
}
