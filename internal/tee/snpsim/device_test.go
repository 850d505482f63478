package snpsim_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rsa"
	"crypto/x509"
	"encoding/asn1"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-sev-guest/abi"
	"github.com/google/go-sev-guest/kds"
	spb "github.com/google/go-sev-guest/proto/sevsnp"
	"github.com/google/go-sev-guest/validate"
	"github.com/google/go-sev-guest/verify"
	"github.com/google/go-sev-guest/verify/trust"

	"github.com/vmattest/vmattest/internal/evidence"
	"github.com/vmattest/vmattest/internal/tee"
	"github.com/vmattest/vmattest/internal/tee/snpsim"
)

var _ tee.Backend = (*snpsim.Device)(nil)

// One device for the package: generating its RSA-4096 chain takes a second or so.
var (
	shared     *snpsim.Device
	sharedDir  string
	sharedLogs bytes.Buffer
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "snpsim-test-")
	if err != nil {
		panic(err)
	}
	sharedDir = filepath.Join(dir, "state")
	shared, err = snpsim.Open(sharedDir, snpsim.WithLogger(slog.New(slog.NewTextHandler(&sharedLogs, nil))))
	if err != nil {
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func rd(s string) [64]byte {
	var r [64]byte
	copy(r[:], s)
	return r
}

func TestStateDirectory(t *testing.T) {
	fi, err := os.Stat(sharedDir)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o700 {
		t.Errorf("state directory mode %v, want 0700", fi.Mode().Perm())
	}
	entries, err := os.ReadDir(sharedDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != snpsim.StateFile {
		t.Errorf("state directory holds %v, want only %s", entries, snpsim.StateFile)
	}
	fi, err = os.Stat(filepath.Join(sharedDir, snpsim.StateFile))
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("state file mode %v, want 0600", fi.Mode().Perm())
	}
	data, _ := os.ReadFile(filepath.Join(sharedDir, snpsim.StateFile))
	if !bytes.Contains(data, []byte("INSECURE")) {
		t.Error("state file does not say INSECURE")
	}

	// Reopening keeps the root, the chip and the secret.
	again, err := snpsim.Open(sharedDir)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Root().PEM(), shared.Root().PEM()) || again.ChipID() != shared.ChipID() {
		t.Error("reopened device has another root or chip id")
	}
	k1, _ := shared.SealingKey(context.Background())
	k2, _ := again.SealingKey(context.Background())
	if k1 != k2 {
		t.Error("reopened device derives another sealing key")
	}
	if _, err := snpsim.Open(sharedDir, snpsim.WithProduct("Genoa")); err == nil {
		t.Error("opening a Milan state as Genoa succeeded")
	}
}

func TestLogsInsecure(t *testing.T) {
	if !strings.Contains(sharedLogs.String(), "INSECURE: simulated SEV-SNP device") {
		t.Errorf("log does not say INSECURE: %q", sharedLogs.String())
	}
	if shared.TEE() != "sev-snp-sim" || !shared.Insecure() {
		t.Errorf("TEE %q insecure %t", shared.TEE(), shared.Insecure())
	}
}

func TestEvidenceIsARealReport(t *testing.T) {
	ctx := context.Background()
	b, err := shared.Evidence(ctx, rd("binding"))
	if err != nil {
		t.Fatal(err)
	}
	if b.TEE != "sev-snp-sim" || !b.Insecure || b.Format != evidence.Format || b.ReportData != rd("binding") {
		t.Fatalf("bundle header %q %q %t", b.Format, b.TEE, b.Insecure)
	}
	// go-sev-guest's parser reads every field where the simulator put it.
	r, err := abi.ReportToProto(b.Report)
	if err != nil {
		t.Fatal(err)
	}
	tcb := snpsim.DefaultTCB.Encode("Milan")
	chip := shared.ChipID()
	switch {
	case r.Version != 3, r.Policy != snpsim.DefaultPolicy, r.Vmpl != 0, r.SignatureAlgo != abi.SignEcdsaP384Sha384:
		t.Errorf("version %d policy %#x vmpl %d algo %d", r.Version, r.Policy, r.Vmpl, r.SignatureAlgo)
	case !bytes.Equal(r.ReportData, b.ReportData[:]), !bytes.Equal(r.Measurement, snpsim.DefaultMeasurement[:]), !bytes.Equal(r.ChipId, chip[:]):
		t.Error("report data, measurement or chip id not where go-sev-guest reads them")
	case r.ReportedTcb != tcb, r.CurrentTcb != tcb, r.CommittedTcb != tcb, r.LaunchTcb != tcb:
		t.Errorf("TCBs %#x %#x %#x %#x, want %#x", r.ReportedTcb, r.CurrentTcb, r.CommittedTcb, r.LaunchTcb, tcb)
	case kds.ProductLineFromFms(r.Cpuid1EaxFms) != "Milan":
		t.Errorf("CPUID %#x is not Milan", r.Cpuid1EaxFms)
	case r.CurrentMajor != 1 || r.CurrentMinor != 55 || r.CurrentBuild != 21 || r.CommittedBuild != 21:
		t.Errorf("firmware %d.%d.%d", r.CurrentMajor, r.CurrentMinor, r.CurrentBuild)
	}
	// Re-serialising the parsed report gives the same bytes: no field is lost.
	back, err := abi.ReportToAbiBytes(r)
	if err != nil || !bytes.Equal(back, b.Report) {
		t.Errorf("report does not round-trip through go-sev-guest's abi: %v", err)
	}
	d := kds.DecomposeTCBVersion(kds.TCBVersion(tcb))
	if d.BlSpl != 4 || d.SnpSpl != 22 || d.UcodeSpl != 213 {
		t.Errorf("TCB parts %+v", d)
	}
}

// trustedRoots reads a device root the way go-sev-guest's tools read a CA bundle.
func trustedRoots(t *testing.T, d *snpsim.Device) map[string][]*trust.AMDRootCerts {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sim-root.pem")
	if err := d.WriteRoot(path); err != nil {
		t.Fatal(err)
	}
	root := trust.AMDRootCertsProduct(d.Product())
	if err := root.FromKDSCert(path); err != nil {
		t.Fatal(err)
	}
	return map[string][]*trust.AMDRootCerts{d.Product(): {root}}
}

func attestation(t *testing.T, b *evidence.Bundle) *spb.Attestation {
	t.Helper()
	r, err := abi.ReportToProto(b.Report)
	if err != nil {
		t.Fatal(err)
	}
	return &spb.Attestation{Report: r, CertificateChain: &spb.CertificateChain{VcekCert: b.VCEK, AskCert: b.ASK, ArkCert: b.ARK}}
}

func TestGoSevGuestVerifiesSimulatedEvidence(t *testing.T) {
	b, err := shared.Evidence(context.Background(), rd("go-sev-guest"))
	if err != nil {
		t.Fatal(err)
	}
	att := attestation(t, b)
	opts := &verify.Options{DisableCertFetching: true, TrustedRoots: trustedRoots(t, shared)}
	if err := verify.SnpAttestation(att, opts); err != nil {
		t.Fatalf("go-sev-guest verify refused simulated evidence: %v", err)
	}
	vopts := &validate.Options{
		GuestPolicy: abi.SnpPolicy{SMT: true},
		ReportData:  b.ReportData[:],
		Measurement: snpsim.DefaultMeasurement[:],
		MinimumTCB:  kds.TCBParts{BlSpl: 4, SnpSpl: 22, UcodeSpl: 213},
	}
	if err := validate.SnpAttestation(att, vopts); err != nil {
		t.Fatalf("go-sev-guest validate refused simulated evidence: %v", err)
	}
	// Without the root, go-sev-guest trusts only AMD's roots and refuses it.
	if err := verify.SnpAttestation(attestation(t, b), &verify.Options{DisableCertFetching: true}); err == nil {
		t.Fatal("go-sev-guest verify accepted simulated evidence against AMD's roots")
	}
	// A changed byte breaks the signature.
	b.Report[0x90] ^= 1
	if err := verify.SnpAttestation(attestation(t, b), opts); err == nil {
		t.Fatal("go-sev-guest verify accepted a tampered report")
	}
}

func TestEvidenceVerifies(t *testing.T) {
	ctx := context.Background()
	b, err := shared.Evidence(ctx, rd("ok"))
	if err != nil {
		t.Fatal(err)
	}
	want := rd("ok")
	vmpl := uint32(0)
	facts, err := evidence.Verify(ctx, b, evidence.VerifyOptions{
		SimulatorRoot: shared.Root(), AllowInsecure: true, ExpectedReportData: &want,
		Policy: &evidence.Policy{Measurements: []string{"0x" + hexs(snpsim.DefaultMeasurement[:])}, MinTCB: &snpsim.DefaultTCB, VMPL: &vmpl},
	})
	if err != nil {
		t.Fatal(err)
	}
	if facts.TEE != "sev-snp-sim" || !facts.Insecure || facts.Product != "Milan" || facts.TCB() != snpsim.DefaultTCB || facts.ChipID != shared.ChipID() {
		t.Errorf("facts %s", facts)
	}
}

func hexs(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = append(out, digits[c>>4], digits[c&15])
	}
	return string(out)
}

func TestVariants(t *testing.T) {
	ctx := context.Background()
	opt := evidence.VerifyOptions{SimulatorRoot: shared.Root(), AllowInsecure: true}
	var m [48]byte
	m[0] = 0x42
	low := evidence.TCB{Bootloader: 1, TEE: 0, SNP: 3, Microcode: 100}
	for _, tc := range []struct {
		name  string
		opt   snpsim.Option
		check func(*evidence.Facts) bool
	}{
		{"debug", snpsim.WithDebug(), func(f *evidence.Facts) bool { return f.Debug }},
		{"measurement", snpsim.WithMeasurement(m), func(f *evidence.Facts) bool { return f.Measurement == m }},
		{"low TCB", snpsim.WithTCB(low), func(f *evidence.Facts) bool { return f.TCB() == low && f.CurrentTCB == f.ReportedTCB }},
		{"VMPL 3", snpsim.WithVMPL(3), func(f *evidence.Facts) bool { return f.VMPL == 3 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := shared.With(tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			b, err := d.Evidence(ctx, rd(tc.name))
			if err != nil {
				t.Fatal(err)
			}
			// Each variant is validly signed; only a policy refuses it (tested in internal/evidence).
			o := opt
			o.Policy = &evidence.Policy{AllowDebug: true}
			f, err := evidence.Verify(ctx, b, o)
			if err != nil {
				t.Fatal(err)
			}
			if !tc.check(f) {
				t.Errorf("facts %s", f)
			}
		})
	}
	t.Run("foreign VCEK", func(t *testing.T) {
		d, _ := shared.With(snpsim.WithForeignVCEK())
		b, err := d.Evidence(ctx, rd("x"))
		if err != nil {
			t.Fatal(err)
		}
		good, _ := shared.Evidence(ctx, rd("x"))
		if !bytes.Equal(b.VCEK, good.VCEK) {
			t.Error("a foreign-VCEK bundle should carry the genuine VCEK certificate")
		}
		if _, err := evidence.Verify(ctx, b, opt); !errors.Is(err, evidence.ErrSignature) {
			t.Errorf("got %v, want ErrSignature", err)
		}
	})
}

func TestCertificatesLookLikeAMDs(t *testing.T) {
	b, err := shared.Evidence(context.Background(), rd("certs"))
	if err != nil {
		t.Fatal(err)
	}
	var certs [3]*x509.Certificate
	for i, der := range [][]byte{b.VCEK, b.ASK, b.ARK} {
		if certs[i], err = x509.ParseCertificate(der); err != nil {
			t.Fatal(err)
		}
		if certs[i].SignatureAlgorithm != x509.SHA384WithRSAPSS || certs[i].Version != 3 {
			t.Errorf("cert %d: %v v%d", i, certs[i].SignatureAlgorithm, certs[i].Version)
		}
		for _, n := range []struct{ got, want []string }{
			{certs[i].Subject.Country, []string{"US"}}, {certs[i].Subject.Locality, []string{"Santa Clara"}},
			{certs[i].Subject.Province, []string{"CA"}}, {certs[i].Subject.Organization, []string{"Advanced Micro Devices"}},
			{certs[i].Subject.OrganizationalUnit, []string{"Engineering"}},
		} {
			if strings.Join(n.got, ",") != strings.Join(n.want, ",") {
				t.Errorf("cert %d subject %v", i, certs[i].Subject)
			}
		}
	}
	vcek, ask, ark := certs[0], certs[1], certs[2]
	if vcek.Subject.CommonName != "SEV-VCEK" || vcek.Issuer.CommonName != "SEV-Milan" || ask.Subject.CommonName != "SEV-Milan" ||
		ark.Subject.CommonName != "ARK-Milan" || ark.Issuer.CommonName != "ARK-Milan" {
		t.Errorf("names: %s / %s / %s", vcek.Subject, ask.Subject, ark.Subject)
	}
	if pub, ok := vcek.PublicKey.(*ecdsa.PublicKey); !ok || pub.Curve != elliptic.P384() {
		t.Errorf("VCEK key %T", vcek.PublicKey)
	}
	for _, c := range []*x509.Certificate{ask, ark} {
		if pub, ok := c.PublicKey.(*rsa.PublicKey); !ok || pub.N.BitLen() != 4096 {
			t.Errorf("%s key is not RSA-4096", c.Subject.CommonName)
		}
		if len(c.CRLDistributionPoints) != 1 || c.CRLDistributionPoints[0] != "https://kdsintf.amd.com/vcek/v1/Milan/crl" {
			t.Errorf("%s CRL %v", c.Subject.CommonName, c.CRLDistributionPoints)
		}
	}
	if !ask.IsCA || ask.MaxPathLen != 0 || !ask.MaxPathLenZero || ask.KeyUsage != x509.KeyUsageCertSign || ask.SerialNumber.Int64() != 0x10001 {
		t.Errorf("ASK constraints: CA %t pathlen %d usage %v serial %v", ask.IsCA, ask.MaxPathLen, ask.KeyUsage, ask.SerialNumber)
	}
	if !ark.IsCA || ark.KeyUsage != x509.KeyUsageCertSign|x509.KeyUsageCRLSign || ark.SerialNumber.Int64() != 0x10000 {
		t.Errorf("ARK constraints: CA %t usage %v serial %v", ark.IsCA, ark.KeyUsage, ark.SerialNumber)
	}
	// The VCEK's extensions are exactly AMD's, in AMD's order, with no authority key identifier.
	var oids []string
	for _, e := range vcek.Extensions {
		oids = append(oids, e.Id.String())
	}
	want := "1.3.6.1.4.1.3704.1.1 1.3.6.1.4.1.3704.1.2 1.3.6.1.4.1.3704.1.3.1 1.3.6.1.4.1.3704.1.3.2 1.3.6.1.4.1.3704.1.3.4 " +
		"1.3.6.1.4.1.3704.1.3.5 1.3.6.1.4.1.3704.1.3.6 1.3.6.1.4.1.3704.1.3.7 1.3.6.1.4.1.3704.1.3.3 1.3.6.1.4.1.3704.1.3.8 1.3.6.1.4.1.3704.1.4"
	if got := strings.Join(oids, " "); got != want {
		t.Errorf("VCEK extensions\n got %s\nwant %s", got, want)
	}
	exts, err := kds.VcekCertificateExtensions(vcek)
	if err != nil {
		t.Fatal(err)
	}
	chip := shared.ChipID()
	if exts.ProductName != "Milan-B1" || !bytes.Equal(exts.HWID, chip[:]) || uint64(exts.TCBVersion) != snpsim.DefaultTCB.Encode("Milan") {
		t.Errorf("extensions %+v", exts)
	}
	var name string
	if _, err := asn1.UnmarshalWithParams(vcek.Extensions[1].Value, &name, "ia5"); err != nil || name != "Milan-B1" {
		t.Errorf("product name %q: %v", name, err)
	}
}

func TestSealingKey(t *testing.T) {
	ctx := context.Background()
	k, err := shared.SealingKey(ctx)
	if err != nil || k == ([32]byte{}) {
		t.Fatal(k, err)
	}
	var m [48]byte
	other, _ := shared.With(snpsim.WithMeasurement(m))
	debug, _ := shared.With(snpsim.WithDebug())
	same, _ := shared.With(snpsim.WithVMPL(2))
	km, _ := other.SealingKey(ctx)
	kd, _ := debug.SealingKey(ctx)
	ks, _ := same.SealingKey(ctx)
	if km == k || kd == k || km == kd {
		t.Error("another measurement or policy gives the same sealing key")
	}
	if ks != k {
		t.Error("the sealing key depends on something other than the measurement and the policy")
	}
}

func TestOptionsChecked(t *testing.T) {
	for name, o := range map[string]snpsim.Option{
		"vmpl 4":           snpsim.WithVMPL(4),
		"tcb 200":          snpsim.WithTCB(evidence.TCB{SNP: 200}),
		"fmc":              snpsim.WithTCB(evidence.TCB{FMC: 1}),
		"policy no bit 17": snpsim.WithPolicy(1 << 16),
		"product":          snpsim.WithProduct("Turin"),
	} {
		if _, err := shared.With(o); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestConcurrentCreationAgrees(t *testing.T) {
	if testing.Short() {
		t.Skip("generates two RSA-4096 chains")
	}
	dir := filepath.Join(t.TempDir(), "state")
	quiet := snpsim.WithLogger(slog.New(slog.DiscardHandler))
	var wg sync.WaitGroup
	devs := make([]*snpsim.Device, 2)
	errs := make([]error, 2)
	for i := range devs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			devs[i], errs[i] = snpsim.Open(dir, quiet, snpsim.WithProduct("Genoa"))
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(devs[0].Root().PEM(), devs[1].Root().PEM()) || devs[0].ChipID() != devs[1].ChipID() {
		t.Fatal("two processes creating the same state ended with different devices")
	}
	// A Genoa device's evidence verifies with go-sev-guest too (the product comes from the report's CPUID).
	b, err := devs[1].Evidence(context.Background(), rd("genoa"))
	if err != nil {
		t.Fatal(err)
	}
	if err := verify.SnpAttestation(attestation(t, b), &verify.Options{DisableCertFetching: true, TrustedRoots: trustedRoots(t, devs[0])}); err != nil {
		t.Fatal(err)
	}
	f, err := evidence.Verify(context.Background(), b, evidence.VerifyOptions{SimulatorRoot: devs[0].Root(), AllowInsecure: true})
	if err != nil || f.Product != "Genoa" {
		t.Fatal(f, err)
	}
}
