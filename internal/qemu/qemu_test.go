package qemu

import (
	"bufio"
	"bytes"
	"debug/elf"
	"encoding/binary"
	"fmt"
	"net"
	"path/filepath"
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

// TestCounterKernel: an ELF32 i386 executable whose one segment starts with a valid multiboot v1 header,
// loaded at CounterKernelLoad, entered right after the header.
func TestCounterKernel(t *testing.T) {
	k := CounterKernel()
	f, err := elf.NewFile(bytes.NewReader(k))
	if err != nil {
		t.Fatal(err)
	}
	if f.Class != elf.ELFCLASS32 || f.Machine != elf.EM_386 || f.Type != elf.ET_EXEC || len(f.Progs) != 1 {
		t.Fatalf("class %v machine %v type %v, %d segments", f.Class, f.Machine, f.Type, len(f.Progs))
	}
	p := f.Progs[0]
	if p.Type != elf.PT_LOAD || p.Paddr != CounterKernelLoad || f.Entry != CounterKernelLoad+12 {
		t.Fatalf("segment %+v, entry %#x", p.ProgHeader, f.Entry)
	}
	seg := k[p.Off : p.Off+p.Filesz]
	magic, flags, sum := binary.LittleEndian.Uint32(seg), binary.LittleEndian.Uint32(seg[4:]), binary.LittleEndian.Uint32(seg[8:])
	if magic != 0x1BADB002 || magic+flags+sum != 0 || p.Off+12 > 8192 {
		t.Fatalf("multiboot header %#x %#x %#x at offset %d", magic, flags, sum, p.Off)
	}
	// inc dword [CounterAddr]; jmp back to it.
	if code := seg[12:]; !bytes.Equal(code, []byte{0xFF, 0x05, 0x00, 0x00, 0x20, 0x00, 0xEB, 0xF8}) {
		t.Fatalf("code % x", code)
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

// TestExecute: QMP commands run in order after the capabilities negotiation, events are skipped, and an
// error answer ends the exchange naming the command.
func TestExecute(t *testing.T) {
	sock := filepath.Join(t.TempDir(), "qmp.sock")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	got := make(chan []string, 2)
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			var cmds []string
			r := bufio.NewReader(c)
			fmt.Fprintln(c, `{"QMP": {"version": {}}}`)
			for {
				line, err := r.ReadString('\n')
				if err != nil {
					break
				}
				cmds = append(cmds, strings.TrimSpace(line))
				if strings.Contains(line, "bogus") {
					fmt.Fprintln(c, `{"error": {"class": "CommandNotFound", "desc": "The command bogus has not been found"}}`)
					continue
				}
				fmt.Fprintln(c, `{"event": "STOP"}`)
				fmt.Fprintln(c, `{"return": {}}`)
			}
			c.Close()
			got <- cmds
		}
	}()
	if err := Execute(sock, "stop", "cont"); err != nil {
		t.Fatal(err)
	}
	if cmds := <-got; strings.Join(cmds, " ") != `{"execute":"qmp_capabilities"} {"execute":"stop"} {"execute":"cont"}` {
		t.Errorf("QEMU received %q", cmds)
	}
	err = Execute(sock, "bogus", "cont")
	if err == nil || !strings.Contains(err.Error(), "QMP bogus") || !strings.Contains(err.Error(), "has not been found") {
		t.Errorf("Execute(bogus) = %v, want the command's error", err)
	}
	if cmds := <-got; len(cmds) != 2 {
		t.Errorf("after an error QEMU received %q, want no further command", cmds)
	}
}
