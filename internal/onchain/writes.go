package onchain

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vmattest/vmattest/internal/bindings/properties"
	"github.com/vmattest/vmattest/internal/bindings/registry"
	"github.com/vmattest/vmattest/internal/bindings/vault"
	"github.com/vmattest/vmattest/internal/bindings/verifier"
	"github.com/vmattest/vmattest/internal/protocol"
)

// The calldata of the contracts' transactions, for the tx manager (txmgr.TxCandidate.Data), a governed action
// (Governor.Govern) or a test's sender. PackSubmit, PackSubmitBatch, PackApproveKey and PackProveProperty are
// with the arguments they convert.

// DissentArg converts a signed attestation that disagrees with a recorded state to the verifier's Dissent.
func DissentArg(s protocol.SignedAttestation) verifier.Dissent {
	r, vs := s.Compact()
	a := s.Attestation
	return verifier.Dissent{StateDigest: a.StateDigest, ZkCommitment: a.ZKCommitment, Timestamp: a.Timestamp,
		Sequence: a.Sequence, R: r, Vs: vs}
}

// dissentArgs converts dissents with DissentArg.
func dissentArgs(dissents []protocol.SignedAttestation) []verifier.Dissent {
	ds := make([]verifier.Dissent, len(dissents))
	for i, s := range dissents {
		ds[i] = DissentArg(s)
	}
	return ds
}

// PackSubmitQuorum returns the calldata of submitQuorum(state, votes, dissents) of a VM's subset: votes are
// attestations of one state (the first one's algorithm, digest and commitment), dissents attestations of
// another.
func PackSubmitQuorum(vm protocol.VMID, subset [32]byte, votes, dissents []protocol.SignedAttestation) []byte {
	a0 := votes[0].Attestation
	state := verifier.QuorumState{VmId: vm, SubsetId: subset, HashAlg: uint8(a0.HashAlg), StateDigest: a0.StateDigest,
		ZkCommitment: a0.ZKCommitment}
	vs := make([]verifier.QuorumVote, len(votes))
	for i, v := range votes {
		r, s := v.Compact()
		vs[i] = verifier.QuorumVote{Timestamp: v.Attestation.Timestamp, Sequence: v.Attestation.Sequence, R: r, Vs: s}
	}
	return verifierABI().PackSubmitQuorum(state, vs, dissentArgs(dissents))
}

// PackReportDisagreements returns the calldata of reportDisagreements(vm, subset, dissents).
func PackReportDisagreements(vm protocol.VMID, subset [32]byte, dissents []protocol.SignedAttestation) []byte {
	return verifierABI().PackReportDisagreements(vm, subset, dissentArgs(dissents))
}

// SubsetPolicy is the verifier's policy of an approved subset.
type SubsetPolicy struct {
	// Algorithms are the hash algorithms attestations may use.
	Algorithms []protocol.HashAlg
	// MaxAge is how old (seconds) an attestation may be when submitted.
	MaxAge uint32
	// MaxFutureSkew is how far (seconds) ahead of the chain's clock its timestamp may be.
	MaxFutureSkew uint32
}

// PackApproveSubset returns the calldata of approveSubset(subset, policy, name, version, manifestURI).
func PackApproveSubset(subset [32]byte, p SubsetPolicy, name, version, manifestURI string) []byte {
	policy := verifier.SubsetPolicy{AllowedAlgorithms: AlgorithmMask(p.Algorithms...), MaxAge: p.MaxAge, MaxFutureSkew: p.MaxFutureSkew}
	return verifierABI().PackApproveSubset(subset, policy, name, version, manifestURI)
}

// PackSetQuorum returns the calldata of setQuorum(subset, quorum, window): quorum signers within window seconds.
func PackSetQuorum(subset [32]byte, quorum uint8, window uint32) []byte {
	return verifierABI().PackSetQuorum(subset, quorum, window)
}

// PackAddGoldenDigest returns the calldata of addGoldenDigest(subset, alg, digest, label).
func PackAddGoldenDigest(subset [32]byte, alg protocol.HashAlg, digest [32]byte, label string) []byte {
	return verifierABI().PackAddGoldenDigest(subset, uint8(alg), digest, label)
}

// PackGrantRole returns the calldata of grantRole(role, account), the same on every AccessControl contract.
func PackGrantRole(role [32]byte, account common.Address) []byte {
	return registryABI().PackGrantRole(role, account)
}

// PackRevokeKey returns the calldata of the registry's revokeKey(key).
func PackRevokeKey(key common.Address) []byte { return registryABI().PackRevokeKey(key) }

// PackRegisterWithProof returns the calldata of the registry's registerWithProof(reg, keyX, keyY, facts, proof,
// replacedKeySignature).
func PackRegisterWithProof(reg registry.KeyRegistration, keyX, keyY [32]byte, facts registry.ReportFacts, proof, replacedKeySignature []byte) []byte {
	return registryABI().PackRegisterWithProof(reg, keyX, keyY, facts, proof, replacedKeySignature)
}

// PackSetReportVerifier returns the calldata of the registry's governed setReportVerifier(verifier).
func PackSetReportVerifier(v common.Address) []byte { return registryABI().PackSetReportVerifier(v) }

// PackSetMeasurementAllowed returns the calldata of the registry's governed setMeasurementAllowed.
func PackSetMeasurementAllowed(measurement []byte, allowed bool) []byte {
	return registryABI().PackSetMeasurementAllowed(measurement, allowed)
}

// PackSetVcekTrusted returns the calldata of the registry's governed setVcekTrusted(vcekHash, trusted).
func PackSetVcekTrusted(vcekHash [32]byte, trusted bool) []byte {
	return registryABI().PackSetVcekTrusted(vcekHash, trusted)
}

// PackSetVerifier returns the calldata of the property registry's setVerifier(property, verifier, numInputs).
func PackSetVerifier(property [32]byte, v common.Address, numInputs uint8) []byte {
	return propertiesABI().PackSetVerifier(property, v, numInputs)
}

// PackVaultDeposit returns the calldata of a KeeperVault's deposit() (payable).
func PackVaultDeposit() []byte { return vaultABI().PackDeposit() }

// PackVaultWithdraw returns the calldata of a KeeperVault's withdraw(to, amount).
func PackVaultWithdraw(to common.Address, amount *big.Int) []byte {
	return vaultABI().PackWithdraw(to, amount)
}

// VaultCreation returns the creation code of a KeeperVault with cfg, from the bindings' embedded bytecode.
func VaultCreation(cfg vault.KeeperVaultConfig) []byte {
	return append(common.FromHex(vault.KeeperVaultMetaData.Bin), vaultABI().PackConstructor(cfg)...)
}

// PropertiesCreation returns the creation code of a PropertyRegistry on the verifier at v, administered by admin
// with the two-step transfer delay adminDelay (seconds), from the bindings' embedded bytecode.
func PropertiesCreation(v common.Address, adminDelay uint64, admin common.Address) []byte {
	return append(common.FromHex(properties.PropertyRegistryMetaData.Bin), propertiesABI().PackConstructor(v, new(big.Int).SetUint64(adminDelay), admin)...)
}

// KeyStateSelector returns the 4-byte selector of the registry's keyState, for test doubles of a chain that
// count or fail these calls.
func KeyStateSelector() []byte { return registryABI().PackKeyState(common.Address{})[:4] }

// PackSetApprovalThreshold returns the calldata of the registry's governed setApprovalThreshold(k).
func PackSetApprovalThreshold(k uint8) []byte { return registryABI().PackSetApprovalThreshold(k) }
