// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title IVerifierSetup
/// @notice The identity of the trusted setup behind a generated Groth16 verifier. Every verifier vmattest generates
/// (internal/zkproof, circuits/snpreport) implements it, and the registries that accept proofs read it when a
/// verifier is set: a verifier from the deterministic development setup, whose toxic waste anyone can recompute
/// from the repository, is refused unless block.chainid is a devnet's (31337 or 1337).
interface IVerifierSetup {
    /// @notice Whether the verifying key comes from vmattest's INSECURE deterministic development setup, and the
    /// hash of the verifying key (zkproof.VerifyingKeyHash) that identifies the setup's output.
    function setupIdentity() external view returns (bool insecure, bytes32 verifyingKeyHash);
}
