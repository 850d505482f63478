// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IPropertyRegistry, PropertyRecord} from "../src/interfaces/IPropertyRegistry.sol";
import {FakeGroth16Verifier, FakeProof} from "./utils/FakeGroth16Verifier.sol";
import {PropertyBaseTest} from "./utils/PropertyBaseTest.sol";

/// @notice The binding of a proof's parameters (the public inputs after the commitment): records per (VM, property,
/// paramsHash), hasProperty for no parameters only, hasPropertyWith and propertyRecordWith for given parameters,
/// and paramsHashOf.
contract PropertyRegistryParamsTest is PropertyBaseTest {
    /// @dev A second parameter set of PROPERTY_3 (e.g. another region under another golden root).
    uint256 internal constant OTHER_PARAM_1 = 8;
    uint256 internal constant OTHER_PARAM_2 = 9;

    function _array(uint256 a, uint256 b) internal pure returns (uint256[] memory params) {
        params = new uint256[](2);
        params[0] = a;
        params[1] = b;
    }

    // ------------------------------------------------------------------------------------------ paramsHashOf

    /// @notice NO_PARAMS is the hash of an empty uint256[] as the test computes it, and what paramsHashOf gives for
    /// no parameters.
    function test_noParams_isHashOfEmptyArray() public view {
        uint256[] memory none = new uint256[](0);
        vm.assertEq(properties.NO_PARAMS(), keccak256(abi.encode(none)));
        vm.assertEq(properties.NO_PARAMS(), keccak256(abi.encode(uint256(0x20), uint256(0))), "offset, length");
        vm.assertEq(properties.paramsHashOf(none), properties.NO_PARAMS());
        vm.assertEq(properties.NO_PARAMS(), _noParams());
    }

    /// @notice paramsHashOf is keccak256(abi.encode(params)) of a uint256[] memory array: the offset, the length and
    /// the elements, not the packed elements and not the encoding of a fixed-size array.
    function test_paramsHashOf_matchesAbiEncode() public view {
        uint256[] memory params = _array(PARAM_1, PARAM_2);
        bytes32 expected = keccak256(abi.encode(params));
        vm.assertEq(properties.paramsHashOf(params), expected);
        vm.assertEq(
            expected,
            keccak256(abi.encode(uint256(0x20), uint256(2), PARAM_1, PARAM_2)),
            "the words 0x20, length, elements"
        );
        vm.assertEq(expected, _params3(), "the helper agrees");
        vm.assertTrue(expected != keccak256(abi.encodePacked(params)), "not packed");
        vm.assertTrue(expected != keccak256(abi.encode([PARAM_1, PARAM_2])), "not a fixed-size array");
    }

    /// @notice paramsHashOf agrees with keccak256(abi.encode(params)) computed here for any parameters, and the
    /// length is part of the hash (a parameter set and its extension by a zero differ).
    function testFuzz_paramsHashOf_matchesAbiEncode(uint256[] memory params) public view {
        vm.assertEq(properties.paramsHashOf(params), keccak256(abi.encode(params)));
        uint256[] memory extended = new uint256[](params.length + 1);
        for (uint256 i; i < params.length; ++i) {
            extended[i] = params[i];
        }
        vm.assertNotEq(properties.paramsHashOf(extended), properties.paramsHashOf(params));
    }

    // ------------------------------------------------------------------------------------------ recording

    /// @notice A proof with three public inputs is recorded under the hash of its two parameters (and the event
    /// carries it); the record of no parameters stays empty and hasProperty false; hasPropertyWith is true for
    /// exactly those parameters.
    function test_threeInputs_recordedUnderParamsHash() public {
        vm.warp(T0 + 10);
        uint256[] memory inputs = _inputs3(COMMITMENT);
        bytes32 paramsHash = properties.paramsHashOf(_array(PARAM_1, PARAM_2));
        vm.expectEmit(address(properties));
        emit IPropertyRegistry.PropertyProven(
            VM_A, PROPERTY_3, SUBSET, paramsHash, COMMITMENT, T0, address(fake), inputs
        );
        vm.prank(stranger);
        properties.proveProperty(VM_A, SUBSET, PROPERTY_3, address(fake), FakeProof.make(inputs), inputs);

        _assertRecordWith(VM_A, PROPERTY_3, paramsHash, SUBSET, COMMITMENT, T0, T0 + 10, address(fake));
        vm.assertEq(properties.propertyRecordWith(VM_A, SUBSET, PROPERTY_3, paramsHash).paramsHash, paramsHash);
        _assertRecord(VM_A, PROPERTY_3, SUBSET, 0, 0, 0, address(0));
        vm.assertEq(
            abi.encode(properties.propertyRecord(VM_A, SUBSET, PROPERTY_3)),
            abi.encode(PropertyRecord(0, 0, 0, 0, 0, address(0)))
        );

        vm.assertFalse(
            properties.hasProperty(VM_A, SUBSET, PROPERTY_3, type(uint256).max), "hasProperty: no parameters"
        );
        vm.assertFalse(
            properties.hasPropertyWith(VM_A, SUBSET, PROPERTY_3, properties.NO_PARAMS(), type(uint256).max), "NO_PARAMS"
        );
        vm.assertTrue(properties.hasPropertyWith(VM_A, SUBSET, PROPERTY_3, paramsHash, 10));
        vm.assertFalse(properties.hasPropertyWith(VM_A, SUBSET, PROPERTY_3, paramsHash, 9), "older than maxAge");
        vm.assertFalse(properties.hasPropertyWith(VM_B, SUBSET, PROPERTY_3, paramsHash, type(uint256).max), "other VM");
        vm.assertFalse(
            properties.hasPropertyWith(VM_A, SUBSET, PROPERTY, paramsHash, type(uint256).max), "other property"
        );
    }

    /// @notice hasPropertyWith is false for any other parameters: another value, the same values swapped, a prefix,
    /// the fixed-size or packed encodings of the right values.
    function test_hasPropertyWith_otherParams_isFalse() public {
        _prove3(VM_A, SUBSET, COMMITMENT, PARAM_1, PARAM_2);
        uint256 maxAge = type(uint256).max;
        vm.assertTrue(properties.hasPropertyWith(VM_A, SUBSET, PROPERTY_3, _params3(), maxAge));

        bytes32[6] memory others = [
            properties.paramsHashOf(_array(OTHER_PARAM_1, PARAM_2)),
            properties.paramsHashOf(_array(PARAM_1, PARAM_2 - 1)),
            properties.paramsHashOf(_array(PARAM_2, PARAM_1)),
            keccak256("some other parameters"),
            keccak256(abi.encode([PARAM_1, PARAM_2])),
            keccak256(abi.encodePacked(_array(PARAM_1, PARAM_2)))
        ];
        for (uint256 i; i < others.length; ++i) {
            vm.assertFalse(properties.hasPropertyWith(VM_A, SUBSET, PROPERTY_3, others[i], maxAge), vm.toString(i));
            vm.assertEq(properties.propertyRecordWith(VM_A, SUBSET, PROPERTY_3, others[i]).provenAt, 0, vm.toString(i));
        }
        uint256[] memory prefix = new uint256[](1);
        prefix[0] = PARAM_1;
        vm.assertFalse(properties.hasPropertyWith(VM_A, SUBSET, PROPERTY_3, properties.paramsHashOf(prefix), maxAge));
    }

    /// @notice Proofs for two parameter sets of the same VM and property are two records: both hold, each is
    /// invalidated and re-proven on its own.
    function test_twoParameterSets_coexist() public {
        bytes32 first = _prove3(VM_A, SUBSET, COMMITMENT, PARAM_1, PARAM_2);
        vm.warp(T0 + 5);
        bytes32 second = _prove3(VM_A, SUBSET, COMMITMENT, OTHER_PARAM_1, OTHER_PARAM_2);
        vm.assertNotEq(first, second);
        _assertRecordWith(VM_A, PROPERTY_3, first, SUBSET, COMMITMENT, T0, T0, address(fake));
        _assertRecordWith(VM_A, PROPERTY_3, second, SUBSET, COMMITMENT, T0, T0 + 5, address(fake));
        vm.assertTrue(properties.hasPropertyWith(VM_A, SUBSET, PROPERTY_3, first, 5));
        vm.assertTrue(properties.hasPropertyWith(VM_A, SUBSET, PROPERTY_3, second, 5));
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY_3, type(uint256).max));

        // A new state invalidates both; proving it for the second set restores only the second.
        vm.warp(T0 + 60);
        _attest(VM_A, SUBSET, 2, T0 + 60, COMMITMENT_2);
        vm.assertFalse(properties.hasPropertyWith(VM_A, SUBSET, PROPERTY_3, first, type(uint256).max));
        vm.assertFalse(properties.hasPropertyWith(VM_A, SUBSET, PROPERTY_3, second, type(uint256).max));
        _prove3(VM_A, SUBSET, COMMITMENT_2, OTHER_PARAM_1, OTHER_PARAM_2);
        vm.assertFalse(
            properties.hasPropertyWith(VM_A, SUBSET, PROPERTY_3, first, type(uint256).max), "first not re-proven"
        );
        vm.assertTrue(properties.hasPropertyWith(VM_A, SUBSET, PROPERTY_3, second, 0));
        _assertRecordWith(VM_A, PROPERTY_3, first, SUBSET, COMMITMENT, T0, T0, address(fake));
        _assertRecordWith(VM_A, PROPERTY_3, second, SUBSET, COMMITMENT_2, T0 + 60, T0 + 60, address(fake));
    }

    /// @notice A proof with the commitment only is the record of NO_PARAMS: hasProperty and hasPropertyWith of
    /// NO_PARAMS find it, propertyRecord and propertyRecordWith of NO_PARAMS return it.
    function test_oneInput_foundByHasProperty() public {
        uint256[] memory inputs = _inputs(COMMITMENT);
        vm.expectEmit(address(properties));
        emit IPropertyRegistry.PropertyProven(
            VM_A, PROPERTY, SUBSET, properties.NO_PARAMS(), COMMITMENT, T0, address(fake), inputs
        );
        _prove(VM_A, SUBSET, COMMITMENT);

        bytes32 noParams = properties.NO_PARAMS();
        vm.assertTrue(properties.hasProperty(VM_A, SUBSET, PROPERTY, 0));
        vm.assertTrue(properties.hasPropertyWith(VM_A, SUBSET, PROPERTY, noParams, 0));
        vm.assertFalse(
            properties.hasPropertyWith(VM_A, SUBSET, PROPERTY, _params3(), type(uint256).max), "other params"
        );
        _assertRecord(VM_A, PROPERTY, SUBSET, COMMITMENT, T0, T0, address(fake));
        vm.assertEq(properties.propertyRecord(VM_A, SUBSET, PROPERTY).paramsHash, noParams);
    }

    /// @notice A property with verifiers of both arities: a one-input proof makes hasProperty true, a three-input
    /// one only hasPropertyWith of its parameters; the records are independent.
    function test_mixedArities_separateRecords() public {
        FakeGroth16Verifier one = new FakeGroth16Verifier();
        vm.prank(verifierAdmin);
        properties.setVerifier(PROPERTY_3, address(one), 1 + CTX);

        bytes32 paramsHash = _prove3(VM_A, SUBSET, COMMITMENT, PARAM_1, PARAM_2);
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY_3, type(uint256).max));

        vm.warp(T0 + 7);
        uint256[] memory inputs = _inputs(COMMITMENT);
        properties.proveProperty(VM_A, SUBSET, PROPERTY_3, address(one), FakeProof.make(inputs), inputs);
        vm.assertTrue(properties.hasProperty(VM_A, SUBSET, PROPERTY_3, 7));
        vm.assertTrue(properties.hasPropertyWith(VM_A, SUBSET, PROPERTY_3, paramsHash, 7));
        _assertRecord(VM_A, PROPERTY_3, SUBSET, COMMITMENT, T0, T0 + 7, address(one));
        _assertRecordWith(VM_A, PROPERTY_3, paramsHash, SUBSET, COMMITMENT, T0, T0, address(fake));

        // Refusing the three-input verifier invalidates its record only.
        vm.prank(verifierAdmin);
        properties.retireVerifier(PROPERTY_3, address(fake), 0);
        vm.assertFalse(properties.hasPropertyWith(VM_A, SUBSET, PROPERTY_3, paramsHash, type(uint256).max));
        vm.assertTrue(properties.hasProperty(VM_A, SUBSET, PROPERTY_3, 7));
    }

    /// @notice hasPropertyWith applies the same checks as hasProperty: a revoked signer or a removed subset
    /// invalidates a record with parameters.
    function test_hasPropertyWith_invalidations() public {
        bytes32 paramsHash = _prove3(VM_A, SUBSET, COMMITMENT, PARAM_1, PARAM_2);
        vm.assertTrue(properties.hasPropertyWith(VM_A, SUBSET, PROPERTY_3, paramsHash, 0));
        uint256 snapshot = vm.snapshotState();
        vm.prank(policyAdmin);
        verifier.removeSubset(SUBSET);
        vm.assertFalse(properties.hasPropertyWith(VM_A, SUBSET, PROPERTY_3, paramsHash, type(uint256).max), "subset");
        vm.prank(policyAdmin);
        verifier.approveSubset(SUBSET, _policy(), "boot chain", "1.0.0", "");
        // Removal cleared the subset's records: re-approval does not revive the attestation.
        vm.assertFalse(
            properties.hasPropertyWith(VM_A, SUBSET, PROPERTY_3, paramsHash, type(uint256).max), "re-approved"
        );
        vm.assertTrue(vm.revertToState(snapshot));
        vm.prank(admin);
        registry.revokeKey(keyA);
        vm.assertFalse(properties.hasPropertyWith(VM_A, SUBSET, PROPERTY_3, paramsHash, type(uint256).max), "signer");
    }

    // ------------------------------------------------------------------------------------------ older attestation

    /// @notice A record is per (subset, parameters): a proof over another subset with the same parameters, of an
    /// older attestation, neither replaces nor answers for the first subset's record; nor does a record with
    /// parameters answer for the property without them.
    function test_records_arePerSubsetAndParams() public {
        vm.prank(policyAdmin);
        verifier.approveSubset(OTHER_SUBSET, _policy(), "etc", "1", "");
        vm.warp(T0 + 60);
        _attest(VM_A, OTHER_SUBSET, 2, T0 + 30, COMMITMENT_2);
        _attest(VM_A, SUBSET, 3, T0 + 60, COMMITMENT);
        bytes32 first = _prove3(VM_A, SUBSET, COMMITMENT, PARAM_1, PARAM_2);
        bytes32 same = _prove3(VM_A, OTHER_SUBSET, COMMITMENT_2, PARAM_1, PARAM_2);
        vm.assertEq(same, first);
        _assertRecordWith(VM_A, PROPERTY_3, first, SUBSET, COMMITMENT, T0 + 60, T0 + 60, address(fake));
        _assertRecordWith(VM_A, PROPERTY_3, first, OTHER_SUBSET, COMMITMENT_2, T0 + 30, T0 + 60, address(fake));

        bytes32 second = _prove3(VM_A, OTHER_SUBSET, COMMITMENT_2, OTHER_PARAM_1, OTHER_PARAM_2);
        vm.assertTrue(properties.hasPropertyWith(VM_A, SUBSET, PROPERTY_3, first, 0));
        vm.assertTrue(properties.hasPropertyWith(VM_A, OTHER_SUBSET, PROPERTY_3, second, 30));
        vm.assertFalse(properties.hasPropertyWith(VM_A, SUBSET, PROPERTY_3, second, type(uint256).max), "subset");

        // A record with parameters does not block or answer for a proof without them.
        FakeGroth16Verifier one = new FakeGroth16Verifier();
        vm.prank(verifierAdmin);
        properties.setVerifier(PROPERTY_3, address(one), 1 + CTX);
        uint256[] memory single = _inputs(COMMITMENT_2);
        vm.assertFalse(properties.hasProperty(VM_A, OTHER_SUBSET, PROPERTY_3, type(uint256).max));
        properties.proveProperty(VM_A, OTHER_SUBSET, PROPERTY_3, address(one), FakeProof.make(single), single);
        vm.assertTrue(properties.hasProperty(VM_A, OTHER_SUBSET, PROPERTY_3, 30));
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY_3, type(uint256).max));
    }

    // ------------------------------------------------------------------------------------------ fuzz

    /// @notice For any parameters, the proof is recorded under their hash as computed here, hasProperty stays
    /// false, and changing either parameter gives a hash with no record.
    function testFuzz_proveProperty_recordsUnderParamsHash(uint256 param1, uint256 param2, uint256 other) public {
        vm.assume(other != param1);
        bytes32 paramsHash = _prove3(VM_A, SUBSET, COMMITMENT, param1, param2);
        vm.assertEq(paramsHash, keccak256(abi.encode(_array(param1, param2))));
        vm.assertTrue(properties.hasPropertyWith(VM_A, SUBSET, PROPERTY_3, paramsHash, 0));
        vm.assertEq(properties.propertyRecordWith(VM_A, SUBSET, PROPERTY_3, paramsHash).paramsHash, paramsHash);
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY_3, type(uint256).max));
        vm.assertFalse(
            properties.hasPropertyWith(
                VM_A, SUBSET, PROPERTY_3, keccak256(abi.encode(_array(other, param2))), type(uint256).max
            )
        );
        vm.assertFalse(
            properties.hasPropertyWith(
                VM_A, SUBSET, PROPERTY_3, keccak256(abi.encode(_array(param1, ~param2))), type(uint256).max
            )
        );
    }
}
