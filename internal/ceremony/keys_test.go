package ceremony

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/vmattest/vmattest/internal/zkproof"
)

// TestFinalize_returnsCeremonyKeys: Finalize returns the circuit's keys labelled as a ceremony's, which
// store and load like any keys (zkproof.Keys.Write, LoadKeys) and export a verifier that says secure
// (INSECURE = false); keys of another circuit, or labelled as another circuit's, are refused.
func TestFinalize_returnsCeremonyKeys(t *testing.T) {
	b := getBases(t)
	dir := copyDir(t, b.phase2)
	k, err := Finalize(dir, squareDesc, beacon("b2"))
	must(t, err)
	if k.Circuit != squareDesc || k.Setup != zkproof.SetupCeremony {
		t.Fatalf("Finalize returned keys of %s, setup %q", k.Circuit.Name, k.Setup)
	}
	out := t.TempDir()
	must(t, k.Write(out))
	back, err := zkproof.LoadKeys(out, squareDesc)
	must(t, err)
	var vk1, vk2 bytes.Buffer
	_, _ = k.VK.WriteTo(&vk1)
	_, _ = back.VK.WriteTo(&vk2)
	if back.Setup != zkproof.SetupCeremony || !bytes.Equal(vk1.Bytes(), vk2.Bytes()) {
		t.Fatalf("loaded setup %q, same verifying key %t", back.Setup, bytes.Equal(vk1.Bytes(), vk2.Bytes()))
	}
	var src bytes.Buffer
	must(t, zkproof.ExportSolidity(&src, k))
	if !strings.Contains(src.String(), "bool public constant INSECURE = false;") {
		t.Error("the verifier of ceremony keys does not say INSECURE = false")
	}

	// The same keys read as the cubic circuit's (renamed to its name): the manifest names another circuit.
	cubicNamedSquare := zkproof.NewCircuit("square", 1, "CubicVerifier", []string{"y"}, zkproof.CommitmentVerifier, cubicDesc.New)
	if _, err := zkproof.LoadKeys(out, cubicNamedSquare); !errors.Is(err, zkproof.ErrKeyMismatch) {
		t.Errorf("LoadKeys of square's keys as another circuit of the same name = %v, want ErrKeyMismatch", err)
	}
	// The ceremony's keys of the square circuit are no cubic keys either.
	dir = copyDir(t, b.phase2)
	if _, err := Finalize(dir, cubicDesc, beacon("b2")); err == nil {
		t.Error("finalized the square circuit's ceremony as the cubic circuit's")
	}
	if err := zkproof.ExportSolidity(io.Discard, &zkproof.Keys{Circuit: squareDesc, VK: k.VK, Setup: "trusted"}); err == nil {
		t.Error("exported a verifier of keys of an unknown setup")
	}
}
