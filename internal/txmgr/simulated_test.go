package txmgr

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"
)

var (
	// storerCode stores the first calldata word in slot 0: CALLDATALOAD(0); SSTORE(0, it); STOP.
	storerCode = common.FromHex("0x60003560005500")
	// reverterCode reverts with the 4 bytes 0xdeadbeef (a custom error selector with no arguments).
	reverterCode = common.FromHex("0x63deadbeef60e01b60005260046000fd")
)

// TestSimulatedBackend sends a value transfer and a contract call on go-ethereum's simulated chain, mined by
// a goroutine, and checks an estimation revert comes back with its data.
func TestSimulatedBackend(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	storer, reverter := common.Address{0x50}, common.Address{0x52}
	sim := simulated.NewBackend(types.GenesisAlloc{
		from:     {Balance: new(big.Int).Lsh(big.NewInt(1), 100)},
		storer:   {Code: storerCode, Balance: new(big.Int)},
		reverter: {Code: reverterCode, Balance: new(big.Int)},
	})
	client := &estimateCounter{Client: sim.Client()}

	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				sim.Commit()
			}
		}
	})
	t.Cleanup(func() {
		close(stop)
		wg.Wait()
		_ = sim.Close()
	})

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig(chainID, key)
	cfg.NumConfirmations = 2
	cfg.ResubmissionTimeout = 2 * time.Second
	cfg.ReceiptPollInterval = 5 * time.Millisecond
	cfg.RetryBackoff = Backoff{Initial: 5 * time.Millisecond, Max: 50 * time.Millisecond}
	m, err := New(ctx, client, cfg)
	if err != nil {
		t.Fatal(err)
	}

	// A plain value transfer, gas estimated.
	dest := common.Address{0x99}
	r, err := m.Send(ctx, TxCandidate{To: dest, Value: big.NewInt(12345)})
	if err != nil {
		t.Fatalf("value transfer: %v", err)
	}
	checkConfirmed(ctx, t, client, r, cfg.NumConfirmations)
	bal, err := client.BalanceAt(ctx, dest, nil)
	if err != nil || bal.Int64() != 12345 {
		t.Fatalf("balance %v (%v), want 12345", bal, err)
	}

	// A contract call.
	word := common.HexToHash("0x1234")
	r, err = m.Send(ctx, TxCandidate{To: storer, Data: word[:]})
	if err != nil {
		t.Fatalf("contract call: %v", err)
	}
	checkConfirmed(ctx, t, client, r, cfg.NumConfirmations)
	stored, err := client.StorageAt(ctx, storer, common.Hash{}, nil)
	if err != nil || common.BytesToHash(stored) != word {
		t.Fatalf("slot 0 = %x (%v), want %x", stored, err, word)
	}

	// A call that reverts: the estimation's revert error, with its data, at once (estimated once, not retried).
	before := client.estimates(reverter)
	_, err = m.Send(ctx, TxCandidate{To: reverter})
	var de rpc.DataError
	if !errors.As(err, &de) || de.ErrorData() != hexutil.Encode([]byte{0xde, 0xad, 0xbe, 0xef}) {
		t.Fatalf("Send to the reverter = %v, want a revert carrying 0xdeadbeef", err)
	}
	if n := client.estimates(reverter) - before; n != 1 {
		t.Fatalf("the reverting call was estimated %d times, want once (a revert is final, not retried)", n)
	}

	// The nonce stayed right through the revert.
	r, err = m.Send(ctx, TxCandidate{To: dest, Value: big.NewInt(1)})
	if err != nil {
		t.Fatalf("transfer after the revert: %v", err)
	}
	tx, _, err := client.TransactionByHash(ctx, r.TxHash)
	if err != nil || tx.Nonce() != 2 {
		t.Fatalf("third tx %v (%v), want nonce 2", tx, err)
	}
}

func checkConfirmed(ctx context.Context, t *testing.T, client simulated.Client, r *types.Receipt, confs uint64) {
	t.Helper()
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("tx %s failed", r.TxHash)
	}
	tip, err := client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if r.BlockNumber.Uint64()+confs > tip+1 {
		t.Fatalf("receipt in block %d returned at tip %d", r.BlockNumber, tip)
	}
}

// estimateCounter is the simulated chain's client, counting gas estimations per destination.
type estimateCounter struct {
	simulated.Client
	mu    sync.Mutex
	count map[common.Address]int
}

func (c *estimateCounter) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	if msg.To != nil {
		c.mu.Lock()
		if c.count == nil {
			c.count = map[common.Address]int{}
		}
		c.count[*msg.To]++
		c.mu.Unlock()
	}
	return c.Client.EstimateGas(ctx, msg)
}

// estimates is the number of estimations of calls to to so far.
func (c *estimateCounter) estimates(to common.Address) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.count[to]
}
