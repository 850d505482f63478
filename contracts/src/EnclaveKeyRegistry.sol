// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {
    AccessControlDefaultAdminRules
} from "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";

import {IEnclaveKeyRegistry, KeyInfo, KeyStatus} from "./interfaces/IEnclaveKeyRegistry.sol";

/// @title EnclaveKeyRegistry
/// @notice Registry of TEE-held attestation keys. See IEnclaveKeyRegistry.
/// @dev Every way of registering a key ends in `_activate`, which owns the storage of a key. Today the only way is
/// a single registrar's `registerKey`; k-of-n registrar approvals or registration by a ZK proof of the TEE evidence
/// can be added as new entry points that collect their own approvals in new storage and then call `_activate`.
contract EnclaveKeyRegistry is IEnclaveKeyRegistry, AccessControlDefaultAdminRules {
    /// @dev A key's storage. The first slot holds exactly what the verifier needs on its hot path.
    struct KeyRecord {
        // slot 0 (25 bytes)
        KeyStatus status;
        uint64 expiresAt;
        bytes16 vmId;
        // slot 1
        uint64 registeredAt;
        uint64 revokedAt;
        // slot 2
        bytes32 evidenceHash;
    }

    /// @inheritdoc IEnclaveKeyRegistry
    bytes32 public constant REGISTRAR_ROLE = keccak256("vmattest.REGISTRAR_ROLE");

    mapping(address key => KeyRecord) private _keys;

    /// @param adminDelay Seconds a default admin transfer must wait after being started.
    /// @param admin The initial default admin; it grants REGISTRAR_ROLE.
    constructor(uint48 adminDelay, address admin) AccessControlDefaultAdminRules(adminDelay, admin) {}

    /// @inheritdoc IEnclaveKeyRegistry
    function registerKey(address key, bytes16 vmId, uint64 expiresAt, bytes32 evidenceHash)
        external
        onlyRole(REGISTRAR_ROLE)
    {
        _activate(key, vmId, expiresAt, evidenceHash);
    }

    /// @inheritdoc IEnclaveKeyRegistry
    function revokeKey(address key) external {
        if (!hasRole(REGISTRAR_ROLE, msg.sender) && !hasRole(DEFAULT_ADMIN_ROLE, msg.sender)) {
            revert AccessControlUnauthorizedAccount(msg.sender, REGISTRAR_ROLE);
        }
        KeyRecord storage k = _keys[key];
        KeyStatus status = k.status;
        if (status == KeyStatus.None) revert KeyNotRegistered(key);
        if (status == KeyStatus.Revoked) revert KeyAlreadyRevoked(key);
        k.status = KeyStatus.Revoked;
        k.revokedAt = uint64(block.timestamp);
        emit KeyRevoked(key, k.vmId, msg.sender);
    }

    /// @inheritdoc IEnclaveKeyRegistry
    function rotateKey(address oldKey, address newKey, uint64 newExpiresAt, bytes32 newEvidenceHash, uint64 gracePeriod)
        external
        onlyRole(REGISTRAR_ROLE)
    {
        KeyRecord storage old = _keys[oldKey];
        KeyStatus status = old.status;
        if (status == KeyStatus.None) revert KeyNotRegistered(oldKey);
        if (status == KeyStatus.Revoked) revert KeyAlreadyRevoked(oldKey);
        bytes16 vmId = old.vmId;

        _activate(newKey, vmId, newExpiresAt, newEvidenceHash);

        uint256 retireAt = block.timestamp + gracePeriod; // no overflow: both operands are below 2^64
        uint64 oldExpiresAt = old.expiresAt;
        if (retireAt < oldExpiresAt) {
            // forge-lint: disable-next-line(unsafe-typecast)
            oldExpiresAt = uint64(retireAt); // below oldExpiresAt, a uint64
            old.expiresAt = oldExpiresAt;
        }
        emit KeyRotated(oldKey, newKey, vmId, oldExpiresAt);
    }

    /// @inheritdoc IEnclaveKeyRegistry
    function keyInfo(address key) external view returns (KeyInfo memory) {
        KeyRecord storage k = _keys[key];
        return KeyInfo({
            status: k.status,
            expiresAt: k.expiresAt,
            vmId: k.vmId,
            registeredAt: k.registeredAt,
            revokedAt: k.revokedAt,
            evidenceHash: k.evidenceHash
        });
    }

    /// @inheritdoc IEnclaveKeyRegistry
    function keyState(address key) external view returns (KeyStatus status, uint64 expiresAt, bytes16 vmId) {
        // On the path of every submission, hence in assembly: one SLOAD of the key's first slot, which Solidity packs
        // from the least significant bit as status (8 bits) | expiresAt (64) | vmId (128), and a direct return (the
        // named return values only name the ABI's outputs).
        (status, expiresAt, vmId);
        assembly ("memory-safe") {
            mstore(0x00, key)
            mstore(0x20, _keys.slot)
            let word := sload(keccak256(0x00, 0x40))
            let ptr := mload(0x40)
            mstore(ptr, and(word, 0xff))
            mstore(add(ptr, 0x20), and(shr(8, word), 0xffffffffffffffff))
            mstore(add(ptr, 0x40), shl(128, shr(72, word)))
            return(ptr, 0x60)
        }
    }

    /// @notice Makes `key` an active attestation key for `vmId` until `expiresAt`; the single place where keys
    /// become active, whatever authorized the registration.
    function _activate(address key, bytes16 vmId, uint64 expiresAt, bytes32 evidenceHash) internal {
        if (key == address(0)) revert ZeroKey();
        if (vmId == bytes16(0)) revert ZeroVmId();
        KeyStatus status = _keys[key].status;
        if (status != KeyStatus.None) revert KeyAlreadyRegistered(key, status);
        // Expiry is about time; validators' leeway of a few seconds is negligible next to a key's lifetime.
        // forge-lint: disable-next-line(block-timestamp)
        if (expiresAt <= block.timestamp) revert ExpiryNotInFuture(expiresAt, block.timestamp);

        _keys[key] = KeyRecord({
            status: KeyStatus.Active,
            expiresAt: expiresAt,
            vmId: vmId,
            registeredAt: uint64(block.timestamp),
            revokedAt: 0,
            evidenceHash: evidenceHash
        });
        emit KeyRegistered(key, vmId, expiresAt, evidenceHash, msg.sender);
    }
}
