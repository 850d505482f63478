package vmi

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
)

// Kernel-map constants of x86-64 Linux.
const (
	// kernelMapBase is __START_KERNEL_map: the kernel image is linked, and mapped, from here.
	kernelMapBase = 0xffff_ffff_8000_0000
	// kernelImageSpan is KERNEL_IMAGE_SIZE with KASLR: the image lies in [kernelMapBase, +1 GiB).
	kernelImageSpan = 1 << 30
	// kernelAlign is CONFIG_PHYSICAL_ALIGN of distribution kernels: both slides are multiples of it.
	kernelAlign  = 2 << 20
	bannerPrefix = "Linux version "
	maxBanner    = 512
)

// LocateOptions tunes Locate. The zero value walks 4-level page tables from the kernel's init_top_pgt.
type LocateOptions struct {
	// Root is a page-table root to walk instead of the kernel's own (e.g. a CR3 from QEMU). 0: init_top_pgt.
	Root uint64
	// Levels is 4 or 5 (LA57). 0 means 4, then 5 if no 4-level walk finds the kernel.
	Levels int
	// Banner, when set, must be a prefix of the guest's linux_banner (e.g. the banner read from the build's
	// vmlinux): any other kernel is ErrBannerMismatch.
	Banner string
}

// Kernel is a located guest kernel: where its image is, physically and virtually, validated.
type Kernel struct {
	// Syms is the symbol table the kernel was located with.
	Syms *Symbols
	// VM is the kernel's virtual address space (its page tables).
	VM *PageTable
	// PhysLoad is the guest-physical address of _text.
	PhysLoad uint64
	// Slide is the KASLR virtual slide: runtime address = link address + Slide (mod 2^64).
	Slide uint64
	// Banner is the guest's linux_banner, without its trailing newline and NUL.
	Banner string
}

// Locate finds the guest kernel of syms in phys, by this method (docs/subsets.md):
//  1. the physical load address P: each RAM address aligned to 2 MiB whose byte at P + (linux_banner - _text)
//     starts "Linux version " is a candidate;
//  2. the page-table root: init_top_pgt's physical address, P + (init_top_pgt - _text), or opt.Root;
//  3. the virtual slide: the 2 MiB-aligned virtual address of the kernel map that the page tables map to P,
//     minus _text;
//  4. validation: linux_banner read through the page tables at its slid address equals the one read
//     physically (and starts with opt.Banner); every non-zero sys_call_table entry, unslid, lies in the
//     kernel text.
//
// Exactly one candidate must pass; none, or several, is ErrKernelNotFound: a wrong guess is an error, never a
// digest.
func Locate(phys *Physical, syms *Symbols, opt LocateOptions) (*Kernel, error) {
	if opt.Levels != 0 {
		return locate(phys, syms, opt)
	}
	opt.Levels = 4
	k, err := locate(phys, syms, opt)
	if err == nil || !errors.Is(err, ErrKernelNotFound) {
		return k, err
	}
	opt.Levels = 5
	k, err5 := locate(phys, syms, opt)
	if err5 != nil {
		return nil, fmt.Errorf("4-level paging: %w; 5-level paging: %w", err, err5)
	}
	return k, nil
}

func locate(phys *Physical, syms *Symbols, opt LocateOptions) (*Kernel, error) {
	need := map[string]uint64{}
	for _, name := range []string{"_text", "_etext", "linux_banner", "init_top_pgt", "sys_call_table"} {
		a, err := syms.Lookup(name)
		if err != nil {
			return nil, err
		}
		need[name] = a
	}
	text := need["_text"]
	var found []*Kernel
	var reasons []error
	for _, rg := range phys.Ranges() {
		for p := (rg.GPA + kernelAlign - 1) &^ (kernelAlign - 1); p-rg.GPA < rg.Size && p >= rg.GPA; p += kernelAlign {
			banner, err := readBanner(phys, p+need["linux_banner"]-text)
			if err != nil {
				continue
			}
			k, err := tryLoad(phys, syms, need, p, banner, opt)
			if err != nil {
				reasons = append(reasons, fmt.Errorf("at %#x: %w", p, err))
				continue
			}
			found = append(found, k)
		}
	}
	switch {
	case len(found) == 1:
		return found[0], nil
	case len(found) > 1:
		return nil, fmt.Errorf("%w: %d kernel images pass validation (at %#x and %#x)", ErrKernelNotFound, len(found), found[0].PhysLoad, found[1].PhysLoad)
	case len(reasons) > 0 && errors.Is(reasons[0], ErrBannerMismatch):
		return nil, reasons[0]
	case len(reasons) > 0:
		return nil, fmt.Errorf("%w: no candidate passes validation: %w", ErrKernelNotFound, reasons[0])
	}
	return nil, fmt.Errorf("%w: no %q at linux_banner of any 2 MiB-aligned load address: not this kernel's build, or not a Linux guest", ErrKernelNotFound, bannerPrefix)
}

// readBanner reads a NUL-terminated banner starting "Linux version " at addr of l.
func readBanner(l Layer, addr uint64) (string, error) {
	var head [len(bannerPrefix)]byte
	if err := l.Read(addr, head[:]); err != nil {
		return "", err
	}
	if string(head[:]) != bannerPrefix {
		return "", fmt.Errorf("no %q at %#x", bannerPrefix, addr)
	}
	buf := make([]byte, maxBanner)
	if err := l.Read(addr, buf); err != nil {
		return "", err
	}
	end := bytes.IndexByte(buf, 0)
	if end < 0 {
		return "", fmt.Errorf("banner at %#x has no NUL within %d bytes", addr, maxBanner)
	}
	return string(bytes.TrimRight(buf[:end], "\n")), nil
}

func tryLoad(phys *Physical, syms *Symbols, need map[string]uint64, p uint64, banner string, opt LocateOptions) (*Kernel, error) {
	text := need["_text"]
	root := opt.Root
	if root == 0 {
		root = p + need["init_top_pgt"] - text
	}
	vm := &PageTable{Phys: phys, Root: root, Levels: opt.Levels}
	var va uint64
	for v := uint64(kernelMapBase); v < kernelMapBase+kernelImageSpan; v += kernelAlign {
		if pa, _, err := vm.Translate(v); err == nil && pa == p {
			va = v
			break
		}
	}
	if va == 0 {
		return nil, fmt.Errorf("the page tables at %#x map no kernel-map address to it", root)
	}
	k := &Kernel{Syms: syms, VM: vm, PhysLoad: p, Slide: va - text, Banner: banner}
	virt, err := readBanner(vm, need["linux_banner"]+k.Slide)
	if err != nil {
		return nil, fmt.Errorf("linux_banner through the page tables (slide %#x): %w", k.Slide, err)
	}
	if virt != banner {
		return nil, fmt.Errorf("linux_banner through the page tables (slide %#x) differs from the physical one", k.Slide)
	}
	if opt.Banner != "" && !bytes.HasPrefix([]byte(banner), []byte(opt.Banner)) {
		return nil, fmt.Errorf("%w: the guest's is %q, the manifest expects %q", ErrBannerMismatch, banner, opt.Banner)
	}
	end, err := syms.Next("sys_call_table")
	if err != nil {
		return nil, err
	}
	table := make([]byte, end-need["sys_call_table"])
	if err := vm.Read(need["sys_call_table"]+k.Slide, table); err != nil {
		return nil, fmt.Errorf("sys_call_table (slide %#x): %w", k.Slide, err)
	}
	for i := 0; i+8 <= len(table); i += 8 {
		e := binary.LittleEndian.Uint64(table[i:])
		if e != 0 && (e-k.Slide < text || e-k.Slide >= need["_etext"]) {
			return nil, fmt.Errorf("sys_call_table[%d] = %#x is outside the kernel text at slide %#x", i/8, e, k.Slide)
		}
	}
	return k, nil
}
