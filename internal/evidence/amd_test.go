package evidence_test

import (
	"context"
	"encoding/hex"
	"os"
	"testing"
	"time"

	"github.com/google/go-sev-guest/kds"

	"github.com/vmattest/vmattest/internal/evidence"
)

// realMilan is the AMD-signed report go-sev-guest ships as test data (testdata/README.md), as a bundle.
func realMilan(t *testing.T) (*evidence.Bundle, time.Time) {
	t.Helper()
	report, err := os.ReadFile("testdata/milan-attestation.bin")
	if err != nil {
		t.Fatal(err)
	}
	vcek, err := os.ReadFile("testdata/milan-vcek.der")
	if err != nil {
		t.Fatal(err)
	}
	chain, err := os.ReadFile("testdata/milan-ask-ark.pem")
	if err != nil {
		t.Fatal(err)
	}
	ask, ark, err := kds.ParseProductCertChain(chain)
	if err != nil {
		t.Fatal(err)
	}
	b := &evidence.Bundle{Format: evidence.Format, TEE: evidence.TEESEVSNP, Report: report, VCEK: vcek, ASK: ask, ARK: ark}
	copy(b.ReportData[:], []byte{1, 2, 3, 4, 5})
	// Inside the VCEK's validity (2022-09-24 to 2029-09-24), whatever the clock says.
	return b, time.Date(2023, time.June, 1, 0, 0, 0, 0, time.UTC)
}

func TestRealMilanReport(t *testing.T) {
	ctx := context.Background()
	b, now := realMilan(t)

	// The guest was launched with DEBUG allowed (policy 0xb0000): refused by default.
	_, err := evidence.Verify(ctx, b, evidence.VerifyOptions{Now: now})
	checkOnly(t, err, evidence.ErrDebug)

	measurement := "b07af9620f3b839b47996422ddec6058338951d984e312115131ea82705eaf5b6bdf8a9ece31a5a608eb0cf2e4872b01"
	min := evidence.TCB{Bootloader: 2, TEE: 0, SNP: 5, Microcode: 68}
	vmpl := uint32(0)
	pol := &evidence.Policy{AllowDebug: true, Measurements: []string{measurement}, MinTCB: &min, VMPL: &vmpl}
	want := b.ReportData
	f, err := evidence.Verify(ctx, b, evidence.VerifyOptions{Now: now, Policy: pol, ExpectedReportData: &want})
	if err != nil {
		t.Fatalf("the real AMD-signed Milan report does not verify against AMD's roots: %v", err)
	}
	if f.TEE != evidence.TEESEVSNP || f.Insecure || f.Product != evidence.ProductMilan || f.Version != 2 || !f.Debug ||
		hex.EncodeToString(f.Measurement[:]) != measurement || f.TCB() != min || f.Policy != 0xb0000 {
		t.Fatalf("facts: %s", f)
	}
	t.Logf("facts: %s", f)

	// One SVN more in the policy's minimum, and it is below.
	higher := min
	higher.SNP++
	_, err = evidence.Verify(ctx, b, evidence.VerifyOptions{Now: now, Policy: &evidence.Policy{AllowDebug: true, MinTCB: &higher}})
	checkOnly(t, err, evidence.ErrTCB)

	// A changed byte breaks AMD's signature.
	tampered := *b
	tampered.Report = append([]byte{}, b.Report...)
	tampered.Report[0xC0] ^= 0x80 // HOST_DATA
	_, err = evidence.Verify(ctx, &tampered, evidence.VerifyOptions{Now: now, Policy: pol})
	checkOnly(t, err, evidence.ErrSignature)

	// After the VCEK expired.
	_, err = evidence.Verify(ctx, b, evidence.VerifyOptions{Now: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC), Policy: pol})
	checkOnly(t, err, evidence.ErrSignature)

	// Labelled as simulated and checked against a simulator's root, AMD's chain is not that root.
	sim := *b
	sim.TEE, sim.Insecure = evidence.TEESEVSNPSim, true
	_, err = evidence.Verify(ctx, &sim, evidence.VerifyOptions{Now: now, Policy: pol, AllowInsecure: true, SimulatorRoot: devA.Root()})
	checkOnly(t, err, evidence.ErrUnknownRoot)

	// A simulated chain presented as real hardware is not AMD's.
	fake := evidenceOf(t, devA, reportData("x"))
	fake.TEE, fake.Insecure = evidence.TEESEVSNP, false
	_, err = evidence.Verify(ctx, fake, evidence.VerifyOptions{})
	checkOnly(t, err, evidence.ErrUnknownRoot)
	// ... even when it carries AMD's real ASK and ARK.
	fake.ASK, fake.ARK = b.ASK, b.ARK
	_, err = evidence.Verify(ctx, fake, evidence.VerifyOptions{})
	checkOnly(t, err, evidence.ErrUnknownRoot)
}
