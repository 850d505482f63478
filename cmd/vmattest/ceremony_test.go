package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vmattest/vmattest/internal/ceremony"
)

// TestCeremonyInitCircuits: `ceremony init --circuit` starts a ceremony for a property's circuit or for the
// SEV-SNP report circuit, labelled in its manifest with the circuit's constraint count; the deprecated
// --property still works; an unknown circuit is refused with the choices and nothing is written.
func TestCeremonyInitCircuits(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped with -short: compiles the SEV-SNP report circuit and writes its 100 MB phase 1 transcript")
	}
	manifest := func(dir string) ceremony.Manifest {
		t.Helper()
		data, err := os.ReadFile(filepath.Join(dir, ceremony.ManifestFile))
		if err != nil {
			t.Fatal(err)
		}
		var m ceremony.Manifest
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	for _, tc := range []struct {
		args        []string
		circuit     string
		constraints int
	}{
		{[]string{"--circuit", "snpreport"}, "snpreport", 416_729},
		{[]string{"--circuit", "goldendigest"}, "goldendigest", 0},
		{[]string{"--property", "readonlyroot"}, "readonlyroot", 0},
	} {
		dir := filepath.Join(t.TempDir(), "c")
		out, err := run(t, append([]string{"ceremony", "init", "--dir", dir}, tc.args...)...)
		if err != nil {
			t.Fatalf("ceremony init %v: %v", tc.args, err)
		}
		m := manifest(dir)
		if m.Circuit != tc.circuit || m.Phase != ceremony.PhaseOne || (tc.constraints != 0 && m.Constraints != tc.constraints) {
			t.Errorf("ceremony init %v: manifest circuit %q, phase %q, %d constraints", tc.args, m.Circuit, m.Phase, m.Constraints)
		}
		if !strings.Contains(out, tc.circuit) {
			t.Errorf("ceremony init %v printed %q", tc.args, out)
		}
	}

	dir := filepath.Join(t.TempDir(), "c")
	_, err := run(t, "ceremony", "init", "--dir", dir, "--circuit", "nosuch")
	if err == nil || !strings.Contains(err.Error(), "--circuit") || !strings.Contains(err.Error(), "snpreport") {
		t.Errorf("ceremony init --circuit nosuch = %v, want an error naming --circuit and the choices", err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("a refused init left %s behind (%v)", dir, err)
	}
}
