//go:build unix

package test

import (
	"context"
	"os"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vmattest/vmattest/internal/devnet"
	"github.com/vmattest/vmattest/internal/outbox"
)

// envInt reads a positive integer from the environment, or def.
func envInt(t *testing.T, name string, def int) int {
	t.Helper()
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		t.Fatalf("%s=%q: want a positive integer", name, s)
	}
	return n
}

// TestLoadSustained offers the node a steady rate of attestation requests (VMATTEST_LOAD_RATE per second,
// default 20: the node's measured capacity on anvil with 1 s blocks and batches of 20) for
// VMATTEST_LOAD_SECONDS (default 60) on a devnet, then waits for the backlog to drain. It checks that every
// acknowledged attestation is confirmed exactly once, and logs the figures docs/benchmarks.md quotes:
// offered and confirmed throughput, acceptance→confirmation latency percentiles, transactions and gas per
// attestation.
func TestLoadSustained(t *testing.T) {
	rate := envInt(t, "VMATTEST_LOAD_RATE", 20)
	seconds := envInt(t, "VMATTEST_LOAD_SECONDS", 60)
	d := startDevnet(t, devnet.Options{Workloads: []string{devnet.WorkloadGuest}, Interval: time.Hour,
		BatchInterval: 500 * time.Millisecond, Progress: discard{}})
	v := d.VMs[0]
	node := d.Node()
	ctx, cancel := context.WithTimeout(context.Background(), time.Duration(seconds)*time.Second+5*time.Minute)
	defer cancel()

	var (
		mu       sync.Mutex
		ids      []outbox.ID
		failures []error
		wg       sync.WaitGroup
	)
	start := time.Now()
	tick := time.NewTicker(time.Second / time.Duration(rate))
	for i := 0; i < rate*seconds; i++ {
		<-tick.C
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := node.Attest(ctx, v.ID)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				failures = append(failures, err)
				return
			}
			ids = append(ids, got...)
		}()
	}
	tick.Stop()
	wg.Wait()
	offered := time.Since(start)
	if len(failures) > 0 {
		t.Fatalf("%d of %d requests failed, e.g. %v", len(failures), rate*seconds, failures[0])
	}
	recs := checkExactlyOnce(t, d, v, ids, 5*time.Minute)
	drained := time.Since(start)

	// Latency from the node's records: accepted (written to the outbox) → confirmed.
	var lat []time.Duration
	var last time.Time
	txs := map[common.Hash]bool{}
	for _, r := range recs {
		a, err := node.Attestation(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		lat = append(lat, a.UpdatedAt.Sub(a.CreatedAt))
		if a.UpdatedAt.After(last) {
			last = a.UpdatedAt
		}
		txs[r.TxHash] = true
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) time.Duration { return lat[int(p*float64(len(lat)-1))].Round(time.Millisecond) }
	c := dial(t, d)
	var gas uint64
	for h := range txs {
		r, err := c.TransactionReceipt(ctx, h)
		if err != nil {
			t.Fatal(err)
		}
		gas += r.GasUsed
	}
	n := len(recs)
	t.Logf("BENCH load offered=%d/s for %s requests=%d confirmed=%d throughput=%.1f/s (first request → last confirmation %s) "+
		"accepted→confirmed p50=%s p90=%s p99=%s max=%s transactions=%d attestations/tx=%.1f gas/attestation=%d (all-in, incl. 21000 base per tx)",
		rate, offered.Round(time.Second), rate*seconds, n, float64(n)/last.Sub(start).Seconds(), last.Sub(start).Round(time.Millisecond),
		pct(0.5), pct(0.9), pct(0.99), pct(1), len(txs), float64(n)/float64(len(txs)), gas/uint64(n))
	if n != rate*seconds {
		t.Errorf("%d confirmed of %d requested", n, rate*seconds)
	}
	t.Logf("backlog drained %s after the first request", drained.Round(time.Millisecond))
	if err := d.Check(); err != nil {
		t.Error(err)
	}
}

// discard is an io.Writer that drops the devnet's progress (a load run's log would be noise).
type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
