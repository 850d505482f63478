// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Attestation, SignedAttestation} from "../libraries/AttestationLib.sol";
import {IEnclaveKeyRegistry, KeyStatus} from "./IEnclaveKeyRegistry.sol";
import {IVMIntegrity} from "./IVMIntegrity.sol";

/// @notice How attestations of an approved subset are accepted.
struct SubsetPolicy {
    /// @dev Bit i set: hashAlg i is allowed. Only the known algorithms' bits (1 to 3, KNOWN_ALGORITHMS) may be set,
    /// at least one of them.
    uint32 allowedAlgorithms;
    /// @dev Seconds an attestation's timestamp may lag block.timestamp at submission; nonzero.
    uint32 maxAge;
    /// @dev Seconds an attestation's timestamp may lead block.timestamp at submission (clock skew); at most
    /// MAX_FUTURE_SKEW.
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

/// @notice The state a quorum of keys vouches for: the fields every vote of a bundle shares.
struct QuorumState {
    bytes16 vmId;
    bytes32 subsetId;
    uint8 hashAlg;
    bytes32 stateDigest;
    bytes32 zkCommitment;
}

/// @notice One key's vote in a quorum bundle: its attestation of the QuorumState (with its own timestamp and
/// sequence) and its EIP-2098 compact signature, as for submit.
struct QuorumVote {
    uint64 timestamp;
    uint64 sequence;
    bytes32 r;
    bytes32 vs;
}

/// @notice A vote for another state of the same VM and subset in the same window: recorded as a disagreement.
struct Dissent {
    bytes32 stateDigest;
    bytes32 zkCommitment;
    uint64 timestamp;
    uint64 sequence;
    bytes32 r;
    bytes32 vs;
}

/// @title IAttestationVerifier
/// @notice Verifies and stores attestations signed by registered enclave keys (EIP-712, domain "vmattest" version
/// "1"), keeps the latest one per (VM, subset), and manages the approved subsets and their golden digests.
/// @dev Signatures are passed in EIP-2098 compact form: the enclave produces a 65-byte r || s || v signature of the
/// attestation's EIP-712 digest (v in {27, 28}), which is submitted, without loss, as r and vs = s | (v - 27) << 255.
/// Submission checks, in this order (the first failing one reverts with its error):
/// 1. 1 <= sequence <= MAX_SEQUENCE (SequenceOutOfRange), timestamp nonzero (ZeroTimestamp), stateDigest nonzero
///    (ZeroStateDigest);
/// 2. sequence > the stored record's sequence (SequenceNotIncreasing; skipped instead in submitBatch), and
///    timestamp >= the stored record's timestamp (TimestampBeforeLast), unless the stored record is superseded:
///    its signer has been revoked (a quorum record: the VM's revocationCount changed since it was made). A
///    superseded record counts as no record, so no key can lock a (VM, subset) out by signing the largest
///    sequence or a future timestamp: once it is revoked, the next valid attestation by another key is accepted;
/// 2b. sequence - the stored sequence (0 when there is no record or it is superseded) <= MAX_SEQUENCE_STEP
///    (SequenceStepTooLarge);
/// 3. the signature has s (vs without its top bit) at most half the secp256k1 order and recovers to a signer
///    (InvalidSignature);
/// 4. the signer is an Active (KeyNotActive), unexpired (KeyExpired) key of the registry for att.vmId (KeyNotForVM);
/// 5. the subset is approved (SubsetNotApproved), allows att.hashAlg (AlgorithmNotAllowed) and is not a quorum
///    subset (QuorumRequired);
/// 6. block.timestamp - maxAge <= timestamp <= block.timestamp + maxFutureSkew (TimestampTooOld, TimestampInFuture).
/// Attestations signed for another chain id or verifying contract recover to an unrelated address and fail with
/// KeyNotActive(thatAddress, KeyStatus.None).
///
/// Quorum subsets (setQuorum with quorum k >= 2) accept a state only from submitQuorum: at least k distinct active
/// keys of the VM signed attestations of the same state (hashAlg, stateDigest, zkCommitment) whose timestamps lie
/// within the subset's quorum window of each other. submit and submitBatch refuse them (QuorumRequired).
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
    /// submitted, or superseded), or that is out of order over a revoked key's record and whose own key is not
    /// usable. The item was not (fully) authenticated: this only reports that nothing changed.
    event AttestationSkipped(bytes16 indexed vmId, bytes32 indexed subsetId, uint64 sequence, uint64 lastSequence);

    /// @notice At least `quorum` keys (`signers`, ascending) vouched for the state of (`vmId`, `subsetId`), now its
    /// latest record with timestamp `timestamp` (the earliest vote's) and signer zero.
    event QuorumReached(
        bytes16 indexed vmId,
        bytes32 indexed subsetId,
        bytes32 indexed stateDigest,
        bytes32 zkCommitment,
        uint64 timestamp,
        uint64 sequence,
        address[] signers
    );

    /// @notice A quorum bundle whose earliest vote (`timestamp`) is not after the stored record's (`lastTimestamp`)
    /// was ignored: a duplicate or late submission of a state already recorded, or superseded.
    event QuorumSkipped(bytes16 indexed vmId, bytes32 indexed subsetId, uint64 timestamp, uint64 lastTimestamp);

    /// @notice Active key `signer` of the VM signed `stateDigest` for (`vmId`, `subsetId`) at `timestamp`, within the
    /// window of a quorum that agreed on `agreedDigest`: the nodes disagree about the VM's state.
    event QuorumDisagreement(
        bytes16 indexed vmId,
        bytes32 indexed subsetId,
        address indexed signer,
        bytes32 stateDigest,
        bytes32 agreedDigest,
        uint64 timestamp
    );

    /// @notice `subsetId` now needs `quorum` keys whose votes lie within `window` seconds (quorum 0: one key).
    event QuorumSet(bytes32 indexed subsetId, uint8 quorum, uint32 window);

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

    /// @notice Subset `subsetId` is no longer approved: its attestations are rejected. Its records, golden digests
    /// and quorum are cleared: the subset is now at epoch `epoch`, and a re-approval starts from nothing.
    event SubsetRemoved(bytes32 indexed subsetId, uint32 epoch);

    /// @notice `digest` is now a golden digest of `subsetId` under hash algorithm `hashAlg`.
    event GoldenDigestAdded(bytes32 indexed subsetId, bytes32 indexed digest, uint8 hashAlg, string label);

    /// @notice `digest` is no longer a golden digest of `subsetId` under hash algorithm `hashAlg`.
    event GoldenDigestRemoved(bytes32 indexed subsetId, bytes32 indexed digest, uint8 hashAlg);

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

    /// @notice `sequence` is more than MAX_SEQUENCE_STEP above `lastSequence`, the stored sequence of (`vmId`,
    /// `subsetId`) (0 when there is no record or it is superseded).
    error SequenceStepTooLarge(bytes16 vmId, bytes32 subsetId, uint64 sequence, uint64 lastSequence);

    /// @notice The attestation of (`vmId`, `subsetId`) has a zero state digest.
    error ZeroStateDigest(bytes16 vmId, bytes32 subsetId);

    /// @notice The attestation of (`vmId`, `subsetId`) has a zero timestamp.
    error ZeroTimestamp(bytes16 vmId, bytes32 subsetId);

    /// @notice submitBatch was called without items.
    error EmptyBatch();

    /// @notice `allowedAlgorithms` is zero or has a bit set outside KNOWN_ALGORITHMS (e.g. the invalid algorithm 0).
    error InvalidAlgorithmMask(uint32 allowedAlgorithms);

    /// @notice maxAge is zero.
    error InvalidMaxAge(uint32 maxAge);

    /// @notice `maxFutureSkew` is above `limit` (MAX_FUTURE_SKEW).
    error InvalidMaxFutureSkew(uint32 maxFutureSkew, uint32 limit);

    /// @notice `digest` is already a golden digest of `subsetId` under `hashAlg`.
    error GoldenDigestAlreadyAdded(bytes32 subsetId, uint8 hashAlg, bytes32 digest);

    /// @notice `digest` is not a golden digest of `subsetId` under `hashAlg`.
    error GoldenDigestNotFound(bytes32 subsetId, uint8 hashAlg, bytes32 digest);

    /// @notice `subsetId` needs a quorum of `quorum` keys: submit its states with submitQuorum.
    error QuorumRequired(bytes32 subsetId, uint8 quorum);

    /// @notice `subsetId` has no quorum (setQuorum): submit its attestations with submit or submitBatch.
    error QuorumNotConfigured(bytes32 subsetId);

    /// @notice The bundle has `votes` votes; `subsetId` needs `quorum`.
    error QuorumNotReached(bytes32 subsetId, uint256 votes, uint8 quorum);

    /// @notice Votes must be sorted by signer, ascending: `signer` follows `previous` (equal: a duplicate signer).
    error SignersNotAscending(address signer, address previous);

    /// @notice The votes' timestamps span `earliest` to `latest`, more than the quorum window `window`; or a dissent's
    /// timestamp `latest` lies outside the quorum's window [`earliest`, `earliest` + `window`].
    error OutsideQuorumWindow(uint64 earliest, uint64 latest, uint32 window);

    /// @notice A dissent by `signer` is for the agreed state: it is a vote.
    error DissentAgrees(address signer);

    /// @notice `signer` both votes for the bundle's state and dissents from it: a key signing two states in one
    /// window cannot count towards a quorum.
    error SignerEquivocates(address signer);

    /// @notice reportDisagreements: the record of (`vmId`, `subsetId`) is not a quorum state.
    error NoQuorumRecord(bytes16 vmId, bytes32 subsetId);

    /// @notice setQuorum: `quorum` is above MAX_QUORUM, or a quorum of 2 or more has a zero `window`.
    error InvalidQuorum(uint8 quorum, uint32 window);

    /// @notice The role that manages subsets and golden digests.
    function POLICY_ROLE() external view returns (bytes32);

    /// @notice The largest accepted sequence number, 2^40 - 1.
    function MAX_SEQUENCE() external view returns (uint64);

    /// @notice The largest step, 2^32, of an attestation's sequence over the stored one (over 0 for the first
    /// record): one signature cannot use up the sequence space.
    function MAX_SEQUENCE_STEP() external view returns (uint64);

    /// @notice The largest maxFutureSkew a subset policy may have: 300 seconds.
    function MAX_FUTURE_SKEW() external view returns (uint32);

    /// @notice The mask of the known hash algorithms (bits 1 to 3: SHA-256, BLAKE3-256, Keccak-256).
    function KNOWN_ALGORITHMS() external view returns (uint32);

    /// @notice The epoch of `subsetId`: 0 at first, bumped by each removeSubset. Records and golden digests belong to
    /// the epoch in which they were made; those of earlier epochs are gone.
    function subsetEpoch(bytes32 subsetId) external view returns (uint32);

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
    /// or superseded) is skipped with AttestationSkipped. When the stored record is superseded (its key revoked),
    /// such an item is checked instead and stored if valid; if its own key is not usable (e.g. the revoked key's
    /// own resubmission) it is skipped all the same. Any other failing item reverts the whole batch with that
    /// item's own error (as submit would). Reverts EmptyBatch when `items` is empty. Each item carries its
    /// signature in EIP-2098 compact form (see SignedAttestation).
    /// @return accepted The number of items stored.
    function submitBatch(SignedAttestation[] calldata items) external returns (uint256 accepted);

    /// @notice Records the state of (state.vmId, state.subsetId) vouched for by a quorum of its keys.
    /// @dev Checks, in order: the subset is approved (SubsetNotApproved), allows hashAlg (AlgorithmNotAllowed) and has
    /// a quorum k (QuorumNotConfigured); there are at least k votes (QuorumNotReached); the state digest is nonzero
    /// (ZeroStateDigest) and no vote's timestamp is zero (ZeroTimestamp); then, when the earliest vote's timestamp
    /// is not after the stored record's and that record is not superseded (see the submission checks), the bundle
    /// is a duplicate or late: QuorumSkipped is emitted and nothing else happens (no signature is checked).
    /// Otherwise the votes' timestamps lie within the
    /// quorum window (OutsideQuorumWindow) and within maxAge and maxFutureSkew of block.timestamp (TimestampTooOld,
    /// TimestampInFuture); each vote has a sequence in range (SequenceOutOfRange), a valid signature
    /// (InvalidSignature) of an active, unexpired key of the VM (KeyNotActive, KeyExpired, KeyNotForVM), and signers
    /// ascend (SignersNotAscending). Each dissent is checked alike, must be for another state (DissentAgrees) within
    /// the quorum's window [earliest, earliest + window] (OutsideQuorumWindow), by a key that does not vote
    /// (SignerEquivocates), and is emitted as QuorumDisagreement once: a dissent already recorded is ignored. The
    /// record stores the state with the earliest vote's timestamp, the previous sequence plus one (1 when the
    /// previous record is superseded), signer zero, and the registry's
    /// revocationCount of the VM (see IVMIntegrity.isFresh); QuorumReached lists the signers. Anyone may submit: the keys' signatures are the authority.
    /// @return recorded False when the bundle was skipped.
    function submitQuorum(QuorumState calldata state, QuorumVote[] calldata votes, Dissent[] calldata dissents)
        external
        returns (bool recorded);

    /// @notice Records dissenting votes against the quorum state now recorded for (`vmId`, `subsetId`): each
    /// dissent must be for another state, within the record's window [timestamp, timestamp + quorumWindow]
    /// (OutsideQuorumWindow: a vote for an earlier state, made before the quorum formed, is no disagreement), and
    /// signed by an active, unexpired key of the VM; each new one emits QuorumDisagreement, once: a dissent already
    /// recorded (by this function or submitQuorum) is ignored. For dissents a bundle did not carry, e.g. because
    /// another submitter sent the same votes without them first.
    /// @dev Reverts NoQuorumRecord when the record is not a quorum state (signer zero), QuorumNotConfigured, and the
    /// signature and key errors of submitQuorum.
    /// @return reported The number of dissents newly recorded.
    function reportDisagreements(bytes16 vmId, bytes32 subsetId, Dissent[] calldata dissents)
        external
        returns (uint256 reported);

    /// @notice Makes `subsetId` a quorum subset needing `quorum` distinct keys whose votes lie within `window`
    /// seconds of each other; quorum 0 (or 1) returns it to single-key submissions.
    /// @dev Only POLICY_ROLE. Reverts SubsetNotApproved or InvalidQuorum. Emits QuorumSet. Kept by approveSubset.
    function setQuorum(bytes32 subsetId, uint8 quorum, uint32 window) external;

    /// @notice The quorum of `subsetId` (0: single-key submissions) and its window in seconds.
    function quorumOf(bytes32 subsetId) external view returns (uint8 quorum, uint32 window);

    /// @notice The largest quorum a subset may require.
    function MAX_QUORUM() external view returns (uint8);

    /// @notice Approves subset `subsetId` with `policy`, or replaces the policy and metadata of an approved one.
    /// @dev Only POLICY_ROLE. Reverts InvalidAlgorithmMask, InvalidMaxAge or InvalidMaxFutureSkew. Emits
    /// SubsetApproved. An update keeps the quorum, records and golden digests; removeSubset clears them.
    function approveSubset(
        bytes32 subsetId,
        SubsetPolicy calldata policy,
        string calldata name,
        string calldata version,
        string calldata manifestURI
    ) external;

    /// @notice Withdraws the approval of `subsetId`, deletes its policy, quorum and metadata, and clears its records
    /// and golden digests by bumping its epoch (a re-approval starts from nothing: no old record is fresh again).
    /// @dev Only POLICY_ROLE. Reverts SubsetNotApproved. Emits SubsetRemoved with the new epoch.
    function removeSubset(bytes32 subsetId) external;

    /// @notice The policy and metadata of `subsetId` (all zero when not approved).
    function subsetInfo(bytes32 subsetId) external view returns (SubsetInfo memory);

    /// @notice Adds `digest` under hash algorithm `hashAlg` to the golden digests of the approved subset
    /// `subsetId`; `label` (e.g. an image release) is only emitted. A digest is golden for one algorithm only.
    /// @dev Only POLICY_ROLE. Reverts SubsetNotApproved, AlgorithmNotAllowed (the subset's policy does not allow
    /// `hashAlg`) or GoldenDigestAlreadyAdded. Emits GoldenDigestAdded.
    function addGoldenDigest(bytes32 subsetId, uint8 hashAlg, bytes32 digest, string calldata label) external;

    /// @notice Removes `digest` under `hashAlg` from the golden digests of `subsetId`.
    /// @dev Only POLICY_ROLE. Reverts GoldenDigestNotFound. Emits GoldenDigestRemoved.
    function removeGoldenDigest(bytes32 subsetId, uint8 hashAlg, bytes32 digest) external;

    /// @notice The EIP-712 digest an enclave signs for `att` on this chain and contract.
    function hashAttestation(Attestation calldata att) external view returns (bytes32);

    /// @notice The EIP-712 domain separator for this chain and contract.
    function domainSeparator() external view returns (bytes32);
}
