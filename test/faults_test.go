//go:build unix

package test

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/vmattest/vmattest/internal/devnet"
	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/outbox"
	"github.com/vmattest/vmattest/oracle/nodeapi"
)

// TestNodeCrashExactlyOnce kills the node (SIGKILL) under load while a batch transaction is in flight, restarts
// it on the same outbox, and checks that every attestation the node acknowledged (202) is confirmed and on
// chain exactly once, and that no sequence is on chain twice. The outbox records of a batch become
// submitted and confirmed only once its transaction is confirmed, so at the kill the in-flight batch's
// records are still signed: the restarted node resubmits them, and the verifier skips those the killed node's
// transaction already recorded.
func TestNodeCrashExactlyOnce(t *testing.T) {
	d := startDevnet(t, devnet.Options{Workloads: []string{devnet.WorkloadGuest}, BatchInterval: 300 * time.Millisecond})
	v := d.VM(devnet.WorkloadGuest)
	c := dial(t, d)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Second)
	defer cancel()
	nonce0, err := c.NonceAt(ctx, d.Accounts.Operator, nil)
	if err != nil {
		t.Fatal(err)
	}

	// The load: requests at a steady rate, up to workers at once; the node acknowledges an attestation once it
	// is in the outbox, far faster than the chain takes them (a batch of 20 per block).
	const (
		workers  = 30
		requests = 400
		rate     = 50 // per second
	)
	var (
		mu       sync.Mutex
		acked    []outbox.ID
		ackedAt  []time.Time
		failures []error
		wg       sync.WaitGroup
	)
	node := d.Node()
	loadStart := time.Now()
	reqs := make(chan struct{})
	go func() {
		defer close(reqs)
		tick := time.NewTicker(time.Second / rate)
		defer tick.Stop()
		for range requests {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			select {
			case <-ctx.Done():
				return
			case reqs <- struct{}{}:
			}
		}
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range reqs {
				ids, err := node.Attest(ctx, v.ID)
				now := time.Now()
				mu.Lock()
				if err == nil {
					acked = append(acked, ids...)
					for range ids {
						ackedAt = append(ackedAt, now)
					}
				} else {
					failures = append(failures, err)
				}
				mu.Unlock()
			}
		}()
	}

	// Kill once the load runs, a batch is confirmed, and the operator has a transaction in the pool (its pending
	// nonce is ahead of its mined one): a batch in flight.
	var (
		firstConfirmed bool
		pending        uint64
		mined          uint64
		inPool         bool
	)
	for deadline := loadStart.Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if time.Since(loadStart) < time.Second {
			continue
		}
		if !firstConfirmed {
			mu.Lock()
			var first outbox.ID
			n := len(acked)
			if n > 0 {
				first = acked[0]
			}
			mu.Unlock()
			if n == 0 {
				continue
			}
			r, err := node.Attestation(ctx, first)
			if err != nil || r.State != outbox.StateConfirmed.String() {
				continue
			}
			firstConfirmed = true
		}
		if pending, mined, err = operatorNonces(ctx, c, d.Accounts.Operator); err != nil {
			t.Fatalf("reading the operator's nonces: %v", err)
		}
		if pending > mined {
			inPool = true
			break
		}
	}
	stats := outboxStats(t, d)
	killAt := time.Now()
	d.KillNode()
	t.Logf("killed the node %s into the load: outbox signed=%d submitted=%d confirmed=%d; operator nonce pending %d, mined %d",
		killAt.Sub(loadStart).Round(time.Millisecond), stats["signed"], stats["submitted"], stats["confirmed"], pending, mined)
	if !firstConfirmed {
		t.Fatalf("no acknowledged attestation was confirmed within 5 s of load: the node did not submit before the kill")
	}
	if !inPool {
		t.Logf("no operator transaction was seen in the pool before the kill (pending nonce %d, mined %d): killing anyway", pending, mined)
	}
	if d.NodeRunning() {
		t.Fatal("the node still runs after KillNode")
	}

	restartAt := time.Now()
	if err := d.StartNode(ctx); err != nil {
		t.Fatalf("restarting the node on its outbox: %v", err)
	}
	t.Logf("node restarted in %s; %s", time.Since(restartAt).Round(time.Millisecond), lastLogLine(t, d, "outbox reconciled"))
	wg.Wait()
	loadTime := time.Since(loadStart)
	mu.Lock()
	ids, at, fails := append([]outbox.ID{}, acked...), append([]time.Time{}, ackedAt...), append([]error{}, failures...)
	mu.Unlock()
	if len(ids) < requests/2 {
		t.Fatalf("only %d attestations acknowledged of %d requests in %s of load (%d failed requests; first: %v): too little load to test a crash",
			len(ids), requests, loadTime.Round(time.Millisecond), len(fails), firstErr(fails))
	}
	for _, err := range fails {
		var ae *nodeapi.APIError
		if errors.As(err, &ae) {
			t.Errorf("the node refused a request (an answer, not a lost connection): %v", err)
		}
	}

	recs := checkExactlyOnce(t, d, v, ids, 60*time.Second)
	settledAt := time.Now()

	// Which acknowledged records were not confirmed when the node was killed: those whose confirmation (the
	// record's last transition) is later.
	ackedBeforeKill, confirmedBefore, confirmedAfter := 0, 0, 0
	for i, id := range ids {
		if !at[i].Before(killAt) {
			continue
		}
		ackedBeforeKill++
		r, err := node.Attestation(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if r.UpdatedAt.Before(killAt) {
			confirmedBefore++
		} else {
			confirmedAfter++
		}
	}
	if confirmedAfter == 0 {
		t.Errorf("all %d attestations acknowledged before the kill were confirmed before it: the kill did not happen mid-flight", ackedBeforeKill)
	}
	nonce1, err := c.NonceAt(ctx, d.Accounts.Operator, nil)
	if err != nil {
		t.Fatal(err)
	}
	txs := map[common.Hash]bool{}
	for _, r := range recs {
		txs[r.TxHash] = true
	}
	skipped, misattributed := skippedAndMisattributed(t, c, d, v, recs)
	t.Logf("load: %d requests in %s; acknowledged %d (%d before the kill, %d after the restart); %d requests failed (first: %v)",
		requests, loadTime.Round(time.Millisecond), len(ids), ackedBeforeKill, len(ids)-ackedBeforeKill, len(fails), firstErr(fails))
	t.Logf("of those acknowledged before the kill: %d confirmed before it, %d after the restart; all settled %s after the restart",
		confirmedBefore, confirmedAfter, settledAt.Sub(restartAt).Round(time.Millisecond))
	t.Logf("operator transactions: %d (nonce %d -> %d); records name %d distinct transactions; %d resubmitted items skipped by the verifier",
		nonce1-nonce0, nonce0, nonce1, len(txs), skipped)
	if misattributed > 0 {
		t.Logf("%d confirmed records name a transaction that did not record their sequence (it skipped them)", misattributed)
	}
	if err := d.Check(); err != nil {
		t.Errorf("a devnet process died: %v", err)
	}
}

// TestChainOutageCatchUp stops the chain (anvil dumps its state) for 30 s while clients and the node's
// schedule keep attesting, restarts it from the dump, and checks that the node acknowledged every request
// during the outage (the key states it verifies against come from its cache), that after the restart
// every acknowledged attestation is confirmed and on chain exactly once, that the chain kept its pre-outage
// state, and that the node never died.
func TestChainOutageCatchUp(t *testing.T) {
	d := startDevnet(t, devnet.Options{Workloads: []string{devnet.WorkloadGuest},
		Interval: 2 * time.Second, BatchInterval: 500 * time.Millisecond})
	v := d.VM(devnet.WorkloadGuest)
	c := dial(t, d)
	node := d.Node()
	ctx, cancel := context.WithTimeout(context.Background(), 110*time.Second)
	defer cancel()

	// Warm up: attestations confirmed, so the node holds a fresh key state.
	warm, errs := attestAll(ctx, d, v, 3, 1)
	if len(errs) > 0 || len(warm) != 3 {
		t.Fatalf("warm-up: %d acknowledged, errors %v", len(warm), errs)
	}
	warmRecs := checkExactlyOnce(t, d, v, warm, 30*time.Second)
	// Stop the chain while a batch is in flight if the schedule sends one soon (the operator has a transaction in
	// the pool): anvil's dump keeps the mined blocks, and the node must cope with the pool's content either way.
	var pending, mined uint64
	var err error
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if pending, mined, err = operatorNonces(ctx, c, d.Accounts.Operator); err != nil {
			t.Fatalf("reading the operator's nonces: %v", err)
		}
		if pending > mined {
			break
		}
	}
	before := latest(t, c, d, v)
	head0, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	d.StopChain()
	outageAt := time.Now()
	stateFile := filepath.Join(d.Dir(), "chain", "state.json")
	if fi, err := os.Stat(stateFile); err != nil || fi.Size() == 0 {
		t.Fatalf("anvil left no state dump at %s after SIGTERM: %v", stateFile, err)
	}
	if _, err := c.BlockNumber(ctx); err == nil {
		t.Fatal("the chain still answers after StopChain")
	}
	t.Logf("chain stopped at block %d (verifier sequence %d of %s); operator nonce pending %d, mined %d (a transaction in the pool: %v)",
		head0, before.Sequence, v.Name, pending, mined, pending > mined)

	var during []outbox.ID
	for i := 0; time.Since(outageAt) < 30*time.Second; i++ {
		next := outageAt.Add(time.Duration(i+1) * time.Second)
		rctx, rcancel := context.WithTimeout(ctx, 10*time.Second)
		ids, err := node.Attest(rctx, v.ID)
		rcancel()
		if err != nil {
			t.Errorf("attest request %d, %s into the outage: %v; want 202 (the node verifies keys against its cached state)",
				i, time.Since(outageAt).Round(time.Millisecond), err)
		} else {
			during = append(during, ids...)
		}
		time.Sleep(time.Until(next))
	}
	m := nodeMetrics(t, d)
	t.Logf("during the %s outage: %d acknowledged; stale key states used %s, rejected for chain_unavailable %s, verified %s",
		time.Since(outageAt).Round(time.Second), len(during), m["vmattest_node_keystate_stale_total"],
		orZero(m[`vmattest_node_attestations_rejected_total{reason="chain_unavailable"}`]), m["vmattest_node_attestations_verified_total"])
	if n := orZero(m[`vmattest_node_attestations_rejected_total{reason="chain_unavailable"}`]); n != "0" {
		t.Errorf("%s attestations (scheduled or requested) rejected as chain_unavailable during the outage; want 0", n)
	}

	restartAt := time.Now()
	if err := d.StartChain(ctx); err != nil {
		t.Fatalf("restarting anvil from its dump: %v", err)
	}
	head1, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatalf("the restarted chain does not answer: %v", err)
	}
	pending1, mined1, err := operatorNonces(ctx, c, d.Accounts.Operator)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("chain restarted in %s at block %d; operator nonce pending %d, mined %d", time.Since(restartAt).Round(time.Millisecond),
		head1, pending1, mined1)
	lostTx := pending > mined && pending1 == mined1 && mined1 == mined
	if lostTx {
		t.Logf("anvil's dump does not keep its pool: the node's transaction of nonce %d, in the pool at the stop, is gone", mined)
	}
	if head1 < head0 {
		t.Fatalf("the restarted chain is at block %d, before the outage it was at %d: anvil did not restore its state", head1, head0)
	}
	if after := latest(t, c, d, v); after.Sequence < before.Sequence || (after.Sequence == before.Sequence && after.StateDigest != before.StateDigest) {
		t.Fatalf("verifier.latest(%s) after the restart: sequence %d digest %x; before the outage: sequence %d digest %x",
			v.Name, after.Sequence, after.StateDigest, before.Sequence, before.StateDigest)
	}
	for _, r := range warmRecs {
		rcpt, err := c.TransactionReceipt(ctx, r.TxHash)
		if err != nil || rcpt.Status != 1 {
			t.Errorf("the warm-up batch %s of sequence %d is gone after the restart: %v", r.TxHash, r.Sequence, err)
		}
	}

	all := append(append([]outbox.ID{}, warm...), during...)
	recs := checkExactlyOnce(t, d, v, all, 2*time.Minute)
	var first, last time.Time // the first and last confirmation of an attestation acknowledged during the outage
	for _, id := range during {
		r, err := node.Attestation(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if first.IsZero() || r.UpdatedAt.Before(first) {
			first = r.UpdatedAt
		}
		if r.UpdatedAt.After(last) {
			last = r.UpdatedAt
		}
	}
	resumed, catchUp := first.Sub(restartAt), last.Sub(restartAt)

	acked := map[uint64]bool{}
	for _, r := range recs {
		acked[r.Sequence] = true
	}
	scheduled := 0
	for seq := range submittedSequences(t, c, d, v) {
		if seq > before.Sequence && !acked[seq] {
			scheduled++
		}
	}
	head2, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("after the restart: first confirmation in %s, caught up in %s: %d acknowledged during the outage and %d warm-up "+
		"attestations confirmed, %d scheduled ones on chain since the warm-up; chain at block %d (was %d before the outage)",
		resumed.Round(time.Millisecond), catchUp.Round(time.Millisecond), len(during), len(warm), scheduled, head2, head0)
	t.Logf("%s", lastLogLine(t, d, "registry readable again"))
	// Once the chain answers, the node resumes at its next RPC retry: a transaction lost with anvil's pool is
	// sent again as it was (internal/txmgr rebroadcasts after an outage), not replaced with bumped fees once its
	// ResubmissionTimeout (48 s) passes. A rebroadcast resets that timeout and anvil mines every second, so a
	// fee bump before the first confirmation means the node waited for the timeout instead.
	rebroadcasts := logLinesBetween(t, d, "rebroadcasting the tx after the node was unreachable", restartAt, first)
	bumps := logLinesBetween(t, d, "bumping fees", restartAt, first)
	t.Logf("between the restart and the first confirmation: %d rebroadcasts, %d fee bumps", len(rebroadcasts), len(bumps))
	if len(bumps) > 0 {
		t.Errorf("the node bumped fees before its first confirmation after the restart (%s): it waited for the "+
			"ResubmissionTimeout instead of sending its transaction again", bumps[0])
	}
	if lostTx && len(rebroadcasts) == 0 {
		t.Errorf("the node's transaction in flight was lost with anvil's pool, and the node did not rebroadcast it " +
			"before its first confirmation after the restart")
	}
	if err := d.Check(); err != nil {
		t.Errorf("a devnet process died: %v", err)
	}
}

// operatorNonces returns the operator's pending nonce (counting the pool) and its mined one.
func operatorNonces(ctx context.Context, c *ethclient.Client, a common.Address) (pending, mined uint64, err error) {
	if pending, err = c.PendingNonceAt(ctx, a); err != nil {
		return 0, 0, err
	}
	mined, err = c.NonceAt(ctx, a, nil)
	return pending, mined, err
}

// nodeMetrics reads the node's /metrics as series -> value.
func nodeMetrics(t *testing.T, d *devnet.Devnet) map[string]string {
	t.Helper()
	resp, err := http.Get(d.NodeURL + nodeapi.PathMetrics)
	if err != nil {
		t.Fatalf("GET /metrics: %v", err)
	}
	defer resp.Body.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.LastIndexByte(line, ' '); i > 0 && !strings.HasPrefix(line, "#") {
			out[line[:i]] = line[i+1:]
		}
	}
	return out
}

// outboxStats returns the node's outbox records by state (vmattest_node_outbox_records).
func outboxStats(t *testing.T, d *devnet.Devnet) map[string]uint64 {
	t.Helper()
	out := map[string]uint64{}
	for k, v := range nodeMetrics(t, d) {
		if s, ok := strings.CutPrefix(k, `vmattest_node_outbox_records{state="`); ok {
			n, _ := strconv.ParseUint(v, 10, 64)
			out[strings.TrimSuffix(s, `"}`)] = n
		}
	}
	return out
}

func orZero(s string) string {
	if s == "" {
		return "0"
	}
	return s
}

func firstErr(errs []error) error {
	if len(errs) == 0 {
		return nil
	}
	return errs[0]
}

// nodeLogLines returns the lines of the node's log (its first 64 MiB) that contain msg.
func nodeLogLines(d *devnet.Devnet, msg string) ([]string, error) {
	f, err := os.Open(filepath.Join(d.Dir(), "logs", "node.log"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(io.LimitReader(f, 64<<20))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.Contains(sc.Text(), msg) {
			lines = append(lines, sc.Text())
		}
	}
	return lines, sc.Err()
}

// lastLogLine returns the node log's last line containing msg.
func lastLogLine(t *testing.T, d *devnet.Devnet, msg string) string {
	t.Helper()
	lines, err := nodeLogLines(d, msg)
	if err != nil {
		return err.Error()
	}
	if len(lines) == 0 {
		return fmt.Sprintf("(no %q in the node log)", msg)
	}
	return lines[len(lines)-1]
}

// logLinesBetween returns the lines of the node's JSON log holding msg and logged between from and to
// (inclusive).
func logLinesBetween(t *testing.T, d *devnet.Devnet, msg string, from, to time.Time) []string {
	t.Helper()
	lines, err := nodeLogLines(d, msg)
	if err != nil {
		t.Fatalf("reading the node log: %v", err)
	}
	var between []string
	for _, l := range lines {
		var rec struct {
			Time time.Time `json:"time"`
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("node log line %q: %v", l, err)
		}
		if !rec.Time.Before(from) && !rec.Time.After(to) {
			between = append(between, l)
		}
	}
	return between
}

// skippedAndMisattributed counts the verifier's AttestationSkipped events of v (items resubmitted after they
// landed), and the records whose confirmation names a transaction other than the one holding the
// AttestationSubmitted event of their sequence.
func skippedAndMisattributed(t *testing.T, c *ethclient.Client, d *devnet.Devnet, v *devnet.VM, recs []outboxRecord) (skipped, misattributed int) {
	t.Helper()
	logs, err := c.FilterLogs(context.Background(), onchain.RecordQuery(d.Contracts.Verifier, v.ID, v.Subset, big.NewInt(0), nil))
	if err != nil {
		t.Fatalf("eth_getLogs: %v", err)
	}
	landed := map[uint64]common.Hash{}
	for _, lg := range logs {
		if _, err := onchain.ParseSkipped(&lg); err == nil {
			skipped++
			continue
		}
		ev, err := onchain.ParseSubmitted(&lg)
		if err != nil {
			t.Fatal(err)
		}
		landed[ev.Sequence] = lg.TxHash
	}
	for _, r := range recs {
		if landed[r.Sequence] != r.TxHash {
			misattributed++
		}
	}
	return skipped, misattributed
}
