//go:build unix

package devnet

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

var (
	quorumReachedEvent = sync.OnceValue(func() abi.Event { return verifierABI().GetABI().Events["QuorumReached"] })
	disagreementEvent  = sync.OnceValue(func() abi.Event { return verifierABI().GetABI().Events["QuorumDisagreement"] })
)

// waitQuorum waits until the verifier records a quorum state of v, and, with a dissenting node, until its
// vote is recorded as a disagreement; it reports both.
func (d *Devnet) waitQuorum(ctx context.Context, v *VM) (VMReport, error) {
	vr := VMReport{Name: v.Name, Quorum: v.Quorum}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	var vmTopic common.Hash
	copy(vmTopic[:], v.ID[:])
	dissenting := false
	for _, r := range v.Replicas {
		dissenting = dissenting || r.Dissenting
	}
	for {
		logs, err := d.chain.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0),
			Addresses: []common.Address{d.Contracts.Verifier}, Topics: [][]common.Hash{nil, {vmTopic}, {v.Subset}}})
		if err != nil {
			return vr, fmt.Errorf("devnet: eth_getLogs: %w", err)
		}
		var reached *types.Log
		vr.Dissents = nil
		for i := range logs {
			lg := &logs[i]
			switch lg.Topics[0] {
			case quorumReachedEvent().ID:
				reached = lg
			case disagreementEvent().ID:
				ev, err := verifierABI().UnpackQuorumDisagreementEvent(lg)
				if err == nil {
					vr.Dissents = append(vr.Dissents, Dissent{Signer: ev.Signer, StateDigest: ev.StateDigest, TxHash: lg.TxHash})
				}
			}
		}
		if reached != nil && (!dissenting || len(vr.Dissents) > 0) {
			ev, err := verifierABI().UnpackQuorumReachedEvent(reached)
			if err != nil {
				return vr, err
			}
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
