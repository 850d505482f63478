package test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestDigestFIFORefused: `vmattest digest --file FIFO` blocked forever in open(2), deaf to SIGTERM. It must
// fail at once, naming the region and the path, and print no digest.
func TestDigestFIFORefused(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	done := make(chan string, 1)
	go func() { done <- runDigestErr(t, "--file", fifo) }()
	select {
	case msg := <-done:
		if !strings.Contains(msg, `region 0 ("file-1", file): file.path: `+fifo+" is a FIFO: not a regular file") {
			t.Fatalf("vmattest digest --file FIFO: %q", msg)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("vmattest digest --file FIFO still running after 10 s")
	}
}

// TestDigestSIGTERM: SIGTERM ends a long hash (a 64 GiB sparse file with Keccak-256, minutes of work) within
// a few seconds, with an error and no digest.
func TestDigestSIGTERM(t *testing.T) {
	big := filepath.Join(t.TempDir(), "sparse")
	if err := os.WriteFile(big, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, 64<<30); err != nil {
		t.Skipf("skipped: no 64 GiB sparse file here: %v", err)
	}
	var out, errOut bytes.Buffer
	cmd := exec.Command(vmattestBin, "digest", "--alg", "keccak256", "--file", big)
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond)
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if !errors.As(err, &ee) || out.Len() != 0 || !strings.Contains(errOut.String(), "context canceled") {
			t.Fatalf("after SIGTERM: %v, stdout %q, stderr %q; want a failure naming the cancellation and no digest", err, out.String(), errOut.String())
		}
	case <-time.After(5 * time.Second):
		cmd.Process.Kill()
		<-done
		t.Fatal("vmattest digest still running 5 s after SIGTERM")
	}
}
