package agent

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/internal/agentapi"
	"github.com/vmattest/vmattest/internal/collect"
	"github.com/vmattest/vmattest/internal/digest"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/subset"
	"github.com/vmattest/vmattest/internal/zkcommit"
)

var (
	testVM     = protocol.VMID{0x0b, 0x5e, 0x9a, 0x52, 0x5a, 0x57, 0x4c, 0x1f, 0x9f, 0x35, 0x3b, 0x0c, 0x2f, 0x1f, 0x4a, 0x6e}
	testDomain = protocol.NewDomain(31337, common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"))
	testStart  = time.Unix(1767225600, 0)
)

func mustKey(t testing.TB, seed string) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(seed)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

type env struct {
	t        *testing.T
	agent    *Agent
	cfg      Config
	signer   *protocol.InsecureKeySigner
	node     *ecdsa.PrivateKey
	subsetID [32]byte
	clock    *atomic.Int64
	nonce    atomic.Uint64
	logs     *bytes.Buffer
	file     string
}

// newEnv builds an agent over one VM with one subset: a file region in a temp dir.
func newEnv(t *testing.T, stateDir string) *env {
	t.Helper()
	dir := t.TempDir()
	file := filepath.Join(dir, "config")
	if err := os.WriteFile(file, []byte("max_fee = 42\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	m := &subset.Manifest{Schema: subset.Schema, Name: "agent-test", Version: "1",
		Regions: []subset.Region{{Name: "config", File: &subset.FileSpec{Path: file}}}}
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	if stateDir == "" {
		stateDir = t.TempDir()
	}
	e := &env{t: t, signer: protocol.NewInsecureKeySigner(mustKey(t, "enclave")), node: mustKey(t, "node"),
		subsetID: m.ID(), clock: new(atomic.Int64), logs: new(bytes.Buffer), file: file}
	e.clock.Store(testStart.Unix())
	e.cfg = Config{
		VMs: map[protocol.VMID]VMConfig{testVM: {
			Subsets:     map[[32]byte]*subset.Manifest{m.ID(): m},
			AllowedAlgs: []protocol.HashAlg{protocol.HashBLAKE3, protocol.HashSHA256},
		}},
		AllowedNodes: []common.Address{crypto.PubkeyToAddress(e.node.PublicKey)},
		Window:       30 * time.Second,
		MaxBody:      4096,
		Domain:       testDomain,
		StateDir:     stateDir,
	}
	a, err := New(e.cfg, Deps{Signer: e.signer, Now: func() time.Time { return time.Unix(e.clock.Load(), 0) },
		Logger: slog.New(slog.NewJSONHandler(e.logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	e.agent = a
	return e
}

func (e *env) request() agentapi.Request {
	n := e.nonce.Add(1)
	r := agentapi.Request{VMID: testVM, SubsetID: e.subsetID, HashAlg: protocol.HashBLAKE3, Timestamp: uint64(e.clock.Load())}
	copy(r.Nonce[:], fmt.Sprintf("nonce-%010d", n))
	return r
}

func body(r agentapi.Request) []byte {
	b, _ := r.MarshalJSON()
	return b
}

func (e *env) sign(key *ecdsa.PrivateKey, method, path string, b []byte) string {
	h, err := agentapi.SignRequest(method, path, b, func(d []byte) ([]byte, error) { return crypto.Sign(d, key) })
	if err != nil {
		e.t.Fatal(err)
	}
	return h
}

// do sends b to POST /v1/attestations signed by key (unsigned when key is nil).
func (e *env) do(b []byte, key *ecdsa.PrivateKey) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodPost, PathAttestations, bytes.NewReader(b))
	if key != nil {
		req.Header.Set(SignatureHeader, e.sign(key, http.MethodPost, PathAttestations, b))
	}
	w := httptest.NewRecorder()
	e.agent.ServeHTTP(w, req)
	return w
}

func (e *env) attest(r agentapi.Request) agentapi.AttestResponse {
	e.t.Helper()
	w := e.do(body(r), e.node)
	if w.Code != http.StatusOK {
		e.t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	var resp agentapi.AttestResponse
	if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
		e.t.Fatalf("response: %v\n%s", err, w.Body)
	}
	if err := resp.Attestation.Verify(testDomain, e.signer.Address()); err != nil {
		e.t.Fatalf("attestation does not verify: %v", err)
	}
	return resp
}

func TestAttestValid(t *testing.T) {
	e := newEnv(t, "")
	r := e.request()
	resp := e.attest(r)
	att := resp.Attestation
	if att.VMID != testVM || att.SubsetID != e.subsetID || att.HashAlg != protocol.HashBLAKE3 || att.Sequence != 1 ||
		att.Timestamp != uint64(testStart.Unix()) || att.ZKCommitment != [32]byte{} {
		t.Fatalf("unexpected attestation %+v", att.Attestation)
	}
	if resp.Signer != e.signer.Address() {
		t.Fatalf("signer %s, want %s", resp.Signer, e.signer.Address())
	}
	// The digest is the collector's, and the region is reported.
	m := e.cfg.VMs[testVM].Subsets[e.subsetID]
	alg, _ := digest.ByID(protocol.HashBLAKE3)
	res, err := collect.Collect(context.Background(), m, alg, collect.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if att.StateDigest != res.Digest {
		t.Fatalf("state digest %x, want %x", att.StateDigest, res.Digest)
	}
	if len(resp.Regions) != 1 || resp.Regions[0].Name != "config" || resp.Regions[0].Kind != subset.KindFile ||
		resp.Regions[0].Length != 13 || resp.Regions[0].Digest != fmt.Sprintf("0x%x", res.Regions[0].Digest) {
		t.Fatalf("regions %+v", resp.Regions)
	}
	if resp.EvidenceHash != "" {
		t.Fatalf("evidenceHash %q without a registration", resp.EvidenceHash)
	}

	// The sequence increases; the timestamp follows the clock.
	e.clock.Add(5)
	r2 := e.request()
	r2.HashAlg = protocol.HashSHA256
	if got := e.attest(r2).Attestation; got.Sequence != 2 || got.Timestamp != uint64(testStart.Unix()+5) || got.HashAlg != protocol.HashSHA256 {
		t.Fatalf("second attestation %+v", got.Attestation)
	}
	if got := e.attest(e.request()).Attestation; got.Sequence != 3 {
		t.Fatalf("third sequence %d", got.Sequence)
	}

	// Nothing secret is logged.
	if strings.Contains(e.logs.String(), "signature") || strings.Contains(e.logs.String(), "blinding") {
		t.Fatalf("logs mention secrets:\n%s", e.logs)
	}
}

func TestSequencePersists(t *testing.T) {
	state := t.TempDir()
	e := newEnv(t, state)
	for want := uint64(1); want <= 3; want++ {
		if got := e.attest(e.request()).Attestation.Sequence; got != want {
			t.Fatalf("sequence %d, want %d", got, want)
		}
	}
	// A restarted agent on the same state directory continues.
	e2 := newEnv(t, state)
	e2.nonce.Store(100)
	if got := e2.attest(e2.request()).Attestation.Sequence; got != 4 {
		t.Fatalf("sequence after restart %d, want 4", got)
	}
	fi, err := os.Stat(sequencePath(state, testVM))
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Fatalf("counter mode %v", fi.Mode())
	}
	// A corrupt counter is refused, not reset.
	if err := os.WriteFile(sequencePath(state, testVM), []byte("garbage"), 0o600); err != nil {
		t.Fatal(err)
	}
	e3 := newEnv(t, state)
	e3.nonce.Store(200)
	if w := e3.do(body(e3.request()), e3.node); w.Code != http.StatusInternalServerError || !strings.Contains(w.Body.String(), "corrupt") {
		t.Fatalf("corrupt counter: status %d: %s", w.Code, w.Body)
	}
}

func TestCommit(t *testing.T) {
	state := t.TempDir()
	e := newEnv(t, state)
	r := e.request()
	r.Commit = true
	att := e.attest(r).Attestation
	if att.ZKCommitment == [32]byte{} {
		t.Fatal("no commitment")
	}
	o, ok := e.agent.Opening(testVM, e.subsetID)
	if !ok || o.Root() != att.ZKCommitment {
		t.Fatalf("opening in memory: %v", ok)
	}
	p := openingPath(state, testVM, e.subsetID)
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Fatalf("opening mode %v", fi.Mode())
	}
	loaded, err := zkcommit.LoadOpening(p)
	if err != nil {
		t.Fatal(err)
	}
	if loaded.Root() != att.ZKCommitment {
		t.Fatal("stored opening has another root")
	}
	if strings.Contains(e.logs.String(), zkcommit.Hex(o.Blinding())[2:]) {
		t.Fatal("blinding logged")
	}
}

func TestBadRequests(t *testing.T) {
	e := newEnv(t, "")
	other := mustKey(t, "someone else")
	valid := func(f func(*agentapi.Request)) []byte {
		r := e.request()
		if f != nil {
			f(&r)
		}
		return body(r)
	}
	replayed := valid(nil)
	if w := e.do(replayed, e.node); w.Code != http.StatusOK {
		t.Fatalf("first request: %d %s", w.Code, w.Body)
	}
	oversized := append(valid(nil), bytes.Repeat([]byte(" "), 5000)...)
	wrongSig := func() *httptest.ResponseRecorder {
		b := valid(nil)
		req := httptest.NewRequest(http.MethodPost, PathAttestations, bytes.NewReader(b))
		req.Header.Set(SignatureHeader, e.sign(e.node, http.MethodPost, PathAttestations, append(b, ' '))) // over another body
		w := httptest.NewRecorder()
		e.agent.ServeHTTP(w, req)
		return w
	}
	garbageSig := func() *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodPost, PathAttestations, bytes.NewReader(valid(nil)))
		req.Header.Set(SignatureHeader, "0x1234")
		w := httptest.NewRecorder()
		e.agent.ServeHTTP(w, req)
		return w
	}
	unknownVM := protocol.VMID{1, 2, 3}
	tests := []struct {
		name string
		do   func() *httptest.ResponseRecorder
		code int
		msg  string
	}{
		{"malformed JSON", func() *httptest.ResponseRecorder { return e.do([]byte(`{"vmId":`), e.node) }, 400, "malformed JSON"},
		{"not an object", func() *httptest.ResponseRecorder { return e.do([]byte(`[1]`), e.node) }, 400, "want a JSON object"},
		{"trailing data", func() *httptest.ResponseRecorder { return e.do(append(valid(nil), []byte(`{}`)...), e.node) }, 400, "data after"},
		{"unknown field", func() *httptest.ResponseRecorder {
			b := valid(nil)
			return e.do(append(b[:len(b)-1], []byte(`,"extra":1}`)...), e.node)
		}, 400, `field "extra": unknown field`},
		{"missing field", func() *httptest.ResponseRecorder {
			return e.do([]byte(strings.Replace(string(valid(nil)), `"commit":false,`, "", 1)), e.node)
		}, 400, `field "commit": missing`},
		{"duplicate field", func() *httptest.ResponseRecorder {
			b := valid(nil)
			return e.do(append(b[:len(b)-1], []byte(`,"commit":true}`)...), e.node)
		}, 400, `field "commit": appears more than once`},
		{"bad type", func() *httptest.ResponseRecorder {
			return e.do([]byte(strings.Replace(string(valid(nil)), `"commit":false`, `"commit":"no"`, 1)), e.node)
		}, 400, `field "commit"`},
		{"timestamp as string", func() *httptest.ResponseRecorder {
			r := e.request()
			return e.do([]byte(strings.Replace(string(body(r)), fmt.Sprintf(`"timestamp":%d`, r.Timestamp), fmt.Sprintf(`"timestamp":"%d"`, r.Timestamp), 1)), e.node)
		}, 400, `field "timestamp"`},
		{"bad UUID", func() *httptest.ResponseRecorder {
			return e.do([]byte(strings.Replace(string(valid(nil)), testVM.String(), "not-a-uuid", 1)), e.node)
		}, 400, `field "vmId"`},
		{"short subset id", func() *httptest.ResponseRecorder {
			return e.do([]byte(strings.Replace(string(valid(nil)), fmt.Sprintf("0x%x", e.subsetID), "0x1234", 1)), e.node)
		}, 400, `field "subsetId": want 32 bytes`},
		{"short nonce", func() *httptest.ResponseRecorder {
			r := e.request()
			return e.do([]byte(strings.Replace(string(body(r)), fmt.Sprintf("0x%x", r.Nonce), "0xabcd", 1)), e.node)
		}, 400, `field "nonce": want 16 bytes`},
		{"unknown hash algorithm", func() *httptest.ResponseRecorder {
			return e.do([]byte(strings.Replace(string(valid(nil)), `"blake3"`, `"md5"`, 1)), e.node)
		}, 400, `field "hashAlg"`},
		{"unknown vm", func() *httptest.ResponseRecorder {
			return e.do(valid(func(r *agentapi.Request) { r.VMID = unknownVM }), e.node)
		}, 404, "unknown vm " + unknownVM.String()},
		{"unknown subset", func() *httptest.ResponseRecorder {
			return e.do(valid(func(r *agentapi.Request) { r.SubsetID = [32]byte{9} }), e.node)
		}, 404, "unknown subset 0x09000000"},
		{"disallowed algorithm", func() *httptest.ResponseRecorder {
			return e.do(valid(func(r *agentapi.Request) { r.HashAlg = protocol.HashKeccak256 }), e.node)
		}, 400, "keccak256 is not allowed"},
		{"stale timestamp", func() *httptest.ResponseRecorder {
			return e.do(valid(func(r *agentapi.Request) { r.Timestamp -= 31 }), e.node)
		}, 400, fmt.Sprintf("stale timestamp %d: must be within %d..%d", testStart.Unix()-31, testStart.Unix()-30, testStart.Unix()+30)},
		{"future timestamp", func() *httptest.ResponseRecorder {
			return e.do(valid(func(r *agentapi.Request) { r.Timestamp += 31 }), e.node)
		}, 400, fmt.Sprintf("future timestamp %d: must be within %d..%d", testStart.Unix()+31, testStart.Unix()-30, testStart.Unix()+30)},
		{"replayed nonce", func() *httptest.ResponseRecorder { return e.do(replayed, e.node) }, 409, "replayed nonce"},
		{"oversized body", func() *httptest.ResponseRecorder { return e.do(oversized, e.node) }, 413, "larger than 4096 bytes"},
		{"missing signature", func() *httptest.ResponseRecorder { return e.do(valid(nil), nil) }, 401, "missing X-Vmattest-Signature"},
		{"malformed signature", garbageSig, 401, "malformed X-Vmattest-Signature"},
		{"wrong signature", wrongSig, 403, "not an allowed oracle node"},
		{"signer not allowed", func() *httptest.ResponseRecorder { return e.do(valid(nil), other) }, 403, "not an allowed oracle node"},
		{"wrong method", func() *httptest.ResponseRecorder {
			w := httptest.NewRecorder()
			e.agent.ServeHTTP(w, httptest.NewRequest(http.MethodGet, PathAttestations, nil))
			return w
		}, 405, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := tc.do()
			if w.Code != tc.code {
				t.Fatalf("status %d, want %d: %s", w.Code, tc.code, w.Body)
			}
			if tc.msg != "" {
				var er agentapi.ErrorResponse
				if err := json.Unmarshal(w.Body.Bytes(), &er); err != nil {
					t.Fatalf("error body %q: %v", w.Body, err)
				}
				if !strings.Contains(er.Error, tc.msg) {
					t.Fatalf("error %q, want it to contain %q", er.Error, tc.msg)
				}
			}
			// The server keeps answering.
			if got := e.attest(e.request()).Attestation.Sequence; got < 2 {
				t.Fatalf("sequence %d after a refused request", got)
			}
		})
	}
	// A replay within the window is refused even after time passes; after the window it is stale.
	e.clock.Add(29)
	if w := e.do(replayed, e.node); w.Code != http.StatusConflict {
		t.Fatalf("replay after 29s: %d %s", w.Code, w.Body)
	}
	e.clock.Add(2)
	if w := e.do(replayed, e.node); w.Code != http.StatusBadRequest || !strings.Contains(w.Body.String(), "stale") {
		t.Fatalf("replay after 31s: %d %s", w.Code, w.Body)
	}
}

func TestNonceCacheBounded(t *testing.T) {
	c := newNonceCache(2)
	n := func(b byte) [agentapi.NonceSize]byte { return [agentapi.NonceSize]byte{b} }
	for i, want := range []bool{true, false, true} {
		ok, err := c.add(n(byte(i/2)), 100, 110)
		if err != nil || ok != want {
			t.Fatalf("add %d: %v %v", i, ok, err)
		}
	}
	if _, err := c.add(n(3), 105, 115); err != errCacheFull {
		t.Fatalf("full cache: %v", err)
	}
	// Expired entries are dropped, making room.
	if ok, err := c.add(n(3), 111, 121); !ok || err != nil {
		t.Fatalf("after expiry: %v %v", ok, err)
	}
	if c.len() != 1 {
		t.Fatalf("len %d", c.len())
	}
	// An expired nonce can be used again (its request would be stale anyway).
	if ok, _ := c.add(n(0), 111, 121); !ok {
		t.Fatal("expired nonce refused")
	}
}

func TestOtherEndpoints(t *testing.T) {
	e := newEnv(t, "")
	e.attest(e.request())
	get := func(path string) *httptest.ResponseRecorder {
		w := httptest.NewRecorder()
		e.agent.ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil))
		return w
	}
	if w := get(PathHealth); w.Code != 200 || !strings.Contains(w.Body.String(), `"ok"`) {
		t.Fatalf("healthz: %d %s", w.Code, w.Body)
	}
	if w := get(PathEvidence); w.Code != 404 {
		t.Fatalf("evidence without registration: %d %s", w.Code, w.Body)
	}
	w := get(PathMetrics)
	for _, want := range []string{
		`vmattest_agent_requests_total{path="/v1/attestations",code="200"} 1`,
		`vmattest_agent_requests_total{path="/v1/evidence",code="404"} 1`,
		"vmattest_agent_attestations_signed_total 1",
		"vmattest_agent_collection_seconds_count 1",
		"# TYPE vmattest_agent_collection_seconds summary",
	} {
		if !strings.Contains(w.Body.String(), want) {
			t.Fatalf("metrics lack %q:\n%s", want, w.Body)
		}
	}
	if w := get("/nope"); w.Code != 404 {
		t.Fatalf("unknown path: %d", w.Code)
	}
}

func TestConfigCheck(t *testing.T) {
	e := newEnv(t, "")
	for _, tc := range []struct {
		field string
		edit  func(*Config)
	}{
		{"VMs", func(c *Config) { c.VMs = nil }},
		{"AllowedNodes", func(c *Config) { c.AllowedNodes = nil }},
		{"AllowedNodes[0]", func(c *Config) { c.AllowedNodes = []common.Address{{}} }},
		{"Window", func(c *Config) { c.Window = 0 }},
		{"Window", func(c *Config) { c.Window = 1500 * time.Millisecond }},
		{"MaxBody", func(c *Config) { c.MaxBody = -1 }},
		{"Domain.ChainID", func(c *Config) { c.Domain.ChainID = nil }},
		{"StateDir", func(c *Config) { c.StateDir = "" }},
		{".AllowedAlgs", func(c *Config) {
			c.VMs = map[protocol.VMID]VMConfig{testVM: {Subsets: e.cfg.VMs[testVM].Subsets}}
		}},
		{".Subsets[0x", func(c *Config) {
			c.VMs = map[protocol.VMID]VMConfig{testVM: {Subsets: map[[32]byte]*subset.Manifest{{1}: e.cfg.VMs[testVM].Subsets[e.subsetID]},
				AllowedAlgs: []protocol.HashAlg{protocol.HashSHA256}}}
		}},
	} {
		c := e.cfg
		c.Domain = protocol.NewDomain(1, common.Address{1})
		tc.edit(&c)
		err := c.Check()
		if err == nil || !strings.Contains(err.Error(), tc.field) {
			t.Errorf("%s: error %v", tc.field, err)
		}
	}
	if err := e.cfg.Check(); err != nil {
		t.Fatal(err)
	}
}

func TestServerLifecycle(t *testing.T) {
	e := newEnv(t, "")
	s := NewServer(e.agent, ServerOptions{Addr: "127.0.0.1:0"})
	if s.Stopped() {
		t.Fatal("stopped before start")
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	base := "http://" + s.Addr().String()
	b := body(e.request())
	req, _ := http.NewRequest(http.MethodPost, base+PathAttestations, bytes.NewReader(b))
	req.Header.Set(SignatureHeader, e.sign(e.node, http.MethodPost, PathAttestations, b))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("status %d: %s", resp.StatusCode, data)
	}
	var ar agentapi.AttestResponse
	if err := json.Unmarshal(data, &ar); err != nil {
		t.Fatal(err)
	}
	if err := ar.Attestation.Verify(testDomain, e.signer.Address()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if !s.Stopped() {
		t.Fatal("not stopped")
	}
	if _, err := http.Get(base + PathHealth); err == nil {
		t.Fatal("still answering after Stop")
	}
}

// TestSaltedDigest: for a subset whose manifest asks for a salted digest, two attestations of the same
// state carry different public digests, neither the plain subset digest, each re-derived by the opening the
// agent keeps (PublicDigest over its salt); an attestation without the commitment (which keeps the salt) is
// refused.
func TestSaltedDigest(t *testing.T) {
	e := newEnv(t, "")
	m := &subset.Manifest{Schema: subset.Schema, Name: "agent-salted-test", Version: "1", SaltedDigest: true,
		Regions: []subset.Region{{Name: "config", File: &subset.FileSpec{Path: e.file}}}}
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	e.cfg.VMs[testVM].Subsets[m.ID()] = m
	a, err := New(e.cfg, Deps{Signer: e.signer, Now: func() time.Time { return time.Unix(e.clock.Load(), 0) },
		Logger: slog.New(slog.NewJSONHandler(e.logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	e.agent, e.subsetID = a, m.ID()

	r := e.request()
	if w := e.do(body(r), e.node); w.Code != http.StatusBadRequest || !strings.Contains(w.Body.String(), "salted digest") {
		t.Fatalf("salted subset without commit: %d %s", w.Code, w.Body)
	}
	var digests [][32]byte
	for range 2 {
		e.clock.Add(1)
		r := e.request()
		r.Commit = true
		att := e.attest(r).Attestation
		o, ok := e.agent.Opening(testVM, e.subsetID)
		if !ok || o.Root() != att.ZKCommitment {
			t.Fatal("no opening of the attestation")
		}
		if _, salted := o.Salt(); !salted {
			t.Fatal("the opening has no salt")
		}
		if d, err := o.PublicDigest(); err != nil || d != att.StateDigest {
			t.Fatalf("the opening re-derives %x, %v; the attestation has %x", d, err, att.StateDigest)
		}
		if att.StateDigest == o.SubsetDigest() {
			t.Fatal("the public digest is the plain subset digest")
		}
		digests = append(digests, att.StateDigest)
	}
	if digests[0] == digests[1] {
		t.Fatal("two attestations of the same state have the same public digest")
	}
}

// TestPauseMetrics: the pauses vmattest made are histograms by target; one it found paused is not counted.
func TestPauseMetrics(t *testing.T) {
	m := newMetrics()
	m.paused([]collect.Pause{
		{QMP: "/run/vm1.qmp", Regions: []string{"a"}, Paused: true, Duration: 3 * time.Millisecond},
		{QMP: "/run/vm2.qmp", Regions: []string{"b"}, Paused: false},
		{PID: 42, Regions: []string{"c"}, Paused: true, Duration: 2 * time.Second},
	})
	var b strings.Builder
	m.write(&b)
	for _, want := range []string{
		"# TYPE vmattest_agent_guest_pause_seconds histogram",
		`vmattest_agent_guest_pause_seconds_bucket{le="0.0025"} 0`,
		`vmattest_agent_guest_pause_seconds_bucket{le="0.005"} 1`,
		`vmattest_agent_guest_pause_seconds_bucket{le="+Inf"} 1`,
		"vmattest_agent_guest_pause_seconds_sum 0.003\n",
		"vmattest_agent_guest_pause_seconds_count 1\n",
		`vmattest_agent_process_stop_seconds_bucket{le="1"} 0`,
		`vmattest_agent_process_stop_seconds_bucket{le="+Inf"} 1`,
		"vmattest_agent_process_stop_seconds_count 1\n",
	} {
		if !strings.Contains(b.String(), want) {
			t.Fatalf("metrics lack %q:\n%s", want, b.String())
		}
	}
}
