//go:build unix

package oracle

// End-to-end throughput of the node against a real anvil process (skipped with -short, and when anvil is
// not installed unless CI is set):
//
//	go test ./oracle -run TestBenchAnvilEndToEnd -v -count=1
//
// BENCH_ANVIL_N (default 1000) sets the number of attestations.

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/vmattest/vmattest/internal/bindings/registry"
	"github.com/vmattest/vmattest/internal/bindings/verifier"
	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/outbox"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/subset"
)

// anvilDevKey is anvil's first dev account (public, well-known test key).
const anvilDevKey = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

// anvilBlockTime is the interval mining period once setup is done.
const anvilBlockTime = 1 // seconds

// startAnvil runs anvil on a free loopback port (automine) and returns a client; the process group is
// killed when the test ends.
func startAnvil(t *testing.T) *ethclient.Client {
	t.Helper()
	script := filepath.Join("..", "scripts", "foundry")
	bin := filepath.Join("..", "node_modules", "@foundry-rs", "anvil-"+runtime.GOOS+"-"+runtime.GOARCH, "bin", "anvil")
	if _, err := os.Stat(bin); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("anvil is not installed (%s: %v); run make tools", bin, err)
		}
		t.Skipf("anvil is not installed (%s missing; run make tools)", bin)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	_ = l.Close()
	cmd := exec.Command(script, "anvil", "--port", fmt.Sprint(port), "--silent")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start anvil: %v", err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		<-exited
	})
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(15 * time.Second)
	for {
		select {
		case err := <-exited:
			exited <- err
			t.Fatalf("anvil exited: %v", err)
		default:
		}
		c, err := ethclient.Dial(url)
		if err == nil {
			ctx, cancel := context.WithTimeout(context.Background(), time.Second)
			_, err = c.ChainID(ctx)
			cancel()
			if err == nil {
				t.Cleanup(c.Close)
				return c
			}
			c.Close()
		}
		if time.Now().After(deadline) {
			t.Fatalf("anvil not answering on %s: %v", url, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// newAnvilEnv is newEnv on anvil: contracts deployed, roles granted, the subset approved, all with
// automine; the caller switches to interval mining after registering keys.
func newAnvilEnv(t *testing.T) *env {
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
	file := filepath.Join(t.TempDir(), "config")
	if err := os.WriteFile(file, []byte("max_fee = 42\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	e.manifest = &subset.Manifest{Schema: subset.Schema, Name: "node-test", Version: "1",
		Regions: []subset.Region{{Name: "config", File: &subset.FileSpec{Path: file}}}}
	if err := e.manifest.Validate(); err != nil {
		t.Fatal(err)
	}
	e.subsetID = e.manifest.ID()
	reg := registry.NewEnclaveKeyRegistry()
	ver := verifier.NewAttestationVerifier()
	registrar, err := reg.UnpackREGISTRARROLE(e.call(dep.Registry, reg.PackREGISTRARROLE()))
	if err != nil {
		t.Fatal(err)
	}
	e.send(dep.Registry, reg.PackGrantRole(registrar, addr))
	policyRole, err := ver.UnpackPOLICYROLE(e.call(dep.Verifier, ver.PackPOLICYROLE()))
	if err != nil {
		t.Fatal(err)
	}
	e.send(dep.Verifier, ver.PackGrantRole(policyRole, addr))
	policy := verifier.SubsetPolicy{AllowedAlgorithms: onchain.AlgorithmMask(protocol.HashAlgs()...), MaxAge: 3600, MaxFutureSkew: 600}
	e.send(dep.Verifier, ver.PackApproveSubset(e.subsetID, policy, "node-test", "1", "file://node-test.yaml"))
	return e
}

// registerAnvilKey is env.registerKey through onchain.PackApproveKey.
func registerAnvilKey(e *env, vm protocol.VMID) *protocol.InsecureKeySigner {
	e.t.Helper()
	k, _ := crypto.GenerateKey()
	s := protocol.NewInsecureKeySigner(k)
	e.send(e.dep.Registry, onchain.PackApproveKey(registry.KeyRegistration{
		Key: s.Address(), VmId: vm, ExpiresAt: e.now() + 86400,
		EvidenceHash: crypto.Keccak256Hash([]byte("evidence"), s.Address().Bytes()), Measurement: make([]byte, 48),
	}))
	return s
}

// TestBenchAnvilEndToEnd: TestBenchEndToEnd (vm-per-worker) against a real anvil node mining a block every
// second: client API → agent → verify → outbox → submitBatch (20) → confirmed. Logs throughput, latency,
// gas per attestation and the number of transactions; checks each attestation is confirmed exactly once.
func TestBenchAnvilEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("throughput measurement against a real anvil process: takes tens of seconds; run without -short")
	}
	const batchSize = 20
	total := benchN("BENCH_ANVIL_N", 1000)
	e := newAnvilEnv(t)
	workers := 4 * goMaxProcs()
	var vms []protocol.VMID
	var vcs []VMConfig
	for i := 0; i < workers; i++ {
		vm := vmID(200 + i)
		k := registerAnvilKey(e, vm)
		vcs = append(vcs, vmConfig(vm, e.startAgent(vm, k, 0), k.Address(), e.subsetID, time.Hour))
		vms = append(vms, vm)
	}
	// Setup ran with automine; from here a block every anvilBlockTime seconds.
	if err := e.client.(*ethclient.Client).Client().Call(nil, "evm_setIntervalMining", anvilBlockTime); err != nil {
		t.Fatalf("evm_setIntervalMining: %v", err)
	}
	cfg := e.config(t.TempDir())
	cfg.VMs = vcs
	cfg.Clients = []ClientConfig{{Name: "bench", TokenSHA256: tokenHash(testToken), RatePerSecond: 1e6, Burst: 1 << 20}}
	cfg.BatchSize = batchSize
	cfg.BatchInterval = 100 * time.Millisecond
	n := e.startNode(cfg)

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
			vm := vms[w]
			for {
				i := int(next.Add(1)) - 1
				if i >= total {
					return
				}
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
	accepted := time.Since(start)
	if f := failed.Load(); f > 0 {
		t.Fatalf("%d of %d requests failed; first: %v", f, total, firstErr.Load())
	}
	deadline := time.Now().Add(2 * time.Minute)
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
		time.Sleep(20 * time.Millisecond)
	}

	lat := make(latencies, total)
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
		lat[i] = rec.Confirmation.At.Sub(r.start)
		if rec.Confirmation.At.After(last) {
			last = rec.Confirmation.At
		}
		txs[rec.Confirmation.TxHash] = true
		outSeqs[r.vm] = append(outSeqs[r.vm], rec.Attestation.Sequence)
	}
	el := last.Sub(start)

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var gas uint64
	chainSeqs := map[protocol.VMID][]uint64{}
	skipped := 0
	blocks := map[uint64]bool{}
	for h := range txs {
		rc, err := e.client.TransactionReceipt(ctx, h)
		if err != nil {
			t.Fatalf("receipt %s: %v", h, err)
		}
		if rc.Status != 1 {
			t.Fatalf("tx %s reverted", h)
		}
		gas += rc.GasUsed
		blocks[rc.BlockNumber.Uint64()] = true
		for _, l := range rc.Logs {
			if ev, err := verifierABI.UnpackAttestationSubmittedEvent(l); err == nil {
				chainSeqs[protocol.VMID(ev.VmId)] = append(chainSeqs[protocol.VMID(ev.VmId)], ev.Sequence)
			} else if _, err := verifierABI.UnpackAttestationSkippedEvent(l); err == nil {
				skipped++
			}
		}
	}
	events := 0
	for _, vm := range vms {
		o, c := slices.Sorted(slices.Values(outSeqs[vm])), slices.Sorted(slices.Values(chainSeqs[vm]))
		events += len(c)
		if !slices.Equal(o, c) || len(slices.Compact(slices.Clone(o))) != len(o) {
			t.Errorf("vm %s: %d sequences in the outbox, %d recorded on chain (skipped events in all: %d)", vm, len(o), len(c), skipped)
		}
		if got := e.latest(vm).Sequence; len(o) > 0 && got != o[len(o)-1] {
			t.Errorf("vm %s: latest sequence on chain %d, highest in the outbox %d", vm, got, o[len(o)-1])
		}
	}
	if events != total {
		t.Errorf("%d AttestationSubmitted events for %d attestations", events, total)
	}
	if skipped > 0 {
		t.Errorf("%d AttestationSkipped events: confirmed in the outbox but not recorded on chain", skipped)
	}
	if len(txs) == 0 {
		t.Fatal("no transactions")
	}
	t.Logf("BENCH anvil-e2e n=%d vms=%d workers=%d batch=%d block=%ds txs=%d blocks=%d accepted-in=%s elapsed=%s rate=%.0f/s "+
		"request→confirmed p50=%s p99=%s max=%s gas/attestation=%d (gas/tx=%d) events=%d skipped=%d",
		total, len(vms), workers, batchSize, anvilBlockTime, len(txs), len(blocks), accepted.Round(time.Millisecond),
		el.Round(time.Millisecond), float64(total)/el.Seconds(), lat.pct(0.5).Round(time.Millisecond),
		lat.pct(0.99).Round(time.Millisecond), lat.pct(1).Round(time.Millisecond), gas/uint64(total), gas/uint64(len(txs)),
		events, skipped)
}
