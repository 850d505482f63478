package onchain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/internal/bindings/properties"
	"github.com/vmattest/vmattest/internal/protocol"
)

var propertiesABI = properties.NewPropertyRegistry()

// ErrVerifierMismatch means the deployed verifier contract checks another verifying key than the local one.
var ErrVerifierMismatch = errors.New("the deployed verifier checks another verifying key")

// CheckDeployedVerifier refuses proving keys whose verifying key is not the one the Groth16 verifier
// contract at addr checks: the generated verifiers expose verifyingKeyHash(), computed like
// zkproof.VerifyingKeyHash.
func CheckDeployedVerifier(ctx context.Context, c ethereum.ContractCaller, addr common.Address, vkHash [32]byte) error {
	sel := crypto.Keccak256([]byte("verifyingKeyHash()"))[:4]
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: sel}, nil)
	if err != nil {
		return fmt.Errorf("failed to read verifyingKeyHash() of %s: %w", addr, DecodeRevert(err))
	}
	if len(out) != 32 {
		return fmt.Errorf("%s is not a vmattest Groth16 verifier (verifyingKeyHash() returned %d bytes)", addr, len(out))
	}
	if common.BytesToHash(out) != vkHash {
		return fmt.Errorf("%w: %s has %x, the local keys %x", ErrVerifierMismatch, addr, out, vkHash)
	}
	return nil
}

// PackProveProperty returns the calldata of PropertyRegistry.proveProperty.
func PackProveProperty(vm protocol.VMID, subsetID, propertyID [32]byte, verifier common.Address, proof [8]*big.Int, inputs []*big.Int) []byte {
	return propertiesABI.PackProveProperty(vm, subsetID, propertyID, verifier, proof, inputs)
}
