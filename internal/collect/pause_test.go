package collect

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/vmattest/vmattest/internal/qmp/qmptest"
	"github.com/vmattest/vmattest/internal/subset"
)

// fakeVM is a running VM with 64 KiB of RAM, whose stop is acknowledged after stopDelay.
func fakeVM(t *testing.T, stopDelay time.Duration) *qmptest.Server {
	memtree := `FlatView #0\n AS \"memory\", root: system\n  0000000000000000-000000000000ffff (prio 0, ram): ram\n`
	return qmptest.Start(t, qmptest.Greeting, func(line string) []string {
		switch {
		case strings.Contains(line, `"stop"`):
			time.Sleep(stopDelay)
		case strings.Contains(line, `"query-status"`):
			return []string{`{"return": {"status": "running", "running": true}}`}
		case strings.Contains(line, `"query-memdev"`):
			return []string{`{"return": [{"id": "ram", "size": 65536}]}`}
		case strings.Contains(line, `"human-monitor-command"`):
			return []string{`{"return": "` + memtree + `"}`}
		}
		return []string{`{"return": {}}`}
	})
}

// TestGuestPauseCancelledStop: cancellation while QEMU has not yet acknowledged stop still resumes the
// guest, through a new connection (the old one can no longer pair replies with commands).
func TestGuestPauseCancelledStop(t *testing.T) {
	vm := fakeVM(t, 300*time.Millisecond)
	sock := vm.Socket
	ram := writeFile(t, t.TempDir(), "ram", make([]byte, 65536))
	m := manifest(t, subset.Region{Name: "low", GuestMemory: &subset.GuestMemSpec{
		Path: ram, Format: subset.FormatMemoryBackendFile, QMP: sock, Ranges: []subset.GPARange{{GPA: 0x1000, Length: 16}}}})
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err := Collect(ctx, m, sha(t), Options{})
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), `region 0 ("low"`) {
		t.Fatalf("err %v, want the deadline, naming the region", err)
	}
	if vm.Sent("stop") != 1 || vm.Sent("cont") != 1 {
		t.Fatalf("%d stop and %d cont, want one of each", vm.Sent("stop"), vm.Sent("cont"))
	}
}
