package oracle

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/internal/agent"
	"github.com/vmattest/vmattest/internal/collect"
	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/subset"
	"github.com/vmattest/vmattest/internal/testsupport/devkeys"
	"github.com/vmattest/vmattest/internal/testsupport/fixtures"
	"github.com/vmattest/vmattest/internal/zkproof"
	"github.com/vmattest/vmattest/oracle/nodeapi"
)

func TestMain(m *testing.M) {
	logger.Disable() // gnark logs to stdout
	os.Exit(m.Run())
}

// deployArtifact deploys a contract from forge's build output (make contracts).
func (e *env) deployArtifact(name string, args []byte) common.Address {
	e.t.Helper()
	code, err := onchain.ArtifactBytecode(filepath.Join("..", "out"), name)
	if err != nil {
		if os.Getenv("CI") != "" {
			e.t.Fatalf("forge artifact missing in CI: %v", err)
		}
		e.t.Skipf("skipped: %v", err)
	}
	return e.deploy(append(code, args...))
}

// deploy deploys creation code from the admin.
func (e *env) deploy(code []byte) common.Address {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	addr, _, err := onchain.DeployCode(ctx, e.client, e.admin, code, func() { e.sim.Commit() })
	if err != nil {
		e.t.Fatal(err)
	}
	return addr
}

// properties reads the property registry.
func (pe *propEnv) properties() onchain.PropertiesReader {
	return onchain.PropertiesReader{Caller: pe.client, Address: pe.registry}
}

// propEnv is an env with the PropertyRegistry and the ReadOnlyRootVerifier deployed (the verifier accepted
// for readonlyroot), and a second subset: pid 1's mount table in a fake /proc, approved on the verifier.
type propEnv struct {
	*env
	keysDir  string
	registry common.Address
	rorVer   common.Address
	mounts   *subset.Manifest
}

func newPropEnv(t *testing.T) *propEnv {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: the readonlyroot development setup (zkproof.DevSetup) takes about ten seconds")
	}
	e := newEnv(t)
	pe := &propEnv{env: e}
	pe.rorVer = e.deployArtifact("ReadOnlyRootVerifier", nil)
	pe.registry = e.deploy(onchain.PropertiesCreation(e.dep.Verifier, 0, e.admin.From))
	role, err := pe.properties().VerifierAdminRole(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	e.send(pe.registry, onchain.PackGrantRole(role, e.admin.From))
	e.send(pe.registry, onchain.PackSetVerifier(zkproof.ReadOnlyRoot.ID, pe.rorVer, uint8(zkproof.ReadOnlyRoot.NumPublic())))
	// The shared development keys: they match out/ReadOnlyRootVerifier (the dev setup is deterministic).
	pe.keysDir = devkeys.Dir(t, zkproof.ReadOnlyRoot.Circuit)
	pe.mounts = &subset.Manifest{Schema: subset.Schema, Name: "node-proof-test", Version: "1",
		Regions: []subset.Region{{Name: "mounts", Mounts: &subset.MountsSpec{Process: subset.ProcessSelector{PID: 1}}}}}
	if err := pe.mounts.Validate(); err != nil {
		t.Fatal(err)
	}
	policy := onchain.SubsetPolicy{Algorithms: protocol.HashAlgs(), MaxAge: 3600, MaxFutureSkew: 300}
	e.send(e.dep.Verifier, onchain.PackApproveSubset(pe.mounts.ID(), policy, "node-proof-test", "1", "file://node-proof-test.yaml"))
	return pe
}

// startProofAgent runs an agent for vm whose subset is the mount table of a fake /proc with mountinfo.
func (pe *propEnv) startProofAgent(vm protocol.VMID, signer protocol.Signer, mountinfo string) string {
	t := pe.t
	t.Helper()
	proc := filepath.Join(t.TempDir(), "proc")
	if err := os.MkdirAll(filepath.Join(proc, "1"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(proc, "1", "mountinfo"), []byte(mountinfo), 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := agent.New(agent.Config{
		VMs: map[protocol.VMID]agent.VMConfig{vm: {
			Subsets:     map[[32]byte]*subset.Manifest{pe.mounts.ID(): pe.mounts},
			AllowedAlgs: []protocol.HashAlg{protocol.HashBLAKE3},
		}},
		AllowedNodes: []common.Address{crypto.PubkeyToAddress(pe.operator.PublicKey)},
		Window:       time.Hour,
		Domain:       protocol.NewDomain(pe.chainID.Uint64(), pe.dep.Verifier),
		StateDir:     t.TempDir(),
		ZKKeysDir:    pe.keysDir,
	}, agent.Deps{Signer: signer, Logger: slog.New(slog.NewJSONHandler(io.Discard, nil)),
		Collect: collect.Options{ProcRoot: proc, RootMountID: fixtures.FakeRootMount}})
	if err != nil {
		t.Fatal(err)
	}
	srv := agent.NewServer(a, agent.ServerOptions{Addr: "127.0.0.1:0"})
	if err := srv.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Stop(context.Background()) })
	return "http://" + srv.Addr().String()
}

func (pe *propEnv) hasProperty(vm protocol.VMID) bool {
	pe.t.Helper()
	ok, err := pe.properties().HasProperty(context.Background(), vm, pe.mounts.ID(), zkproof.ReadOnlyRoot.ID, 3600)
	if err != nil {
		pe.t.Fatal(err)
	}
	return ok
}

// TestPropertiesProven: a VM with a read-only "/" gets readonlyroot proven on chain; a VM whose "/" is
// read-write is refused by its agent, and GET /v1/vms/{id} says why.
func TestPropertiesProven(t *testing.T) {
	pe := newPropEnv(t)
	vmRO, vmRW := vmID(1), vmID(2)
	kRO, kRW := pe.registerKey(vmRO), pe.registerKey(vmRW)
	uRO := pe.startProofAgent(vmRO, kRO, fixtures.MountinfoRO)
	uRW := pe.startProofAgent(vmRW, kRW, fixtures.MountinfoRW)
	pe.startMining()
	cfg := pe.config(t.TempDir())
	cfg.PropertyRegistry = pe.registry
	cfg.AgentTimeout = 60 * time.Second
	sid := pe.mounts.ID()
	for _, v := range []struct {
		id  protocol.VMID
		url string
		key common.Address
	}{{vmRO, uRO, kRO.Address()}, {vmRW, uRW, kRW.Address()}} {
		vc := vmConfig(v.id, v.url, v.key, sid, time.Hour)
		vc.Properties = []PropertyConfig{{Name: "readonlyroot", Subset: sid, Verifier: pe.rorVer}}
		cfg.VMs = append(cfg.VMs, vc)
	}
	n := pe.startNode(cfg)
	for _, vm := range []protocol.VMID{vmRO, vmRW} {
		if code := do(t, n, "POST", "/v1/vms/"+vm.String()+"/attest", testToken, nil, nil); code != http.StatusAccepted {
			t.Fatalf("attest %s: %d", vm, code)
		}
	}
	deadline := time.Now().Add(90 * time.Second)
	var ro, rw nodeapi.VMResponse
	for {
		if code := do(t, n, "GET", "/v1/vms/"+vmRO.String(), testToken, nil, &ro); code != 200 {
			t.Fatalf("vm: %d", code)
		}
		if code := do(t, n, "GET", "/v1/vms/"+vmRW.String(), testToken, nil, &rw); code != 200 {
			t.Fatalf("vm: %d", code)
		}
		if len(ro.Properties) == 1 && ro.Properties[0].Proven && len(rw.Properties) == 1 && rw.Properties[0].LastError != "" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out: read-only %+v, read-write %+v", ro.Properties, rw.Properties)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if ro.Subsets[0].OnChain == nil || ro.Subsets[0].OnChain.ZKCommitment == (common.Hash{}) {
		t.Fatalf("no commitment on chain: %+v", ro.Subsets[0])
	}
	if !pe.hasProperty(vmRO) {
		t.Fatal("hasProperty(read-only VM) = false")
	}
	if ro.Properties[0].LastError != "" || ro.Properties[0].Name != "readonlyroot" || ro.Properties[0].Subset != common.Hash(sid) {
		t.Fatalf("read-only VM: %+v", ro.Properties[0])
	}
	if p := rw.Properties[0]; p.Proven || !strings.Contains(p.LastError, "does not have the property") {
		t.Fatalf("read-write VM: %+v", p)
	}
	if pe.hasProperty(vmRW) {
		t.Fatal("hasProperty(read-write VM) = true")
	}
	if n.metrics.propertiesProven.Load() != 1 || n.metrics.propertiesRefused.Load() != 1 {
		t.Fatalf("metrics: proven %d, refused %d, failed %d", n.metrics.propertiesProven.Load(),
			n.metrics.propertiesRefused.Load(), n.metrics.propertiesFailed.Load())
	}
}

// TestPropertiesConfig: Check names the bad property fields.
func TestPropertiesConfig(t *testing.T) {
	op, _ := crypto.GenerateKey()
	vmKey, _ := crypto.GenerateKey()
	sid := [32]byte{1}
	base := func() Config {
		return Config{DataDir: "d", Listen: ":0", ChainID: 1, Verifier: common.Address{1}, Registry: common.Address{2},
			PropertyRegistry: common.Address{3}, OperatorKey: op,
			VMs: []VMConfig{{ID: vmID(1), AgentURL: "http://127.0.0.1:1", ExpectedKey: crypto.PubkeyToAddress(vmKey.PublicKey),
				Subsets: [][32]byte{sid}, HashAlg: protocol.HashBLAKE3,
				Properties: []PropertyConfig{{Name: "readonlyroot", Subset: sid, Verifier: common.Address{4}}}}}}
	}
	if err := base().Check(); err != nil {
		t.Fatalf("valid config: %v", err)
	}
	for field, mod := range map[string]func(*Config){
		"PropertyRegistry":            func(c *Config) { c.PropertyRegistry = common.Address{} },
		"VMs[0].Properties[0].Name":   func(c *Config) { c.VMs[0].Properties[0].Name = "nope" },
		"VMs[0].Properties[0].Subset": func(c *Config) { c.VMs[0].Properties[0].Subset = [32]byte{9} },
		"VMs[0].Properties[0].Verifier": func(c *Config) {
			c.VMs[0].Properties[0].Verifier = common.Address{}
		},
		"VMs[0].Properties[0].Region": func(c *Config) { c.VMs[0].Properties[0].Region = "config" },
		"VMs[0].Properties[0].Golden": func(c *Config) { c.VMs[0].Properties[0].Golden = [][32]byte{{1}} },
		"VMs[0].Properties[1].Name": func(c *Config) {
			c.VMs[0].Properties = append(c.VMs[0].Properties, c.VMs[0].Properties[0])
		},
	} {
		c := base()
		c.VMs[0].Properties = append([]PropertyConfig(nil), c.VMs[0].Properties...)
		mod(&c)
		err := c.Check()
		var ce *ConfigError
		if !asConfigError(err, &ce) || ce.Field != field {
			t.Errorf("%s: got %v", field, err)
		}
	}
	// goldendigest needs a region and golden digests.
	c := base()
	c.VMs[0].Properties = []PropertyConfig{{Name: "goldendigest", Subset: sid, Verifier: common.Address{4}, Golden: [][32]byte{{1}}}}
	var ce *ConfigError
	if err := c.Check(); !asConfigError(err, &ce) || ce.Field != "VMs[0].Properties[0].Region" {
		t.Errorf("goldendigest without region: %v", err)
	}
	c.VMs[0].Properties[0].Region = "config"
	if err := c.Check(); err != nil {
		t.Errorf("goldendigest: %v", err)
	}
}

func asConfigError(err error, ce **ConfigError) bool {
	e, ok := err.(*ConfigError)
	if ok {
		*ce = e
	}
	return ok
}
