// Package agent is vmattest's agent HTTP API server. The API's paths, request and answer types, their strict
// decoders, the request signature and the client are package agentapi's; this package routes and serves them.
// The agent runs where a VM's state and the enclave key are; on a request signed by an oracle node that the
// VM's operator authorized, it collects a subset of the VM's state, optionally commits to it for
// zero-knowledge proofs, and returns an attestation signed by the enclave key (docs/protocol.md).
//
// # Endpoints
//
//	POST /v1/attestations   collect, commit, sign (below)
//	POST /v1/proofs         prove a property of the latest committed state (proofs.go), when ZKKeysDir is set
//	GET  /v1/evidence       the key's registration file (enclave.Registration JSON, public); 404 without one
//	GET  /healthz           {"status":"ok","signer":"0x…"}
//	GET  /metrics           Prometheus text format 0.0.4: vmattest_agent_requests_total{path,code},
//	                        vmattest_agent_attestations_signed_total, vmattest_agent_collection_failures_total,
//	                        vmattest_agent_collection_seconds (summary: _sum, _count),
//	                        vmattest_agent_guest_pause_seconds and vmattest_agent_process_stop_seconds
//	                        (histograms of the pauses vmattest made)
//
// Every error answer is {"error": "message"} with a status code: 400 malformed or invalid request (the
// message names the field: `field "subsetId": want 32 bytes (64 hex digits), got 4 hex digits`), stale or
// future timestamp (the message gives the accepted bounds), or a hash algorithm the VM does not allow; 401
// missing or malformed signature header; 403 the signature recovers to an address that is not an allowed
// node (this includes a well-formed signature over other bytes, which recovers to an unrelated address);
// 404 unknown VM or subset (named); 405 wrong method; 409 replayed nonce; 413 body over Config.MaxBody;
// 503 nonce cache full; 500 collection, storage or signing failed.
//
// # Request
//
// The body is one JSON object with exactly these keys, each once, and nothing after it:
//
//	{
//	  "vmId":      "0b5e9a52-5a57-4c1f-9f35-3b0c2f1f4a6e",  UUID, 8-4-4-4-12, either case
//	  "subsetId":  "0x…",                                   32 bytes of hex: the manifest's ID()
//	  "hashAlg":   "blake3",                                sha256 | blake3 | keccak256 (protocol.ParseHashAlg)
//	  "commit":    false,                                   true: add a ZK commitment (zkCommitment != 0)
//	  "timestamp": 1767225600,                              the request's time, unix seconds, a plain integer
//	  "nonce":     "0x…"                                    16 random bytes of hex
//	}
//
// The checks, in order: signature header present (401); body within MaxBody (413); signature valid (401)
// and its signer allowed (403); body well formed (400); |timestamp - agent time| <= Config.Window (400
// "stale"/"future"); VM and subset known (404); algorithm allowed (400); nonce unseen (409). A nonce is
// remembered until timestamp + Window, after which a replay is refused as stale anyway.
//
// # Request signature
//
// The header X-Vmattest-Signature carries "0x" and 130 hex digits: a 65-byte secp256k1 signature
// r || s || v (v 27 or 28; 0 or 1 accepted; s in the lower half of the order) over
//
//	requestHash = keccak256(method || path || body)
//	digest      = keccak256("\x19Ethereum Signed Message:\n32" || requestHash)
//
// where method is the HTTP method's ASCII bytes ("POST"), path is the URL path without query string
// ("/v1/attestations"), body is the exact body bytes, and || is concatenation with no separator. digest is
// what eth_sign / personal_sign of the 32 bytes requestHash signs, so a node can sign with any Ethereum
// wallet or KMS (agentapi.RequestHash, RequestDigest, SignRequest, RecoverRequestSigner). The recovered address
// must be in Config.AllowedNodes. Freshness and replay protection come from the signed timestamp and
// nonce.
//
// # Response
//
//	{
//	  "attestation":  {…, "signature": "0x…"},   protocol.SignedAttestation's JSON form
//	  "signer":       "0x…",                     the attestation key's address
//	  "evidenceHash": "0x…",                     keccak256 of the key's evidence bundle (absent without a registration)
//	  "regions":      [{"name", "kind", "length", "digest"}]
//	}
//
// The attestation's timestamp is the agent's clock when collection started; its sequence is the VM's next
// number. Requests for one VM are served one at a time (collect, commit, sequence, sign), so a VM's
// sequence numbers and timestamps increase together.
//
// # State
//
// Config.StateDir (0700) holds sequence/<vmId>, the VM's last used sequence number, written to a
// temporary file, fsynced, renamed over the old one and the directory fsynced BEFORE the attestation is
// signed, so that a crash or restart never reuses a number (a number whose signing then fails is skipped);
// a corrupt counter is an error, never a reset. With "commit": true the opening (the committed state and
// its secret blinding) is written 0600 to openings/<vmId>-<subsetId>.json, before signing, and kept in
// memory (Agent.Opening); it never leaves the agent and is never logged. Only the latest opening of each
// (VM, subset) is kept.
package agent
