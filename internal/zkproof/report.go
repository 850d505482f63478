package zkproof

import (
	"crypto/ecdsa"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/frontend"

	"github.com/vmattest/vmattest/circuits/snpreport"
)

// ProveReport proves with k, SNPReport's keys, that report is signed by vcek and returns the proof as the
// Solidity verifier takes it (gnark's MarshalSolidity: A, B, C, the commitment and its proof of knowledge)
// and the statement. It checks the proof before returning it.
func ProveReport(k *Keys, report []byte, vcek *ecdsa.PublicKey) ([]byte, *snpreport.Statement, error) {
	if k.Circuit != SNPReport {
		return nil, nil, fmt.Errorf("%s keys cannot prove a SEV-SNP report: %s's can", k.Circuit.Name, SNPReport.Name)
	}
	st, err := snpreport.Parse(report, vcek)
	if err != nil {
		return nil, nil, err
	}
	w, err := snpreport.Assign(report, vcek)
	if err != nil {
		return nil, nil, err
	}
	full, err := frontend.NewWitness(w, ecc.BN254.ScalarField())
	if err != nil {
		return nil, nil, err
	}
	proof, err := groth16.Prove(k.CS, k.PK, full, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
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
