package digest

import (
	"crypto/sha256"
	"hash"

	"github.com/vmattest/vmattest/internal/protocol"
)

func init() { Register(sha256Alg{}) }

// sha256Alg is SHA-256 (FIPS 180-4), from the standard library, which uses the SHA extensions where the
// CPU has them.
type sha256Alg struct{}

func (sha256Alg) ID() protocol.HashAlg { return protocol.HashSHA256 }
func (sha256Alg) Name() string         { return protocol.HashSHA256.String() }
func (sha256Alg) New() hash.Hash       { return sha256.New() }
