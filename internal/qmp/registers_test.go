package qmp

import (
	"errors"
	"strings"
	"testing"
)

// registers64 is `info registers` (abridged) of a 64-bit Linux guest paused in its idle loop, QEMU 7.2.
const registers64 = `RAX=0000000000000000 RBX=ffffffff82a0e940 RCX=0000000000000000 RDX=0000000000000001
RIP=ffffffff81c3c5ae RFL=00000246 [---Z-P-] CPL=0 II=0 A20=1 SMM=0 HLT=1
GDT=     fffffe0000001000 0000007f
IDT=     fffffe0000000000 00000fff
CR0=80050033 CR2=00007f9ee1a47000 CR3=0000000002a0c001 CR4=00350ef0
DR0=0000000000000000 DR1=0000000000000000 DR2=0000000000000000 DR3=0000000000000000
DR6=00000000ffff0ff0 DR7=0000000000000400
EFER=0000000000000d01
`

func TestParseRegisters(t *testing.T) {
	r, err := ParseRegisters(registers64)
	if err != nil {
		t.Fatal(err)
	}
	if r.CR3 != 0x2a0c001 || r.Root() != 0x2a0c000 || r.Levels() != 4 || r.EFER != 0xd01 {
		t.Errorf("got %+v root %#x levels %d", r, r.Root(), r.Levels())
	}
	la57 := strings.Replace(registers64, "CR4=00350ef0", "CR4=00351ef0", 1)
	if r, err := ParseRegisters(la57); err != nil || r.Levels() != 5 {
		t.Errorf("LA57: %+v %v", r, err)
	}
}

// TestParseRegisters_refuses: what is not one 64-bit vCPU's paging state is an error, never a root.
func TestParseRegisters_refuses(t *testing.T) {
	for name, out := range map[string]string{
		"no CR3":        strings.Replace(registers64, "CR3=0000000002a0c001", "", 1),
		"no EFER":       strings.Replace(registers64, "EFER=0000000000000d01", "", 1),
		"two vCPUs":     registers64 + registers64,
		"not long mode": strings.Replace(registers64, "EFER=0000000000000d01", "EFER=0000000000000001", 1),
		"paging off":    strings.Replace(registers64, "CR0=80050033", "CR0=00050033", 1),
		"zero root":     strings.Replace(registers64, "CR3=0000000002a0c001", "CR3=0000000000000fff", 1),
		"wide root":     strings.Replace(registers64, "CR3=0000000002a0c001", "CR3=0010000002a0c000", 1),
		"error text":    "Error: no CPU",
	} {
		if r, err := ParseRegisters(out); !errors.Is(err, ErrProtocol) {
			t.Errorf("%s: %+v, %v; want ErrProtocol", name, r, err)
		}
	}
}

// TestParseAllRegisters: `info registers -a` gives one section per vCPU, in order.
func TestParseAllRegisters(t *testing.T) {
	second := strings.Replace(registers64, "CR3=0000000002a0c001", "CR3=0000000003b00000", 1)
	regs, err := ParseAllRegisters("\nCPU#0\n" + registers64 + "\nCPU#1\n" + second)
	if err != nil {
		t.Fatal(err)
	}
	if len(regs) != 2 || regs[0].CR3 != 0x2a0c001 || regs[1].CR3 != 0x3b00000 {
		t.Fatalf("got %+v", regs)
	}
}

// TestParseAllRegisters_refuses: a vCPU that is not in long mode with paging, a missing or out-of-order
// section, or output without sections is an error naming the vCPU where there is one, never a shorter list.
func TestParseAllRegisters_refuses(t *testing.T) {
	realMode := strings.Replace(registers64, "CR0=80050033", "CR0=00000010", 1)
	for name, c := range map[string]struct{ out, want string }{
		"no sections":         {registers64, "no CPU#N section"},
		"second in real mode": {"CPU#0\n" + registers64 + "CPU#1\n" + realMode, "vCPU 1"},
		"gap":                 {"CPU#0\n" + registers64 + "CPU#2\n" + registers64, "section 1 is CPU#2"},
		"empty section":       {"CPU#0\n" + registers64 + "CPU#1\n", "vCPU 1"},
		"two in one section":  {"CPU#0\n" + registers64 + registers64, "twice"},
	} {
		regs, err := ParseAllRegisters(c.out)
		if !errors.Is(err, ErrProtocol) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %+v, %v; want ErrProtocol naming %q", name, regs, err, c.want)
		}
	}
}
