// Command gen writes internal/bindings from forge's build artifacts with abigen v2.
//
// It gathers the ABI and creation code of the bound contracts from forge's out/ directory into one
// combined-json document (so that structs shared by several contracts are generated once) and runs the
// abigen pinned in go.mod (`go tool abigen`). `make generate` runs it; `make check-generated` runs it into a
// temporary file and fails when the committed bindings differ.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

type artifact struct {
	ABI      json.RawMessage `json:"abi"`
	Bytecode struct {
		Object string `json:"object"`
	} `json:"bytecode"`
}

type combinedContract struct {
	ABI json.RawMessage `json:"abi"`
	Bin string          `json:"bin"`
}

func main() {
	artifacts := flag.String("artifacts", "out", "forge's output directory")
	out := flag.String("out", "internal/bindings/bindings.go", "the Go file to write")
	contracts := flag.String("contracts", "EnclaveKeyRegistry,AttestationVerifier", "comma-separated contract names to bind")
	flag.Parse()
	if err := run(*artifacts, *out, strings.Split(*contracts, ",")); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(artifacts, out string, names []string) error {
	combined := map[string]map[string]combinedContract{"contracts": {}}
	for _, name := range names {
		path := filepath.Join(artifacts, name+".sol", name+".json")
		data, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("failed to read artifact of %s (run forge build first): %w", name, err)
		}
		var a artifact
		if err := json.Unmarshal(data, &a); err != nil {
			return fmt.Errorf("failed to parse %s: %w", path, err)
		}
		bin := strings.TrimPrefix(a.Bytecode.Object, "0x")
		if len(a.ABI) == 0 || bin == "" {
			return fmt.Errorf("artifact %s has no ABI or no bytecode", path)
		}
		combined["contracts"]["contracts/src/"+name+".sol:"+name] = combinedContract{ABI: a.ABI, Bin: bin}
	}
	doc, err := json.Marshal(combined)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp("", "vmattest-combined-*.json")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(doc); err != nil {
		return fmt.Errorf("failed to write %s: %w", tmp.Name(), err)
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	cmd := exec.Command("go", "tool", "abigen", "--v2", "--combined-json", tmp.Name(), "--pkg", "bindings", "--out", out)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("abigen failed: %w", err)
	}
	return nil
}
