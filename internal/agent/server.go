package agent

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// ServerOptions tune the HTTP server; zero fields take the defaults below.
type ServerOptions struct {
	// Addr is the listen address, such as "127.0.0.1:8545"; ":0" picks a free port (see Server.Addr).
	Addr              string
	ReadHeaderTimeout time.Duration // default 5s
	ReadTimeout       time.Duration // default 30s
	WriteTimeout      time.Duration // default 5m: collecting a large subset takes time
	IdleTimeout       time.Duration // default 2m
}

// Server serves an Agent over HTTP.
type Server struct {
	agent   *Agent
	srv     *http.Server
	log     *slog.Logger
	mu      sync.Mutex
	ln      net.Listener
	done    chan struct{}
	serve   error
	started bool
	stopped atomic.Bool
}

func orDefault(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}

// NewServer returns a server for a; it does not listen until Start.
func NewServer(a *Agent, opt ServerOptions) *Server {
	return &Server{
		agent: a,
		log:   a.log,
		srv: &http.Server{
			Addr:              opt.Addr,
			Handler:           a,
			ReadHeaderTimeout: orDefault(opt.ReadHeaderTimeout, 5*time.Second),
			ReadTimeout:       orDefault(opt.ReadTimeout, 30*time.Second),
			WriteTimeout:      orDefault(opt.WriteTimeout, 5*time.Minute),
			IdleTimeout:       orDefault(opt.IdleTimeout, 2*time.Minute),
			MaxHeaderBytes:    16 << 10,
			ErrorLog:          slog.NewLogLogger(a.log.Handler(), slog.LevelWarn),
		},
	}
}

// Start listens and serves in the background; it returns once the listener is bound. ctx bounds the start
// only; the server runs until Stop. A server can be started once.
func (s *Server) Start(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.started {
		return errors.New("agent server already started")
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", s.srv.Addr)
	if err != nil {
		return fmt.Errorf("agent server: %w", err)
	}
	s.started, s.ln, s.done = true, ln, make(chan struct{})
	go func() {
		defer close(s.done)
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("agent server stopped", "error", err.Error())
			s.mu.Lock()
			s.serve = err
			s.mu.Unlock()
			s.stopped.Store(true)
		}
	}()
	s.log.Info("agent server listening", "addr", ln.Addr().String(), "signer", s.agent.signer.Address().Hex())
	return nil
}

// Addr returns the bound address, or nil before Start.
func (s *Server) Addr() net.Addr {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln == nil {
		return nil
	}
	return s.ln.Addr()
}

// Stop shuts the server down gracefully: it stops accepting, lets requests in flight finish until ctx ends,
// then closes what remains. It returns the serve loop's error, if it failed.
func (s *Server) Stop(ctx context.Context) error {
	s.mu.Lock()
	started, done := s.started, s.done
	s.mu.Unlock()
	if !started {
		s.stopped.Store(true)
		return nil
	}
	err := s.srv.Shutdown(ctx)
	if err != nil {
		_ = s.srv.Close()
	}
	<-done
	s.stopped.Store(true)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.serve != nil {
		return s.serve
	}
	return err
}

// Stopped reports whether the server has stopped (by Stop, or because serving failed).
func (s *Server) Stopped() bool { return s.stopped.Load() }
