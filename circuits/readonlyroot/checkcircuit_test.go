package readonlyroot

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/test"
)

// TestCheckCircuit runs gnark's own circuit checks on a valid assignment and on a read-write root and a
// missing root entry: the solver on BN254 by default, plus Groth16 proving and verifying with
// -tags prover_checks (internal/zkproof proves with the real keys in any case).
func TestCheckCircuit(t *testing.T) {
	valid, err := Assign(build(t, mounts(true)))
	if err != nil {
		t.Fatal(err)
	}
	assert := test.NewAssert(t)
	assert.CheckCircuit(&Circuit{},
		test.WithValidAssignment(valid),
		test.WithInvalidAssignment(AssignUnchecked(build(t, mounts(false)))),
		test.WithInvalidAssignment(AssignUnchecked(build(t, mounts(true)[0:1]))),
		test.WithCurves(ecc.BN254), test.WithBackends(backend.GROTH16), test.NoFuzzing(), test.NoSerializationChecks())
}
