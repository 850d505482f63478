package ceremony

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"

	"github.com/vmattest/vmattest/internal/testsupport/fixtures"
)

// Base ceremonies for the tampering tests, built once and copied for each case.
type bases struct {
	phase1     string // phase 1 open, contributions by alice and bob
	fork       string // phase 1 open, alice, then mallory instead of bob
	phase2     string // phase 2 open (phase 1 closed), contributions by carol and dave
	phase2Fork string // like phase2, but mallory instead of dave
	finalized  string // phase2, finalized
}

var (
	basesOnce sync.Once
	theBases  bases
	basesErr  error
)

func getBases(t *testing.T) bases {
	t.Helper()
	basesOnce.Do(func() {
		root, err := os.MkdirTemp("", "ceremony-bases-")
		if err != nil {
			basesErr = err
			return
		}
		b := bases{}
		step := func(err error) {
			if basesErr == nil && err != nil {
				basesErr = err
			}
		}
		sub := func(name string) string { return filepath.Join(root, name) }
		cp := func(from, to string) {
			entries, err := os.ReadDir(from)
			step(err)
			step(os.MkdirAll(to, 0o755))
			for _, e := range entries {
				data, err := os.ReadFile(filepath.Join(from, e.Name()))
				step(err)
				step(os.WriteFile(filepath.Join(to, e.Name()), data, 0o644))
			}
		}
		contrib := func(dir, name string) {
			_, err := Contribute(dir, name)
			step(err)
		}

		b.phase1 = sub("phase1")
		step(Init(b.phase1, squareCS(), InitOptions{Circuit: "square"}))
		contrib(b.phase1, "alice")
		b.fork = sub("fork")
		cp(b.phase1, b.fork)
		contrib(b.fork, "mallory")
		contrib(b.phase1, "bob")

		b.phase2 = sub("phase2")
		cp(b.phase1, b.phase2)
		step(ClosePhase1(b.phase2, beacon("b1")))
		contrib(b.phase2, "carol")
		b.phase2Fork = sub("phase2fork")
		cp(b.phase2, b.phase2Fork)
		contrib(b.phase2Fork, "mallory")
		contrib(b.phase2, "dave")

		b.finalized = sub("finalized")
		cp(b.phase2, b.finalized)
		_, err = Finalize(b.finalized, squareDesc, beacon("b2"))
		step(err)
		theBases = b
	})
	if basesErr != nil {
		t.Fatal(basesErr)
	}
	return theBases
}

func TestMain(m *testing.M) {
	code := m.Run()
	if theBases.phase1 != "" {
		os.RemoveAll(filepath.Dir(theBases.phase1))
	}
	os.Exit(code)
}

func swapFiles(t *testing.T, dir, a, b string) {
	t.Helper()
	pa, pb := filepath.Join(dir, a), filepath.Join(dir, b)
	da, err := os.ReadFile(pa)
	must(t, err)
	db, err := os.ReadFile(pb)
	must(t, err)
	must(t, os.WriteFile(pa, db, 0o644))
	must(t, os.WriteFile(pb, da, 0o644))
}

func recordedHash(t *testing.T, dir, file string) string {
	t.Helper()
	return fileHash(t, filepath.Join(dir, file))
}

// fixHashes makes ceremony.json record the current hashes of the contribution files, as an attacker who
// can also write ceremony.json would.
func fixHashes(t *testing.T, dir string) {
	t.Helper()
	editManifest(t, dir, func(m *Manifest) {
		for i := range m.Phase1.Contributions {
			m.Phase1.Contributions[i].SHA256 = recordedHash(t, dir, m.Phase1.Contributions[i].File)
		}
		if m.Phase2 != nil {
			for i := range m.Phase2.Contributions {
				m.Phase2.Contributions[i].SHA256 = recordedHash(t, dir, m.Phase2.Contributions[i].File)
			}
		}
	})
}

func TestTampering(t *testing.T) {
	b := getBases(t)
	ccs := squareCS()

	t.Run("bases verify", func(t *testing.T) {
		for _, dir := range []string{b.phase1, b.fork, b.phase2, b.phase2Fork, b.finalized} {
			rep, err := Verify(dir, ccs)
			must(t, err)
			if len(rep.Warnings) != 0 {
				t.Fatalf("%s: %v", dir, rep.Warnings)
			}
		}
	})

	t.Run("flipped byte in a phase 1 contribution", func(t *testing.T) {
		for _, file := range []string{"phase1-001.bin", "phase1-002.bin"} {
			dir := copyDir(t, b.phase1)
			flipByte(t, filepath.Join(dir, file), -1)
			_, err := Verify(dir, ccs)
			expectFileError(t, err, file, ErrHashMismatch)
			_, err = Contribute(dir, "carol")
			expectFileError(t, err, file, ErrHashMismatch)
			err = ClosePhase1(dir, beacon("b1"))
			expectFileError(t, err, file, ErrHashMismatch)
			if _, err := os.Stat(filepath.Join(dir, "phase1-003.bin")); err == nil {
				t.Fatal("contributed on a tampered chain")
			}
		}
	})

	t.Run("flipped byte in a phase 2 contribution", func(t *testing.T) {
		dir := copyDir(t, b.phase2)
		flipByte(t, filepath.Join(dir, "phase2-001.bin"), -1)
		_, err := Verify(dir, ccs)
		expectFileError(t, err, "phase2-001.bin", ErrHashMismatch)
		_, err = Contribute(dir, "erin")
		expectFileError(t, err, "phase2-001.bin", ErrHashMismatch)
		_, err = Finalize(dir, squareDesc, beacon("b2"))
		expectFileError(t, err, "phase2-001.bin", ErrHashMismatch)
		for _, f := range []string{"phase2-003.bin", ProvingKeyFile, VerifyingKeyFile, KeysFile} {
			if _, err := os.Stat(filepath.Join(dir, f)); err == nil {
				t.Fatalf("%s written for a tampered chain", f)
			}
		}
	})

	// The attacker also rewrites the hashes in ceremony.json: the cryptographic checks still fail.
	t.Run("flipped bytes with ceremony.json rewritten", func(t *testing.T) {
		for _, c := range []struct {
			base, file string
			at         int
		}{
			{b.phase1, "phase1-001.bin", -1},
			{b.phase1, "phase1-002.bin", 100},
			{b.phase1, "phase1-002.bin", 0},
			{b.phase2, "phase2-002.bin", -1},
			{b.phase2, "phase2-001.bin", 10},
		} {
			for _, at := range []int{c.at, -2} {
				dir := copyDir(t, c.base)
				if at == -2 { // the challenge, at the end of the file
					st, err := os.Stat(filepath.Join(dir, c.file))
					must(t, err)
					at = int(st.Size()) - 5
				}
				flipByte(t, filepath.Join(dir, c.file), at)
				fixHashes(t, dir)
				_, err := Verify(dir, ccs)
				expectFileError(t, err, c.file, ErrInvalidContribution)
				_, err = Contribute(dir, "erin")
				expectFileError(t, err, c.file, ErrInvalidContribution)
			}
		}
	})

	// A point replaced by another valid point: it decodes, only gnark's update proofs catch it.
	t.Run("substituted valid point", func(t *testing.T) {
		_, _, g1, _ := curve.Generators()
		enc := g1.Bytes()
		// Phase1 encoding: three update proofs (a G1 and a G2 point each), then N, [β]₂, [τ¹]₁, ...
		at := 3*(curve.SizeOfG1AffineCompressed+curve.SizeOfG2AffineCompressed) + 8 + curve.SizeOfG2AffineCompressed
		for _, file := range []string{"phase1-001.bin", "phase1-002.bin"} {
			dir := copyDir(t, b.phase1)
			path := filepath.Join(dir, file)
			data, err := os.ReadFile(path)
			must(t, err)
			copy(data[at+curve.SizeOfG1AffineCompressed:], enc[:]) // [τ²]₁ := [1]₁
			must(t, os.WriteFile(path, data, 0o644))
			fixHashes(t, dir)
			_, err = Verify(dir, ccs)
			expectFileError(t, err, file, ErrInvalidContribution)
			if !strings.Contains(err.Error(), "not a valid update") {
				t.Fatalf("expected gnark's verification to fail, got %v", err)
			}
			_, err = Contribute(dir, "erin")
			expectFileError(t, err, file, ErrInvalidContribution)
		}
	})

	t.Run("reordered contributions", func(t *testing.T) {
		for _, c := range []struct{ base, a, b string }{
			{b.phase1, "phase1-001.bin", "phase1-002.bin"},
			{b.phase2, "phase2-001.bin", "phase2-002.bin"},
		} {
			dir := copyDir(t, c.base)
			swapFiles(t, dir, c.a, c.b)
			_, err := Verify(dir, ccs)
			expectFileError(t, err, c.a, ErrHashMismatch)
			_, err = Contribute(dir, "erin")
			expectFileError(t, err, c.a, ErrHashMismatch)
			// Even with ceremony.json rewritten to match, the first file no longer builds on its
			// predecessor.
			fixHashes(t, dir)
			_, err = Verify(dir, ccs)
			expectFileError(t, err, c.a, ErrInvalidContribution)
			if !strings.Contains(err.Error(), "not built on") {
				t.Fatalf("expected a chaining error, got %v", err)
			}
			_, err = Contribute(dir, "erin")
			expectFileError(t, err, c.a, ErrInvalidContribution)
		}
	})

	t.Run("reordered entries in ceremony.json", func(t *testing.T) {
		dir := copyDir(t, b.phase2)
		editManifest(t, dir, func(m *Manifest) {
			c := m.Phase2.Contributions
			c[0], c[1] = c[1], c[0]
		})
		_, err := Verify(dir, ccs)
		expectFileError(t, err, ManifestFile, nil)
		_, err = Contribute(dir, "erin")
		expectFileError(t, err, ManifestFile, nil)
	})

	// Another contribution that is valid on its own (built on the same predecessor) replaces one.
	t.Run("replaced by a valid-looking contribution", func(t *testing.T) {
		for _, c := range []struct{ base, fork, file string }{
			{b.phase1, b.fork, "phase1-002.bin"},
			{b.phase2, b.phase2Fork, "phase2-002.bin"},
		} {
			dir := copyDir(t, c.base)
			published := recordedHash(t, dir, c.file)
			data, err := os.ReadFile(filepath.Join(c.fork, c.file))
			must(t, err)
			must(t, os.WriteFile(filepath.Join(dir, c.file), data, 0o644))
			_, err = Verify(dir, ccs)
			expectFileError(t, err, c.file, ErrHashMismatch)
			_, err = Contribute(dir, "erin")
			expectFileError(t, err, c.file, ErrHashMismatch)

			// An attacker who also rewrites ceremony.json has a valid chain without the contribution:
			// only the contributor's published hash shows it. Verify's report lists the hashes for that
			// comparison.
			fixHashes(t, dir)
			rep, err := Verify(dir, ccs)
			must(t, err)
			if strings.Contains(rep.String(), published) {
				t.Fatal("the report still lists the replaced contribution's hash")
			}
		}
	})

	t.Run("hash in ceremony.json changed", func(t *testing.T) {
		for _, c := range []struct {
			base, file string
			edit       func(m *Manifest, h string)
		}{
			{b.phase1, "phase1-001.bin", func(m *Manifest, h string) { m.Phase1.Contributions[0].SHA256 = h }},
			{b.phase1, "phase1-000.bin", func(m *Manifest, h string) { m.Phase1.Initial.SHA256 = h }},
			{b.phase2, "phase2-002.bin", func(m *Manifest, h string) { m.Phase2.Contributions[1].SHA256 = h }},
			{b.phase2, "phase2-000.bin", func(m *Manifest, h string) { m.Phase2.Initial.SHA256 = h }},
			{b.phase2, Phase1SealedFile, func(m *Manifest, h string) { m.Phase1.Sealed.SHA256 = h }},
			{b.phase2, EvaluationsFile, func(m *Manifest, h string) { m.Phase2.Evaluations.SHA256 = h }},
			{b.finalized, ProvingKeyFile, func(m *Manifest, h string) { m.Keys.ProvingKey.SHA256 = h }},
			{b.finalized, VerifyingKeyFile, func(m *Manifest, h string) { m.Keys.VerifyingKey.SHA256 = h }},
			{b.finalized, KeysFile, func(m *Manifest, h string) { m.Keys.Info.SHA256 = h }},
		} {
			dir := copyDir(t, c.base)
			editManifest(t, dir, func(m *Manifest) { c.edit(m, strings.Repeat("ab", 32)) })
			_, err := Verify(dir, ccs)
			expectFileError(t, err, c.file, ErrHashMismatch)
		}
		dir := copyDir(t, b.phase2)
		editManifest(t, dir, func(m *Manifest) { m.Phase2.Contributions[0].SHA256 = strings.Repeat("ab", 32) })
		_, err := Contribute(dir, "erin")
		expectFileError(t, err, "phase2-001.bin", ErrHashMismatch)
		_, err = Finalize(dir, squareDesc, beacon("b2"))
		expectFileError(t, err, "phase2-001.bin", ErrHashMismatch)
	})

	// Files that are recomputed from their inputs, replaced with the hash in ceremony.json fixed.
	t.Run("recomputed files modified", func(t *testing.T) {
		for _, c := range []struct {
			base, file string
			fix        func(m *Manifest, h string)
		}{
			{b.phase1, "phase1-000.bin", func(m *Manifest, h string) { m.Phase1.Initial.SHA256 = h }},
			{b.phase2, Phase1SealedFile, func(m *Manifest, h string) { m.Phase1.Sealed.SHA256 = h }},
			{b.phase2, "phase2-000.bin", func(m *Manifest, h string) { m.Phase2.Initial.SHA256 = h }},
			{b.phase2, EvaluationsFile, func(m *Manifest, h string) { m.Phase2.Evaluations.SHA256 = h }},
			{b.finalized, ProvingKeyFile, func(m *Manifest, h string) { m.Keys.ProvingKey.SHA256 = h }},
			{b.finalized, VerifyingKeyFile, func(m *Manifest, h string) { m.Keys.VerifyingKey.SHA256 = h }},
		} {
			dir := copyDir(t, c.base)
			flipByte(t, filepath.Join(dir, c.file), -1)
			h := recordedHash(t, dir, c.file)
			editManifest(t, dir, func(m *Manifest) { c.fix(m, h) })
			_, err := Verify(dir, ccs)
			expectFileError(t, err, c.file, ErrMismatch)
		}
	})

	t.Run("keys.json rewritten", func(t *testing.T) {
		dir := copyDir(t, b.finalized)
		info, err := ReadKeysInfo(filepath.Join(dir, KeysFile))
		must(t, err)
		data, err := os.ReadFile(filepath.Join(dir, KeysFile))
		must(t, err)
		data = []byte(strings.Replace(string(data), info.Phase2.Contributors[0].Name, "someone else", 1))
		must(t, os.WriteFile(filepath.Join(dir, KeysFile), data, 0o644))
		h := recordedHash(t, dir, KeysFile)
		editManifest(t, dir, func(m *Manifest) { m.Keys.Info.SHA256 = h })
		_, err = Verify(dir, ccs)
		expectFileError(t, err, KeysFile, ErrMismatch)
	})

	t.Run("missing file", func(t *testing.T) {
		dir := copyDir(t, b.phase2)
		must(t, os.Remove(filepath.Join(dir, "phase1-001.bin")))
		_, err := Verify(dir, ccs)
		expectFileError(t, err, "phase1-001.bin", nil)
	})

	t.Run("different circuit", func(t *testing.T) {
		other := cubicCS()
		for _, base := range []string{b.phase1, b.phase2, b.finalized} {
			_, err := Verify(base, other)
			expectFileError(t, err, CircuitFile, ErrMismatch)
		}
		dir := copyDir(t, b.phase2)
		_, err := Finalize(dir, cubicDesc, beacon("b2"))
		expectFileError(t, err, CircuitFile, ErrMismatch)
		if _, err := os.Stat(filepath.Join(dir, ProvingKeyFile)); err == nil {
			t.Fatal("finalize wrote a proving key for another circuit")
		}
		m, err := Load(dir)
		must(t, err)
		if m.Phase != PhaseTwo {
			t.Fatalf("phase %s after a failed finalize", m.Phase)
		}
		// The same circuit compiled again is the same circuit.
		if _, err := Verify(b.phase2, compile(t, &fixtures.SquareCircuit{})); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("circuit.r1cs replaced", func(t *testing.T) {
		dir := copyDir(t, b.phase1)
		f, err := os.Create(filepath.Join(dir, CircuitFile))
		must(t, err)
		_, err = cubicCS().WriteTo(f)
		must(t, err)
		must(t, f.Close())
		err = ClosePhase1(dir, beacon("b1"))
		expectFileError(t, err, CircuitFile, ErrHashMismatch)
		_, err = Verify(dir, ccs)
		expectFileError(t, err, CircuitFile, ErrHashMismatch)
	})

	t.Run("unrecorded leftover", func(t *testing.T) {
		dir := copyDir(t, b.phase2)
		must(t, os.WriteFile(filepath.Join(dir, "phase2-003.bin"), []byte("half written"), 0o644))
		rep, err := Verify(dir, ccs)
		must(t, err)
		if len(rep.Warnings) != 1 || !strings.Contains(rep.Warnings[0], "phase2-003.bin") {
			t.Fatalf("warnings %v", rep.Warnings)
		}
		_, err = Contribute(dir, "erin")
		expectFileError(t, err, "phase2-003.bin", nil)
		must(t, os.Remove(filepath.Join(dir, "phase2-003.bin")))
		contribute(t, dir, "erin")
		_, err = Verify(dir, ccs)
		must(t, err)
	})
}
