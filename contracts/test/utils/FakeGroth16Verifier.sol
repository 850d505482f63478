// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IVerifierSetup} from "../../src/interfaces/IVerifierSetup.sol";

/// @notice A stand-in for gnark's exported Groth16 verifiers, for the edges of PropertyRegistry: it has the exported
/// functions for 5 and 7 public inputs (1 and 3 caller inputs plus the registry's 4 context inputs), returns nothing,
/// and reverts unless the "proof" is what FakeProof makes for the inputs. Word 7 binds the caller's inputs (input 0
/// and the parameters); word 6 binds the context inputs (inputs 1 to 4) unless it is ANY_CONTEXT, so that most
/// tests need not compute the context and the tests of the context can. It checks nothing cryptographic; the
/// generated verifiers are tested separately. Its setupIdentity says insecure = `insecure` (false by default: a
/// ceremony-style verifier).
contract FakeGroth16Verifier is IVerifierSetup {
    /// @notice The fake proof is not FakeProof.make(input).
    error ProofInvalid();

    /// @notice What setupIdentity returns as insecure.
    bool public insecure;

    /// @notice Sets what setupIdentity returns as insecure.
    function setInsecure(bool insecure_) external {
        insecure = insecure_;
    }

    /// @inheritdoc IVerifierSetup
    function setupIdentity() external view returns (bool, bytes32) {
        return (insecure, keccak256("fake verifying key"));
    }

    function verifyProof(uint256[8] calldata proof, uint256[5] calldata input) public pure {
        _check(proof, keccak256(abi.encode(input[0])), keccak256(abi.encode(input[1], input[2], input[3], input[4])));
    }

    function verifyProof(uint256[8] calldata proof, uint256[7] calldata input) public pure {
        _check(
            proof,
            keccak256(abi.encode(input[0], input[5], input[6])),
            keccak256(abi.encode(input[1], input[2], input[3], input[4]))
        );
    }

    function _check(uint256[8] calldata proof, bytes32 callerInputsHash, bytes32 contextHash) private pure {
        if (proof[0] != FakeProof.VALID || proof[7] != uint256(callerInputsHash)) revert ProofInvalid();
        if (proof[6] != FakeProof.ANY_CONTEXT && proof[6] != uint256(contextHash)) revert ProofInvalid();
    }
}

/// @notice Fake proofs FakeGroth16Verifier accepts: word 0 is VALID, word 7 binds the caller's public inputs (so that
/// a test notices inputs that do not reach the verifier intact), word 6 binds the context inputs or is ANY_CONTEXT;
/// words 1 to 5 are arbitrary.
library FakeProof {
    uint256 internal constant VALID = 1;
    uint256 internal constant ANY_CONTEXT = 0;

    /// @notice The proof FakeGroth16Verifier accepts for the caller's `inputs` (1 or 3 of them), whatever the context.
    function make(uint256[] memory inputs) internal pure returns (uint256[8] memory proof) {
        proof[0] = VALID;
        for (uint256 i = 1; i < 6; ++i) {
            proof[i] = uint256(keccak256(abi.encode("fake proof word", i)));
        }
        proof[6] = ANY_CONTEXT;
        // abi.encode of static words is their concatenation, like abi.encodePacked of the dynamic array.
        proof[7] = uint256(keccak256(abi.encodePacked(inputs)));
    }

    /// @notice The proof FakeGroth16Verifier accepts for the caller's `inputs` and only for the context of (`vmId`,
    /// `subsetId`, `hashAlg`): uint128(vmId), hashAlg, the high and the low 128 bits of subsetId.
    function make(uint256[] memory inputs, bytes16 vmId, bytes32 subsetId, uint8 hashAlg)
        internal
        pure
        returns (uint256[8] memory proof)
    {
        proof = make(inputs);
        proof[6] = uint256(
            keccak256(
                abi.encode(
                    uint256(uint128(vmId)),
                    uint256(hashAlg),
                    uint256(subsetId) >> 128,
                    uint256(subsetId) & type(uint128).max
                )
            )
        );
    }
}
