// Package qmptest is a fake QEMU QMP server for tests: it serves one client at a time, as QEMU does, and
// records the commands it receives.
package qmptest

import (
	"bufio"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// Greeting is a QMP greeting as QEMU sends it.
const Greeting = `{"QMP": {"version": {"qemu": {"micro": 0, "minor": 2, "major": 7}}, "capabilities": ["oob"]}}`

// Server is a fake QMP server on a unix socket.
type Server struct {
	// Socket is the server's unix socket.
	Socket string

	mu       sync.Mutex
	commands []string
}

// Start serves on a socket in a temporary directory until the test ends. Each connection gets greeting,
// then, for each command line received, the lines answer returns (events, then a reply; none leaves the
// command unanswered). answer may block, which delays the connection as a busy QEMU would.
func Start(t testing.TB, greeting string, answer func(line string) []string) *Server {
	t.Helper()
	s := &Server{Socket: filepath.Join(t.TempDir(), "qmp.sock")}
	l, err := net.Listen("unix", s.Socket)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			s.serve(conn, greeting, answer)
		}
	}()
	return s
}

func (s *Server) serve(conn net.Conn, greeting string, answer func(string) []string) {
	defer conn.Close()
	if _, err := conn.Write([]byte(greeting + "\n")); err != nil {
		return
	}
	r := bufio.NewReader(conn)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		s.mu.Lock()
		s.commands = append(s.commands, line)
		s.mu.Unlock()
		for _, a := range answer(line) {
			if _, err := conn.Write([]byte(a + "\n")); err != nil {
				return
			}
		}
	}
}

// Sent returns how many times the command cmd (e.g. "cont") was received.
func (s *Server) Sent(cmd string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, c := range s.commands {
		if strings.Contains(c, `"execute":"`+cmd+`"`) {
			n++
		}
	}
	return n
}
