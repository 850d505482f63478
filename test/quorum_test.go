//go:build unix

package test

import (
	"context"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/vmattest/vmattest/internal/bindings/verifier"
	"github.com/vmattest/vmattest/internal/devnet"
	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/oracle/nodeapi"
)

// quorumReached returns the verifier's QuorumReached events of v, oldest first.
func quorumReached(t *testing.T, d *devnet.Devnet, v *devnet.VM) []struct {
	Timestamp uint64
	Digest    common.Hash
	Signers   []common.Address
} {
	t.Helper()
	c := dial(t, d)
	logs, err := c.FilterLogs(context.Background(), onchain.QuorumReachedQuery(d.Contracts.Verifier, v.ID, v.Subset, big.NewInt(0), nil))
	if err != nil {
		t.Fatal(err)
	}
	var out []struct {
		Timestamp uint64
		Digest    common.Hash
		Signers   []common.Address
	}
	for _, lg := range logs {
		ev, err := onchain.ParseQuorumReached(&lg)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, struct {
			Timestamp uint64
			Digest    common.Hash
			Signers   []common.Address
		}{ev.Timestamp, ev.StateDigest, ev.Signers})
	}
	return out
}

func sorted(keys ...common.Address) []common.Address {
	slices.SortFunc(keys, func(a, b common.Address) int {
		return strings.Compare(strings.ToLower(a.Hex()), strings.ToLower(b.Hex()))
	})
	return keys
}

// TestQuorumNodeStopped runs three nodes attesting the guest in a 2-of-3 quorum, each with its own agent and
// key: the first state is recorded by a quorum; with one node stopped, the other two still reach k=2 and a
// newer state is recorded with their two keys, and the nodes report the stopped peer.
func TestQuorumNodeStopped(t *testing.T) {
	d := startDevnet(t, devnet.Options{Workloads: []string{devnet.WorkloadGuest}, Nodes: 3, Interval: time.Hour})
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	rep, err := d.Tour(ctx)
	if err != nil {
		t.Fatalf("tour: %v", err)
	}
	v := d.VMs[0]
	if v.Quorum != 2 || len(v.Replicas) != 2 {
		t.Fatalf("guest quorum %d with %d replicas, want 2 of 3", v.Quorum, len(v.Replicas))
	}
	keys := []common.Address{v.Key, v.Replicas[0].Key, v.Replicas[1].Key}
	first := rep.VMs[0]
	if len(first.Signers) < 2 || len(first.Dissents) != 0 {
		t.Fatalf("first quorum: signers %v, dissents %v; want at least 2 signers, no dissent", first.Signers, first.Dissents)
	}
	for _, s := range first.Signers {
		if !slices.Contains(keys, s) {
			t.Errorf("signer %s is not one of the nodes' keys %v", s, keys)
		}
	}
	rec := latest(t, dial(t, d), d, v)
	if rec.Signer != (common.Address{}) || rec.StateDigest != first.StateDigest {
		t.Fatalf("record: signer %s digest %x; want a quorum record (signer zero) of %s", rec.Signer, rec.StateDigest, first.StateDigest.Hex())
	}

	// Node 3 stops; nodes 1 and 2 vote again. Node 3 may have voted for a newer state just before it stopped
	// (its rounds run on after the tour), and that vote may still form a quorum with another node's: a
	// quorum's timestamp is its earliest vote's, so only one later than the stop is without node 3.
	d.StopNodeAt(2)
	stoppedAt := uint64(time.Now().Unix())
	time.Sleep(1100 * time.Millisecond) // a newer timestamp than the stop and the recorded quorum (seconds)
	for i := 0; i < 2; i++ {
		if _, err := d.NodeAt(i).Attest(ctx, v.ID); err != nil {
			t.Fatalf("attest on node %d: %v", i+1, err)
		}
	}
	deadline := time.Now().Add(90 * time.Second)
	for {
		evs := quorumReached(t, d, v)
		last := evs[len(evs)-1]
		if last.Timestamp > rec.Timestamp && last.Timestamp > stoppedAt {
			if want := sorted(keys[0], keys[1]); !slices.Equal(last.Signers, want) {
				t.Fatalf("quorum without node 3 signed by %v, want nodes 1 and 2: %v", last.Signers, want)
			}
			t.Logf("with node 3 stopped, nodes 1 and 2 reached k=2: digest %s at %d (after %d)", last.Digest.Hex(), last.Timestamp, rec.Timestamp)
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no newer quorum within 90 s with node 3 stopped (%d quorum events)", len(evs))
		}
		time.Sleep(300 * time.Millisecond)
	}
	st, err := d.Node().VM(ctx, v.ID)
	if err != nil {
		t.Fatal(err)
	}
	q := st.Subsets[0].Quorum
	if q == nil || q.Quorum != 2 {
		t.Fatalf("node 1's quorum status: %+v", q)
	}
	stopped := d.Nodes()[2].URL
	found := false
	for _, vs := range q.Votes {
		if vs.Source == stopped {
			found = strings.Contains(vs.Error, "unreachable")
		}
	}
	if !found {
		t.Errorf("node 1 does not report node 3 (%s) unreachable: %+v", stopped, q.Votes)
	}
}

// TestQuorumDissentOutvoted runs three nodes of which the third's agent sees a tampered copy of the guest's
// memory: the honest two reach the quorum, the third's vote for another digest is outvoted, recorded on chain
// as QuorumDisagreement, and shown by the nodes' GET /v1/vms/{vm_id} and metrics.
func TestQuorumDissentOutvoted(t *testing.T) {
	d := startDevnet(t, devnet.Options{Workloads: []string{devnet.WorkloadGuest}, Nodes: 3, DissentingNode: 3, Interval: time.Hour})
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	rep, err := d.Tour(ctx)
	if err != nil {
		t.Fatalf("tour: %v", err)
	}
	v := d.VMs[0]
	honest, liar := sorted(v.Key, v.Replicas[0].Key), v.Replicas[1].Key
	if !v.Replicas[1].Dissenting {
		t.Fatal("node 3's agent is not the dissenting one")
	}
	vr := rep.VMs[0]
	if !slices.Equal(vr.Signers, honest) {
		t.Errorf("quorum signers %v, want the honest nodes' keys %v", vr.Signers, honest)
	}
	if len(vr.Dissents) == 0 || vr.Dissents[0].Signer != liar || vr.Dissents[0].StateDigest == vr.StateDigest {
		t.Fatalf("dissents %+v; want node 3's key %s with another digest than %s", vr.Dissents, liar, vr.StateDigest.Hex())
	}
	if !vr.IsIntact {
		t.Errorf("the honest digest, registered golden, is not intact")
	}
	for i := range 2 { // the honest nodes
		st, err := d.NodeAt(i).VM(ctx, v.ID)
		if err != nil {
			t.Fatal(err)
		}
		q := st.Subsets[0].Quorum
		if q == nil {
			t.Fatalf("node %d shows no quorum status", i+1)
		}
		if !slices.ContainsFunc(q.Disagreements, func(dis nodeapi.Disagreement) bool {
			return dis.Signer == liar && dis.StateDigest == vr.Dissents[0].StateDigest && dis.AgreedDigest == vr.StateDigest
		}) {
			t.Errorf("node %d's GET /v1/vms does not flag node 3's vote: %+v", i+1, q.Disagreements)
		}
	}
	// A later vote of node 3, after the quorum was recorded, is reported against the record
	// (reportDisagreements) by a node: the chain gets a second QuorumDisagreement.
	time.Sleep(1100 * time.Millisecond)
	if _, err := d.NodeAt(2).Attest(ctx, v.ID); err != nil {
		t.Fatal(err)
	}
	c := dial(t, d)
	deadline := time.Now().Add(60 * time.Second)
	for {
		logs, err := c.FilterLogs(ctx, onchain.DisagreementQuery(d.Contracts.Verifier, v.ID, v.Subset, liar, big.NewInt(0), nil))
		if err != nil {
			t.Fatal(err)
		}
		if len(logs) >= 2 {
			t.Logf("node 3's later vote reported on chain in tx %s", logs[len(logs)-1].TxHash.Hex())
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("node 3's later dissent was not reported on chain within 60 s (%d QuorumDisagreement events)", len(logs))
		}
		time.Sleep(300 * time.Millisecond)
	}
	m := scrapeMetrics(t, d)
	if m["vmattest_node_quorum_disagreements_total"] < 1 {
		t.Errorf("vmattest_node_quorum_disagreements_total = %v on node 1, want at least 1", m["vmattest_node_quorum_disagreements_total"])
	}

	// Revoking node 3's key, an operator's answer to a flagged dissent, stales the quorum record from the block
	// of the revocation on, although that key did not vote for it: the record keeps the VM's revocation count,
	// not its signers. The honest nodes' next quorum, by keys still active, is fresh again.
	before := latest(t, c, d, v)
	if !isFreshAt(t, c, d, v, nil) {
		t.Fatalf("the quorum record (sequence %d) is not fresh before the revocation", before.Sequence)
	}
	admin := sender{c, new(big.Int).SetUint64(d.ChainID), devnet.AdminKey()}
	r := admin.send(t, ctx, "revokeKey(node 3's key)", d.Contracts.Registry, onchain.PackRevokeKey(liar))
	if rec := latestAt(t, c, d, v, r.BlockNumber); rec.Sequence == before.Sequence && isFreshAt(t, c, d, v, r.BlockNumber) {
		t.Errorf("the quorum record of sequence %d is still fresh in block %d, where node 3's key was revoked", rec.Sequence, r.BlockNumber)
	}
	time.Sleep(1100 * time.Millisecond) // newer vote timestamps than the record's
	for i := range 2 {
		if _, err := d.NodeAt(i).Attest(ctx, v.ID); err != nil {
			t.Fatal(err)
		}
	}
	for deadline := time.Now().Add(90 * time.Second); ; time.Sleep(300 * time.Millisecond) {
		if rec := latest(t, c, d, v); rec.Sequence > before.Sequence && isFreshAt(t, c, d, v, nil) {
			t.Logf("after the revocation in block %d, the honest nodes' next quorum (sequence %d) is fresh", r.BlockNumber, rec.Sequence)
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no fresh quorum record within 90 s of node 3's key's revocation (record: %+v)", latest(t, c, d, v))
		}
	}
}

// latestAt is the verifier's record of (vm, subset) as of block (nil: the latest).
func latestAt(t *testing.T, c *ethclient.Client, d *devnet.Devnet, v *devnet.VM, block *big.Int) verifier.Record {
	t.Helper()
	rec, err := onchain.VerifierReader{Caller: c, Address: d.Contracts.Verifier, Block: block}.Latest(context.Background(), v.ID, v.Subset)
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// isFreshAt is verifier.isFresh(vm, subset, one hour) as of block (nil: the latest).
func isFreshAt(t *testing.T, c *ethclient.Client, d *devnet.Devnet, v *devnet.VM, block *big.Int) bool {
	t.Helper()
	fresh, err := onchain.VerifierReader{Caller: c, Address: d.Contracts.Verifier, Block: block}.IsFresh(context.Background(), v.ID, v.Subset, 3600)
	if err != nil {
		t.Fatal(err)
	}
	return fresh
}
