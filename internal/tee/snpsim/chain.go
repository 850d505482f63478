package snpsim

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/binary"
	"fmt"
	"math/big"
	"time"

	"github.com/google/go-sev-guest/kds"

	"github.com/vmattest/vmattest/internal/evidence"
)

// The certificate details below follow AMD's Key Distribution Service specification (57230) and the
// certificates AMD publishes, as go-sev-guest's verify and kds packages check them:
//
//   - every name is OU=Engineering, C=US, L=Santa Clara, ST=CA, O=Advanced Micro Devices, CN=<role>, in
//     that order, UTF8String except the country (PrintableString);
//   - ARK: self-signed RSA-4096, CN=ARK-<product>, serial 0x10000, CA, key usage certificate and CRL
//     signing, CRL distribution point https://kdsintf.amd.com/vcek/v1/<product>/crl;
//   - ASK: RSA-4096 signed by the ARK, CN=SEV-<product>, serial 0x10001, CA with path length 0, key usage
//     certificate signing, the same CRL distribution point;
//   - VCEK: ECDSA P-384 signed by the ASK, CN=SEV-VCEK, serial 0, no authority key identifier, and the
//     KDS extensions 1.3.6.1.4.1.3704.1.1 (struct version, INTEGER 0), .1.2 (product name, IA5String
//     "<product>-<stepping>"), .1.3.1 blSPL, .1.3.2 teeSPL, .1.3.4-.1.3.7 (reserved SPLs, 0), .1.3.3
//     snpSPL, .1.3.8 ucodeSPL (INTEGERs) and .1.4 the HWID (the 64-byte chip id, raw as AMD writes it);
//   - every certificate is signed with RSASSA-PSS, SHA-384, MGF1 with SHA-384, salt length 48.

const (
	rsaBits      = 4096
	arkSerial    = 0x10000
	askSerial    = 0x10001
	rootValidity = 25 // years
	vcekValidity = 7  // years
)

// chain is an AMD-like ARK and ASK with their keys.
type chain struct {
	arkKey, askKey *rsa.PrivateKey
	ark, ask       *x509.Certificate
}

var (
	oidOU = asn1.ObjectIdentifier{2, 5, 4, 11}
	oidC  = asn1.ObjectIdentifier{2, 5, 4, 6}
	oidL  = asn1.ObjectIdentifier{2, 5, 4, 7}
	oidST = asn1.ObjectIdentifier{2, 5, 4, 8}
	oidO  = asn1.ObjectIdentifier{2, 5, 4, 10}
	oidCN = asn1.ObjectIdentifier{2, 5, 4, 3}
)

// amdName is AMD's distinguished name with the given common name, in AMD's attribute order and string
// types.
func amdName(cn string) pkix.Name {
	utf8 := func(s string) asn1.RawValue {
		return asn1.RawValue{Class: asn1.ClassUniversal, Tag: asn1.TagUTF8String, Bytes: []byte(s)}
	}
	printable := func(s string) asn1.RawValue {
		return asn1.RawValue{Class: asn1.ClassUniversal, Tag: asn1.TagPrintableString, Bytes: []byte(s)}
	}
	return pkix.Name{ExtraNames: []pkix.AttributeTypeAndValue{
		{Type: oidOU, Value: utf8("Engineering")},
		{Type: oidC, Value: printable("US")},
		{Type: oidL, Value: utf8("Santa Clara")},
		{Type: oidST, Value: utf8("CA")},
		{Type: oidO, Value: utf8("Advanced Micro Devices")},
		{Type: oidCN, Value: utf8(cn)},
	}}
}

// newChain generates an ARK and an ASK for product, valid from notBefore for 25 years.
func newChain(product string, notBefore time.Time) (*chain, error) {
	arkKey, err := rsa.GenerateKey(rand.Reader, rsaBits)
	if err != nil {
		return nil, err
	}
	askKey, err := rsa.GenerateKey(rand.Reader, rsaBits)
	if err != nil {
		return nil, err
	}
	crl := kds.CrlLinkByRole(product, "ARK")
	notAfter := notBefore.AddDate(rootValidity, 0, 0)
	arkTmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(arkSerial),
		Subject:               amdName("ARK-" + product),
		NotBefore:             notBefore,
		NotAfter:              notAfter,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
		BasicConstraintsValid: true,
		IsCA:                  true,
		MaxPathLen:            -1,
		CRLDistributionPoints: []string{crl},
		SignatureAlgorithm:    x509.SHA384WithRSAPSS,
	}
	arkDER, err := x509.CreateCertificate(rand.Reader, arkTmpl, arkTmpl, &arkKey.PublicKey, arkKey)
	if err != nil {
		return nil, fmt.Errorf("ARK: %w", err)
	}
	ark, err := x509.ParseCertificate(arkDER)
	if err != nil {
		return nil, err
	}
	askTmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(askSerial),
		Subject:               amdName("SEV-" + product),
		NotBefore:             notBefore,
		NotAfter:              notAfter,
		KeyUsage:              x509.KeyUsageCertSign,
		BasicConstraintsValid: true,
		IsCA:                  true,
		MaxPathLen:            0,
		MaxPathLenZero:        true,
		CRLDistributionPoints: []string{crl},
		SignatureAlgorithm:    x509.SHA384WithRSAPSS,
	}
	askDER, err := x509.CreateCertificate(rand.Reader, askTmpl, ark, &askKey.PublicKey, arkKey)
	if err != nil {
		return nil, fmt.Errorf("ASK: %w", err)
	}
	ask, err := x509.ParseCertificate(askDER)
	if err != nil {
		return nil, err
	}
	return &chain{arkKey: arkKey, askKey: askKey, ark: ark, ask: ask}, nil
}

// root returns the chain's ARK and ASK as an evidence.SimRoot.
func (c *chain) root() *evidence.SimRoot {
	return &evidence.SimRoot{ARK: c.ark.Raw, ASK: c.ask.Raw}
}

var (
	oidStructVersion = asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 3704, 1, 1}
	oidProductName   = asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 3704, 1, 2}
	oidSPL           = func(n int) asn1.ObjectIdentifier { return asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 3704, 1, 3, n} }
	oidHWID          = asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 3704, 1, 4}
)

// issueVCEK certifies key as the VCEK of chipID at tcb, signed by the chain's ASK.
func (c *chain) issueVCEK(key *ecdsa.PublicKey, productName string, chipID [64]byte, tcb evidence.TCB, notBefore time.Time) ([]byte, error) {
	integer := func(v int) []byte {
		b, _ := asn1.Marshal(v) // an int always marshals
		return b
	}
	name, err := asn1.MarshalWithParams(productName, "ia5")
	if err != nil {
		return nil, err
	}
	exts := []pkix.Extension{
		{Id: oidStructVersion, Value: integer(0)},
		{Id: oidProductName, Value: name},
		{Id: oidSPL(1), Value: integer(int(tcb.Bootloader))},
		{Id: oidSPL(2), Value: integer(int(tcb.TEE))},
		{Id: oidSPL(4), Value: integer(0)},
		{Id: oidSPL(5), Value: integer(0)},
		{Id: oidSPL(6), Value: integer(0)},
		{Id: oidSPL(7), Value: integer(0)},
		{Id: oidSPL(3), Value: integer(int(tcb.SNP))},
		{Id: oidSPL(8), Value: integer(int(tcb.Microcode))},
		{Id: oidHWID, Value: chipID[:]},
	}
	tmpl := &x509.Certificate{
		SerialNumber:       big.NewInt(0),
		Subject:            amdName("SEV-VCEK"),
		NotBefore:          notBefore,
		NotAfter:           notBefore.AddDate(vcekValidity, 0, 0),
		ExtraExtensions:    exts,
		SignatureAlgorithm: x509.SHA384WithRSAPSS,
	}
	// AMD's VCEK certificates carry no authority key identifier: issue from a copy of the ASK without its
	// subject key identifier, from which Go would derive one.
	parent := *c.ask
	parent.SubjectKeyId = nil
	der, err := x509.CreateCertificate(rand.Reader, tmpl, &parent, key, c.askKey)
	if err != nil {
		return nil, fmt.Errorf("VCEK: %w", err)
	}
	return der, nil
}

// deriveP384 derives a P-384 private key from secret and a label, deterministically (HKDF-SHA256 to 48
// bytes, retried with a counter until the scalar is in [1, n-1]): the simulated counterpart of the VCEK,
// which the AMD secure processor derives from a chip secret and the TCB.
func deriveP384(secret []byte, label string, context []byte) (*ecdsa.PrivateKey, error) {
	for ctr := uint32(0); ctr < 16; ctr++ {
		info := make([]byte, 0, len(label)+len(context)+4)
		info = append(append(append(info, label...), context...), binary.BigEndian.AppendUint32(nil, ctr)...)
		d, err := hkdf.Key(sha256.New, secret, nil, string(info), 48)
		if err != nil {
			return nil, err
		}
		if k, err := ecdsa.ParseRawPrivateKey(elliptic.P384(), d); err == nil {
			return k, nil
		}
	}
	return nil, fmt.Errorf("could not derive a P-384 key") // probability about 2^-(16*190)
}

// signReport signs the report's first 0x2A0 bytes with key (ECDSA P-384, SHA-384) and writes r and s in
// AMD's layout: each a 72-byte little-endian integer, r at 0x2A0 and s at 0x2E8.
func signReport(report []byte, key crypto.Signer) error {
	ek, ok := key.(*ecdsa.PrivateKey)
	if !ok {
		return fmt.Errorf("report signing key is %T, want ECDSA P-384", key)
	}
	h := crypto.SHA384.New()
	h.Write(report[:offSignature])
	r, s, err := ecdsa.Sign(rand.Reader, ek, h.Sum(nil))
	if err != nil {
		return err
	}
	putAMDInt(report[offSignature:offSignature+72], r)
	putAMDInt(report[offSignature+72:offSignature+144], s)
	return nil
}

// putAMDInt writes v into dst (72 bytes) little-endian, zero-padded.
func putAMDInt(dst []byte, v *big.Int) {
	clear(dst)
	be := v.FillBytes(make([]byte, 48))
	for i, b := range be {
		dst[len(be)-1-i] = b
	}
}
