package collect

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vmattest/vmattest/internal/subset"
)

// startSleep runs `sleep 60` and returns its pid once its [stack] is mapped.
func startSleep(t *testing.T) int {
	t.Helper()
	cmd := exec.Command("sleep", "60")
	if err := cmd.Start(); err != nil {
		t.Skipf("skipped: cannot run sleep: %v", err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	pid := cmd.Process.Pid
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		if maps, err := readMaps(procDir(pid)); err == nil {
			for _, m := range maps {
				if m.Path == "[stack]" {
					return pid
				}
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("process %d never mapped its stack", pid)
		}
	}
}

func procDir(pid int) string { return filepath.Join("/proc", strconv.Itoa(pid)) }

func isStopped(t *testing.T, pid int) bool {
	t.Helper()
	// A signal is delivered asynchronously: give it a moment to take effect.
	var stopped bool
	var err error
	for range 200 {
		if stopped, err = processStopped(procDir(pid)); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Millisecond)
	}
	return stopped
}

func stackRegion(pid int, stop bool) subset.Region {
	return subset.Region{Name: "stack", ProcessMemory: &subset.ProcessMemory{
		Process: subset.ProcessSelector{PID: pid}, Mapping: &subset.MappingSpec{Path: "[stack]"}, Stop: stop}}
}

// withPausedReadHook sets testHookPausedRead for the test.
func withPausedReadHook(t *testing.T, hook func(string) error) {
	t.Helper()
	testHookPausedRead = hook
	t.Cleanup(func() { testHookPausedRead = nil })
}

// TestProcessStop: with stop, the process is stopped while it is read and continued afterwards; without,
// it runs during the read.
func TestProcessStop(t *testing.T) {
	pid := startSleep(t)
	var during []bool
	withPausedReadHook(t, func(string) error {
		st, err := processStopped(procDir(pid))
		during = append(during, st && err == nil)
		return nil
	})
	res, err := Collect(context.Background(), manifest(t, stackRegion(pid, true)), sha(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(during) != 1 || !during[0] {
		t.Fatalf("process stopped during the read: %v, want [true]", during)
	}
	if isStopped(t, pid) {
		t.Fatal("the process was left stopped")
	}
	if len(res.Pauses) != 1 || !res.Pauses[0].Paused || res.Pauses[0].PID != pid || res.Pauses[0].Duration <= 0 || res.Pauses[0].Regions[0] != "stack" {
		t.Fatalf("pauses %+v, want one of process %d", res.Pauses, pid)
	}
	during = nil
	if res, err = Collect(context.Background(), manifest(t, stackRegion(pid, false)), sha(t), Options{}); err != nil || len(during) != 0 || len(res.Pauses) != 0 {
		t.Fatalf("without stop: err %v, hook calls %d, pauses %+v", err, len(during), res.Pauses)
	}
}

// TestProcessStopAlreadyStopped: a process stopped by someone else is read as found and left stopped.
func TestProcessStopAlreadyStopped(t *testing.T) {
	pid := startSleep(t)
	if err := syscall.Kill(pid, syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	if !isStopped(t, pid) {
		t.Fatal("SIGSTOP did not stop the process")
	}
	res, err := Collect(context.Background(), manifest(t, stackRegion(pid, true)), sha(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !isStopped(t, pid) {
		t.Fatal("a process stopped before the read was continued")
	}
	if len(res.Pauses) != 1 || res.Pauses[0].Paused {
		t.Fatalf("pauses %+v, want one not paused by vmattest", res.Pauses)
	}
	_ = syscall.Kill(pid, syscall.SIGCONT)
}

// TestProcessStopResumes: an error, the maximum pause exceeded, and cancellation each continue the process.
func TestProcessStopResumes(t *testing.T) {
	pid := startSleep(t)
	errBoom := errors.New("boom")
	for _, tc := range []struct {
		name string
		hook func(cancel context.CancelFunc) func(string) error
		want error
	}{
		{"error", func(context.CancelFunc) func(string) error { return func(string) error { return errBoom } }, errBoom},
		{"timeout", func(context.CancelFunc) func(string) error {
			return func(string) error { time.Sleep(60 * time.Millisecond); return nil }
		}, ErrPauseTooLong},
		{"cancel", func(cancel context.CancelFunc) func(string) error {
			return func(string) error { cancel(); return nil }
		}, context.Canceled},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			withPausedReadHook(t, tc.hook(cancel))
			_, err := Collect(ctx, manifest(t, stackRegion(pid, true)), sha(t), Options{MaxPause: 30 * time.Millisecond})
			if !errors.Is(err, tc.want) {
				t.Fatalf("err %v, want %v", err, tc.want)
			}
			if isStopped(t, pid) {
				t.Fatalf("the process was left stopped after %s", tc.name)
			}
			if tc.want != context.Canceled {
				if want := fmt.Sprintf("region 0 (%q", "stack"); !strings.Contains(err.Error(), want) {
					t.Fatalf("error %q does not name the region", err)
				}
			}
		})
	}
}
