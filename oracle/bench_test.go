package oracle

// Throughput measurements of the node. They are tests that log their figures (skipped with -short):
//
//	go test ./oracle -run 'TestBench' -v -count=1
//
// BENCH_VERIFY_N (default 3000) and BENCH_E2E_N (default 1000) set the number of attestations.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/vmattest/vmattest/internal/outbox"
	"github.com/vmattest/vmattest/internal/protocol"
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

func benchN(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// cachedRegistry answers registry calls from a cache after the first read from the chain; other calls go
// to the chain. It stands in for a node-side cache of registry.keyState.
type cachedRegistry struct {
	ChainClient
	registry common.Address
	mu       sync.Mutex
	cache    map[string][]byte
	misses   atomic.Int64
}

func (c *cachedRegistry) CallContract(ctx context.Context, msg ethereum.CallMsg, block *bigInt) ([]byte, error) {
	if msg.To == nil || *msg.To != c.registry {
		return c.ChainClient.CallContract(ctx, msg, block)
	}
	k := string(msg.Data)
	c.mu.Lock()
	out, ok := c.cache[k]
	c.mu.Unlock()
	if ok {
		return out, nil
	}
	c.misses.Add(1)
	out, err := c.ChainClient.CallContract(ctx, msg, block)
	if err == nil {
		c.mu.Lock()
		c.cache[k] = out
		c.mu.Unlock()
	}
	return out, err
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

// TestBenchVerifyThroughput: node → agent over loopback HTTP, fetch + verify (fields, signature, timestamp,
// key active on chain), no outbox, no chain writes. Concurrency GOMAXPROCS×4 against one agent, one VM,
// one small file region. Two registry modes: cached (one chain read, then memory) and the simulated chain
// read on every attestation (what verify does today).
func TestBenchVerifyThroughput(t *testing.T) {
	if testing.Short() {
		t.Skip("throughput measurement: takes several seconds; run without -short")
	}
	n := benchN("BENCH_VERIFY_N", 3000)
	for _, mode := range []string{"cached-registry", "chain-registry"} {
		t.Run(mode, func(t *testing.T) {
			e := newEnv(t)
			vm := vmID(1)
			k := e.registerKey(vm)
			url := e.startAgent(vm, k, 0)
			cfg := e.config(t.TempDir())
			cfg.VMs = []VMConfig{vmConfig(vm, url, k.Address(), e.subsetID, time.Hour)}
			var backend ChainClient = e.client
			var cache *cachedRegistry
			if mode == "cached-registry" {
				cache = &cachedRegistry{ChainClient: e.client, registry: e.dep.Registry, cache: map[string][]byte{}}
				backend = cache
			}
			node, err := New(cfg, Deps{Backend: backend, Logger: discardLogger()})
			if err != nil {
				t.Fatal(err)
			}
			if err := node.initChain(context.Background()); err != nil { // only the chain client: no outbox, no loops
				t.Fatal(err)
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
					t.Fatalf("warm-up: %v", err)
				}
			}
			workers := 4 * goMaxProcs()
			lat := make(latencies, n)
			var next atomic.Int64
			var failed atomic.Int64
			var firstErr atomic.Value
			var wg sync.WaitGroup
			start := time.Now()
			for w := 0; w < workers; w++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for {
						i := int(next.Add(1)) - 1
						if i >= n {
							return
						}
						d, err := one()
						if err != nil {
							failed.Add(1)
							firstErr.CompareAndSwap(nil, err.Error())
						}
						lat[i] = d
					}
				}()
			}
			wg.Wait()
			el := time.Since(start)
			if f := failed.Load(); f > 0 {
				t.Fatalf("%d of %d failed; first: %v", f, n, firstErr.Load())
			}
			rate := float64(n) / el.Seconds()
			misses := int64(-1)
			if cache != nil {
				misses = cache.misses.Load()
			}
			t.Logf("BENCH verify mode=%s n=%d workers=%d GOMAXPROCS=%d elapsed=%s rate=%.0f/s p50=%s p99=%s max=%s registryCacheMisses=%d",
				mode, n, workers, goMaxProcs(), el.Round(time.Millisecond), rate, lat.pct(0.5).Round(time.Microsecond),
				lat.pct(0.99).Round(time.Microsecond), lat.pct(1).Round(time.Microsecond), misses)
			if mode == "cached-registry" && rate < 500 {
				t.Errorf("cached-registry rate %.0f/s below the 500/s target", rate)
			}
		})
	}
}

// TestBenchEndToEnd: on-demand attestations through the client API (node → agent → verify → outbox), the
// submission loop in batches of 20 through txmgr, a simulated chain committing a block every 50 ms. Reports
// throughput, request→confirmed latency and gas per attestation; checks that each attestation is confirmed
// in the outbox and recorded by the verifier exactly once.
//
// Mode vm-per-worker (default): 8 VMs, each worker sends to its own VM, so one VM's requests never overlap.
// Mode shared-vms: 4 VMs, every worker sends to every VM, so requests for one (VM, subset) overlap. The node
// serializes collection per (VM, subset), so the outbox holds them in sequence order and none is skipped;
// an item the verifier did skip is confirmed only if it landed before, and failed as superseded otherwise.
func TestBenchEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("throughput measurement: takes tens of seconds; run without -short")
	}
	for _, mode := range []string{"vm-per-worker", "shared-vms"} {
		t.Run(mode, func(t *testing.T) { benchEndToEnd(t, mode == "shared-vms") })
	}
}

func benchEndToEnd(t *testing.T, shared bool) {
	const (
		batchSize = 20
		blockTime = 50 * time.Millisecond
	)
	workers := 4 * goMaxProcs()
	numVMs := workers
	if shared {
		numVMs = 4
	}
	total := benchN("BENCH_E2E_N", 1000)
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
	run := runLoad(t, e, n, vms, total, workers, vmFor, 5*time.Minute)
	t.Logf("BENCH e2e shared=%v n=%d vms=%d workers=%d batch=%d block=%s txs=%d accepted-in=%s elapsed=%s rate=%.0f/s "+
		"request→confirmed p50=%s p99=%s max=%s gas/attestation=%d (gas/tx=%d) skipped=%d",
		shared, total, numVMs, workers, batchSize, blockTime, run.txs, run.accepted.Round(time.Millisecond), run.elapsed.Round(time.Millisecond),
		float64(total)/run.elapsed.Seconds(), run.lat.pct(0.5).Round(time.Millisecond), run.lat.pct(0.99).Round(time.Millisecond),
		run.lat.pct(1).Round(time.Millisecond), run.gas/uint64(total), run.gas/uint64(run.txs), run.skipped)
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
func runLoad(t *testing.T, e *env, n *Node, vms []protocol.VMID, total, workers int, vmFor func(w, i int) protocol.VMID, timeout time.Duration) loadRun {
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
				var ar AttestResponse
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
			if ev, err := verifierABI.UnpackAttestationSubmittedEvent(l); err == nil {
				chainSeqs[protocol.VMID(ev.VmId)] = append(chainSeqs[protocol.VMID(ev.VmId)], ev.Sequence)
			} else if _, err := verifierABI.UnpackAttestationSkippedEvent(l); err == nil {
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
