package oracle

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/vmattest/vmattest/internal/agent"
	"github.com/vmattest/vmattest/internal/bindings/registry"
	"github.com/vmattest/vmattest/internal/bindings/verifier"
	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/subset"
)

// withOsakaRules runs the simulated chain on Osaka (copied from internal/onchain's tests).
func withOsakaRules(_ *node.Config, ethConf *ethconfig.Config) {
	cfg := *ethConf.Genesis.Config
	cfg.AmsterdamTime, cfg.BogotaTime = nil, nil
	ethConf.Genesis.Config = &cfg
}

// env is a simulated chain with the contracts deployed, a funded operator, and a miner committing blocks.
type env struct {
	t        testing.TB
	sim      *simulated.Backend
	client   simulated.Client
	admin    *bind.TransactOpts
	chainID  *big.Int
	dep      onchain.Deployment
	operator *ecdsa.PrivateKey
	manifest *subset.Manifest
	subsetID [32]byte
	mining   bool
	stopMine chan struct{}
	mineWG   sync.WaitGroup
}

func newEnv(t testing.TB) *env {
	t.Helper()
	adminKey, _ := crypto.GenerateKey()
	operator, _ := crypto.GenerateKey()
	adminAddr := crypto.PubkeyToAddress(adminKey.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{
		adminAddr: {Balance: new(big.Int).Lsh(big.NewInt(1), 100)},
		crypto.PubkeyToAddress(operator.PublicKey): {Balance: new(big.Int).Lsh(big.NewInt(1), 100)},
	}, simulated.WithBlockGasLimit(60_000_000), withOsakaRules)
	client := sim.Client()
	chainID, err := client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	opts := bind.NewKeyedTransactor(adminKey, chainID)
	dep, err := onchain.Deploy(context.Background(), client, opts, adminAddr, 0, func() { sim.Commit() })
	if err != nil {
		t.Fatalf("Deploy: %v", err)
	}
	e := &env{t: t, sim: sim, client: client, admin: opts, chainID: chainID, dep: dep, operator: operator, stopMine: make(chan struct{})}
	t.Cleanup(func() {
		e.stopMining()
		_ = sim.Close()
	})
	e.setUp(adminAddr)
	return e
}

// setUp approves the test subset (one file) and grants admin the registrar and policy roles.
func (e *env) setUp(admin common.Address) {
	t := e.t
	t.Helper()
	// A subset: one file.
	file := filepath.Join(t.TempDir(), "config")
	if err := os.WriteFile(file, []byte("max_fee = 42\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	e.manifest = &subset.Manifest{Schema: subset.Schema, Name: "node-test", Version: "1",
		Regions: []subset.Region{{Name: "config", File: &subset.FileSpec{Path: file}}}}
	if err := e.manifest.Validate(); err != nil {
		t.Fatal(err)
	}
	e.subsetID = e.manifest.ID()
	// onchain.Deploy made admin the registry's only registrar.
	policyRole, err := onchain.VerifierReader{Caller: e.client, Address: e.dep.Verifier}.PolicyRole(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	e.send(e.dep.Verifier, onchain.PackGrantRole(policyRole, admin))
	policy := onchain.SubsetPolicy{Algorithms: protocol.HashAlgs(), MaxAge: 3600, MaxFutureSkew: 300}
	e.send(e.dep.Verifier, onchain.PackApproveSubset(e.subsetID, policy, "node-test", "1", "file://node-test.yaml"))
}

func (e *env) call(to common.Address, data []byte) []byte {
	e.t.Helper()
	out, err := e.client.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		e.t.Fatalf("call: %v", onchain.DecodeRevert(err))
	}
	return out
}

// send sends a tx from the admin and waits for it (committing itself unless the miner runs).
func (e *env) send(to common.Address, data []byte) {
	e.t.Helper()
	var mine onchain.Miner
	if !e.mining {
		mine = func() { e.sim.Commit() }
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := onchain.Transact(ctx, e.client, e.admin, to, data, mine); err != nil {
		e.t.Fatalf("send: %v", err)
	}
}

func (e *env) now() uint64 {
	h, err := e.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

// registerKey makes an attestation key and approves it for vm on chain.
func (e *env) registerKey(vm protocol.VMID) *protocol.InsecureKeySigner {
	e.t.Helper()
	k, _ := crypto.GenerateKey()
	s := protocol.NewInsecureKeySigner(k)
	e.send(e.dep.Registry, onchain.PackApproveKey(registry.KeyRegistration{
		Key: s.Address(), VmId: vm, ExpiresAt: e.now() + 86400,
		EvidenceHash: crypto.Keccak256Hash([]byte("evidence"), s.Address().Bytes()), Measurement: make([]byte, 48),
	}))
	return s
}

// startMining commits a block every 20 ms until the test ends.
func (e *env) startMining() {
	e.mining = true
	e.mineWG.Add(1)
	go func() {
		defer e.mineWG.Done()
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-e.stopMine:
				return
			case <-t.C:
				e.sim.Commit()
			}
		}
	}()
}

func (e *env) stopMining() {
	if e.mining {
		close(e.stopMine)
		e.mineWG.Wait()
		e.mining = false
	}
}

func vmID(i int) protocol.VMID {
	var id protocol.VMID
	copy(id[:], crypto.Keccak256([]byte(fmt.Sprint("vm", i))))
	return id
}

// startAgent runs a real agent for vm on loopback, signing with signer, with its clock offset by skew.
func (e *env) startAgent(vm protocol.VMID, signer protocol.Signer, skew time.Duration) string {
	e.t.Helper()
	a, err := agent.New(agent.Config{
		VMs: map[protocol.VMID]agent.VMConfig{vm: {
			Subsets:     map[[32]byte]*subset.Manifest{e.subsetID: e.manifest},
			AllowedAlgs: []protocol.HashAlg{protocol.HashBLAKE3, protocol.HashSHA256},
		}},
		AllowedNodes: []common.Address{crypto.PubkeyToAddress(e.operator.PublicKey)},
		Window:       time.Hour,
		Domain:       protocol.NewDomain(e.chainID.Uint64(), e.dep.Verifier),
		StateDir:     e.t.TempDir(),
	}, agent.Deps{Signer: signer, Now: func() time.Time { return time.Now().Add(skew) },
		Logger: slog.New(slog.NewJSONHandler(io.Discard, nil))})
	if err != nil {
		e.t.Fatal(err)
	}
	srv := agent.NewServer(a, agent.ServerOptions{Addr: "127.0.0.1:0"})
	if err := srv.Start(context.Background()); err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { _ = srv.Stop(context.Background()) })
	return "http://" + srv.Addr().String()
}

const testToken = "test-token-0123456789"

func tokenHash(tok string) string {
	s := sha256.Sum256([]byte(tok))
	return hex.EncodeToString(s[:])
}

// config is a node configuration for the env; VMs are added by the test.
func (e *env) config(dataDir string) Config {
	return Config{
		DataDir: dataDir, Listen: "127.0.0.1:0", ChainID: e.chainID.Uint64(),
		Verifier: e.dep.Verifier, Registry: e.dep.Registry, OperatorKey: e.operator,
		Clients:       []ClientConfig{{Name: "test", TokenSHA256: tokenHash(testToken), RatePerSecond: 100, Burst: 100}},
		BatchInterval: 100 * time.Millisecond, NumConfirmations: 1, TimestampTolerance: 2 * time.Minute,
		TxPollInterval: 20 * time.Millisecond, AgentTimeout: 10 * time.Second,
	}
}

func vmConfig(id protocol.VMID, url string, key common.Address, sid [32]byte, interval time.Duration) VMConfig {
	return VMConfig{ID: id, AgentURL: url, ExpectedKey: key, Subsets: [][32]byte{sid}, HashAlg: protocol.HashBLAKE3,
		Interval: interval, Jitter: interval / 4, MaxAge: time.Hour}
}

func (e *env) startNode(cfg Config) *Node {
	e.t.Helper()
	n, err := New(cfg, Deps{Backend: e.client, Logger: slog.New(slog.NewJSONHandler(io.Discard, nil))})
	if err != nil {
		e.t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := n.Start(ctx); err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { _ = n.Stop(context.Background()) })
	return n
}

func (e *env) latest(vm protocol.VMID) verifier.Record {
	e.t.Helper()
	r, err := onchain.VerifierReader{Caller: e.client, Address: e.dep.Verifier}.Latest(context.Background(), vm, e.subsetID)
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

// eventually polls cond every 20 ms for up to 15 s.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// do sends an API request with token (none when empty) and decodes a JSON answer into out (when not nil).
func do(t *testing.T, n *Node, method, path, token string, body []byte, out any) int {
	t.Helper()
	req, err := http.NewRequest(method, "http://"+n.Addr().String()+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			t.Fatalf("%s %s: %d %s: %v", method, path, resp.StatusCode, data, err)
		}
	}
	return resp.StatusCode
}
