package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/internal/agentapi"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/subset"
)

func freePort(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// TestAgentCommand runs `vmattest agent` from a configuration file, asks it for an attestation with a signed
// request of an allowed node, verifies the answer, and stops it.
func TestAgentCommand(t *testing.T) {
	dir := t.TempDir()
	const verifierAddr = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
	if _, err := run(t, "keys", "generate", "--tee", "software", "--dir", filepath.Join(dir, "key"), "--chain-id", "31337", "--registry", verifierAddr); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "data"), []byte("keeper config"), 0o644)
	os.WriteFile(filepath.Join(dir, "subset.yaml"), []byte(fmt.Sprintf("name: s\nversion: '1'\nregions:\n  - name: cfg\n    file: {path: %s}\n", filepath.Join(dir, "data"))), 0o644)
	m, err := subset.Load(filepath.Join(dir, "subset.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	node, _ := crypto.GenerateKey()
	addr := freePort(t)
	const vm = "0b5e9a52-5a57-4c1f-9f35-3b0c2f1f4a6e"
	cfg := fmt.Sprintf(`listen: %s
stateDir: state
chainId: 31337
verifier: %s
key: {tee: software, dir: key}
allowedNodes: [%s]
vms:
  - id: %s
    subsets: [subset.yaml]
`, addr, verifierAddr, crypto.PubkeyToAddress(node.PublicKey).Hex(), vm)
	cfgPath := filepath.Join(dir, "agent.yaml")
	os.WriteFile(cfgPath, []byte(cfg), 0o644)

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		cmd := newRootCmd()
		cmd.SetArgs([]string{"agent", "--config", cfgPath})
		cmd.SetOut(new(bytes.Buffer))
		done <- cmd.ExecuteContext(ctx)
	}()
	defer cancel()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if r, err := http.Get("http://" + addr + "/healthz"); err == nil {
			r.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the agent did not start")
		}
	}
	vmID, err := protocol.ParseVMID(vm)
	if err != nil {
		t.Fatal(err)
	}
	client := &agentapi.Client{URL: "http://" + addr, Sign: func(d []byte) ([]byte, error) { return crypto.Sign(d, node) }}
	req := agentapi.Request{VMID: vmID, SubsetID: m.ID(), HashAlg: protocol.HashSHA256, Timestamp: uint64(time.Now().Unix())}
	copy(req.Nonce[:], bytes.Repeat([]byte{0xab}, agentapi.NonceSize))
	out, err := client.Attest(context.Background(), req)
	if err != nil {
		t.Fatalf("POST /v1/attestations: %v", err)
	}
	if err := out.Attestation.Verify(protocol.NewDomain(31337, common.HexToAddress(verifierAddr)), out.Signer); err != nil || out.Attestation.Sequence != 1 {
		t.Fatalf("attestation %+v: %v", out.Attestation, err)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("agent stopped with %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the agent did not stop")
	}
	// Configuration errors name the field.
	bad := strings.Replace(cfg, "id: "+vm, "id: not-a-uuid", 1)
	os.WriteFile(cfgPath, []byte(bad), 0o644)
	if _, err := run(t, "agent", "--config", cfgPath); err == nil || !strings.Contains(err.Error(), "vms[0].id") {
		t.Fatalf("bad vm id: %v", err)
	}
	os.WriteFile(cfgPath, []byte(cfg+"colour: blue\n"), 0o644)
	if _, err := run(t, "agent", "--config", cfgPath); err == nil || !strings.Contains(err.Error(), "colour") {
		t.Fatalf("unknown field: %v", err)
	}
}
