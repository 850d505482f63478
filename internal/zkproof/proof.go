package zkproof

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/frontend"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/internal/atomicfile"
	"github.com/vmattest/vmattest/internal/strictjson"
	"github.com/vmattest/vmattest/internal/zkcommit"
)

// Proof is a property proof as it travels: the property, its public inputs, the Groth16 proof as the
// Solidity verifier takes it, and the commitment it is about (public input 0).
//
// JSON form:
//
//	{
//	  "property":     "readonlyroot",
//	  "publicInputs": ["0x<32 bytes>", ...],        field elements, big-endian, verifier order
//	  "proof":        ["0x<32 bytes>" × 8],         A.x, A.y, B.x1, B.x0, B.y1, B.y0, C.x, C.y
//	  "commitment":   "0x<32 bytes>"                the attestation's zkCommitment = publicInputs[0]
//	}
//
// The proof words are uint256 in EIP-197 order: B is in G2 with each Fp2 coordinate written imaginary
// part first (x1 = imaginary, x0 = real), as the pairing precompile and the exported verifier's
// verifyProof(uint256[8] proof, uint256[n] input) take them. Decoding is strict.
type Proof struct {
	Property     string
	PublicInputs []fr.Element
	Words        [8][32]byte
	Commitment   [32]byte
}

type proofJSON struct {
	Property     string   `json:"property"`
	PublicInputs []string `json:"publicInputs"`
	Proof        []string `json:"proof"`
	Commitment   string   `json:"commitment"`
}

// Prove proves k's property of the state o opens, with args (goldendigest: RegionName and Golden). It
// fails early, with the circuit package's error, when the state does not have the property, and checks the
// proof before returning it.
func Prove(k *Keys, o *zkcommit.Opening, args Args) (*Proof, error) {
	p, err := propertyOf(k.Circuit)
	if err != nil {
		return nil, err
	}
	assignment, inputs, err := p.Assign(o, args)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p.Name, err)
	}
	w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		return nil, err
	}
	gp, err := groth16.Prove(k.CS, k.PK, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return nil, fmt.Errorf("%s: proving failed: %w", p.Name, err)
	}
	bp, ok := gp.(*groth16bn254.Proof)
	if !ok || len(bp.Commitments) != 0 {
		return nil, fmt.Errorf("%s: unexpected proof form", p.Name)
	}
	raw := bp.MarshalSolidity()
	if len(raw) != 256 {
		return nil, fmt.Errorf("%s: Solidity proof of %d bytes, want 256", p.Name, len(raw))
	}
	out := &Proof{Property: p.Name, PublicInputs: inputs, Commitment: o.Root()}
	for i := range out.Words {
		copy(out.Words[i][:], raw[32*i:32*i+32])
	}
	if err := Verify(out, k.VK); err != nil {
		return nil, fmt.Errorf("%s: the new proof does not verify: %w", p.Name, err)
	}
	return out, nil
}

// ErrInvalidProof means a proof does not verify.
var ErrInvalidProof = errors.New("invalid proof")

// Verify checks a proof offline against a verifying key: the property is known, the public inputs are as
// many as the property and the key take, the commitment is public input 0, the proof points are on the
// curve and in their subgroups, and the Groth16 pairing equation holds.
func Verify(pr *Proof, vk groth16.VerifyingKey) error {
	p, err := Lookup(pr.Property)
	if err != nil {
		return err
	}
	v, ok := vk.(*groth16bn254.VerifyingKey)
	if !ok {
		return errors.New("not a BN254 Groth16 verifying key")
	}
	if len(pr.PublicInputs) != p.NumPublic() || vk.NbPublicWitness() != p.NumPublic() {
		return fmt.Errorf("%s takes %d public inputs, the proof has %d and the key %d", p.Name, p.NumPublic(), len(pr.PublicInputs), vk.NbPublicWitness())
	}
	if zkcommit.Bytes32(pr.PublicInputs[0]) != pr.Commitment {
		return errors.New("the commitment is not public input 0")
	}
	gp, err := pr.groth16()
	if err != nil {
		return fmt.Errorf("%w: %v", ErrInvalidProof, err)
	}
	if err := groth16bn254.Verify(gp, v, pr.PublicInputs, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		return fmt.Errorf("%w: %v", ErrInvalidProof, err)
	}
	return nil
}

// ErrWrongInputs means a proof's public inputs are not the ones expected.
var ErrWrongInputs = errors.New("the proof is not about the expected public inputs")

// CheckInputs checks that a proof's public inputs are those of its property about commitment, attested
// with header h, with args (Property.Inputs): that it proves the claim the caller wants, about the VM,
// subset and algorithm it wants, not only some claim. Verify checks that it is a valid proof.
func CheckInputs(pr *Proof, commitment [32]byte, h zkcommit.Header, args Args) error {
	p, err := Lookup(pr.Property)
	if err != nil {
		return err
	}
	want, err := p.Inputs(commitment, h, args)
	if err != nil {
		return err
	}
	if len(want) != len(pr.PublicInputs) {
		return fmt.Errorf("%w: %d inputs, want %d", ErrWrongInputs, len(pr.PublicInputs), len(want))
	}
	for i := range want {
		if !want[i].Equal(&pr.PublicInputs[i]) {
			return fmt.Errorf("%w: input %d (%s) is %s, want %s", ErrWrongInputs, i, p.PublicInputs[i], zkcommit.Hex(pr.PublicInputs[i]), zkcommit.Hex(want[i]))
		}
	}
	return nil
}

// groth16 decodes the proof words into gnark's proof, checking every coordinate is below the base field
// order and the points are on their curves and in their subgroups.
func (pr *Proof) groth16() (*groth16bn254.Proof, error) {
	var gp groth16bn254.Proof
	coords := []*fp.Element{&gp.Ar.X, &gp.Ar.Y, &gp.Bs.X.A1, &gp.Bs.X.A0, &gp.Bs.Y.A1, &gp.Bs.Y.A0, &gp.Krs.X, &gp.Krs.Y}
	for i, c := range coords {
		if err := c.SetBytesCanonical(pr.Words[i][:]); err != nil {
			return nil, fmt.Errorf("proof word %d is not a base field element", i)
		}
	}
	if !gp.Ar.IsInSubGroup() || !gp.Bs.IsInSubGroup() || !gp.Krs.IsInSubGroup() {
		return nil, errors.New("a proof point is not on its curve or not in its subgroup")
	}
	return &gp, nil
}

// SolidityArgs returns the arguments of the exported verifier's verifyProof(uint256[8] proof,
// uint256[n] input).
func (pr *Proof) SolidityArgs() (proof [8]*big.Int, inputs []*big.Int) {
	for i := range pr.Words {
		proof[i] = new(big.Int).SetBytes(pr.Words[i][:])
	}
	for i := range pr.PublicInputs {
		inputs = append(inputs, pr.PublicInputs[i].BigInt(new(big.Int)))
	}
	return proof, inputs
}

// RegistryArgs returns the arguments of PropertyRegistry.proveProperty's proof and publicInputs: the proof
// words, and the public inputs without the context (inputs 1 to NumContext), which the registry fills from
// the attestation it checks the commitment against: [commitment, params...].
func (pr *Proof) RegistryArgs() (proof [8]*big.Int, inputs []*big.Int) {
	proof, all := pr.SolidityArgs()
	if len(all) <= NumContext {
		return proof, all // not a property proof; the registry refuses it
	}
	return proof, append([]*big.Int{all[0]}, all[1+NumContext:]...)
}

// SoliditySignature returns the verifier function the proof is for: verifyProof(uint256[8],uint256[n]).
func (pr *Proof) SoliditySignature() string {
	return fmt.Sprintf("verifyProof(uint256[8],uint256[%d])", len(pr.PublicInputs))
}

// Calldata returns the ABI-encoded call of the exported verifier's verifyProof(uint256[8], uint256[n]):
// the selector, then the 8 proof words and the n inputs, each 32 bytes (both arrays are static, so
// inline).
func (pr *Proof) Calldata() []byte {
	out := append([]byte{}, crypto.Keccak256([]byte(pr.SoliditySignature()))[:4]...)
	for i := range pr.Words {
		out = append(out, pr.Words[i][:]...)
	}
	for i := range pr.PublicInputs {
		b := pr.PublicInputs[i].Bytes()
		out = append(out, b[:]...)
	}
	return out
}

func hex32(b [32]byte) string { return "0x" + hex.EncodeToString(b[:]) }

// MarshalJSON returns the proof's JSON form.
func (pr *Proof) MarshalJSON() ([]byte, error) {
	v := proofJSON{Property: pr.Property, Commitment: hex32(pr.Commitment), PublicInputs: []string{}}
	for i := range pr.PublicInputs {
		v.PublicInputs = append(v.PublicInputs, zkcommit.Hex(pr.PublicInputs[i]))
	}
	for i := range pr.Words {
		v.Proof = append(v.Proof, hex32(pr.Words[i]))
	}
	return json.MarshalIndent(v, "", "  ")
}

// UnmarshalJSON decodes the JSON form strictly: every field present, no other, hex of exactly 32 bytes,
// public inputs below the field order, 8 proof words.
func (pr *Proof) UnmarshalJSON(data []byte) error {
	var v proofJSON
	present, err := strictjson.Object(data, []string{"property", "publicInputs", "proof", "commitment"}, nil)
	if err != nil {
		return err
	}
	for k, r := range present {
		if string(r) == "null" {
			return fmt.Errorf("field %q is missing", k)
		}
	}
	if err := strictjson.Decode(data, &v); err != nil {
		return err
	}
	out := Proof{Property: v.Property}
	if _, err := Lookup(v.Property); err != nil {
		return fmt.Errorf("field \"property\": %w", err)
	}
	for i, s := range v.PublicInputs {
		b, err := parseHex32(s)
		if err != nil {
			return fmt.Errorf("field \"publicInputs[%d]\": %w", i, err)
		}
		e, err := zkcommit.FromBytes32(b)
		if err != nil {
			return fmt.Errorf("field \"publicInputs[%d]\": not below the field order", i)
		}
		out.PublicInputs = append(out.PublicInputs, e)
	}
	if len(v.Proof) != 8 {
		return fmt.Errorf("field \"proof\": %d words, want 8", len(v.Proof))
	}
	for i, s := range v.Proof {
		b, err := parseHex32(s)
		if err != nil {
			return fmt.Errorf("field \"proof[%d]\": %w", i, err)
		}
		out.Words[i] = b
	}
	if out.Commitment, err = parseHex32(v.Commitment); err != nil {
		return fmt.Errorf("field \"commitment\": %w", err)
	}
	*pr = out
	return nil
}

func parseHex32(s string) (out [32]byte, err error) {
	return out, strictjson.Hex(s, out[:])
}

// WriteProof writes a proof's JSON form to path.
func WriteProof(path string, pr *Proof) error {
	b, err := pr.MarshalJSON()
	if err != nil {
		return err
	}
	return atomicfile.Write(path, append(b, '\n'), 0o644)
}

// LoadProof reads a proof's JSON form from path.
func LoadProof(path string) (*Proof, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var pr Proof
	if err := json.Unmarshal(b, &pr); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &pr, nil
}
