package onchain

import (
	"context"
	"math/big"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/vmattest/vmattest/internal/bindings/properties"
	"github.com/vmattest/vmattest/internal/bindings/registry"
	"github.com/vmattest/vmattest/internal/bindings/verifier"
	"github.com/vmattest/vmattest/internal/protocol"
)

// Caller makes the read-only calls (eth_call) of the typed readers: ethereum.ContractCaller's CallContract,
// satisfied by *ethclient.Client, simulated.Client and the node's metered caller.
type Caller interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
}

// Contract is a deployed contract read through a Caller.
type Contract struct {
	// Caller makes the calls.
	Caller Caller
	// Address is the contract's.
	Address common.Address
	// Block is the block the calls read; nil means the latest.
	Block *big.Int
}

// read calls c with data and unpacks the result; errors of the call are returned as the Caller returned
// them (DecodeRevert names a custom error).
func read[T any](ctx context.Context, c Contract, data []byte, unpack func([]byte) (T, error)) (T, error) {
	out, err := c.Caller.CallContract(ctx, ethereum.CallMsg{To: &c.Address, Data: data}, c.Block)
	if err != nil {
		var zero T
		return zero, err
	}
	return unpack(out)
}

// VerifierReader reads an AttestationVerifier.
type VerifierReader Contract

// Latest returns latest(vm, subset): the last record of the VM's subset (zero if none).
func (v VerifierReader) Latest(ctx context.Context, vm protocol.VMID, subset [32]byte) (verifier.Record, error) {
	return read(ctx, Contract(v), verifierABI().PackLatest(vm, subset), verifierABI().UnpackLatest)
}

// IsFresh returns isFresh(vm, subset, maxAge).
func (v VerifierReader) IsFresh(ctx context.Context, vm protocol.VMID, subset [32]byte, maxAge uint64) (bool, error) {
	return read(ctx, Contract(v), verifierABI().PackIsFresh(vm, subset, new(big.Int).SetUint64(maxAge)), verifierABI().UnpackIsFresh)
}

// IsIntact returns isIntact(vm, subset, maxAge).
func (v VerifierReader) IsIntact(ctx context.Context, vm protocol.VMID, subset [32]byte, maxAge uint64) (bool, error) {
	return read(ctx, Contract(v), verifierABI().PackIsIntact(vm, subset, new(big.Int).SetUint64(maxAge)), verifierABI().UnpackIsIntact)
}

// IsGoldenDigest returns isGoldenDigest(subset, alg, digest).
func (v VerifierReader) IsGoldenDigest(ctx context.Context, subset [32]byte, alg protocol.HashAlg, digest [32]byte) (bool, error) {
	return read(ctx, Contract(v), verifierABI().PackIsGoldenDigest(subset, uint8(alg), digest), verifierABI().UnpackIsGoldenDigest)
}

// QuorumOf returns quorumOf(subset): the subset's quorum and window (quorum 0 or 1 means none).
func (v VerifierReader) QuorumOf(ctx context.Context, subset [32]byte) (verifier.QuorumOfOutput, error) {
	return read(ctx, Contract(v), verifierABI().PackQuorumOf(subset), verifierABI().UnpackQuorumOf)
}

// PolicyRole returns POLICY_ROLE.
func (v VerifierReader) PolicyRole(ctx context.Context) ([32]byte, error) {
	return read(ctx, Contract(v), verifierABI().PackPOLICYROLE(), verifierABI().UnpackPOLICYROLE)
}

// RegistryReader reads an EnclaveKeyRegistry.
type RegistryReader Contract

// KeyState returns keyState(key): its status (KeyStatus), expiry and VM.
func (r RegistryReader) KeyState(ctx context.Context, key common.Address) (registry.KeyStateOutput, error) {
	return read(ctx, Contract(r), registryABI().PackKeyState(key), registryABI().UnpackKeyState)
}

// KeyInfo returns keyInfo(key).
func (r RegistryReader) KeyInfo(ctx context.Context, key common.Address) (registry.KeyInfo, error) {
	return read(ctx, Contract(r), registryABI().PackKeyInfo(key), registryABI().UnpackKeyInfo)
}

// RegistrarRole returns REGISTRAR_ROLE.
func (r RegistryReader) RegistrarRole(ctx context.Context) ([32]byte, error) {
	return read(ctx, Contract(r), registryABI().PackREGISTRARROLE(), registryABI().UnpackREGISTRARROLE)
}

// ActionID returns actionId(data, salt): the id of a governed action.
func (r RegistryReader) ActionID(ctx context.Context, data []byte, salt [32]byte) ([32]byte, error) {
	return read(ctx, Contract(r), registryABI().PackActionId(data, salt), registryABI().UnpackActionId)
}

// ActionState returns actionState(id); its Status is an ActionStatus.
func (r RegistryReader) ActionState(ctx context.Context, id [32]byte) (registry.ActionStateOutput, error) {
	return read(ctx, Contract(r), registryABI().PackActionState(id), registryABI().UnpackActionState)
}

// PropertiesReader reads a PropertyRegistry.
type PropertiesReader Contract

// HasProperty returns hasProperty(vm, subset, property, maxAge).
func (p PropertiesReader) HasProperty(ctx context.Context, vm protocol.VMID, subset, property [32]byte, maxAge uint64) (bool, error) {
	return read(ctx, Contract(p), propertiesABI().PackHasProperty(vm, subset, property, new(big.Int).SetUint64(maxAge)), propertiesABI().UnpackHasProperty)
}

// HasPropertyWith returns hasPropertyWith(vm, subset, property, paramsHash, maxAge).
func (p PropertiesReader) HasPropertyWith(ctx context.Context, vm protocol.VMID, subset, property, paramsHash [32]byte, maxAge uint64) (bool, error) {
	return read(ctx, Contract(p), propertiesABI().PackHasPropertyWith(vm, subset, property, paramsHash, new(big.Int).SetUint64(maxAge)), propertiesABI().UnpackHasPropertyWith)
}

// PropertyRecord returns propertyRecord(vm, subset, property).
func (p PropertiesReader) PropertyRecord(ctx context.Context, vm protocol.VMID, subset, property [32]byte) (properties.PropertyRecord, error) {
	return read(ctx, Contract(p), propertiesABI().PackPropertyRecord(vm, subset, property), propertiesABI().UnpackPropertyRecord)
}

// VerifierAdminRole returns VERIFIER_ADMIN_ROLE.
func (p PropertiesReader) VerifierAdminRole(ctx context.Context) ([32]byte, error) {
	return read(ctx, Contract(p), propertiesABI().PackVERIFIERADMINROLE(), propertiesABI().UnpackVERIFIERADMINROLE)
}

// VaultReader reads a KeeperVault.
type VaultReader Contract

// VMStatus returns vmStatus(): the vault's view of its VM, as the contract names it.
func (v VaultReader) VMStatus(ctx context.Context) (uint8, error) {
	return read(ctx, Contract(v), vaultABI().PackVmStatus(), vaultABI().UnpackVmStatus)
}
