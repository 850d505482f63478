package collect

import (
	"bufio"
	"context"
	"errors"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vmattest/vmattest/internal/subset"
)

// fakeVM is a QMP server that serves connections one at a time, as QEMU does, and records the commands;
// stop is answered only after stopDelay.
type fakeVM struct {
	mu        sync.Mutex
	commands  []string
	stopDelay time.Duration
}

func (f *fakeVM) serve(t *testing.T) string {
	t.Helper()
	sock := filepath.Join(t.TempDir(), "qmp.sock")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	memtree := `FlatView #0\n AS \"memory\", root: system\n  0000000000000000-000000000000ffff (prio 0, ram): ram\n`
	go func() {
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			_, _ = conn.Write([]byte(`{"QMP": {"version": {}, "capabilities": []}}` + "\n"))
			r := bufio.NewReader(conn)
			for {
				line, err := r.ReadString('\n')
				if err != nil {
					break
				}
				f.mu.Lock()
				f.commands = append(f.commands, line)
				f.mu.Unlock()
				reply := `{"return": {}}`
				switch {
				case strings.Contains(line, `"stop"`):
					time.Sleep(f.stopDelay)
				case strings.Contains(line, `"query-status"`):
					reply = `{"return": {"status": "running", "running": true}}`
				case strings.Contains(line, `"query-memdev"`):
					reply = `{"return": [{"id": "ram", "size": 65536}]}`
				case strings.Contains(line, `"human-monitor-command"`):
					reply = `{"return": "` + memtree + `"}`
				}
				if _, err := conn.Write([]byte(reply + "\n")); err != nil {
					break
				}
			}
			conn.Close()
		}
	}()
	return sock
}

func (f *fakeVM) sent(cmd string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, c := range f.commands {
		if strings.Contains(c, `"execute":"`+cmd+`"`) {
			n++
		}
	}
	return n
}

// TestGuestPauseCancelledStop: cancellation while QEMU has not yet acknowledged stop still resumes the
// guest, through a new connection (the old one can no longer pair replies with commands).
func TestGuestPauseCancelledStop(t *testing.T) {
	vm := &fakeVM{stopDelay: 300 * time.Millisecond}
	sock := vm.serve(t)
	ram := writeFile(t, t.TempDir(), "ram", make([]byte, 65536))
	m := manifest(t, subset.Region{Name: "low", GuestMemory: &subset.GuestMemSpec{
		Path: ram, Format: subset.FormatMemoryBackendFile, QMP: sock, Ranges: []subset.GPARange{{GPA: 0x1000, Length: 16}}}})
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err := Collect(ctx, m, sha(t), Options{})
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), `region 0 ("low"`) {
		t.Fatalf("err %v, want the deadline, naming the region", err)
	}
	if vm.sent("stop") != 1 || vm.sent("cont") != 1 {
		t.Fatalf("commands %q: want one stop and one cont", vm.commands)
	}
}
