//go:build unix

// Package anviltest runs the pinned anvil for tests of the contracts that need a real node (forge scripts,
// end-to-end benchmarks); unit tests use go-ethereum's simulated backend instead.
package anviltest

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
)

// DevKey is anvil's first development account's key (public, well-known test key), hex without 0x.
const DevKey = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

// Start runs the anvil pinned in root's node_modules on a free loopback port (automine) and returns its URL and
// a client; the process group is killed when the test ends. Without anvil it skips the test, or fails it
// when CI is set.
func Start(t testing.TB, root string) (string, *ethclient.Client) {
	t.Helper()
	bin := filepath.Join(root, "node_modules", "@foundry-rs", "anvil-"+runtime.GOOS+"-"+runtime.GOARCH, "bin", "anvil")
	if _, err := os.Stat(bin); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("anvil is not installed (%s: %v); run make tools", bin, err)
		}
		t.Skipf("anvil is not installed (%s missing; run make tools)", bin)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	_ = l.Close()
	cmd := exec.Command(bin, "--port", fmt.Sprint(port), "--silent")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start anvil: %v", err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		<-exited
	})
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(15 * time.Second)
	for {
		select {
		case err := <-exited:
			exited <- err
			t.Fatalf("anvil exited: %v", err)
		default:
		}
		c, err := ethclient.Dial(url)
		if err == nil {
			ctx, cancel := context.WithTimeout(context.Background(), time.Second)
			_, err = c.ChainID(ctx)
			cancel()
			if err == nil {
				t.Cleanup(c.Close)
				return url, c
			}
			c.Close()
		}
		if time.Now().After(deadline) {
			t.Fatalf("anvil not answering on %s: %v", url, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
