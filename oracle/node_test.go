package oracle

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/internal/agentapi"
	"github.com/vmattest/vmattest/internal/enclave"
	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/outbox"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/oracle/nodeapi"
)

// TestScheduledTwoVMs: two remote agents on loopback; scheduled attestations of both reach the chain.
func TestScheduledTwoVMs(t *testing.T) {
	e := newEnv(t)
	vm1, vm2 := vmID(1), vmID(2)
	k1, k2 := e.registerKey(vm1), e.registerKey(vm2)
	u1, u2 := e.startAgent(vm1, k1, 0), e.startAgent(vm2, k2, 0)
	e.startMining()
	cfg := e.config(t.TempDir())
	cfg.VMs = []VMConfig{vmConfig(vm1, u1, k1.Address(), e.subsetID, 150*time.Millisecond),
		vmConfig(vm2, u2, k2.Address(), e.subsetID, 200*time.Millisecond)}
	n := e.startNode(cfg)
	confirmed := func(vm protocol.VMID) int {
		rs, err := n.Outbox().List(outbox.Filter{VM: &vm, State: outbox.StateConfirmed}, 0)
		if err != nil {
			t.Fatal(err)
		}
		return len(rs)
	}
	eventually(t, "both VMs attested on chain and confirmed in the outbox twice", func() bool {
		return e.latest(vm1).Sequence >= 2 && e.latest(vm2).Sequence >= 2 && confirmed(vm1) >= 2 && confirmed(vm2) >= 2
	})
	for _, vm := range []protocol.VMID{vm1, vm2} {
		rs, err := n.Outbox().List(outbox.Filter{VM: &vm, State: outbox.StateConfirmed}, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(rs) < 2 {
			t.Fatalf("vm %s: %d confirmed records in the outbox, want >= 2", vm, len(rs))
		}
		for _, r := range rs {
			if r.Confirmation.TxHash == (common.Hash{}) || r.Confirmation.BlockNumber == 0 {
				t.Fatalf("confirmed record without tx: %+v", r.Confirmation)
			}
		}
		if got := e.latest(vm).Signer; got != map[protocol.VMID]common.Address{vm1: k1.Address(), vm2: k2.Address()}[vm] {
			t.Fatalf("vm %s signed by %s on chain", vm, got)
		}
	}
	var body strings.Builder
	resp, err := http.Get("http://" + n.Addr().String() + PathMetrics)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	body.Write(b)
	for _, want := range []string{"vmattest_node_attestations_verified_total", "vmattest_node_queue_depth", "vmattest_node_gas_used_total"} {
		if !strings.Contains(body.String(), want) {
			t.Fatalf("metrics lack %s:\n%s", want, body.String())
		}
	}
	if strings.Contains(body.String(), "vmattest_node_gas_used_total 0\n") {
		t.Fatalf("no gas recorded:\n%s", body.String())
	}
}

// TestClientAPI: on-demand attestation through the client API, auth, errors and limits.
func TestClientAPI(t *testing.T) {
	e := newEnv(t)
	vm := vmID(1)
	k := e.registerKey(vm)
	u := e.startAgent(vm, k, 0)
	e.startMining()
	cfg := e.config(t.TempDir())
	cfg.VMs = []VMConfig{vmConfig(vm, u, k.Address(), e.subsetID, time.Hour)}
	cfg.Clients = append(cfg.Clients, ClientConfig{Name: "slow", TokenSHA256: tokenHash("slow-token"), RatePerSecond: 0.01, Burst: 2})
	cfg.MaxBody = 256
	n := e.startNode(cfg)

	var ar nodeapi.AttestResponse
	if code := do(t, n, "POST", "/v1/vms/"+vm.String()+"/attest", testToken, nil, &ar); code != http.StatusAccepted || len(ar.IDs) != 1 {
		t.Fatalf("attest: %d %+v", code, ar)
	}
	var got nodeapi.AttestationResponse
	eventually(t, "confirmed", func() bool {
		if code := do(t, n, "GET", "/v1/attestations/"+ar.IDs[0].String(), testToken, nil, &got); code != 200 {
			t.Fatalf("get: %d", code)
		}
		return got.State == "confirmed"
	})
	if got.TxHash == nil || *got.TxHash == (common.Hash{}) || got.BlockNumber == nil || got.Attestation.Attestation.VMID != vm {
		t.Fatalf("confirmed answer: %+v", got)
	}
	// With an explicit subset.
	if code := do(t, n, "POST", "/v1/vms/"+vm.String()+"/attest", testToken, []byte(`{"subsetId":"`+common.Hash(e.subsetID).Hex()+`"}`), &ar); code != http.StatusAccepted {
		t.Fatalf("attest with subset: %d", code)
	}
	var vr nodeapi.VMResponse
	eventually(t, "vm status shows sequence 2 on chain", func() bool {
		if code := do(t, n, "GET", "/v1/vms/"+vm.String(), testToken, nil, &vr); code != 200 {
			t.Fatalf("vm: %d", code)
		}
		s := vr.Subsets[0]
		return s.OnChain != nil && s.OnChain.Sequence == 2 && s.Latest != nil && s.Latest.State == "confirmed"
	})
	if !vr.Subsets[0].IsFresh {
		t.Fatalf("not fresh: %+v", vr.Subsets[0])
	}

	var er ErrorResponse
	path := "/v1/vms/" + vm.String() + "/attest"
	for _, c := range []struct {
		name, method, path, token, body string
		code                            int
	}{
		{"no token", "POST", path, "", "", 401},
		{"wrong token", "POST", path, "wrong", "", 401},
		{"unknown vm", "POST", "/v1/vms/" + vmID(99).String() + "/attest", testToken, "", 404},
		{"unknown vm get", "GET", "/v1/vms/" + vmID(99).String(), testToken, "", 404},
		{"bad vm id", "GET", "/v1/vms/nope", testToken, "", 400},
		{"unknown subset", "POST", path, testToken, `{"subsetId":"0x` + strings.Repeat("ab", 32) + `"}`, 404},
		{"bad body", "POST", path, testToken, `{"subset":1}`, 400},
		{"oversized body", "POST", path, testToken, `{"subsetId":"` + strings.Repeat("x", 400) + `"}`, 413},
		{"unknown attestation", "GET", "/v1/attestations/0x" + strings.Repeat("00", 32), testToken, "", 404},
		{"no token get", "GET", "/v1/attestations/" + ar.IDs[0].String(), "", "", 401},
	} {
		er = ErrorResponse{}
		if code := do(t, n, c.method, c.path, c.token, []byte(c.body), &er); code != c.code || er.Error == "" {
			t.Errorf("%s: %d %q, want %d with an error message", c.name, code, er.Error, c.code)
		}
	}
	// Rate limit: burst 2 then 429.
	for i := 0; i < 2; i++ {
		if code := do(t, n, "GET", "/v1/vms/"+vm.String(), "slow-token", nil, nil); code != 200 {
			t.Fatalf("slow client request %d: %d", i, code)
		}
	}
	if code := do(t, n, "GET", "/v1/vms/"+vm.String(), "slow-token", nil, &er); code != http.StatusTooManyRequests {
		t.Fatalf("rate limit: %d", code)
	}
	for _, p := range []string{PathHealth, PathReady} {
		if code := do(t, n, "GET", p, "", nil, nil); code != 200 {
			t.Fatalf("%s: %d", p, code)
		}
	}
}

// wrongVMAgent answers every request with an attestation of another VM signed by key.
func wrongVMAgent(t *testing.T, e *env, key protocol.Signer, other protocol.VMID) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a := protocol.Attestation{VMID: other, SubsetID: e.subsetID, HashAlg: protocol.HashBLAKE3,
			StateDigest: crypto.Keccak256Hash([]byte("x")), Timestamp: uint64(time.Now().Unix()), Sequence: 1}
		sa, err := protocol.Sign(r.Context(), protocol.NewDomain(e.chainID.Uint64(), e.dep.Verifier), a, key)
		if err != nil {
			t.Error(err)
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(agentapi.AttestResponse{Attestation: sa, Regions: []agentapi.RegionJSON{}})
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestRejections: answers with a wrong key, a wrong VM, a stale timestamp or an unregistered key are
// rejected, counted and not stored.
func TestRejections(t *testing.T) {
	e := newEnv(t)
	vms := []protocol.VMID{vmID(1), vmID(2), vmID(3), vmID(4)}
	keys := make([]*protocol.InsecureKeySigner, 3)
	for i := range keys {
		keys[i] = e.registerKey(vms[i])
	}
	rogue, _ := crypto.GenerateKey()
	rogueSigner := protocol.NewInsecureKeySigner(rogue)
	unregistered, _ := crypto.GenerateKey()
	unregSigner := protocol.NewInsecureKeySigner(unregistered)
	e.startMining()
	cfg := e.config(t.TempDir())
	cfg.VMs = []VMConfig{
		vmConfig(vms[0], e.startAgent(vms[0], rogueSigner, 0), keys[0].Address(), e.subsetID, time.Hour),           // wrong key
		vmConfig(vms[1], wrongVMAgent(t, e, keys[1], vms[0]), keys[1].Address(), e.subsetID, time.Hour),            // wrong vm
		vmConfig(vms[2], e.startAgent(vms[2], keys[2], -10*time.Minute), keys[2].Address(), e.subsetID, time.Hour), // stale
		vmConfig(vms[3], e.startAgent(vms[3], unregSigner, 0), unregSigner.Address(), e.subsetID, time.Hour),       // not on chain
	}
	n := e.startNode(cfg)
	reasons := []string{ReasonBadSignature, ReasonWrongVM, ReasonStale, ReasonKeyNotActive}
	for i, vm := range vms {
		var er ErrorResponse
		if code := do(t, n, "POST", "/v1/vms/"+vm.String()+"/attest", testToken, nil, &er); code != http.StatusBadGateway {
			t.Fatalf("vm %d: %d %q, want 502", i, code, er.Error)
		}
		if !strings.Contains(er.Error, reasons[i]) {
			t.Errorf("vm %d: error %q does not name %s", i, er.Error, reasons[i])
		}
		if got := n.Rejected(reasons[i]); got != 1 {
			t.Errorf("vm %d: %d rejections for %s, want 1", i, got, reasons[i])
		}
	}
	rs, err := n.Outbox().List(outbox.Filter{}, 0)
	if err != nil || len(rs) != 0 {
		t.Fatalf("outbox holds %d records (%v), want none", len(rs), err)
	}
	resp, err := http.Get("http://" + n.Addr().String() + PathMetrics)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), `vmattest_node_attestations_rejected_total{reason="stale"} 1`) {
		t.Fatalf("metrics:\n%s", b)
	}
}

// TestRestartExactlyOnce: items queued at stop reach the chain exactly once after a restart on the same data
// dir, including one left "submitted" to a transaction that never happened.
func TestRestartExactlyOnce(t *testing.T) {
	e := newEnv(t)
	vm := vmID(1)
	k := e.registerKey(vm)
	u := e.startAgent(vm, k, 0)
	e.startMining()
	dir := t.TempDir()
	cfg := e.config(dir)
	cfg.VMs = []VMConfig{vmConfig(vm, u, k.Address(), e.subsetID, time.Hour)}
	cfg.BatchInterval = time.Hour
	n1 := e.startNode(cfg)
	var ids []outbox.ID
	for i := 0; i < 3; i++ {
		var ar nodeapi.AttestResponse
		if code := do(t, n1, "POST", "/v1/vms/"+vm.String()+"/attest", testToken, nil, &ar); code != http.StatusAccepted {
			t.Fatalf("attest: %d", code)
		}
		ids = append(ids, ar.IDs...)
	}
	if err := n1.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !n1.Stopped() {
		t.Fatal("not stopped")
	}
	if got := e.latest(vm).Sequence; got != 0 {
		t.Fatalf("sequence %d on chain before restart", got)
	}
	// Simulate a crash after MarkSubmitted of a tx that was never broadcast.
	box, err := outbox.Open(dir + "/" + outbox.FileName)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := box.MarkSubmitted(ids[:1], common.HexToHash("0xdead"), 999); err != nil {
		t.Fatal(err)
	}
	if err := box.Close(); err != nil {
		t.Fatal(err)
	}

	cfg.BatchInterval = 100 * time.Millisecond
	n2 := e.startNode(cfg)
	eventually(t, "all confirmed", func() bool {
		for _, id := range ids {
			r, err := n2.Outbox().Get(id)
			if err != nil {
				t.Fatal(err)
			}
			if r.State != outbox.StateConfirmed {
				return false
			}
		}
		return true
	})
	if got := e.latest(vm).Sequence; got != 3 {
		t.Fatalf("sequence %d on chain, want 3", got)
	}
	// Exactly once: three AttestationSubmitted events for the VM.
	logs, err := e.client.FilterLogs(context.Background(), onchain.SubmittedByVMQuery(e.dep.Verifier, vm))
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) != 3 {
		t.Fatalf("%d AttestationSubmitted events, want 3", len(logs))
	}
	r0, _ := n2.Outbox().Get(ids[0])
	if r0.Confirmation.TxHash == common.HexToHash("0xdead") {
		t.Fatal("record confirmed with the never-sent tx")
	}
}

// TestFailingItemSetAside: an item that reverts on its own (unapproved subset) is marked failed with the
// error's name and does not block the others.
func TestFailingItemSetAside(t *testing.T) {
	e := newEnv(t)
	vm := vmID(1)
	k := e.registerKey(vm)
	u := e.startAgent(vm, k, 0)
	dir := t.TempDir()
	box, err := outbox.Open(dir + "/" + outbox.FileName)
	if err != nil {
		t.Fatal(err)
	}
	bad := protocol.Attestation{VMID: vm, SubsetID: protocol.SubsetID(crypto.Keccak256Hash([]byte("unapproved"))), HashAlg: protocol.HashBLAKE3,
		StateDigest: crypto.Keccak256Hash([]byte("s")), Timestamp: e.now(), Sequence: 1}
	sa, err := protocol.Sign(context.Background(), protocol.NewDomain(e.chainID.Uint64(), e.dep.Verifier), bad, k)
	if err != nil {
		t.Fatal(err)
	}
	badRec, _, err := box.Put(context.Background(), sa, outbox.Meta{Source: "test"})
	if err != nil {
		t.Fatal(err)
	}
	if err := box.Close(); err != nil {
		t.Fatal(err)
	}
	e.startMining()
	cfg := e.config(dir)
	cfg.VMs = []VMConfig{vmConfig(vm, u, k.Address(), e.subsetID, 100*time.Millisecond)}
	n := e.startNode(cfg)
	eventually(t, "good attestations on chain", func() bool { return e.latest(vm).Sequence >= 2 })
	r, err := n.Outbox().Get(badRec.ID)
	if err != nil {
		t.Fatal(err)
	}
	if r.State != outbox.StateFailed || r.FailReason != "SubsetNotApproved" {
		t.Fatalf("bad record: %s %q", r.State, r.FailReason)
	}
}

func TestConfigCheck(t *testing.T) {
	op, _ := crypto.GenerateKey()
	att, _ := crypto.GenerateKey()
	good := func() Config {
		return Config{DataDir: "/tmp/x", Listen: ":0", ChainID: 1, RPCURL: "http://127.0.0.1:8545",
			Verifier: common.Address{1}, Registry: common.Address{2}, OperatorKey: op,
			VMs: []VMConfig{{ID: vmID(1), AgentURL: "http://127.0.0.1:1", ExpectedKey: crypto.PubkeyToAddress(att.PublicKey),
				Subsets: [][32]byte{{1}}, HashAlg: protocol.HashBLAKE3, Interval: time.Minute, Jitter: time.Second}},
			Clients: []ClientConfig{{Name: "a", TokenSHA256: tokenHash("t")}}}
	}
	if err := good().Check(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		field string
		mut   func(*Config)
	}{
		{"DataDir", func(c *Config) { c.DataDir = "" }},
		{"Listen", func(c *Config) { c.Listen = "" }},
		{"ChainID", func(c *Config) { c.ChainID = 0 }},
		{"Verifier", func(c *Config) { c.Verifier = common.Address{} }},
		{"Registry", func(c *Config) { c.Registry = common.Address{} }},
		{"OperatorKey", func(c *Config) { c.OperatorKey = nil }},
		{"RPCURL", func(c *Config) { c.RPCURL = "::" }},
		{"VMs", func(c *Config) { c.VMs = nil }},
		{"BatchSize", func(c *Config) { c.BatchSize = 21 }},
		{"VMs[0].ID", func(c *Config) { c.VMs[0].ID = protocol.VMID{} }},
		{"VMs[0].AgentURL", func(c *Config) { c.VMs[0].AgentURL = "ftp://x" }},
		{"VMs[0].ExpectedKey", func(c *Config) { c.VMs[0].ExpectedKey = common.Address{} }},
		{"VMs[0].Subsets", func(c *Config) { c.VMs[0].Subsets = nil }},
		{"VMs[0].HashAlg", func(c *Config) { c.VMs[0].HashAlg = 9 }},
		{"VMs[0].Jitter", func(c *Config) { c.VMs[0].Jitter = time.Hour }},
		{"Clients[0].TokenSHA256", func(c *Config) { c.Clients[0].TokenSHA256 = "abc" }},
		{"Clients[0].Name", func(c *Config) { c.Clients[0].Name = "" }},
	} {
		cfg := good()
		c.mut(&cfg)
		err := cfg.Check()
		var ce *ConfigError
		if !errors.As(err, &ce) || ce.Field != c.field || !errors.Is(err, ErrConfig) {
			t.Errorf("%s: got %v", c.field, err)
		}
	}
	// The operator key may not be an expected attestation key.
	cfg := good()
	cfg.VMs[0].ExpectedKey = crypto.PubkeyToAddress(op.PublicKey)
	err := cfg.Check()
	var ce *ConfigError
	if !errors.Is(err, enclave.ErrSameKey) || !errors.As(err, &ce) || ce.Field != "VMs[0].ExpectedKey" {
		t.Fatalf("same key: %v", err)
	}
	if _, err := New(cfg, Deps{}); !errors.Is(err, enclave.ErrSameKey) {
		t.Fatalf("New with same key: %v", err)
	}
}
