package evidence

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func softwareBundle() *Bundle {
	b := &Bundle{Format: Format, TEE: TEESoftware, Insecure: true}
	for i := range b.ReportData {
		b.ReportData[i] = byte(i)
	}
	return b
}

// snpShaped is a bundle with the right shape for SNP but fake contents: enough for the encoding.
func snpShaped() *Bundle {
	b := &Bundle{Format: Format, TEE: TEESEVSNPSim, Insecure: true, Report: bytes.Repeat([]byte{0xAB}, ReportSize),
		VCEK: []byte("vcek"), ASK: []byte("ask!"), ARK: []byte{0xff, 0xfe}}
	b.ReportData[63] = 7
	return b
}

func TestCanonicalEncoding(t *testing.T) {
	b := softwareBundle()
	want := `{"format":"vmattest-evidence-v1","tee":"software","insecure":true,"reportData":"0x` +
		"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f" +
		`","report":"","vcek":"","ask":"","ark":""}`
	if got := string(b.Canonical()); got != want {
		t.Fatalf("canonical encoding\n got %s\nwant %s", got, want)
	}
	h := b.Hash()
	if !bytes.Equal(h[:], crypto.Keccak256([]byte(want))) {
		t.Fatal("Hash is not keccak256 of the canonical encoding")
	}
	// A fixed value, so that a change of the encoding cannot go unnoticed (docs/evidence.md quotes it).
	if got := hex.EncodeToString(h[:]); got != softwareVectorHash {
		t.Fatalf("hash 0x%s, want 0x%s", got, softwareVectorHash)
	}

	s := snpShaped()
	enc := string(s.Canonical())
	if !strings.Contains(enc, `"vcek":"dmNlaw==","ask":"YXNrIQ==","ark":"//4="}`) || strings.ContainsAny(enc, " \n") {
		t.Fatalf("byte fields not in padded standard base64 without whitespace: %s", enc[len(enc)-60:])
	}
}

// softwareVectorHash is keccak256 of the canonical encoding in TestCanonicalEncoding, also computed with
// Foundry's `cast keccak '<encoding>'`.
const softwareVectorHash = "6ff9a9ecf45744034fb7ef8d6f16a37479d258166f50239f555b61471b6ec9ed"

func TestJSONRoundTrip(t *testing.T) {
	for _, b := range []*Bundle{softwareBundle(), snpShaped()} {
		data, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(data, b.Canonical()) {
			t.Fatal("MarshalJSON is not the canonical encoding")
		}
		var back Bundle
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatal(err)
		}
		if back.Hash() != b.Hash() {
			t.Fatal("round trip changed the bundle")
		}
		// Any layout of the same object decodes to the same bundle.
		var indented bytes.Buffer
		_ = json.Indent(&indented, data, "", "  ")
		var back2 Bundle
		if err := json.Unmarshal(indented.Bytes(), &back2); err != nil || back2.Hash() != b.Hash() {
			t.Fatalf("indented form: %v", err)
		}
	}
}

func TestStrictDecoding(t *testing.T) {
	good := string(snpShaped().Canonical())
	replace := func(old, new string) string {
		if !strings.Contains(good, old) {
			t.Fatalf("%q not in %s", old, good)
		}
		return strings.Replace(good, old, new, 1)
	}
	for _, tc := range []struct {
		name, input, field string
	}{
		{"missing field", replace(`,"ark":"//4="`, ``), "ark"},
		{"unknown field", replace(`{"format"`, `{"extra":1,"format"`), "extra"},
		{"repeated field", replace(`,"ark":"//4="`, `,"ark":"//4=","ark":"//4="`), "ark"},
		{"wrong format", replace(`evidence-v1`, `evidence-v2`), "format"},
		{"unknown TEE", replace(`"sev-snp-sim"`, `"sgx"`), "tee"},
		{"insecure not boolean", replace(`"insecure":true`, `"insecure":"yes"`), "insecure"},
		{"sim not insecure", replace(`"insecure":true`, `"insecure":false`), "insecure"},
		{"reportData short", replace(`"reportData":"0x00`, `"reportData":"0x`), "reportData"},
		{"reportData without 0x", replace(`"reportData":"0x`, `"reportData":"00`), "reportData"},
		{"reportData not hex", replace(`"reportData":"0x00`, `"reportData":"0xzz`), "reportData"},
		{"report not base64", replace(`"report":"q`, `"report":"*`), "report"},
		{"report truncated", replace(`"report":"q6ur`, `"report":"`), "report"},
		{"vcek empty", replace(`"vcek":"dmNlaw=="`, `"vcek":""`), "vcek"},
		{"vcek unpadded", replace(`"vcek":"dmNlaw=="`, `"vcek":"dmNlaw"`), "vcek"},
		{"ask not a string", replace(`"ask":"YXNrIQ=="`, `"ask":null`), "ask"},
		{"not an object", `[]`, ""},
		{"trailing data", good + `{}`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b Bundle
			err := b.UnmarshalJSON([]byte(tc.input))
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("got %v, want ErrMalformed", err)
			}
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field != tc.field {
				t.Fatalf("error %v does not name field %q", err, tc.field)
			}
			if tc.field != "" && !strings.Contains(err.Error(), `"`+tc.field+`"`) {
				t.Fatalf("message %q does not name %q", err, tc.field)
			}
		})
	}
	// Through encoding/json, as inside a registration file.
	var wrapped struct{ Evidence *Bundle }
	err := json.Unmarshal([]byte(`{"Evidence":`+replace(`,"ark":"//4="`, ``)+`}`), &wrapped)
	if !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), `field "ark": missing`) {
		t.Fatalf("nested: %v", err)
	}
	// Software bundles carry no report or certificates.
	sw := string(softwareBundle().Canonical())
	var b Bundle
	if err := json.Unmarshal([]byte(strings.Replace(sw, `"vcek":""`, `"vcek":"dmNlaw=="`, 1)), &b); !errors.Is(err, ErrMalformed) {
		t.Fatalf("software bundle with a VCEK: %v", err)
	}
	if _, err := json.Marshal(&Bundle{Format: Format, TEE: TEESEVSNP}); !errors.Is(err, ErrMalformed) {
		t.Fatalf("marshalling an invalid bundle: %v", err)
	}
}

func TestWriteLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "evidence.json")
	b := snpShaped()
	if err := b.Write(path); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, append(b.Canonical(), '\n')) {
		t.Fatal("file is not the canonical encoding and a newline")
	}
	fi, _ := os.Stat(path)
	if fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v", fi.Mode().Perm())
	}
	back, err := Load(path)
	if err != nil || back.Hash() != b.Hash() {
		t.Fatal(back, err)
	}
	// Overwrite leaves no temporary file behind.
	if err := softwareBundle().Write(path); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("directory holds %d entries", len(entries))
	}
	if err := os.WriteFile(path, []byte(`{"format":"vmattest-evidence-v1"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(path); !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), path) {
		t.Fatalf("loading a bad file: %v", err)
	}
}

func TestTCBLayouts(t *testing.T) {
	milan := TCB{Bootloader: 3, TEE: 1, SNP: 20, Microcode: 209}
	if v := milan.Encode(ProductMilan); v != 0xd114000000000103 || DecodeTCB(ProductMilan, v) != milan {
		t.Fatalf("Milan TCB 0x%016x", v)
	}
	turin := TCB{FMC: 2, Bootloader: 3, TEE: 1, SNP: 20, Microcode: 209}
	if v := turin.Encode(ProductTurin); v != 0xd100000014010302 || DecodeTCB(ProductTurin, v) != turin {
		t.Fatalf("Turin TCB 0x%016x", v)
	}
	if !milan.AtLeast(TCB{Bootloader: 3, SNP: 20, FMC: 9}, ProductMilan) || milan.AtLeast(TCB{SNP: 21}, ProductMilan) {
		t.Fatal("AtLeast")
	}
	if turin.AtLeast(TCB{FMC: 3}, ProductTurin) {
		t.Fatal("AtLeast ignores FMC on Turin")
	}
}
