// Package qemu holds what vmattest's devnet and tests need to run a QEMU guest whose RAM vmattest reads
// beside the hypervisor: the command line of a paused guest with a shared memory-backend file and blobs at
// guest-physical addresses, the command line of a running guest booted from a tiny generated kernel, and a
// QMP readiness probe.
package qemu

import (
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/vmattest/vmattest/internal/qmp"
)

// Args returns the arguments of qemu-system-x86_64 for a q35 guest (TCG) of ramSize (e.g. "64M") whose RAM is
// the shared memory-backend file ramPath, paused before its first instruction (-S: no guest OS is needed),
// with QMP on the unix socket qmp and each blob file copied to its guest-physical address by -device loader.
func Args(ramSize, ramPath, qmp string, blobs map[uint64]string) []string {
	args := []string{
		"-machine", "q35,memory-backend=ram,accel=tcg",
		"-object", fmt.Sprintf("memory-backend-file,id=ram,size=%s,mem-path=%s,share=on", ramSize, ramPath),
		"-m", ramSize, "-nodefaults", "-display", "none", "-S",
		"-qmp", fmt.Sprintf("unix:%s,server=on,wait=off", qmp),
	}
	gpas := make([]uint64, 0, len(blobs))
	for gpa := range blobs {
		gpas = append(gpas, gpa)
	}
	sort.Slice(gpas, func(i, j int) bool { return gpas[i] < gpas[j] })
	for _, gpa := range gpas {
		args = append(args, "-device", fmt.Sprintf("loader,file=%s,addr=%#x,force-raw=on", blobs[gpa], gpa))
	}
	return args
}

// Ready negotiates QMP capabilities on socket and asks for the VM's status. QMP may greet before the machine
// is built, but commands are answered from the main loop, which starts after machine creation and reset:
// once Ready succeeds, the loader has copied the blobs into RAM.
func Ready(socket string) error { return Execute(socket, "query-status") }

// Execute runs each command (without arguments, e.g. "stop", "cont") in order on the QMP socket, through
// internal/qmp, waiting for its answer; an error answer ends the exchange. The whole exchange is bounded by
// 10 s.
func Execute(socket string, commands ...string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := qmp.Dial(ctx, socket)
	if err != nil {
		return err
	}
	defer c.Close()
	for _, name := range commands {
		if err := c.Execute(ctx, name, nil, nil); err != nil {
			return fmt.Errorf("QMP %s: %w", name, err)
		}
	}
	return nil
}

// KnownAccel returns the accelerator ("kvm" or "tcg") to boot a Linux guest whose files are cached in dir
// with the QEMU binary bin: VMATTEST_ACCEL when set; tcg where /dev/kvm does not open; otherwise what memo
// remembers of a trial boot under KVM for bin's version (KVM guests of some kernels hang or abort on some
// hosts). accel is "" when no trial has been made: the caller may make one and write its answer to memo.
func KnownAccel(bin, dir string) (accel, memo string) {
	if a := os.Getenv("VMATTEST_ACCEL"); a != "" {
		return a, ""
	}
	kvm, err := os.OpenFile("/dev/kvm", os.O_RDWR, 0)
	if err != nil {
		return "tcg", ""
	}
	kvm.Close()
	version, err := exec.Command(bin, "--version").Output()
	if err != nil {
		return "tcg", ""
	}
	sum := sha256.Sum256(version)
	memo = filepath.Join(dir, fmt.Sprintf("accel-%x", sum[:8]))
	if b, err := os.ReadFile(memo); err == nil {
		return strings.TrimSpace(string(b)), memo
	}
	return "", memo
}

// LinuxGuest is a running Linux guest booted directly from a kernel and an initramfs.
type LinuxGuest struct {
	// RAMSize is the RAM size (e.g. "256M"); RAMPath the shared memory-backend file that vmattest reads.
	RAMSize, RAMPath string
	// QMP is the unix socket of QMP.
	QMP string
	// Kernel and Initrd are the bzImage and initramfs files; Append the kernel command line (a serial
	// console, console=ttyS0, is added first).
	Kernel, Initrd, Append string
	// Accel is "kvm" or "tcg"; "" means tcg.
	Accel string
	// CPU is the -cpu model (e.g. "qemu64,+la57" for 5-level paging); "" means QEMU's default.
	CPU string
	// CPUs is the number of vCPUs (-smp); 0 means QEMU's default, one.
	CPUs int
}

// LinuxArgs returns the arguments of qemu-system-x86_64 for g: a q35 guest running from its first
// instruction, its serial console on QEMU's stdio, and no reboot (a kernel panic ends QEMU).
func LinuxArgs(g LinuxGuest) []string {
	accel := g.Accel
	if accel == "" {
		accel = "tcg"
	}
	args := []string{
		"-machine", "q35,memory-backend=ram,accel=" + accel,
		"-object", fmt.Sprintf("memory-backend-file,id=ram,size=%s,mem-path=%s,share=on", g.RAMSize, g.RAMPath),
		"-m", g.RAMSize, "-nodefaults", "-display", "none", "-no-reboot",
		"-kernel", g.Kernel, "-initrd", g.Initrd,
		"-append", strings.TrimSpace("console=ttyS0 panic=-1 " + g.Append),
		"-serial", "stdio",
		"-qmp", fmt.Sprintf("unix:%s,server=on,wait=off", g.QMP),
	}
	if g.CPU != "" {
		args = append(args, "-cpu", g.CPU)
	}
	if g.CPUs > 0 {
		args = append(args, "-smp", strconv.Itoa(g.CPUs))
	}
	return args
}
