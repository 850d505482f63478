package collect

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/vmattest/vmattest/internal/digest"
	"github.com/vmattest/vmattest/internal/subset"
)

// testHookAfterHash, when set by a test, runs after a file's bytes are hashed and before it is checked for
// changes.
var testHookAfterHash func(path string)

// hashSections hashes sections and returns the region with its length.
func hashSections(ctx context.Context, alg digest.Algorithm, secs []digest.Section, opt Options) (Region, error) {
	var n uint64
	for _, s := range secs {
		n += uint64(s.N)
	}
	sum, err := digest.Sum(ctx, alg, secs, opt.Digest)
	if err != nil {
		return Region{}, err
	}
	return Region{Length: n, Digest: sum}, nil
}

// fileState is what must not change while a file is read.
type fileState struct {
	size  int64
	mtime int64
}

func statFile(f *os.File) (fileState, error) {
	fi, err := f.Stat()
	if err != nil {
		return fileState{}, fmt.Errorf("failed to stat %s: %w", f.Name(), err)
	}
	if !fi.Mode().IsRegular() {
		return fileState{}, fmt.Errorf("%s is not a regular file (%s)", f.Name(), fi.Mode().Type())
	}
	return fileState{size: fi.Size(), mtime: fi.ModTime().UnixNano()}, nil
}

// fileSections turns byte ranges of a file of the given size into sections, checking that each lies inside
// the file. No ranges means the whole file.
// rangeField names the ranges in errors (e.g. "file.ranges").
func fileSections(f io.ReaderAt, name, rangeField string, size int64, ranges []subset.FileRange) ([]digest.Section, error) {
	if len(ranges) == 0 {
		return []digest.Section{{R: f, Off: 0, N: size}}, nil
	}
	secs := make([]digest.Section, 0, len(ranges))
	for i, rg := range ranges {
		if rg.Offset > uint64(size) || rg.Length > uint64(size)-rg.Offset {
			return nil, fmt.Errorf("%s[%d] [%#x, %#x) is outside %s of %d bytes: %w", rangeField, i, rg.Offset, rg.Offset+rg.Length, name, size, ErrOutOfRange)
		}
		secs = append(secs, digest.Section{R: f, Off: int64(rg.Offset), N: int64(rg.Length)})
	}
	return secs, nil
}

func collectFile(ctx context.Context, spec *subset.FileSpec, alg digest.Algorithm, opt Options) (Region, error) {
	ranges := func(int64) ([]subset.FileRange, error) { return spec.Ranges, nil }
	return hashFile(ctx, spec.Path, "file", ranges, true, alg, opt)
}

// collectGuestMemory reads guest-physical ranges from a RAM file while the guest runs: only the file's size
// must not change. A region that names its VM's QMP socket is not read here but copied during a pause
// (readPausedGuests).
func collectGuestMemory(ctx context.Context, spec *subset.GuestMemSpec, alg digest.Algorithm, opt Options) (Region, error) {
	ranges := func(size int64) ([]subset.FileRange, error) {
		return translateRanges(guestMap(spec, size), spec.Ranges, identityHint(spec, size))
	}
	return hashFile(ctx, spec.Path, "guest memory", ranges, false, alg, opt)
}

// hashFile hashes byte ranges of the regular file at path (the whole file when ranges returns none); ranges
// gets the file's size. Anything but a regular file is refused before it is opened (ErrNotRegular), and
// nothing blocks. The size must not change while the file is read, nor, when strict, its modification
// time. A strict region's file is a file region: a generated file (MaxGeneratedFile) is read to its end.
// Other files are read with pread: hashing in place from a mapping (digest.Bytes) was measured no faster
// (docs/benchmarks.md).
func hashFile(ctx context.Context, path, what string, ranges func(size int64) ([]subset.FileRange, error), strict bool, alg digest.Algorithm, opt Options) (Region, error) {
	// The manifest's words for the fields: "file.path", "file.ranges"; "guest-memory.path" and its
	// translated file ranges.
	kindKey := strings.ReplaceAll(what, " ", "-")
	rangeField := kindKey + " file range"
	if strict {
		rangeField = kindKey + ".ranges"
	}
	f, err := openRegular(path, kindKey+".path")
	if err != nil {
		return Region{}, err
	}
	defer f.Close()
	before, err := statFile(f)
	if err != nil {
		return Region{}, err
	}
	if strict && generated(f, before.size) {
		return hashGenerated(ctx, f, rangeField, ranges, alg, opt)
	}
	rgs, err := ranges(before.size)
	if err != nil {
		return Region{}, err
	}
	secs, err := fileSections(f, f.Name(), rangeField, before.size, rgs)
	if err != nil {
		return Region{}, err
	}
	reg, err := hashSections(ctx, alg, secs, opt)
	if err != nil {
		return Region{}, fmt.Errorf("failed to hash %s %s: %w", what, path, err)
	}
	if testHookAfterHash != nil {
		testHookAfterHash(path)
	}
	after, err := statFile(f)
	if err != nil {
		return Region{}, err
	}
	if after.size != before.size || (strict && after.mtime != before.mtime) {
		return Region{}, fmt.Errorf("%s %s (size %d -> %d): %w", what, path, before.size, after.size, ErrChanged)
	}
	return reg, nil
}

// collectProcessMemory reads a process's memory through /proc/PID/mem: its mappings of a file, or address
// ranges that must lie inside its mappings.
func collectProcessMemory(ctx context.Context, spec *subset.ProcessMemory, alg digest.Algorithm, opt Options) (reg Region, err error) {
	root := opt.procRoot()
	pid, err := resolvePID(root, spec.Process)
	if err != nil {
		return Region{}, err
	}
	dir := filepath.Join(root, strconv.Itoa(pid))
	maps, err := readMaps(dir)
	if err != nil {
		return Region{}, err
	}
	ranges, err := selectProcessRanges(pid, maps, spec)
	if err != nil {
		return Region{}, err
	}
	mem, err := os.Open(filepath.Join(dir, "mem"))
	if err != nil {
		return Region{}, fmt.Errorf("failed to open memory of process %d: %w", pid, err)
	}
	defer mem.Close()
	outer := ctx
	if spec.Stop {
		resume, err := stopProcess(ctx, dir, pid)
		if err != nil {
			return Region{}, err
		}
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opt.maxPause())
		defer cancel()
		if testHookPausedRead != nil {
			if err := testHookPausedRead(strconv.Itoa(pid)); err != nil {
				resume()
				return Region{}, err
			}
		}
		defer func() {
			p := resume()
			reg.pause = &p
			if err == nil && p.Duration > opt.maxPause() {
				err = fmt.Errorf("process %d stayed stopped %s, more than the maximum %s: %w", pid, p.Duration, opt.maxPause(), ErrPauseTooLong)
			}
		}()
	}
	secs := make([]digest.Section, len(ranges))
	for i, rg := range ranges {
		if rg.Address > 1<<63-1 || rg.Length > 1<<63-1-rg.Address {
			return Region{}, fmt.Errorf("range %d at %#x is beyond what /proc/%d/mem can address: %w", i, rg.Address, pid, ErrOutOfRange)
		}
		secs[i] = digest.Section{R: mem, Off: int64(rg.Address), N: int64(rg.Length)}
	}
	reg, err = hashSections(ctx, alg, secs, opt)
	if err != nil {
		if spec.Stop && errors.Is(err, context.DeadlineExceeded) && outer.Err() == nil {
			err = fmt.Errorf("process %d would stay stopped longer than the maximum %s: %w", pid, opt.maxPause(), ErrPauseTooLong)
		}
		return Region{}, fmt.Errorf("failed to read memory of process %d: %w", pid, err)
	}
	after, err := readMaps(dir)
	if err != nil {
		return Region{}, fmt.Errorf("process %d: %w", pid, errors.Join(ErrChanged, err))
	}
	if again, err := selectProcessRanges(pid, after, spec); err != nil || !equalRanges(again, ranges) {
		return Region{}, fmt.Errorf("process %d: its mappings moved, resized or went away: %w", pid, ErrChanged)
	}
	return reg, nil
}

func readMaps(dir string) ([]Mapping, error) {
	data, err := os.ReadFile(filepath.Join(dir, "maps"))
	if err != nil {
		return nil, fmt.Errorf("failed to read mappings: %w", err)
	}
	maps, err := parseMaps(data)
	if err != nil {
		return nil, fmt.Errorf("%s/maps: %w", dir, err)
	}
	return maps, nil
}

// selectProcessRanges returns the address ranges a spec selects: the matching mappings in address order, or
// the given ranges after checking that each lies inside mapped memory.
func selectProcessRanges(pid int, maps []Mapping, spec *subset.ProcessMemory) ([]subset.AddrRange, error) {
	if spec.Mapping != nil {
		var out []subset.AddrRange
		for _, m := range maps {
			if m.Path == spec.Mapping.Path && (spec.Mapping.Perms == "" || m.Perms == spec.Mapping.Perms) {
				out = append(out, subset.AddrRange{Address: m.Start, Length: m.End - m.Start})
			}
		}
		if len(out) == 0 {
			perms := ""
			if spec.Mapping.Perms != "" {
				perms = " with permissions " + spec.Mapping.Perms
			}
			return nil, fmt.Errorf("process %d has no mapping of %s%s: %w", pid, spec.Mapping.Path, perms, ErrOutOfRange)
		}
		return out, nil
	}
	for i, rg := range spec.Ranges {
		if !covered(maps, rg.Address, rg.Address+rg.Length) {
			return nil, fmt.Errorf("range %d [%#x, %#x) is not inside the mappings of process %d: %w", i, rg.Address, rg.Address+rg.Length, pid, ErrOutOfRange)
		}
	}
	return spec.Ranges, nil
}

// covered reports whether [lo, hi) lies inside contiguous readable mappings.
func covered(maps []Mapping, lo, hi uint64) bool {
	for lo < hi {
		found := false
		for _, m := range maps {
			if lo >= m.Start && lo < m.End && len(m.Perms) > 0 && m.Perms[0] == 'r' {
				lo = m.End
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func equalRanges(a, b []subset.AddrRange) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func collectKernel(spec *subset.KernelSpec, alg digest.Algorithm, opt Options) (Region, error) {
	root := opt.procRoot()
	var facts KernelFacts
	if spec.Cmdline == nil || *spec.Cmdline {
		data, err := os.ReadFile(filepath.Join(root, "cmdline"))
		if err != nil {
			return Region{}, fmt.Errorf("failed to read kernel command line: %w", err)
		}
		cmdline := string(trimNewline(data))
		facts.Cmdline = &cmdline
	}
	if spec.Modules == nil || *spec.Modules {
		path := filepath.Join(root, "modules")
		data, err := os.ReadFile(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			// A kernel built without module support has no /proc/modules: no module is loaded.
			data = nil
		case err != nil:
			return Region{}, fmt.Errorf("failed to read loaded modules: %w", err)
		}
		mods, err := parseModules(data)
		if err != nil {
			return Region{}, fmt.Errorf("%s: %w", path, err)
		}
		if mods == nil {
			mods = []ModuleFact{}
		}
		facts.Modules = mods
	}
	canon := canonicalJSON(facts)
	return Region{Length: uint64(len(canon)), Digest: digest.SumBytes(alg, canon), Kernel: &facts, Canonical: canon}, nil
}

func trimNewline(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == 0) {
		b = b[:len(b)-1]
	}
	return b
}
