package evidence_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-sev-guest/abi"
	spb "github.com/google/go-sev-guest/proto/sevsnp"
	"github.com/google/go-sev-guest/validate"
	"github.com/google/go-sev-guest/verify"
	"github.com/google/go-sev-guest/verify/trust"

	"github.com/vmattest/vmattest/internal/evidence"
	"github.com/vmattest/vmattest/internal/tee"
)

// TestExportSevGuest writes simulated evidence in go-sev-guest's file forms, re-reads them with
// go-sev-guest's own parsers and verifies them with go-sev-guest's verifier given only the simulator's root
// (read from its own file, not from the export): the format is the real one.
func TestExportSevGuest(t *testing.T) {
	rd := reportData("export")
	b := evidenceOf(t, devA, rd)
	dir := filepath.Join(t.TempDir(), "export")
	if err := evidence.ExportSevGuest(b, dir); err != nil {
		t.Fatal(err)
	}
	read := func(name string) []byte {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return data
	}

	// report.bin and certs.bin, parsed separately.
	report, err := abi.ReportToProto(read(evidence.ExportReport))
	if err != nil {
		t.Fatal(err)
	}
	table := new(abi.CertTable)
	if err := table.Unmarshal(read(evidence.ExportCerts)); err != nil {
		t.Fatal(err)
	}
	for guid, want := range map[string][]byte{abi.VcekGUID: b.VCEK, abi.AskGUID: b.ASK, abi.ArkGUID: b.ARK} {
		got, err := table.GetByGUIDString(guid)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("certificate %s: %v", guid, err)
		}
	}
	separate := &spb.Attestation{Report: report, CertificateChain: table.Proto()}

	// attestation.bin: the report followed by the table, as go-sev-guest's tools read "-inform bin".
	combined, err := abi.ReportCertsToProto(read(evidence.ExportAttestation))
	if err != nil {
		t.Fatal(err)
	}
	r1, _ := abi.ReportToAbiBytes(combined.Report)
	r2, _ := abi.ReportToAbiBytes(separate.Report)
	c1, c2 := combined.CertificateChain, separate.CertificateChain
	if !bytes.Equal(r1, b.Report) || !bytes.Equal(r2, b.Report) || !bytes.Equal(c1.VcekCert, c2.VcekCert) ||
		!bytes.Equal(c1.AskCert, c2.AskCert) || !bytes.Equal(c1.ArkCert, c2.ArkCert) {
		t.Fatal("attestation.bin does not parse to report.bin and certs.bin")
	}

	// ask_ark.pem is the bundle's chain in KDS form; it must equal the device's root, but verification below
	// trusts the root the device's operator hands out, not the exported one.
	if !bytes.Equal(read(evidence.ExportAskArk), devA.Root().PEM()) {
		t.Fatal("ask_ark.pem is not the device's root")
	}
	rootFile := filepath.Join(t.TempDir(), "sim-root.pem")
	if err := devA.WriteRoot(rootFile); err != nil {
		t.Fatal(err)
	}
	root := trust.AMDRootCertsProduct(devA.Product())
	if err := root.FromKDSCert(rootFile); err != nil {
		t.Fatal(err)
	}
	opts := &verify.Options{DisableCertFetching: true, TrustedRoots: map[string][]*trust.AMDRootCerts{devA.Product(): {root}}}
	for name, att := range map[string]*spb.Attestation{"report.bin+certs.bin": separate, "attestation.bin": combined} {
		if err := verify.SnpAttestation(att, opts); err != nil {
			t.Fatalf("%s: go-sev-guest verify: %v", name, err)
		}
		if err := validate.SnpAttestation(att, &validate.Options{GuestPolicy: abi.SnpPolicy{SMT: true}, ReportData: rd[:]}); err != nil {
			t.Fatalf("%s: go-sev-guest validate: %v", name, err)
		}
	}
	// Another device's root does not verify it.
	other := trust.AMDRootCertsProduct(devB.Product())
	if err := other.FromKDSCertBytes(devB.Root().PEM()); err != nil {
		t.Fatal(err)
	}
	if err := verify.SnpAttestation(combined, &verify.Options{DisableCertFetching: true,
		TrustedRoots: map[string][]*trust.AMDRootCerts{devB.Product(): {other}}}); err == nil {
		t.Fatal("go-sev-guest verified the export against another device's root")
	}

	// Software evidence has nothing to export.
	sw, _ := tee.NewSoftware().Evidence(context.Background(), rd)
	if err := evidence.ExportSevGuest(sw, t.TempDir()); err == nil {
		t.Fatal("exported software evidence")
	}
}

// The real AMD report exports to the same forms.
func TestExportRealMilan(t *testing.T) {
	b, now := realMilan(t)
	dir := t.TempDir()
	if err := evidence.ExportSevGuest(b, dir); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, evidence.ExportAttestation))
	if err != nil {
		t.Fatal(err)
	}
	att, err := abi.ReportCertsToProto(data)
	if err != nil {
		t.Fatal(err)
	}
	// go-sev-guest's embedded AMD roots (TrustedRoots nil).
	if err := verify.SnpAttestation(att, &verify.Options{DisableCertFetching: true, Now: now}); err != nil {
		t.Fatal(err)
	}
}
