// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {
    AccessControlDefaultAdminRules
} from "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

import {
    Dissent,
    IAttestationVerifier,
    QuorumState,
    QuorumVote,
    SubsetInfo,
    SubsetPolicy
} from "./interfaces/IAttestationVerifier.sol";
import {IEnclaveKeyRegistry, KeyStatus} from "./interfaces/IEnclaveKeyRegistry.sol";
import {IVMIntegrity, Record} from "./interfaces/IVMIntegrity.sol";
import {Attestation, AttestationLib, SignedAttestation} from "./libraries/AttestationLib.sol";

/// @title AttestationVerifier
/// @notice Verifies enclave-signed attestations of VM state and answers integrity queries. See IAttestationVerifier.
/// @dev Storage is laid out for the submission hot path: one registry slot (keyState), one policy slot and two
/// record slots; the ZK commitment has a third record slot that is only touched when it is or was nonzero. The
/// policy slot also holds the subset's epoch, which namespaces its records and golden digests: removeSubset bumps
/// it, and what was stored under an earlier epoch can no longer be reached.
contract AttestationVerifier is IAttestationVerifier, EIP712, AccessControlDefaultAdminRules {
    /// @dev A subset's policy in one slot. quorum >= 2 makes it a quorum subset (submitQuorum only). epoch survives
    /// removeSubset (which bumps it); everything else is cleared.
    struct StoredPolicy {
        bool approved;
        uint32 allowedAlgorithms;
        uint32 maxAge;
        uint32 maxFutureSkew;
        uint8 quorum;
        uint32 quorumWindow;
        uint32 epoch;
    }

    /// @dev A subset's descriptive metadata, never read on chain.
    struct SubsetMetadata {
        string name;
        string version;
        string manifestURI;
    }

    /// @dev A record in two slots plus the commitment slot. `meta` packs, from the least significant bit:
    /// signer (160 bits) | timestamp (40) | sequence (40) | hashAlg (4: accepted algorithms are 1 to 3) |
    /// hasCommitment (1) | quorum (1) | lead (10). A quorum record has no signer: its low 160 bits hold the
    /// registry's revocationCount of its VM when it was made. lead is how far the timestamp was ahead of the block
    /// that recorded it (0 when not ahead; at most MAX_FUTURE_SKEW < 2^10): timestamp - lead is min(timestamp,
    /// recording block's timestamp), from which freshness is measured.
    struct StoredRecord {
        bytes32 stateDigest;
        uint256 meta;
        bytes32 zkCommitment;
    }

    // Layout of StoredRecord.meta.
    uint256 internal constant TIMESTAMP_SHIFT = 160;
    uint256 internal constant SEQUENCE_SHIFT = 200;
    uint256 internal constant HASH_ALG_SHIFT = 240;
    uint256 internal constant HAS_COMMITMENT_SHIFT = 244;
    /// @dev Bit 244 of meta: the record has a nonzero commitment in its third slot.
    uint256 internal constant HAS_COMMITMENT = 0x0010000000000000000000000000000000000000000000000000000000000000;
    /// @dev Bit 245 of meta: the record was made by submitQuorum.
    uint256 internal constant QUORUM_RECORD = 0x0020000000000000000000000000000000000000000000000000000000000000;
    uint256 internal constant LEAD_SHIFT = 246;
    uint256 internal constant MASK_40 = 0xffffffffff;
    uint256 internal constant MASK_32 = 0xffffffff;
    uint256 internal constant MASK_4 = 0xf;
    /// @dev The bit offset of StoredPolicy.epoch in the policy slot.
    uint256 internal constant EPOCH_SHIFT = 144;
    /// @dev Records of (vmId, subsetId) in the subset's epoch e start at slot keccak256(vmId, subsetId,
    /// RECORDS_NAMESPACE + e), with RECORDS_NAMESPACE = keccak256("vmattest.AttestationVerifier.records").
    uint256 internal constant RECORDS_NAMESPACE = 0x7d7827604b815011fd6ade4b06d59c48e3e075339f2d6b2dd8e6b93fabba74d5;

    // Literal copies of constants for the assembly hot path (inline assembly accepts only literal constants);
    // AttestationVerifierConstantsTest checks each against its source.
    /// @dev AttestationLib.ATTESTATION_TYPEHASH.
    uint256 internal constant ATTESTATION_TYPEHASH = 0x99419aafb2b0237bd9d48d46f999279d645035f4efbec96d8fc251ce6bfcb999;
    /// @dev secp256k1 order / 2: larger s values are the malleable twins of valid signatures.
    uint256 internal constant HALF_ORDER = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;
    /// @dev The ABI size of a SignedAttestation (7 attestation words, r, vs): the stride of submitBatch's items.
    uint256 internal constant ITEM_SIZE = 0x120;
    /// @dev IEnclaveKeyRegistry.keyState.selector.
    uint256 internal constant KEY_STATE_SELECTOR = 0x1425269a;
    /// @dev Topic 0 of AttestationSubmitted and AttestationSkipped.
    uint256 internal constant ATTESTATION_SUBMITTED_EVENT =
        0xc77551896bddeeeb79b09f65af28ca6fb6d5066501602d963020a9b3ab201ead;
    uint256 internal constant ATTESTATION_SKIPPED_EVENT =
        0x09377db044f14968f0c51549a54180dea73ead28f2ff1029718191cc298bbd26;
    /// @dev Selectors of the submission errors.
    uint256 internal constant INVALID_SIGNATURE_ERROR = 0x8baa579f;
    uint256 internal constant KEY_NOT_ACTIVE_ERROR = 0x4acf5ffc;
    uint256 internal constant KEY_EXPIRED_ERROR = 0x33e3c2d0;
    uint256 internal constant KEY_NOT_FOR_VM_ERROR = 0x82df1504;
    uint256 internal constant SUBSET_NOT_APPROVED_ERROR = 0xcf1a0845;
    uint256 internal constant ALGORITHM_NOT_ALLOWED_ERROR = 0x396e43e7;
    uint256 internal constant TIMESTAMP_TOO_OLD_ERROR = 0x10f80647;
    uint256 internal constant TIMESTAMP_IN_FUTURE_ERROR = 0x2b489ddf;
    uint256 internal constant SEQUENCE_NOT_INCREASING_ERROR = 0x8cb2edb8;
    uint256 internal constant TIMESTAMP_BEFORE_LAST_ERROR = 0x7f53e1c8;
    uint256 internal constant SEQUENCE_OUT_OF_RANGE_ERROR = 0xca6d03de;
    uint256 internal constant QUORUM_REQUIRED_ERROR = 0x230ff419;
    uint256 internal constant SEQUENCE_STEP_TOO_LARGE_ERROR = 0xd34e352c;
    uint256 internal constant ZERO_STATE_DIGEST_ERROR = 0x89c06449;
    uint256 internal constant ZERO_TIMESTAMP_ERROR = 0xdabe960f;
    /// @dev IEnclaveKeyRegistry.revocationCount.selector.
    uint256 internal constant REVOCATION_COUNT_SELECTOR = 0xd2076b27;
    /// @dev MAX_SEQUENCE_STEP, for the assembly.
    uint256 internal constant SEQUENCE_STEP = 0x100000000;

    /// @inheritdoc IAttestationVerifier
    bytes32 public constant POLICY_ROLE = keccak256("vmattest.POLICY_ROLE");

    /// @inheritdoc IAttestationVerifier
    uint64 public constant MAX_SEQUENCE = AttestationLib.MAX_SEQUENCE;

    /// @inheritdoc IAttestationVerifier
    uint64 public constant MAX_SEQUENCE_STEP = 2 ** 32;

    /// @inheritdoc IAttestationVerifier
    uint32 public constant MAX_FUTURE_SKEW = 5 minutes;

    /// @inheritdoc IAttestationVerifier
    uint32 public constant KNOWN_ALGORITHMS = (1 << 1) | (1 << 2) | (1 << 3);

    /// @inheritdoc IAttestationVerifier
    uint8 public constant MAX_QUORUM = 16;

    /// @inheritdoc IAttestationVerifier
    IEnclaveKeyRegistry public immutable registry;

    mapping(bytes32 subsetId => StoredPolicy) private _policies;
    mapping(bytes32 subsetId => SubsetMetadata) private _metadata;
    /// @dev Golden digests, keyed by keccak256(abi.encode(subsetId, epoch, hashAlg, digest)).
    mapping(bytes32 key => bool) private _golden;
    /// @dev Dissents already emitted as QuorumDisagreement, by keccak256(abi.encode(the EIP-712 digest of the
    /// dissenting vote, its signer)): keys that sign the same vote are distinct dissents.
    mapping(bytes32 dissentKey => bool) private _reportedDissents;

    // Records are not a Solidity mapping: see _record.

    /// @param registry_ The key registry; fixed for the lifetime of this contract.
    /// @param adminDelay Seconds a default admin transfer must wait after being started.
    /// @param admin The initial default admin; it grants POLICY_ROLE.
    constructor(IEnclaveKeyRegistry registry_, uint48 adminDelay, address admin)
        EIP712("vmattest", "1")
        AccessControlDefaultAdminRules(adminDelay, admin)
    {
        registry = registry_;
    }

    // ------------------------------------------------------------------------------------------------- submission

    /// @inheritdoc IAttestationVerifier
    function submit(Attestation calldata att, bytes32 r, bytes32 vs) external {
        // The arguments (att inline, then r and vs) are encoded exactly like one SignedAttestation, which
        // _submitItems reads from att on.
        r;
        vs;
        uint256 argsOffset;
        assembly ("memory-safe") {
            argsOffset := att
        }
        _submitItems(argsOffset, 1, false);
    }

    /// @inheritdoc IAttestationVerifier
    function submitBatch(SignedAttestation[] calldata items) external returns (uint256 accepted) {
        if (items.length == 0) revert EmptyBatch();
        uint256 itemsOffset;
        assembly ("memory-safe") {
            itemsOffset := items.offset
        }
        return _submitItems(itemsOffset, items.length, true);
    }

    // ------------------------------------------------------------------------------------------------- quorums

    /// @inheritdoc IAttestationVerifier
    function submitQuorum(QuorumState calldata state, QuorumVote[] calldata votes, Dissent[] calldata dissents)
        external
        returns (bool recorded)
    {
        StoredPolicy memory policy = _policies[state.subsetId];
        if (!policy.approved) revert SubsetNotApproved(state.subsetId);
        if ((policy.allowedAlgorithms >> state.hashAlg) & 1 == 0) {
            revert AlgorithmNotAllowed(state.subsetId, state.hashAlg);
        }
        if (policy.quorum < 2) revert QuorumNotConfigured(state.subsetId);
        if (votes.length < policy.quorum) revert QuorumNotReached(state.subsetId, votes.length, policy.quorum);
        if (state.stateDigest == 0) revert ZeroStateDigest(state.vmId, state.subsetId);

        (uint64 earliest, uint64 newest) = _span(votes);
        if (earliest == 0) revert ZeroTimestamp(state.vmId, state.subsetId);
        StoredRecord storage rec = _record(state.vmId, state.subsetId, policy.epoch);
        // The previous record's packed slot, 0 when it is superseded.
        uint256 meta = rec.meta;
        {
            (, uint64 lastTimestamp,,) = _unpack(meta);
            if (earliest <= lastTimestamp) {
                if (!_superseded(state.vmId, meta)) {
                    // A duplicate (another node submitted the same bundle first) or a late bundle: cheap and
                    // harmless.
                    emit QuorumSkipped(state.vmId, state.subsetId, earliest, lastTimestamp);
                    return false;
                }
                meta = 0;
            }
        }
        if (newest - earliest > policy.quorumWindow) revert OutsideQuorumWindow(earliest, newest, policy.quorumWindow);
        // forge-lint: disable-next-line(block-timestamp)
        if (uint256(earliest) + policy.maxAge < block.timestamp) {
            revert TimestampTooOld(earliest, block.timestamp - policy.maxAge);
        }
        // forge-lint: disable-next-line(block-timestamp)
        if (newest > block.timestamp + policy.maxFutureSkew) {
            revert TimestampInFuture(newest, block.timestamp + policy.maxFutureSkew);
        }

        QuorumState memory st = state;
        bytes memory buf = _voteBuffer(st);
        address[] memory signers = _checkVotes(st, buf, votes);
        _checkDissents(st, buf, dissents, earliest, policy.quorumWindow, signers);
        _storeQuorum(rec, state, earliest, meta, signers);
        return true;
    }

    /// @inheritdoc IAttestationVerifier
    function reportDisagreements(bytes16 vmId, bytes32 subsetId, Dissent[] calldata dissents)
        external
        returns (uint256 reported)
    {
        StoredPolicy memory policy = _policies[subsetId];
        if (policy.quorum < 2) revert QuorumNotConfigured(subsetId);
        StoredRecord storage rec = _record(vmId, subsetId, policy.epoch);
        (address signer, uint64 timestamp, uint64 sequence, uint8 hashAlg) = _unpack(rec.meta);
        if (sequence == 0 || signer != address(0)) revert NoQuorumRecord(vmId, subsetId);
        QuorumState memory state = QuorumState({
            vmId: vmId,
            subsetId: subsetId,
            hashAlg: hashAlg,
            stateDigest: rec.stateDigest,
            zkCommitment: rec.zkCommitment
        });
        // The record's timestamp is its earliest vote: its window is [timestamp, timestamp + quorumWindow].
        return _checkDissents(state, _voteBuffer(state), dissents, timestamp, policy.quorumWindow, new address[](0));
    }

    /// @dev Whether the record with packed slot `meta` of VM `vmId` no longer holds later attestations back: its
    /// signer has been revoked, or, for a quorum record, a key of the VM has been revoked since it was made.
    function _superseded(bytes16 vmId, uint256 meta) private view returns (bool) {
        if (meta & QUORUM_RECORD != 0) return registry.revocationCount(vmId) != meta & type(uint160).max;
        (KeyStatus status,,) = registry.keyState(address(uint160(meta)));
        return status == KeyStatus.Revoked;
    }

    /// @inheritdoc IAttestationVerifier
    function setQuorum(bytes32 subsetId, uint8 quorum, uint32 window) external onlyRole(POLICY_ROLE) {
        StoredPolicy storage policy = _policies[subsetId];
        if (!policy.approved) revert SubsetNotApproved(subsetId);
        if (quorum > MAX_QUORUM || (quorum >= 2 && window == 0)) revert InvalidQuorum(quorum, window);
        if (quorum < 2) (quorum, window) = (0, 0);
        policy.quorum = quorum;
        policy.quorumWindow = window;
        emit QuorumSet(subsetId, quorum, window);
    }

    /// @inheritdoc IAttestationVerifier
    function quorumOf(bytes32 subsetId) external view returns (uint8 quorum, uint32 window) {
        StoredPolicy storage policy = _policies[subsetId];
        return (policy.quorum, policy.quorumWindow);
    }

    /// @dev The earliest and the newest timestamp of the votes.
    function _span(QuorumVote[] calldata votes) private pure returns (uint64 earliest, uint64 newest) {
        earliest = type(uint64).max;
        for (uint256 i; i < votes.length; ++i) {
            uint64 t = votes[i].timestamp;
            if (t < earliest) earliest = t;
            if (t > newest) newest = t;
        }
    }

    /// @dev Makes the quorum's state the record `rec` of its VM and subset: the earliest vote's timestamp, the
    /// previous sequence (from `meta`, the previous record's packed slot, or 0 when it is superseded) plus one, the
    /// quorum flag, the lead of the timestamp over block.timestamp and the VM's revocation count in place of a
    /// signer; emits QuorumReached.
    function _storeQuorum(
        StoredRecord storage rec,
        QuorumState calldata state,
        uint64 earliest,
        uint256 meta,
        address[] memory signers
    ) private {
        // The 40-bit field fits: the cast drops nothing.
        // forge-lint: disable-next-line(unsafe-typecast)
        uint64 sequence = uint64((meta >> SEQUENCE_SHIFT) & MASK_40) + 1;
        if (sequence > MAX_SEQUENCE) revert SequenceOutOfRange(sequence);
        if (rec.stateDigest != state.stateDigest) rec.stateDigest = state.stateDigest;
        if (state.zkCommitment != 0 || rec.meta & HAS_COMMITMENT != 0) rec.zkCommitment = state.zkCommitment;
        // forge-lint: disable-next-line(block-timestamp)
        uint256 lead = earliest > block.timestamp ? earliest - block.timestamp : 0;
        // A count of 2^160 revocations is out of reach: the cast drops nothing.
        // forge-lint: disable-next-line(unsafe-typecast)
        uint160 revocations = uint160(registry.revocationCount(state.vmId));
        rec.meta = uint256(revocations) | (uint256(earliest) << TIMESTAMP_SHIFT) | (uint256(sequence) << SEQUENCE_SHIFT)
            | (uint256(state.hashAlg) << HASH_ALG_SHIFT) | (state.zkCommitment != 0 ? HAS_COMMITMENT : 0)
            | QUORUM_RECORD | (lead << LEAD_SHIFT);
        emit QuorumReached(
            state.vmId, state.subsetId, state.stateDigest, state.zkCommitment, earliest, sequence, signers
        );
    }

    /// @dev The signers of the votes, checked: ascending, each an active key of the VM.
    function _checkVotes(QuorumState memory state, bytes memory buf, QuorumVote[] calldata votes)
        private
        view
        returns (address[] memory signers)
    {
        signers = new address[](votes.length);
        address previous;
        for (uint256 i; i < votes.length; ++i) {
            QuorumVote calldata v = votes[i];
            address signer =
                _signer(_voteHash(buf, state.stateDigest, state.zkCommitment, v.timestamp, v.sequence), v.r, v.vs);
            if (signer <= previous) revert SignersNotAscending(signer, previous);
            _requireKeyOf(signer, state.vmId);
            signers[i] = signer;
            previous = signer;
        }
    }

    /// @dev Checks each dissent (another state, within the quorum's window [earliest, earliest + window], signed by
    /// an active key of the VM that is not one of `voters`) and emits QuorumDisagreement for each one not recorded
    /// before; returns how many were new.
    function _checkDissents(
        QuorumState memory state,
        bytes memory buf,
        Dissent[] calldata dissents,
        uint64 earliest,
        uint32 window,
        address[] memory voters
    ) private returns (uint256 reported) {
        for (uint256 i; i < dissents.length; ++i) {
            Dissent calldata d = dissents[i];
            bytes32 voteDigest = _voteHash(buf, d.stateDigest, d.zkCommitment, d.timestamp, d.sequence);
            address signer = _signer(voteDigest, d.r, d.vs);
            if (d.stateDigest == state.stateDigest && d.zkCommitment == state.zkCommitment) {
                revert DissentAgrees(signer);
            }
            if (d.timestamp < earliest || d.timestamp > uint256(earliest) + window) {
                revert OutsideQuorumWindow(earliest, d.timestamp, window);
            }
            for (uint256 j; j < voters.length; ++j) {
                if (voters[j] == signer) revert SignerEquivocates(signer);
            }
            _requireKeyOf(signer, state.vmId);
            if (_recordDissent(state, signer, d, voteDigest)) ++reported;
        }
    }

    /// @dev Emits QuorumDisagreement for dissent `d` by `signer` (EIP-712 digest `voteDigest`) against `state` unless
    /// the same vote by the same signer was recorded before; returns whether it is new.
    function _recordDissent(QuorumState memory state, address signer, Dissent calldata d, bytes32 voteDigest)
        private
        returns (bool)
    {
        bytes32 key = keccak256(abi.encode(voteDigest, signer));
        if (_reportedDissents[key]) return false;
        _reportedDissents[key] = true;
        emit QuorumDisagreement(state.vmId, state.subsetId, signer, d.stateDigest, state.stateDigest, d.timestamp);
        return true;
    }

    /// @dev The struct-hash preimage of an attestation of `state`'s VM, subset and algorithm, its last four fields
    /// (digest, commitment, timestamp, sequence) left zero for _voteHash to fill: encoded once per bundle.
    function _voteBuffer(QuorumState memory state) private pure returns (bytes memory) {
        return abi.encode(
            AttestationLib.ATTESTATION_TYPEHASH,
            state.vmId,
            state.subsetId,
            state.hashAlg,
            bytes32(0),
            bytes32(0),
            uint64(0),
            uint64(0)
        );
    }

    /// @dev The EIP-712 digest of the attestation in `buf` (from _voteBuffer) with the given digest, commitment,
    /// timestamp (`time`) and sequence (in range, else SequenceOutOfRange), which overwrite buf's last four words.
    function _voteHash(bytes memory buf, bytes32 stateDigest, bytes32 zkCommitment, uint64 time, uint64 sequence)
        private
        view
        returns (bytes32)
    {
        if (sequence == 0 || sequence > MAX_SEQUENCE) revert SequenceOutOfRange(sequence);
        bytes32 structHash;
        assembly ("memory-safe") {
            let p := add(buf, 0x20)
            mstore(add(p, 0x80), stateDigest)
            mstore(add(p, 0xa0), zkCommitment)
            mstore(add(p, 0xc0), time)
            mstore(add(p, 0xe0), sequence)
            structHash := keccak256(p, 0x100)
        }
        return _hashTypedDataV4(structHash);
    }

    /// @dev The signer of `hash` from an EIP-2098 compact signature; InvalidSignature when there is none.
    function _signer(bytes32 hash, bytes32 r, bytes32 vs) private pure returns (address signer) {
        ECDSA.RecoverError err;
        (signer, err,) = ECDSA.tryRecover(hash, r, vs);
        if (err != ECDSA.RecoverError.NoError) revert InvalidSignature();
    }

    /// @dev Reverts unless `signer` is an active, unexpired key of `vmId`.
    function _requireKeyOf(address signer, bytes16 vmId) private view {
        (KeyStatus status, uint64 expiresAt, bytes16 keyVmId) = registry.keyState(signer);
        if (status != KeyStatus.Active) revert KeyNotActive(signer, status);
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp >= expiresAt) revert KeyExpired(signer, expiresAt);
        if (keyVmId != vmId) revert KeyNotForVM(signer, keyVmId, vmId);
    }

    // ------------------------------------------------------------------------------------------------ subsets

    /// @inheritdoc IAttestationVerifier
    function approveSubset(
        bytes32 subsetId,
        SubsetPolicy calldata policy,
        string calldata name,
        string calldata version,
        string calldata manifestURI
    ) external onlyRole(POLICY_ROLE) {
        uint32 algorithms = policy.allowedAlgorithms;
        if (algorithms == 0 || algorithms & ~KNOWN_ALGORITHMS != 0) revert InvalidAlgorithmMask(algorithms);
        if (policy.maxAge == 0) revert InvalidMaxAge(policy.maxAge);
        if (policy.maxFutureSkew > MAX_FUTURE_SKEW) revert InvalidMaxFutureSkew(policy.maxFutureSkew, MAX_FUTURE_SKEW);

        StoredPolicy storage stored = _policies[subsetId];
        _policies[subsetId] = StoredPolicy({
            approved: true,
            allowedAlgorithms: algorithms,
            maxAge: policy.maxAge,
            maxFutureSkew: policy.maxFutureSkew,
            quorum: stored.quorum,
            quorumWindow: stored.quorumWindow,
            epoch: stored.epoch
        });
        _metadata[subsetId] = SubsetMetadata({name: name, version: version, manifestURI: manifestURI});
        emit SubsetApproved(subsetId, algorithms, policy.maxAge, policy.maxFutureSkew, name, version, manifestURI);
    }

    /// @inheritdoc IAttestationVerifier
    function removeSubset(bytes32 subsetId) external onlyRole(POLICY_ROLE) {
        StoredPolicy storage stored = _policies[subsetId];
        if (!stored.approved) revert SubsetNotApproved(subsetId);
        // A new epoch: the records and golden digests of the old one can no longer be reached. 2^32 removals of one
        // subset are out of reach.
        uint32 epoch = stored.epoch + 1;
        _policies[subsetId] = StoredPolicy({
            approved: false, allowedAlgorithms: 0, maxAge: 0, maxFutureSkew: 0, quorum: 0, quorumWindow: 0, epoch: epoch
        });
        delete _metadata[subsetId];
        emit SubsetRemoved(subsetId, epoch);
    }

    /// @inheritdoc IAttestationVerifier
    function subsetEpoch(bytes32 subsetId) external view returns (uint32) {
        return _policies[subsetId].epoch;
    }

    /// @inheritdoc IAttestationVerifier
    function addGoldenDigest(bytes32 subsetId, uint8 hashAlg, bytes32 digest, string calldata label)
        external
        onlyRole(POLICY_ROLE)
    {
        StoredPolicy storage policy = _policies[subsetId];
        if (!policy.approved) revert SubsetNotApproved(subsetId);
        if ((policy.allowedAlgorithms >> hashAlg) & 1 == 0) revert AlgorithmNotAllowed(subsetId, hashAlg);
        bytes32 key = _goldenKey(subsetId, policy.epoch, hashAlg, digest);
        if (_golden[key]) revert GoldenDigestAlreadyAdded(subsetId, hashAlg, digest);
        _golden[key] = true;
        emit GoldenDigestAdded(subsetId, digest, hashAlg, label);
    }

    /// @inheritdoc IAttestationVerifier
    function removeGoldenDigest(bytes32 subsetId, uint8 hashAlg, bytes32 digest) external onlyRole(POLICY_ROLE) {
        bytes32 key = _goldenKey(subsetId, _policies[subsetId].epoch, hashAlg, digest);
        if (!_golden[key]) revert GoldenDigestNotFound(subsetId, hashAlg, digest);
        delete _golden[key];
        emit GoldenDigestRemoved(subsetId, digest, hashAlg);
    }

    /// @dev The key of golden digest `digest` under `hashAlg` of `subsetId` in `epoch`.
    function _goldenKey(bytes32 subsetId, uint32 epoch, uint8 hashAlg, bytes32 digest) private pure returns (bytes32) {
        return keccak256(abi.encode(subsetId, epoch, hashAlg, digest));
    }

    /// @inheritdoc IAttestationVerifier
    function subsetInfo(bytes32 subsetId) external view returns (SubsetInfo memory) {
        StoredPolicy memory stored = _policies[subsetId];
        SubsetMetadata storage metadata = _metadata[subsetId];
        return SubsetInfo({
            approved: stored.approved,
            policy: SubsetPolicy({
                allowedAlgorithms: stored.allowedAlgorithms, maxAge: stored.maxAge, maxFutureSkew: stored.maxFutureSkew
            }),
            name: metadata.name,
            version: metadata.version,
            manifestURI: metadata.manifestURI
        });
    }

    // ------------------------------------------------------------------------------------------------- reads

    /// @inheritdoc IVMIntegrity
    function latest(bytes16 vmId, bytes32 subsetId) external view returns (Record memory record) {
        StoredRecord storage stored = _record(vmId, subsetId, _policies[subsetId].epoch);
        uint256 meta = stored.meta;
        record.stateDigest = stored.stateDigest;
        if (meta & HAS_COMMITMENT != 0) record.zkCommitment = stored.zkCommitment;
        (record.signer, record.timestamp, record.sequence, record.hashAlg) = _unpack(meta);
    }

    /// @inheritdoc IVMIntegrity
    function isFresh(bytes16 vmId, bytes32 subsetId, uint256 maxAge) external view returns (bool) {
        StoredPolicy storage policy = _policies[subsetId];
        return _isFresh(vmId, policy.approved, _record(vmId, subsetId, policy.epoch).meta, maxAge);
    }

    /// @inheritdoc IVMIntegrity
    function isIntact(bytes16 vmId, bytes32 subsetId, uint256 maxAge) external view returns (bool) {
        StoredPolicy storage policy = _policies[subsetId];
        uint32 epoch = policy.epoch;
        StoredRecord storage rec = _record(vmId, subsetId, epoch);
        uint256 meta = rec.meta;
        if (!_isFresh(vmId, policy.approved, meta, maxAge)) return false;
        (,,, uint8 hashAlg) = _unpack(meta);
        return _golden[_goldenKey(subsetId, epoch, hashAlg, rec.stateDigest)];
    }

    /// @dev isFresh of the record with packed slot `meta` of VM `vmId` in a subset that is `approved` or not.
    function _isFresh(bytes16 vmId, bool approved, uint256 meta, uint256 maxAge) private view returns (bool) {
        (, uint64 timestamp, uint64 sequence,) = _unpack(meta);
        if (sequence == 0 || !approved) return false;
        // min(timestamp, the recording block's timestamp): a timestamp ahead of its block does not extend freshness.
        uint256 since = timestamp - (meta >> LEAD_SHIFT);
        // Freshness is about time; validators' leeway of a few seconds is negligible next to any useful maxAge.
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp > since && block.timestamp - since > maxAge) return false;
        // A quorum record does not store its signers: any key of the VM revoked since it was made stales it.
        return !_superseded(vmId, meta);
    }

    /// @inheritdoc IVMIntegrity
    function isGoldenDigest(bytes32 subsetId, uint8 hashAlg, bytes32 digest) external view returns (bool) {
        return _golden[_goldenKey(subsetId, _policies[subsetId].epoch, hashAlg, digest)];
    }

    /// @inheritdoc IAttestationVerifier
    function hashAttestation(Attestation calldata att) external view returns (bytes32) {
        return _hashTypedDataV4(AttestationLib.structHash(att));
    }

    /// @inheritdoc IAttestationVerifier
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    /// @notice ERC-165: also IVMIntegrity and IAttestationVerifier.
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return interfaceId == type(IVMIntegrity).interfaceId || interfaceId == type(IAttestationVerifier).interfaceId
            || super.supportsInterface(interfaceId);
    }

    // ------------------------------------------------------------------------------------------------ internals

    /// @dev The record of (`vmId`, `subsetId`) in the subset's epoch `epoch`, at keccak256(vmId, subsetId,
    /// RECORDS_NAMESPACE + epoch): one hash on each submission instead of the two of a nested mapping. Its 96-byte
    /// preimage cannot collide with Solidity's 64-byte mapping preimages.
    function _record(bytes16 vmId, bytes32 subsetId, uint32 epoch) private pure returns (StoredRecord storage record) {
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, vmId)
            mstore(add(ptr, 0x20), subsetId)
            mstore(add(ptr, 0x40), add(RECORDS_NAMESPACE, epoch))
            record.slot := keccak256(ptr, 0x60)
        }
    }

    /// @dev The fields of a record's packed second slot (see StoredRecord).
    function _unpack(uint256 meta)
        private
        pure
        returns (address signer, uint64 timestamp, uint64 sequence, uint8 hashAlg)
    {
        // Each cast keeps exactly the field's bits: the 40-bit fields are masked first, and the casts to address and
        // uint8 drop the higher fields on purpose.
        // forge-lint: disable-start(unsafe-typecast)
        if (meta & QUORUM_RECORD == 0) signer = address(uint160(meta));
        timestamp = uint64((meta >> TIMESTAMP_SHIFT) & MASK_40);
        sequence = uint64((meta >> SEQUENCE_SHIFT) & MASK_40);
        hashAlg = uint8((meta >> HASH_ALG_SHIFT) & MASK_4);
        // forge-lint: disable-end(unsafe-typecast)
    }

    /// @dev Runs the checks documented in IAttestationVerifier on `count` ABI-encoded SignedAttestations and
    /// stores each as the latest record of its (VM, subset). SignedAttestation is a static struct, so the items
    /// lie inline from calldata offset `base`, item i at base + i * ITEM_SIZE (no offset table): for a batch,
    /// `base` is the array's data offset, and a stale item (sequence not above the record's) is reported with
    /// AttestationSkipped instead of reverting; otherwise `base` is the offset of submit's arguments, which are
    /// encoded like one item. Returns the number of items stored.
    ///
    /// This is the hot path, in assembly for gas: the batch target leaves about 1,500 gas per attestation beyond
    /// the unavoidable record writes, key read, signature recovery, event and calldata. Every field is read with one
    /// CALLDATALOAD, each record and key slot is read once, a batch reads each subset's policy once, and nothing is
    /// allocated: free memory serves as scratch space.
    /// - Fields are read as full words, without Solidity's validation of calldata struct members (see the note on
    ///   canonical encodings below). There are no offsets to follow: the ABI decoder has already checked that the
    ///   arguments, or the whole array of items, lie within calldata.
    /// - The signature is EIP-2098 compact (r, vs = yParity << 255 | s) and is checked like OpenZeppelin's
    ///   ECDSA.tryRecover(hash, r, vs) (s at most half the curve order, ecrecover with v = 27 + yParity finds a
    ///   signer), at a fraction of its gas; a fuzz test compares the two.
    /// - The registry is trusted, immutable code: only the size of its answer is checked.
    /// - No canonical-encoding check is needed: a field with bits set above its type makes the struct hash, hence
    ///   the signer, differ from anything an enclave signed, and each field is also compared as a full word
    ///   (sequence against the range, timestamp against the window, hashAlg as a shift of the algorithm mask, vmId
    ///   against the key's), so such an attestation always reverts.
    function _submitItems(uint256 base, uint256 count, bool batch) private returns (uint256 accepted) {
        bytes32 domain = _domainSeparatorV4();
        address registry_ = address(registry);
        assembly ("memory-safe") {
            function fail0(selector) {
                mstore(0x00, shl(224, selector))
                revert(0x00, 0x04)
            }
            function fail1(selector, a) {
                mstore(0x00, shl(224, selector))
                mstore(0x04, a)
                revert(0x00, 0x24)
            }
            function fail2(selector, a, b) {
                let p := mload(0x40)
                mstore(p, shl(224, selector))
                mstore(add(p, 0x04), a)
                mstore(add(p, 0x24), b)
                revert(p, 0x44)
            }
            function fail3(selector, a, b, c) {
                let p := mload(0x40)
                mstore(p, shl(224, selector))
                mstore(add(p, 0x04), a)
                mstore(add(p, 0x24), b)
                mstore(add(p, 0x44), c)
                revert(p, 0x64)
            }
            function fail4(selector, a, b, c, d) {
                let p := mload(0x40)
                mstore(p, shl(224, selector))
                mstore(add(p, 0x04), a)
                mstore(add(p, 0x24), b)
                mstore(add(p, 0x44), c)
                mstore(add(p, 0x64), d)
                revert(p, 0x84)
            }
            // Scratch memory from the free memory pointer: [ptr, ptr + 0x100) for hashing, ecrecover, the
            // registry call and the event data; ptr + 0x100 and ptr + 0x120 cache the last subset id and its
            // policy word (policy 0: nothing cached); ptr + 0x140 holds an item's override flag (see 2.).
            let ptr := mload(0x40)
            mstore(add(ptr, 0x120), 0)

            // a: the item's words vmId, subsetId, hashAlg, stateDigest, zkCommitment, timestamp, sequence (the
            // attestation), then r and vs (the signature).
            for {
                let a := base
                let end := add(base, mul(count, ITEM_SIZE))
            } lt(a, end) { a := add(a, ITEM_SIZE) } {
                // The policy _policies[subsetId], one slot packed by Solidity from the least significant bit:
                // approved (8 bits) | allowedAlgorithms (32) | maxAge (32) | maxFutureSkew (32) | quorum (8) |
                // quorumWindow (32) | epoch (32). Read first for the epoch; checked in 5. and 6.
                let policy := mload(add(ptr, 0x120))
                {
                    let subsetId := calldataload(add(a, 0x20))
                    if or(iszero(policy), iszero(eq(subsetId, mload(add(ptr, 0x100))))) {
                        mstore(0x00, subsetId)
                        mstore(0x20, _policies.slot)
                        policy := sload(keccak256(0x00, 0x40))
                        mstore(add(ptr, 0x100), subsetId)
                        mstore(add(ptr, 0x120), policy)
                    }
                }
                // the record of (vmId, subsetId) in the subset's epoch, see _record: stateDigest, meta, zkCommitment
                mstore(ptr, calldataload(a))
                mstore(add(ptr, 0x20), calldataload(add(a, 0x20)))
                mstore(add(ptr, 0x40), add(RECORDS_NAMESPACE, and(shr(EPOCH_SHIFT, policy), MASK_32)))
                let slot := keccak256(ptr, 0x60)
                let meta := sload(add(slot, 1))
                // ptr + 0x140: in a batch, the stored sequence plus one when the item is out of order over a
                // superseded record (see 2. and 4.); else 0. In memory: the stack is full.
                mstore(add(ptr, 0x140), 0)
                {
                    let sequence := calldataload(add(a, 0xc0))
                    // 1. 1 <= sequence <= MAX_SEQUENCE (= MASK_40): records store it in 40 bits. The timestamp,
                    // also stored in 40 bits, needs no upper check: an accepted timestamp is at most
                    // block.timestamp + MAX_FUTURE_SKEW, below 2^40 until about the year 36800. Nonzero timestamp
                    // and state digest.
                    if iszero(lt(sub(sequence, 1), MASK_40)) { fail1(SEQUENCE_OUT_OF_RANGE_ERROR, sequence) }
                    if iszero(calldataload(add(a, 0xa0))) {
                        fail2(ZERO_TIMESTAMP_ERROR, calldataload(a), calldataload(add(a, 0x20)))
                    }
                    if iszero(calldataload(add(a, 0x60))) {
                        fail2(ZERO_STATE_DIGEST_ERROR, calldataload(a), calldataload(add(a, 0x20)))
                    }

                    // 2. Ordering against the stored record, unless it is superseded (see _superseded): its signer
                    // revoked, or for a quorum record, the VM's revocation count changed. Only this slow path asks
                    // the registry about the stored record.
                    let last := and(shr(SEQUENCE_SHIFT, meta), MASK_40)
                    let lastTime := and(shr(TIMESTAMP_SHIFT, meta), MASK_40)
                    if or(iszero(gt(sequence, last)), lt(calldataload(add(a, 0xa0)), lastTime)) {
                        let superseded := 0
                        switch and(meta, QUORUM_RECORD)
                        case 0 {
                            mstore(0x00, shl(224, KEY_STATE_SELECTOR))
                            mstore(0x04, and(meta, 0xffffffffffffffffffffffffffffffffffffffff))
                            if iszero(
                                and(gt(returndatasize(), 0x5f), staticcall(gas(), registry_, 0x00, 0x24, ptr, 0x60))
                            ) {
                                returndatacopy(ptr, 0, returndatasize())
                                revert(ptr, returndatasize())
                            }
                            superseded := eq(mload(ptr), 2)
                        }
                        default {
                            mstore(0x00, shl(224, REVOCATION_COUNT_SELECTOR))
                            mstore(0x04, calldataload(a))
                            if iszero(
                                and(gt(returndatasize(), 0x1f), staticcall(gas(), registry_, 0x00, 0x24, ptr, 0x20))
                            ) {
                                returndatacopy(ptr, 0, returndatasize())
                                revert(ptr, returndatasize())
                            }
                            superseded := iszero(eq(mload(ptr), and(meta, 0xffffffffffffffffffffffffffffffffffffffff)))
                        }
                        switch superseded
                        case 0 {
                            if iszero(gt(sequence, last)) {
                                if iszero(batch) {
                                    fail4(
                                        SEQUENCE_NOT_INCREASING_ERROR,
                                        calldataload(a),
                                        calldataload(add(a, 0x20)),
                                        sequence,
                                        last
                                    )
                                }
                                mstore(0x00, sequence)
                                mstore(0x20, last)
                                log3(0x00, 0x40, ATTESTATION_SKIPPED_EVENT, calldataload(a), calldataload(add(a, 0x20)))
                                continue
                            }
                            fail4(
                                TIMESTAMP_BEFORE_LAST_ERROR,
                                calldataload(a),
                                calldataload(add(a, 0x20)),
                                calldataload(add(a, 0xa0)),
                                lastTime
                            )
                        }
                        default {
                            mstore(add(ptr, 0x140), mul(batch, add(last, 1)))
                            last := 0
                        }
                    }
                    // 2b. A bounded step over the stored sequence (over 0 for a first or superseded record).
                    if gt(sub(sequence, last), SEQUENCE_STEP) {
                        fail4(
                            SEQUENCE_STEP_TOO_LARGE_ERROR,
                            calldataload(a),
                            calldataload(add(a, 0x20)),
                            sequence,
                            last
                        )
                    }
                }

                // 3. The signer of keccak256("\x19\x01" || domain || keccak256(ATTESTATION_TYPEHASH || attestation)).
                mstore(ptr, ATTESTATION_TYPEHASH)
                calldatacopy(add(ptr, 0x20), a, 0xe0)
                mstore(add(ptr, 0x22), keccak256(ptr, 0x100))
                mstore(ptr, hex"1901")
                mstore(add(ptr, 0x02), domain)
                mstore(ptr, keccak256(ptr, 0x42))
                mstore(0x00, 0)
                {
                    // EIP-2098: s is the low 255 bits of vs, yParity (v - 27) its top bit.
                    let vs := calldataload(add(a, 0x100))
                    let s := shr(1, shl(1, vs))
                    if iszero(gt(s, HALF_ORDER)) {
                        mstore(add(ptr, 0x20), add(27, shr(255, vs))) // v
                        mstore(add(ptr, 0x40), calldataload(add(a, 0xe0))) // r
                        mstore(add(ptr, 0x60), s)
                        pop(staticcall(gas(), 0x01, ptr, 0x80, 0x00, 0x20))
                    }
                }
                let signer := mload(0x00)
                if iszero(signer) { fail0(INVALID_SIGNATURE_ERROR) }

                // 4. An active (1), unexpired key of the VM: keyState(signer) returns (status, expiresAt, vmId).
                // One branch on the happy path; the slow path finds the failed check.
                mstore(0x00, shl(224, KEY_STATE_SELECTOR))
                mstore(0x04, signer)
                if iszero(and(gt(returndatasize(), 0x5f), staticcall(gas(), registry_, 0x00, 0x24, ptr, 0x60))) {
                    returndatacopy(ptr, 0, returndatasize())
                    revert(ptr, returndatasize())
                }
                if iszero(
                    and(
                        and(eq(mload(ptr), 1), lt(timestamp(), mload(add(ptr, 0x20)))),
                        eq(mload(add(ptr, 0x40)), calldataload(a))
                    )
                ) {
                    // A batch item that is out of order over a superseded record and whose own key is not usable
                    // (e.g. a resubmission by the revoked key itself) is skipped like any stale item: the
                    // superseded record lets other keys in, it does not make old items fail.
                    if mload(add(ptr, 0x140)) {
                        mstore(0x00, calldataload(add(a, 0xc0)))
                        mstore(0x20, sub(mload(add(ptr, 0x140)), 1))
                        log3(0x00, 0x40, ATTESTATION_SKIPPED_EVENT, calldataload(a), calldataload(add(a, 0x20)))
                        continue
                    }
                    if iszero(eq(mload(ptr), 1)) { fail2(KEY_NOT_ACTIVE_ERROR, signer, mload(ptr)) }
                    if iszero(lt(timestamp(), mload(add(ptr, 0x20)))) {
                        fail2(KEY_EXPIRED_ERROR, signer, mload(add(ptr, 0x20)))
                    }
                    fail3(KEY_NOT_FOR_VM_ERROR, signer, mload(add(ptr, 0x40)), calldataload(a))
                }

                // 5. and 6. The policy read above. A quorum subset (quorum >= 2) takes submitQuorum only.
                {
                    let subsetId := calldataload(add(a, 0x20))
                    let hashAlg := calldataload(add(a, 0x40))
                    let time := calldataload(add(a, 0xa0))
                    // approved, algorithm allowed, time + maxAge >= now and time <= now + maxFutureSkew
                    if iszero(
                        and(
                            and(
                                and(and(policy, 0xff), shr(hashAlg, and(shr(8, policy), MASK_32))),
                                lt(and(shr(104, policy), 0xff), 2)
                            ),
                            and(
                                iszero(lt(add(time, and(shr(40, policy), MASK_32)), timestamp())),
                                iszero(gt(time, add(timestamp(), and(shr(72, policy), MASK_32))))
                            )
                        )
                    ) {
                        if iszero(and(policy, 0xff)) { fail1(SUBSET_NOT_APPROVED_ERROR, subsetId) }
                        if iszero(and(shr(hashAlg, and(shr(8, policy), MASK_32)), 1)) {
                            fail2(ALGORITHM_NOT_ALLOWED_ERROR, subsetId, hashAlg)
                        }
                        if gt(and(shr(104, policy), 0xff), 1) {
                            fail2(QUORUM_REQUIRED_ERROR, subsetId, and(shr(104, policy), 0xff))
                        }
                        let maxAge := and(shr(40, policy), MASK_32)
                        if lt(add(time, maxAge), timestamp()) {
                            fail2(TIMESTAMP_TOO_OLD_ERROR, time, sub(timestamp(), maxAge))
                        }
                        fail2(TIMESTAMP_IN_FUTURE_ERROR, time, add(timestamp(), and(shr(72, policy), MASK_32)))
                    }
                }

                // Store. The digest slot is skipped when unchanged, the commitment slot when the commitment is and
                // was zero.
                {
                    let stateDigest := calldataload(add(a, 0x60))
                    if iszero(eq(sload(slot), stateDigest)) { sstore(slot, stateDigest) }
                }
                {
                    let zkCommitment := calldataload(add(a, 0x80))
                    let time := calldataload(add(a, 0xa0))
                    // write a new commitment, or clear an old one
                    if or(zkCommitment, and(meta, HAS_COMMITMENT)) { sstore(add(slot, 2), zkCommitment) }
                    // lead: how far the timestamp is ahead of this block (at most MAX_FUTURE_SKEW), else 0
                    let lead := mul(gt(time, timestamp()), sub(time, timestamp()))
                    sstore(
                        add(slot, 1),
                        or(
                            or(
                                or(signer, shl(TIMESTAMP_SHIFT, time)),
                                or(
                                    shl(SEQUENCE_SHIFT, calldataload(add(a, 0xc0))),
                                    shl(HASH_ALG_SHIFT, calldataload(add(a, 0x40)))
                                )
                            ),
                            or(shl(HAS_COMMITMENT_SHIFT, iszero(iszero(zkCommitment))), shl(LEAD_SHIFT, lead))
                        )
                    )
                }

                // AttestationSubmitted(vmId, subsetId, signer, hashAlg, stateDigest, zkCommitment, timestamp,
                // sequence): the data is the attestation's last five words.
                calldatacopy(ptr, add(a, 0x40), 0xa0)
                log4(ptr, 0xa0, ATTESTATION_SUBMITTED_EVENT, calldataload(a), calldataload(add(a, 0x20)), signer)
                accepted := add(accepted, 1)
            }
        }
    }
}
