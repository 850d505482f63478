// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IAttestationVerifier, SubsetPolicy} from "../src/interfaces/IAttestationVerifier.sol";
import {KeyStatus} from "../src/interfaces/IEnclaveKeyRegistry.sol";
import {Attestation} from "../src/libraries/AttestationLib.sol";
import {BaseTest, CompactSignature, Reference} from "./utils/BaseTest.sol";

/// @notice submit(): every acceptance rule, on both sides of each boundary.
contract AttestationVerifierSubmitTest is BaseTest {
    uint256 internal constant SECP256K1_ORDER = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141;
    uint256 internal constant HALF_ORDER = SECP256K1_ORDER / 2;
    uint64 internal constant MAX_SEQUENCE = 2 ** 40 - 1;

    // ------------------------------------------------------------------------------------------ accepted

    /// @notice A first attestation is stored as is and announced with every field.
    function test_submit_firstAttestation_emitsAndStoresRecord() public {
        Attestation memory att = _attestation(1);
        _expectSubmitted(att, keyA);
        _submit(KEY_A_PK, att);
        _assertRecorded(att, keyA);
    }

    /// @notice Anyone may relay a signed attestation: the enclave's signature is the authority.
    function test_submit_byStranger_isAccepted() public {
        Attestation memory att = _attestation(1);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        vm.prank(stranger);
        verifier.submit(att, r, vs);
        _assertRecorded(att, keyA);
    }

    /// @notice A newer attestation replaces the record entirely.
    function test_submit_newerAttestation_replacesRecord() public {
        _submit(KEY_A_PK, _attestation(1));
        vm.warp(block.timestamp + 60);
        Attestation memory att = _attestation(7);
        att.hashAlg = SHA256;
        _expectSubmitted(att, keyA);
        _submit(KEY_A_PK, att);
        _assertRecorded(att, keyA);
    }

    /// @notice Two attestations may carry the same timestamp as long as the sequence grows.
    function test_submit_sameTimestampHigherSequence_isAccepted() public {
        _submit(KEY_A_PK, _attestation(1));
        Attestation memory att = _attestation(2);
        _submit(KEY_A_PK, att);
        _assertRecorded(att, keyA);
    }

    /// @notice A commitment is stored in its own slot, and cleared (not just hidden) when a later attestation has
    /// none, so that no stale commitment can ever resurface.
    function test_submit_commitmentThenNone_clearsCommitmentSlot() public {
        Attestation memory att = _attestation(1);
        att.zkCommitment = keccak256("poseidon2 root");
        _submit(KEY_A_PK, att);
        _assertRecorded(att, keyA);
        bytes32 commitmentSlot = bytes32(uint256(_recordSlot(VM_A, SUBSET)) + 2);
        vm.assertEq(vm.load(address(verifier), commitmentSlot), att.zkCommitment);

        Attestation memory next = _attestation(2);
        _submit(KEY_A_PK, next);
        _assertRecorded(next, keyA);
        vm.assertEq(vm.load(address(verifier), commitmentSlot), bytes32(0));
    }

    /// @notice The record occupies the documented slots: stateDigest, then signer | timestamp | sequence |
    /// hashAlg | hasCommitment.
    function test_submit_storesDocumentedLayout() public {
        Attestation memory att = _attestation(VM_A, 0x01020304, T0 + 3);
        att.zkCommitment = bytes32(uint256(1));
        _submit(KEY_A_PK, att);
        bytes32 slot = _recordSlot(VM_A, SUBSET);
        vm.assertEq(vm.load(address(verifier), slot), att.stateDigest);
        bytes32 meta = vm.load(address(verifier), bytes32(uint256(slot) + 1));
        // lead 3 (bits 246..255) | quorum 0 (245) | hasCommitment 1 (244) | BLAKE3 (240..243) | sequence | timestamp
        uint16 top = (3 << 6) | (1 << 4) | BLAKE3;
        // forge-lint: disable-next-line(unsafe-typecast)
        vm.assertEq(meta, bytes32(abi.encodePacked(top, uint40(0x01020304), uint40(T0 + 3), keyA))); // T0 < 2^40
    }

    /// @notice The largest sequence a record can hold is accepted.
    function test_submit_maxSequence_isAccepted() public {
        // MAX_SEQUENCE is reached in steps of at most MAX_SEQUENCE_STEP.
        for (uint64 k = 1; k < 256; ++k) {
            _submit(KEY_A_PK, _attestation(k * uint64(verifier.MAX_SEQUENCE_STEP())));
        }
        Attestation memory att = _attestation(MAX_SEQUENCE);
        _submit(KEY_A_PK, att);
        _assertRecorded(att, keyA);
    }

    /// @notice A timestamp exactly maxAge old is still accepted.
    function test_submit_timestampExactlyMaxAgeOld_isAccepted() public {
        Attestation memory att = _attestation(VM_A, 1, T0 - MAX_AGE);
        _submit(KEY_A_PK, att);
        _assertRecorded(att, keyA);
    }

    /// @notice A timestamp exactly maxFutureSkew ahead is still accepted.
    function test_submit_timestampExactlyMaxSkewAhead_isAccepted() public {
        Attestation memory att = _attestation(VM_A, 1, T0 + MAX_FUTURE_SKEW);
        _submit(KEY_A_PK, att);
        _assertRecorded(att, keyA);
    }

    /// @notice A key signs until the second before its expiry.
    function test_submit_lastSecondBeforeKeyExpiry_isAccepted() public {
        vm.warp(T0 + KEY_LIFETIME - 1);
        Attestation memory att = _attestation(1);
        _submit(KEY_A_PK, att);
        _assertRecorded(att, keyA);
    }

    // ------------------------------------------------------------------------------------------ range

    /// @notice Sequence numbers start at 1.
    function test_submit_sequenceZero_reverts() public {
        Attestation memory att = _attestation(0);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.SequenceOutOfRange.selector, uint64(0)));
        verifier.submit(att, r, vs);
    }

    /// @notice Sequence numbers beyond 40 bits do not fit a record.
    function test_submit_sequenceAboveMax_reverts() public {
        Attestation memory att = _attestation(MAX_SEQUENCE + 1);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.SequenceOutOfRange.selector, MAX_SEQUENCE + 1));
        verifier.submit(att, r, vs);
    }

    /// @notice The largest uint64 sequence is out of range too.
    function test_submit_sequenceMaxUint64_reverts() public {
        Attestation memory att = _attestation(type(uint64).max);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.SequenceOutOfRange.selector, type(uint64).max));
        verifier.submit(att, r, vs);
    }

    // ------------------------------------------------------------------------------------------ ordering

    /// @notice The same attestation cannot be recorded twice.
    function test_submit_replayedAttestation_reverts() public {
        Attestation memory att = _attestation(1);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        verifier.submit(att, r, vs);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.SequenceNotIncreasing.selector, VM_A, SUBSET, 1, 1));
        verifier.submit(att, r, vs);
    }

    /// @notice An older attestation cannot overwrite a newer one.
    function test_submit_lowerSequence_reverts() public {
        _submit(KEY_A_PK, _attestation(5));
        Attestation memory att = _attestation(4);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.SequenceNotIncreasing.selector, VM_A, SUBSET, 4, 5));
        verifier.submit(att, r, vs);
    }

    /// @notice A higher sequence with an earlier timestamp than the record's is rejected.
    function test_submit_timestampBeforeLast_reverts() public {
        _submit(KEY_A_PK, _attestation(VM_A, 1, T0));
        Attestation memory att = _attestation(VM_A, 2, T0 - 1);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        vm.expectRevert(
            abi.encodeWithSelector(IAttestationVerifier.TimestampBeforeLast.selector, VM_A, SUBSET, T0 - 1, T0)
        );
        verifier.submit(att, r, vs);
    }

    /// @notice Records of other VMs and subsets are independent.
    function test_submit_sequencesArePerVmAndSubset() public {
        _submit(KEY_A_PK, _attestation(5));
        _submit(KEY_B_PK, _attestation(VM_B, 1, T0));
        vm.prank(policyAdmin);
        verifier.approveSubset(OTHER_SUBSET, _policy(), "etc", "1", "ipfs://etc");
        Attestation memory att = _attestation(1);
        att.subsetId = OTHER_SUBSET;
        _submit(KEY_A_PK, att);
        _assertRecorded(att, keyA);
        vm.assertEq(verifier.latest(VM_A, SUBSET).sequence, 5);
    }

    // ------------------------------------------------------------------------------------------ signature

    /// @notice A signature by a key that was never registered recovers to an address with status None.
    function test_submit_unregisteredKey_reverts() public {
        uint256 pk = 0xBAD;
        Attestation memory att = _attestation(1);
        (bytes32 r, bytes32 vs) = _sign(pk, att);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyNotActive.selector, vm.addr(pk), KeyStatus.None));
        verifier.submit(att, r, vs);
    }

    /// @notice Changing any field after signing makes the signature recover an unrelated, unknown address.
    function test_submit_tamperedField_reverts() public {
        Attestation memory att = _attestation(1);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        att.stateDigest = keccak256("tampered");
        address recovered = _recover(Reference.digest(att, block.chainid, address(verifier)), r, vs);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyNotActive.selector, recovered, KeyStatus.None));
        verifier.submit(att, r, vs);
    }

    /// @notice An attestation signed for another chain does not verify here.
    function test_submit_wrongChainIdInDomain_reverts() public {
        Attestation memory att = _attestation(1);
        bytes32 foreignDigest = Reference.digest(att, 1, address(verifier));
        (bytes32 r, bytes32 vs) = _signDigest(KEY_A_PK, foreignDigest);
        address recovered = _recover(Reference.digest(att, block.chainid, address(verifier)), r, vs);
        vm.assertNotEq(recovered, keyA);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyNotActive.selector, recovered, KeyStatus.None));
        verifier.submit(att, r, vs);
    }

    /// @notice An attestation signed for another verifier contract does not verify here.
    function test_submit_wrongVerifyingContractInDomain_reverts() public {
        Attestation memory att = _attestation(1);
        bytes32 foreignDigest = Reference.digest(att, block.chainid, address(registry));
        (bytes32 r, bytes32 vs) = _signDigest(KEY_A_PK, foreignDigest);
        address recovered = _recover(Reference.digest(att, block.chainid, address(verifier)), r, vs);
        vm.assertNotEq(recovered, keyA);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyNotActive.selector, recovered, KeyStatus.None));
        verifier.submit(att, r, vs);
    }

    /// @notice A well-formed signature of the attestation by another key is attributed to that key, never to the
    /// VM's key: a key of another VM fails KeyNotForVM, an unregistered key KeyNotActive; r of the VM key's signature
    /// with vs of another key's recovers neither.
    function test_submit_signatureByOtherKey_reverts() public {
        Attestation memory att = _attestation(1);
        (bytes32 rA, bytes32 vsA) = _sign(KEY_A_PK, att);
        (bytes32 rB, bytes32 vsB) = _sign(KEY_B_PK, att);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyNotForVM.selector, keyB, VM_B, VM_A));
        verifier.submit(att, rB, vsB);

        uint256 otherPk = 0xBAD;
        (bytes32 rO, bytes32 vsO) = _sign(otherPk, att);
        vm.expectRevert(
            abi.encodeWithSelector(IAttestationVerifier.KeyNotActive.selector, vm.addr(otherPk), KeyStatus.None)
        );
        verifier.submit(att, rO, vsO);

        address mixed = _recover(Reference.digest(att, block.chainid, address(verifier)), rA, vsB);
        vm.assertNotEq(mixed, keyA);
        vm.assertNotEq(mixed, keyB);
        if (mixed == address(0)) {
            vm.expectRevert(IAttestationVerifier.InvalidSignature.selector);
        } else {
            vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyNotActive.selector, mixed, KeyStatus.None));
        }
        verifier.submit(att, rA, vsB);

        verifier.submit(att, rA, vsA);
        _assertRecorded(att, keyA);
    }

    /// @notice The malleable twin of a valid signature (s' = n - s, parity flipped) is rejected although ecrecover
    /// alone accepts it and recovers the same, registered signer; the original passes.
    /// @dev The twin of an enclave's (low-s) signature has s' > n / 2, which fits the 255 bits of vs only when
    /// s > n - 2^255 (a sliver of about 2^-127 of the signatures): for ordinary signatures s' sets the parity bit,
    /// which this also shows. So the twins are built from signatures with s in that sliver: any (r, s, v) that
    /// ecrecover accepts is a valid signature by the key it recovers, which is registered for the VM here.
    function test_submit_highS_reverts() public {
        Attestation memory att = _attestation(1);
        bytes32 digest = Reference.digest(att, block.chainid, address(verifier));
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(KEY_A_PK, digest);
        vm.assertEq(ecrecover(digest, v == 27 ? 28 : 27, r, bytes32(SECP256K1_ORDER - uint256(s))), keyA);
        vm.assertGt(SECP256K1_ORDER - uint256(s), CompactSignature.S_MASK, "the twin does not fit vs");

        uint256[3] memory lowS = [
            HALF_ORDER, // its twin is HALF_ORDER + 1
            SECP256K1_ORDER - CompactSignature.S_MASK, // its twin is 2^255 - 1, the largest s of vs
            SECP256K1_ORDER - CompactSignature.S_MASK + uint256(keccak256("somewhere in between")) % (2 ** 126)
        ];
        for (uint256 i; i < lowS.length; ++i) {
            uint256 parity = i % 2;
            bytes32 lowVs = bytes32(lowS[i] | (parity << 255));
            bytes32 highVs = bytes32((SECP256K1_ORDER - lowS[i]) | ((parity ^ 1) << 255));
            vm.assertGt(uint256(highVs) & CompactSignature.S_MASK, HALF_ORDER);
            address signer = _recover(digest, r, lowVs);
            vm.assertNotEq(signer, address(0));
            vm.assertEq(_recover(digest, r, highVs), signer, "the precompile accepts the twin");
            _register(signer, VM_A, T0 + KEY_LIFETIME);

            uint256 snapshot = vm.snapshotState();
            vm.expectRevert(IAttestationVerifier.InvalidSignature.selector);
            verifier.submit(att, r, highVs);
            verifier.submit(att, r, lowVs);
            _assertRecorded(att, signer);
            vm.assertTrue(vm.revertToState(snapshot));
        }
    }

    /// @notice The parity bit matters, both ways: a v = 27 signature read as v = 28, and a v = 28 one read as
    /// v = 27 (which is also what passing the 65-byte form's s as vs does), recover unrelated addresses.
    function test_submit_wrongParity_reverts() public {
        bool[2] memory tested;
        for (uint64 sequence = 1; !(tested[0] && tested[1]); ++sequence) {
            Attestation memory att = _attestation(sequence);
            (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
            uint256 parity = uint256(vs) >> 255;
            if (tested[parity]) continue;
            tested[parity] = true;
            bytes32 flipped = bytes32(uint256(vs) ^ (1 << 255));
            address recovered = _recover(Reference.digest(att, block.chainid, address(verifier)), r, flipped);
            vm.assertNotEq(recovered, keyA);
            vm.assertNotEq(recovered, address(0));
            vm.expectRevert(
                abi.encodeWithSelector(IAttestationVerifier.KeyNotActive.selector, recovered, KeyStatus.None)
            );
            verifier.submit(att, r, flipped);
        }
        vm.assertEq(verifier.latest(VM_A, SUBSET).sequence, 0);
    }

    /// @notice A vs that is not s | parity << 255 of a valid signature is rejected: above the half order it is
    /// InvalidSignature whatever the parity bit, below it recovers an unrelated address or nothing.
    function test_submit_garbageVs_reverts() public {
        Attestation memory att = _attestation(1);
        bytes32 digest = Reference.digest(att, block.chainid, address(verifier));
        (bytes32 r,) = _sign(KEY_A_PK, att);
        bytes32[4] memory highs = [
            bytes32(type(uint256).max),
            bytes32(CompactSignature.S_MASK),
            bytes32(HALF_ORDER + 1),
            bytes32((HALF_ORDER + 1) | (1 << 255))
        ];
        for (uint256 i; i < highs.length; ++i) {
            vm.expectRevert(IAttestationVerifier.InvalidSignature.selector);
            verifier.submit(att, r, highs[i]);
        }
        bytes32[3] memory lows = [
            bytes32(HALF_ORDER),
            bytes32(uint256(keccak256("garbage")) % HALF_ORDER),
            bytes32((uint256(keccak256("more garbage")) % HALF_ORDER) | (1 << 255))
        ];
        for (uint256 i; i < lows.length; ++i) {
            address recovered = _recover(digest, r, lows[i]);
            vm.assertNotEq(recovered, keyA);
            if (recovered == address(0)) {
                vm.expectRevert(IAttestationVerifier.InvalidSignature.selector);
            } else {
                vm.expectRevert(
                    abi.encodeWithSelector(IAttestationVerifier.KeyNotActive.selector, recovered, KeyStatus.None)
                );
            }
            verifier.submit(att, r, lows[i]);
        }
        vm.assertEq(verifier.latest(VM_A, SUBSET).sequence, 0);
    }

    /// @notice A zero r or s never recovers a signer, whatever the parity bit.
    function test_submit_zeroSignatureValues_reverts() public {
        Attestation memory att = _attestation(1);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        bytes32 parity = bytes32(uint256(vs) & (1 << 255));
        vm.expectRevert(IAttestationVerifier.InvalidSignature.selector);
        verifier.submit(att, bytes32(0), vs);
        vm.expectRevert(IAttestationVerifier.InvalidSignature.selector);
        verifier.submit(att, bytes32(0), bytes32(uint256(vs) ^ (1 << 255)));
        vm.expectRevert(IAttestationVerifier.InvalidSignature.selector);
        verifier.submit(att, r, parity);
        vm.expectRevert(IAttestationVerifier.InvalidSignature.selector);
        verifier.submit(att, r, bytes32(uint256(parity) ^ (1 << 255)));
        vm.expectRevert(IAttestationVerifier.InvalidSignature.selector);
        verifier.submit(att, bytes32(0), bytes32(0));
    }

    // ------------------------------------------------------------------------------------------ key

    /// @notice A revoked key can no longer attest.
    function test_submit_revokedKey_reverts() public {
        vm.prank(admin);
        registry.revokeKey(keyA);
        Attestation memory att = _attestation(1);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyNotActive.selector, keyA, KeyStatus.Revoked));
        verifier.submit(att, r, vs);
    }

    /// @notice A key is expired from its expiry second on.
    function test_submit_atKeyExpiry_reverts() public {
        uint64 expiresAt = T0 + KEY_LIFETIME;
        vm.warp(expiresAt);
        Attestation memory att = _attestation(1);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyExpired.selector, keyA, expiresAt));
        verifier.submit(att, r, vs);
    }

    /// @notice A key registered for one VM cannot attest for another.
    function test_submit_keyOfOtherVm_reverts() public {
        Attestation memory att = _attestation(1); // VM_A
        (bytes32 r, bytes32 vs) = _sign(KEY_B_PK, att);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyNotForVM.selector, keyB, VM_B, VM_A));
        verifier.submit(att, r, vs);
    }

    // ------------------------------------------------------------------------------------------ subset policy

    /// @notice Attestations of a subset that was never approved are rejected.
    function test_submit_unknownSubset_reverts() public {
        Attestation memory att = _attestation(1);
        att.subsetId = OTHER_SUBSET;
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.SubsetNotApproved.selector, OTHER_SUBSET));
        verifier.submit(att, r, vs);
    }

    /// @notice Attestations of a removed subset are rejected.
    function test_submit_removedSubset_reverts() public {
        vm.prank(policyAdmin);
        verifier.removeSubset(SUBSET);
        Attestation memory att = _attestation(1);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.SubsetNotApproved.selector, SUBSET));
        verifier.submit(att, r, vs);
    }

    /// @notice The subset's policy decides which hash algorithms are acceptable.
    function test_submit_disallowedAlgorithm_reverts() public {
        vm.prank(policyAdmin);
        verifier.approveSubset(
            SUBSET,
            SubsetPolicy({allowedAlgorithms: uint32(1) << SHA256, maxAge: MAX_AGE, maxFutureSkew: MAX_FUTURE_SKEW}),
            "boot chain",
            "1.0.1",
            "ipfs://boot-chain-manifest"
        );
        Attestation memory att = _attestation(1); // BLAKE3
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.AlgorithmNotAllowed.selector, SUBSET, BLAKE3));
        verifier.submit(att, r, vs);

        att.hashAlg = SHA256;
        _submit(KEY_A_PK, att);
        _assertRecorded(att, keyA);
    }

    /// @notice Algorithm 0 is invalid and never allowed.
    function test_submit_algorithmZero_reverts() public {
        Attestation memory att = _attestation(1);
        att.hashAlg = 0;
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.AlgorithmNotAllowed.selector, SUBSET, 0));
        verifier.submit(att, r, vs);
    }

    /// @notice Algorithm ids beyond the 32-bit mask are never allowed, even where the packed policy word has bits
    /// set at that position (36 + 8 = 44 falls on maxAge = 3600, which has bit 4 set).
    function test_submit_algorithmBeyondMask_reverts() public {
        uint8[3] memory ids = [uint8(32), 36, 255];
        for (uint256 i; i < ids.length; ++i) {
            Attestation memory att = _attestation(1);
            att.hashAlg = ids[i];
            (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
            vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.AlgorithmNotAllowed.selector, SUBSET, ids[i]));
            verifier.submit(att, r, vs);
        }
    }

    /// @notice A timestamp older than maxAge is stale.
    function test_submit_staleTimestamp_reverts() public {
        uint64 timestamp = T0 - MAX_AGE - 1;
        Attestation memory att = _attestation(VM_A, 1, timestamp);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        vm.expectRevert(
            abi.encodeWithSelector(IAttestationVerifier.TimestampTooOld.selector, timestamp, uint256(T0 - MAX_AGE))
        );
        verifier.submit(att, r, vs);
    }

    /// @notice A timestamp more than maxFutureSkew ahead is rejected.
    function test_submit_futureTimestamp_reverts() public {
        uint64 timestamp = T0 + MAX_FUTURE_SKEW + 1;
        Attestation memory att = _attestation(VM_A, 1, timestamp);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAttestationVerifier.TimestampInFuture.selector, timestamp, uint256(T0 + MAX_FUTURE_SKEW)
            )
        );
        verifier.submit(att, r, vs);
    }

    /// @notice With a zero skew, only timestamps up to now are accepted.
    function test_submit_zeroSkew_rejectsOneSecondAhead() public {
        vm.prank(policyAdmin);
        verifier.approveSubset(
            SUBSET,
            SubsetPolicy({allowedAlgorithms: ALL_ALGORITHMS, maxAge: MAX_AGE, maxFutureSkew: 0}),
            "boot chain",
            "1.0.1",
            "ipfs://boot-chain-manifest"
        );
        Attestation memory att = _attestation(VM_A, 1, T0 + 1);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.TimestampInFuture.selector, T0 + 1, uint256(T0)));
        verifier.submit(att, r, vs);
        _submit(KEY_A_PK, _attestation(VM_A, 1, T0));
    }

    /// @notice Calldata with bits set above a field's type is not a valid encoding of any signed attestation.
    function test_submit_nonCanonicalEncoding_reverts() public {
        Attestation memory att = _attestation(1);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        bytes memory data = abi.encodeCall(verifier.submit, (att, r, vs));
        data[4 + 2 * 32 + 30] = 0x01; // hashAlg word: 0x0102 instead of 0x02
        (bool ok,) = address(verifier).call(data);
        vm.assertFalse(ok, "dirty hashAlg accepted");
        vm.assertEq(verifier.latest(VM_A, SUBSET).sequence, 0);
    }

    /// @dev What ecrecover finds for the compact signature (r, vs), without the low-s rule.
    function _recover(bytes32 digest, bytes32 r, bytes32 vs) internal pure returns (address) {
        return CompactSignature.ecrecoverCompact(digest, r, vs);
    }

    function _recordSlot(bytes16 vmId, bytes32 subsetId) internal pure returns (bytes32) {
        return keccak256(abi.encode(vmId, subsetId, keccak256("vmattest.AttestationVerifier.records")));
    }
}
