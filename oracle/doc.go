// Package oracle is the vmattest oracle node (`vmattest node`): it collects enclave-signed attestations from
// agents, verifies them, stores them durably in the outbox and submits them on chain through the transaction
// manager.
//
// # Lifecycle
//
// New checks the Config (Config.Check names the bad field, and refuses an operator key that is one of the
// VMs' expected attestation keys). Start runs its init steps in this order: open the outbox
// (DataDir/outbox.db), connect to the chain and check its id, start the tx manager, reconcile pending
// outbox records with the chain, listen for the client API, start the submission loop and one scheduler per
// (VM, subset). A failed step stops what was started. Stop ends the loops, shuts the API down gracefully and
// closes the outbox and the chain client it dialled.
//
// # Collection
//
// Every Interval ± Jitter (and on demand through the API), the node POSTs a request to the agent's
// /v1/attestations through agentapi's Client, signed with the operator key (agentapi.SignRequest), with a
// fresh random nonce and the current time. An answer is accepted only when it decodes, passes protocol's
// Check (for the requested VM, subset and hash algorithm, valid fields, signed by the VM's ExpectedKey in the
// domain (ChainID, Verifier)), that key is active, not expired and bound to the VM in the registry (keyState,
// cached for KeyStateTTL; while the chain is unreachable a state read within KeyStateMaxStale is used, so
// collection goes on through an outage), and its timestamp is within TimestampTolerance of the node's clock.
// Rejections are counted by reason (the Reason constants) and logged. An accepted attestation is written to
// the outbox before it is acknowledged.
//
// # Submission
//
// Every BatchInterval, or as soon as BatchSize attestations are queued, the node sends the oldest queued
// attestations in one submitBatch transaction and, on its confirmed receipt, marks them submitted and then
// confirmed. The verifier skips items already on chain, so resubmitting after a crash is harmless. When a
// batch reverts, each item is simulated alone (eth_call submit); an item that reverts with a custom error is
// marked failed with the error's name and the rest are retried at once.
//
// On Start, every pending record is compared with verifier.latest: a submitted record whose sequence is on
// chain is marked confirmed at the current block; a submitted record that is not is requeued; signed
// records stay queued (if already on chain, the verifier skips them when they are resubmitted).
//
// # Quorums
//
// A VM with a Quorum configuration is attested by several nodes, each with its own agent and key, and the
// verifier records its state only when k keys agree within a window (setQuorum). The node keeps its agent's
// attestations as votes instead of queueing them, reads the other nodes' votes from their GET /v1/vms/{vm_id}
// (nodeapi's Client), checks each with the same Check and key-state check as its agent's answers, and submits submitQuorum with k agreeing votes and the dissenting ones after its SubmitDelay; dissents seen
// later are reported with reportDisagreements. See quorum.go.
//
// # Client API
//
// Its paths, answer types and client are package nodeapi's.
//
//	POST /v1/vms/{vm_id}/attest     body empty or {"subsetId": "0x…"}: attest now; 202 {"ids": ["0x…"]}
//	GET  /v1/attestations/{id}      state (signed|submitted|confirmed|failed), txHash, blockNumber,
//	                                blockHash, failReason, the signed attestation
//	GET  /v1/vms/{vm_id}            per subset: latest outbox record, verifier.latest, isFresh(MaxAge)
//	GET  /healthz                   {"status":"ok"}
//	GET  /readyz                    outbox readable, RPC reachable and on ChainID; else 503
//	GET  /metrics                   Prometheus text format 0.0.4
//
// The /v1 endpoints need "Authorization: Bearer <token>"; tokens are configured as their SHA-256 and
// compared in constant time; each client has a token bucket (429 with Retry-After when empty). /healthz,
// /readyz and /metrics are open. Errors are {"error": "..."}: 400 malformed id or body, 401 missing or
// invalid token, 404 unknown VM, subset or attestation, 413 body over MaxBody, 429 rate limited, 502 the
// agent's answer was rejected or the agent failed (the message names the reason), 503 not ready.
package oracle
