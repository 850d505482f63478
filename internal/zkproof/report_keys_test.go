package zkproof

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"

	"github.com/vmattest/vmattest/internal/testsupport/fixtures"
)

// squareReport describes fixtures.SquareCircuit as a CommitmentVerifier, as SNPReport is.
var squareReport = NewCircuit("square", 1, "SquareVerifier", []string{"y"}, CommitmentVerifier,
	func() frontend.Circuit { return &fixtures.SquareCircuit{} })

// smallKeys are keys of squareReport from gnark's single-party setup, labelled setup.
func smallKeys(t *testing.T, setup Setup) *Keys {
	t.Helper()
	ccs, _, err := squareReport.Compile()
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	return &Keys{Circuit: squareReport, CS: ccs, PK: pk, VK: vk, Setup: setup}
}

// TestKeysWriteLoad: Write records the setup and each key file's SHA-256 in the manifest, LoadKeys reads
// the keys back with their setup, and refuses a directory whose files are not those the manifest lists,
// one without the manifest, and an unknown setup.
func TestKeysWriteLoad(t *testing.T) {
	for _, setup := range []Setup{SetupDevInsecure, SetupCeremony} {
		dir := t.TempDir()
		k := smallKeys(t, setup)
		if err := k.Write(dir); err != nil {
			t.Fatal(err)
		}
		var m Manifest
		data, err := os.ReadFile(filepath.Join(dir, ManifestFile(squareReport)))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		if m.Setup != setup || m.Circuit != "square" || m.Constraints != k.CS.GetNbConstraints() || m.PKSha256 == "" || m.VKSha256 == "" {
			t.Errorf("%s: %+v", ManifestFile(squareReport), m)
		}
		if insecure := strings.Contains(m.Comment, "INSECURE"); insecure != (setup == SetupDevInsecure) {
			t.Errorf("setup %s, comment %q", setup, m.Comment)
		}
		back, err := LoadKeys(dir, squareReport)
		if err != nil {
			t.Fatal(err)
		}
		if back.Setup != setup || back.CS.GetNbConstraints() != k.CS.GetNbConstraints() {
			t.Errorf("loaded setup %s, %d constraints", back.Setup, back.CS.GetNbConstraints())
		}
	}

	// The proving key of another setup of the same circuit, dropped in: refused.
	dir, other := t.TempDir(), t.TempDir()
	if err := smallKeys(t, SetupCeremony).Write(dir); err != nil {
		t.Fatal(err)
	}
	if err := smallKeys(t, SetupCeremony).Write(other); err != nil {
		t.Fatal(err)
	}
	pk, err := os.ReadFile(filepath.Join(other, pkFile("square")))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, pkFile("square")), pk, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadKeys(dir, squareReport); !errors.Is(err, ErrKeyMismatch) {
		t.Errorf("LoadKeys with another setup's proving key = %v, want a SHA-256 mismatch", err)
	}

	// No manifest: the error says what makes keys.
	if err := os.Remove(filepath.Join(other, ManifestFile(squareReport))); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadKeys(other, squareReport); err == nil || !strings.Contains(err.Error(), "vmattest ceremony finalize --circuit square") {
		t.Errorf("LoadKeys without %s = %v", ManifestFile(squareReport), err)
	}

	// An unknown setup is neither written nor read.
	k := smallKeys(t, "trust-me")
	if err := k.Write(t.TempDir()); err == nil {
		t.Error("Write with an unknown setup succeeded")
	}
	if err := os.WriteFile(filepath.Join(other, ManifestFile(squareReport)), []byte(`{"circuit":"square","version":1,"setup":"trust-me"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadKeys(other, squareReport); err == nil || !strings.Contains(err.Error(), `setup "trust-me"`) {
		t.Errorf("LoadKeys of setup trust-me = %v", err)
	}
}

// TestLoadKeys_otherCircuit_refused: keys are for the constraint system they were made for. Keys of the
// square circuit, read as a circuit of the same name and version whose relation differs (a stale key
// directory after a circuit change), are refused with ErrKeyMismatch; so is a verifying key swapped in
// with its file's checksum updated but not the manifest's verifyingKeyHash.
func TestLoadKeys_otherCircuit_refused(t *testing.T) {
	dir := t.TempDir()
	if err := smallKeys(t, SetupCeremony).Write(dir); err != nil {
		t.Fatal(err)
	}
	changed := NewCircuit("square", 1, "SquareVerifier", []string{"y"}, CommitmentVerifier,
		func() frontend.Circuit { return &cubeCircuit{} })
	if _, err := LoadKeys(dir, changed); !errors.Is(err, ErrKeyMismatch) || !strings.Contains(err.Error(), "stale") {
		t.Errorf("LoadKeys for a changed circuit = %v, want ErrKeyMismatch (stale keys)", err)
	}

	other := t.TempDir()
	if err := smallKeys(t, SetupCeremony).Write(other); err != nil {
		t.Fatal(err)
	}
	vk, err := os.ReadFile(filepath.Join(other, vkFile("square")))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, vkFile("square")), vk, 0o644); err != nil {
		t.Fatal(err)
	}
	mine, err := ReadManifest(dir, squareReport)
	if err != nil {
		t.Fatal(err)
	}
	theirs, err := ReadManifest(other, squareReport)
	if err != nil {
		t.Fatal(err)
	}
	mine.VKSha256 = theirs.VKSha256
	data, _ := json.Marshal(mine)
	if err := os.WriteFile(filepath.Join(dir, ManifestFile(squareReport)), data, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadKeys(dir, squareReport); !errors.Is(err, ErrKeyMismatch) || !strings.Contains(err.Error(), "verifyingKeyHash") {
		t.Errorf("LoadKeys with a swapped verifying key = %v, want ErrKeyMismatch (verifyingKeyHash)", err)
	}
}

// cubeCircuit is fixtures.SquareCircuit's shape with another relation: X³ = Y.
type cubeCircuit struct {
	X frontend.Variable
	Y frontend.Variable `gnark:",public"`
}

func (c *cubeCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.X, c.X, c.X), c.Y)
	return nil
}

// TestProve_keysOfAnotherCircuit_refused: a circuit's keys prove only that circuit's statements: keys that
// are not a property's prove no property, and keys that are not SNPReport's prove no report.
func TestProve_keysOfAnotherCircuit_refused(t *testing.T) {
	k := smallKeys(t, SetupDevInsecure)
	if _, err := Prove(k, vectorOpening(t), Args{}); err == nil || !strings.Contains(err.Error(), "not a property's circuit") {
		t.Errorf("Prove with square keys = %v, want a refusal", err)
	}
	report, vcek := fixtures.Milan(t)
	if _, _, err := ProveReport(k, report, vcek); err == nil || !strings.Contains(err.Error(), "cannot prove a SEV-SNP report") {
		t.Errorf("ProveReport with square keys = %v, want a refusal", err)
	}
}
