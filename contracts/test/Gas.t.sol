// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Attestation, SignedAttestation} from "../src/libraries/AttestationLib.sol";
import {BaseTest} from "./utils/BaseTest.sol";

/// @notice The gas scenarios of the protocol's targets, recorded in snapshots/GasTest.json. Each measured call is
/// the first touch of its storage in the test transaction, like in a real transaction; figures are execution gas
/// (no 21,000 base cost, no calldata cost).
/// Targets from receipts: submit updating a record <= 35,000 gas above the base cost (calldata included), a batch
/// of 20 updates <= 25,000 gas per attestation (base cost share and calldata included).
contract GasTest is BaseTest {
    uint256 internal constant BATCH_SIZE = 20;
    uint256 internal constant BATCH_KEY_PK_BASE = 0xBA7C400;

    function setUp() public override {
        super.setUp();
        _submit(KEY_A_PK, _attestation(1));
        for (uint256 i; i < BATCH_SIZE; ++i) {
            bytes16 vmId = _batchVm(i);
            _register(vm.addr(BATCH_KEY_PK_BASE + i), vmId, T0 + KEY_LIFETIME);
            Attestation memory att = _attestation(vmId, 1, T0);
            _submit(BATCH_KEY_PK_BASE + i, att);
        }
        vm.warp(T0 + 60);
    }

    /// @dev Gas a transaction carrying `data` pays beyond its execution: the base cost and calldata (4 per zero
    /// byte, 16 per other byte), or the EIP-7623 floor (21,000 + 10 per token) when that is higher.
    function _receiptGas(bytes memory data, uint256 executionGas) internal pure returns (uint256) {
        uint256 tokens;
        for (uint256 i; i < data.length; ++i) {
            tokens += data[i] == 0 ? 1 : 4;
        }
        uint256 standard = 21_000 + 4 * tokens + executionGas;
        uint256 floor = 21_000 + 10 * tokens;
        return standard > floor ? standard : floor;
    }

    function _batchVm(uint256 i) internal pure returns (bytes16) {
        return bytes16(keccak256(abi.encode("batch vm", i)));
    }

    /// @notice First attestation of a (VM, subset): all record slots go from zero to nonzero.
    function test_gas_submit_first() public {
        Attestation memory att = _attestation(VM_B, 1, uint64(block.timestamp));
        (bytes32 r, bytes32 vs) = _sign(KEY_B_PK, att);
        verifier.submit(att, r, vs);
        uint256 gasUsed = vm.snapshotGasLastCall("submit_first");
        uint256 receipt = _receiptGas(abi.encodeCall(verifier.submit, (att, r, vs)), gasUsed);
        vm.snapshotValue("submit_first_receiptMinusBase", receipt - 21_000);
    }

    /// @notice Update of an existing record, same signer, unchanged state digest (the common case).
    function test_gas_submit_update_sameDigest() public {
        Attestation memory att = _attestation(2);
        att.stateDigest = _attestation(1).stateDigest;
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        verifier.submit(att, r, vs);
        uint256 gasUsed = vm.snapshotGasLastCall("submit_update_sameDigest");
        uint256 receipt = _receiptGas(abi.encodeCall(verifier.submit, (att, r, vs)), gasUsed);
        vm.snapshotValue("submit_update_sameDigest_receiptMinusBase", receipt - 21_000);
    }

    /// @notice Update of an existing record, same signer, new state digest.
    function test_gas_submit_update_changedDigest() public {
        Attestation memory att = _attestation(2);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        verifier.submit(att, r, vs);
        uint256 gasUsed = vm.snapshotGasLastCall("submit_update_changedDigest");
        uint256 receipt = _receiptGas(abi.encodeCall(verifier.submit, (att, r, vs)), gasUsed);
        vm.snapshotValue("submit_update_changedDigest_receiptMinusBase", receipt - 21_000);
    }

    /// @notice 20 updates of 20 existing records (20 VMs, 20 keys, one subset), all with new state digests.
    function test_gas_submitBatch_20_updates() public {
        SignedAttestation[] memory items = new SignedAttestation[](BATCH_SIZE);
        for (uint256 i; i < BATCH_SIZE; ++i) {
            Attestation memory att = _attestation(_batchVm(i), 2, uint64(block.timestamp));
            items[i] = _signed(BATCH_KEY_PK_BASE + i, att);
        }
        verifier.submitBatch(items);
        uint256 gasUsed = vm.snapshotGasLastCall("submitBatch_20_updates");
        vm.snapshotValue("submitBatch_20_updates_perItem", gasUsed / BATCH_SIZE);
        uint256 receipt = _receiptGas(abi.encodeCall(verifier.submitBatch, (items)), gasUsed);
        vm.snapshotValue("submitBatch_20_updates_receiptPerItem", receipt / BATCH_SIZE);
    }

    /// @notice 20 updates of 20 existing records with unchanged state digests.
    function test_gas_submitBatch_20_sameDigestUpdates() public {
        SignedAttestation[] memory items = new SignedAttestation[](BATCH_SIZE);
        for (uint256 i; i < BATCH_SIZE; ++i) {
            Attestation memory att = _attestation(_batchVm(i), 2, uint64(block.timestamp));
            att.stateDigest = _attestation(_batchVm(i), 1, T0).stateDigest;
            items[i] = _signed(BATCH_KEY_PK_BASE + i, att);
        }
        verifier.submitBatch(items);
        uint256 gasUsed = vm.snapshotGasLastCall("submitBatch_20_sameDigestUpdates");
        vm.snapshotValue("submitBatch_20_sameDigestUpdates_perItem", gasUsed / BATCH_SIZE);
        uint256 receipt = _receiptGas(abi.encodeCall(verifier.submitBatch, (items)), gasUsed);
        vm.snapshotValue("submitBatch_20_sameDigestUpdates_receiptPerItem", receipt / BATCH_SIZE);
    }
}
