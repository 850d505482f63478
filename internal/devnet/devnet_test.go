//go:build unix

package devnet

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
)

// TestOptionsRefused: a devnet with a bad option fails before it starts anything, naming the option.
func TestOptionsRefused(t *testing.T) {
	for _, tc := range []struct {
		name string
		o    Options
		want string
	}{
		{"no dir", Options{}, "Options.Dir is required"},
		{"fractional block time", Options{Dir: t.TempDir(), Bin: "/bin/true", BlockTime: 1500 * time.Millisecond}, "whole seconds"},
		{"unknown workload", Options{Dir: t.TempDir(), Bin: "/bin/true", Workloads: []string{"host", "laptop"}}, `unknown workload "laptop"`},
		{"report keys without proof registration", Options{Dir: t.TempDir(), Bin: "/bin/true", SNPKeys: t.TempDir()}, "SNPKeys is for ProofRegistration"},
		{"a directory without report keys", Options{Dir: t.TempDir(), Bin: "/bin/true", ProofRegistration: true, SNPKeys: t.TempDir()},
			"snpreport.keys.json"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Start(context.Background(), tc.o)
			if err == nil || !strings.Contains(err.Error(), tc.want) || d != nil {
				t.Fatalf("Start = %v, %v; want an error containing %q", d, err, tc.want)
			}
		})
	}
}

// TestStartFailsCleanly: when anvil cannot start, Start fails with the cause and leaves nothing running.
func TestStartFailsCleanly(t *testing.T) {
	var progress bytes.Buffer
	_, err := Start(context.Background(), Options{Dir: t.TempDir(), Bin: "/bin/true", Anvil: "/nonexistent/anvil", Progress: &progress})
	if err == nil || !strings.Contains(err.Error(), "/nonexistent/anvil") {
		t.Fatalf("Start with a missing anvil: %v; want an error naming it", err)
	}
	if !strings.Contains(progress.String(), "Starting anvil") {
		t.Fatalf("no progress before the failure: %q", progress.String())
	}
}

// TestFirmwareDeterministic: the guest's firmware is the same on every run (its digest is the guest's
// golden digest across devnets) and fills its range.
func TestFirmwareDeterministic(t *testing.T) {
	a, b := firmware(), firmware()
	if len(a) != guestFirmware || !bytes.Equal(a, b) || bytes.Equal(a[:32], a[32:64]) {
		t.Fatalf("firmware: %d bytes, deterministic %v", len(a), bytes.Equal(a, b))
	}
}
