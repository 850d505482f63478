package outbox

import (
	"context"
	"encoding/binary"
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/vmattest/vmattest/internal/protocol"
)

// att returns a valid signed attestation of VM vm with the given sequence. The signature is arbitrary:
// the outbox does not verify signatures.
func att(vm byte, seq uint64) protocol.SignedAttestation {
	var a protocol.SignedAttestation
	a.VMID[0], a.VMID[15] = vm, 1
	a.SubsetID[0] = 0x55
	a.HashAlg = protocol.HashBLAKE3
	binary.BigEndian.PutUint64(a.StateDigest[:], seq)
	a.StateDigest[31] = 1
	a.Timestamp = 1_700_000_000 + seq
	a.Sequence = seq
	a.Signature[0], a.Signature[64] = vm, 27
	return a
}

func open(t *testing.T, path string) *Outbox {
	t.Helper()
	o, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { o.Close() })
	return o
}

func newOutbox(t *testing.T) *Outbox {
	t.Helper()
	o := open(t, filepath.Join(t.TempDir(), "data", FileName))
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	o.now = func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		clock = clock.Add(time.Second)
		return clock
	}
	return o
}

func put(t *testing.T, o *Outbox, a protocol.SignedAttestation) Record {
	t.Helper()
	r, created, err := o.Put(context.Background(), a, Meta{Source: "test"})
	if err != nil {
		t.Fatal(err)
	}
	if !created {
		t.Fatalf("put %s: not created", r.ID)
	}
	return r
}

func wantStats(t *testing.T, o *Outbox, signed, submitted, confirmed, failed uint64) {
	t.Helper()
	st, err := o.Stats()
	if err != nil {
		t.Fatal(err)
	}
	want := map[State]uint64{StateSigned: signed, StateSubmitted: submitted, StateConfirmed: confirmed, StateFailed: failed}
	for s, n := range want {
		if st[s] != n {
			t.Errorf("stats: %s = %d, want %d (all: %v)", s, st[s], n, st)
		}
	}
}

func seqs(rs []Record) []uint64 {
	out := make([]uint64, len(rs))
	for i, r := range rs {
		out[i] = r.Seq
	}
	return out
}

func ids(rs ...Record) []ID {
	out := make([]ID, len(rs))
	for i, r := range rs {
		out[i] = r.ID
	}
	return out
}

func equalU64(a, b []uint64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestPutIdempotent(t *testing.T) {
	o := newOutbox(t)
	ctx := context.Background()
	a := att(1, 1)
	r1 := put(t, o, a)
	if r1.State != StateSigned || r1.Seq != 1 || r1.ID != IDOf(&a.Attestation) || r1.Meta.Source != "test" {
		t.Fatalf("record = %+v", r1)
	}
	// The same attestation, even with another signature and meta: the existing record.
	b := a
	b.Signature[1] = 9
	r2, created, err := o.Put(ctx, b, Meta{Source: "other"})
	if err != nil || created {
		t.Fatalf("second put: created %v, err %v", created, err)
	}
	if r2.Seq != r1.Seq || r2.Attestation != a || r2.Meta.Source != "test" {
		t.Fatalf("second put returned %+v, want the first record", r2)
	}
	wantStats(t, o, 1, 0, 0, 0)

	// A different attestation with the same (vm, subset, sequence) conflicts.
	c := a
	c.StateDigest[5] ^= 1
	if _, _, err := o.Put(ctx, c, Meta{}); !errors.Is(err, ErrConflict) {
		t.Fatalf("conflicting put: err %v, want ErrConflict", err)
	}
	// Invalid attestations and cancelled contexts are refused.
	bad := att(1, 2)
	bad.Sequence = 0
	if _, _, err := o.Put(ctx, bad, Meta{}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("invalid put: err %v, want ErrInvalid", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, _, err := o.Put(cctx, att(1, 3), Meta{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled put: err %v", err)
	}
	wantStats(t, o, 1, 0, 0, 0)
	if _, err := o.Get(IDOf(&c.Attestation)); !errors.Is(err, ErrNotFound) {
		t.Fatalf("get of a refused attestation: %v", err)
	}
}

func TestTransitionTable(t *testing.T) {
	want := map[[2]State]bool{
		{StateSigned, StateSubmitted}: true, {StateSigned, StateFailed}: true,
		{StateSubmitted, StateSubmitted}: true, {StateSubmitted, StateConfirmed}: true,
		{StateSubmitted, StateFailed}: true, {StateSubmitted, StateSigned}: true,
		{StateConfirmed, StateSigned}: true,
	}
	for _, from := range append(States(), 0, 9) {
		for _, to := range append(States(), 0, 9) {
			if got := CanTransition(from, to); got != want[[2]State{from, to}] {
				t.Errorf("CanTransition(%s, %s) = %v", from, to, got)
			}
		}
	}
}

func TestStateMachine(t *testing.T) {
	o := newOutbox(t)
	a, b, c := put(t, o, att(1, 1)), put(t, o, att(1, 2)), put(t, o, att(2, 1))
	tx1, tx2, bh := common.Hash{1}, common.Hash{2}, common.Hash{0xbb}

	// Illegal from signed: confirm, requeue.
	if _, err := o.MarkConfirmed(ids(a), 10, bh, tx1); !errors.Is(err, ErrIllegalTransition) {
		t.Fatalf("confirm signed: %v", err)
	}
	if _, err := o.Requeue(ids(a), "x"); !errors.Is(err, ErrIllegalTransition) {
		t.Fatalf("requeue signed: %v", err)
	}

	// signed → submitted, for a and b in one batch.
	rs, err := o.MarkSubmitted(ids(a, b), tx1, 7)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if r.State != StateSubmitted || r.Submission.TxHash != tx1 || r.Submission.Nonce != 7 ||
			r.Submission.BatchID != BatchID(ids(a, b)) || r.Attempts != 1 {
			t.Fatalf("submitted record %+v %+v", r, r.Submission)
		}
	}
	wantStats(t, o, 1, 2, 0, 0)
	// Repeating is a no-op; another nonce is illegal; the same nonce is a replacement.
	if rs, err := o.MarkSubmitted(ids(a, b), tx1, 7); err != nil || rs[0].Attempts != 1 || len(rs[0].History) != 2 {
		t.Fatalf("repeat submit: %v %+v", err, rs)
	}
	if _, err := o.MarkSubmitted(ids(a), tx2, 8); !errors.Is(err, ErrIllegalTransition) {
		t.Fatalf("submit at another nonce: %v", err)
	}
	if rs, err := o.MarkSubmitted(ids(a, b), tx2, 7); err != nil || rs[0].Submission.TxHash != tx2 || rs[0].Attempts != 2 {
		t.Fatalf("replacement: %v %+v", err, rs)
	}

	// Atomicity: c is signed (legal), a is submitted → confirm fails for c, so nothing changes.
	if _, err := o.MarkConfirmed(ids(a, c), 10, bh, tx2); !errors.Is(err, ErrIllegalTransition) {
		t.Fatalf("mixed confirm: %v", err)
	}
	if got, _ := o.Get(a.ID); got.State != StateSubmitted {
		t.Fatalf("a changed by a failed batch: %s", got.State)
	}
	var te *TransitionError
	if _, err := o.MarkConfirmed(ids(c), 10, bh, tx2); !errors.As(err, &te) || te.ID != c.ID || te.From != StateSigned {
		t.Fatalf("transition error: %v", err)
	}

	// submitted → confirmed; repeat is a no-op.
	rs, err = o.MarkConfirmed(ids(a, b), 10, bh, tx2)
	if err != nil || rs[0].State != StateConfirmed || rs[0].Confirmation.BlockNumber != 10 || rs[0].Confirmation.TxHash != tx2 {
		t.Fatalf("confirm: %v %+v", err, rs)
	}
	if _, err := o.MarkConfirmed(ids(a), 10, bh, tx2); err != nil {
		t.Fatalf("repeat confirm: %v", err)
	}
	if _, err := o.MarkConfirmed(ids(a), 11, common.Hash{3}, tx2); !errors.Is(err, ErrIllegalTransition) {
		t.Fatalf("confirm confirmed elsewhere: %v", err)
	}
	wantStats(t, o, 1, 0, 2, 0)

	// confirmed → signed after a reorg; back in the queue at its old place.
	if rs, err := o.Requeue(ids(a), "reorg"); err != nil || rs[0].State != StateSigned || rs[0].Submission != nil || rs[0].Confirmation != nil {
		t.Fatalf("requeue: %v %+v", err, rs)
	}
	if nb, _ := o.NextBatch(10); !equalU64(seqs(nb), []uint64{a.Seq, c.Seq}) {
		t.Fatalf("next batch after requeue: %v", seqs(nb))
	}

	// → failed from signed and from submitted; failed is final.
	if _, err := o.MarkFailed(c.ID, ""); !errors.Is(err, ErrInvalid) {
		t.Fatalf("empty reason: %v", err)
	}
	if r, err := o.MarkFailed(c.ID, "vm unknown to the contract"); err != nil || r.State != StateFailed || r.FailReason == "" {
		t.Fatalf("fail signed: %v %+v", err, r)
	}
	if _, err := o.MarkSubmitted(ids(a), tx1, 9); err != nil {
		t.Fatal(err)
	}
	if _, err := o.MarkFailed(a.ID, "reverted: sequence too low"); err != nil {
		t.Fatal(err)
	}
	for _, f := range []func() error{
		func() error { _, err := o.MarkFailed(a.ID, "again"); return err },
		func() error { _, err := o.Requeue(ids(a), "x"); return err },
		func() error { _, err := o.MarkSubmitted(ids(a), tx1, 9); return err },
		func() error { _, err := o.MarkConfirmed(ids(a), 1, bh, tx1); return err },
	} {
		if err := f(); !errors.Is(err, ErrIllegalTransition) {
			t.Fatalf("transition out of failed: %v", err)
		}
	}
	wantStats(t, o, 0, 0, 1, 2)

	// Unknown ids, duplicates and empty lists.
	if _, err := o.MarkSubmitted([]ID{{9}}, tx1, 1); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown id: %v", err)
	}
	if _, err := o.Requeue(ids(b, b), "x"); !errors.Is(err, ErrInvalid) {
		t.Fatalf("duplicate id: %v", err)
	}
	if _, err := o.Requeue(nil, "x"); !errors.Is(err, ErrInvalid) {
		t.Fatalf("no ids: %v", err)
	}

	// History: every change with its time, in order, ending in the current state.
	r, _ := o.Get(a.ID)
	wantPath := []State{StateSigned, StateSubmitted, StateSubmitted, StateConfirmed, StateSigned, StateSubmitted, StateFailed}
	if len(r.History) != len(wantPath) {
		t.Fatalf("history %+v", r.History)
	}
	for i, h := range r.History {
		if h.To != wantPath[i] || h.At.IsZero() || (i > 0 && (!h.At.After(r.History[i-1].At) || h.From != wantPath[i-1])) {
			t.Fatalf("history[%d] = %+v", i, h)
		}
	}
	if !r.UpdatedAt.Equal(r.History[len(r.History)-1].At) || !r.CreatedAt.Equal(r.History[0].At) {
		t.Fatalf("timestamps %v %v", r.CreatedAt, r.UpdatedAt)
	}
}

func TestHistoryBounded(t *testing.T) {
	o := newOutbox(t)
	a := put(t, o, att(1, 1))
	for i := range 100 {
		if _, err := o.MarkSubmitted(ids(a), common.Hash{byte(i)}, uint64(i)); err != nil {
			t.Fatal(err)
		}
		if _, err := o.Requeue(ids(a), "dropped"); err != nil {
			t.Fatal(err)
		}
	}
	r, err := o.Get(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.History) != maxHistory || r.History[0].Detail != "accepted" || r.Attempts != 100 || r.History[maxHistory-1].To != StateSigned {
		t.Fatalf("history len %d first %+v attempts %d", len(r.History), r.History[0], r.Attempts)
	}
}

func TestNextBatchOrder(t *testing.T) {
	o := newOutbox(t)
	var rs []Record
	for i := range 10 {
		rs = append(rs, put(t, o, att(byte(i%3+1), uint64(i+1))))
	}
	if _, err := o.NextBatch(0); !errors.Is(err, ErrInvalid) {
		t.Fatal(err)
	}
	nb, err := o.NextBatch(3)
	if err != nil || !equalU64(seqs(nb), []uint64{1, 2, 3}) {
		t.Fatalf("next batch %v %v", seqs(nb), err)
	}
	if _, err := o.MarkSubmitted(ids(nb[:2]...), common.Hash{1}, 1); err != nil {
		t.Fatal(err)
	}
	if nb, _ = o.NextBatch(3); !equalU64(seqs(nb), []uint64{3, 4, 5}) {
		t.Fatalf("after submit: %v", seqs(nb))
	}
	if _, err := o.Requeue(ids(rs[1]), "dropped"); err != nil {
		t.Fatal(err)
	}
	if nb, _ = o.NextBatch(3); !equalU64(seqs(nb), []uint64{2, 3, 4}) {
		t.Fatalf("after requeue: %v", seqs(nb))
	}
	if nb, _ = o.NextBatch(100); len(nb) != 9 {
		t.Fatalf("all: %v", seqs(nb))
	}
	p, err := o.Pending()
	if err != nil || !equalU64(seqs(p), []uint64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}) {
		t.Fatalf("pending %v %v", seqs(p), err)
	}
}

func TestList(t *testing.T) {
	o := newOutbox(t)
	for i := range 9 {
		put(t, o, att(byte(i%3+1), uint64(i+1)))
	}
	vm2 := att(2, 1).VMID
	l, err := o.List(Filter{VM: &vm2}, 0)
	if err != nil || !equalU64(seqs(l), []uint64{2, 5, 8}) {
		t.Fatalf("by vm: %v %v", seqs(l), err)
	}
	if _, err := o.MarkSubmitted(ids(l[1]), common.Hash{1}, 1); err != nil {
		t.Fatal(err)
	}
	if l, _ = o.List(Filter{VM: &vm2, State: StateSigned}, 0); !equalU64(seqs(l), []uint64{2, 8}) {
		t.Fatalf("by vm and state: %v", seqs(l))
	}
	if l, _ = o.List(Filter{State: StateSubmitted}, 0); !equalU64(seqs(l), []uint64{5}) {
		t.Fatalf("by state: %v", seqs(l))
	}
	if l, _ = o.List(Filter{}, 4); !equalU64(seqs(l), []uint64{1, 2, 3, 4}) {
		t.Fatalf("page 1: %v", seqs(l))
	}
	if l, _ = o.List(Filter{AfterSeq: 4}, 4); !equalU64(seqs(l), []uint64{5, 6, 7, 8}) {
		t.Fatalf("page 2: %v", seqs(l))
	}
	if l, _ = o.List(Filter{VM: &vm2, AfterSeq: 2}, 1); !equalU64(seqs(l), []uint64{5}) {
		t.Fatalf("vm page: %v", seqs(l))
	}
	if _, err := o.List(Filter{State: 7}, 1); !errors.Is(err, ErrInvalid) {
		t.Fatalf("bad state: %v", err)
	}
}

func TestPersistence(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	o, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	a := put(t, o, att(1, 1))
	b := put(t, o, att(1, 2))
	if _, err := o.MarkSubmitted(ids(a), common.Hash{1}, 3); err != nil {
		t.Fatal(err)
	}
	a, _ = o.Get(a.ID)
	if err := o.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := o.Get(a.ID); err == nil {
		t.Fatal("get after close succeeded")
	}

	o = open(t, path)
	got, err := o.Get(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	ga, _ := encodeRecord(&got)
	wa, _ := encodeRecord(&a)
	if string(ga) != string(wa) {
		t.Fatalf("after reopen:\n%s\nwant\n%s", ga, wa)
	}
	wantStats(t, o, 1, 1, 0, 0)
	if nb, _ := o.NextBatch(5); !equalU64(seqs(nb), []uint64{b.Seq}) {
		t.Fatalf("next batch after reopen: %v", seqs(nb))
	}
	// Sequence numbers continue after reopening.
	if c := put(t, o, att(1, 3)); c.Seq != 3 {
		t.Fatalf("seq after reopen = %d", c.Seq)
	}
	// A second opener is refused while the file is held.
	if _, err := Open(path); err == nil || !errors.Is(err, bolt.ErrTimeout) {
		t.Fatalf("second open: %v", err)
	}
}

func TestConcurrentPuts(t *testing.T) {
	o := newOutbox(t)
	const workers, each = 8, 20
	var wg sync.WaitGroup
	var mu sync.Mutex
	created := map[ID]int{}
	errs := make(chan error, workers*each)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				// Workers w and w^1 put the same attestations, so half the puts are duplicates.
				r, c, err := o.Put(context.Background(), att(byte(w/2+1), uint64(i+1)), Meta{})
				if err != nil {
					errs <- err
					return
				}
				mu.Lock()
				if _, ok := created[r.ID]; !ok {
					created[r.ID] = 0 // present even when this worker lost the race
				}
				if c {
					created[r.ID]++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if len(created) != workers/2*each {
		t.Fatalf("%d distinct records, want %d", len(created), workers/2*each)
	}
	for id, n := range created {
		if n != 1 {
			t.Fatalf("record %s created %d times", id, n)
		}
	}
	wantStats(t, o, workers/2*each, 0, 0, 0)
	all, err := o.List(Filter{}, 1000)
	if err != nil || len(all) != workers/2*each {
		t.Fatalf("list: %d %v", len(all), err)
	}
	for i, r := range all {
		if r.Seq != uint64(i+1) {
			t.Fatalf("seq gap: %v", seqs(all))
		}
	}
}
