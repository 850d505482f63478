package onchain

import (
	"errors"
	"math/big"
	"sync"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vmattest/vmattest/internal/bindings/properties"
	"github.com/vmattest/vmattest/internal/bindings/verifier"
	"github.com/vmattest/vmattest/internal/protocol"
)

// The events' topics, derived from the ABIs on first use.
var (
	submittedTopic       = sync.OnceValue(func() common.Hash { return verifierABI().GetABI().Events["AttestationSubmitted"].ID })
	skippedTopic         = sync.OnceValue(func() common.Hash { return verifierABI().GetABI().Events["AttestationSkipped"].ID })
	quorumReachedTopic   = sync.OnceValue(func() common.Hash { return verifierABI().GetABI().Events["QuorumReached"].ID })
	quorumDisagreedTopic = sync.OnceValue(func() common.Hash { return verifierABI().GetABI().Events["QuorumDisagreement"].ID })
	propertyProvenTopic  = sync.OnceValue(func() common.Hash { return propertiesABI().GetABI().Events["PropertyProven"].ID })
)

// VMTopic is a VM id as an indexed bytes16 topic (left-aligned, zero-padded).
func VMTopic(vm protocol.VMID) common.Hash {
	var h common.Hash
	copy(h[:], vm[:])
	return h
}

// inBlocks sets q's block range: from and to inclusive, nil meaning the earliest and the latest block.
func inBlocks(q ethereum.FilterQuery, from, to *big.Int) ethereum.FilterQuery {
	q.FromBlock, q.ToBlock = from, to
	return q
}

// SubmittedQuery selects the AttestationSubmitted logs of the verifier at v for a VM's subset, in blocks from
// to to (nil: the earliest and the latest).
func SubmittedQuery(v common.Address, vm protocol.VMID, subset [32]byte, from, to *big.Int) ethereum.FilterQuery {
	return inBlocks(ethereum.FilterQuery{Addresses: []common.Address{v},
		Topics: [][]common.Hash{{submittedTopic()}, {VMTopic(vm)}, {subset}}}, from, to)
}

// SubmittedByVMQuery selects every AttestationSubmitted log of the verifier at v for a VM.
func SubmittedByVMQuery(v common.Address, vm protocol.VMID) ethereum.FilterQuery {
	return ethereum.FilterQuery{Addresses: []common.Address{v}, Topics: [][]common.Hash{{submittedTopic()}, {VMTopic(vm)}}}
}

// RecordQuery selects the AttestationSubmitted and AttestationSkipped logs of the verifier at v for a VM's
// subset: every outcome of a submission, in blocks from to to (inclusive; nil: the earliest and the latest).
func RecordQuery(v common.Address, vm protocol.VMID, subset [32]byte, from, to *big.Int) ethereum.FilterQuery {
	return inBlocks(ethereum.FilterQuery{Addresses: []common.Address{v},
		Topics: [][]common.Hash{{skippedTopic(), submittedTopic()}, {VMTopic(vm)}, {subset}}}, from, to)
}

// QuorumReachedQuery selects the QuorumReached logs of the verifier at v for a VM's subset, in blocks from to
// to (nil: the earliest and the latest).
func QuorumReachedQuery(v common.Address, vm protocol.VMID, subset [32]byte, from, to *big.Int) ethereum.FilterQuery {
	return inBlocks(ethereum.FilterQuery{Addresses: []common.Address{v},
		Topics: [][]common.Hash{{quorumReachedTopic()}, {VMTopic(vm)}, {subset}}}, from, to)
}

// DisagreementQuery selects the QuorumDisagreement logs of the verifier at v for a VM's subset (only signer's
// when signer is not zero), in blocks from to to (nil: the earliest and the latest).
func DisagreementQuery(v common.Address, vm protocol.VMID, subset [32]byte, signer common.Address, from, to *big.Int) ethereum.FilterQuery {
	topics := [][]common.Hash{{quorumDisagreedTopic()}, {VMTopic(vm)}, {subset}}
	if signer != (common.Address{}) {
		topics = append(topics, []common.Hash{common.BytesToHash(signer[:])})
	}
	return inBlocks(ethereum.FilterQuery{Addresses: []common.Address{v}, Topics: topics}, from, to)
}

// VMLogsQuery selects every log of the verifier at v about a VM's subset (its events index the VM and the
// subset first), in blocks from to to (nil: the earliest and the latest).
func VMLogsQuery(v common.Address, vm protocol.VMID, subset [32]byte, from, to *big.Int) ethereum.FilterQuery {
	return inBlocks(ethereum.FilterQuery{Addresses: []common.Address{v}, Topics: [][]common.Hash{nil, {VMTopic(vm)}, {subset}}}, from, to)
}

// PropertyProvenQuery selects the PropertyProven logs of the property registry at p for a VM.
func PropertyProvenQuery(p common.Address, vm protocol.VMID) ethereum.FilterQuery {
	return ethereum.FilterQuery{Addresses: []common.Address{p}, Topics: [][]common.Hash{{propertyProvenTopic()}, {VMTopic(vm)}}}
}

// ParseSubmitted decodes an AttestationSubmitted log; it fails on any other log.
func ParseSubmitted(lg *types.Log) (*verifier.AttestationVerifierAttestationSubmitted, error) {
	return withData(lg, verifierABI().UnpackAttestationSubmittedEvent)
}

// ParseSkipped decodes an AttestationSkipped log; it fails on any other log.
func ParseSkipped(lg *types.Log) (*verifier.AttestationVerifierAttestationSkipped, error) {
	return withData(lg, verifierABI().UnpackAttestationSkippedEvent)
}

// ParseQuorumReached decodes a QuorumReached log; it fails on any other log.
func ParseQuorumReached(lg *types.Log) (*verifier.AttestationVerifierQuorumReached, error) {
	return withData(lg, verifierABI().UnpackQuorumReachedEvent)
}

// ParseQuorumSkipped decodes a QuorumSkipped log; it fails on any other log.
func ParseQuorumSkipped(lg *types.Log) (*verifier.AttestationVerifierQuorumSkipped, error) {
	return withData(lg, verifierABI().UnpackQuorumSkippedEvent)
}

// ParseDisagreement decodes a QuorumDisagreement log; it fails on any other log.
func ParseDisagreement(lg *types.Log) (*verifier.AttestationVerifierQuorumDisagreement, error) {
	return withData(lg, verifierABI().UnpackQuorumDisagreementEvent)
}

// ParsePropertyProven decodes a PropertyProven log; it fails on any other log.
func ParsePropertyProven(lg *types.Log) (*properties.PropertyRegistryPropertyProven, error) {
	return withData(lg, propertiesABI().UnpackPropertyProvenEvent)
}

// errNoLogData means a log that should carry its event's unindexed fields has none.
var errNoLogData = errors.New("log has no data")

// withData decodes lg with parse, refusing a log without data: the bindings' parsers leave the unindexed
// fields zero then, and every event parsed here has some.
func withData[T any](lg *types.Log, parse func(*types.Log) (*T, error)) (*T, error) {
	ev, err := parse(lg)
	if err == nil && len(lg.Data) == 0 {
		return nil, errNoLogData
	}
	return ev, err
}
