// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

import {IAttestationVerifier} from "../src/interfaces/IAttestationVerifier.sol";
import {IEnclaveKeyRegistry, KeyInfo, KeyStatus} from "../src/interfaces/IEnclaveKeyRegistry.sol";
import {Attestation} from "../src/libraries/AttestationLib.sol";
import {BaseTest} from "./utils/BaseTest.sol";

/// @notice Key registration, revocation and rotation.
contract EnclaveKeyRegistryTest is BaseTest {
    uint256 internal constant NEW_KEY_PK = 0x2E3;
    bytes32 internal constant NEW_EVIDENCE = keccak256("sev-snp report");
    address internal newKey;
    bytes32 internal registrarRole;

    function setUp() public override {
        super.setUp();
        newKey = vm.addr(NEW_KEY_PK);
        registrarRole = registry.REGISTRAR_ROLE();
    }

    function _unauthorized(address account) internal view returns (bytes memory) {
        return abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, account, registrarRole);
    }

    // ------------------------------------------------------------------------------------------ register

    /// @notice Registration stores every field and announces it.
    function test_registerKey_storesAndEmits() public {
        vm.warp(T0 + 10);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyRegistered(newKey, VM_A, T0 + 100, NEW_EVIDENCE, registrar);
        vm.prank(registrar);
        registry.registerKey(newKey, VM_A, T0 + 100, NEW_EVIDENCE);

        KeyInfo memory info = registry.keyInfo(newKey);
        vm.assertEq(uint256(info.status), uint256(KeyStatus.Active));
        vm.assertEq(info.expiresAt, T0 + 100);
        vm.assertEq(info.vmId, VM_A);
        vm.assertEq(info.registeredAt, T0 + 10);
        vm.assertEq(info.revokedAt, 0);
        vm.assertEq(info.evidenceHash, NEW_EVIDENCE);
        (KeyStatus status, uint64 expiresAt, bytes16 vmId) = registry.keyState(newKey);
        vm.assertEq(uint256(status), uint256(KeyStatus.Active));
        vm.assertEq(expiresAt, T0 + 100);
        vm.assertEq(vmId, VM_A);
    }

    /// @notice Unknown keys read as all zero.
    function test_keyState_unknownKey_isNone() public view {
        (KeyStatus status, uint64 expiresAt, bytes16 vmId) = registry.keyState(newKey);
        vm.assertEq(uint256(status), uint256(KeyStatus.None));
        vm.assertEq(expiresAt, 0);
        vm.assertEq(vmId, bytes16(0));
        vm.assertEq(abi.encode(registry.keyInfo(newKey)), abi.encode(KeyInfo(KeyStatus.None, 0, 0, 0, 0, 0)));
    }

    /// @notice The zero address is no key.
    function test_registerKey_zeroKey_reverts() public {
        vm.expectRevert(IEnclaveKeyRegistry.ZeroKey.selector);
        vm.prank(registrar);
        registry.registerKey(address(0), VM_A, T0 + 100, NEW_EVIDENCE);
    }

    /// @notice A key must be bound to a VM.
    function test_registerKey_zeroVmId_reverts() public {
        vm.expectRevert(IEnclaveKeyRegistry.ZeroVmId.selector);
        vm.prank(registrar);
        registry.registerKey(newKey, bytes16(0), T0 + 100, NEW_EVIDENCE);
    }

    /// @notice A key is registered once; a revoked key can never come back.
    function test_registerKey_twice_reverts() public {
        vm.startPrank(registrar);
        vm.expectRevert(
            abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRegistered.selector, keyA, KeyStatus.Active)
        );
        registry.registerKey(keyA, VM_B, T0 + 100, NEW_EVIDENCE);
        registry.revokeKey(keyA);
        vm.expectRevert(
            abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRegistered.selector, keyA, KeyStatus.Revoked)
        );
        registry.registerKey(keyA, VM_A, T0 + 100, NEW_EVIDENCE);
        vm.stopPrank();
    }

    /// @notice The expiry must be after now (a key expiring now could never sign).
    function test_registerKey_expiryNotInFuture_reverts() public {
        vm.startPrank(registrar);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.ExpiryNotInFuture.selector, T0, uint256(T0)));
        registry.registerKey(newKey, VM_A, T0, NEW_EVIDENCE);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.ExpiryNotInFuture.selector, T0 - 1, uint256(T0)));
        registry.registerKey(newKey, VM_A, T0 - 1, NEW_EVIDENCE);
        registry.registerKey(newKey, VM_A, T0 + 1, NEW_EVIDENCE);
        vm.stopPrank();
    }

    /// @notice Only registrars register, not even the default admin.
    function test_registerKey_unauthorized_reverts() public {
        address[2] memory callers = [stranger, admin];
        for (uint256 i; i < callers.length; ++i) {
            vm.expectRevert(_unauthorized(callers[i]));
            vm.prank(callers[i]);
            registry.registerKey(newKey, VM_A, T0 + 100, NEW_EVIDENCE);
        }
    }

    // ------------------------------------------------------------------------------------------ revoke

    /// @notice A registrar revokes; the time is recorded and the revocation announced.
    function test_revokeKey_byRegistrar() public {
        vm.warp(T0 + 5);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyRevoked(keyA, VM_A, registrar);
        vm.prank(registrar);
        registry.revokeKey(keyA);
        KeyInfo memory info = registry.keyInfo(keyA);
        vm.assertEq(uint256(info.status), uint256(KeyStatus.Revoked));
        vm.assertEq(info.revokedAt, T0 + 5);
        vm.assertEq(info.expiresAt, T0 + KEY_LIFETIME);
    }

    /// @notice The default admin can revoke without holding REGISTRAR_ROLE.
    function test_revokeKey_byAdmin() public {
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyRevoked(keyA, VM_A, admin);
        vm.prank(admin);
        registry.revokeKey(keyA);
    }

    /// @notice Expired keys can still be revoked (revocation, unlike expiry, also withdraws freshness).
    function test_revokeKey_expiredKey() public {
        vm.warp(T0 + KEY_LIFETIME + 1);
        vm.prank(registrar);
        registry.revokeKey(keyA);
        vm.assertEq(uint256(registry.keyInfo(keyA).status), uint256(KeyStatus.Revoked));
    }

    /// @notice Revoking an unknown or revoked key is an error.
    function test_revokeKey_unknownOrRevoked_reverts() public {
        vm.startPrank(registrar);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.KeyNotRegistered.selector, newKey));
        registry.revokeKey(newKey);
        registry.revokeKey(keyA);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRevoked.selector, keyA));
        registry.revokeKey(keyA);
        vm.stopPrank();
    }

    /// @notice Others cannot revoke.
    function test_revokeKey_unauthorized_reverts() public {
        vm.expectRevert(_unauthorized(stranger));
        vm.prank(stranger);
        registry.revokeKey(keyA);
    }

    // ------------------------------------------------------------------------------------------ rotate

    /// @notice Rotation registers the new key for the same VM and retires the old one after the grace period.
    function test_rotateKey_registersNewAndShortensOld() public {
        uint64 grace = 1 hours;
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyRegistered(newKey, VM_A, T0 + 30 days, NEW_EVIDENCE, registrar);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyRotated(keyA, newKey, VM_A, T0 + grace);
        vm.prank(registrar);
        registry.rotateKey(keyA, newKey, T0 + 30 days, NEW_EVIDENCE, grace);

        vm.assertEq(registry.keyInfo(keyA).expiresAt, T0 + grace);
        vm.assertEq(uint256(registry.keyInfo(keyA).status), uint256(KeyStatus.Active));
        KeyInfo memory info = registry.keyInfo(newKey);
        vm.assertEq(info.vmId, VM_A);
        vm.assertEq(info.expiresAt, T0 + 30 days);
        vm.assertEq(info.evidenceHash, NEW_EVIDENCE);
    }

    /// @notice A grace period beyond the old key's expiry leaves that expiry alone.
    function test_rotateKey_longGrace_keepsOldExpiry() public {
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyRotated(keyA, newKey, VM_A, T0 + KEY_LIFETIME);
        vm.prank(registrar);
        registry.rotateKey(keyA, newKey, T0 + 30 days, NEW_EVIDENCE, type(uint64).max);
        vm.assertEq(registry.keyInfo(keyA).expiresAt, T0 + KEY_LIFETIME);
    }

    /// @notice The old key signs until now + grace (exclusive); the new key signs at once.
    function test_rotateKey_graceWindow_inVerifier() public {
        uint64 grace = 10 minutes;
        vm.prank(registrar);
        registry.rotateKey(keyA, newKey, T0 + 30 days, NEW_EVIDENCE, grace);

        vm.warp(T0 + grace - 1);
        _submit(KEY_A_PK, _attestation(1));

        vm.warp(T0 + grace);
        Attestation memory att = _attestation(2);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyExpired.selector, keyA, T0 + grace));
        verifier.submit(att, r, vs);
        _submit(NEW_KEY_PK, att);
        _assertRecorded(att, newKey);
        // The old key's record stays fresh: it expired, it was not revoked.
        vm.assertTrue(verifier.isFresh(VM_A, SUBSET, 1 hours));
    }

    /// @notice A zero grace period retires the old key immediately.
    function test_rotateKey_zeroGrace_retiresNow() public {
        vm.prank(registrar);
        registry.rotateKey(keyA, newKey, T0 + 30 days, NEW_EVIDENCE, 0);
        Attestation memory att = _attestation(1);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyExpired.selector, keyA, T0));
        verifier.submit(att, r, vs);
    }

    /// @notice Only registered, unrevoked keys can be rotated.
    function test_rotateKey_unknownOrRevokedOldKey_reverts() public {
        vm.startPrank(registrar);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.KeyNotRegistered.selector, stranger));
        registry.rotateKey(stranger, newKey, T0 + 30 days, NEW_EVIDENCE, 0);
        registry.revokeKey(keyA);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRevoked.selector, keyA));
        registry.rotateKey(keyA, newKey, T0 + 30 days, NEW_EVIDENCE, 0);
        vm.stopPrank();
    }

    /// @notice The new key is checked like in registerKey.
    function test_rotateKey_invalidNewKey_reverts() public {
        vm.startPrank(registrar);
        vm.expectRevert(IEnclaveKeyRegistry.ZeroKey.selector);
        registry.rotateKey(keyA, address(0), T0 + 30 days, NEW_EVIDENCE, 0);
        vm.expectRevert(
            abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRegistered.selector, keyB, KeyStatus.Active)
        );
        registry.rotateKey(keyA, keyB, T0 + 30 days, NEW_EVIDENCE, 0);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.ExpiryNotInFuture.selector, T0, uint256(T0)));
        registry.rotateKey(keyA, newKey, T0, NEW_EVIDENCE, 0);
        vm.stopPrank();
    }

    /// @notice Only registrars rotate, not even the default admin.
    function test_rotateKey_unauthorized_reverts() public {
        address[2] memory callers = [stranger, admin];
        for (uint256 i; i < callers.length; ++i) {
            vm.expectRevert(_unauthorized(callers[i]));
            vm.prank(callers[i]);
            registry.rotateKey(keyA, newKey, T0 + 30 days, NEW_EVIDENCE, 0);
        }
    }

    /// @notice Only the registry's default admin grants roles.
    function test_grantRole_byNonAdmin_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, registrar, bytes32(0))
        );
        vm.prank(registrar);
        registry.grantRole(registrarRole, stranger);
    }

    // ------------------------------------------------------------------------------------------ admin

    /// @notice The registry's default admin also changes hands in two delayed steps.
    function test_defaultAdminTransfer_isTwoStep() public {
        address newAdmin = address(0x2AD);
        vm.prank(admin);
        registry.beginDefaultAdminTransfer(newAdmin);
        vm.warp(T0 + ADMIN_DELAY + 1);
        vm.prank(newAdmin);
        registry.acceptDefaultAdminTransfer();
        vm.assertEq(registry.defaultAdmin(), newAdmin);
        vm.prank(newAdmin);
        registry.grantRole(registrarRole, stranger);
        vm.assertTrue(registry.hasRole(registrarRole, stranger));
    }

    /// @notice keyState is the first slot of keyInfo, for any registration.
    function testFuzz_keyState_matchesKeyInfo(
        address key,
        bytes16 vmId,
        uint64 expiresAt,
        bytes32 evidence,
        bool revoke
    ) public {
        vm.assume(key != address(0) && key != keyA && key != keyB && vmId != bytes16(0));
        expiresAt = uint64(bound(expiresAt, T0 + 1, type(uint64).max));
        vm.startPrank(registrar);
        registry.registerKey(key, vmId, expiresAt, evidence);
        if (revoke) registry.revokeKey(key);
        vm.stopPrank();
        KeyInfo memory info = registry.keyInfo(key);
        (KeyStatus status, uint64 stateExpiresAt, bytes16 stateVmId) = registry.keyState(key);
        vm.assertEq(uint256(status), uint256(revoke ? KeyStatus.Revoked : KeyStatus.Active));
        vm.assertEq(uint256(status), uint256(info.status));
        vm.assertEq(stateExpiresAt, info.expiresAt);
        vm.assertEq(stateExpiresAt, expiresAt);
        vm.assertEq(stateVmId, info.vmId);
        vm.assertEq(stateVmId, vmId);
        vm.assertEq(info.evidenceHash, evidence);
    }
}
