package outbox

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/strictjson"
)

// RecordVersion is the version of the stored record format.
const RecordVersion = 1

// maxHistory bounds a record's history; beyond it the oldest transitions after the first are dropped.
const maxHistory = 64

// ErrCorrupt is matched by every error decoding a stored record.
var ErrCorrupt = errors.New("outbox: corrupt record")

// ID identifies a record: the Keccak-256 of the attestation's EIP-712 struct hash.
type ID [32]byte

// IDOf returns the ID of an attestation. It does not depend on the signature or on the EIP-712 domain.
func IDOf(a *protocol.Attestation) ID {
	sh := a.StructHash()
	return ID(crypto.Keccak256Hash(sh[:]))
}

// String returns the ID as 0x-prefixed lower-case hex.
func (id ID) String() string { return "0x" + hex.EncodeToString(id[:]) }

// MarshalText writes the ID as 0x-prefixed hex.
func (id ID) MarshalText() ([]byte, error) { return []byte(id.String()), nil }

// UnmarshalText reads a 0x-prefixed 64-digit hex ID.
func (id *ID) UnmarshalText(b []byte) error {
	parsed, err := ParseID(string(b))
	if err != nil {
		return err
	}
	*id = parsed
	return nil
}

// ParseID parses a 0x-prefixed 64-digit hex ID.
func ParseID(s string) (ID, error) {
	var id ID
	if !strings.HasPrefix(s, "0x") || len(s) != 2+2*len(id) {
		return ID{}, fmt.Errorf("outbox: id %q: want 0x and 64 hex digits", s)
	}
	if _, err := hex.Decode(id[:], []byte(s[2:])); err != nil {
		return ID{}, fmt.Errorf("outbox: id %q: %w", s, err)
	}
	return id, nil
}

// State is a record's place in its life cycle.
type State uint8

// The record states. Zero is not a state, so that an unset filter means "any state".
const (
	// StateSigned: accepted, not in any pending transaction.
	StateSigned State = 1
	// StateSubmitted: in a transaction that has been (or is about to be) broadcast.
	StateSubmitted State = 2
	// StateConfirmed: the transaction was mined.
	StateConfirmed State = 3
	// StateFailed: given up on, for a reason; final.
	StateFailed State = 4
)

var stateNames = map[State]string{
	StateSigned:    "signed",
	StateSubmitted: "submitted",
	StateConfirmed: "confirmed",
	StateFailed:    "failed",
}

// States lists the states in order.
func States() []State { return []State{StateSigned, StateSubmitted, StateConfirmed, StateFailed} }

// Valid reports whether s is one of the states.
func (s State) Valid() bool { _, ok := stateNames[s]; return ok }

// String returns the state's name, or "state(N)".
func (s State) String() string {
	if n, ok := stateNames[s]; ok {
		return n
	}
	return fmt.Sprintf("state(%d)", uint8(s))
}

// ParseState parses a state's name.
func ParseState(s string) (State, error) {
	for st, n := range stateNames {
		if n == s {
			return st, nil
		}
	}
	return 0, fmt.Errorf("outbox: unknown state %q", s)
}

// MarshalText writes the state's name.
func (s State) MarshalText() ([]byte, error) {
	if !s.Valid() {
		return nil, fmt.Errorf("outbox: invalid state %d", uint8(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText reads a state's name.
func (s *State) UnmarshalText(b []byte) error {
	st, err := ParseState(string(b))
	if err != nil {
		return err
	}
	*s = st
	return nil
}

// legal lists the allowed transitions; submitted → submitted is further restricted to the same nonce.
var legal = map[State][]State{
	StateSigned:    {StateSubmitted, StateFailed},
	StateSubmitted: {StateSubmitted, StateConfirmed, StateFailed, StateSigned},
	StateConfirmed: {StateSigned},
	StateFailed:    nil,
}

// CanTransition reports whether from → to is a legal transition.
func CanTransition(from, to State) bool {
	for _, s := range legal[from] {
		if s == to {
			return true
		}
	}
	return false
}

// Meta is what the node knows about an attestation besides its content.
type Meta struct {
	// Source names where the attestation came from (an enclave, a collector, an API client).
	Source string `json:"source,omitempty"`
	// Labels are free-form annotations.
	Labels map[string]string `json:"labels,omitempty"`
}

// Submission is the transaction a record was last submitted in.
type Submission struct {
	TxHash common.Hash `json:"txHash"`
	Nonce  uint64      `json:"nonce"`
	// BatchID identifies the set of records sent together; it stays the same across fee-bump replacements.
	BatchID common.Hash `json:"batchId"`
	At      time.Time   `json:"at"`
}

// Confirmation is where the record's transaction was mined.
type Confirmation struct {
	BlockNumber uint64      `json:"blockNumber"`
	BlockHash   common.Hash `json:"blockHash"`
	TxHash      common.Hash `json:"txHash"`
	At          time.Time   `json:"at"`
}

// Transition is one entry of a record's history.
type Transition struct {
	From   State     `json:"from,omitempty"`
	To     State     `json:"to"`
	At     time.Time `json:"at"`
	Detail string    `json:"detail,omitempty"`
}

// Record is an attestation in the outbox with its state.
type Record struct {
	Version int    `json:"version"`
	ID      ID     `json:"id"`
	Seq     uint64 `json:"seq"` // acceptance order, from 1
	// Attestation is the signed attestation as accepted.
	Attestation protocol.SignedAttestation `json:"attestation"`
	Meta        Meta                       `json:"meta"`
	State       State                      `json:"state"`
	// Submission is set in states submitted and confirmed, and kept in failed when it failed after submission.
	Submission *Submission `json:"submission,omitempty"`
	// Confirmation is set in state confirmed.
	Confirmation *Confirmation `json:"confirmation,omitempty"`
	// FailReason is set in state failed.
	FailReason string `json:"failReason,omitempty"`
	// Attempts counts the transactions the record was put in.
	Attempts  int          `json:"attempts"`
	CreatedAt time.Time    `json:"createdAt"`
	UpdatedAt time.Time    `json:"updatedAt"`
	History   []Transition `json:"history"`
}

func (r *Record) transition(to State, at time.Time, detail string) {
	r.History = append(r.History, Transition{From: r.State, To: to, At: at, Detail: detail})
	if len(r.History) > maxHistory {
		r.History = append(r.History[:1], r.History[len(r.History)-maxHistory+1:]...)
	}
	r.State = to
	r.UpdatedAt = at
}

func encodeRecord(r *Record) ([]byte, error) {
	b, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("outbox: encode record %s: %w", r.ID, err)
	}
	return b, nil
}

// decodeRecord reads a stored record strictly: known version, no unknown field, no trailing data, and a
// record consistent with its state.
func decodeRecord(data []byte) (*Record, error) {
	var probe struct {
		Version *int `json:"version"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	if probe.Version == nil || *probe.Version != RecordVersion {
		return nil, fmt.Errorf("%w: want version %d", ErrCorrupt, RecordVersion)
	}
	var r Record
	if err := strictjson.Decode(data, &r); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	if err := r.check(); err != nil {
		return nil, fmt.Errorf("%w: record %s: %v", ErrCorrupt, r.ID, err)
	}
	return &r, nil
}

// check reports the first inconsistency of a decoded record.
func (r *Record) check() error {
	switch {
	case r.Seq == 0:
		return errors.New("seq is zero")
	case r.Attestation.Validate() != nil:
		return r.Attestation.Validate()
	case IDOf(&r.Attestation.Attestation) != r.ID:
		return errors.New("id does not match the attestation")
	case !r.State.Valid():
		return errors.New("no state")
	case r.CreatedAt.IsZero() || r.UpdatedAt.IsZero():
		return errors.New("missing timestamp")
	case len(r.History) == 0 || r.History[len(r.History)-1].To != r.State:
		return errors.New("history does not end in the record's state")
	case r.Attempts < 0:
		return errors.New("negative attempts")
	}
	switch r.State {
	case StateSigned:
		if r.Submission != nil || r.Confirmation != nil || r.FailReason != "" {
			return errors.New("signed record with submission, confirmation or failure")
		}
	case StateSubmitted:
		if r.Submission == nil || r.Confirmation != nil || r.FailReason != "" {
			return errors.New("submitted record without submission, or with confirmation or failure")
		}
	case StateConfirmed:
		if r.Submission == nil || r.Confirmation == nil || r.FailReason != "" {
			return errors.New("confirmed record without submission or confirmation, or with failure")
		}
	case StateFailed:
		if r.Confirmation != nil || r.FailReason == "" {
			return errors.New("failed record without reason, or with confirmation")
		}
	}
	return nil
}
