package oracle

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vmattest/vmattest/internal/protocol"
)

func testVote(signer byte, digest byte, ts uint64) vote {
	var sa protocol.SignedAttestation
	sa.Attestation.StateDigest = [32]byte{digest}
	sa.Attestation.Timestamp = ts
	return vote{source: "test", signer: common.Address{signer}, sa: sa}
}

func signersOf(vs []vote) []byte {
	var out []byte
	for _, v := range vs {
		out = append(out, v.signer[0])
	}
	return out
}

// TestFormBundle: the newest k agreeing votes within the window, newer than the chain's record, sorted by
// signer; the votes for other states within the set's window [earliest, earliest + window] are the dissents.
func TestFormBundle(t *testing.T) {
	for _, tc := range []struct {
		name          string
		votes         []vote
		after         uint64
		k             int
		window        uint64
		want, dissent string
	}{
		{"two of three agree", []vote{testVote(3, 1, 100), testVote(1, 1, 105), testVote(2, 9, 103)}, 0, 2, 30, "\x01\x03", "\x02"},
		{"not enough agree", []vote{testVote(1, 1, 100), testVote(2, 2, 101), testVote(3, 3, 102)}, 0, 2, 30, "", ""},
		{"outside the window", []vote{testVote(1, 1, 100), testVote(2, 1, 140)}, 0, 2, 30, "", ""},
		{"older than the record", []vote{testVote(1, 1, 100), testVote(2, 1, 101)}, 100, 2, 30, "", ""},
		{"all three", []vote{testVote(2, 1, 100), testVote(3, 1, 101), testVote(1, 1, 102)}, 0, 2, 30, "\x01\x02\x03", ""},
		{"a dissent far away is left out", []vote{testVote(1, 1, 200), testVote(2, 1, 201), testVote(3, 9, 100)}, 0, 2, 30, "\x01\x02", ""},
		{"a dissent before the earliest vote is left out (an honest vote for the earlier state)",
			[]vote{testVote(1, 1, 100), testVote(2, 1, 101), testVote(3, 9, 99)}, 0, 2, 30, "\x01\x02", ""},
		{"a dissent at the end of the window is in", []vote{testVote(1, 1, 100), testVote(2, 1, 101), testVote(3, 9, 130)}, 0, 2, 30, "\x01\x02", "\x03"},
		{"a dissent past the window is left out", []vote{testVote(1, 1, 100), testVote(2, 1, 101), testVote(3, 9, 131)}, 0, 2, 30, "\x01\x02", ""},
		{"the newest agreeing set wins", []vote{testVote(1, 1, 100), testVote(2, 1, 101), testVote(3, 2, 200), testVote(4, 2, 205)}, 0, 2, 30, "\x03\x04", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, d, _ := formBundle(tc.votes, tc.after, tc.k, tc.window)
			if string(signersOf(b)) != tc.want || string(signersOf(d)) != tc.dissent {
				t.Fatalf("bundle %v dissents %v; want %v and %v", signersOf(b), signersOf(d), []byte(tc.want), []byte(tc.dissent))
			}
		})
	}
}

// TestNewestPerSigner keeps one vote per signer, its newest.
func TestNewestPerSigner(t *testing.T) {
	got := newestPerSigner([]vote{testVote(1, 1, 100), testVote(2, 1, 100), testVote(1, 2, 150)})
	if len(got) != 2 || got[0].sa.Attestation.Timestamp != 150 {
		t.Fatalf("got %d votes, first at %d; want 2, the first signer's newest (150)", len(got), got[0].sa.Attestation.Timestamp)
	}
}
