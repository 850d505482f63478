package txmgr

import (
	"context"
	"errors"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// fakeBackend is a scriptable chain: tests set its fields (under mu) and hooks.
type fakeBackend struct {
	mu       sync.Mutex
	chainID  *big.Int
	pending  uint64 // what PendingNonceAt and NonceAt answer
	tip      *big.Int
	baseFee  *big.Int
	gas      uint64
	estErr   error
	head     uint64
	headers  map[uint64]*types.Header
	receipts map[common.Hash]*types.Receipt
	sent     []*types.Transaction // every tx SendTransaction was called with
	down     int                  // the next down calls (of any method) fail as if the node were unreachable

	nonceCalls, estimateCalls, downCalls int

	// onSend, when set, answers SendTransaction (with mu held); autoMine mines each accepted tx at once.
	onSend   func(tx *types.Transaction) error
	autoMine bool
	// onBlockNumber, when set, runs (with mu held) on each BlockNumber call, e.g. to advance the head.
	onBlockNumber func()
}

var errDown = errors.New("dial tcp 127.0.0.1:8545: connect: connection refused")

func newFake() *fakeBackend {
	f := &fakeBackend{
		chainID: big.NewInt(1337), tip: big.NewInt(1_000_000_000), baseFee: big.NewInt(10_000_000_000), gas: 50_000,
		headers: map[uint64]*types.Header{}, receipts: map[common.Hash]*types.Receipt{},
	}
	f.headers[0] = &types.Header{Number: big.NewInt(0), BaseFee: f.baseFee}
	return f
}

// isDown consumes one failure when the node is down; call with mu held.
func (f *fakeBackend) isDown() bool {
	if f.down > 0 {
		f.down--
		f.downCalls++
		return true
	}
	return false
}

// newBlock appends a block; call with mu held.
func (f *fakeBackend) newBlock() uint64 {
	f.head++
	f.headers[f.head] = &types.Header{Number: new(big.Int).SetUint64(f.head), BaseFee: f.baseFee}
	return f.head
}

// mine includes tx in a new block; call with mu held.
func (f *fakeBackend) mine(tx *types.Transaction) *types.Receipt {
	n := f.newBlock()
	r := &types.Receipt{
		Status: types.ReceiptStatusSuccessful, TxHash: tx.Hash(), GasUsed: 21_000,
		BlockNumber: new(big.Int).SetUint64(n), BlockHash: f.headers[n].Hash(),
	}
	f.receipts[tx.Hash()] = r
	if tx.Nonce() >= f.pending {
		f.pending = tx.Nonce() + 1
	}
	return r
}

// reorgBlock replaces block n with a different one.
func (f *fakeBackend) reorgBlock(n uint64) {
	f.headers[n] = &types.Header{Number: new(big.Int).SetUint64(n), BaseFee: f.baseFee, Extra: []byte("reorged")}
}

func (f *fakeBackend) ChainID(context.Context) (*big.Int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.isDown() {
		return nil, errDown
	}
	return f.chainID, nil
}

func (f *fakeBackend) PendingNonceAt(context.Context, common.Address) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.isDown() {
		return 0, errDown
	}
	f.nonceCalls++
	return f.pending, nil
}

func (f *fakeBackend) NonceAt(context.Context, common.Address, *big.Int) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.isDown() {
		return 0, errDown
	}
	return f.pending, nil
}

func (f *fakeBackend) SuggestGasTipCap(context.Context) (*big.Int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.isDown() {
		return nil, errDown
	}
	return new(big.Int).Set(f.tip), nil
}

func (f *fakeBackend) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.isDown() {
		return nil, errDown
	}
	num := f.head
	if n != nil {
		num = n.Uint64()
	}
	h, ok := f.headers[num]
	if !ok || num > f.head {
		return nil, ethereum.NotFound
	}
	return types.CopyHeader(h), nil
}

func (f *fakeBackend) EstimateGas(context.Context, ethereum.CallMsg) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.isDown() {
		return 0, errDown
	}
	f.estimateCalls++
	return f.gas, f.estErr
}

func (f *fakeBackend) SendTransaction(_ context.Context, tx *types.Transaction) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.isDown() {
		return errDown
	}
	f.sent = append(f.sent, tx)
	if f.onSend != nil {
		if err := f.onSend(tx); err != nil {
			return err
		}
	}
	if f.autoMine {
		f.mine(tx)
	}
	return nil
}

func (f *fakeBackend) TransactionReceipt(_ context.Context, h common.Hash) (*types.Receipt, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.isDown() {
		return nil, errDown
	}
	r, ok := f.receipts[h]
	if !ok {
		return nil, ethereum.NotFound
	}
	cp := *r
	return &cp, nil
}

func (f *fakeBackend) BlockNumber(context.Context) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.isDown() {
		return 0, errDown
	}
	if f.onBlockNumber != nil {
		f.onBlockNumber()
	}
	return f.head, nil
}

// sentTxs returns a copy of the txs sent so far.
func (f *fakeBackend) sentTxs() []*types.Transaction {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]*types.Transaction(nil), f.sent...)
}

// countingMetrics counts what the manager reports.
type countingMetrics struct {
	mu                                 sync.Mutex
	sent, bumped, confirmed, rpcErrors int
	gasUsed                            uint64
	failed                             map[string]int
}

func (c *countingMetrics) TxSent()      { c.mu.Lock(); c.sent++; c.mu.Unlock() }
func (c *countingMetrics) TxBumped()    { c.mu.Lock(); c.bumped++; c.mu.Unlock() }
func (c *countingMetrics) TxConfirmed() { c.mu.Lock(); c.confirmed++; c.mu.Unlock() }
func (c *countingMetrics) TxFailed(reason string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.failed == nil {
		c.failed = map[string]int{}
	}
	c.failed[reason]++
}
func (c *countingMetrics) RPCError(string)  { c.mu.Lock(); c.rpcErrors++; c.mu.Unlock() }
func (c *countingMetrics) GasUsed(g uint64) { c.mu.Lock(); c.gasUsed += g; c.mu.Unlock() }

// revertError is a JSON-RPC revert as ethclient returns it.
type revertError struct{ data string }

func (e *revertError) Error() string  { return "execution reverted" }
func (e *revertError) ErrorCode() int { return 3 }
func (e *revertError) ErrorData() any { return e.data }
