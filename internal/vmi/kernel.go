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
	need, err := anchors(syms)
	if err != nil {
		return nil, err
	}
	var found []*Kernel
	var reasons []error
	for _, rg := range phys.Ranges() {
		for p := (rg.GPA + kernelAlign - 1) &^ (kernelAlign - 1); p-rg.GPA < rg.Size && p >= rg.GPA; p += kernelAlign {
			banner, err := readBanner(phys, p+need.banner-need.text)
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

// Confirm checks, without a scan, that hint (a kernel located earlier in the same guest memory with the same
// symbols, e.g. before the guest was paused) is still there as the page tables at opt.Root (0: its
// init_top_pgt) show it: those tables map _text + hint.Slide to hint.PhysLoad, and the validation of Locate's
// step 4 passes there (the banner, read physically and through the page tables, equals hint's and starts
// with opt.Banner; every sys_call_table entry lies in the text). It returns the kernel as seen through
// opt.Root's tables. Anything else is an error wrapping ErrKernelNotFound (or ErrBannerMismatch): Locate
// again then. opt.Levels 0 means hint's.
//
// Confirm checks what Locate checks at one candidate but not that no other candidate passes: a second
// image mapped after hint was located is not reported. Reading through the returned kernel reads what the
// page tables map at the confirmed addresses, whatever else they map.
func Confirm(phys *Physical, hint *Kernel, opt LocateOptions) (*Kernel, error) {
	if hint == nil || hint.Syms == nil || hint.VM == nil {
		return nil, fmt.Errorf("%w: no located kernel to confirm", ErrKernelNotFound)
	}
	need, err := anchors(hint.Syms)
	if err != nil {
		return nil, err
	}
	if opt.Levels == 0 {
		opt.Levels = hint.VM.Levels
	}
	banner, err := readBanner(phys, hint.PhysLoad+need.banner-need.text)
	if err != nil {
		return nil, fmt.Errorf("%w: at %#x: %w", ErrKernelNotFound, hint.PhysLoad, err)
	}
	if banner != hint.Banner {
		return nil, fmt.Errorf("%w: the banner at %#x changed", ErrKernelNotFound, hint.PhysLoad)
	}
	vm := &PageTable{Phys: phys, Root: opt.Root, Levels: opt.Levels}
	if vm.Root == 0 {
		vm.Root = hint.PhysLoad + need.topPgt - need.text
	}
	k, err := validate(phys, hint.Syms, need, vm, hint.PhysLoad, need.text+hint.Slide, banner, opt)
	if err != nil {
		return nil, fmt.Errorf("%w: at %#x: %w", ErrKernelNotFound, hint.PhysLoad, err)
	}
	return k, nil
}

// anchorAddrs are the link-time addresses of the symbols that locating a kernel needs.
type anchorAddrs struct {
	text, etext, banner, topPgt, syscalls, syscallsEnd uint64
}

// anchors looks up the anchors in syms.
func anchors(syms *Symbols) (anchorAddrs, error) {
	var a anchorAddrs
	for _, s := range []struct {
		name string
		addr *uint64
	}{{"_text", &a.text}, {"_etext", &a.etext}, {"linux_banner", &a.banner}, {"init_top_pgt", &a.topPgt}, {"sys_call_table", &a.syscalls}} {
		v, err := syms.Lookup(s.name)
		if err != nil {
			return a, err
		}
		*s.addr = v
	}
	end, err := syms.Next("sys_call_table")
	if err != nil {
		return a, err
	}
	a.syscallsEnd = end
	return a, nil
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

// tryLoad validates the candidate load address p, whose physical banner is banner: it finds the kernel-map
// address that the page tables map to p, then validates the kernel there.
func tryLoad(phys *Physical, syms *Symbols, need anchorAddrs, p uint64, banner string, opt LocateOptions) (*Kernel, error) {
	root := opt.Root
	if root == 0 {
		root = p + need.topPgt - need.text
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
	return validate(phys, syms, need, vm, p, va, banner, opt)
}

// validate checks the kernel whose _text is at virtual va and physical p in vm, its physical banner being
// banner: vm maps va to p, the banner read through vm equals the physical one (and starts with opt.Banner),
// and every non-zero sys_call_table entry, unslid, lies in the kernel text.
func validate(phys *Physical, syms *Symbols, need anchorAddrs, vm *PageTable, p, va uint64, banner string, opt LocateOptions) (*Kernel, error) {
	if pa, _, err := vm.Translate(va); err != nil || pa != p {
		return nil, fmt.Errorf("the page tables at %#x do not map %#x to it (%#x, %v)", vm.Root, va, pa, err)
	}
	k := &Kernel{Syms: syms, VM: vm, PhysLoad: p, Slide: va - need.text, Banner: banner}
	virt, err := readBanner(vm, need.banner+k.Slide)
	if err != nil {
		return nil, fmt.Errorf("linux_banner through the page tables (slide %#x): %w", k.Slide, err)
	}
	if virt != banner {
		return nil, fmt.Errorf("linux_banner through the page tables (slide %#x) differs from the physical one", k.Slide)
	}
	if opt.Banner != "" && !bytes.HasPrefix([]byte(banner), []byte(opt.Banner)) {
		return nil, fmt.Errorf("%w: the guest's is %q, the manifest expects %q", ErrBannerMismatch, banner, opt.Banner)
	}
	table := make([]byte, need.syscallsEnd-need.syscalls)
	if err := vm.Read(need.syscalls+k.Slide, table); err != nil {
		return nil, fmt.Errorf("sys_call_table (slide %#x): %w", k.Slide, err)
	}
	for i := 0; i+8 <= len(table); i += 8 {
		e := binary.LittleEndian.Uint64(table[i:])
		if e != 0 && (e-k.Slide < need.text || e-k.Slide >= need.etext) {
			return nil, fmt.Errorf("sys_call_table[%d] = %#x is outside the kernel text at slide %#x", i/8, e, k.Slide)
		}
	}
	return k, nil
}
