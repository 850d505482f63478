// Package golden compares test output with committed golden files (test vectors, constraint counts) and
// rewrites them when a test runs with -update.
package golden

import (
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files from the implementation")

// Check fails t unless the file at path holds exactly want. With -update it first writes want to path. what
// says how to regenerate the file on purpose.
func Check(t *testing.T, path string, want []byte, what string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatalf("failed to update %s: %v", path, err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("failed to read golden file %s (generate it with -update): %v", path, err)
	}
	if string(got) != string(want) {
		t.Fatalf("%s differs from what the implementation produces; %s", path, what)
	}
}
