package oracle

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/outbox"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/txmgr"
)

func isRevertErr(err error) bool {
	var re *onchain.RevertError
	return errors.As(onchain.DecodeRevert(err), &re)
}

func (n *Node) kickSubmitter() {
	select {
	case n.kick <- struct{}{}:
	default:
	}
}

// everyBatchInterval starts a goroutine that runs round each BatchInterval, and at once whenever kick receives
// (a nil kick never does), until the node stops; round's context is canceled when it does.
func (n *Node) everyBatchInterval(kick <-chan struct{}, round func(ctx context.Context)) {
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		ctx, cancel := n.ctx()
		defer cancel()
		t := time.NewTicker(n.cfg.BatchInterval)
		defer t.Stop()
		for {
			select {
			case <-n.done:
				return
			case <-t.C:
			case <-kick:
			}
			round(ctx)
		}
	}()
}

// flush submits batches while there is work and progress.
func (n *Node) flush(ctx context.Context) {
	for ctx.Err() == nil {
		recs, err := n.box.NextBatch(n.cfg.BatchSize)
		if err != nil {
			n.log.Error("outbox NextBatch failed", "error", err.Error())
			return
		}
		if len(recs) == 0 {
			return
		}
		again, err := n.submitBatch(ctx, recs)
		if err != nil {
			if ctx.Err() == nil {
				n.log.Error("batch submission failed; retrying at the next interval", "items", len(recs), "error", err.Error())
			}
			return
		}
		if !again {
			return
		}
	}
}

// submitBatch sends one submitBatch transaction for recs. again reports whether flush should continue at once
// (the batch was full, or a failing item was set aside).
func (n *Node) submitBatch(ctx context.Context, recs []outbox.Record) (again bool, err error) {
	sas := make([]protocol.SignedAttestation, len(recs))
	for i, r := range recs {
		sas[i] = r.Attestation
	}
	rcpt, err := n.tm.Send(ctx, txmgr.TxCandidate{To: n.cfg.Verifier, Data: onchain.PackSubmitBatch(sas)})
	if err == nil {
		return len(recs) == n.cfg.BatchSize, n.confirmBatch(ctx, recs, rcpt)
	}
	n.metrics.batchErrors.Add(1)
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	if errors.Is(err, txmgr.ErrReverted) || isRevertErr(err) {
		marked := n.isolateFailures(ctx, recs)
		if marked == 0 {
			marked = n.isolateBreakingItem(ctx, recs)
		}
		if marked > 0 {
			return true, nil
		}
		return false, fmt.Errorf("batch reverted and no item could be isolated: %w", onchain.DecodeRevert(err))
	}
	return false, err
}

// confirmBatch records a mined, confirmed batch in the outbox.
func (n *Node) confirmBatch(ctx context.Context, recs []outbox.Record, rcpt *types.Receipt) error {
	ids := make([]outbox.ID, len(recs))
	for i, r := range recs {
		ids[i] = r.ID
	}
	var nonce uint64
	tctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	tx, _, err := n.backend.TransactionByHash(tctx, rcpt.TxHash)
	cancel()
	if err != nil {
		n.metrics.rpcError("eth_getTransactionByHash")
		n.log.Warn("could not read the batch transaction's nonce; recording 0", "tx", rcpt.TxHash.Hex(), "error", err.Error())
	} else {
		nonce = tx.Nonce()
	}
	if _, err := n.box.MarkSubmitted(ids, rcpt.TxHash, nonce); err != nil {
		return fmt.Errorf("outbox MarkSubmitted: %w", err)
	}
	n.metrics.submitted.Add(uint64(len(ids)))
	// Items the verifier skipped (AttestationSkipped) are on chain only if they landed before: their sequence
	// is the recorded one, or an earlier AttestationSubmitted carries it. Otherwise a higher sequence
	// superseded them and they never will be.
	skipped := skippedItems(rcpt)
	var confirmed []outbox.ID
	for _, r := range recs {
		a := r.Attestation.Attestation
		last, wasSkipped := skipped[itemKey{a.VMID, a.SubsetID, a.Sequence}]
		if !wasSkipped {
			confirmed = append(confirmed, r.ID)
			continue
		}
		// Skipped: on chain only if an earlier transaction recorded it (then it is confirmed there), else a
		// higher sequence superseded it.
		lg, ok := n.findSubmitted(ctx, a, rcpt.BlockNumber.Uint64())
		if !ok && a.Sequence == last {
			confirmed = append(confirmed, r.ID) // recorded, but its log could not be read: this receipt stands in
			continue
		}
		if ok {
			if _, err := n.box.MarkConfirmed([]outbox.ID{r.ID}, lg.BlockNumber, lg.BlockHash, lg.TxHash); err != nil {
				return fmt.Errorf("outbox MarkConfirmed: %w", err)
			}
			n.metrics.confirmed.Add(1)
			continue
		}
		reason := fmt.Sprintf("superseded on chain: sequence %d was never recorded and the chain holds %d", a.Sequence, last)
		if _, err := n.box.MarkFailed(r.ID, reason); err != nil {
			return fmt.Errorf("outbox MarkFailed: %w", err)
		}
		n.metrics.failed.Add(1)
		n.log.Warn("attestation superseded", "id", r.ID.String(), "reason", reason)
	}
	if len(confirmed) > 0 {
		if _, err := n.box.MarkConfirmed(confirmed, rcpt.BlockNumber.Uint64(), rcpt.BlockHash, rcpt.TxHash); err != nil {
			return fmt.Errorf("outbox MarkConfirmed: %w", err)
		}
	}
	n.metrics.confirmed.Add(uint64(len(confirmed)))
	n.metrics.batches.Add(1)
	n.kickProver()
	n.log.Info("batch confirmed", "items", len(ids), "tx", rcpt.TxHash.Hex(), "block", rcpt.BlockNumber.Uint64(),
		"gasUsed", rcpt.GasUsed)
	return nil
}

// isolateFailures simulates submitBatch([item]) for each item and marks failed those that revert with a
// custom error: exactly the items the batch does not skip and does not accept (an item below the record is
// skipped, also one by a revoked key over that key's own record). It returns how many it marked.
func (n *Node) isolateFailures(ctx context.Context, recs []outbox.Record) int {
	marked := 0
	for _, r := range recs {
		_, err := n.call(ctx, n.cfg.Verifier, onchain.PackSubmitBatch([]protocol.SignedAttestation{r.Attestation}), n.tm.From())
		if err == nil {
			continue
		}
		var re *onchain.RevertError
		if !errors.As(onchain.DecodeRevert(err), &re) {
			continue // not a revert of this item
		}
		if _, err := n.box.MarkFailed(r.ID, re.Name); err != nil {
			n.log.Error("outbox MarkFailed failed", "id", r.ID.String(), "error", err.Error())
			continue
		}
		marked++
		n.metrics.failed.Add(1)
		n.log.Warn("attestation failed on chain; set aside", "id", r.ID.String(), "vm", r.Attestation.VMID.String(),
			"sequence", r.Attestation.Sequence, "error", re.Error())
	}
	return marked
}

// isolateBreakingItem handles a batch that reverts although no item fails alone: an item that fails only after
// earlier items of the batch, e.g. a timestamp older than an earlier sequence's (TimestampBeforeLast), which
// once the earlier items are on chain fails for good. It simulates submitBatch of growing prefixes, marks
// failed the item whose addition makes the batch revert, and returns 1; or 0 when no prefix reverts (the
// revert came from elsewhere, e.g. the chain changed meanwhile). Without it one such item would block the
// whole queue, every VM's, at every interval.
func (n *Node) isolateBreakingItem(ctx context.Context, recs []outbox.Record) int {
	sas := make([]protocol.SignedAttestation, 0, len(recs))
	for _, r := range recs {
		sas = append(sas, r.Attestation)
		_, err := n.call(ctx, n.cfg.Verifier, onchain.PackSubmitBatch(sas), n.tm.From())
		if err == nil {
			continue
		}
		var re *onchain.RevertError
		if !errors.As(onchain.DecodeRevert(err), &re) {
			return 0 // not a revert: the chain is unreachable, retry later
		}
		if _, err := n.box.MarkFailed(r.ID, re.Name); err != nil {
			n.log.Error("outbox MarkFailed failed", "id", r.ID.String(), "error", err.Error())
			return 0
		}
		n.metrics.failed.Add(1)
		n.log.Warn("attestation fails after earlier items of its batch; set aside", "id", r.ID.String(),
			"vm", r.Attestation.VMID.String(), "sequence", r.Attestation.Sequence, "error", re.Error())
		return 1
	}
	return 0
}

// reconcile compares every pending record with the chain: a record whose sequence is already recorded by the
// verifier (latest sequence >= its own) and that was submitted is marked confirmed at the current block; a
// submitted record not on chain is requeued. A signed record already on chain stays queued: the verifier
// skips it when it is resubmitted (AttestationSkipped) and the outbox cannot go from signed to confirmed
// without a transaction.
func (n *Node) reconcile(ctx context.Context) error {
	recs, err := n.box.Pending()
	if err != nil {
		return err
	}
	if len(recs) == 0 {
		return nil
	}
	head, err := n.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		n.metrics.rpcError("eth_getBlockByNumber")
		return fmt.Errorf("reading the chain head: %w", err)
	}
	onChain := map[protocol.VMSubset]uint64{}
	confirmed, requeued := 0, 0
	for _, r := range recs {
		k := protocol.VMSubset{VM: r.Attestation.VMID, Subset: r.Attestation.SubsetID}
		seq, ok := onChain[k]
		if !ok {
			rec, err := n.latestOnChain(ctx, k.VM, k.Subset)
			if err != nil {
				return fmt.Errorf("verifier.latest(%s, 0x%x): %w", k.VM, k.Subset, err)
			}
			seq, onChain[k] = rec.Sequence, rec.Sequence
		}
		switch {
		case r.State != outbox.StateSubmitted:
		case seq >= r.Attestation.Sequence:
			// Confirmed where the chain recorded it; at the head when its log cannot be read (superseded
			// items have none).
			block, hash, tx := head.Number.Uint64(), head.Hash(), r.Submission.TxHash
			if lg, ok := n.findSubmitted(ctx, r.Attestation.Attestation, block); ok {
				block, hash, tx = lg.BlockNumber, lg.BlockHash, lg.TxHash
			}
			if _, err := n.box.MarkConfirmed([]outbox.ID{r.ID}, block, hash, tx); err != nil {
				return err
			}
			n.metrics.confirmed.Add(1)
			confirmed++
		default:
			if _, err := n.box.Requeue([]outbox.ID{r.ID}, "not on chain at restart"); err != nil {
				return err
			}
			requeued++
		}
	}
	n.log.Info("outbox reconciled", "pending", len(recs), "confirmed", confirmed, "requeued", requeued,
		"block", head.Number.Uint64())
	return nil
}

// itemKey identifies an attestation on chain.
type itemKey struct {
	vm       protocol.VMID
	subset   [protocol.HashSize]byte
	sequence uint64
}

// skippedItems returns the items a batch receipt reports as skipped, with the sequence the chain holds.
func skippedItems(rcpt *types.Receipt) map[itemKey]uint64 {
	out := map[itemKey]uint64{}
	for _, lg := range rcpt.Logs {
		ev, err := onchain.ParseSkipped(lg)
		if err != nil {
			continue
		}
		out[itemKey{ev.VmId, ev.SubsetId, ev.Sequence}] = ev.LastSequence
	}
	return out
}

// submittedLookback is how many blocks before a batch findSubmitted searches for an earlier submission of
// one of its items: about a week at 12 s blocks (providers limit eth_getLogs ranges).
const submittedLookback = 50_000

// findSubmitted looks for the AttestationSubmitted log of a (an earlier submission that landed) in the
// submittedLookback blocks up to block to.
func (n *Node) findSubmitted(ctx context.Context, a protocol.Attestation, to uint64) (types.Log, bool) {
	qctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	logs, err := n.backend.FilterLogs(qctx, onchain.SubmittedQuery(n.cfg.Verifier, a.VMID, a.SubsetID,
		new(big.Int).SetUint64(to-min(to, submittedLookback)), new(big.Int).SetUint64(to)))
	if err != nil {
		n.metrics.rpcError("eth_getLogs")
		return types.Log{}, false
	}
	for _, lg := range logs {
		if ev, err := onchain.ParseSubmitted(&lg); err == nil && ev.Sequence == a.Sequence {
			return lg, true
		}
	}
	return types.Log{}, false
}
