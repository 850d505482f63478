// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {
    AccessControlDefaultAdminRules
} from "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

import {IAttestationVerifier, SubsetInfo, SubsetPolicy} from "./interfaces/IAttestationVerifier.sol";
import {IEnclaveKeyRegistry, KeyStatus} from "./interfaces/IEnclaveKeyRegistry.sol";
import {IVMIntegrity, Record} from "./interfaces/IVMIntegrity.sol";
import {Attestation, AttestationLib, SignedAttestation} from "./libraries/AttestationLib.sol";

/// @title AttestationVerifier
/// @notice Verifies enclave-signed attestations of VM state and answers integrity queries. See IAttestationVerifier.
/// @dev Storage is laid out for the submission hot path: one registry slot (keyState), one policy slot and two
/// record slots; the ZK commitment has a third record slot that is only touched when it is or was nonzero.
contract AttestationVerifier is IAttestationVerifier, EIP712, AccessControlDefaultAdminRules {
    /// @dev A subset's policy in one slot.
    struct StoredPolicy {
        bool approved;
        uint32 allowedAlgorithms;
        uint32 maxAge;
        uint32 maxFutureSkew;
    }

    /// @dev A subset's descriptive metadata, never read on chain.
    struct SubsetMetadata {
        string name;
        string version;
        string manifestURI;
    }

    /// @dev A record in two slots plus the commitment slot. `meta` packs, from the least significant bit:
    /// signer (160 bits) | timestamp (40) | sequence (40) | hashAlg (8) | hasCommitment (8).
    struct StoredRecord {
        bytes32 stateDigest;
        uint256 meta;
        bytes32 zkCommitment;
    }

    // Layout of StoredRecord.meta.
    uint256 internal constant TIMESTAMP_SHIFT = 160;
    uint256 internal constant SEQUENCE_SHIFT = 200;
    uint256 internal constant HASH_ALG_SHIFT = 240;
    uint256 internal constant HAS_COMMITMENT_SHIFT = 248;
    /// @dev Bit 248 of meta: the record has a nonzero commitment in its third slot.
    uint256 internal constant HAS_COMMITMENT = 0x0100000000000000000000000000000000000000000000000000000000000000;
    uint256 internal constant MASK_40 = 0xffffffffff;
    uint256 internal constant MASK_32 = 0xffffffff;
    /// @dev Records of (vmId, subsetId) start at slot keccak256(vmId, subsetId, RECORDS_NAMESPACE), with
    /// RECORDS_NAMESPACE = keccak256("vmattest.AttestationVerifier.records").
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

    /// @inheritdoc IAttestationVerifier
    bytes32 public constant POLICY_ROLE = keccak256("vmattest.POLICY_ROLE");

    /// @inheritdoc IAttestationVerifier
    uint64 public constant MAX_SEQUENCE = AttestationLib.MAX_SEQUENCE;

    /// @inheritdoc IAttestationVerifier
    IEnclaveKeyRegistry public immutable registry;

    mapping(bytes32 subsetId => StoredPolicy) private _policies;
    mapping(bytes32 subsetId => SubsetMetadata) private _metadata;
    mapping(bytes32 subsetId => mapping(bytes32 digest => bool)) private _golden;

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
        if (algorithms == 0 || algorithms & 1 != 0) revert InvalidAlgorithmMask(algorithms);
        if (policy.maxAge == 0) revert InvalidMaxAge(policy.maxAge);

        _policies[subsetId] = StoredPolicy({
            approved: true, allowedAlgorithms: algorithms, maxAge: policy.maxAge, maxFutureSkew: policy.maxFutureSkew
        });
        _metadata[subsetId] = SubsetMetadata({name: name, version: version, manifestURI: manifestURI});
        emit SubsetApproved(subsetId, algorithms, policy.maxAge, policy.maxFutureSkew, name, version, manifestURI);
    }

    /// @inheritdoc IAttestationVerifier
    function removeSubset(bytes32 subsetId) external onlyRole(POLICY_ROLE) {
        if (!_policies[subsetId].approved) revert SubsetNotApproved(subsetId);
        delete _policies[subsetId];
        delete _metadata[subsetId];
        emit SubsetRemoved(subsetId);
    }

    /// @inheritdoc IAttestationVerifier
    function addGoldenDigest(bytes32 subsetId, bytes32 digest, string calldata label) external onlyRole(POLICY_ROLE) {
        if (!_policies[subsetId].approved) revert SubsetNotApproved(subsetId);
        if (_golden[subsetId][digest]) revert GoldenDigestAlreadyAdded(subsetId, digest);
        _golden[subsetId][digest] = true;
        emit GoldenDigestAdded(subsetId, digest, label);
    }

    /// @inheritdoc IAttestationVerifier
    function removeGoldenDigest(bytes32 subsetId, bytes32 digest) external onlyRole(POLICY_ROLE) {
        if (!_golden[subsetId][digest]) revert GoldenDigestNotFound(subsetId, digest);
        delete _golden[subsetId][digest];
        emit GoldenDigestRemoved(subsetId, digest);
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
        StoredRecord storage stored = _record(vmId, subsetId);
        uint256 meta = stored.meta;
        record.stateDigest = stored.stateDigest;
        if (meta & HAS_COMMITMENT != 0) record.zkCommitment = stored.zkCommitment;
        (record.signer, record.timestamp, record.sequence, record.hashAlg) = _unpack(meta);
    }

    /// @inheritdoc IVMIntegrity
    function isFresh(bytes16 vmId, bytes32 subsetId, uint256 maxAge) public view returns (bool) {
        (address signer, uint64 timestamp, uint64 sequence,) = _unpack(_record(vmId, subsetId).meta);
        if (sequence == 0) return false;
        if (!_policies[subsetId].approved) return false;
        // Freshness is about time; validators' leeway of a few seconds is negligible next to any useful maxAge.
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp > timestamp && block.timestamp - timestamp > maxAge) return false;
        (KeyStatus status,,) = registry.keyState(signer);
        return status != KeyStatus.Revoked;
    }

    /// @inheritdoc IVMIntegrity
    function isIntact(bytes16 vmId, bytes32 subsetId, uint256 maxAge) external view returns (bool) {
        return isFresh(vmId, subsetId, maxAge) && _golden[subsetId][_record(vmId, subsetId).stateDigest];
    }

    /// @inheritdoc IVMIntegrity
    function isGoldenDigest(bytes32 subsetId, bytes32 digest) external view returns (bool) {
        return _golden[subsetId][digest];
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

    /// @dev The record of (`vmId`, `subsetId`), at keccak256(vmId, subsetId, RECORDS_NAMESPACE): one hash on each
    /// submission instead of the two of a nested mapping. Its 96-byte preimage cannot collide with Solidity's
    /// 64-byte mapping preimages.
    function _record(bytes16 vmId, bytes32 subsetId) private pure returns (StoredRecord storage record) {
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, vmId)
            mstore(add(ptr, 0x20), subsetId)
            mstore(add(ptr, 0x40), RECORDS_NAMESPACE)
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
        signer = address(uint160(meta));
        timestamp = uint64((meta >> TIMESTAMP_SHIFT) & MASK_40);
        sequence = uint64((meta >> SEQUENCE_SHIFT) & MASK_40);
        hashAlg = uint8(meta >> HASH_ALG_SHIFT);
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
            // policy word (policy 0: nothing cached).
            let ptr := mload(0x40)
            mstore(add(ptr, 0x120), 0)

            // a: the item's words vmId, subsetId, hashAlg, stateDigest, zkCommitment, timestamp, sequence (the
            // attestation), then r and vs (the signature).
            for {
                let a := base
                let end := add(base, mul(count, ITEM_SIZE))
            } lt(a, end) { a := add(a, ITEM_SIZE) } {
                // the record of (vmId, subsetId), see _record: stateDigest, meta, zkCommitment
                mstore(ptr, calldataload(a))
                mstore(add(ptr, 0x20), calldataload(add(a, 0x20)))
                mstore(add(ptr, 0x40), RECORDS_NAMESPACE)
                let slot := keccak256(ptr, 0x60)
                let meta := sload(add(slot, 1))
                {
                    let sequence := calldataload(add(a, 0xc0))
                    // 1. 1 <= sequence <= MAX_SEQUENCE (= MASK_40): records store it in 40 bits. The timestamp,
                    // also stored in 40 bits, needs no such check: an accepted timestamp is at most
                    // block.timestamp + maxFutureSkew < block.timestamp + 2^32, below 2^40 until about the year
                    // 36700.
                    if iszero(lt(sub(sequence, 1), MASK_40)) { fail1(SEQUENCE_OUT_OF_RANGE_ERROR, sequence) }

                    // 2. Ordering against the stored record.
                    let last := and(shr(SEQUENCE_SHIFT, meta), MASK_40)
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
                    last := and(shr(TIMESTAMP_SHIFT, meta), MASK_40)
                    if lt(calldataload(add(a, 0xa0)), last) {
                        fail4(
                            TIMESTAMP_BEFORE_LAST_ERROR,
                            calldataload(a),
                            calldataload(add(a, 0x20)),
                            calldataload(add(a, 0xa0)),
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
                    if iszero(eq(mload(ptr), 1)) { fail2(KEY_NOT_ACTIVE_ERROR, signer, mload(ptr)) }
                    if iszero(lt(timestamp(), mload(add(ptr, 0x20)))) {
                        fail2(KEY_EXPIRED_ERROR, signer, mload(add(ptr, 0x20)))
                    }
                    fail3(KEY_NOT_FOR_VM_ERROR, signer, mload(add(ptr, 0x40)), calldataload(a))
                }

                // 5. and 6. The policy _policies[subsetId], one slot packed by Solidity from the least significant
                // bit: approved (8 bits) | allowedAlgorithms (32) | maxAge (32) | maxFutureSkew (32).
                {
                    let subsetId := calldataload(add(a, 0x20))
                    let policy := mload(add(ptr, 0x120))
                    if or(iszero(policy), iszero(eq(subsetId, mload(add(ptr, 0x100))))) {
                        mstore(0x00, subsetId)
                        mstore(0x20, _policies.slot)
                        policy := sload(keccak256(0x00, 0x40))
                        mstore(add(ptr, 0x100), subsetId)
                        mstore(add(ptr, 0x120), policy)
                    }
                    let hashAlg := calldataload(add(a, 0x40))
                    let time := calldataload(add(a, 0xa0))
                    // approved, algorithm allowed, time + maxAge >= now and time <= now + maxFutureSkew
                    if iszero(
                        and(
                            and(and(policy, 0xff), shr(hashAlg, and(shr(8, policy), MASK_32))),
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
                    // write a new commitment, or clear an old one
                    if or(zkCommitment, and(meta, HAS_COMMITMENT)) { sstore(add(slot, 2), zkCommitment) }
                    sstore(
                        add(slot, 1),
                        or(
                            or(
                                or(signer, shl(TIMESTAMP_SHIFT, calldataload(add(a, 0xa0)))),
                                or(
                                    shl(SEQUENCE_SHIFT, calldataload(add(a, 0xc0))),
                                    shl(HASH_ALG_SHIFT, calldataload(add(a, 0x40)))
                                )
                            ),
                            shl(HAS_COMMITMENT_SHIFT, iszero(iszero(zkCommitment)))
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
