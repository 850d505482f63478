//go:build unix

package onchain

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/vmattest/vmattest/internal/testsupport/anviltest"
)

// contractAccounts returns the chain's accounts that hold code, as anvil_dumpState has them (code, storage,
// nonce, balance), by address.
func contractAccounts(t *testing.T, c *ethclient.Client) map[string]json.RawMessage {
	t.Helper()
	var dump hexutil.Bytes
	if err := c.Client().Call(&dump, "anvil_dumpState"); err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(dump))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	var state struct {
		Accounts map[string]json.RawMessage `json:"accounts"`
	}
	if err := json.Unmarshal(raw, &state); err != nil {
		t.Fatal(err)
	}
	out := map[string]json.RawMessage{}
	for addr, acc := range state.Accounts {
		var a struct{ Code string }
		if err := json.Unmarshal(acc, &a); err != nil {
			t.Fatal(err)
		}
		if a.Code != "" && a.Code != "0x" {
			out[strings.ToLower(addr)] = acc
		}
	}
	return out
}

// TestDeployMatchesScript: DeployWith and contracts/script/Deploy.s.sol, given the same configuration, leave the
// same contracts on the chain: the same addresses (same order of transactions), runtime code (the bindings'
// bytecode is forge's), constructor arguments and wiring (every storage slot). It deploys with Go, reverts the
// chain, runs the script with forge against the same anvil, and compares every contract either left.
func TestDeployMatchesScript(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: runs anvil and forge script")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	url, c := anviltest.Start(t, root)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	key, _ := crypto.HexToECDSA(anviltest.DevKey)
	admin := crypto.PubkeyToAddress(key.PublicKey)
	registrars := []common.Address{{0x4e, 0x61}, {0x4e, 0x62}, {0x4e, 0x63}}
	cfg := Config{Admin: admin, AdminDelay: 3600, Governance: Governance{Registrars: registrars, Threshold: 2, Delay: 3 * 24 * time.Hour},
		PolicyAdmin: common.Address{0x90, 0x11, 0xc7}, Properties: true, VerifierAdmin: common.Address{0x7e, 0x41, 0xf1}}

	var snapshot hexutil.Big
	if err := c.Client().CallContext(ctx, &snapshot, "evm_snapshot"); err != nil {
		t.Fatal(err)
	}
	before := contractAccounts(t, c)
	chainID, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	dep, err := DeployWith(ctx, c, bind.NewKeyedTransactor(key, chainID), cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	fromGo := contractAccounts(t, c)
	for name, a := range map[string]common.Address{"registry": dep.Registry, "verifier": dep.Verifier, "properties": dep.Properties} {
		if _, ok := fromGo[strings.ToLower(a.Hex())]; !ok {
			t.Fatalf("the %s at %s has no code after DeployWith", name, a)
		}
	}
	if got, want := len(fromGo)-len(before), 3; got != want {
		t.Fatalf("DeployWith left %d new contracts, want %d", got, want)
	}
	var reverted bool
	if err := c.Client().CallContext(ctx, &reverted, "evm_revert", &snapshot); err != nil || !reverted {
		t.Fatalf("evm_revert: %v %v", reverted, err)
	}

	names := make([]string, len(registrars))
	for i, r := range registrars {
		names[i] = r.Hex()
	}
	forge := exec.CommandContext(ctx, filepath.Join(root, "scripts", "foundry"), "forge", "script", "contracts/script/Deploy.s.sol",
		"--rpc-url", url, "--private-key", "0x"+anviltest.DevKey, "--broadcast")
	forge.Dir = root
	forge.Env = append(os.Environ(), "FOUNDRY_BROADCAST="+t.TempDir(),
		"VMATTEST_ADMIN="+admin.Hex(), fmt.Sprintf("VMATTEST_ADMIN_DELAY=%d", cfg.AdminDelay),
		"VMATTEST_REGISTRARS="+strings.Join(names, ","), "VMATTEST_REGISTRAR=",
		fmt.Sprintf("VMATTEST_APPROVAL_THRESHOLD=%d", cfg.Governance.Threshold),
		fmt.Sprintf("VMATTEST_GOVERNANCE_DELAY=%d", int(cfg.Governance.Delay/time.Second)),
		"VMATTEST_POLICY_ADMIN="+cfg.PolicyAdmin.Hex(), "VMATTEST_PROPERTIES=true", "VMATTEST_VERIFIER_ADMIN="+cfg.VerifierAdmin.Hex())
	if out, err := forge.CombinedOutput(); err != nil {
		t.Fatalf("forge script: %v\n%s", err, out)
	}
	fromScript := contractAccounts(t, c)
	if len(fromScript) != len(fromGo) {
		t.Errorf("the script left %d contracts, DeployWith %d", len(fromScript)-len(before), len(fromGo)-len(before))
	}
	for addr, acc := range fromGo {
		if _, ok := before[addr]; ok {
			continue // the chain's own (e.g. EIP-2935's block hashes, which differ between the two runs)
		}
		if other, ok := fromScript[addr]; !ok {
			t.Errorf("DeployWith deployed %s, the script did not", addr)
		} else if !bytes.Equal(acc, other) {
			t.Errorf("%s differs:\nDeployWith: %s\nscript:     %s", addr, acc, other)
		}
	}
}
