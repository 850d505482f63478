// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ISNPReportVerifier} from "../../src/interfaces/ISNPReportRegistration.sol";
import {IVerifierSetup} from "../../src/interfaces/IVerifierSetup.sol";

/// @notice A stand-in for gnark's exported Groth16 verifier of circuits/snpreport, for EnclaveKeyRegistry's
/// registration by proof: it accepts exactly the one (proof, input) pair the test expects and reverts on anything
/// else, so that a test notices public inputs that are not the ones the registry must compute. It checks nothing
/// cryptographic; the real verifier is tested end to end in Go (circuits/snpreport TestProveAndVerifyOnChain).
/// Its setup identity says "from a ceremony" unless setInsecure(true).
contract FakeReportVerifier is ISNPReportVerifier, IVerifierSetup {
    /// @notice The proof is not the expected one.
    error UnexpectedProof(bytes32 proofHash, bytes32 expectedProofHash);

    /// @notice The public inputs are not the expected ones.
    error UnexpectedInput(uint256[6] input, uint256[6] expectedInput);

    bytes32 public expectedProofHash;
    uint256[6] internal _expectedInput;
    bool internal _insecure;

    /// @notice From now on says that its keys come from the insecure development setup (or not).
    function setInsecure(bool insecure) external {
        _insecure = insecure;
    }

    /// @inheritdoc IVerifierSetup
    function setupIdentity() external view returns (bool insecure, bytes32 verifyingKeyHash) {
        return (_insecure, keccak256("FakeReportVerifier"));
    }

    /// @notice From now on accepts only `proof` with `input`.
    function expect(bytes calldata proof, uint256[6] calldata input) external {
        expectedProofHash = keccak256(proof);
        _expectedInput = input;
    }

    /// @notice The public inputs accepted.
    function expectedInput() external view returns (uint256[6] memory) {
        return _expectedInput;
    }

    /// @inheritdoc ISNPReportVerifier
    function verifyProof(bytes calldata proof, uint256[6] calldata input) external view {
        bytes32 proofHash = keccak256(proof);
        if (proofHash != expectedProofHash) revert UnexpectedProof(proofHash, expectedProofHash);
        uint256[6] memory expected = _expectedInput;
        if (keccak256(abi.encode(input)) != keccak256(abi.encode(expected))) revert UnexpectedInput(input, expected);
    }
}

/// @notice A report verifier that accepts everything and tells a secure setup: the registry's own gas, without any
/// verification.
contract NoopReportVerifier is ISNPReportVerifier, IVerifierSetup {
    /// @inheritdoc ISNPReportVerifier
    function verifyProof(bytes calldata, uint256[6] calldata) external pure {}

    /// @inheritdoc IVerifierSetup
    function setupIdentity() external pure returns (bool insecure, bytes32 verifyingKeyHash) {
        return (false, 0);
    }
}
