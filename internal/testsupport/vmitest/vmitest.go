// Package vmitest boots a real Linux guest for tests: Debian's cloud kernel and a busybox initramfs fetched
// by scripts/fetch-guest.sh (cached outside the repository), run by QEMU with its RAM in a shared file, a QMP
// socket and the guest's /proc/kallsyms anchors read over its serial console.
package vmitest

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vmattest/vmattest/internal/qemu"
	"github.com/vmattest/vmattest/internal/qmp"
	"github.com/vmattest/vmattest/internal/vmi"
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
	// CPUs is the number of vCPUs; 0 means one.
	CPUs int
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
		Kernel: f.Kernel, Initrd: f.Initrd, Append: appendLine, Accel: accel, CPU: opt.CPU, CPUs: opt.CPUs})
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

// monitor runs f on a new connection of the project's QMP client to the guest's socket.
func (g *Guest) monitor(f func(context.Context, *qmp.Client) error) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := qmp.Dial(ctx, g.QMP)
	if err != nil {
		return err
	}
	defer c.Close()
	return f(ctx, c)
}

// HMP runs a human monitor command through QMP and returns its output.
func (g *Guest) HMP(cmd string) (string, error) {
	var out string
	err := g.monitor(func(ctx context.Context, c *qmp.Client) (err error) {
		out, err = c.HMP(ctx, cmd)
		return err
	})
	return out, err
}

// Stop pauses the guest (QMP stop).
func (g *Guest) Stop(t testing.TB) {
	t.Helper()
	if err := g.monitor(func(ctx context.Context, c *qmp.Client) error { return c.Stop(ctx) }); err != nil {
		t.Fatal(err)
	}
}

// Cont resumes the guest (QMP cont).
func (g *Guest) Cont(t testing.TB) {
	t.Helper()
	if err := g.monitor(func(ctx context.Context, c *qmp.Client) error { return c.Cont(ctx) }); err != nil {
		t.Fatal(err)
	}
}

// Running reports whether the guest's CPUs run (QMP query-status).
func (g *Guest) Running(t testing.TB) bool {
	t.Helper()
	var st qmp.Status
	if err := g.monitor(func(ctx context.Context, c *qmp.Client) (err error) {
		st, err = c.Status(ctx)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return st.Running
}

// CR3 returns the first vCPU's CR3 (HMP info registers, validated by qmp.ParseRegisters), a page-table root
// the guest cannot forge.
func (g *Guest) CR3(t testing.TB) uint64 {
	t.Helper()
	var r qmp.Registers
	if err := g.monitor(func(ctx context.Context, c *qmp.Client) (err error) {
		r, err = c.Registers(ctx)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return r.CR3
}

// liveTables returns the physical pages of the 4-level page tables under root that map [va, va+size).
func liveTables(t testing.TB, phys vmi.Layer, root, va, size uint64) []uint64 {
	t.Helper()
	var out []uint64
	var e [8]byte
	for v := va; v < va+size; v += decoyAlign {
		table := root &^ 0xfff
		for level := 4; level >= 1; level-- {
			out = append(out, table)
			if err := phys.Read(table+(v>>(12+9*(level-1))&0x1ff)*8, e[:]); err != nil {
				t.Fatal(err)
			}
			entry := binary.LittleEndian.Uint64(e[:])
			if entry&1 == 0 || (level <= 3 && entry&0x80 != 0) {
				break
			}
			table = entry & 0x000f_ffff_ffff_f000
		}
	}
	return out
}

// Roots returns every vCPU's page-table root (HMP info registers -a, validated), vCPU 0's first.
func (g *Guest) Roots(t testing.TB) []uint64 {
	t.Helper()
	var regs []qmp.Registers
	if err := g.monitor(func(ctx context.Context, c *qmp.Client) (err error) {
		regs, err = c.AllRegisters(ctx)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	roots := make([]uint64, len(regs))
	for i, r := range regs {
		roots[i] = r.Root()
	}
	return roots
}

// Symbols loads the symbol file mapPath, pinned by its own SHA-256.
func Symbols(t testing.TB, mapPath string) *vmi.Symbols {
	t.Helper()
	data, err := os.ReadFile(mapPath)
	if err != nil {
		t.Fatal(err)
	}
	syms, err := vmi.LoadSymbols(mapPath, sha256.Sum256(data))
	if err != nil {
		t.Fatal(err)
	}
	return syms
}

// Locate locates the kernel of g from its RAM file and the symbol file mapPath, walking from init_top_pgt,
// and returns it and the RAM's physical layer (open until the test ends).
func Locate(t testing.TB, g *Guest, mapPath string) (*vmi.Kernel, *vmi.Physical) {
	t.Helper()
	syms := Symbols(t, mapPath)
	f, err := os.Open(g.RAMPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	phys := vmi.NewPhysical(f, g.RAMSize, nil)
	k, err := vmi.Locate(phys, syms, vmi.LocateOptions{})
	if err != nil {
		t.Fatalf("Locate: %v", err)
	}
	return k, phys
}

// decoyAlign is the 2 MiB alignment of a kernel load address and of the decoy's large pages.
const decoyAlign = 2 << 20

// PlantDecoy plays a ring-0 attacker on the paused guest g whose kernel k was located: it copies the clean
// kernel image to free RAM with page tables of its own (in the copy's init_top_pgt) that map the copy at the
// kernel's virtual addresses, hooks the real sys_call_table[0], and hides the real image's banner when
// hideBanner is set. A walk from init_top_pgt then finds the clean decoy (and the real kernel too, if its
// banner is left); the vCPU's CR3 still maps the real, hooked kernel. It returns the decoy's physical
// address. The copy avoids the real image and the page tables through which the vCPU's CR3 (cr3, 4-level)
// maps it: an attacker overwrites free memory, not the tables in use.
func PlantDecoy(t testing.TB, g *Guest, k *vmi.Kernel, cr3 uint64, hideBanner bool) uint64 {
	t.Helper()
	ram, err := os.OpenFile(g.RAMPath, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer ram.Close()
	sym := func(name string) uint64 {
		a, err := k.Syms.Lookup(name)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	text := sym("_text")
	size := (sym("_end") - text + decoyAlign - 1) &^ (decoyAlign - 1)
	live := liveTables(t, k.VM.Phys, cr3, text+k.Slide, size)
	decoy := uint64(0)
	for p := uint64(16 << 20); p+size <= g.RAMSize && decoy == 0; p += decoyAlign {
		if p+size <= k.PhysLoad || p >= k.PhysLoad+size {
			decoy = p
			for _, pa := range live {
				if pa >= p && pa < p+size {
					decoy = 0
				}
			}
		}
	}
	if decoy == 0 {
		t.Fatal("no room for the decoy")
	}
	image := make([]byte, size)
	if _, err := ram.ReadAt(image, int64(k.PhysLoad)); err != nil {
		t.Fatal(err)
	}
	if _, err := ram.WriteAt(image, int64(decoy)); err != nil {
		t.Fatal(err)
	}
	put := func(pa, v uint64) {
		if _, err := ram.WriteAt(binary.LittleEndian.AppendUint64(nil, v), int64(pa)); err != nil {
			t.Fatal(err)
		}
	}
	in := func(name string) uint64 { return decoy + sym(name) - text }
	va := text + k.Slide
	put(in("init_top_pgt")+(va>>39&0x1ff)*8, in("level3_kernel_pgt")|0x63)
	put(in("level3_kernel_pgt")+(va>>30&0x1ff)*8, in("level2_kernel_pgt")|0x63)
	for i := uint64(0); i < size/decoyAlign; i++ {
		put(in("level2_kernel_pgt")+((va>>21&0x1ff)+i)*8, (decoy+i*decoyAlign)|0xe3)
	}
	// Hide the real banner and hook the real sys_call_table[0].
	if hideBanner {
		if _, err := ram.WriteAt([]byte("X"), int64(k.PhysLoad+sym("linux_banner")-text)); err != nil {
			t.Fatal(err)
		}
	}
	real, _, err := k.VM.Translate(sym("sys_call_table") + k.Slide)
	if err != nil {
		t.Fatal(err)
	}
	put(real, text+k.Slide+0x1234)
	return decoy
}

// ShowDecoy plays a ring-0 attacker that shows one vCPU a clean kernel and the others the real one: in the
// 4-level top table at root (one vCPU's CR3), the entry that maps the kernel image is pointed at the decoy
// that PlantDecoy copied to physical decoy, whose own tables map it at the kernel's virtual addresses. Other
// vCPUs whose CR3 is another top table still map the real (hooked) kernel.
func ShowDecoy(t testing.TB, g *Guest, k *vmi.Kernel, decoy, root uint64) {
	t.Helper()
	ram, err := os.OpenFile(g.RAMPath, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer ram.Close()
	text, err := k.Syms.Lookup("_text")
	if err != nil {
		t.Fatal(err)
	}
	l3, err := k.Syms.Lookup("level3_kernel_pgt")
	if err != nil {
		t.Fatal(err)
	}
	va := text + k.Slide
	entry := binary.LittleEndian.AppendUint64(nil, (decoy+l3-text)|0x63)
	if _, err := ram.WriteAt(entry, int64(root&^0xfff+(va>>39&0x1ff)*8)); err != nil {
		t.Fatal(err)
	}
}

// TextRelocs writes the relocation file of the kernel text of f's vmlinux (as `vmattest kernel relocs`
// does) to a temporary file, and returns its path and SHA-256.
func TextRelocs(t testing.TB, f Files, syms *vmi.Symbols) (string, [32]byte) {
	t.Helper()
	img, err := vmi.OpenELFImage(f.Vmlinux)
	if err != nil {
		t.Fatal(err)
	}
	defer img.Close()
	text, err := vmi.Selector{Structure: vmi.StructText}.Resolve(syms)
	if err != nil {
		t.Fatal(err)
	}
	sites, err := img.SectionRelocs(text.Start, text.Start+text.Length)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := vmi.WriteRelocs(&b, vmi.Relocs{Start: text.Start, Length: text.Length, Sites: sites}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "text.relocs")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, sha256.Sum256(b.Bytes())
}
