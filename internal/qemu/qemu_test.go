package qemu

import (
	"strings"
	"testing"
)

// TestArgs: a paused q35 guest with shared file-backed RAM, QMP, and the blobs in address order.
func TestArgs(t *testing.T) {
	got := strings.Join(Args("64M", "/dev/shm/vm.ram", "/tmp/qmp.sock", map[uint64]string{0x300000: "b.bin", 0x200000: "a.bin"}), " ")
	for _, want := range []string{
		"-machine q35,memory-backend=ram,accel=tcg",
		"-object memory-backend-file,id=ram,size=64M,mem-path=/dev/shm/vm.ram,share=on",
		"-m 64M", "-S", "-qmp unix:/tmp/qmp.sock,server=on,wait=off",
		"-device loader,file=a.bin,addr=0x200000,force-raw=on -device loader,file=b.bin,addr=0x300000,force-raw=on",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("args %q lack %q", got, want)
		}
	}
}

// TestReadyNoSocket: no QEMU listening is an error, not a hang.
func TestReadyNoSocket(t *testing.T) {
	if err := Ready(t.TempDir() + "/none.sock"); err == nil {
		t.Fatal("Ready on a missing socket succeeded")
	}
}

// TestLinuxArgs: a running q35 guest with a kernel, an initramfs, a serial console and shared RAM.
func TestLinuxArgs(t *testing.T) {
	got := strings.Join(LinuxArgs(LinuxGuest{RAMSize: "256M", RAMPath: "/dev/shm/g.ram", QMP: "/tmp/q.sock",
		Kernel: "/k/vmlinuz", Initrd: "/k/initrd", Append: "nokaslr", CPU: "qemu64,+la57"}), " ")
	for _, want := range []string{
		"-machine q35,memory-backend=ram,accel=tcg",
		"-object memory-backend-file,id=ram,size=256M,mem-path=/dev/shm/g.ram,share=on",
		"-kernel /k/vmlinuz -initrd /k/initrd -append console=ttyS0 panic=-1 nokaslr",
		"-serial stdio", "-no-reboot", "-qmp unix:/tmp/q.sock,server=on,wait=off", "-cpu qemu64,+la57",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("args %q lack %q", got, want)
		}
	}
	if strings.Contains(got, " -S") {
		t.Errorf("a Linux guest must run: %q", got)
	}
}
