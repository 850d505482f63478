package oracle

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vmattest/vmattest/internal/bindings/verifier"
	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/txmgr"
	"github.com/vmattest/vmattest/oracle/nodeapi"
)

// Quorums. A VM with a Quorum configuration is attested by several independent nodes, each with its own
// agent and attestation key; the verifier records a state of its subsets only when k keys signed it within
// the subset's window (setQuorum, submitQuorum). There is no coordinator:
//   - the node keeps its agent's latest verified attestation of each subset as its vote (in memory: a vote
//     is re-collected every Interval, and a lost one only delays the next quorum) and publishes it in
//     GET /v1/vms/{vm_id} (nodeapi.SubsetStatus.Vote);
//   - every BatchInterval, quorumRounds reads the other nodes' votes from the same endpoint, verifies each
//     (signature, an active key of the VM on chain, fields, timestamp), and looks for k votes newer than the
//     chain's record that agree on the state within the window;
//   - once such a bundle has existed for SubmitDelay (each node its own delay, so that usually one submits),
//     the node sends submitQuorum with the agreeing votes and the dissenting ones, which the verifier checks
//     and emits as QuorumDisagreement. A duplicate or late bundle is skipped on chain (QuorumSkipped).
// Disagreements, the votes seen and the last submission are shown in GET /v1/vms/{vm_id} (nodeapi.SubsetStatus.Quorum).

// maxDisagreements is how many disagreements a subset's status keeps.
const maxDisagreements = 16

// maxPeerResponse bounds a peer's answer.
const maxPeerResponse = 1 << 20

// quorumSubset is the node's state of one quorum subset.
type quorumSubset struct {
	own          *protocol.SignedAttestation
	status       nodeapi.QuorumStatus
	pending      bundleKey
	pendingSince time.Time
	// reported are the dissents recorded on chain (in a bundle or by reportDisagreements), by signer and
	// timestamp; seen is when each unreported dissent was first seen (reports wait SubmitDelay too).
	reported map[voteKey]bool
	seen     map[voteKey]time.Time
}

// voteKey identifies a vote: its signer and timestamp.
type voteKey struct {
	signer    common.Address
	timestamp uint64
}

// bundleKey identifies a formed bundle: its state and earliest vote.
type bundleKey struct {
	digest   common.Hash
	earliest uint64
}

// quorumStates are the node's quorum subsets; the zero value is ready.
type quorumStates struct {
	states[protocol.VMSubset, quorumSubset]
}

// vote returns the node's own vote of a subset, or nil.
func (q *quorumStates) vote(k protocol.VMSubset) *protocol.SignedAttestation {
	var v *protocol.SignedAttestation
	q.update(k, func(s *quorumSubset) { v = s.own })
	return v
}

// statusOf returns a copy of a subset's quorum status.
func (q *quorumStates) statusOf(k protocol.VMSubset) nodeapi.QuorumStatus {
	var st nodeapi.QuorumStatus
	q.update(k, func(s *quorumSubset) {
		st = s.status
		st.Votes = slices.Clone(st.Votes)
		st.Disagreements = slices.Clone(st.Disagreements)
	})
	return st
}

func (n *Node) hasQuorums() bool {
	for i := range n.cfg.VMs {
		if n.cfg.VMs[i].Quorum != nil {
			return true
		}
	}
	return false
}

// setVote makes sa the node's vote of (vm, s).
func (n *Node) setVote(vm *VMConfig, s [protocol.HashSize]byte, sa protocol.SignedAttestation) {
	n.quorums.update(protocol.VMSubset{VM: vm.ID, Subset: s}, func(q *quorumSubset) {
		if q.own == nil || q.own.Attestation.Timestamp <= sa.Attestation.Timestamp {
			q.own = &sa
		}
	})
}

// quorumRounds runs a quorum round of every quorum subset; it runs each BatchInterval.
func (n *Node) quorumRounds(ctx context.Context) {
	for i := range n.cfg.VMs {
		vm := &n.cfg.VMs[i]
		if vm.Quorum == nil {
			continue
		}
		for _, s := range vm.Subsets {
			if ctx.Err() != nil {
				return
			}
			n.quorumRound(ctx, vm, s)
		}
	}
}

// vote is a verified vote.
type vote struct {
	source string
	signer common.Address
	sa     protocol.SignedAttestation
}

// quorumRound gathers the votes of (vm, s), forms a bundle when k agree, and submits it after SubmitDelay.
func (n *Node) quorumRound(ctx context.Context, vm *VMConfig, s [protocol.HashSize]byte) {
	key := protocol.VMSubset{VM: vm.ID, Subset: s}
	st := nodeapi.QuorumStatus{CheckedAt: n.now()}
	defer func() {
		n.quorums.update(key, func(q *quorumSubset) {
			st.Disagreements = q.status.Disagreements
			if st.Agreed == nil {
				st.Agreed = q.status.Agreed
			}
			if st.LastSubmission == nil {
				st.LastSubmission, st.LastOutcome = q.status.LastSubmission, q.status.LastOutcome
			}
			q.status = st
		})
	}()
	qo, err := n.verifier().QuorumOf(ctx, s)
	if err != nil {
		st.LastError = "verifier.quorumOf: " + err.Error()
		return
	}
	st.Quorum, st.Window = qo.Quorum, qo.Window
	if qo.Quorum < 2 {
		st.LastError = "the verifier has no quorum for this subset (setQuorum): nothing to do"
		return
	}
	rec, err := n.latestOnChain(ctx, vm.ID, s)
	if err != nil {
		st.LastError = "verifier.latest: " + err.Error()
		return
	}

	var votes []vote
	if own := n.quorums.vote(key); own != nil {
		votes = append(votes, vote{source: "own", signer: vm.ExpectedKey, sa: *own})
		st.Votes = append(st.Votes, voteStatus("own", vm.ExpectedKey, *own))
	} else {
		st.Votes = append(st.Votes, nodeapi.VoteStatus{Source: "own", Error: "no vote yet"})
	}
	for _, p := range vm.Quorum.Peers {
		sa, signer, err := n.peerVote(ctx, p, vm, s)
		if err != nil {
			st.Votes = append(st.Votes, nodeapi.VoteStatus{Source: p.URL, Error: err.Error()})
			continue
		}
		votes = append(votes, vote{source: p.URL, signer: signer, sa: sa})
		st.Votes = append(st.Votes, voteStatus(p.URL, signer, sa))
	}
	votes = newestPerSigner(votes)

	bundle, dissents, earliest := formBundle(votes, rec.Timestamp, int(qo.Quorum), uint64(qo.Window))
	if bundle == nil {
		n.reportDissents(ctx, vm, s, key, rec, uint64(qo.Window), votes, &st)
		return
	}
	agreed := common.Hash(bundle[0].sa.Attestation.StateDigest)
	st.Agreed = &agreed
	n.noteDisagreements(key, vm, s, agreed, dissents)

	bk := bundleKey{agreed, earliest}
	ready := false
	n.quorums.update(key, func(q *quorumSubset) {
		if q.pending != bk {
			q.pending, q.pendingSince = bk, n.now()
		}
		ready = n.now().Sub(q.pendingSince) >= vm.Quorum.SubmitDelay
	})
	if !ready {
		return
	}
	// Another node may have submitted meanwhile.
	if rec, err = n.latestOnChain(ctx, vm.ID, s); err != nil || rec.Timestamp >= earliest {
		return
	}
	rcpt, err := n.tm.Send(ctx, txmgr.TxCandidate{To: n.cfg.Verifier, Data: packQuorum(vm.ID, s, bundle, dissents)})
	if err != nil {
		st.LastError = "submitQuorum: " + err.Error()
		n.log.Warn("quorum submission failed", "vm", vm.ID.String(), "subset", common.Hash(s).Hex(), "error", err.Error())
		return
	}
	tx := rcpt.TxHash
	st.LastSubmission, st.LastOutcome = &tx, quorumOutcome(rcpt)
	if st.LastOutcome == "recorded" {
		n.markReported(key, dissents, tx)
	}
	n.log.Info("quorum submitted", "vm", vm.ID.String(), "subset", common.Hash(s).Hex(), "digest", agreed.Hex(),
		"votes", len(bundle), "dissents", len(dissents), "tx", tx.Hex(), "outcome", st.LastOutcome, "gasUsed", rcpt.GasUsed)
}

// markReported records that dissents are on chain, in transaction tx.
func (n *Node) markReported(key protocol.VMSubset, dissents []vote, tx common.Hash) {
	n.quorums.update(key, func(q *quorumSubset) {
		if q.reported == nil {
			q.reported = map[voteKey]bool{}
		}
		for _, v := range dissents {
			q.reported[voteKey{v.signer, v.sa.Attestation.Timestamp}] = true
		}
		for i := range q.status.Disagreements {
			d := &q.status.Disagreements[i]
			if d.OnChain == nil && q.reported[voteKey{d.Signer, d.Timestamp}] && tx != (common.Hash{}) {
				d.OnChain = &tx
			}
		}
	})
}

// reportDissents reports on chain (reportDisagreements) the votes that disagree with the recorded quorum state
// within its window [record timestamp, record timestamp + window] and are not recorded yet: dissents that arrived after the bundle, or that another
// submitter left out of it. Like a bundle, a report waits the node's SubmitDelay.
func (n *Node) reportDissents(ctx context.Context, vm *VMConfig, s [protocol.HashSize]byte, key protocol.VMSubset, rec verifier.Record,
	window uint64, votes []vote, st *nodeapi.QuorumStatus) {
	if rec.Sequence == 0 || rec.Signer != (common.Address{}) {
		return // no quorum state recorded yet
	}
	var dissents []vote
	now := n.now()
	n.quorums.update(key, func(q *quorumSubset) {
		if q.seen == nil {
			q.seen = map[voteKey]time.Time{}
		}
		for _, v := range votes {
			a := v.sa.Attestation
			k := voteKey{v.signer, a.Timestamp}
			if (a.StateDigest == rec.StateDigest && a.ZKCommitment == rec.ZkCommitment) || q.reported[k] ||
				a.Timestamp < rec.Timestamp || a.Timestamp > rec.Timestamp+window {
				continue
			}
			first, ok := q.seen[k]
			if !ok {
				q.seen[k], first = now, now
			}
			if now.Sub(first) >= vm.Quorum.SubmitDelay {
				dissents = append(dissents, v)
			}
		}
	})
	if len(dissents) == 0 {
		return
	}
	n.noteDisagreements(key, vm, s, rec.StateDigest, dissents)
	rcpt, err := n.tm.Send(ctx, txmgr.TxCandidate{To: n.cfg.Verifier, Data: onchain.PackReportDisagreements(vm.ID, s, attestations(dissents))})
	if err != nil {
		st.LastError = "reportDisagreements: " + err.Error()
		n.log.Warn("reporting disagreements failed", "vm", vm.ID.String(), "subset", common.Hash(s).Hex(), "error", err.Error())
		if isRevertErr(err) {
			// The verifier refuses them (e.g. the record changed meanwhile): do not try these again.
			n.markReported(key, dissents, common.Hash{})
		}
		return
	}
	n.markReported(key, dissents, rcpt.TxHash)
	n.log.Info("disagreements reported on chain", "vm", vm.ID.String(), "subset", common.Hash(s).Hex(), "dissents", len(dissents),
		"tx", rcpt.TxHash.Hex(), "gasUsed", rcpt.GasUsed)
}

func voteStatus(source string, signer common.Address, sa protocol.SignedAttestation) nodeapi.VoteStatus {
	a := sa.Attestation
	return nodeapi.VoteStatus{Source: source, Signer: signer, StateDigest: a.StateDigest, Timestamp: a.Timestamp, Sequence: a.Sequence}
}

// quorumOutcome reads a submitQuorum receipt: "recorded" (QuorumReached) or "skipped" (QuorumSkipped).
func quorumOutcome(r *types.Receipt) string {
	for _, lg := range r.Logs {
		if _, err := onchain.ParseQuorumReached(lg); err == nil {
			return "recorded"
		}
		if _, err := onchain.ParseQuorumSkipped(lg); err == nil {
			return "skipped"
		}
	}
	return "unknown"
}

// noteDisagreements adds dissenting votes to the subset's status (once each) and logs them.
func (n *Node) noteDisagreements(key protocol.VMSubset, vm *VMConfig, s [protocol.HashSize]byte, agreed common.Hash, dissents []vote) {
	n.quorums.update(key, func(q *quorumSubset) {
		for _, v := range dissents {
			a := v.sa.Attestation
			seen := slices.ContainsFunc(q.status.Disagreements, func(d nodeapi.Disagreement) bool {
				return d.Signer == v.signer && d.Timestamp == a.Timestamp
			})
			if seen {
				continue
			}
			n.metrics.quorumDisagreements.Add(1)
			n.log.Warn("quorum disagreement: a key signed another state", "vm", vm.ID.String(), "subset", common.Hash(s).Hex(),
				"source", v.source, "signer", v.signer.Hex(), "digest", common.Hash(a.StateDigest).Hex(), "agreed", agreed.Hex())
			q.status.Disagreements = append(q.status.Disagreements, nodeapi.Disagreement{Source: v.source, Signer: v.signer,
				StateDigest: a.StateDigest, AgreedDigest: agreed, Timestamp: a.Timestamp})
			if len(q.status.Disagreements) > maxDisagreements {
				q.status.Disagreements = q.status.Disagreements[1:]
			}
		}
	})
}

// newestPerSigner keeps each signer's newest vote.
func newestPerSigner(votes []vote) []vote {
	best := map[common.Address]int{}
	var out []vote
	for _, v := range votes {
		if i, ok := best[v.signer]; ok {
			if v.sa.Attestation.Timestamp > out[i].sa.Attestation.Timestamp {
				out[i] = v
			}
			continue
		}
		best[v.signer] = len(out)
		out = append(out, v)
	}
	return out
}

// formBundle picks, among votes newer than the chain's record (after), the newest set of at least k votes
// that agree on the state (digest and commitment) with timestamps within window; it returns them sorted by
// signer, the votes for other states within the set's window [earliest, earliest + window] (the verifier takes
// no other dissents: an earlier vote may be an honest vote for the previous state), and the set's earliest
// timestamp. nil when no state has k votes.
func formBundle(votes []vote, after uint64, k int, window uint64) (bundle, dissents []vote, earliest uint64) {
	type state struct{ digest, commitment [32]byte }
	groups := map[state][]vote{}
	for _, v := range votes {
		a := v.sa.Attestation
		if a.Timestamp <= after {
			continue
		}
		st := state{a.StateDigest, a.ZKCommitment}
		groups[st] = append(groups[st], v)
	}
	var best []vote
	var bestNewest uint64
	for _, g := range groups {
		slices.SortFunc(g, func(x, y vote) int { return cmpUint(y.sa.Attestation.Timestamp, x.sa.Attestation.Timestamp) })
		// The newest window of k: votes g[i..i+k-1] by descending timestamp.
		for i := 0; i+k <= len(g); i++ {
			newest, oldest := g[i].sa.Attestation.Timestamp, g[i+k-1].sa.Attestation.Timestamp
			if newest-oldest > window {
				continue
			}
			set := []vote{}
			for _, v := range g[i:] {
				if newest-v.sa.Attestation.Timestamp <= window {
					set = append(set, v)
				}
			}
			if best == nil || newest > bestNewest {
				best, bestNewest = set, newest
			}
			break
		}
	}
	if best == nil {
		return nil, nil, 0
	}
	slices.SortFunc(best, func(x, y vote) int { return bytes.Compare(x.signer[:], y.signer[:]) })
	earliest = best[0].sa.Attestation.Timestamp
	for _, v := range best {
		earliest = min(earliest, v.sa.Attestation.Timestamp)
	}
	a0 := best[0].sa.Attestation
	for _, v := range votes {
		a := v.sa.Attestation
		if a.StateDigest == a0.StateDigest && a.ZKCommitment == a0.ZKCommitment {
			continue
		}
		if a.Timestamp >= earliest && a.Timestamp <= earliest+window {
			dissents = append(dissents, v)
		}
	}
	return best, dissents, earliest
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// packQuorum encodes submitQuorum for a bundle and its dissents.
func packQuorum(vm protocol.VMID, s [protocol.HashSize]byte, bundle, dissents []vote) []byte {
	return onchain.PackSubmitQuorum(vm, s, attestations(bundle), attestations(dissents))
}

// attestations returns the votes' signed attestations.
func attestations(votes []vote) []protocol.SignedAttestation {
	sas := make([]protocol.SignedAttestation, len(votes))
	for i, v := range votes {
		sas[i] = v.sa
	}
	return sas
}

// peerVote reads a peer's vote of (vm, s) from its GET /v1/vms/{vm_id} and verifies it: the VM, subset and
// algorithm; the signature; an active, unexpired key of the VM on chain; the timestamp within
// TimestampTolerance of the node's clock. It returns the vote and its signer.
func (n *Node) peerVote(ctx context.Context, p PeerConfig, vm *VMConfig, s [protocol.HashSize]byte) (protocol.SignedAttestation, common.Address, error) {
	var none protocol.SignedAttestation
	peer := nodeapi.Client{URL: p.URL, Token: p.Token, HTTP: n.httpc, Timeout: n.cfg.AgentTimeout, MaxResponse: maxPeerResponse}
	st, err := peer.VM(ctx, vm.ID)
	var ae *nodeapi.APIError
	switch {
	case errors.As(err, &ae):
		return none, common.Address{}, fmt.Errorf("peer answered %d: %s", ae.Status, ae.Message)
	case errors.Is(err, nodeapi.ErrMalformedAnswer):
		return none, common.Address{}, fmt.Errorf("malformed peer answer: %w", err)
	case err != nil:
		return none, common.Address{}, fmt.Errorf("peer unreachable: %w", err)
	}
	var sa *protocol.SignedAttestation
	for _, ss := range st.Subsets {
		if ss.SubsetID == common.Hash(s) {
			sa = ss.Vote
		}
	}
	if sa == nil {
		return none, common.Address{}, errors.New("the peer has no vote of this subset")
	}
	signer, err := n.checkVote(ctx, vm, s, *sa)
	return *sa, signer, err
}

// checkVote verifies a peer's vote and returns its signer: protocol's Check of the VM, subset and
// algorithm, the fields and the signature; the signer an active key of the VM (checkKeyActive); the
// timestamp within TimestampTolerance of the node's clock.
func (n *Node) checkVote(ctx context.Context, vm *VMConfig, s [protocol.HashSize]byte, sa protocol.SignedAttestation) (common.Address, error) {
	signer, err := sa.Check(n.domain, protocol.Expected{VMID: vm.ID, SubsetID: s, HashAlg: vm.HashAlg, AnySignerCheckedByCaller: true})
	if err != nil {
		return common.Address{}, err
	}
	var kre *keyReadError
	if err := n.checkKeyActive(ctx, signer, vm.ID); errors.As(err, &kre) {
		return signer, fmt.Errorf("registry.keyState(%s): %w", signer, kre.err)
	} else if err != nil {
		return signer, err
	}
	a := sa.Attestation
	now := n.now()
	ts := time.Unix(int64(a.Timestamp), 0)
	if tol := n.cfg.TimestampTolerance; ts.Before(now.Add(-tol)) || ts.After(now.Add(tol)) {
		return signer, fmt.Errorf("vote timestamp %d is more than %s from the node's clock (%d)", a.Timestamp, tol, now.Unix())
	}
	return signer, nil
}
