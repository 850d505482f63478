package ceremony

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/frontend/cs/scs"

	"github.com/vmattest/vmattest/internal/testsupport/fixtures"
)

func TestParseBeacon(t *testing.T) {
	h := strings.Repeat("0f", 32)
	for _, s := range []string{h, "0x" + h, "  0X" + strings.ToUpper(h) + "\n"} {
		b, err := ParseBeacon(s)
		if err != nil || len(b) != 32 || b[0] != 0x0f {
			t.Fatalf("ParseBeacon(%q) = %x, %v", s, b, err)
		}
	}
	for _, s := range []string{"", "0x", "zz" + h, h[:30], strings.Repeat("00", MaxBeaconBytes+1), h + "0"} {
		if _, err := ParseBeacon(s); err == nil {
			t.Fatalf("ParseBeacon(%q) accepted", s)
		}
	}
}

func TestStepPreconditions(t *testing.T) {
	ccs := squareCS()
	dir := t.TempDir()

	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "init") {
		t.Fatalf("Load of an empty directory: %v", err)
	}
	if _, err := Contribute(dir, "alice"); err == nil {
		t.Fatal("contributed to an empty directory")
	}
	if err := Init(dir, nil, InitOptions{}); err == nil {
		t.Fatal("Init without a circuit")
	}
	must(t, Init(dir, ccs, InitOptions{}))
	expectFileError(t, Init(dir, ccs, InitOptions{}), ManifestFile, nil)

	for _, name := range []string{"", "   ", "a\nb", strings.Repeat("x", MaxNameLength+1), "bad\x00name"} {
		if _, err := Contribute(dir, name); err == nil {
			t.Fatalf("accepted the name %q", name)
		}
	}
	// Closing or finalizing needs contributions and proper beacons.
	expectFileError(t, ClosePhase1(dir, beacon("b1")), ManifestFile, nil)
	if err := ClosePhase1(dir, []byte("short")); err == nil {
		t.Fatal("accepted a short beacon")
	}
	_, err := Finalize(dir, squareDesc, beacon("b2"))
	expectFileError(t, err, ManifestFile, nil)

	contribute(t, dir, "alice")
	must(t, ClosePhase1(dir, beacon("b1")))
	expectFileError(t, ClosePhase1(dir, beacon("b1")), ManifestFile, nil)
	_, err = Finalize(dir, squareDesc, beacon("b2"))
	expectFileError(t, err, ManifestFile, nil)
	contribute(t, dir, "bob")
	if _, err := Finalize(dir, squareDesc, beacon("b1")); err == nil || !strings.Contains(err.Error(), "phase 1's") {
		t.Fatalf("accepted phase 1's beacon for phase 2: %v", err)
	}
	if _, err := Finalize(dir, squareDesc, nil); err == nil {
		t.Fatal("accepted no beacon")
	}
	if _, err := Finalize(dir, nil, beacon("b2")); err == nil {
		t.Fatal("finalized without a circuit")
	}
	if _, err := Verify(dir, nil); err == nil {
		t.Fatal("verified without a circuit")
	}
	_, err = Finalize(dir, squareDesc, beacon("b2"))
	must(t, err)
	checkNoTemporaries(t, dir)
}

func TestLocked(t *testing.T) {
	dir := t.TempDir()
	must(t, Init(dir, squareCS(), InitOptions{}))
	unlock, err := lockDir(dir)
	must(t, err)
	_, err = Contribute(dir, "alice")
	if err == nil || !strings.Contains(err.Error(), "locked") {
		t.Fatalf("contributed while the directory was locked: %v", err)
	}
	unlock()
	contribute(t, dir, "alice")
}

func TestCircuitHashIsStable(t *testing.T) {
	a, _, err := hashWriterTo(compile(t, &cubicCircuit{}))
	must(t, err)
	b, _, err := hashWriterTo(compile(t, &cubicCircuit{}))
	must(t, err)
	if a != b {
		t.Fatalf("compiling the same circuit twice gives two hashes: %s, %s", a, b)
	}
	c, _, err := hashWriterTo(compile(t, &fixtures.SquareCircuit{}))
	must(t, err)
	if a == c {
		t.Fatal("two circuits have one hash")
	}
}

// Every transcript file is gnark's canonical encoding, and the initial ones are deterministic.
func TestTranscriptEncoding(t *testing.T) {
	d1, d2 := t.TempDir(), t.TempDir()
	must(t, Init(d1, squareCS(), InitOptions{Phase1DomainSize: 8}))
	must(t, Init(d2, squareCS(), InitOptions{Phase1DomainSize: 8}))
	for _, f := range []string{Transcript(1, 0), CircuitFile} {
		a, err := os.ReadFile(filepath.Join(d1, f))
		must(t, err)
		b, err := os.ReadFile(filepath.Join(d2, f))
		must(t, err)
		if !bytes.Equal(a, b) {
			t.Fatalf("%s differs between two inits", f)
		}
	}
	// Contributions have a fixed size; one with a byte appended is rejected even with its hash recorded.
	contribute(t, d1, "alice")
	if got := fileSizeOf(t, filepath.Join(d1, Transcript(1, 1))); got != fileSizeOf(t, filepath.Join(d1, Transcript(1, 0)))+32 {
		t.Fatalf("unexpected contribution size %d", got)
	}
	path := filepath.Join(d1, Transcript(1, 1))
	data, err := os.ReadFile(path)
	must(t, err)
	must(t, os.WriteFile(path, append(data, 0), 0o644))
	editManifest(t, d1, func(m *Manifest) { m.Phase1.Contributions[0].SHA256 = fileHash(t, path) })
	_, err = Verify(d1, squareCS())
	expectFileError(t, err, Transcript(1, 1), ErrInvalidContribution)
}

func fileSizeOf(t *testing.T, path string) int64 {
	t.Helper()
	st, err := os.Stat(path)
	must(t, err)
	return st.Size()
}

func TestAsR1CS(t *testing.T) {
	r, err := AsR1CS(squareCS())
	if err != nil || r != squareCS() {
		t.Fatalf("AsR1CS(R1CS) = %v, %v", r, err)
	}
	plonk, err := frontend.Compile(ecc.BN254.ScalarField(), scs.NewBuilder, &fixtures.SquareCircuit{})
	must(t, err)
	if _, err := AsR1CS(plonk); err == nil {
		t.Fatal("accepted a PLONK constraint system")
	}
	if err := Init(t.TempDir(), plonk.(*cs.SparseR1CS), InitOptions{}); err == nil {
		t.Fatal("Init accepted a PLONK constraint system")
	}
	other, err := frontend.Compile(ecc.BLS12_381.ScalarField(), r1cs.NewBuilder, &fixtures.SquareCircuit{})
	must(t, err)
	if _, err := AsR1CS(other); err == nil {
		t.Fatal("accepted a BLS12-381 constraint system")
	}
}
