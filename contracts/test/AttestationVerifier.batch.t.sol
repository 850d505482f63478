// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IAttestationVerifier, SubsetPolicy} from "../src/interfaces/IAttestationVerifier.sol";
import {KeyStatus} from "../src/interfaces/IEnclaveKeyRegistry.sol";
import {Attestation, SignedAttestation} from "../src/libraries/AttestationLib.sol";
import {BaseTest, CompactSignature, Reference} from "./utils/BaseTest.sol";

/// @notice submitBatch(): stale items are skipped so that resubmission is harmless; any other failure reverts the
/// whole batch with the failing item's own error.
contract AttestationVerifierBatchTest is BaseTest {
    uint256 internal constant SECP256K1_ORDER = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141;

    function _item(uint256 privateKey, Attestation memory att) internal view returns (SignedAttestation memory) {
        return _signed(privateKey, att);
    }

    function _three() internal view returns (SignedAttestation[] memory items) {
        items = new SignedAttestation[](3);
        items[0] = _item(KEY_A_PK, _attestation(VM_A, 1, T0));
        items[1] = _item(KEY_B_PK, _attestation(VM_B, 1, T0));
        items[2] = _item(KEY_A_PK, _attestation(VM_A, 2, T0));
    }

    function _expectSkipped(Attestation memory att, uint64 lastSequence) internal {
        vm.expectEmit(address(verifier));
        emit IAttestationVerifier.AttestationSkipped(att.vmId, att.subsetId, att.sequence, lastSequence);
    }

    /// @notice An empty batch is a caller bug, not a no-op.
    function test_submitBatch_empty_reverts() public {
        vm.expectRevert(IAttestationVerifier.EmptyBatch.selector);
        verifier.submitBatch(new SignedAttestation[](0));
    }

    /// @notice New items are stored in order, each announced, and counted.
    function test_submitBatch_newItems_allStored() public {
        SignedAttestation[] memory items = _three();
        _expectSubmitted(items[0].attestation, keyA);
        _expectSubmitted(items[1].attestation, keyB);
        _expectSubmitted(items[2].attestation, keyA);
        vm.assertEq(verifier.submitBatch(items), 3);
        _assertRecorded(items[1].attestation, keyB);
        _assertRecorded(items[2].attestation, keyA);
    }

    /// @notice A node that crashed after its batch landed can resubmit it: every item is skipped, nothing changes.
    function test_submitBatch_resubmitted_skipsEveryItem() public {
        SignedAttestation[] memory items = _three();
        verifier.submitBatch(items);
        _expectSkipped(items[0].attestation, 2);
        _expectSkipped(items[1].attestation, 1);
        _expectSkipped(items[2].attestation, 2);
        vm.assertEq(verifier.submitBatch(items), 0);
        _assertRecorded(items[1].attestation, keyB);
        _assertRecorded(items[2].attestation, keyA);
    }

    /// @notice An item already superseded on chain is skipped while the newer ones land.
    function test_submitBatch_supersededItem_isSkipped() public {
        _submit(KEY_A_PK, _attestation(5));
        SignedAttestation[] memory items = new SignedAttestation[](2);
        items[0] = _item(KEY_A_PK, _attestation(3));
        items[1] = _item(KEY_A_PK, _attestation(6));
        _expectSkipped(items[0].attestation, 5);
        _expectSubmitted(items[1].attestation, keyA);
        vm.assertEq(verifier.submitBatch(items), 1);
        _assertRecorded(items[1].attestation, keyA);
    }

    /// @notice Within a batch, an item older than an earlier item of the same record is skipped too.
    function test_submitBatch_olderItemAfterNewer_isSkipped() public {
        SignedAttestation[] memory items = new SignedAttestation[](2);
        items[0] = _item(KEY_A_PK, _attestation(2));
        items[1] = _item(KEY_A_PK, _attestation(1));
        _expectSkipped(items[1].attestation, 2);
        vm.assertEq(verifier.submitBatch(items), 1);
        _assertRecorded(items[0].attestation, keyA);
    }

    /// @notice Staleness is decided before authentication: a stale item is skipped even with a bad signature
    /// (AttestationSkipped reports only that nothing changed).
    function test_submitBatch_staleItemWithBadSignature_isSkipped() public {
        _submit(KEY_A_PK, _attestation(5));
        SignedAttestation[] memory items = new SignedAttestation[](1);
        items[0] = SignedAttestation({attestation: _attestation(5), r: bytes32(0), vs: keccak256("garbage")});
        _expectSkipped(items[0].attestation, 5);
        vm.assertEq(verifier.submitBatch(items), 0);
    }

    /// @notice One bad item reverts the whole batch with its own error; earlier items are not stored.
    function test_submitBatch_invalidSignature_revertsWholeBatch() public {
        SignedAttestation[] memory items = _three();
        items[1].r = bytes32(0);
        items[1].vs = bytes32(0);
        vm.expectRevert(IAttestationVerifier.InvalidSignature.selector);
        verifier.submitBatch(items);
        vm.assertEq(verifier.latest(VM_A, SUBSET).sequence, 0);
    }

    /// @notice The malleable twin (s' = n - s, flipped parity) of a valid item's signature reverts the batch, though
    /// ecrecover alone accepts it; with the original signature the same batch lands. The signature has s = n / 2,
    /// whose twin fits the 255 bits of vs (see AttestationVerifierSubmitTest.test_submit_highS_reverts); it is by
    /// the key it recovers, registered for the item's VM.
    function test_submitBatch_highS_revertsWholeBatch() public {
        SignedAttestation[] memory items = _three();
        bytes32 digest = Reference.digest(items[1].attestation, block.chainid, address(verifier));
        bytes32 lowVs = bytes32(SECP256K1_ORDER / 2);
        bytes32 highVs = bytes32((SECP256K1_ORDER - SECP256K1_ORDER / 2) | (1 << 255));
        address signer = CompactSignature.ecrecoverCompact(digest, items[1].r, lowVs);
        vm.assertNotEq(signer, address(0));
        vm.assertEq(CompactSignature.ecrecoverCompact(digest, items[1].r, highVs), signer, "precompile accepts twin");
        _register(signer, VM_B, T0 + KEY_LIFETIME);

        items[1].vs = highVs;
        vm.expectRevert(IAttestationVerifier.InvalidSignature.selector);
        verifier.submitBatch(items);
        vm.assertEq(verifier.latest(VM_A, SUBSET).sequence, 0);

        items[1].vs = lowVs;
        vm.assertEq(verifier.submitBatch(items), 3);
        _assertRecorded(items[1].attestation, signer);
    }

    /// @notice Items are read inline without bounds checks of their own: calldata shorter than the items it
    /// declares (or than submit's arguments) is rejected by the ABI decoder, before any item is looked at.
    function test_submitBatch_truncatedCalldata_reverts() public {
        SignedAttestation[] memory items = _three();
        bytes memory data = abi.encodeCall(verifier.submitBatch, (items));
        _assertRejectsTruncated(data);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, items[0].attestation);
        _assertRejectsTruncated(abi.encodeCall(verifier.submit, (items[0].attestation, r, vs)));
        vm.assertEq(verifier.latest(VM_A, SUBSET).sequence, 0);
        // untruncated, the same calldata is accepted
        (bool ok,) = address(verifier).call(data);
        vm.assertTrue(ok, "full calldata rejected");
    }

    /// @dev Calls the verifier with `data` less its last word and less its last byte; both must revert without data.
    function _assertRejectsTruncated(bytes memory data) internal {
        for (uint256 cut = 1; cut <= 32; cut += 31) {
            bytes memory truncated = new bytes(data.length - cut);
            for (uint256 i; i < truncated.length; ++i) {
                truncated[i] = data[i];
            }
            (bool ok, bytes memory reason) = address(verifier).call(truncated);
            vm.assertFalse(ok, "truncated calldata accepted");
            vm.assertEq(reason.length, 0, "not rejected by the ABI decoder");
        }
    }

    /// @notice A revoked key's item reverts the batch with KeyNotActive.
    function test_submitBatch_revokedKey_revertsWholeBatch() public {
        vm.prank(admin);
        registry.revokeKey(keyB);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyNotActive.selector, keyB, KeyStatus.Revoked));
        verifier.submitBatch(_three());
    }

    /// @notice A stale timestamp reverts the batch with TimestampTooOld.
    function test_submitBatch_staleTimestamp_revertsWholeBatch() public {
        SignedAttestation[] memory items = _three();
        uint64 old = T0 - MAX_AGE - 1;
        items[2] = _item(KEY_A_PK, _attestation(VM_A, 2, old));
        items[0] = _item(KEY_A_PK, _attestation(VM_A, 1, old - 1));
        vm.expectRevert(
            abi.encodeWithSelector(IAttestationVerifier.TimestampTooOld.selector, old - 1, uint256(T0 - MAX_AGE))
        );
        verifier.submitBatch(items);
    }

    /// @notice Sequence 0 is malformed, not stale: it reverts instead of being skipped.
    function test_submitBatch_sequenceZero_reverts() public {
        SignedAttestation[] memory items = new SignedAttestation[](1);
        items[0] = _item(KEY_A_PK, _attestation(0));
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.SequenceOutOfRange.selector, uint64(0)));
        verifier.submitBatch(items);
    }

    /// @notice A newer sequence with a timestamp before the record's reverts instead of being skipped.
    function test_submitBatch_timestampBeforeLast_reverts() public {
        _submit(KEY_A_PK, _attestation(VM_A, 1, T0));
        SignedAttestation[] memory items = new SignedAttestation[](1);
        items[0] = _item(KEY_A_PK, _attestation(VM_A, 2, T0 - 1));
        vm.expectRevert(
            abi.encodeWithSelector(IAttestationVerifier.TimestampBeforeLast.selector, VM_A, SUBSET, T0 - 1, T0)
        );
        verifier.submitBatch(items);
    }

    /// @notice Each item is checked against its own subset's policy, also when subsets alternate within a batch
    /// (the batch caches the last policy it read).
    function test_submitBatch_alternatingSubsets_applyEachPolicy() public {
        vm.prank(policyAdmin);
        verifier.approveSubset(
            OTHER_SUBSET,
            SubsetPolicy({allowedAlgorithms: uint32(1) << SHA256, maxAge: MAX_AGE, maxFutureSkew: 0}),
            "etc",
            "1",
            "ipfs://etc"
        );
        Attestation memory other = _attestation(1);
        other.subsetId = OTHER_SUBSET;
        other.hashAlg = SHA256;

        SignedAttestation[] memory items = new SignedAttestation[](3);
        items[0] = _item(KEY_A_PK, _attestation(1));
        items[1] = _item(KEY_A_PK, other);
        items[2] = _item(KEY_B_PK, _attestation(VM_B, 1, T0));
        vm.assertEq(verifier.submitBatch(items), 3);
        _assertRecorded(other, keyA);

        // BLAKE3 is fine for SUBSET but not for OTHER_SUBSET, right after a SUBSET item.
        Attestation memory blake = _attestation(2);
        blake.subsetId = OTHER_SUBSET;
        items = new SignedAttestation[](2);
        items[0] = _item(KEY_A_PK, _attestation(2));
        items[1] = _item(KEY_A_PK, blake);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.AlgorithmNotAllowed.selector, OTHER_SUBSET, BLAKE3));
        verifier.submitBatch(items);
    }

    /// @notice An unapproved subset between approved ones is rejected (a failed policy read is not cached as valid).
    function test_submitBatch_unapprovedSubsetAfterApproved_reverts() public {
        Attestation memory unknown = _attestation(1);
        unknown.subsetId = OTHER_SUBSET;
        SignedAttestation[] memory items = new SignedAttestation[](2);
        items[0] = _item(KEY_A_PK, _attestation(1));
        items[1] = _item(KEY_A_PK, unknown);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.SubsetNotApproved.selector, OTHER_SUBSET));
        verifier.submitBatch(items);
    }

    /// @notice A batch has the same effect as submitting its items one by one and ignoring SequenceNotIncreasing,
    /// and counts exactly the items such submits accept.
    function testFuzz_submitBatch_matchesSequentialSubmits(uint256 seed) public {
        uint256 count = bound(seed, 1, 8);
        SignedAttestation[] memory items = new SignedAttestation[](count);
        for (uint256 i; i < count; ++i) {
            bool useA = uint256(keccak256(abi.encode(seed, i, "vm"))) % 2 == 0;
            uint64 sequence = uint64(bound(uint256(keccak256(abi.encode(seed, i, "seq"))), 1, 6));
            Attestation memory att = _attestation(useA ? VM_A : VM_B, sequence, T0);
            items[i] = _item(useA ? KEY_A_PK : KEY_B_PK, att);
        }

        uint256 snapshot = vm.snapshotState();
        uint256 acceptedOneByOne;
        for (uint256 i; i < count; ++i) {
            try verifier.submit(items[i].attestation, items[i].r, items[i].vs) {
                ++acceptedOneByOne;
            } catch (bytes memory reason) {
                // forge-lint: disable-next-line(unsafe-typecast)
                vm.assertEq(bytes4(reason), IAttestationVerifier.SequenceNotIncreasing.selector); // the selector
            }
        }
        bytes memory stateOneByOne = abi.encode(verifier.latest(VM_A, SUBSET), verifier.latest(VM_B, SUBSET));
        vm.assertTrue(vm.revertToState(snapshot));

        vm.assertEq(verifier.submitBatch(items), acceptedOneByOne);
        vm.assertEq(abi.encode(verifier.latest(VM_A, SUBSET), verifier.latest(VM_B, SUBSET)), stateOneByOne);
    }
}
