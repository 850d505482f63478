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

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vmattest/vmattest/internal/bindings/properties"
	"github.com/vmattest/vmattest/internal/bindings/registry"
	"github.com/vmattest/vmattest/internal/bindings/verifier"
)

// Backend is what deploying and calling the contracts needs of a chain client.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Deployment is a deployed registry and verifier, and the property registry when Config.Properties asked for it.
type Deployment struct {
	Registry   common.Address
	Verifier   common.Address
	Properties common.Address
	// Steps are the deployment's transactions in order, named ("deploy EnclaveKeyRegistry", "grant POLICY_ROLE").
	Steps []Step
}

// Step is one transaction of a deployment.
type Step struct {
	What    string
	Receipt *types.Receipt
}

// Config is what DeployWith deploys: the Go twin of contracts/script/Deploy.s.sol's Config, deployed in the
// same order with the same constructor arguments and wiring (TestDeployMatchesScript).
type Config struct {
	// Admin is the default admin of every contract; the sender must be Admin to grant the roles below.
	Admin common.Address
	// AdminDelay is the two-step admin transfer delay, in seconds.
	AdminDelay uint64
	// Governance is the registry's registrars, threshold and governance delay, fixed by its constructor.
	Governance Governance
	// PolicyAdmin is granted the verifier's POLICY_ROLE; not granted if zero.
	PolicyAdmin common.Address
	// Properties deploys a PropertyRegistry that trusts the verifier, with the same admin and delay.
	Properties bool
	// VerifierAdmin is granted the property registry's VERIFIER_ADMIN_ROLE; not granted if zero. Only with
	// Properties.
	VerifierAdmin common.Address
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
	return DeployWith(ctx, b, opts, Config{Admin: admin, AdminDelay: adminDelay, Governance: g}, mine)
}

// DeployWith deploys the contracts c describes from the bindings' embedded bytecode, in the order of
// contracts/script/Deploy.s.sol: the registry, the verifier on it, POLICY_ROLE to c.PolicyAdmin, the property
// registry on the verifier, VERIFIER_ADMIN_ROLE to c.VerifierAdmin. opts sends every transaction.
func DeployWith(ctx context.Context, b Backend, opts *bind.TransactOpts, c Config, mine Miner) (Deployment, error) {
	var d Deployment
	adminDelay := new(big.Int).SetUint64(c.AdminDelay)
	if (c.PolicyAdmin != common.Address{} || c.VerifierAdmin != common.Address{}) && opts.From != c.Admin {
		return d, fmt.Errorf("%w: %s grants roles of admin %s", ErrNotAdmin, opts.From, c.Admin)
	}
	if c.VerifierAdmin != (common.Address{}) && !c.Properties {
		return d, errors.New("a verifier admin without a property registry")
	}
	deploy := func(name, bin string, args []byte) (common.Address, error) {
		addr, tx, err := bind.DeployContract(opts, common.FromHex(bin), b, args)
		if err != nil {
			return addr, fmt.Errorf("failed to deploy %s: %w", name, DecodeRevert(err))
		}
		r, err := Wait(ctx, b, tx, mine)
		if err != nil {
			return addr, fmt.Errorf("failed to deploy %s: %w", name, err)
		}
		d.Steps = append(d.Steps, Step{"deploy " + name, r})
		return addr, nil
	}
	grant := func(what string, contract common.Address, role func(context.Context) ([32]byte, error), to common.Address) error {
		id, err := role(ctx)
		if err != nil {
			return fmt.Errorf("failed to read %s: %w", what, DecodeRevert(err))
		}
		r, err := Transact(ctx, b, opts, contract, PackGrantRole(id, to), mine)
		if err != nil {
			return fmt.Errorf("failed to grant %s: %w", what, err)
		}
		d.Steps = append(d.Steps, Step{"grant " + what, r})
		return nil
	}
	var err error
	g := c.Governance
	if d.Registry, err = deploy("EnclaveKeyRegistry", registry.EnclaveKeyRegistryMetaData.Bin,
		registryABI().PackConstructor(adminDelay, c.Admin, g.Registrars, g.Threshold, uint64(g.Delay/time.Second))); err != nil {
		return d, err
	}
	if d.Verifier, err = deploy("AttestationVerifier", verifier.AttestationVerifierMetaData.Bin,
		verifierABI().PackConstructor(d.Registry, adminDelay, c.Admin)); err != nil {
		return d, err
	}
	if c.PolicyAdmin != (common.Address{}) {
		if err := grant("POLICY_ROLE", d.Verifier, VerifierReader{Caller: b, Address: d.Verifier}.PolicyRole, c.PolicyAdmin); err != nil {
			return d, err
		}
	}
	if !c.Properties {
		return d, nil
	}
	if d.Properties, err = deploy("PropertyRegistry", properties.PropertyRegistryMetaData.Bin,
		propertiesABI().PackConstructor(d.Verifier, adminDelay, c.Admin)); err != nil {
		return d, err
	}
	if c.VerifierAdmin != (common.Address{}) {
		if err := grant("VERIFIER_ADMIN_ROLE", d.Properties, PropertiesReader{Caller: b, Address: d.Properties}.VerifierAdminRole, c.VerifierAdmin); err != nil {
			return d, err
		}
	}
	return d, nil
}

// ErrNotAdmin means a deployment would grant roles from an account that is not the contracts' admin (as the
// deploy script's NotAdmin).
var ErrNotAdmin = errors.New("only the admin grants roles")

// Transact sends data to `to` from opts (its Value, if any, paid) and waits for a successful receipt (calling
// mine first when not nil); a revert is decoded (DecodeRevert). The node sends through its tx manager instead.
func Transact(ctx context.Context, b Backend, opts *bind.TransactOpts, to common.Address, data []byte, mine Miner) (*types.Receipt, error) {
	tx, err := Send(ctx, b, opts, to, data)
	if err != nil {
		return nil, DecodeRevert(err)
	}
	return Wait(ctx, b, tx, mine)
}

// Send signs data to `to` with opts and sends it, without waiting: a zero opts.GasLimit estimates the gas, which
// fails with the revert data of a call that reverts (the error as the backend returned it).
func Send(ctx context.Context, b bind.ContractBackend, opts *bind.TransactOpts, to common.Address, data []byte) (*types.Transaction, error) {
	o := *opts
	o.Context = ctx
	return bind.Transact(bind.NewBoundContract(to, abi.ABI{}, b, b, b), &o, data)
}

// DeployCode deploys creation code (constructor arguments appended) from opts and waits for its receipt: for
// contracts the bindings do not hold (the generated Groth16 verifiers) and test contracts.
func DeployCode(ctx context.Context, b Backend, opts *bind.TransactOpts, code []byte, mine Miner) (common.Address, *types.Receipt, error) {
	o := *opts
	o.Context = ctx
	addr, tx, err := bind.DeployContract(&o, code, b, nil)
	if err != nil {
		return addr, nil, DecodeRevert(err)
	}
	r, err := Wait(ctx, b, tx, mine)
	return addr, r, err
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
