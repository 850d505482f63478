package collect

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vmattest/vmattest/internal/digest"
	"github.com/vmattest/vmattest/internal/subset"
)

// MountFact is one mount in effect for a process, as vmattest attests it: the facts that describe the mount
// and stay the same across boots of the same configuration. Mount and device numbers, which do not, are
// left out. Fields are in canonical order.
type MountFact struct {
	MountPoint   string `json:"mountPoint"`
	FSType       string `json:"fsType"`
	Source       string `json:"source"`
	ReadOnly     bool   `json:"readOnly"`
	MountOptions string `json:"mountOptions"`
	SuperOptions string `json:"superOptions"`
}

// MountEntry is one line of /proc/PID/mountinfo (proc(5)), with the mount point, root and source
// unescaped. It is what the collector reads; MountFact is what it attests.
type MountEntry struct {
	// Line is the entry's line number in mountinfo, from 1, for error messages.
	Line int
	// MountID and ParentID are the kernel's mount IDs of the mount and of the mount it is attached to
	// (fields 1 and 2).
	MountID, ParentID uint64
	// Device is major:minor (field 3), verbatim.
	Device string
	// Root is the directory of the file system that is the mount's root (field 4).
	Root string
	// MountPoint is the mount point, relative to the process's root directory (field 5).
	MountPoint string
	// MountOptions are the per-mount options (field 6), verbatim.
	MountOptions string
	// Optional are the optional fields (shared:N, master:N, ...), verbatim.
	Optional []string
	// FSType, Source and SuperOptions are the fields after the "-" separator; FSType and SuperOptions
	// verbatim, Source unescaped.
	FSType, Source, SuperOptions string
}

// Fact returns the attested facts of e: ReadOnly is true when the per-mount options contain "ro".
func (e *MountEntry) Fact() MountFact {
	return MountFact{MountPoint: e.MountPoint, FSType: e.FSType, Source: e.Source,
		ReadOnly: slices.Contains(strings.Split(e.MountOptions, ","), "ro"), MountOptions: e.MountOptions, SuperOptions: e.SuperOptions}
}

// ErrMountTable means a mount table is malformed or does not describe one consistent mount tree for the
// process (no root mount, a mount attached to an unknown mount, two mounts at one place, ...).
var ErrMountTable = errors.New("inconsistent mount table")

// mountinfoFields names the fixed fields of a mountinfo line, for error messages.
var mountinfoFields = [...]string{"mount ID", "parent ID", "major:minor", "root", "mount point", "mount options"}

// parseMountinfo parses /proc/PID/mountinfo exactly as proc(5) defines it, in the kernel's order. Fields
// are separated by single spaces (no other byte separates them: a tab, vertical tab, form feed, carriage
// return or no-break space inside a field belongs to it); the kernel escapes only space, tab, newline and
// backslash (\040 \011 \012 \134), and '#' in sources (\043), in the root, mount point and source, which
// are unescaped. Every line ends with a newline; no line (empty data) means no mount is reachable from the
// process's root. A line that does not have this shape, an escape the kernel does not write, or a field
// that is not valid UTF-8 (which the canonical JSON encoding could not hold byte for byte) is refused
// with an error naming the line and field.
func parseMountinfo(data []byte) ([]MountEntry, error) {
	if len(data) == 0 {
		return nil, nil // no mount is reachable from the process's root (a chroot into a plain directory)
	}
	if data[len(data)-1] != '\n' {
		return nil, errors.New("mountinfo does not end with a newline (truncated?)")
	}
	lines := bytes.Split(data[:len(data)-1], []byte{'\n'})
	out := make([]MountEntry, 0, len(lines))
	for i, l := range lines {
		e, err := parseMountinfoLine(string(l))
		if err != nil {
			return nil, fmt.Errorf("mountinfo line %d: %q: %w", i+1, l, err)
		}
		e.Line = i + 1
		out = append(out, e)
	}
	return out, nil
}

func parseMountinfoLine(line string) (MountEntry, error) {
	f := strings.Split(line, " ")
	for i, v := range f {
		if v == "" {
			return MountEntry{}, fmt.Errorf("field %d is empty (fields are separated by single spaces)", i+1)
		}
		if !utf8.ValidString(v) {
			return MountEntry{}, fmt.Errorf("field %d is not valid UTF-8", i+1)
		}
	}
	sep := -1
	for i := len(mountinfoFields); i < len(f); i++ {
		if f[i] == "-" {
			sep = i
			break
		}
	}
	if sep < 0 {
		return MountEntry{}, fmt.Errorf("has %d fields and no \"-\" separator after the 6 fixed fields", len(f))
	}
	if len(f) != sep+4 {
		return MountEntry{}, fmt.Errorf("has %d fields after the \"-\" separator, want 3 (file system type, source, super options)", len(f)-sep-1)
	}
	var e MountEntry
	var err error
	if e.MountID, err = strconv.ParseUint(f[0], 10, 64); err != nil {
		return MountEntry{}, fmt.Errorf("field 1 (%s) %q is not a number", mountinfoFields[0], f[0])
	}
	if e.ParentID, err = strconv.ParseUint(f[1], 10, 64); err != nil {
		return MountEntry{}, fmt.Errorf("field 2 (%s) %q is not a number", mountinfoFields[1], f[1])
	}
	for _, u := range []struct {
		i    int
		name string
		dst  *string
	}{{3, mountinfoFields[3], &e.Root}, {4, mountinfoFields[4], &e.MountPoint}, {sep + 2, "source", &e.Source}} {
		if *u.dst, err = unescapeMount(f[u.i]); err != nil {
			return MountEntry{}, fmt.Errorf("field %d (%s): %w", u.i+1, u.name, err)
		}
	}
	if !strings.HasPrefix(e.MountPoint, "/") {
		return MountEntry{}, fmt.Errorf("field 5 (%s) %q is not an absolute path", mountinfoFields[4], e.MountPoint)
	}
	e.Device, e.MountOptions = f[2], f[5]
	e.Optional = slices.Clone(f[6:sep])
	e.FSType, e.SuperOptions = f[sep+1], f[sep+3]
	return e, nil
}

// unescapeMount decodes the escapes the kernel writes in mountinfo fields: the four of proc(5) (\040 space,
// \011 tab, \012 newline, \134 backslash) and \043 ('#', which current kernels escape in sources though
// proc(5) does not say so). Any other backslash is an error: the kernel escapes every backslash.
func unescapeMount(s string) (string, error) {
	if !strings.Contains(s, `\`) {
		return s, nil
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			continue
		}
		var c byte
		switch esc := s[i+1 : min(i+4, len(s))]; esc {
		case "040":
			c = ' '
		case "011":
			c = '\t'
		case "012":
			c = '\n'
		case "134":
			c = '\\'
		case "043":
			c = '#' // not in proc(5), but the kernel escapes '#' in sources (fs/proc_namespace.c mangle)
		default:
			return "", fmt.Errorf("escape %q at byte %d is not one the kernel writes (\\040 \\011 \\012 \\134 \\043)", `\`+esc, i)
		}
		b.WriteByte(c)
		i += 3
	}
	return b.String(), nil
}

// EffectiveMounts returns the mounts in effect for a process whose root directory is the root of mount
// rootID (the mount /proc/PID/root resolves to), sorted by mount point bytes: the mount a path lookup from
// the process's root reaches at each mount point. It follows the mount tree (parent IDs), never the order of
// entries:
//   - the root mount is rootID, at "/"; mounts stacked on the root mount's own root are not in effect (a
//     lookup starts at the process's root and never crosses a mount stacked on it), nor is anything attached
//     to them;
//   - a mount stacked on the root of another mount (same mount point as its parent) hides its parent: the
//     visible mount at a mount point is the end of that chain, and the hidden parent's other children are
//     not in effect;
//   - a mount attached below another child of the same parent (at /a/b while a sibling is at /a) is hidden
//     by that sibling and not in effect.
//
// The kernel lists only mounts reachable from the process's root, so a table that is not one such tree is
// refused with ErrMountTable: a root mount that is missing, not at "/" or attached to a listed mount, an
// entry whose parent chain does not reach the root mount or has a cycle, two mounts at the same place of
// the same parent, a mount outside its parent, or two mounts in effect at one mount point.
func EffectiveMounts(entries []MountEntry, rootID uint64) ([]MountFact, error) {
	byID := make(map[uint64]*MountEntry, len(entries))
	for i := range entries {
		e := &entries[i]
		if prev, dup := byID[e.MountID]; dup {
			return nil, fmt.Errorf("%w: mount ID %d is on lines %d and %d", ErrMountTable, e.MountID, prev.Line, e.Line)
		}
		byID[e.MountID] = e
	}
	root, ok := byID[rootID]
	switch {
	case !ok:
		return nil, fmt.Errorf("%w: the process's root mount (ID %d) is not listed (is its root directory not the root of a mount?)", ErrMountTable, rootID)
	case root.MountPoint != "/":
		return nil, fmt.Errorf("%w: the process's root mount (ID %d, line %d) is at %q, not \"/\"", ErrMountTable, rootID, root.Line, root.MountPoint)
	case root.ParentID != rootID && byID[root.ParentID] != nil:
		return nil, fmt.Errorf("%w: the process's root mount (ID %d, line %d) is attached to listed mount %d", ErrMountTable, rootID, root.Line, root.ParentID)
	}
	children := make(map[uint64][]*MountEntry, len(entries))
	for i := range entries {
		e := &entries[i]
		if e != root {
			if err := chainsTo(byID, e, rootID); err != nil {
				return nil, err
			}
			children[e.ParentID] = append(children[e.ParentID], e)
		}
	}
	var out []MountFact
	var visit func(m *MountEntry) error
	visit = func(m *MountEntry) error {
		// Index the children by mount point; each must lie at or below m's mount point.
		at := make(map[string]*MountEntry, len(children[m.MountID]))
		for _, c := range children[m.MountID] {
			if prev, dup := at[c.MountPoint]; dup {
				return fmt.Errorf("%w: mounts %d (line %d) and %d (line %d) are both attached to mount %d at %q", ErrMountTable, prev.MountID, prev.Line, c.MountID, c.Line, m.MountID, c.MountPoint)
			}
			if !isUnder(c.MountPoint, m.MountPoint) {
				return fmt.Errorf("%w: mount %d (line %d) at %q is attached to mount %d at %q, outside it", ErrMountTable, c.MountID, c.Line, c.MountPoint, m.MountID, m.MountPoint)
			}
			at[c.MountPoint] = c
		}
		if top, stacked := at[m.MountPoint]; stacked && m != root {
			return visit(top) // m is hidden, and all that is attached to it
		}
		out = append(out, m.Fact())
		for _, c := range children[m.MountID] {
			if c.MountPoint == m.MountPoint || hiddenBySibling(at, c.MountPoint, m.MountPoint) {
				continue
			}
			if err := visit(c); err != nil {
				return err
			}
		}
		return nil
	}
	if err := visit(root); err != nil {
		return nil, err
	}
	slices.SortFunc(out, func(a, b MountFact) int { return cmp.Compare(a.MountPoint, b.MountPoint) })
	for i := 1; i < len(out); i++ {
		if out[i-1].MountPoint == out[i].MountPoint {
			return nil, fmt.Errorf("%w: two mounts in effect at %q", ErrMountTable, out[i].MountPoint)
		}
	}
	return out, nil
}

// rootFromMountTable returns the ID of the root mount as the mount table alone gives it: the kernel lists a
// mount only when it is reachable from the process's root, so every listed mount but the root mount is
// attached to a listed mount, and the root mount is the only entry at "/" whose parent is not listed (or
// is itself). A mount stacked on the root has the root mount as its listed parent.
func rootFromMountTable(entries []MountEntry) (uint64, error) {
	listed := make(map[uint64]bool, len(entries))
	for _, e := range entries {
		listed[e.MountID] = true
	}
	var found []*MountEntry
	for i := range entries {
		if e := &entries[i]; e.MountPoint == "/" && (e.ParentID == e.MountID || !listed[e.ParentID]) {
			found = append(found, e)
		}
	}
	switch len(found) {
	case 0:
		return 0, fmt.Errorf("%w: no entry at \"/\" is attached outside the table (is the process's root directory not the root of a mount?)", ErrMountTable)
	case 1:
		return found[0].MountID, nil
	}
	return 0, fmt.Errorf("%w: mounts %d (line %d) and %d (line %d) are both at \"/\" and attached outside the table", ErrMountTable, found[0].MountID, found[0].Line, found[1].MountID, found[1].Line)
}

// chainsTo checks that e's parent chain reaches rootID without a cycle.
func chainsTo(byID map[uint64]*MountEntry, e *MountEntry, rootID uint64) error {
	for cur, steps := e, 0; cur.ParentID != rootID; steps++ {
		p, ok := byID[cur.ParentID]
		if !ok {
			return fmt.Errorf("%w: mount %d (line %d) at %q is attached to mount %d, which is neither listed nor the process's root mount %d", ErrMountTable, e.MountID, e.Line, e.MountPoint, cur.ParentID, rootID)
		}
		if steps > len(byID) || p == e {
			return fmt.Errorf("%w: the parent chain of mount %d (line %d) has a cycle", ErrMountTable, e.MountID, e.Line)
		}
		cur = p
	}
	return nil
}

// isUnder reports whether path p is dir or lies below it.
func isUnder(p, dir string) bool {
	return p == dir || dir == "/" || strings.HasPrefix(p, dir+"/")
}

// hiddenBySibling reports whether a mount at p, attached to a mount at parentPoint, lies below another
// mount attached to the same parent (in at, by mount point) at a directory strictly between them.
func hiddenBySibling(at map[string]*MountEntry, p, parentPoint string) bool {
	for i := len(p) - 1; i > len(parentPoint); i-- {
		if p[i] == '/' && at[p[:i]] != nil {
			return true
		}
	}
	return false
}

// rootMountID returns the mount ID of the mount /proc/PID/root resolves to.
func (o Options) rootMountID(pid int) (uint64, error) {
	if o.RootMountID != nil {
		return o.RootMountID(pid)
	}
	return statxMountID(filepath.Join(o.procRoot(), strconv.Itoa(pid), "root"))
}

// ProcessMounts returns the mounts in effect for process pid (EffectiveMounts of its mountinfo and of the
// mount its root directory resolves to), sorted by mount point: the first is the process's root mount, at
// "/". The root mount is looked up before and after the mount table is read, and must not change.
//
// Resolving /proc/PID/root needs ptrace access to the process (root with CAP_SYS_PTRACE over it). When it
// is refused (fs.ErrPermission: pid 1 seen from inside some containers), the root mount is the one the
// mount table itself gives (rootFromMountTable: the only entry at "/" whose parent is not listed, which is
// what the kernel's listing implies), and EffectiveMounts checks the rest of the tree as always.
func ProcessMounts(opt Options, pid int) ([]MountFact, error) {
	before, err := opt.rootMountID(pid)
	resolved := err == nil
	if err != nil && !errors.Is(err, fs.ErrPermission) {
		return nil, fmt.Errorf("failed to find the root mount of process %d: %w", pid, err)
	}
	path := filepath.Join(opt.procRoot(), strconv.Itoa(pid), "mountinfo")
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("failed to read mount table: %w", err)
	}
	if resolved {
		after, err := opt.rootMountID(pid)
		if err != nil {
			return nil, fmt.Errorf("failed to find the root mount of process %d: %w", pid, err)
		}
		if after != before {
			return nil, fmt.Errorf("the root mount of process %d went from ID %d to %d: %w", pid, before, after, ErrChanged)
		}
	}
	entries, err := parseMountinfo(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if !resolved {
		if before, err = rootFromMountTable(entries); err != nil {
			return nil, fmt.Errorf("%s (process %d's root could not be resolved): %w", path, pid, err)
		}
	}
	facts, err := EffectiveMounts(entries, before)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return facts, nil
}

func collectMounts(spec *subset.MountsSpec, alg digest.Algorithm, opt Options) (Region, error) {
	pid, err := resolvePID(opt.procRoot(), spec.Process)
	if err != nil {
		return Region{}, err
	}
	facts, err := ProcessMounts(opt, pid)
	if err != nil {
		return Region{}, err
	}
	canon := canonicalJSON(facts)
	return Region{Length: uint64(len(canon)), Digest: digest.SumBytes(alg, canon), Mounts: facts, Canonical: canon}, nil
}
