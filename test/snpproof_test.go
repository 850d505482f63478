//go:build unix

package test

import (
	"context"
	"crypto/ecdsa"
	"crypto/x509"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/circuits/snpreport"
	"github.com/vmattest/vmattest/internal/bindings/registry"
	"github.com/vmattest/vmattest/internal/devnet"
	"github.com/vmattest/vmattest/internal/enclave"
	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/tee/snpsim"
	"github.com/vmattest/vmattest/internal/zkproof"
)

// TestRegisterWithProof registers an attestation key on anvil with a zero-knowledge proof of its SEV-SNP
// report alone, as a user does with the CLI: `vmattest zk snp-setup` (single-party keys and the Solidity
// verifier; the devnet, given them with SNPKeys, deploys the verifier and registers its keeper's key by
// proof), `vmattest keys generate --tee sev-snp-sim`, then `vmattest keys register --with-proof`, sent by an
// account that is no registrar while the registry's threshold is 2 (set, like the trusted VCEK and the allowed
// measurement, by governed actions that wait for the devnet's governance delay; the admin alone is refused). The key's
// attestation, signed in the simulated enclave by `vmattest attestation sign`, is accepted. Proofs of a
// debug-policy report and of a report with a measurement that is not allowed are refused.
func TestRegisterWithProof(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	dir := t.TempDir()
	run := func(args ...string) string {
		t.Helper()
		out, err := exec.CommandContext(ctx, vmattestBin, args...).CombinedOutput()
		if err != nil {
			t.Fatalf("vmattest %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}

	keysDir := filepath.Join(dir, "snpkeys")
	run("zk", "snp-setup", "--out", keysDir)
	// The devnet registers its keeper's key by proof with these keys (vmattest devnet --snp-keys), as it would
	// with a ceremony's.
	d := startDevnet(t, devnet.Options{Workloads: []string{devnet.WorkloadGuest, devnet.WorkloadKeeper}, Interval: time.Hour,
		ProofRegistration: true, SNPKeys: keysDir})
	e := newAttackEnv(t, d)
	keeper := d.VM(devnet.WorkloadKeeper)
	if keeper == nil {
		t.Fatal("the keeper sandbox could not be made (unshare with user namespaces): its registration by proof was not run")
	}
	if info, err := (onchain.RegistryReader{Caller: e.c, Address: d.Contracts.Registry}).KeyInfo(ctx, keeper.Key); err != nil ||
		info.Status != 1 || info.Approvals != 0 {
		t.Errorf("the devnet keeper's key: %+v, %v; want active with 0 approvals (registered by proof with --snp-keys)", info, err)
	}
	// The devnet deployed the keys' Solidity verifier (compiled with the pinned solc) and made it the registry's.
	if d.Contracts.ReportVerifier == (common.Address{}) {
		t.Fatal("the devnet deployed no report verifier")
	}

	// The enclave: a key in a simulated SEV-SNP device, bound to this chain and registry.
	reg := d.Contracts.Registry
	var vm protocol.VMID
	copy(vm[:], crypto.Keccak256([]byte(t.Name()), []byte(time.Now().String()))[:16])
	simDir, keyDir := filepath.Join(dir, "snpsim"), filepath.Join(dir, "key")
	run("keys", "generate", "--tee", "sev-snp-sim", "--sim-dir", simDir, "--dir", keyDir, "--chain-id", fmt.Sprint(d.ChainID),
		"--registry", reg.Hex(), "--valid-for", "24h", "--proof-vm", vm.String())
	root := filepath.Join(dir, "root.pem")
	run("evidence", "sim-root", "--sim-dir", simDir, "--out", root)
	registration, err := enclave.LoadRegistration(filepath.Join(keyDir, "registration.json"))
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(registration.Evidence.VCEK)
	if err != nil {
		t.Fatal(err)
	}
	dev, err := snpsim.Open(simDir)
	if err != nil {
		t.Fatal(err)
	}

	// The chain's policy (the report verifier is the devnet's), set by governed actions of the registrars (the
	// devnet's admin account, its only registrar, then two of them), each waiting for the devnet's governance
	// delay: the measurement allowed, the VCEK trusted (a registrar checked its certificate chain), and a second
	// registrar so that approvals alone would need two.
	measurement := dev.Measurement()
	role, err := onchain.RegistryReader{Caller: e.c, Address: reg}.RegistrarRole(ctx)
	if err != nil {
		t.Fatal(err)
	}
	second, _ := crypto.GenerateKey()
	gov := &onchain.Governor{Backend: e.c, Registry: reg, PollInterval: 500 * time.Millisecond,
		Approvers: []*bind.TransactOpts{bind.NewKeyedTransactor(devnet.AdminKey(), new(big.Int).SetUint64(d.ChainID))}}
	if _, err := gov.Govern(ctx, onchain.PackSetMeasurementAllowed(measurement[:], true),
		onchain.PackSetVcekTrusted(snpreport.VCEKHashOf(cert.PublicKey.(*ecdsa.PublicKey)), true),
		onchain.PackGrantRole(role, crypto.PubkeyToAddress(second.PublicKey)),
		onchain.PackSetApprovalThreshold(2)); err != nil {
		t.Fatalf("governed setMeasurementAllowed, setVcekTrusted, grantRole(registrar 2), setApprovalThreshold(2): %v", err)
	}
	// The admin alone can no longer trust a VCEK.
	if _, err := e.admin.transact(ctx, reg, onchain.PackSetVcekTrusted([32]byte{1}, true), 0); !onchain.IsRevert(onchain.DecodeRevert(err), "NotGoverned") {
		t.Errorf("setVcekTrusted by the admin alone: %v, want NotGoverned", onchain.DecodeRevert(err))
	}

	senderKey := filepath.Join(dir, "sender.key")
	if err := os.WriteFile(senderKey, []byte(attackerKeyHex+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// Registration by proof, sent by an account that is no registrar. A key bound to another VM is refused
	// before proving.
	if out, err := exec.CommandContext(ctx, vmattestBin, "keys", "register", "--registration", filepath.Join(keyDir, "registration.json"),
		"--vm", protocol.VMID{1}.String(), "--rpc", d.RPC, "--operator-key", filepath.Join(dir, "sender.key"), "--sim-root", root,
		"--allow-insecure", "--with-proof", keysDir).CombinedOutput(); err == nil || !strings.Contains(string(out), "does not bind this registration") {
		t.Errorf("keys register --with-proof for another VM than the bound one: %v\n%s", err, out)
	}
	start := time.Now()
	res := run("keys", "register", "--registration", filepath.Join(keyDir, "registration.json"), "--vm", vm.String(), "--rpc", d.RPC,
		"--operator-key", senderKey, "--sim-root", root, "--allow-insecure", "--with-proof", keysDir)
	if !strings.Contains(res, "registered by proof key "+registration.Binding.Address().Hex()) || !strings.Contains(res, "ACTIVE") {
		t.Fatalf("keys register --with-proof printed %q", res)
	}
	if !strings.Contains(res, "WARNING: the keys in "+keysDir+" come from an INSECURE single-party setup") {
		t.Errorf("keys register --with-proof with zk snp-setup's keys did not warn that they are insecure: %q", res)
	}
	t.Logf("BENCH %s(proving and sending took %s)", strings.TrimSpace(res[strings.Index(res, "registered by proof"):]), time.Since(start).Round(time.Millisecond))

	// Its attestation, signed in the enclave, is accepted.
	signed := run("attestation", "sign", "--chain-id", fmt.Sprint(d.ChainID), "--verifier", d.Contracts.Verifier.Hex(), "--vm", vm.String(),
		"--subset", e.guest.Subset.Hex(), "--alg", "blake3", "--digest", "0x"+strings.Repeat("ab", 32), "--timestamp", fmt.Sprint(e.chainTime(t, ctx)),
		"--sequence", "1", "--tee", "sev-snp-sim", "--sim-dir", simDir, "--key-dir", keyDir)
	var sa protocol.SignedAttestation
	if err := sa.UnmarshalJSON([]byte(signed[strings.Index(signed, "{"):])); err != nil {
		t.Fatalf("attestation sign printed %q: %v", signed, err)
	}
	e.attacker.send(t, ctx, "submit", d.Contracts.Verifier, onchain.PackSubmit(sa))
	if rec := latest(t, e.c, d, &devnet.VM{ID: vm, Subset: e.guest.Subset}); rec.Signer != registration.Binding.Address() || rec.Sequence != 1 {
		t.Fatalf("record after submit: signer %s sequence %d, want the proven key %s", rec.Signer, rec.Sequence, registration.Binding.Address())
	}

	// Refusals, proven in process with the same keys: a debug-policy report; a measurement not allowed.
	keys, err := zkproof.LoadKeys(keysDir, zkproof.SNPReport)
	if err != nil {
		t.Fatal(err)
	}
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
		k, _ := crypto.GenerateKey()
		expires := e.chainTime(t, ctx) + 86400
		binding := enclave.NewBinding(&k.PublicKey, d.ChainID, reg, expires)
		binding.Context = enclave.RegistrationContext(vm, common.Address{}, 0)
		b, err := other.Evidence(ctx, binding.ReportData())
		if err != nil {
			t.Fatal(err)
		}
		proof, st, err := zkproof.ProveReport(keys, b.Report, cert.PublicKey.(*ecdsa.PublicKey))
		if err != nil {
			t.Fatal(err)
		}
		r := registry.KeyRegistration{Key: binding.Address(), VmId: vm, ExpiresAt: expires,
			EvidenceHash: crypto.Keccak256Hash(proof), Measurement: st.Measurement[:]}
		facts := registry.ReportFacts{Policy: st.Policy, Vmpl: st.VMPL, ReportedTcb: st.ReportedTCB, VcekHash: st.VCEKHash}
		data := onchain.PackRegisterWithProof(r, [32]byte(binding.PublicKey[:32]), [32]byte(binding.PublicKey[32:]), facts, proof, nil)
		_, err = e.attacker.transact(ctx, reg, data, 0)
		if !onchain.IsRevert(onchain.DecodeRevert(err), tc.want) {
			t.Errorf("%s: registerWithProof gave %v, want %s", name, onchain.DecodeRevert(err), tc.want)
		}
		if got := e.keyStatus(t, ctx, binding.Address()); got != keyStatusNone {
			t.Errorf("%s: key status %d, want none", name, got)
		}
	}
}
