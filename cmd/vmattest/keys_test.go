package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestKeysAndEvidenceCommands(t *testing.T) {
	dir := t.TempDir()
	sim, keys, root := filepath.Join(dir, "sim"), filepath.Join(dir, "keys"), filepath.Join(dir, "root.pem")
	reg := filepath.Join(keys, "registration.json")
	const registry = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
	out, err := run(t, "keys", "generate", "--tee", "sev-snp-sim", "--sim-dir", sim, "--dir", keys, "--chain-id", "31337", "--registry", registry)
	if err != nil || !strings.Contains(out, "INSECURE") || !strings.Contains(out, "evidence hash") {
		t.Fatalf("keys generate = %q, %v", out, err)
	}
	if _, err := run(t, "evidence", "sim-root", "--sim-dir", sim, "--out", root); err != nil {
		t.Fatal(err)
	}
	if out, err := run(t, "evidence", "verify", reg, "--sim-root", root, "--allow-insecure"); err != nil || !strings.Contains(out, "ok: key") {
		t.Fatalf("evidence verify = %q, %v", out, err)
	}
	wrongMeasurement := filepath.Join(dir, "policy.yaml")
	os.WriteFile(wrongMeasurement, []byte("measurements: ["+strings.Repeat("ab", 48)+"]\n"), 0o644)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"evidence", "verify", reg}, "insecure"},
		{[]string{"evidence", "verify", reg, "--allow-insecure"}, "root"},
		{[]string{"evidence", "verify", reg, "--sim-root", root, "--allow-insecure", "--policy", wrongMeasurement}, "measurement"},
		{[]string{"evidence", "verify", filepath.Join(dir, "absent.json")}, "failed to open registration"},
		{[]string{"keys", "generate", "--tee", "tdx", "--dir", keys, "--chain-id", "1", "--registry", registry}, "--tee"},
		{[]string{"keys", "generate", "--tee", "software", "--dir", keys, "--chain-id", "1", "--registry", registry}, "already exists"},
		{[]string{"keys", "generate", "--tee", "software", "--dir", filepath.Join(dir, "k2"), "--chain-id", "1", "--registry", "0x12"}, "--registry"},
		{[]string{"evidence", "export", reg, "--format", "pem"}, "only sev-guest"},
	} {
		if _, err := run(t, tc.args...); err == nil || !strings.Contains(strings.ToLower(err.Error()), tc.want) {
			t.Errorf("%v: %v, want an error containing %q", tc.args, err, tc.want)
		}
	}
	if out, err := run(t, "evidence", "export", reg, "--out", filepath.Join(dir, "export")); err != nil || !strings.Contains(out, "report.bin") {
		t.Fatalf("evidence export = %q, %v", out, err)
	}
	// Signing with the TEE-held key.
	out, err = run(t, "attestation", "sign", "--chain-id", "31337", "--verifier", testVerifier, "--vm", "0b5e9a52-5a57-4c1f-9f35-3b0c2f1f4a6e",
		"--subset", "0x"+strings.Repeat("ab", 32), "--digest", "0x"+strings.Repeat("cd", 32), "--sequence", "1",
		"--tee", "sev-snp-sim", "--sim-dir", sim, "--key-dir", keys)
	if err != nil || !strings.Contains(out, `"signature"`) {
		t.Fatalf("attestation sign --key-dir = %q, %v", out, err)
	}
}
