package collect

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"github.com/vmattest/vmattest/internal/digest"
	"github.com/vmattest/vmattest/internal/qmp"
	"github.com/vmattest/vmattest/internal/subset"
	"github.com/vmattest/vmattest/internal/vmi"
)

// Bounds of a pause.
const (
	// DefaultMaxPause is how long a guest or a process may stay paused for one collection when
	// Options.MaxPause is 0.
	DefaultMaxPause = 250 * time.Millisecond
	// MaxPausedBytes bounds what one pause of a VM copies: the regions naming its QMP socket together.
	MaxPausedBytes = 256 << 20
	// resumeTimeout bounds the resume (QMP cont), which runs even when the collection's context has ended.
	resumeTimeout = 5 * time.Second
	// pauseChunk is how much is copied between two checks of the pause's deadline.
	pauseChunk = 1 << 20
)

// ErrPauseTooLong means a guest or process stayed paused longer than the maximum; it was resumed and
// nothing was digested.
var ErrPauseTooLong = errors.New("paused longer than the maximum")

// ErrResumedDuringPause means someone else resumed the guest while vmattest read it paused: the copy is not
// one point in time, and nothing was digested.
var ErrResumedDuringPause = errors.New("guest resumed during the pause")

// Pause is one pause of a guest (by its QMP socket) or of a process during a collection.
type Pause struct {
	// QMP is the VM's QMP socket; "" for a process.
	QMP string
	// PID is the stopped process; 0 for a VM.
	PID int
	// Regions are the regions read during the pause, in manifest order.
	Regions []string
	// Paused is false when the guest or process was already paused: it was read as found and left so.
	Paused bool
	// Duration is from the stop request to the resume's acknowledgement; 0 when not Paused.
	Duration time.Duration
}

// testHookPausedRead, when set by a test, runs before each chunk of a guest region copied during a pause
// (with the region's name) and once when a process has been stopped (with its pid); an error aborts the
// read.
var testHookPausedRead func(region string) error

func (o Options) maxPause() time.Duration {
	if o.MaxPause <= 0 {
		return DefaultMaxPause
	}
	return o.MaxPause
}

// identityLimit is how much of a memory-backend-file is guest RAM at the same guest-physical address on
// every QEMU x86 machine type: q35 keeps 2 GiB below the PCI hole once it has 2.75 GiB of RAM or more, pc
// (i440fx) at least 3 GiB; the rest of the file is RAM from 4 GiB up. Without a map or a QMP socket, only
// this part of a larger file is read.
const identityLimit = 2 << 30

// guestMap returns the map of a guest memory spec over a file of size bytes: its own, or the identity
// map (only over the first identityLimit bytes of a larger live RAM file).
func guestMap(spec *subset.GuestMemSpec, size int64) []subset.MapEntry {
	switch {
	case len(spec.Map) > 0:
		return spec.Map
	case spec.Format == subset.FormatMemoryBackendFile && size > identityLimit:
		return []subset.MapEntry{{GPA: 0, Offset: 0, Size: identityLimit}}
	}
	return []subset.MapEntry{{GPA: 0, Offset: 0, Size: uint64(size)}}
}

// translateRanges maps a spec's guest-physical ranges to file ranges through entries; hint ends the error
// of a range outside them.
func translateRanges(entries []subset.MapEntry, ranges []subset.GPARange, hint string) ([]subset.FileRange, error) {
	var out []subset.FileRange
	for i, rg := range ranges {
		frs, err := subset.Translate(entries, rg.GPA, rg.Length)
		if err != nil {
			return nil, fmt.Errorf("range %d [gpa %#x, %#x): %w: %w%s", i, rg.GPA, rg.GPA+rg.Length, ErrOutOfRange, err, hint)
		}
		out = append(out, frs...)
	}
	return out, nil
}

// identityHint explains a range refused by the identity map of a large live RAM file.
func identityHint(spec *subset.GuestMemSpec, size int64) string {
	if len(spec.Map) == 0 && spec.Format == subset.FormatMemoryBackendFile && size > identityLimit {
		return fmt.Sprintf(" (the RAM file has %d bytes: beyond its first 2 GiB, where guest RAM lies depends on the machine type's PCI hole; name the VM's QMP socket (qmp, --qmp) to take the layout from QEMU, or give a map)", size)
	}
	return ""
}

// qemuMap takes the RAM layout of the memory backend whose RAM file has size bytes from QEMU, and checks it
// against the file.
func qemuMap(ctx context.Context, c *qmp.Client, size int64) ([]subset.MapEntry, error) {
	devs, err := c.Memdevs(ctx)
	if err != nil {
		return nil, err
	}
	var id string
	n := 0
	for _, d := range devs {
		if d.Size == uint64(size) {
			id = d.ID
			n++
		}
	}
	if n != 1 {
		return nil, fmt.Errorf("the VM has %d memory backends of the RAM file's size (%d bytes), want exactly one", n, size)
	}
	secs, err := c.RAMLayout(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("failed to take the RAM layout from QEMU: %w", err)
	}
	out := make([]subset.MapEntry, len(secs))
	for i, s := range secs {
		if s.Offset > uint64(size) || s.Size > uint64(size)-s.Offset {
			return nil, fmt.Errorf("QEMU maps gpa %#x to offset %#x+%#x, outside the RAM file of %d bytes", s.GPA, s.Offset, s.Size, size)
		}
		out[i] = subset.MapEntry{GPA: s.GPA, Offset: s.Offset, Size: s.Size}
	}
	return out, nil
}

// pausedRegion is a guest-memory or guest-kernel region to copy during its VM's pause.
type pausedRegion struct {
	index  int
	name   string
	f      *os.File
	size   int64
	ranges []subset.FileRange
	buf    []byte
	// kernel and phys are set for a guest-kernel region: its plan, and its RAM file through QEMU's layout.
	kernel *kernelPlan
	phys   *vmi.Physical
}

// pausedSocket returns the QMP socket a region names, "" if none: the VM in whose pause it is read.
func pausedSocket(r *subset.Region) string {
	switch {
	case r.GuestMemory != nil:
		return r.GuestMemory.QMP
	case r.GuestKernel != nil:
		return r.GuestKernel.QMP
	}
	return ""
}

// readPausedGuests copies, for each VM named by a QMP socket, every region naming it (guest-memory and
// guest-kernel) inside one pause of the guest, and returns the copies by region index, ready to hash, and
// the pauses. A guest-kernel structure is normalized after its guest has resumed.
func readPausedGuests(ctx context.Context, m *subset.Manifest, opt Options) (map[int][]byte, []Pause, error) {
	bySocket := map[string][]int{}
	var sockets []string
	for i := range m.Regions {
		s := pausedSocket(&m.Regions[i])
		if s == "" {
			continue
		}
		if bySocket[s] == nil {
			sockets = append(sockets, s)
		}
		bySocket[s] = append(bySocket[s], i)
	}
	bufs := map[int][]byte{}
	var pauses []Pause
	for _, s := range sockets {
		p, kernels, err := readPausedGuest(ctx, m, bySocket[s], bufs, opt)
		if err != nil {
			return nil, nil, err
		}
		for _, kp := range kernels {
			if err := kp.kernel.finish(bufs[kp.index]); err != nil {
				return nil, nil, regionErr(m, kp.index, err)
			}
		}
		pauses = append(pauses, p)
	}
	return bufs, pauses, nil
}

func regionErr(m *subset.Manifest, i int, err error) error {
	r := &m.Regions[i]
	return &RegionError{Index: i, Name: r.Name, Kind: r.Kind(), Err: err}
}

// readPausedGuest copies the regions idx of one VM inside one pause into bufs, and returns the pause and
// the guest-kernel regions among them, whose copies are still to be finished (kernelPlan.finish). Everything
// that can be done before the pause is: connecting, the layout, loading the symbol and relocation files,
// translating and checking the ranges, allocating, and locating each guest-kernel region's kernel from the
// running vCPU 0's CR3 (prelocate). During the pause: every vCPU's registers (sent with the stop), the
// located kernel confirmed through them (or located again), the copies, the check that every vCPU maps each
// structure alike, then the check that nobody resumed the guest (sent with the cont). The guest is resumed
// on every path once stopped, unless it was paused before.
func readPausedGuest(ctx context.Context, m *subset.Manifest, idx []int, bufs map[int][]byte, opt Options) (pause Pause, kernels []*pausedRegion, err error) {
	socket := pausedSocket(&m.Regions[idx[0]])
	c, err := qmp.Dial(ctx, socket)
	if err != nil {
		return Pause{}, nil, regionErr(m, idx[0], fmt.Errorf("the VM's QMP socket is unreachable, nothing was paused: %w", err))
	}
	defer c.Close()
	plans := make([]*pausedRegion, 0, len(idx))
	defer func() {
		for _, p := range plans {
			p.f.Close()
		}
	}()
	maps := map[string][]subset.MapEntry{}
	var total uint64
	for _, i := range idx {
		p, err := planPaused(ctx, c, &m.Regions[i], maps)
		if p != nil {
			p.index = i
			plans = append(plans, p)
		}
		if err != nil {
			return Pause{}, nil, regionErr(m, i, err)
		}
		if p.kernel != nil {
			kernels = append(kernels, p)
		}
		if total += uint64(len(p.buf)); total > MaxPausedBytes {
			return Pause{}, nil, regionErr(m, i, fmt.Errorf("the regions of VM %s copy more than %d bytes in one pause", socket, MaxPausedBytes))
		}
	}
	pause = Pause{QMP: socket}
	for _, p := range plans {
		pause.Regions = append(pause.Regions, p.name)
	}
	st, err := c.Status(ctx)
	if err != nil {
		return Pause{}, nil, regionErr(m, idx[0], fmt.Errorf("failed to query the VM's status, nothing was paused: %w", err))
	}
	var hints map[hintKey]*vmi.Kernel
	if len(kernels) > 0 {
		hints = prelocate(ctx, c, kernels)
	}
	maxPause := opt.maxPause()
	current := idx[0]     // the region being read, named by a pause error
	var resumed time.Time // when the cont sent with the final check was acknowledged; zero before
	if st.Running {
		t0 := time.Now()
		pause.Paused = true
		defer func() {
			if resumed.IsZero() {
				rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), resumeTimeout)
				defer cancel()
				cerr := c.Cont(rctx)
				if errors.Is(cerr, qmp.ErrBroken) {
					// The stop was cut short on this connection: resume through a new one (QEMU serves one
					// QMP client at a time: close this one first).
					c.Close()
					cerr = resumeOnNewConnection(rctx, socket)
				}
				resumed = time.Now()
				if cerr != nil {
					err = errors.Join(err, regionErr(m, current, fmt.Errorf("failed to resume the guest (QMP cont) on %s: %w", socket, cerr)))
				}
			}
			pause.Duration = resumed.Sub(t0)
			if err == nil && pause.Duration > maxPause {
				err = regionErr(m, current, fmt.Errorf("the guest stayed paused %s, more than the maximum %s: %w", pause.Duration, maxPause, ErrPauseTooLong))
			}
		}()
	}
	pctx, cancel := context.WithTimeout(ctx, maxPause)
	defer cancel()
	// tooLong names the pause's deadline for what it is, when it came before the caller's.
	pauseDeadline, _ := pctx.Deadline()
	callerDeadline, callerHas := ctx.Deadline()
	tooLong := func(err error) error {
		if ctx.Err() == nil && errors.Is(err, context.DeadlineExceeded) && (!callerHas || callerDeadline.After(pauseDeadline)) {
			return fmt.Errorf("the guest would stay paused longer than the maximum %s: %w", maxPause, ErrPauseTooLong)
		}
		return err
	}
	// The stop and, for guest-kernel regions, every vCPU's registers go in one write: QEMU runs them in
	// order, so the registers are the paused vCPUs' (a running vCPU changes its CR3 at every process
	// switch), and the pause waits for one round trip, not two.
	var (
		in       *pauseState
		regsOut  string
		stopCmd  = &qmp.Command{Name: "stop"}
		regsCmd  = &qmp.Command{Name: "human-monitor-command", Args: map[string]string{"command-line": "info registers -a"}, Result: &regsOut}
		cmds     []*qmp.Command
		inPause  []qmp.Event // events received after the stop's reply
		kernelAt = idx[0]
	)
	if st.Running {
		cmds = append(cmds, stopCmd)
	}
	if len(kernels) > 0 {
		cmds = append(cmds, regsCmd)
		kernelAt = kernels[0].index
	}
	if len(cmds) > 0 {
		_ = c.Pipeline(pctx, cmds...) // each command's error is its Err
		if st.Running && stopCmd.Err != nil {
			return pause, nil, regionErr(m, idx[0], fmt.Errorf("failed to pause the guest (QMP stop): %w", tooLong(stopCmd.Err)))
		}
		if len(kernels) > 0 {
			inPause = append(inPause, regsCmd.Events...)
			in = &pauseState{hints: hints, located: map[locateKey]*vmi.Kernel{}}
			err := regsCmd.Err
			if err == nil {
				in.regs, err = qmp.ParseAllRegisters(regsOut)
			}
			if err != nil {
				return pause, nil, regionErr(m, kernelAt, fmt.Errorf("failed to read the vCPUs' registers (HMP info registers -a): %w", tooLong(err)))
			}
		}
	}
	for _, p := range plans {
		current = p.index
		if err := p.copy(pctx, in); err != nil {
			return pause, nil, regionErr(m, p.index, tooLong(err))
		}
	}
	if st.Running {
		// Another QMP client (QEMU may have several sockets) could have resumed the guest during the
		// copy: then the copy is not one point in time. The check and the resume go in one write:
		// query-status runs before cont, and events come before a reply, in order.
		var now qmp.Status
		statusCmd := &qmp.Command{Name: "query-status", Result: &now}
		contCmd := &qmp.Command{Name: "cont"}
		rctx, rcancel := context.WithTimeout(context.WithoutCancel(ctx), resumeTimeout)
		_ = c.Pipeline(rctx, statusCmd, contCmd)
		rcancel()
		if contCmd.Err == nil {
			resumed = time.Now()
		} // else the deferred resume tries again, on a new connection if this one broke
		if statusCmd.Err != nil {
			return pause, nil, regionErr(m, current, fmt.Errorf("failed to check that the guest stayed paused: %w", tooLong(statusCmd.Err)))
		}
		for _, ev := range append(inPause, statusCmd.Events...) {
			if ev.Name == "RESUME" {
				now.Running = true
			}
		}
		if now.Running {
			return pause, nil, regionErr(m, current, fmt.Errorf("the guest was resumed by someone else during the pause (status %s): %w", now.Status, ErrResumedDuringPause))
		}
	}
	for _, p := range plans {
		if after, err := statFile(p.f); err != nil || after.size != p.size {
			return pause, nil, regionErr(m, p.index, fmt.Errorf("guest memory %s: %w", p.f.Name(), errors.Join(ErrChanged, err)))
		}
		bufs[p.index] = p.buf
	}
	return pause, kernels, nil
}

// resumeOnNewConnection sends cont on a new QMP connection.
func resumeOnNewConnection(ctx context.Context, socket string) error {
	c, err := qmp.Dial(ctx, socket)
	if err != nil {
		return err
	}
	defer c.Close()
	return c.Cont(ctx)
}

// planPaused prepares the copy of region r during its VM's pause: it opens the RAM file, takes its layout
// (r's map, or QEMU's, cached in maps by file and size), translates a guest-memory region's ranges, loads a
// guest-kernel region's symbol and relocation files, and allocates the copy. The returned region, when not
// nil, holds an open file even on error.
func planPaused(ctx context.Context, c *qmp.Client, r *subset.Region, maps map[string][]subset.MapEntry) (*pausedRegion, error) {
	var kp *kernelPlan
	path, entries := "", []subset.MapEntry(nil)
	if g := r.GuestKernel; g != nil {
		var err error
		if kp, err = planGuestKernel(g); err != nil {
			return nil, err
		}
		path, entries = g.Path, g.Map
	} else {
		path, entries = r.GuestMemory.Path, r.GuestMemory.Map
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("failed to open guest memory: %w", err)
	}
	p := &pausedRegion{name: r.Name, f: f, kernel: kp}
	st, err := statFile(f)
	if err != nil {
		return p, err
	}
	p.size = st.size
	if len(entries) == 0 {
		key := path + "\x00" + strconv.FormatInt(st.size, 10)
		if entries = maps[key]; entries == nil {
			if entries, err = qemuMap(ctx, c, st.size); err != nil {
				return p, err
			}
			maps[key] = entries
		}
	}
	if kp != nil {
		p.phys = kernelPhysical(f, st.size, entries)
		p.buf = prefaulted(kp.ext.Length)
		return p, nil
	}
	if p.ranges, err = translateRanges(entries, r.GuestMemory.Ranges, " (RAM layout from QEMU: not RAM, e.g. the PCI hole, or beyond the guest's RAM)"); err != nil {
		return p, err
	}
	var n uint64
	for _, rg := range p.ranges {
		n += rg.Length
	}
	if n > MaxPausedBytes {
		return p, fmt.Errorf("the region copies %d bytes, more than %d in one pause", n, MaxPausedBytes)
	}
	p.buf = prefaulted(n)
	return p, nil
}

// prefaulted returns a zeroed buffer of n bytes whose pages are already mapped: a large allocation comes from
// fresh memory, which the kernel maps at the first write of each page, and those faults (a few thousand for a
// kernel's text) would otherwise fall inside the pause, where the copy first writes the buffer.
func prefaulted(n uint64) []byte {
	b := make([]byte, n)
	for i := 0; i < len(b); i += os.Getpagesize() {
		b[i] = 0
	}
	return b
}

// ptiUserTable is bit 12 of CR3 under page-table isolation (PTI): set while the vCPU runs user code, whose
// page tables map almost none of the kernel; the kernel's own tables are the page below (Linux's
// PTI_USER_PGTABLE_MASK, cleared by the kernel's entry code).
const ptiUserTable = 1 << 12

// pauseState is what the guest-kernel regions of one pause share: every vCPU's registers, read once the
// guest is paused, the kernels located before the pause (hints, to confirm), and those located in it.
type pauseState struct {
	regs    []qmp.Registers
	hints   map[hintKey]*vmi.Kernel
	located map[locateKey]*vmi.Kernel
}

// hintKey returns what p's located kernel depends on besides the page-table root, with levels.
func (p *pausedRegion) hintKey(levels int) hintKey {
	s := p.kernel.spec
	return hintKey{ram: s.Path, symbols: s.Symbols.SHA256Bytes(), banner: s.Banner, levels: levels}
}

// kernelOf returns p's kernel as vCPU cpu's page tables map it: walked from its CR3 with the levels of its
// CR4 (a manifest's paging must agree), from the kernel half of a PTI pair when the vCPU was paused in user
// mode; hint, when not nil, is confirmed first (no scan). Each root is located at most once per pause.
func (p *pausedRegion) kernelOf(in *pauseState, cpu int, hint *vmi.Kernel) (*vmi.Kernel, error) {
	regs := in.regs[cpu]
	levels := regs.Levels()
	if want := p.kernel.spec.Paging; want != 0 && want != levels {
		return nil, fmt.Errorf("the manifest says %d-level paging, vCPU %d's CR4 (%#x) %d-level", want, cpu, regs.CR4, levels)
	}
	root := regs.Root()
	key := locateKey{p.hintKey(levels), root}
	if k := in.located[key]; k != nil {
		return k, nil
	}
	roots := []uint64{root}
	if root&ptiUserTable != 0 {
		roots = append(roots, root&^ptiUserTable)
	}
	k, err := p.kernel.locate(p.phys, roots, levels, hint)
	if err != nil {
		return nil, fmt.Errorf("walked from vCPU %d's CR3 %#x: %w", cpu, regs.CR3, err)
	}
	in.located[key] = k
	return k, nil
}

// readKernel copies the structure as vCPU 0's page tables map it (its kernel located before the pause is
// confirmed, or located again), and checks that every other vCPU's page tables map the structure's pages to
// the same physical memory: a kernel showing some vCPUs a decoy is refused.
func (p *pausedRegion) readKernel(in *pauseState) error {
	k, err := p.kernelOf(in, 0, in.hints[p.hintKey(in.regs[0].Levels())])
	if err != nil {
		return err
	}
	if err := p.kernel.read(k, p.buf); err != nil {
		return fmt.Errorf("walked from vCPU 0's CR3 %#x: %w", in.regs[0].CR3, err)
	}
	va := p.kernel.ext.Start + k.Slide
	for cpu := 1; cpu < len(in.regs); cpu++ {
		kc, err := p.kernelOf(in, cpu, k)
		if err == nil && kc.Slide != k.Slide {
			err = fmt.Errorf("%w: slide %#x, vCPU 0's is %#x", vmi.ErrMappingDiffers, kc.Slide, k.Slide)
		}
		if err == nil {
			err = vmi.SameMapping(k.VM, kc.VM, va, p.kernel.ext.Length)
		}
		if err != nil {
			return fmt.Errorf("vCPU %d (CR3 %#x) does not see the structure vCPU 0 (CR3 %#x) sees: %w", cpu, in.regs[cpu].CR3, in.regs[0].CR3, err)
		}
	}
	return nil
}

// prelocate locates, while the guest still runs, the kernel of each guest-kernel region from vCPU 0's CR3,
// so that the pause confirms it (vmi.Confirm) instead of scanning guest memory. Best effort: a region whose
// kernel is not found here is located in the pause, which reports the error.
func prelocate(ctx context.Context, c *qmp.Client, kernels []*pausedRegion) map[hintKey]*vmi.Kernel {
	regs, err := c.AllRegisters(ctx)
	if err != nil {
		return nil
	}
	in := &pauseState{regs: regs[:1], located: map[locateKey]*vmi.Kernel{}}
	hints := map[hintKey]*vmi.Kernel{}
	for _, p := range kernels {
		if k, err := p.kernelOf(in, 0, nil); err == nil {
			hints[p.hintKey(regs[0].Levels())] = k
		}
	}
	return hints
}

// copy reads the region into its buffer during the pause: a guest-memory region's file ranges a chunk at a
// time until ctx ends, a guest-kernel region's structure through the page tables rooted at the vCPU's CR3
// (in, nil when the pause has no guest-kernel region).
func (p *pausedRegion) copy(ctx context.Context, in *pauseState) error {
	if p.kernel != nil {
		if err := ctx.Err(); err != nil {
			return err
		}
		if testHookPausedRead != nil {
			if err := testHookPausedRead(p.name); err != nil {
				return err
			}
		}
		return p.readKernel(in)
	}
	b := p.buf
	for i, rg := range p.ranges {
		if rg.Offset > uint64(p.size) || rg.Length > uint64(p.size)-rg.Offset {
			return fmt.Errorf("range %d [%#x, %#x) is outside %s of %d bytes: %w", i, rg.Offset, rg.Offset+rg.Length, p.f.Name(), p.size, ErrOutOfRange)
		}
		off := int64(rg.Offset)
		for left := rg.Length; left > 0; {
			if err := ctx.Err(); err != nil {
				return err
			}
			if testHookPausedRead != nil {
				if err := testHookPausedRead(p.name); err != nil {
					return err
				}
			}
			n := min(left, pauseChunk)
			if _, err := p.f.ReadAt(b[:n], off); err != nil {
				return fmt.Errorf("failed to read guest memory %s at %#x: %w", p.f.Name(), off, err)
			}
			b, off, left = b[n:], off+int64(n), left-n
		}
	}
	return nil
}

// hashCopy hashes a region copied during a pause.
func hashCopy(ctx context.Context, buf []byte, alg digest.Algorithm, opt Options) (Region, error) {
	return hashSections(ctx, alg, []digest.Section{{R: bytes.NewReader(buf), Off: 0, N: int64(len(buf))}}, opt)
}

// processStopped reports whether the process is stopped (state T) or stopped by a tracer (t).
func processStopped(dir string) (bool, error) {
	data, err := os.ReadFile(filepath.Join(dir, "stat"))
	if err != nil {
		return false, fmt.Errorf("failed to read the process's state: %w", err)
	}
	i := bytes.LastIndexByte(data, ')')
	if i < 0 || i+2 >= len(data) {
		return false, fmt.Errorf("%s/stat: no state field", dir)
	}
	return data[i+2] == 'T' || data[i+2] == 't', nil
}

// stopProcess stops pid with SIGSTOP, unless it is stopped already, and waits until it is. resume continues
// it (only if this stopped it) and returns the pause; it must be called on every path.
func stopProcess(ctx context.Context, dir string, pid int) (resume func() Pause, err error) {
	stopped, err := processStopped(dir)
	if err != nil {
		return nil, err
	}
	if stopped {
		return func() Pause { return Pause{PID: pid} }, nil
	}
	t0 := time.Now()
	resume = func() Pause {
		// SIGCONT of a process that has exited meanwhile fails with ESRCH: nothing is left stopped.
		_ = syscall.Kill(pid, syscall.SIGCONT)
		return Pause{PID: pid, Paused: true, Duration: time.Since(t0)}
	}
	if err := syscall.Kill(pid, syscall.SIGSTOP); err != nil {
		return nil, fmt.Errorf("failed to stop process %d: %w", pid, err)
	}
	// The signal is delivered asynchronously: wait until the process is stopped.
	for {
		if stopped, err = processStopped(dir); err != nil || stopped {
			if err != nil {
				resume()
				return nil, err
			}
			return resume, nil
		}
		if ctx.Err() != nil || time.Since(t0) > time.Second {
			resume()
			return nil, fmt.Errorf("process %d did not stop within 1 s of SIGSTOP: %w", pid, errors.Join(ctx.Err(), io.ErrNoProgress))
		}
		time.Sleep(50 * time.Microsecond)
	}
}
