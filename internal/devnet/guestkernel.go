//go:build unix

package devnet

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vmattest/vmattest/internal/collect"
	"github.com/vmattest/vmattest/internal/digest"
	qemuargs "github.com/vmattest/vmattest/internal/qemu"
	"github.com/vmattest/vmattest/internal/subset"
	"github.com/vmattest/vmattest/internal/vmi"
)

// The real Linux guest: Debian's cloud kernel and the busybox initramfs of scripts/fetch-guest.sh.
const (
	kernelGuestRAM      = "256M"
	kernelGuestRAMBytes = 256 << 20
	// kernelGuestBoot bounds the boot to the initramfs's ready line (about 5-10 s under TCG).
	kernelGuestBoot = 2 * time.Minute
	// The simulated rootkit hooks reboot(2) (syscall 169 on x86-64) with getpid(2)'s handler (39): a hook a
	// rootkit could place to survive a reboot request, harmless to the guest's idle init.
	rootkitEntry  = 169
	rootkitSource = 39
)

// kernelGuest is what the devnet knows of a booted Linux guest: where its kernel's sys_call_table is, and
// the build's files.
type kernelGuest struct {
	qmp, ram string
	// vmlinux is the -dbg package's vmlinux, from which the golden digest is computed offline.
	vmlinux string
	// platform is the guest's platform for its idt_table's platform gates (vmi.PlatformTCG or
	// vmi.PlatformKVM, from QEMU's accelerator).
	platform string
	// tableGPA is the guest-physical address (the RAM file's offset) of sys_call_table.
	tableGPA int64
}

// entryGPA is the guest-physical address of sys_call_table[i].
func (k *kernelGuest) entryGPA(i int) int64 { return k.tableGPA + int64(i)*8 }

// errNoKernelGuest: the guest kernel cannot be fetched here (scripts/fetch-guest.sh exit 2: no apt).
var errNoKernelGuest = errors.New("no guest kernel can be fetched here")

// fetchGuest runs scripts/fetch-guest.sh --dbg (cached; it downloads nothing once done) and returns the
// directory of vmlinuz, initramfs.cpio.gz, vmlinux and System.map.
func (d *Devnet) fetchGuest(ctx context.Context) (string, error) {
	cmd := exec.CommandContext(ctx, filepath.Join(d.opts.Root, "scripts", "fetch-guest.sh"), "--dbg")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var ee *exec.ExitError
	if errors.As(err, &ee) && ee.ExitCode() == 2 {
		return "", fmt.Errorf("%w: %s", errNoKernelGuest, strings.TrimSpace(stderr.String()))
	}
	if err != nil {
		return "", fmt.Errorf("devnet: scripts/fetch-guest.sh --dbg: %w: %s", err, strings.TrimSpace(stderr.String()))
	}
	return strings.TrimSpace(string(out)), nil
}

// guestAccel is QEMU's accelerator for the Linux guest: VMATTEST_ACCEL when set, else KVM where /dev/kvm
// opens and the tests' trial boot under KVM reached init (remembered in the guest's cache directory by
// internal/testsupport/vmitest, per QEMU version), else TCG (no trial is made here).
func guestAccel(qemu, dir string) string {
	if accel, _ := qemuargs.KnownAccel(qemu, dir); accel != "" {
		return accel
	}
	return "tcg"
}

// kernelWorkload boots the real Linux guest under QEMU with its RAM in a shared memory-backend file, locates
// its kernel from outside (KASLR slide found and validated) and returns the guest-kernel regions whose golden
// digest `vmattest kernel golden` computes offline from the -dbg vmlinux: sys_call_table, idt_table (its
// platform gates those of QEMU's accelerator) and linux_banner.
// It returns errNoKernelGuest when the kernel cannot be fetched.
func (d *Devnet) kernelWorkload(ctx context.Context, v *VM, qemu string) ([]subset.Region, error) {
	dir, err := d.fetchGuest(ctx)
	if err != nil {
		return nil, err
	}
	symbols := filepath.Join(dir, "System.map")
	data, err := os.ReadFile(symbols)
	if err != nil {
		return nil, fmt.Errorf("devnet: the guest's symbol file: %w", err)
	}
	pin := sha256.Sum256(data)
	shm := "/dev/shm"
	if st, err := os.Stat(shm); err != nil || !st.IsDir() {
		shm = v.dir
	}
	ram := filepath.Join(shm, fmt.Sprintf("vmattest-devnet-%d-%d.ram", os.Getpid(), time.Now().UnixNano()))
	qmp := filepath.Join(v.dir, "qmp.sock")
	accel := guestAccel(qemu, dir)
	argv := append([]string{qemu, "-name", "vmattest-devnet-guest"}, qemuargs.LinuxArgs(qemuargs.LinuxGuest{
		RAMSize: kernelGuestRAM, RAMPath: ram, QMP: qmp, Kernel: filepath.Join(dir, "vmlinuz"),
		Initrd: filepath.Join(dir, "initramfs.cpio.gz"), Append: "quiet loglevel=1", Accel: accel})...)
	console := filepath.Join(d.opts.Dir, "logs", "qemu.log")
	p, err := startProc("qemu", console, argv...)
	if err != nil {
		return nil, err
	}
	d.workloads = append(d.workloads, p)
	d.cleanups = append(d.cleanups, func() { os.Remove(ram) })
	start := time.Now()
	// The initramfs's init prints VMATTEST-READY on the serial console (QEMU's stdout, in the log).
	err = p.waitFor(ctx, kernelGuestBoot, "booted to init", func(context.Context) error {
		b, err := os.ReadFile(console)
		if err != nil || !strings.Contains(string(b), "VMATTEST-READY") {
			return errors.New("the guest's init has not printed VMATTEST-READY yet")
		}
		return qemuargs.Ready(qmp)
	})
	if err != nil {
		return nil, err
	}
	k, err := locateKernel(ram, symbols, pin)
	if err != nil {
		return nil, fmt.Errorf("devnet: locating the guest's kernel: %w", err)
	}
	v.kernel = &kernelGuest{qmp: qmp, ram: ram, vmlinux: filepath.Join(dir, "vmlinux"), platform: accel, tableGPA: k.tableGPA}
	v.stateFile = ram
	d.say("guest   Linux booted to init in %.1f s under %s (pid %d; console in %s)", time.Since(start).Seconds(), strings.ToUpper(accel), p.Pid(), console)
	v.Description = fmt.Sprintf("a real Linux guest (QEMU pid %d, %s, %s RAM, running): its kernel's sys_call_table, idt_table and linux_banner, "+
		"found from outside through the page tables of its vCPU's CR3, in one QMP pause (KASLR slide %#x) in %s, symbols pinned to the -dbg System.map (sha256 %x…)",
		p.Pid(), strings.ToUpper(accel), kernelGuestRAM, k.slide, ram, pin[:4])
	v.Notes = append(v.Notes, "kernel text is left out of this subset: no offline golden digest exists for it "+
		"(patched at boot; docs/subsets.md), and a golden digest taken from a first boot would let a VM compromised before it set its own baseline")
	gk := func() *subset.GuestKernel {
		// Named QMP socket: both structures are read in one pause of the guest, located through the vCPU's CR3
		// (a decoy kernel with its own page tables is refused), with the RAM layout taken from QEMU.
		return &subset.GuestKernel{Path: ram, Format: "memory-backend-file", QMP: qmp,
			Symbols: subset.PinnedFile{Path: symbols, SHA256: hex.EncodeToString(pin[:])}}
	}
	syscalls, idt, banner := gk(), gk(), gk()
	syscalls.Structure = subset.StructureSysCallTable
	idt.Structure = subset.StructureIDTTable
	banner.Symbol, banner.Length = "linux_banner", 64
	return []subset.Region{{Name: "syscalls", GuestKernel: syscalls}, {Name: "idt", GuestKernel: idt}, {Name: "banner", GuestKernel: banner}}, nil
}

// located is where locateKernel found the kernel.
type located struct {
	slide    uint64
	tableGPA int64
}

// locateKernel finds the guest's kernel in its RAM file as a guest-kernel region does, and the
// guest-physical address of its sys_call_table.
func locateKernel(ram, symbols string, pin [32]byte) (located, error) {
	syms, err := vmi.LoadSymbols(symbols, pin)
	if err != nil {
		return located{}, err
	}
	f, err := os.Open(ram)
	if err != nil {
		return located{}, err
	}
	defer f.Close()
	k, err := vmi.Locate(vmi.NewPhysical(f, kernelGuestRAMBytes, nil), syms, vmi.LocateOptions{})
	if err != nil {
		return located{}, err
	}
	at, err := syms.Lookup("sys_call_table")
	if err != nil {
		return located{}, err
	}
	pa, _, err := k.VM.Translate(at + k.Slide)
	if err != nil {
		return located{}, err
	}
	return located{slide: k.Slide, tableGPA: int64(pa)}, nil
}

// offlineGolden computes the subset digest a clean guest of k's kernel build reports for m, from the -dbg
// vmlinux alone (as `vmattest kernel golden --platform` does), with the node's hash algorithm.
func offlineGolden(m *subset.Manifest, k *kernelGuest) (common.Hash, error) {
	alg, err := digest.Lookup(nodeHashAlg.String())
	if err != nil {
		return common.Hash{}, err
	}
	gates, err := vmi.PlatformGates(k.platform)
	if err != nil {
		return common.Hash{}, fmt.Errorf("devnet: the guest's platform: %w", err)
	}
	res, err := collect.GoldenGuestKernel(m, k.vmlinux, alg, collect.GoldenOptions{IDTGates: gates})
	if err != nil {
		return common.Hash{}, fmt.Errorf("devnet: the guest's offline golden digest: %w", err)
	}
	return res.Digest, nil
}

// copyEntry is the simulated rootkit's write: sys_call_table[dst] = sys_call_table[src] in the image data
// (a RAM file's bytes); it returns dst's old value.
func (k *kernelGuest) copyEntry(data []byte, dst, src int) ([]byte, error) {
	d, s := k.entryGPA(dst), k.entryGPA(src)
	if d < 0 || s < 0 || int(max(d, s))+8 > len(data) {
		return nil, fmt.Errorf("sys_call_table at %#x lies outside the %d bytes of RAM", k.tableGPA, len(data))
	}
	old := append([]byte(nil), data[d:d+8]...)
	copy(data[d:d+8], data[s:s+8])
	return old, nil
}

// writePaused pauses the guest (QMP stop), writes b at the guest-physical address gpa through the RAM file,
// and resumes it (cont) on every path.
func (k *kernelGuest) writePaused(gpa int64, b []byte) (err error) {
	if err := qemuargs.Execute(k.qmp, "stop"); err != nil {
		return fmt.Errorf("devnet: pausing the guest: %w", err)
	}
	defer func() {
		if cerr := qemuargs.Execute(k.qmp, "cont"); cerr != nil {
			err = errors.Join(err, fmt.Errorf("devnet: resuming the guest: %w", cerr))
		}
	}()
	f, err := os.OpenFile(k.ram, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	_, err = f.WriteAt(b, gpa)
	return errors.Join(err, f.Close())
}

// readEntry reads sys_call_table[i] from the RAM file.
func (k *kernelGuest) readEntry(i int) ([]byte, error) {
	f, err := os.Open(k.ram)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b := make([]byte, 8)
	_, err = f.ReadAt(b, k.entryGPA(i))
	return b, err
}
