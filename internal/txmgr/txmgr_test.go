package txmgr

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// testConfig is a fast config for the fake backend.
func testConfig(t *testing.T) Config {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig(big.NewInt(1337), key)
	cfg.NumConfirmations = 1
	cfg.ResubmissionTimeout = 40 * time.Millisecond
	cfg.ReceiptPollInterval = 2 * time.Millisecond
	cfg.NetworkTimeout = time.Second
	cfg.RetryBackoff = Backoff{Initial: 2 * time.Millisecond, Max: 20 * time.Millisecond}
	return cfg
}

func newTestManager(t *testing.T, f *fakeBackend, cfg Config) (*Manager, *countingMetrics) {
	t.Helper()
	met := &countingMetrics{}
	cfg.Metrics = met
	m, err := New(context.Background(), f, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return m, met
}

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	t.Cleanup(cancel)
	return ctx
}

var to = common.HexToAddress("0x00000000000000000000000000000000000000aa")

func TestNonceAcrossSendsAndResetAfterError(t *testing.T) {
	f := newFake()
	f.autoMine = true
	m, met := newTestManager(t, f, testConfig(t))
	ctx := testCtx(t)
	for i := range 3 {
		r, err := m.Send(ctx, TxCandidate{To: to, Value: big.NewInt(1)})
		if err != nil {
			t.Fatalf("send %d: %v", i, err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("send %d: status %d", i, r.Status)
		}
	}
	for i, tx := range f.sentTxs() {
		if tx.Nonce() != uint64(i) {
			t.Fatalf("tx %d has nonce %d", i, tx.Nonce())
		}
	}
	if f.nonceCalls != 1 {
		t.Fatalf("asked the chain for the nonce %d times over 3 sends, want 1 (cached)", f.nonceCalls)
	}
	if f.estimateCalls != 3 || f.sent[0].Gas() != 60_000 {
		t.Fatalf("estimated %d times, gas %d; want 3 and 50000+20%%", f.estimateCalls, f.sent[0].Gas())
	}

	// A final send error resets the nonce: the next send asks the chain (which moved on meanwhile).
	f.mu.Lock()
	f.onSend = func(*types.Transaction) error { return errors.New("insufficient funds for gas * price + value") }
	f.mu.Unlock()
	if _, err := m.Send(ctx, TxCandidate{To: to, Value: big.NewInt(1)}); !errors.Is(err, ErrInsufficientFunds) {
		t.Fatalf("send without funds: %v, want ErrInsufficientFunds", err)
	}
	f.mu.Lock()
	f.onSend = nil
	f.pending = 7
	f.mu.Unlock()
	calls := f.nonceCalls
	if _, err := m.Send(ctx, TxCandidate{To: to, GasLimit: 21_000}); err != nil {
		t.Fatal(err)
	}
	sent := f.sentTxs()
	if last := sent[len(sent)-1]; last.Nonce() != 7 || last.Gas() != 21_000 {
		t.Fatalf("after the error the tx has nonce %d gas %d, want 7 (from the chain) and 21000", last.Nonce(), last.Gas())
	}
	if f.nonceCalls != calls+1 {
		t.Fatalf("the nonce was not asked of the chain after the error")
	}
	met.mu.Lock()
	defer met.mu.Unlock()
	if met.confirmed != 4 || met.failed[ReasonInsufficientFunds] != 1 || met.gasUsed != 4*21_000 {
		t.Fatalf("metrics: %+v", met)
	}
}

func TestEstimationRevertReturnedImmediately(t *testing.T) {
	f := newFake()
	rev := &revertError{data: "0x12345678"}
	f.estErr = rev
	m, met := newTestManager(t, f, testConfig(t))
	_, err := m.Send(testCtx(t), TxCandidate{To: to, Data: []byte{1}})
	if err != rev { //nolint:errorlint // the revert must be returned unchanged
		t.Fatalf("Send = %v, want the revert error unchanged", err)
	}
	if f.estimateCalls != 1 || len(f.sent) != 0 {
		t.Fatalf("estimated %d times and sent %d txs; want 1 and 0", f.estimateCalls, len(f.sent))
	}
	if met.failed[ReasonEstimate] != 1 {
		t.Fatalf("metrics: %+v", met.failed)
	}
}

func TestFeeBumpAfterTimeout(t *testing.T) {
	f := newFake()
	cfg := testConfig(t)
	cfg.MinBump = 25
	f.onSend = func(tx *types.Transaction) error {
		if len(f.sent) == 3 {
			f.mine(tx)
		}
		return nil
	}
	m, met := newTestManager(t, f, cfg)
	r, err := m.Send(testCtx(t), TxCandidate{To: to, GasLimit: 21_000})
	if err != nil {
		t.Fatal(err)
	}
	sent := f.sentTxs()
	if len(sent) != 3 || r.TxHash != sent[2].Hash() {
		t.Fatalf("sent %d txs, receipt for %s; want 3, the last", len(sent), r.TxHash)
	}
	if sent[0].GasTipCap().Cmp(f.tip) != 0 || sent[0].GasFeeCap().Cmp(new(big.Int).Add(f.tip, new(big.Int).Mul(f.baseFee, big.NewInt(2)))) != 0 {
		t.Fatalf("first tx tip %s feeCap %s, want suggested tip and 2*baseFee+tip", sent[0].GasTipCap(), sent[0].GasFeeCap())
	}
	for i := 1; i < len(sent); i++ {
		prev, cur := sent[i-1], sent[i]
		if cur.Nonce() != prev.Nonce() {
			t.Fatalf("replacement %d has nonce %d, want %d", i, cur.Nonce(), prev.Nonce())
		}
		if !bumpedBy(prev.GasTipCap(), cur.GasTipCap(), 25) || !bumpedBy(prev.GasFeeCap(), cur.GasFeeCap(), 25) {
			t.Fatalf("replacement %d: tip %s→%s, feeCap %s→%s, not bumped by 25%%", i, prev.GasTipCap(), cur.GasTipCap(), prev.GasFeeCap(), cur.GasFeeCap())
		}
	}
	if met.bumped != 2 || met.sent != 3 {
		t.Fatalf("metrics: bumped %d sent %d", met.bumped, met.sent)
	}
}

func bumpedBy(old, cur *big.Int, pct int64) bool {
	need := new(big.Int).Mul(old, big.NewInt(100+pct))
	return new(big.Int).Mul(cur, big.NewInt(100)).Cmp(need) >= 0
}

func TestFeeBumpRespectsCap(t *testing.T) {
	f := newFake()
	cfg := testConfig(t)
	// First fee cap 21 gwei; the cap allows one 10% bump (23.1 gwei) but not two.
	cfg.MaxFeeCap = big.NewInt(24_000_000_000)
	m, _ := newTestManager(t, f, cfg)
	go func() {
		time.Sleep(300 * time.Millisecond)
		f.mu.Lock()
		defer f.mu.Unlock()
		f.mine(f.sent[len(f.sent)-1])
	}()
	if _, err := m.Send(testCtx(t), TxCandidate{To: to, GasLimit: 21_000}); err != nil {
		t.Fatal(err)
	}
	distinct := map[common.Hash]bool{}
	for _, tx := range f.sentTxs() {
		if tx.GasFeeCap().Cmp(cfg.MaxFeeCap) > 0 {
			t.Fatalf("tx fee cap %s above the cap %s", tx.GasFeeCap(), cfg.MaxFeeCap)
		}
		distinct[tx.Hash()] = true
	}
	if len(distinct) != 2 {
		t.Fatalf("%d distinct txs, want 2 (the first and one bump; then rebroadcasts)", len(distinct))
	}

	// The fee limit multiplier caps too; a node calling every price too low ends the send.
	f2 := newFake()
	cfg2 := testConfig(t)
	cfg2.FeeLimitMultiplier = 2
	f2.onSend = func(*types.Transaction) error { return errors.New("transaction underpriced") }
	m2, met2 := newTestManager(t, f2, cfg2)
	if _, err := m2.Send(testCtx(t), TxCandidate{To: to, GasLimit: 21_000}); !errors.Is(err, ErrFeeLimit) {
		t.Fatalf("Send = %v, want ErrFeeLimit", err)
	}
	limit := new(big.Int).Mul(f2.sent[0].GasFeeCap(), big.NewInt(2))
	for _, tx := range f2.sent {
		if tx.GasFeeCap().Cmp(limit) > 0 {
			t.Fatalf("fee cap %s above the limit %s", tx.GasFeeCap(), limit)
		}
	}
	if met2.failed[ReasonFeeLimit] != 1 {
		t.Fatalf("metrics: %+v", met2.failed)
	}
}

func TestReplacementUnderpriced(t *testing.T) {
	f := newFake()
	f.onSend = func(tx *types.Transaction) error {
		if len(f.sent) <= 2 {
			return errors.New("replacement transaction underpriced")
		}
		f.mine(tx)
		return nil
	}
	m, _ := newTestManager(t, f, testConfig(t))
	r, err := m.Send(testCtx(t), TxCandidate{To: to, GasLimit: 21_000})
	if err != nil {
		t.Fatal(err)
	}
	sent := f.sentTxs()
	if len(sent) != 3 || r.TxHash != sent[2].Hash() {
		t.Fatalf("sent %d, want 3 with the last mined", len(sent))
	}
	for i := 1; i < 3; i++ {
		if sent[i].Nonce() != sent[0].Nonce() || !bumpedBy(sent[i-1].GasFeeCap(), sent[i].GasFeeCap(), 10) || !bumpedBy(sent[i-1].GasTipCap(), sent[i].GasTipCap(), 10) {
			t.Fatalf("tx %d not a 10%% bump of the one before", i)
		}
	}
}

func TestAlreadyKnownKeepsWaiting(t *testing.T) {
	f := newFake()
	f.onSend = func(tx *types.Transaction) error {
		f.mine(tx) // sent before, e.g. by an earlier run; the pool has it
		return errors.New("already known")
	}
	m, met := newTestManager(t, f, testConfig(t))
	r, err := m.Send(testCtx(t), TxCandidate{To: to, GasLimit: 21_000})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.sent) != 1 || r.TxHash != f.sent[0].Hash() || met.sent != 1 {
		t.Fatalf("sent %d txs (metric %d), want 1 and its receipt", len(f.sent), met.sent)
	}
}

func TestNonceTooLow(t *testing.T) {
	t.Run("stale cache", func(t *testing.T) {
		f := newFake()
		f.autoMine = true
		m, _ := newTestManager(t, f, testConfig(t))
		ctx := testCtx(t)
		if _, err := m.Send(ctx, TxCandidate{To: to, GasLimit: 21_000}); err != nil {
			t.Fatal(err)
		}
		// Someone else with the key used nonces 1 and 2.
		f.mu.Lock()
		f.pending = 3
		f.onSend = func(tx *types.Transaction) error {
			if tx.Nonce() < f.pending {
				return errors.New("nonce too low: next nonce 3, tx nonce 1")
			}
			return nil
		}
		f.mu.Unlock()
		if _, err := m.Send(ctx, TxCandidate{To: to, GasLimit: 21_000}); err != nil {
			t.Fatal(err)
		}
		sent := f.sentTxs()
		if n := sent[len(sent)-1].Nonce(); n != 3 {
			t.Fatalf("last tx nonce %d, want 3", n)
		}
	})
	t.Run("earlier tx mined", func(t *testing.T) {
		f := newFake()
		var first *types.Transaction
		f.onSend = func(tx *types.Transaction) error {
			if first == nil {
				first = tx
				return nil
			}
			// The first tx got mined just as its replacement was sent.
			if _, ok := f.receipts[first.Hash()]; !ok {
				f.mine(first)
			}
			return errors.New("nonce too low")
		}
		m, _ := newTestManager(t, f, testConfig(t))
		r, err := m.Send(testCtx(t), TxCandidate{To: to, GasLimit: 21_000})
		if err != nil {
			t.Fatal(err)
		}
		if r.TxHash != first.Hash() {
			t.Fatalf("receipt for %s, want the first tx", r.TxHash)
		}
	})
	t.Run("nonce taken by another tx", func(t *testing.T) {
		f := newFake()
		f.onSend = func(tx *types.Transaction) error {
			switch {
			case len(f.sent) == 1:
				// Accepted, then displaced by another sender's tx with nonce 0.
				f.newBlock()
				f.pending = 1
				return nil
			case tx.Nonce() < f.pending:
				return errors.New("nonce too low")
			}
			f.mine(tx)
			return nil
		}
		m, _ := newTestManager(t, f, testConfig(t))
		r, err := m.Send(testCtx(t), TxCandidate{To: to, GasLimit: 21_000})
		if err != nil {
			t.Fatal(err)
		}
		sent := f.sentTxs()
		if last := sent[len(sent)-1]; last.Nonce() != 1 || r.TxHash != last.Hash() {
			t.Fatalf("confirmed %s, last tx nonce %d; want a new tx with nonce 1", r.TxHash, last.Nonce())
		}
	})
}

func TestConfirmationDepth(t *testing.T) {
	f := newFake()
	f.autoMine = true
	f.head = 0
	var minedAt uint64
	f.onBlockNumber = func() {
		if minedAt == 0 {
			minedAt = f.head
		}
		f.newBlock()
	}
	cfg := testConfig(t)
	cfg.NumConfirmations = 4
	m, _ := newTestManager(t, f, cfg)
	r, err := m.Send(testCtx(t), TxCandidate{To: to, GasLimit: 21_000})
	if err != nil {
		t.Fatal(err)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	// Each BlockNumber call advanced the head by one before answering: the manager returned at the first
	// answer with r + 4 <= tip + 1, i.e. tip = r + 3.
	if r.BlockNumber.Uint64() != minedAt || f.head != minedAt+3 {
		t.Fatalf("receipt in block %d returned at head %d, want head %d", r.BlockNumber, f.head, minedAt+3)
	}
}

func TestReorgedReceiptReawaited(t *testing.T) {
	for _, mode := range []string{"receipt gone", "block hash changed"} {
		t.Run(mode, func(t *testing.T) {
			f := newFake()
			cfg := testConfig(t)
			cfg.NumConfirmations = 3
			var tx *types.Transaction
			var first *types.Receipt
			polls := 0
			f.onSend = func(t *types.Transaction) error {
				if tx == nil {
					tx = t
					first = f.mine(t)
				} else {
					// The replacement sent after the reorg is included a block later.
					f.newBlock()
					f.mine(t)
				}
				return nil
			}
			f.onBlockNumber = func() {
				polls++
				if polls == 1 {
					// The manager saw the receipt, two confirmations short: reorg its block out.
					f.reorgBlock(first.BlockNumber.Uint64())
					if mode == "receipt gone" {
						delete(f.receipts, tx.Hash())
					}
					return
				}
				f.newBlock()
			}
			m, _ := newTestManager(t, f, cfg)
			r, err := m.Send(testCtx(t), TxCandidate{To: to, GasLimit: 21_000})
			if err != nil {
				t.Fatal(err)
			}
			if r.BlockHash == first.BlockHash || r.BlockNumber.Uint64() <= first.BlockNumber.Uint64() {
				t.Fatalf("returned the receipt in block %d %s, want the one after the reorg", r.BlockNumber, r.BlockHash)
			}
			f.mu.Lock()
			defer f.mu.Unlock()
			if r.BlockNumber.Uint64()+cfg.NumConfirmations > f.head+1 {
				t.Fatalf("receipt in block %d returned at head %d", r.BlockNumber, f.head)
			}
		})
	}
}

func TestRPCDownThenUp(t *testing.T) {
	f := newFake()
	f.autoMine = true
	m, met := newTestManager(t, f, testConfig(t))
	f.mu.Lock()
	f.down = 12
	f.mu.Unlock()
	start := time.Now()
	if _, err := m.Send(testCtx(t), TxCandidate{To: to, Value: big.NewInt(1)}); err != nil {
		t.Fatal(err)
	}
	// 12 failures with backoff 2, 4, 8, 16, 20, 20, ... ms take well over 100 ms.
	if d := time.Since(start); d < 100*time.Millisecond {
		t.Fatalf("succeeded after %v: no backoff", d)
	}
	if f.downCalls != 12 || met.rpcErrors < 12 || met.confirmed != 1 {
		t.Fatalf("down calls %d, rpc errors %d, confirmed %d", f.downCalls, met.rpcErrors, met.confirmed)
	}

	// Down while waiting for the receipt.
	f.mu.Lock()
	f.onSend = func(*types.Transaction) error { f.down = 6; return nil }
	f.mu.Unlock()
	if _, err := m.Send(testCtx(t), TxCandidate{To: to, GasLimit: 21_000}); err != nil {
		t.Fatalf("down while waiting: %v", err)
	}
	if f.downCalls != 18 || len(f.sentTxs()) != 2 {
		t.Fatalf("down calls %d, sent %d; want 18 and 2 (no resend)", f.downCalls, len(f.sentTxs()))
	}
	f.mu.Lock()
	f.onSend = nil
	f.mu.Unlock()

	// Down until the context ends: Send gives up with the context's error.
	f.mu.Lock()
	f.down = 1 << 30
	f.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if _, err := m.Send(ctx, TxCandidate{To: to, GasLimit: 21_000}); !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "connection refused") {
		t.Fatalf("Send while down = %v, want the deadline and the last RPC error", err)
	}
}

func TestConfigCheck(t *testing.T) {
	key, _ := crypto.GenerateKey()
	for _, tc := range []struct {
		field string
		edit  func(*Config)
	}{
		{"ChainID", func(c *Config) { c.ChainID = nil }},
		{"Signer", func(c *Config) { c.Signer = nil }},
		{"NumConfirmations", func(c *Config) { c.NumConfirmations = 0 }},
		{"ResubmissionTimeout", func(c *Config) { c.ResubmissionTimeout = 0 }},
		{"FeeLimitMultiplier", func(c *Config) { c.FeeLimitMultiplier = 0 }},
		{"MaxFeeCap", func(c *Config) { c.MaxFeeCap = big.NewInt(0) }},
		{"MinBump", func(c *Config) { c.MinBump = 9 }},
		{"ReceiptPollInterval", func(c *Config) { c.ReceiptPollInterval = 0 }},
		{"NetworkTimeout", func(c *Config) { c.NetworkTimeout = -1 }},
		{"RetryBackoff.Initial", func(c *Config) { c.RetryBackoff.Initial = 0 }},
		{"RetryBackoff.Max", func(c *Config) { c.RetryBackoff.Max = time.Millisecond }},
	} {
		c := DefaultConfig(big.NewInt(1), key)
		tc.edit(&c)
		if err := c.Check(); err == nil || !strings.Contains(err.Error(), tc.field) {
			t.Errorf("%s: Check() = %v, want an error naming it", tc.field, err)
		}
	}
	var zero Config
	if zero.Check() == nil {
		t.Error("the zero Config passed Check")
	}
	good := DefaultConfig(big.NewInt(1), key)
	if err := good.Check(); err != nil {
		t.Errorf("DefaultConfig: %v", err)
	}
	if _, err := New(context.Background(), newFake(), good); err == nil || !strings.Contains(err.Error(), "chain") {
		t.Errorf("New with the wrong chain ID = %v, want an error", err)
	}
}

func TestConcurrentSendsGetDistinctNonces(t *testing.T) {
	f := newFake()
	f.autoMine = true
	m, _ := newTestManager(t, f, testConfig(t))
	ctx := testCtx(t)
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			_, err := m.Send(ctx, TxCandidate{To: to, GasLimit: 21_000})
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	seen := map[uint64]bool{}
	for _, tx := range f.sentTxs() {
		if seen[tx.Nonce()] {
			t.Fatalf("nonce %d used twice", tx.Nonce())
		}
		seen[tx.Nonce()] = true
	}
	if len(seen) != 8 {
		t.Fatalf("%d nonces, want 8", len(seen))
	}
}

// TestRebroadcastAfterOutage: the node loses its pool while it is unreachable (a restart); once it answers
// again the manager sends the same tx at once, long before ResubmissionTimeout would bump its fees.
func TestRebroadcastAfterOutage(t *testing.T) {
	f := newFake()
	cfg := testConfig(t)
	cfg.ResubmissionTimeout = time.Hour
	m, _ := newTestManager(t, f, cfg)
	sends := 0
	f.onSend = func(tx *types.Transaction) error {
		sends++
		switch sends {
		case 1:
			f.down = 3 // accepted, then the node goes down and comes back without its pool
		default:
			f.mine(tx)
		}
		return nil
	}
	r, err := m.Send(testCtx(t), TxCandidate{To: to, GasLimit: 21_000})
	if err != nil {
		t.Fatal(err)
	}
	sent := f.sentTxs()
	if len(sent) != 2 || sent[0].Hash() != sent[1].Hash() || r.TxHash != sent[0].Hash() {
		t.Fatalf("sent %d txs; want the same tx twice (once before the outage, once after) and its receipt", len(sent))
	}
}
