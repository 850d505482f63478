package zkproof

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/vmattest/vmattest/circuits/snpreport"
	"github.com/vmattest/vmattest/internal/solc"
	"github.com/vmattest/vmattest/internal/testsupport/fixtures"
)

// TestProveAndVerifyOnChain runs the whole path once for SNPReport: its development setup (single-party), a proof of the real Milan report, and its verification by gnark's exported Solidity verifier,
// compiled with the project's solc and deployed on go-ethereum's simulated chain, which also refuses the
// proof with another public input. It logs the figures docs/benchmarks.md quotes.
//
// With VMATTEST_SNP_KEYS set to a keys directory (vmattest ceremony finalize --circuit snpreport, or zk
// snp-setup), it uses those keys instead of a setup of its own: the check that a ceremony's keys prove and
// verify on chain (docs/zk.md).
func TestProveAndVerifyOnChain(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped with -short: a Groth16 setup and proof of the SEV-SNP report circuit take over a minute")
	}
	solcPath := filepath.Join("..", "..", "scripts", "solc")
	if _, err := os.Stat(filepath.Join("..", "..", "node_modules", "solc")); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("npm's solc is not installed in CI: %v", err)
		}
		t.Skipf("skipped: npm's solc is not installed (make tools): %v", err)
	}
	ccs, _, err := SNPReport.Compile()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	var k *Keys
	if dir := os.Getenv("VMATTEST_SNP_KEYS"); dir != "" {
		if k, err = LoadKeys(dir, SNPReport); err != nil {
			t.Fatal(err)
		}
		t.Logf("keys of setup %q from %s", k.Setup, dir)
	} else if k, err = DevSetup(SNPReport); err != nil {
		t.Fatal(err)
	}
	setup := time.Since(start)

	report, key := fixtures.Milan(t)
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	start = time.Now()
	proof, st, err := ProveReport(k, report, key)
	if err != nil {
		t.Fatal(err)
	}
	proving := time.Since(start)
	var after runtime.MemStats
	runtime.ReadMemStats(&after)

	var src bytes.Buffer
	if err := ExportSolidity(&src, k); err != nil {
		t.Fatal(err)
	}
	out, err := solc.Compile(solcPath, src.String(), SNPReport.Contract)
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := abi.JSON(strings.NewReader(string(out.ABI)))
	if err != nil {
		t.Fatal(err)
	}
	deployer, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(deployer.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Lsh(big.NewInt(1), 100)}}, simulated.WithBlockGasLimit(60_000_000))
	defer sim.Close()
	client := sim.Client()
	chainID, _ := client.ChainID(context.Background())
	addr, _, err := bind.DeployContract(bind.NewKeyedTransactor(deployer, chainID), out.Bytecode, client, nil)
	if err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	call := func(in [snpreport.NumPublic]*big.Int) (uint64, error) {
		data, err := parsed.Pack("verifyProof", proof, in)
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
	inputs := st.Inputs()
	gas, err := call(inputs)
	if err != nil {
		t.Fatalf("the Solidity verifier refuses the proof: %v", err)
	}
	bad := inputs
	bad[0] = new(big.Int).Add(inputs[0], big.NewInt(1))
	if _, err := call(bad); err == nil {
		t.Fatal("the Solidity verifier accepts the proof with another REPORT_DATA")
	}
	t.Logf("BENCH snpreport constraints=%d setup (or loading the keys)=%s prove=%s (GOMAXPROCS=%d, heap allocated while proving %d MiB) verifyProof gas=%d (execution, %d public inputs)",
		ccs.GetNbConstraints(), setup.Round(time.Millisecond), proving.Round(time.Millisecond), runtime.GOMAXPROCS(0),
		(after.TotalAlloc-before.TotalAlloc)>>20, gas, snpreport.NumPublic)
}
