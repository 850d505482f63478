// Command vmattest is the vmattest CLI: it attests VM state, signs and verifies attestations, and (in later
// versions) runs the agent and the oracle node. See README.md.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := newRootCmd().ExecuteContext(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "vmattest:", err)
		stop()
		os.Exit(1)
	}
}
