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

var (
	registerPattern = regexp.MustCompile(`\b(CR0|CR3|CR4|EFER)=([0-9a-fA-F]{1,16})\b`)
	// cpuHeader starts each vCPU's section of `info registers -a`.
	cpuHeader = regexp.MustCompile(`(?m)^CPU#([0-9]+)\s*$`)
)

// AllRegisters returns the paging registers of every vCPU (HMP `info registers -a`, one round trip), in
// QEMU's CPU order, the first being the one Registers reads. Every vCPU must be in long mode with paging on
// (ParseRegisters); a vCPU that is not (e.g. one still waiting for its start-up IPI) is an error naming it.
func (c *Client) AllRegisters(ctx context.Context) ([]Registers, error) {
	out, err := c.HMP(ctx, "info registers -a")
	if err != nil {
		return nil, err
	}
	return ParseAllRegisters(out)
}

// ParseAllRegisters parses the output of HMP `info registers -a`: sections headed `CPU#N`, numbered from 0
// without gaps, each parsed by ParseRegisters.
func ParseAllRegisters(out string) ([]Registers, error) {
	heads := cpuHeader.FindAllStringSubmatchIndex(out, -1)
	if len(heads) == 0 {
		return nil, fmt.Errorf("%w: no CPU#N section in info registers -a: %.200q", ErrProtocol, out)
	}
	regs := make([]Registers, 0, len(heads))
	for i, h := range heads {
		n, err := strconv.Atoi(out[h[2]:h[3]])
		if err != nil || n != i {
			return nil, fmt.Errorf("%w: info registers -a: section %d is CPU#%s", ErrProtocol, i, out[h[2]:h[3]])
		}
		end := len(out)
		if i+1 < len(heads) {
			end = heads[i+1][0]
		}
		r, err := ParseRegisters(out[h[1]:end])
		if err != nil {
			return nil, fmt.Errorf("vCPU %d: %w", i, err)
		}
		regs = append(regs, r)
	}
	return regs, nil
}

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
