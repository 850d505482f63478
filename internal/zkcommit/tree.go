package zkcommit

import (
	"fmt"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// maxTreeDepth bounds the depth of the trees of this package (the commitment's Depth).
const maxTreeDepth = Depth

// zeroHashes[k] is the root of a subtree of height k whose leaves are all 0: zeroHashes[0] = 0,
// zeroHashes[k+1] = Compress(zeroHashes[k], zeroHashes[k]).
var zeroHashes = sync.OnceValue(func() [maxTreeDepth + 1]fr.Element {
	var z [maxTreeDepth + 1]fr.Element
	for k := range maxTreeDepth {
		z[k+1] = Compress(z[k], z[k])
	}
	return z
})

// ZeroHash returns the root of an all-zero subtree of the given height (0 <= height <= Depth).
func ZeroHash(height int) fr.Element { return zeroHashes()[height] }

// sparseTree is a binary Merkle tree of fixed depth whose leaves are 0 except a few. It stores only the
// nodes above a set leaf, so building costs O(set leaves × depth) compressions; every other node is the
// zero-subtree hash of its height.
type sparseTree struct {
	depth int
	// levels[0] holds the set leaves, levels[depth] the root; keys are node indexes within the level.
	levels []map[uint64]fr.Element
}

func newSparseTree(depth int, leaves map[uint64]fr.Element) (*sparseTree, error) {
	if depth < 1 || depth > maxTreeDepth {
		return nil, fmt.Errorf("tree depth %d is not in [1, %d]", depth, maxTreeDepth)
	}
	t := &sparseTree{depth: depth, levels: make([]map[uint64]fr.Element, depth+1)}
	t.levels[0] = make(map[uint64]fr.Element, len(leaves))
	for i, v := range leaves {
		if i >= 1<<depth {
			return nil, fmt.Errorf("leaf index %d is outside a tree of %d leaves", i, uint64(1)<<depth)
		}
		t.levels[0][i] = v
	}
	for k := range depth {
		next := make(map[uint64]fr.Element, len(t.levels[k])/2+1)
		for i := range t.levels[k] {
			p := i >> 1
			if _, done := next[p]; done {
				continue
			}
			next[p] = Compress(t.node(k, 2*p), t.node(k, 2*p+1))
		}
		t.levels[k+1] = next
	}
	return t, nil
}

// node returns node i of level k (0 = leaves).
func (t *sparseTree) node(k int, i uint64) fr.Element {
	if v, ok := t.levels[k][i]; ok {
		return v
	}
	return ZeroHash(k)
}

func (t *sparseTree) root() fr.Element { return t.node(t.depth, 0) }

// path returns the siblings of leaf index from the leaves up: path[k] is the sibling at level k.
func (t *sparseTree) path(index uint64) []fr.Element {
	out := make([]fr.Element, t.depth)
	for k := range t.depth {
		out[k] = t.node(k, index^1)
		index >>= 1
	}
	return out
}

// RootFromPath recomputes a root from a leaf, its index and its siblings (leaves up), the computation the
// circuits perform: at level k, bit k of index says whether the node is a right child (1) or a left one (0).
func RootFromPath(leaf fr.Element, index uint64, siblings []fr.Element) fr.Element {
	node := leaf
	for k := range siblings {
		if index>>k&1 == 1 {
			node = Compress(siblings[k], node)
		} else {
			node = Compress(node, siblings[k])
		}
	}
	return node
}
