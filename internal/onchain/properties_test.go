package onchain

import (
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/vmattest/vmattest/internal/bindings/properties"
	"github.com/vmattest/vmattest/internal/bindings/verifier"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/zkcommit"
	"github.com/vmattest/vmattest/internal/zkproof"
)

// deployArtifact deploys a contract from forge's build output (make test builds the contracts first).
func (c *testChain) deployArtifact(name string, args []byte) common.Address {
	c.t.Helper()
	code, err := ArtifactBytecode(filepath.Join("..", "..", "out"), name)
	if err != nil {
		if os.Getenv("CI") != "" {
			c.t.Fatalf("forge artifact missing in CI: %v", err)
		}
		c.t.Skipf("skipped: %v", err)
	}
	addr, tx, err := bind.DeployContract(c.admin, append(code, args...), c.client, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	if _, err := Wait(c.t.Context(), c.client, tx, func() { c.sim.Commit() }); err != nil {
		c.t.Fatal(err)
	}
	return addr
}

// TestProvePropertyThroughGo is vmattest prove --submit's path: the deployed verifier's key is checked
// against the local keys, then the committed readonlyroot proof (testdata/zk) is submitted for an
// attestation of its commitment, and hasProperty answers true.
func TestProvePropertyThroughGo(t *testing.T) {
	c := newTestChain(t)
	verifierAddr := c.deployArtifact("ReadOnlyRootVerifier", nil)

	var vinfo struct {
		Verifiers []struct {
			Property         string `json:"property"`
			VerifyingKeyHash string `json:"verifyingKeyHash"`
		} `json:"verifiers"`
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "zk", "verifiers.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &vinfo); err != nil {
		t.Fatal(err)
	}
	vkHash := common.HexToHash(vinfo.Verifiers[0].VerifyingKeyHash)
	if vinfo.Verifiers[0].Property != "readonlyroot" {
		t.Fatalf("verifiers.json starts with %q", vinfo.Verifiers[0].Property)
	}
	if err := CheckDeployedVerifier(t.Context(), c.client, verifierAddr, vkHash); err != nil {
		t.Fatalf("the deployed dev verifier does not match the dev keys: %v", err)
	}
	if err := CheckDeployedVerifier(t.Context(), c.client, verifierAddr, common.Hash{1}); !errors.Is(err, ErrVerifierMismatch) {
		t.Fatalf("other keys: %v, want ErrVerifierMismatch", err)
	}
	if err := CheckDeployedVerifier(t.Context(), c.client, c.dep.Registry, vkHash); err == nil {
		t.Fatal("the key registry was taken for a Groth16 verifier")
	}

	// The property registry, with the verifier accepted for readonlyroot.
	pABI := properties.NewPropertyRegistry()
	regAddr := c.deployArtifact("PropertyRegistry", pABI.PackConstructor(c.dep.Verifier, big.NewInt(0), c.admin.From))
	preg := pABI.Instance(c.client, regAddr)
	role := call(c, preg, pABI.PackVERIFIERADMINROLE(), pABI.UnpackVERIFIERADMINROLE)
	c.mustSend(preg, pABI.PackGrantRole(role, c.admin.From))
	c.mustSend(preg, pABI.PackSetVerifier(zkproof.ReadOnlyRoot.ID, verifierAddr, uint8(zkproof.ReadOnlyRoot.NumPublic())))

	// An attestation whose commitment is the proof's, by the VM, of the subset and under the algorithm its
	// header binds (the commitment test vector's).
	pr, err := zkproof.LoadProof(filepath.Join("..", "..", "testdata", "zk", "readonlyroot.proof.json"))
	if err != nil {
		t.Fatal(err)
	}
	h := vectorHeader(t)
	policy := verifier.SubsetPolicy{AllowedAlgorithms: AlgorithmMask(protocol.HashAlgs()...), MaxAge: testMaxAge, MaxFutureSkew: testMaxSkew}
	c.mustSend(c.ver, c.verABI.PackApproveSubset(h.SubsetID, policy, "zk-vector", "1", "file://zk-vector.yaml"))
	vm := h.VMID
	key := c.newKey(vm)
	a := c.attestation(vm, 1, "state")
	a.SubsetID, a.HashAlg, a.ZKCommitment = h.SubsetID, h.HashAlg, pr.Commitment
	if _, err := c.submit(c.sign(key, a)); err != nil {
		t.Fatal(err)
	}
	proof, inputs := pr.RegistryArgs()
	if _, err := c.send(preg, PackProveProperty(vm, h.SubsetID, zkproof.ReadOnlyRoot.ID, verifierAddr, proof, inputs)); err != nil {
		t.Fatalf("proveProperty: %v", err)
	}
	if !call(c, preg, pABI.PackHasProperty(vm, h.SubsetID, zkproof.ReadOnlyRoot.ID, big.NewInt(600)), pABI.UnpackHasProperty) {
		t.Fatal("hasProperty = false after a valid proof")
	}
	// A tampered proof is refused. (The exact error, InvalidProof, is asserted by the forge test
	// PropertyRegistryRealTest, which caps the gas: a tampered point makes the pairing precompile burn all the
	// gas it is given, so an uncapped call can end without revert data.)
	before := call(c, preg, pABI.PackPropertyRecord(vm, h.SubsetID, zkproof.ReadOnlyRoot.ID), pABI.UnpackPropertyRecord)
	proof[1] = new(big.Int).Add(proof[1], big.NewInt(1))
	if _, err := c.send(preg, PackProveProperty(vm, h.SubsetID, zkproof.ReadOnlyRoot.ID, verifierAddr, proof, inputs)); err == nil {
		t.Fatal("a tampered proof was accepted")
	}
	if after := call(c, preg, pABI.PackPropertyRecord(vm, h.SubsetID, zkproof.ReadOnlyRoot.ID), pABI.UnpackPropertyRecord); after != before {
		t.Fatalf("a refused proof changed the record: %+v -> %+v", before, after)
	}
}

// vectorHeader returns the header of the commitment test vector (testdata/zk/commitment.json), which the
// committed proofs are bound to.
func vectorHeader(t *testing.T) zkcommit.Header {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "zk", "commitment.json"))
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Opening json.RawMessage `json:"opening"`
	}
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	o, err := zkcommit.ParseOpening(v.Opening)
	if err != nil {
		t.Fatal(err)
	}
	return o.Header()
}

// TestCheckVerifierSetup: the development verifier says it is insecure; it is accepted on a devnet chain id
// and refused (ErrInsecureVerifier) on chain id 1; a contract without setupIdentity is refused there too.
func TestCheckVerifierSetup(t *testing.T) {
	c := newTestChain(t)
	dev := c.deployArtifact("ReadOnlyRootVerifier", nil)
	h, err := CheckVerifierSetup(t.Context(), c.client, dev, big.NewInt(31337))
	if err != nil {
		t.Fatalf("devnet: %v", err)
	}
	if err := CheckDeployedVerifier(t.Context(), c.client, dev, h); err != nil {
		t.Fatalf("setupIdentity's verifying key hash is not verifyingKeyHash(): %v", err)
	}
	if _, err := CheckVerifierSetup(t.Context(), c.client, dev, big.NewInt(1)); !errors.Is(err, ErrInsecureVerifier) {
		t.Fatalf("chain id 1: %v, want ErrInsecureVerifier", err)
	}
	if _, err := CheckVerifierSetup(t.Context(), c.client, c.dep.Registry, big.NewInt(1)); !errors.Is(err, ErrInsecureVerifier) {
		t.Fatalf("no setupIdentity on chain id 1: %v, want ErrInsecureVerifier", err)
	}
}
