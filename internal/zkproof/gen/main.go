// Command gen regenerates the Solidity verifiers of vmattest's properties (contracts/src/verifiers) from the
// deterministic development setup, and optionally writes the development keys:
//
//	go run ./internal/zkproof/gen [-outdir contracts/src/verifiers] [-keys DIR]
//
// The development setup is INSECURE (its toxic waste follows from a public beacon): the verifiers it
// generates are for development chains and tests only.
package main

import (
	"flag"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/consensys/gnark/logger"

	"github.com/vmattest/vmattest/internal/zkproof"
)

func main() {
	outdir := flag.String("outdir", "contracts/src/verifiers", "directory of the generated Solidity verifiers")
	keysDir := flag.String("keys", "", "also write the development keys into this directory")
	flag.Parse()
	logger.Disable() // gnark logs to stdout
	if err := run(*outdir, *keysDir); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(outdir, keysDir string) error {
	fmt.Fprintf(os.Stderr, "gen: %s\n", zkproof.InsecureWarning)
	if err := os.MkdirAll(outdir, 0o755); err != nil {
		return err
	}
	// The setups are mostly single-threaded: run them side by side.
	props := zkproof.Properties()
	keys := make([]*zkproof.Keys, len(props))
	errs := make([]error, len(props))
	var wg sync.WaitGroup
	for i, p := range props {
		wg.Go(func() {
			start := time.Now()
			keys[i], errs[i] = zkproof.DevSetup(p.Circuit)
			fmt.Fprintf(os.Stderr, "gen: %s: INSECURE dev setup in %v\n", p.Name, time.Since(start).Round(time.Millisecond))
		})
	}
	wg.Wait()
	for i, k := range keys {
		if errs[i] != nil {
			return errs[i]
		}
		if err := zkproof.WriteVerifiers(outdir, k); err != nil {
			return err
		}
		if keysDir != "" {
			if err := k.Write(keysDir); err != nil {
				return err
			}
		}
		fmt.Fprintf(os.Stderr, "gen: wrote %s\n", zkproof.SolidityFile(k.Circuit))
	}
	return nil
}
