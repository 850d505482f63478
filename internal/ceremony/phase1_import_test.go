package ceremony

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
)

// sealedPhase1 runs a phase 1 of the given domain size in a ceremony of the square circuit and returns
// the path of its phase1-sealed.bin.
func sealedPhase1(t *testing.T, domain uint64) string {
	t.Helper()
	dir := t.TempDir()
	must(t, Init(dir, squareCS(), InitOptions{Circuit: "shared phase 1", Phase1DomainSize: domain}))
	contribute(t, dir, "p1-alice")
	contribute(t, dir, "p1-bob")
	must(t, ClosePhase1(dir, beacon("shared phase 1 beacon")))
	return filepath.Join(dir, Phase1SealedFile)
}

func TestPhase2FromSealedPhase1(t *testing.T) {
	ccs := cubicCS()
	n := domainFor(ccs.GetNbConstraints())
	if n < 4 {
		t.Fatalf("the cubic circuit should need a domain of at least 4, not %d", n)
	}
	// A phase 1 larger than the circuit needs, as a shared one would be: phase 2 truncates it.
	src := sealedPhase1(t, 4*n)
	srcHash := fileHash(t, src)

	dir := t.TempDir()
	must(t, Init(dir, ccs, InitOptions{Circuit: "cubic", Phase1Transcript: src}))
	m, err := Load(dir)
	must(t, err)
	if m.Phase != PhaseTwo || m.Phase1.Source != SourceImported || m.Phase1.DomainSize != 4*n || m.DomainSize != n ||
		m.Phase1.Sealed.SHA256 != srcHash || m.Phase1.ImportedFrom != Phase1SealedFile || m.Phase1.Initial != nil {
		t.Fatalf("unexpected manifest: %+v", m)
	}
	for _, f := range []string{Transcript(1, 0), Transcript(1, 1)} {
		if _, err := os.Stat(filepath.Join(dir, f)); err == nil {
			t.Fatalf("%s written for an imported phase 1", f)
		}
	}
	err = ClosePhase1(dir, beacon("x"))
	expectFileError(t, err, ManifestFile, nil)

	contribute(t, dir, "erin")
	contribute(t, dir, "frank")
	rep, err := Verify(dir, ccs)
	must(t, err)
	if !strings.Contains(rep.String(), "imported") || !strings.Contains(rep.String(), srcHash) {
		t.Fatalf("the report does not show the imported phase 1:\n%s", rep.String())
	}
	// With an imported phase 1 the first beacon is phase 2's, so any beacon goes.
	k, err := Finalize(dir, cubicDesc, beacon("shared phase 1 beacon"))
	must(t, err)
	pk, vk := k.PK, k.VK
	proveAndVerify(t, ccs, pk, vk,
		&cubicCircuit{X: 3, Z: 7, Y: 35}, &cubicCircuit{X: 3, Z: 7, Y: 36}, &cubicCircuit{Y: 36})
	_, err = Verify(dir, ccs)
	must(t, err)
	info, err := ReadKeysInfo(filepath.Join(dir, KeysFile))
	must(t, err)
	if info.Phase1.Source != SourceImported || info.Phase1.SealedSHA256 != srcHash || info.Phase1.Beacon != "" || len(info.Phase1.Contributors) != 0 {
		t.Fatalf("unexpected keys.json phase 1: %+v", info.Phase1)
	}
	checkNoTemporaries(t, dir)
}

func TestPhase1DomainExactlyTheCircuits(t *testing.T) {
	// The imported phase 1 is exactly as large as needed: no truncation.
	ccs := cubicCS()
	src := sealedPhase1(t, domainFor(ccs.GetNbConstraints()))
	dir := t.TempDir()
	must(t, Init(dir, ccs, InitOptions{Phase1Transcript: src}))
	contribute(t, dir, "gina")
	k, err := Finalize(dir, cubicDesc, beacon("b2"))
	must(t, err)
	pk, vk := k.PK, k.VK
	proveAndVerify(t, ccs, pk, vk,
		&cubicCircuit{X: 2, Z: 1, Y: 15}, &cubicCircuit{X: 2, Z: 1, Y: 16}, &cubicCircuit{Y: 16})
}

func TestImportRejects(t *testing.T) {
	ccs := cubicCS()
	n := domainFor(ccs.GetNbConstraints())

	t.Run("too small", func(t *testing.T) {
		src := sealedPhase1(t, n/2)
		err := Init(t.TempDir(), ccs, InitOptions{Phase1Transcript: src})
		if err == nil || !strings.Contains(err.Error(), "domain size") {
			t.Fatalf("expected a domain size error, got %v", err)
		}
		t.Log(err)
	})
	t.Run("corrupted", func(t *testing.T) {
		src := sealedPhase1(t, n)
		flipByte(t, src, -1)
		err := Init(t.TempDir(), ccs, InitOptions{Phase1Transcript: src})
		if err == nil || !strings.Contains(err.Error(), src) {
			t.Fatalf("expected an error naming %s, got %v", src, err)
		}
		t.Log(err)
	})
	t.Run("not powers of one tau", func(t *testing.T) {
		// Decodes fine, every point valid, but [τ²]₁ and [τ³]₁ are swapped.
		src := sealedPhase1(t, n)
		var c mpcsetup.SrsCommons
		_, err := readObject(src, &c, -1, false)
		must(t, err)
		c.G1.Tau[2], c.G1.Tau[3] = c.G1.Tau[3], c.G1.Tau[2]
		var buf bytes.Buffer
		_, err = c.WriteTo(&buf)
		must(t, err)
		must(t, os.WriteFile(src, buf.Bytes(), 0o644))
		err = Init(t.TempDir(), ccs, InitOptions{Phase1Transcript: src})
		if err == nil || !strings.Contains(err.Error(), "malformed") {
			t.Fatalf("expected a malformed phase 1 error, got %v", err)
		}
		t.Log(err)
	})
	t.Run("beta mismatch", func(t *testing.T) {
		src := sealedPhase1(t, n)
		var c mpcsetup.SrsCommons
		_, err := readObject(src, &c, -1, false)
		must(t, err)
		c.G2.Beta = c.G2.Tau[1]
		var buf bytes.Buffer
		_, err = c.WriteTo(&buf)
		must(t, err)
		must(t, os.WriteFile(src, buf.Bytes(), 0o644))
		err = Init(t.TempDir(), ccs, InitOptions{Phase1Transcript: src})
		if err == nil || !strings.Contains(err.Error(), "β") {
			t.Fatalf("expected a β error, got %v", err)
		}
		t.Log(err)
	})
	t.Run("not a phase 1 file", func(t *testing.T) {
		src := filepath.Join(t.TempDir(), "junk.bin")
		must(t, os.WriteFile(src, []byte("definitely not a transcript"), 0o644))
		err := Init(t.TempDir(), ccs, InitOptions{Phase1Transcript: src})
		if err == nil || !strings.Contains(err.Error(), "not a sealed phase 1") {
			t.Fatalf("expected a format error, got %v", err)
		}
		t.Log(err)
	})
	t.Run("tampered copy in the ceremony", func(t *testing.T) {
		src := sealedPhase1(t, n)
		dir := t.TempDir()
		must(t, Init(dir, ccs, InitOptions{Phase1Transcript: src}))
		// Replaced by another valid sealed phase 1 and the recorded hash fixed: the phase 2 initial
		// transcript no longer matches it.
		other := sealedPhase1(t, n)
		data, err := os.ReadFile(other)
		must(t, err)
		must(t, os.WriteFile(filepath.Join(dir, Phase1SealedFile), data, 0o644))
		_, err = Verify(dir, ccs)
		expectFileError(t, err, Phase1SealedFile, ErrHashMismatch)
		editManifest(t, dir, func(m *Manifest) { m.Phase1.Sealed.SHA256 = fileHash(t, other) })
		_, err = Verify(dir, ccs)
		expectFileError(t, err, Transcript(2, 0), ErrMismatch)
	})
	t.Run("options", func(t *testing.T) {
		err := Init(t.TempDir(), ccs, InitOptions{Phase1Transcript: "x", Phase1DomainSize: 8})
		if err == nil {
			t.Fatal("accepted both Phase1Transcript and Phase1DomainSize")
		}
		for _, bad := range []uint64{3, n / 2, 1 << 29} {
			if err := Init(t.TempDir(), ccs, InitOptions{Phase1DomainSize: bad}); err == nil {
				t.Fatalf("accepted Phase1DomainSize %d", bad)
			}
		}
	})
}
