package qmp

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Memdev is a memory backend object of the VM (query-memdev).
type Memdev struct {
	ID   string `json:"id"`
	Size uint64 `json:"size"`
}

// RAMSection is a guest-physical range of RAM backed by a memory backend: Size bytes at GPA are the
// backend's bytes at Offset (in a memory-backend-file, the file's offset).
type RAMSection struct {
	GPA    uint64
	Offset uint64
	Size   uint64
}

// Memdevs runs query-memdev.
func (c *Client) Memdevs(ctx context.Context) ([]Memdev, error) {
	var out []Memdev
	err := c.Execute(ctx, "query-memdev", nil, &out)
	return out, err
}

// RAMLayout returns where the memory backend named id appears in the guest's physical address space,
// in address order, from the flat view of the address space "memory" (HMP `info mtree -f`). Ranges covered
// by something else (the VGA window, option ROMs, the PCI hole) are not RAM there and are not listed.
func (c *Client) RAMLayout(ctx context.Context, id string) ([]RAMSection, error) {
	out, err := c.HMP(ctx, "info mtree -f")
	if err != nil {
		return nil, err
	}
	return ParseFlatView(out, id)
}

var (
	flatViewRange = regexp.MustCompile(`^\s+([0-9a-f]{16})-([0-9a-f]{16}) \(prio -?\d+, ([a-z/]+)\): (\S+)(?: @([0-9a-f]{16}))?`)
	flatViewAS    = regexp.MustCompile(`^\s+AS "([^"]*)"`)
)

// ParseFlatView extracts the sections of the memory region named region from the flat view of the address
// space "memory" in the output of HMP `info mtree -f`. It checks what it parses: the view must exist, its
// sections of region must be RAM (ram, or rom where the firmware made it read-only), in address order, not overlapping, and none may overflow 64 bits.
func ParseFlatView(out, region string) ([]RAMSection, error) {
	var (
		secs     []RAMSection
		found    bool
		inMemory bool
	)
	for _, line := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(line, "FlatView #"):
			if found {
				return checkSections(secs, region)
			}
			inMemory = false
			continue
		}
		if m := flatViewAS.FindStringSubmatch(line); m != nil {
			if m[1] == "memory" {
				inMemory, found = true, true
			}
			continue
		}
		if !inMemory {
			continue
		}
		m := flatViewRange.FindStringSubmatch(line)
		if m == nil || m[4] != region {
			continue
		}
		// RAM the firmware made read-only to the guest (PAM of the BIOS area) shows as rom: still RAM.
		if m[3] != "ram" && m[3] != "rom" {
			return nil, fmt.Errorf("%w: memory region %q is mapped as %s, not ram: %q", ErrProtocol, region, m[3], strings.TrimSpace(line))
		}
		lo, _ := strconv.ParseUint(m[1], 16, 64)
		hi, _ := strconv.ParseUint(m[2], 16, 64)
		var off uint64
		if m[5] != "" {
			off, _ = strconv.ParseUint(m[5], 16, 64)
		}
		if hi < lo || hi == ^uint64(0) || off+(hi-lo+1) < off {
			return nil, fmt.Errorf("%w: bad range in %q", ErrProtocol, strings.TrimSpace(line))
		}
		secs = append(secs, RAMSection{GPA: lo, Offset: off, Size: hi - lo + 1})
	}
	if !found {
		return nil, fmt.Errorf("%w: no flat view of the address space \"memory\" in info mtree -f", ErrProtocol)
	}
	return checkSections(secs, region)
}

func checkSections(secs []RAMSection, region string) ([]RAMSection, error) {
	if len(secs) == 0 {
		return nil, fmt.Errorf("%w: memory region %q is not mapped in the guest-physical address space", ErrProtocol, region)
	}
	if !sort.SliceIsSorted(secs, func(i, j int) bool { return secs[i].GPA < secs[j].GPA }) {
		return nil, fmt.Errorf("%w: the flat view of %q is not in address order", ErrProtocol, region)
	}
	for i := 1; i < len(secs); i++ {
		if secs[i].GPA < secs[i-1].GPA+secs[i-1].Size {
			return nil, fmt.Errorf("%w: sections of %q overlap at %#x", ErrProtocol, region, secs[i].GPA)
		}
	}
	return secs, nil
}
