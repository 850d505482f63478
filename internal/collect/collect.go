// Package collect reads the regions of a subset manifest from a running system (files, a VM's guest RAM,
// process memory, the mount table, kernel facts), hashes each and computes the subset digest. No digest is
// produced from partial data: a region that cannot be read whole, or that changes size while it is read,
// fails the collection with an error that names it.
package collect

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/vmattest/vmattest/internal/digest"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/subset"
)

// Options tune a collection. The zero value reads the live system.
type Options struct {
	// ProcRoot is the proc file system; "" means "/proc".
	ProcRoot string
	// RootMountID returns the mount ID of the mount a process's root directory resolves to; nil means
	// statx(2) with STATX_MNT_ID on ProcRoot/PID/root (Linux 5.8 or later). An error that is
	// fs.ErrPermission means "not permitted to resolve it" (see ProcessMounts). Only tests of a fake
	// ProcRoot, whose mount IDs are made up, should set it.
	RootMountID func(pid int) (uint64, error)
	// Parallel is how many regions are read at once; 0 means runtime.GOMAXPROCS(0).
	Parallel int
	// Digest tunes the hashing of each region.
	Digest digest.Options
	// MaxPause bounds how long a guest (regions naming a QMP socket) or a process (stop: true) stays
	// paused for one collection; 0 means DefaultMaxPause. Exceeding it resumes the guest or process and
	// fails the collection with ErrPauseTooLong.
	MaxPause time.Duration
}

func (o Options) procRoot() string {
	if o.ProcRoot == "" {
		return "/proc"
	}
	return o.ProcRoot
}

// Region is a collected region.
type Region struct {
	Name   string
	Kind   subset.Kind
	Length uint64
	Digest [32]byte
	// Elapsed is the time taken to read and hash the region.
	Elapsed time.Duration
	// Mounts (the mounts in effect, EffectiveMounts) and Kernel hold the facts of structured regions;
	// Canonical holds their canonical encoding, the bytes that were hashed.
	Mounts    []MountFact
	Kernel    *KernelFacts
	Canonical []byte
	// pause is the process's pause, for a process-memory region with stop.
	pause *Pause
}

// Result is a collected subset.
type Result struct {
	SubsetID protocol.SubsetID
	Alg      digest.Algorithm
	// Digest is the subset digest (docs/protocol.md).
	Digest  [32]byte
	Regions []Region
	Elapsed time.Duration
	// Pauses are the pauses of guests (one per QMP socket, in order of first mention) and then of stopped
	// processes (in manifest order).
	Pauses []Pause
}

// RegionError names the region a collection failed on.
type RegionError struct {
	Index int
	Name  string
	Kind  subset.Kind
	Err   error
}

func (e *RegionError) Error() string {
	return fmt.Sprintf("region %d (%q, %s): %v", e.Index, e.Name, e.Kind, e.Err)
}

// Unwrap returns the cause.
func (e *RegionError) Unwrap() error { return e.Err }

// ErrChanged means a region changed size (or, for a file, was modified) while it was read.
var ErrChanged = errors.New("changed while it was read")

// ErrOutOfRange means a range lies outside its file, guest memory or mapping.
var ErrOutOfRange = errors.New("range out of bounds")

// Collect reads and hashes every region of m with alg, regions in parallel, and returns the subset digest.
// It fails, with a *RegionError, if any region fails.
func Collect(ctx context.Context, m *subset.Manifest, alg digest.Algorithm, opt Options) (*Result, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	start := time.Now()
	res := &Result{SubsetID: m.ID(), Alg: alg, Regions: make([]Region, len(m.Regions))}
	// Guest memory of VMs named by a QMP socket is copied first, inside one pause per VM, and hashed below.
	copies, pauses, err := readPausedGuests(ctx, m, opt)
	if err != nil {
		return nil, err
	}
	res.Pauses = pauses
	parallel := opt.Parallel
	if parallel <= 0 {
		parallel = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	sem := make(chan struct{}, parallel)
	errs := make([]error, len(m.Regions))
	var wg sync.WaitGroup
	for i := range m.Regions {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				errs[i] = ctx.Err()
				return
			}
			defer func() { <-sem }()
			r := &m.Regions[i]
			t0 := time.Now()
			var got Region
			var err error
			if buf, ok := copies[i]; ok {
				got, err = hashCopy(ctx, buf, alg, opt)
			} else {
				got, err = collectRegion(ctx, r, alg, opt)
			}
			if err != nil {
				errs[i] = &RegionError{Index: i, Name: r.Name, Kind: r.Kind(), Err: err}
				cancel()
				return
			}
			got.Name, got.Kind, got.Elapsed = r.Name, r.Kind(), time.Since(t0)
			res.Regions[i] = got
		}()
	}
	wg.Wait()
	// Report the first region that failed on its own, not one cancelled because of it.
	var first error
	for _, err := range errs {
		var re *RegionError
		if errors.As(err, &re) && !errors.Is(err, context.Canceled) {
			return nil, err
		}
		if err != nil && first == nil {
			first = err
		}
	}
	if first != nil {
		return nil, first
	}
	for i := range res.Regions {
		if p := res.Regions[i].pause; p != nil {
			p.Regions = []string{res.Regions[i].Name}
			res.Pauses = append(res.Pauses, *p)
		}
	}
	res.Digest = SubsetDigest(alg, res.SubsetID, res.Regions)
	res.Elapsed = time.Since(start)
	return res, nil
}

func collectRegion(ctx context.Context, r *subset.Region, alg digest.Algorithm, opt Options) (Region, error) {
	switch r.Kind() {
	case subset.KindFile:
		return collectFile(ctx, r.File, alg, opt)
	case subset.KindGuestMemory:
		return collectGuestMemory(ctx, r.GuestMemory, alg, opt)
	case subset.KindProcessMemory:
		return collectProcessMemory(ctx, r.ProcessMemory, alg, opt)
	case subset.KindMounts:
		return collectMounts(r.Mounts, alg, opt)
	case subset.KindKernel:
		return collectKernel(r.Kernel, alg, opt)
	case subset.KindGuestKernel:
		return collectGuestKernel(ctx, r.GuestKernel, alg)
	}
	return Region{}, fmt.Errorf("unknown region kind %q", r.Kind())
}

// digestDomain starts the subset digest's encoding; it changes with the encoding.
const digestDomain = "vmattest/subset-digest/v1"

// SubsetDigest returns the subset digest: alg over the encoding documented in docs/protocol.md,
//
//	"vmattest/subset-digest/v1" || subsetId (32) || uint32(number of regions) ||
//	for each region in manifest order:
//	  uint16(len(name)) || name || uint8(kind code) || uint64(length) || digest (32)
//
// with integers big-endian.
func SubsetDigest(alg digest.Algorithm, subsetID protocol.SubsetID, regions []Region) [32]byte {
	return digest.SumBytes(alg, SubsetDigestInput(subsetID, regions))
}

// SubsetDigestInput returns the bytes SubsetDigest hashes.
func SubsetDigestInput(subsetID protocol.SubsetID, regions []Region) []byte {
	b := make([]byte, 0, len(digestDomain)+36+len(regions)*(2+64+1+8+32))
	b = append(b, digestDomain...)
	b = append(b, subsetID[:]...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(regions)))
	for _, r := range regions {
		b = binary.BigEndian.AppendUint16(b, uint16(len(r.Name)))
		b = append(b, r.Name...)
		b = append(b, r.Kind.Code())
		b = binary.BigEndian.AppendUint64(b, r.Length)
		b = append(b, r.Digest[:]...)
	}
	return b
}

// canonicalJSON encodes facts as compact JSON, fields in declaration order, HTML characters unescaped.
func canonicalJSON(v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(fmt.Sprintf("collect: canonical encoding failed: %v", err)) // plain structs of strings and integers
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

func sortModules(m []ModuleFact) {
	sort.Slice(m, func(i, j int) bool { return m[i].Name < m[j].Name })
}
