// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Attestation, SignedAttestation} from "../libraries/AttestationLib.sol";
import {IEnclaveKeyRegistry, KeyStatus} from "./IEnclaveKeyRegistry.sol";
import {IVMIntegrity} from "./IVMIntegrity.sol";

/// @notice How attestations of an approved subset are accepted.
struct SubsetPolicy {
    /// @dev Bit i set: hashAlg i is allowed. Bit 0 (the invalid algorithm) must be clear, some other bit set.
    uint32 allowedAlgorithms;
    /// @dev Seconds an attestation's timestamp may lag block.timestamp at submission; nonzero.
    uint32 maxAge;
    /// @dev Seconds an attestation's timestamp may lead block.timestamp at submission (clock skew).
    uint32 maxFutureSkew;
}

/// @notice An approved subset: its policy and descriptive metadata.
struct SubsetInfo {
    bool approved;
    SubsetPolicy policy;
    /// @dev Human-readable name, e.g. "kernel+initrd".
    string name;
    /// @dev Version of the subset definition.
    string version;
    /// @dev Where the canonical manifest (whose keccak256 is the subset id) can be fetched.
    string manifestURI;
}

/// @title IAttestationVerifier
/// @notice Verifies and stores attestations signed by registered enclave keys (EIP-712, domain "vmattest" version
/// "1"), keeps the latest one per (VM, subset), and manages the approved subsets and their golden digests.
/// @dev Signatures are passed in EIP-2098 compact form: the enclave produces a 65-byte r || s || v signature of the
/// attestation's EIP-712 digest (v in {27, 28}), which is submitted, without loss, as r and vs = s | (v - 27) << 255.
/// Submission checks, in this order (the first failing one reverts with its error):
/// 1. 1 <= sequence <= MAX_SEQUENCE (SequenceOutOfRange);
/// 2. sequence > the stored record's sequence (SequenceNotIncreasing; skipped instead in submitBatch), and
///    timestamp >= the stored record's timestamp (TimestampBeforeLast);
/// 3. the signature has s (vs without its top bit) at most half the secp256k1 order and recovers to a signer
///    (InvalidSignature);
/// 4. the signer is an Active (KeyNotActive), unexpired (KeyExpired) key of the registry for att.vmId (KeyNotForVM);
/// 5. the subset is approved (SubsetNotApproved) and allows att.hashAlg (AlgorithmNotAllowed);
/// 6. block.timestamp - maxAge <= timestamp <= block.timestamp + maxFutureSkew (TimestampTooOld, TimestampInFuture).
/// Attestations signed for another chain id or verifying contract recover to an unrelated address and fail with
/// KeyNotActive(thatAddress, KeyStatus.None).
interface IAttestationVerifier is IVMIntegrity {
    /// @notice An attestation was accepted and is now the latest record for (`vmId`, `subsetId`).
    event AttestationSubmitted(
        bytes16 indexed vmId,
        bytes32 indexed subsetId,
        address indexed signer,
        uint8 hashAlg,
        bytes32 stateDigest,
        bytes32 zkCommitment,
        uint64 timestamp,
        uint64 sequence
    );

    /// @notice submitBatch skipped an item whose `sequence` is not above the stored `lastSequence` (already
    /// submitted, or superseded). The item was not authenticated: this only reports that nothing changed.
    event AttestationSkipped(bytes16 indexed vmId, bytes32 indexed subsetId, uint64 sequence, uint64 lastSequence);

    /// @notice Subset `subsetId` was approved or its policy or metadata updated.
    event SubsetApproved(
        bytes32 indexed subsetId,
        uint32 allowedAlgorithms,
        uint32 maxAge,
        uint32 maxFutureSkew,
        string name,
        string version,
        string manifestURI
    );

    /// @notice Subset `subsetId` is no longer approved: its attestations are rejected and its records not fresh.
    event SubsetRemoved(bytes32 indexed subsetId);

    /// @notice `digest` is now a golden digest of `subsetId`.
    event GoldenDigestAdded(bytes32 indexed subsetId, bytes32 indexed digest, string label);

    /// @notice `digest` is no longer a golden digest of `subsetId`.
    event GoldenDigestRemoved(bytes32 indexed subsetId, bytes32 indexed digest);

    /// @notice The signature's s (the low 255 bits of vs) is above half the curve order (the malleable twin of a
    /// valid signature), or ecrecover finds no signer (e.g. r is zero or not the x coordinate of a curve point).
    error InvalidSignature();

    /// @notice `signer` is not an active key (status None when it was never registered).
    error KeyNotActive(address signer, KeyStatus status);

    /// @notice `signer` expired at `expiresAt` (block.timestamp >= expiresAt).
    error KeyExpired(address signer, uint64 expiresAt);

    /// @notice `signer` is registered for VM `keyVmId`, not for the attested `vmId`.
    error KeyNotForVM(address signer, bytes16 keyVmId, bytes16 vmId);

    /// @notice `subsetId` is not an approved subset.
    error SubsetNotApproved(bytes32 subsetId);

    /// @notice The policy of `subsetId` does not allow `hashAlg`.
    error AlgorithmNotAllowed(bytes32 subsetId, uint8 hashAlg);

    /// @notice `timestamp` is before `oldestAllowed` = block.timestamp - maxAge.
    error TimestampTooOld(uint64 timestamp, uint256 oldestAllowed);

    /// @notice `timestamp` is after `latestAllowed` = block.timestamp + maxFutureSkew.
    error TimestampInFuture(uint64 timestamp, uint256 latestAllowed);

    /// @notice `sequence` is not above the stored `lastSequence` of (`vmId`, `subsetId`).
    error SequenceNotIncreasing(bytes16 vmId, bytes32 subsetId, uint64 sequence, uint64 lastSequence);

    /// @notice `timestamp` is before the stored `lastTimestamp` of (`vmId`, `subsetId`).
    error TimestampBeforeLast(bytes16 vmId, bytes32 subsetId, uint64 timestamp, uint64 lastTimestamp);

    /// @notice `sequence` is 0 or above MAX_SEQUENCE.
    error SequenceOutOfRange(uint64 sequence);

    /// @notice submitBatch was called without items.
    error EmptyBatch();

    /// @notice `allowedAlgorithms` is zero or allows the invalid algorithm 0.
    error InvalidAlgorithmMask(uint32 allowedAlgorithms);

    /// @notice maxAge is zero.
    error InvalidMaxAge(uint32 maxAge);

    /// @notice `digest` is already a golden digest of `subsetId`.
    error GoldenDigestAlreadyAdded(bytes32 subsetId, bytes32 digest);

    /// @notice `digest` is not a golden digest of `subsetId`.
    error GoldenDigestNotFound(bytes32 subsetId, bytes32 digest);

    /// @notice The role that manages subsets and golden digests.
    function POLICY_ROLE() external view returns (bytes32);

    /// @notice The largest accepted sequence number, 2^40 - 1.
    function MAX_SEQUENCE() external view returns (uint64);

    /// @notice The registry of attestation keys.
    function registry() external view returns (IEnclaveKeyRegistry);

    /// @notice Verifies `att` and its signature (see the checks above) and makes it the latest record of
    /// (att.vmId, att.subsetId). Anyone may submit: the enclave's signature is the authority.
    /// @dev Emits AttestationSubmitted. The arguments are ABI-encoded exactly like one SignedAttestation.
    /// @param att The attestation.
    /// @param r The signature's r.
    /// @param vs The EIP-2098 compact rest of the 65-byte signature r || s || v the enclave produced:
    /// s | (v - 27) << 255.
    function submit(Attestation calldata att, bytes32 r, bytes32 vs) external;

    /// @notice Submits several attestations in one transaction, in order.
    /// @dev An item whose sequence is not above the stored one (already on chain, e.g. resubmitted after a crash,
    /// or superseded) is skipped with AttestationSkipped. Any other failing item reverts the whole batch with that
    /// item's own error (as submit would). Reverts EmptyBatch when `items` is empty. Each item carries its
    /// signature in EIP-2098 compact form (see SignedAttestation).
    /// @return accepted The number of items stored.
    function submitBatch(SignedAttestation[] calldata items) external returns (uint256 accepted);

    /// @notice Approves subset `subsetId` with `policy`, or replaces the policy and metadata of an approved one.
    /// @dev Only POLICY_ROLE. Reverts InvalidAlgorithmMask or InvalidMaxAge. Emits SubsetApproved. Golden digests
    /// are kept, also across removal and re-approval (the subset id pins the manifest, so they still apply).
    function approveSubset(
        bytes32 subsetId,
        SubsetPolicy calldata policy,
        string calldata name,
        string calldata version,
        string calldata manifestURI
    ) external;

    /// @notice Withdraws the approval of `subsetId` and deletes its policy and metadata.
    /// @dev Only POLICY_ROLE. Reverts SubsetNotApproved. Emits SubsetRemoved. Records are kept but are not fresh.
    function removeSubset(bytes32 subsetId) external;

    /// @notice The policy and metadata of `subsetId` (all zero when not approved).
    function subsetInfo(bytes32 subsetId) external view returns (SubsetInfo memory);

    /// @notice Adds `digest` to the golden digests of the approved subset `subsetId`; `label` (e.g. an image
    /// release) is only emitted.
    /// @dev Only POLICY_ROLE. Reverts SubsetNotApproved or GoldenDigestAlreadyAdded. Emits GoldenDigestAdded.
    function addGoldenDigest(bytes32 subsetId, bytes32 digest, string calldata label) external;

    /// @notice Removes `digest` from the golden digests of `subsetId`.
    /// @dev Only POLICY_ROLE. Reverts GoldenDigestNotFound. Emits GoldenDigestRemoved.
    function removeGoldenDigest(bytes32 subsetId, bytes32 digest) external;

    /// @notice The EIP-712 digest an enclave signs for `att` on this chain and contract.
    function hashAttestation(Attestation calldata att) external view returns (bytes32);

    /// @notice The EIP-712 domain separator for this chain and contract.
    function domainSeparator() external view returns (bytes32);
}
