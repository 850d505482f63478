// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

import {EnclaveKeyRegistry} from "../src/EnclaveKeyRegistry.sol";
import {ActionStatus, IEnclaveKeyRegistry, KeyStatus} from "../src/interfaces/IEnclaveKeyRegistry.sol";
import {BaseTest} from "./utils/BaseTest.sol";

/// @notice Governed actions on a registry with 2 of 3 registrars and a one-day delay: what can make a key active
/// needs k registrars and the delay, and the default admin cannot bypass either.
contract EnclaveKeyRegistryGovernanceTest is BaseTest {
    uint64 internal constant DELAY = 1 days;
    bytes32 internal constant VCEK = keccak256("a chip's VCEK");

    address internal registrar2 = address(0x4E62);
    address internal registrar3 = address(0x4E63);
    bytes32 internal registrarRole;
    bytes internal trustVcek;
    bytes32 internal trustId;

    function setUp() public override {
        super.setUp();
        address[] memory registrars = new address[](3);
        (registrars[0], registrars[1], registrars[2]) = (registrar, registrar2, registrar3);
        registry = new EnclaveKeyRegistry(ADMIN_DELAY, admin, registrars, 2, DELAY);
        registrarRole = registry.REGISTRAR_ROLE();
        trustVcek = abi.encodeCall(registry.setVcekTrusted, (VCEK, true));
        trustId = registry.actionId(trustVcek, 0);
    }

    function _propose(address by, bytes memory data, bytes32 salt) internal returns (bytes32) {
        vm.prank(by);
        return registry.proposeAction(data, salt);
    }

    function _approve(address by, bytes32 id) internal returns (bool) {
        vm.prank(by);
        return registry.approveAction(id);
    }

    function _notInStatus(bytes32 id, ActionStatus status) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IEnclaveKeyRegistry.ActionNotInStatus.selector, id, status);
    }

    /// @notice The full path: proposed (one approval), queued at the second with its time announced, executable by
    /// anyone at the end of the delay, and then done.
    function test_governedAction_proposeApproveWaitExecute() public {
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.ActionProposed(trustId, registrar, trustVcek, 0);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.ActionApproved(trustId, registrar, 1, 2);
        vm.assertEq(_propose(registrar, trustVcek, 0), trustId);
        (ActionStatus status, uint64 executableAt, uint256 approvals) = registry.actionState(trustId);
        vm.assertEq(uint256(status), uint256(ActionStatus.Proposed));
        vm.assertEq(executableAt, 0);
        vm.assertEq(approvals, 1);

        vm.warp(T0 + 5);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.ActionQueued(trustId, T0 + 5 + DELAY);
        vm.assertTrue(_approve(registrar3, trustId));
        vm.assertFalse(registry.isVcekTrusted(VCEK));

        vm.warp(T0 + 5 + DELAY);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.ActionExecuted(trustId);
        vm.prank(stranger);
        registry.executeAction(trustVcek, 0);
        vm.assertTrue(registry.isVcekTrusted(VCEK));
        (status,,) = registry.actionState(trustId);
        vm.assertEq(uint256(status), uint256(ActionStatus.Executed));
        vm.expectRevert(_notInStatus(trustId, ActionStatus.Executed));
        registry.executeAction(trustVcek, 0);
    }

    /// @notice Attack: executing before the delay, even one second before, is refused.
    function test_executeAction_beforeDelay_reverts() public {
        _propose(registrar, trustVcek, 0);
        _approve(registrar2, trustId);
        vm.warp(T0 + DELAY - 1);
        vm.expectRevert(
            abi.encodeWithSelector(IEnclaveKeyRegistry.ActionNotReady.selector, trustId, T0 + DELAY, T0 + DELAY - 1)
        );
        registry.executeAction(trustVcek, 0);
        vm.assertFalse(registry.isVcekTrusted(VCEK));
    }

    /// @notice Attack: one registrar alone cannot trust a VCEK, neither directly nor by its own proposal.
    function test_oneRegistrar_cannotTrustVcek() public {
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.NotGoverned.selector, registrar));
        vm.prank(registrar);
        registry.setVcekTrusted(VCEK, true);
        _propose(registrar, trustVcek, 0);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.ActionAlreadyApproved.selector, registrar, trustId));
        _approve(registrar, trustId);
        vm.warp(T0 + 10 * DELAY);
        vm.expectRevert(_notInStatus(trustId, ActionStatus.Proposed));
        registry.executeAction(trustVcek, 0);
        vm.assertFalse(registry.isVcekTrusted(VCEK));
    }

    /// @notice Attack: the default admin grants itself (or an accomplice) registrar seats, or lowers k, to reach
    /// the quorum alone: refused; it cannot propose either.
    function test_adminGrantsItselfSeats_reverts() public {
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.NotGoverned.selector, admin));
        registry.grantRole(registrarRole, admin);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.NotGoverned.selector, admin));
        registry.grantRole(registrarRole, stranger);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.NotGoverned.selector, admin));
        registry.revokeRole(registrarRole, registrar);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.NotGoverned.selector, admin));
        registry.setApprovalThreshold(1);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.NotGoverned.selector, admin));
        registry.setGovernanceDelay(0);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, admin, registrarRole)
        );
        registry.proposeAction(trustVcek, 0);
        vm.stopPrank();
        vm.assertFalse(registry.hasRole(registrarRole, admin));
        vm.assertEq(registry.registrarCount(), 3);
        vm.assertEq(registry.approvalThreshold(), 2);
    }

    /// @notice Other roles are still granted by the default admin as AccessControl says.
    function test_grantRole_otherRole_byAdmin() public {
        bytes32 role = keccak256("another role");
        vm.prank(admin);
        registry.grantRole(role, stranger);
        vm.assertTrue(registry.hasRole(role, stranger));
        vm.prank(admin);
        registry.revokeRole(role, stranger);
        vm.assertFalse(registry.hasRole(role, stranger));
    }

    /// @notice Registrar seats change by governed actions: k registrars and the delay.
    function test_grantRole_registrar_governed() public {
        _govern(_pair(), abi.encodeCall(registry.grantRole, (registrarRole, stranger)));
        vm.assertTrue(registry.hasRole(registrarRole, stranger));
        vm.assertEq(registry.registrarCount(), 4);
        _govern(_pair(), abi.encodeCall(registry.revokeRole, (registrarRole, stranger)));
        vm.assertEq(registry.registrarCount(), 3);
    }

    /// @notice The id binds the call: approvals of one call never execute another, and a different salt is a
    /// different action.
    function test_actionId_bindsCall() public {
        _propose(registrar, trustVcek, 0);
        _approve(registrar2, trustId);
        vm.warp(T0 + DELAY);
        bytes memory other = abi.encodeCall(registry.setVcekTrusted, (keccak256("another chip"), true));
        vm.expectRevert(_notInStatus(registry.actionId(other, 0), ActionStatus.None));
        registry.executeAction(other, 0);
        vm.expectRevert(_notInStatus(registry.actionId(trustVcek, bytes32(uint256(1))), ActionStatus.None));
        registry.executeAction(trustVcek, bytes32(uint256(1)));
        vm.assertNotEq(registry.actionId(trustVcek, bytes32(uint256(1))), trustId);
        vm.assertEq(trustId, keccak256(abi.encode(trustVcek, bytes32(0))));
        vm.expectRevert(_notInStatus(trustId, ActionStatus.Queued));
        _propose(registrar3, trustVcek, 0);
    }

    /// @notice The default admin or one registrar cancels a proposed or queued action: it never executes. A stranger
    /// cannot.
    function test_cancelAction_stopsExecution() public {
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.NotGoverned.selector, stranger));
        vm.prank(stranger);
        registry.cancelAction(trustId);

        _propose(registrar, trustVcek, 0);
        _approve(registrar2, trustId);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.ActionCancelled(trustId, admin);
        vm.prank(admin);
        registry.cancelAction(trustId);
        vm.warp(T0 + DELAY);
        vm.expectRevert(_notInStatus(trustId, ActionStatus.Cancelled));
        registry.executeAction(trustVcek, 0);

        bytes32 id = _propose(registrar, trustVcek, bytes32(uint256(1)));
        vm.prank(registrar3);
        registry.cancelAction(id);
        vm.expectRevert(_notInStatus(id, ActionStatus.Cancelled));
        _approve(registrar2, id);
        vm.assertFalse(registry.isVcekTrusted(VCEK));
    }

    /// @notice A queued action whose approvers lost their seats since no longer has k approvals: refused.
    function test_executeAction_approversRemoved_reverts() public {
        _propose(registrar, trustVcek, 0);
        _approve(registrar2, trustId);
        _govern(_pair(), abi.encodeCall(registry.revokeRole, (registrarRole, registrar2)));
        vm.warp(block.timestamp + DELAY);
        vm.expectRevert(
            abi.encodeWithSelector(IEnclaveKeyRegistry.ActionApprovalsBelowThreshold.selector, trustId, 1, 2)
        );
        registry.executeAction(trustVcek, 0);
    }

    /// @notice A failing governed call reverts the execution with its own error, and the action stays queued.
    function test_executeAction_bubblesRevert() public {
        bytes memory data = abi.encodeCall(registry.setApprovalThreshold, (4));
        bytes32 salt = _queue(_pair(), data);
        _executeQueued(data, salt, abi.encodeWithSelector(IEnclaveKeyRegistry.InvalidApprovalThreshold.selector, 4, 3));
        (ActionStatus status,,) = registry.actionState(registry.actionId(data, salt));
        vm.assertEq(uint256(status), uint256(ActionStatus.Queued));
    }

    /// @notice Outside devnets the governance delay is at least a day, at deployment and later.
    function test_governanceDelay_belowMinimumOnPublicChain_reverts() public {
        vm.chainId(1);
        address[] memory registrars = new address[](1);
        registrars[0] = registrar;
        vm.expectRevert(
            abi.encodeWithSelector(IEnclaveKeyRegistry.GovernanceDelayTooShort.selector, 1 days - 1, 1 days)
        );
        new EnclaveKeyRegistry(ADMIN_DELAY, admin, registrars, 1, 1 days - 1);
        _govern(
            _pair(),
            abi.encodeCall(registry.setGovernanceDelay, (60)),
            abi.encodeWithSelector(IEnclaveKeyRegistry.GovernanceDelayTooShort.selector, 60, 1 days)
        );
        _govern(_pair(), abi.encodeCall(registry.setGovernanceDelay, (3 days)));
        vm.assertEq(registry.governanceDelay(), 3 days);
    }

    /// @notice With everything governed, a key still becomes active on k approvals (the registration path itself
    /// needs no delay), and revocation by the admin stays immediate.
    function test_approveKey_stillKofN_revokeStillFast() public {
        address key = vm.addr(0x2E3);
        vm.prank(registrar);
        vm.assertFalse(registry.approveKey(_registration(key, VM_A, T0 + 1 days)));
        vm.prank(registrar2);
        vm.assertTrue(registry.approveKey(_registration(key, VM_A, T0 + 1 days)));
        vm.prank(admin);
        registry.revokeKey(key);
        vm.assertEq(uint256(registry.keyInfo(key).status), uint256(KeyStatus.Revoked));
    }

    function _pair() internal view returns (address[] memory approvers) {
        approvers = new address[](2);
        (approvers[0], approvers[1]) = (registrar, registrar2);
    }
}
