package collect

import (
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// mi builds a mountinfo line as the kernel writes it: the root, mount point and source escaped (the four
// escapes of proc(5), and '#' in the source), fields separated by single spaces.
func mi(id, parent int, mountPoint, opts, fsType, source string) string {
	return fmt.Sprintf("%d %d 0:%d / %s %s - %s %s rw\n", id, parent, id, escapeMount(mountPoint), opts, fsType, escapeSource(source))
}

func escapeMount(s string) string {
	return strings.NewReplacer(" ", `\040`, "\t", `\011`, "\n", `\012`, `\`, `\134`).Replace(s)
}

func escapeSource(s string) string {
	return strings.ReplaceAll(escapeMount(s), "#", `\043`)
}

func effective(t *testing.T, table string, rootID uint64) ([]MountFact, error) {
	t.Helper()
	entries, err := parseMountinfo([]byte(table))
	if err != nil {
		t.Fatal(err)
	}
	return EffectiveMounts(entries, rootID)
}

// points returns "mountPoint=source" of each fact.
func points(ms []MountFact) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.MountPoint+"="+m.Source)
	}
	return out
}

// TestEffectiveMounts_followsTheTreeNotTheOrder checks which mounts are in effect on tables that put a
// hidden mount last (where "the last entry at a mount point" would take it).
func TestEffectiveMounts_followsTheTreeNotTheOrder(t *testing.T) {
	for _, tc := range []struct {
		name   string
		table  string
		rootID uint64
		want   []string
	}{
		{"stacked on the root: not in effect, nor what is attached to it",
			mi(20, 1, "/", "rw", "ext4", "real-root") + mi(21, 20, "/boot", "ro", "vfat", "boot") +
				mi(30, 20, "/", "ro", "tmpfs", "stacked") + mi(31, 30, "/etc", "ro", "tmpfs", "on-stacked"),
			20, []string{"/=real-root", "/boot=boot"}},
		{"moved mount listed before the one it covers: the end of the chain is visible",
			mi(20, 1, "/", "ro", "ext4", "root") + mi(21, 22, "/a", "rw", "tmpfs", "top") +
				mi(22, 20, "/a", "ro", "tmpfs", "bottom") + mi(23, 22, "/a/sub", "ro", "tmpfs", "on-bottom") + mi(24, 21, "/a/x", "rw", "tmpfs", "on-top"),
			20, []string{"/=root", "/a=top", "/a/x=on-top"}},
		{"a sibling at a directory above hides a mount",
			mi(20, 1, "/", "ro", "ext4", "root") + mi(21, 20, "/a/b", "ro", "tmpfs", "deep") + mi(22, 20, "/a", "rw", "tmpfs", "over"),
			20, []string{"/=root", "/a=over"}},
		{"the root mount is the process's, not the first or the last at \"/\"",
			mi(30, 20, "/", "ro", "tmpfs", "stacked") + mi(20, 1, "/", "rw", "ext4", "root"),
			20, []string{"/=root"}},
		{"a chroot into a mount: its parent is not listed",
			mi(40, 7, "/", "ro", "squashfs", "jail") + mi(41, 40, "/var", "rw", "tmpfs", "var"),
			40, []string{"/=jail", "/var=var"}},
		{"a namespace root that is its own parent",
			mi(1, 1, "/", "ro", "rootfs", "rootfs") + mi(2, 1, "/x y", "rw", "tmpfs", "x"),
			1, []string{"/=rootfs", "/x y=x"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := effective(t, tc.table, tc.rootID)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(points(got), tc.want) {
				t.Fatalf("in effect %q, want %q", points(got), tc.want)
			}
		})
	}
	// The read-only flag is the root mount's own, not the stacked one's.
	got, _ := effective(t, mi(20, 1, "/", "rw,relatime", "ext4", "r")+mi(30, 20, "/", "ro,relatime", "tmpfs", "s"), 20)
	if got[0].ReadOnly {
		t.Fatal("a read-only mount stacked on a read-write root made it read-only")
	}
}

// TestEffectiveMounts_inconsistentTable_refused checks that a table that is not one mount tree under the
// process's root mount is refused rather than read some way.
func TestEffectiveMounts_inconsistentTable_refused(t *testing.T) {
	for _, tc := range []struct {
		name, table string
		rootID      uint64
		want        string
	}{
		{"root mount not listed (a chroot into a plain directory)", mi(20, 1, "/", "ro", "ext4", "r"), 99, "not listed"},
		{"root mount not at /", mi(20, 1, "/", "ro", "ext4", "r") + mi(21, 20, "/a", "rw", "tmpfs", "a"), 21, `not "/"`},
		{"root mount attached to a listed mount", mi(20, 21, "/", "ro", "ext4", "r") + mi(21, 20, "/", "rw", "tmpfs", "a"), 20, "attached to listed mount"},
		{"repeated mount ID", mi(20, 1, "/", "ro", "ext4", "r") + mi(20, 20, "/a", "rw", "tmpfs", "a"), 20, "mount ID 20"},
		{"attached to an unknown mount", mi(20, 1, "/", "ro", "ext4", "r") + mi(21, 55, "/a", "rw", "tmpfs", "a"), 20, "neither listed"},
		{"a parent cycle", mi(20, 1, "/", "ro", "ext4", "r") + mi(21, 22, "/a", "rw", "tmpfs", "a") + mi(22, 21, "/a", "rw", "tmpfs", "b"), 20, "cycle"},
		{"two mounts at one place of one parent", mi(20, 1, "/", "ro", "ext4", "r") + mi(21, 20, "/a", "ro", "tmpfs", "a") + mi(22, 20, "/a", "rw", "tmpfs", "b"), 20, "both attached"},
		{"a child outside its parent", mi(20, 1, "/", "ro", "ext4", "r") + mi(21, 20, "/a", "rw", "tmpfs", "a") + mi(22, 21, "/b", "rw", "tmpfs", "b"), 20, "outside it"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := effective(t, tc.table, tc.rootID)
			if !errors.Is(err, ErrMountTable) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want ErrMountTable mentioning %q", err, tc.want)
			}
		})
	}
}

// unusualNames are mount point names and sources with every byte the kernel does or does not escape, and
// crafted to shift fields if whitespace other than the single space separated them.
var unusualNames = []string{
	"sp ace", "t\tab", "new\nline", `back\slash`, "v\vtab", "form\ffeed", "car\rret", "nb\u00a0sp", "#hash",
	"x\vro,nosuid\v-\vsquashfs", "trail\r", `\040literal`, "\u0085nel", "\x1besc\x7f",
}

// TestParseMountinfo_unusualBytes_keptExactly checks that a mount point or source holding any of
// unusualNames comes back byte for byte and shifts no other field (strings.Fields would split at a
// vertical tab, form feed, carriage return or no-break space and read the next field as the options).
func TestParseMountinfo_unusualBytes_keptExactly(t *testing.T) {
	for _, n := range unusualNames {
		table := mi(20, 1, "/", "rw,relatime", "ext4", "root") + mi(21, 20, "/m/"+n, "rw,nosuid", "tmpfs", n+"-src")
		entries, err := parseMountinfo([]byte(table))
		if err != nil {
			t.Fatalf("%q: %v", n, err)
		}
		e := entries[1]
		if e.MountPoint != "/m/"+n || e.Source != n+"-src" || e.MountOptions != "rw,nosuid" || e.FSType != "tmpfs" || e.SuperOptions != "rw" || e.Fact().ReadOnly {
			t.Errorf("%q: parsed as %+v", n, e)
		}
	}
}

// TestParseMountinfo_malformed_refused checks that what the kernel never writes is refused with the line
// and field named, not read some way.
func TestParseMountinfo_malformed_refused(t *testing.T) {
	good := mi(20, 1, "/", "rw", "ext4", "r")
	for _, tc := range []struct{ in, want string }{
		{good + "21 20 0:1 / /a  rw - tmpfs a rw\n", "line 2"},                    // two spaces
		{good + "21 20 0:1 / /a rw - tmpfs a rw \n", "field 11 is empty"},         // trailing space
		{good + "21 20 0:1 / /a\\101 rw - tmpfs a rw\n", `field 5 (mount point)`}, // an escape the kernel does not write
		{good + "21 20 0:1 / /a rw - tmpfs a\\ rw\n", `field 9 (source)`},         // a lone backslash
		{good + "21 20 0:1 / /a rw - tmpfs a rw extra\n", "want 3"},
		{good + "21 20 0:1 / a rw - tmpfs a rw\n", "not an absolute path"},
		{good + "21 20 0:1 / /a\xff rw - tmpfs a rw\n", "not valid UTF-8"},
		{good + "x 20 0:1 / /a rw - tmpfs a rw\n", "field 1 (mount ID)"},
		{strings.TrimSuffix(good, "\n"), "does not end with a newline"},
		{good + "\n", "line 2"},
	} {
		if _, err := parseMountinfo([]byte(tc.in)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("parseMountinfo(%q) = %v, want an error mentioning %q", tc.in, err, tc.want)
		}
	}
}

// FuzzParseMountinfo checks that parsing never shifts fields: a line built as the kernel builds it from
// any field values comes back with exactly those values. `go test` runs the seed corpus (every name of
// unusualNames); `go test -fuzz FuzzParseMountinfo ./internal/collect` explores further.
func FuzzParseMountinfo(f *testing.F) {
	for _, n := range unusualNames {
		f.Add("/m/"+n, n, "tmpfs", "rw,nosuid", "rw,size=1k", "shared:3")
	}
	f.Add("/", "/dev/vda1", "ext4", "ro,relatime", "ro,errors=remount-ro", "")
	f.Fuzz(func(t *testing.T, mountPoint, source, fsType, opts, superOpts, optional string) {
		mountPoint = "/" + strings.TrimPrefix(mountPoint, "/")
		// The kernel writes no empty field, and escapes space and newline in the fields it does not
		// escape with the four escapes; optional fields are its own tags, never "-".
		for _, v := range []string{fsType, opts, superOpts} {
			if v == "" || strings.ContainsAny(v, " \n") {
				t.Skip("not a line the kernel writes: an empty field, or a space or newline in a field it leaves unescaped")
			}
		}
		if source == "" {
			t.Skip("not a line the kernel writes: an empty mount source")
		}
		if optional == "-" || strings.ContainsAny(optional, " \n") {
			t.Skip("not a line the kernel writes: an optional field that is the separator or holds a space or newline")
		}
		opt := ""
		if optional != "" {
			opt = optional + " "
		}
		line := fmt.Sprintf("7 1 0:5 %s %s %s %s- %s %s %s\n", escapeMount("/r"), escapeMount(mountPoint), opts, opt, fsType, escapeSource(source), superOpts)
		entries, err := parseMountinfo([]byte(line))
		if err != nil {
			for _, v := range []string{mountPoint, source, fsType, opts, superOpts, optional} {
				if !utf8.ValidString(v) {
					return // refused, as documented
				}
			}
			t.Fatalf("parseMountinfo(%q): %v", line, err)
		}
		e := entries[0]
		wantOptional := []string{}
		if optional != "" {
			wantOptional = []string{optional}
		}
		if e.MountID != 7 || e.ParentID != 1 || e.Root != "/r" || e.MountPoint != mountPoint || e.MountOptions != opts ||
			!reflect.DeepEqual(e.Optional, wantOptional) || e.FSType != fsType || e.Source != source || e.SuperOptions != superOpts {
			t.Fatalf("parseMountinfo(%q) = %+v: a field moved", line, e)
		}
	})
}

// TestProcessMounts_rootChangedWhileRead_refused: the root mount is looked up before and after mountinfo
// is read; a process whose root changes in between is refused (ErrChanged), not described by either.
func TestProcessMounts_rootChangedWhileRead_refused(t *testing.T) {
	root := fakeProc(t)
	calls := 0
	moving := func(int) (uint64, error) { calls++; return uint64(26 + calls), nil } // 27, then 28
	if _, err := ProcessMounts(Options{ProcRoot: root, RootMountID: moving}, 1); !errors.Is(err, ErrChanged) {
		t.Fatalf("ProcessMounts = %v, want ErrChanged", err)
	}
	ms, err := ProcessMounts(Options{ProcRoot: root, RootMountID: fakeRoot}, 1)
	if err != nil || ms[0].MountPoint != "/" || ms[0].Source != "/dev/vda1" {
		t.Fatalf("ProcessMounts = %+v, %v", ms, err)
	}
}

// TestProcessMounts_rootNotResolvable_fromTheTable: when /proc/PID/root may not be resolved
// (fs.ErrPermission), the root mount is the only "/" entry attached outside the table; a read-only mount
// stacked on the root and listed last is still not taken for it.
func TestProcessMounts_rootNotResolvable_fromTheTable(t *testing.T) {
	root := fakeProc(t)
	denied := func(int) (uint64, error) { return 0, fmt.Errorf("statx: %w", fs.ErrPermission) }
	want, err := ProcessMounts(Options{ProcRoot: root, RootMountID: fakeRoot}, 1)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ProcessMounts(Options{ProcRoot: root, RootMountID: denied}, 1)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("without statx: %+v, %v; want %+v", got, err, want)
	}
	writeFile(t, root, "1/mountinfo", []byte(mi(20, 1, "/", "rw", "ext4", "real-root")+mi(30, 20, "/", "ro", "tmpfs", "stacked")))
	got, err = ProcessMounts(Options{ProcRoot: root, RootMountID: denied}, 1)
	if err != nil || len(got) != 1 || got[0].Source != "real-root" || got[0].ReadOnly {
		t.Fatalf("without statx, a read-only mount stacked on the root: %+v, %v", got, err)
	}
	for _, table := range []string{
		mi(20, 1, "/", "rw", "ext4", "a") + mi(30, 2, "/", "ro", "tmpfs", "b"), // two roots
		mi(20, 1, "/a", "rw", "ext4", "a"),                                     // none at "/"
	} {
		writeFile(t, root, "1/mountinfo", []byte(table))
		if _, err := ProcessMounts(Options{ProcRoot: root, RootMountID: denied}, 1); !errors.Is(err, ErrMountTable) {
			t.Errorf("without statx, %q: %v, want ErrMountTable", table, err)
		}
	}
	// Any other failure to resolve the root is an error, not a reason to use the table.
	broken := func(int) (uint64, error) { return 0, errors.New("no statx") }
	if _, err := ProcessMounts(Options{ProcRoot: root, RootMountID: broken}, 1); err == nil {
		t.Fatal("a failed statx was ignored")
	}
}
