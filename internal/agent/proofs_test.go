package agent

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/internal/agentapi"
	"github.com/vmattest/vmattest/internal/collect"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/subset"
	"github.com/vmattest/vmattest/internal/testsupport/devkeys"
	"github.com/vmattest/vmattest/internal/testsupport/fixtures"
	"github.com/vmattest/vmattest/internal/zkcommit"
	"github.com/vmattest/vmattest/internal/zkproof"
)

func TestMain(m *testing.M) {
	logger.Disable() // gnark logs to stdout
	os.Exit(m.Run())
}

// readonlyrootKeys is the directory of the shared development keys of readonlyroot (devkeys).
func readonlyrootKeys(t *testing.T) string {
	t.Helper()
	return devkeys.Dir(t, zkproof.ReadOnlyRoot.Circuit)
}

// proofEnv is an env whose subset is pid 1's mount table (a fake /proc) and a file region "config".
type proofEnv struct {
	*env
	proc string
}

// newProofEnv builds it in dir (a new temp dir when ""): an agent made again on the same dir has the same
// subset and state directory, as after a restart.
func newProofEnv(t *testing.T, keysDir, dir string) *proofEnv {
	t.Helper()
	if dir == "" {
		dir = t.TempDir()
	}
	file := filepath.Join(dir, "config")
	if err := os.WriteFile(file, []byte("max_fee = 42\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	proc := filepath.Join(dir, "proc")
	if err := os.MkdirAll(filepath.Join(proc, "1"), 0o755); err != nil {
		t.Fatal(err)
	}
	m := &subset.Manifest{Schema: subset.Schema, Name: "agent-proof-test", Version: "1",
		Regions: []subset.Region{
			{Name: "mounts", Mounts: &subset.MountsSpec{Process: subset.ProcessSelector{PID: 1}}},
			{Name: "config", File: &subset.FileSpec{Path: file}},
		}}
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	stateDir := filepath.Join(dir, "state")
	e := &env{t: t, signer: protocol.NewInsecureKeySigner(mustKey(t, "enclave")), node: mustKey(t, "node"),
		subsetID: m.ID(), clock: new(atomic.Int64), logs: new(bytes.Buffer), file: file}
	e.clock.Store(testStart.Unix())
	e.cfg = Config{
		VMs: map[protocol.VMID]VMConfig{testVM: {
			Subsets:     map[[32]byte]*subset.Manifest{m.ID(): m},
			AllowedAlgs: []protocol.HashAlg{protocol.HashBLAKE3},
		}},
		AllowedNodes: []common.Address{crypto.PubkeyToAddress(e.node.PublicKey)},
		Window:       30 * time.Second,
		Domain:       testDomain,
		StateDir:     stateDir,
		ZKKeysDir:    keysDir,
	}
	a, err := New(e.cfg, Deps{Signer: e.signer, Now: func() time.Time { return time.Unix(e.clock.Load(), 0) },
		Logger: slog.New(slog.NewJSONHandler(e.logs, nil)), Collect: collect.Options{ProcRoot: proc, RootMountID: fixtures.FakeRootMount}})
	if err != nil {
		t.Fatal(err)
	}
	e.agent = a
	pe := &proofEnv{env: e, proc: proc}
	pe.setMounts(fixtures.MountinfoRO)
	return pe
}

func (e *proofEnv) setMounts(mountinfo string) {
	e.t.Helper()
	if err := os.WriteFile(filepath.Join(e.proc, "1", "mountinfo"), []byte(mountinfo), 0o644); err != nil {
		e.t.Fatal(err)
	}
}

// commit makes an attestation with commit=true and returns it.
func (e *proofEnv) commit() agentapi.AttestResponse {
	e.t.Helper()
	r := e.request()
	r.Commit = true
	return e.attest(r)
}

// proofBody returns a proof request body; extra fields are appended verbatim.
func (e *proofEnv) proofBody(property, extra string) []byte {
	n := e.nonce.Add(1)
	var nonce [agentapi.NonceSize]byte
	copy(nonce[:], fmt.Sprintf("nonce-%010d", n))
	return fmt.Appendf(nil, `{"vmId":%q,"subsetId":"0x%x","property":%q%s,"timestamp":%d,"nonce":"0x%x"}`,
		testVM.String(), e.subsetID, property, extra, e.clock.Load(), nonce)
}

// prove sends b to POST /v1/proofs signed by key (unsigned when key is nil).
func (e *proofEnv) prove(b []byte, key *ecdsa.PrivateKey) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodPost, PathProofs, bytes.NewReader(b))
	if key != nil {
		req.Header.Set(SignatureHeader, e.sign(key, http.MethodPost, PathProofs, b))
	}
	w := httptest.NewRecorder()
	e.agent.ServeHTTP(w, req)
	return w
}

func wantError(t *testing.T, w *httptest.ResponseRecorder, code int, msg string) {
	t.Helper()
	if w.Code != code {
		t.Fatalf("status %d, want %d: %s", w.Code, code, w.Body)
	}
	var er agentapi.ErrorResponse
	if err := json.Unmarshal(w.Body.Bytes(), &er); err != nil {
		t.Fatalf("error body %q: %v", w.Body, err)
	}
	if !strings.Contains(er.Error, msg) {
		t.Fatalf("error %q, want it to contain %q", er.Error, msg)
	}
}

func TestProofReadOnlyRoot(t *testing.T) {
	keysDir := readonlyrootKeys(t)
	dir := t.TempDir()
	e := newProofEnv(t, keysDir, dir)

	// Read-only root: the proof verifies and is about the attestation's commitment.
	att := e.commit().Attestation
	if att.ZKCommitment == [32]byte{} {
		t.Fatal("no commitment")
	}
	w := e.prove(e.proofBody("readonlyroot", ""), e.node)
	if w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	var resp struct {
		Proof      *zkproof.Proof `json:"proof"`
		Commitment string         `json:"commitment"`
		Property   string         `json:"property"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
		t.Fatalf("response: %v\n%s", err, w.Body)
	}
	k, err := zkproof.LoadKeys(keysDir, zkproof.ReadOnlyRoot.Circuit)
	if err != nil {
		t.Fatal(err)
	}
	if err := zkproof.Verify(resp.Proof, k.VK); err != nil {
		t.Fatalf("proof does not verify: %v", err)
	}
	if resp.Proof.Commitment != att.ZKCommitment || resp.Commitment != fmt.Sprintf("0x%x", att.ZKCommitment) || resp.Property != "readonlyroot" {
		t.Fatalf("proof about 0x%x (%s, %s), attestation commits to 0x%x", resp.Proof.Commitment, resp.Commitment, resp.Property, att.ZKCommitment)
	}
	if err := zkproof.CheckInputs(resp.Proof, att.ZKCommitment, zkcommit.Header{VMID: testVM, SubsetID: e.subsetID, HashAlg: att.HashAlg}, zkproof.Args{}); err != nil {
		t.Fatal(err)
	}
	o, _ := e.agent.Opening(testVM, e.subsetID)
	if b := o.Blinding(); strings.Contains(w.Body.String(), fmt.Sprintf("%x", b.Bytes())) || strings.Contains(e.logs.String(), fmt.Sprintf("%x", b.Bytes())) {
		t.Fatal("the blinding left the agent")
	}

	// Read-write root: the latest commitment does not have the property.
	e.setMounts(fixtures.MountinfoRW)
	att2 := e.commit().Attestation
	w = e.prove(e.proofBody("readonlyroot", ""), e.node)
	wantError(t, w, http.StatusUnprocessableEntity, fmt.Sprintf("commitment 0x%x) does not have the property readonlyroot: the committed state's \"/\" mount is not read-only", att2.ZKCommitment))

	mw := httptest.NewRecorder()
	e.agent.ServeHTTP(mw, httptest.NewRequest(http.MethodGet, PathMetrics, nil))
	for _, want := range []string{
		`vmattest_agent_proofs_generated_total{property="readonlyroot"} 1`,
		`vmattest_agent_proofs_refused_total{property="readonlyroot"} 1`,
		"vmattest_agent_proving_seconds_count 1",
		`vmattest_agent_requests_total{path="/v1/proofs",code="200"} 1`,
		`vmattest_agent_requests_total{path="/v1/proofs",code="422"} 1`,
	} {
		if !strings.Contains(mw.Body.String(), want) {
			t.Fatalf("metrics lack %q:\n%s", want, mw.Body)
		}
	}

	// After a restart the stored opening is used: still the latest, read-write one.
	e2 := newProofEnv(t, keysDir, dir)
	e2.nonce.Store(1000)
	wantError(t, e2.prove(e2.proofBody("readonlyroot", ""), e2.node), http.StatusUnprocessableEntity, fmt.Sprintf("0x%x", att2.ZKCommitment))
}

func TestProofRequests(t *testing.T) {
	e := newProofEnv(t, t.TempDir(), "") // no keys in it: nothing here gets as far as proving
	other := mustKey(t, "someone else")

	// No commitment yet.
	wantError(t, e.prove(e.proofBody("readonlyroot", ""), e.node), http.StatusNotFound,
		"no commitment for this VM and subset: request an attestation with commit=true first")
	// An attestation without commit=true does not make one.
	e.attest(e.request())
	replayed := e.proofBody("readonlyroot", "")
	wantError(t, e.prove(replayed, e.node), http.StatusNotFound, "no commitment")
	wantError(t, e.prove(replayed, e.node), http.StatusConflict, "replayed nonce")

	att := e.commit()
	var cfgDigest string
	for _, r := range att.Regions {
		if r.Name == "config" {
			cfgDigest = r.Digest
		}
	}
	other32 := "0x" + strings.Repeat("ab", 32)
	tests := []struct {
		name string
		body []byte
		key  *ecdsa.PrivateKey
		code int
		msg  string
	}{
		{"unsigned", e.proofBody("readonlyroot", ""), nil, 401, "missing X-Vmattest-Signature"},
		{"signer not allowed", e.proofBody("readonlyroot", ""), other, 403, "not an allowed oracle node"},
		{"unknown property", e.proofBody("writableroot", ""), e.node, 400, `field "property": unknown property "writableroot"`},
		{"unknown field", e.proofBody("readonlyroot", `,"extra":1`), e.node, 400, `field "extra": unknown field`},
		{"region on readonlyroot", e.proofBody("readonlyroot", `,"region":"config"`), e.node, 400, `field "region": only for property goldendigest`},
		{"golden on readonlyroot", e.proofBody("readonlyroot", `,"golden":[]`), e.node, 400, `field "golden": only for property goldendigest`},
		{"goldendigest without region", e.proofBody("goldendigest", `,"golden":["`+other32+`"]`), e.node, 400, `field "region": missing`},
		{"goldendigest without golden", e.proofBody("goldendigest", `,"region":"config"`), e.node, 400, `field "golden": missing`},
		{"empty golden", e.proofBody("goldendigest", `,"region":"config","golden":[]`), e.node, 400, `field "golden": 0 digests`},
		{"golden not an array", e.proofBody("goldendigest", `,"region":"config","golden":"x"`), e.node, 400, `field "golden": want an array`},
		{"short golden digest", e.proofBody("goldendigest", `,"region":"config","golden":["`+other32+`","0x12"]`), e.node, 400, `field "golden[1]": want 32 bytes`},
		{"repeated golden digest", e.proofBody("goldendigest", `,"region":"config","golden":["`+other32+`","`+other32+`"]`), e.node, 400, `field "golden": golden digest 1 repeats digest 0`},
		{"duplicate key", e.proofBody("readonlyroot", `,"property":"readonlyroot"`), e.node, 400, `field "property": appears more than once`},
		{"digest not golden", e.proofBody("goldendigest", `,"region":"config","golden":["`+other32+`"]`), e.node, 422, "does not have the property goldendigest: the region's digest is not in the golden set"},
		{"no such region", e.proofBody("goldendigest", `,"region":"nope","golden":["`+other32+`"]`), e.node, 422, "does not have the property goldendigest"},
		{"golden digest but no keys", e.proofBody("goldendigest", `,"region":"config","golden":["`+other32+`","`+cfgDigest+`"]`), e.node, 500, "failed to load the goldendigest proving keys"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantError(t, e.prove(tc.body, tc.key), tc.code, tc.msg)
		})
	}
	// Stale and unknown subset, as for attestations.
	stale := e.proofBody("readonlyroot", "")
	e.clock.Add(31)
	wantError(t, e.prove(stale, e.node), http.StatusBadRequest, "stale timestamp")
	b := bytes.Replace(e.proofBody("readonlyroot", ""), fmt.Appendf(nil, "0x%x", e.subsetID), fmt.Appendf(nil, "0x%064x", 9), 1)
	wantError(t, e.prove(b, e.node), http.StatusNotFound, "unknown subset")
}

func TestProofsNotConfigured(t *testing.T) {
	e := newProofEnv(t, "", "")
	e.commit()
	wantError(t, e.prove(e.proofBody("readonlyroot", ""), e.node), http.StatusNotFound, "proofs not configured")
	if w := e.do(body(e.request()), e.node); w.Code != http.StatusOK {
		t.Fatalf("attestations still served: %d %s", w.Code, w.Body)
	}
}

func TestConfigZKKeysDir(t *testing.T) {
	e := newProofEnv(t, "", "")
	c := e.cfg
	c.ZKKeysDir = filepath.Join(t.TempDir(), "missing")
	if err := c.Check(); err == nil || !strings.Contains(err.Error(), "ZKKeysDir") {
		t.Fatalf("missing keys dir: %v", err)
	}
	c.ZKKeysDir = e.file
	if err := c.Check(); err == nil || !strings.Contains(err.Error(), "not a directory") {
		t.Fatalf("keys dir is a file: %v", err)
	}
	c.ZKKeysDir = t.TempDir()
	if err := c.Check(); err != nil {
		t.Fatal(err)
	}
}
