// Package agentapi is the agent's HTTP API as both sides see it: its paths, request and response bodies
// (with their strict decoders), the node's request signature, and a client (Attest, Prove). The agent's
// server (internal/agent) decodes and routes with it; the oracle node calls the agent through its Client.
// It imports no server code. The protocol itself is described in internal/agent's package doc and
// docs/api.yaml.
package agentapi

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/vmattest/vmattest/internal/httpjson"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/subset"
	"github.com/vmattest/vmattest/internal/zkproof"
)

// The agent's paths.
const (
	// PathAttestations is POST: collect, commit and sign (Request, AttestResponse).
	PathAttestations = "/v1/attestations"
	// PathProofs is POST: prove a property of the latest committed state (ProofRequest, ProofResponse).
	PathProofs = "/v1/proofs"
	// PathEvidence is GET: the key's registration (enclave.Registration JSON).
	PathEvidence = "/v1/evidence"
	// PathHealth is GET: {"status":"ok","signer":"0x…"}.
	PathHealth = "/healthz"
	// PathMetrics is GET: Prometheus text format.
	PathMetrics = "/metrics"
)

// AttestResponse is the body of a successful POST /v1/attestations.
type AttestResponse struct {
	// Attestation is the signed attestation in its JSON form (docs/protocol.md).
	Attestation protocol.SignedAttestation `json:"attestation"`
	// Signer is the attestation key's address.
	Signer common.Address `json:"signer"`
	// EvidenceHash is the hash of the key's TEE evidence bundle; absent when the agent has no registration.
	EvidenceHash string `json:"evidenceHash,omitempty"`
	// Regions are the collected regions, in manifest order.
	Regions []RegionJSON `json:"regions"`
}

// RegionJSON is a collected region in a response.
type RegionJSON struct {
	Name   string      `json:"name"`
	Kind   subset.Kind `json:"kind"`
	Length uint64      `json:"length"`
	Digest string      `json:"digest"`
}

// ProofResponse is the body of a successful POST /v1/proofs.
type ProofResponse struct {
	// Proof is the proof in zkproof's JSON form.
	Proof *zkproof.Proof `json:"proof"`
	// Commitment is the commitment the proof is about: the latest committed attestation's zkCommitment.
	Commitment string `json:"commitment"`
	// Property is the property's name.
	Property string `json:"property"`
}

// ErrorResponse is the body of every error answer.
type ErrorResponse = httpjson.ErrorResponse
