package snpreport

import (
	"bufio"
	"bytes"
	"crypto/ecdsa"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// SolidityPragma is the compiler version of the exported verifier (the project's pinned solc).
const SolidityPragma = "0.8.37"

// Compile compiles the circuit to R1CS over BN254, for Groth16.
func Compile() (constraint.ConstraintSystem, error) {
	return frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &Circuit{})
}

// Keys are a Groth16 setup of the circuit.
type Keys struct {
	CCS constraint.ConstraintSystem
	PK  groth16.ProvingKey
	VK  groth16.VerifyingKey
}

// InsecureSetup runs gnark's single-party Groth16 setup: whoever ran it could forge proofs (the toxic waste
// existed in this process). For tests and devnets only; production keys come from an MPC ceremony
// (internal/ceremony).
func InsecureSetup(ccs constraint.ConstraintSystem) (*Keys, error) {
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return nil, fmt.Errorf("snpreport setup: %w", err)
	}
	return &Keys{CCS: ccs, PK: pk, VK: vk}, nil
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

// Solidity returns gnark's Solidity verifier of the keys (contract Verifier, verifyProof(bytes, uint256[6])).
func (k *Keys) Solidity() (string, error) {
	var b bytes.Buffer
	if err := k.VK.ExportSolidity(&b, solidity.WithPragmaVersion(SolidityPragma)); err != nil {
		return "", fmt.Errorf("snpreport: exporting the verifier: %w", err)
	}
	return b.String(), nil
}

// Files of Write and LoadKeys in a keys directory.
const (
	ccsFile      = "snpreport.ccs"
	pkFile       = "snpreport.pk"
	vkFile       = "snpreport.vk"
	VerifierFile = "SNPReportVerifier.sol"
)

// Write writes the constraint system, the keys and the Solidity verifier to dir (created), each through a
// temporary file renamed into place.
func (k *Keys) Write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	src, err := k.Solidity()
	if err != nil {
		return err
	}
	for name, w := range map[string]func(io.Writer) error{
		ccsFile:      func(w io.Writer) error { _, err := k.CCS.WriteTo(w); return err },
		pkFile:       func(w io.Writer) error { _, err := k.PK.WriteRawTo(w); return err },
		vkFile:       func(w io.Writer) error { _, err := k.VK.WriteRawTo(w); return err },
		VerifierFile: func(w io.Writer) error { _, err := io.WriteString(w, src); return err },
	} {
		if err := writeFile(filepath.Join(dir, name), w); err != nil {
			return fmt.Errorf("snpreport keys: %s: %w", name, err)
		}
	}
	return nil
}

func writeFile(path string, write func(io.Writer) error) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}

// LoadKeys reads the keys Write wrote to dir.
func LoadKeys(dir string) (*Keys, error) {
	k := &Keys{CCS: groth16.NewCS(ecc.BN254), PK: groth16.NewProvingKey(ecc.BN254), VK: groth16.NewVerifyingKey(ecc.BN254)}
	for name, r := range map[string]io.ReaderFrom{ccsFile: k.CCS, pkFile: k.PK, vkFile: k.VK} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("snpreport keys (vmattest zk snp-setup makes them): %w", err)
		}
		_, err = r.ReadFrom(bufio.NewReaderSize(f, 1<<20))
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("snpreport keys: reading %s: %w", name, err)
		}
	}
	return k, nil
}
