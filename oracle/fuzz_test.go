package oracle

import (
	"net/http"
	"strings"
	"testing"
)

// FuzzParseAttestBody: the client API's body decoder never panics, answers only 400 or 404 on a bad body,
// with a message, and otherwise selects subsets of the VM.
func FuzzParseAttestBody(f *testing.F) {
	s := [32]byte{1}
	vm := &VMConfig{Subsets: [][32]byte{s, {2}}}
	f.Add([]byte(``))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"subsetId":"0x0100000000000000000000000000000000000000000000000000000000000000"}`))
	f.Add([]byte(`{"subsetId":"0x12"}`))
	f.Add([]byte(`{"subsetId":1}`))
	f.Add([]byte(`{"x":1}`))
	f.Add([]byte(`{} {}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		subsets, status, msg := parseAttestBody(body, vm)
		switch status {
		case 0:
			if len(subsets) == 0 {
				t.Fatalf("%q: accepted with no subset", body)
			}
			for _, x := range subsets {
				if x != s && x != ([32]byte{2}) {
					t.Fatalf("%q: selected a subset the VM does not have", body)
				}
			}
		case http.StatusBadRequest, http.StatusNotFound:
			if strings.TrimSpace(msg) == "" || subsets != nil {
				t.Fatalf("%q: status %d with message %q and subsets %v", body, status, msg, subsets)
			}
		default:
			t.Fatalf("%q: status %d", body, status)
		}
	})
}
