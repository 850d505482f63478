// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {EnclaveKeyRegistry} from "../../src/EnclaveKeyRegistry.sol";
import {ActionStatus, KeyRegistration, KeyStatus} from "../../src/interfaces/IEnclaveKeyRegistry.sol";
import {Test} from "../lib/Test.sol";

/// @notice The actor of the registry's invariant tests, and the registry's default admin: random registrars (and
/// non-registrars) approve a few registrations, vote revocations, and propose, approve and execute governed actions
/// that change the threshold and grant and revoke REGISTRAR_ROLE, while the admin revokes keys and tries to change
/// the registrars directly. It predicts the outcome of every call and records, for each key, the threshold in force
/// when it was activated or revoked by vote.
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
    /// @dev Quorums of k registrars that approved a fresh registration together, and the keys they activated.
    uint256 public ghostQuorums;
    uint256 public ghostQuorumActivations;
    /// @dev Governed actions executed, and direct registrar changes by the admin that did not revert.
    uint256 public ghostGovernedExecutions;
    bool public ghostAdminBypassedGovernance;

    /// @dev The governed actions proposed so far, by calldata and salt.
    bytes[] internal _actionData;
    mapping(bytes32 id => mapping(address account => bool)) internal _approved;

    constructor() {
        for (uint256 i; i < ACCOUNT_COUNT; ++i) {
            accounts[i] = address(uint160(uint256(keccak256(abi.encode("invariant account", i)))));
        }
        for (uint256 i; i < KEY_COUNT; ++i) {
            keys[i] = address(uint160(uint256(keccak256(abi.encode("invariant key", i)))));
        }
        address[] memory registrars = new address[](3);
        for (uint256 i; i < 3; ++i) {
            registrars[i] = accounts[i];
        }
        // 2 of 3, no governance delay (a devnet's): the delay itself is tested in EnclaveKeyRegistryGovernanceTest.
        registry = new EnclaveKeyRegistry(0, address(this), registrars, 2, 0);
        registrarRole = registry.REGISTRAR_ROLE();
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

    /// @notice k current registrars approve a fresh registration one after the other: the last one must activate
    /// it (progress: the quorum can always register a key).
    function approveByQuorum(uint256 keySeed) external {
        uint256 keyIndex = keySeed % KEY_COUNT;
        (KeyStatus status,,) = registry.keyState(keys[keyIndex]);
        if (status != KeyStatus.None) return;
        // A registration nobody approved yet (its own expiry), so that only this quorum's approvals count.
        KeyRegistration memory reg = registration(keyIndex, 0);
        reg.expiresAt = T0 + 400 days + uint64(++ghostQuorums);
        uint8 threshold = registry.approvalThreshold();
        uint256 approvals;
        for (uint256 i; i < ACCOUNT_COUNT; ++i) {
            address account = accounts[i];
            if (!registry.hasRole(registrarRole, account)) continue;
            vm.prank(account);
            bool activated = registry.approveKey(reg);
            if (activated != (++approvals == threshold)) break;
            if (activated) {
                ghostThresholdAtActivation[keys[keyIndex]] = threshold;
                ++ghostActivations;
                ++ghostQuorumActivations;
                return;
            }
        }
        // n >= k current registrars always remain, so the k-th approval must have activated the key.
        ghostUnexpectedOutcome = true;
    }

    /// @notice An account proposes a governed action: a threshold from 0 to n + 1, or granting or revoking
    /// REGISTRAR_ROLE to an account. Only registrars can propose.
    function proposeAction(uint256 accountSeed, uint256 kindSeed, uint256 argSeed) external {
        address account = accounts[accountSeed % ACCOUNT_COUNT];
        bytes memory data;
        uint256 kind = kindSeed % 3;
        if (kind == 0) {
            // n <= ACCOUNT_COUNT, so the threshold fits 8 bits
            // forge-lint: disable-next-line(unsafe-typecast)
            data = abi.encodeCall(
                registry.setApprovalThreshold, (uint8(bound(argSeed, 0, registry.registrarCount() + 1)))
            );
        } else if (kind == 1) {
            data = abi.encodeCall(registry.grantRole, (registrarRole, accounts[argSeed % ACCOUNT_COUNT]));
        } else {
            data = abi.encodeCall(registry.revokeRole, (registrarRole, accounts[argSeed % ACCOUNT_COUNT]));
        }
        bool succeeds = registry.hasRole(registrarRole, account);
        vm.prank(account);
        try registry.proposeAction(data, bytes32(_actionData.length)) returns (bytes32 id) {
            if (!succeeds) ghostUnexpectedOutcome = true;
            _approved[id][account] = true;
            _actionData.push(data);
        } catch {
            if (succeeds) ghostUnexpectedOutcome = true;
        }
    }

    /// @notice An account approves a proposed governed action.
    function approveAction(uint256 accountSeed, uint256 actionSeed) external {
        if (_actionData.length == 0) return;
        address account = accounts[accountSeed % ACCOUNT_COUNT];
        uint256 index = actionSeed % _actionData.length;
        bytes32 id = registry.actionId(_actionData[index], bytes32(index));
        (ActionStatus status,, uint256 approvals) = registry.actionState(id);
        uint8 threshold = registry.approvalThreshold();
        bool succeeds =
            status == ActionStatus.Proposed && registry.hasRole(registrarRole, account) && !_approved[id][account];
        vm.prank(account);
        try registry.approveAction(id) returns (bool queued) {
            if (!succeeds || queued != (approvals + 1 >= threshold)) ghostUnexpectedOutcome = true;
            _approved[id][account] = true;
        } catch {
            if (succeeds) ghostUnexpectedOutcome = true;
        }
    }

    /// @notice Anyone executes a governed action: it succeeds exactly when queued with k approvals of current
    /// registrars and its call succeeds (a threshold within 1..n, a registrar revocation leaving at least k).
    function executeAction(uint256 actionSeed) external {
        if (_actionData.length == 0) return;
        uint256 index = actionSeed % _actionData.length;
        bytes memory data = _actionData[index];
        (ActionStatus status,, uint256 approvals) = registry.actionState(registry.actionId(data, bytes32(index)));
        bool ready = status == ActionStatus.Queued && approvals >= registry.approvalThreshold();
        try registry.executeAction(data, bytes32(index)) {
            if (!ready) ghostUnexpectedOutcome = true;
            ++ghostGovernedExecutions;
        } catch {
            if (ready && _callSucceeds(data)) ghostUnexpectedOutcome = true;
        }
    }

    /// @notice The default admin tries to change the registrars or the threshold directly: it must always revert.
    function adminBypass(uint256 accountSeed, uint256 kindSeed) external {
        address account = accounts[accountSeed % ACCOUNT_COUNT];
        uint256 kind = kindSeed % 3;
        bool ok;
        if (kind == 0) {
            try registry.grantRole(registrarRole, account) {
                ok = true;
            } catch {}
        } else if (kind == 1) {
            try registry.revokeRole(registrarRole, account) {
                ok = true;
            } catch {}
        } else {
            try registry.setApprovalThreshold(1) {
                ok = true;
            } catch {}
        }
        if (ok) ghostAdminBypassedGovernance = true;
    }

    /// @dev Whether the governed call `data` itself would succeed now (see executeAction).
    function _callSucceeds(bytes memory data) internal view returns (bool) {
        bytes4 selector = bytes4(data);
        uint256 registrars = registry.registrarCount();
        if (selector == registry.setApprovalThreshold.selector) {
            (uint8 threshold) = abi.decode(_args(data), (uint8));
            return threshold != 0 && threshold <= registrars;
        }
        (, address account) = abi.decode(_args(data), (bytes32, address));
        if (selector == registry.grantRole.selector) return true;
        return !registry.hasRole(registrarRole, account) || registrars - 1 >= registry.approvalThreshold();
    }

    /// @dev `data` without its selector.
    function _args(bytes memory data) internal pure returns (bytes memory args) {
        args = new bytes(data.length - 4);
        for (uint256 i; i < args.length; ++i) {
            args[i] = data[i + 4];
        }
    }

    function _contains(address[] memory list, address account) internal pure returns (bool) {
        for (uint256 i; i < list.length; ++i) {
            if (list[i] == account) return true;
        }
        return false;
    }
}
