//go:build unix

package devnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/vmattest/vmattest/internal/bindings/vault"
	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/zkproof"
)

// Vault parameters: attestations and proofs at most ten minutes old; 10 ETH deposited, 1 ETH withdrawn.
const vaultMaxAge = 600

var (
	vaultDeposit  = new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether))
	vaultWithdraw = big.NewInt(params.Ether)
)

// vaultStatusNames are KeeperVault.VMStatus's values.
var vaultStatusNames = []string{"Ok", "NeverAttested", "NotFresh", "Invalidated", "NotIntact", "PropertyNotProven"}

// VaultReport is what the vault part of the tour did.
type VaultReport struct {
	Address common.Address `json:"address"`
	// WithdrawTx is the keeper's successful withdrawal.
	WithdrawTx  common.Hash `json:"withdrawTx"`
	WithdrawGas uint64      `json:"withdrawGas"`
	// HostVault is the vault gated on this machine with readonlyroot required; HostRefusal its withdrawal's
	// revert (e.g. PropertyNotProven) when the host's root is read-write.
	HostVault   common.Address `json:"hostVault,omitempty"`
	HostStatus  string         `json:"hostStatus,omitempty"`
	HostRefusal string         `json:"hostRefusal,omitempty"`
}

// newVault deploys a KeeperVault gated on v's subset with readonlyroot required (with property; without, no
// property and no PropertyRegistry), owned by the admin, with the keeper account as keeper, and deposits
// vaultDeposit.
func (d *Devnet) newVault(ctx context.Context, v *VM, property bool) (common.Address, error) {
	cfg := vault.KeeperVaultConfig{
		Owner: d.Accounts.Admin, Keeper: d.Accounts.Keeper, Integrity: d.Contracts.Verifier,
		VmId: v.ID, SubsetId: v.Subset, MaxAge: big.NewInt(vaultMaxAge), MaxProofAge: big.NewInt(0),
	}
	if property {
		cfg.Properties, cfg.RequiredProperty, cfg.MaxProofAge = d.Contracts.Properties, zkproof.ReadOnlyRoot.ID, big.NewInt(vaultMaxAge)
	}
	a, r, err := d.chain.deploy(ctx, adminKey, "KeeperVault", onchain.VaultCreation(cfg))
	if err != nil {
		return a, err
	}
	d.record("deploy KeeperVault("+v.Name+")", r)
	rd, err := d.chain.send(ctx, adminKey, a, onchain.PackVaultDeposit(), vaultDeposit)
	if err != nil {
		return a, fmt.Errorf("devnet: KeeperVault.deposit: %w", err)
	}
	d.record("KeeperVault("+v.Name+").deposit", rd)
	return a, nil
}

// deployVault deploys the keeper's vault.
func (d *Devnet) deployVault(ctx context.Context) error {
	v := d.VM(WorkloadKeeper)
	if v == nil {
		return nil // the keeper sandbox could not be made here
	}
	d.step("Deploying KeeperVault (contracts/src/examples): the keeper %s may withdraw only while the keeper VM is attested "+
		"within %d s, its digest golden and readonlyroot proven", d.Accounts.Keeper, vaultMaxAge)
	a, err := d.newVault(ctx, v, true)
	if err != nil {
		return err
	}
	d.Contracts.Vault = a
	d.say("KeeperVault %s holding 10 ETH", a)
	return nil
}

// vaultStatus reads a vault's vmStatus.
func (d *Devnet) vaultStatus(ctx context.Context, a common.Address) (string, error) {
	st, err := onchain.VaultReader{Caller: d.chain.client, Address: a}.VMStatus(ctx)
	if err != nil {
		return "", fmt.Errorf("devnet: KeeperVault.vmStatus: %w", onchain.DecodeRevert(err))
	}
	if int(st) < len(vaultStatusNames) {
		return vaultStatusNames[st], nil
	}
	return fmt.Sprint(st), nil
}

// tourVault has the keeper withdraw from its vault, and shows a vault gated on this machine refusing.
func (d *Devnet) tourVault(ctx context.Context) (*VaultReport, error) {
	rep := &VaultReport{Address: d.Contracts.Vault}
	d.step("DeFi: the keeper withdraws 1 ETH from KeeperVault %s", d.Contracts.Vault)
	st, err := d.vaultStatus(ctx, d.Contracts.Vault)
	if err != nil {
		return rep, err
	}
	d.say("KeeperVault.vmStatus() = %s", st)
	before, err := d.chain.client.BalanceAt(ctx, d.Accounts.Keeper, nil)
	if err != nil {
		return rep, err
	}
	r, err := d.chain.send(ctx, keeperKey, d.Contracts.Vault, onchain.PackVaultWithdraw(d.Accounts.Keeper, vaultWithdraw), nil)
	if err != nil {
		return rep, fmt.Errorf("devnet: the keeper's withdrawal was refused: %w", err)
	}
	rep.WithdrawTx, rep.WithdrawGas = r.TxHash, r.GasUsed
	after, err := d.chain.client.BalanceAt(ctx, d.Accounts.Keeper, nil)
	if err != nil {
		return rep, err
	}
	fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	got := new(big.Int).Add(new(big.Int).Sub(after, before), fee)
	if got.Cmp(vaultWithdraw) != 0 {
		return rep, fmt.Errorf("devnet: the keeper's balance grew by %s wei (plus fees), want %s", got, vaultWithdraw)
	}
	d.say("withdraw(keeper, 1 ETH) in tx %s (%d gas): the keeper received 1 ETH", r.TxHash.Hex(), r.GasUsed)

	host := d.VM(WorkloadHost)
	if host == nil {
		return rep, nil
	}
	d.step("DeFi: a second vault gated on this machine, also requiring readonlyroot")
	if rep.HostVault, err = d.newVault(ctx, host, true); err != nil {
		return rep, err
	}
	if rep.HostStatus, err = d.vaultStatus(ctx, rep.HostVault); err != nil {
		return rep, err
	}
	d.say("vault %s: vmStatus() = %s", rep.HostVault, rep.HostStatus)
	_, err = d.chain.send(ctx, keeperKey, rep.HostVault, onchain.PackVaultWithdraw(d.Accounts.Keeper, vaultWithdraw), nil)
	var re *onchain.RevertError
	switch {
	case err == nil:
		d.say("withdraw(keeper, 1 ETH) succeeded: this machine's root is read-only and proven so")
	case errors.As(err, &re):
		rep.HostRefusal = re.Name
		d.say("withdraw(keeper, 1 ETH) refused: %s", re)
	default:
		return rep, fmt.Errorf("devnet: withdrawing from the host vault: %w", err)
	}
	return rep, nil
}
