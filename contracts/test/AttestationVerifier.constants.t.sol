// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AttestationVerifier} from "../src/AttestationVerifier.sol";
import {IAttestationVerifier} from "../src/interfaces/IAttestationVerifier.sol";
import {IEnclaveKeyRegistry} from "../src/interfaces/IEnclaveKeyRegistry.sol";
import {Attestation, AttestationLib, SignedAttestation} from "../src/libraries/AttestationLib.sol";
import {Test} from "./lib/Test.sol";

/// @dev Exposes the literal constants of the verifier's assembly hot path.
contract VerifierConstantsHarness is AttestationVerifier {
    constructor() AttestationVerifier(IEnclaveKeyRegistry(address(1)), 0, address(1)) {}

    function constants() external pure returns (uint256[22] memory c) {
        c = [
            ATTESTATION_TYPEHASH,
            HALF_ORDER,
            KEY_STATE_SELECTOR,
            ATTESTATION_SUBMITTED_EVENT,
            ATTESTATION_SKIPPED_EVENT,
            INVALID_SIGNATURE_ERROR,
            KEY_NOT_ACTIVE_ERROR,
            KEY_EXPIRED_ERROR,
            KEY_NOT_FOR_VM_ERROR,
            SUBSET_NOT_APPROVED_ERROR,
            ALGORITHM_NOT_ALLOWED_ERROR,
            TIMESTAMP_TOO_OLD_ERROR,
            TIMESTAMP_IN_FUTURE_ERROR,
            SEQUENCE_NOT_INCREASING_ERROR,
            TIMESTAMP_BEFORE_LAST_ERROR,
            SEQUENCE_OUT_OF_RANGE_ERROR,
            RECORDS_NAMESPACE,
            QUORUM_REQUIRED_ERROR,
            SEQUENCE_STEP_TOO_LARGE_ERROR,
            ZERO_STATE_DIGEST_ERROR,
            ZERO_TIMESTAMP_ERROR,
            REVOCATION_COUNT_SELECTOR
        ];
    }

    function itemSize() external pure returns (uint256) {
        return ITEM_SIZE;
    }

    function recordLayout() external pure returns (uint256[10] memory c) {
        c = [
            TIMESTAMP_SHIFT,
            SEQUENCE_SHIFT,
            HASH_ALG_SHIFT,
            HAS_COMMITMENT_SHIFT,
            HAS_COMMITMENT,
            MASK_40,
            QUORUM_RECORD,
            LEAD_SHIFT,
            SEQUENCE_STEP,
            EPOCH_SHIFT
        ];
    }
}

/// @notice Inline assembly only accepts literal constants, so the verifier's hot path spells out selectors,
/// topics and hashes; each must equal what the compiler derives from the declarations.
contract AttestationVerifierConstantsTest is Test {
    function test_assemblyConstants_matchDeclarations() public {
        uint256[22] memory c = new VerifierConstantsHarness().constants();
        uint256 secp256k1Order = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141;
        vm.assertEq(bytes32(c[0]), AttestationLib.ATTESTATION_TYPEHASH, "typehash");
        vm.assertEq(c[1], secp256k1Order / 2, "half order");
        vm.assertEq(c[2], uint32(IEnclaveKeyRegistry.keyState.selector), "keyState");
        vm.assertEq(bytes32(c[3]), IAttestationVerifier.AttestationSubmitted.selector, "AttestationSubmitted");
        vm.assertEq(bytes32(c[4]), IAttestationVerifier.AttestationSkipped.selector, "AttestationSkipped");
        vm.assertEq(c[5], uint32(IAttestationVerifier.InvalidSignature.selector), "InvalidSignature");
        vm.assertEq(c[6], uint32(IAttestationVerifier.KeyNotActive.selector), "KeyNotActive");
        vm.assertEq(c[7], uint32(IAttestationVerifier.KeyExpired.selector), "KeyExpired");
        vm.assertEq(c[8], uint32(IAttestationVerifier.KeyNotForVM.selector), "KeyNotForVM");
        vm.assertEq(c[9], uint32(IAttestationVerifier.SubsetNotApproved.selector), "SubsetNotApproved");
        vm.assertEq(c[10], uint32(IAttestationVerifier.AlgorithmNotAllowed.selector), "AlgorithmNotAllowed");
        vm.assertEq(c[11], uint32(IAttestationVerifier.TimestampTooOld.selector), "TimestampTooOld");
        vm.assertEq(c[12], uint32(IAttestationVerifier.TimestampInFuture.selector), "TimestampInFuture");
        vm.assertEq(c[13], uint32(IAttestationVerifier.SequenceNotIncreasing.selector), "SequenceNotIncreasing");
        vm.assertEq(c[14], uint32(IAttestationVerifier.TimestampBeforeLast.selector), "TimestampBeforeLast");
        vm.assertEq(c[15], uint32(IAttestationVerifier.SequenceOutOfRange.selector), "SequenceOutOfRange");
        vm.assertEq(bytes32(c[16]), keccak256("vmattest.AttestationVerifier.records"), "records namespace");
        vm.assertEq(c[17], uint32(IAttestationVerifier.QuorumRequired.selector), "QuorumRequired");
        vm.assertEq(c[18], uint32(IAttestationVerifier.SequenceStepTooLarge.selector), "SequenceStepTooLarge");
        vm.assertEq(c[19], uint32(IAttestationVerifier.ZeroStateDigest.selector), "ZeroStateDigest");
        vm.assertEq(c[20], uint32(IAttestationVerifier.ZeroTimestamp.selector), "ZeroTimestamp");
        vm.assertEq(c[21], uint32(IEnclaveKeyRegistry.revocationCount.selector), "revocationCount");
    }

    /// @notice ITEM_SIZE is the ABI size of a SignedAttestation, which is static: an array of them is encoded inline
    /// (offset, length, then the items back to back, no offset table), and submit's arguments are encoded exactly
    /// like one item.
    function test_itemSize_matchesAbiEncoding() public {
        uint256 itemSize = new VerifierConstantsHarness().itemSize();
        Attestation memory att = Attestation(bytes16(uint128(1)), bytes32(uint256(2)), 3, bytes32(uint256(4)), 0, 5, 6);
        SignedAttestation memory item = SignedAttestation(att, bytes32(uint256(7)), bytes32(uint256(8)));
        vm.assertEq(abi.encode(item).length, itemSize, "item size");

        SignedAttestation[] memory items = new SignedAttestation[](2);
        items[0] = item;
        items[1] = item;
        items[1].vs = bytes32(uint256(9));
        bytes memory encoded = abi.encode(items);
        vm.assertEq(encoded.length, 0x40 + 2 * itemSize, "array size");
        vm.assertEq(_slice(encoded, 0x40, itemSize), abi.encode(items[0]), "item 0 inline");
        vm.assertEq(_slice(encoded, 0x40 + itemSize, itemSize), abi.encode(items[1]), "item 1 inline");

        bytes memory call = abi.encodeCall(IAttestationVerifier.submit, (att, item.r, item.vs));
        vm.assertEq(_slice(call, 4, call.length - 4), abi.encode(item), "submit arguments");
    }

    function _slice(bytes memory data, uint256 start, uint256 length) internal pure returns (bytes memory out) {
        out = new bytes(length);
        for (uint256 i; i < length; ++i) {
            out[i] = data[start + i];
        }
    }

    /// @notice The record layout constants agree with each other and with MAX_SEQUENCE.
    function test_layoutConstants_areConsistent() public {
        VerifierConstantsHarness h = new VerifierConstantsHarness();
        uint256[10] memory c = h.recordLayout();
        vm.assertEq(c[0], 160, "timestamp after the signer");
        vm.assertEq(c[1], c[0] + 40, "sequence after the timestamp");
        vm.assertEq(c[2], c[1] + 40, "hashAlg after the sequence");
        vm.assertEq(c[3], c[2] + 4, "flag after hashAlg (4 bits)");
        vm.assertLt(h.KNOWN_ALGORITHMS(), 2 ** 16); // known algorithms fit in 4 bits
        vm.assertEq(c[4], 2 ** c[3], "flag bit");
        vm.assertEq(c[6], 2 ** (c[3] + 1), "quorum bit");
        vm.assertEq(c[7], c[3] + 2, "lead after the flags");
        vm.assertLt(h.MAX_FUTURE_SKEW(), 2 ** (256 - c[7])); // the lead fits
        vm.assertEq(c[8], h.MAX_SEQUENCE_STEP(), "MAX_SEQUENCE_STEP");
        vm.assertEq(c[9], 8 + 32 + 32 + 32 + 8 + 32, "epoch after the policy fields");
        vm.assertEq(c[5], AttestationLib.MAX_SEQUENCE, "MAX_SEQUENCE");
        vm.assertEq(c[5], AttestationLib.MAX_TIMESTAMP, "MAX_TIMESTAMP");
    }
}
