// Package qemu holds what vmattest's devnet and tests need to run a QEMU guest whose RAM vmattest reads
// beside the hypervisor: the command line of a paused guest with a shared memory-backend file and blobs at
// guest-physical addresses, the command line of a running guest booted from a tiny generated kernel, and a
// QMP readiness probe.
package qemu

import (
	"context"
	"fmt"
	"sort"
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
func Ready(socket string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := qmp.Dial(ctx, socket)
	if err != nil {
		return err
	}
	defer c.Close()
	_, err = c.Status(ctx)
	return err
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
	return args
}
