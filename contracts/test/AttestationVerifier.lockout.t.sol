// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {
    IAttestationVerifier,
    QuorumState,
    QuorumVote,
    SignedAttestation,
    SubsetPolicy
} from "../src/interfaces/IAttestationVerifier.sol";
import {Record} from "../src/interfaces/IVMIntegrity.sol";
import {Attestation} from "../src/libraries/AttestationLib.sol";
import {QuorumBaseTest} from "./utils/QuorumBaseTest.sol";

/// @notice The rules that keep one signature from locking a (VM, subset) out, and the other rules of the spec:
/// the recovery after a revocation, the bounded sequence step, freshness measured from min(timestamp, recording
/// block), zero digests and timestamps refused, and removal clearing a subset's records. keyA is the rogue key of
/// VM_A; voters[0] (another key of VM_A) the honest node's.
contract AttestationVerifierLockoutTest is QuorumBaseTest {
    bytes32 internal golden = keccak256("golden state");

    // ------------------------------------------------------------------------------------------ lockout recovery

    /// @notice The attack: the rogue key records the largest single step of sequence with the latest timestamp the
    /// policy allows. Until it is revoked, the honest key's next attestation is refused (ordering holds); once it is
    /// revoked, that attestation is accepted, fresh and intact again: what a KeeperVault reads.
    function test_lockout_maxSequenceAndFutureTimestamp_revokedKey_otherKeyRecovers() public {
        _addGolden(SUBSET);
        Attestation memory rogue = _attestation(VM_A, verifier.MAX_SEQUENCE_STEP(), T0 + MAX_FUTURE_SKEW);
        rogue.stateDigest = golden;
        _submit(KEY_A_PK, rogue);

        vm.warp(T0 + 10);
        Attestation memory honest = _attestation(VM_A, 7, T0 + 10);
        honest.stateDigest = golden;
        (bytes32 r, bytes32 vs) = _sign(voterPks[0], honest);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAttestationVerifier.SequenceNotIncreasing.selector, VM_A, SUBSET, 7, verifier.MAX_SEQUENCE_STEP()
            )
        );
        verifier.submit(honest, r, vs);

        vm.prank(admin);
        registry.revokeKey(keyA);
        vm.assertFalse(verifier.isIntact(VM_A, SUBSET, MAX_AGE), "intact on a revoked key's record");

        _expectSubmitted(honest, voters[0]);
        verifier.submit(honest, r, vs);
        _assertRecorded(honest, voters[0]);
        vm.assertTrue(verifier.isFresh(VM_A, SUBSET, MAX_AGE), "fresh after recovery");
        vm.assertTrue(verifier.isIntact(VM_A, SUBSET, MAX_AGE), "intact after recovery");
    }

    /// @notice A future timestamp alone (sequence 1) locks out later, earlier-dated attestations until the key is
    /// revoked.
    function test_lockout_futureTimestamp_revokedKey_otherKeyRecovers() public {
        _submit(KEY_A_PK, _attestation(VM_A, 1, T0 + MAX_FUTURE_SKEW));
        Attestation memory honest = _attestation(VM_A, 2, T0);
        (bytes32 r, bytes32 vs) = _sign(voterPks[0], honest);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAttestationVerifier.TimestampBeforeLast.selector, VM_A, SUBSET, T0, T0 + MAX_FUTURE_SKEW
            )
        );
        verifier.submit(honest, r, vs);

        vm.prank(admin);
        registry.revokeKey(keyA);
        verifier.submit(honest, r, vs);
        _assertRecorded(honest, voters[0]);
    }

    /// @notice Only revocation lifts the ordering: an expired (not revoked) signer's record still holds later
    /// attestations to it, and so does a record by a key that is still active.
    function test_lockout_expiredNotRevoked_orderingHolds() public {
        _submit(KEY_A_PK, _attestation(VM_A, 10, T0));
        vm.warp(T0 + KEY_LIFETIME);
        _register(vm.addr(0xFEED), VM_A, T0 + 2 * KEY_LIFETIME);
        Attestation memory later = _attestation(VM_A, 5, T0 + KEY_LIFETIME);
        (bytes32 r, bytes32 vs) = _sign(0xFEED, later);
        vm.expectRevert(
            abi.encodeWithSelector(IAttestationVerifier.SequenceNotIncreasing.selector, VM_A, SUBSET, 5, 10)
        );
        verifier.submit(later, r, vs);
    }

    /// @notice Fuzz, the recovery rule: whatever in-policy sequence and timestamp the rogue key records, an
    /// attestation of another key of the VM that is out of order against it is refused while the rogue key is
    /// active and accepted once it is revoked.
    function testFuzz_lockout_recoveryAfterRevocation(uint64 rogueSeq, uint64 rogueLead, uint64 seq, uint64 back)
        public
    {
        rogueSeq = uint64(bound(rogueSeq, 2, verifier.MAX_SEQUENCE_STEP()));
        rogueLead = uint64(bound(rogueLead, 0, MAX_FUTURE_SKEW));
        seq = uint64(bound(seq, 1, rogueSeq + 1));
        back = uint64(bound(back, 0, MAX_AGE));
        _submit(KEY_A_PK, _attestation(VM_A, rogueSeq, T0 + rogueLead));
        Attestation memory honest = _attestation(VM_A, seq, T0 - back);
        vm.assume(seq <= rogueSeq || back > 0 || rogueLead > 0); // out of order in sequence or in time
        (bytes32 r, bytes32 vs) = _sign(voterPks[0], honest);
        if (seq <= rogueSeq) {
            vm.expectRevert(
                abi.encodeWithSelector(IAttestationVerifier.SequenceNotIncreasing.selector, VM_A, SUBSET, seq, rogueSeq)
            );
        } else {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IAttestationVerifier.TimestampBeforeLast.selector, VM_A, SUBSET, T0 - back, T0 + rogueLead
                )
            );
        }
        verifier.submit(honest, r, vs);
        vm.prank(admin);
        registry.revokeKey(keyA);
        verifier.submit(honest, r, vs);
        _assertRecorded(honest, voters[0]);
        vm.assertTrue(verifier.isFresh(VM_A, SUBSET, MAX_AGE));
    }

    /// @notice In a batch, an item below a revoked key's record is not skipped as stale: it is checked and stored.
    function test_lockout_batch_revokedRecord_isReplaced() public {
        _submit(KEY_A_PK, _attestation(VM_A, 100, T0));
        vm.prank(admin);
        registry.revokeKey(keyA);
        SignedAttestation[] memory items = new SignedAttestation[](1);
        items[0] = _signed(voterPks[0], _attestation(VM_A, 3, T0));
        vm.assertEq(verifier.submitBatch(items), 1);
        _assertRecorded(items[0].attestation, voters[0]);
    }

    /// @notice In a batch, the revoked key's own resubmissions (the very record, or one below it) are skipped as
    /// stale items were before the revocation, not reverted: a node resubmitting after a crash is not broken by a
    /// revocation. A valid item of another key in the same batch is stored.
    function test_lockout_batch_revokedKeysOwnItems_areSkipped() public {
        Attestation memory onChain = _attestation(VM_A, 100, T0);
        SignedAttestation[] memory items = new SignedAttestation[](3);
        items[0] = _signed(KEY_A_PK, onChain);
        items[1] = _signed(KEY_A_PK, _attestation(VM_A, 50, T0));
        _submit(KEY_A_PK, onChain);
        vm.prank(admin);
        registry.revokeKey(keyA);
        items[2] = _signed(voterPks[0], _attestation(VM_A, 60, T0));
        vm.expectEmit(address(verifier));
        emit IAttestationVerifier.AttestationSkipped(VM_A, SUBSET, 100, 100);
        vm.expectEmit(address(verifier));
        emit IAttestationVerifier.AttestationSkipped(VM_A, SUBSET, 50, 100);
        vm.assertEq(verifier.submitBatch(items), 1);
        _assertRecorded(items[2].attestation, voters[0]);
    }

    /// @notice A replay of the revoked key's own attestation is still refused (its key is not active).
    function test_lockout_revokedKeyItself_reverts() public {
        Attestation memory att = _attestation(VM_A, 100, T0);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        verifier.submit(att, r, vs);
        vm.prank(admin);
        registry.revokeKey(keyA);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyNotActive.selector, keyA, 2));
        verifier.submit(att, r, vs);
    }

    /// @notice Quorum records: a quorum dated as far ahead as the policy allows holds later bundles back (skipped)
    /// until a key of the VM is revoked; then the next bundle is recorded, with its sequence restarting at 1.
    function test_lockout_quorumRecord_revocationLetsNextQuorumIn() public {
        _setQuorum(QUORUM_SUBSET, 2, WINDOW);
        QuorumState memory s = _state("v1");
        vm.assertTrue(verifier.submitQuorum(s, _votes(s, 2, T0 + MAX_FUTURE_SKEW), _noDissents()));
        QuorumState memory next = _state("v2");
        uint256[] memory pks = new uint256[](2);
        (pks[0], pks[1]) = (voterPks[2], voterPks[3]);
        QuorumVote[] memory votes = _votesOf(pks, next, T0 + 10);
        vm.warp(T0 + 10);
        vm.assertFalse(verifier.submitQuorum(next, votes, _noDissents()), "not skipped before the revocation");

        vm.prank(admin);
        registry.revokeKey(voters[0]);
        vm.assertTrue(verifier.submitQuorum(next, votes, _noDissents()));
        _assertQuorumRecord(next, T0 + 10, 1);
        vm.assertTrue(verifier.isFresh(VM_A, QUORUM_SUBSET, 1 hours));
    }

    // ------------------------------------------------------------------------------------------ sequence step

    /// @notice Fuzz: from a record at sequence 5, the next sequence is accepted exactly when it is at most
    /// MAX_SEQUENCE_STEP above it.
    function testFuzz_submit_sequenceStep(uint64 step) public {
        uint64 maxStep = verifier.MAX_SEQUENCE_STEP();
        step = uint64(bound(step, 1, verifier.MAX_SEQUENCE() - 5));
        _submit(KEY_A_PK, _attestation(5));
        Attestation memory att = _attestation(5 + step);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        if (step > maxStep) {
            vm.expectRevert(
                abi.encodeWithSelector(IAttestationVerifier.SequenceStepTooLarge.selector, VM_A, SUBSET, 5 + step, 5)
            );
        }
        verifier.submit(att, r, vs);
    }

    /// @notice The boundary of the step, and of the first sequence (a step over 0): MAX_SEQUENCE_STEP is accepted,
    /// one more refused.
    function test_submit_sequenceStepAboveMax_reverts() public {
        uint64 maxStep = verifier.MAX_SEQUENCE_STEP();
        vm.assertEq(maxStep, 2 ** 32);
        Attestation memory first = _attestation(maxStep + 1);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, first);
        vm.expectRevert(
            abi.encodeWithSelector(IAttestationVerifier.SequenceStepTooLarge.selector, VM_A, SUBSET, maxStep + 1, 0)
        );
        verifier.submit(first, r, vs);
        _submit(KEY_A_PK, _attestation(maxStep));
        Attestation memory next = _attestation(2 * maxStep + 1);
        (r, vs) = _sign(KEY_A_PK, next);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAttestationVerifier.SequenceStepTooLarge.selector, VM_A, SUBSET, 2 * maxStep + 1, maxStep
            )
        );
        verifier.submit(next, r, vs);
        _submit(KEY_A_PK, _attestation(2 * maxStep));
    }

    // ------------------------------------------------------------------------------------------ freshness

    /// @notice A record dated ahead of its block is fresh for maxAge from the block's time, not from its own: an
    /// attestation dated 300 s ahead and read with maxAge 100 is fresh 100 s after it was recorded, not 101.
    function test_isFresh_futureDated_measuredFromRecordingBlock() public {
        _submit(KEY_A_PK, _attestation(VM_A, 1, T0 + MAX_FUTURE_SKEW));
        vm.warp(T0 + 100);
        vm.assertTrue(verifier.isFresh(VM_A, SUBSET, 100));
        vm.warp(T0 + 101);
        vm.assertFalse(verifier.isFresh(VM_A, SUBSET, 100));
    }

    /// @notice Fuzz: freshness is measured from min(timestamp, the recording block's timestamp), on both sides of
    /// the boundary, for timestamps behind and ahead of the block.
    function testFuzz_isFresh_fromMinOfTimestampAndBlock(uint64 offset, uint32 maxAge, uint32 elapsed) public {
        offset = uint64(bound(offset, 0, MAX_AGE + MAX_FUTURE_SKEW));
        uint64 timestamp = T0 - MAX_AGE + offset; // T0 - MAX_AGE .. T0 + MAX_FUTURE_SKEW
        maxAge = uint32(bound(maxAge, 0, 2 * MAX_AGE));
        elapsed = uint32(bound(elapsed, 0, 4 * MAX_AGE));
        _submit(KEY_A_PK, _attestation(VM_A, 1, timestamp));
        vm.warp(T0 + elapsed);
        uint256 since = timestamp < T0 ? timestamp : T0;
        vm.assertEq(verifier.isFresh(VM_A, SUBSET, maxAge), T0 + elapsed <= since + maxAge);
    }

    // ------------------------------------------------------------------------------------------ zero fields

    /// @notice A zero state digest is refused, before the signature is even checked.
    function test_submit_zeroStateDigest_reverts() public {
        Attestation memory att = _attestation(1);
        att.stateDigest = 0;
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.ZeroStateDigest.selector, VM_A, SUBSET));
        verifier.submit(att, r, vs);
    }

    /// @notice A zero timestamp is refused, whatever the policy's maxAge (here wide enough to reach 1970).
    function test_submit_zeroTimestamp_reverts() public {
        vm.prank(policyAdmin);
        verifier.approveSubset(SUBSET, _policyWithMaxAge(type(uint32).max), "", "", "");
        Attestation memory att = _attestation(VM_A, 1, 0);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.ZeroTimestamp.selector, VM_A, SUBSET));
        verifier.submit(att, r, vs);
        // the twin: timestamp 1 is accepted under that policy
        _submit(KEY_A_PK, _attestation(VM_A, 1, 1));
    }

    /// @notice submitQuorum refuses a zero state digest and zero vote timestamps too.
    function test_submitQuorum_zeroFields_revert() public {
        _setQuorum(QUORUM_SUBSET, 2, WINDOW);
        QuorumState memory s = _state("v1");
        s.stateDigest = 0;
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.ZeroStateDigest.selector, VM_A, QUORUM_SUBSET));
        verifier.submitQuorum(s, _votes(s, 2, T0), _noDissents());
        s = _state("v1");
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.ZeroTimestamp.selector, VM_A, QUORUM_SUBSET));
        verifier.submitQuorum(s, _votes(s, 2, 0), _noDissents());
    }

    // ------------------------------------------------------------------------------------------ removal

    /// @notice The attack: a subset is removed (e.g. its manifest was found wanting) and later re-approved; the
    /// records, golden digests and quorum of before must not come back as fresh or intact.
    function test_removeSubset_reapproval_doesNotReviveRecords() public {
        _addGolden(SUBSET);
        Attestation memory att = _attestation(VM_A, 50, T0);
        att.stateDigest = golden;
        _submit(KEY_A_PK, att);
        _setQuorum(SUBSET, 2, WINDOW);
        vm.assertTrue(verifier.isIntact(VM_A, SUBSET, MAX_AGE));

        vm.expectEmit(address(verifier));
        emit IAttestationVerifier.SubsetRemoved(SUBSET, 1);
        vm.startPrank(policyAdmin);
        verifier.removeSubset(SUBSET);
        verifier.approveSubset(SUBSET, _policy(), "boot chain", "1.0.0", "");
        vm.stopPrank();

        vm.assertFalse(verifier.isFresh(VM_A, SUBSET, MAX_AGE), "old record fresh again");
        vm.assertFalse(verifier.isIntact(VM_A, SUBSET, MAX_AGE), "old record intact again");
        vm.assertEq(abi.encode(verifier.latest(VM_A, SUBSET)), abi.encode(Record(0, 0, address(0), 0, 0, 0)));
        vm.assertFalse(verifier.isGoldenDigest(SUBSET, BLAKE3, golden));
        (uint8 quorum,) = verifier.quorumOf(SUBSET);
        vm.assertEq(quorum, 0);
        // a fresh start: a lower sequence than before is the first record of the new epoch
        _submit(KEY_A_PK, _attestation(VM_A, 1, T0));
        vm.assertTrue(verifier.isFresh(VM_A, SUBSET, MAX_AGE));
    }

    // ------------------------------------------------------------------------------------------ golden digests

    /// @notice isIntact compares against the golden digests of the record's algorithm only: the same 32 bytes
    /// golden under SHA-256 do not make a BLAKE3 record intact.
    function test_isIntact_goldenOfOtherAlgorithm_isFalse() public {
        Attestation memory att = _attestation(1);
        att.stateDigest = golden;
        _submit(KEY_A_PK, att);
        vm.prank(policyAdmin);
        verifier.addGoldenDigest(SUBSET, SHA256, golden, "sha256 image");
        vm.assertFalse(verifier.isIntact(VM_A, SUBSET, MAX_AGE));
        vm.prank(policyAdmin);
        verifier.addGoldenDigest(SUBSET, BLAKE3, golden, "blake3 image");
        vm.assertTrue(verifier.isIntact(VM_A, SUBSET, MAX_AGE));
    }

    /// @notice Fuzz: a record is intact exactly when its digest is golden under the record's own algorithm.
    function testFuzz_isIntact_goldenOnlyUnderRecordAlgorithm(uint8 recordAlg, uint8 goldenAlg) public {
        recordAlg = uint8(bound(recordAlg, 1, 3));
        goldenAlg = uint8(bound(goldenAlg, 1, 3));
        Attestation memory att = _attestation(1);
        att.hashAlg = recordAlg;
        att.stateDigest = golden;
        _submit(KEY_A_PK, att);
        vm.prank(policyAdmin);
        verifier.addGoldenDigest(SUBSET, goldenAlg, golden, "");
        vm.assertEq(verifier.isIntact(VM_A, SUBSET, MAX_AGE), recordAlg == goldenAlg);
    }

    // ------------------------------------------------------------------------------------------ helpers

    function _addGolden(bytes32 subsetId) internal {
        vm.prank(policyAdmin);
        verifier.addGoldenDigest(subsetId, BLAKE3, golden, "image");
    }

    function _policyWithMaxAge(uint32 maxAge) internal pure returns (SubsetPolicy memory p) {
        p = _policy();
        p.maxAge = maxAge;
    }
}
