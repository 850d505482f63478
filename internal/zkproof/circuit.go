package zkproof

import (
	"crypto/sha256"
	"fmt"
	"strings"
	"sync"

	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"

	"github.com/vmattest/vmattest/circuits/snpreport"
	"github.com/vmattest/vmattest/internal/zkcommit/zkgadget"
)

// VerifierStyle is how a circuit's proofs are made, carried and checked on chain: the form of the proof and
// public inputs its Solidity verifier takes, how its verifying key is hashed, and how its development keys
// are made.
type VerifierStyle int

const (
	// PropertyVerifier: a circuit without Pedersen commitments. Its verifier (ExportSolidity) is named
	// Circuit.Contract, holds PROPERTY_ID = keccak256(Circuit.Tag()) and INSECURE, takes the proof as eight
	// words and the public inputs as uint256[NumPublic], and recomputes its verifying key's hash
	// (VerifyingKeyHash: keccak256 of the verifier's constants) on chain. Development keys come from
	// gnark's MPC setup sealed with public beacons: deterministic, so the generated verifiers are
	// reproducible byte for byte.
	PropertyVerifier VerifierStyle = iota + 1
	// CommitmentVerifier: a circuit with Pedersen commitments (gnark's range checks). Its verifier is
	// gnark's as exported (verifyProof(bytes proof, uint256[NumPublic] input), the proof with its
	// commitment and proof of knowledge, MarshalSolidity's form), renamed Circuit.Contract, standalone (no
	// import), with setupIdentity() returning constants; its verifying key's hash is keccak256 of the key's
	// raw serialization. Development keys come from gnark's single-party setup: random, and whoever ran it
	// can forge proofs.
	CommitmentVerifier
)

// Circuit describes a Groth16 circuit over BN254 whose keys vmattest makes (DevSetup, the ceremony), stores
// (Keys.Write, LoadKeys) and exports a Solidity verifier of (ExportSolidity): every circuit of vmattest has
// one (Circuits), and nothing else about keys depends on which circuit it is.
type Circuit struct {
	// Name is the circuit's short name ("readonlyroot"), which names its key files; Version its circuit
	// version. A change of the circuit's relation gets a new version.
	Name    string
	Version int
	// Contract is the name of the exported Solidity verifier contract, in the file SolidityFile.
	Contract string
	// PublicInputs names the public inputs in the verifier's order.
	PublicInputs []string
	// Verifier is the verifier's style.
	Verifier VerifierStyle

	newCircuit  func() frontend.Circuit
	compileOnce func() (compiled, error)
}

type compiled struct {
	ccs  constraint.ConstraintSystem
	hash [32]byte
}

// NewCircuit returns the descriptor of a circuit, whose empty value (the shape to compile) newCircuit
// returns.
func NewCircuit(name string, version int, contract string, publicInputs []string, style VerifierStyle, newCircuit func() frontend.Circuit) *Circuit {
	c := &Circuit{Name: name, Version: version, Contract: contract, PublicInputs: publicInputs, Verifier: style, newCircuit: newCircuit}
	c.compileOnce = sync.OnceValues(func() (compiled, error) {
		ccs, err := zkgadget.Compile(c.newCircuit())
		if err != nil {
			return compiled{}, fmt.Errorf("%s: failed to compile the circuit: %w", c.Name, err)
		}
		h := sha256.New()
		if _, err := ccs.WriteTo(h); err != nil {
			return compiled{}, err
		}
		var sum [32]byte
		copy(sum[:], h.Sum(nil))
		return compiled{ccs, sum}, nil
	})
	return c
}

// New returns an empty circuit, the shape to compile.
func (c *Circuit) New() frontend.Circuit { return c.newCircuit() }

// Compile returns the circuit's R1CS over BN254 (compiled once per process) and its hash: the SHA-256 of the
// constraint system's gnark serialization (WriteTo), which identifies the circuit the keys are for.
func (c *Circuit) Compile() (constraint.ConstraintSystem, [32]byte, error) {
	cc, err := c.compileOnce()
	return cc.ccs, cc.hash, err
}

// NumPublic returns the number of public inputs.
func (c *Circuit) NumPublic() int { return len(c.PublicInputs) }

// Tag returns "vmattest.property.<name>.v<version>", the preimage of a property's on-chain identifier
// (Property.ID, the PROPERTY_ID of a PropertyVerifier).
func (c *Circuit) Tag() string { return fmt.Sprintf("vmattest.property.%s.v%d", c.Name, c.Version) }

// SNPReport is the SEV-SNP report circuit (circuits/snpreport) of registration by proof: a
// CommitmentVerifier, exported as SNPReportVerifier (SNPReportVerifier.sol), whose public inputs are the
// packed statement and the VCEK key's hash (snpreport.Statement.Inputs).
var SNPReport = NewCircuit("snpreport", 1, "SNPReportVerifier", snpReportInputs(), CommitmentVerifier,
	func() frontend.Circuit { return &snpreport.Circuit{} })

func snpReportInputs() []string {
	names := make([]string, 0, snpreport.NumPublic)
	for i := range snpreport.NumChunks {
		names = append(names, fmt.Sprintf("statement%d", i))
	}
	return append(names, "vcekHash")
}

// Circuits returns every circuit of vmattest: the properties' (Properties) and SNPReport.
func Circuits() []*Circuit {
	out := make([]*Circuit, 0, 3)
	for _, p := range Properties() {
		out = append(out, p.Circuit)
	}
	return append(out, SNPReport)
}

// LookupCircuit returns the circuit of a name.
func LookupCircuit(name string) (*Circuit, error) {
	var known []string
	for _, c := range Circuits() {
		if c.Name == name {
			return c, nil
		}
		known = append(known, c.Name)
	}
	return nil, fmt.Errorf("unknown circuit %q (known: %s)", name, strings.Join(known, ", "))
}

// propertyOf returns the property whose circuit c is.
func propertyOf(c *Circuit) (*Property, error) {
	for _, p := range Properties() {
		if p.Circuit == c {
			return p, nil
		}
	}
	return nil, fmt.Errorf("%s is not a property's circuit", c.Name)
}
