package main

import (
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/internal/protocol"
)

// signedFile signs an attestation with a fresh key through the CLI and returns the attestation, the key's
// address and a function that writes a modified copy to a file.
func signedFile(t *testing.T) (protocol.SignedAttestation, string, func(name string, s protocol.SignedAttestation) string) {
	t.Helper()
	dir := t.TempDir()
	key, _ := crypto.GenerateKey()
	keyFile := filepath.Join(dir, "key.hex")
	if err := crypto.SaveECDSA(keyFile, key); err != nil {
		t.Fatal(err)
	}
	out, err := run(t, "attestation", "sign", "--chain-id", "31337", "--verifier", testVerifier,
		"--vm", "0b5e9a52-5a57-4c1f-9f35-3b0c2f1f4a6e", "--subset", "0x"+strings.Repeat("ab", 32),
		"--digest", "0x"+strings.Repeat("cd", 32), "--sequence", "3", "--timestamp", "1767225600", "--insecure-key-file", keyFile)
	if err != nil {
		t.Fatalf("sign: %v", err)
	}
	var s protocol.SignedAttestation
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatal(err)
	}
	write := func(name string, m protocol.SignedAttestation) string {
		data, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	return s, crypto.PubkeyToAddress(key.PublicKey).Hex(), write
}

// TestAttestationVerifyExitsNonZeroUnlessVerified: verify is a yes/no answer. A tampered field recovers to some
// other key, and verify must fail (exit non-zero), never print the other key as a result; without the expected
// key there is nothing to verify against, so --signer is required (recover prints the recovered address).
func TestAttestationVerifyExitsNonZeroUnlessVerified(t *testing.T) {
	s, addr, write := signedFile(t)
	good := write("good.json", s)
	domain := []string{"--chain-id", "31337", "--verifier", testVerifier}

	if _, err := run(t, append([]string{"attestation", "verify", good, "--signer", addr}, domain...)...); err != nil {
		t.Fatalf("verify of the honest attestation: %v", err)
	}
	tampered := s
	tampered.Sequence++
	tamperedFile := write("tampered.json", tampered)
	out, err := run(t, append([]string{"attestation", "verify", tamperedFile, "--signer", addr}, domain...)...)
	if err == nil || !strings.Contains(err.Error(), "does not verify") {
		t.Fatalf("verify of a tampered attestation: err %v, output %q; want a non-zero exit saying it does not verify", err, out)
	}
	if _, err := run(t, append([]string{"attestation", "verify", tamperedFile}, domain...)...); err == nil || !strings.Contains(err.Error(), `"signer" not set`) {
		t.Fatalf("verify without --signer: %v, want the flag required", err)
	}
	// recover names what it does: the recovered address, which for the tampered copy is not the key's.
	out, err = run(t, append([]string{"attestation", "recover", tamperedFile}, domain...)...)
	if err != nil || !strings.Contains(out, "recoveredSigner") || strings.Contains(strings.ToLower(out), strings.ToLower(addr)) {
		t.Fatalf("recover of the tampered copy: %q, %v; want another recovered address", out, err)
	}
	out, err = run(t, append([]string{"attestation", "recover", good}, domain...)...)
	if err != nil || !strings.Contains(strings.ToLower(out), strings.ToLower(addr)) {
		t.Fatalf("recover of the honest attestation: %q, %v; want %s", out, err, addr)
	}
}

// TestAttestationCalldataRefusesMalformedSignatures: the compact (EIP-2098) form has one bit for the parity, so
// a v other than 27/28, or a high s (the malleable twin), would be re-encoded into a different signature. The
// command refuses them instead of submitting something other than what was signed.
func TestAttestationCalldataRefusesMalformedSignatures(t *testing.T) {
	s, _, write := signedFile(t)
	if _, err := run(t, "attestation", "calldata", write("good.json", s)); err != nil {
		t.Fatalf("calldata of the honest attestation: %v", err)
	}
	n := crypto.S256().Params().N
	highS := s
	sv := new(big.Int).SetBytes(s.Signature[32:64])
	copy(highS.Signature[32:64], common.LeftPadBytes(new(big.Int).Sub(n, sv).Bytes(), 32))
	highS.Signature[64] ^= 27 ^ 28 // the twin's parity: it still recovers to the same key
	for name, m := range map[string]protocol.SignedAttestation{
		"v0":     withV(s, 0),
		"v1":     withV(s, 1),
		"v29":    withV(s, 29),
		"high-s": highS,
		"zero-r": withR(s, 0),
	} {
		out, err := run(t, "attestation", "calldata", write(name+".json", m))
		if err == nil || !strings.Contains(err.Error(), "signature") {
			t.Errorf("%s: calldata printed %q (err %v), want a refusal naming the signature", name, out, err)
		}
	}
}

func withV(s protocol.SignedAttestation, v byte) protocol.SignedAttestation {
	s.Signature[64] = v
	return s
}

func withR(s protocol.SignedAttestation, b byte) protocol.SignedAttestation {
	for i := range 32 {
		s.Signature[i] = b
	}
	return s
}

// TestAttestationVerifyChecksWhatItIsAbout: an attestation honestly signed by the expected key for one VM,
// subset and algorithm does not verify as another's: --vm, --subset and --alg are checked when given (the
// check the node makes of its agents' answers and its peers' votes), and a zero --signer matches no key.
func TestAttestationVerifyChecksWhatItIsAbout(t *testing.T) {
	s, addr, write := signedFile(t)
	good := write("good.json", s)
	verify := func(extra ...string) (string, error) {
		args := append([]string{"attestation", "verify", good, "--chain-id", "31337", "--verifier", testVerifier}, extra...)
		return run(t, args...)
	}
	if _, err := verify("--signer", addr, "--vm", s.VMID.String(), "--subset", "0x"+strings.Repeat("ab", 32), "--alg", "blake3"); err != nil {
		t.Fatalf("verify of the honest attestation with its own fields: %v", err)
	}
	for _, c := range []struct {
		flag, value, field string
	}{
		{"--vm", "11111111-2222-4333-8444-555555555555", "vmId"},
		{"--subset", "0x" + strings.Repeat("ac", 32), "subsetId"},
		{"--alg", "sha256", "hashAlg"},
	} {
		out, err := verify("--signer", addr, c.flag, c.value)
		if err == nil || !strings.Contains(err.Error(), "does not verify") || !strings.Contains(err.Error(), c.field) {
			t.Errorf("verify %s %s: err %v, output %q; want it refused naming %s", c.flag, c.value, err, out, c.field)
		}
	}
	if out, err := verify("--signer", "0x0000000000000000000000000000000000000000"); err == nil || !strings.Contains(err.Error(), "does not verify") {
		t.Errorf("verify with a zero --signer: err %v, output %q; want it refused", err, out)
	}
}
