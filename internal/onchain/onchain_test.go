package onchain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/vmattest/vmattest/internal/bindings/registry"
	"github.com/vmattest/vmattest/internal/bindings/verifier"
	"github.com/vmattest/vmattest/internal/protocol"
)

// testChain is a simulated chain with the contracts deployed and one subset approved.
type testChain struct {
	t        *testing.T
	sim      *simulated.Backend
	client   simulated.Client
	admin    *bind.TransactOpts
	other    *bind.TransactOpts // a second funded account, e.g. a second registrar
	chainID  *big.Int
	dep      Deployment
	reg      *bind.BoundContract
	ver      *bind.BoundContract
	regABI   *registry.EnclaveKeyRegistry
	verABI   *verifier.AttestationVerifier
	subsetID [32]byte
}

const (
	testMaxAge  = 3600
	testMaxSkew = 60
)

// withOsakaRules runs the simulated chain on Osaka, the fork Ethereum mainnet runs, instead of the dev
// config's experimental later forks whose gas repricings would make the gas figures meaningless.
func withOsakaRules(_ *node.Config, ethConf *ethconfig.Config) {
	cfg := *ethConf.Genesis.Config
	cfg.AmsterdamTime, cfg.BogotaTime = nil, nil
	ethConf.Genesis.Config = &cfg
}

func newTestChain(t *testing.T) *testChain {
	t.Helper()
	adminKey, _ := crypto.GenerateKey()
	adminAddr := crypto.PubkeyToAddress(adminKey.PublicKey)
	otherKey, _ := crypto.GenerateKey()
	sim := simulated.NewBackend(types.GenesisAlloc{
		adminAddr: {Balance: new(big.Int).Lsh(big.NewInt(1), 100)},
		crypto.PubkeyToAddress(otherKey.PublicKey): {Balance: new(big.Int).Lsh(big.NewInt(1), 100)},
	},
		simulated.WithBlockGasLimit(60_000_000), withOsakaRules)
	t.Cleanup(func() { _ = sim.Close() })
	client := sim.Client()
	chainID, err := client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	opts := bind.NewKeyedTransactor(adminKey, chainID)
	dep, err := Deploy(context.Background(), client, opts, adminAddr, 0, func() { sim.Commit() })
	if err != nil {
		t.Fatalf("Deploy: %v", err)
	}
	c := &testChain{
		t: t, sim: sim, client: client, admin: opts, other: bind.NewKeyedTransactor(otherKey, chainID), chainID: chainID, dep: dep,
		regABI: registry.NewEnclaveKeyRegistry(), verABI: verifier.NewAttestationVerifier(),
		subsetID: crypto.Keccak256Hash([]byte("subset:keeper-baseline:v1")),
	}
	c.reg = c.regABI.Instance(client, dep.Registry)
	c.ver = c.verABI.Instance(client, dep.Verifier)
	// Deploy made the admin the registry's only registrar (threshold 1, no governance delay).
	policyRole := call(c, c.ver, c.verABI.PackPOLICYROLE(), c.verABI.UnpackPOLICYROLE)
	c.mustSend(c.ver, c.verABI.PackGrantRole(policyRole, adminAddr))
	policy := verifier.SubsetPolicy{AllowedAlgorithms: AlgorithmMask(protocol.HashAlgs()...), MaxAge: testMaxAge, MaxFutureSkew: testMaxSkew}
	c.mustSend(c.ver, c.verABI.PackApproveSubset(c.subsetID, policy, "keeper-baseline", "1", "file://subsets/keeper.yaml"))
	return c
}

// call makes an eth_call on c's chain and unpacks the result with unpack (one of the bindings' Unpack
// methods).
func call[T any](c *testChain, bc *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	c.t.Helper()
	out, err := bc.CallRaw(&bind.CallOpts{}, data)
	if err != nil {
		c.t.Fatalf("call: %v", DecodeRevert(err))
	}
	v, err := unpack(out)
	if err != nil {
		c.t.Fatalf("unpack: %v", err)
	}
	return v
}

// send submits a transaction, mines it and returns its receipt or the decoded revert.
func (c *testChain) send(bc *bind.BoundContract, data []byte) (*types.Receipt, error) {
	tx, err := bind.Transact(bc, c.admin, data)
	if err != nil {
		return nil, DecodeRevert(err)
	}
	return Wait(context.Background(), c.client, tx, func() { c.sim.Commit() })
}

func (c *testChain) mustSend(bc *bind.BoundContract, data []byte) *types.Receipt {
	c.t.Helper()
	r, err := c.send(bc, data)
	if err != nil {
		c.t.Fatalf("send: %v", err)
	}
	return r
}

func (c *testChain) domain() protocol.Domain {
	return protocol.NewDomain(c.chainID.Uint64(), c.dep.Verifier)
}

func (c *testChain) now() uint64 {
	h, err := c.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return h.Time
}

// newKey makes an attestation key and registers it for vm.
func (c *testChain) newKey(vm protocol.VMID) *protocol.InsecureKeySigner {
	c.t.Helper()
	k, _ := crypto.GenerateKey()
	s := protocol.NewInsecureKeySigner(k)
	c.mustSend(c.reg, c.regABI.PackApproveKey(registry.KeyRegistration{
		Key: s.Address(), VmId: vm, ExpiresAt: c.now() + 86400,
		EvidenceHash: crypto.Keccak256Hash([]byte("evidence"), s.Address().Bytes()), Measurement: make([]byte, 48),
	}))
	return s
}

func (c *testChain) sign(s protocol.Signer, a protocol.Attestation) protocol.SignedAttestation {
	c.t.Helper()
	signed, err := protocol.Sign(context.Background(), c.domain(), a, s)
	if err != nil {
		c.t.Fatal(err)
	}
	return signed
}

func (c *testChain) submit(s protocol.SignedAttestation) (*types.Receipt, error) {
	return c.send(c.ver, PackSubmit(s))
}

func vmID(i int) protocol.VMID {
	var id protocol.VMID
	copy(id[:], crypto.Keccak256([]byte(fmt.Sprint("vm", i))))
	return id
}

func (c *testChain) attestation(vm protocol.VMID, seq uint64, state string) protocol.Attestation {
	return protocol.Attestation{
		VMID: vm, SubsetID: c.subsetID, HashAlg: protocol.HashBLAKE3,
		StateDigest: crypto.Keccak256Hash([]byte(state)), Timestamp: c.now(), Sequence: seq,
	}
}

// TestSubmitThroughBindings signs with the Go package and submits through the generated bindings: the
// contract computes the same EIP-712 digest, accepts the signature and stores exactly what was signed.
func TestSubmitThroughBindings(t *testing.T) {
	c := newTestChain(t)
	vm := vmID(1)
	key := c.newKey(vm)
	a := c.attestation(vm, 1, "state-1")
	a.ZKCommitment = crypto.Keccak256Hash([]byte("commitment"))
	signed := c.sign(key, a)

	dom := call(c, c.ver, c.verABI.PackEip712Domain(), c.verABI.UnpackEip712Domain)
	if dom.Name != protocol.DomainName || dom.Version != protocol.DomainVersion || dom.ChainId.Cmp(c.chainID) != 0 || dom.VerifyingContract != c.dep.Verifier {
		t.Fatalf("eip712Domain() = %+v, want vmattest/1 on chain %v at %s", dom, c.chainID, c.dep.Verifier)
	}
	onChain := call(c, c.ver, c.verABI.PackHashAttestation(AttestationArg(a)), c.verABI.UnpackHashAttestation)
	if want := a.SigningHash(c.domain()); onChain != want {
		t.Fatalf("hashAttestation = %x, Go computes %x", onChain, want)
	}

	if _, err := c.submit(signed); err != nil {
		t.Fatalf("submit: %v", err)
	}
	rec := call(c, c.ver, c.verABI.PackLatest(vm, c.subsetID), c.verABI.UnpackLatest)
	want := verifier.Record{StateDigest: a.StateDigest, ZkCommitment: a.ZKCommitment, Signer: key.Address(), Timestamp: a.Timestamp, Sequence: 1, HashAlg: uint8(protocol.HashBLAKE3)}
	if rec != want {
		t.Fatalf("latest() = %+v, want %+v", rec, want)
	}
	if !call(c, c.ver, c.verABI.PackIsFresh(vm, c.subsetID, big.NewInt(600)), c.verABI.UnpackIsFresh) {
		t.Error("isFresh = false right after submit")
	}
	if call(c, c.ver, c.verABI.PackIsIntact(vm, c.subsetID, big.NewInt(600)), c.verABI.UnpackIsIntact) {
		t.Error("isIntact = true before the digest is golden")
	}
	c.mustSend(c.ver, c.verABI.PackAddGoldenDigest(c.subsetID, uint8(a.HashAlg), a.StateDigest, "release 1"))
	if !call(c, c.ver, c.verABI.PackIsIntact(vm, c.subsetID, big.NewInt(600)), c.verABI.UnpackIsIntact) {
		t.Error("isIntact = false with a golden digest")
	}

	// The same signed attestation again is a replay.
	if _, err := c.submit(signed); !IsRevert(err, "SequenceNotIncreasing") {
		t.Errorf("replay: %v, want SequenceNotIncreasing", err)
	}
	// Signed for another chain: recovers to an unknown key.
	other, err := protocol.Sign(context.Background(), protocol.NewDomain(1, c.dep.Verifier), c.attestation(vm, 2, "x"), key)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.submit(other); !IsRevert(err, "KeyNotActive") {
		t.Errorf("wrong chain id: %v, want KeyNotActive", err)
	}
	// A key registered for another VM.
	if _, err := c.submit(c.sign(key, c.attestation(vmID(2), 2, "x"))); !IsRevert(err, "KeyNotForVM") {
		t.Errorf("other VM: %v, want KeyNotForVM", err)
	}
	// Stale, for a VM without a record (the record check would fail first: docs/contracts.md).
	vm3 := vmID(3)
	key3 := c.newKey(vm3)
	old := c.attestation(vm3, 1, "x")
	old.Timestamp -= testMaxAge + 10
	if _, err := c.submit(c.sign(key3, old)); !IsRevert(err, "TimestampTooOld") {
		t.Errorf("stale: %v, want TimestampTooOld", err)
	}
	// Revoked key.
	c.mustSend(c.reg, c.regABI.PackRevokeKey(key.Address()))
	_, err = c.submit(c.sign(key, c.attestation(vm, 4, "x")))
	var re *RevertError
	if !IsRevert(err, "KeyNotActive") || !asRevert(err, &re) || re.Args[0] != key.Address() {
		t.Errorf("revoked: %v, want KeyNotActive naming %s", err, key.Address())
	}
	if call(c, c.ver, c.verABI.PackIsFresh(vm, c.subsetID, big.NewInt(600)), c.verABI.UnpackIsFresh) {
		t.Error("isFresh = true after the signing key was revoked")
	}
}

// GasFigures are the gas costs of the verifier's hot paths, from real transaction receipts.
type gasFigures struct {
	firstSubmit, updateSameDigest, updateNewDigest uint64 // gasUsed - 21000
	batch20FirstPerItem, batch20UpdatePerItem      uint64 // gasUsed / 20
}

func measureGas(t *testing.T) gasFigures {
	c := newTestChain(t)
	var g gasFigures
	vm := vmID(1)
	key := c.newKey(vm)
	r, err := c.submit(c.sign(key, c.attestation(vm, 1, "state-1")))
	if err != nil {
		t.Fatal(err)
	}
	g.firstSubmit = r.GasUsed - 21000
	if r, err = c.submit(c.sign(key, c.attestation(vm, 2, "state-1"))); err != nil {
		t.Fatal(err)
	}
	g.updateSameDigest = r.GasUsed - 21000
	if r, err = c.submit(c.sign(key, c.attestation(vm, 3, "state-2"))); err != nil {
		t.Fatal(err)
	}
	g.updateNewDigest = r.GasUsed - 21000

	const n = 20
	keys := make([]*protocol.InsecureKeySigner, n)
	for i := range keys {
		keys[i] = c.newKey(vmID(100 + i))
	}
	batch := func(seq uint64, state string) uint64 {
		items := make([]verifier.SignedAttestation, n)
		for i := range items {
			items[i] = SignedArg(c.sign(keys[i], c.attestation(vmID(100+i), seq, fmt.Sprint(state, i))))
		}
		r, err := c.send(c.ver, c.verABI.PackSubmitBatch(items))
		if err != nil {
			t.Fatalf("submitBatch: %v", err)
		}
		return r.GasUsed / n
	}
	g.batch20FirstPerItem = batch(1, "a")
	g.batch20UpdatePerItem = batch(2, "b")
	return g
}

// TestGasFigures measures gas from receipts and holds the contract to its budget: a submit that updates an
// existing record costs at most 35,000 gas beyond the 21,000 base, and a batch of 20 updates at most 25,000
// gas per attestation, base included. `make bench` prints the figures.
func TestGasFigures(t *testing.T) {
	g := measureGas(t)
	t.Logf("submit, first record:           %6d gas beyond the 21000 base", g.firstSubmit)
	t.Logf("submit, update, same digest:    %6d gas beyond the 21000 base", g.updateSameDigest)
	t.Logf("submit, update, new digest:     %6d gas beyond the 21000 base (budget 35000)", g.updateNewDigest)
	t.Logf("submitBatch(20), first records: %6d gas per attestation", g.batch20FirstPerItem)
	t.Logf("submitBatch(20), updates:       %6d gas per attestation (budget 25000)", g.batch20UpdatePerItem)
	if g.updateNewDigest > 35000 || g.updateSameDigest > 35000 {
		t.Errorf("submit update costs %d / %d gas beyond the base, budget 35000", g.updateSameDigest, g.updateNewDigest)
	}
	if g.batch20UpdatePerItem > 25000 {
		t.Errorf("submitBatch of 20 updates costs %d gas per attestation, budget 25000", g.batch20UpdatePerItem)
	}
}

func asRevert(err error, re **RevertError) bool {
	return errors.As(err, re)
}
