package qmp

import (
	"errors"
	"strings"
	"testing"
)

// flatView4G is `info mtree -f` (abridged) of QEMU 7.2, q35 with 4 GiB of RAM in memory-backend-file id=ram.
const flatView4G = `FlatView #0
 AS "I/O", root: io
 Root memory region: io
  0000000000000000-0000000000000007 (prio 0, i/o): dma-chan
FlatView #1
 AS "memory", root: system
 AS "cpu-memory-0", root: system
 Root memory region: system
  0000000000000000-00000000000bffff (prio 0, ram): ram
  00000000000c0000-00000000000dffff (prio 1, rom): pc.rom
  00000000000e0000-00000000000fffff (prio 1, rom): pc.bios @0000000000020000
  0000000000100000-000000007fffffff (prio 0, ram): ram @0000000000100000
  00000000b0000000-00000000bfffffff (prio 0, i/o): pcie-mmcfg-mmio
  0000000100000000-000000017fffffff (prio 0, ram): ram @0000000080000000
FlatView #2
 AS "cpu-smm-0", root: memory
  0000000000000000-00000000000bffff (prio 0, ram): ram
  0000000000000000-00000000000bffff (prio 0, ram): other
`

// TestParseFlatView: RAM above 4 GiB starts in the backing file where RAM below the hole ends.
func TestParseFlatView(t *testing.T) {
	got, err := ParseFlatView(flatView4G, "ram")
	if err != nil {
		t.Fatal(err)
	}
	want := []RAMSection{{0, 0, 0xc0000}, {0x100000, 0x100000, 0x7ff00000}, {1 << 32, 0x80000000, 0x80000000}}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("section %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

// TestParseFlatViewRefuses: what does not make sense is an error, never a layout.
func TestParseFlatViewRefuses(t *testing.T) {
	for _, tc := range []struct{ name, out, region, want string }{
		{"no memory view", "FlatView #0\n AS \"I/O\", root: io\n", "ram", "no flat view"},
		{"region absent", flatView4G, "pc.ram", "not mapped"},
		{"not ram", "FlatView #0\n AS \"memory\", root: system\n  0000000000000000-0000000000000fff (prio 0, i/o): ram\n", "ram", "not ram"},
		{"overlap", "FlatView #0\n AS \"memory\", root: system\n  0000000000000000-0000000000001fff (prio 0, ram): ram\n  0000000000001000-0000000000001fff (prio 0, ram): ram @0000000000001000\n", "ram", "overlap"},
		{"reversed", "FlatView #0\n AS \"memory\", root: system\n  0000000000002000-0000000000000fff (prio 0, ram): ram\n", "ram", "bad range"},
		{"offset overflow", "FlatView #0\n AS \"memory\", root: system\n  0000000000000000-0000000000000fff (prio 0, ram): ram @fffffffffffff800\n", "ram", "bad range"},
	} {
		_, err := ParseFlatView(tc.out, tc.region)
		if err == nil || !errors.Is(err, ErrProtocol) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want ErrProtocol with %q", tc.name, err, tc.want)
		}
	}
}
