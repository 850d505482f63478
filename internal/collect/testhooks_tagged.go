//go:build vmattest_testhooks

package collect

import (
	"fmt"
	"os"
	"sync"
	"time"
)

// Built only with -tags vmattest_testhooks, for end-to-end tests of the binary (test/): with
// VMATTEST_TESTHOOK_PAUSED_READ_DELAY=DURATION, each chunk of a guest region copied during a pause waits
// that long, after "vmattest-testhook: paused" is printed to stderr once. Release binaries have no hook.
func init() {
	d, err := time.ParseDuration(os.Getenv("VMATTEST_TESTHOOK_PAUSED_READ_DELAY"))
	if err != nil || d <= 0 {
		return
	}
	var once sync.Once
	testHookPausedRead = func(string) error {
		once.Do(func() { fmt.Fprintln(os.Stderr, "vmattest-testhook: paused") })
		time.Sleep(d)
		return nil
	}
}
