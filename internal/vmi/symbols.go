package vmi

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// maxSymbolFile bounds a symbol file (a System.map of a distribution kernel is about 4 MiB).
const maxSymbolFile = 64 << 20

// Symbol is a symbol's link-time (unrelocated) virtual address, type letter and name.
type Symbol struct {
	Addr uint64
	Type byte
	Name string
}

// Symbols is a kernel's symbol table: a System.map, or the /proc/kallsyms of the same kernel booted with
// nokaslr (same format; module symbols, "[mod]", are ignored).
type Symbols struct {
	byName map[string]Symbol
	sorted []Symbol // kernel-image symbols by address
}

// LoadSymbols reads the symbol file at path and checks that its SHA-256 is want: any other file is
// ErrSymbolFile, so that a manifest names exactly one kernel build.
func LoadSymbols(path string, want [32]byte) (*Symbols, error) {
	data, err := readPinned(path, want)
	if err != nil {
		return nil, err
	}
	return parsedSymbols.get(want, func() (*Symbols, error) {
		s, err := ParseSymbols(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return s, nil
	})
}

// parsedCache keeps parsed pinned files by the SHA-256 of their bytes: a pinned file is read and hashed at
// every load but parsed once (a System.map takes about 100 ms to parse, too long for a guest's pause).
// What it holds is never modified after parsing.
type parsedCache[T any] struct {
	mu sync.Mutex
	m  map[[32]byte]T
}

// maxParsed bounds a parsedCache; a full cache is emptied.
const maxParsed = 8

func (c *parsedCache[T]) get(sum [32]byte, parse func() (T, error)) (T, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.m[sum]; ok {
		return v, nil
	}
	v, err := parse()
	if err != nil {
		return v, err
	}
	if c.m == nil || len(c.m) >= maxParsed {
		c.m = map[[32]byte]T{}
	}
	c.m[sum] = v
	return v, nil
}

var parsedSymbols parsedCache[*Symbols]

// ParseSymbols parses "address type name" lines. Absolute (A) and per-CPU (below the kernel map) symbols are
// kept by name but take no part in Next.
func ParseSymbols(r io.Reader) (*Symbols, error) {
	s := &Symbols{byName: map[string]Symbol{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 4096), 1<<20)
	for n := 1; sc.Scan(); n++ {
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			continue
		}
		if len(f) == 4 && strings.HasPrefix(f[3], "[") {
			continue // a module's symbol in /proc/kallsyms
		}
		if len(f) != 3 || len(f[1]) != 1 {
			return nil, fmt.Errorf("%w: line %d is not \"address type name\": %.80q", ErrSymbolFile, n, sc.Text())
		}
		addr, err := strconv.ParseUint(f[0], 16, 64)
		if err != nil {
			return nil, fmt.Errorf("%w: line %d: address %q is not hexadecimal", ErrSymbolFile, n, f[0])
		}
		sym := Symbol{Addr: addr, Type: f[1][0], Name: f[2]}
		if _, dup := s.byName[sym.Name]; !dup {
			s.byName[sym.Name] = sym
		}
		if sym.Type != 'A' && sym.Type != 'a' && addr >= kernelMapBase {
			s.sorted = append(s.sorted, sym)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSymbolFile, err)
	}
	if len(s.byName) == 0 {
		return nil, fmt.Errorf("%w: no symbols", ErrSymbolFile)
	}
	if len(s.sorted) == 0 {
		return nil, fmt.Errorf("%w: no kernel-image symbols (all zero addresses: read /proc/kallsyms as root)", ErrSymbolFile)
	}
	sort.SliceStable(s.sorted, func(i, j int) bool { return s.sorted[i].Addr < s.sorted[j].Addr })
	return s, nil
}

// Lookup returns the named symbol's link-time address, or ErrNoSymbol.
func (s *Symbols) Lookup(name string) (uint64, error) {
	sym, ok := s.byName[name]
	if !ok {
		return 0, fmt.Errorf("%w: %q", ErrNoSymbol, name)
	}
	return sym.Addr, nil
}

// Next returns the address of the first kernel-image symbol above the named one: the end of the named
// object when no other object lies between (a System.map carries no sizes).
func (s *Symbols) Next(name string) (uint64, error) {
	addr, err := s.Lookup(name)
	if err != nil {
		return 0, err
	}
	i := sort.Search(len(s.sorted), func(i int) bool { return s.sorted[i].Addr > addr })
	if i == len(s.sorted) {
		return 0, fmt.Errorf("%w: no symbol follows %q", ErrNoSymbol, name)
	}
	return s.sorted[i].Addr, nil
}

// readPinned reads the file at path (at most maxSymbolFile bytes) and checks that its SHA-256 is want.
func readPinned(path string, want [32]byte) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSymbolFile, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxSymbolFile+1))
	if err != nil {
		return nil, fmt.Errorf("%w: failed to read %s: %w", ErrSymbolFile, path, err)
	}
	if len(data) > maxSymbolFile {
		return nil, fmt.Errorf("%w: %s is larger than %d bytes", ErrSymbolFile, path, maxSymbolFile)
	}
	if got := sha256.Sum256(data); got != want {
		return nil, fmt.Errorf("%w: %s has SHA-256 %s, the manifest pins %s", ErrSymbolFile, path, hex.EncodeToString(got[:]), hex.EncodeToString(want[:]))
	}
	return data, nil
}
