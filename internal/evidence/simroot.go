package evidence

import (
	"bytes"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/google/go-sev-guest/kds"
	"github.com/google/go-sev-guest/verify/trust"

	"github.com/vmattest/vmattest/internal/atomicfile"
)

// SimRoot is the root of a simulated SEV-SNP device (sev-snp-sim): the DER of its test-only ARK and ASK
// certificates, laid out as AMD's. A verifier accepts sev-snp-sim evidence only against a SimRoot it was
// given explicitly (VerifyOptions.SimulatorRoot), never against the chain inside the bundle.
type SimRoot struct {
	ARK []byte
	ASK []byte
}

// PEM returns the root in the form of AMD KDS's cert_chain and go-sev-guest's ask_ark files: the ASK
// certificate then the ARK certificate, each a PEM CERTIFICATE block. go-sev-guest's tools read it as a CA
// bundle (check -product_key_path).
func (r *SimRoot) PEM() []byte {
	var b bytes.Buffer
	_ = pem.Encode(&b, &pem.Block{Type: "CERTIFICATE", Bytes: r.ASK})
	_ = pem.Encode(&b, &pem.Block{Type: "CERTIFICATE", Bytes: r.ARK})
	return b.Bytes()
}

// Write stores the root's PEM at path (atomically, 0644: it is public).
func (r *SimRoot) Write(path string) error {
	if _, _, err := r.certs(); err != nil {
		return err
	}
	return atomicfile.Write(path, r.PEM(), 0o644)
}

// Fingerprint returns the SHA-256 of the ARK certificate's DER, in hex: a short name for the root.
func (r *SimRoot) Fingerprint() string {
	sum := sha256.Sum256(r.ARK)
	return hex.EncodeToString(sum[:])
}

// ParseSimRoot reads a root in its PEM form (ASK then ARK) and checks it: the ARK is self-signed, the
// ASK is signed by the ARK, and their names are AMD's for one product line (ARK-<line>, SEV-<line>).
func ParseSimRoot(data []byte) (*SimRoot, error) {
	ask, ark, err := kds.ParseProductCertChain(data)
	if err != nil {
		return nil, fmt.Errorf("simulator root: want the ASK then the ARK certificate in PEM: %w", err)
	}
	r := &SimRoot{ARK: ark, ASK: ask}
	if _, _, err := r.certs(); err != nil {
		return nil, err
	}
	return r, nil
}

// LoadSimRoot reads a root PEM file (SimRoot.Write, `vmattest evidence verify --sim-root FILE`).
func LoadSimRoot(path string) (*SimRoot, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("failed to open simulator root: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, 1<<20))
	if err != nil {
		return nil, fmt.Errorf("failed to read %s: %w", path, err)
	}
	r, err := ParseSimRoot(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return r, nil
}

// ProductLine returns the product line the root is for, from the ARK's common name ARK-<line>.
func (r *SimRoot) ProductLine() (string, error) {
	ark, _, err := r.certs()
	if err != nil {
		return "", err
	}
	return strings.TrimPrefix(ark.Subject.CommonName, "ARK-"), nil
}

// certs parses and checks the two certificates.
func (r *SimRoot) certs() (ark, ask *x509.Certificate, err error) {
	if r == nil || len(r.ARK) == 0 || len(r.ASK) == 0 {
		return nil, nil, fmt.Errorf("simulator root: missing ARK or ASK")
	}
	if ark, err = x509.ParseCertificate(r.ARK); err != nil {
		return nil, nil, fmt.Errorf("simulator root: ARK: %w", err)
	}
	if ask, err = x509.ParseCertificate(r.ASK); err != nil {
		return nil, nil, fmt.Errorf("simulator root: ASK: %w", err)
	}
	line, ok := strings.CutPrefix(ark.Subject.CommonName, "ARK-")
	if !ok || knownProduct(line) == "" {
		return nil, nil, fmt.Errorf("simulator root: ARK common name %q is not ARK-<Milan|Genoa|Turin>", ark.Subject.CommonName)
	}
	if want := "SEV-" + line; ask.Subject.CommonName != want {
		return nil, nil, fmt.Errorf("simulator root: ASK common name %q, want %q", ask.Subject.CommonName, want)
	}
	if err := ark.CheckSignatureFrom(ark); err != nil {
		return nil, nil, fmt.Errorf("simulator root: ARK is not self-signed: %w", err)
	}
	if err := ask.CheckSignatureFrom(ark); err != nil {
		return nil, nil, fmt.Errorf("simulator root: ASK is not signed by the ARK: %w", err)
	}
	return ark, ask, nil
}

// trustRoot returns the root as go-sev-guest's trusted root for its product line.
func (r *SimRoot) trustRoot() (*trust.AMDRootCerts, error) {
	ark, ask, err := r.certs()
	if err != nil {
		return nil, err
	}
	root := trust.AMDRootCertsProduct(strings.TrimPrefix(ark.Subject.CommonName, "ARK-"))
	root.ProductCerts = &trust.ProductCerts{Ark: ark, Ask: ask}
	return root, nil
}
