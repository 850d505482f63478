// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

import {EnclaveKeyRegistry} from "../src/EnclaveKeyRegistry.sol";
import {IAttestationVerifier} from "../src/interfaces/IAttestationVerifier.sol";
import {IEnclaveKeyRegistry, KeyInfo, KeyRegistration, KeyStatus} from "../src/interfaces/IEnclaveKeyRegistry.sol";
import {Attestation} from "../src/libraries/AttestationLib.sol";
import {BaseTest} from "./utils/BaseTest.sol";

/// @notice Key registration, revocation and rotation with the deployment's approval threshold of 1 and a single
/// registrar (k-of-n quorums: EnclaveKeyRegistryQuorumTest).
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

    function _unauthorized(address account, bytes32 role) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, account, role);
    }

    /// @dev The registration of newKey for VM_A until `expiresAt` with NEW_EVIDENCE.
    function _newRegistration(uint64 expiresAt) internal view returns (KeyRegistration memory reg) {
        reg = _registration(newKey, VM_A, expiresAt);
        reg.evidenceHash = NEW_EVIDENCE;
    }

    /// @dev The registration of newKey for VM_A, replacing keyA after `grace` seconds.
    function _rotation(uint64 grace) internal view returns (KeyRegistration memory reg) {
        reg = _newRegistration(T0 + 30 days);
        reg.replaces = keyA;
        reg.gracePeriod = grace;
    }

    function _approve(KeyRegistration memory reg) internal returns (bool) {
        vm.prank(registrar);
        return registry.approveKey(reg);
    }

    function _expectApproveRevert(KeyRegistration memory reg, bytes memory revertData) internal {
        vm.expectRevert(revertData);
        vm.prank(registrar);
        registry.approveKey(reg);
    }

    // ------------------------------------------------------------------------------------------ deployment

    /// @notice A new registry has the registrars, threshold and governance delay of its constructor, announced.
    function test_constructor_fixesRegistrarsThresholdAndDelay() public {
        address[] memory registrars = new address[](2);
        registrars[0] = registrar;
        registrars[1] = stranger;
        vm.expectEmit();
        emit IEnclaveKeyRegistry.ApprovalThresholdSet(0, 2);
        vm.expectEmit();
        emit IEnclaveKeyRegistry.GovernanceDelaySet(0, 3 days);
        EnclaveKeyRegistry fresh = new EnclaveKeyRegistry(ADMIN_DELAY, admin, registrars, 2, 3 days);
        vm.assertEq(fresh.approvalThreshold(), 2);
        vm.assertEq(fresh.registrarCount(), 2);
        vm.assertTrue(fresh.hasRole(registrarRole, stranger));
        vm.assertEq(fresh.governanceDelay(), 3 days);
        vm.assertEq(registry.registrarCount(), 1);
    }

    /// @notice The constructor refuses a threshold of 0 or above n, and zero or repeated registrars.
    function test_constructor_invalidBootstrap_reverts() public {
        address[] memory registrars = new address[](2);
        registrars[0] = registrar;
        registrars[1] = registrar;
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.InvalidRegistrar.selector, registrar));
        new EnclaveKeyRegistry(ADMIN_DELAY, admin, registrars, 1, 0);
        registrars[1] = address(0);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.InvalidRegistrar.selector, address(0)));
        new EnclaveKeyRegistry(ADMIN_DELAY, admin, registrars, 1, 0);
        registrars[1] = stranger;
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.InvalidApprovalThreshold.selector, uint8(3), 2));
        new EnclaveKeyRegistry(ADMIN_DELAY, admin, registrars, 3, 0);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.InvalidApprovalThreshold.selector, uint8(0), 2));
        new EnclaveKeyRegistry(ADMIN_DELAY, admin, registrars, 0, 0);
    }

    // ------------------------------------------------------------------------------------------ register

    /// @notice With threshold 1, one approval registers: every field is stored and announced.
    function test_approveKey_thresholdOne_storesAndEmits() public {
        vm.warp(T0 + 10);
        KeyRegistration memory reg = _newRegistration(T0 + 100);
        bytes32 regHash = registry.registrationHash(reg);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyApproved(newKey, regHash, registrar, 1, 1);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyRegistered(newKey, VM_A, regHash, T0 + 100, NEW_EVIDENCE, MEASUREMENT, 1);
        vm.assertTrue(_approve(reg));

        KeyInfo memory info = registry.keyInfo(newKey);
        vm.assertEq(uint256(info.status), uint256(KeyStatus.Active));
        vm.assertEq(info.expiresAt, T0 + 100);
        vm.assertEq(info.vmId, VM_A);
        vm.assertEq(info.registeredAt, T0 + 10);
        vm.assertEq(info.revokedAt, 0);
        vm.assertEq(info.evidenceHash, NEW_EVIDENCE);
        vm.assertEq(info.measurement, MEASUREMENT);
        vm.assertEq(info.registrationHash, regHash);
        vm.assertEq(info.approvals, 1);
        (KeyStatus status, uint64 expiresAt, bytes16 vmId) = registry.keyState(newKey);
        vm.assertEq(uint256(status), uint256(KeyStatus.Active));
        vm.assertEq(expiresAt, T0 + 100);
        vm.assertEq(vmId, VM_A);
        address[] memory approvers = registry.keyApprovers(regHash);
        vm.assertEq(approvers.length, 1);
        vm.assertEq(approvers[0], registrar);
        vm.assertEq(registry.keyApprovalCount(regHash), 1);
    }

    /// @notice The registration hash is keccak256(abi.encode(reg)).
    function test_registrationHash_isKeccakOfAbiEncoding() public view {
        KeyRegistration memory reg = _rotation(1 hours);
        vm.assertEq(registry.registrationHash(reg), keccak256(abi.encode(reg)));
    }

    /// @notice Unknown keys read as all zero, with an empty measurement.
    function test_keyState_unknownKey_isNone() public view {
        (KeyStatus status, uint64 expiresAt, bytes16 vmId) = registry.keyState(newKey);
        vm.assertEq(uint256(status), uint256(KeyStatus.None));
        vm.assertEq(expiresAt, 0);
        vm.assertEq(vmId, bytes16(0));
        vm.assertEq(abi.encode(registry.keyInfo(newKey)), abi.encode(KeyInfo(KeyStatus.None, 0, 0, 0, 0, 0, "", 0, 0)));
    }

    /// @notice The zero address is no key.
    function test_approveKey_zeroKey_reverts() public {
        KeyRegistration memory reg = _newRegistration(T0 + 100);
        reg.key = address(0);
        _expectApproveRevert(reg, abi.encodeWithSelector(IEnclaveKeyRegistry.ZeroKey.selector, VM_A));
    }

    /// @notice A key must be bound to a VM.
    function test_approveKey_zeroVmId_reverts() public {
        KeyRegistration memory reg = _newRegistration(T0 + 100);
        reg.vmId = bytes16(0);
        _expectApproveRevert(reg, abi.encodeWithSelector(IEnclaveKeyRegistry.ZeroVmId.selector, newKey));
    }

    /// @notice The measurement is exactly the 48 bytes of an SEV-SNP launch measurement.
    function test_approveKey_measurementNot48Bytes_reverts() public {
        uint256[4] memory lengths = [uint256(0), 32, 47, 49];
        KeyRegistration memory reg = _newRegistration(T0 + 100);
        for (uint256 i; i < lengths.length; ++i) {
            reg.measurement = new bytes(lengths[i]);
            _expectApproveRevert(
                reg, abi.encodeWithSelector(IEnclaveKeyRegistry.InvalidMeasurementLength.selector, newKey, lengths[i])
            );
        }
        reg.measurement = new bytes(48);
        vm.assertTrue(_approve(reg));
        vm.assertEq(registry.keyInfo(newKey).measurement, new bytes(48));
    }

    /// @notice A key is registered once; a revoked key can never come back.
    function test_approveKey_alreadyRegistered_reverts() public {
        KeyRegistration memory reg = _registration(keyA, VM_B, T0 + 100);
        _expectApproveRevert(
            reg, abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRegistered.selector, keyA, KeyStatus.Active)
        );
        vm.prank(admin);
        registry.revokeKey(keyA);
        reg.vmId = VM_A;
        _expectApproveRevert(
            reg, abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRegistered.selector, keyA, KeyStatus.Revoked)
        );
    }

    /// @notice Approving the very registration that activated a key reverts too: nothing is counted twice.
    function test_approveKey_sameRegistrationAfterActivation_reverts() public {
        KeyRegistration memory reg = _newRegistration(T0 + 100);
        vm.assertTrue(_approve(reg));
        _expectApproveRevert(
            reg, abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRegistered.selector, newKey, KeyStatus.Active)
        );
    }

    /// @notice The expiry must be after now (a key expiring now could never sign).
    function test_approveKey_expiryNotInFuture_reverts() public {
        _expectApproveRevert(
            _newRegistration(T0),
            abi.encodeWithSelector(IEnclaveKeyRegistry.ExpiryNotInFuture.selector, T0, uint256(T0))
        );
        _expectApproveRevert(
            _newRegistration(T0 - 1),
            abi.encodeWithSelector(IEnclaveKeyRegistry.ExpiryNotInFuture.selector, T0 - 1, uint256(T0))
        );
        vm.assertTrue(_approve(_newRegistration(T0 + 1)));
    }

    /// @notice Only registrars approve, not even the default admin.
    function test_approveKey_unauthorized_reverts() public {
        address[2] memory callers = [stranger, admin];
        for (uint256 i; i < callers.length; ++i) {
            vm.expectRevert(_unauthorized(callers[i], registrarRole));
            vm.prank(callers[i]);
            registry.approveKey(_newRegistration(T0 + 100));
        }
    }

    // ------------------------------------------------------------------------------------------ revoke

    /// @notice With threshold 1, one registrar vote revokes; the time is recorded and the revocation announced.
    function test_approveRevocation_thresholdOne_revokes() public {
        vm.warp(T0 + 5);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.RevocationApproved(keyA, registrar, 1, 1);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyRevoked(keyA, VM_A, registrar);
        vm.prank(registrar);
        vm.assertTrue(registry.approveRevocation(keyA));
        KeyInfo memory info = registry.keyInfo(keyA);
        vm.assertEq(uint256(info.status), uint256(KeyStatus.Revoked));
        vm.assertEq(info.revokedAt, T0 + 5);
        vm.assertEq(info.expiresAt, T0 + KEY_LIFETIME);
        vm.assertEq(registry.revocationApprovers(keyA).length, 1);
        vm.assertEq(registry.revocationApprovalCount(keyA), 1);
    }

    /// @notice The default admin revokes at once, without holding REGISTRAR_ROLE.
    function test_revokeKey_byAdmin() public {
        vm.warp(T0 + 5);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyRevoked(keyA, VM_A, admin);
        vm.prank(admin);
        registry.revokeKey(keyA);
        KeyInfo memory info = registry.keyInfo(keyA);
        vm.assertEq(uint256(info.status), uint256(KeyStatus.Revoked));
        vm.assertEq(info.revokedAt, T0 + 5);
    }

    /// @notice revocationCount counts the revoked keys of each VM, whichever way they were revoked; a rotation,
    /// which retires a key without revoking it, does not count.
    function test_revocationCount_countsRevocationsPerVm() public {
        vm.assertEq(registry.revocationCount(VM_A), 0);
        vm.assertTrue(_approve(_rotation(1 hours)));
        vm.assertEq(registry.revocationCount(VM_A), 0, "a rotation is not a revocation");

        vm.prank(registrar);
        vm.assertTrue(registry.approveRevocation(keyA));
        vm.assertEq(registry.revocationCount(VM_A), 1, "by vote");
        vm.assertEq(registry.revocationCount(VM_B), 0, "another VM");
        vm.prank(admin);
        registry.revokeKey(newKey);
        vm.assertEq(registry.revocationCount(VM_A), 2, "by the admin");
        vm.prank(admin);
        registry.revokeKey(keyB);
        vm.assertEq(registry.revocationCount(VM_B), 1);
        vm.assertEq(registry.revocationCount(VM_A), 2);
    }

    /// @notice Expired keys can still be revoked (revocation, unlike expiry, also withdraws freshness).
    function test_revokeKey_expiredKey() public {
        vm.warp(T0 + KEY_LIFETIME + 1);
        vm.prank(admin);
        registry.revokeKey(keyA);
        vm.assertEq(uint256(registry.keyInfo(keyA).status), uint256(KeyStatus.Revoked));
        vm.prank(registrar);
        vm.assertTrue(registry.approveRevocation(keyB));
        vm.assertEq(uint256(registry.keyInfo(keyB).status), uint256(KeyStatus.Revoked));
    }

    /// @notice Revoking an unknown or revoked key is an error, by the admin or by vote.
    function test_revokeKey_unknownOrRevoked_reverts() public {
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.KeyNotRegistered.selector, newKey));
        registry.revokeKey(newKey);
        registry.revokeKey(keyA);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRevoked.selector, keyA));
        registry.revokeKey(keyA);
        vm.stopPrank();

        vm.startPrank(registrar);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.KeyNotRegistered.selector, newKey));
        registry.approveRevocation(newKey);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRevoked.selector, keyA));
        registry.approveRevocation(keyA);
        vm.stopPrank();
    }

    /// @notice Only the default admin revokes at once: registrars vote instead.
    function test_revokeKey_unauthorized_reverts() public {
        address[2] memory callers = [stranger, registrar];
        for (uint256 i; i < callers.length; ++i) {
            vm.expectRevert(_unauthorized(callers[i], bytes32(0)));
            vm.prank(callers[i]);
            registry.revokeKey(keyA);
        }
    }

    /// @notice Only registrars vote revocations, not the default admin.
    function test_approveRevocation_unauthorized_reverts() public {
        address[2] memory callers = [stranger, admin];
        for (uint256 i; i < callers.length; ++i) {
            vm.expectRevert(_unauthorized(callers[i], registrarRole));
            vm.prank(callers[i]);
            registry.approveRevocation(keyA);
        }
    }

    // ------------------------------------------------------------------------------------------ rotate

    /// @notice A registration replacing a key registers the new key and retires the old one after the grace period.
    function test_approveKey_replaces_registersNewAndShortensOld() public {
        uint64 grace = 1 hours;
        KeyRegistration memory reg = _rotation(grace);
        bytes32 regHash = registry.registrationHash(reg);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyApproved(newKey, regHash, registrar, 1, 1);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyRegistered(newKey, VM_A, regHash, T0 + 30 days, NEW_EVIDENCE, MEASUREMENT, 1);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyRotated(keyA, newKey, VM_A, T0 + grace);
        vm.assertTrue(_approve(reg));

        vm.assertEq(registry.keyInfo(keyA).expiresAt, T0 + grace);
        vm.assertEq(uint256(registry.keyInfo(keyA).status), uint256(KeyStatus.Active));
        KeyInfo memory info = registry.keyInfo(newKey);
        vm.assertEq(info.vmId, VM_A);
        vm.assertEq(info.expiresAt, T0 + 30 days);
        vm.assertEq(info.evidenceHash, NEW_EVIDENCE);
    }

    /// @notice A grace period beyond the old key's expiry leaves that expiry alone.
    function test_approveKey_replacesWithLongGrace_keepsOldExpiry() public {
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyRotated(keyA, newKey, VM_A, T0 + KEY_LIFETIME);
        vm.assertTrue(_approve(_rotation(type(uint64).max)));
        vm.assertEq(registry.keyInfo(keyA).expiresAt, T0 + KEY_LIFETIME);
    }

    /// @notice The old key signs until now + grace (exclusive); the new key signs at once.
    function test_approveKey_replaces_graceWindowInVerifier() public {
        uint64 grace = 10 minutes;
        vm.assertTrue(_approve(_rotation(grace)));

        _assertHandover(NEW_KEY_PK, newKey, T0 + grace);
        // The old key's record stays fresh: it expired, it was not revoked.
        vm.assertTrue(verifier.isFresh(VM_A, SUBSET, 1 hours));
    }

    /// @notice A zero grace period retires the old key immediately.
    function test_approveKey_replacesWithZeroGrace_retiresNow() public {
        vm.assertTrue(_approve(_rotation(0)));
        Attestation memory att = _attestation(1);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyExpired.selector, keyA, T0));
        verifier.submit(att, r, vs);
    }

    /// @notice An expired (not revoked) key can still be replaced; its expiry stays.
    function test_approveKey_replacesExpiredKey() public {
        vm.warp(T0 + KEY_LIFETIME + 1);
        KeyRegistration memory reg = _rotation(1 hours);
        reg.expiresAt = T0 + KEY_LIFETIME + 30 days;
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyRotated(keyA, newKey, VM_A, T0 + KEY_LIFETIME);
        vm.assertTrue(_approve(reg));
    }

    /// @notice Only registered, unrevoked keys of the same VM can be replaced.
    function test_approveKey_replacesUnknownRevokedOrOtherVmKey_reverts() public {
        KeyRegistration memory reg = _rotation(0);
        reg.replaces = stranger;
        _expectApproveRevert(reg, abi.encodeWithSelector(IEnclaveKeyRegistry.KeyNotRegistered.selector, stranger));
        reg.replaces = keyB;
        _expectApproveRevert(
            reg, abi.encodeWithSelector(IEnclaveKeyRegistry.ReplacedKeyOfOtherVm.selector, keyB, VM_B, VM_A)
        );
        vm.prank(admin);
        registry.revokeKey(keyA);
        reg.replaces = keyA;
        _expectApproveRevert(reg, abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRevoked.selector, keyA));
    }

    /// @notice The new key of a rotation is checked like any registration.
    function test_approveKey_replacesWithInvalidNewKey_reverts() public {
        KeyRegistration memory reg = _rotation(0);
        reg.key = address(0);
        _expectApproveRevert(reg, abi.encodeWithSelector(IEnclaveKeyRegistry.ZeroKey.selector, VM_A));
        reg.key = keyB;
        _expectApproveRevert(
            reg, abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRegistered.selector, keyB, KeyStatus.Active)
        );
        reg.key = keyA; // replacing itself: already registered
        _expectApproveRevert(
            reg, abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRegistered.selector, keyA, KeyStatus.Active)
        );
        reg.key = newKey;
        reg.expiresAt = T0;
        _expectApproveRevert(
            reg, abi.encodeWithSelector(IEnclaveKeyRegistry.ExpiryNotInFuture.selector, T0, uint256(T0))
        );
    }

    // ------------------------------------------------------------------------------------------ admin

    /// @notice Nobody grants REGISTRAR_ROLE directly, neither a registrar nor the default admin: only a governed
    /// action does.
    function test_grantRole_registrarDirectly_reverts() public {
        address[2] memory callers = [registrar, admin];
        for (uint256 i; i < callers.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.NotGoverned.selector, callers[i]));
            vm.prank(callers[i]);
            registry.grantRole(registrarRole, stranger);
        }
        vm.assertFalse(registry.hasRole(registrarRole, stranger));
    }

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
        registry.revokeKey(keyA);
        vm.assertEq(uint256(registry.keyInfo(keyA).status), uint256(KeyStatus.Revoked));
    }

    /// @notice keyState is the first slot of keyInfo, for any registration.
    function testFuzz_keyState_matchesKeyInfo(
        address key,
        bytes16 vmId,
        uint64 expiresAt,
        bytes32 evidence,
        bytes32 measurementHead,
        bytes16 measurementTail,
        bool revoke
    ) public {
        vm.assume(key != address(0) && key != keyA && key != keyB && vmId != bytes16(0));
        expiresAt = uint64(bound(expiresAt, T0 + 1, type(uint64).max));
        KeyRegistration memory reg = _registration(key, vmId, expiresAt);
        reg.evidenceHash = evidence;
        reg.measurement = abi.encodePacked(measurementHead, measurementTail);
        vm.assertTrue(_approve(reg));
        if (revoke) {
            vm.prank(registrar);
            registry.approveRevocation(key);
        }
        KeyInfo memory info = registry.keyInfo(key);
        (KeyStatus status, uint64 stateExpiresAt, bytes16 stateVmId) = registry.keyState(key);
        vm.assertEq(uint256(status), uint256(revoke ? KeyStatus.Revoked : KeyStatus.Active));
        vm.assertEq(uint256(status), uint256(info.status));
        vm.assertEq(stateExpiresAt, info.expiresAt);
        vm.assertEq(stateExpiresAt, expiresAt);
        vm.assertEq(stateVmId, info.vmId);
        vm.assertEq(stateVmId, vmId);
        vm.assertEq(info.evidenceHash, evidence);
        vm.assertEq(info.measurement, reg.measurement);
        vm.assertEq(info.registrationHash, keccak256(abi.encode(reg)));
    }
}
