package collect

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/vmattest/vmattest/internal/subset"
)

// Mapping is one line of /proc/PID/maps.
type Mapping struct {
	Start, End uint64
	Perms      string
	Offset     uint64
	Path       string
}

// parseMaps parses /proc/PID/maps.
func parseMaps(data []byte) ([]Mapping, error) {
	var out []Mapping
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		f := strings.Fields(line)
		if len(f) < 5 {
			return nil, fmt.Errorf("maps line %d: %q has %d fields, want at least 5", n, line, len(f))
		}
		lo, hi, ok := strings.Cut(f[0], "-")
		start, err1 := strconv.ParseUint(lo, 16, 64)
		end, err2 := strconv.ParseUint(hi, 16, 64)
		off, err3 := strconv.ParseUint(f[2], 16, 64)
		if !ok || err1 != nil || err2 != nil || err3 != nil || end < start {
			return nil, fmt.Errorf("maps line %d: %q is not an address range and offset", n, line)
		}
		m := Mapping{Start: start, End: end, Perms: f[1], Offset: off}
		// The path is everything after the fifth field (the inode), and may contain spaces.
		rest := line
		for range 5 {
			rest = strings.TrimLeft(rest, " ")
			if i := strings.IndexByte(rest, ' '); i >= 0 {
				rest = rest[i:]
			} else {
				rest = ""
			}
		}
		m.Path = strings.TrimLeft(rest, " ")
		out = append(out, m)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("failed to read maps: %w", err)
	}
	return out, nil
}

// KernelFacts are the kernel's command line and loaded modules. Fields are in canonical order; an unselected
// part is left out (nil), and no loaded module is an empty list.
type KernelFacts struct {
	Cmdline *string      `json:"cmdline,omitempty"`
	Modules []ModuleFact `json:"modules,omitzero"`
}

// ModuleFact is a loaded module: its name and size. Load addresses, reference counts and load order, which
// vary between boots, are left out; modules are sorted by name.
type ModuleFact struct {
	Name string `json:"name"`
	Size uint64 `json:"size"`
}

// parseModules parses /proc/modules.
func parseModules(data []byte) ([]ModuleFact, error) {
	var out []ModuleFact
	for n, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		if line == "" {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 2 {
			return nil, fmt.Errorf("modules line %d: %q has no size", n+1, line)
		}
		size, err := strconv.ParseUint(f[1], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("modules line %d: size %q is not a number", n+1, f[1])
		}
		out = append(out, ModuleFact{Name: f[0], Size: size})
	}
	sortModules(out)
	return out, nil
}

// resolvePID finds the process a selector names, under the proc file system at procRoot.
func resolvePID(procRoot string, s subset.ProcessSelector) (int, error) {
	switch {
	case s.PID != 0:
		if _, err := os.Stat(filepath.Join(procRoot, strconv.Itoa(s.PID))); err != nil {
			return 0, fmt.Errorf("process %d: %w", s.PID, err)
		}
		return s.PID, nil
	case s.PIDFile != "":
		data, err := os.ReadFile(s.PIDFile)
		if err != nil {
			return 0, fmt.Errorf("failed to read pid file: %w", err)
		}
		pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
		if err != nil || pid <= 0 {
			return 0, fmt.Errorf("pid file %s holds %q, not a pid", s.PIDFile, strings.TrimSpace(string(data)))
		}
		return resolvePID(procRoot, subset.ProcessSelector{PID: pid})
	case s.Comm != "":
		entries, err := os.ReadDir(procRoot)
		if err != nil {
			return 0, fmt.Errorf("failed to list processes: %w", err)
		}
		var found []int
		for _, e := range entries {
			pid, err := strconv.Atoi(e.Name())
			if err != nil {
				continue
			}
			comm, err := os.ReadFile(filepath.Join(procRoot, e.Name(), "comm"))
			if err == nil && strings.TrimSpace(string(comm)) == s.Comm {
				found = append(found, pid)
			}
		}
		switch len(found) {
		case 0:
			return 0, fmt.Errorf("no process is named %q", s.Comm)
		case 1:
			return found[0], nil
		default:
			return 0, fmt.Errorf("%d processes are named %q (pids %v): use pid or pidFile", len(found), s.Comm, found)
		}
	}
	return 0, errors.New("no process selected")
}
