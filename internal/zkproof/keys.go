package zkproof

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/consensys/gnark-crypto/ecc"
	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/internal/atomicfile"
)

// Setup says where keys come from.
type Setup string

const (
	// SetupDevInsecure keys come from DevSetup: INSECURE, anyone can forge proofs.
	SetupDevInsecure Setup = "dev-insecure"
	// SetupCeremony keys come from a multi-party ceremony (internal/ceremony).
	SetupCeremony Setup = "ceremony"
)

// InsecureWarning labels everything made from development keys.
const InsecureWarning = "INSECURE development keys: the setup's toxic waste follows from a public beacon, so anyone can forge proofs; never accept them on a real chain"

// Development setup beacons. They are public, which is the point: anyone can recompute the keys (and the
// toxic waste), so the generated verifiers are reproducible, and worthless against a forger.
var (
	devBeaconPhase1 = sha256.Sum256([]byte("vmattest dev setup v1 phase 1"))
	devBeaconPhase2 = sha256.Sum256([]byte("vmattest dev setup v1 phase 2"))
)

// Keys are a property's Groth16 keys with their constraint system.
type Keys struct {
	Property *Property
	CS       constraint.ConstraintSystem
	PK       groth16.ProvingKey
	VK       groth16.VerifyingKey
	Setup    Setup
}

// DomainSize returns the size of the evaluation domain of a property's circuit: the power of two at least
// its number of constraints, the N of the ceremony's phase 1.
func DomainSize(p *Property) (uint64, error) {
	ccs, _, err := p.Compile()
	if err != nil {
		return 0, err
	}
	return ecc.NextPowerOfTwo(uint64(ccs.GetNbConstraints())), nil
}

// DevSetup computes a property's development keys, deterministically and INSECURELY: gnark's MPC setup
// (backend/groth16/bn254/mpcsetup) with no contribution, phase 1 for the circuit's domain size sealed with
// the public beacon sha256("vmattest dev setup v1 phase 1"), phase 2 sealed with sha256("vmattest dev setup
// v1 phase 2"). The same gnark version gives byte-identical keys on every machine, so the exported Solidity
// verifiers are reproducible; since the beacons are public, so is the toxic waste. It takes seconds to tens
// of seconds (phase 2 evaluates every constraint on the curve).
func DevSetup(p *Property) (*Keys, error) {
	ccs, _, err := p.Compile()
	if err != nil {
		return nil, err
	}
	r1cs, ok := ccs.(*cs.R1CS)
	if !ok {
		return nil, fmt.Errorf("%s: the constraint system is not a BN254 R1CS", p.Name)
	}
	n, err := DomainSize(p)
	if err != nil {
		return nil, err
	}
	commons, err := mpcsetup.VerifyPhase1(n, devBeaconPhase1[:])
	if err != nil {
		return nil, fmt.Errorf("%s: phase 1: %w", p.Name, err)
	}
	pk, vk, err := mpcsetup.VerifyPhase2(r1cs, &commons, devBeaconPhase2[:])
	if err != nil {
		return nil, fmt.Errorf("%s: phase 2: %w", p.Name, err)
	}
	return NewKeys(p, pk, vk, SetupDevInsecure)
}

// NewKeys wraps keys made elsewhere (a ceremony) for p, after checking that they are BN254 Groth16 keys
// without Pedersen commitments and with p's number of public inputs.
func NewKeys(p *Property, pk groth16.ProvingKey, vk groth16.VerifyingKey, setup Setup) (*Keys, error) {
	if setup != SetupDevInsecure && setup != SetupCeremony {
		return nil, fmt.Errorf("unknown setup %q", setup)
	}
	ccs, _, err := p.Compile()
	if err != nil {
		return nil, err
	}
	v, ok := vk.(*groth16bn254.VerifyingKey)
	if !ok {
		return nil, fmt.Errorf("%s: not a BN254 Groth16 verifying key", p.Name)
	}
	if _, ok := pk.(*groth16bn254.ProvingKey); !ok {
		return nil, fmt.Errorf("%s: not a BN254 Groth16 proving key", p.Name)
	}
	if len(v.CommitmentKeys) != 0 {
		return nil, fmt.Errorf("%s: the verifying key has Pedersen commitments; vmattest's circuits have none", p.Name)
	}
	if got := vk.NbPublicWitness(); got != p.NumPublic() {
		return nil, fmt.Errorf("%s: the verifying key takes %d public inputs, the circuit %d", p.Name, got, p.NumPublic())
	}
	return &Keys{Property: p, CS: ccs, PK: pk, VK: vk, Setup: setup}, nil
}

// KeyManifest describes a property's key files; Keys.Write writes it beside them as <property>.keys.json.
// Hashes are "0x" and 64 hex digits.
type KeyManifest struct {
	Property string `json:"property"`
	Version  int    `json:"version"`
	// CircuitHash is the SHA-256 of the compiled constraint system's serialization (Property.Compile).
	CircuitHash string `json:"circuitHash"`
	// PKSha256 and VKSha256 are the SHA-256 of the key files (gnark's WriteTo encoding).
	PKSha256 string `json:"pkSha256"`
	VKSha256 string `json:"vkSha256"`
	// VerifyingKeyHash is VerifyingKeyHash(vk), what the exported verifier's verifyingKeyHash() returns.
	VerifyingKeyHash string `json:"verifyingKeyHash"`
	Setup            Setup  `json:"setup"`
	// Comment says what the setup means (INSECURE for development keys).
	Comment string `json:"comment"`
}

// File names of a property's keys in a key directory.
func pkFile(name string) string       { return name + ".pk" }
func vkFile(name string) string       { return name + ".vk" }
func manifestFile(name string) string { return name + ".keys.json" }

func hexHash(b [32]byte) string { return "0x" + hex.EncodeToString(b[:]) }

func serialize(v io.WriterTo) ([]byte, error) {
	var b bytes.Buffer
	if _, err := v.WriteTo(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Manifest returns the manifest of k (serialising the keys to hash them).
func (k *Keys) Manifest() (*KeyManifest, []byte, []byte, error) {
	_, circuitHash, err := k.Property.Compile()
	if err != nil {
		return nil, nil, nil, err
	}
	pkBytes, err := serialize(k.PK)
	if err != nil {
		return nil, nil, nil, err
	}
	vkBytes, err := serialize(k.VK)
	if err != nil {
		return nil, nil, nil, err
	}
	vkh, err := VerifyingKeyHash(k.VK)
	if err != nil {
		return nil, nil, nil, err
	}
	m := &KeyManifest{
		Property:         k.Property.Name,
		Version:          k.Property.Version,
		CircuitHash:      hexHash(circuitHash),
		PKSha256:         hexHash(sha256.Sum256(pkBytes)),
		VKSha256:         hexHash(sha256.Sum256(vkBytes)),
		VerifyingKeyHash: hexHash(vkh),
		Setup:            k.Setup,
		Comment:          setupComment(k.Setup),
	}
	return m, pkBytes, vkBytes, nil
}

func setupComment(s Setup) string {
	if s == SetupDevInsecure {
		return InsecureWarning
	}
	return "keys from a multi-party Groth16 ceremony: sound while one contributor destroyed their randomness"
}

// Write writes <property>.pk, <property>.vk and the manifest <property>.keys.json into dir (created if
// needed). Files are written whole then renamed into place, the manifest last.
func (k *Keys) Write(dir string) error {
	m, pkBytes, vkBytes, err := k.Manifest()
	if err != nil {
		return err
	}
	mb, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	name := k.Property.Name
	for _, f := range []struct {
		name string
		data []byte
	}{{pkFile(name), pkBytes}, {vkFile(name), vkBytes}, {manifestFile(name), append(mb, '\n')}} {
		if err := atomicfile.Write(filepath.Join(dir, f.name), f.data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// ErrKeyMismatch means key files do not match their manifest, or the manifest does not match the circuit.
var ErrKeyMismatch = errors.New("keys do not match")

// LoadKeys reads a property's keys from dir and refuses them, with an error wrapping ErrKeyMismatch, when
// a file's SHA-256 differs from the manifest's, or the manifest is for another property, version or
// circuit (the circuit hash of this build).
func LoadKeys(dir, property string) (*Keys, error) {
	p, err := Lookup(property)
	if err != nil {
		return nil, err
	}
	mpath := filepath.Join(dir, manifestFile(p.Name))
	data, err := os.ReadFile(mpath)
	if err != nil {
		return nil, err
	}
	var m KeyManifest
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("%s: %w", mpath, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%s: data after the manifest", mpath)
	}
	if m.Property != p.Name || m.Version != p.Version {
		return nil, fmt.Errorf("%w: %s is for %s v%d, not %s v%d", ErrKeyMismatch, mpath, m.Property, m.Version, p.Name, p.Version)
	}
	if m.Setup != SetupDevInsecure && m.Setup != SetupCeremony {
		return nil, fmt.Errorf("%s: unknown setup %q", mpath, m.Setup)
	}
	_, circuitHash, err := p.Compile()
	if err != nil {
		return nil, err
	}
	if !strings.EqualFold(m.CircuitHash, hexHash(circuitHash)) {
		return nil, fmt.Errorf("%w: %s is for circuit %s, this build's %s circuit is %s: the keys are stale, run the setup again",
			ErrKeyMismatch, mpath, m.CircuitHash, p.Name, hexHash(circuitHash))
	}
	read := func(file, want string) ([]byte, error) {
		path := filepath.Join(dir, file)
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		if got := hexHash(sha256.Sum256(b)); !strings.EqualFold(got, want) {
			return nil, fmt.Errorf("%w: %s has SHA-256 %s, the manifest says %s: the file is corrupt or not the one the manifest describes",
				ErrKeyMismatch, path, got, want)
		}
		return b, nil
	}
	pkBytes, err := read(pkFile(p.Name), m.PKSha256)
	if err != nil {
		return nil, err
	}
	vkBytes, err := read(vkFile(p.Name), m.VKSha256)
	if err != nil {
		return nil, err
	}
	pk := groth16.NewProvingKey(ecc.BN254)
	// The checksum matched: skip the (slow) subgroup checks of the proving key's points. A bad proving key
	// can only make bad proofs, which the verifier refuses.
	if _, err := pk.UnsafeReadFrom(bytes.NewReader(pkBytes)); err != nil {
		return nil, fmt.Errorf("%s: %w", pkFile(p.Name), err)
	}
	vk := groth16.NewVerifyingKey(ecc.BN254)
	if _, err := vk.ReadFrom(bytes.NewReader(vkBytes)); err != nil {
		return nil, fmt.Errorf("%s: %w", vkFile(p.Name), err)
	}
	k, err := NewKeys(p, pk, vk, m.Setup)
	if err != nil {
		return nil, err
	}
	if vkh, err := VerifyingKeyHash(vk); err != nil || !strings.EqualFold(hexHash(vkh), m.VerifyingKeyHash) {
		return nil, fmt.Errorf("%w: %s: the verifying key's hash is not the manifest's verifyingKeyHash %s", ErrKeyMismatch, mpath, m.VerifyingKeyHash)
	}
	return k, nil
}

// VerifyingKeyHash identifies a verifying key the way the exported Solidity verifier can: keccak256 of the
// 32-byte big-endian words of the verifier's constants in their declaration order,
//
//	ALPHA_X, ALPHA_Y,
//	BETA_NEG_X_0, BETA_NEG_X_1, BETA_NEG_Y_0, BETA_NEG_Y_1,      (-β in G2; _0 real, _1 imaginary part)
//	GAMMA_NEG_X_0, GAMMA_NEG_X_1, GAMMA_NEG_Y_0, GAMMA_NEG_Y_1,  (-γ)
//	DELTA_NEG_X_0, DELTA_NEG_X_1, DELTA_NEG_Y_0, DELTA_NEG_Y_1,  (-δ)
//	CONSTANT_X, CONSTANT_Y, PUB_0_X, PUB_0_Y, ..., PUB_{n-1}_X, PUB_{n-1}_Y
//
// which the verifier's verifyingKeyHash() recomputes on chain, so a node can check that a deployed verifier
// holds the key it proves with. Keys with Pedersen commitments are refused.
func VerifyingKeyHash(vk groth16.VerifyingKey) ([32]byte, error) {
	v, ok := vk.(*groth16bn254.VerifyingKey)
	if !ok {
		return [32]byte{}, errors.New("not a BN254 Groth16 verifying key")
	}
	if len(v.CommitmentKeys) != 0 {
		return [32]byte{}, errors.New("the verifying key has Pedersen commitments")
	}
	var words []byte
	add := func(e interface{ Bytes() [32]byte }) {
		b := e.Bytes()
		words = append(words, b[:]...)
	}
	add(&v.G1.Alpha.X)
	add(&v.G1.Alpha.Y)
	for _, p := range []curve.G2Affine{v.G2.Beta, v.G2.Gamma, v.G2.Delta} {
		var n curve.G2Affine
		n.Neg(&p)
		add(&n.X.A0)
		add(&n.X.A1)
		add(&n.Y.A0)
		add(&n.Y.A1)
	}
	for i := range v.G1.K {
		add(&v.G1.K[i].X)
		add(&v.G1.K[i].Y)
	}
	var out [32]byte
	copy(out[:], crypto.Keccak256(words))
	return out, nil
}
