// Package evidence defines the TEE evidence that binds an attestation key: the bundle file format
// (vmattest-evidence-v1), its canonical encoding and hash (the evidenceHash stored on chain), the facts of
// an AMD SEV-SNP attestation report, and their verification (signature, certificate chain, REPORT_DATA
// binding and a policy) with go-sev-guest.
//
// Three TEEs produce bundles: "sev-snp" (real AMD SEV-SNP hardware, verified against AMD's roots embedded
// in go-sev-guest), "sev-snp-sim" (a simulated SNP device with its own test-only chain, INSECURE: trusted
// only when its root is passed explicitly) and "software" (no TEE at all, INSECURE, no report).
package evidence

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/go-sev-guest/abi"

	"github.com/vmattest/vmattest/internal/atomicfile"
	"github.com/vmattest/vmattest/internal/strictjson"
)

// Format names the bundle format; it is the first field of the JSON form.
const Format = "vmattest-evidence-v1"

// The TEE names of a bundle.
const (
	// TEESEVSNP is real AMD SEV-SNP hardware.
	TEESEVSNP = "sev-snp"
	// TEESEVSNPSim is the simulated SEV-SNP device (INSECURE: its keys are on disk).
	TEESEVSNPSim = "sev-snp-sim"
	// TEESoftware is no TEE at all (INSECURE).
	TEESoftware = "software"
)

// ReportSize is the size of a raw SEV-SNP attestation report.
const ReportSize = abi.ReportSize

// Limits of the decoder.
const (
	maxCertLen   = 64 << 10
	maxBundleLen = 1 << 20
)

// Bundle is the evidence for one attestation key: what a TEE produced over 64 bytes of report data, with
// the certificates needed to verify it offline.
type Bundle struct {
	// Format is Format.
	Format string
	// TEE is TEESEVSNP, TEESEVSNPSim or TEESoftware.
	TEE string
	// Insecure is true for TEESEVSNPSim and TEESoftware, false for TEESEVSNP.
	Insecure bool
	// ReportData is what the TEE was asked to bind. For SNP it must equal the report's REPORT_DATA.
	ReportData [64]byte
	// Report is the raw SNP attestation report (ReportSize bytes); nil for software.
	Report []byte
	// VCEK is the DER of the VCEK certificate whose key signed the report; nil for software.
	VCEK []byte
	// ASK and ARK are the DER of the AMD signing key and root key certificates (for the simulator, its own
	// test-only chain, which a verifier never trusts because it is in the bundle); nil for software.
	ASK, ARK []byte
}

// ErrMalformed is matched (errors.Is) by every error about the form of a bundle: its JSON, its fields and
// their sizes, an unparsable report or certificate.
var ErrMalformed = errors.New("malformed evidence")

// FieldError names the bundle field that is malformed: the one field-error type of vmattest's strict decoders
// (internal/strictjson). Those of this package match ErrMalformed with errors.Is.
type FieldError = strictjson.FieldError

// fieldErr is a FieldError of this package: field is the JSON key, or "" for the bundle as a whole.
func fieldErr(field string, err error) error {
	return &FieldError{Kind: ErrMalformed, Field: field, Err: err}
}

// bundleKeys are the JSON keys, in the order of the canonical encoding.
var bundleKeys = []string{"format", "tee", "insecure", "reportData", "report", "vcek", "ask", "ark"}

// Validate checks the bundle's form: the format, a known TEE, the Insecure flag that goes with it, and the
// sizes of the byte fields (an SNP bundle has a report of ReportSize bytes and three certificates; a
// software bundle has none). It does not parse the report or the certificates, and checks no signature:
// that is Verify.
func (b *Bundle) Validate() error {
	if b == nil {
		return fieldErr("", errors.New("no bundle"))
	}
	if b.Format != Format {
		return fieldErr("format", fmt.Errorf("%q is not supported (want %q)", b.Format, Format))
	}
	switch b.TEE {
	case TEESEVSNP, TEESEVSNPSim, TEESoftware:
	default:
		return fieldErr("tee", fmt.Errorf("unknown TEE %q (want %s, %s or %s)", b.TEE, TEESEVSNP, TEESEVSNPSim, TEESoftware))
	}
	if want := b.TEE != TEESEVSNP; b.Insecure != want {
		return fieldErr("insecure", fmt.Errorf("must be %t for TEE %q", want, b.TEE))
	}
	byteFields := []struct {
		key string
		v   []byte
	}{{"report", b.Report}, {"vcek", b.VCEK}, {"ask", b.ASK}, {"ark", b.ARK}}
	if b.TEE == TEESoftware {
		for _, f := range byteFields {
			if len(f.v) != 0 {
				return fieldErr(f.key, fmt.Errorf("must be empty for TEE %q, got %d bytes", TEESoftware, len(f.v)))
			}
		}
		return nil
	}
	if len(b.Report) != ReportSize {
		return fieldErr("report", fmt.Errorf("want %d bytes (a raw SEV-SNP attestation report), got %d", ReportSize, len(b.Report)))
	}
	for _, f := range byteFields[1:] {
		if len(f.v) == 0 {
			return fieldErr(f.key, fmt.Errorf("missing certificate (empty) for TEE %q", b.TEE))
		}
		if len(f.v) > maxCertLen {
			return fieldErr(f.key, fmt.Errorf("certificate of %d bytes is larger than %d", len(f.v), maxCertLen))
		}
	}
	return nil
}

// Canonical returns the canonical encoding of the bundle, the bytes whose Keccak-256 is Hash:
//
//	{"format":"vmattest-evidence-v1","tee":"<tee>","insecure":<true|false>,"reportData":"0x<hex>","report":"<base64>","vcek":"<base64>","ask":"<base64>","ark":"<base64>"}
//
// precisely:
//   - one JSON object with exactly these eight keys in this order, no whitespace anywhere, no trailing
//     newline; the output is ASCII, so its UTF-8 bytes are its characters;
//   - "format" and "tee" are JSON strings of the values as they are ("vmattest-evidence-v1"; "sev-snp",
//     "sev-snp-sim" or "software"), none of which needs escaping;
//   - "insecure" is the JSON literal true or false;
//   - "reportData" is "0x" followed by the 64 bytes as 128 lower-case hexadecimal digits;
//   - "report", "vcek", "ask" and "ark" are the bytes in standard base64 (RFC 4648 section 4: the
//     alphabet A-Z a-z 0-9 + /, with = padding, no line breaks); empty bytes (a software bundle) are "".
//
// The JSON file form written by Write is this encoding followed by one newline; the decoder accepts any
// JSON layout of the same object.
func (b *Bundle) Canonical() []byte {
	var w bytes.Buffer
	w.WriteString(`{"format":`)
	writeJSONString(&w, b.Format)
	w.WriteString(`,"tee":`)
	writeJSONString(&w, b.TEE)
	fmt.Fprintf(&w, `,"insecure":%t,"reportData":"0x%s"`, b.Insecure, hex.EncodeToString(b.ReportData[:]))
	for _, f := range []struct {
		key string
		v   []byte
	}{{"report", b.Report}, {"vcek", b.VCEK}, {"ask", b.ASK}, {"ark", b.ARK}} {
		fmt.Fprintf(&w, `,%q:"%s"`, f.key, base64.StdEncoding.EncodeToString(f.v))
	}
	w.WriteByte('}')
	return w.Bytes()
}

// writeJSONString writes s as a JSON string with encoding/json's escaping. The values of a valid bundle
// are plain ASCII, so this is "s" for them.
func writeJSONString(w *bytes.Buffer, s string) {
	enc, _ := json.Marshal(s) // a string always encodes
	w.Write(enc)
}

// Hash returns keccak256(Canonical()): the evidenceHash the registry stores on chain for the key.
func (b *Bundle) Hash() [32]byte {
	return [32]byte(crypto.Keccak256(b.Canonical()))
}

// MarshalJSON returns the canonical encoding. It fails for a bundle that does not Validate, so that an
// invalid bundle is never written.
func (b Bundle) MarshalJSON() ([]byte, error) {
	if err := b.Validate(); err != nil {
		return nil, err
	}
	return b.Canonical(), nil
}

// UnmarshalJSON reads the JSON form strictly: a JSON object with exactly the eight keys (a missing,
// unknown or repeated key is an error naming it), each of its JSON type, the byte fields in standard
// base64 and reportData as 0x-prefixed hex of 64 bytes; then the bundle must Validate. Every error
// matches ErrMalformed and names the field.
func (b *Bundle) UnmarshalJSON(data []byte) error {
	fields, err := objectFields(data, bundleKeys)
	if err != nil {
		return err
	}
	var out Bundle
	if out.Format, err = stringField(fields, "format"); err != nil {
		return err
	}
	if out.TEE, err = stringField(fields, "tee"); err != nil {
		return err
	}
	switch string(bytes.TrimSpace(fields["insecure"])) {
	case "true":
		out.Insecure = true
	case "false":
	default:
		return fieldErr("insecure", fmt.Errorf("want true or false, got %s", fields["insecure"]))
	}
	rd, err := stringField(fields, "reportData")
	if err != nil {
		return err
	}
	if !strings.HasPrefix(rd, "0x") {
		return fieldErr("reportData", errors.New("want a 0x-prefixed hex string"))
	}
	if len(rd)-2 != 2*len(out.ReportData) {
		return fieldErr("reportData", fmt.Errorf("want 64 bytes (128 hex digits), got %d hex digits", len(rd)-2))
	}
	if _, err := hex.Decode(out.ReportData[:], []byte(rd[2:])); err != nil {
		return fieldErr("reportData", fmt.Errorf("invalid hex: %w", err))
	}
	for _, f := range []struct {
		key string
		dst *[]byte
	}{{"report", &out.Report}, {"vcek", &out.VCEK}, {"ask", &out.ASK}, {"ark", &out.ARK}} {
		s, err := stringField(fields, f.key)
		if err != nil {
			return err
		}
		if s == "" {
			continue
		}
		v, err := base64.StdEncoding.Strict().DecodeString(s)
		if err != nil {
			return fieldErr(f.key, fmt.Errorf("invalid standard base64: %w", err))
		}
		*f.dst = v
	}
	if err := out.Validate(); err != nil {
		return err
	}
	*b = out
	return nil
}

func stringField(f map[string]json.RawMessage, key string) (string, error) {
	raw := bytes.TrimSpace(f[key])
	if len(raw) == 0 || raw[0] != '"' {
		return "", fieldErr(key, fmt.Errorf("want a JSON string, got %s", raw))
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", fieldErr(key, fmt.Errorf("want a JSON string: %w", err))
	}
	return s, nil
}

// objectFields splits a JSON object into its fields and checks that its keys are exactly want, each once.
func objectFields(data []byte, want []string) (map[string]json.RawMessage, error) {
	if len(data) > maxBundleLen {
		return nil, fieldErr("", fmt.Errorf("larger than %d bytes", maxBundleLen))
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return nil, fieldErr("", fmt.Errorf("want a JSON object: %w", err))
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, fieldErr("", fmt.Errorf("want a JSON object, got %v", tok))
	}
	fields := make(map[string]json.RawMessage, len(want))
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fieldErr("", fmt.Errorf("invalid JSON: %w", err))
		}
		key, _ := tok.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, fieldErr(key, fmt.Errorf("invalid JSON value: %w", err))
		}
		if !contains(want, key) {
			return nil, fieldErr(key, fmt.Errorf("unknown field (known: %s)", strings.Join(want, ", ")))
		}
		if _, dup := fields[key]; dup {
			return nil, fieldErr(key, errors.New("repeated"))
		}
		fields[key] = v
	}
	if _, err := dec.Token(); err != nil {
		return nil, fieldErr("", fmt.Errorf("invalid JSON: %w", err))
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, fieldErr("", errors.New("trailing data after the JSON object"))
	}
	for _, k := range want {
		if _, ok := fields[k]; !ok {
			return nil, fieldErr(k, errors.New("missing"))
		}
	}
	return fields, nil
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// Load reads a bundle file (the JSON form) strictly.
func Load(path string) (*Bundle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("failed to open evidence: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxBundleLen+1))
	if err != nil {
		return nil, fmt.Errorf("failed to read %s: %w", path, err)
	}
	var b Bundle
	if err := b.UnmarshalJSON(data); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &b, nil
}

// Write stores the bundle at path in its JSON form (the canonical encoding and a newline), atomically: a
// temporary file in the same directory, synced, then renamed over path. The file is 0644: evidence is
// public.
func (b *Bundle) Write(path string) error {
	data, err := b.MarshalJSON()
	if err != nil {
		return err
	}
	return atomicfile.Write(path, append(data, '\n'), 0o644)
}
