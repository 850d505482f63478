package zkproof

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/consensys/gnark/backend/solidity"

	"github.com/vmattest/vmattest/internal/atomicfile"
)

// SolidityPragma is the pragma of the exported verifiers: the compiler the project pins.
const SolidityPragma = "0.8.37"

// GeneratorCommand is the command that regenerates the verifiers, named in their header.
const GeneratorCommand = "go run ./internal/zkproof/gen"

// ExportSolidity writes the Solidity verifier of k, the one exporter of every circuit's verifier: gnark's
// Groth16 verifier (VerifyingKey.ExportSolidity, pragma SolidityPragma) renamed to the circuit's Contract,
// with vmattest's additions, which depend on the circuit's VerifierStyle. A CommitmentVerifier gets
// setupIdentity() (IVerifierSetup's function; the file imports nothing, so it compiles alone) returning whether
// the keys are insecure and VerifyingKeyHash as constants. A PropertyVerifier gets a generated-file header
// and:
//
//   - PROPERTY_ID, keccak256 of the property's tag;
//   - verifyProof(uint256[8] proof, uint256[n] input), the proof as eight words (Proof.SolidityArgs),
//     beside gnark's verifyProof(bytes proof, uint256[n] input) with the same 256 bytes; both revert
//     (ProofInvalid, PublicInputNotInField) unless the proof verifies;
//   - verifyingKeyHash(), which recomputes VerifyingKeyHash from the contract's constants;
//   - IVerifierSetup (contracts/src/interfaces/IVerifierSetup.sol, imported from ../interfaces/, so the file
//     belongs in contracts/src/verifiers or a sibling directory): setupIdentity() returns INSECURE, true
//     exactly for keys of the development setup (SetupDevInsecure), and verifyingKeyHash(). PropertyRegistry
//     refuses an insecure verifier unless block.chainid is a devnet's.
//
// The output depends only on the verifying key and the circuit, so the development keys of a
// PropertyVerifier give byte-identical contracts everywhere.
func ExportSolidity(w io.Writer, k *Keys) error {
	if err := k.Setup.check(); err != nil {
		return fmt.Errorf("%s: %w", k.Circuit.Name, err)
	}
	switch k.Circuit.Verifier {
	case PropertyVerifier:
		return exportPropertyVerifier(w, k)
	case CommitmentVerifier:
		return exportCommitmentVerifier(w, k)
	}
	return fmt.Errorf("%s: unknown verifier style %d", k.Circuit.Name, k.Circuit.Verifier)
}

// exportCommitmentVerifier is ExportSolidity of a CommitmentVerifier.
func exportCommitmentVerifier(w io.Writer, k *Keys) error {
	c := k.Circuit
	vkHash, err := VerifyingKeyHash(k)
	if err != nil {
		return err
	}
	functions := fmt.Sprintf(`    // vmattest: the identity of the setup (IVerifierSetup).

    /// Whether the verifying key comes from vmattest's INSECURE single-party development setup (whoever ran it
    /// can forge proofs), and the hash of the verifying key (vmattest's zkproof.VerifyingKeyHash).
    function setupIdentity() external pure returns (bool insecure, bytes32 verifyingKeyHash) {
        return (%t, 0x%x);
    }`, k.Setup == SetupDevInsecure, vkHash)
	var out bytes.Buffer
	if err := k.VK.ExportSolidity(&out, solidity.WithPragmaVersion(SolidityPragma), solidity.WithFunctions(strings.NewReader(functions))); err != nil {
		return fmt.Errorf("%s: exporting the verifier: %w", c.Name, err)
	}
	src, err := renameVerifier(out.String(), c.Name, "contract "+c.Contract+" {")
	if err != nil {
		return err
	}
	return writeAll(w, src)
}

// renameVerifier renames gnark's "contract Verifier {" in src to contract.
func renameVerifier(src, name, contract string) (string, error) {
	if strings.Count(src, "\ncontract Verifier {") != 1 {
		return "", fmt.Errorf("%s: gnark's verifier has no single \"contract Verifier {\"", name)
	}
	return strings.Replace(src, "\ncontract Verifier {", "\n"+contract, 1), nil
}

// exportPropertyVerifier is ExportSolidity of a PropertyVerifier.
func exportPropertyVerifier(w io.Writer, k *Keys) error {
	p := k.Circuit
	_, circuitHash, err := p.Compile()
	if err != nil {
		return err
	}
	vkh, err := VerifyingKeyHash(k)
	if err != nil {
		return err
	}
	n := p.NumPublic()
	constants := fmt.Sprintf(`
    // vmattest: the property this contract verifies proofs of.
    bytes32 public constant PROPERTY_ID = keccak256(%q);

    // vmattest: true when the verifying key comes from the INSECURE deterministic development setup, whose
    // toxic waste anyone can recompute (proofs can be forged); false for keys from a ceremony.
    bool public constant INSECURE = %t;`, p.Tag(), k.Setup == SetupDevInsecure)
	// The constants VerifyingKeyHash hashes, in its order.
	vkWords := []string{"ALPHA_X", "ALPHA_Y",
		"BETA_NEG_X_0", "BETA_NEG_X_1", "BETA_NEG_Y_0", "BETA_NEG_Y_1",
		"GAMMA_NEG_X_0", "GAMMA_NEG_X_1", "GAMMA_NEG_Y_0", "GAMMA_NEG_Y_1",
		"DELTA_NEG_X_0", "DELTA_NEG_X_1", "DELTA_NEG_Y_0", "DELTA_NEG_Y_1",
		"CONSTANT_X", "CONSTANT_Y"}
	for i := range n {
		vkWords = append(vkWords, fmt.Sprintf("PUB_%d_X", i), fmt.Sprintf("PUB_%d_Y", i))
	}
	var stores strings.Builder
	for i, c := range vkWords {
		if i == 0 {
			fmt.Fprintf(&stores, "            mstore(f, %s)\n", c)
		} else {
			fmt.Fprintf(&stores, "            mstore(add(f, 0x%x), %s)\n", 32*i, c)
		}
	}
	functions := fmt.Sprintf(`    // vmattest: the proof as eight words.

    /// Verify an uncompressed Groth16 proof given as eight words.
    /// @notice Reverts with ProofInvalid if the proof is invalid or with PublicInputNotInField if a public
    /// input is not reduced. There is no return value: if the function does not revert, the proof verified.
    /// @param proof the points (A, B, C) in EIP-197 order: A.x, A.y, B.x1, B.x0, B.y1, B.y0, C.x, C.y (the
    /// same 256 bytes as verifyProof(bytes, ...) takes).
    /// @param input the public inputs (%s), elements of the scalar field Fr.
    function verifyProof(uint256[8] calldata proof, uint256[%d] calldata input) public view {
        (uint256 x, uint256 y) = publicInputMSM(input);
        bool success;
        assembly ("memory-safe") {
            let f := mload(0x40)
            // e(A, B), then e(C, -δ), e(α, -β), e(L_pub, -γ): as verifyProof(bytes, ...).
            calldatacopy(f, proof, 0x100)
            mstore(add(f, 0x100), DELTA_NEG_X_1)
            mstore(add(f, 0x120), DELTA_NEG_X_0)
            mstore(add(f, 0x140), DELTA_NEG_Y_1)
            mstore(add(f, 0x160), DELTA_NEG_Y_0)
            mstore(add(f, 0x180), ALPHA_X)
            mstore(add(f, 0x1a0), ALPHA_Y)
            mstore(add(f, 0x1c0), BETA_NEG_X_1)
            mstore(add(f, 0x1e0), BETA_NEG_X_0)
            mstore(add(f, 0x200), BETA_NEG_Y_1)
            mstore(add(f, 0x220), BETA_NEG_Y_0)
            mstore(add(f, 0x240), x)
            mstore(add(f, 0x260), y)
            mstore(add(f, 0x280), GAMMA_NEG_X_1)
            mstore(add(f, 0x2a0), GAMMA_NEG_X_0)
            mstore(add(f, 0x2c0), GAMMA_NEG_Y_1)
            mstore(add(f, 0x2e0), GAMMA_NEG_Y_0)
            success := staticcall(gas(), PRECOMPILE_VERIFY, f, 0x300, f, 0x20)
            success := and(success, mload(f))
        }
        if (!success) {
            revert ProofInvalid();
        }
    }

    /// The hash of this contract's verifying key: keccak256 of the constants ALPHA_X to PUB_%d_Y in
    /// declaration order, as 32-byte words (vmattest's zkproof.VerifyingKeyHash).
    function verifyingKeyHash() public pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let f := mload(0x40)
%s            h := keccak256(f, 0x%x)
        }
    }

    /// @inheritdoc IVerifierSetup
    function setupIdentity() external pure returns (bool insecure, bytes32 verifyingKeyHash_) {
        return (INSECURE, verifyingKeyHash());
    }`, strings.Join(p.PublicInputs, ", "), n, n-1, stores.String(), 32*len(vkWords))

	var out bytes.Buffer
	if err := k.VK.ExportSolidity(&out,
		solidity.WithPragmaVersion(SolidityPragma),
		solidity.WithConstants(strings.NewReader(constants)),
		solidity.WithFunctions(strings.NewReader(functions)),
	); err != nil {
		return fmt.Errorf("%s: %w", p.Name, err)
	}
	src := out.String()
	const spdx = "// SPDX-License-Identifier: MIT\n"
	body, ok := strings.CutPrefix(strings.TrimLeft(src, "\n"), spdx)
	if !ok {
		return fmt.Errorf("%s: gnark's verifier does not start with %q", p.Name, spdx)
	}
	if body, err = renameVerifier(body, p.Name, "contract "+p.Contract+" is IVerifierSetup {"); err != nil {
		return err
	}

	var h strings.Builder
	h.WriteString(spdx)
	fmt.Fprintf(&h, "// Code generated by `%s`; DO NOT EDIT.\n//\n", GeneratorCommand)
	fmt.Fprintf(&h, "// %s verifies Groth16 proofs (BN254) of the vmattest property %s v%d,\n", p.Contract, p.Name, p.Version)
	fmt.Fprintf(&h, "// PROPERTY_ID = keccak256(%q), public inputs: %s.\n", p.Tag(), strings.Join(p.PublicInputs, ", "))
	fmt.Fprintf(&h, "// Exported by gnark's Groth16 VerifyingKey.ExportSolidity, with vmattest's additions marked \"vmattest\".\n")
	fmt.Fprintf(&h, "// Setup: %s. Circuit hash %s, verifying key hash %s.\n", k.Setup, hexHash(circuitHash), hexHash(vkh))
	if k.Setup == SetupDevInsecure {
		fmt.Fprintf(&h, "//\n// %s.\n", InsecureWarning)
	}
	h.WriteString("\n")
	// forge fmt leaves the generated code alone between these markers (the start marker must follow the
	// pragma: before it, forge fmt drops the header).
	pragma := "pragma solidity " + SolidityPragma + ";\n"
	body, ok = strings.CutPrefix(strings.TrimLeft(body, "\n"), pragma)
	if !ok {
		return fmt.Errorf("%s: gnark's verifier does not start with %q", p.Name, pragma)
	}
	imports := "\nimport {IVerifierSetup} from \"../interfaces/IVerifierSetup.sol\";\n"
	return writeAll(w, h.String()+pragma+imports+"\n// forgefmt: disable-start\n"+body+"\n// forgefmt: disable-end\n")
}

func writeAll(w io.Writer, s string) error {
	_, err := io.WriteString(w, s)
	return err
}

// SolidityFile returns the file name of a circuit's verifier: <Contract>.sol.
func SolidityFile(c *Circuit) string { return c.Contract + ".sol" }

// WriteVerifiers writes the Solidity verifier of each of keys into dir, as SolidityFile.
func WriteVerifiers(dir string, keys ...*Keys) error {
	for _, k := range keys {
		var b bytes.Buffer
		if err := ExportSolidity(&b, k); err != nil {
			return err
		}
		if err := atomicfile.Write(filepath.Join(dir, SolidityFile(k.Circuit)), b.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}
