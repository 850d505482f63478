// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {PropertyRecord} from "../src/interfaces/IPropertyRegistry.sol";
import {FakeGroth16Verifier, FakeProof} from "./utils/FakeGroth16Verifier.sol";
import {PropertyBaseTest} from "./utils/PropertyBaseTest.sol";

/// @notice The consumer view: hasProperty and propertyRecord, and what invalidates a recorded proof.
contract PropertyRegistryReadsTest is PropertyBaseTest {
    function setUp() public override {
        super.setUp();
        _prove(VM_A, SUBSET, COMMITMENT); // record of VM_A / PROPERTY: the attestation of T0, proven at T0
    }

    /// @notice Without a record everything reads as zero and no property holds.
    function test_propertyRecord_noRecord_isAllZero() public view {
        PropertyRecord memory record = properties.propertyRecord(VM_B, SUBSET, PROPERTY);
        vm.assertEq(abi.encode(record), abi.encode(PropertyRecord(0, 0, 0, 0, 0, address(0))));
        vm.assertFalse(properties.hasProperty(VM_B, SUBSET, PROPERTY, type(uint256).max));
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY_3, type(uint256).max));
    }

    /// @notice A VM with a valid attestation but no proof does not have the property.
    function test_hasProperty_attestedButNotProven_isFalse() public {
        _attest(VM_B, SUBSET, 1, T0, COMMITMENT);
        vm.assertTrue(verifier.isFresh(VM_B, SUBSET, 0));
        vm.assertFalse(properties.hasProperty(VM_B, SUBSET, PROPERTY, type(uint256).max));
    }

    /// @notice The property holds up to and including attestation timestamp + maxAge, and not one second later.
    function test_hasProperty_aroundMaxAge() public {
        vm.assertTrue(properties.hasProperty(VM_A, SUBSET, PROPERTY, 0), "same second, maxAge 0");
        vm.warp(T0 + 600);
        vm.assertTrue(properties.hasProperty(VM_A, SUBSET, PROPERTY, 600));
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY, 599));
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY, 0));
        vm.assertTrue(properties.hasProperty(VM_A, SUBSET, PROPERTY, type(uint256).max));
        vm.warp(T0 + 601);
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY, 600));
    }

    /// @notice The age is that of the proven attestation: a newer attestation of the same state keeps the property
    /// but does not make the proof younger.
    function test_hasProperty_ageIsOfProvenAttestation() public {
        vm.warp(T0 + 100);
        _attest(VM_A, SUBSET, 2, T0 + 100, COMMITMENT);
        vm.warp(T0 + 150);
        vm.assertTrue(properties.hasProperty(VM_A, SUBSET, PROPERTY, 150), "same commitment: still proven");
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY, 100), "proven attestation is 150 s old");
        vm.assertTrue(verifier.isFresh(VM_A, SUBSET, 100));
        _prove(VM_A, SUBSET, COMMITMENT);
        vm.assertTrue(properties.hasProperty(VM_A, SUBSET, PROPERTY, 50), "re-proven on the newer attestation");
    }

    /// @notice An attestation timestamp ahead of the block (allowed clock skew) has age zero.
    function test_hasProperty_attestationAheadOfBlock() public {
        _attest(VM_B, SUBSET, 1, T0 + MAX_FUTURE_SKEW, COMMITMENT_2);
        _prove(VM_B, SUBSET, COMMITMENT_2);
        vm.assertTrue(properties.hasProperty(VM_B, SUBSET, PROPERTY, 0));
    }

    /// @notice A newer attestation of another state invalidates the proof until the new state is proven.
    function test_hasProperty_newerAttestationOtherCommitment_isFalseUntilReproven() public {
        vm.warp(T0 + 60);
        _attest(VM_A, SUBSET, 2, T0 + 60, COMMITMENT_2);
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY, type(uint256).max));
        // The record itself is unchanged.
        vm.assertEq(properties.propertyRecord(VM_A, SUBSET, PROPERTY).commitment, COMMITMENT);

        _prove(VM_A, SUBSET, COMMITMENT_2);
        vm.assertTrue(properties.hasProperty(VM_A, SUBSET, PROPERTY, 0));
        _assertRecord(VM_A, PROPERTY, SUBSET, COMMITMENT_2, T0 + 60, T0 + 60, address(fake));
    }

    /// @notice A state that comes back (same commitment as the proven one) has the property again.
    function test_hasProperty_commitmentComesBack_isTrueAgain() public {
        _attest(VM_A, SUBSET, 2, T0, COMMITMENT_2);
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY, 1 hours));
        _attest(VM_A, SUBSET, 3, T0, COMMITMENT);
        vm.assertTrue(properties.hasProperty(VM_A, SUBSET, PROPERTY, 1 hours));
    }

    /// @notice A newer attestation without a commitment invalidates the proof.
    function test_hasProperty_newerAttestationWithoutCommitment_isFalse() public {
        _attest(VM_A, SUBSET, 2, T0, bytes32(0));
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY, type(uint256).max));
    }

    /// @notice Revoking the signer of the latest attestation invalidates the proof.
    function test_hasProperty_signerRevoked_isFalse() public {
        vm.prank(admin);
        registry.revokeKey(keyA);
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY, type(uint256).max));
    }

    /// @notice Removing the subset invalidates the proof; approving it again restores it.
    function test_hasProperty_subsetRemoved_isFalse() public {
        vm.prank(policyAdmin);
        verifier.removeSubset(SUBSET);
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY, type(uint256).max));
        vm.prank(policyAdmin);
        verifier.approveSubset(SUBSET, _policy(), "boot chain", "1.0.0", "");
        // Removal cleared the subset's records: re-approval does not revive the attestation the proof rests on.
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY, type(uint256).max));
    }

    /// @notice A proof counts while its verifier is accepted: through the grace period, not after it.
    function test_hasProperty_verifierRefusedAfterGrace_isFalse() public {
        vm.prank(verifierAdmin);
        properties.retireVerifier(PROPERTY, address(fake), 1 days);
        vm.warp(T0 + 1 days - 1);
        vm.assertTrue(properties.hasProperty(VM_A, SUBSET, PROPERTY, 1 days));
        vm.warp(T0 + 1 days);
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY, type(uint256).max));
    }

    /// @notice A verifier retired at once (e.g. broken) stops vouching for its proofs at once; a proof with the new
    /// verifier restores the property.
    function test_hasProperty_verifierRetiredAtOnce_isFalseUntilReproven() public {
        FakeGroth16Verifier next = new FakeGroth16Verifier();
        vm.startPrank(verifierAdmin);
        properties.setVerifier(PROPERTY, address(next), 1 + CTX);
        properties.retireVerifier(PROPERTY, address(fake), 0);
        vm.stopPrank();
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY, type(uint256).max));

        uint256[] memory inputs = _inputs(COMMITMENT);
        properties.proveProperty(VM_A, SUBSET, PROPERTY, address(next), FakeProof.make(inputs), inputs);
        vm.assertTrue(properties.hasProperty(VM_A, SUBSET, PROPERTY, 0));
    }

    /// @notice Properties are per VM: another VM's attestation and proof are independent.
    function test_hasProperty_perVm() public {
        _attest(VM_B, SUBSET, 1, T0, COMMITMENT_2);
        vm.assertFalse(properties.hasProperty(VM_B, SUBSET, PROPERTY, 0));
        _prove(VM_B, SUBSET, COMMITMENT_2);
        vm.assertTrue(properties.hasProperty(VM_B, SUBSET, PROPERTY, 0));
        vm.prank(admin);
        registry.revokeKey(keyB);
        vm.assertFalse(properties.hasProperty(VM_B, SUBSET, PROPERTY, 0));
        vm.assertTrue(properties.hasProperty(VM_A, SUBSET, PROPERTY, 0));
    }
}
