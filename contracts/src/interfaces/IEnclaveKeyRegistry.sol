// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @notice Lifecycle of an attestation key. A key goes None -> Active -> Revoked and never back: an address is
/// registered at most once.
enum KeyStatus {
    None,
    Active,
    Revoked
}

/// @notice Everything the registry knows about an attestation key.
struct KeyInfo {
    /// @dev None for an address that was never registered.
    KeyStatus status;
    /// @dev Unix seconds from which the key no longer signs (it is expired when block.timestamp >= expiresAt).
    uint64 expiresAt;
    /// @dev The only VM the key may attest for.
    bytes16 vmId;
    /// @dev Unix seconds of registration.
    uint64 registeredAt;
    /// @dev Unix seconds of revocation; zero while not revoked.
    uint64 revokedAt;
    /// @dev Hash of the TEE evidence (quote, report, certificate chain) that bound the key to the VM's enclave.
    bytes32 evidenceHash;
}

/// @title IEnclaveKeyRegistry
/// @notice Registry of the secp256k1 attestation keys held in TEEs, each bound to one VM. Keys are registered by
/// a registrar after checking the TEE evidence off chain, expire at a fixed time, can be revoked, and can be
/// rotated with a grace period for the old key.
interface IEnclaveKeyRegistry {
    /// @notice A key was registered for `vmId`.
    event KeyRegistered(
        address indexed key, bytes16 indexed vmId, uint64 expiresAt, bytes32 evidenceHash, address indexed registrar
    );

    /// @notice A key was revoked; attestations it signed are no longer fresh.
    event KeyRevoked(address indexed key, bytes16 indexed vmId, address indexed revoker);

    /// @notice `oldKey` was replaced by `newKey` for `vmId`; `oldKey` stays valid until `oldKeyExpiresAt`.
    event KeyRotated(address indexed oldKey, address indexed newKey, bytes16 indexed vmId, uint64 oldKeyExpiresAt);

    /// @notice The key is the zero address.
    error ZeroKey();

    /// @notice The VM id is zero.
    error ZeroVmId();

    /// @notice `key` is already registered (an address is never registered twice, even after revocation).
    error KeyAlreadyRegistered(address key, KeyStatus status);

    /// @notice `expiresAt` is not after the current block timestamp `currentTime`.
    error ExpiryNotInFuture(uint64 expiresAt, uint256 currentTime);

    /// @notice `key` was never registered.
    error KeyNotRegistered(address key);

    /// @notice `key` is already revoked.
    error KeyAlreadyRevoked(address key);

    /// @notice The role allowed to register and rotate keys (and to revoke them, like the admin).
    function REGISTRAR_ROLE() external view returns (bytes32);

    /// @notice Registers `key` as an attestation key for `vmId`, valid until `expiresAt`.
    /// @dev Only REGISTRAR_ROLE. The registrar has verified off chain the TEE evidence hashed in `evidenceHash`.
    /// Reverts ZeroKey, ZeroVmId, KeyAlreadyRegistered or ExpiryNotInFuture. Emits KeyRegistered.
    /// @param key The address of the enclave's secp256k1 key.
    /// @param vmId The VM the key attests for.
    /// @param expiresAt Unix seconds from which the key is expired; must be in the future.
    /// @param evidenceHash Hash of the TEE evidence binding the key.
    function registerKey(address key, bytes16 vmId, uint64 expiresAt, bytes32 evidenceHash) external;

    /// @notice Revokes `key`: it can no longer submit, and records it signed are no longer fresh.
    /// @dev Only the default admin or REGISTRAR_ROLE (unauthorized callers get
    /// AccessControlUnauthorizedAccount(caller, REGISTRAR_ROLE)). Expired keys can be revoked too.
    /// Reverts KeyNotRegistered or KeyAlreadyRevoked. Emits KeyRevoked.
    function revokeKey(address key) external;

    /// @notice Registers `newKey` for the VM of `oldKey` and retires `oldKey` after `gracePeriod` seconds: its
    /// expiry becomes min(its current expiry, block.timestamp + gracePeriod).
    /// @dev Only REGISTRAR_ROLE. `oldKey` must be registered and not revoked (it may be expired already);
    /// `newKey` is checked like in registerKey. Emits KeyRegistered (for `newKey`) then KeyRotated.
    function rotateKey(address oldKey, address newKey, uint64 newExpiresAt, bytes32 newEvidenceHash, uint64 gracePeriod)
        external;

    /// @notice Everything known about `key`; all zero for an unknown key.
    function keyInfo(address key) external view returns (KeyInfo memory);

    /// @notice The fields needed to accept a signature, read from a single storage slot.
    /// @return status None for an unknown key.
    /// @return expiresAt The key is expired when block.timestamp >= expiresAt.
    /// @return vmId The VM the key may attest for.
    function keyState(address key) external view returns (KeyStatus status, uint64 expiresAt, bytes16 vmId);
}
