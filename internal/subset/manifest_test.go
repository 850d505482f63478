package subset

import (
	"errors"
	"strings"
	"testing"
)

const example = `
# A keeper VM: its kernel, a daemon's text, guest RAM and the mount table.
name: keeper-baseline
version: "1.0"
description: kernel, keeper daemon and mount table
regions:
  - name: kernel-image
    file:
      path: /boot/vmlinuz
  - name: keeper-config
    file:
      path: /etc/keeper/config.toml
      ranges:
        - {offset: 0, length: 4096}
  - name: guest-ram-low
    guest-memory:
      path: /dev/shm/vm1.ram
      format: memory-backend-file
      map:
        - {gpa: 0x0, offset: 0x0, size: 0x80000000}
        - {gpa: 0x100000000, offset: 0x80000000, size: 0x40000000}
      ranges:
        - {gpa: 0x100000, length: 0x200000}
  - name: keeper-text
    process-memory:
      process: {comm: keeperd}
      mapping: {path: /usr/bin/keeperd, perms: r-xp}
  - name: mounts
    mounts: {}
  - name: kernel-facts
    kernel: {modules: true}
`

// The same manifest written differently: other key order, flow style, decimal numbers, no comments, and the
// defaults (mounts of pid 1, kernel cmdline) spelled out.
const exampleRewritten = `
regions:
- file: {path: /boot/vmlinuz}
  name: kernel-image
- name: keeper-config
  file: {ranges: [{length: 4096, offset: 0}], path: /etc/keeper/config.toml}
- name: guest-ram-low
  guest-memory:
    format: memory-backend-file
    path: /dev/shm/vm1.ram
    map: [{gpa: 0, offset: 0, size: 2147483648}, {gpa: 4294967296, offset: 2147483648, size: 1073741824}]
    ranges: [{gpa: 1048576, length: 2097152}]
- name: keeper-text
  process-memory: {mapping: {perms: r-xp, path: /usr/bin/keeperd}, process: {comm: keeperd}}
- name: mounts
  mounts: {process: {pid: 1}}
- name: kernel-facts
  kernel: {cmdline: true, modules: true}
version: "1.0"
name: keeper-baseline
description: kernel, keeper daemon and mount table
`

func TestIDIsCanonical(t *testing.T) {
	a, err := Parse([]byte(example))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse([]byte(exampleRewritten))
	if err != nil {
		t.Fatal(err)
	}
	if a.ID() != b.ID() {
		t.Fatalf("the same manifest written two ways has two ids:\n%s\n%s", a.Canonical(), b.Canonical())
	}
	if got := a.Regions[2].GuestMemory.Ranges[0].GPA; got != 0x100000 {
		t.Fatalf("hex GPA parsed as %#x", got)
	}
	if !strings.HasPrefix(string(a.Canonical()), `{"schema":"vmattest-subset-v1","name":"keeper-baseline"`) {
		t.Fatalf("canonical encoding starts %q", a.Canonical()[:60])
	}
	// Any edit gives a new identifier.
	for _, edit := range [][2]string{
		{`version: "1.0"`, `version: "1.1"`},
		{"description: kernel, keeper", "description: Kernel, keeper"},
		{"/boot/vmlinuz", "/boot/vmlinuz-6.1"},
		{"{offset: 0, length: 4096}", "{offset: 0, length: 4097}"},
		{"perms: r-xp", "perms: r--p"},
		{"kernel: {modules: true}", "kernel: {modules: false}"},
		{"mounts: {}", "mounts: {process: {pid: 2}}"},
		{"format: memory-backend-file", "format: raw-dump"},
	} {
		if !strings.Contains(example, edit[0]) {
			t.Fatalf("test bug: %q not in the example", edit[0])
		}
		m, err := Parse([]byte(strings.Replace(example, edit[0], edit[1], 1)))
		if err != nil {
			t.Fatalf("edit %q: %v", edit[1], err)
		}
		if m.ID() == a.ID() {
			t.Errorf("edit %q -> %q kept the id", edit[0], edit[1])
		}
	}
	// Region order is part of the subset.
	swapped := strings.Replace(strings.Replace(example, "name: kernel-image", "name: TMP", 1), "name: keeper-config", "name: kernel-image", 1)
	swapped = strings.Replace(swapped, "name: TMP", "name: keeper-config", 1)
	m, err := Parse([]byte(swapped))
	if err != nil {
		t.Fatal(err)
	}
	if m.ID() == a.ID() {
		t.Error("renaming regions kept the id")
	}
}

func TestValidationErrorsNameRegionAndField(t *testing.T) {
	for _, tc := range []struct {
		name, doc, region, field, want string
	}{
		{"empty", ``, "", "", "empty document"},
		{"unknown top field", "name: a\nversion: '1'\nregion: []\n", "manifest", "region", "unknown field (line 3): want one of schema, name"},
		{"two documents", "name: a\nversion: '1'\nregions: [{name: k, kernel: {}}]\n---\nname: b\n", "", "", "more than one YAML document"},
		{"bad name", "name: Keeper\nversion: '1'\nregions: [{name: k, kernel: {}}]\n", "", "name", "must be 1 to 64"},
		{"no version", "name: a\nregions: [{name: k, kernel: {}}]\n", "", "version", "1 to 64"},
		{"no regions", "name: a\nversion: '1'\nregions: []\n", "", "regions", "at least one"},
		{"no kind", "name: a\nversion: '1'\nregions: [{name: k}]\n", `region 0 ("k")`, "", "exactly one kind"},
		{"two kinds", "name: a\nversion: '1'\nregions: [{name: k, kernel: {}, mounts: {}}]\n", `region 0 ("k")`, "", "exactly one kind"},
		{"unknown kind field", "name: a\nversion: '1'\nregions: [{name: k, file: {path: /x, size: 3}}]\n", `region 0 ("k")`, "file.size", "unknown field (line 3): want one of path, ranges"},
		{"duplicate region", "name: a\nversion: '1'\nregions: [{name: k, kernel: {}}, {name: k, mounts: {}}]\n", `region 1 ("k")`, "name", "duplicate of region 0"},
		{"relative path", "name: a\nversion: '1'\nregions: [{name: f, file: {path: etc/x}}]\n", `region 0 ("f")`, "file.path", "absolute path"},
		{"zero length", "name: a\nversion: '1'\nregions: [{name: f, file: {path: /x, ranges: [{offset: 1, length: 0}]}}]\n", `region 0 ("f")`, "file.ranges[0].length", "must be > 0"},
		{"overflow", "name: a\nversion: '1'\nregions: [{name: f, file: {path: /x, ranges: [{offset: 18446744073709551615, length: 2}]}}]\n", `region 0 ("f")`, "file.ranges[0]", "overflows"},
		{"negative", "name: a\nversion: '1'\nregions: [{name: f, file: {path: /x, ranges: [{offset: -1, length: 2}]}}]\n", `region 0 ("f")`, "file.ranges[0].offset", "a sign is not allowed"},
		{"format", "name: a\nversion: '1'\nregions: [{name: g, guest-memory: {path: /x, format: qcow2, ranges: [{gpa: 0, length: 1}]}}]\n", `region 0 ("g")`, "guest-memory.format", "qcow2"},
		{"gpa outside map", "name: a\nversion: '1'\nregions: [{name: g, guest-memory: {path: /x, format: raw-dump, map: [{gpa: 0, offset: 0, size: 4096}], ranges: [{gpa: 4000, length: 200}]}}]\n", `region 0 ("g")`, "guest-memory.ranges[0]", "0x1000 is not in the map"},
		{"map overlap", "name: a\nversion: '1'\nregions: [{name: g, guest-memory: {path: /x, format: raw-dump, map: [{gpa: 0, offset: 0, size: 4096}, {gpa: 100, offset: 8192, size: 10}], ranges: [{gpa: 0, length: 1}]}}]\n", `region 0 ("g")`, "guest-memory.map[1]", "overlaps"},
		{"no process", "name: a\nversion: '1'\nregions: [{name: p, process-memory: {mapping: {path: /bin/x}}}]\n", `region 0 ("p")`, "process-memory.process", "exactly one of pid"},
		{"two selectors", "name: a\nversion: '1'\nregions: [{name: p, process-memory: {process: {pid: 3, comm: x}, mapping: {path: /bin/x}}}]\n", `region 0 ("p")`, "process-memory.process", "exactly one of pid"},
		{"mapping and ranges", "name: a\nversion: '1'\nregions: [{name: p, process-memory: {process: {pid: 3}, mapping: {path: /bin/x}, ranges: [{address: 1, length: 1}]}}]\n", `region 0 ("p")`, "process-memory", "exactly one of mapping or ranges"},
		{"perms", "name: a\nversion: '1'\nregions: [{name: p, process-memory: {process: {pid: 3}, mapping: {path: /bin/x, perms: rwx}}}]\n", `region 0 ("p")`, "process-memory.mapping.perms", "permission string"},
		{"kernel nothing", "name: a\nversion: '1'\nregions: [{name: k, kernel: {cmdline: false, modules: false}}]\n", `region 0 ("k")`, "kernel", "selects nothing"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.doc))
			if err == nil || !errors.Is(err, ErrInvalid) {
				t.Fatalf("Parse = %v, want an ErrInvalid", err)
			}
			for _, want := range []string{tc.region, tc.field, tc.want} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not contain %q", err, want)
				}
			}
		})
	}
}

func TestTranslate(t *testing.T) {
	m := []MapEntry{{GPA: 0, Offset: 0, Size: 0x1000}, {GPA: 0x1000, Offset: 0x8000, Size: 0x1000}, {GPA: 0x10000, Offset: 0x2000, Size: 0x100}}
	got, err := Translate(m, 0xf00, 0x200)
	if err != nil {
		t.Fatal(err)
	}
	want := []FileRange{{Offset: 0xf00, Length: 0x100}, {Offset: 0x8000, Length: 0x100}}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("Translate across contiguous entries = %+v, want %+v", got, want)
	}
	if _, err := Translate(m, 0x1f00, 0x200); err == nil {
		t.Fatal("a range running into the hole after 0x2000 translated")
	}
}

func TestLoadErrors(t *testing.T) {
	if _, err := Load("/nonexistent/manifest.yaml"); err == nil || !strings.Contains(err.Error(), "failed to open subset manifest") {
		t.Fatalf("Load of a missing file: %v", err)
	}
}

// FuzzParse checks that the parser never panics, that what it accepts is valid and that its canonical
// encoding is stable: re-parsing a manifest rebuilt from it gives the same id.
func FuzzParse(f *testing.F) {
	f.Add([]byte(example))
	f.Add([]byte(exampleRewritten))
	f.Add([]byte("name: a\nversion: '1'\nregions: [{name: k, kernel: {}}]\n"))
	f.Add([]byte("{]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Parse(data)
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("error %v does not match ErrInvalid", err)
			}
			return
		}
		if err := m.Validate(); err != nil {
			t.Fatalf("accepted manifest fails Validate: %v", err)
		}
		again, err := Parse(m.Canonical())
		if err != nil {
			t.Fatalf("canonical form %s does not parse: %v", m.Canonical(), err)
		}
		if again.ID() != m.ID() {
			t.Fatalf("canonical form is not stable:\n%s\n%s", m.Canonical(), again.Canonical())
		}
	})
}
