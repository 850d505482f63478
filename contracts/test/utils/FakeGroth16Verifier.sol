// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @notice A stand-in for gnark's exported Groth16 verifiers, for the edges of PropertyRegistry: it has the exported
/// functions for 1 and 3 public inputs, returns nothing, and reverts unless the "proof" is what FakeProof makes
/// for the inputs. It checks nothing cryptographic; the generated verifiers are tested separately.
contract FakeGroth16Verifier {
    /// @notice The fake proof is not FakeProof.make(input).
    error ProofInvalid();

    function verifyProof(uint256[8] calldata proof, uint256[1] calldata input) public pure {
        _check(proof, keccak256(abi.encode(input)));
    }

    function verifyProof(uint256[8] calldata proof, uint256[3] calldata input) public pure {
        _check(proof, keccak256(abi.encode(input)));
    }

    function _check(uint256[8] calldata proof, bytes32 inputsHash) private pure {
        if (proof[0] != FakeProof.VALID || proof[7] != uint256(inputsHash)) revert ProofInvalid();
    }
}

/// @notice Fake proofs FakeGroth16Verifier accepts: word 0 is VALID and word 7 binds the public inputs (so that a
/// test notices inputs that do not reach the verifier intact); words 1 to 6 are arbitrary.
library FakeProof {
    uint256 internal constant VALID = 1;

    /// @notice The proof FakeGroth16Verifier accepts for `inputs` (1 or 3 of them).
    function make(uint256[] memory inputs) internal pure returns (uint256[8] memory proof) {
        proof[0] = VALID;
        for (uint256 i = 1; i < 7; ++i) {
            proof[i] = uint256(keccak256(abi.encode("fake proof word", i)));
        }
        // abi.encode of a uint256[N] is its N words, like abi.encodePacked of the dynamic array.
        proof[7] = uint256(keccak256(abi.encodePacked(inputs)));
    }
}
