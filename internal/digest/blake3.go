package digest

import (
	"context"
	"hash"

	"lukechampine.com/blake3"

	"github.com/vmattest/vmattest/internal/protocol"
)

func init() { Register(blake3Alg{}) }

// blake3Alg is BLAKE3 with a 256-bit output (lukechampine.com/blake3). Sum hashes it as a tree on
// several cores (blake3tree.go).
type blake3Alg struct{}

func (blake3Alg) ID() protocol.HashAlg { return protocol.HashBLAKE3 }
func (blake3Alg) Name() string         { return protocol.HashBLAKE3.String() }
func (blake3Alg) New() hash.Hash       { return blake3.New(32, nil) }

func (blake3Alg) sumBytes(b []byte) [32]byte { return blake3.Sum256(b) }

func (blake3Alg) sumTree(ctx context.Context, src *source, workers, bufSize int) ([32]byte, error) {
	return sumBLAKE3Tree(ctx, src, workers, bufSize)
}
