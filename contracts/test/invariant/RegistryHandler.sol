// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {EnclaveKeyRegistry} from "../../src/EnclaveKeyRegistry.sol";
import {KeyRegistration, KeyStatus} from "../../src/interfaces/IEnclaveKeyRegistry.sol";
import {Test} from "../lib/Test.sol";

/// @notice The actor of the registry's invariant tests, and the registry's default admin: random registrars (and
/// non-registrars) approve a few registrations and vote revocations, while the admin changes the threshold, grants
/// and revokes REGISTRAR_ROLE and revokes keys. It predicts the outcome of every call and records, for each key,
/// the threshold in force when it was activated or revoked by vote.
contract RegistryHandler is Test {
    uint256 public constant ACCOUNT_COUNT = 6;
    uint256 public constant KEY_COUNT = 4;
    /// @dev Each key has two registrations that differ in their expiry (see registration).
    uint256 public constant VARIANT_COUNT = 2;
    uint64 public constant T0 = 1_767_225_600;
    bytes16 public constant VM_ID = bytes16(keccak256("invariant registry vm"));

    EnclaveKeyRegistry public immutable registry;
    bytes32 internal immutable registrarRole;

    /// @dev The accounts that may hold REGISTRAR_ROLE; the others call as strangers.
    address[ACCOUNT_COUNT] public accounts;
    address[KEY_COUNT] public keys;

    mapping(address key => uint8) public ghostThresholdAtActivation;
    mapping(address key => uint8) public ghostThresholdAtVoteRevocation;
    mapping(address key => uint256) public ghostVotesAtRevocation;
    /// @dev Set when a call's outcome differs from the prediction.
    bool public ghostUnexpectedOutcome;
    uint256 public ghostActivations;
    uint256 public ghostRevocations;

    constructor() {
        registry = new EnclaveKeyRegistry(0, address(this));
        registrarRole = registry.REGISTRAR_ROLE();
        for (uint256 i; i < ACCOUNT_COUNT; ++i) {
            accounts[i] = address(uint160(uint256(keccak256(abi.encode("invariant account", i)))));
        }
        for (uint256 i; i < KEY_COUNT; ++i) {
            keys[i] = address(uint160(uint256(keccak256(abi.encode("invariant key", i)))));
        }
        for (uint256 i; i < 3; ++i) {
            registry.grantRole(registrarRole, accounts[i]);
        }
        registry.setApprovalThreshold(2);
    }

    function registration(uint256 keyIndex, uint256 variant) public view returns (KeyRegistration memory) {
        return KeyRegistration({
            key: keys[keyIndex],
            vmId: VM_ID,
            expiresAt: T0 + (variant == 0 ? 365 days : 366 days),
            evidenceHash: keccak256(abi.encode("evidence", keyIndex)),
            measurement: abi.encodePacked(keccak256(abi.encode(keyIndex)), bytes16(0)),
            replaces: address(0),
            gracePeriod: 0
        });
    }

    // ------------------------------------------------------------------------------------------ actions

    /// @notice An account approves one of the registrations.
    function approve(uint256 accountSeed, uint256 keySeed, uint256 variantSeed) external {
        address account = accounts[accountSeed % ACCOUNT_COUNT];
        uint256 keyIndex = keySeed % KEY_COUNT;
        address key = keys[keyIndex];
        KeyRegistration memory reg = registration(keyIndex, variantSeed % VARIANT_COUNT);
        bytes32 regHash = registry.registrationHash(reg);
        uint8 threshold = registry.approvalThreshold();
        (KeyStatus status,,) = registry.keyState(key);
        bool succeeds = registry.hasRole(registrarRole, account) && status == KeyStatus.None
            && !_contains(registry.keyApprovers(regHash), account);
        uint256 approvals = registry.keyApprovalCount(regHash) + 1;

        vm.prank(account);
        try registry.approveKey(reg) returns (bool activated) {
            if (!succeeds || activated != (approvals >= threshold)) ghostUnexpectedOutcome = true;
            if (activated) {
                ghostThresholdAtActivation[key] = threshold;
                ++ghostActivations;
            }
        } catch {
            if (succeeds) ghostUnexpectedOutcome = true;
        }
    }

    /// @notice An account votes to revoke a key.
    function voteRevocation(uint256 accountSeed, uint256 keySeed) external {
        address account = accounts[accountSeed % ACCOUNT_COUNT];
        address key = keys[keySeed % KEY_COUNT];
        uint8 threshold = registry.approvalThreshold();
        (KeyStatus status,,) = registry.keyState(key);
        bool succeeds = registry.hasRole(registrarRole, account) && status == KeyStatus.Active
            && !_contains(registry.revocationApprovers(key), account);
        uint256 votes = registry.revocationApprovalCount(key) + 1;

        vm.prank(account);
        try registry.approveRevocation(key) returns (bool revoked) {
            if (!succeeds || revoked != (votes >= threshold)) ghostUnexpectedOutcome = true;
            if (revoked) {
                ghostThresholdAtVoteRevocation[key] = threshold;
                ghostVotesAtRevocation[key] = votes;
                ++ghostRevocations;
            }
        } catch {
            if (succeeds) ghostUnexpectedOutcome = true;
        }
    }

    /// @notice The admin revokes a key at once (rarely useful to the fuzzer, hence one seed in four).
    function adminRevoke(uint256 keySeed) external {
        if (keySeed % 4 != 0) return;
        address key = keys[(keySeed >> 2) % KEY_COUNT];
        (KeyStatus status,,) = registry.keyState(key);
        try registry.revokeKey(key) {
            if (status != KeyStatus.Active) ghostUnexpectedOutcome = true;
            ++ghostRevocations;
        } catch {
            if (status == KeyStatus.Active) ghostUnexpectedOutcome = true;
        }
    }

    /// @notice The admin sets a threshold from 0 to n + 1: only 1..n succeed.
    function setThreshold(uint256 seed) external {
        uint256 registrars = registry.registrarCount();
        uint256 threshold = bound(seed, 0, registrars + 1);
        // n <= ACCOUNT_COUNT, so the threshold fits 8 bits
        // forge-lint: disable-next-line(unsafe-typecast)
        try registry.setApprovalThreshold(uint8(threshold)) {
            if (threshold == 0 || threshold > registrars) ghostUnexpectedOutcome = true;
        } catch {
            if (threshold != 0 && threshold <= registrars) ghostUnexpectedOutcome = true;
        }
    }

    /// @notice The admin grants REGISTRAR_ROLE to an account.
    function grantRegistrar(uint256 accountSeed) external {
        registry.grantRole(registrarRole, accounts[accountSeed % ACCOUNT_COUNT]);
    }

    /// @notice The admin revokes REGISTRAR_ROLE from an account: it must revert exactly when fewer than k
    /// registrars would remain.
    function revokeRegistrar(uint256 accountSeed) external {
        address account = accounts[accountSeed % ACCOUNT_COUNT];
        bool holder = registry.hasRole(registrarRole, account);
        bool succeeds = !holder || registry.registrarCount() - 1 >= registry.approvalThreshold();
        try registry.revokeRole(registrarRole, account) {
            if (!succeeds) ghostUnexpectedOutcome = true;
        } catch {
            if (succeeds) ghostUnexpectedOutcome = true;
        }
    }

    function _contains(address[] memory list, address account) internal pure returns (bool) {
        for (uint256 i; i < list.length; ++i) {
            if (list[i] == account) return true;
        }
        return false;
    }
}
