package zkproof

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/circuits/goldendigest"
	"github.com/vmattest/vmattest/circuits/readonlyroot"
	"github.com/vmattest/vmattest/internal/zkcommit"
	"github.com/vmattest/vmattest/internal/zkcommit/zkgadget"
)

// Property is a provable property of a committed state: a circuit, its public inputs and its identity.
type Property struct {
	// Name is the property's short name ("readonlyroot"); Version its circuit version. A change of the
	// circuit's relation gets a new version, hence a new ID.
	Name    string
	Version int
	// ID is keccak256(Tag()), the property's identifier on chain.
	ID [32]byte
	// Contract is the name of the exported Solidity verifier contract.
	Contract string
	// PublicInputs names the public inputs in the verifier's order; the first is always the commitment.
	PublicInputs []string

	newCircuit func() frontend.Circuit
	assign     func(o *zkcommit.Opening, a Args) (frontend.Circuit, error)
	inputs     func(commitment fr.Element, a Args) ([]fr.Element, error)

	compileOnce func() (compiled, error)
}

type compiled struct {
	ccs  constraint.ConstraintSystem
	hash [32]byte
}

// Args are the inputs of a proof beyond the opening.
type Args struct {
	// RegionName and Golden are goldendigest's: the region whose digest is shown to be in the set.
	RegionName string
	Golden     *zkcommit.GoldenSet
}

// Tag returns "vmattest.property.<name>.v<version>", the preimage of ID.
func (p *Property) Tag() string { return fmt.Sprintf("vmattest.property.%s.v%d", p.Name, p.Version) }

// NumPublic returns the number of public inputs.
func (p *Property) NumPublic() int { return len(p.PublicInputs) }

// Circuit returns an empty circuit, the shape to compile.
func (p *Property) Circuit() frontend.Circuit { return p.newCircuit() }

// Compile returns the property's R1CS (compiled once per process) and its hash: the SHA-256 of the
// constraint system's gnark serialization (WriteTo), which identifies the circuit the keys are for.
func (p *Property) Compile() (constraint.ConstraintSystem, [32]byte, error) {
	c, err := p.compileOnce()
	return c.ccs, c.hash, err
}

// Assign returns the full assignment proving the property of o, and the public inputs in order. It fails
// when the state does not have the property (readonlyroot.ErrNoRootMount, goldendigest.ErrNotGolden, ...).
func (p *Property) Assign(o *zkcommit.Opening, a Args) (frontend.Circuit, []fr.Element, error) {
	c, err := p.assign(o, a)
	if err != nil {
		return nil, nil, err
	}
	in, err := p.inputs(o.RootElement(), a)
	if err != nil {
		return nil, nil, err
	}
	return c, in, nil
}

// Inputs returns the public inputs of a proof of the property about commitment with args, in the
// verifier's order: what a verifier expects a proof's PublicInputs to be (readonlyroot: [commitment];
// goldendigest: [commitment, StrHash(RegionName), Golden's root]).
func (p *Property) Inputs(commitment [32]byte, a Args) ([]fr.Element, error) {
	c, err := zkcommit.FromBytes32(commitment)
	if err != nil {
		return nil, fmt.Errorf("commitment 0x%x is not a field element", commitment)
	}
	return p.inputs(c, a)
}

func newProperty(name string, version int, contract string, inputNames []string, newCircuit func() frontend.Circuit,
	assign func(*zkcommit.Opening, Args) (frontend.Circuit, error), inputs func(fr.Element, Args) ([]fr.Element, error)) *Property {
	p := &Property{Name: name, Version: version, Contract: contract, PublicInputs: inputNames, newCircuit: newCircuit, assign: assign, inputs: inputs}
	copy(p.ID[:], crypto.Keccak256([]byte(p.Tag())))
	p.compileOnce = sync.OnceValues(func() (compiled, error) {
		ccs, err := zkgadget.Compile(p.newCircuit())
		if err != nil {
			return compiled{}, fmt.Errorf("%s: failed to compile the circuit: %w", p.Name, err)
		}
		var b bytes.Buffer
		if _, err := ccs.WriteTo(&b); err != nil {
			return compiled{}, err
		}
		return compiled{ccs, sha256.Sum256(b.Bytes())}, nil
	})
	return p
}

// ReadOnlyRoot is the property "the root filesystem is read-only" (circuits/readonlyroot). Public input:
// the commitment.
var ReadOnlyRoot = newProperty("readonlyroot", 1, "ReadOnlyRootVerifier", []string{"commitment"},
	func() frontend.Circuit { return &readonlyroot.Circuit{} },
	func(o *zkcommit.Opening, _ Args) (frontend.Circuit, error) { return readonlyroot.Assign(o) },
	func(commitment fr.Element, _ Args) ([]fr.Element, error) { return []fr.Element{commitment}, nil })

// GoldenDigest is the property "region R has one of the golden digests under root G"
// (circuits/goldendigest). Public inputs: the commitment, StrHash(region name), the golden root.
var GoldenDigest = newProperty("goldendigest", 1, "GoldenDigestVerifier", []string{"commitment", "regionName", "goldenRoot"},
	func() frontend.Circuit { return &goldendigest.Circuit{} },
	func(o *zkcommit.Opening, a Args) (frontend.Circuit, error) {
		if a.Golden == nil {
			return nil, errors.New("goldendigest needs a golden set")
		}
		return goldendigest.Assign(o, a.RegionName, a.Golden)
	},
	func(commitment fr.Element, a Args) ([]fr.Element, error) {
		if a.Golden == nil {
			return nil, errors.New("goldendigest needs a golden set")
		}
		return []fr.Element{commitment, zkcommit.StrHash(a.RegionName), a.Golden.RootElement()}, nil
	})

// Properties returns the registered properties.
func Properties() []*Property { return []*Property{ReadOnlyRoot, GoldenDigest} }

// Lookup returns the property of a name.
func Lookup(name string) (*Property, error) {
	for _, p := range Properties() {
		if p.Name == name {
			return p, nil
		}
	}
	return nil, fmt.Errorf("unknown property %q (known: readonlyroot, goldendigest)", name)
}

// ByID returns the property of an identifier.
func ByID(id [32]byte) (*Property, error) {
	for _, p := range Properties() {
		if p.ID == id {
			return p, nil
		}
	}
	return nil, fmt.Errorf("unknown property id 0x%x", id)
}
