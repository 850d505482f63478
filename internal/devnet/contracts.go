//go:build unix

package devnet

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/zkproof"
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
// GovernanceDelay), the verifier and the property registry, giving the admin account the policy and
// verifier-admin roles (onchain.DeployWith, as contracts/script/Deploy.s.sol), then the readonlyroot Groth16
// verifier, which it sets on the property registry.
func (d *Devnet) deployCore(ctx context.Context) error {
	d.step("Deploying EnclaveKeyRegistry, AttestationVerifier, PropertyRegistry and ReadOnlyRootVerifier")
	c := d.chain
	opts := bind.NewKeyedTransactor(adminKey, c.chainID)
	opts.Context = ctx
	dep, err := onchain.DeployWith(ctx, c.client, opts, deployConfig(d.Accounts.Admin), nil)
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	for _, s := range dep.Steps {
		if strings.HasPrefix(s.What, "grant ") {
			d.record(s.What, s.Receipt)
		}
	}
	d.Contracts.Registry, d.Contracts.Verifier, d.Contracts.Properties = dep.Registry, dep.Verifier, dep.Properties
	// The Groth16 verifier is generated from the development keys and has no Go binding: forge's out/ holds it.
	code, err := onchain.ArtifactBytecode(filepath.Join(d.opts.Root, "out"), "ReadOnlyRootVerifier")
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
	if err := d.admin(ctx, "setVerifier(readonlyroot)", d.Contracts.Properties,
		onchain.PackSetVerifier(zkproof.ReadOnlyRoot.ID, d.Contracts.ReadOnlyRootVerifier, uint8(zkproof.ReadOnlyRoot.NumPublic()))); err != nil {
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

// deployConfig is the devnet's deployment: admin administers every contract with no transfer delay, is the
// registry's only registrar (threshold 1, GovernanceDelay) and holds POLICY_ROLE and VERIFIER_ADMIN_ROLE.
func deployConfig(admin common.Address) onchain.Config {
	return onchain.Config{Admin: admin, Governance: onchain.Governance{Registrars: []common.Address{admin}, Threshold: 1, Delay: GovernanceDelay},
		PolicyAdmin: admin, Properties: true, VerifierAdmin: admin}
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

// approveSubset approves a VM's subset for all hash algorithms.
func (d *Devnet) approveSubset(ctx context.Context, v *VM) error {
	policy := onchain.SubsetPolicy{Algorithms: protocol.HashAlgs(), MaxAge: subsetMaxAge, MaxFutureSkew: subsetMaxFutureSkew}
	return d.admin(ctx, "approveSubset("+v.Name+")", d.Contracts.Verifier,
		onchain.PackApproveSubset(v.Subset, policy, "devnet-"+v.Name, "1", "file://"+v.Manifest))
}

// checkZKKeys checks that the deployed Groth16 verifier is the one of the proving keys the agents use.
func (d *Devnet) checkZKKeys(ctx context.Context) error {
	k, err := zkproof.LoadKeys(d.zkKeys, zkproof.ReadOnlyRoot.Circuit)
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	h, err := zkproof.VerifyingKeyHash(k)
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	if err := onchain.CheckDeployedVerifier(ctx, d.chain.client, d.Contracts.ReadOnlyRootVerifier, h); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	d.say("the deployed ReadOnlyRootVerifier checks proofs of these keys (verifying key hash %x)", h)
	return nil
}
