// Package txmgr is the transaction manager: the only component that holds the operator key. It owns the
// account's nonce, prices EIP-1559 transactions, signs and sends them, replaces them with higher fees when
// they are not mined in time, and waits until they have enough confirmations, surviving reorgs and RPC
// outages.
package txmgr

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// Backend is what the manager needs of a chain client; *ethclient.Client and simulated.Client satisfy it.
type Backend interface {
	ChainID(ctx context.Context) (*big.Int, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	BlockNumber(ctx context.Context) (uint64, error)
}

// TxCandidate is a transaction to send.
type TxCandidate struct {
	To   common.Address
	Data []byte
	// GasLimit is the gas limit; 0 means estimate it (plus Config.GasLimitMargin).
	GasLimit uint64
	// Value is the wei to send; nil means none.
	Value *big.Int
}

var (
	// ErrReverted means the tx was mined and confirmed but reverted; Send returns its receipt with it.
	ErrReverted = errors.New("txmgr: transaction reverted")
	// ErrInsufficientFunds means the operator account cannot pay for the tx.
	ErrInsufficientFunds = errors.New("txmgr: insufficient funds")
	// ErrFeeLimit means the node refused the tx as underpriced and the fees cannot be raised within the cap.
	ErrFeeLimit = errors.New("txmgr: fee cap limit reached")
	// ErrRejected means the node refused the tx for a reason retrying cannot fix.
	ErrRejected = errors.New("txmgr: transaction rejected")
)

// errNonceTaken means a tx of another sender of the same key used the nonce: start over with a new one.
var errNonceTaken = errors.New("nonce used by another transaction")

// Manager sends transactions signed with the operator key. Sends are serialized: one tx at a time.
type Manager struct {
	b       Backend
	cfg     Config
	from    common.Address
	signer  types.Signer
	metrics Metrics
	log     *slog.Logger

	mu    sync.Mutex
	nonce *uint64 // the next nonce; nil means ask the chain
}

// New returns a manager for b; it checks cfg and that b is on cfg.ChainID.
func New(ctx context.Context, b Backend, cfg Config) (*Manager, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	m := &Manager{
		b: b, cfg: cfg, from: crypto.PubkeyToAddress(cfg.Signer.PublicKey),
		signer: types.LatestSignerForChainID(cfg.ChainID), metrics: cfg.Metrics, log: cfg.Logger,
	}
	if m.metrics == nil {
		m.metrics = NoopMetrics{}
	}
	if m.log == nil {
		m.log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	id, err := retry(ctx, m, "eth_chainId", b.ChainID, nil)
	if err != nil {
		return nil, fmt.Errorf("failed to get the chain ID: %w", err)
	}
	if id.Cmp(cfg.ChainID) != 0 {
		return nil, fmt.Errorf("txmgr: backend is on chain %s, config says %s", id, cfg.ChainID)
	}
	return m, nil
}

// From is the operator address.
func (m *Manager) From() common.Address { return m.from }

// Send sends c and waits until it is confirmed with Config.NumConfirmations. A gas estimation revert is
// returned at once, unchanged (so callers can decode the contract's custom error); a tx mined but reverted
// returns its receipt and ErrReverted. Other failures are retried until ctx ends.
func (m *Manager) Send(ctx context.Context, c TxCandidate) (*types.Receipt, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	r, err := m.send(ctx, c)
	if err != nil && !errors.Is(err, ErrReverted) {
		m.nonce = nil // whatever happened, ask the chain next time
	}
	return r, err
}

// attempt is one nonce's tx and its replacements.
type attempt struct {
	nonce       uint64
	gas         uint64
	tip, feeCap *big.Int
	limit       *big.Int             // the fee cap may not exceed this
	txs         []*types.Transaction // sent with this nonce, oldest first
	lastSent    time.Time
	tooLowAt    time.Time // when the node first said the nonce is too low, or zero
	mined       bool      // a receipt was seen (it may have been reorged away since)
}

func (m *Manager) send(ctx context.Context, c TxCandidate) (*types.Receipt, error) {
	gas := c.GasLimit
	if gas == 0 {
		g, err := m.estimate(ctx, c)
		if err != nil {
			m.metrics.TxFailed(ReasonEstimate)
			return nil, err
		}
		gas = g
	}
	for {
		a := &attempt{gas: gas}
		n, err := m.nextNonce(ctx)
		if err != nil {
			return nil, m.failed(ReasonCanceled, fmt.Errorf("failed to get the nonce: %w", err))
		}
		a.nonce = n
		if a.tip, a.feeCap, err = m.suggestFees(ctx); err != nil {
			return nil, m.failed(ReasonCanceled, fmt.Errorf("failed to get fees: %w", err))
		}
		a.limit = new(big.Int).Mul(a.feeCap, new(big.Int).SetUint64(m.cfg.FeeLimitMultiplier))
		if m.cfg.MaxFeeCap != nil && a.limit.Cmp(m.cfg.MaxFeeCap) > 0 {
			a.limit.Set(m.cfg.MaxFeeCap)
		}
		if a.feeCap.Cmp(a.limit) > 0 {
			a.feeCap.Set(a.limit)
		}
		if a.tip.Cmp(a.feeCap) > 0 {
			a.tip.Set(a.feeCap)
		}
		r, err := m.sendAndWait(ctx, c, a)
		if errors.Is(err, errNonceTaken) {
			m.log.Warn("nonce used by another transaction; starting over", "nonce", a.nonce)
			m.nonce = nil
			continue
		}
		return r, err
	}
}

// failed counts a failed Send and returns err.
func (m *Manager) failed(reason string, err error) error {
	m.metrics.TxFailed(reason)
	return err
}

// estimate estimates c's gas limit plus the margin. A revert is returned unchanged.
func (m *Manager) estimate(ctx context.Context, c TxCandidate) (uint64, error) {
	msg := ethereum.CallMsg{From: m.from, To: &c.To, Value: c.Value, Data: c.Data}
	gas, err := retry(ctx, m, "eth_estimateGas", func(ctx context.Context) (uint64, error) {
		return m.b.EstimateGas(ctx, msg)
	}, isFinalEstimateError)
	if err != nil {
		return 0, err
	}
	return gas + gas*m.cfg.GasLimitMargin/100, nil
}

// isFinalEstimateError reports whether an estimation error is the node's answer (a revert, or a tx that
// cannot run) rather than a failure to get one.
func isFinalEstimateError(err error) bool {
	var de rpc.DataError
	if errors.As(err, &de) && de.ErrorData() != nil {
		return true
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"execution reverted", "revert", "insufficient funds", "gas required exceeds", "invalid opcode", "out of gas"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// nextNonce returns the cached nonce, asking the chain when there is none.
func (m *Manager) nextNonce(ctx context.Context) (uint64, error) {
	if m.nonce != nil {
		return *m.nonce, nil
	}
	n, err := retry(ctx, m, "eth_getTransactionCount", func(ctx context.Context) (uint64, error) {
		return m.b.PendingNonceAt(ctx, m.from)
	}, nil)
	if err != nil {
		return 0, err
	}
	m.nonce = &n
	return n, nil
}

// suggestFees returns the suggested tip and a fee cap of 2*baseFee + tip.
func (m *Manager) suggestFees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	tip, err = retry(ctx, m, "eth_maxPriorityFeePerGas", m.b.SuggestGasTipCap, nil)
	if err != nil {
		return nil, nil, err
	}
	head, err := retry(ctx, m, "eth_getBlockByNumber", func(ctx context.Context) (*types.Header, error) {
		return m.b.HeaderByNumber(ctx, nil)
	}, nil)
	if err != nil {
		return nil, nil, err
	}
	feeCap = new(big.Int).Set(tip)
	if head.BaseFee != nil {
		feeCap.Add(feeCap, new(big.Int).Lsh(head.BaseFee, 1))
	}
	return new(big.Int).Set(tip), feeCap, nil
}

// bump raises a's fees by at least MinBump percent, and to the market's current suggestion when that is
// higher, within the limit. It reports false when even the least bump would exceed the limit.
func (m *Manager) bump(ctx context.Context, a *attempt) (bool, error) {
	minTip, minFee := raise(a.tip, m.cfg.MinBump), raise(a.feeCap, m.cfg.MinBump)
	if minFee.Cmp(a.limit) > 0 || minTip.Cmp(a.limit) > 0 {
		return false, nil
	}
	tip, fee, err := m.suggestFees(ctx)
	if err != nil {
		return false, err
	}
	tip, fee = bigMax(tip, minTip), bigMax(fee, minFee)
	fee = bigMax(fee, tip)
	if fee.Cmp(a.limit) > 0 {
		fee = new(big.Int).Set(a.limit)
	}
	if tip.Cmp(fee) > 0 {
		tip = new(big.Int).Set(fee)
	}
	m.log.Info("bumping fees", "nonce", a.nonce, "tip", tip, "feeCap", fee, "oldTip", a.tip, "oldFeeCap", a.feeCap)
	a.tip, a.feeCap = tip, fee
	m.metrics.TxBumped()
	return true, nil
}

// raise returns x raised by pct percent, rounded up, and by at least 1.
func raise(x *big.Int, pct uint64) *big.Int {
	r := new(big.Int).Mul(x, new(big.Int).SetUint64(100+pct))
	r.Add(r, big.NewInt(99))
	r.Div(r, big.NewInt(100))
	if r.Cmp(x) <= 0 {
		r.Add(x, big.NewInt(1))
	}
	return r
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

// sendAndWait sends a's tx and waits for it to be confirmed, replacing it after ResubmissionTimeout.
func (m *Manager) sendAndWait(ctx context.Context, c TxCandidate, a *attempt) (*types.Receipt, error) {
	if err := m.publish(ctx, c, a); err != nil {
		return nil, err
	}
	delay := m.cfg.ReceiptPollInterval
	timer := time.NewTimer(delay)
	defer timer.Stop()
	var backoff time.Duration
	unreachable := false // the last check failed: the node may be restarting
	for {
		select {
		case <-ctx.Done():
			return nil, m.failed(ReasonCanceled, fmt.Errorf("gave up waiting for tx nonce %d: %w", a.nonce, context.Cause(ctx)))
		case <-timer.C:
		}
		r, confirmed, err := m.check(ctx, a)
		wasUnreachable := unreachable
		unreachable = err != nil
		switch {
		case err != nil:
			backoff = m.cfg.RetryBackoff.next(backoff)
			m.log.Warn("failed to check the tx", "nonce", a.nonce, "err", err, "retryIn", backoff)
			timer.Reset(backoff)
			continue
		case confirmed:
			next := a.nonce + 1
			m.nonce = &next
			m.metrics.GasUsed(r.GasUsed)
			if r.Status != types.ReceiptStatusSuccessful {
				m.metrics.TxFailed(ReasonReverted)
				return r, fmt.Errorf("tx %s in block %d: %w", r.TxHash, r.BlockNumber, ErrReverted)
			}
			m.metrics.TxConfirmed()
			return r, nil
		case r != nil:
			// Mined, waiting for confirmations.
		case wasUnreachable:
			// The node is back after failing to answer, and ours is not mined: a node that restarted may have
			// lost its pool. Send the same tx again at once (a node that still holds it says "already known")
			// rather than waiting ResubmissionTimeout for a fee bump.
			m.log.Warn("rebroadcasting the tx after the node was unreachable", "nonce", a.nonce)
			if err := m.publish(ctx, c, a); err != nil {
				return nil, err
			}
		case !a.tooLowAt.IsZero() && time.Since(a.tooLowAt) >= m.cfg.ResubmissionTimeout:
			// None of ours is mined, yet the node said the nonce was used: by whom?
			n, err := retry(ctx, m, "eth_getTransactionCount", func(ctx context.Context) (uint64, error) {
				return m.b.NonceAt(ctx, m.from, nil)
			}, nil)
			if err != nil {
				return nil, m.failed(ReasonCanceled, err)
			}
			if n > a.nonce {
				// Look once more for ours before giving the nonce up.
				if r, _, err := m.check(ctx, a); err == nil && r == nil {
					return nil, errNonceTaken
				}
			}
			a.tooLowAt = time.Time{}
		case time.Since(a.lastSent) >= m.cfg.ResubmissionTimeout:
			ok, err := m.bump(ctx, a)
			if err != nil {
				return nil, m.failed(ReasonCanceled, err)
			}
			if !ok {
				m.log.Warn("fee cap limit reached; rebroadcasting", "nonce", a.nonce, "feeCap", a.feeCap, "limit", a.limit)
			}
			if err := m.publish(ctx, c, a); err != nil {
				return nil, err
			}
		}
		backoff = 0
		timer.Reset(delay)
	}
}

// check looks for the receipt of any of a's txs. It reports the receipt when one is in a block still on the
// chain, and whether that block has NumConfirmations.
func (m *Manager) check(ctx context.Context, a *attempt) (*types.Receipt, bool, error) {
	var r *types.Receipt
	for i := len(a.txs) - 1; i >= 0 && r == nil; i-- {
		var err error
		r, err = call(ctx, m, "eth_getTransactionReceipt", func(ctx context.Context) (*types.Receipt, error) {
			return m.b.TransactionReceipt(ctx, a.txs[i].Hash())
		})
		if errors.Is(err, ethereum.NotFound) {
			r = nil
			continue
		}
		if err != nil {
			return nil, false, err
		}
	}
	if r == nil {
		m.reorged(a)
		return nil, false, nil
	}
	tip, err := call(ctx, m, "eth_blockNumber", m.b.BlockNumber)
	if err != nil {
		return nil, false, err
	}
	h, err := call(ctx, m, "eth_getBlockByNumber", func(ctx context.Context) (*types.Header, error) {
		return m.b.HeaderByNumber(ctx, r.BlockNumber)
	})
	if errors.Is(err, ethereum.NotFound) || (err == nil && h.Hash() != r.BlockHash) {
		m.reorged(a)
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	if !a.mined {
		m.log.Info("tx mined", "tx", r.TxHash, "block", r.BlockNumber, "nonce", a.nonce)
	}
	a.mined = true
	return r, r.BlockNumber.Uint64()+m.cfg.NumConfirmations <= tip+1, nil
}

// reorged notes that a's tx, if it was mined, is no longer: wait for it afresh.
func (m *Manager) reorged(a *attempt) {
	if a.mined {
		m.log.Warn("mined tx reorged out; waiting again", "nonce", a.nonce)
		a.mined = false
		a.lastSent = time.Now()
	}
}

// publish signs a's tx at its current fees and sends it, raising the fees while the node calls it
// underpriced. It returns nil once the node holds one of a's txs (or may: the nonce was used), and an
// error when the tx cannot be sent.
func (m *Manager) publish(ctx context.Context, c TxCandidate, a *attempt) error {
	var backoff time.Duration
	for {
		tx, err := types.SignNewTx(m.cfg.Signer, m.signer, &types.DynamicFeeTx{
			ChainID: m.cfg.ChainID, Nonce: a.nonce, GasTipCap: a.tip, GasFeeCap: a.feeCap, Gas: a.gas,
			To: &c.To, Value: c.Value, Data: c.Data,
		})
		if err != nil {
			return m.failed(ReasonRejected, fmt.Errorf("failed to sign tx: %w", err))
		}
		err = m.sendTx(ctx, tx)
		switch classify(err) {
		case sendOK, sendKnown:
			if len(a.txs) == 0 || a.txs[len(a.txs)-1].Hash() != tx.Hash() {
				a.txs = append(a.txs, tx)
				m.metrics.TxSent()
				m.log.Info("tx sent", "tx", tx.Hash(), "nonce", a.nonce, "tip", a.tip, "feeCap", a.feeCap)
			}
			a.lastSent = time.Now()
			return nil
		case sendNonceTooLow:
			if len(a.txs) > 0 {
				// One of ours may be mined: wait for its receipt.
				if a.tooLowAt.IsZero() {
					a.tooLowAt = time.Now()
				}
				a.lastSent = time.Now()
				return nil
			}
			// The cached nonce is stale.
			m.nonce = nil
			n, err := m.nextNonce(ctx)
			if err != nil {
				return m.failed(ReasonCanceled, err)
			}
			if n > a.nonce {
				a.nonce = n
				continue
			}
			// The node's pending nonce disagrees with its pool; wait and ask again.
			m.nonce = nil
		case sendUnderpriced:
			ok, berr := m.bump(ctx, a)
			if berr != nil {
				return m.failed(ReasonCanceled, berr)
			}
			if ok {
				continue
			}
			if len(a.txs) > 0 {
				a.lastSent = time.Now()
				return nil
			}
			return m.failed(ReasonFeeLimit, fmt.Errorf("%w: fee cap %s, limit %s: %w", ErrFeeLimit, a.feeCap, a.limit, err))
		case sendInsufficientFunds:
			return m.failed(ReasonInsufficientFunds, fmt.Errorf("%w: %w", ErrInsufficientFunds, err))
		case sendRejected:
			return m.failed(ReasonRejected, fmt.Errorf("%w: %w", ErrRejected, err))
		case sendRetry:
			if len(a.txs) == 0 {
				m.nonce = nil // the nonce is not used yet; ask the chain again
				n, nerr := m.nextNonce(ctx)
				if nerr != nil {
					return m.failed(ReasonCanceled, nerr)
				}
				a.nonce = n
			}
		}
		backoff = m.cfg.RetryBackoff.next(backoff)
		m.log.Warn("failed to send tx; retrying", "nonce", a.nonce, "err", err, "retryIn", backoff)
		if serr := sleep(ctx, backoff); serr != nil {
			return m.failed(ReasonCanceled, fmt.Errorf("failed to send tx with nonce %d: %w (last error: %w)", a.nonce, serr, err))
		}
	}
}

// sendTx sends tx within NetworkTimeout, counting a failure.
func (m *Manager) sendTx(ctx context.Context, tx *types.Transaction) error {
	ctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	defer cancel()
	err := m.b.SendTransaction(ctx, tx)
	if err != nil {
		m.metrics.RPCError("eth_sendRawTransaction")
	}
	return err
}

type sendResult int

const (
	sendOK sendResult = iota
	sendKnown
	sendNonceTooLow
	sendUnderpriced
	sendInsufficientFunds
	sendRejected
	sendRetry
)

// classify sorts a txpool error (which reaches us over JSON-RPC as text).
func classify(err error) sendResult {
	if err == nil {
		return sendOK
	}
	msg := strings.ToLower(err.Error())
	has := func(subs ...string) bool {
		for _, s := range subs {
			if strings.Contains(msg, s) {
				return true
			}
		}
		return false
	}
	switch {
	case has("already known", "known transaction"):
		return sendKnown
	case has("nonce too low"):
		return sendNonceTooLow
	case has("underpriced", "less than block base fee", "fee too low"):
		return sendUnderpriced
	case has("insufficient funds"):
		return sendInsufficientFunds
	case has("intrinsic gas too low", "exceeds block gas limit", "gas limit too high", "exceeds the configured cap",
		"oversized data", "invalid sender", "invalid chain id", "sender not an eoa"):
		return sendRejected
	}
	return sendRetry
}

// call makes one RPC call within NetworkTimeout, counting a failure other than not-found.
func call[T any](ctx context.Context, m *Manager, method string, f func(context.Context) (T, error)) (T, error) {
	ctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	defer cancel()
	v, err := f(ctx)
	if err != nil && !errors.Is(err, ethereum.NotFound) {
		m.metrics.RPCError(method)
	}
	return v, err
}

// retry calls f until it succeeds, returns an error final says is final (returned unchanged), or ctx ends,
// waiting RetryBackoff between tries.
func retry[T any](ctx context.Context, m *Manager, method string, f func(context.Context) (T, error), final func(error) bool) (T, error) {
	var backoff time.Duration
	for {
		v, err := call(ctx, m, method, f)
		if err == nil || (final != nil && final(err)) {
			return v, err
		}
		backoff = m.cfg.RetryBackoff.next(backoff)
		m.log.Warn("RPC failed; retrying", "method", method, "err", err, "retryIn", backoff)
		if serr := sleep(ctx, backoff); serr != nil {
			var zero T
			return zero, fmt.Errorf("%s: %w (last error: %w)", method, serr, err)
		}
	}
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return context.Cause(ctx)
	case <-t.C:
		return nil
	}
}
