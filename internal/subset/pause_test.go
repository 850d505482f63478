package subset

import (
	"errors"
	"strings"
	"testing"
)

// TestPauseFields: qmp and stop are parsed, checked, and in the canonical encoding only when set, so a
// manifest without them keeps its identifier.
func TestPauseFields(t *testing.T) {
	const plain = "name: a\nversion: '1'\nregions:\n- {name: g, guest-memory: {path: /dev/shm/vm.ram, format: memory-backend-file, ranges: [{gpa: 0, length: 1}]}}\n- {name: p, process-memory: {process: {pid: 3}, mapping: {path: /bin/x}}}\n"
	const paused = "name: a\nversion: '1'\nregions:\n- {name: g, guest-memory: {path: /dev/shm/vm.ram, format: memory-backend-file, qmp: /run/vm.qmp, ranges: [{gpa: 0, length: 1}]}}\n- {name: p, process-memory: {process: {pid: 3}, mapping: {path: /bin/x}, stop: true}}\n"
	a, err := Parse([]byte(plain))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse([]byte(paused))
	if err != nil {
		t.Fatal(err)
	}
	if b.Regions[0].GuestMemory.QMP != "/run/vm.qmp" || !b.Regions[1].ProcessMemory.Stop {
		t.Fatalf("qmp %q, stop %v", b.Regions[0].GuestMemory.QMP, b.Regions[1].ProcessMemory.Stop)
	}
	if c := string(a.Canonical()); strings.Contains(c, "qmp") || strings.Contains(c, "stop") {
		t.Fatalf("canonical encoding without the fields mentions them: %s", c)
	}
	if c := string(b.Canonical()); !strings.Contains(c, `"qmp":"/run/vm.qmp"`) || !strings.Contains(c, `"stop":true`) {
		t.Fatalf("canonical encoding lacks the fields: %s", c)
	}
	if a.ID() == b.ID() {
		t.Fatal("naming a QMP socket and stopping the process left the identifier unchanged")
	}
	for _, tc := range []struct{ name, doc, field, want string }{
		{"relative qmp", "name: a\nversion: '1'\nregions: [{name: g, guest-memory: {path: /x, format: memory-backend-file, qmp: run/vm.qmp, ranges: [{gpa: 0, length: 1}]}}]\n", "guest-memory.qmp", "absolute path"},
		{"qmp of a dump", "name: a\nversion: '1'\nregions: [{name: g, guest-memory: {path: /x, format: raw-dump, qmp: /run/vm.qmp, ranges: [{gpa: 0, length: 1}]}}]\n", "guest-memory.qmp", "live RAM file"},
	} {
		_, err := Parse([]byte(tc.doc))
		if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), `region 0 ("g")`) || !strings.Contains(err.Error(), tc.field) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %s: %s", tc.name, err, tc.field, tc.want)
		}
	}
}
