// Package test holds vmattest's integration and end-to-end tests: they run the vmattest binary against
// real parts (a QEMU VM, live processes, later an anvil chain), which they start and stop themselves.
package test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// vmattestBin is the CLI built once for the package's tests.
var vmattestBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "vmattest-test-bin")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	vmattestBin = filepath.Join(dir, "vmattest")
	build := exec.Command("go", "build", "-o", vmattestBin, "../cmd/vmattest")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "failed to build vmattest:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// digestOutput is the JSON of `vmattest digest --json`.
type digestOutput struct {
	Alg          string `json:"alg"`
	SubsetID     string `json:"subsetId"`
	SubsetDigest string `json:"subsetDigest"`
	Regions      []struct {
		Name   string `json:"name"`
		Kind   string `json:"kind"`
		Length uint64 `json:"length"`
		Digest string `json:"digest"`
	} `json:"regions"`
	Pauses []struct {
		QMP     string   `json:"qmp"`
		PID     int      `json:"pid"`
		Regions []string `json:"regions"`
		Paused  bool     `json:"paused"`
		Seconds float64  `json:"seconds"`
	} `json:"pauses"`
}

// runDigest runs `vmattest digest ARGS --json` and decodes its output.
func runDigest(t *testing.T, args ...string) digestOutput {
	t.Helper()
	var out, errOut bytes.Buffer
	cmd := exec.Command(vmattestBin, append([]string{"digest", "--json"}, args...)...)
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("vmattest digest %v: %v\n%s", args, err, errOut.String())
	}
	var d digestOutput
	if err := json.Unmarshal(out.Bytes(), &d); err != nil {
		t.Fatalf("vmattest digest printed %q: %v", out.String(), err)
	}
	return d
}

// runDigestErr runs `vmattest digest ARGS` expecting it to fail, and returns its error output.
func runDigestErr(t *testing.T, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	cmd := exec.Command(vmattestBin, append([]string{"digest"}, args...)...)
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err == nil {
		t.Fatalf("vmattest digest %v succeeded, printing %s; want a failure", args, out.String())
	}
	if out.Len() != 0 {
		t.Fatalf("vmattest digest %v failed but printed %q: no digest may come from partial data", args, out.String())
	}
	return errOut.String()
}
