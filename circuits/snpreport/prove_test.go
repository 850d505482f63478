package snpreport

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/frontend"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
)

// TestProveAndVerifyOnChain runs the whole path once: a Groth16 setup of the circuit (random, for this
// test), a proof of the real Milan report, its verification in Go, and its verification by gnark's exported
// Solidity verifier, compiled with the project's solc and deployed on go-ethereum's simulated chain. It logs
// the figures docs/benchmarks.md quotes (constraints, setup, proving time, heap, verification gas).
func TestProveAndVerifyOnChain(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped with -short: a Groth16 setup and proof of the SEV-SNP report circuit take about a minute")
	}
	ccs, err := compiled()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	setup := time.Since(start)

	report, key := milan(t)
	w, err := Assign(report, key)
	if err != nil {
		t.Fatal(err)
	}
	full, err := frontend.NewWitness(w, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	start = time.Now()
	proof, err := groth16.Prove(ccs, pk, full, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		t.Fatalf("prove: %v", err)
	}
	proving := time.Since(start)
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	pub, err := full.Public()
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(proof, vk, pub, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		t.Fatalf("verify: %v", err)
	}

	gas := verifyOnChain(t, vk, proof.(*groth16bn254.Proof), w)
	t.Logf("BENCH snpreport constraints=%d setup=%s prove=%s (GOMAXPROCS=%d, heap allocated while proving %d MiB) verifyProof gas=%d (execution, %d public inputs)",
		ccs.GetNbConstraints(), setup.Round(time.Millisecond), proving.Round(time.Millisecond), runtime.GOMAXPROCS(0),
		(after.TotalAlloc-before.TotalAlloc)>>20, gas, NumPublic)
}

// verifyOnChain exports vk's Solidity verifier, compiles it with scripts/solc, deploys it on a simulated chain
// and checks the proof there; it returns the execution gas of verifyProof, and checks that a wrong public
// input is refused.
func verifyOnChain(t *testing.T, vk groth16.VerifyingKey, proof *groth16bn254.Proof, w *Circuit) uint64 {
	t.Helper()
	solc := filepath.Join("..", "..", "scripts", "solc")
	if _, err := os.Stat(filepath.Join("..", "..", "node_modules", "solc")); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("npm's solc is not installed in CI: %v", err)
		}
		t.Skipf("skipped: npm's solc is not installed (make tools): %v", err)
	}
	var src bytes.Buffer
	if err := vk.ExportSolidity(&src, solidity.WithPragmaVersion("0.8.37")); err != nil {
		t.Fatal(err)
	}
	input, _ := json.Marshal(map[string]any{
		"language": "Solidity",
		"sources":  map[string]any{"Verifier.sol": map[string]string{"content": src.String()}},
		"settings": map[string]any{"optimizer": map[string]any{"enabled": true, "runs": 200}, "evmVersion": "prague",
			"outputSelection": map[string]any{"*": map[string][]string{"*": {"abi", "evm.bytecode.object"}}}},
	})
	cmd := exec.Command(solc, "--standard-json")
	cmd.Stdin = bytes.NewReader(input)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("solc: %v", err)
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
		t.Fatal(err)
	}
	for _, e := range res.Errors {
		if e.Severity == "error" {
			t.Fatalf("solc: %s", e.FormattedMessage)
		}
	}
	c := res.Contracts["Verifier.sol"]["Verifier"]
	parsed, err := abi.JSON(strings.NewReader(string(c.ABI)))
	if err != nil {
		t.Fatal(err)
	}
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Lsh(big.NewInt(1), 100)}}, simulated.WithBlockGasLimit(60_000_000))
	defer sim.Close()
	client := sim.Client()
	chainID, _ := client.ChainID(context.Background())
	addr, _, err := bind.DeployContract(bind.NewKeyedTransactor(key, chainID), common.FromHex(c.EVM.Bytecode.Object), client, nil)
	if err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	var inputs [NumPublic]*big.Int
	for i := range NumChunks {
		inputs[i] = w.Statement[i].(*big.Int)
	}
	inputs[NumChunks] = w.VCEKHash.(*big.Int)
	call := func(in [NumPublic]*big.Int) (uint64, error) {
		data, err := parsed.Pack("verifyProof", proof.MarshalSolidity(), in)
		if err != nil {
			t.Fatal(err)
		}
		msg := ethereum.CallMsg{From: from, To: &addr, Data: data}
		if _, err := client.CallContract(context.Background(), msg, nil); err != nil {
			return 0, err
		}
		total, err := client.EstimateGas(context.Background(), msg)
		if err != nil {
			return 0, err
		}
		// Execution: the estimate less the 21,000 base and the calldata (EIP-2028: 4 per zero byte, 16 else).
		intrinsic := uint64(21000)
		for _, b := range data {
			if b == 0 {
				intrinsic += 4
			} else {
				intrinsic += 16
			}
		}
		return total - intrinsic, nil
	}
	gas, err := call(inputs)
	if err != nil {
		t.Fatalf("the Solidity verifier refuses the proof: %v", err)
	}
	bad := inputs
	bad[0] = new(big.Int).Add(inputs[0], big.NewInt(1))
	if _, err := call(bad); err == nil {
		t.Fatal("the Solidity verifier accepts the proof with another REPORT_DATA")
	}
	return gas
}
