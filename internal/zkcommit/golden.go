package zkcommit

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// Golden-digest set geometry.
const (
	// GoldenDepth is the depth of a golden-digest set tree: at most 2^GoldenDepth digests.
	GoldenDepth = 10
	// MaxGoldenDigests is the largest number of digests of a golden set.
	MaxGoldenDigests = 1 << GoldenDepth
)

// GoldenSet is a set of accepted ("golden") region digests committed as a Merkle tree of depth GoldenDepth:
// leaf i is GoldenLeaf(digest i) for the digests in the given order, every other leaf is 0. Its root is
// public (a verifier publishes it); a proof shows that a committed region's digest is one of them without
// saying which.
type GoldenSet struct {
	digests [][32]byte
	index   map[[32]byte]int
	tree    *sparseTree
}

// GoldenLeaf returns the leaf of a golden digest: Hash(6, digest_hi, digest_lo).
func GoldenLeaf(d [32]byte) fr.Element {
	hi, lo := Digest32(d)
	return Hash(Uint(TagGolden), hi, lo)
}

// NewGoldenSet builds the set of digests, in the given order. An empty set, more than MaxGoldenDigests
// digests, or a repeated digest is an error.
func NewGoldenSet(digests [][32]byte) (*GoldenSet, error) {
	if len(digests) == 0 {
		return nil, fmt.Errorf("a golden set needs at least one digest")
	}
	if len(digests) > MaxGoldenDigests {
		return nil, fmt.Errorf("%d golden digests, at most %d", len(digests), MaxGoldenDigests)
	}
	g := &GoldenSet{digests: make([][32]byte, len(digests)), index: make(map[[32]byte]int, len(digests))}
	leaves := make(map[uint64]fr.Element, len(digests))
	for i, d := range digests {
		if j, dup := g.index[d]; dup {
			return nil, fmt.Errorf("golden digest %d repeats digest %d (%s)", i, j, hex32(d))
		}
		g.index[d] = i
		g.digests[i] = d
		leaves[uint64(i)] = GoldenLeaf(d)
	}
	var err error
	if g.tree, err = newSparseTree(GoldenDepth, leaves); err != nil {
		return nil, err
	}
	return g, nil
}

// Len returns the number of digests.
func (g *GoldenSet) Len() int { return len(g.digests) }

// Digests returns the digests in leaf order.
func (g *GoldenSet) Digests() [][32]byte { return append([][32]byte(nil), g.digests...) }

// Index returns the leaf index of digest d, and whether d is in the set.
func (g *GoldenSet) Index(d [32]byte) (int, bool) {
	i, ok := g.index[d]
	return i, ok
}

// Leaf returns leaf index (0 past the digests). It panics when index is not in [0, MaxGoldenDigests).
func (g *GoldenSet) Leaf(index int) fr.Element {
	checkIndex(index, MaxGoldenDigests)
	return g.tree.node(0, uint64(index))
}

// RootElement returns the root as a field element.
func (g *GoldenSet) RootElement() fr.Element { return g.tree.root() }

// Root returns the root as 32 big-endian bytes.
func (g *GoldenSet) Root() [32]byte { return Bytes32(g.tree.root()) }

// Path returns the siblings of leaf index, from the leaves up. It panics when index is not in
// [0, MaxGoldenDigests).
func (g *GoldenSet) Path(index int) [GoldenDepth]fr.Element {
	checkIndex(index, MaxGoldenDigests)
	var out [GoldenDepth]fr.Element
	copy(out[:], g.tree.path(uint64(index)))
	return out
}
