// Package outbox is the oracle node's durable queue of signed attestations.
//
// Every signed attestation the node accepts is written to the outbox, and the write is committed to disk,
// before the node acknowledges it. The submitter works only from the outbox: it takes the oldest accepted
// attestations (NextBatch), records the transaction that will carry them (MarkSubmitted) and then
// broadcasts it, and records the outcome (MarkConfirmed, MarkFailed, Requeue). After a crash at any point
// (kill -9 included) the node reopens the outbox, reconciles every Pending record against the chain (look
// up the recorded transaction hash and nonce: mined → MarkConfirmed, dropped or replaced by another
// transaction → Requeue) and continues. Each accepted attestation therefore reaches the chain exactly
// once: it is never lost (it is on disk before it is acknowledged), and a transaction is recorded before it
// is broadcast, so a restart never sends a second transaction for an attestation whose first may still be
// mined. The verifier contract also refuses a sequence that is not above the last recorded one, so even a
// mistaken second submission cannot record an attestation twice.
//
// # Storage
//
// The outbox is a bbolt database: one file in the node's data directory, pure Go (no cgo), with ACID
// read-write transactions that fsync on commit and copy-on-write pages, so a process killed at any point
// leaves the file as of the last committed transaction. A pure-Go SQLite would work too, but the outbox
// needs no SQL: it is a queue with a few indexes (by state, by VM, by (VM, subset, sequence)), each kept in
// the same transaction as the record, which bbolt's ordered buckets give directly, with a far smaller
// dependency and no schema migrations beyond the record's version field.
//
// # Records
//
// A record is keyed by its ID, the Keccak-256 of the attestation's EIP-712 struct hash; the ID does not
// cover the signature, so putting the same attestation twice (even with a different signature) returns the
// existing record. Putting a different attestation with the same (VM, subset, sequence) is refused with
// ErrConflict: the verifier contract would accept only one of them. Records are stored as JSON with a
// version field and decoded strictly (unknown fields, a wrong version, trailing data or inconsistent state
// are ErrCorrupt).
//
// # States
//
//	signed    → submitted, failed
//	submitted → submitted (same nonce: fee-bump replacement), confirmed, failed, signed (dropped tx)
//	confirmed → signed (the block was reorganised away)
//	failed    → (final)
//
// Any other transition is an error matching ErrIllegalTransition, and a call that marks several records
// changes none of them when one transition is illegal. Repeating MarkSubmitted or MarkConfirmed with the
// same parameters is a no-op, so a caller may retry after an error. Each change is appended to the
// record's history with its time.
//
// The outbox is safe for concurrent use; bbolt serialises writers. It assumes one submitter: NextBatch does
// not reserve the records it returns.
package outbox
