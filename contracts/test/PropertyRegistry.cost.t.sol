// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {FakeGroth16Verifier, FakeProof} from "./utils/FakeGroth16Verifier.sol";
import {Console} from "./lib/Console.sol";
import {PropertyBaseTest} from "./utils/PropertyBaseTest.sol";

/// @notice The gas of proveProperty and hasProperty with the fake verifier, which costs almost nothing: the cost
/// with a generated verifier is these figures plus that verifier's verifyProof. Each measured call is the first
/// touch of its storage in the test transaction. Figures are execution gas (no 21,000 base cost, no calldata
/// cost); they are printed with -vv and recorded in snapshots/PropertyRegistryCostTest.json, where `make gas-check`
/// fails when one changes (budgets live in the snapshot, not in asserts, so that `forge test --gas-report`, which
/// runs every call as its own transaction and so measures more, passes too). The proveProperty figures include
/// the call's own overhead of the fake (a few hundred gas for its cold account access and checks).
contract PropertyRegistryCostTest is PropertyBaseTest {
    bytes32 internal constant PROPERTY_3B = keccak256("vmattest.property.threeinputs.v2");

    function setUp() public override {
        super.setUp();
        vm.prank(verifierAdmin);
        properties.setVerifier(PROPERTY_3B, address(fake), 3 + CTX);
        // VM_A: PROPERTY_3 proven (a record to query). VM_B: proven once at T0, then attested again with another
        // state at T0 + 60 (an update to prove).
        uint256[] memory inputs = _inputs3(COMMITMENT);
        properties.proveProperty(VM_A, SUBSET, PROPERTY_3, address(fake), FakeProof.make(inputs), inputs);
        _attest(VM_B, SUBSET, 1, T0, COMMITMENT);
        _prove(VM_B, SUBSET, COMMITMENT);
        vm.warp(T0 + 60);
        _attest(VM_B, SUBSET, 2, T0 + 60, COMMITMENT_2);
    }

    /// @dev Records the last call's execution gas under key in the snapshot, and prints it.
    function _measure(string memory key) internal returns (uint256 gasUsed) {
        gasUsed = vm.lastCallGas().gasTotalUsed;
        Console.log(key, gasUsed);
        vm.snapshotValue(key, gasUsed);
    }

    /// @dev Calldata gas of `data` (4 per zero byte, 16 per other byte).
    function _calldataGas(bytes memory data) internal pure returns (uint256 cost) {
        for (uint256 i; i < data.length; ++i) {
            cost += data[i] == 0 ? 4 : 16;
        }
    }

    /// @notice First proof of a (VM, property), one public input: three record slots go from zero to nonzero.
    function test_cost_proveProperty_first_oneInput() public {
        uint256[] memory inputs = _inputs(COMMITMENT);
        uint256[8] memory proof = FakeProof.make(inputs);
        properties.proveProperty(VM_A, SUBSET, PROPERTY, address(fake), proof, inputs);
        _measure("proveProperty_first_1input");
        bytes memory data =
            abi.encodeCall(properties.proveProperty, (VM_A, SUBSET, PROPERTY, address(fake), proof, inputs));
        Console.log("  calldata bytes", data.length);
        Console.log("  calldata gas (standard)", _calldataGas(data));
    }

    /// @notice First proof of a (VM, property), three public inputs.
    function test_cost_proveProperty_first_threeInputs() public {
        uint256[] memory inputs = _inputs3(COMMITMENT);
        uint256[8] memory proof = FakeProof.make(inputs);
        properties.proveProperty(VM_A, SUBSET, PROPERTY_3B, address(fake), proof, inputs);
        _measure("proveProperty_first_3inputs");
    }

    /// @notice A new proof of the same (VM, property, subset) after a newer attestation: the commitment and
    /// timestamps change.
    function test_cost_proveProperty_update() public {
        uint256[] memory inputs = _inputs(COMMITMENT_2);
        uint256[8] memory proof = FakeProof.make(inputs);
        properties.proveProperty(VM_B, SUBSET, PROPERTY, address(fake), proof, inputs);
        _measure("proveProperty_update_1input");
    }

    /// @notice hasPropertyWith of a valid record with parameters (every check runs), storage not touched before in
    /// the transaction.
    function test_cost_hasProperty_true() public {
        vm.assertTrue(properties.hasPropertyWith(VM_A, SUBSET, PROPERTY_3, _params3(), 1 hours));
        _measure("hasPropertyWith_true");
    }

    /// @notice hasProperty of a record whose state was attested again with another commitment.
    function test_cost_hasProperty_newerState() public {
        vm.assertFalse(properties.hasProperty(VM_B, SUBSET, PROPERTY, 1 hours));
        _measure("hasProperty_false_newerState");
    }

    /// @notice The fake verifier's own cost, to subtract when adding a generated verifier's.
    function test_cost_fakeVerifier() public {
        uint256[] memory inputs = _inputs(COMMITMENT);
        uint256[8] memory proof = FakeProof.make(inputs);
        uint256[5] memory input = [inputs[0], 0, 0, 0, 0];
        FakeGroth16Verifier(fake).verifyProof(proof, input);
        _measure("fakeVerifyProof_5inputs");
    }
}
