//go:build unix

package devnet

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/outbox"
)

// RootkitReport is what the simulated rootkit step on the Linux guest did and what the chain answered.
type RootkitReport struct {
	// Entry is the hooked sys_call_table index, GPA its guest-physical address (the RAM file's offset).
	Entry int    `json:"entry"`
	GPA   uint64 `json:"gpa"`
	// Vault is a KeeperVault gated on the guest (no property required); StatusBefore its vmStatus before
	// the rootkit.
	Vault        common.Address `json:"vault"`
	StatusBefore string         `json:"statusBefore"`
	// TamperedDigest is the node's attestation of the hooked guest, TamperedSequence its sequence and
	// TamperedBlock the block that recorded it; IsIntact the verifier's isIntact after it (false when caught).
	TamperedDigest   common.Hash `json:"tamperedDigest"`
	TamperedSequence uint64      `json:"tamperedSequence"`
	TamperedBlock    uint64      `json:"tamperedBlock"`
	IsIntact         bool        `json:"isIntact"`
	// StatusAfter is the vault's vmStatus after it; Refusal the custom error its withdrawal reverted with.
	StatusAfter string `json:"statusAfter"`
	Refusal     string `json:"refusal,omitempty"`
	// RestoredDigest is the attestation after the entry was restored; RestoredIntact isIntact then.
	RestoredDigest common.Hash `json:"restoredDigest"`
	RestoredIntact bool        `json:"restoredIntact"`
}

// tourRootkit simulates a rootkit on the Linux guest: with the guest paused, one sys_call_table entry is
// overwritten through the RAM file; the node's next attestation records a digest that is not golden, isIntact
// turns false on chain and a KeeperVault gated on the guest refuses with VMNotIntact. The entry is then
// restored and attested again (intact again), so a devnet that keeps running is left clean.
func (d *Devnet) tourRootkit(ctx context.Context, v *VM) (*RootkitReport, error) {
	k := v.kernel
	rep := &RootkitReport{Entry: rootkitEntry, GPA: uint64(k.entryGPA(rootkitEntry))}
	d.step("Rootkit: a KeeperVault gated on the Linux guest's kernel (no property required), then a simulated rootkit hooks its sys_call_table")
	var err error
	if rep.Vault, err = d.newVault(ctx, v, false); err != nil {
		return rep, err
	}
	if rep.StatusBefore, err = d.vaultStatus(ctx, rep.Vault); err != nil {
		return rep, err
	}
	d.say("guest vault %s: vmStatus() = %s", rep.Vault, rep.StatusBefore)

	old, err := k.readEntry(rootkitEntry)
	if err != nil {
		return rep, err
	}
	hook, err := k.readEntry(rootkitSource)
	if err != nil {
		return rep, err
	}
	if bytes.Equal(old, hook) {
		return rep, fmt.Errorf("devnet: sys_call_table[%d] and [%d] already hold the same handler", rootkitEntry, rootkitSource)
	}
	if err := k.writePaused(int64(rep.GPA), hook); err != nil {
		return rep, err
	}
	d.say("rootkit: sys_call_table[%d] (reboot) overwritten with sys_call_table[%d]'s handler (getpid) at GPA %#x through the RAM file, guest paused (QMP stop) then resumed",
		rootkitEntry, rootkitSource, rep.GPA)
	a, err := d.attestOnce(ctx, v)
	if err != nil {
		return rep, err
	}
	rep.TamperedSequence, rep.TamperedDigest, rep.TamperedBlock = a.Sequence, a.StateDigest, a.Block
	d.say("the node attests the guest: digest %s (sequence %d, block %d), not the golden %s", a.StateDigest.Hex(), a.Sequence, a.Block, v.OfflineGolden.Hex())
	if rep.IsIntact, err = d.ask(ctx, v, "isIntact"); err != nil {
		return rep, err
	}
	d.say("isIntact(guest) = %v", rep.IsIntact)
	if rep.StatusAfter, err = d.vaultStatus(ctx, rep.Vault); err != nil {
		return rep, err
	}
	_, err = d.chain.send(ctx, keeperKey, rep.Vault, onchain.PackVaultWithdraw(d.Accounts.Keeper, vaultWithdraw), nil)
	var re *onchain.RevertError
	switch {
	case err == nil:
		d.say("vault PAID despite the rootkit: vmStatus() = %s", rep.StatusAfter)
	case errors.As(err, &re):
		rep.Refusal = re.Name
		d.say("vault refuses: %s (vmStatus() = %s)", re, rep.StatusAfter)
	default:
		return rep, fmt.Errorf("devnet: withdrawing from the guest vault: %w", err)
	}

	if err := k.writePaused(int64(rep.GPA), old); err != nil {
		return rep, err
	}
	if a, err = d.attestOnce(ctx, v); err != nil {
		return rep, err
	}
	rep.RestoredDigest = a.StateDigest
	if rep.RestoredIntact, err = d.ask(ctx, v, "isIntact"); err != nil {
		return rep, err
	}
	d.say("restored: sys_call_table[%d] rewritten with its own handler; the node attests %s: isIntact(guest) = %v",
		rootkitEntry, rep.RestoredDigest.Hex(), rep.RestoredIntact)
	return rep, nil
}

// attestOnce asks the node to attest v now and waits until the attestation is confirmed on chain; it
// returns the attestation's sequence, digest and block.
func (d *Devnet) attestOnce(ctx context.Context, v *VM) (VMReport, error) {
	node := d.Node()
	ids, err := node.Attest(ctx, v.ID)
	if err != nil {
		return VMReport{}, fmt.Errorf("devnet: attest %s: %w", v.Name, err)
	}
	if len(ids) != 1 {
		return VMReport{}, fmt.Errorf("devnet: attest %s: %d outbox ids, want 1", v.Name, len(ids))
	}
	wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	r, err := node.WaitSettled(wctx, ids[0])
	if err != nil {
		return VMReport{}, fmt.Errorf("devnet: %s: %w (see %s)", v.Name, err, d.nodeLog())
	}
	if r.State != outbox.StateConfirmed.String() {
		return VMReport{}, fmt.Errorf("devnet: %s: the attestation failed on chain: %s", v.Name, r.FailReason)
	}
	return VMReport{Name: v.Name, StateDigest: r.Attestation.StateDigest, Sequence: r.Attestation.Sequence,
		TxHash: *r.TxHash, Block: *r.BlockNumber}, nil
}
