package qmp_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vmattest/vmattest/internal/qmp"
	"github.com/vmattest/vmattest/internal/qmp/qmptest"
)

func fakeQEMU(t *testing.T, greeting string, answer func(cmd string) []string) string {
	return qmptest.Start(t, greeting, answer).Socket
}

const greeting = qmptest.Greeting

// TestClient: events before a reply are kept, replies decode, an error reply is an *Error.
func TestClient(t *testing.T) {
	sock := fakeQEMU(t, greeting, func(cmd string) []string {
		switch {
		case strings.Contains(cmd, `"stop"`):
			return []string{`{"timestamp": {"seconds": 1, "microseconds": 2}, "event": "STOP"}`, `{"return": {}}`}
		case strings.Contains(cmd, `"query-status"`):
			return []string{`{"return": {"status": "paused", "running": false}}`}
		case strings.Contains(cmd, `"cont"`):
			return []string{`{"error": {"class": "GenericError", "desc": "Resetting the Virtual Machine is required"}}`}
		}
		return []string{`{"return": {}}`}
	})
	ctx := context.Background()
	c, err := qmp.Dial(ctx, sock)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	st, err := c.Status(ctx)
	if err != nil || st.Running || st.Status != "paused" {
		t.Fatalf("status %+v, %v", st, err)
	}
	if ev := c.Events(); len(ev) != 1 || ev[0].Name != "STOP" || !ev[0].Timestamp.Equal(time.Unix(1, 2000)) {
		t.Fatalf("events %+v, want one STOP", ev)
	}
	var qe *qmp.Error
	if err := c.Cont(ctx); !errors.As(err, &qe) || qe.Command != "cont" || qe.Class != "GenericError" {
		t.Fatalf("cont: %v, want a *Error of cont", err)
	}
}

// TestClientRefuses: not QMP, and a peer that never answers, are errors, not hangs.
func TestClientRefuses(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	if _, err := qmp.Dial(ctx, fakeQEMU(t, `{"hello": 1}`, nil)); !errors.Is(err, qmp.ErrProtocol) {
		t.Fatalf("a greeting without QMP: %v, want qmp.ErrProtocol", err)
	}
	silent := fakeQEMU(t, greeting, func(string) []string { return nil })
	start := time.Now()
	if _, err := qmp.Dial(ctx, silent); err == nil || time.Since(start) > 5*time.Second {
		t.Fatalf("a peer that never answers qmp_capabilities: %v after %s", err, time.Since(start))
	}
	// Cancellation interrupts a command blocked on its reply.
	c, err := qmp.Dial(context.Background(), fakeQEMU(t, greeting, func(cmd string) []string {
		if strings.Contains(cmd, "qmp_capabilities") {
			return []string{`{"return": {}}`}
		}
		return nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	cctx, ccancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, ccancel)
	if err := c.Stop(cctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("stop cancelled while waiting: %v, want context.Canceled", err)
	}
	// Its reply may still come: the connection cannot pair replies with commands any more.
	if err := c.Cont(context.Background()); !errors.Is(err, qmp.ErrBroken) {
		t.Fatalf("cont after a cancelled stop: %v, want qmp.ErrBroken", err)
	}
	if _, err := qmp.Dial(context.Background(), filepath.Join(t.TempDir(), "none.sock")); err == nil {
		t.Fatal("dialing a missing socket succeeded")
	}
}
