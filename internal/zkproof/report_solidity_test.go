package zkproof

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/vmattest/vmattest/internal/solc"
)

// TestSolidity_setupIdentity: a CommitmentVerifier's exported verifier tells its setup (IVerifierSetup.setupIdentity): insecure
// exactly for the single-party setup's keys, and the verifying key's hash, so that the registry can refuse an
// insecure verifier outside devnets. Keys of an unknown setup export nothing.
func TestSolidity_setupIdentity(t *testing.T) {
	if _, err := os.Stat(filepath.Join("..", "..", "node_modules", "solc")); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("npm's solc is not installed in CI: %v", err)
		}
		t.Skipf("skipped: npm's solc is not installed (make tools): %v", err)
	}
	deployer, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(deployer.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Lsh(big.NewInt(1), 100)}})
	defer sim.Close()
	client := sim.Client()
	chainID, _ := client.ChainID(context.Background())
	for _, setup := range []Setup{SetupDevInsecure, SetupCeremony} {
		k := smallKeys(t, setup)
		var src bytes.Buffer
		if err := ExportSolidity(&src, k); err != nil {
			t.Fatal(err)
		}
		out, err := solc.Compile(filepath.Join("..", "..", "scripts", "solc"), src.String(), k.Circuit.Contract)
		if err != nil {
			t.Fatal(err)
		}
		parsed, err := abi.JSON(strings.NewReader(string(out.ABI)))
		if err != nil {
			t.Fatal(err)
		}
		addr, _, err := bind.DeployContract(bind.NewKeyedTransactor(deployer, chainID), out.Bytecode, client, nil)
		if err != nil {
			t.Fatal(err)
		}
		sim.Commit()
		data, _ := parsed.Pack("setupIdentity")
		ret, err := client.CallContract(context.Background(), ethereum.CallMsg{To: &addr, Data: data}, nil)
		if err != nil {
			t.Fatalf("%s: setupIdentity: %v", setup, err)
		}
		got, err := parsed.Unpack("setupIdentity", ret)
		if err != nil {
			t.Fatal(err)
		}
		want, err := VerifyingKeyHash(k)
		if err != nil {
			t.Fatal(err)
		}
		if insecure, hash := got[0].(bool), got[1].([32]byte); insecure != (setup == SetupDevInsecure) || hash != want {
			t.Errorf("%s: setupIdentity() = (%t, %x), want (%t, %x)", setup, insecure, hash, setup == SetupDevInsecure, want)
		}
	}
	if err := ExportSolidity(io.Discard, &Keys{Circuit: squareReport, VK: smallKeys(t, SetupCeremony).VK, Setup: "unknown"}); err == nil {
		t.Error("Solidity of keys of an unknown setup: no error")
	}
}

// TestCheckSetupForChain: insecure keys only on devnets; a ceremony's anywhere.
func TestCheckSetupForChain(t *testing.T) {
	for _, tc := range []struct {
		setup   Setup
		chainID uint64
		ok      bool
	}{
		{SetupDevInsecure, 31337, true}, {SetupDevInsecure, 1337, true}, {SetupDevInsecure, 1, false}, {SetupDevInsecure, 11155111, false},
		{SetupCeremony, 1, true}, {SetupCeremony, 31337, true},
	} {
		err := CheckSetupForChain(tc.setup, tc.chainID)
		if (err == nil) != tc.ok || (err != nil && !errors.Is(err, ErrInsecureSetupOnChain)) {
			t.Errorf("CheckSetupForChain(%s, %d) = %v, want ok %t", tc.setup, tc.chainID, err, tc.ok)
		}
	}
}
