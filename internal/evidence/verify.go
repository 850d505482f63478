package evidence

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/google/go-sev-guest/abi"
	"github.com/google/go-sev-guest/kds"
	spb "github.com/google/go-sev-guest/proto/sevsnp"
	"github.com/google/go-sev-guest/validate"
	"github.com/google/go-sev-guest/verify"
	"github.com/google/go-sev-guest/verify/trust"
)

// The verification failures. Each check of Verify fails with its own error, matchable with errors.Is;
// the message names the check and the values. Errors about the bundle's form match ErrMalformed.
var (
	// ErrInsecure: the bundle comes from an insecure TEE (sev-snp-sim, software) and the options do not
	// allow insecure TEEs.
	ErrInsecure = errors.New("insecure TEE evidence not allowed")
	// ErrUnknownRoot: the certificate chain does not end at a trusted root (AMD's for sev-snp, the
	// simulator root passed in the options for sev-snp-sim).
	ErrUnknownRoot = errors.New("certificate chain does not end at a trusted root")
	// ErrSignature: the report's signature, or a certificate of the chain, is invalid (go-sev-guest's
	// verify refused it), or the VCEK is not the one of the report's chip.
	ErrSignature = errors.New("invalid report signature or certificate chain")
	// ErrReportData: REPORT_DATA is not the bundle's ReportData or not the expected binding.
	ErrReportData = errors.New("REPORT_DATA is not the expected binding")
	// ErrDebug: the guest policy allows debugging (the host can read and change the VM's memory).
	ErrDebug = errors.New("guest policy allows debugging")
	// ErrMeasurement: the launch measurement is not one the policy allows.
	ErrMeasurement = errors.New("launch measurement not allowed")
	// ErrTCB: the reported TCB is below the policy's minimum, or the report's TCB values are inconsistent
	// with each other or with the VCEK.
	ErrTCB = errors.New("TCB below the minimum or inconsistent")
	// ErrVMPL: the report's VMPL is not the policy's.
	ErrVMPL = errors.New("VMPL not allowed")
	// ErrValidate: go-sev-guest's validate refused the report after vmattest's own checks passed (for
	// instance the committed firmware version differs from the current one).
	ErrValidate = errors.New("report refused by go-sev-guest validate")
)

// VerifyOptions say what Verify trusts and requires.
type VerifyOptions struct {
	// Now is the time at which certificates must be valid; zero means time.Now().
	Now time.Time
	// SimulatorRoot is the root (ARK and ASK) of a sev-snp-sim device; required to accept sev-snp-sim
	// bundles. The chain inside a sim bundle is never trusted by itself.
	SimulatorRoot *SimRoot
	// AllowInsecure accepts sev-snp-sim and software bundles at all (devnets, CI).
	AllowInsecure bool
	// ExpectedReportData, when set, must equal REPORT_DATA (and the bundle's ReportData).
	ExpectedReportData *[64]byte
	// Policy, when set, is checked. Without it a debug guest is still refused.
	Policy *Policy
}

// Verify checks a bundle and returns the facts of its report. In order:
//
//  1. the bundle's form (ErrMalformed), and that an insecure TEE is allowed (ErrInsecure);
//  2. for a software bundle: only the report data and a policy that asks nothing of a report (a policy
//     with measurements, a minimum TCB or a VMPL refuses it with ErrMeasurement, ErrTCB, ErrVMPL);
//  3. the report's structure (ErrMalformed) and that a VCEK signed it (ErrSignature);
//  4. that the VCEK certificate chains to a trusted root: AMD's roots embedded in go-sev-guest for
//     sev-snp, opt.SimulatorRoot for sev-snp-sim (ErrUnknownRoot, or ErrSignature for a chain that
//     reaches the root but is otherwise invalid, e.g. expired at opt.Now);
//  5. go-sev-guest's verify.SnpAttestation with those roots as TrustedRoots, no certificate fetching, no
//     revocation check and opt.Now: the VCEK's form and extensions, its chain, the report's signature
//     (ErrSignature);
//  6. REPORT_DATA equals the bundle's ReportData and opt.ExpectedReportData (ErrReportData);
//  7. CHIP_ID, when not masked, is the VCEK's HWID (ErrSignature); the VCEK's TCB is REPORTED_TCB and not
//     above CURRENT_TCB, and COMMITTED_TCB equals CURRENT_TCB (ErrTCB);
//  8. the policy: no DEBUG bit unless allowed (ErrDebug, also without a policy), an allowed measurement
//     (ErrMeasurement), the minimum reported TCB (ErrTCB), the VMPL (ErrVMPL);
//  9. go-sev-guest's validate.SnpAttestation with the same requirements, as a cross-check (ErrValidate).
func Verify(ctx context.Context, b *Bundle, opt VerifyOptions) (*Facts, error) {
	if err := b.Validate(); err != nil {
		return nil, err
	}
	var allowed [][48]byte
	if opt.Policy != nil {
		if err := opt.Policy.Validate(); err != nil {
			return nil, fmt.Errorf("invalid verification %w", err)
		}
		allowed, _ = opt.Policy.measurements()
	}
	if b.Insecure && !opt.AllowInsecure {
		return nil, fmt.Errorf("%w: the evidence comes from %q, an INSECURE TEE (accept it only on devnets, by allowing insecure TEEs)", ErrInsecure, b.TEE)
	}
	now := opt.Now
	if now.IsZero() {
		now = time.Now()
	}
	if b.TEE == TEESoftware {
		return verifySoftware(b, opt)
	}

	facts, err := ParseReport(b.Report)
	if err != nil {
		return nil, err
	}
	facts.TEE, facts.Insecure = b.TEE, b.Insecure
	if facts.SigningKey != abi.VcekReportSigner.String() {
		return nil, fmt.Errorf("%w: the report is signed by %s, want VCEK", ErrSignature, facts.SigningKey)
	}
	var certs [3]*x509.Certificate
	for i, f := range []struct {
		key string
		der []byte
	}{{"vcek", b.VCEK}, {"ask", b.ASK}, {"ark", b.ARK}} {
		if certs[i], err = x509.ParseCertificate(f.der); err != nil {
			return nil, fieldErr(f.key, fmt.Errorf("not a DER X.509 certificate: %w", err))
		}
	}
	vcek, bundleARK := certs[0], certs[2]
	exts, err := kds.VcekCertificateExtensions(vcek)
	if err != nil {
		return nil, fmt.Errorf("%w: the VCEK certificate is not an AMD KDS VCEK certificate: %v", ErrSignature, err)
	}
	if facts.Product == "" {
		// A version 2 report does not name its product; the VCEK does (verify checks the same).
		p, err := kds.ParseProductName(exts.ProductName, abi.VcekReportSigner)
		if err != nil {
			return nil, fmt.Errorf("%w: VCEK product name: %v", ErrSignature, err)
		}
		facts.Product = knownProduct(kds.ProductLine(p))
	}
	if facts.Product == "" {
		return nil, fmt.Errorf("%w: unknown AMD product line", ErrUnknownRoot)
	}

	// Roots: go-sev-guest's embedded AMD roots for real hardware (TrustedRoots nil), the given simulator
	// root for the simulator.
	var trusted map[string][]*trust.AMDRootCerts
	var candidates []*trust.ProductCerts
	switch b.TEE {
	case TEESEVSNP:
		if r, err := trust.GetDefaultRootCerts(facts.Product); err == nil {
			candidates = append(candidates, r.ProductCerts)
		}
	case TEESEVSNPSim:
		if opt.SimulatorRoot == nil {
			return nil, fmt.Errorf("%w: %s evidence needs the simulator's root (ARK and ASK), which was not given", ErrUnknownRoot, TEESEVSNPSim)
		}
		root, err := opt.SimulatorRoot.trustRoot()
		if err != nil {
			return nil, fmt.Errorf("invalid simulator root: %w", err)
		}
		trusted = map[string][]*trust.AMDRootCerts{root.GetProductLine(): {root}}
		if root.GetProductLine() == facts.Product {
			candidates = append(candidates, root.ProductCerts)
		}
	}
	if err := checkChain(facts.Product, vcek, bundleARK, candidates, now); err != nil {
		return nil, err
	}

	att := &spb.Attestation{
		CertificateChain: &spb.CertificateChain{VcekCert: b.VCEK, AskCert: b.ASK, ArkCert: b.ARK},
	}
	if att.Report, err = abi.ReportToProto(b.Report); err != nil {
		return nil, fieldErr("report", err)
	}
	if err := verify.SnpAttestationContext(ctx, att, &verify.Options{
		DisableCertFetching: true,
		CheckRevocations:    false,
		TrustedRoots:        trusted,
		Now:                 now,
	}); err != nil {
		return nil, fmt.Errorf("%w: go-sev-guest verify: %v", ErrSignature, err)
	}

	// The binding.
	if facts.ReportData != b.ReportData {
		return nil, fmt.Errorf("%w: the report's REPORT_DATA 0x%x is not the bundle's reportData 0x%x", ErrReportData, facts.ReportData, b.ReportData)
	}
	if opt.ExpectedReportData != nil && facts.ReportData != *opt.ExpectedReportData {
		return nil, fmt.Errorf("%w: REPORT_DATA is 0x%x, want 0x%x", ErrReportData, facts.ReportData, *opt.ExpectedReportData)
	}

	// The report against its VCEK.
	if facts.ChipID != ([64]byte{}) && !bytes.Equal(facts.ChipID[:], exts.HWID) {
		return nil, fmt.Errorf("%w: CHIP_ID 0x%x is not the VCEK's HWID 0x%x: the VCEK is another chip's", ErrSignature, facts.ChipID, exts.HWID)
	}
	vcekTCB := uint64(exts.TCBVersion)
	switch {
	case vcekTCB != facts.ReportedTCB:
		return nil, fmt.Errorf("%w: the VCEK is certified for TCB %s (0x%016x), the report's REPORTED_TCB is %s (0x%016x)",
			ErrTCB, DecodeTCB(facts.Product, vcekTCB), vcekTCB, DecodeTCB(facts.Product, facts.ReportedTCB), facts.ReportedTCB)
	case !kds.TCBPartsLE(kds.DecomposeTCBVersion(exts.TCBVersion), kds.DecomposeTCBVersion(kds.TCBVersion(facts.CurrentTCB))):
		return nil, fmt.Errorf("%w: the VCEK's TCB 0x%016x is above CURRENT_TCB 0x%016x", ErrTCB, vcekTCB, facts.CurrentTCB)
	case facts.CommittedTCB != facts.CurrentTCB:
		return nil, fmt.Errorf("%w: COMMITTED_TCB 0x%016x is not CURRENT_TCB 0x%016x (provisional firmware)", ErrTCB, facts.CommittedTCB, facts.CurrentTCB)
	}

	// The policy.
	var pol Policy
	if opt.Policy != nil {
		pol = *opt.Policy
	}
	if facts.Debug && !pol.AllowDebug {
		return nil, fmt.Errorf("%w: guest policy 0x%x has the DEBUG bit (19) set and the policy does not allow debug guests", ErrDebug, facts.Policy)
	}
	if len(allowed) > 0 && !containsMeasurement(allowed, facts.Measurement) {
		return nil, fmt.Errorf("%w: measurement 0x%x is not one of the %d the policy allows", ErrMeasurement, facts.Measurement, len(allowed))
	}
	if pol.MinTCB != nil && !facts.TCB().AtLeast(*pol.MinTCB, facts.Product) {
		return nil, fmt.Errorf("%w: reported TCB %s is below the minimum %s", ErrTCB, facts.TCB(), *pol.MinTCB)
	}
	if pol.VMPL != nil && facts.VMPL != *pol.VMPL {
		return nil, fmt.Errorf("%w: the report was requested at VMPL %d, the policy requires VMPL %d", ErrVMPL, facts.VMPL, *pol.VMPL)
	}

	// The same requirements through go-sev-guest's validate: it catches what the checks above do not
	// look at (the committed and current firmware versions) and guards them against a slip.
	vopt := &validate.Options{
		// Everything the policy file does not govern is allowed; DEBUG only when the policy says so.
		GuestPolicy: abi.SnpPolicy{SMT: true, MigrateMA: true, CXLAllowed: true, Debug: pol.AllowDebug},
		ReportData:  facts.ReportData[:],
	}
	if len(allowed) == 1 {
		vopt.Measurement = allowed[0][:]
	}
	if pol.MinTCB != nil && facts.Product != ProductTurin {
		// go-sev-guest v0.15.0 decomposes TCBs with the Milan/Genoa layout only; Turin is checked above.
		vopt.MinimumTCB = kds.TCBParts{BlSpl: pol.MinTCB.Bootloader, TeeSpl: pol.MinTCB.TEE, SnpSpl: pol.MinTCB.SNP, UcodeSpl: pol.MinTCB.Microcode}
	}
	if pol.VMPL != nil {
		v := int(*pol.VMPL)
		vopt.VMPL = &v
	}
	if err := validate.SnpAttestation(att, vopt); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrValidate, err)
	}
	return facts, nil
}

// checkChain checks that the bundle's ARK is a trusted root and that the VCEK chains to a trusted root at
// now, to tell a foreign root (ErrUnknownRoot) from a broken chain (ErrSignature) before go-sev-guest's
// verify, which reports both alike.
func checkChain(product string, vcek, bundleARK *x509.Certificate, roots []*trust.ProductCerts, now time.Time) error {
	if len(roots) == 0 {
		return fmt.Errorf("%w: no trusted root for AMD product line %s", ErrUnknownRoot, product)
	}
	known := false
	for _, r := range roots {
		if r.Ark != nil && bytes.Equal(r.Ark.Raw, bundleARK.Raw) {
			known = true
		}
	}
	if !known {
		return fmt.Errorf("%w: the evidence's ARK (%s, sha256 %s) is not the trusted %s root", ErrUnknownRoot,
			bundleARK.Subject.CommonName, fingerprint(bundleARK.Raw), product)
	}
	var last error
	for _, r := range roots {
		if r.Ark == nil || r.Ask == nil {
			continue
		}
		o := r.X509Options(now, abi.VcekReportSigner)
		if _, err := vcek.Verify(*o); err != nil {
			last = err
			continue
		}
		return nil
	}
	var unknown x509.UnknownAuthorityError
	if last == nil || errors.As(last, &unknown) {
		return fmt.Errorf("%w: the VCEK certificate does not chain to the trusted %s ARK: %v", ErrUnknownRoot, product, last)
	}
	return fmt.Errorf("%w: VCEK certificate chain: %v", ErrSignature, last)
}

func verifySoftware(b *Bundle, opt VerifyOptions) (*Facts, error) {
	f := &Facts{TEE: b.TEE, Insecure: true, ReportData: b.ReportData}
	if opt.ExpectedReportData != nil && b.ReportData != *opt.ExpectedReportData {
		return nil, fmt.Errorf("%w: reportData is 0x%x, want 0x%x", ErrReportData, b.ReportData, *opt.ExpectedReportData)
	}
	if p := opt.Policy; p != nil {
		switch {
		case len(p.Measurements) > 0:
			return nil, fmt.Errorf("%w: %s evidence has no measurement and the policy requires one", ErrMeasurement, TEESoftware)
		case p.MinTCB != nil:
			return nil, fmt.Errorf("%w: %s evidence has no TCB and the policy requires a minimum", ErrTCB, TEESoftware)
		case p.VMPL != nil:
			return nil, fmt.Errorf("%w: %s evidence has no VMPL and the policy requires one", ErrVMPL, TEESoftware)
		}
	}
	return f, nil
}

func containsMeasurement(list [][48]byte, m [48]byte) bool {
	for _, v := range list {
		if v == m {
			return true
		}
	}
	return false
}

func fingerprint(der []byte) string {
	sum := sha256.Sum256(der)
	return hex.EncodeToString(sum[:8])
}
