package evidence

import (
	"bytes"
	"encoding/pem"
	"fmt"
	"os"
	"path/filepath"

	"github.com/google/go-sev-guest/abi"
	spb "github.com/google/go-sev-guest/proto/sevsnp"

	"github.com/vmattest/vmattest/internal/atomicfile"
)

// The files ExportSevGuest writes.
const (
	// ExportReport is the raw attestation report (abi.ReportSize bytes).
	ExportReport = "report.bin"
	// ExportCerts is the certificate table of an extended report: the GHCB GUID table (24-byte entries of
	// GUID, offset and length, ended by a zero entry) followed by the ARK, ASK and VCEK DER certificates.
	ExportCerts = "certs.bin"
	// ExportAttestation is the report followed by its certificate table, the "bin" input of
	// go-sev-guest's tools (check -in attestation.bin -inform bin).
	ExportAttestation = "attestation.bin"
	// ExportAskArk is the ASK then the ARK certificate in PEM, AMD KDS's cert_chain form (a CA bundle for
	// check -product_key_path). For sev-snp-sim it is the bundle's own root: only trust a root you got
	// from the device's operator, not from the evidence.
	ExportAskArk = "ask_ark.pem"
)

// ExportSevGuest writes an SNP bundle in the files go-sev-guest and its tools read, in dir (created if
// needed): ExportReport, ExportCerts, ExportAttestation and ExportAskArk. The certificate table is
// go-sev-guest's abi.CertTable of the ARK, ASK and VCEK under their GHCB GUIDs (abi.ArkGUID, abi.AskGUID,
// abi.VcekGUID; abi.CertsFromProto), marshalled by abi.CertTable.Marshal. A software bundle has nothing to
// export.
func ExportSevGuest(b *Bundle, dir string) error {
	if err := b.Validate(); err != nil {
		return err
	}
	if b.TEE == TEESoftware {
		return fmt.Errorf("%s evidence has no report to export", TEESoftware)
	}
	certs := abi.CertsFromProto(&spb.CertificateChain{VcekCert: b.VCEK, AskCert: b.ASK, ArkCert: b.ARK}).Marshal()
	var askArk bytes.Buffer
	_ = pem.Encode(&askArk, &pem.Block{Type: "CERTIFICATE", Bytes: b.ASK})
	_ = pem.Encode(&askArk, &pem.Block{Type: "CERTIFICATE", Bytes: b.ARK})
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("failed to create %s: %w", dir, err)
	}
	for _, f := range []struct {
		name string
		data []byte
	}{
		{ExportReport, b.Report},
		{ExportCerts, certs},
		{ExportAttestation, append(append([]byte{}, b.Report...), certs...)},
		{ExportAskArk, askArk.Bytes()},
	} {
		if err := atomicfile.Write(filepath.Join(dir, f.name), f.data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
