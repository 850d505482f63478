package snpreport

import (
	"bufio"
	"bytes"
	"crypto/ecdsa"
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
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/vmattest/vmattest/internal/atomicfile"
)

// SolidityPragma is the compiler version of the exported verifier (the project's pinned solc).
const SolidityPragma = "0.8.37"

// Compile compiles the circuit to R1CS over BN254, for Groth16.
func Compile() (constraint.ConstraintSystem, error) {
	return frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &Circuit{})
}

// Setup says where a set of keys comes from.
type Setup string

const (
	// SetupInsecure keys come from InsecureSetup: whoever ran it can forge proofs. Devnets and tests only.
	SetupInsecure Setup = "dev-insecure"
	// SetupCeremony keys come from a multi-party ceremony (vmattest ceremony --circuit snpreport): nobody can
	// forge proofs as long as one contributor of each phase destroyed their randomness.
	SetupCeremony Setup = "ceremony"
)

// Keys are a Groth16 setup of the circuit.
type Keys struct {
	CCS constraint.ConstraintSystem
	PK  groth16.ProvingKey
	VK  groth16.VerifyingKey
	// Setup says where PK and VK come from; Write records it in KeysFile.
	Setup Setup
}

// InsecureSetup runs gnark's single-party Groth16 setup: whoever ran it could forge proofs (the toxic waste
// existed in this process). For tests and devnets only; production keys come from an MPC ceremony
// (internal/ceremony, vmattest ceremony --circuit snpreport).
func InsecureSetup(ccs constraint.ConstraintSystem) (*Keys, error) {
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return nil, fmt.Errorf("snpreport setup: %w", err)
	}
	return &Keys{CCS: ccs, PK: pk, VK: vk, Setup: SetupInsecure}, nil
}

// Prove proves that report is signed by vcek and returns the proof as the Solidity verifier takes it
// (gnark's MarshalSolidity: A, B, C, the commitment and its proof of knowledge) and the statement.
func (k *Keys) Prove(report []byte, vcek *ecdsa.PublicKey) ([]byte, *Statement, error) {
	st, err := Parse(report, vcek)
	if err != nil {
		return nil, nil, err
	}
	w, err := Assign(report, vcek)
	if err != nil {
		return nil, nil, err
	}
	full, err := frontend.NewWitness(w, ecc.BN254.ScalarField())
	if err != nil {
		return nil, nil, err
	}
	proof, err := groth16.Prove(k.CCS, k.PK, full, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return nil, nil, fmt.Errorf("snpreport prove: %w", err)
	}
	pub, err := full.Public()
	if err != nil {
		return nil, nil, err
	}
	if err := groth16.Verify(proof, k.VK, pub, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		return nil, nil, fmt.Errorf("snpreport: the new proof does not verify: %w", err)
	}
	return proof.(*groth16bn254.Proof).MarshalSolidity(), st, nil
}

// Solidity returns gnark's Solidity verifier of the keys (contract Verifier, verifyProof(bytes, uint256[6])),
// with vmattest's addition setupIdentity() (contracts/src/interfaces/IVerifierSetup.sol): whether the keys come
// from the insecure single-party setup (k.Setup), and VerifyingKeyHash. The registry refuses an insecure
// verifier outside devnets.
func (k *Keys) Solidity() (string, error) {
	if k.Setup != SetupInsecure && k.Setup != SetupCeremony {
		return "", fmt.Errorf("snpreport: unknown setup %q", k.Setup)
	}
	vkHash, err := k.VerifyingKeyHash()
	if err != nil {
		return "", err
	}
	functions := fmt.Sprintf(`    // vmattest: the identity of the setup (IVerifierSetup).

    /// Whether the verifying key comes from vmattest's INSECURE single-party development setup (whoever ran it
    /// can forge proofs), and the hash of the verifying key (vmattest's snpreport.Keys.VerifyingKeyHash).
    function setupIdentity() external pure returns (bool insecure, bytes32 verifyingKeyHash) {
        return (%t, 0x%x);
    }`, k.Setup == SetupInsecure, vkHash)
	var b bytes.Buffer
	if err := k.VK.ExportSolidity(&b, solidity.WithPragmaVersion(SolidityPragma), solidity.WithFunctions(strings.NewReader(functions))); err != nil {
		return "", fmt.Errorf("snpreport: exporting the verifier: %w", err)
	}
	return b.String(), nil
}

// VerifyingKeyHash identifies the verifying key: keccak256 of its raw serialization (the content of the keys
// directory's snpreport.vk). Not zkproof.VerifyingKeyHash, which hashes the Solidity constants of keys without
// Pedersen commitments: this circuit's key has one (its range-check lookups).
func (k *Keys) VerifyingKeyHash() ([32]byte, error) {
	var b bytes.Buffer
	if _, err := k.VK.WriteRawTo(&b); err != nil {
		return [32]byte{}, fmt.Errorf("snpreport: serializing the verifying key: %w", err)
	}
	var h [32]byte
	copy(h[:], crypto.Keccak256(b.Bytes()))
	return h, nil
}

// ErrInsecureSetupOnChain means keys of the insecure single-party setup were to be used on a chain that is no
// devnet.
var ErrInsecureSetupOnChain = errors.New("the snpreport keys come from the INSECURE single-party setup, which only devnets (chain id 31337 or 1337) may use")

// CheckSetupForChain returns ErrInsecureSetupOnChain when keys of setup are insecure and chainID is no devnet's
// (31337, 1337): the rule the registry's setReportVerifier enforces, checked before deploying a verifier.
func CheckSetupForChain(setup Setup, chainID uint64) error {
	if setup == SetupInsecure && chainID != 31337 && chainID != 1337 {
		return fmt.Errorf("chain %d: %w", chainID, ErrInsecureSetupOnChain)
	}
	return nil
}

// Files of Write and LoadKeys in a keys directory.
const (
	ccsFile      = "snpreport.ccs"
	pkFile       = "snpreport.pk"
	vkFile       = "snpreport.vk"
	VerifierFile = "SNPReportVerifier.sol"
	// KeysFile describes the keys: their setup, the constraint count and the SHA-256 of every other file.
	KeysFile = "snpreport.json"
)

// KeysInfo is the content of KeysFile.
type KeysInfo struct {
	Circuit     string            `json:"circuit"` // always "snpreport"
	Setup       Setup             `json:"setup"`
	Comment     string            `json:"comment,omitempty"`
	Constraints int               `json:"constraints"`
	SHA256      map[string]string `json:"sha256"` // file name → hex SHA-256 of its content
}

// Write writes the constraint system, the keys, the Solidity verifier and KeysFile to dir (created), each
// atomically; KeysFile goes last, so a directory without it is incomplete.
func (k *Keys) Write(dir string) error {
	if k.Setup != SetupInsecure && k.Setup != SetupCeremony {
		return fmt.Errorf("snpreport keys: unknown setup %q", k.Setup)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	src, err := k.Solidity()
	if err != nil {
		return err
	}
	info := KeysInfo{Circuit: "snpreport", Setup: k.Setup, Constraints: k.CCS.GetNbConstraints(), SHA256: map[string]string{}}
	if k.Setup == SetupInsecure {
		info.Comment = "INSECURE: a single-party setup; whoever ran it can forge proofs. Devnets and tests only."
	}
	for _, f := range []struct {
		name  string
		write func(io.Writer) error
	}{
		{ccsFile, func(w io.Writer) error { _, err := k.CCS.WriteTo(w); return err }},
		{pkFile, func(w io.Writer) error { _, err := k.PK.WriteRawTo(w); return err }},
		{vkFile, func(w io.Writer) error { _, err := k.VK.WriteRawTo(w); return err }},
		{VerifierFile, func(w io.Writer) error { _, err := io.WriteString(w, src); return err }},
	} {
		h := sha256.New()
		err := atomicfile.WriteFunc(filepath.Join(dir, f.name), 0o644, func(w io.Writer) error {
			bw := bufio.NewWriterSize(io.MultiWriter(w, h), 1<<20)
			if err := f.write(bw); err != nil {
				return err
			}
			return bw.Flush()
		})
		if err != nil {
			return fmt.Errorf("snpreport keys: %s: %w", f.name, err)
		}
		info.SHA256[f.name] = hex.EncodeToString(h.Sum(nil))
	}
	data, err := json.MarshalIndent(info, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.Write(filepath.Join(dir, KeysFile), append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("snpreport keys: %w", err)
	}
	return nil
}

// ReadKeysInfo reads and checks the KeysFile of the keys in dir, without the keys.
func ReadKeysInfo(dir string) (*KeysInfo, error) {
	data, err := os.ReadFile(filepath.Join(dir, KeysFile))
	if err != nil {
		return nil, fmt.Errorf("snpreport keys (vmattest zk snp-setup, or vmattest ceremony finalize --circuit snpreport, makes them): %w", err)
	}
	var info KeysInfo
	if err := json.Unmarshal(data, &info); err != nil {
		return nil, fmt.Errorf("snpreport keys: %s: %w", KeysFile, err)
	}
	if info.Circuit != "snpreport" || (info.Setup != SetupInsecure && info.Setup != SetupCeremony) {
		return nil, fmt.Errorf("snpreport keys: %s is for circuit %q with setup %q, want snpreport keys of setup %q or %q",
			KeysFile, info.Circuit, info.Setup, SetupInsecure, SetupCeremony)
	}
	return &info, nil
}

// LoadKeys reads the keys Write wrote to dir, checking each file against the SHA-256 KeysFile records.
func LoadKeys(dir string) (*Keys, error) {
	info, err := ReadKeysInfo(dir)
	if err != nil {
		return nil, err
	}
	k := &Keys{CCS: groth16.NewCS(ecc.BN254), PK: groth16.NewProvingKey(ecc.BN254), VK: groth16.NewVerifyingKey(ecc.BN254), Setup: info.Setup}
	for _, f := range []struct {
		name string
		r    io.ReaderFrom
	}{{ccsFile, k.CCS}, {pkFile, k.PK}, {vkFile, k.VK}} {
		if err := readChecked(filepath.Join(dir, f.name), info.SHA256[f.name], f.r); err != nil {
			return nil, fmt.Errorf("snpreport keys: %w", err)
		}
	}
	return k, nil
}

// readChecked reads path into r and checks that its content has the hex SHA-256 want.
func readChecked(path, want string, r io.ReaderFrom) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := r.ReadFrom(bufio.NewReaderSize(io.TeeReader(f, h), 1<<20)); err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	if _, err := io.Copy(h, f); err != nil { // whatever ReadFrom left unread counts too
		return fmt.Errorf("reading %s: %w", path, err)
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != want {
		return fmt.Errorf("%s has SHA-256 %s, but %s records %q: the files are not of one setup", path, got, KeysFile, want)
	}
	return nil
}
