//go:build unix

package devnet

import (
	"context"
	"fmt"
	"math/big"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vmattest/vmattest/internal/bindings/properties"
	"github.com/vmattest/vmattest/internal/bindings/registry"
	"github.com/vmattest/vmattest/internal/bindings/verifier"
	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/zkproof"
)

var (
	registryABI   = sync.OnceValue(registry.NewEnclaveKeyRegistry)
	verifierABI   = sync.OnceValue(verifier.NewAttestationVerifier)
	propertiesABI = sync.OnceValue(properties.NewPropertyRegistry)
)

// Subset policy of the devnet's subsets: every hash algorithm, attestations at most an hour old when
// submitted and at most a minute ahead of the chain's clock.
const (
	subsetMaxAge        = 3600
	subsetMaxFutureSkew = 60
	// quorumWindow is the span in seconds within which a quorum's votes must lie.
	quorumWindow = 30
	// GovernanceDelay is the devnet registry's governance delay: a few seconds, so that the devnet shows
	// governed actions waiting for their delay (production registries wait at least a day).
	GovernanceDelay = 2 * time.Second
	// nodeHashAlg is the hash algorithm the devnet's nodes attest with; golden digests are set for it.
	nodeHashAlg = protocol.HashBLAKE3
)

// record keeps a setup transaction for the summary.
func (d *Devnet) record(what string, r *types.Receipt) {
	d.Receipts = append(d.Receipts, TxRecord{What: what, Hash: r.TxHash, GasUsed: r.GasUsed})
}

// admin sends a transaction from the admin account and records it.
func (d *Devnet) admin(ctx context.Context, what string, to common.Address, data []byte) error {
	r, err := d.chain.send(ctx, adminKey, to, data, nil)
	if err != nil {
		return fmt.Errorf("devnet: %s: %w", what, err)
	}
	d.record(what, r)
	return nil
}

// deployCore deploys the registry (the admin account its only registrar, threshold 1, governance delay
// GovernanceDelay), the verifier, the property registry and the readonlyroot Groth16 verifier, and gives the
// admin account the policy and verifier-admin roles.
func (d *Devnet) deployCore(ctx context.Context) error {
	d.step("Deploying EnclaveKeyRegistry, AttestationVerifier, PropertyRegistry and ReadOnlyRootVerifier")
	c := d.chain
	opts := bind.NewKeyedTransactor(adminKey, c.chainID)
	opts.Context = ctx
	gov := onchain.Governance{Registrars: []common.Address{d.Accounts.Admin}, Threshold: 1, Delay: GovernanceDelay}
	dep, err := onchain.DeployGoverned(ctx, c.client, opts, d.Accounts.Admin, 0, gov, nil)
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	d.Contracts.Registry, d.Contracts.Verifier = dep.Registry, dep.Verifier
	out := filepath.Join(d.opts.Root, "out")
	code, err := onchain.ArtifactBytecode(out, "ReadOnlyRootVerifier")
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	if d.Contracts.ReadOnlyRootVerifier, _, err = c.deploy(ctx, adminKey, "ReadOnlyRootVerifier", code); err != nil {
		return err
	}
	// The generated verifier is the INSECURE development one: never set it up on a chain that is not a devnet
	// (PropertyRegistry.setVerifier refuses it there too).
	if _, err := onchain.CheckVerifierSetup(ctx, c.client, d.Contracts.ReadOnlyRootVerifier, c.chainID); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	code, err = onchain.ArtifactBytecode(out, "PropertyRegistry")
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	code = append(code, propertiesABI().PackConstructor(d.Contracts.Verifier, big.NewInt(0), d.Accounts.Admin)...)
	if d.Contracts.Properties, _, err = c.deploy(ctx, adminKey, "PropertyRegistry", code); err != nil {
		return err
	}

	roles := []struct {
		what     string
		contract common.Address
		role     func() ([]byte, error)
	}{
		{"grant POLICY_ROLE", d.Contracts.Verifier, func() ([]byte, error) {
			return roleOf(ctx, c, d.Contracts.Verifier, verifierABI().PackPOLICYROLE(), verifierABI().UnpackPOLICYROLE)
		}},
		{"grant VERIFIER_ADMIN_ROLE", d.Contracts.Properties, func() ([]byte, error) {
			return roleOf(ctx, c, d.Contracts.Properties, propertiesABI().PackVERIFIERADMINROLE(), propertiesABI().UnpackVERIFIERADMINROLE)
		}},
	}
	for _, r := range roles {
		data, err := r.role()
		if err != nil {
			return fmt.Errorf("devnet: %s: %w", r.what, err)
		}
		if err := d.admin(ctx, r.what, r.contract, data); err != nil {
			return err
		}
	}
	if err := d.admin(ctx, "setVerifier(readonlyroot)", d.Contracts.Properties,
		propertiesABI().PackSetVerifier(zkproof.ReadOnlyRoot.ID, d.Contracts.ReadOnlyRootVerifier, uint8(zkproof.ReadOnlyRoot.NumPublic()))); err != nil {
		return err
	}
	for _, kv := range []struct {
		name string
		a    common.Address
	}{{"EnclaveKeyRegistry", d.Contracts.Registry}, {"AttestationVerifier", d.Contracts.Verifier},
		{"PropertyRegistry", d.Contracts.Properties}, {"ReadOnlyRootVerifier", d.Contracts.ReadOnlyRootVerifier}} {
		d.say("%-22s %s", kv.name, kv.a)
	}
	return nil
}

// govern runs governed actions on the registry, proposed and executed by the admin account (the devnet's only
// registrar), waiting for GovernanceDelay, and records the executions.
func (d *Devnet) govern(ctx context.Context, what string, calls ...[]byte) error {
	opts := bind.NewKeyedTransactor(adminKey, d.chain.chainID)
	g := &onchain.Governor{Backend: d.chain.client, Registry: d.Contracts.Registry, Approvers: []*bind.TransactOpts{opts},
		PollInterval: 500 * time.Millisecond}
	receipts, err := g.Govern(ctx, calls...)
	if err != nil {
		return fmt.Errorf("devnet: %s: %w", what, err)
	}
	for _, r := range receipts {
		d.record("governed "+what, r)
	}
	return nil
}

// roleOf reads a role constant and packs grantRole(role, admin).
func roleOf(ctx context.Context, c *chain, contract common.Address, call []byte, unpack func([]byte) ([32]byte, error)) ([]byte, error) {
	out, err := c.call(ctx, contract, call)
	if err != nil {
		return nil, err
	}
	role, err := unpack(out)
	if err != nil {
		return nil, err
	}
	return registryABI().PackGrantRole(role, addr(adminKey)), nil
}

// approveSubset approves a VM's subset for all hash algorithms.
func (d *Devnet) approveSubset(ctx context.Context, v *VM) error {
	policy := verifier.SubsetPolicy{AllowedAlgorithms: onchain.AlgorithmMask(protocol.HashAlgs()...), MaxAge: subsetMaxAge,
		MaxFutureSkew: subsetMaxFutureSkew}
	return d.admin(ctx, "approveSubset("+v.Name+")", d.Contracts.Verifier,
		verifierABI().PackApproveSubset(v.Subset, policy, "devnet-"+v.Name, "1", "file://"+v.Manifest))
}

// checkZKKeys checks that the deployed Groth16 verifier is the one of the proving keys the agents use.
func (d *Devnet) checkZKKeys(ctx context.Context) error {
	k, err := zkproof.LoadKeys(d.zkKeys, zkproof.ReadOnlyRoot.Name)
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	h, err := zkproof.VerifyingKeyHash(k.VK)
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	if err := onchain.CheckDeployedVerifier(ctx, d.chain.client, d.Contracts.ReadOnlyRootVerifier, h); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	d.say("the deployed ReadOnlyRootVerifier checks proofs of these keys (verifying key hash %x)", h)
	return nil
}
