package nodeapi

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/vmattest/vmattest/internal/protocol"
)

var testVM, _ = protocol.ParseVMID("0b5e9a52-5a57-4c1f-9f35-3b0c2f1f4a6e")

// TestClientSaysWhatTheNodeAnswered: the token goes with every call; a refusal is an *APIError with the
// node's status and message; an answer cut at MaxResponse or not JSON is ErrMalformedAnswer, never a
// half-decoded status (a quorum peer's vote is read from it).
func TestClientSaysWhatTheNodeAnswered(t *testing.T) {
	var code int
	var body string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer tok" || r.URL.Path != VMPath(testVM) {
			t.Errorf("%s %s with %q", r.Method, r.URL.Path, r.Header.Get("Authorization"))
		}
		w.WriteHeader(code)
		_, _ = io.WriteString(w, body)
	}))
	defer srv.Close()
	c := &Client{URL: srv.URL, Token: "tok", HTTP: srv.Client(), MaxResponse: 64}
	ctx := context.Background()

	code, body = 200, `{"vmId":"`+testVM.String()+`","subsets":[]}`
	if st, err := c.VM(ctx, testVM); err != nil || st.VMID != testVM.String() {
		t.Fatalf("VM: %+v, %v", st, err)
	}
	code, body = 404, `{"error":"unknown vm"}`
	var ae *APIError
	if _, err := c.VM(ctx, testVM); !errors.As(err, &ae) || ae.Status != 404 || ae.Message != "unknown vm" || ae.Path != VMPath(testVM) {
		t.Errorf("404: %v", err)
	}
	code, body = 200, `{"vmId":"`+strings.Repeat("x", 100)+`"}`
	if _, err := c.VM(ctx, testVM); !errors.Is(err, ErrMalformedAnswer) {
		t.Errorf("answer over MaxResponse: %v, want ErrMalformedAnswer", err)
	}
}
