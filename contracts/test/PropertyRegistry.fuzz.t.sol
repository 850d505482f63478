// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IPropertyRegistry} from "../src/interfaces/IPropertyRegistry.sol";
import {FakeProof} from "./utils/FakeGroth16Verifier.sol";
import {PropertyBaseTest} from "./utils/PropertyBaseTest.sol";

/// @notice Property tests of PropertyRegistry over random times, ages, grace periods and inputs.
contract PropertyRegistryFuzzTest is PropertyBaseTest {
    /// @notice hasProperty holds exactly while block.timestamp <= attestation timestamp + maxAge, for any proof
    /// time and query time.
    function testFuzz_hasProperty_maxAgeBoundary(uint256 provenAfter, uint256 elapsed, uint256 maxAge) public {
        provenAfter = bound(provenAfter, 0, 3650 days);
        elapsed = bound(elapsed, provenAfter, 3650 days);
        maxAge = bound(maxAge, 0, 2 * 3650 days); // both answers about equally often
        vm.warp(T0 + provenAfter);
        _prove(VM_A, SUBSET, COMMITMENT);
        vm.warp(T0 + elapsed);
        vm.assertEq(properties.hasProperty(VM_A, SUBSET, PROPERTY, maxAge), elapsed <= maxAge);
        // At the boundary itself, and one second short of it.
        vm.assertTrue(properties.hasProperty(VM_A, SUBSET, PROPERTY, elapsed));
        if (elapsed > 0) vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY, elapsed - 1));
    }

    /// @notice A retired verifier is accepted exactly before block.timestamp + gracePeriod at retirement.
    function testFuzz_retireVerifier_graceBoundary(uint32 gracePeriod, uint256 elapsed) public {
        elapsed = bound(elapsed, 0, uint256(gracePeriod) + 2);
        vm.prank(verifierAdmin);
        properties.retireVerifier(PROPERTY, address(fake), gracePeriod);
        vm.warp(T0 + elapsed);
        uint256[] memory inputs = _inputs(COMMITMENT);
        uint256[8] memory proof = FakeProof.make(inputs);
        if (elapsed >= gracePeriod) {
            vm.expectRevert(
                abi.encodeWithSelector(IPropertyRegistry.VerifierNotAccepted.selector, PROPERTY, address(fake))
            );
        }
        properties.proveProperty(VM_A, SUBSET, PROPERTY, address(fake), proof, inputs);
        vm.assertEq(properties.verifiers(PROPERTY).length, elapsed < gracePeriod ? 1 : 0);
    }

    /// @notice Any first input other than the commitment is refused with both values.
    function testFuzz_proveProperty_otherCommitment_reverts(uint256 got) public {
        vm.assume(got != uint256(COMMITMENT));
        uint256[] memory inputs = _inputs(bytes32(got));
        uint256[8] memory proof = FakeProof.make(inputs);
        vm.expectRevert(abi.encodeWithSelector(IPropertyRegistry.CommitmentMismatch.selector, COMMITMENT, got));
        properties.proveProperty(VM_A, SUBSET, PROPERTY, address(fake), proof, inputs);
    }

    /// @notice Whatever the proof, the verifier's answer decides: only a proof it accepts is recorded.
    function testFuzz_proveProperty_onlyAcceptedProofIsRecorded(uint256[8] memory proof, bool validEnds) public {
        uint256[] memory inputs = _inputs3(COMMITMENT);
        uint256[8] memory valid = FakeProof.make(inputs);
        if (validEnds) (proof[0], proof[6], proof[7]) = (valid[0], valid[6], valid[7]); // the words the fake checks
        // Word 6 is ANY_CONTEXT in `valid`; a random word 6 matches the context hash with negligible probability.
        bool accepted = proof[0] == valid[0] && proof[6] == valid[6] && proof[7] == valid[7];
        if (!accepted) {
            vm.expectRevert(abi.encodeWithSelector(IPropertyRegistry.InvalidProof.selector, PROPERTY_3, address(fake)));
        }
        properties.proveProperty(VM_A, SUBSET, PROPERTY_3, address(fake), proof, inputs);
        vm.assertEq(properties.hasPropertyWith(VM_A, SUBSET, PROPERTY_3, _params3(), 0), accepted);
    }
}
