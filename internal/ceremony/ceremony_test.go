package ceremony

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/vmattest/vmattest/internal/testsupport/fixtures"
	"github.com/vmattest/vmattest/internal/zkproof"
)

// cubicCircuit: X³ + X + 5 = Y, with a Pedersen commitment to X and Z (gnark's commitment path of
// phase 2: the σ parameters).
type cubicCircuit struct {
	X frontend.Variable
	Z frontend.Variable
	Y frontend.Variable `gnark:",public"`
}

func (c *cubicCircuit) Define(api frontend.API) error {
	x3 := api.Mul(c.X, c.X, c.X)
	api.AssertIsEqual(api.Add(x3, c.X, 5), c.Y)
	cm, err := api.(frontend.Committer).Commit(c.X, c.Z)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(cm, 0)
	return nil
}

func compile(t testing.TB, c frontend.Circuit) *cs.R1CS {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		t.Fatal(err)
	}
	return ccs.(*cs.R1CS)
}

func mustCompile(c frontend.Circuit) *cs.R1CS {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		panic(err)
	}
	return ccs.(*cs.R1CS)
}

var (
	squareCS = sync.OnceValue(func() *cs.R1CS { return mustCompile(&fixtures.SquareCircuit{}) })
	cubicCS  = sync.OnceValue(func() *cs.R1CS { return mustCompile(&cubicCircuit{}) })
)

// The test circuits' descriptors, which Finalize takes: the same circuits as squareCS and cubicCS.
var (
	squareDesc = zkproof.NewCircuit("square", 1, "SquareVerifier", []string{"y"}, zkproof.PropertyVerifier,
		func() frontend.Circuit { return &fixtures.SquareCircuit{} })
	cubicDesc = zkproof.NewCircuit("cubic", 1, "CubicVerifier", []string{"y"}, zkproof.CommitmentVerifier,
		func() frontend.Circuit { return &cubicCircuit{} })
)

func beacon(s string) []byte {
	h := sha256.Sum256([]byte(s))
	return h[:]
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func contribute(t testing.TB, dir, name string) Contribution {
	t.Helper()
	c, err := Contribute(dir, name)
	if err != nil {
		t.Fatalf("contribute %s: %v", name, err)
	}
	return c
}

// proveAndVerify proves good with pk and verifies with vk, and checks that bad cannot be proven and
// that the proof does not verify for badPublic.
func proveAndVerify(t *testing.T, ccs *cs.R1CS, pk groth16.ProvingKey, vk groth16.VerifyingKey, good, bad, badPublic frontend.Circuit) {
	t.Helper()
	w, err := frontend.NewWitness(good, ecc.BN254.ScalarField())
	must(t, err)
	pub, err := w.Public()
	must(t, err)
	proof, err := groth16.Prove(ccs, pk, w)
	if err != nil {
		t.Fatalf("prove: %v", err)
	}
	if err := groth16.Verify(proof, vk, pub); err != nil {
		t.Fatalf("verify: %v", err)
	}

	wb, err := frontend.NewWitness(bad, ecc.BN254.ScalarField())
	must(t, err)
	if _, err := groth16.Prove(ccs, pk, wb); err == nil {
		t.Fatal("proved a wrong witness")
	}

	wp, err := frontend.NewWitness(badPublic, ecc.BN254.ScalarField(), frontend.PublicOnly())
	must(t, err)
	if err := groth16.Verify(proof, vk, wp); err == nil {
		t.Fatal("the proof verified for another public input")
	}
}

// expectFileError checks that err is a *FileError about file that wraps target (if not nil).
func expectFileError(t *testing.T, err error, file string, target error) {
	t.Helper()
	if err == nil {
		t.Fatalf("expected an error about %s, got none", file)
	}
	var fe *FileError
	if !errors.As(err, &fe) {
		t.Fatalf("expected a *FileError about %s, got %T: %v", file, err, err)
	}
	if fe.File != file {
		t.Fatalf("expected an error about %s, got one about %s: %v", file, fe.File, err)
	}
	if !strings.Contains(err.Error(), file) {
		t.Fatalf("the message does not name %s: %v", file, err)
	}
	if target != nil && !errors.Is(err, target) {
		t.Fatalf("expected %v, got: %v", target, err)
	}
	t.Logf("as expected: %v", err)
}

func fileHash(t testing.TB, path string) string {
	t.Helper()
	h, _, err := hashFile(path)
	must(t, err)
	return h
}

func copyDir(t testing.TB, src string) string {
	t.Helper()
	dst := t.TempDir()
	entries, err := os.ReadDir(src)
	must(t, err)
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		must(t, err)
		must(t, os.WriteFile(filepath.Join(dst, e.Name()), data, 0o644))
	}
	return dst
}

func flipByte(t testing.TB, path string, at int) {
	t.Helper()
	data, err := os.ReadFile(path)
	must(t, err)
	if at < 0 {
		at = len(data) / 2
	}
	data[at] ^= 0x01
	must(t, os.WriteFile(path, data, 0o644))
}

// editManifest changes ceremony.json as an attacker with write access would.
func editManifest(t testing.TB, dir string, edit func(m *Manifest)) {
	t.Helper()
	m, err := Load(dir)
	must(t, err)
	edit(m)
	data, err := json.MarshalIndent(m, "", "  ")
	must(t, err)
	must(t, os.WriteFile(filepath.Join(dir, ManifestFile), data, 0o644))
}

// checkNoTemporaries checks that no temporary file is left in dir.
func checkNoTemporaries(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	must(t, err)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

func TestFullCeremony(t *testing.T) {
	ccs := squareCS()
	dir := t.TempDir()
	must(t, Init(dir, ccs, InitOptions{Circuit: "square"}))

	m, err := Load(dir)
	must(t, err)
	if m.Phase != PhaseOne || m.DomainSize != 2 || m.Phase1.DomainSize != 2 || m.Circuit != "square" || m.Constraints != ccs.GetNbConstraints() {
		t.Fatalf("unexpected manifest after init: %+v", m)
	}
	if got := fileHash(t, filepath.Join(dir, CircuitFile)); got != m.CircuitHash {
		t.Fatalf("circuit hash %s, circuit.r1cs has %s", m.CircuitHash, got)
	}

	alice := contribute(t, dir, "alice")
	bob := contribute(t, dir, " bob ")
	if alice.Phase != 1 || alice.Index != 1 || alice.File != "phase1-001.bin" || bob.Index != 2 || bob.Name != "bob" {
		t.Fatalf("unexpected contributions %+v %+v", alice, bob)
	}
	if got := fileHash(t, filepath.Join(dir, bob.File)); got != bob.SHA256 {
		t.Fatalf("returned hash %s, file has %s", bob.SHA256, got)
	}
	// Each contribution is bound to the published hash of the previous one.
	var p2 mpcsetup.Phase1
	_, err = readObject(filepath.Join(dir, bob.File), &p2, -1, true)
	must(t, err)
	if got := hex.EncodeToString(p2.Challenge); got != alice.SHA256 {
		t.Fatalf("bob's challenge %s is not alice's hash %s", got, alice.SHA256)
	}

	beacon1, beacon2 := beacon("phase 1 beacon: block 100"), beacon("phase 2 beacon: block 200")
	must(t, ClosePhase1(dir, beacon1))
	carol := contribute(t, dir, "carol")
	dave := contribute(t, dir, "dave")
	if carol.Phase != 2 || carol.File != "phase2-001.bin" || dave.File != "phase2-002.bin" {
		t.Fatalf("unexpected contributions %+v %+v", carol, dave)
	}

	rep, err := Verify(dir, ccs)
	must(t, err)
	if len(rep.Warnings) != 0 {
		t.Fatalf("warnings: %v", rep.Warnings)
	}
	var names []string
	for _, c := range rep.Contributors() {
		names = append(names, c.Name)
	}
	if strings.Join(names, ",") != "alice,bob,carol,dave" {
		t.Fatalf("contributors %v", names)
	}
	for _, want := range []Contribution{alice, bob, carol, dave} {
		if !strings.Contains(rep.String(), want.SHA256) {
			t.Fatalf("the report does not list %s's hash:\n%s", want.Name, rep.String())
		}
	}
	t.Logf("report:\n%s%s", rep.String(), strings.Join(rep.Checks, "\n"))

	k, err := Finalize(dir, squareDesc, beacon2)
	must(t, err)
	pk, vk := k.PK, k.VK
	proveAndVerify(t, ccs, pk, vk,
		&fixtures.SquareCircuit{X: 3, Y: 9}, &fixtures.SquareCircuit{X: 3, Y: 10}, &fixtures.SquareCircuit{Y: 10})

	// The key files: load them back and prove with them.
	pk2 := groth16.NewProvingKey(ecc.BN254)
	vk2 := groth16.NewVerifyingKey(ecc.BN254)
	f, err := os.Open(filepath.Join(dir, ProvingKeyFile))
	must(t, err)
	_, err = pk2.ReadFrom(f)
	f.Close()
	must(t, err)
	f, err = os.Open(filepath.Join(dir, VerifyingKeyFile))
	must(t, err)
	_, err = vk2.ReadFrom(f)
	f.Close()
	must(t, err)
	proveAndVerify(t, ccs, pk2, vk2,
		&fixtures.SquareCircuit{X: 5, Y: 25}, &fixtures.SquareCircuit{X: 5, Y: 24}, &fixtures.SquareCircuit{Y: 24})

	// keys.json
	info, err := ReadKeysInfo(filepath.Join(dir, KeysFile))
	must(t, err)
	m, err = Load(dir)
	must(t, err)
	if info.Setup != "ceremony" || info.CircuitHash != m.CircuitHash || info.Circuit != "square" ||
		info.ProvingKey.SHA256 != fileHash(t, filepath.Join(dir, ProvingKeyFile)) ||
		info.VerifyingKey.SHA256 != fileHash(t, filepath.Join(dir, VerifyingKeyFile)) ||
		info.Phase1.Beacon != hex.EncodeToString(beacon1) || info.Phase2.Beacon != hex.EncodeToString(beacon2) ||
		len(info.Phase1.Contributors) != 2 || info.Phase1.Contributors[1].SHA256 != bob.SHA256 ||
		len(info.Phase2.Contributors) != 2 || info.Phase2.Contributors[0].Name != "carol" {
		t.Fatalf("unexpected keys.json: %+v", info)
	}
	if m.Phase != PhaseFinalized || m.Keys.Info.SHA256 != fileHash(t, filepath.Join(dir, KeysFile)) {
		t.Fatalf("unexpected manifest after finalize: %+v", m)
	}

	// A finalized ceremony verifies (keys recomputed), takes no more contributions, finalizes once.
	rep, err = Verify(dir, ccs)
	must(t, err)
	if rep.Manifest.Phase != PhaseFinalized {
		t.Fatalf("phase %s", rep.Manifest.Phase)
	}
	_, err = Contribute(dir, "eve")
	expectFileError(t, err, ManifestFile, nil)
	_, err = Finalize(dir, squareDesc, beacon("again"))
	expectFileError(t, err, ManifestFile, nil)

	checkNoTemporaries(t, dir)
	crossCheckWithGnark(t, dir, ccs, beacon1, beacon2)
}

// crossCheckWithGnark feeds the transcript files to gnark's own VerifyPhase1 and VerifyPhase2 and
// checks that they give the same sealed phase 1 and the same keys as the ceremony wrote.
func crossCheckWithGnark(t *testing.T, dir string, ccs *cs.R1CS, beacon1, beacon2 []byte) {
	t.Helper()
	m, err := Load(dir)
	must(t, err)
	var p1s []*mpcsetup.Phase1
	for _, c := range m.Phase1.Contributions {
		p := new(mpcsetup.Phase1)
		_, err := readObject(filepath.Join(dir, c.File), p, -1, true)
		must(t, err)
		p1s = append(p1s, p)
	}
	commons, err := mpcsetup.VerifyPhase1(m.Phase1.DomainSize, beacon1, p1s...)
	must(t, err)
	var buf bytes.Buffer
	_, err = commons.WriteTo(&buf)
	must(t, err)
	sealed, err := os.ReadFile(filepath.Join(dir, Phase1SealedFile))
	must(t, err)
	if !bytes.Equal(buf.Bytes(), sealed) {
		t.Fatal("gnark's VerifyPhase1 gives another sealed phase 1")
	}

	var p2s []*mpcsetup.Phase2
	for _, c := range m.Phase2.Contributions {
		p := new(mpcsetup.Phase2)
		_, err := readObject(filepath.Join(dir, c.File), p, -1, true)
		must(t, err)
		p2s = append(p2s, p)
	}
	pk, vk, err := mpcsetup.VerifyPhase2(ccs, truncateCommons(&commons, m.DomainSize), beacon2, p2s...)
	must(t, err)
	var pkb, vkb bytes.Buffer
	_, err = pk.WriteTo(&pkb)
	must(t, err)
	_, err = vk.WriteTo(&vkb)
	must(t, err)
	for file, want := range map[string][]byte{ProvingKeyFile: pkb.Bytes(), VerifyingKeyFile: vkb.Bytes()} {
		got, err := os.ReadFile(filepath.Join(dir, file))
		must(t, err)
		if !bytes.Equal(got, want) {
			t.Fatalf("gnark's VerifyPhase2 gives another %s", file)
		}
	}
}
