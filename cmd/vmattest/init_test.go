package main

import (
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"testing"
)

// initBudget is the most one of this module's packages may allocate at init. Go runs the init of every
// linked package before main, whatever the subcommand, so work done there is paid by every `vmattest digest`
// (docs/benchmarks.md, "Hashing speed and memory"). Parsing the contracts' ABIs at init allocated about
// 1.5 MB in internal/onchain, then in oracle; the largest left is internal/subset's regular expressions
// (about 200 KB).
const initBudget = 256 << 10

// initLine is a line of GODEBUG=inittrace=1: "init PKG @T ms, C ms clock, B bytes, N allocs".
var initLine = regexp.MustCompile(`(?m)^init (github\.com/vmattest/vmattest/\S+) @\S+ ms, \S+ ms clock, (\d+) bytes, (\d+) allocs$`)

// TestInitAllocations runs this test binary again with GODEBUG=inittrace=1 (it links every package the
// command links) and checks that none of this module's packages allocates more than initBudget at init.
// Allocations, not time: they do not depend on the machine's load.
func TestInitAllocations(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s -test.run=^$: %v\n%s", os.Args[0], err, out)
	}
	lines := initLine.FindAllSubmatch(out, -1)
	if len(lines) == 0 {
		t.Fatalf("no init trace of this module's packages in:\n%s", out)
	}
	for _, m := range lines {
		bytes, err := strconv.Atoi(string(m[2]))
		if err != nil {
			t.Fatal(err)
		}
		if bytes > initBudget {
			t.Errorf("package %s allocates %d bytes (%s allocs) at init, more than %d: do that work on first use (sync.OnceValue)",
				m[1], bytes, m[3], initBudget)
		}
	}
}
