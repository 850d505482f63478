//go:build unix

package devnet

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vmattest/vmattest/internal/bindings/verifier"
	"github.com/vmattest/vmattest/internal/onchain"
)

// waitQuorum waits until the verifier records a quorum state of v, and, with a dissenting node, until its
// vote is recorded as a disagreement; it reports both.
func (d *Devnet) waitQuorum(ctx context.Context, v *VM) (VMReport, error) {
	vr := VMReport{Name: v.Name, Quorum: v.Quorum}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	dissenting := false
	for _, r := range v.Replicas {
		dissenting = dissenting || r.Dissenting
	}
	for {
		logs, err := d.chain.client.FilterLogs(ctx, onchain.VMLogsQuery(d.Contracts.Verifier, v.ID, v.Subset, big.NewInt(0), nil))
		if err != nil {
			return vr, fmt.Errorf("devnet: eth_getLogs: %w", err)
		}
		var reached *types.Log
		var ev *verifier.AttestationVerifierQuorumReached
		vr.Dissents = nil
		for i := range logs {
			lg := &logs[i]
			if r, err := onchain.ParseQuorumReached(lg); err == nil {
				reached, ev = lg, r
			} else if dis, err := onchain.ParseDisagreement(lg); err == nil {
				vr.Dissents = append(vr.Dissents, Dissent{Signer: dis.Signer, StateDigest: dis.StateDigest, TxHash: lg.TxHash})
			}
		}
		if reached != nil && (!dissenting || len(vr.Dissents) > 0) {
			vr.StateDigest, vr.Sequence, vr.Signers = ev.StateDigest, ev.Sequence, ev.Signers
			vr.TxHash, vr.Block = reached.TxHash, reached.BlockNumber
			if rc, err := d.chain.client.TransactionReceipt(ctx, reached.TxHash); err == nil {
				vr.GasUsed = rc.GasUsed
			}
			d.say("%-7s quorum of %d reached: %d keys signed digest %s", v.Name, v.Quorum, len(vr.Signers), vr.StateDigest.Hex())
			d.say("        recorded by submitQuorum in tx %s, block %d (%d gas); signers %v", vr.TxHash.Hex(), vr.Block, vr.GasUsed, vr.Signers)
			for _, ds := range vr.Dissents {
				d.say("        DISAGREEMENT: key %s signed digest %s: outvoted, and flagged on chain (QuorumDisagreement in tx %s)",
					ds.Signer, ds.StateDigest.Hex(), ds.TxHash.Hex())
			}
			return vr, nil
		}
		select {
		case <-ctx.Done():
			return vr, fmt.Errorf("devnet: %s: no quorum state on chain (with the dissent when there is one) within 3 minutes (see %s)", v.Name, d.nodeLog())
		case <-time.After(500 * time.Millisecond):
		}
	}
}
