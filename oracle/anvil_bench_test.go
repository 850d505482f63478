//go:build unix

package oracle

// End-to-end throughput of the node against a real anvil process (skipped when anvil is not installed,
// unless CI is set):
//
//	go test ./oracle -run '^$' -bench BenchmarkNodeAnvilEndToEnd -benchtime 1000x

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/testsupport/anviltest"
)

// anvilDevKey is anvil's first dev account (public, well-known test key).
const anvilDevKey = anviltest.DevKey

// anvilBlockTime is the interval mining period once setup is done.
const anvilBlockTime = 1 // seconds

// startAnvil runs anvil on a free loopback port (automine) and returns a client; the process group is
// killed when the test ends.
func startAnvil(t testing.TB) *ethclient.Client {
	t.Helper()
	_, c := anviltest.Start(t, "..")
	return c
}

// newAnvilEnv is newEnv on anvil: contracts deployed, roles granted, the subset approved, all with
// automine; the caller switches to interval mining after registering keys.
func newAnvilEnv(t testing.TB) *env {
	t.Helper()
	client := startAnvil(t)
	ctx := context.Background()
	key, err := crypto.HexToECDSA(anvilDevKey)
	if err != nil {
		t.Fatal(err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	opts := bind.NewKeyedTransactor(key, chainID)
	dep, err := onchain.Deploy(ctx, client, opts, addr, 0, nil)
	if err != nil {
		t.Fatalf("Deploy: %v", err)
	}
	// mining=true: env.send waits without committing (the chain mines by itself); the miner goroutine
	// and stopMine of the simulated env are not used.
	e := &env{t: t, client: client, admin: opts, chainID: chainID, dep: dep, operator: key, mining: true,
		stopMine: make(chan struct{})}
	e.setUp(addr)
	return e
}

// BenchmarkNodeAnvilEndToEnd: BenchmarkNodeEndToEnd (vm-per-worker) against a real anvil node mining a
// block every second: client API → agent → verify → outbox → submitBatch (20) → confirmed; one operation
// is one attestation. Reports throughput, latency, gas per attestation and the number of transactions, and
// checks each attestation is confirmed exactly once. Run it with a fixed count (make bench: 1000x).
func BenchmarkNodeAnvilEndToEnd(b *testing.B) {
	const batchSize = 20
	e := newAnvilEnv(b)
	workers := 4 * goMaxProcs()
	var vms []protocol.VMID
	var vcs []VMConfig
	for i := 0; i < workers; i++ {
		vm := vmID(200 + i)
		k := e.registerKey(vm)
		vcs = append(vcs, vmConfig(vm, e.startAgent(vm, k, 0), k.Address(), e.subsetID, time.Hour))
		vms = append(vms, vm)
	}
	// Setup ran with automine; from here a block every anvilBlockTime seconds.
	if err := e.client.(*ethclient.Client).Client().Call(nil, "evm_setIntervalMining", anvilBlockTime); err != nil {
		b.Fatalf("evm_setIntervalMining: %v", err)
	}
	cfg := e.config(b.TempDir())
	cfg.VMs = vcs
	cfg.Clients = []ClientConfig{{Name: "bench", TokenSHA256: tokenHash(testToken), RatePerSecond: 1e6, Burst: 1 << 20}}
	cfg.BatchSize = batchSize
	cfg.BatchInterval = 100 * time.Millisecond
	n := e.startNode(cfg)

	b.ResetTimer()
	run := runLoad(b, e, n, vms, b.N, workers, func(w, _ int) protocol.VMID { return vms[w] }, 2*time.Minute+time.Duration(b.N)*100*time.Millisecond)
	reportLoad(b, run, b.N)
	b.ReportMetric(float64(run.blocks), "blocks")
}
