// Package vmi reads a running Linux guest's kernel from beside the hypervisor, in layers as Volatility 3
// stacks its address spaces: a physical layer over the guest's RAM file (Physical), an x86-64 page-table
// layer whose root is a parameter (PageTable), a symbol table apart from both (Symbols, from a System.map
// pinned by SHA-256), and the kernel finder (Locate) that detects the KASLR slide and validates it before any
// structure is read (Kernel). Each layer answers "read N bytes at address A" and knows nothing of the layers
// above it.
package vmi

import "errors"

// Layer is an address space: Read fills p with the bytes at addr, or fails; it never returns short.
type Layer interface {
	Read(addr uint64, p []byte) error
}

// Errors of the layers, matched with errors.Is.
var (
	// ErrUnmapped: an address has no backing (outside the RAM map, or a page-table entry not present).
	ErrUnmapped = errors.New("address not mapped")
	// ErrSymbolFile: the symbol file is missing, unreadable, malformed or not the pinned one.
	ErrSymbolFile = errors.New("bad symbol file")
	// ErrNoSymbol: a symbol the structure needs is not in the symbol file.
	ErrNoSymbol = errors.New("symbol not in the symbol file")
	// ErrKernelNotFound: no KASLR slide explains the guest's memory, or the one found fails validation.
	ErrKernelNotFound = errors.New("guest kernel not found")
	// ErrBannerMismatch: the guest's linux_banner is not the one expected of the kernel build.
	ErrBannerMismatch = errors.New("guest kernel banner does not match")
	// ErrMappingDiffers: two page-table hierarchies (e.g. two vCPUs' CR3) map an address to different
	// physical memory.
	ErrMappingDiffers = errors.New("page tables map the address differently")
)
