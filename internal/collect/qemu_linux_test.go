package collect

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vmattest/vmattest/internal/digest"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/qemu"
	"github.com/vmattest/vmattest/internal/qmp"
	"github.com/vmattest/vmattest/internal/subset"
)

// vm is a QEMU guest whose RAM is a memory-backend-file, with its QMP socket.
type vm struct {
	ram, qmp string
}

// startVM starts qemu-system-x86_64 with args built by mk(ram, socket) and waits until QMP answers. It skips
// the test when QEMU is not installed.
func startVM(t testing.TB, mk func(ram, socket string) []string) *vm {
	t.Helper()
	bin, err := exec.LookPath("qemu-system-x86_64")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("qemu-system-x86_64 is not installed in CI (scripts/install-deps.sh installs it)")
		}
		t.Skip("skipped: qemu-system-x86_64 is not installed (scripts/install-deps.sh installs it)")
	}
	dir := t.TempDir()
	ram := filepath.Join(dir, "guest.ram")
	if _, err := os.Stat("/dev/shm"); err == nil {
		ram = filepath.Join("/dev/shm", fmt.Sprintf("vmattest-collect-%d-%d.ram", os.Getpid(), time.Now().UnixNano()))
	}
	sock := filepath.Join(dir, "qmp.sock")
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, bin, mk(ram, sock)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		cancel()
		t.Fatalf("failed to start QEMU: %v", err)
	}
	t.Cleanup(func() {
		cancel()
		_ = cmd.Wait()
		os.Remove(ram)
	})
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if err := qemu.Ready(sock); err == nil {
			return &vm{ram: ram, qmp: sock}
		} else if time.Now().After(deadline) {
			t.Fatalf("QEMU did not answer on QMP within 30 s: %v; %s", err, stderr.String())
		}
	}
}

// startCounterVM boots qemu.CounterKernel in a 64 MiB guest and waits until its counter moves.
func startCounterVM(t testing.TB) *vm {
	t.Helper()
	kernel := filepath.Join(t.TempDir(), "counter.elf")
	if err := os.WriteFile(kernel, qemu.CounterKernel(), 0o644); err != nil {
		t.Fatal(err)
	}
	g := startVM(t, func(ram, sock string) []string { return qemu.KernelArgs("64M", ram, sock, kernel) })
	first := g.counter(t)
	for deadline := time.Now().Add(20 * time.Second); g.counter(t) == first; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the guest's counter never moved")
		}
	}
	return g
}

func (g *vm) counter(t testing.TB) uint32 {
	t.Helper()
	f, err := os.Open(g.ram)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b [4]byte
	if _, err := f.ReadAt(b[:], qemu.CounterAddr); err != nil {
		t.Fatal(err)
	}
	return binary.LittleEndian.Uint32(b[:])
}

// do runs f on a new QMP connection and closes it: QEMU serves one QMP client at a time on a socket.
func (g *vm) do(t *testing.T, f func(context.Context, *qmp.Client) error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := qmp.Dial(ctx, g.qmp)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := f(ctx, c); err != nil {
		t.Fatal(err)
	}
}

// running checks, through QMP, whether the guest runs, and that its counter moves when it does.
func (g *vm) running(t *testing.T) bool {
	t.Helper()
	var st qmp.Status
	g.do(t, func(ctx context.Context, c *qmp.Client) (err error) {
		st, err = c.Status(ctx)
		return err
	})
	if st.Running {
		before := g.counter(t)
		for deadline := time.Now().Add(10 * time.Second); g.counter(t) == before; time.Sleep(5 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatal("QEMU says the guest runs, but its counter does not move")
			}
		}
	}
	return st.Running
}

// counterRegions are three regions of the same 64 bytes around the counter.
func (g *vm) counterRegions(socket string) []subset.Region {
	var out []subset.Region
	for i := range 3 {
		out = append(out, subset.Region{Name: fmt.Sprintf("counter-%d", i+1), GuestMemory: &subset.GuestMemSpec{
			Path: g.ram, Format: subset.FormatMemoryBackendFile, QMP: socket,
			Ranges: []subset.GPARange{{GPA: qemu.CounterAddr, Length: 64}},
		}})
	}
	return out
}

// TestGuestPauseOnePointInTime: a running guest changes the counter all the time. Read as it runs, three
// reads of it disagree; named by the VM's QMP socket, they are read in one pause and agree, and the guest
// runs again afterwards.
func TestGuestPauseOnePointInTime(t *testing.T) {
	g := startCounterVM(t)
	// On a loaded host the guest's vCPU thread may not run for a while: leave it time between two reads.
	testHookAfterHash = func(string) { time.Sleep(5 * time.Millisecond) }
	withPausedReadHook(t, func(string) error { time.Sleep(5 * time.Millisecond); return nil })
	t.Cleanup(func() { testHookAfterHash = nil })
	differ := false
	for range 5 {
		res, err := Collect(context.Background(), manifest(t, g.counterRegions("")...), sha(t), Options{Parallel: 1})
		if err != nil {
			t.Fatal(err)
		}
		d := res.Regions
		t.Logf("unpaused: %x %x %x", d[0].Digest[:4], d[1].Digest[:4], d[2].Digest[:4])
		if d[0].Digest != d[1].Digest && d[1].Digest != d[2].Digest && d[0].Digest != d[2].Digest {
			differ = true
			break
		}
	}
	if !differ {
		t.Fatal("without a pause, three reads of a running guest's counter never all differed in 5 tries: the test's guest does not run")
	}
	for range 3 {
		res, err := Collect(context.Background(), manifest(t, g.counterRegions(g.qmp)...), sha(t), Options{MaxPause: time.Second})
		if err != nil {
			t.Fatal(err)
		}
		d := res.Regions
		if d[0].Digest != d[1].Digest || d[1].Digest != d[2].Digest {
			t.Fatalf("inside one pause, three reads of the counter differ: %x %x %x", d[0].Digest, d[1].Digest, d[2].Digest)
		}
		if len(res.Pauses) != 1 || !res.Pauses[0].Paused || res.Pauses[0].Duration <= 0 || len(res.Pauses[0].Regions) != 3 || res.Pauses[0].QMP != g.qmp {
			t.Fatalf("pauses %+v, want one pause of the VM over three regions", res.Pauses)
		}
		t.Logf("pause %s", res.Pauses[0].Duration)
		if !g.running(t) {
			t.Fatal("the guest was left paused")
		}
	}
}

// TestGuestPauseAlreadyPaused: a guest paused by someone else is read as found and left paused.
func TestGuestPauseAlreadyPaused(t *testing.T) {
	g := startCounterVM(t)
	g.do(t, func(ctx context.Context, c *qmp.Client) error { return c.Stop(ctx) })
	res, err := Collect(context.Background(), manifest(t, g.counterRegions(g.qmp)...), sha(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if g.running(t) {
		t.Fatal("a guest paused before the read was resumed")
	}
	if len(res.Pauses) != 1 || res.Pauses[0].Paused {
		t.Fatalf("pauses %+v, want one not paused by vmattest", res.Pauses)
	}
	if d := res.Regions; d[0].Digest != d[1].Digest || d[1].Digest != d[2].Digest {
		t.Fatal("three reads of a paused guest differ")
	}
}

// TestGuestPauseResumes: an error during the pause, a read beyond the guest's RAM, the maximum pause
// exceeded and cancellation each leave the guest running, with an error naming the region.
func TestGuestPauseResumes(t *testing.T) {
	g := startCounterVM(t)
	errBoom := errors.New("boom")
	regions := func(lastGPA uint64) *subset.Manifest {
		rs := g.counterRegions(g.qmp)
		rs[2].GuestMemory.Ranges = []subset.GPARange{{GPA: lastGPA, Length: 2 << 20}}
		return manifest(t, rs...)
	}
	for _, tc := range []struct {
		name     string
		gpa      uint64
		hook     func(cancel context.CancelFunc) func(string) error
		want     error
		wantText string
	}{
		{"error", 0x400000, func(context.CancelFunc) func(string) error {
			return func(r string) error {
				if r == "counter-3" {
					return errBoom
				}
				return nil
			}
		}, errBoom, `region 2 ("counter-3"`},
		{"beyond RAM", 64 << 20, nil, ErrOutOfRange, `region 2 ("counter-3"`},
		{"timeout", 0x400000, func(context.CancelFunc) func(string) error {
			return func(r string) error {
				if r == "counter-3" {
					time.Sleep(30 * time.Millisecond)
				}
				return nil
			}
		}, ErrPauseTooLong, `region 2 ("counter-3"`},
		{"cancel", 0x400000, func(cancel context.CancelFunc) func(string) error {
			return func(string) error { cancel(); return nil }
		}, context.Canceled, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tc.hook != nil {
				withPausedReadHook(t, tc.hook(cancel))
			}
			_, err := Collect(ctx, regions(tc.gpa), sha(t), Options{MaxPause: 40 * time.Millisecond})
			if !errors.Is(err, tc.want) || !strings.Contains(fmt.Sprint(err), tc.wantText) {
				t.Fatalf("err %v, want %v naming %s", err, tc.want, tc.wantText)
			}
			if !g.running(t) {
				t.Fatalf("the guest was left paused after %s", tc.name)
			}
		})
	}
}

// TestGuestPauseUnreachable: a QMP socket nobody listens on is an error naming the region; nothing was paused.
func TestGuestPauseUnreachable(t *testing.T) {
	g := startCounterVM(t)
	rs := g.counterRegions(filepath.Join(t.TempDir(), "none.sock"))
	_, err := Collect(context.Background(), manifest(t, rs[0]), sha(t), Options{})
	if err == nil || !strings.Contains(err.Error(), `region 0 ("counter-1"`) || !strings.Contains(err.Error(), "unreachable") {
		t.Fatalf("err %v, want the region named and the socket unreachable", err)
	}
	if !g.running(t) {
		t.Fatal("the guest is not running")
	}
}

// TestGuestPauseSIGTERM: SIGTERM to a collecting process in the middle of the paused read (the child is this
// test binary, collecting as `vmattest digest` does, under a signal-aware context) resumes the guest.
func TestGuestPauseSIGTERM(t *testing.T) {
	if os.Getenv("VMATTEST_TEST_SIGTERM_CHILD") != "" {
		sigtermChild()
		return
	}
	g := startCounterVM(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestGuestPauseSIGTERM$")
	cmd.Env = append(os.Environ(), "VMATTEST_TEST_SIGTERM_CHILD="+g.ram, "VMATTEST_TEST_SIGTERM_QMP="+g.qmp)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	for sc.Scan() && sc.Text() != "paused" {
	}
	if ctx.Err() != nil {
		t.Fatalf("the child never paused the guest: %s", stderr.String())
	}
	// The child holds the VM's one QMP connection: watch the counter instead.
	if c := g.counter(t); func() bool { time.Sleep(50 * time.Millisecond); return g.counter(t) != c }() {
		t.Fatal("the guest runs while the child reads it")
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	for sc.Scan() {
	}
	err = cmd.Wait()
	if !strings.Contains(stderr.String(), "context canceled") {
		t.Fatalf("child: %v; %s", err, stderr.String())
	}
	if !g.running(t) {
		t.Fatal("the guest was left paused after SIGTERM")
	}
}

// sigtermChild collects the counter regions with a read that stops at the first chunk until a signal ends
// the context, as main does for `vmattest digest`, and prints the error.
func sigtermChild() {
	ram, sock := os.Getenv("VMATTEST_TEST_SIGTERM_CHILD"), os.Getenv("VMATTEST_TEST_SIGTERM_QMP")
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	testHookPausedRead = func(string) error {
		fmt.Println("paused")
		<-ctx.Done()
		return nil
	}
	g := &vm{ram: ram, qmp: sock}
	m := &subset.Manifest{Schema: subset.Schema, Name: "t", Version: "1", Regions: g.counterRegions(sock)}
	alg, err := digest.ByID(protocol.HashSHA256)
	if err == nil {
		_, err = Collect(ctx, m, alg, Options{MaxPause: time.Minute})
	}
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}

// TestGuestMemoryAbove4G: a q35 guest with 4 GiB of RAM keeps 2 GiB below the PCI hole and the rest from
// 4 GiB up, starting in the RAM file at offset 2 GiB. With the QMP socket, an address above 4 GiB reads the
// right offset and one in the hole is refused; without it, both are refused rather than misread.
func TestGuestMemoryAbove4G(t *testing.T) {
	g := startVM(t, func(ram, sock string) []string { return qemu.Args("4G", ram, sock, nil) })
	marker := []byte("vmattest: RAM above 4 GiB, at file offset 2 GiB + 0x1000")
	f, err := os.OpenFile(g.ram, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteAt(marker, 2<<30+0x1000); err != nil {
		t.Fatal(err)
	}
	f.Close()
	region := func(socket string, gpa uint64) *subset.Manifest {
		return manifest(t, subset.Region{Name: "high", GuestMemory: &subset.GuestMemSpec{
			Path: g.ram, Format: subset.FormatMemoryBackendFile, QMP: socket,
			Ranges: []subset.GPARange{{GPA: gpa, Length: uint64(len(marker))}}}})
	}
	res, err := Collect(context.Background(), region(g.qmp, 4<<30+0x1000), sha(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := sha256.Sum256(marker); res.Regions[0].Digest != want {
		t.Fatalf("gpa 4 GiB + 0x1000 digests to %x, want the marker's %x", res.Regions[0].Digest, want)
	}
	for _, tc := range []struct {
		socket string
		gpa    uint64
		want   string
	}{
		{g.qmp, 3 << 30, "not RAM"},
		{"", 3 << 30, "name the VM's QMP socket"},
		{"", 4<<30 + 0x1000, "name the VM's QMP socket"},
	} {
		_, err := Collect(context.Background(), region(tc.socket, tc.gpa), sha(t), Options{})
		if !errors.Is(err, ErrOutOfRange) || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), `region 0 ("high"`) {
			t.Errorf("gpa %#x (qmp %q): err %v, want out of range with %q", tc.gpa, tc.socket, err, tc.want)
		}
	}
}

// TestGuestPauseResumedBySomeoneElse: a second QMP client that resumes the guest during the paused read
// makes the collection fail, naming the region: the copy would not be one point in time.
func TestGuestPauseResumedBySomeoneElse(t *testing.T) {
	kernel := filepath.Join(t.TempDir(), "counter.elf")
	if err := os.WriteFile(kernel, qemu.CounterKernel(), 0o644); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(t.TempDir(), "other.qmp")
	g := startVM(t, func(ram, sock string) []string {
		return append(qemu.KernelArgs("64M", ram, sock, kernel), "-qmp", "unix:"+other+",server=on,wait=off")
	})
	withPausedReadHook(t, func(r string) error {
		if r != "counter-2" {
			return nil
		}
		(&vm{qmp: other}).do(t, func(ctx context.Context, c *qmp.Client) error { return c.Cont(ctx) })
		return nil
	})
	_, err := Collect(context.Background(), manifest(t, g.counterRegions(g.qmp)...), sha(t), Options{MaxPause: 5 * time.Second})
	if !errors.Is(err, ErrResumedDuringPause) || !strings.Contains(err.Error(), `region 2 ("counter-3"`) {
		t.Fatalf("err %v, want ErrResumedDuringPause naming the region", err)
	}
	if !g.running(t) {
		t.Fatal("the guest is not running")
	}
}
