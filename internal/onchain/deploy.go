package onchain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vmattest/vmattest/internal/bindings/registry"
	"github.com/vmattest/vmattest/internal/bindings/verifier"
)

// Backend is what deploying and calling the contracts needs of a chain client.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Deployment is a deployed registry and verifier.
type Deployment struct {
	Registry common.Address
	Verifier common.Address
}

// Miner makes pending transactions final. It is nil for real chains, which mine on their own; tests on a
// simulated backend pass its Commit.
type Miner func()

// Governance is an EnclaveKeyRegistry's bootstrap, fixed by its constructor: the registrars, the approval
// threshold k and the governance delay of the actions that can make a key active (see Governor).
type Governance struct {
	// Registrars hold REGISTRAR_ROLE from deployment on.
	Registrars []common.Address
	// Threshold is k, 1 <= k <= len(Registrars).
	Threshold uint8
	// Delay is the governance delay, in whole seconds: at least a day unless the chain is a devnet (chain id
	// 31337 or 1337), which may use zero.
	Delay time.Duration
}

// Deploy deploys an EnclaveKeyRegistry and an AttestationVerifier that trusts it, both administered by
// admin with the given two-step admin transfer delay (seconds). The registry's only registrar is admin, with
// threshold 1 and no governance delay: for devnets and tests only (the registry refuses a zero delay on
// other chains); DeployGoverned sets the governance.
func Deploy(ctx context.Context, b Backend, opts *bind.TransactOpts, admin common.Address, adminDelay uint64, mine Miner) (Deployment, error) {
	return DeployGoverned(ctx, b, opts, admin, adminDelay, Governance{Registrars: []common.Address{admin}, Threshold: 1}, mine)
}

// DeployGoverned is Deploy with the registry's governance g.
func DeployGoverned(ctx context.Context, b Backend, opts *bind.TransactOpts, admin common.Address, adminDelay uint64, g Governance, mine Miner) (Deployment, error) {
	var d Deployment
	regBin := common.FromHex(registry.EnclaveKeyRegistryMetaData.Bin)
	args := registryABI().PackConstructor(new(big.Int).SetUint64(adminDelay), admin, g.Registrars, g.Threshold, uint64(g.Delay/time.Second))
	addr, tx, err := bind.DeployContract(opts, regBin, b, args)
	if err != nil {
		return d, fmt.Errorf("failed to deploy EnclaveKeyRegistry: %w", DecodeRevert(err))
	}
	if _, err := Wait(ctx, b, tx, mine); err != nil {
		return d, fmt.Errorf("failed to deploy EnclaveKeyRegistry: %w", err)
	}
	d.Registry = addr
	verBin := common.FromHex(verifier.AttestationVerifierMetaData.Bin)
	addr, tx, err = bind.DeployContract(opts, verBin, b, verifierABI().PackConstructor(d.Registry, new(big.Int).SetUint64(adminDelay), admin))
	if err != nil {
		return d, fmt.Errorf("failed to deploy AttestationVerifier: %w", DecodeRevert(err))
	}
	if _, err := Wait(ctx, b, tx, mine); err != nil {
		return d, fmt.Errorf("failed to deploy AttestationVerifier: %w", err)
	}
	d.Verifier = addr
	return d, nil
}

// ErrTxFailed means a transaction was mined but reverted.
var ErrTxFailed = errors.New("transaction reverted")

// Wait waits for tx to be mined (calling mine first when it is not nil) and fails when it reverted.
func Wait(ctx context.Context, b bind.DeployBackend, tx *types.Transaction, mine Miner) (*types.Receipt, error) {
	if mine != nil {
		mine()
	}
	r, err := bind.WaitMined(ctx, b, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("failed to wait for tx %s: %w", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("tx %s in block %d: %w", tx.Hash(), r.BlockNumber, ErrTxFailed)
	}
	return r, nil
}

// ArtifactBytecode returns the creation bytecode of contract name from forge's output directory outDir
// (outDir/NAME.sol/NAME.json), for contracts without Go bindings such as the generated Groth16 verifiers.
func ArtifactBytecode(outDir, name string) ([]byte, error) {
	path := filepath.Join(outDir, name+".sol", name+".json")
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("failed to read forge artifact (run make contracts): %w", err)
	}
	var art struct {
		Bytecode struct {
			Object string `json:"object"`
		} `json:"bytecode"`
	}
	if err := json.Unmarshal(data, &art); err != nil {
		return nil, fmt.Errorf("failed to parse %s: %w", path, err)
	}
	code := common.FromHex(art.Bytecode.Object)
	if len(code) == 0 {
		return nil, fmt.Errorf("%s has no bytecode", path)
	}
	return code, nil
}
