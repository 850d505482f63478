package oracle

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/vmattest/vmattest/internal/bindings/registry"
	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/outbox"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/oracle/nodeapi"
)

// errChainDown is what flakyChain answers during an outage.
var errChainDown = errors.New("dial tcp 127.0.0.1:8545: connect: connection refused")

// flakyChain is the simulated chain as the node sees it: every call fails while down is set (the RPC endpoint
// is unreachable), and the registry's keyState calls are counted.
type flakyChain struct {
	simulated.Client
	down          atomic.Bool
	registry      common.Address
	keyStateCalls atomic.Int64
}

var keyStateSelector = onchain.KeyStateSelector()

func (c *flakyChain) err() error {
	if c.down.Load() {
		return errChainDown
	}
	return nil
}

func (c *flakyChain) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if msg.To != nil && *msg.To == c.registry && bytes.HasPrefix(msg.Data, keyStateSelector) {
		c.keyStateCalls.Add(1)
	}
	if err := c.err(); err != nil {
		return nil, err
	}
	return c.Client.CallContract(ctx, msg, block)
}

func (c *flakyChain) ChainID(ctx context.Context) (*big.Int, error) {
	if err := c.err(); err != nil {
		return nil, err
	}
	return c.Client.ChainID(ctx)
}

func (c *flakyChain) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	if err := c.err(); err != nil {
		return 0, err
	}
	return c.Client.PendingNonceAt(ctx, a)
}

func (c *flakyChain) NonceAt(ctx context.Context, a common.Address, n *big.Int) (uint64, error) {
	if err := c.err(); err != nil {
		return 0, err
	}
	return c.Client.NonceAt(ctx, a, n)
}

func (c *flakyChain) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	if err := c.err(); err != nil {
		return nil, err
	}
	return c.Client.SuggestGasTipCap(ctx)
}

func (c *flakyChain) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if err := c.err(); err != nil {
		return nil, err
	}
	return c.Client.HeaderByNumber(ctx, n)
}

func (c *flakyChain) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	if err := c.err(); err != nil {
		return 0, err
	}
	return c.Client.EstimateGas(ctx, msg)
}

func (c *flakyChain) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := c.err(); err != nil {
		return err
	}
	return c.Client.SendTransaction(ctx, tx)
}

func (c *flakyChain) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if err := c.err(); err != nil {
		return nil, err
	}
	return c.Client.TransactionReceipt(ctx, h)
}

func (c *flakyChain) BlockNumber(ctx context.Context) (uint64, error) {
	if err := c.err(); err != nil {
		return 0, err
	}
	return c.Client.BlockNumber(ctx)
}

func (c *flakyChain) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if err := c.err(); err != nil {
		return nil, err
	}
	return c.Client.FilterLogs(ctx, q)
}

func (c *flakyChain) TransactionByHash(ctx context.Context, h common.Hash) (*types.Transaction, bool, error) {
	if err := c.err(); err != nil {
		return nil, false, err
	}
	return c.Client.TransactionByHash(ctx, h)
}

// fakeClock is the node's clock; it moves only when told.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

// logBuffer collects the node's JSON logs.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) count(msg string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return strings.Count(b.buf.String(), `"msg":"`+msg+`"`)
}

// cacheHarness is a node on a flaky chain with a fake clock, attesting one VM on demand only.
type cacheHarness struct {
	t     *testing.T
	e     *env
	n     *Node
	chain *flakyChain
	clock *fakeClock
	logs  *logBuffer
	vm    protocol.VMID
	key   *protocol.InsecureKeySigner
}

// newCacheHarness starts the node with the given cache settings; mod may change the config further.
func newCacheHarness(t *testing.T, ttl, maxStale time.Duration, mod func(*env, *Config)) *cacheHarness {
	t.Helper()
	e := newEnv(t)
	h := &cacheHarness{t: t, e: e, vm: vmID(1), clock: &fakeClock{now: time.Now()}, logs: &logBuffer{}}
	h.key = e.registerKey(h.vm)
	u := e.startAgent(h.vm, h.key, 0)
	e.startMining()
	h.chain = &flakyChain{Client: e.client, registry: e.dep.Registry}
	cfg := e.config(t.TempDir())
	cfg.VMs = []VMConfig{vmConfig(h.vm, u, h.key.Address(), e.subsetID, time.Hour)}
	cfg.KeyStateTTL, cfg.KeyStateMaxStale = ttl, maxStale
	if mod != nil {
		mod(e, &cfg)
	}
	n, err := New(cfg, Deps{Backend: h.chain, Now: h.clock.Now, Logger: slog.New(slog.NewJSONHandler(h.logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := n.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = n.Stop(context.Background()) })
	h.n = n
	return h
}

// attest asks the node for an attestation through the API: the outbox id when it is accepted, or the error of
// a rejection.
func (h *cacheHarness) attest() (outbox.ID, string) {
	h.t.Helper()
	var out struct {
		IDs   []outbox.ID `json:"ids"`
		Error string      `json:"error"`
	}
	switch code := do(h.t, h.n, "POST", "/v1/vms/"+h.vm.String()+"/attest", testToken, nil, &out); {
	case code == http.StatusAccepted && len(out.IDs) == 1:
		return out.IDs[0], ""
	case code == http.StatusBadGateway && out.Error != "":
		return outbox.ID{}, out.Error
	default:
		h.t.Fatalf("attest: %d %+v", code, out)
		return outbox.ID{}, ""
	}
}

// mustAttest fails the test unless the node accepts an attestation.
func (h *cacheHarness) mustAttest(what string) outbox.ID {
	h.t.Helper()
	id, rejected := h.attest()
	if rejected != "" {
		h.t.Fatalf("%s: rejected: %s", what, rejected)
	}
	return id
}

// mustReject fails the test unless the node rejects an attestation for reason.
func (h *cacheHarness) mustReject(what, reason string) string {
	h.t.Helper()
	id, rejected := h.attest()
	if rejected == "" {
		h.t.Fatalf("%s: accepted as %s, want a rejection (%s)", what, id, reason)
	}
	if !strings.Contains(rejected, reason) {
		h.t.Fatalf("%s: rejected with %q, want %s", what, rejected, reason)
	}
	return rejected
}

func (h *cacheHarness) state(id outbox.ID) string {
	h.t.Helper()
	var got nodeapi.AttestationResponse
	if code := do(h.t, h.n, "GET", "/v1/attestations/"+id.String(), testToken, nil, &got); code != http.StatusOK {
		h.t.Fatalf("get %s: %d", id, code)
	}
	return got.State
}

func (h *cacheHarness) metrics() string {
	h.t.Helper()
	resp, err := http.Get("http://" + h.n.Addr().String() + PathMetrics)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

// TestKeyStateOutageWarmCache: once the key's state was read, an outage of the chain does not stop collection:
// attestations are verified against the cached state and stored, then submitted exactly once when the chain
// is back.
func TestKeyStateOutageWarmCache(t *testing.T) {
	h := newCacheHarness(t, time.Second, time.Minute, nil)
	first := h.mustAttest("before the outage")
	eventually(t, "the first attestation confirmed", func() bool { return h.state(first) == "confirmed" })

	h.clock.Advance(2 * time.Second) // past KeyStateTTL: the node reads the state again, and fails
	h.chain.down.Store(true)
	callsBefore := h.chain.keyStateCalls.Load()
	ids := []outbox.ID{first}
	for i := 0; i < 3; i++ {
		ids = append(ids, h.mustAttest("during the outage"))
	}
	if got := h.chain.keyStateCalls.Load() - callsBefore; got != 3 {
		t.Fatalf("%d keyState calls during the outage, want 3 (one per attestation, each failing)", got)
	}
	if got := h.n.metrics.keyStateStale.Load(); got != 3 {
		t.Fatalf("keystate_stale %d, want 3", got)
	}
	if got := h.logs.count("registry unreadable; using the cached key state until it is KeyStateMaxStale old"); got != 1 {
		t.Fatalf("%d outage warnings, want 1", got)
	}
	if got := h.n.Rejected(ReasonChainUnavailable); got != 0 {
		t.Fatalf("%d chain_unavailable rejections", got)
	}
	// Stored, not submitted: the submitter keeps failing until the chain is back.
	time.Sleep(300 * time.Millisecond) // a few BatchIntervals
	for _, id := range ids[1:] {
		if st := h.state(id); st != "signed" {
			t.Fatalf("record %s is %s during the outage, want signed", id, st)
		}
	}
	if got := h.e.latest(h.vm).Sequence; got != 1 {
		t.Fatalf("sequence %d on chain during the outage, want 1", got)
	}

	h.chain.down.Store(false)
	eventually(t, "the outage's attestations confirmed", func() bool {
		for _, id := range ids {
			if h.state(id) != "confirmed" {
				return false
			}
		}
		return true
	})
	if got := h.e.latest(h.vm).Sequence; got != 4 {
		t.Fatalf("sequence %d on chain, want 4", got)
	}
	logs, err := h.e.client.FilterLogs(context.Background(), onchain.SubmittedByVMQuery(h.e.dep.Verifier, h.vm))
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) != 4 {
		t.Fatalf("%d AttestationSubmitted events, want 4 (exactly once)", len(logs))
	}
	// The next read past the TTL succeeds and ends the outage.
	h.clock.Advance(2 * time.Second)
	h.mustAttest("after the outage")
	if got := h.logs.count("registry readable again; key state refreshed"); got != 1 {
		t.Fatalf("%d recovery logs, want 1", got)
	}
	if m := h.metrics(); !strings.Contains(m, "vmattest_node_keystate_stale_total 3\n") {
		t.Fatalf("metrics lack vmattest_node_keystate_stale_total 3:\n%s", m)
	}
}

// TestKeyStateOutageColdCache: without a cached state, an outage rejects the attestation as chain_unavailable
// and stores nothing.
func TestKeyStateOutageColdCache(t *testing.T) {
	h := newCacheHarness(t, time.Second, time.Minute, nil)
	h.chain.down.Store(true)
	msg := h.mustReject("cold cache", ReasonChainUnavailable)
	if !strings.Contains(msg, errChainDown.Error()) {
		t.Fatalf("rejection %q does not carry the RPC error", msg)
	}
	if got := h.n.Rejected(ReasonChainUnavailable); got != 1 {
		t.Fatalf("%d chain_unavailable rejections, want 1", got)
	}
	if got := h.n.metrics.keyStateStale.Load(); got != 0 {
		t.Fatalf("keystate_stale %d, want 0", got)
	}
	rs, err := h.n.Outbox().List(outbox.Filter{}, 0)
	if err != nil || len(rs) != 0 {
		t.Fatalf("outbox holds %d records (%v), want none", len(rs), err)
	}
	h.chain.down.Store(false)
	h.mustAttest("after the outage")
}

// TestKeyStateMaxStale: during an outage the cached state is used while younger than KeyStateMaxStale and not
// from then on (both sides of the boundary).
func TestKeyStateMaxStale(t *testing.T) {
	const ttl, maxStale = time.Second, 10 * time.Second
	h := newCacheHarness(t, ttl, maxStale, nil)
	h.mustAttest("warm the cache") // read at the clock's start
	h.chain.down.Store(true)
	h.clock.Advance(maxStale - time.Nanosecond)
	h.mustAttest("just under KeyStateMaxStale")
	h.clock.Advance(time.Nanosecond)
	msg := h.mustReject("at KeyStateMaxStale", ReasonChainUnavailable)
	if !strings.Contains(msg, "KeyStateMaxStale") {
		t.Fatalf("rejection %q does not say the cache is too old", msg)
	}
	h.clock.Advance(30 * time.Second) // the agent accepts requests up to an hour off its (real) clock
	h.mustReject("later", ReasonChainUnavailable)
	if got := h.n.metrics.keyStateStale.Load(); got != 1 {
		t.Fatalf("keystate_stale %d, want 1", got)
	}
	if got := h.n.Rejected(ReasonChainUnavailable); got != 2 {
		t.Fatalf("%d chain_unavailable rejections, want 2", got)
	}
}

// TestKeyStateTTL: within KeyStateTTL the node makes no keyState call; at the TTL it reads again, and so sees
// a revocation. An attestation accepted on the cached state after the revocation fails on chain alone.
func TestKeyStateTTL(t *testing.T) {
	const ttl = 10 * time.Second
	h := newCacheHarness(t, ttl, time.Minute, nil)
	h.mustAttest("first")
	if got := h.chain.keyStateCalls.Load(); got != 1 {
		t.Fatalf("%d keyState calls, want 1", got)
	}
	h.mustAttest("second, same instant")
	h.clock.Advance(ttl - time.Second)
	h.mustAttest("third, within the TTL")
	if got := h.chain.keyStateCalls.Load(); got != 1 {
		t.Fatalf("%d keyState calls within the TTL, want 1", got)
	}

	h.e.send(h.e.dep.Registry, onchain.PackRevokeKey(h.key.Address()))
	late := h.mustAttest("after the revocation, within the TTL") // the cached state is still active
	if got := h.chain.keyStateCalls.Load(); got != 1 {
		t.Fatalf("%d keyState calls, want 1", got)
	}
	eventually(t, "the verifier refusing the late attestation", func() bool { return h.state(late) == "failed" })
	if r, err := h.n.Outbox().Get(late); err != nil || r.FailReason != "KeyNotActive" {
		t.Fatalf("late record: %q %v, want failed with KeyNotActive", r.FailReason, err)
	}

	h.clock.Advance(time.Second) // the cached state is KeyStateTTL old
	h.mustReject("at the TTL", ReasonKeyNotActive)
	if got := h.chain.keyStateCalls.Load(); got != 2 {
		t.Fatalf("%d keyState calls after the TTL, want 2", got)
	}
	h.mustReject("revoked state cached", ReasonKeyNotActive)
	if got := h.chain.keyStateCalls.Load(); got != 2 {
		t.Fatalf("%d keyState calls, want 2: the revoked state is cached too", got)
	}
}

// TestKeyStateExpiryCurrentClock: a cached state's expiry is checked against the current clock, not the
// clock of the read.
func TestKeyStateExpiryCurrentClock(t *testing.T) {
	var signer *protocol.InsecureKeySigner
	var expiresAt uint64
	h := newCacheHarness(t, time.Hour, time.Hour, func(e *env, cfg *Config) {
		// A second key for the VM that expires 30 s after the chain's clock; the node's fake clock may be
		// ahead of the chain or behind it, so the tolerance is wide.
		signer = protocol.NewInsecureKeySigner(mustKey(t))
		expiresAt = e.now() + 30
		e.send(e.dep.Registry, onchain.PackApproveKey(registry.KeyRegistration{
			Key: signer.Address(), VmId: vmID(1), ExpiresAt: expiresAt,
			EvidenceHash: crypto.Keccak256Hash([]byte("evidence"), signer.Address().Bytes()), Measurement: make([]byte, 48),
		}))
		cfg.VMs[0].AgentURL = e.startAgent(vmID(1), signer, 0)
		cfg.VMs[0].ExpectedKey = signer.Address()
		cfg.TimestampTolerance = time.Hour
	})
	h.clock.Advance(time.Unix(int64(expiresAt)-5, 0).Sub(h.clock.Now()))
	h.mustAttest("5 s before the expiry")
	h.clock.Advance(5 * time.Second)
	h.mustReject("at the expiry", "expired")
	if got := h.chain.keyStateCalls.Load(); got != 1 {
		t.Fatalf("%d keyState calls, want 1 (the expiry is checked on the cached state)", got)
	}
}

func mustKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// TestKeyStateConfig: the defaults, Check's bounds and the file's keyStateTtl and keyStateMaxStale.
func TestKeyStateConfig(t *testing.T) {
	if c := (Config{}).withDefaults(); c.KeyStateTTL != DefaultKeyStateTTL || c.KeyStateMaxStale != DefaultKeyStateMaxStale {
		t.Fatalf("defaults: %s %s", c.KeyStateTTL, c.KeyStateMaxStale)
	}
	p := writeSample(t, sampleFile)
	f, err := LoadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	good, err := f.Resolve()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		ttl, maxStale time.Duration
		field         string // "" when valid
	}{
		{0, 0, ""},
		{time.Minute, time.Minute, ""},     // no fallback
		{time.Hour, 0, "KeyStateMaxStale"}, // the default MaxStale is under the TTL
		{-time.Second, 0, "KeyStateTTL"},
		{time.Minute, time.Second, "KeyStateMaxStale"},
	} {
		cfg := good
		cfg.KeyStateTTL, cfg.KeyStateMaxStale = c.ttl, c.maxStale
		err := cfg.Check()
		var ce *ConfigError
		if c.field == "" && err != nil || c.field != "" && (!errors.As(err, &ce) || ce.Field != c.field) {
			t.Errorf("ttl %s maxStale %s: %v, want field %q", c.ttl, c.maxStale, err, c.field)
		}
	}
	doc := strings.Replace(sampleFile, "batchInterval: 2s\n", "batchInterval: 2s\nkeyStateTtl: 5s\nkeyStateMaxStale: 2m\n", 1)
	if f, err = LoadFile(writeSample(t, doc)); err != nil {
		t.Fatal(err)
	}
	if c, err := f.Resolve(); err != nil || c.KeyStateTTL != 5*time.Second || c.KeyStateMaxStale != 2*time.Minute {
		t.Fatalf("resolved %s %s: %v", c.KeyStateTTL, c.KeyStateMaxStale, err)
	}
	for _, tc := range []struct{ doc, field string }{
		{strings.Replace(doc, "keyStateTtl: 5s", "keyStateTtl: soon", 1), "keyStateTtl"},
		{strings.Replace(doc, "keyStateMaxStale: 2m", "keyStateMaxStale: 2", 1), "keyStateMaxStale"},
		{strings.Replace(doc, "keyStateMaxStale: 2m", "keyStateMaxStale: 1s", 1), "KeyStateMaxStale"},
	} {
		f, err := LoadFile(writeSample(t, tc.doc))
		if err == nil {
			_, err = f.Resolve()
		}
		if !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), tc.field) {
			t.Errorf("%s: %v, want an ErrConfig naming %q", tc.field, err, tc.field)
		}
	}
}
