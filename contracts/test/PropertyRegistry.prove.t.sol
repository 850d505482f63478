// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {PropertyRegistry} from "../src/PropertyRegistry.sol";
import {IAttestationVerifier} from "../src/interfaces/IAttestationVerifier.sol";
import {IPropertyRegistry} from "../src/interfaces/IPropertyRegistry.sol";
import {Record} from "../src/interfaces/IVMIntegrity.sol";
import {FakeGroth16Verifier, FakeProof} from "./utils/FakeGroth16Verifier.sol";
import {PropertyBaseTest} from "./utils/PropertyBaseTest.sol";

/// @notice A stand-in attestation verifier whose one record can go back in time: every (VM, subset) is fresh and has
/// that record (sha256).
contract StubAttestations {
    Record internal _record;

    function set(bytes32 commitment, uint64 timestamp) external {
        _record = Record({
            stateDigest: bytes32(uint256(1)),
            zkCommitment: commitment,
            signer: address(1),
            timestamp: timestamp,
            sequence: 1,
            hashAlg: 1
        });
    }

    function isFresh(bytes16, bytes32, uint256) external pure returns (bool) {
        return true;
    }

    function latest(bytes16, bytes32) external view returns (Record memory) {
        return _record;
    }
}

/// @notice proveProperty: each check with its error, in the documented order, and what a proof records.
contract PropertyRegistryProveTest is PropertyBaseTest {
    function _proveExpecting(bytes16 vmId, bytes32 subsetId, bytes32 commitment, bytes memory revertData) internal {
        uint256[] memory inputs = _inputs(commitment);
        uint256[8] memory proof = FakeProof.make(inputs);
        vm.expectRevert(revertData);
        properties.proveProperty(vmId, subsetId, PROPERTY, address(fake), proof, inputs);
    }

    // ------------------------------------------------------------------------------------------ happy path

    /// @notice Anyone can prove a property of the latest attestation: the record is stored, the event emitted, and
    /// hasProperty answers true.
    function test_proveProperty_storesRecordAndEmits() public {
        vm.warp(T0 + 10);
        uint256[] memory inputs = _inputs(COMMITMENT);
        uint256[8] memory proof = FakeProof.make(inputs);
        _expectProven(VM_A, PROPERTY, SUBSET, COMMITMENT, T0, address(fake), inputs);
        vm.prank(stranger);
        properties.proveProperty(VM_A, SUBSET, PROPERTY, address(fake), proof, inputs);

        _assertRecord(VM_A, PROPERTY, SUBSET, COMMITMENT, T0, T0 + 10, address(fake));
        vm.assertTrue(properties.hasProperty(VM_A, SUBSET, PROPERTY, 10));
        vm.assertTrue(properties.hasProperty(VM_A, SUBSET, PROPERTY, type(uint256).max));
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY_3, type(uint256).max), "other property");
        vm.assertFalse(properties.hasProperty(VM_B, SUBSET, PROPERTY, type(uint256).max), "other VM");
    }

    /// @notice A verifier with three public inputs receives all three, the commitment first; the proof is recorded
    /// for its parameters (the other two), not as the property without parameters.
    function test_proveProperty_threeInputs() public {
        uint256[] memory inputs = _inputs3(COMMITMENT);
        uint256[8] memory proof = FakeProof.make(inputs);
        _expectProven(VM_A, PROPERTY_3, SUBSET, COMMITMENT, T0, address(fake), inputs);
        properties.proveProperty(VM_A, SUBSET, PROPERTY_3, address(fake), proof, inputs);
        _assertRecordWith(VM_A, PROPERTY_3, _params3(), SUBSET, COMMITMENT, T0, T0, address(fake));
        _assertRecord(VM_A, PROPERTY_3, SUBSET, 0, 0, 0, address(0));
        vm.assertTrue(properties.hasPropertyWith(VM_A, SUBSET, PROPERTY_3, _params3(), 0));
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY_3, type(uint256).max), "no parameters");
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY, type(uint256).max), "other property");
    }

    /// @notice Proving needs no recent attestation: hasProperty checks the age the consumer asks for.
    function test_proveProperty_oldAttestation_isAccepted() public {
        vm.warp(T0 + 30 days);
        _prove(VM_A, SUBSET, COMMITMENT);
        _assertRecord(VM_A, PROPERTY, SUBSET, COMMITMENT, T0, T0 + 30 days, address(fake));
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY, 30 days - 1));
        vm.assertTrue(properties.hasProperty(VM_A, SUBSET, PROPERTY, 30 days));
    }

    /// @notice Proving the same attestation again replaces the record (new proof time and verifier).
    function test_proveProperty_sameAttestationAgain_updatesRecord() public {
        _prove(VM_A, SUBSET, COMMITMENT);
        FakeGroth16Verifier second = new FakeGroth16Verifier();
        vm.prank(verifierAdmin);
        properties.setVerifier(PROPERTY, address(second), 1 + CTX);
        vm.warp(T0 + 100);
        uint256[] memory inputs = _inputs(COMMITMENT);
        _expectProven(VM_A, PROPERTY, SUBSET, COMMITMENT, T0, address(second), inputs);
        properties.proveProperty(VM_A, SUBSET, PROPERTY, address(second), FakeProof.make(inputs), inputs);
        _assertRecord(VM_A, PROPERTY, SUBSET, COMMITMENT, T0, T0 + 100, address(second));
    }

    /// @notice A record is about one subset: a proof over subset A (OTHER_SUBSET) does not make hasProperty true for
    /// subset B (SUBSET) of the same VM, nor move B's record; each subset keeps its own record. (Records keyed by VM
    /// only let the proof over A answer for B, and replace B's record.)
    function test_proveProperty_otherSubset_doesNotCountForThisSubset() public {
        vm.prank(policyAdmin);
        verifier.approveSubset(OTHER_SUBSET, _policy(), "etc", "1", "");
        vm.warp(T0 + 60);
        _attest(VM_A, OTHER_SUBSET, 2, T0 + 60, COMMITMENT_2);
        _prove(VM_A, OTHER_SUBSET, COMMITMENT_2);
        _assertRecord(VM_A, PROPERTY, OTHER_SUBSET, COMMITMENT_2, T0 + 60, T0 + 60, address(fake));
        vm.assertTrue(properties.hasProperty(VM_A, OTHER_SUBSET, PROPERTY, 0), "the proven subset");
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY, type(uint256).max), "another subset");
        _assertRecord(VM_A, PROPERTY, SUBSET, 0, 0, 0, address(0));

        // Proving B as well gives B its own record; A's is untouched.
        _prove(VM_A, SUBSET, COMMITMENT);
        _assertRecord(VM_A, PROPERTY, SUBSET, COMMITMENT, T0, T0 + 60, address(fake));
        _assertRecord(VM_A, PROPERTY, OTHER_SUBSET, COMMITMENT_2, T0 + 60, T0 + 60, address(fake));
    }

    // ------------------------------------------------------------------------------------------ older attestation

    /// @dev A registry on a StubAttestations (the real verifier never goes back in time for one (VM, subset); the
    /// registry's guard must hold anyway), with the fake verifier set for PROPERTY, and the stub's record of
    /// COMMITMENT attested at T0 + 60.
    function _stubbedRegistry() internal returns (PropertyRegistry stubbed, StubAttestations stub) {
        stub = new StubAttestations();
        stub.set(COMMITMENT, T0 + 60);
        stubbed = new PropertyRegistry(IAttestationVerifier(address(stub)), ADMIN_DELAY, admin);
        bytes32 role = stubbed.VERIFIER_ADMIN_ROLE();
        vm.startPrank(admin);
        stubbed.grantRole(role, admin);
        stubbed.setVerifier(PROPERTY, address(fake), 1 + CTX);
        vm.stopPrank();
    }

    /// @notice A proof of an attestation older than the recorded one is refused (it would overwrite a newer
    /// record).
    function test_proveProperty_olderThanRecorded_reverts() public {
        vm.warp(T0 + 60);
        (PropertyRegistry stubbed, StubAttestations stub) = _stubbedRegistry();
        uint256[] memory inputs = _inputs(COMMITMENT);
        stubbed.proveProperty(VM_A, SUBSET, PROPERTY, address(fake), FakeProof.make(inputs), inputs);
        stub.set(COMMITMENT, T0 + 30);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPropertyRegistry.OlderThanRecorded.selector,
                VM_A,
                SUBSET,
                PROPERTY,
                _noParams(),
                uint64(T0 + 30),
                uint64(T0 + 60)
            )
        );
        stubbed.proveProperty(VM_A, SUBSET, PROPERTY, address(fake), FakeProof.make(inputs), inputs);
        vm.assertEq(stubbed.propertyRecord(VM_A, SUBSET, PROPERTY).attestationTimestamp, T0 + 60);
    }

    // ------------------------------------------------------------------------------------------ verifier

    /// @notice A verifier never set for the property is not accepted, even one set for another property.
    function test_proveProperty_verifierNotAccepted_reverts() public {
        uint256[] memory inputs = _inputs(COMMITMENT);
        uint256[8] memory proof = FakeProof.make(inputs);
        FakeGroth16Verifier unknown = new FakeGroth16Verifier();
        vm.expectRevert(abi.encodeWithSelector(IPropertyRegistry.VerifierNotAccepted.selector, PROPERTY, unknown));
        properties.proveProperty(VM_A, SUBSET, PROPERTY, address(unknown), proof, inputs);

        bytes32 otherProperty = keccak256("vmattest.property.unset.v1");
        vm.expectRevert(
            abi.encodeWithSelector(IPropertyRegistry.VerifierNotAccepted.selector, otherProperty, address(fake))
        );
        properties.proveProperty(VM_A, SUBSET, otherProperty, address(fake), proof, inputs);
    }

    /// @notice A retired verifier is accepted up to the last second of its grace period and refused from its end
    /// on.
    function test_proveProperty_retiredVerifier_acceptedUntilGraceEnd() public {
        vm.prank(verifierAdmin);
        properties.retireVerifier(PROPERTY, address(fake), 1 hours);
        vm.warp(T0 + 1 hours - 1);
        _prove(VM_A, SUBSET, COMMITMENT);
        _assertRecord(VM_A, PROPERTY, SUBSET, COMMITMENT, T0, T0 + 1 hours - 1, address(fake));

        vm.warp(T0 + 1 hours);
        _proveExpecting(
            VM_A,
            SUBSET,
            COMMITMENT,
            abi.encodeWithSelector(IPropertyRegistry.VerifierNotAccepted.selector, PROPERTY, address(fake))
        );
    }

    /// @notice A verifier retired with no grace period is refused at once.
    function test_proveProperty_verifierRetiredAtOnce_reverts() public {
        vm.prank(verifierAdmin);
        properties.retireVerifier(PROPERTY, address(fake), 0);
        _proveExpecting(
            VM_A,
            SUBSET,
            COMMITMENT,
            abi.encodeWithSelector(IPropertyRegistry.VerifierNotAccepted.selector, PROPERTY, address(fake))
        );
    }

    /// @notice The number of public inputs must be the verifier's.
    function test_proveProperty_wrongInputCount_reverts() public {
        uint256[8] memory proof = FakeProof.make(_inputs(COMMITMENT));
        uint256[] memory none = new uint256[](0);
        vm.expectRevert(abi.encodeWithSelector(IPropertyRegistry.WrongInputCount.selector, address(fake), 1, 0));
        properties.proveProperty(VM_A, SUBSET, PROPERTY, address(fake), proof, none);

        uint256[] memory three = _inputs3(COMMITMENT);
        vm.expectRevert(abi.encodeWithSelector(IPropertyRegistry.WrongInputCount.selector, address(fake), 1, 3));
        properties.proveProperty(VM_A, SUBSET, PROPERTY, address(fake), FakeProof.make(three), three);

        vm.expectRevert(abi.encodeWithSelector(IPropertyRegistry.WrongInputCount.selector, address(fake), 3, 1));
        properties.proveProperty(VM_A, SUBSET, PROPERTY_3, address(fake), proof, _inputs(COMMITMENT));
    }

    /// @notice A verifier that lost its code (here by etch; on chain e.g. an EIP-7702 account that dropped its
    /// delegation) is refused: a call to it would succeed without verifying anything.
    function test_proveProperty_targetWithoutCode_reverts() public {
        vm.etch(address(fake), "");
        _proveExpecting(
            VM_A, SUBSET, COMMITMENT, abi.encodeWithSelector(IPropertyRegistry.VerifierHasNoCode.selector, fake)
        );
    }

    // ------------------------------------------------------------------------------------------ attestation

    /// @notice A VM without an attestation of the subset has nothing to prove about.
    function test_proveProperty_noAttestation_reverts() public {
        _proveExpecting(
            VM_B,
            SUBSET,
            COMMITMENT,
            abi.encodeWithSelector(IPropertyRegistry.NoValidAttestation.selector, VM_B, SUBSET)
        );
        _proveExpecting(
            VM_A,
            OTHER_SUBSET,
            COMMITMENT,
            abi.encodeWithSelector(IPropertyRegistry.NoValidAttestation.selector, VM_A, OTHER_SUBSET)
        );
    }

    /// @notice The attestation of a revoked signer is not valid any more.
    function test_proveProperty_revokedSigner_reverts() public {
        vm.prank(admin);
        registry.revokeKey(keyA);
        _proveExpecting(
            VM_A,
            SUBSET,
            COMMITMENT,
            abi.encodeWithSelector(IPropertyRegistry.NoValidAttestation.selector, VM_A, SUBSET)
        );
    }

    /// @notice The attestation of a subset no longer approved is not valid any more.
    function test_proveProperty_subsetRemoved_reverts() public {
        vm.prank(policyAdmin);
        verifier.removeSubset(SUBSET);
        _proveExpecting(
            VM_A,
            SUBSET,
            COMMITMENT,
            abi.encodeWithSelector(IPropertyRegistry.NoValidAttestation.selector, VM_A, SUBSET)
        );
    }

    /// @notice An attestation signed by a key that has expired since stays valid (expiry is not revocation).
    function test_proveProperty_signerExpired_isAccepted() public {
        vm.warp(T0 + KEY_LIFETIME);
        _prove(VM_A, SUBSET, COMMITMENT);
        vm.assertTrue(properties.hasProperty(VM_A, SUBSET, PROPERTY, KEY_LIFETIME));
    }

    // ------------------------------------------------------------------------------------------ commitment

    /// @notice The first public input must be the latest attestation's commitment.
    function test_proveProperty_wrongCommitment_reverts() public {
        _proveExpecting(
            VM_A,
            SUBSET,
            COMMITMENT_2,
            abi.encodeWithSelector(IPropertyRegistry.CommitmentMismatch.selector, COMMITMENT, COMMITMENT_2)
        );
    }

    /// @notice The commitment of an attestation that is no longer the latest is refused.
    function test_proveProperty_staleCommitment_reverts() public {
        vm.warp(T0 + 60);
        _attest(VM_A, SUBSET, 2, T0 + 60, COMMITMENT_2);
        _proveExpecting(
            VM_A,
            SUBSET,
            COMMITMENT,
            abi.encodeWithSelector(IPropertyRegistry.CommitmentMismatch.selector, COMMITMENT_2, COMMITMENT)
        );
    }

    /// @notice An attestation without a commitment (zero) proves nothing, even with a zero input.
    function test_proveProperty_zeroCommitment_reverts() public {
        _attest(VM_B, SUBSET, 1, T0, bytes32(0));
        _proveExpecting(
            VM_B,
            SUBSET,
            bytes32(0),
            abi.encodeWithSelector(IPropertyRegistry.CommitmentMismatch.selector, bytes32(0), bytes32(0))
        );
        _proveExpecting(
            VM_B,
            SUBSET,
            COMMITMENT,
            abi.encodeWithSelector(IPropertyRegistry.CommitmentMismatch.selector, bytes32(0), COMMITMENT)
        );
    }

    /// @notice A newer attestation without a commitment leaves nothing to prove.
    function test_proveProperty_latestWithoutCommitment_reverts() public {
        _attest(VM_A, SUBSET, 2, T0, bytes32(0));
        _proveExpecting(
            VM_A,
            SUBSET,
            COMMITMENT,
            abi.encodeWithSelector(IPropertyRegistry.CommitmentMismatch.selector, bytes32(0), COMMITMENT)
        );
    }

    // ------------------------------------------------------------------------------------------ proof

    /// @notice A proof the verifier rejects is refused and nothing is recorded.
    function test_proveProperty_invalidProof_reverts() public {
        uint256[] memory inputs = _inputs(COMMITMENT);
        uint256[8] memory proof = FakeProof.make(inputs);
        proof[0] = 0;
        vm.expectRevert(abi.encodeWithSelector(IPropertyRegistry.InvalidProof.selector, PROPERTY, address(fake)));
        properties.proveProperty(VM_A, SUBSET, PROPERTY, address(fake), proof, inputs);
        vm.assertEq(properties.propertyRecord(VM_A, SUBSET, PROPERTY).provenAt, 0);
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY, type(uint256).max));
    }

    /// @notice Every proof word and every input reaches the verifier: a proof made for other inputs is rejected.
    function test_proveProperty_proofForOtherInputs_reverts() public {
        uint256[] memory inputs = _inputs3(COMMITMENT);
        uint256[] memory other = _inputs3(COMMITMENT);
        other[2] = 8;
        uint256[8] memory proof = FakeProof.make(other);
        vm.expectRevert(abi.encodeWithSelector(IPropertyRegistry.InvalidProof.selector, PROPERTY_3, address(fake)));
        properties.proveProperty(VM_A, SUBSET, PROPERTY_3, address(fake), proof, inputs);
    }

    /// @notice A verifier set with the wrong number of inputs has no function of that selector: every proof is
    /// refused.
    function test_proveProperty_verifierWithoutThatArity_reverts() public {
        bytes32 twoInputs = keccak256("vmattest.property.twoinputs.v1");
        vm.prank(verifierAdmin);
        properties.setVerifier(twoInputs, address(fake), 2 + CTX);
        uint256[] memory inputs = new uint256[](2);
        inputs[0] = uint256(COMMITMENT);
        vm.expectRevert(abi.encodeWithSelector(IPropertyRegistry.InvalidProof.selector, twoInputs, address(fake)));
        properties.proveProperty(VM_A, SUBSET, twoInputs, address(fake), FakeProof.make(inputs), inputs);
    }

    // ------------------------------------------------------------------------------------------ order

    /// @notice The checks run in the documented order: verifier, input count, attestation, commitment, age of the
    /// record, code, proof.
    function test_proveProperty_checkOrder() public {
        uint256[8] memory badProof;
        uint256[] memory badInputs = new uint256[](2);
        address unknown = address(0xDEAD);
        vm.expectRevert(abi.encodeWithSelector(IPropertyRegistry.VerifierNotAccepted.selector, PROPERTY, unknown));
        properties.proveProperty(VM_B, OTHER_SUBSET, PROPERTY, unknown, badProof, badInputs);
        vm.expectRevert(abi.encodeWithSelector(IPropertyRegistry.WrongInputCount.selector, address(fake), 1, 2));
        properties.proveProperty(VM_B, OTHER_SUBSET, PROPERTY, address(fake), badProof, badInputs);
        badInputs = new uint256[](1);
        vm.expectRevert(abi.encodeWithSelector(IPropertyRegistry.NoValidAttestation.selector, VM_B, OTHER_SUBSET));
        properties.proveProperty(VM_B, OTHER_SUBSET, PROPERTY, address(fake), badProof, badInputs);
        vm.expectRevert(abi.encodeWithSelector(IPropertyRegistry.CommitmentMismatch.selector, COMMITMENT, 0));
        properties.proveProperty(VM_A, SUBSET, PROPERTY, address(fake), badProof, badInputs);
        vm.etch(address(fake), "");
        badInputs[0] = uint256(COMMITMENT);
        vm.expectRevert(abi.encodeWithSelector(IPropertyRegistry.VerifierHasNoCode.selector, address(fake)));
        properties.proveProperty(VM_A, SUBSET, PROPERTY, address(fake), badProof, badInputs);
    }

    /// @notice The older-record check comes before the proof check (no verifier gas spent on a useless proof).
    function test_proveProperty_olderThanRecordedBeforeProof() public {
        vm.warp(T0 + 60);
        (PropertyRegistry stubbed, StubAttestations stub) = _stubbedRegistry();
        uint256[] memory inputs = _inputs(COMMITMENT);
        stubbed.proveProperty(VM_A, SUBSET, PROPERTY, address(fake), FakeProof.make(inputs), inputs);
        stub.set(COMMITMENT, T0 - 1);
        uint256[8] memory badProof;
        vm.expectRevert(
            abi.encodeWithSelector(
                IPropertyRegistry.OlderThanRecorded.selector,
                VM_A,
                SUBSET,
                PROPERTY,
                _noParams(),
                uint64(T0 - 1),
                uint64(T0 + 60)
            )
        );
        stubbed.proveProperty(VM_A, SUBSET, PROPERTY, address(fake), badProof, inputs);
    }

    // ------------------------------------------------------------------------------------------ context inputs

    /// @notice The registry passes the attestation's context (VM id, hash algorithm, subset id halves) to the
    /// verifier after the commitment: a fake proof bound to that context is accepted, one bound to another VM,
    /// subset or algorithm is refused.
    function test_proveProperty_passesAttestationContext() public {
        uint256[] memory inputs = _inputs(COMMITMENT);
        uint8 hashAlg = verifier.latest(VM_A, SUBSET).hashAlg;
        uint256[8][3] memory wrong = [
            FakeProof.make(inputs, VM_B, SUBSET, hashAlg),
            FakeProof.make(inputs, VM_A, OTHER_SUBSET, hashAlg),
            FakeProof.make(inputs, VM_A, SUBSET, hashAlg + 1)
        ];
        for (uint256 i; i < wrong.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IPropertyRegistry.InvalidProof.selector, PROPERTY, address(fake)));
            properties.proveProperty(VM_A, SUBSET, PROPERTY, address(fake), wrong[i], inputs);
        }
        properties.proveProperty(
            VM_A, SUBSET, PROPERTY, address(fake), FakeProof.make(inputs, VM_A, SUBSET, hashAlg), inputs
        );
        vm.assertTrue(properties.hasProperty(VM_A, SUBSET, PROPERTY, 0));
    }
}
