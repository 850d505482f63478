// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @notice A statement by an enclave-held attestation key about the state of one VM.
/// @dev EIP-712 typed data; the field order is part of the protocol (see `AttestationLib.TYPE_STRING`).
struct Attestation {
    /// @dev The VM's UUID.
    bytes16 vmId;
    /// @dev keccak256 of the canonical subset manifest: which parts of the VM's state were hashed.
    bytes32 subsetId;
    /// @dev 1 = SHA-256, 2 = BLAKE3-256, 3 = Keccak-256; 0 is invalid.
    uint8 hashAlg;
    /// @dev Digest of the subset's state under `hashAlg`.
    bytes32 stateDigest;
    /// @dev Poseidon2 Merkle root over the same state for ZK proofs; zero when none.
    bytes32 zkCommitment;
    /// @dev Unix seconds at which the state was collected.
    uint64 timestamp;
    /// @dev Per-VM counter, from 1 to `AttestationLib.MAX_SEQUENCE`.
    uint64 sequence;
}

/// @notice An attestation with its signature in EIP-2098 compact form.
/// @dev The enclave signs the attestation's EIP-712 digest with a 65-byte r || s || v signature (v in {27, 28}, s in
/// the lower half of the curve order); on chain it is passed as the lossless compact pair (r, vs) with
/// vs = s | (v - 27) << 255. The struct is static (nine words), so an array of them is ABI-encoded inline.
struct SignedAttestation {
    Attestation attestation;
    /// @dev The signature's r.
    bytes32 r;
    /// @dev The signature's s in the low 255 bits, its y parity (v - 27) in the top bit.
    bytes32 vs;
}

/// @title AttestationLib
/// @notice EIP-712 struct hashing and protocol constants for `Attestation`.
library AttestationLib {
    /// @notice The EIP-712 type string of `Attestation`.
    string internal constant TYPE_STRING =
        "Attestation(bytes16 vmId,bytes32 subsetId,uint8 hashAlg,bytes32 stateDigest,bytes32 zkCommitment,uint64 timestamp,uint64 sequence)";

    /// @notice keccak256(TYPE_STRING), spelled out so that the compiler folds it into a constant.
    bytes32 internal constant ATTESTATION_TYPEHASH = keccak256(
        "Attestation(bytes16 vmId,bytes32 subsetId,uint8 hashAlg,bytes32 stateDigest,bytes32 zkCommitment,uint64 timestamp,uint64 sequence)"
    );

    /// @notice The largest accepted sequence number: records store it in 40 bits.
    uint64 internal constant MAX_SEQUENCE = type(uint40).max;

    /// @notice The largest timestamp a record can store (40 bits, about the year 36800).
    uint64 internal constant MAX_TIMESTAMP = type(uint40).max;

    /// @notice The EIP-712 hashStruct of `att`.
    /// @dev Every field of `Attestation` is a static type whose ABI encoding is its EIP-712 encoding, so the hash is
    /// keccak256(TYPEHASH || the struct's 7 calldata words). Non-canonical calldata (dirty high bits) hashes to a
    /// different value and so can only recover an unrelated signer; reading the fields in Solidity rejects it anyway.
    function structHash(Attestation calldata att) internal pure returns (bytes32 result) {
        bytes32 typeHash = ATTESTATION_TYPEHASH;
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, typeHash)
            calldatacopy(add(ptr, 0x20), att, 0xe0)
            result := keccak256(ptr, 0x100)
        }
    }

    /// @notice The EIP-712 hashStruct of `att`, for attestations held in memory.
    function structHashMemory(Attestation memory att) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                ATTESTATION_TYPEHASH,
                att.vmId,
                att.subsetId,
                att.hashAlg,
                att.stateDigest,
                att.zkCommitment,
                att.timestamp,
                att.sequence
            )
        );
    }
}
