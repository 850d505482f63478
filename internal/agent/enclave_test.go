package agent

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/vmattest/vmattest/internal/agentapi"
	"github.com/vmattest/vmattest/internal/enclave"
	"github.com/vmattest/vmattest/internal/tee/snpsim"
)

// TestEnclaveKey serves with a simulated-SNP enclave key: /v1/evidence is its registration and responses
// carry its evidence hash.
func TestEnclaveKey(t *testing.T) {
	ctx := context.Background()
	dev, err := snpsim.Open(filepath.Join(t.TempDir(), "snpsim"))
	if err != nil {
		t.Fatal(err)
	}
	k, err := enclave.Generate(ctx, dev, filepath.Join(t.TempDir(), "keys"),
		enclave.GenerateOptions{ChainID: 31337, Registry: testDomain.VerifyingContract, ExpiresAt: testStart.Add(24 * time.Hour), Now: testStart})
	if err != nil {
		t.Fatal(err)
	}
	e := newEnv(t, "")
	a, err := New(e.cfg, Deps{Signer: k, Now: func() time.Time { return time.Unix(e.clock.Load(), 0) },
		Logger: slog.New(slog.NewJSONHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	e.agent = a
	w := e.do(body(e.request()), e.node)
	if w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	var resp agentapi.AttestResponse
	if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
		t.Fatal(err)
	}
	if err := resp.Attestation.Verify(testDomain, k.Address()); err != nil {
		t.Fatal(err)
	}
	reg := k.Registration()
	if want := fmt.Sprintf("0x%x", reg.Evidence.Hash()); resp.EvidenceHash != want || resp.Signer != k.Address() {
		t.Fatalf("evidenceHash %s signer %s, want %s %s", resp.EvidenceHash, resp.Signer, want, k.Address())
	}
	ew := httptest.NewRecorder()
	a.ServeHTTP(ew, httptest.NewRequest(http.MethodGet, PathEvidence, nil))
	if ew.Code != http.StatusOK {
		t.Fatalf("evidence: %d %s", ew.Code, ew.Body)
	}
	var got enclave.Registration
	if err := json.Unmarshal(ew.Body.Bytes(), &got); err != nil {
		t.Fatalf("evidence is not a registration: %v", err)
	}
	if got.Binding.Address() != k.Address() {
		t.Fatalf("registration for %s", got.Binding.Address())
	}
}

// TestConcurrentSequences checks that concurrent requests get distinct, increasing sequence numbers.
func TestConcurrentSequences(t *testing.T) {
	e := newEnv(t, "")
	const n = 16
	reqs := make([]agentapi.Request, n)
	for i := range reqs {
		reqs[i] = e.request()
	}
	seqs := make([]uint64, n)
	var wg sync.WaitGroup
	for i := range reqs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := e.do(body(reqs[i]), e.node)
			if w.Code != http.StatusOK {
				t.Errorf("status %d: %s", w.Code, w.Body)
				return
			}
			var resp agentapi.AttestResponse
			if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
				t.Error(err)
				return
			}
			seqs[i] = resp.Attestation.Sequence
		}()
	}
	wg.Wait()
	seen := map[uint64]bool{}
	for _, s := range seqs {
		if s < 1 || s > n || seen[s] {
			t.Fatalf("sequences %v", seqs)
		}
		seen[s] = true
	}
}
