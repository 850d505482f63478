package zkproof

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/circuits/goldendigest"
	"github.com/vmattest/vmattest/circuits/readonlyroot"
	"github.com/vmattest/vmattest/internal/zkcommit"
)

// Property is a provable property of a committed state: a circuit (its descriptor, a PropertyVerifier),
// its public inputs and its identity.
type Property struct {
	// Circuit describes the property's circuit: Name is the property's short name ("readonlyroot"), Version
	// its circuit version (a change of the circuit's relation gets a new version, hence a new ID), Contract
	// the exported verifier's name, PublicInputs the public inputs in the verifier's order: the
	// commitment, the context (ContextInputNames, which PropertyRegistry fills from the attestation), then
	// the parameters.
	*Circuit
	// ID is keccak256(Tag()), the property's identifier on chain.
	ID [32]byte

	assign func(o *zkcommit.Opening, a Args) (frontend.Circuit, error)
	params func(a Args) ([]fr.Element, error)
}

// Args are the inputs of a proof beyond the opening.
type Args struct {
	// RegionName and Golden are goldendigest's: the region whose digest is shown to be in the set.
	RegionName string
	Golden     *zkcommit.GoldenSet
}

// NumContext is the number of context inputs, public inputs 1 to NumContext of every property's circuit:
// zkcommit.ContextInputs (vmId, hashAlg, subsetId_hi, subsetId_lo). PropertyRegistry fills them from the
// attestation record; a caller of proveProperty passes the other inputs (RegistryInputs).
const NumContext = 4

// ContextInputNames names the context inputs.
var ContextInputNames = []string{"vmId", "hashAlg", "subsetIdHi", "subsetIdLo"}

// Assign returns the full assignment proving the property of o, and the public inputs in order. It fails
// when the state does not have the property (readonlyroot.ErrNoRootMount, goldendigest.ErrNotGolden, ...).
func (p *Property) Assign(o *zkcommit.Opening, a Args) (frontend.Circuit, []fr.Element, error) {
	c, err := p.assign(o, a)
	if err != nil {
		return nil, nil, err
	}
	in, err := p.Inputs(o.Root(), o.Header(), a)
	if err != nil {
		return nil, nil, err
	}
	return c, in, nil
}

// Inputs returns the public inputs of a proof of the property about commitment, attested with header h,
// with args, in the verifier's order: what a verifier expects a proof's PublicInputs to be, the commitment,
// zkcommit.ContextInputs(h), then Params (readonlyroot: none; goldendigest: StrHash(RegionName), Golden's
// root).
func (p *Property) Inputs(commitment [32]byte, h zkcommit.Header, a Args) ([]fr.Element, error) {
	c, err := zkcommit.FromBytes32(commitment)
	if err != nil {
		return nil, fmt.Errorf("commitment 0x%x is not a field element", commitment)
	}
	params, err := p.params(a)
	if err != nil {
		return nil, err
	}
	in := append([]fr.Element{c}, zkcommit.ContextInputs(h)...)
	return append(in, params...), nil
}

// Params returns the property's parameters for args: the public inputs after the commitment and the
// context, which PropertyRegistry records the proof under (paramsHashOf).
func (p *Property) Params(a Args) ([]fr.Element, error) { return p.params(a) }

func newProperty(name string, version int, contract string, paramNames []string, newCircuit func() frontend.Circuit,
	assign func(*zkcommit.Opening, Args) (frontend.Circuit, error), params func(Args) ([]fr.Element, error)) *Property {
	inputNames := append(append([]string{"commitment"}, ContextInputNames...), paramNames...)
	p := &Property{Circuit: NewCircuit(name, version, contract, inputNames, PropertyVerifier, newCircuit), assign: assign, params: params}
	copy(p.ID[:], crypto.Keccak256([]byte(p.Tag())))
	return p
}

// ReadOnlyRoot is the property "the root filesystem is read-only" (circuits/readonlyroot). Public inputs:
// the commitment and the context; no parameters. Version 2 binds the header (VM, subset, algorithm).
var ReadOnlyRoot = newProperty("readonlyroot", 2, "ReadOnlyRootVerifier", nil,
	func() frontend.Circuit { return &readonlyroot.Circuit{} },
	func(o *zkcommit.Opening, _ Args) (frontend.Circuit, error) { return readonlyroot.Assign(o) },
	func(Args) ([]fr.Element, error) { return nil, nil })

// GoldenDigest is the property "region R has one of the golden digests under root G"
// (circuits/goldendigest). Public inputs: the commitment, the context, StrHash(region name), the golden
// root. Version 2 binds the header and bounds the leaf index to the region leaves.
var GoldenDigest = newProperty("goldendigest", 2, "GoldenDigestVerifier", []string{"regionName", "goldenRoot"},
	func() frontend.Circuit { return &goldendigest.Circuit{} },
	func(o *zkcommit.Opening, a Args) (frontend.Circuit, error) {
		if a.Golden == nil {
			return nil, errors.New("goldendigest needs a golden set")
		}
		return goldendigest.Assign(o, a.RegionName, a.Golden)
	},
	func(a Args) ([]fr.Element, error) {
		if a.Golden == nil {
			return nil, errors.New("goldendigest needs a golden set")
		}
		return []fr.Element{zkcommit.StrHash(a.RegionName), a.Golden.RootElement()}, nil
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
