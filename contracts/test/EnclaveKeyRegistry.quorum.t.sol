// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

import {EnclaveKeyRegistry} from "../src/EnclaveKeyRegistry.sol";
import {IAttestationVerifier} from "../src/interfaces/IAttestationVerifier.sol";
import {IEnclaveKeyRegistry, KeyInfo, KeyRegistration, KeyStatus} from "../src/interfaces/IEnclaveKeyRegistry.sol";
import {Attestation} from "../src/libraries/AttestationLib.sol";
import {BaseTest} from "./utils/BaseTest.sol";

/// @notice Registration and revocation by a k-of-n quorum of registrars, threshold management, and the verifier's
/// view of keys registered, revoked and rotated that way. keyA and keyB were registered before the quorum was set.
contract EnclaveKeyRegistryQuorumTest is BaseTest {
    uint256 internal constant NEW_KEY_PK = 0x2E3;
    uint64 internal constant NEW_EXPIRY = T0 + 30 days;

    address internal registrar2 = address(0x4E62);
    address internal registrar3 = address(0x4E63);
    address internal newKey;
    bytes32 internal registrarRole;

    function setUp() public override {
        super.setUp();
        newKey = vm.addr(NEW_KEY_PK);
        registrarRole = registry.REGISTRAR_ROLE();
        _govern(abi.encodeCall(registry.grantRole, (registrarRole, registrar2)));
        _govern(abi.encodeCall(registry.grantRole, (registrarRole, registrar3)));
        _govern(abi.encodeCall(registry.setApprovalThreshold, (2)));
    }

    /// @dev The current registrars among registrar, registrar2 and registrar3.
    function _registrars() internal view returns (address[] memory list) {
        address[3] memory all = [registrar, registrar2, registrar3];
        list = new address[](3);
        uint256 n;
        for (uint256 i; i < 3; ++i) {
            if (registry.hasRole(registrarRole, all[i])) list[n++] = all[i];
        }
        assembly ("memory-safe") {
            mstore(list, n)
        }
    }

    /// @dev Runs the governed action `data`, approved by the current registrars, expecting `revertData` (if any).
    function _governAll(bytes memory data, bytes memory revertData) internal {
        _govern(_registrars(), data, revertData);
    }

    function _reg() internal view returns (KeyRegistration memory) {
        return _registration(newKey, VM_A, NEW_EXPIRY);
    }

    function _approve(address by, KeyRegistration memory reg) internal returns (bool) {
        vm.prank(by);
        return registry.approveKey(reg);
    }

    function _voteRevoke(address by, address key) internal returns (bool) {
        vm.prank(by);
        return registry.approveRevocation(key);
    }

    function _setThreshold(uint8 k) internal {
        _governAll(abi.encodeCall(registry.setApprovalThreshold, (k)), "");
    }

    function _setThresholdReverts(uint8 k, bytes memory revertData) internal {
        _governAll(abi.encodeCall(registry.setApprovalThreshold, (k)), revertData);
    }

    function _revokeRegistrar(address account, bytes memory revertData) internal {
        _governAll(abi.encodeCall(registry.revokeRole, (registrarRole, account)), revertData);
    }

    function _status(address key) internal view returns (KeyStatus status) {
        (status,,) = registry.keyState(key);
    }

    function _assertStatus(address key, KeyStatus expected) internal view {
        vm.assertEq(uint256(_status(key)), uint256(expected), "status");
    }

    // ------------------------------------------------------------------------------------------ approvals

    /// @notice The first of two needed approvals is recorded and announced; the key stays unregistered.
    function test_approveKey_firstApproval_leavesPending() public {
        KeyRegistration memory reg = _reg();
        bytes32 regHash = registry.registrationHash(reg);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyApproved(newKey, regHash, registrar, 1, 2);
        vm.assertFalse(_approve(registrar, reg));

        _assertStatus(newKey, KeyStatus.None);
        vm.assertEq(abi.encode(registry.keyInfo(newKey)), abi.encode(KeyInfo(KeyStatus.None, 0, 0, 0, 0, 0, "", 0, 0)));
        vm.assertEq(registry.keyApprovalCount(regHash), 1);
        address[] memory approvers = registry.keyApprovers(regHash);
        vm.assertEq(approvers.length, 1);
        vm.assertEq(approvers[0], registrar);
    }

    /// @notice The second distinct approval registers the key with its approvals recorded.
    function test_approveKey_secondApproval_activates() public {
        KeyRegistration memory reg = _reg();
        bytes32 regHash = registry.registrationHash(reg);
        vm.assertFalse(_approve(registrar, reg));
        vm.warp(T0 + 7);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyApproved(newKey, regHash, registrar3, 2, 2);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyRegistered(newKey, VM_A, regHash, NEW_EXPIRY, EVIDENCE, MEASUREMENT, 2);
        vm.assertTrue(_approve(registrar3, reg));

        KeyInfo memory info = registry.keyInfo(newKey);
        vm.assertEq(uint256(info.status), uint256(KeyStatus.Active));
        vm.assertEq(info.expiresAt, NEW_EXPIRY);
        vm.assertEq(info.vmId, VM_A);
        vm.assertEq(info.registeredAt, T0 + 7);
        vm.assertEq(info.evidenceHash, EVIDENCE);
        vm.assertEq(info.measurement, MEASUREMENT);
        vm.assertEq(info.registrationHash, regHash);
        vm.assertEq(info.approvals, 2);
        address[] memory approvers = registry.keyApprovers(regHash);
        vm.assertEq(approvers.length, 2);
        vm.assertEq(approvers[0], registrar);
        vm.assertEq(approvers[1], registrar3);
    }

    /// @notice Once registered, the key takes no more approvals: a third registrar's approval reverts.
    function test_approveKey_afterActivation_reverts() public {
        KeyRegistration memory reg = _reg();
        _approve(registrar, reg);
        _approve(registrar2, reg);
        vm.expectRevert(
            abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRegistered.selector, newKey, KeyStatus.Active)
        );
        _approve(registrar3, reg);
    }

    /// @notice A registrar approves a registration once.
    function test_approveKey_sameRegistrarTwice_reverts() public {
        KeyRegistration memory reg = _reg();
        bytes32 regHash = registry.registrationHash(reg);
        _approve(registrar, reg);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.AlreadyApproved.selector, registrar, regHash));
        _approve(registrar, reg);
        _assertStatus(newKey, KeyStatus.None);
        vm.assertEq(registry.keyApprovalCount(regHash), 1);
    }

    /// @notice Only registrars approve, not even the default admin.
    function test_approveKey_nonRegistrar_reverts() public {
        address[2] memory callers = [stranger, admin];
        for (uint256 i; i < callers.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IAccessControl.AccessControlUnauthorizedAccount.selector, callers[i], registrarRole
                )
            );
            _approve(callers[i], _reg());
        }
    }

    /// @notice Approvals of registrations that differ in any field are counted apart: two registrars approving
    /// different facts register nothing.
    function test_approveKey_differentFacts_doNotAddUp() public {
        KeyRegistration memory reg = _reg();
        _approve(registrar, reg);
        KeyRegistration[7] memory variants;
        for (uint256 i; i < variants.length; ++i) {
            variants[i] = _reg();
        }
        variants[0].expiresAt = NEW_EXPIRY + 1;
        variants[1].evidenceHash = keccak256("other evidence");
        variants[2].measurement = new bytes(48);
        variants[3].vmId = VM_B;
        variants[4].replaces = keyA;
        variants[5].gracePeriod = 1;
        variants[6].replaces = keyA;
        variants[6].gracePeriod = 1 hours;
        for (uint256 i; i < variants.length; ++i) {
            bytes32 variantHash = registry.registrationHash(variants[i]);
            vm.assertNotEq(variantHash, registry.registrationHash(reg));
            vm.expectEmit(address(registry));
            emit IEnclaveKeyRegistry.KeyApproved(newKey, variantHash, registrar2, 1, 2);
            vm.assertFalse(_approve(registrar2, variants[i]));
            _assertStatus(newKey, KeyStatus.None);
        }
        vm.assertEq(registry.keyApprovalCount(registry.registrationHash(reg)), 1);
    }

    /// @notice Once one registration of a key is registered, approvals pending on other facts for the key are dead.
    function test_approveKey_pendingOtherFacts_deadAfterRegistration() public {
        KeyRegistration memory reg = _reg();
        KeyRegistration memory other = _reg();
        other.expiresAt = NEW_EXPIRY + 1 days;
        _approve(registrar, other);
        _approve(registrar, reg);
        vm.assertTrue(_approve(registrar2, reg));
        vm.expectRevert(
            abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRegistered.selector, newKey, KeyStatus.Active)
        );
        _approve(registrar2, other);
        vm.assertEq(registry.keyInfo(newKey).expiresAt, NEW_EXPIRY);
        // and after revocation as well
        vm.prank(admin);
        registry.revokeKey(newKey);
        vm.expectRevert(
            abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRegistered.selector, newKey, KeyStatus.Revoked)
        );
        _approve(registrar3, other);
    }

    /// @notice A registration that expires while pending can no longer be approved.
    function test_approveKey_expiredWhilePending_reverts() public {
        KeyRegistration memory reg = _registration(newKey, VM_A, T0 + 100);
        _approve(registrar, reg);
        vm.warp(T0 + 100);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.ExpiryNotInFuture.selector, T0 + 100, T0 + 100));
        _approve(registrar2, reg);
    }

    /// @notice With k = 1 of n = 3, one approval registers at once.
    function test_approveKey_thresholdOne_activatesAtOnce() public {
        _setThreshold(1);
        vm.assertTrue(_approve(registrar2, _reg()));
        _assertStatus(newKey, KeyStatus.Active);
        vm.assertEq(registry.keyInfo(newKey).approvals, 1);
    }

    /// @notice With k = n = 3, only the third approval registers.
    function test_approveKey_thresholdThree_activatesAtThird() public {
        _setThreshold(3);
        KeyRegistration memory reg = _reg();
        vm.assertFalse(_approve(registrar3, reg));
        vm.assertFalse(_approve(registrar, reg));
        _assertStatus(newKey, KeyStatus.None);
        vm.assertTrue(_approve(registrar2, reg));
        vm.assertEq(registry.keyInfo(newKey).approvals, 3);
    }

    /// @notice Raising the threshold while approvals are pending asks for more of them.
    function test_approveKey_thresholdRaisedWhilePending_needsMore() public {
        KeyRegistration memory reg = _reg();
        _approve(registrar, reg);
        _setThreshold(3);
        vm.assertFalse(_approve(registrar2, reg));
        vm.assertTrue(_approve(registrar3, reg));
        vm.assertEq(registry.keyInfo(newKey).approvals, 3);
    }

    /// @notice Lowering the threshold below the pending approvals does not register by itself; the next distinct
    /// approval does, and records every approval that counts.
    function test_approveKey_thresholdLoweredWhilePending_nextApprovalActivates() public {
        _setThreshold(3);
        KeyRegistration memory reg = _reg();
        bytes32 regHash = registry.registrationHash(reg);
        _approve(registrar, reg);
        _approve(registrar2, reg);
        _setThreshold(1);
        _assertStatus(newKey, KeyStatus.None);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.AlreadyApproved.selector, registrar, regHash));
        _approve(registrar, reg);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyApproved(newKey, regHash, registrar3, 3, 1);
        vm.assertTrue(_approve(registrar3, reg));
        vm.assertEq(registry.keyInfo(newKey).approvals, 3);
    }

    /// @notice The approval of a registrar whose role was revoked no longer counts; it counts again once the role
    /// is granted back.
    function test_approveKey_revokedRegistrarApproval_doesNotCount() public {
        KeyRegistration memory reg = _reg();
        bytes32 regHash = registry.registrationHash(reg);
        _approve(registrar, reg);
        _revokeRegistrar(registrar, ""); // n = 2 >= k = 2
        vm.assertEq(registry.keyApprovalCount(regHash), 0);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyApproved(newKey, regHash, registrar2, 1, 2);
        vm.assertFalse(_approve(registrar2, reg));

        _governAll(abi.encodeCall(registry.grantRole, (registrarRole, registrar)), "");
        vm.assertEq(registry.keyApprovalCount(regHash), 2);
        // registrar's old approval is still its approval
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.AlreadyApproved.selector, registrar, regHash));
        _approve(registrar, reg);
        vm.assertTrue(_approve(registrar3, reg));
        vm.assertEq(registry.keyInfo(newKey).approvals, 3);
        vm.assertEq(registry.keyApprovers(regHash).length, 3);
    }

    /// @notice A former registrar cannot approve.
    function test_approveKey_byRevokedRegistrar_reverts() public {
        _revokeRegistrar(registrar3, "");
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, registrar3, registrarRole)
        );
        _approve(registrar3, _reg());
    }

    // ------------------------------------------------------------------------------------------ threshold

    /// @notice A governed action sets any threshold from 1 to n, announced.
    function test_setApprovalThreshold_setsAndEmits() public {
        bytes memory data = abi.encodeCall(registry.setApprovalThreshold, (3));
        bytes32 salt = _queue(_registrars(), data);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.ApprovalThresholdSet(2, 3);
        _executeQueued(data, salt, "");
        vm.assertEq(registry.approvalThreshold(), 3);
        data = abi.encodeCall(registry.setApprovalThreshold, (1));
        salt = _queue(_registrars(), data);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.ApprovalThresholdSet(3, 1);
        _executeQueued(data, salt, "");
        vm.assertEq(registry.approvalThreshold(), 1);
    }

    /// @notice A threshold above the number of registrars could never be met.
    function test_setApprovalThreshold_aboveRegistrars_reverts() public {
        _setThresholdReverts(
            4, abi.encodeWithSelector(IEnclaveKeyRegistry.InvalidApprovalThreshold.selector, uint8(4), 3)
        );
        _setThresholdReverts(
            255, abi.encodeWithSelector(IEnclaveKeyRegistry.InvalidApprovalThreshold.selector, uint8(255), 3)
        );
        vm.assertEq(registry.approvalThreshold(), 2);
    }

    /// @notice A zero threshold would let anyone's nothing register keys.
    function test_setApprovalThreshold_zero_reverts() public {
        _setThresholdReverts(
            0, abi.encodeWithSelector(IEnclaveKeyRegistry.InvalidApprovalThreshold.selector, uint8(0), 3)
        );
    }

    /// @notice Nobody sets the threshold directly, the default admin included: only a governed action does.
    function test_setApprovalThreshold_directly_reverts() public {
        address[3] memory callers = [stranger, registrar, admin];
        for (uint256 i; i < callers.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.NotGoverned.selector, callers[i]));
            vm.prank(callers[i]);
            registry.setApprovalThreshold(1);
        }
        vm.assertEq(registry.approvalThreshold(), 2);
    }

    /// @notice n counts the holders of REGISTRAR_ROLE: repeated grants and revocations of non-holders or of other
    /// roles change nothing.
    function test_registrarCount_tracksRoleHolders() public {
        vm.assertEq(registry.registrarCount(), 3);
        _governAll(abi.encodeCall(registry.grantRole, (registrarRole, registrar2)), ""); // already a registrar
        vm.assertEq(registry.registrarCount(), 3);
        vm.prank(admin);
        registry.grantRole(keccak256("another role"), stranger);
        _revokeRegistrar(stranger, ""); // not a registrar
        vm.assertEq(registry.registrarCount(), 3);
        _governAll(abi.encodeCall(registry.grantRole, (registrarRole, stranger)), "");
        vm.assertEq(registry.registrarCount(), 4);
        _revokeRegistrar(stranger, "");
        vm.assertEq(registry.registrarCount(), 3);
    }

    /// @notice Revoking a registrar that would leave fewer registrars than k reverts, so the quorum stays
    /// reachable; after lowering k, it succeeds.
    function test_revokeRole_registrarBelowThreshold_reverts() public {
        _setThreshold(3);
        _revokeRegistrar(
            registrar2, abi.encodeWithSelector(IEnclaveKeyRegistry.ThresholdAboveRegistrars.selector, uint8(3), 2)
        );
        vm.assertTrue(registry.hasRole(registrarRole, registrar2));
        vm.assertEq(registry.registrarCount(), 3);

        _setThreshold(2);
        _revokeRegistrar(registrar2, "");
        vm.assertEq(registry.registrarCount(), 2);
        _revokeRegistrar(
            registrar3, abi.encodeWithSelector(IEnclaveKeyRegistry.ThresholdAboveRegistrars.selector, uint8(2), 1)
        );
    }

    /// @notice Renouncing REGISTRAR_ROLE is held to the same rule.
    function test_renounceRole_registrarBelowThreshold_reverts() public {
        _setThreshold(3);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.ThresholdAboveRegistrars.selector, uint8(3), 2));
        vm.prank(registrar3);
        registry.renounceRole(registrarRole, registrar3);
        _setThreshold(2);
        vm.prank(registrar3);
        registry.renounceRole(registrarRole, registrar3);
        vm.assertEq(registry.registrarCount(), 2);
    }

    /// @notice Even with k = 1, the last registrar cannot be removed.
    function test_revokeRole_lastRegistrar_reverts() public {
        _setThreshold(1);
        _revokeRegistrar(registrar2, "");
        _revokeRegistrar(registrar3, "");
        _revokeRegistrar(
            registrar, abi.encodeWithSelector(IEnclaveKeyRegistry.ThresholdAboveRegistrars.selector, uint8(1), 0)
        );
        vm.assertEq(registry.registrarCount(), 1);
    }

    // ------------------------------------------------------------------------------------------ revocation

    /// @notice The first of two needed votes is recorded; the key stays active.
    function test_approveRevocation_firstVote_leavesActive() public {
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.RevocationApproved(keyA, registrar2, 1, 2);
        vm.assertFalse(_voteRevoke(registrar2, keyA));
        _assertStatus(keyA, KeyStatus.Active);
        vm.assertEq(registry.revocationApprovalCount(keyA), 1);
        vm.assertEq(registry.revocationApprovers(keyA)[0], registrar2);
    }

    /// @notice The second distinct vote revokes.
    function test_approveRevocation_secondVote_revokes() public {
        _voteRevoke(registrar2, keyA);
        vm.warp(T0 + 3);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.RevocationApproved(keyA, registrar, 2, 2);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyRevoked(keyA, VM_A, registrar);
        vm.assertTrue(_voteRevoke(registrar, keyA));
        KeyInfo memory info = registry.keyInfo(keyA);
        vm.assertEq(uint256(info.status), uint256(KeyStatus.Revoked));
        vm.assertEq(info.revokedAt, T0 + 3);
        // no more votes
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRevoked.selector, keyA));
        _voteRevoke(registrar3, keyA);
    }

    /// @notice A registrar votes once per key.
    function test_approveRevocation_sameRegistrarTwice_reverts() public {
        _voteRevoke(registrar, keyA);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.RevocationAlreadyApproved.selector, registrar, keyA));
        _voteRevoke(registrar, keyA);
        _assertStatus(keyA, KeyStatus.Active);
    }

    /// @notice Only registrars vote; unknown and revoked keys cannot be voted on.
    function test_approveRevocation_nonRegistrarOrInvalidKey_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, admin, registrarRole)
        );
        _voteRevoke(admin, keyA);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.KeyNotRegistered.selector, newKey));
        _voteRevoke(registrar, newKey);
        _voteRevoke(registrar, keyB);
        vm.prank(admin);
        registry.revokeKey(keyB); // the admin does not wait for the quorum
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRevoked.selector, keyB));
        _voteRevoke(registrar2, keyB);
    }

    /// @notice The vote of a registrar whose role was revoked no longer counts.
    function test_approveRevocation_revokedRegistrarVote_doesNotCount() public {
        _voteRevoke(registrar, keyA);
        _revokeRegistrar(registrar, "");
        vm.assertEq(registry.revocationApprovalCount(keyA), 0);
        vm.assertFalse(_voteRevoke(registrar2, keyA));
        vm.assertTrue(_voteRevoke(registrar3, keyA));
    }

    // ------------------------------------------------------------------------------------------ verifier

    /// @notice A key registered by the quorum signs in the verifier; a pending one does not.
    function test_submit_quorumRegisteredKey_accepted() public {
        Attestation memory att = _attestation(1);
        (bytes32 r, bytes32 vs) = _sign(NEW_KEY_PK, att);
        _approve(registrar, _reg());
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyNotActive.selector, newKey, KeyStatus.None));
        verifier.submit(att, r, vs);
        _approve(registrar2, _reg());
        verifier.submit(att, r, vs);
        _assertRecorded(att, newKey);
    }

    /// @notice A key revoked by a quorum of registrars fails submit with KeyNotActive(key, Revoked), and its
    /// records stop being fresh.
    function test_submit_afterQuorumRevocation_revertsKeyNotActive() public {
        _submit(KEY_A_PK, _attestation(1));
        vm.assertFalse(_voteRevoke(registrar, keyA));
        _submit(KEY_A_PK, _attestation(2)); // one vote revokes nothing
        vm.assertTrue(_voteRevoke(registrar3, keyA));

        Attestation memory att = _attestation(3);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyNotActive.selector, keyA, KeyStatus.Revoked));
        verifier.submit(att, r, vs);
        vm.assertFalse(verifier.isFresh(VM_A, SUBSET, 1 days));
    }

    /// @notice A key revoked by the admin fails submit with KeyNotActive(key, Revoked).
    function test_submit_afterAdminRevocation_revertsKeyNotActive() public {
        vm.prank(admin);
        registry.revokeKey(keyA);
        Attestation memory att = _attestation(1);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyNotActive.selector, keyA, KeyStatus.Revoked));
        verifier.submit(att, r, vs);
    }

    /// @notice A registered key signs until one second before expiresAt and is refused at and after it.
    function test_submit_aroundExpiry() public {
        _approve(registrar, _reg());
        _approve(registrar2, _reg());

        vm.warp(NEW_EXPIRY - 1);
        _submit(NEW_KEY_PK, _attestation(1));
        _assertRecorded(_attestation(1), newKey);

        uint64[2] memory times = [NEW_EXPIRY, NEW_EXPIRY + 1 days];
        for (uint64 i; i < times.length; ++i) {
            vm.warp(times[i]);
            Attestation memory att = _attestation(2 + i);
            (bytes32 r, bytes32 vs) = _sign(NEW_KEY_PK, att);
            vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyExpired.selector, newKey, NEW_EXPIRY));
            verifier.submit(att, r, vs);
        }
    }

    /// @notice Rotation by quorum: the grace period runs from the activating approval; the old key signs until
    /// activation + G - 1 and is expired from activation + G.
    function test_approveKey_replaces_graceFromActivation() public {
        uint64 grace = 1 hours;
        KeyRegistration memory reg = _reg();
        reg.replaces = keyA;
        reg.gracePeriod = grace;
        _approve(registrar, reg);
        _assertStatus(newKey, KeyStatus.None);
        vm.assertEq(registry.keyInfo(keyA).expiresAt, T0 + KEY_LIFETIME);

        uint64 activatedAt = T0 + 10 minutes;
        vm.warp(activatedAt);
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyRotated(keyA, newKey, VM_A, activatedAt + grace);
        vm.assertTrue(_approve(registrar2, reg));
        vm.assertEq(registry.keyInfo(keyA).expiresAt, activatedAt + grace);

        _assertHandover(NEW_KEY_PK, newKey, activatedAt + grace);
    }

    /// @notice Replacing a key of another VM reverts.
    function test_approveKey_replacesKeyOfOtherVm_reverts() public {
        KeyRegistration memory reg = _reg();
        reg.replaces = keyB;
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.ReplacedKeyOfOtherVm.selector, keyB, VM_B, VM_A));
        _approve(registrar, reg);
    }

    /// @notice Replacing a revoked key reverts, also when it is revoked while the rotation is pending.
    function test_approveKey_replacesRevokedKey_reverts() public {
        KeyRegistration memory reg = _reg();
        reg.replaces = keyA;
        reg.gracePeriod = 1 hours;
        _approve(registrar, reg);
        vm.prank(admin);
        registry.revokeKey(keyA);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRevoked.selector, keyA));
        _approve(registrar2, reg);
        _assertStatus(newKey, KeyStatus.None);
    }

    // ------------------------------------------------------------------------------------------ fuzz

    /// @notice For any k <= n and any order of approvals, duplicates included, the key is registered exactly at the
    /// k-th distinct approval; duplicates before it revert AlreadyApproved, every approval after it
    /// KeyAlreadyRegistered, and the record holds k approvals.
    function testFuzz_approveKey_activatesAtKthDistinctApproval(uint8 n, uint8 k, uint256 seed) public {
        n = uint8(bound(n, 1, 12));
        k = uint8(bound(k, 1, n));
        (EnclaveKeyRegistry reg_, address[] memory registrars) = _quorumRegistry(n, k);
        KeyRegistration memory reg = _reg();
        bytes32 regHash = reg_.registrationHash(reg);

        bool[] memory approved = new bool[](n);
        uint256 distinct;
        bool active;
        for (uint256 step; step < 3 * uint256(n); ++step) {
            uint256 i = uint256(keccak256(abi.encode(seed, step))) % n;
            vm.prank(registrars[i]);
            if (active) {
                vm.expectRevert(
                    abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRegistered.selector, newKey, KeyStatus.Active)
                );
                reg_.approveKey(reg);
            } else if (approved[i]) {
                vm.expectRevert(
                    abi.encodeWithSelector(IEnclaveKeyRegistry.AlreadyApproved.selector, registrars[i], regHash)
                );
                reg_.approveKey(reg);
            } else {
                approved[i] = true;
                ++distinct;
                vm.expectEmit(address(reg_));
                emit IEnclaveKeyRegistry.KeyApproved(newKey, regHash, registrars[i], distinct, k);
                active = reg_.approveKey(reg);
                vm.assertEq(active, distinct == k, "activated exactly at the k-th distinct approval");
            }
            (KeyStatus status,,) = reg_.keyState(newKey);
            vm.assertEq(uint256(status), uint256(active ? KeyStatus.Active : KeyStatus.None));
        }
        // the registrars that have not approved yet, in order, until the key is registered
        for (uint256 i; i < n && !active; ++i) {
            if (approved[i]) continue;
            vm.prank(registrars[i]);
            active = reg_.approveKey(reg);
            vm.assertEq(active, ++distinct == k, "activated exactly at the k-th distinct approval");
        }
        vm.assertTrue(active);
        vm.assertEq(reg_.keyInfo(newKey).approvals, k);
        vm.assertEq(reg_.keyApprovers(regHash).length, k);
    }

    /// @notice For any k <= n and any order of votes, duplicates included, the key is revoked exactly at the k-th
    /// distinct vote.
    function testFuzz_approveRevocation_revokesAtKthDistinctVote(uint8 n, uint8 k, uint256 seed) public {
        n = uint8(bound(n, 1, 12));
        k = uint8(bound(k, 1, n));
        (EnclaveKeyRegistry reg_, address[] memory registrars) = _quorumRegistry(n, k);
        for (uint256 i; i < k; ++i) {
            vm.prank(registrars[i]);
            reg_.approveKey(_reg());
        }

        bool[] memory voted = new bool[](n);
        uint256 distinct;
        bool revoked;
        for (uint256 step; step < 3 * uint256(n) && !revoked; ++step) {
            uint256 i = uint256(keccak256(abi.encode(seed, step))) % n;
            vm.prank(registrars[i]);
            if (voted[i]) {
                vm.expectRevert(
                    abi.encodeWithSelector(
                        IEnclaveKeyRegistry.RevocationAlreadyApproved.selector, registrars[i], newKey
                    )
                );
                reg_.approveRevocation(newKey);
            } else {
                voted[i] = true;
                revoked = reg_.approveRevocation(newKey);
                vm.assertEq(revoked, ++distinct == k, "revoked exactly at the k-th distinct vote");
            }
        }
        for (uint256 i; i < n && !revoked; ++i) {
            if (voted[i]) continue;
            vm.prank(registrars[i]);
            revoked = reg_.approveRevocation(newKey);
            vm.assertEq(revoked, ++distinct == k, "revoked exactly at the k-th distinct vote");
        }
        (KeyStatus status,,) = reg_.keyState(newKey);
        vm.assertEq(uint256(status), uint256(KeyStatus.Revoked));
    }

    /// @dev A registry administered by this contract with `n` registrars and threshold `k`.
    function _quorumRegistry(uint8 n, uint8 k) internal returns (EnclaveKeyRegistry reg_, address[] memory registrars) {
        registrars = new address[](n);
        for (uint256 i; i < n; ++i) {
            registrars[i] = vm.addr(0x4E600 + i);
        }
        reg_ = new EnclaveKeyRegistry(0, address(this), registrars, k, 0);
        vm.assertEq(reg_.registrarCount(), n);
    }
}
