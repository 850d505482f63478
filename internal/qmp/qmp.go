// Package qmp is vmattest's one client of QEMU's machine protocol (QMP) on a unix socket: capability
// negotiation, commands (stop, cont, query-status, human-monitor-command for what QMP does not expose), the
// asynchronous events that arrive between replies, and the guest RAM layout QEMU reports.
package qmp

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync"
	"time"
)

// DefaultTimeout bounds a dial or a command whose context has no deadline.
const DefaultTimeout = 10 * time.Second

// maxLine bounds one QMP message (an `info mtree -f` reply of a large machine is tens of KiB).
const maxLine = 16 << 20

// ErrProtocol means the peer did not speak QMP as expected.
var ErrProtocol = errors.New("unexpected QMP message")

// ErrBroken means an earlier command failed in transit (a timeout, cancellation, a closed socket): its
// reply may still come, so the connection can no longer pair replies with commands. Dial again.
var ErrBroken = errors.New("QMP connection broken by an earlier error")

// Error is a command's error reply.
type Error struct {
	// Command is the command that failed.
	Command string
	// Class and Desc are QEMU's error class and description.
	Class string
	Desc  string
}

func (e *Error) Error() string {
	return fmt.Sprintf("QMP %s failed: %s: %s", e.Command, e.Class, e.Desc)
}

// Event is an asynchronous QMP event (e.g. STOP, RESUME, SHUTDOWN).
type Event struct {
	Name string          `json:"event"`
	Data json.RawMessage `json:"data,omitempty"`
	// Timestamp is QEMU's time of the event.
	Timestamp time.Time `json:"-"`
}

// Status is the answer of query-status.
type Status struct {
	// Status is the run state ("running", "paused", "prelaunch", "inmigrate", "shutdown", ...).
	Status string `json:"status"`
	// Running is true when the guest's CPUs run.
	Running bool `json:"running"`
}

// Client is a QMP connection in command mode. Its methods may be called from several goroutines; commands
// are serialised.
type Client struct {
	mu     sync.Mutex
	conn   net.Conn
	r      *bufio.Reader
	events []Event
	broken error
}

// Dial connects to the QMP unix socket, reads QEMU's greeting and negotiates capabilities.
func Dial(ctx context.Context, socket string) (*Client, error) {
	d := net.Dialer{Timeout: DefaultTimeout}
	conn, err := d.DialContext(ctx, "unix", socket)
	if err != nil {
		return nil, fmt.Errorf("failed to connect to QMP socket %s: %w", socket, err)
	}
	c := &Client{conn: conn, r: bufio.NewReaderSize(conn, 64<<10)}
	stop := c.watch(ctx)
	line, err := c.readLine()
	stop()
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("no QMP greeting on %s: %w", socket, err)
	}
	var greeting struct {
		QMP *json.RawMessage `json:"QMP"`
	}
	if err := json.Unmarshal(line, &greeting); err != nil || greeting.QMP == nil {
		conn.Close()
		return nil, fmt.Errorf("%s: %w: greeting %.80q", socket, ErrProtocol, line)
	}
	if err := c.Execute(ctx, "qmp_capabilities", nil, nil); err != nil {
		conn.Close()
		return nil, err
	}
	return c, nil
}

// Close closes the connection.
func (c *Client) Close() error { return c.conn.Close() }

// watch sets the connection's deadline from ctx (DefaultTimeout when it has none) and interrupts blocked
// I/O when ctx ends; the returned function stops watching.
func (c *Client) watch(ctx context.Context) func() {
	deadline, ok := ctx.Deadline()
	if !ok {
		deadline = time.Now().Add(DefaultTimeout)
	}
	_ = c.conn.SetDeadline(deadline)
	done, exited := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(exited)
		select {
		case <-ctx.Done():
			_ = c.conn.SetDeadline(time.Unix(1, 0))
		case <-done:
		}
	}()
	// Wait for the watcher, so that a late cancellation cannot cut the next command short.
	return func() { close(done); <-exited }
}

// ctxErr is ctx.Err(), or context.DeadlineExceeded once ctx's deadline has passed: the socket's deadline,
// set to ctx's, may fire before ctx's own timer.
func ctxErr(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if d, ok := ctx.Deadline(); ok && !time.Now().Before(d) {
		return context.DeadlineExceeded
	}
	return nil
}

func (c *Client) readLine() ([]byte, error) {
	var line []byte
	for {
		chunk, isPrefix, err := c.r.ReadLine()
		if err != nil {
			return nil, err
		}
		line = append(line, chunk...)
		if len(line) > maxLine {
			return nil, fmt.Errorf("%w: a message longer than %d bytes", ErrProtocol, maxLine)
		}
		if !isPrefix {
			return line, nil
		}
	}
}

// Execute runs cmd with args (nil for none) and decodes its return value into result (nil to ignore it).
// Events received before the reply are kept for Events. An error reply is an *Error.
func (c *Client) Execute(ctx context.Context, cmd string, args, result any) error {
	command := &Command{Name: cmd, Args: args, Result: result}
	if err := c.Pipeline(ctx, command); err != nil {
		return err
	}
	return command.Err
}

// Command is one command of Pipeline, with what came back for it.
type Command struct {
	// Name and Args are the command and its arguments (nil for none).
	Name string
	Args any
	// Result, when not nil, receives the decoded return value.
	Result any
	// Events are the events received after the previous command's reply and before this one's: with QEMU
	// running the commands in order, what happened between them.
	Events []Event
	// Err is the command's error reply (an *Error) or decoding error; nil when it succeeded.
	Err error
}

// Pipeline sends cmds in one write and reads their replies in order: QEMU runs them one after the other,
// with no round trip between them (e.g. stop then info registers: the registers are the paused vCPUs').
// Each command's error reply is its Err; the returned error is the connection's (send, receive, protocol),
// after which the client is broken and the commands without a reply have that error as Err too. Events
// are also kept for Events.
func (c *Client) Pipeline(ctx context.Context, cmds ...*Command) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	names := make([]string, len(cmds))
	var out []byte
	for i, cmd := range cmds {
		names[i] = cmd.Name
		msg := map[string]any{"execute": cmd.Name}
		if cmd.Args != nil {
			msg["arguments"] = cmd.Args
		}
		b, err := json.Marshal(msg)
		if err != nil {
			return fmt.Errorf("failed to encode QMP %s: %w", cmd.Name, err)
		}
		out = append(append(out, b...), '\n')
	}
	fail := func(from int, err error) error {
		for _, cmd := range cmds[from:] {
			cmd.Err = err
		}
		return err
	}
	if c.broken != nil {
		return fail(0, fmt.Errorf("QMP %s: %w: %w", strings.Join(names, ", "), ErrBroken, c.broken))
	}
	stop := c.watch(ctx)
	defer stop()
	if _, err := c.conn.Write(out); err != nil {
		c.broken = err
		return fail(0, fmt.Errorf("failed to send QMP %s: %w", strings.Join(names, ", "), errors.Join(ctxErr(ctx), err)))
	}
	for i := 0; i < len(cmds); {
		cmd := cmds[i]
		line, err := c.readLine()
		if err != nil {
			c.broken = err
			return fail(i, fmt.Errorf("no reply to QMP %s: %w", cmd.Name, errors.Join(ctxErr(ctx), err)))
		}
		var reply struct {
			Return    json.RawMessage `json:"return"`
			Error     *struct{ Class, Desc string }
			Event     string          `json:"event"`
			Data      json.RawMessage `json:"data"`
			Timestamp struct {
				Seconds      int64 `json:"seconds"`
				Microseconds int64 `json:"microseconds"`
			} `json:"timestamp"`
		}
		if err := json.Unmarshal(line, &reply); err != nil {
			c.broken = ErrProtocol
			return fail(i, fmt.Errorf("QMP %s: %w: %.80q", cmd.Name, ErrProtocol, line))
		}
		switch {
		case reply.Event != "":
			ev := Event{Name: reply.Event, Data: reply.Data,
				Timestamp: time.Unix(reply.Timestamp.Seconds, reply.Timestamp.Microseconds*1000)}
			c.events = append(c.events, ev)
			cmd.Events = append(cmd.Events, ev)
			continue
		case reply.Error != nil:
			cmd.Err = &Error{Command: cmd.Name, Class: reply.Error.Class, Desc: reply.Error.Desc}
		case reply.Return != nil:
			if cmd.Result != nil {
				if err := json.Unmarshal(reply.Return, cmd.Result); err != nil {
					cmd.Err = fmt.Errorf("QMP %s: %w: %v", cmd.Name, ErrProtocol, err)
				}
			}
		default:
			c.broken = ErrProtocol
			return fail(i, fmt.Errorf("QMP %s: %w: %.80q", cmd.Name, ErrProtocol, line))
		}
		i++
	}
	return nil
}

// Events returns the events received so far and forgets them.
func (c *Client) Events() []Event {
	c.mu.Lock()
	defer c.mu.Unlock()
	ev := c.events
	c.events = nil
	return ev
}

// HMP runs a human monitor command (e.g. "info mtree -f") and returns its output.
func (c *Client) HMP(ctx context.Context, line string) (string, error) {
	var out string
	if err := c.Execute(ctx, "human-monitor-command", map[string]string{"command-line": line}, &out); err != nil {
		return "", err
	}
	return out, nil
}

// Status runs query-status.
func (c *Client) Status(ctx context.Context) (Status, error) {
	var s Status
	err := c.Execute(ctx, "query-status", nil, &s)
	return s, err
}

// Stop pauses the guest's CPUs. QEMU answers once they are stopped: no guest instruction runs after the
// reply, and device emulation no longer runs guest code either (DMA of in-flight I/O may still complete).
func (c *Client) Stop(ctx context.Context) error { return c.Execute(ctx, "stop", nil, nil) }

// Cont resumes the guest's CPUs.
func (c *Client) Cont(ctx context.Context) error { return c.Execute(ctx, "cont", nil, nil) }
