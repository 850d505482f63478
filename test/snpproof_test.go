//go:build unix

package test

import (
	"context"
	"crypto/ecdsa"
	"crypto/x509"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/circuits/snpreport"
	"github.com/vmattest/vmattest/internal/bindings/registry"
	"github.com/vmattest/vmattest/internal/devnet"
	"github.com/vmattest/vmattest/internal/enclave"
	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/solc"
	"github.com/vmattest/vmattest/internal/tee/snpsim"
)

// TestRegisterWithProof registers an attestation key on anvil with a zero-knowledge proof of its simulated
// SEV-SNP report alone, no registrar approval (the registry's threshold is raised to 2 first), and submits an
// attestation signed by it; proofs of a debug-policy report and of a report with a measurement that is not
// allowed are refused. The Groth16 setup is single-party (made here), and its Solidity verifier is compiled
// with the project's solc and deployed.
func TestRegisterWithProof(t *testing.T) {
	d := startDevnet(t, devnet.Options{Workloads: []string{devnet.WorkloadGuest}, Interval: time.Hour})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	e := newAttackEnv(t, d)

	ccs, err := snpreport.Compile()
	if err != nil {
		t.Fatal(err)
	}
	keys, err := snpreport.InsecureSetup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	src, err := keys.Solidity()
	if err != nil {
		t.Fatal(err)
	}
	out, err := solc.Compile(filepath.Join("..", "scripts", "solc"), src, "Verifier")
	if err != nil {
		t.Fatal(err)
	}
	opts := bind.NewKeyedTransactor(devnet.AdminKey(), new(big.Int).SetUint64(d.ChainID))
	opts.Context = ctx
	verifierAddr, tx, err := bind.DeployContract(opts, out.Bytecode, e.c, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := onchain.Wait(ctx, e.c, tx, nil); err != nil {
		t.Fatal(err)
	}

	// The simulated machine, and the policy: its measurement allowed, its VCEK trusted (a registrar checked the
	// certificate chain), and a second registrar so that approvals alone would need two.
	dev, err := snpsim.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	reg := d.Contracts.Registry
	e.admin.send(t, ctx, "setReportVerifier", reg, registryABI.PackSetReportVerifier(verifierAddr))
	measurement := dev.Measurement()
	e.admin.send(t, ctx, "setMeasurementAllowed", reg, registryABI.PackSetMeasurementAllowed(measurement[:], true))
	role, err := registryABI.UnpackREGISTRARROLE(call(t, e.c, reg, registryABI.PackREGISTRARROLE()))
	if err != nil {
		t.Fatal(err)
	}
	e.admin.send(t, ctx, "grantRole(registrar 2)", reg, registryABI.PackGrantRole(role, e.attacker.addr()))
	e.admin.send(t, ctx, "setApprovalThreshold(2)", reg, registryABI.PackSetApprovalThreshold(2))

	// prove makes a key in the TEE's place, binds it in a report of dev (with opts), proves the report, and
	// returns the registerWithProof calldata and the key.
	prove := func(dev *snpsim.Device) ([]byte, *protocol.InsecureKeySigner, snpreport.Statement) {
		t.Helper()
		k, _ := crypto.GenerateKey()
		expires := e.chainTime(t, ctx) + 86400
		binding := enclave.NewBinding(&k.PublicKey, d.ChainID, reg, expires)
		b, err := dev.Evidence(ctx, binding.ReportData())
		if err != nil {
			t.Fatal(err)
		}
		cert, err := x509.ParseCertificate(b.VCEK)
		if err != nil {
			t.Fatal(err)
		}
		vcek := cert.PublicKey.(*ecdsa.PublicKey)
		proof, st, err := keys.Prove(b.Report, vcek)
		if err != nil {
			t.Fatal(err)
		}
		var vm protocol.VMID
		copy(vm[:], crypto.Keccak256(binding.PublicKey[:])[:16])
		r := registry.KeyRegistration{Key: binding.Address(), VmId: vm, ExpiresAt: expires,
			EvidenceHash: crypto.Keccak256Hash(proof), Measurement: st.Measurement[:]}
		facts := registry.ReportFacts{Policy: st.Policy, Vmpl: st.VMPL, ReportedTcb: st.ReportedTCB, VcekHash: st.VCEKHash}
		data := registryABI.PackRegisterWithProof(r, [32]byte(binding.PublicKey[:32]), [32]byte(binding.PublicKey[32:]), facts, proof)
		return data, protocol.NewInsecureKeySigner(k), *st
	}

	data, signer, st := prove(dev)
	e.admin.send(t, ctx, "setVcekTrusted", reg, registryABI.PackSetVcekTrusted(st.VCEKHash, true))
	start := time.Now()
	rcpt := e.attacker.send(t, ctx, "registerWithProof", reg, data) // anyone may send it
	t.Logf("BENCH registerWithProof gas=%d (transaction, with the Groth16 verification) in %s", rcpt.GasUsed, time.Since(start).Round(time.Millisecond))
	if got := e.keyStatus(t, ctx, signer.Address()); got != keyStatusActive {
		t.Fatalf("key %s has status %d after registerWithProof, want active (threshold 2, no approvals)", signer.Address(), got)
	}

	// The key's attestations are accepted.
	ks, err := registryABI.UnpackKeyState(call(t, e.c, reg, registryABI.PackKeyState(signer.Address())))
	if err != nil {
		t.Fatal(err)
	}
	vm := protocol.VMID(ks.VmId)
	sa := e.sign(t, signer, vm, e.guest.Subset, e.chainTime(t, ctx), 1)
	e.attacker.send(t, ctx, "submit", d.Contracts.Verifier, onchain.PackSubmit(sa))
	if rec := latest(t, e.c, d, &devnet.VM{ID: vm, Subset: e.guest.Subset}); rec.Signer != signer.Address() || rec.Sequence != 1 {
		t.Fatalf("record after submit: signer %s sequence %d, want the proven key %s", rec.Signer, rec.Sequence, signer.Address())
	}

	// Refusals: a debug-policy report; a report whose measurement is not allowed.
	for name, tc := range map[string]struct {
		opt  snpsim.Option
		want string
	}{
		"debug policy":            {snpsim.WithDebug(), "DebugPolicy"},
		"measurement not allowed": {snpsim.WithMeasurement([48]byte{0xde, 0xad}), "MeasurementNotAllowed"},
	} {
		other, err := dev.With(tc.opt)
		if err != nil {
			t.Fatal(err)
		}
		data, signer, _ := prove(other)
		_, err = e.attacker.transact(ctx, reg, data, 0)
		if !onchain.IsRevert(onchain.DecodeRevert(err), tc.want) {
			t.Errorf("%s: registerWithProof gave %v, want %s", name, onchain.DecodeRevert(err), tc.want)
		}
		if got := e.keyStatus(t, ctx, signer.Address()); got != 0 {
			t.Errorf("%s: key status %d, want none", name, got)
		}
	}
}
