// Package onchain is the Go code's one door to the contracts, over the abigen bindings of internal/bindings: it
// deploys them (from the bindings' embedded bytecode), packs the calldata of their transactions, reads them
// (typed readers over eth_call), decodes their logs, mirrors their enums (KeyStatus, ActionStatus) and turns
// reverts into errors that name the contract's custom error and its arguments. No other package packs calldata,
// unpacks results or decodes logs (TestOneDoor).
package onchain

import (
	"bytes"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/vmattest/vmattest/internal/bindings/registry"
	"github.com/vmattest/vmattest/internal/bindings/vault"
	"github.com/vmattest/vmattest/internal/bindings/verifier"
	"github.com/vmattest/vmattest/internal/enclave"
	"github.com/vmattest/vmattest/internal/protocol"
)

// The contracts' ABIs, parsed once, on first use: parsing them at package init cost every run of the binary
// about 7 ms, whatever the subcommand (docs/benchmarks.md).
var (
	verifierABI = sync.OnceValue(verifier.NewAttestationVerifier)
	registryABI = sync.OnceValue(registry.NewEnclaveKeyRegistry)
	vaultABI    = sync.OnceValue(vault.NewKeeperVault)
)

// AttestationArg converts an attestation to the verifier's Attestation struct.
func AttestationArg(a protocol.Attestation) verifier.Attestation {
	return verifier.Attestation{
		VmId:         a.VMID,
		SubsetId:     a.SubsetID,
		HashAlg:      uint8(a.HashAlg),
		StateDigest:  a.StateDigest,
		ZkCommitment: a.ZKCommitment,
		Timestamp:    a.Timestamp,
		Sequence:     a.Sequence,
	}
}

// SignedArg converts a signed attestation to the verifier's SignedAttestation struct (for submitBatch), with
// the signature in EIP-2098 compact form.
func SignedArg(s protocol.SignedAttestation) verifier.SignedAttestation {
	r, vs := s.Compact()
	return verifier.SignedAttestation{Attestation: AttestationArg(s.Attestation), R: r, Vs: vs}
}

// PackSubmit returns the calldata of submit(attestation, r, vs) for s.
func PackSubmit(s protocol.SignedAttestation) []byte {
	r, vs := s.Compact()
	return verifierABI().PackSubmit(AttestationArg(s.Attestation), r, vs)
}

// PackSubmitBatch returns the calldata of submitBatch(items) for batch.
func PackSubmitBatch(batch []protocol.SignedAttestation) []byte {
	items := make([]verifier.SignedAttestation, len(batch))
	for i, s := range batch {
		items[i] = SignedArg(s)
	}
	return verifierABI().PackSubmitBatch(items)
}

// AlgorithmMask returns the SubsetPolicy.allowedAlgorithms bit mask that allows algs.
func AlgorithmMask(algs ...protocol.HashAlg) uint32 {
	var m uint32
	for _, a := range algs {
		m |= 1 << uint(a)
	}
	return m
}

// KeyRegistrationArg builds the registry's KeyRegistration for an attestation key: the key and expiry of its
// binding, the hash of its evidence and the measurement the evidence reports; replaces and grace rotate an
// older key of the same VM out (zero for a first key; grace is then zero too).
func KeyRegistrationArg(r *enclave.Registration, vm protocol.VMID, measurement [48]byte, replaces common.Address, grace time.Duration) registry.KeyRegistration {
	if replaces == (common.Address{}) {
		grace = 0 // meaningless without a replaced key; zero keeps the registration hash (and a proof's binding) canonical
	}
	return registry.KeyRegistration{
		Key:          r.Binding.Address(),
		VmId:         vm,
		ExpiresAt:    r.Binding.ExpiresAt,
		EvidenceHash: r.Evidence.Hash(),
		Measurement:  append([]byte(nil), measurement[:]...),
		Replaces:     replaces,
		GracePeriod:  uint64(grace / time.Second),
	}
}

// PackApproveKey returns the calldata of the registry's approveKey(reg).
func PackApproveKey(reg registry.KeyRegistration) []byte { return registryABI().PackApproveKey(reg) }

// ErrNotSubmit means calldata that does not call the verifier's submit.
var ErrNotSubmit = errors.New("calldata does not call submit")

// UnpackSubmit decodes the calldata of submit(attestation, r, vs) (PackSubmit's output): the attestation and
// its compact signature.
func UnpackSubmit(data []byte) (verifier.Attestation, [32]byte, [32]byte, error) {
	var (
		a     verifier.Attestation
		r, vs [32]byte
	)
	m := verifierABI().GetABI().Methods["submit"]
	if len(data) < 4 || !bytes.Equal(data[:4], m.ID) {
		return a, r, vs, ErrNotSubmit
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil {
		return a, r, vs, fmt.Errorf("failed to decode submit's arguments: %w", err)
	}
	a = *abi.ConvertType(args[0], new(verifier.Attestation)).(*verifier.Attestation)
	return a, args[1].([32]byte), args[2].([32]byte), nil
}
