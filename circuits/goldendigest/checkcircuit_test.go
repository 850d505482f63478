package goldendigest

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/test"
)

// TestCheckCircuit runs gnark's own circuit checks on a valid assignment and on a digest outside the golden
// set and a wrong golden root: the solver on BN254 by default, plus Groth16 proving and verifying with
// -tags prover_checks (internal/zkproof proves with the real keys in any case).
func TestCheckCircuit(t *testing.T) {
	o := state(t)
	g := goldenSet(t, digestOf("max_fee = 41\n"), digestOf("max_fee = 42\n"))
	valid, err := Assign(o, "keeper-config", g)
	if err != nil {
		t.Fatal(err)
	}
	// "text v2" is not in the set: the witness claims golden leaf 0 for it.
	textIndex, _, ok := o.FindRegion("keeper-text")
	if !ok {
		t.Fatal("no keeper-text region")
	}
	notGolden := AssignUnchecked(o, textIndex, g, 0)
	otherRoot, err := Assign(o, "keeper-config", g)
	if err != nil {
		t.Fatal(err)
	}
	otherRoot.GoldenRoot = valid.Commitment // a root that is not the golden set's
	assert := test.NewAssert(t)
	assert.CheckCircuit(&Circuit{},
		test.WithValidAssignment(valid),
		test.WithInvalidAssignment(notGolden),
		test.WithInvalidAssignment(otherRoot),
		test.WithCurves(ecc.BN254), test.WithBackends(backend.GROTH16), test.NoFuzzing(), test.NoSerializationChecks())
}
