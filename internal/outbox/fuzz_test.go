package outbox

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func sampleRecords(t testing.TB) [][]byte {
	now := time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC)
	a := att(1, 1)
	r := Record{Version: RecordVersion, ID: IDOf(&a.Attestation), Seq: 1, Attestation: a, Meta: Meta{Source: "s", Labels: map[string]string{"k": "v"}},
		State: StateSigned, CreatedAt: now, UpdatedAt: now, History: []Transition{{To: StateSigned, At: now}}}
	var out [][]byte
	add := func() {
		b, err := encodeRecord(&r)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	add()
	r.Submission = &Submission{TxHash: common.Hash{1}, Nonce: 2, BatchID: common.Hash{3}, At: now}
	r.Attempts = 1
	r.transition(StateSubmitted, now, "tx")
	add()
	r.Confirmation = &Confirmation{BlockNumber: 5, BlockHash: common.Hash{5}, TxHash: common.Hash{1}, At: now}
	r.transition(StateConfirmed, now, "")
	add()
	r.Confirmation = nil
	r.FailReason = "reverted"
	r.transition(StateFailed, now, "reverted")
	add()
	return out
}

func TestDecodeRecordStrict(t *testing.T) {
	samples := sampleRecords(t)
	for _, s := range samples {
		if _, err := decodeRecord(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	signed := string(samples[0])
	for name, bad := range map[string]string{
		"version 2":     strings.Replace(signed, `"version":1`, `"version":2`, 1),
		"no version":    strings.Replace(signed, `"version":1,`, ``, 1),
		"unknown field": strings.Replace(signed, `"version":1`, `"version":1,"extra":0`, 1),
		"trailing":      signed + "{}",
		"bad state":     strings.Replace(signed, `"state":"signed"`, `"state":"lost"`, 1),
		"wrong state":   strings.Replace(signed, `"state":"signed"`, `"state":"submitted"`, 1),
		"seq 0":         strings.Replace(signed, `"seq":1`, `"seq":0`, 1),
		"id mismatch":   strings.Replace(signed, `"sequence":1`, `"sequence":2`, 1),
		"null":          "null",
		"empty":         "",
	} {
		if _, err := decodeRecord([]byte(bad)); !errors.Is(err, ErrCorrupt) {
			t.Errorf("%s: err %v, want ErrCorrupt", name, err)
		}
	}
}

func FuzzDecodeRecord(f *testing.F) {
	for _, s := range sampleRecords(f) {
		f.Add(s)
	}
	f.Add([]byte(`{"version":1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := decodeRecord(data)
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("error %v does not match ErrCorrupt", err)
			}
			return
		}
		// A decoded record re-encodes to a record that decodes to the same value.
		b, err := encodeRecord(r)
		if err != nil {
			t.Fatalf("re-encode: %v", err)
		}
		r2, err := decodeRecord(b)
		if err != nil {
			t.Fatalf("decode of re-encoded record: %v\n%s", err, b)
		}
		b2, _ := encodeRecord(r2)
		if string(b) != string(b2) {
			t.Fatalf("unstable encoding:\n%s\n%s", b, b2)
		}
		if !reflect.DeepEqual(r.State, r2.State) || r.ID != r2.ID || r.Seq != r2.Seq {
			t.Fatalf("round trip changed the record")
		}
	})
}
