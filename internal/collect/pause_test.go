package collect

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vmattest/vmattest/internal/qmp"
	"github.com/vmattest/vmattest/internal/subset"
	"github.com/vmattest/vmattest/internal/testsupport/qmptest"
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

// kernelSymbols writes a minimal symbol file with what a guest-kernel region of sys_call_table needs, and
// returns its pin.
func kernelSymbols(t *testing.T) subset.PinnedFile {
	t.Helper()
	data := []byte("ffffffff81000000 T _text\nffffffff81e00000 T _etext\nffffffff82000000 D linux_banner\nffffffff82001000 R sys_call_table\nffffffff82002000 R after_table\nffffffff83000000 D init_top_pgt\n")
	path := writeFile(t, t.TempDir(), "System.map", data)
	sum := sha256.Sum256(data)
	return subset.PinnedFile{Path: path, SHA256: hex.EncodeToString(sum[:])}
}

// TestGuestKernelPause_unreachable: a guest-kernel region naming an unreachable QMP socket is an error
// naming the region, and nothing was paused.
func TestGuestKernelPause_unreachable(t *testing.T) {
	ram := writeFile(t, t.TempDir(), "ram", make([]byte, 65536))
	m := manifest(t, subset.Region{Name: "syscalls", GuestKernel: &subset.GuestKernel{Path: ram, Format: subset.FormatMemoryBackendFile,
		QMP: filepath.Join(t.TempDir(), "none.sock"), Symbols: kernelSymbols(t), Structure: subset.StructureSysCallTable}})
	_, err := Collect(context.Background(), m, sha(t), Options{})
	if err == nil || !strings.Contains(err.Error(), `region 0 ("syscalls", guest-kernel)`) || !strings.Contains(err.Error(), "unreachable") {
		t.Fatalf("err %v, want the region named and the socket unreachable", err)
	}
}

// TestGuestKernelPause_badRegisters: when QEMU's `info registers` is not a 64-bit vCPU's (here, a vCPU in
// real mode), the guest-kernel region is refused, naming it, no root is guessed, and the guest is resumed.
// The guest-memory region of the same VM shares the one pause.
func TestGuestKernelPause_badRegisters(t *testing.T) {
	memtree := `FlatView #0\n AS \"memory\", root: system\n  0000000000000000-000000000000ffff (prio 0, ram): ram\n`
	vm := qmptest.Start(t, qmptest.Greeting, func(line string) []string {
		switch {
		case strings.Contains(line, `"query-status"`):
			return []string{`{"return": {"status": "running", "running": true}}`}
		case strings.Contains(line, `"query-memdev"`):
			return []string{`{"return": [{"id": "ram", "size": 65536}]}`}
		case strings.Contains(line, `info registers`):
			return []string{`{"return": "CPU#0\nCR0=00000010 CR2=0 CR3=00000000 CR4=00000000\nEFER=0000000000000000\n"}`}
		case strings.Contains(line, `"human-monitor-command"`):
			return []string{`{"return": "` + memtree + `"}`}
		}
		return []string{`{"return": {}}`}
	})
	ram := writeFile(t, t.TempDir(), "ram", make([]byte, 65536))
	m := manifest(t,
		subset.Region{Name: "low", GuestMemory: &subset.GuestMemSpec{Path: ram, Format: subset.FormatMemoryBackendFile, QMP: vm.Socket,
			Ranges: []subset.GPARange{{GPA: 0x1000, Length: 16}}}},
		subset.Region{Name: "syscalls", GuestKernel: &subset.GuestKernel{Path: ram, Format: subset.FormatMemoryBackendFile,
			QMP: vm.Socket, Symbols: kernelSymbols(t), Structure: subset.StructureSysCallTable}})
	_, err := Collect(context.Background(), m, sha(t), Options{})
	if !errors.Is(err, qmp.ErrProtocol) || !strings.Contains(err.Error(), `region 1 ("syscalls"`) || !strings.Contains(err.Error(), "long mode") {
		t.Fatalf("err %v, want the registers refused, naming the guest-kernel region", err)
	}
	if vm.Sent("stop") != 1 || vm.Sent("cont") != 1 {
		t.Fatalf("%d stop and %d cont, want one of each", vm.Sent("stop"), vm.Sent("cont"))
	}
}
