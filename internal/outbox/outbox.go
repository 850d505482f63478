package outbox

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	bolt "go.etcd.io/bbolt"

	"github.com/vmattest/vmattest/internal/protocol"
)

// FileName is the outbox's file name in the node's data directory.
const FileName = "outbox.db"

// Errors of the outbox.
var (
	// ErrNotFound means no record has the ID.
	ErrNotFound = errors.New("outbox: record not found")
	// ErrIllegalTransition is matched by *TransitionError.
	ErrIllegalTransition = errors.New("outbox: illegal state transition")
	// ErrConflict means a different attestation with the same (VM, subset, sequence) is already in the outbox.
	ErrConflict = errors.New("outbox: another attestation has the same vm, subset and sequence")
	// ErrInvalid means an argument is unusable (an attestation that fails Validate, an empty reason).
	ErrInvalid = errors.New("outbox: invalid argument")
)

// TransitionError is an illegal transition of one record. It matches ErrIllegalTransition.
type TransitionError struct {
	ID       ID
	From, To State
	Detail   string
}

func (e *TransitionError) Error() string {
	s := fmt.Sprintf("outbox: record %s: illegal transition %s → %s", e.ID, e.From, e.To)
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	return s
}

// Is makes errors.Is(err, ErrIllegalTransition) true.
func (e *TransitionError) Is(target error) bool { return target == ErrIllegalTransition }

// Bucket names. records: seq → record JSON; ids: id → seq; keys: vm||subset||sequence → seq;
// states: state||seq → nil; vms: vm||seq → nil; counts: state → count; meta: schema version.
var (
	bRecords = []byte("records")
	bIDs     = []byte("ids")
	bKeys    = []byte("keys")
	bStates  = []byte("states")
	bVMs     = []byte("vms")
	bCounts  = []byte("counts")
	bMeta    = []byte("meta")
	allBkts  = [][]byte{bRecords, bIDs, bKeys, bStates, bVMs, bCounts, bMeta}

	kSchema = []byte("schema")
)

const schemaVersion = 1

// Outbox is the durable queue. Its methods are safe for concurrent use.
type Outbox struct {
	db  *bolt.DB
	now func() time.Time
}

// Open opens or creates the outbox at path (a file; see FileName), creating its directory. It fails after a
// second when another process holds the file.
func Open(path string) (*Outbox, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("outbox: %w", err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second, FreelistType: bolt.FreelistMapType})
	if err != nil {
		return nil, fmt.Errorf("outbox: open %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, name := range allBkts {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		m := tx.Bucket(bMeta)
		switch v := m.Get(kSchema); {
		case v == nil:
			return m.Put(kSchema, u64(schemaVersion))
		case len(v) != 8 || binary.BigEndian.Uint64(v) != schemaVersion:
			return fmt.Errorf("%w: unsupported schema %x", ErrCorrupt, v)
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("outbox: initialise %s: %w", path, err)
	}
	return &Outbox{db: db, now: func() time.Time { return time.Now().UTC() }}, nil
}

// Close closes the database. Calls after Close return errors.
func (o *Outbox) Close() error { return o.db.Close() }

// Path returns the database file's path.
func (o *Outbox) Path() string { return o.db.Path() }

func u64(v uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	return b[:]
}

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

func naturalKey(a *protocol.Attestation) []byte {
	return cat(a.VMID[:], a.SubsetID[:], u64(a.Sequence))
}

func addCount(tx *bolt.Tx, s State, delta int64) error {
	b := tx.Bucket(bCounts)
	var n uint64
	if v := b.Get([]byte{byte(s)}); len(v) == 8 {
		n = binary.BigEndian.Uint64(v)
	}
	n = uint64(int64(n) + delta)
	return b.Put([]byte{byte(s)}, u64(n))
}

// Put stores a signed attestation in state signed, committed to disk when Put returns. When the
// attestation is already in the outbox (same ID) it returns the existing record and created false.
func (o *Outbox) Put(ctx context.Context, sa protocol.SignedAttestation, meta Meta) (Record, bool, error) {
	if err := ctx.Err(); err != nil {
		return Record{}, false, err
	}
	if err := sa.Validate(); err != nil {
		return Record{}, false, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	id := IDOf(&sa.Attestation)
	var out Record
	var created bool
	err := o.db.Update(func(tx *bolt.Tx) error {
		if seqB := tx.Bucket(bIDs).Get(id[:]); seqB != nil {
			r, err := loadSeq(tx, seqB)
			if err != nil {
				return err
			}
			out, created = *r, false
			return nil
		}
		nk := naturalKey(&sa.Attestation)
		if other := tx.Bucket(bKeys).Get(nk); other != nil {
			r, err := loadSeq(tx, other)
			if err != nil {
				return err
			}
			return fmt.Errorf("%w: vm %s sequence %d is record %s", ErrConflict, sa.VMID, sa.Sequence, r.ID)
		}
		recs := tx.Bucket(bRecords)
		seq, err := recs.NextSequence()
		if err != nil {
			return err
		}
		now := o.now()
		r := Record{
			Version: RecordVersion, ID: id, Seq: seq, Attestation: sa, Meta: meta, State: StateSigned,
			CreatedAt: now, UpdatedAt: now,
			History: []Transition{{To: StateSigned, At: now, Detail: "accepted"}},
		}
		data, err := encodeRecord(&r)
		if err != nil {
			return err
		}
		sk := u64(seq)
		for _, p := range []struct {
			b    []byte
			k, v []byte
		}{
			{bRecords, sk, data},
			{bIDs, id[:], sk},
			{bKeys, nk, sk},
			{bStates, cat([]byte{byte(StateSigned)}, sk), nil},
			{bVMs, cat(sa.VMID[:], sk), nil},
		} {
			v := p.v
			if v == nil {
				v = []byte{}
			}
			if err := tx.Bucket(p.b).Put(p.k, v); err != nil {
				return err
			}
		}
		if err := addCount(tx, StateSigned, 1); err != nil {
			return err
		}
		out, created = r, true
		return nil
	})
	if err != nil {
		return Record{}, false, fmt.Errorf("outbox: put %s: %w", id, err)
	}
	return out, created, nil
}

func loadSeq(tx *bolt.Tx, seqB []byte) (*Record, error) {
	data := tx.Bucket(bRecords).Get(seqB)
	if data == nil {
		return nil, fmt.Errorf("%w: index points to missing record %x", ErrCorrupt, seqB)
	}
	return decodeRecord(data)
}

func loadID(tx *bolt.Tx, id ID) (*Record, error) {
	seqB := tx.Bucket(bIDs).Get(id[:])
	if seqB == nil {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, id)
	}
	return loadSeq(tx, seqB)
}

// Get returns the record with the ID, or an error matching ErrNotFound.
func (o *Outbox) Get(id ID) (Record, error) {
	var out Record
	err := o.db.View(func(tx *bolt.Tx) error {
		r, err := loadID(tx, id)
		if err != nil {
			return err
		}
		out = *r
		return nil
	})
	return out, err
}

// update applies fn to each record in one transaction and stores those it changed; fn returns false for
// a no-op. When fn fails for any record, nothing is changed.
func (o *Outbox) update(ids []ID, fn func(r *Record, now time.Time) (bool, error)) ([]Record, error) {
	if len(ids) == 0 {
		return nil, fmt.Errorf("%w: no ids", ErrInvalid)
	}
	out := make([]Record, 0, len(ids))
	err := o.db.Update(func(tx *bolt.Tx) error {
		now := o.now()
		seen := make(map[ID]bool, len(ids))
		for _, id := range ids {
			if seen[id] {
				return fmt.Errorf("%w: id %s given twice", ErrInvalid, id)
			}
			seen[id] = true
			r, err := loadID(tx, id)
			if err != nil {
				return err
			}
			from := r.State
			changed, err := fn(r, now)
			if err != nil {
				return err
			}
			if changed {
				if err := store(tx, r, from); err != nil {
					return err
				}
			}
			out = append(out, *r)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// store writes a changed record and moves its state index entry and counters.
func store(tx *bolt.Tx, r *Record, from State) error {
	data, err := encodeRecord(r)
	if err != nil {
		return err
	}
	sk := u64(r.Seq)
	if err := tx.Bucket(bRecords).Put(sk, data); err != nil {
		return err
	}
	if from == r.State {
		return nil
	}
	st := tx.Bucket(bStates)
	if err := st.Delete(cat([]byte{byte(from)}, sk)); err != nil {
		return err
	}
	if err := st.Put(cat([]byte{byte(r.State)}, sk), []byte{}); err != nil {
		return err
	}
	if err := addCount(tx, from, -1); err != nil {
		return err
	}
	return addCount(tx, r.State, 1)
}

// BatchID returns the batch ID of a set of records: the Keccak-256 of their IDs in order.
func BatchID(ids []ID) common.Hash {
	buf := make([]byte, 0, 32*len(ids))
	for _, id := range ids {
		buf = append(buf, id[:]...)
	}
	return crypto.Keccak256Hash(buf)
}

// MarkSubmitted records that the records are in the transaction txHash at nonce, which the caller must do
// before broadcasting it. A record already submitted at the same nonce moves to the new transaction (a
// fee-bump replacement); the same call repeated is a no-op. All records or none change.
func (o *Outbox) MarkSubmitted(ids []ID, txHash common.Hash, nonce uint64) ([]Record, error) {
	batch := BatchID(ids)
	return o.update(ids, func(r *Record, now time.Time) (bool, error) {
		if r.State == StateSubmitted {
			s := r.Submission
			if s.TxHash == txHash && s.Nonce == nonce {
				return false, nil
			}
			if s.Nonce != nonce {
				return false, &TransitionError{r.ID, r.State, StateSubmitted,
					fmt.Sprintf("already submitted at nonce %d, not %d; requeue it first", s.Nonce, nonce)}
			}
		} else if !CanTransition(r.State, StateSubmitted) {
			return false, &TransitionError{ID: r.ID, From: r.State, To: StateSubmitted}
		}
		r.Submission = &Submission{TxHash: txHash, Nonce: nonce, BatchID: batch, At: now}
		r.Attempts++
		r.transition(StateSubmitted, now, fmt.Sprintf("tx %s nonce %d batch %s", txHash, nonce, batch))
		return true, nil
	})
}

// MarkConfirmed records that the records' transaction txHash was mined in the block. The same call
// repeated is a no-op. All records or none change.
func (o *Outbox) MarkConfirmed(ids []ID, block uint64, blockHash, txHash common.Hash) ([]Record, error) {
	return o.update(ids, func(r *Record, now time.Time) (bool, error) {
		if c := r.Confirmation; r.State == StateConfirmed && c.BlockHash == blockHash && c.TxHash == txHash && c.BlockNumber == block {
			return false, nil
		}
		if !CanTransition(r.State, StateConfirmed) {
			return false, &TransitionError{ID: r.ID, From: r.State, To: StateConfirmed}
		}
		r.Confirmation = &Confirmation{BlockNumber: block, BlockHash: blockHash, TxHash: txHash, At: now}
		r.transition(StateConfirmed, now, fmt.Sprintf("tx %s in block %d %s", txHash, block, blockHash))
		return true, nil
	})
}

// MarkFailed gives up on a record, for a reason; failed is final.
func (o *Outbox) MarkFailed(id ID, reason string) (Record, error) {
	if reason == "" {
		return Record{}, fmt.Errorf("%w: empty failure reason", ErrInvalid)
	}
	rs, err := o.update([]ID{id}, func(r *Record, now time.Time) (bool, error) {
		if !CanTransition(r.State, StateFailed) {
			return false, &TransitionError{ID: r.ID, From: r.State, To: StateFailed}
		}
		r.FailReason = reason
		r.transition(StateFailed, now, reason)
		return true, nil
	})
	if err != nil {
		return Record{}, err
	}
	return rs[0], nil
}

// Requeue returns submitted or confirmed records to signed (a dropped transaction, a reorganised block),
// keeping their place in the queue. All records or none change.
func (o *Outbox) Requeue(ids []ID, reason string) ([]Record, error) {
	if reason == "" {
		return nil, fmt.Errorf("%w: empty requeue reason", ErrInvalid)
	}
	return o.update(ids, func(r *Record, now time.Time) (bool, error) {
		if !CanTransition(r.State, StateSigned) {
			return false, &TransitionError{ID: r.ID, From: r.State, To: StateSigned}
		}
		r.Submission, r.Confirmation = nil, nil
		r.transition(StateSigned, now, "requeued: "+reason)
		return true, nil
	})
}

// scanState calls fn for each record in state s, oldest first, until fn returns false.
func scanState(tx *bolt.Tx, s State, fn func(*Record) bool) error {
	c := tx.Bucket(bStates).Cursor()
	prefix := []byte{byte(s)}
	for k, _ := c.Seek(prefix); k != nil && k[0] == byte(s); k, _ = c.Next() {
		if len(k) != 9 {
			return fmt.Errorf("%w: state index key %x", ErrCorrupt, k)
		}
		r, err := loadSeq(tx, k[1:])
		if err != nil {
			return err
		}
		if r.State != s {
			return fmt.Errorf("%w: record %s is %s, indexed as %s", ErrCorrupt, r.ID, r.State, s)
		}
		if !fn(r) {
			return nil
		}
	}
	return nil
}

// NextBatch returns up to max records in state signed, oldest accepted first. It changes nothing.
func (o *Outbox) NextBatch(max int) ([]Record, error) {
	if max <= 0 {
		return nil, fmt.Errorf("%w: batch size %d", ErrInvalid, max)
	}
	var out []Record
	err := o.db.View(func(tx *bolt.Tx) error {
		return scanState(tx, StateSigned, func(r *Record) bool {
			out = append(out, *r)
			return len(out) < max
		})
	})
	return out, err
}

// Pending returns every record in states signed and submitted, oldest first, for reconciliation with the
// chain after a restart.
func (o *Outbox) Pending() ([]Record, error) {
	var out []Record
	err := o.db.View(func(tx *bolt.Tx) error {
		for _, s := range []State{StateSigned, StateSubmitted} {
			if err := scanState(tx, s, func(r *Record) bool { out = append(out, *r); return true }); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sortBySeq(out)
	return out, nil
}

func sortBySeq(rs []Record) {
	slices.SortFunc(rs, func(a, b Record) int { return cmp.Compare(a.Seq, b.Seq) })
}

// Stats returns the number of records in each state; the queue depth is Stats()[StateSigned].
func (o *Outbox) Stats() (map[State]uint64, error) {
	out := make(map[State]uint64, len(stateNames))
	err := o.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bCounts)
		for _, s := range States() {
			v := b.Get([]byte{byte(s)})
			switch len(v) {
			case 0:
				out[s] = 0
			case 8:
				out[s] = binary.BigEndian.Uint64(v)
			default:
				return fmt.Errorf("%w: count of %s", ErrCorrupt, s)
			}
		}
		return nil
	})
	return out, err
}

// Filter selects records for List. Zero fields select everything.
type Filter struct {
	// VM, when set, keeps the records of one VM.
	VM *protocol.VMID
	// State, when set, keeps the records in one state.
	State State
	// AfterSeq starts the listing after this record sequence number (for paging).
	AfterSeq uint64
}

// List returns up to limit records matching f, in acceptance order. limit <= 0 means 100.
func (o *Outbox) List(f Filter, limit int) ([]Record, error) {
	if limit <= 0 {
		limit = 100
	}
	if f.AfterSeq == ^uint64(0) {
		return nil, nil
	}
	if f.State != 0 && !f.State.Valid() {
		return nil, fmt.Errorf("%w: state %d", ErrInvalid, uint8(f.State))
	}
	var out []Record
	err := o.db.View(func(tx *bolt.Tx) error {
		var bucket, prefix []byte
		switch {
		case f.VM != nil:
			bucket, prefix = bVMs, f.VM[:]
		case f.State != 0:
			bucket, prefix = bStates, []byte{byte(f.State)}
		default:
			bucket, prefix = bRecords, nil
		}
		c := tx.Bucket(bucket).Cursor()
		for k, v := c.Seek(cat(prefix, u64(f.AfterSeq+1))); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			if len(k) != len(prefix)+8 {
				return fmt.Errorf("%w: index key %x", ErrCorrupt, k)
			}
			var r *Record
			var err error
			if f.VM == nil && f.State == 0 {
				r, err = decodeRecord(v)
			} else {
				r, err = loadSeq(tx, k[len(prefix):])
			}
			if err != nil {
				return err
			}
			if f.State != 0 && r.State != f.State {
				continue
			}
			out = append(out, *r)
			if len(out) >= limit {
				break
			}
		}
		return nil
	})
	return out, err
}
