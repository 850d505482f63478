// Package solc compiles Solidity sources made at run time (such as gnark's exported Groth16 verifiers) with the
// project's pinned compiler, scripts/solc (npm's solcjs behind the standard-JSON interface), for tests and
// tools that deploy them. Committed contracts are compiled by forge.
package solc

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os/exec"
	"strings"
)

// Output is a compiled contract.
type Output struct {
	// ABI is the contract's JSON ABI.
	ABI json.RawMessage
	// Bytecode is the creation code.
	Bytecode []byte
}

// Compile compiles src (a single file without imports) with the solc at path (scripts/solc), optimizer on
// (200 runs) for EVM prague, and returns contract `contract`.
func Compile(path, src, contract string) (*Output, error) {
	input, err := json.Marshal(map[string]any{
		"language": "Solidity",
		"sources":  map[string]any{"Source.sol": map[string]string{"content": src}},
		"settings": map[string]any{"optimizer": map[string]any{"enabled": true, "runs": 200}, "evmVersion": "prague",
			"outputSelection": map[string]any{"*": map[string][]string{"*": {"abi", "evm.bytecode.object"}}}},
	})
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(path, "--standard-json")
	cmd.Stdin = bytes.NewReader(input)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("solc: %w: %s", err, strings.TrimSpace(stderr.String()))
	}
	var res struct {
		Errors []struct {
			Severity, FormattedMessage string
		}
		Contracts map[string]map[string]struct {
			ABI json.RawMessage
			EVM struct {
				Bytecode struct{ Object string }
			}
		}
	}
	if err := json.Unmarshal(out, &res); err != nil {
		return nil, fmt.Errorf("solc: decoding its output: %w", err)
	}
	for _, e := range res.Errors {
		if e.Severity == "error" {
			return nil, fmt.Errorf("solc: %s", e.FormattedMessage)
		}
	}
	c, ok := res.Contracts["Source.sol"][contract]
	if !ok {
		return nil, fmt.Errorf("solc: no contract %q in the source", contract)
	}
	code, err := hex.DecodeString(c.EVM.Bytecode.Object)
	if err != nil {
		return nil, fmt.Errorf("solc: bytecode of %s: %w", contract, err)
	}
	return &Output{ABI: c.ABI, Bytecode: code}, nil
}
