// Package nodeapi is the oracle node's client API as both sides see it: its paths, the bodies of its
// answers, and a client (used by the quorum's peers, the devnet and the end-to-end tests). The node's
// server (package oracle) answers with these types. Every /v1 call carries a bearer token.
package nodeapi

import (
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vmattest/vmattest/internal/httpjson"
	"github.com/vmattest/vmattest/internal/outbox"
	"github.com/vmattest/vmattest/internal/protocol"
)

// The node's paths; {vm_id} is a VM's UUID, {id} an outbox id (AttestPath, AttestationPath, VMPath fill
// them).
const (
	// PathAttest is POST: attest a VM now (AttestRequest, AttestResponse).
	PathAttest = "/v1/vms/{vm_id}/attest"
	// PathAttestation is GET: an outbox record (AttestationResponse).
	PathAttestation = "/v1/attestations/{id}"
	// PathVM is GET: a VM's status (VMResponse).
	PathVM = "/v1/vms/{vm_id}"
	// PathHealth is GET: liveness.
	PathHealth = "/healthz"
	// PathReady is GET: readiness (outbox readable, chain reachable).
	PathReady = "/readyz"
	// PathMetrics is GET: Prometheus text format.
	PathMetrics = "/metrics"
)

// AttestPath is PathAttest of vm.
func AttestPath(vm protocol.VMID) string { return "/v1/vms/" + vm.String() + "/attest" }

// AttestationPath is PathAttestation of id.
func AttestationPath(id outbox.ID) string { return "/v1/attestations/" + id.String() }

// VMPath is PathVM of vm.
func VMPath(vm protocol.VMID) string { return "/v1/vms/" + vm.String() }

// ErrorResponse is the body of every error answer.
type ErrorResponse = httpjson.ErrorResponse

// AttestRequest is the optional body of POST /v1/vms/{vm_id}/attest.
type AttestRequest struct {
	// SubsetID restricts the request to one of the VM's subsets; empty means all.
	SubsetID string `json:"subsetId,omitempty"`
}

// AttestResponse is the 202 answer of POST /v1/vms/{vm_id}/attest: the outbox ids, one per subset; for a
// quorum VM, the node's new votes instead (submitted in quorum bundles, see SubsetStatus.Quorum).
type AttestResponse struct {
	IDs   []outbox.ID  `json:"ids"`
	Votes []VoteStatus `json:"votes,omitempty"`
}

// AttestationResponse is the answer of GET /v1/attestations/{id}.
type AttestationResponse struct {
	ID          outbox.ID                  `json:"id"`
	State       string                     `json:"state"`
	TxHash      *common.Hash               `json:"txHash,omitempty"`
	BlockNumber *uint64                    `json:"blockNumber,omitempty"`
	BlockHash   *common.Hash               `json:"blockHash,omitempty"`
	FailReason  string                     `json:"failReason,omitempty"`
	Attestation protocol.SignedAttestation `json:"attestation"`
	CreatedAt   time.Time                  `json:"createdAt"`
	UpdatedAt   time.Time                  `json:"updatedAt"`
}

// SubsetStatus is one subset in GET /v1/vms/{vm_id}.
type SubsetStatus struct {
	SubsetID common.Hash `json:"subsetId"`
	// Latest is the newest attestation of the subset in the outbox, if any.
	Latest *AttestationResponse `json:"latest,omitempty"`
	// OnChain is verifier.latest(vm, subset); absent when the chain could not be read (see Error).
	OnChain *OnChainRecord `json:"onChain,omitempty"`
	// IsFresh is verifier.isFresh(vm, subset, MaxAge).
	IsFresh bool   `json:"isFresh"`
	MaxAge  uint64 `json:"maxAge"`
	Error   string `json:"error,omitempty"`
	// Vote is the node's latest verified attestation of a quorum subset, which the other nodes read; Quorum
	// is the quorum's state as the node last saw it.
	Vote   *protocol.SignedAttestation `json:"vote,omitempty"`
	Quorum *QuorumStatus               `json:"quorum,omitempty"`
}

// OnChainRecord is the verifier's record of a subset.
type OnChainRecord struct {
	StateDigest  common.Hash    `json:"stateDigest"`
	ZKCommitment common.Hash    `json:"zkCommitment"`
	Signer       common.Address `json:"signer"`
	Timestamp    uint64         `json:"timestamp"`
	Sequence     uint64         `json:"sequence"`
	HashAlg      string         `json:"hashAlg"`
}

// VMResponse is the answer of GET /v1/vms/{vm_id}.
type VMResponse struct {
	VMID    string         `json:"vmId"`
	Subsets []SubsetStatus `json:"subsets"`
	// Properties are the configured properties (none when the VM has none).
	Properties []PropertyStatus `json:"properties,omitempty"`
}

// VoteStatus is a vote a node saw in its last quorum round.
type VoteStatus struct {
	// Source is "own" or the peer's URL.
	Source      string         `json:"source"`
	Signer      common.Address `json:"signer,omitzero"`
	StateDigest common.Hash    `json:"stateDigest,omitzero"`
	Timestamp   uint64         `json:"timestamp,omitempty"`
	Sequence    uint64         `json:"sequence,omitempty"`
	// Error says why there is no usable vote from the source.
	Error string `json:"error,omitempty"`
}

// Disagreement is a vote for another state than the one a quorum agreed on, in the quorum's window.
type Disagreement struct {
	Source       string         `json:"source"`
	Signer       common.Address `json:"signer"`
	StateDigest  common.Hash    `json:"stateDigest"`
	AgreedDigest common.Hash    `json:"agreedDigest"`
	Timestamp    uint64         `json:"timestamp"`
	// OnChain is the submitQuorum transaction that recorded it (QuorumDisagreement), when this node sent one.
	OnChain *common.Hash `json:"onChain,omitempty"`
}

// QuorumStatus is a quorum subset's state in GET /v1/vms/{vm_id}.
type QuorumStatus struct {
	// Quorum and Window are the verifier's quorumOf(subset).
	Quorum uint8  `json:"quorum"`
	Window uint32 `json:"window"`
	// Votes are the votes of the last round, the node's own first.
	Votes []VoteStatus `json:"votes"`
	// Agreed is the state of the last bundle the node formed.
	Agreed *common.Hash `json:"agreedDigest,omitempty"`
	// Disagreements are the latest dissenting votes, newest last.
	Disagreements []Disagreement `json:"disagreements,omitempty"`
	// LastSubmission is the node's last submitQuorum transaction and its outcome ("recorded" or "skipped").
	LastSubmission *common.Hash `json:"lastSubmission,omitempty"`
	LastOutcome    string       `json:"lastOutcome,omitempty"`
	LastError      string       `json:"lastError,omitempty"`
	CheckedAt      time.Time    `json:"checkedAt,omitzero"`
}

// PropertyStatus is one configured property in GET /v1/vms/{vm_id}.
type PropertyStatus struct {
	Name   string      `json:"name"`
	Subset common.Hash `json:"subset"`
	// Region is goldendigest's region.
	Region string `json:"region,omitempty"`
	// Proven is PropertyRegistry.hasProperty (goldendigest: hasPropertyWith the configured parameters) with
	// the VM's MaxAge.
	Proven bool `json:"proven"`
	// LastError is the last failure, or the agent's reason why the committed state lacks the property.
	LastError string `json:"lastError,omitempty"`
	// Error is set when the chain could not be read.
	Error string `json:"error,omitempty"`
}
