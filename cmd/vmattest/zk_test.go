package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vmattest/vmattest/internal/collect"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/zkcommit"
)

// TestProveAndVerifyCommands proves readonlyroot for the test-vector state with development keys, verifies
// the proof, and checks the refusals: a proof about another commitment, a read-write root.
func TestProveAndVerifyCommands(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short: the development setup takes about 10 s")
	}
	dir := t.TempDir()
	keys := filepath.Join(dir, "keys")
	if _, err := run(t, "zk", "dev-keys", "--property", "readonlyroot", "--out", keys); err != nil {
		t.Fatal(err)
	}
	var vec struct {
		Opening json.RawMessage `json:"opening"`
		Root    string          `json:"root"`
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "zk", "commitment.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &vec); err != nil {
		t.Fatal(err)
	}
	state := filepath.Join(dir, "state.json")
	os.WriteFile(state, vec.Opening, 0o600)
	proof := filepath.Join(dir, "proof.json")
	out, err := run(t, "prove", "--property", "readonlyroot", "--state", state, "--keys", keys, "--out", proof)
	if err != nil || !strings.Contains(out, "proved readonlyroot") {
		t.Fatalf("prove = %q, %v", out, err)
	}
	if out, err := run(t, "proof", "verify", proof, "--keys", keys, "--commitment", vec.Root); err != nil || !strings.Contains(out, "ok: valid readonlyroot proof") {
		t.Fatalf("proof verify = %q, %v", out, err)
	}
	if _, err := run(t, "proof", "verify", proof, "--keys", keys, "--commitment", "0x"+strings.Repeat("11", 32)); err == nil || !strings.Contains(err.Error(), "the proof is about commitment") {
		t.Fatalf("proof verify against another commitment: %v", err)
	}
	// A state whose root is read-write: proving is refused, and the error says why.
	o, err := zkcommit.Build(zkcommit.Header{VMID: protocol.VMID{0x0b, 0x5e}, SubsetID: [32]byte{1}, HashAlg: protocol.HashSHA256}, []collect.MountFact{{MountPoint: "/", FSType: "ext4", Source: "/dev/vda", MountOptions: "rw"}}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := o.Write(state); err != nil {
		t.Fatal(err)
	}
	if _, err := run(t, "prove", "--property", "readonlyroot", "--state", state, "--keys", keys, "--out", proof); err == nil || !strings.Contains(err.Error(), "not read-only") {
		t.Fatalf("a state with a read-write root: %v, want a refusal saying the root is not read-only", err)
	}
}
