package snpreport

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha512"
	"crypto/x509"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/test"

	"github.com/vmattest/vmattest/internal/tee/snpsim"
	"github.com/vmattest/vmattest/internal/testsupport/fixtures"
	"github.com/vmattest/vmattest/internal/testsupport/golden"
	"github.com/vmattest/vmattest/internal/zkcommit/zkgadget"
)

// simReport returns a report of the simulated SNP device binding reportData, and its VCEK key.
func simReport(t *testing.T, reportData [64]byte, opts ...snpsim.Option) ([]byte, *ecdsa.PublicKey) {
	t.Helper()
	d, err := snpsim.Open(t.TempDir(), opts...)
	if err != nil {
		t.Fatal(err)
	}
	b, err := d.Evidence(context.Background(), reportData)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(b.VCEK)
	if err != nil {
		t.Fatal(err)
	}
	return b.Report, cert.PublicKey.(*ecdsa.PublicKey)
}

func solved(t *testing.T, w *Circuit) error {
	t.Helper()
	return test.IsSolved(&Circuit{}, w, ecc.BN254.ScalarField())
}

// TestParse reads the statement of the Milan report and of a simulated one, and refuses a flipped bit and
// another key.
func TestParse(t *testing.T) {
	report, key := fixtures.Milan(t)
	st, err := Parse(report, key)
	if err != nil {
		t.Fatalf("Milan report: %v", err)
	}
	// go-sev-guest's test report comes from a guest whose policy allows debugging (0xb0000: bit 19).
	if st.Policy != 0xb0000 || !st.Debug() {
		t.Errorf("the Milan test report's policy is %#x (debug %v), want 0xb0000 with debugging allowed", st.Policy, st.Debug())
	}
	rd := [64]byte{1, 2, 3}
	sim, simKey := simReport(t, rd)
	st, err = Parse(sim, simKey)
	if err != nil || st.ReportData != rd {
		t.Fatalf("simulated report: %+v, %v; want REPORT_DATA %x", st, err, rd)
	}
	flipped := append([]byte(nil), sim...)
	flipped[offMeasurement] ^= 1
	if _, err := Parse(flipped, simKey); !errors.Is(err, ErrBadSignature) {
		t.Errorf("flipped bit: %v, want ErrBadSignature", err)
	}
	if _, err := Parse(sim, key); !errors.Is(err, ErrBadSignature) {
		t.Errorf("another VCEK: %v, want ErrBadSignature", err)
	}
}

// TestCircuitAccepts: the witnesses of the real Milan report and of a simulated report satisfy the circuit,
// and their public inputs are the Statement's.
func TestCircuitAccepts(t *testing.T) {
	for name, f := range map[string]func() ([]byte, *ecdsa.PublicKey){
		"milan":     func() ([]byte, *ecdsa.PublicKey) { return fixtures.Milan(t) },
		"simulated": func() ([]byte, *ecdsa.PublicKey) { return simReport(t, [64]byte{0xaa, 0xbb}) },
	} {
		t.Run(name, func(t *testing.T) {
			report, key := f()
			w, err := Assign(report, key)
			if err != nil {
				t.Fatal(err)
			}
			if err := solved(t, w); err != nil {
				t.Fatalf("the genuine report is refused: %v", err)
			}
			st, err := Parse(report, key)
			if err != nil {
				t.Fatal(err)
			}
			in := st.Inputs()
			for i := range NumChunks {
				if in[i].Cmp(w.Statement[i].(*big.Int)) != 0 {
					t.Fatalf("public input %d: Assign %x, Statement.Inputs %x", i, w.Statement[i], in[i])
				}
			}
			if in[NumChunks].Cmp(w.VCEKHash.(*big.Int)) != 0 {
				t.Fatalf("VCEK hash: Assign %x, Statement.Inputs %x", w.VCEKHash, in[NumChunks])
			}
		})
	}
}

// TestCircuitRefuses: a flipped report bit, a wrong key, a signature by another VCEK and a statement that is
// not the report's leave the circuit unsatisfied.
func TestCircuitRefuses(t *testing.T) {
	report, key := simReport(t, [64]byte{7})
	other, otherKey := simReport(t, [64]byte{7}) // another device: another VCEK
	cases := map[string]func() *Circuit{
		"flipped report bit": func() *Circuit {
			r := append([]byte(nil), report...)
			r[offReportData] ^= 0x80
			w, _ := Assign(r, key)
			return w
		},
		"wrong key": func() *Circuit {
			w, _ := Assign(report, otherKey)
			return w
		},
		"signature by another VCEK": func() *Circuit {
			r := append([]byte(nil), report...)
			copy(r[offSigR:], other[offSigR:offSigR+144]) // another chip's signature of another report
			w, _ := Assign(r, key)
			return w
		},
		"a forged signature over the report by a fresh key, claimed as the VCEK": func() *Circuit {
			k, _ := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
			h := sha512.Sum384(report[:SignedSize])
			r, s, _ := ecdsa.Sign(rand.Reader, k, h[:])
			rep := append([]byte(nil), report...)
			putLE(rep[offSigR:offSigR+72], r)
			putLE(rep[offSigS:offSigS+72], s)
			w, _ := Assign(rep, key)
			return w
		},
		"statement of another report": func() *Circuit {
			w, _ := Assign(report, key)
			w2, _ := Assign(other, otherKey)
			w.Statement, w.VCEKHash = w2.Statement, w2.VCEKHash
			return w
		},
		"another VCEK hash": func() *Circuit {
			w, _ := Assign(report, key)
			w.VCEKHash = new(big.Int).Add(w.VCEKHash.(*big.Int), big.NewInt(1))
			return w
		},
		"REPORT_DATA changed in the statement only": func() *Circuit {
			w, _ := Assign(report, key)
			w.Statement[0] = new(big.Int).Add(w.Statement[0].(*big.Int), big.NewInt(1))
			return w
		},
	}
	for name, f := range cases {
		t.Run(name, func(t *testing.T) {
			if err := solved(t, f()); err == nil {
				t.Fatal("accepted")
			}
		})
	}
}

func putLE(dst []byte, v *big.Int) {
	clear(dst)
	be := v.FillBytes(make([]byte, 48))
	for i, b := range be {
		dst[len(be)-1-i] = b
	}
}

var compiled = sync.OnceValues(func() (constraint.ConstraintSystem, error) { return zkgadget.Compile(&Circuit{}) })

// TestConstraints checks the constraint counts against constraints.golden.
func TestConstraints(t *testing.T) {
	ccs, err := compiled()
	if err != nil {
		t.Fatal(err)
	}
	internal, secret, public := ccs.GetNbVariables()
	got := fmt.Sprintf("# snpreport: R1CS over BN254 (gnark v0.16.2), for Groth16. Regenerate on purpose with\n"+
		"# go test ./circuits/snpreport -run TestConstraints -update.\n"+
		"constraints %d\npublic %d\nsecret %d\ninternal %d\n", ccs.GetNbConstraints(), public-1, secret, internal)
	golden.Check(t, "constraints.golden", []byte(got), "the circuit changed: regenerate with -update, new keys and verifiers follow")
}
