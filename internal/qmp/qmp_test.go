package qmp_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vmattest/vmattest/internal/qmp"
	"github.com/vmattest/vmattest/internal/testsupport/qmptest"
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

// TestPipeline: commands sent in one write get their replies in order, each with the events that came
// before its reply; an error reply is that command's Err and the others still succeed.
func TestPipeline(t *testing.T) {
	sock := fakeQEMU(t, greeting, func(cmd string) []string {
		switch {
		case strings.Contains(cmd, `"stop"`):
			return []string{`{"event": "STOP"}`, `{"return": {}}`}
		case strings.Contains(cmd, `"query-status"`):
			return []string{`{"event": "RESUME"}`, `{"return": {"status": "running", "running": true}}`}
		case strings.Contains(cmd, `"cont"`):
			return []string{`{"error": {"class": "GenericError", "desc": "no"}}`}
		}
		return []string{`{"return": "out"}`}
	})
	ctx := context.Background()
	c, err := qmp.Dial(ctx, sock)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var out string
	var st qmp.Status
	cmds := []*qmp.Command{{Name: "stop"}, {Name: "human-monitor-command", Args: map[string]string{"command-line": "x"}, Result: &out},
		{Name: "query-status", Result: &st}, {Name: "cont"}}
	if err := c.Pipeline(ctx, cmds...); err != nil {
		t.Fatal(err)
	}
	var qe *qmp.Error
	switch {
	case cmds[0].Err != nil || len(cmds[0].Events) != 1 || cmds[0].Events[0].Name != "STOP":
		t.Errorf("stop: %+v", cmds[0])
	case cmds[1].Err != nil || out != "out" || len(cmds[1].Events) != 0:
		t.Errorf("hmp: %+v, %q", cmds[1], out)
	case cmds[2].Err != nil || !st.Running || len(cmds[2].Events) != 1 || cmds[2].Events[0].Name != "RESUME":
		t.Errorf("query-status: %+v, %+v", cmds[2], st)
	case !errors.As(cmds[3].Err, &qe) || qe.Command != "cont":
		t.Errorf("cont: %v, want its *Error", cmds[3].Err)
	}
	if ev := c.Events(); len(ev) != 2 {
		t.Errorf("Events %+v, want STOP and RESUME kept too", ev)
	}
}

// TestPipeline_broken: a peer that stops answering mid-pipeline breaks the client; the commands left
// without a reply carry the error.
func TestPipeline_broken(t *testing.T) {
	sock := fakeQEMU(t, greeting, func(cmd string) []string {
		if strings.Contains(cmd, `"query-status"`) {
			time.Sleep(time.Second)
			return nil
		}
		return []string{`{"return": {}}`}
	})
	c, err := qmp.Dial(context.Background(), sock)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	cmds := []*qmp.Command{{Name: "stop"}, {Name: "query-status"}}
	err = c.Pipeline(ctx, cmds...)
	if err == nil || cmds[0].Err != nil || cmds[1].Err == nil {
		t.Fatalf("pipeline %v, stop %v, query-status %v; want stop answered, query-status failed", err, cmds[0].Err, cmds[1].Err)
	}
	if err := c.Execute(context.Background(), "cont", nil, nil); !errors.Is(err, qmp.ErrBroken) {
		t.Fatalf("after: %v, want ErrBroken", err)
	}
}
