package oracle

// Throughput of the node, as benchmarks (make bench runs them with a fixed count):
//
//	go test ./oracle -run '^$' -bench 'BenchmarkNode' -benchtime 1000x
//
// One operation is one attestation; the figures are reported as metrics (attestations/s, p50-ms, p99-ms,
// gas/attestation).

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/outbox"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/oracle/nodeapi"
)

type bigInt = big.Int

func discardLogger() *slog.Logger { return slog.New(slog.NewJSONHandler(io.Discard, nil)) }

func goMaxProcs() int { return runtime.GOMAXPROCS(0) }

// tryDo is do without t (safe in goroutines).
func tryDo(n *Node, method, path, token string, out any) (int, error) {
	req, err := http.NewRequest(method, "http://"+n.Addr().String()+path, bytes.NewReader(nil))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode/100 != 2 {
		return resp.StatusCode, fmt.Errorf("%s", data)
	}
	return resp.StatusCode, json.Unmarshal(data, out)
}

type latencies []time.Duration

func (l latencies) pct(p float64) time.Duration {
	if len(l) == 0 {
		return 0
	}
	s := slices.Clone(l)
	slices.Sort(s)
	i := int(p * float64(len(s)-1))
	return s[i]
}

// BenchmarkNodeVerify: node → agent over loopback HTTP, fetch + verify (fields, signature, timestamp, key
// active on chain), no outbox, no chain writes; one operation is one attestation fetched and verified.
// 4×GOMAXPROCS workers against one agent, one VM, one small file region. Two registry modes: the node's key
// state cache as configured by default (cached-registry), and a KeyStateTTL of 1 ns, which reads the key state
// from the chain on every attestation (chain-registry). Reports
// attestations/s and the p50/p99 latency of one fetch and verification.
func BenchmarkNodeVerify(b *testing.B) {
	for _, mode := range []string{"cached-registry", "chain-registry"} {
		b.Run(mode, func(b *testing.B) {
			e := newEnv(b)
			vm := vmID(1)
			k := e.registerKey(vm)
			url := e.startAgent(vm, k, 0)
			cfg := e.config(b.TempDir())
			cfg.VMs = []VMConfig{vmConfig(vm, url, k.Address(), e.subsetID, time.Hour)}
			if mode == "chain-registry" {
				cfg.KeyStateTTL = time.Nanosecond
			}
			node, err := New(cfg, Deps{Backend: e.client, Logger: discardLogger()})
			if err != nil {
				b.Fatal(err)
			}
			if err := node.initChain(context.Background()); err != nil { // only the chain client: no outbox, no loops
				b.Fatal(err)
			}
			vc := node.vms[vm]
			ctx := context.Background()
			one := func() (time.Duration, error) {
				t0 := time.Now()
				sa, err := node.fetch(ctx, vc, e.subsetID)
				if err == nil {
					err = node.verify(ctx, vc, e.subsetID, sa)
				}
				return time.Since(t0), err
			}
			for i := 0; i < 50; i++ { // warm-up: connections, page cache, registry cache
				if _, err := one(); err != nil {
					b.Fatalf("warm-up: %v", err)
				}
			}
			workers := 4 * goMaxProcs()
			lat := make(latencies, b.N)
			var next, failed atomic.Int64
			var firstErr atomic.Value
			var wg sync.WaitGroup
			b.ResetTimer()
			start := time.Now()
			for w := 0; w < workers; w++ {
				wg.Go(func() {
					for {
						i := int(next.Add(1)) - 1
						if i >= b.N {
							return
						}
						d, err := one()
						if err != nil {
							failed.Add(1)
							firstErr.CompareAndSwap(nil, err.Error())
						}
						lat[i] = d
					}
				})
			}
			wg.Wait()
			el := time.Since(start)
			b.StopTimer()
			if f := failed.Load(); f > 0 {
				b.Fatalf("%d of %d failed; first: %v", f, b.N, firstErr.Load())
			}
			b.ReportMetric(float64(b.N)/el.Seconds(), "attestations/s")
			b.ReportMetric(ms(lat.pct(0.5)), "p50-ms")
			b.ReportMetric(ms(lat.pct(0.99)), "p99-ms")
		})
	}
}

// ms is d in milliseconds, for ReportMetric.
func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// TestEndToEndExactlyOnce: on-demand attestations through the client API (node → agent → verify → outbox),
// the submission loop in batches of 20 through txmgr, a simulated chain committing a block every 50 ms;
// checks that each attestation is confirmed in the outbox and recorded by the verifier exactly once.
//
// Mode vm-per-worker: 8 VMs, each worker sends to its own VM, so one VM's requests never overlap. Mode
// shared-vms: 4 VMs, every worker sends to every VM, so requests for one (VM, subset) overlap. The node
// serializes collection per (VM, subset), so the outbox holds them in sequence order and none is skipped;
// an item the verifier did skip is confirmed only if it landed before, and failed as superseded otherwise.
// BenchmarkNodeEndToEnd measures the same runs.
func TestEndToEndExactlyOnce(t *testing.T) {
	const total = 200
	for _, mode := range []string{"vm-per-worker", "shared-vms"} {
		t.Run(mode, func(t *testing.T) {
			run := endToEnd(t, mode == "shared-vms", total)
			t.Logf("%d attestations in %d transactions, %d events", total, run.txs, run.events)
		})
	}
}

// BenchmarkNodeEndToEnd: TestEndToEndExactlyOnce's runs, one operation being one attestation requested and
// confirmed; reports attestations/s, request→confirmed p50/p99 and gas per attestation. Run it with a fixed
// count (make bench uses -benchtime 1000x): each round of the benchmark's ramp deploys a new chain.
func BenchmarkNodeEndToEnd(b *testing.B) {
	for _, mode := range []string{"vm-per-worker", "shared-vms"} {
		b.Run(mode, func(b *testing.B) { reportLoad(b, endToEnd(b, mode == "shared-vms", b.N), b.N) })
	}
}

// reportLoad reports a load run's figures as benchmark metrics.
func reportLoad(b *testing.B, run loadRun, total int) {
	b.ReportMetric(float64(total)/run.elapsed.Seconds(), "attestations/s")
	b.ReportMetric(ms(run.lat.pct(0.5)), "p50-ms")
	b.ReportMetric(ms(run.lat.pct(0.99)), "p99-ms")
	b.ReportMetric(float64(run.gas)/float64(total), "gas/attestation")
	b.ReportMetric(float64(run.txs), "transactions")
}

// endToEnd runs total attestations through a node on a simulated chain (see TestEndToEndExactlyOnce) and
// checks each was confirmed exactly once.
func endToEnd(t testing.TB, shared bool, total int) loadRun {
	const (
		batchSize = 20
		blockTime = 50 * time.Millisecond
	)
	workers := 4 * goMaxProcs()
	numVMs := workers
	if shared {
		numVMs = 4
	}
	e := newEnv(t)
	var vms []protocol.VMID
	var vcs []VMConfig
	for i := 0; i < numVMs; i++ {
		vm := vmID(100 + i)
		k := e.registerKey(vm)
		vcs = append(vcs, vmConfig(vm, e.startAgent(vm, k, 0), k.Address(), e.subsetID, time.Hour)) // no scheduled runs
		vms = append(vms, vm)
	}
	// Miner: a block every 50 ms (env.startMining uses 20 ms).
	e.mining = true
	e.mineWG.Add(1)
	go func() {
		defer e.mineWG.Done()
		tk := time.NewTicker(blockTime)
		defer tk.Stop()
		for {
			select {
			case <-e.stopMine:
				return
			case <-tk.C:
				e.sim.Commit()
			}
		}
	}()
	cfg := e.config(t.TempDir())
	cfg.VMs = vcs
	cfg.Clients = []ClientConfig{{Name: "bench", TokenSHA256: tokenHash(testToken), RatePerSecond: 1e6, Burst: 1 << 20}}
	cfg.BatchSize = batchSize
	cfg.BatchInterval = 100 * time.Millisecond
	n := e.startNode(cfg)

	vmFor := func(w, i int) protocol.VMID {
		if shared {
			return vms[i%numVMs]
		}
		return vms[w%numVMs]
	}
	if b, ok := t.(*testing.B); ok {
		b.ResetTimer()
	}
	return runLoad(t, e, n, vms, total, workers, vmFor, 5*time.Minute)
}

// loadRun is what runLoad measured.
type loadRun struct {
	accepted, elapsed   time.Duration // all requests accepted; first request to last confirmation
	lat                 latencies     // request→confirmed, per attestation
	txs, blocks, events int           // batch transactions, their blocks, AttestationSubmitted events
	skipped             int           // AttestationSkipped events
	gas                 uint64        // gas used by the batch transactions
}

// runLoad sends total on-demand attestation requests through n's client API from workers goroutines (request
// i of worker w goes to vmFor(w, i)), waits up to timeout for every one to be confirmed in the outbox, and
// checks that each was recorded on chain exactly once: the outbox's sequences of each VM are the chain's,
// without duplicates, the latest on chain is the highest, and nothing was skipped.
func runLoad(t testing.TB, e *env, n *Node, vms []protocol.VMID, total, workers int, vmFor func(w, i int) protocol.VMID, timeout time.Duration) loadRun {
	t.Helper()
	type sent struct {
		vm    protocol.VMID
		id    outbox.ID
		start time.Time
	}
	reqs := make([]sent, total)
	var next, failed atomic.Int64
	var firstErr atomic.Value
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= total {
					return
				}
				vm := vmFor(w, i)
				t0 := time.Now()
				var ar nodeapi.AttestResponse
				code, err := tryDo(n, "POST", "/v1/vms/"+vm.String()+"/attest", testToken, &ar)
				if err != nil || code != 202 || len(ar.IDs) != 1 {
					failed.Add(1)
					firstErr.CompareAndSwap(nil, fmt.Sprintf("code %d err %v ids %d", code, err, len(ar.IDs)))
					continue
				}
				reqs[i] = sent{vm, ar.IDs[0], t0}
			}
		}()
	}
	wg.Wait()
	var run loadRun
	run.accepted = time.Since(start)
	if f := failed.Load(); f > 0 {
		t.Fatalf("%d of %d requests failed; first: %v", f, total, firstErr.Load())
	}
	deadline := time.Now().Add(timeout)
	for {
		st, err := n.Outbox().Stats()
		if err != nil {
			t.Fatal(err)
		}
		if st[outbox.StateConfirmed]+st[outbox.StateFailed] >= uint64(total) {
			if st[outbox.StateFailed] > 0 || st[outbox.StateConfirmed] != uint64(total) {
				t.Fatalf("outbox states: %v", st)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out; outbox states: %v", st)
		}
		time.Sleep(10 * time.Millisecond)
	}

	// Latency, end of the run, per-VM sequences from the outbox.
	run.lat = make(latencies, total)
	seen := map[outbox.ID]bool{}
	txs := map[common.Hash]bool{}
	outSeqs := map[protocol.VMID][]uint64{}
	var last time.Time
	for i, r := range reqs {
		if seen[r.id] {
			t.Fatalf("outbox id %s returned twice", r.id)
		}
		seen[r.id] = true
		rec, err := n.Outbox().Get(r.id)
		if err != nil {
			t.Fatal(err)
		}
		if rec.State != outbox.StateConfirmed || rec.Confirmation == nil {
			t.Fatalf("record %s is %s", r.id, rec.State)
		}
		run.lat[i] = rec.Confirmation.At.Sub(r.start)
		if rec.Confirmation.At.After(last) {
			last = rec.Confirmation.At
		}
		txs[rec.Confirmation.TxHash] = true
		outSeqs[r.vm] = append(outSeqs[r.vm], rec.Attestation.Sequence)
	}
	run.elapsed = last.Sub(start)
	if len(txs) == 0 {
		t.Fatal("no transactions")
	}

	// Receipts: gas, and the verifier's events (each attestation submitted once, none skipped).
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	chainSeqs := map[protocol.VMID][]uint64{}
	blocks := map[uint64]bool{}
	for h := range txs {
		rc, err := e.client.TransactionReceipt(ctx, h)
		if err != nil {
			t.Fatalf("receipt %s: %v", h, err)
		}
		if rc.Status != 1 {
			t.Fatalf("tx %s reverted", h)
		}
		run.gas += rc.GasUsed
		blocks[rc.BlockNumber.Uint64()] = true
		for _, l := range rc.Logs {
			if ev, err := onchain.ParseSubmitted(l); err == nil {
				chainSeqs[protocol.VMID(ev.VmId)] = append(chainSeqs[protocol.VMID(ev.VmId)], ev.Sequence)
			} else if _, err := onchain.ParseSkipped(l); err == nil {
				run.skipped++
			}
		}
	}
	run.txs, run.blocks = len(txs), len(blocks)
	for _, vm := range vms {
		o, c := slices.Sorted(slices.Values(outSeqs[vm])), slices.Sorted(slices.Values(chainSeqs[vm]))
		run.events += len(c)
		if !slices.Equal(o, c) || len(slices.Compact(slices.Clone(o))) != len(o) {
			t.Errorf("vm %s: %d sequences in the outbox, %d recorded on chain (skipped events in all: %d)", vm, len(o), len(c), run.skipped)
		}
		if got := e.latest(vm).Sequence; len(o) > 0 && got != o[len(o)-1] {
			t.Errorf("vm %s: latest sequence on chain %d, highest in the outbox %d", vm, got, o[len(o)-1])
		}
	}
	if run.events != total {
		t.Errorf("%d AttestationSubmitted events for %d attestations", run.events, total)
	}
	if run.skipped > 0 {
		t.Errorf("%d AttestationSkipped events: confirmed in the outbox but not recorded on chain", run.skipped)
	}
	return run
}
