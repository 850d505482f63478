package subset

import (
	"errors"
	"strings"
	"testing"
)

const guestKernelDoc = `name: gk
version: "1"
regions:
  - name: syscalls
    guest-kernel:
      path: /dev/shm/vm.ram
      format: memory-backend-file
      symbols: {path: /var/lib/vmattest/System.map, sha256: 2f6e9fe4f80c9d731f53de1e61c561c53997ee7dcd3d764f823cb7ce2330bbda}
      structure: sys_call_table
`

// TestGuestKernel_parse: the kind parses with code 6, and the identifier changes with the pinned symbol
// file, so that another kernel build is another subset.
func TestGuestKernel_parse(t *testing.T) {
	m, err := Parse([]byte(guestKernelDoc))
	if err != nil {
		t.Fatal(err)
	}
	if k := m.Regions[0].Kind(); k != KindGuestKernel || k.Code() != 6 {
		t.Fatalf("kind %q code %d", k, k.Code())
	}
	other, err := Parse([]byte(strings.Replace(guestKernelDoc, "2f6e9fe4", "2f6e9fe5", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if m.ID() == other.ID() {
		t.Fatal("another symbol file pin gave the same subset identifier")
	}
	// Naming the QMP socket changes what the region means (the root is the vCPU's CR3): another subset.
	withQMP, err := Parse([]byte(strings.Replace(guestKernelDoc, "format: memory-backend-file", "format: memory-backend-file\n      qmp: /run/vm.qmp", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if withQMP.Regions[0].GuestKernel.QMP != "/run/vm.qmp" || withQMP.ID() == m.ID() {
		t.Fatalf("qmp %q, identifier unchanged: %v", withQMP.Regions[0].GuestKernel.QMP, withQMP.ID() == m.ID())
	}
	if strings.Contains(string(m.Canonical()), "qmp") {
		t.Fatal("the canonical encoding of a region without qmp mentions it: existing identifiers would change")
	}
}

// TestGuestKernel_invalid: each malformed guest-kernel region is refused, naming the field.
func TestGuestKernel_invalid(t *testing.T) {
	for _, c := range []struct{ from, to, field string }{
		{"sha256: 2f6e9fe4", "sha256: 2F6E9FE4", "guest-kernel.symbols.sha256"},
		{"sha256: 2f6e9fe4f80c9d731f53de1e61c561c53997ee7dcd3d764f823cb7ce2330bbda", "sha256: 2f6e", "guest-kernel.symbols.sha256"},
		{"path: /var/lib/vmattest/System.map", "path: System.map", "guest-kernel.symbols.path"},
		{"path: /dev/shm/vm.ram", "path: vm.ram", "guest-kernel.path"},
		{"format: memory-backend-file", "format: qcow2", "guest-kernel.format"},
		{"format: memory-backend-file", "format: memory-backend-file\n      qmp: run/vm.qmp", "guest-kernel.qmp"},
		{"format: memory-backend-file", "format: raw-dump\n      qmp: /run/vm.qmp", "guest-kernel.qmp"},
		{"structure: sys_call_table", "structure: gdt", "guest-kernel.structure"},
		{"structure: sys_call_table", "structure: text\n      symbol: x\n      length: 8", "guest-kernel"},
		{"structure: sys_call_table", "symbol: linux_banner", "guest-kernel.length"},
		{"structure: sys_call_table", "symbol: 'a b'\n      length: 8", "guest-kernel.symbol"},
		{"structure: sys_call_table", "from: _text", "guest-kernel.to"},
		{"structure: sys_call_table", "paging: 3\n      structure: text", "guest-kernel.paging"},
		{"structure: sys_call_table", "relocs: {path: /r, sha256: 00}\n      structure: text", "guest-kernel.relocs.sha256"},
		{"structure: sys_call_table", "relocs: {path: r, sha256: 2f6e9fe4f80c9d731f53de1e61c561c53997ee7dcd3d764f823cb7ce2330bbda}\n      structure: text", "guest-kernel.relocs.path"},
	} {
		_, err := Parse([]byte(strings.Replace(guestKernelDoc, c.from, c.to, 1)))
		var e *Error
		if !errors.As(err, &e) || e.Field != c.field || e.RegionName != "syscalls" {
			t.Errorf("%q -> %q: %v, want an error in %s", c.from, c.to, err, c.field)
		}
	}
}

// TestGuestKernel_example: the documented example manifest is valid.
func TestGuestKernel_example(t *testing.T) {
	if _, err := Load("../../docs/examples/subsets/guest-kernel.yaml"); err != nil {
		t.Fatal(err)
	}
}
