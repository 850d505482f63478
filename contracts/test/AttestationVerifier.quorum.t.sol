// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

import {
    Dissent,
    IAttestationVerifier,
    QuorumState,
    QuorumVote,
    SubsetPolicy
} from "../src/interfaces/IAttestationVerifier.sol";
import {KeyStatus} from "../src/interfaces/IEnclaveKeyRegistry.sol";
import {Record} from "../src/interfaces/IVMIntegrity.sol";
import {Attestation, SignedAttestation} from "../src/libraries/AttestationLib.sol";
import {CompactSignature, Reference} from "./utils/BaseTest.sol";
import {QuorumBaseTest} from "./utils/QuorumBaseTest.sol";

/// @notice submitQuorum() and setQuorum(): k-of-n submissions by the keys of one VM, with real registry, verifier and
/// signatures; every rule on both sides of its boundary. QUORUM_SUBSET needs 2 of VM_A's voters within WINDOW
/// unless a test says otherwise.
contract AttestationVerifierQuorumTest is QuorumBaseTest {
    uint64 internal constant MAX_SEQUENCE = 2 ** 40 - 1;
    uint256 internal constant UNREGISTERED_PK = 0xBAD;

    function setUp() public override {
        super.setUp();
        _setQuorum(QUORUM_SUBSET, 2, WINDOW);
    }

    // ------------------------------------------------------------------------------------------ accepted

    /// @notice 2 of 3: the state is recorded with signer zero, the earliest vote's timestamp and sequence 1 (the
    /// previous 0 plus one), QuorumReached lists the signers ascending, and the record is fresh, and intact once its
    /// digest is golden.
    function test_submitQuorum_twoOfThree_recordsState() public {
        QuorumState memory s = _state("v1");
        QuorumVote[] memory votes = new QuorumVote[](2);
        votes[0] = _vote(voterPks[0], s, T0 - 10, 41); // the voters' own sequences do not matter
        votes[1] = _vote(voterPks[1], s, T0 - 30, 7);
        _expectQuorumReached(s, T0 - 30, 1, _voters(2));
        vm.prank(stranger); // anyone may relay
        vm.assertTrue(verifier.submitQuorum(s, votes, _noDissents()));
        _assertQuorumRecord(s, T0 - 30, 1);

        vm.assertTrue(verifier.isFresh(VM_A, QUORUM_SUBSET, 30));
        vm.assertFalse(verifier.isFresh(VM_A, QUORUM_SUBSET, 29));
        vm.assertFalse(verifier.isIntact(VM_A, QUORUM_SUBSET, 1 hours));
        vm.prank(policyAdmin);
        verifier.addGoldenDigest(QUORUM_SUBSET, BLAKE3, s.stateDigest, "image v1");
        vm.assertTrue(verifier.isIntact(VM_A, QUORUM_SUBSET, 1 hours));
    }

    /// @notice 3 of 3 with a quorum of 3; the earliest vote need not come first.
    function test_submitQuorum_threeOfThree_recordsState() public {
        _setQuorum(QUORUM_SUBSET, 3, WINDOW);
        QuorumState memory s = _state("v1");
        QuorumVote[] memory votes = new QuorumVote[](3);
        votes[0] = _vote(voterPks[0], s, T0, 1);
        votes[1] = _vote(voterPks[1], s, T0 - WINDOW, 1);
        votes[2] = _vote(voterPks[2], s, T0 - 1, 1);
        _expectQuorumReached(s, T0 - WINDOW, 1, _voters(3));
        vm.assertTrue(verifier.submitQuorum(s, votes, _noDissents()));
        _assertQuorumRecord(s, T0 - WINDOW, 1);
        vm.assertTrue(verifier.isFresh(VM_A, QUORUM_SUBSET, WINDOW));
    }

    /// @notice More than k votes are all checked and all listed.
    function test_submitQuorum_moreVotesThanQuorum_listsAll() public {
        QuorumState memory s = _state("v1");
        _expectQuorumReached(s, T0, 1, _voters(VOTERS));
        vm.assertTrue(verifier.submitQuorum(s, _votes(s, VOTERS, T0), _noDissents()));
        _assertQuorumRecord(s, T0, 1);
    }

    /// @notice The largest quorum, MAX_QUORUM = 16 keys.
    function test_submitQuorum_maxQuorum_recordsState() public {
        uint8 maxQuorum = verifier.MAX_QUORUM();
        vm.assertEq(maxQuorum, 16);
        _setQuorum(QUORUM_SUBSET, maxQuorum, WINDOW);
        uint256[] memory pks = new uint256[](maxQuorum);
        for (uint256 i; i < maxQuorum; ++i) {
            pks[i] = i < VOTERS ? voterPks[i] : VOTER_PK_BASE + 0x100 + i;
            if (i >= VOTERS) _register(vm.addr(pks[i]), VM_A, T0 + KEY_LIFETIME);
        }
        QuorumState memory s = _state("v1");
        QuorumVote[] memory votes = _votesOf(pks, s, T0);
        vm.assertTrue(verifier.submitQuorum(s, votes, _noDissents()));
        _assertQuorumRecord(s, T0, 1);

        QuorumVote[] memory fewer = new QuorumVote[](maxQuorum - 1);
        for (uint256 i; i < fewer.length; ++i) {
            fewer[i] = votes[i];
        }
        vm.expectRevert(
            abi.encodeWithSelector(IAttestationVerifier.QuorumNotReached.selector, QUORUM_SUBSET, 15, maxQuorum)
        );
        verifier.submitQuorum(s, fewer, _noDissents());
    }

    /// @notice Each later bundle replaces the record and adds one to its sequence; a commitment is stored, and
    /// cleared by a later state without one.
    function test_submitQuorum_laterBundles_replaceRecordAndCountSequence() public {
        QuorumState memory s1 = _state("v1");
        s1.zkCommitment = keccak256("poseidon2 root");
        verifier.submitQuorum(s1, _votes(s1, 2, T0), _noDissents());
        _assertQuorumRecord(s1, T0, 1);

        vm.warp(T0 + 60);
        QuorumState memory s2 = _state("v2");
        s2.hashAlg = SHA256;
        _expectQuorumReached(s2, T0 + 60, 2, _voters(3));
        verifier.submitQuorum(s2, _votes(s2, 3, T0 + 60), _noDissents());
        _assertQuorumRecord(s2, T0 + 60, 2);
        vm.assertEq(vm.load(address(verifier), bytes32(uint256(_recordSlot(VM_A, QUORUM_SUBSET)) + 2)), bytes32(0));
    }

    /// @notice A subset that had single-key records continues from their sequence; the quorum record has signer
    /// zero.
    function test_submitQuorum_afterSingleKeyRecord_continuesSequence() public {
        _setQuorum(QUORUM_SUBSET, 0, 0);
        Attestation memory att = _voteAttestation(_state("single"), _state("single").stateDigest, 0, T0 - 5, 9);
        _submit(voterPks[0], att);
        _setQuorum(QUORUM_SUBSET, 2, WINDOW);

        QuorumState memory s = _state("v1");
        verifier.submitQuorum(s, _votes(s, 2, T0), _noDissents());
        _assertQuorumRecord(s, T0, 10);
    }

    /// @notice Votes spanning exactly the window are accepted.
    function test_submitQuorum_spanEqualsWindow_isAccepted() public {
        QuorumState memory s = _state("v1");
        QuorumVote[] memory votes = new QuorumVote[](2);
        votes[0] = _vote(voterPks[0], s, T0 - WINDOW, 1);
        votes[1] = _vote(voterPks[1], s, T0, 1);
        vm.assertTrue(verifier.submitQuorum(s, votes, _noDissents()));
        _assertQuorumRecord(s, T0 - WINDOW, 1);
    }

    /// @notice The earliest vote exactly maxAge old, the newest exactly maxFutureSkew ahead, are accepted.
    function test_submitQuorum_timestampsAtPolicyBounds_areAccepted() public {
        _setQuorum(QUORUM_SUBSET, 2, MAX_AGE + MAX_FUTURE_SKEW);
        QuorumState memory s = _state("v1");
        QuorumVote[] memory votes = new QuorumVote[](2);
        votes[0] = _vote(voterPks[0], s, T0 - MAX_AGE, 1);
        votes[1] = _vote(voterPks[1], s, T0 + MAX_FUTURE_SKEW, 1);
        vm.assertTrue(verifier.submitQuorum(s, votes, _noDissents()));
        _assertQuorumRecord(s, T0 - MAX_AGE, 1);
    }

    // ------------------------------------------------------------------------------------------ votes

    /// @notice Fewer than k votes, none included, are refused before any signature is checked.
    function test_submitQuorum_fewerVotesThanQuorum_reverts() public {
        _setQuorum(QUORUM_SUBSET, 3, WINDOW);
        QuorumState memory s = _state("v1");
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.QuorumNotReached.selector, QUORUM_SUBSET, 2, 3));
        verifier.submitQuorum(s, _votes(s, 2, T0), _noDissents());
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.QuorumNotReached.selector, QUORUM_SUBSET, 0, 3));
        verifier.submitQuorum(s, new QuorumVote[](0), _noDissents());
        vm.assertEq(verifier.latest(VM_A, QUORUM_SUBSET).sequence, 0);
    }

    /// @notice The same key cannot be counted twice, whether with the same vote or two votes of its own.
    function test_submitQuorum_duplicateSigner_reverts() public {
        QuorumState memory s = _state("v1");
        QuorumVote[] memory votes = new QuorumVote[](2);
        votes[0] = _vote(voterPks[0], s, T0, 1);
        votes[1] = votes[0];
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.SignersNotAscending.selector, voters[0], voters[0]));
        verifier.submitQuorum(s, votes, _noDissents());

        votes[1] = _vote(voterPks[0], s, T0 - 1, 2);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.SignersNotAscending.selector, voters[0], voters[0]));
        verifier.submitQuorum(s, votes, _noDissents());
    }

    /// @notice Votes must come in ascending signer order.
    function test_submitQuorum_unsortedSigners_reverts() public {
        QuorumState memory s = _state("v1");
        QuorumVote[] memory votes = new QuorumVote[](3);
        votes[0] = _vote(voterPks[0], s, T0, 1);
        votes[1] = _vote(voterPks[2], s, T0, 1);
        votes[2] = _vote(voterPks[1], s, T0, 1);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.SignersNotAscending.selector, voters[1], voters[2]));
        verifier.submitQuorum(s, votes, _noDissents());
    }

    /// @notice A vote by a key that was never registered.
    function test_submitQuorum_unregisteredKey_reverts() public {
        QuorumState memory s = _state("v1");
        uint256[] memory pks = new uint256[](2);
        pks[0] = voterPks[0];
        pks[1] = UNREGISTERED_PK;
        vm.expectRevert(
            abi.encodeWithSelector(IAttestationVerifier.KeyNotActive.selector, vm.addr(UNREGISTERED_PK), KeyStatus.None)
        );
        verifier.submitQuorum(s, _votesOf(pks, s, T0), _noDissents());
    }

    /// @notice A vote by a revoked key, even with enough other votes.
    function test_submitQuorum_revokedKey_reverts() public {
        vm.prank(admin);
        registry.revokeKey(voters[1]);
        QuorumState memory s = _state("v1");
        vm.expectRevert(
            abi.encodeWithSelector(IAttestationVerifier.KeyNotActive.selector, voters[1], KeyStatus.Revoked)
        );
        verifier.submitQuorum(s, _votes(s, 3, T0), _noDissents());
    }

    /// @notice A vote by a key from its expiry second on.
    function test_submitQuorum_expiredKey_reverts() public {
        uint256 shortPk = 0x5407;
        uint64 expiresAt = T0 + 1 days;
        _register(vm.addr(shortPk), VM_A, expiresAt);
        uint256[] memory pks = new uint256[](2);
        pks[0] = voterPks[0];
        pks[1] = shortPk;
        QuorumState memory s = _state("v1");

        vm.warp(expiresAt - 1);
        uint256 snapshot = vm.snapshotState();
        vm.assertTrue(verifier.submitQuorum(s, _votesOf(pks, s, expiresAt - 1), _noDissents()));
        vm.assertTrue(vm.revertToState(snapshot));

        vm.warp(expiresAt);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyExpired.selector, vm.addr(shortPk), expiresAt));
        verifier.submitQuorum(s, _votesOf(pks, s, expiresAt), _noDissents());
    }

    /// @notice A vote by a key of another VM.
    function test_submitQuorum_keyOfOtherVm_reverts() public {
        QuorumState memory s = _state("v1");
        uint256[] memory pks = new uint256[](2);
        pks[0] = voterPks[0];
        pks[1] = KEY_B_PK; // VM_B
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyNotForVM.selector, keyB, VM_B, VM_A));
        verifier.submitQuorum(s, _votesOf(pks, s, T0), _noDissents());
    }

    /// @notice A vote whose signature was made over another state digest does not recover its key but an unrelated
    /// address (first in the bundle here, so that it passes the order check), which is no key.
    function test_submitQuorum_voteForOtherDigest_reverts() public {
        QuorumState memory s = _state("v1");
        bytes32 otherDigest = _state("v1-tampered").stateDigest;
        (bytes32 r, bytes32 vs) = _sign(voterPks[0], _voteAttestation(s, otherDigest, 0, T0, 1));
        address unrelated = CompactSignature.ecrecoverCompact(
            Reference.digest(_voteAttestation(s, s.stateDigest, 0, T0, 1), block.chainid, address(verifier)), r, vs
        );
        vm.assertNotEq(unrelated, voters[0]);
        vm.assertNotEq(unrelated, address(0));

        QuorumVote[] memory votes = _votes(s, 3, T0);
        votes[0] = QuorumVote({timestamp: T0, sequence: 1, r: r, vs: vs});
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyNotActive.selector, unrelated, KeyStatus.None));
        verifier.submitQuorum(s, votes, _noDissents());
    }

    /// @notice Each vote's sequence must be in range, like an attestation's.
    function test_submitQuorum_sequenceOutOfRange_reverts() public {
        QuorumState memory s = _state("v1");
        QuorumVote[] memory votes = _votes(s, 2, T0);
        uint64[2] memory bad = [uint64(0), MAX_SEQUENCE + 1];
        for (uint256 i; i < bad.length; ++i) {
            votes[1] = _vote(voterPks[1], s, T0, bad[i]);
            vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.SequenceOutOfRange.selector, bad[i]));
            verifier.submitQuorum(s, votes, _noDissents());
        }
        votes[1] = _vote(voterPks[1], s, T0, MAX_SEQUENCE);
        vm.assertTrue(verifier.submitQuorum(s, votes, _noDissents()));
    }

    /// @notice A malleable (high-s) or zero signature is InvalidSignature.
    function test_submitQuorum_invalidSignature_reverts() public {
        QuorumState memory s = _state("v1");
        QuorumVote[] memory votes = _votes(s, 2, T0);
        votes[1].vs = bytes32(type(uint256).max);
        vm.expectRevert(IAttestationVerifier.InvalidSignature.selector);
        verifier.submitQuorum(s, votes, _noDissents());
        votes[1].r = 0;
        votes[1].vs = 0;
        vm.expectRevert(IAttestationVerifier.InvalidSignature.selector);
        verifier.submitQuorum(s, votes, _noDissents());
    }

    // ------------------------------------------------------------------------------------------ window and time

    /// @notice Votes spanning one second more than the window.
    function test_submitQuorum_outsideWindow_reverts() public {
        QuorumState memory s = _state("v1");
        QuorumVote[] memory votes = new QuorumVote[](2);
        votes[0] = _vote(voterPks[0], s, T0, 1);
        votes[1] = _vote(voterPks[1], s, T0 - WINDOW - 1, 1);
        vm.expectRevert(
            abi.encodeWithSelector(IAttestationVerifier.OutsideQuorumWindow.selector, T0 - WINDOW - 1, T0, WINDOW)
        );
        verifier.submitQuorum(s, votes, _noDissents());
    }

    /// @notice The earliest vote one second older than maxAge.
    function test_submitQuorum_tooOld_reverts() public {
        QuorumState memory s = _state("v1");
        uint64 timestamp = T0 - MAX_AGE - 1;
        vm.expectRevert(
            abi.encodeWithSelector(IAttestationVerifier.TimestampTooOld.selector, timestamp, uint256(T0 - MAX_AGE))
        );
        verifier.submitQuorum(s, _votes(s, 2, timestamp), _noDissents());
    }

    /// @notice The newest vote one second further ahead than maxFutureSkew.
    function test_submitQuorum_inFuture_reverts() public {
        QuorumState memory s = _state("v1");
        uint64 timestamp = T0 + MAX_FUTURE_SKEW + 1;
        QuorumVote[] memory votes = new QuorumVote[](2);
        votes[0] = _vote(voterPks[0], s, timestamp - WINDOW, 1);
        votes[1] = _vote(voterPks[1], s, timestamp, 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAttestationVerifier.TimestampInFuture.selector, timestamp, uint256(T0 + MAX_FUTURE_SKEW)
            )
        );
        verifier.submitQuorum(s, votes, _noDissents());
    }

    // ------------------------------------------------------------------------------------------ dissents

    /// @notice A vote for another digest, given as a dissent, is verified against the digest it was signed for,
    /// announced as QuorumDisagreement, and does not count: with k - 1 agreeing votes the bundle falls short; with k
    /// it is recorded, with the dissenting key absent from the signers.
    function test_submitQuorum_dissent_isFlaggedAndNotCounted() public {
        _setQuorum(QUORUM_SUBSET, 3, WINDOW);
        QuorumState memory s = _state("v1");
        bytes32 otherDigest = _state("v1-tampered").stateDigest;
        Dissent[] memory dissents = new Dissent[](1);
        dissents[0] = _dissent(voterPks[3], s, otherDigest, T0 + 1, 5);

        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.QuorumNotReached.selector, QUORUM_SUBSET, 2, 3));
        verifier.submitQuorum(s, _votes(s, 2, T0), dissents);

        vm.expectEmit(address(verifier));
        emit IAttestationVerifier.QuorumDisagreement(VM_A, QUORUM_SUBSET, voters[3], otherDigest, s.stateDigest, T0 + 1);
        _expectQuorumReached(s, T0, 1, _voters(3));
        vm.assertTrue(verifier.submitQuorum(s, _votes(s, 3, T0), dissents));
        _assertQuorumRecord(s, T0, 1);
    }

    /// @notice A dissent on the commitment alone (same digest) is a disagreement too.
    function test_submitQuorum_dissentOnCommitmentOnly_isFlagged() public {
        QuorumState memory s = _state("v1");
        Dissent[] memory dissents = new Dissent[](1);
        dissents[0] = _dissent(voterPks[2], s, s.stateDigest, T0, 1);
        s.zkCommitment = keccak256("poseidon2 root"); // the dissent signed the state without it
        vm.expectEmit(address(verifier));
        emit IAttestationVerifier.QuorumDisagreement(VM_A, QUORUM_SUBSET, voters[2], s.stateDigest, s.stateDigest, T0);
        vm.assertTrue(verifier.submitQuorum(s, _votes(s, 2, T0), dissents));
    }

    /// @notice A "dissent" for the agreed state is a vote.
    function test_submitQuorum_dissentAgrees_reverts() public {
        QuorumState memory s = _state("v1");
        Dissent[] memory dissents = new Dissent[](1);
        dissents[0] = _dissent(voterPks[2], s, s.stateDigest, T0, 1);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.DissentAgrees.selector, voters[2]));
        verifier.submitQuorum(s, _votes(s, 2, T0), dissents);
    }

    /// @notice A dissent must lie within the quorum's window [earliest, earliest + window], both sides of both bounds:
    /// an honest vote for the earlier state, made before the quorum's earliest vote, is no disagreement.
    function test_submitQuorum_dissentOutsideWindow_reverts() public {
        QuorumState memory s = _state("v1");
        bytes32 otherDigest = _state("v0").stateDigest;
        QuorumVote[] memory votes = new QuorumVote[](2);
        uint64 earliest = T0 - 100;
        uint64 newest = T0 - 90;
        votes[0] = _vote(voterPks[0], s, earliest, 1);
        votes[1] = _vote(voterPks[1], s, newest, 1);
        Dissent[] memory dissents = new Dissent[](1);

        uint64[2] memory outside = [earliest - 1, earliest + WINDOW + 1];
        for (uint256 i; i < outside.length; ++i) {
            dissents[0] = _dissent(voterPks[2], s, otherDigest, outside[i], 1);
            vm.expectRevert(
                abi.encodeWithSelector(IAttestationVerifier.OutsideQuorumWindow.selector, earliest, outside[i], WINDOW)
            );
            verifier.submitQuorum(s, votes, dissents);
        }
        vm.assertLt(newest, earliest + WINDOW);
        uint64[2] memory inside = [earliest, earliest + WINDOW];
        for (uint256 i; i < inside.length; ++i) {
            dissents[0] = _dissent(voterPks[2], s, otherDigest, inside[i], 1);
            uint256 snapshot = vm.snapshotState();
            vm.assertTrue(verifier.submitQuorum(s, votes, dissents));
            vm.assertTrue(vm.revertToState(snapshot));
        }
    }

    /// @notice A dissent is checked like a vote: its key must be an active key of the VM.
    function test_submitQuorum_dissentByNoKey_reverts() public {
        QuorumState memory s = _state("v1");
        bytes32 otherDigest = _state("v0").stateDigest;
        Dissent[] memory dissents = new Dissent[](1);
        dissents[0] = _dissent(UNREGISTERED_PK, s, otherDigest, T0, 1);
        vm.expectRevert(
            abi.encodeWithSelector(IAttestationVerifier.KeyNotActive.selector, vm.addr(UNREGISTERED_PK), KeyStatus.None)
        );
        verifier.submitQuorum(s, _votes(s, 2, T0), dissents);

        dissents[0] = _dissent(KEY_B_PK, s, otherDigest, T0, 1);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyNotForVM.selector, keyB, VM_B, VM_A));
        verifier.submitQuorum(s, _votes(s, 2, T0), dissents);
    }

    /// @notice A key that votes for the state and dissents from it in one bundle signed two states in one window:
    /// the bundle is refused.
    function test_submitQuorum_signerVotesAndDissents_reverts() public {
        QuorumState memory s = _state("v1");
        Dissent[] memory dissents = new Dissent[](1);
        dissents[0] = _dissent(voterPks[1], s, _state("v0").stateDigest, T0, 7);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.SignerEquivocates.selector, voters[1]));
        verifier.submitQuorum(s, _votes(s, 2, T0), dissents);
    }

    /// @notice A dissent left out of the bundle that recorded the state (e.g. another submitter sent the votes
    /// alone first) is reported afterwards against the recorded state.
    function test_reportDisagreements_afterStrippedBundle() public {
        QuorumState memory s = _state("v1");
        vm.assertTrue(verifier.submitQuorum(s, _votes(s, 2, T0), _noDissents()));
        bytes32 otherDigest = _state("v1-tampered").stateDigest;
        Dissent[] memory dissents = new Dissent[](1);
        dissents[0] = _dissent(voterPks[3], s, otherDigest, T0 + 5, 9);
        // The same bundle with its dissent is now a duplicate: skipped, nothing emitted.
        vm.assertFalse(verifier.submitQuorum(s, _votes(s, 2, T0), dissents));
        vm.expectEmit(address(verifier));
        emit IAttestationVerifier.QuorumDisagreement(VM_A, QUORUM_SUBSET, voters[3], otherDigest, s.stateDigest, T0 + 5);
        vm.assertEq(verifier.reportDisagreements(VM_A, QUORUM_SUBSET, dissents), 1);
    }

    /// @notice A dissent is recorded once: reporting it again (or carrying it in a later bundle) emits nothing.
    function test_reportDisagreements_duplicate_isIgnored() public {
        QuorumState memory s = _state("v1");
        Dissent[] memory dissents = new Dissent[](1);
        dissents[0] = _dissent(voterPks[3], s, _state("v1-tampered").stateDigest, T0 + 5, 9);
        vm.assertTrue(verifier.submitQuorum(s, _votes(s, 2, T0), dissents));
        // 0 new: QuorumDisagreement is emitted only for a new dissent.
        vm.assertEq(verifier.reportDisagreements(VM_A, QUORUM_SUBSET, dissents), 0);
    }

    /// @notice Fuzz: a dissent's timestamp is accepted exactly in [earliest, earliest + window].
    function testFuzz_reportDisagreements_window(uint64 timestamp) public {
        timestamp = uint64(bound(timestamp, T0 - 2 * WINDOW, T0 + 2 * WINDOW));
        QuorumState memory s = _state("v1");
        vm.assertTrue(verifier.submitQuorum(s, _votes(s, 2, T0), _noDissents()));
        Dissent[] memory dissents = new Dissent[](1);
        dissents[0] = _dissent(voterPks[3], s, _state("v0").stateDigest, timestamp, 1);
        if (timestamp < T0 || timestamp > T0 + WINDOW) {
            vm.expectRevert(
                abi.encodeWithSelector(IAttestationVerifier.OutsideQuorumWindow.selector, T0, timestamp, WINDOW)
            );
            verifier.reportDisagreements(VM_A, QUORUM_SUBSET, dissents);
        } else {
            vm.assertEq(verifier.reportDisagreements(VM_A, QUORUM_SUBSET, dissents), 1);
        }
    }

    /// @notice reportDisagreements checks each dissent like submitQuorum, against the recorded quorum state.
    function test_reportDisagreements_reverts() public {
        QuorumState memory s = _state("v1");
        Dissent[] memory dissents = new Dissent[](1);
        dissents[0] = _dissent(voterPks[3], s, _state("v0").stateDigest, T0, 1);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.NoQuorumRecord.selector, VM_A, QUORUM_SUBSET));
        verifier.reportDisagreements(VM_A, QUORUM_SUBSET, dissents);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.QuorumNotConfigured.selector, SUBSET));
        verifier.reportDisagreements(VM_A, SUBSET, dissents);

        vm.assertTrue(verifier.submitQuorum(s, _votes(s, 2, T0), _noDissents()));
        dissents[0] = _dissent(voterPks[3], s, s.stateDigest, T0, 1);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.DissentAgrees.selector, voters[3]));
        verifier.reportDisagreements(VM_A, QUORUM_SUBSET, dissents);
        // An honest vote for the earlier state, one second before the quorum's earliest vote, and one after the
        // window: neither is a disagreement with the current state.
        uint64[2] memory outside = [T0 - 1, T0 + WINDOW + 1];
        for (uint256 i; i < outside.length; ++i) {
            dissents[0] = _dissent(voterPks[3], s, _state("v0").stateDigest, outside[i], 1);
            vm.expectRevert(
                abi.encodeWithSelector(IAttestationVerifier.OutsideQuorumWindow.selector, T0, outside[i], WINDOW)
            );
            verifier.reportDisagreements(VM_A, QUORUM_SUBSET, dissents);
        }
        dissents[0] = _dissent(UNREGISTERED_PK, s, _state("v0").stateDigest, T0, 1);
        vm.expectRevert(
            abi.encodeWithSelector(IAttestationVerifier.KeyNotActive.selector, vm.addr(UNREGISTERED_PK), KeyStatus.None)
        );
        verifier.reportDisagreements(VM_A, QUORUM_SUBSET, dissents);
    }

    // ------------------------------------------------------------------------------------------ duplicates

    /// @notice The same bundle again (another node was first) is skipped: false, QuorumSkipped, no state change,
    /// and cheap, since no signature is checked: the same bundle with every signature broken is skipped alike,
    /// not refused. (GasTest's submitQuorum_k3_skippedDuplicate records its gas in the snapshot.)
    function test_submitQuorum_duplicateBundle_isSkipped() public {
        QuorumState memory s = _state("v1");
        QuorumVote[] memory votes = _votes(s, 3, T0);
        vm.assertTrue(verifier.submitQuorum(s, votes, _noDissents()));
        Record memory before = verifier.latest(VM_A, QUORUM_SUBSET);

        vm.expectEmit(address(verifier));
        emit IAttestationVerifier.QuorumSkipped(VM_A, QUORUM_SUBSET, T0, T0);
        vm.assertFalse(verifier.submitQuorum(s, votes, _noDissents()));
        _assertQuorumRecord(s, before.timestamp, before.sequence);

        for (uint256 i; i < votes.length; ++i) {
            votes[i].vs = bytes32(type(uint256).max);
        }
        vm.expectEmit(address(verifier));
        emit IAttestationVerifier.QuorumSkipped(VM_A, QUORUM_SUBSET, T0, T0);
        vm.assertFalse(verifier.submitQuorum(s, votes, _noDissents()));
        _assertQuorumRecord(s, before.timestamp, before.sequence);
    }

    /// @notice A late bundle (its earliest vote not after the record's), even for another state and with invalid
    /// signatures, is skipped without being checked.
    function test_submitQuorum_lateBundle_isSkipped() public {
        QuorumState memory s = _state("v2");
        verifier.submitQuorum(s, _votes(s, 2, T0), _noDissents());

        QuorumState memory old = _state("v1");
        QuorumVote[] memory votes = new QuorumVote[](2);
        votes[0] = _vote(voterPks[0], old, T0 - 1, 1);
        votes[1] = _vote(voterPks[1], old, T0 + 5, 1);
        votes[1].vs = bytes32(type(uint256).max);
        vm.expectEmit(address(verifier));
        emit IAttestationVerifier.QuorumSkipped(VM_A, QUORUM_SUBSET, T0 - 1, T0);
        vm.assertFalse(verifier.submitQuorum(old, votes, _noDissents()));
        _assertQuorumRecord(s, T0, 1);
    }

    /// @notice The record only moves forward in time: a bundle whose earliest vote is after the record's is recorded,
    /// even when its votes were part of the recorded bundle (k of them, without its earliest vote); the record's
    /// timestamp is then that of a later vote, which its key did sign.
    function test_submitQuorum_laterVotesOfRecordedBundle_areRecordedAgain() public {
        QuorumState memory s = _state("v1");
        QuorumVote[] memory votes = new QuorumVote[](3);
        votes[0] = _vote(voterPks[0], s, T0 - 2, 1);
        votes[1] = _vote(voterPks[1], s, T0 - 1, 1);
        votes[2] = _vote(voterPks[2], s, T0, 1);
        verifier.submitQuorum(s, votes, _noDissents());
        _assertQuorumRecord(s, T0 - 2, 1);

        QuorumVote[] memory later = new QuorumVote[](2);
        later[0] = votes[1];
        later[1] = votes[2];
        vm.assertTrue(verifier.submitQuorum(s, later, _noDissents()));
        _assertQuorumRecord(s, T0 - 1, 2);
    }

    // ------------------------------------------------------------------------------------------ subsets

    /// @notice submit and submitBatch refuse a quorum subset's attestations, however well signed.
    function test_submit_quorumSubset_reverts() public {
        _setQuorum(QUORUM_SUBSET, 3, WINDOW);
        QuorumState memory s = _state("v1");
        Attestation memory att = _voteAttestation(s, s.stateDigest, 0, T0, 1);
        (bytes32 r, bytes32 vs) = _sign(voterPks[0], att);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.QuorumRequired.selector, QUORUM_SUBSET, 3));
        verifier.submit(att, r, vs);

        SignedAttestation[] memory items = new SignedAttestation[](1);
        items[0] = _signed(voterPks[0], att);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.QuorumRequired.selector, QUORUM_SUBSET, 3));
        verifier.submitBatch(items);
    }

    /// @notice submitQuorum refuses a subset without a quorum, an unapproved subset and a disallowed algorithm.
    function test_submitQuorum_subsetChecks_revert() public {
        QuorumState memory s = _state("v1");
        s.subsetId = SUBSET;
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.QuorumNotConfigured.selector, SUBSET));
        verifier.submitQuorum(s, _votes(s, 2, T0), _noDissents());

        s.subsetId = OTHER_SUBSET;
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.SubsetNotApproved.selector, OTHER_SUBSET));
        verifier.submitQuorum(s, _votes(s, 2, T0), _noDissents());

        s.subsetId = QUORUM_SUBSET;
        s.hashAlg = 0;
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.AlgorithmNotAllowed.selector, QUORUM_SUBSET, 0));
        verifier.submitQuorum(s, _votes(s, 2, T0), _noDissents());
    }

    /// @notice Only POLICY_ROLE sets a quorum.
    function test_setQuorum_byStranger_reverts() public {
        bytes32 role = verifier.POLICY_ROLE();
        vm.prank(stranger);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        verifier.setQuorum(QUORUM_SUBSET, 3, WINDOW);
        vm.prank(admin); // the default admin does not hold POLICY_ROLE
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, admin, role));
        verifier.setQuorum(QUORUM_SUBSET, 3, WINDOW);
    }

    /// @notice setQuorum stores and announces k and the window; MAX_QUORUM is allowed.
    function test_setQuorum_storesAndEmits() public {
        vm.expectEmit(address(verifier));
        emit IAttestationVerifier.QuorumSet(QUORUM_SUBSET, 16, 1);
        _setQuorum(QUORUM_SUBSET, 16, 1);
        (uint8 quorum, uint32 window) = verifier.quorumOf(QUORUM_SUBSET);
        vm.assertEq(quorum, 16);
        vm.assertEq(window, 1);
    }

    /// @notice A quorum above MAX_QUORUM, or of 2 or more with a zero window, is invalid; so is any quorum of a
    /// subset that is not approved.
    function test_setQuorum_invalid_reverts() public {
        vm.startPrank(policyAdmin);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.InvalidQuorum.selector, 17, WINDOW));
        verifier.setQuorum(QUORUM_SUBSET, 17, WINDOW);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.InvalidQuorum.selector, 2, 0));
        verifier.setQuorum(QUORUM_SUBSET, 2, 0);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.SubsetNotApproved.selector, OTHER_SUBSET));
        verifier.setQuorum(OTHER_SUBSET, 2, WINDOW);
        vm.stopPrank();
        (uint8 quorum, uint32 window) = verifier.quorumOf(QUORUM_SUBSET);
        vm.assertEq(quorum, 2);
        vm.assertEq(window, WINDOW);
    }

    /// @notice Quorum 0 or 1 (any window) returns the subset to single-key submissions, stored as (0, 0); the
    /// single-key record continues from the quorum record.
    function test_setQuorum_zeroOrOne_returnsToSingleKey() public {
        QuorumState memory s = _state("v1");
        verifier.submitQuorum(s, _votes(s, 2, T0), _noDissents());

        for (uint8 q; q < 2; ++q) {
            vm.expectEmit(address(verifier));
            emit IAttestationVerifier.QuorumSet(QUORUM_SUBSET, 0, 0);
            _setQuorum(QUORUM_SUBSET, q, WINDOW);
            (uint8 quorum, uint32 window) = verifier.quorumOf(QUORUM_SUBSET);
            vm.assertEq(quorum, 0);
            vm.assertEq(window, 0);
        }
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.QuorumNotConfigured.selector, QUORUM_SUBSET));
        verifier.submitQuorum(s, _votes(s, 2, T0 + 1), _noDissents());

        Attestation memory att = _voteAttestation(s, s.stateDigest, 0, T0 + 1, 2);
        _expectSubmitted(att, voters[0]);
        _submit(voterPks[0], att);
        _assertRecorded(att, voters[0]);
    }

    /// @notice approveSubset (a policy update) keeps the quorum.
    function test_approveSubset_keepsQuorum() public {
        _setQuorum(QUORUM_SUBSET, 3, WINDOW);
        vm.prank(policyAdmin);
        verifier.approveSubset(
            QUORUM_SUBSET,
            SubsetPolicy({allowedAlgorithms: uint32(1) << SHA256, maxAge: 2 * MAX_AGE, maxFutureSkew: 0}),
            "boot chain, quorum",
            "1.0.1",
            "ipfs://boot-chain-manifest"
        );
        (uint8 quorum, uint32 window) = verifier.quorumOf(QUORUM_SUBSET);
        vm.assertEq(quorum, 3);
        vm.assertEq(window, WINDOW);
        vm.assertEq(verifier.subsetInfo(QUORUM_SUBSET).policy.allowedAlgorithms, uint32(1) << SHA256);

        QuorumState memory s = _state("v1");
        s.hashAlg = SHA256;
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.QuorumNotReached.selector, QUORUM_SUBSET, 2, 3));
        verifier.submitQuorum(s, _votes(s, 2, T0), _noDissents());
        vm.assertTrue(verifier.submitQuorum(s, _votes(s, 3, T0), _noDissents()));
    }

    /// @notice removeSubset resets the quorum: approved again, the subset takes single-key submissions.
    function test_removeSubset_resetsQuorum() public {
        vm.prank(policyAdmin);
        verifier.removeSubset(QUORUM_SUBSET);
        (uint8 quorum, uint32 window) = verifier.quorumOf(QUORUM_SUBSET);
        vm.assertEq(quorum, 0);
        vm.assertEq(window, 0);

        vm.prank(policyAdmin);
        verifier.approveSubset(QUORUM_SUBSET, _policy(), "boot chain, quorum", "1.0.0", "ipfs://boot-chain-manifest");
        (quorum, window) = verifier.quorumOf(QUORUM_SUBSET);
        vm.assertEq(quorum, 0);
        vm.assertEq(window, 0);
        QuorumState memory s = _state("v1");
        Attestation memory att = _voteAttestation(s, s.stateDigest, 0, T0, 1);
        _submit(voterPks[0], att);
        _assertRecorded(att, voters[0]);
    }

    // ------------------------------------------------------------------------------------------ reads

    /// @notice A quorum record does not store its signers; it stores the registry's revocation count of its VM, so
    /// revoking one of its keys afterwards makes it stale, as a single-key record would be (and not intact). The
    /// next quorum, by keys still active, is fresh again and its record still has signer zero.
    function test_isFresh_quorumRecord_staleOnceASignerIsRevoked() public {
        QuorumState memory s = _state("v1");
        verifier.submitQuorum(s, _votes(s, 2, T0), _noDissents());
        vm.prank(policyAdmin);
        verifier.addGoldenDigest(QUORUM_SUBSET, BLAKE3, s.stateDigest, "image v1");
        vm.assertTrue(verifier.isIntact(VM_A, QUORUM_SUBSET, 1 hours));

        vm.prank(admin);
        registry.revokeKey(voters[0]);
        vm.assertFalse(verifier.isFresh(VM_A, QUORUM_SUBSET, 1 hours), "fresh after a signer was revoked");
        vm.assertFalse(verifier.isIntact(VM_A, QUORUM_SUBSET, 1 hours), "intact after a signer was revoked");

        vm.warp(T0 + 10);
        uint256[] memory pks = new uint256[](2);
        (pks[0], pks[1]) = (voterPks[1], voterPks[2]);
        vm.assertTrue(verifier.submitQuorum(s, _votesOf(pks, s, T0 + 10), _noDissents()));
        _assertQuorumRecord(s, T0 + 10, 2);
        vm.assertTrue(verifier.isFresh(VM_A, QUORUM_SUBSET, 1 hours));
        vm.assertTrue(verifier.isIntact(VM_A, QUORUM_SUBSET, 1 hours));
    }

    /// @notice Documented trade-off: without its signers on chain, a quorum record is made stale by the revocation of
    /// any key of its VM, by registrar vote too, even one that did not vote for it.
    function test_isFresh_quorumRecord_staleOnceAnyKeyOfItsVmIsRevoked() public {
        QuorumState memory s = _state("v1");
        verifier.submitQuorum(s, _votes(s, 2, T0), _noDissents());
        vm.prank(registrar);
        vm.assertTrue(registry.approveRevocation(voters[VOTERS - 1]));
        vm.assertFalse(verifier.isFresh(VM_A, QUORUM_SUBSET, 1 hours));
    }

    /// @notice Revocations of another VM's keys, and those made before the quorum, leave it fresh; removing the
    /// subset does not. A record made after revocations still reads as signer zero, and takes dissents.
    function test_isFresh_quorumRecord_earlierOrOtherVmRevocations_fresh() public {
        vm.startPrank(admin);
        registry.revokeKey(voters[VOTERS - 1]);
        registry.revokeKey(keyA);
        vm.stopPrank();
        QuorumState memory s = _state("v1");
        verifier.submitQuorum(s, _votes(s, 2, T0), _noDissents());
        _assertQuorumRecord(s, T0, 1);
        vm.prank(admin);
        registry.revokeKey(keyB); // VM_B's
        vm.assertTrue(verifier.isFresh(VM_A, QUORUM_SUBSET, 1 hours));

        Dissent[] memory dissents = new Dissent[](1);
        dissents[0] = _dissent(voterPks[3], s, _state("v1-tampered").stateDigest, T0 + 5, 9);
        verifier.reportDisagreements(VM_A, QUORUM_SUBSET, dissents);

        vm.prank(policyAdmin);
        verifier.removeSubset(QUORUM_SUBSET);
        vm.assertFalse(verifier.isFresh(VM_A, QUORUM_SUBSET, 1 hours));
    }

    // ------------------------------------------------------------------------------------------ fuzz

    /// @notice Any k, number of votes n, window and vote times (all within maxAge): recorded with the earliest
    /// time exactly when n >= k and the votes span at most the window; otherwise the matching error.
    function testFuzz_submitQuorum_countAndWindow(uint8 kSeed, uint8 nSeed, uint32 windowSeed, uint256 timesSeed)
        public
    {
        // forge-lint: disable-next-line(unsafe-typecast)
        uint8 k = uint8(bound(kSeed, 2, VOTERS)); // at most VOTERS
        uint256 n = bound(nSeed, 0, VOTERS);
        // forge-lint: disable-next-line(unsafe-typecast)
        uint32 window = uint32(bound(windowSeed, 1, MAX_AGE / 2)); // at most MAX_AGE / 2
        _setQuorum(QUORUM_SUBSET, k, window);

        QuorumState memory s = _state("fuzz");
        QuorumVote[] memory votes = new QuorumVote[](n);
        uint64 earliest = type(uint64).max;
        uint64 newest;
        for (uint256 i; i < n; ++i) {
            // forge-lint: disable-next-line(unsafe-typecast)
            uint64 t = T0 - uint64(uint256(keccak256(abi.encode(timesSeed, i))) % (2 * uint256(window) + 1)); // within MAX_AGE
            // forge-lint: disable-next-line(unsafe-typecast)
            votes[i] = _vote(voterPks[i], s, t, uint64(i + 1)); // i < VOTERS
            if (t < earliest) earliest = t;
            if (t > newest) newest = t;
        }

        if (n < k) {
            vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.QuorumNotReached.selector, QUORUM_SUBSET, n, k));
            verifier.submitQuorum(s, votes, _noDissents());
        } else if (newest - earliest > window) {
            vm.expectRevert(
                abi.encodeWithSelector(IAttestationVerifier.OutsideQuorumWindow.selector, earliest, newest, window)
            );
            verifier.submitQuorum(s, votes, _noDissents());
        } else {
            _expectQuorumReached(s, earliest, 1, _voters(n));
            vm.assertTrue(verifier.submitQuorum(s, votes, _noDissents()));
            _assertQuorumRecord(s, earliest, 1);
            vm.assertFalse(verifier.submitQuorum(s, votes, _noDissents()), "replay recorded");
        }
    }

    function _recordSlot(bytes16 vmId, bytes32 subsetId) internal pure returns (bytes32) {
        return keccak256(abi.encode(vmId, subsetId, keccak256("vmattest.AttestationVerifier.records")));
    }
}
