package agent

import (
	"container/heap"
	"errors"
	"sync"

	"github.com/vmattest/vmattest/internal/agentapi"
)

// errCacheFull means the nonce cache holds MaxNonces unexpired nonces.
var errCacheFull = errors.New("nonce cache full: too many requests within the window, retry later")

// nonceCache remembers nonces until their expiry. It is bounded: when full of unexpired nonces it refuses
// new ones rather than forgetting one that could still be replayed.
type nonceCache struct {
	mu   sync.Mutex
	max  int
	seen map[[agentapi.NonceSize]byte]int64
	exp  expiryHeap
}

func newNonceCache(max int) *nonceCache {
	return &nonceCache{max: max, seen: map[[agentapi.NonceSize]byte]int64{}}
}

// add records n until expiry (unix seconds), after dropping the nonces expired at now. It returns false
// when n is already recorded, errCacheFull when there is no room.
func (c *nonceCache) add(n [agentapi.NonceSize]byte, now, expiry int64) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for len(c.exp) > 0 && c.exp[0].expiry < now {
		e := heap.Pop(&c.exp).(nonceEntry)
		if c.seen[e.nonce] == e.expiry {
			delete(c.seen, e.nonce)
		}
	}
	if _, ok := c.seen[n]; ok {
		return false, nil
	}
	if len(c.seen) >= c.max {
		return false, errCacheFull
	}
	c.seen[n] = expiry
	heap.Push(&c.exp, nonceEntry{n, expiry})
	return true, nil
}

func (c *nonceCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.seen)
}

type nonceEntry struct {
	nonce  [agentapi.NonceSize]byte
	expiry int64
}

type expiryHeap []nonceEntry

func (h expiryHeap) Len() int           { return len(h) }
func (h expiryHeap) Less(i, j int) bool { return h[i].expiry < h[j].expiry }
func (h expiryHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *expiryHeap) Push(x any)        { *h = append(*h, x.(nonceEntry)) }
func (h *expiryHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	*h = old[:len(old)-1]
	return e
}
