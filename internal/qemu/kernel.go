package qemu

import (
	"encoding/binary"
	"fmt"
)

// Where CounterKernel loads and what it writes.
const (
	// CounterKernelLoad is the guest-physical address CounterKernel is loaded at.
	CounterKernelLoad = 0x100000
	// CounterAddr is the guest-physical address of the 32-bit counter CounterKernel increments.
	CounterAddr = 0x200000
)

// CounterKernel returns a multiboot (v1) ELF32 kernel for QEMU's -kernel that loops forever incrementing
// the 32-bit little-endian counter at CounterAddr: a guest whose memory changes all the time, with no OS.
// QEMU's multiboot loader enters it in 32-bit protected mode with paging off.
func CounterKernel() []byte {
	const (
		ehdr  = 52
		phdr  = 32
		start = ehdr + phdr // file offset of the segment: multiboot header, then code
	)
	seg := make([]byte, 0, 32)
	// Multiboot v1 header: magic, flags 0 (an ELF image: the loader reads the program headers), checksum.
	const magic, flags = 0x1BADB002, 0
	seg = binary.LittleEndian.AppendUint32(seg, magic)
	seg = binary.LittleEndian.AppendUint32(seg, flags)
	seg = binary.LittleEndian.AppendUint32(seg, 1<<32-(magic+flags)) // magic + flags + checksum = 0 mod 2^32
	entry := uint32(CounterKernelLoad + len(seg))
	// loop: inc dword [CounterAddr]   (FF 05 imm32)
	seg = append(seg, 0xFF, 0x05)
	seg = binary.LittleEndian.AppendUint32(seg, CounterAddr)
	//       jmp loop                  (EB rel8: back over these 8 bytes)
	seg = append(seg, 0xEB, 0xF8)

	b := make([]byte, 0, start+len(seg))
	b = append(b, 0x7F, 'E', 'L', 'F', 1 /* 32-bit */, 1 /* little-endian */, 1 /* version */)
	b = append(b, make([]byte, 9)...)
	le16 := func(v uint16) { b = binary.LittleEndian.AppendUint16(b, v) }
	le32 := func(v uint32) { b = binary.LittleEndian.AppendUint32(b, v) }
	le16(2)     // ET_EXEC
	le16(3)     // EM_386
	le32(1)     // EV_CURRENT
	le32(entry) // e_entry
	le32(ehdr)  // e_phoff
	le32(0)     // e_shoff
	le32(0)     // e_flags
	le16(ehdr)  // e_ehsize
	le16(phdr)  // e_phentsize
	le16(1)     // e_phnum
	le16(0)     // e_shentsize
	le16(0)     // e_shnum
	le16(0)     // e_shstrndx
	// PT_LOAD of the segment, read-write-execute, at CounterKernelLoad.
	le32(1)
	le32(start)
	le32(CounterKernelLoad)
	le32(CounterKernelLoad)
	le32(uint32(len(seg)))
	le32(uint32(len(seg)))
	le32(7)
	le32(0x1000)
	if len(b) != start {
		panic(fmt.Sprintf("qemu: ELF headers are %d bytes, want %d", len(b), start))
	}
	return append(b, seg...)
}

// KernelArgs returns the arguments of qemu-system-x86_64 for a running q35 guest (TCG) of ramSize whose RAM
// is the shared memory-backend file ramPath, booted from the multiboot kernel file kernel (CounterKernel),
// with QMP on the unix socket qmp.
func KernelArgs(ramSize, ramPath, qmp, kernel string) []string {
	return []string{
		"-machine", "q35,memory-backend=ram,accel=tcg",
		"-object", fmt.Sprintf("memory-backend-file,id=ram,size=%s,mem-path=%s,share=on", ramSize, ramPath),
		"-m", ramSize, "-nodefaults", "-display", "none", "-kernel", kernel,
		"-qmp", fmt.Sprintf("unix:%s,server=on,wait=off", qmp),
	}
}
