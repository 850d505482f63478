package agentapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/internal/protocol"
)

var testVM, _ = protocol.ParseVMID("0b5e9a52-5a57-4c1f-9f35-3b0c2f1f4a6e")

// fakeAgent answers every request with code and body after checking that it is signed by the node's key
// over the method, path and exact body it received.
func fakeAgent(t *testing.T, code int, body string) (*Client, *[]string) {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		signer, err := RecoverRequestSigner(r.Header.Get(SignatureHeader), r.Method, r.URL.Path, b)
		if err != nil || signer != crypto.PubkeyToAddress(key.PublicKey) {
			t.Errorf("request to %s signed by %s, %v; want the node's key", r.URL.Path, signer, err)
		}
		got = append(got, r.URL.Path+" "+string(b))
		w.WriteHeader(code)
		_, _ = io.WriteString(w, body)
	}))
	t.Cleanup(srv.Close)
	return &Client{URL: srv.URL + "/", HTTP: srv.Client(),
		Sign: func(d []byte) ([]byte, error) { return crypto.Sign(d, key) }}, &got
}

// TestClientRefusesAnswersThatAreNotWhatTheyClaim: the client hands back only a 200 answer that decodes
// and holds what was asked for; a refusal keeps its status and message (the node reads 422 as "the state
// lacks the property"), an answer without an attestation or proof, or one too large, is malformed.
func TestClientRefusesAnswersThatAreNotWhatTheyClaim(t *testing.T) {
	ctx := context.Background()
	req := Request{VMID: testVM, SubsetID: [32]byte{1}, HashAlg: protocol.HashBLAKE3, Timestamp: 1767225600}
	for _, c := range []struct {
		name      string
		code      int
		body      string
		status    int
		malformed bool
	}{
		{"refused", 409, `{"error":"replayed nonce 0x00"}`, 409, false},
		{"no attestation", 200, `{"signer":"0x0000000000000000000000000000000000000001"}`, 0, true},
		{"not json", 200, `<html>`, 0, true},
		{"too large", 200, `{"attestation":"` + strings.Repeat("a", MaxResponse) + `"}`, 0, true},
	} {
		cl, got := fakeAgent(t, c.code, c.body)
		_, err := cl.Attest(ctx, req)
		var se *StatusError
		switch {
		case c.status != 0 && (!errors.As(err, &se) || se.Code != c.status || se.Message != "replayed nonce 0x00"):
			t.Errorf("%s: %v, want a StatusError %d with the agent's message", c.name, err, c.status)
		case c.malformed && !errors.Is(err, ErrMalformedAnswer):
			t.Errorf("%s: %v, want ErrMalformedAnswer", c.name, err)
		}
		want, _ := req.MarshalJSON()
		if len(*got) != 1 || (*got)[0] != PathAttestations+" "+string(want) {
			t.Errorf("%s: the agent received %q", c.name, *got)
		}
	}
	cl, _ := fakeAgent(t, 422, `{"error":"the committed state does not have the property readonlyroot"}`)
	_, err := cl.Prove(ctx, ProofRequest{VMID: testVM, SubsetID: [32]byte{1}, Property: "readonlyroot", Timestamp: 1767225600})
	var se *StatusError
	if !errors.As(err, &se) || se.Code != http.StatusUnprocessableEntity || !strings.Contains(se.Message, "does not have") {
		t.Errorf("prove refused: %v", err)
	}
	cl, _ = fakeAgent(t, 200, `{"commitment":"0x00","property":"readonlyroot"}`)
	if _, err := cl.Prove(ctx, ProofRequest{VMID: testVM, SubsetID: [32]byte{1}, Property: "readonlyroot", Timestamp: 1}); !errors.Is(err, ErrMalformedAnswer) {
		t.Errorf("prove without a proof: %v, want ErrMalformedAnswer", err)
	}
}

// TestProofRequestEncodingIsTheAgents: the node's proof request is the agent's type, encoded as the node
// always sent it (encoding/json of its former string-typed copy) and decoded strictly back to itself.
func TestProofRequestEncodingIsTheAgents(t *testing.T) {
	type formerNodeCopy struct {
		VMID      string   `json:"vmId"`
		SubsetID  string   `json:"subsetId"`
		Property  string   `json:"property"`
		Region    string   `json:"region,omitempty"`
		Golden    []string `json:"golden,omitempty"`
		Timestamp uint64   `json:"timestamp"`
		Nonce     string   `json:"nonce"`
	}
	for _, r := range []ProofRequest{
		{VMID: testVM, SubsetID: [32]byte{0xab}, Property: "readonlyroot", Timestamp: 1767225600, Nonce: [NonceSize]byte{1, 2}},
		{VMID: testVM, SubsetID: [32]byte{0xcd}, Property: "goldendigest", Region: "con<fig>&", Golden: [][32]byte{{1}, {2}},
			Timestamp: 1, Nonce: [NonceSize]byte{0xff}},
	} {
		old := formerNodeCopy{VMID: r.VMID.String(), SubsetID: fmt.Sprintf("0x%x", r.SubsetID), Property: r.Property, Region: r.Region,
			Timestamp: r.Timestamp, Nonce: fmt.Sprintf("0x%x", r.Nonce)}
		for _, g := range r.Golden {
			old.Golden = append(old.Golden, fmt.Sprintf("0x%x", g))
		}
		want, _ := json.Marshal(old)
		got, err := r.MarshalJSON()
		if err != nil || string(got) != string(want) {
			t.Errorf("MarshalJSON = %s, %v; the node sent %s", got, err, want)
		}
		back, err := DecodeProofRequest(got)
		if err != nil || fmt.Sprint(back) != fmt.Sprint(r) {
			t.Errorf("decoded back %+v, %v; want %+v", back, err, r)
		}
	}
}
