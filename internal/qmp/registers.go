package qmp

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
)

// Control-register bits that Registers checks.
const (
	// cr0PG is CR0.PG: paging is on.
	cr0PG = 1 << 31
	// cr4LA57 is CR4.LA57: 5-level paging.
	cr4LA57 = 1 << 12
	// eferLMA is EFER.LMA: long mode is active.
	eferLMA = 1 << 10
	// physAddrMask keeps the bits of a physical address of x86-64 (52 bits).
	physAddrMask = 1<<52 - 1
)

// Registers are the paging registers of a vCPU, read from QEMU (HMP `info registers`), not from guest
// memory: the page-table root the vCPU really uses, which a guest kernel cannot hide behind a decoy.
type Registers struct {
	// CR3 is the page-table root with its flag bits (PCID, PTI's user-table bit); use Root for the address.
	CR3 uint64
	// CR4 and EFER are the vCPU's CR4 and EFER.
	CR4, EFER uint64
}

// Root returns the physical address of the top-level page table (CR3 without its low 12 bits).
func (r Registers) Root() uint64 { return r.CR3 &^ 0xfff & physAddrMask }

// Levels returns 5 when CR4.LA57 is set, 4 otherwise.
func (r Registers) Levels() int {
	if r.CR4&cr4LA57 != 0 {
		return 5
	}
	return 4
}

var registerPattern = regexp.MustCompile(`\b(CR0|CR3|CR4|EFER)=([0-9a-fA-F]{1,16})\b`)

// Registers returns the paging registers of the monitor's current vCPU (the first one unless changed).
// Read them with the guest paused: a running vCPU changes CR3 at every process switch.
func (c *Client) Registers(ctx context.Context) (Registers, error) {
	out, err := c.HMP(ctx, "info registers")
	if err != nil {
		return Registers{}, err
	}
	return ParseRegisters(out)
}

// ParseRegisters extracts and validates CR3, CR4 and EFER from the output of HMP `info registers` of one
// vCPU: each must appear exactly once, the vCPU must be in long mode with paging on (EFER.LMA, CR0.PG),
// and CR3 must hold a non-zero physical address of at most 52 bits. Anything else is ErrProtocol.
func ParseRegisters(out string) (Registers, error) {
	vals := map[string]uint64{}
	for _, m := range registerPattern.FindAllStringSubmatch(out, -1) {
		if _, dup := vals[m[1]]; dup {
			return Registers{}, fmt.Errorf("%w: info registers shows %s twice (several vCPUs?)", ErrProtocol, m[1])
		}
		v, err := strconv.ParseUint(m[2], 16, 64)
		if err != nil {
			return Registers{}, fmt.Errorf("%w: info registers: %s=%s: %v", ErrProtocol, m[1], m[2], err)
		}
		vals[m[1]] = v
	}
	for _, name := range []string{"CR0", "CR3", "CR4", "EFER"} {
		if _, ok := vals[name]; !ok {
			return Registers{}, fmt.Errorf("%w: no %s in info registers: %.200q", ErrProtocol, name, out)
		}
	}
	r := Registers{CR3: vals["CR3"], CR4: vals["CR4"], EFER: vals["EFER"]}
	switch {
	case vals["CR0"]&cr0PG == 0 || r.EFER&eferLMA == 0:
		return Registers{}, fmt.Errorf("%w: the vCPU is not in long mode with paging on (CR0=%#x EFER=%#x)", ErrProtocol, vals["CR0"], r.EFER)
	case r.CR3&^physAddrMask&^(1<<63) != 0:
		// Bit 63 is the "no flush" bit of a MOV to CR3 with PCIDs; QEMU does not show it, but tolerate it.
		return Registers{}, fmt.Errorf("%w: CR3=%#x has bits above the 52-bit physical address", ErrProtocol, r.CR3)
	case r.Root() == 0:
		return Registers{}, fmt.Errorf("%w: CR3=%#x holds no page-table address", ErrProtocol, r.CR3)
	}
	return r, nil
}
