package zkproof

import (
	"bufio"
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
	"github.com/vmattest/vmattest/internal/strictjson"
)

// Setup says where keys come from.
type Setup string

const (
	// SetupDevInsecure keys come from DevSetup: INSECURE, anyone (PropertyVerifier circuits) or whoever ran
	// it (CommitmentVerifier circuits) can forge proofs. Devnets and tests only.
	SetupDevInsecure Setup = "dev-insecure"
	// SetupCeremony keys come from a multi-party ceremony (internal/ceremony): nobody can forge proofs as
	// long as one contributor of each phase destroyed their randomness.
	SetupCeremony Setup = "ceremony"
)

func (s Setup) check() error {
	if s != SetupDevInsecure && s != SetupCeremony {
		return fmt.Errorf("unknown setup %q", s)
	}
	return nil
}

// InsecureWarning labels everything made from development keys.
const InsecureWarning = "INSECURE development keys: the setup's toxic waste follows from a public beacon, so anyone can forge proofs; never accept them on a real chain"

// Development setup beacons. They are public, which is the point: anyone can recompute the keys (and the
// toxic waste), so the generated verifiers are reproducible, and worthless against a forger.
var (
	devBeaconPhase1 = sha256.Sum256([]byte("vmattest dev setup v1 phase 1"))
	devBeaconPhase2 = sha256.Sum256([]byte("vmattest dev setup v1 phase 2"))
)

// Keys are a circuit's Groth16 keys with its constraint system: the one key type of every circuit, whatever
// made them (DevSetup, the ceremony's Finalize, LoadKeys).
type Keys struct {
	Circuit *Circuit
	CS      constraint.ConstraintSystem
	PK      groth16.ProvingKey
	VK      groth16.VerifyingKey
	Setup   Setup
}

// DomainSize returns the size of the evaluation domain of a circuit: the power of two at least its number
// of constraints, the N of the ceremony's phase 1.
func DomainSize(c *Circuit) (uint64, error) {
	ccs, _, err := c.Compile()
	if err != nil {
		return 0, err
	}
	return ecc.NextPowerOfTwo(uint64(ccs.GetNbConstraints())), nil
}

// DevSetup computes a circuit's development keys, INSECURELY.
//
// A PropertyVerifier circuit's keys are deterministic: gnark's MPC setup (backend/groth16/bn254/mpcsetup)
// with no contribution, phase 1 for the circuit's domain size sealed with the public beacon
// sha256("vmattest dev setup v1 phase 1"), phase 2 sealed with sha256("vmattest dev setup v1 phase 2").
// The same gnark version gives byte-identical keys on every machine, so the exported Solidity verifiers are
// reproducible; since the beacons are public, so is the toxic waste. It takes seconds to tens of seconds
// (phase 2 evaluates every constraint on the curve).
//
// A CommitmentVerifier circuit's keys come from gnark's single-party Groth16 setup: random, and whoever ran
// it could forge proofs (the toxic waste existed in this process). About a minute for SNPReport.
func DevSetup(c *Circuit) (*Keys, error) {
	ccs, _, err := c.Compile()
	if err != nil {
		return nil, err
	}
	r1cs, ok := ccs.(*cs.R1CS)
	if !ok {
		return nil, fmt.Errorf("%s: the constraint system is not a BN254 R1CS", c.Name)
	}
	var pk groth16.ProvingKey
	var vk groth16.VerifyingKey
	switch c.Verifier {
	case PropertyVerifier:
		n, err := DomainSize(c)
		if err != nil {
			return nil, err
		}
		commons, err := mpcsetup.VerifyPhase1(n, devBeaconPhase1[:])
		if err != nil {
			return nil, fmt.Errorf("%s: phase 1: %w", c.Name, err)
		}
		if pk, vk, err = mpcsetup.VerifyPhase2(r1cs, &commons, devBeaconPhase2[:]); err != nil {
			return nil, fmt.Errorf("%s: phase 2: %w", c.Name, err)
		}
	case CommitmentVerifier:
		if pk, vk, err = groth16.Setup(ccs); err != nil {
			return nil, fmt.Errorf("%s: setup: %w", c.Name, err)
		}
	default:
		return nil, fmt.Errorf("%s: unknown verifier style %d", c.Name, c.Verifier)
	}
	return NewKeys(c, pk, vk, SetupDevInsecure)
}

// NewKeys wraps keys made elsewhere (a ceremony) for c, after checking that they are BN254 Groth16 keys
// with c's number of public inputs, and without Pedersen commitments for a PropertyVerifier.
func NewKeys(c *Circuit, pk groth16.ProvingKey, vk groth16.VerifyingKey, setup Setup) (*Keys, error) {
	if err := setup.check(); err != nil {
		return nil, err
	}
	ccs, _, err := c.Compile()
	if err != nil {
		return nil, err
	}
	v, ok := vk.(*groth16bn254.VerifyingKey)
	if !ok {
		return nil, fmt.Errorf("%s: not a BN254 Groth16 verifying key", c.Name)
	}
	if _, ok := pk.(*groth16bn254.ProvingKey); !ok {
		return nil, fmt.Errorf("%s: not a BN254 Groth16 proving key", c.Name)
	}
	if len(v.CommitmentKeys) != 0 && c.Verifier == PropertyVerifier {
		return nil, fmt.Errorf("%s: the verifying key has Pedersen commitments; vmattest's property circuits have none", c.Name)
	}
	// gnark counts each commitment as a public input of the key.
	if got := vk.NbPublicWitness() - len(v.CommitmentKeys); got != c.NumPublic() {
		return nil, fmt.Errorf("%s: the verifying key takes %d public inputs, the circuit %d", c.Name, got, c.NumPublic())
	}
	return &Keys{Circuit: c, CS: ccs, PK: pk, VK: vk, Setup: setup}, nil
}

// Manifest describes a circuit's key files, the one manifest of every circuit's keys: Keys.Write writes it
// beside them as <circuit>.keys.json, LoadKeys enforces it. Hashes are "0x" and 64 hex digits.
type Manifest struct {
	// Circuit and Version are the circuit's (Circuit.Name, Circuit.Version).
	Circuit string `json:"circuit"`
	Version int    `json:"version"`
	Setup   Setup  `json:"setup"`
	// Comment says what the setup means (INSECURE for development keys).
	Comment string `json:"comment"`
	// Constraints is the circuit's number of constraints (informational).
	Constraints int `json:"constraints"`
	// CircuitHash is the SHA-256 of the compiled constraint system's serialization (Circuit.Compile).
	CircuitHash string `json:"circuitHash"`
	// PKSha256 and VKSha256 are the SHA-256 of the key files (gnark's WriteRawTo encoding).
	PKSha256 string `json:"pkSha256"`
	VKSha256 string `json:"vkSha256"`
	// VerifyingKeyHash is VerifyingKeyHash(k), what the exported verifier's setupIdentity() returns.
	VerifyingKeyHash string `json:"verifyingKeyHash"`
}

// File names of a circuit's keys in a key directory.
func pkFile(name string) string { return name + ".pk" }
func vkFile(name string) string { return name + ".vk" }

// ManifestFile returns the file name of a circuit's manifest in a key directory: <circuit>.keys.json.
func ManifestFile(c *Circuit) string { return c.Name + ".keys.json" }

func hexHash(b [32]byte) string { return "0x" + hex.EncodeToString(b[:]) }

func setupComment(s Setup) string {
	if s == SetupDevInsecure {
		return InsecureWarning
	}
	return "keys from a multi-party Groth16 ceremony: sound while one contributor destroyed their randomness"
}

// Write writes <circuit>.pk, <circuit>.vk (gnark's raw encoding) and the manifest <circuit>.keys.json into
// dir (created if needed). Files are written whole then renamed into place, the manifest last, so a
// directory without it is incomplete.
func (k *Keys) Write(dir string) error {
	c := k.Circuit
	if err := k.Setup.check(); err != nil {
		return fmt.Errorf("%s keys: %w", c.Name, err)
	}
	_, circuitHash, err := c.Compile()
	if err != nil {
		return err
	}
	vkh, err := VerifyingKeyHash(k)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	m := &Manifest{
		Circuit:          c.Name,
		Version:          c.Version,
		Setup:            k.Setup,
		Comment:          setupComment(k.Setup),
		Constraints:      k.CS.GetNbConstraints(),
		CircuitHash:      hexHash(circuitHash),
		VerifyingKeyHash: hexHash(vkh),
	}
	for _, f := range []struct {
		name string
		key  interface {
			WriteRawTo(io.Writer) (int64, error)
		}
		sum *string
	}{{pkFile(c.Name), k.PK, &m.PKSha256}, {vkFile(c.Name), k.VK, &m.VKSha256}} {
		h := sha256.New()
		err := atomicfile.WriteFunc(filepath.Join(dir, f.name), 0o644, func(w io.Writer) error {
			bw := bufio.NewWriterSize(io.MultiWriter(w, h), 1<<20)
			if _, err := f.key.WriteRawTo(bw); err != nil {
				return err
			}
			return bw.Flush()
		})
		if err != nil {
			return fmt.Errorf("%s keys: %s: %w", c.Name, f.name, err)
		}
		*f.sum = "0x" + hex.EncodeToString(h.Sum(nil))
	}
	mb, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(dir, ManifestFile(c)), append(mb, '\n'), 0o644)
}

// ErrKeyMismatch means key files do not match their manifest, or the manifest does not match the circuit.
var ErrKeyMismatch = errors.New("keys do not match")

// ReadManifest reads and checks c's manifest in dir, without the keys: it is for c's name and version and
// a known setup. LoadKeys checks the rest.
func ReadManifest(dir string, c *Circuit) (*Manifest, error) {
	mpath := filepath.Join(dir, ManifestFile(c))
	data, err := os.ReadFile(mpath)
	if err != nil {
		return nil, fmt.Errorf("%s keys (vmattest zk dev-keys --circuit %s, or vmattest ceremony finalize --circuit %s, makes them): %w", c.Name, c.Name, c.Name, err)
	}
	var m Manifest
	if err := strictjson.Decode(data, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", mpath, err)
	}
	if m.Circuit != c.Name || m.Version != c.Version {
		return nil, fmt.Errorf("%w: %s is for %s v%d, not %s v%d", ErrKeyMismatch, mpath, m.Circuit, m.Version, c.Name, c.Version)
	}
	if err := m.Setup.check(); err != nil {
		return nil, fmt.Errorf("%s: %w", mpath, err)
	}
	return &m, nil
}

// LoadKeys reads a circuit's keys from dir and refuses them, with an error wrapping ErrKeyMismatch, when
// a file's SHA-256 differs from the manifest's, or the manifest is for another circuit, version or
// constraint system (the circuit hash of this build), or the verifying key's hash is not the manifest's.
func LoadKeys(dir string, c *Circuit) (*Keys, error) {
	m, err := ReadManifest(dir, c)
	if err != nil {
		return nil, err
	}
	mpath := filepath.Join(dir, ManifestFile(c))
	_, circuitHash, err := c.Compile()
	if err != nil {
		return nil, err
	}
	if !strings.EqualFold(m.CircuitHash, hexHash(circuitHash)) {
		return nil, fmt.Errorf("%w: %s is for circuit %s, this build's %s circuit is %s: the keys are stale, run the setup again",
			ErrKeyMismatch, mpath, m.CircuitHash, c.Name, hexHash(circuitHash))
	}
	pk := groth16.NewProvingKey(ecc.BN254)
	vk := groth16.NewVerifyingKey(ecc.BN254)
	// The checksum is checked as the file is read: skip the (slow) subgroup checks of the proving key's
	// points (UnsafeReadFrom). A bad proving key can only make bad proofs, which the verifier refuses.
	if err := readChecked(filepath.Join(dir, pkFile(c.Name)), m.PKSha256, pk.UnsafeReadFrom); err != nil {
		return nil, err
	}
	if err := readChecked(filepath.Join(dir, vkFile(c.Name)), m.VKSha256, vk.ReadFrom); err != nil {
		return nil, err
	}
	k, err := NewKeys(c, pk, vk, m.Setup)
	if err != nil {
		return nil, err
	}
	if vkh, err := VerifyingKeyHash(k); err != nil || !strings.EqualFold(hexHash(vkh), m.VerifyingKeyHash) {
		return nil, fmt.Errorf("%w: %s: the verifying key's hash is not the manifest's verifyingKeyHash %s", ErrKeyMismatch, mpath, m.VerifyingKeyHash)
	}
	return k, nil
}

// readChecked decodes the file at path with read and checks that its content has the SHA-256 want ("0x"
// and hex), failing with ErrKeyMismatch otherwise.
func readChecked(path, want string, read func(io.Reader) (int64, error)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	h := sha256.New()
	br := bufio.NewReaderSize(io.TeeReader(f, h), 1<<20)
	_, readErr := read(br)
	// Whatever read left unread counts too, and a file that does not decode is first of all a file that
	// is not the manifest's.
	if _, err := io.Copy(io.Discard, br); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if got := "0x" + hex.EncodeToString(h.Sum(nil)); !strings.EqualFold(got, want) {
		return fmt.Errorf("%w: %s has SHA-256 %s, the manifest says %s: the file is corrupt or not the one the manifest describes",
			ErrKeyMismatch, path, got, want)
	}
	if readErr != nil {
		return fmt.Errorf("%s: %w", path, readErr)
	}
	return nil
}

// ErrInsecureSetupOnChain means development keys were to be used on a chain that is no devnet.
var ErrInsecureSetupOnChain = errors.New("the keys come from the INSECURE development setup, which only devnets (chain id 31337 or 1337) may use")

// CheckSetupForChain returns ErrInsecureSetupOnChain when keys of setup are insecure and chainID is no
// devnet's (31337, 1337): the rule the registries enforce on a verifier's setupIdentity(), checked before
// deploying one.
func CheckSetupForChain(setup Setup, chainID uint64) error {
	if setup == SetupDevInsecure && chainID != 31337 && chainID != 1337 {
		return fmt.Errorf("chain %d: %w", chainID, ErrInsecureSetupOnChain)
	}
	return nil
}

// VerifyingKeyHash identifies k's verifying key the way its exported Solidity verifier does
// (setupIdentity()). For a CommitmentVerifier it is keccak256 of the key's raw serialization. For a
// PropertyVerifier it is keccak256 of the 32-byte big-endian words of the verifier's constants in their
// declaration order,
//
//	ALPHA_X, ALPHA_Y,
//	BETA_NEG_X_0, BETA_NEG_X_1, BETA_NEG_Y_0, BETA_NEG_Y_1,      (-β in G2; _0 real, _1 imaginary part)
//	GAMMA_NEG_X_0, GAMMA_NEG_X_1, GAMMA_NEG_Y_0, GAMMA_NEG_Y_1,  (-γ)
//	DELTA_NEG_X_0, DELTA_NEG_X_1, DELTA_NEG_Y_0, DELTA_NEG_Y_1,  (-δ)
//	CONSTANT_X, CONSTANT_Y, PUB_0_X, PUB_0_Y, ..., PUB_{n-1}_X, PUB_{n-1}_Y
//
// which the verifier's verifyingKeyHash() recomputes on chain, so a node can check that a deployed verifier
// holds the key it proves with. Keys with Pedersen commitments are refused.
func VerifyingKeyHash(k *Keys) ([32]byte, error) {
	if k.Circuit.Verifier == CommitmentVerifier {
		return rawKeyHash(k.VK)
	}
	return constantsHash(k.VK)
}

// rawKeyHash is a CommitmentVerifier's verifying key hash: keccak256 of the key's raw serialization (the
// content of the key directory's <circuit>.vk), which the exported verifier returns as a constant.
func rawKeyHash(vk groth16.VerifyingKey) ([32]byte, error) {
	var b bytes.Buffer
	if _, err := vk.WriteRawTo(&b); err != nil {
		return [32]byte{}, fmt.Errorf("serializing the verifying key: %w", err)
	}
	var h [32]byte
	copy(h[:], crypto.Keccak256(b.Bytes()))
	return h, nil
}

// constantsHash is a PropertyVerifier's verifying key hash (see VerifyingKeyHash).
func constantsHash(vk groth16.VerifyingKey) ([32]byte, error) {
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
