// Package vmitest boots a real Linux guest for tests: Debian's cloud kernel and a busybox initramfs fetched
// by scripts/fetch-guest.sh (cached outside the repository), run by QEMU with its RAM in a shared file, a QMP
// socket and the guest's /proc/kallsyms anchors read over its serial console.
package vmitest

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vmattest/vmattest/internal/qemu"
)

// Files are a fetched guest's files.
type Files struct {
	Dir, Kernel, Initrd string
	// Vmlinux and SystemMap are set when fetched with dbg.
	Vmlinux, SystemMap string
}

var fetchMu sync.Mutex

// Fetch runs scripts/fetch-guest.sh (with --dbg when dbg) and returns the files. It skips the test only
// where apt-get download is impossible (exit 2) outside CI.
func Fetch(t testing.TB, dbg bool) Files {
	t.Helper()
	fetchMu.Lock()
	defer fetchMu.Unlock()
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	args := []string{}
	if dbg {
		args = append(args, "--dbg")
	}
	cmd := exec.Command(filepath.Join(root, "scripts", "fetch-guest.sh"), args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) && ee.ExitCode() == 2 && os.Getenv("CI") == "" {
			t.Skipf("skipped: no guest kernel can be fetched here: %s", strings.TrimSpace(stderr.String()))
		}
		t.Fatalf("scripts/fetch-guest.sh failed: %v: %s", err, stderr.String())
	}
	dir := strings.TrimSpace(string(out))
	f := Files{Dir: dir, Kernel: filepath.Join(dir, "vmlinuz"), Initrd: filepath.Join(dir, "initramfs.cpio.gz")}
	if dbg {
		f.Vmlinux, f.SystemMap = filepath.Join(dir, "vmlinux"), filepath.Join(dir, "System.map")
	}
	return f
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "scripts", "fetch-guest.sh")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("vmitest: no scripts/fetch-guest.sh above the working directory")
		}
		dir = parent
	}
}

// Guest is a booted guest.
type Guest struct {
	RAMPath, QMP string
	// RAMSize is the RAM size in bytes.
	RAMSize uint64
	// Kallsyms holds the guest's own /proc/kallsyms lines for its anchors (name -> runtime address).
	Kallsyms map[string]uint64
	// AllSyms is the guest's whole /proc/kallsyms text when booted with DumpSyms.
	AllSyms string
}

// Options of Boot.
type Options struct {
	// Append is added to the kernel command line (e.g. "nokaslr").
	Append string
	// DumpSyms makes the guest print its whole /proc/kallsyms.
	DumpSyms bool
	// CPU is QEMU's -cpu model (e.g. "qemu64,+la57"); "" means QEMU's default.
	CPU string
}

const ramSize = 256 << 20

// Boot starts QEMU with f's kernel, waits until the guest's init is ready, and stops QEMU at the test's end.
// The accelerator is VMATTEST_ACCEL (kvm or tcg) when set; otherwise KVM where /dev/kvm opens and a trial
// boot under it reaches init (once per machine and QEMU version, remembered in the guest's cache
// directory), TCG otherwise: KVM guests of this kernel hang or abort on some hosts.
func Boot(t testing.TB, f Files, opt Options) *Guest {
	t.Helper()
	bin, err := exec.LookPath("qemu-system-x86_64")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("qemu-system-x86_64 is not installed in CI (scripts/install-deps.sh)")
		}
		t.Skip("skipped: qemu-system-x86_64 is not installed (scripts/install-deps.sh installs it)")
	}
	accel := chooseAccel(t, bin, f)
	g, stop, err := boot(bin, t.TempDir(), f, opt, accel, 120*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	return g
}

var accelMu sync.Mutex

// chooseAccel returns the accelerator of Boot.
func chooseAccel(t testing.TB, bin string, f Files) string {
	accelMu.Lock()
	defer accelMu.Unlock()
	accel, memo := qemu.KnownAccel(bin, f.Dir)
	if accel != "" {
		return accel
	}
	accel = "tcg"
	if _, stop, err := boot(bin, t.TempDir(), f, Options{}, "kvm", 20*time.Second); err == nil {
		stop()
		accel = "kvm"
	} else {
		t.Logf("KVM does not boot this guest here, using TCG: %v", err)
	}
	_ = os.WriteFile(memo, []byte(accel+"\n"), 0o644)
	return accel
}

// boot starts QEMU and waits up to timeout for the guest's init; on error QEMU is already stopped.
func boot(bin, dir string, f Files, opt Options, accel string, timeout time.Duration) (*Guest, func(), error) {
	ram := filepath.Join(dir, "guest.ram")
	if st, err := os.Stat("/dev/shm"); err == nil && st.IsDir() {
		ram = filepath.Join("/dev/shm", fmt.Sprintf("vmattest-vmi-%d-%d.ram", os.Getpid(), time.Now().UnixNano()))
	}
	g := &Guest{RAMPath: ram, QMP: filepath.Join(dir, "qmp.sock"), RAMSize: ramSize, Kallsyms: map[string]uint64{}}
	appendLine := "quiet loglevel=1 " + opt.Append
	if opt.DumpSyms {
		appendLine += " vmattest.dumpsyms"
	}
	args := qemu.LinuxArgs(qemu.LinuxGuest{RAMSize: strconv.Itoa(ramSize>>20) + "M", RAMPath: ram, QMP: g.QMP,
		Kernel: f.Kernel, Initrd: f.Initrd, Append: appendLine, Accel: accel, CPU: opt.CPU})
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, bin, args...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		cancel()
		return nil, nil, err
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		cancel()
		return nil, nil, fmt.Errorf("failed to start QEMU: %w", err)
	}
	stop := func() {
		cancel()
		_ = cmd.Wait()
		os.Remove(ram)
	}
	ready := make(chan error, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		var all strings.Builder
		section := ""
		for sc.Scan() {
			line := strings.TrimRight(sc.Text(), "\r")
			switch {
			case strings.HasSuffix(line, "VMATTEST-KALLSYMS-BEGIN"), strings.HasSuffix(line, "VMATTEST-ALLSYMS-BEGIN"):
				section = line
			case strings.HasSuffix(line, "-END"):
				section = ""
			case strings.HasSuffix(line, "VMATTEST-READY"):
				g.AllSyms = all.String()
				ready <- nil
				_, _ = bufio.NewReader(stdout).WriteTo(discard{}) // keep the console drained
				return
			case strings.HasSuffix(section, "VMATTEST-KALLSYMS-BEGIN"):
				if fs := strings.Fields(line); len(fs) == 3 {
					if a, err := strconv.ParseUint(fs[0], 16, 64); err == nil {
						g.Kallsyms[fs[2]] = a
					}
				}
			case strings.HasSuffix(section, "VMATTEST-ALLSYMS-BEGIN"):
				all.WriteString(line + "\n")
			}
		}
		ready <- fmt.Errorf("the guest's console ended before its init was ready: %v", sc.Err())
	}()
	select {
	case err := <-ready:
		if err != nil {
			stop()
			return nil, nil, fmt.Errorf("%w (accel %s); QEMU: %s", err, accel, stderr.String())
		}
	case <-time.After(timeout):
		stop()
		return nil, nil, fmt.Errorf("the guest's init was not ready within %v (accel %s); QEMU: %s", timeout, accel, stderr.String())
	}
	return g, stop, nil
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// QMPCommand runs one QMP command (with arguments, or nil) and returns its "return" value.
func (g *Guest) QMPCommand(name string, args any) (json.RawMessage, error) {
	conn, err := net.DialTimeout("unix", g.QMP, time.Second)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(30 * time.Second))
	dec := json.NewDecoder(conn)
	var greeting map[string]any
	if err := dec.Decode(&greeting); err != nil {
		return nil, fmt.Errorf("no QMP greeting: %w", err)
	}
	enc := json.NewEncoder(conn)
	for _, c := range []map[string]any{{"execute": "qmp_capabilities"}, {"execute": name, "arguments": args}} {
		if c["arguments"] == nil {
			delete(c, "arguments")
		}
		if err := enc.Encode(c); err != nil {
			return nil, err
		}
		for {
			var resp struct {
				Return json.RawMessage `json:"return"`
				Error  *struct {
					Desc string `json:"desc"`
				} `json:"error"`
				Event string `json:"event"`
			}
			if err := dec.Decode(&resp); err != nil {
				return nil, err
			}
			if resp.Event != "" {
				continue
			}
			if resp.Error != nil {
				return nil, fmt.Errorf("QMP %s: %s", c["execute"], resp.Error.Desc)
			}
			if c["execute"] == name {
				return resp.Return, nil
			}
			break
		}
	}
	return nil, errors.New("unreachable")
}

// HMP runs a human monitor command through QMP and returns its output.
func (g *Guest) HMP(cmd string) (string, error) {
	raw, err := g.QMPCommand("human-monitor-command", map[string]any{"command-line": cmd})
	if err != nil {
		return "", err
	}
	var s string
	err = json.Unmarshal(raw, &s)
	return s, err
}

// Stop pauses the guest (QMP stop); Cont resumes it.
func (g *Guest) Stop(t testing.TB) {
	t.Helper()
	if _, err := g.QMPCommand("stop", nil); err != nil {
		t.Fatal(err)
	}
}

// Cont resumes the guest (QMP cont).
func (g *Guest) Cont(t testing.TB) {
	t.Helper()
	if _, err := g.QMPCommand("cont", nil); err != nil {
		t.Fatal(err)
	}
}

var cr3Pattern = regexp.MustCompile(`CR3=([0-9a-f]+)`)

// CR3 returns the first vCPU's CR3 (HMP info registers), a page-table root the guest cannot forge.
func (g *Guest) CR3(t testing.TB) uint64 {
	t.Helper()
	regs, err := g.HMP("info registers")
	if err != nil {
		t.Fatal(err)
	}
	m := cr3Pattern.FindStringSubmatch(regs)
	if m == nil {
		t.Fatalf("no CR3 in %q", regs)
	}
	cr3, err := strconv.ParseUint(m[1], 16, 64)
	if err != nil {
		t.Fatal(err)
	}
	return cr3
}
