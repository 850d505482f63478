package onchain

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/vmattest/vmattest/internal/enclave"
	"github.com/vmattest/vmattest/internal/evidence"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/tee/snpsim"
)

// TestEnclaveKeyWholePath runs the attestation key's whole path with the simulated SNP device: generate the
// key in the TEE and bind it, verify the evidence as a registrar would, approve it on chain by a 2-of-2
// registrar quorum, sign an attestation with it, submit it, and see it accepted; then revoke it by quorum
// and see the next attestation refused.
func TestEnclaveKeyWholePath(t *testing.T) {
	ctx := context.Background()
	c := newTestChain(t)
	dev, err := snpsim.Open(filepath.Join(t.TempDir(), "snpsim"))
	if err != nil {
		t.Fatal(err)
	}
	key, err := enclave.Generate(ctx, dev, filepath.Join(t.TempDir(), "keys"), enclave.GenerateOptions{
		ChainID: c.chainID.Uint64(), Registry: c.dep.Registry, ExpiresAt: time.Unix(int64(c.now()), 0).Add(24 * time.Hour),
	})
	if err != nil {
		t.Fatal(err)
	}
	reg := key.Registration()
	facts, err := reg.Verify(ctx, evidence.VerifyOptions{AllowInsecure: true, SimulatorRoot: dev.Root()})
	if err != nil {
		t.Fatalf("registrar check of the evidence: %v", err)
	}

	// A second registrar, and a quorum of two: governed actions of the only registrar so far.
	secondOpts := c.other
	registrarRole := call(c, c.reg, c.regABI.PackREGISTRARROLE(), c.regABI.UnpackREGISTRARROLE)
	gov := &Governor{Backend: c.client, Registry: c.dep.Registry, Approvers: []*bind.TransactOpts{c.admin}, Mine: func() { c.sim.Commit() }}
	if _, err := gov.Govern(ctx, c.regABI.PackGrantRole(registrarRole, secondOpts.From), c.regABI.PackSetApprovalThreshold(2)); err != nil {
		t.Fatalf("governed grantRole and setApprovalThreshold(2): %v", err)
	}

	vm := vmID(42)
	arg := KeyRegistrationArg(&reg, vm, facts.Measurement, [20]byte{}, 0)
	c.mustSend(c.reg, PackApproveKey(arg))
	if st := c.keyStatus(key.Address()); st != 0 {
		t.Fatalf("after one of two approvals the key's status is %d, want 0 (pending)", st)
	}
	c.mustSendAs(secondOpts, c.reg, PackApproveKey(arg))
	if st := c.keyStatus(key.Address()); st != 1 {
		t.Fatalf("after two of two approvals the key's status is %d, want 1 (active)", st)
	}

	// The TEE-held key signs; the verifier accepts.
	signed, err := protocol.Sign(ctx, c.domain(), c.attestation(vm, 1, "state"), key)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.submit(signed); err != nil {
		t.Fatalf("submit signed by the registered enclave key: %v", err)
	}
	rec := call(c, c.ver, c.verABI.PackLatest(vm, c.subsetID), c.verABI.UnpackLatest)
	if rec.Signer != key.Address() || rec.Sequence != 1 {
		t.Fatalf("latest() = %+v, want the enclave key's attestation", rec)
	}

	// Revocation by the two registrars.
	c.mustSend(c.reg, c.regABI.PackApproveRevocation(key.Address()))
	c.mustSendAs(secondOpts, c.reg, c.regABI.PackApproveRevocation(key.Address()))
	signed2, _ := protocol.Sign(ctx, c.domain(), c.attestation(vm, 2, "state"), key)
	if _, err := c.submit(signed2); !IsRevert(err, "KeyNotActive") {
		t.Fatalf("submit after revocation by quorum: %v, want KeyNotActive", err)
	}
}

func (c *testChain) keyStatus(addr [20]byte) uint8 {
	c.t.Helper()
	out, err := c.reg.CallRaw(&bind.CallOpts{}, c.regABI.PackKeyState(addr))
	if err != nil {
		c.t.Fatalf("keyState: %v", DecodeRevert(err))
	}
	st, err := c.regABI.UnpackKeyState(out)
	if err != nil {
		c.t.Fatal(err)
	}
	return st.Status
}

func (c *testChain) mustSendAs(opts *bind.TransactOpts, bc *bind.BoundContract, data []byte) {
	c.t.Helper()
	tx, err := bind.Transact(bc, opts, data)
	if err != nil {
		c.t.Fatalf("send: %v", DecodeRevert(err))
	}
	if _, err := Wait(context.Background(), c.client, tx, func() { c.sim.Commit() }); err != nil {
		c.t.Fatal(err)
	}
}
