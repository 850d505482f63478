// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @notice The latest accepted attestation for one (VM, subset) pair.
struct Record {
    /// @dev Digest of the subset's state.
    bytes32 stateDigest;
    /// @dev Poseidon2 Merkle root for ZK proofs; zero when none.
    bytes32 zkCommitment;
    /// @dev The attestation key that signed it.
    address signer;
    /// @dev Unix seconds at which the state was collected.
    uint64 timestamp;
    /// @dev The VM's sequence number; zero means there is no record.
    uint64 sequence;
    /// @dev 1 = SHA-256, 2 = BLAKE3-256, 3 = Keccak-256.
    uint8 hashAlg;
}

/// @title IVMIntegrity
/// @notice What a DeFi contract needs to trust the integrity of a VM: the latest attested state digest of a subset
/// of the VM's state, whether it is recent, and whether it matches a known-good ("golden") digest.
/// @dev A subset is identified by the keccak256 of its canonical manifest; see IAttestationVerifier.subsetInfo for
/// what each approved subset covers.
interface IVMIntegrity {
    /// @notice The latest accepted attestation for (`vmId`, `subsetId`); all fields zero when there is none.
    function latest(bytes16 vmId, bytes32 subsetId) external view returns (Record memory);

    /// @notice True when there is a record for (`vmId`, `subsetId`), the subset is still approved, the key that
    /// signed it has not been revoked, and block.timestamp <= min(record.timestamp, the block timestamp at which it
    /// was recorded) + `maxAge`: a future-dated attestation is not fresh for longer than one dated when recorded.
    /// @dev The key's expiry is not considered: an attestation made while the key was valid stays valid. Revocation
    /// is, because it signals that the key (or the enclave) may be compromised. A record made by a quorum of keys
    /// (record.signer zero) is no longer fresh once any key of its VM has been revoked after it was made, whether
    /// or not that key voted for it; the next quorum record is fresh again.
    /// @param maxAge The largest acceptable age in seconds of the attested state.
    function isFresh(bytes16 vmId, bytes32 subsetId, uint256 maxAge) external view returns (bool);

    /// @notice isFresh(`vmId`, `subsetId`, `maxAge`) and the recorded state digest is a golden digest of the subset
    /// under the record's hash algorithm.
    function isIntact(bytes16 vmId, bytes32 subsetId, uint256 maxAge) external view returns (bool);

    /// @notice Whether `digest` is a known-good state digest of subset `subsetId` under hash algorithm `hashAlg`.
    function isGoldenDigest(bytes32 subsetId, uint8 hashAlg, bytes32 digest) external view returns (bool);
}
