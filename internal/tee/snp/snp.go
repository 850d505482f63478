// Package snp is the real AMD SEV-SNP backend, through go-sev-guest's client: attestation reports with
// their certificates from configfs-tsm (Linux 6.7 and later) or /dev/sev-guest, and sealing keys from the
// firmware's MSG_KEY_REQ.
//
// It is exercised only on SEV-SNP hardware, inside an SNP guest. The unit tests run it over a fake quote
// provider and a fake guest device.
package snp

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/google/go-sev-guest/abi"
	"github.com/google/go-sev-guest/client"
	"github.com/google/go-sev-guest/kds"
	"github.com/google/go-sev-guest/verify/trust"

	"github.com/vmattest/vmattest/internal/evidence"
)

// TEE is the backend's name.
const TEE = evidence.TEESEVSNP

// ErrNoCertificates means the host did not provide the VCEK certificate with the report: the hypervisor
// must be configured to serve the extended report's certificates (e.g. `snphost import` or the
// hypervisor's SNP certificate setting), since the guest cannot reach AMD's KDS by itself here.
var ErrNoCertificates = errors.New("the host did not provide the VCEK certificate with the report")

// Backend is the SEV-SNP backend. It implements tee.Backend.
type Backend struct {
	qp   client.QuoteProvider
	open func() (client.Device, error)
	vmpl uint32
	log  *slog.Logger
}

// Option configures a Backend.
type Option func(*Backend)

// WithKeyVMPL sets the VMPL mixed into the sealing key (default 0); it must be at least the VMPL the guest
// runs at (a guest under an SVSM runs above 0).
func WithKeyVMPL(v uint32) Option { return func(b *Backend) { b.vmpl = v } }

// WithLogger sets the logger (default slog.Default()).
func WithLogger(l *slog.Logger) Option { return func(b *Backend) { b.log = l } }

// New opens the SEV-SNP guest interface: go-sev-guest's client.GetQuoteProvider (configfs-tsm, else
// /dev/sev-guest) for reports, client.OpenDevice (/dev/sev-guest) for sealing keys. It works only inside an
// SEV-SNP guest; elsewhere it fails.
func New(opts ...Option) (*Backend, error) {
	qp, err := client.GetQuoteProvider()
	if err != nil {
		return nil, fmt.Errorf("no SEV-SNP guest interface (configfs-tsm or /dev/sev-guest): is this an SNP guest? %w", err)
	}
	b := NewWith(qp, func() (client.Device, error) { return client.OpenDevice() }, opts...)
	b.log.Info("SEV-SNP backend: reports through go-sev-guest", "provider", fmt.Sprintf("%T", qp))
	return b, nil
}

// NewWith returns a backend over the given quote provider and device opener.
func NewWith(qp client.QuoteProvider, open func() (client.Device, error), opts ...Option) *Backend {
	b := &Backend{qp: qp, open: open, log: slog.Default()}
	for _, o := range opts {
		o(b)
	}
	return b
}

// TEE returns "sev-snp".
func (*Backend) TEE() string { return TEE }

// Insecure returns false.
func (*Backend) Insecure() bool { return false }

// Evidence asks the firmware for an extended attestation report over reportData (GetRawQuote: the raw
// report followed by the host's certificate table) and splits it into a bundle: the report, the VCEK from
// the table, and the ASK and ARK from the table or, when the host left them out, go-sev-guest's embedded
// AMD certificates for the report's product line. A table without a VCEK is ErrNoCertificates. The
// request itself cannot be cancelled; ctx is checked before and after it.
func (b *Backend) Evidence(ctx context.Context, reportData [64]byte) (*evidence.Bundle, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	raw, err := b.qp.GetRawQuote(reportData)
	if err != nil {
		return nil, fmt.Errorf("SEV-SNP report request failed: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return b.bundleFromQuote(raw, reportData)
}

// bundleFromQuote splits a raw quote (report || certificate table) into a bundle.
func (b *Backend) bundleFromQuote(raw []byte, reportData [64]byte) (*evidence.Bundle, error) {
	if len(raw) < abi.ReportSize {
		return nil, fmt.Errorf("SEV-SNP quote of %d bytes is shorter than a report (%d)", len(raw), abi.ReportSize)
	}
	report := append([]byte{}, raw[:abi.ReportSize]...)
	facts, err := evidence.ParseReport(report)
	if err != nil {
		return nil, fmt.Errorf("the firmware returned an unreadable report: %w", err)
	}
	if facts.ReportData != reportData {
		return nil, fmt.Errorf("the firmware returned a report over REPORT_DATA 0x%x, not the requested 0x%x", facts.ReportData, reportData)
	}
	if facts.SigningKey != abi.VcekReportSigner.String() {
		return nil, fmt.Errorf("the report is signed by a %s, but %s evidence carries a VCEK-signed report", facts.SigningKey, evidence.Format)
	}
	certs := raw[abi.ReportSize:]
	if len(certs) == 0 {
		return nil, fmt.Errorf("%w: the extended report has no certificate table", ErrNoCertificates)
	}
	table := new(abi.CertTable)
	if err := table.Unmarshal(certs); err != nil {
		return nil, fmt.Errorf("the host's certificate table is malformed: %w", err)
	}
	vcek, err := table.GetByGUIDString(abi.VcekGUID)
	if err != nil || len(vcek) == 0 {
		if _, verr := table.GetByGUIDString(abi.VlekGUID); verr == nil {
			return nil, fmt.Errorf("%w: the table has a VLEK certificate, which %s does not carry", ErrNoCertificates, evidence.Format)
		}
		return nil, fmt.Errorf("%w: the certificate table has no VCEK entry", ErrNoCertificates)
	}
	ask, _ := table.GetByGUIDString(abi.AskGUID)
	ark, _ := table.GetByGUIDString(abi.ArkGUID)
	if len(ask) == 0 || len(ark) == 0 {
		line := facts.Product
		if line == "" {
			line, err = productFromVCEK(vcek)
			if err != nil {
				return nil, err
			}
		}
		root, err := trust.GetDefaultRootCerts(line)
		if err != nil || root.ProductCerts == nil || root.ProductCerts.Ask == nil || root.ProductCerts.Ark == nil {
			return nil, fmt.Errorf("the host gave no ASK/ARK and go-sev-guest has no AMD root for product line %q", line)
		}
		b.log.Info("SEV-SNP: the host gave no ASK/ARK; using go-sev-guest's embedded AMD certificates", "product", line)
		if len(ask) == 0 {
			ask = root.ProductCerts.Ask.Raw
		}
		if len(ark) == 0 {
			ark = root.ProductCerts.Ark.Raw
		}
	}
	bundle := &evidence.Bundle{
		Format: evidence.Format, TEE: TEE, ReportData: reportData, Report: report,
		VCEK: append([]byte{}, vcek...), ASK: append([]byte{}, ask...), ARK: append([]byte{}, ark...),
	}
	if err := bundle.Validate(); err != nil {
		return nil, err
	}
	return bundle, nil
}

// productFromVCEK reads the product line from a VCEK certificate's product name extension.
func productFromVCEK(der []byte) (string, error) {
	cert, err := trust.ParseCert(der)
	if err != nil {
		return "", fmt.Errorf("the host's VCEK certificate is unreadable: %w", err)
	}
	exts, err := kds.VcekCertificateExtensions(cert)
	if err != nil {
		return "", fmt.Errorf("the host's VCEK certificate is not a KDS VCEK: %w", err)
	}
	p, err := kds.ParseProductName(exts.ProductName, abi.VcekReportSigner)
	if err != nil {
		return "", err
	}
	return kds.ProductLine(p), nil
}

// SealingKey derives the key that seals the attestation key at rest with the firmware's MSG_KEY_REQ
// (go-sev-guest's GetDerivedKeyAcknowledgingItsLimitations on /dev/sev-guest):
//
//   - root key: the VCEK (ROOT_KEY_SELECT 0), a secret of this chip: the key cannot be derived on another
//     machine, so a sealed key does not follow a migrated VM (a new key is registered instead);
//   - mixed in (GUEST_FIELD_SELECT): the launch MEASUREMENT and the guest POLICY, so that another image, a
//     changed kernel command line or a policy that allows debugging cannot derive it;
//   - not selected: TCB_VERSION (a host firmware update would otherwise lose the key), GUEST_SVN,
//     FAMILY_ID and IMAGE_ID (unused by vmattest's VMs);
//   - VMPL: WithKeyVMPL, default 0.
func (b *Backend) SealingKey(ctx context.Context) ([32]byte, error) {
	var key [32]byte
	if err := ctx.Err(); err != nil {
		return key, err
	}
	dev, err := b.open()
	if err != nil {
		return key, fmt.Errorf("failed to open the SEV-SNP guest device: %w", err)
	}
	defer dev.Close()
	resp, err := client.GetDerivedKeyAcknowledgingItsLimitations(dev, &client.SnpDerivedKeyReq{
		UseVCEK:          true,
		GuestFieldSelect: client.GuestFieldSelect{Measurement: true, GuestPolicy: true},
		Vmpl:             b.vmpl,
	})
	if err != nil {
		return key, fmt.Errorf("SEV-SNP MSG_KEY_REQ failed: %w", err)
	}
	key = resp.Data
	clear(resp.Data[:])
	if key == ([32]byte{}) {
		return [32]byte{}, errors.New("SEV-SNP MSG_KEY_REQ returned an all-zero key")
	}
	return key, nil
}
