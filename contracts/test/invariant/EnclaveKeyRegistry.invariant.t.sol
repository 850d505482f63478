// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {EnclaveKeyRegistry} from "../../src/EnclaveKeyRegistry.sol";
import {KeyInfo, KeyStatus} from "../../src/interfaces/IEnclaveKeyRegistry.sol";
import {Test} from "../lib/Test.sol";
import {RegistryHandler} from "./RegistryHandler.sol";

/// @notice Invariants of the registry's k-of-n quorum under random approvals, revocation votes, and governed
/// threshold changes and registrar grants and revocations, and the admin's attempts to bypass governance (see
/// RegistryHandler).
contract EnclaveKeyRegistryInvariantTest is Test {
    RegistryHandler internal handler;
    EnclaveKeyRegistry internal registry;

    function setUp() public {
        vm.warp(1_767_225_600);
        handler = new RegistryHandler();
        registry = handler.registry();

        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](8);
        selectors[0] = RegistryHandler.approve.selector;
        selectors[1] = RegistryHandler.voteRevocation.selector;
        selectors[2] = RegistryHandler.adminRevoke.selector;
        selectors[3] = RegistryHandler.approveByQuorum.selector;
        selectors[4] = RegistryHandler.proposeAction.selector;
        selectors[5] = RegistryHandler.approveAction.selector;
        selectors[6] = RegistryHandler.executeAction.selector;
        selectors[7] = RegistryHandler.adminBypass.selector;
        targetSelector(address(handler), selectors);
    }

    /// @custom:invariant Every call had the predicted outcome: approvals and votes succeed exactly for registrars
    /// that have not approved yet, and activate or revoke exactly when the approvals of current registrars reach the
    /// threshold; thresholds outside 1..n and registrar revocations leaving fewer than k registrars revert.
    function invariant_outcomesAsPredicted() public view {
        vm.assertFalse(handler.ghostUnexpectedOutcome(), "a call had an unexpected outcome");
    }

    /// @custom:invariant Progress: every time k current registrars approved a fresh registration, it activated.
    function invariant_quorumActivates() public view {
        vm.assertEq(handler.ghostQuorumActivations(), handler.ghostQuorums(), "a quorum did not activate its key");
    }

    /// @notice Progress at the end of every run: whatever happened (thresholds, registrar changes, pending
    /// approvals of removed registrars), k current registrars activate every key still unregistered.
    function afterInvariant() public {
        for (uint256 i; i < handler.KEY_COUNT(); ++i) {
            handler.approveByQuorum(i);
            vm.assertGt(uint256(registry.keyInfo(handler.keys(i)).status), uint256(KeyStatus.None), "not activated");
        }
        vm.assertFalse(handler.ghostUnexpectedOutcome(), "a quorum did not activate its key");
        vm.assertGe(handler.ghostActivations(), 1, "no key activated");
    }

    /// @custom:invariant The default admin never changed the registrars or the threshold outside a governed action.
    function invariant_adminCannotBypassGovernance() public view {
        vm.assertFalse(handler.ghostAdminBypassedGovernance(), "the admin changed the registrars directly");
    }

    /// @custom:invariant No key is registered with fewer recorded approvals than the threshold in force at its
    /// activation, nor with more than its registration's approvers.
    function invariant_registeredKeysHadQuorum() public view {
        for (uint256 i; i < handler.KEY_COUNT(); ++i) {
            address key = handler.keys(i);
            KeyInfo memory info = registry.keyInfo(key);
            if (info.status == KeyStatus.None) {
                vm.assertEq(info.approvals, 0, "approvals of an unregistered key");
                continue;
            }
            uint8 threshold = handler.ghostThresholdAtActivation(key);
            vm.assertGe(threshold, 1, "activated outside approveKey");
            vm.assertGe(info.approvals, threshold, "activated below the threshold");
            vm.assertLe(info.approvals, registry.keyApprovers(info.registrationHash).length, "approvals > approvers");
            vm.assertEq(info.measurement.length, 48, "measurement");
        }
    }

    /// @custom:invariant A key revoked by vote had at least the threshold in force of current registrars' votes.
    function invariant_voteRevocationsHadQuorum() public view {
        for (uint256 i; i < handler.KEY_COUNT(); ++i) {
            address key = handler.keys(i);
            uint8 threshold = handler.ghostThresholdAtVoteRevocation(key);
            if (threshold == 0) continue;
            vm.assertEq(uint256(registry.keyInfo(key).status), uint256(KeyStatus.Revoked), "not revoked");
            vm.assertGe(handler.ghostVotesAtRevocation(key), threshold, "revoked below the threshold");
        }
    }

    /// @custom:invariant The VM's revocation count is the number of its keys in status Revoked, however they were
    /// revoked (AttestationVerifier relies on it to stale quorum records).
    function invariant_revocationCountIsRevokedKeys() public view {
        uint256 revoked;
        for (uint256 i; i < handler.KEY_COUNT(); ++i) {
            if (registry.keyInfo(handler.keys(i)).status == KeyStatus.Revoked) ++revoked;
        }
        vm.assertEq(registry.revocationCount(handler.VM_ID()), revoked, "revocation count");
    }

    /// @custom:invariant n is the number of REGISTRAR_ROLE holders, and 1 <= k <= n: the quorum stays reachable.
    function invariant_thresholdReachable() public view {
        uint256 holders;
        for (uint256 i; i < handler.ACCOUNT_COUNT(); ++i) {
            if (registry.hasRole(registry.REGISTRAR_ROLE(), handler.accounts(i))) ++holders;
        }
        vm.assertEq(registry.registrarCount(), holders, "registrar count");
        vm.assertGe(registry.approvalThreshold(), 1, "threshold zero");
        vm.assertLe(registry.approvalThreshold(), holders, "threshold above registrars");
    }
}
