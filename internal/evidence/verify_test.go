package evidence_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vmattest/vmattest/internal/evidence"
	"github.com/vmattest/vmattest/internal/tee"
	"github.com/vmattest/vmattest/internal/tee/snpsim"
)

// Two simulated devices for the package (each generates an RSA-4096 chain once).
var devA, devB *snpsim.Device

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "evidence-test-")
	if err != nil {
		panic(err)
	}
	quiet := snpsim.WithLogger(slog.New(slog.DiscardHandler))
	if devA, err = snpsim.Open(filepath.Join(dir, "a"), quiet); err != nil {
		panic(err)
	}
	if devB, err = snpsim.Open(filepath.Join(dir, "b"), quiet); err != nil {
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func reportData(s string) [64]byte {
	var r [64]byte
	copy(r[:], s)
	return r
}

func evidenceOf(t *testing.T, d *snpsim.Device, rd [64]byte, opts ...snpsim.Option) *evidence.Bundle {
	t.Helper()
	if len(opts) > 0 {
		var err error
		if d, err = d.With(opts...); err != nil {
			t.Fatal(err)
		}
	}
	b, err := d.Evidence(context.Background(), rd)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func measurementHex(m [48]byte) string { return "0x" + hex.EncodeToString(m[:]) }

// strictPolicy is what a registrar of devA's VM would require.
func strictPolicy() *evidence.Policy {
	vmpl := uint32(0)
	min := snpsim.DefaultTCB
	return &evidence.Policy{Measurements: []string{measurementHex(snpsim.DefaultMeasurement)}, MinTCB: &min, VMPL: &vmpl}
}

func simOptions(rd [64]byte) evidence.VerifyOptions {
	return evidence.VerifyOptions{SimulatorRoot: devA.Root(), AllowInsecure: true, ExpectedReportData: &rd, Policy: strictPolicy()}
}

func TestSimulatedEvidenceVerifies(t *testing.T) {
	rd := reportData("binding")
	b := evidenceOf(t, devA, rd)
	f, err := evidence.Verify(context.Background(), b, simOptions(rd))
	if err != nil {
		t.Fatal(err)
	}
	chip := devA.ChipID()
	if f.TEE != evidence.TEESEVSNPSim || !f.Insecure || f.Product != evidence.ProductMilan || f.Version != 3 ||
		f.Measurement != snpsim.DefaultMeasurement || f.ReportData != rd || f.Policy != snpsim.DefaultPolicy || f.Debug ||
		f.VMPL != 0 || f.TCB() != snpsim.DefaultTCB || f.ChipID != chip || f.SigningKey != "VCEK" || f.Firmware != "1.55.21" {
		t.Fatalf("facts: %s", f)
	}
	if !strings.Contains(f.String(), "INSECURE") {
		t.Error("facts of simulated evidence do not say INSECURE")
	}
	// Through the file form.
	path := filepath.Join(t.TempDir(), "evidence.json")
	if err := b.Write(path); err != nil {
		t.Fatal(err)
	}
	back, err := evidence.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if back.Hash() != b.Hash() {
		t.Fatal("file round trip changed the hash")
	}
	if _, err := evidence.Verify(context.Background(), back, simOptions(rd)); err != nil {
		t.Fatal(err)
	}
	// Through the root's file form.
	rootPath := filepath.Join(t.TempDir(), "sim-root.pem")
	if err := devA.WriteRoot(rootPath); err != nil {
		t.Fatal(err)
	}
	root, err := evidence.LoadSimRoot(rootPath)
	if err != nil {
		t.Fatal(err)
	}
	if line, _ := root.ProductLine(); line != "Milan" || root.Fingerprint() != devA.Root().Fingerprint() {
		t.Fatalf("root %s %s", line, root.Fingerprint())
	}
	opt := simOptions(rd)
	opt.SimulatorRoot = root
	if _, err := evidence.Verify(context.Background(), b, opt); err != nil {
		t.Fatal(err)
	}
}

// sentinels are the verification errors; each failure must match exactly one.
var sentinels = map[string]error{
	"ErrMalformed": evidence.ErrMalformed, "ErrInsecure": evidence.ErrInsecure, "ErrUnknownRoot": evidence.ErrUnknownRoot,
	"ErrSignature": evidence.ErrSignature, "ErrReportData": evidence.ErrReportData, "ErrDebug": evidence.ErrDebug,
	"ErrMeasurement": evidence.ErrMeasurement, "ErrTCB": evidence.ErrTCB, "ErrVMPL": evidence.ErrVMPL,
	"ErrValidate": evidence.ErrValidate,
}

func checkOnly(t *testing.T, err, want error) {
	t.Helper()
	if err == nil {
		t.Fatalf("accepted, want %v", want)
	}
	for name, s := range sentinels {
		if got := errors.Is(err, s); got != (s == want) {
			t.Fatalf("error %q: errors.Is(%s) = %t", err, name, got)
		}
	}
	t.Logf("refused: %v", err)
}

func TestEveryFailureHasItsOwnError(t *testing.T) {
	ctx := context.Background()
	rd := reportData("binding")
	var otherMeasurement [48]byte
	otherMeasurement[0] = 1
	low := evidence.TCB{Bootloader: 3, TEE: 0, SNP: 8, Microcode: 115}

	for _, tc := range []struct {
		name   string
		bundle func(t *testing.T) *evidence.Bundle
		opt    func(*evidence.VerifyOptions)
		want   error
	}{
		{"tampered report byte", func(t *testing.T) *evidence.Bundle {
			b := evidenceOf(t, devA, rd)
			b.Report[0x90] ^= 0x01 // a bit of the measurement
			return b
		}, nil, evidence.ErrSignature},
		{"tampered signature", func(t *testing.T) *evidence.Bundle {
			b := evidenceOf(t, devA, rd)
			b.Report[0x2A0] ^= 0x01
			return b
		}, nil, evidence.ErrSignature},
		{"report signed by an unregistered VCEK", func(t *testing.T) *evidence.Bundle {
			return evidenceOf(t, devA, rd, snpsim.WithForeignVCEK())
		}, nil, evidence.ErrSignature},
		{"VCEK expired at Now", func(t *testing.T) *evidence.Bundle { return evidenceOf(t, devA, rd) },
			func(o *evidence.VerifyOptions) { o.Now = time.Now().AddDate(8, 0, 0) }, evidence.ErrSignature},
		{"wrong REPORT_DATA", func(t *testing.T) *evidence.Bundle { return evidenceOf(t, devA, reportData("another key")) },
			nil, evidence.ErrReportData},
		{"bundle reportData is not the report's", func(t *testing.T) *evidence.Bundle {
			b := evidenceOf(t, devA, rd)
			b.ReportData[0] ^= 1
			return b
		}, func(o *evidence.VerifyOptions) { o.ExpectedReportData = nil }, evidence.ErrReportData},
		{"debug policy", func(t *testing.T) *evidence.Bundle { return evidenceOf(t, devA, rd, snpsim.WithDebug()) },
			nil, evidence.ErrDebug},
		{"debug policy without a policy", func(t *testing.T) *evidence.Bundle { return evidenceOf(t, devA, rd, snpsim.WithDebug()) },
			func(o *evidence.VerifyOptions) { o.Policy = nil }, evidence.ErrDebug},
		{"measurement not allowed", func(t *testing.T) *evidence.Bundle {
			return evidenceOf(t, devA, rd, snpsim.WithMeasurement(otherMeasurement))
		}, nil, evidence.ErrMeasurement},
		{"measurement not in a list", func(t *testing.T) *evidence.Bundle {
			return evidenceOf(t, devA, rd, snpsim.WithMeasurement(otherMeasurement))
		}, func(o *evidence.VerifyOptions) {
			var m2 [48]byte
			o.Policy.Measurements = append(o.Policy.Measurements, measurementHex(m2))
		}, evidence.ErrMeasurement},
		{"TCB below minimum", func(t *testing.T) *evidence.Bundle { return evidenceOf(t, devA, rd, snpsim.WithTCB(low)) },
			nil, evidence.ErrTCB},
		{"VMPL mismatch", func(t *testing.T) *evidence.Bundle { return evidenceOf(t, devA, rd, snpsim.WithVMPL(3)) },
			nil, evidence.ErrVMPL},
		{"another simulator's root", func(t *testing.T) *evidence.Bundle { return evidenceOf(t, devA, rd) },
			func(o *evidence.VerifyOptions) { o.SimulatorRoot = devB.Root() }, evidence.ErrUnknownRoot},
		{"VCEK certified by a foreign root", func(t *testing.T) *evidence.Bundle {
			return evidenceOf(t, devA, rd, snpsim.WithForeignRoot())
		}, nil, evidence.ErrUnknownRoot},
		{"VCEK of another device under the trusted ARK", func(t *testing.T) *evidence.Bundle {
			b := evidenceOf(t, devB, rd)
			a := evidenceOf(t, devA, rd)
			b.ASK, b.ARK = a.ASK, a.ARK // claims devA's chain, but devB's ASK signed the VCEK
			return b
		}, nil, evidence.ErrUnknownRoot},
		{"no simulator root given", func(t *testing.T) *evidence.Bundle { return evidenceOf(t, devA, rd) },
			func(o *evidence.VerifyOptions) { o.SimulatorRoot = nil }, evidence.ErrUnknownRoot},
		{"simulated evidence relabelled sev-snp", func(t *testing.T) *evidence.Bundle {
			b := evidenceOf(t, devA, rd)
			b.TEE, b.Insecure = evidence.TEESEVSNP, false // the chain inside is not AMD's: never trusted
			return b
		}, nil, evidence.ErrUnknownRoot},
		{"simulated evidence without AllowInsecure", func(t *testing.T) *evidence.Bundle { return evidenceOf(t, devA, rd) },
			func(o *evidence.VerifyOptions) { o.AllowInsecure = false }, evidence.ErrInsecure},
		{"software evidence without AllowInsecure", func(t *testing.T) *evidence.Bundle {
			b, _ := tee.NewSoftware().Evidence(context.Background(), rd)
			return b
		}, func(o *evidence.VerifyOptions) { o.AllowInsecure = false }, evidence.ErrInsecure},
		{"software evidence under a measurement policy", func(t *testing.T) *evidence.Bundle {
			b, _ := tee.NewSoftware().Evidence(context.Background(), rd)
			return b
		}, nil, evidence.ErrMeasurement},
		{"malformed: report cut", func(t *testing.T) *evidence.Bundle {
			b := evidenceOf(t, devA, rd)
			b.Report = b.Report[:100]
			return b
		}, nil, evidence.ErrMalformed},
		{"malformed: reserved report bytes set", func(t *testing.T) *evidence.Bundle {
			b := evidenceOf(t, devA, rd)
			b.Report[0x4C] = 1
			return b
		}, nil, evidence.ErrMalformed},
		{"malformed: VCEK not DER", func(t *testing.T) *evidence.Bundle {
			b := evidenceOf(t, devA, rd)
			b.VCEK = []byte("not a certificate")
			return b
		}, nil, evidence.ErrMalformed},
		{"malformed: unknown TEE", func(t *testing.T) *evidence.Bundle {
			b := evidenceOf(t, devA, rd)
			b.TEE = "tdx"
			return b
		}, nil, evidence.ErrMalformed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opt := simOptions(rd)
			if tc.opt != nil {
				tc.opt(&opt)
			}
			_, err := evidence.Verify(ctx, tc.bundle(t), opt)
			checkOnly(t, err, tc.want)
		})
	}
}

func TestPolicyRelaxations(t *testing.T) {
	ctx := context.Background()
	rd := reportData("binding")
	// Each bad bundle above passes when the policy allows it: the refusals are the policy's, not noise.
	debug := evidenceOf(t, devA, rd, snpsim.WithDebug())
	opt := simOptions(rd)
	opt.Policy.AllowDebug = true
	if f, err := evidence.Verify(ctx, debug, opt); err != nil || !f.Debug {
		t.Fatalf("debug allowed: %v", err)
	}
	low := evidence.TCB{Bootloader: 3, TEE: 0, SNP: 8, Microcode: 115}
	lowB := evidenceOf(t, devA, rd, snpsim.WithTCB(low))
	opt = simOptions(rd)
	opt.Policy.MinTCB = &low
	if _, err := evidence.Verify(ctx, lowB, opt); err != nil {
		t.Fatalf("low TCB at its own minimum: %v", err)
	}
	vmpl3 := evidenceOf(t, devA, rd, snpsim.WithVMPL(3))
	opt = simOptions(rd)
	v := uint32(3)
	opt.Policy.VMPL = &v
	if _, err := evidence.Verify(ctx, vmpl3, opt); err != nil {
		t.Fatalf("VMPL 3 required and given: %v", err)
	}
	var m [48]byte
	m[47] = 9
	other := evidenceOf(t, devA, rd, snpsim.WithMeasurement(m))
	opt = simOptions(rd)
	opt.Policy.Measurements = []string{strings.ToUpper(hex.EncodeToString(m[:])), measurementHex(snpsim.DefaultMeasurement)}
	if _, err := evidence.Verify(ctx, other, opt); err != nil {
		t.Fatalf("measurement in a list of two: %v", err)
	}
	opt.Policy = nil
	if _, err := evidence.Verify(ctx, other, opt); err != nil {
		t.Fatalf("no policy: %v", err)
	}
	// Software evidence passes only without report requirements.
	sw, _ := tee.NewSoftware().Evidence(ctx, rd)
	f, err := evidence.Verify(ctx, sw, evidence.VerifyOptions{AllowInsecure: true, ExpectedReportData: &rd})
	if err != nil || f.TEE != evidence.TEESoftware || !f.Insecure || f.ReportData != rd {
		t.Fatalf("software: %v %v", f, err)
	}
}

func TestSimRootParsing(t *testing.T) {
	pemA := devA.Root().PEM()
	if _, err := evidence.ParseSimRoot(pemA); err != nil {
		t.Fatal(err)
	}
	// ARK then ASK (the wrong order), a single certificate, or a mixed chain are refused.
	blocks := bytes.SplitAfter(pemA, []byte("-----END CERTIFICATE-----\n"))
	for name, data := range map[string][]byte{
		"reversed": append(append([]byte{}, blocks[1]...), blocks[0]...),
		"one":      blocks[0],
		"mixed":    append(append([]byte{}, blocks[0]...), bytes.SplitAfter(devB.Root().PEM(), []byte("-----END CERTIFICATE-----\n"))[1]...),
		"garbage":  []byte("hello"),
	} {
		if _, err := evidence.ParseSimRoot(data); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
