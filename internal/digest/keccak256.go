package digest

import (
	"hash"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/internal/protocol"
)

func init() { Register(keccak256Alg{}) }

// keccak256Alg is Keccak-256 as Ethereum uses it (the original Keccak padding, not NIST SHA3-256), from
// go-ethereum, so that a contract's keccak256 gives the same digest.
type keccak256Alg struct{}

func (keccak256Alg) ID() protocol.HashAlg { return protocol.HashKeccak256 }
func (keccak256Alg) Name() string         { return protocol.HashKeccak256.String() }
func (keccak256Alg) New() hash.Hash       { return crypto.NewKeccakState() }
