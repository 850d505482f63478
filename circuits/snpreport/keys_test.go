package snpreport

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// squareCircuit is a small stand-in for the report circuit: Write and LoadKeys do not depend on the circuit.
type squareCircuit struct {
	X frontend.Variable
	Y frontend.Variable `gnark:",public"`
}

func (c *squareCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.X, c.X), c.Y)
	return nil
}

func smallKeys(t *testing.T, setup Setup) *Keys {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &squareCircuit{})
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	return &Keys{CCS: ccs, PK: pk, VK: vk, Setup: setup}
}

// TestKeysWriteLoad: Write records the setup and each file's SHA-256 in KeysFile, LoadKeys reads the keys
// back with their setup, and refuses a directory whose files are not those KeysFile lists, one without
// KeysFile, and an unknown setup.
func TestKeysWriteLoad(t *testing.T) {
	for _, setup := range []Setup{SetupInsecure, SetupCeremony} {
		dir := t.TempDir()
		k := smallKeys(t, setup)
		if err := k.Write(dir); err != nil {
			t.Fatal(err)
		}
		var info KeysInfo
		data, err := os.ReadFile(filepath.Join(dir, KeysFile))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &info); err != nil {
			t.Fatal(err)
		}
		if info.Setup != setup || info.Circuit != "snpreport" || info.Constraints != k.CCS.GetNbConstraints() || len(info.SHA256) != 4 {
			t.Errorf("%s: %+v", KeysFile, info)
		}
		if insecure := strings.Contains(info.Comment, "INSECURE"); insecure != (setup == SetupInsecure) {
			t.Errorf("setup %s, comment %q", setup, info.Comment)
		}
		back, err := LoadKeys(dir)
		if err != nil {
			t.Fatal(err)
		}
		if back.Setup != setup || back.CCS.GetNbConstraints() != k.CCS.GetNbConstraints() {
			t.Errorf("loaded setup %s, %d constraints", back.Setup, back.CCS.GetNbConstraints())
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
	pk, err := os.ReadFile(filepath.Join(other, pkFile))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, pkFile), pk, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadKeys(dir); err == nil || !strings.Contains(err.Error(), "not of one setup") {
		t.Errorf("LoadKeys with another setup's proving key = %v, want a SHA-256 mismatch", err)
	}

	// No KeysFile: the error says what makes keys.
	if err := os.Remove(filepath.Join(other, KeysFile)); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadKeys(other); err == nil || !strings.Contains(err.Error(), "vmattest ceremony finalize --circuit snpreport") {
		t.Errorf("LoadKeys without %s = %v", KeysFile, err)
	}

	// An unknown setup is neither written nor read.
	k := smallKeys(t, "trust-me")
	if err := k.Write(t.TempDir()); err == nil {
		t.Error("Write with an unknown setup succeeded")
	}
	if err := os.WriteFile(filepath.Join(other, KeysFile), []byte(`{"circuit":"snpreport","setup":"trust-me","sha256":{}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadKeys(other); err == nil || !strings.Contains(err.Error(), `setup "trust-me"`) {
		t.Errorf("LoadKeys of setup trust-me = %v", err)
	}
}
