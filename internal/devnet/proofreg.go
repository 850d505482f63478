//go:build unix

package devnet

import (
	"context"
	"crypto/ecdsa"
	"crypto/x509"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vmattest/vmattest/circuits/snpreport"
	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/solc"
	"github.com/vmattest/vmattest/internal/tee/snpsim"
	"github.com/vmattest/vmattest/internal/zkproof"
)

// registerKeyByProof makes v's key in its own simulated SEV-SNP device, bound to v's registration
// (keys generate --proof-vm), and registers it with `vmattest keys register --with-proof`: the registry
// activates it on a Groth16 proof of its report, without a registrar's approval. The registrar's part is
// done once per chip: it checks the evidence's certificate chain, then the registrars (here the admin account,
// the devnet's only registrar) trust the VCEK, allow the measurement and set the report verifier (deployed from
// `vmattest zk snp-setup`) by governed actions, which wait for GovernanceDelay.
func (d *Devnet) registerKeyByProof(ctx context.Context, v *VM, dir, registrar, label string) (common.Address, error) {
	bin := d.opts.Bin
	sim, keyDir, root, reg, err := d.makeKey(ctx, dir, label, "--proof-vm", v.ID.String())
	if err != nil {
		return common.Address{}, err
	}
	regPath := filepath.Join(keyDir, "registration.json")
	// The registrar checks the evidence (report signature, certificate chain) once, then trusts the chip's VCEK.
	if _, err := runTool(ctx, bin, "evidence", "verify", regPath, "--sim-root", root, "--allow-insecure"); err != nil {
		return common.Address{}, fmt.Errorf("devnet: %s: the registrar's check of the evidence: %w", label, err)
	}
	cert, err := x509.ParseCertificate(reg.Evidence.VCEK)
	if err != nil {
		return common.Address{}, fmt.Errorf("devnet: %s: the VCEK certificate: %w", label, err)
	}
	vcek, ok := cert.PublicKey.(*ecdsa.PublicKey)
	if !ok {
		return common.Address{}, fmt.Errorf("devnet: %s: the VCEK key is %T", label, cert.PublicKey)
	}
	dev, err := snpsim.Open(sim)
	if err != nil {
		return common.Address{}, err
	}
	measurement := dev.Measurement()

	if d.opts.SNPKeys == "" {
		d.say("%-7s waiting for the INSECURE single-party keys of the SEV-SNP report circuit (vmattest zk snp-setup)", label)
	}
	if err := <-d.snpReady; err != nil {
		return common.Address{}, fmt.Errorf("devnet: the SEV-SNP report circuit's keys: %w", err)
	}
	info, err := zkproof.ReadManifest(d.snpKeys, zkproof.SNPReport)
	if err != nil {
		return common.Address{}, fmt.Errorf("devnet: %w", err)
	}
	d.say("%-7s the SEV-SNP report circuit's keys in %s: setup %s", label, d.snpKeys, info.Setup)
	verifier, err := d.deployReportVerifier(ctx, info.Setup)
	if err != nil {
		return common.Address{}, err
	}
	if err := d.govern(ctx, "setReportVerifier, setMeasurementAllowed, setVcekTrusted ("+label+")",
		onchain.PackSetReportVerifier(verifier),
		onchain.PackSetMeasurementAllowed(measurement[:], true),
		onchain.PackSetVcekTrusted(snpreport.VCEKHashOf(vcek), true)); err != nil {
		return common.Address{}, err
	}
	d.say("%-7s the registrars set the report verifier, allowed the measurement and trusted the VCEK (governed actions, %s delay)", label, GovernanceDelay)

	// The key registers itself: anyone may send the proof; here the node's operator pays.
	payer := filepath.Join(dir, "payer.key")
	if err := os.WriteFile(payer, []byte(operatorKeyHex+"\n"), 0o600); err != nil {
		return common.Address{}, err
	}
	tx, gas, err := d.keysRegister(ctx, "registerWithProof("+label+")", "--registration", regPath, "--vm", v.ID.String(),
		"--rpc", d.RPC, "--operator-key", payer, "--sim-root", root, "--allow-insecure", "--with-proof", d.snpKeys)
	if err != nil {
		return common.Address{}, err
	}
	d.say("%-7s key %s registered BY PROOF of its SEV-SNP report, no registrar approval: tx %s (gas %d)", label, reg.Binding.Address(), tx.Hex(), gas)
	return reg.Binding.Address(), nil
}

// deployReportVerifier compiles the snpreport keys' Solidity verifier with the project's solc and deploys it;
// the registry takes it by a governed action. Keys of the insecure setup are refused on a chain that is no
// devnet (the registry would refuse their verifier too).
func (d *Devnet) deployReportVerifier(ctx context.Context, setup zkproof.Setup) (common.Address, error) {
	if err := zkproof.CheckSetupForChain(setup, d.chain.chainID.Uint64()); err != nil {
		return common.Address{}, fmt.Errorf("devnet: %w", err)
	}
	src, err := os.ReadFile(filepath.Join(d.snpKeys, zkproof.SolidityFile(zkproof.SNPReport)))
	if err != nil {
		return common.Address{}, fmt.Errorf("devnet: %w", err)
	}
	out, err := solc.Compile(filepath.Join(d.opts.Root, "scripts", "solc"), string(src), zkproof.SNPReport.Contract)
	if err != nil {
		return common.Address{}, fmt.Errorf("devnet: compiling the report verifier: %w", err)
	}
	addr, r, err := d.chain.deploy(ctx, adminKey, "SNPReportVerifier", out.Bytecode)
	if err != nil {
		return common.Address{}, err
	}
	d.record("deploy SNPReportVerifier", r)
	d.Contracts.ReportVerifier = addr
	d.say("SNPReportVerifier %s (gnark's Groth16 verifier of circuits/snpreport)", addr)
	return addr, nil
}
