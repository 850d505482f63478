package onchain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/internal/bindings/properties"
	"github.com/vmattest/vmattest/internal/protocol"
)

var propertiesABI = sync.OnceValue(properties.NewPropertyRegistry)

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

// ErrInsecureVerifier means a Groth16 verifier from the INSECURE development setup (or one that does not
// declare its setup) was about to be used on a chain that is not a devnet: anyone can forge its proofs.
var ErrInsecureVerifier = errors.New("insecure development verifier on a chain that is not a devnet")

// DevnetChainIDs are the chain ids where verifiers of the insecure development setup are accepted, as in
// PropertyRegistry.setVerifier: anvil's and Hardhat's 31337, and 1337 (Ganache, geth --dev, the simulated
// backend).
var DevnetChainIDs = []uint64{31337, 1337}

// IsDevnetChain reports whether chainID is one of DevnetChainIDs.
func IsDevnetChain(chainID *big.Int) bool {
	for _, id := range DevnetChainIDs {
		if chainID != nil && chainID.IsUint64() && chainID.Uint64() == id {
			return true
		}
	}
	return false
}

// CheckVerifierSetup reads the setup identity of the Groth16 verifier at addr (IVerifierSetup.setupIdentity)
// and refuses, with ErrInsecureVerifier, one that says it is insecure or does not answer, unless chainID is a
// devnet's: the check PropertyRegistry.setVerifier makes, done before deploying or setting a verifier. It
// returns the verifier's verifying key hash.
func CheckVerifierSetup(ctx context.Context, c ethereum.ContractCaller, addr common.Address, chainID *big.Int) ([32]byte, error) {
	sel := crypto.Keccak256([]byte("setupIdentity()"))[:4]
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: sel}, nil)
	insecure := err != nil || len(out) != 64 || new(big.Int).SetBytes(out[:32]).Sign() != 0
	var vkHash [32]byte
	if err == nil && len(out) == 64 {
		copy(vkHash[:], out[32:])
	}
	if insecure && !IsDevnetChain(chainID) {
		if err != nil {
			return vkHash, fmt.Errorf("%w: %s has no setupIdentity() (%v), chain id %s", ErrInsecureVerifier, addr, DecodeRevert(err), chainID)
		}
		return vkHash, fmt.Errorf("%w: %s, chain id %s", ErrInsecureVerifier, addr, chainID)
	}
	return vkHash, nil
}

// PackProveProperty returns the calldata of PropertyRegistry.proveProperty.
func PackProveProperty(vm protocol.VMID, subsetID, propertyID [32]byte, verifier common.Address, proof [8]*big.Int, inputs []*big.Int) []byte {
	return propertiesABI().PackProveProperty(vm, subsetID, propertyID, verifier, proof, inputs)
}
