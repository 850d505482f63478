package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/protocol"
)

const testVerifier = "0x5FbDB2315678afecb367f032d93F642f64180aa3"

func run(t *testing.T, args ...string) (string, error) {
	t.Helper()
	cmd := newRootCmd()
	var out, errOut bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	cmd.SetArgs(args)
	err := cmd.ExecuteContext(context.Background())
	return out.String(), err
}

func TestSignThenVerify(t *testing.T) {
	dir := t.TempDir()
	key, _ := crypto.GenerateKey()
	keyFile := filepath.Join(dir, "key.hex")
	if err := crypto.SaveECDSA(keyFile, key); err != nil {
		t.Fatal(err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey).Hex()
	subset, digest := "0x"+strings.Repeat("ab", 32), "0x"+strings.Repeat("cd", 32)
	out, err := run(t, "attestation", "sign", "--chain-id", "31337", "--verifier", testVerifier,
		"--vm", "0b5e9a52-5a57-4c1f-9f35-3b0c2f1f4a6e", "--subset", subset, "--digest", digest, "--alg", "sha256",
		"--sequence", "7", "--timestamp", "1767225600", "--insecure-key-file", keyFile)
	if err != nil {
		t.Fatalf("sign: %v", err)
	}
	var s protocol.SignedAttestation
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("sign printed %q: %v", out, err)
	}
	if s.Sequence != 7 || s.Timestamp != 1767225600 || s.HashAlg != protocol.HashSHA256 {
		t.Fatalf("signed attestation %+v does not carry the flags' values", s.Attestation)
	}
	attFile := filepath.Join(dir, "att.json")
	if err := os.WriteFile(attFile, []byte(out), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err = run(t, "attestation", "verify", attFile, "--chain-id", "31337", "--verifier", testVerifier, "--signer", addr)
	if err != nil {
		t.Fatalf("verify: %v", err)
	}
	if !strings.Contains(out, `"verified": true`) || !strings.Contains(strings.ToLower(out), strings.ToLower(addr)) {
		t.Fatalf("verify printed %s, want the signer %s and verified true", out, addr)
	}
	// The calldata decodes, with the verifier's ABI, to the attestation and its compact signature.
	out, err = run(t, "attestation", "calldata", attFile)
	if err != nil {
		t.Fatalf("calldata: %v", err)
	}
	data := common.FromHex(strings.TrimSpace(out))
	got, gotR, gotVs, err := onchain.UnpackSubmit(data)
	if err != nil {
		t.Fatalf("calldata %s: %v", out, err)
	}
	r, vs := s.Compact()
	if got.Sequence != 7 || got.StateDigest != s.StateDigest || gotR != r || gotVs != vs {
		t.Fatalf("calldata decodes to %+v, r=%x, vs=%x; want the signed attestation", got, gotR, gotVs)
	}
	// Another chain id: the signature is some other key's.
	if _, err := run(t, "attestation", "verify", attFile, "--chain-id", "1", "--verifier", testVerifier, "--signer", addr); err == nil || !strings.Contains(err.Error(), "signed by") {
		t.Fatalf("verify on another chain: %v, want a signer mismatch", err)
	}
}

func TestCLIErrorsNameTheProblem(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	_ = os.WriteFile(bad, []byte(`{"vmId":"nope"}`), 0o600)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"attestation", "verify", bad, "--chain-id", "1", "--verifier", testVerifier, "--signer", testVerifier}, `field "subsetId": missing`},
		{[]string{"attestation", "verify", filepath.Join(dir, "absent.json"), "--chain-id", "1", "--verifier", testVerifier, "--signer", testVerifier}, "no such file"},
		{[]string{"attestation", "verify", bad, "--chain-id", "1", "--verifier", "0x12", "--signer", testVerifier}, "not an Ethereum address"},
		{[]string{"attestation", "verify", bad, "--verifier", testVerifier, "--signer", testVerifier}, `"chain-id" not set`},
		{[]string{"attestation", "verify", bad, "--chain-id", "1", "--verifier", testVerifier}, `"signer" not set`},
		{[]string{"attestation", "verify", bad, "--chain-id", "1", "--verifier", testVerifier, "--signer", "0x12"}, `--signer "0x12" is not an Ethereum address`},
		{[]string{"attestation", "sign", "--chain-id", "1", "--verifier", testVerifier, "--vm", "x", "--subset", "0x", "--digest", "0x", "--sequence", "1", "--insecure-key-file", "k"}, "--vm"},
		{[]string{"attestation", "sign", "--chain-id", "1", "--verifier", testVerifier, "--vm", "0b5e9a52-5a57-4c1f-9f35-3b0c2f1f4a6e", "--alg", "md5", "--subset", "0x", "--digest", "0x", "--sequence", "1", "--insecure-key-file", "k"}, "--alg"},
		{[]string{"attestation", "sign", "--chain-id", "1", "--verifier", testVerifier, "--vm", "0b5e9a52-5a57-4c1f-9f35-3b0c2f1f4a6e", "--subset", "0x12", "--digest", "0x", "--sequence", "1", "--insecure-key-file", "k"}, "--subset"},
		{[]string{"attestation", "sign", "--chain-id", "1", "--verifier", testVerifier, "--vm", "0b5e9a52-5a57-4c1f-9f35-3b0c2f1f4a6e", "--subset", "0x" + strings.Repeat("ab", 32), "--digest", "0x" + strings.Repeat("cd", 32), "--sequence", "1", "--insecure-key-file", filepath.Join(dir, "nokey")}, "insecure-key-file"},
	} {
		_, err := run(t, tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: error %v, want one containing %q", tc.args, err, tc.want)
		}
	}
}
