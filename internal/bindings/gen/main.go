// Command gen writes internal/bindings from forge's build artifacts with abigen v2.
//
// For each bound contract it reads the ABI and creation code from forge's out/ directory and runs the abigen
// pinned in go.mod (`go tool abigen --v2`) into a package of its own: abigen v2 names the output structs of
// multi-value functions without the contract's name, so two contracts that share a base (AccessControl)
// cannot live in one package. `make generate` runs it; `make check-generated` runs it into a temporary
// directory and fails when the committed bindings differ.
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
	outDir := flag.String("outdir", "internal/bindings", "directory that holds one package per contract")
	contracts := flag.String("contracts", "EnclaveKeyRegistry=registry,AttestationVerifier=verifier,PropertyRegistry=properties,KeeperVault=vault", "comma-separated Contract=package pairs")
	flag.Parse()
	for _, pair := range strings.Split(*contracts, ",") {
		name, pkg, ok := strings.Cut(pair, "=")
		if !ok || name == "" || pkg == "" {
			fmt.Fprintf(os.Stderr, "gen: -contracts: %q is not Contract=package\n", pair)
			os.Exit(2)
		}
		if err := run(*artifacts, filepath.Join(*outDir, pkg), name, pkg); err != nil {
			fmt.Fprintf(os.Stderr, "gen: %s: %v\n", name, err)
			os.Exit(1)
		}
	}
}

func run(artifacts, dir, name, pkg string) error {
	combined := map[string]map[string]combinedContract{"contracts": {}}
	{
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
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	out := filepath.Join(dir, pkg+".go")
	cmd := exec.Command("go", "tool", "abigen", "--v2", "--combined-json", tmp.Name(), "--pkg", pkg, "--out", out)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("abigen failed: %w", err)
	}
	return nil
}
