// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @notice Lifecycle of an attestation key. A key goes None -> Active -> Revoked and never back: an address is
/// registered at most once.
enum KeyStatus {
    None,
    Active,
    Revoked
}

/// @notice Lifecycle of a governed action: None -> Proposed -> Queued -> Executed, or Cancelled from Proposed or
/// Queued.
enum ActionStatus {
    None,
    Proposed,
    Queued,
    Executed,
    Cancelled
}

/// @notice The facts registrars approve to register an attestation key. Approvals are counted per registration
/// hash, keccak256(abi.encode(reg)) (see registrationHash): registrars must approve exactly the same facts.
struct KeyRegistration {
    /// @dev The address of the enclave's secp256k1 key; nonzero, never registered before.
    address key;
    /// @dev The only VM the key may attest for; nonzero.
    bytes16 vmId;
    /// @dev Unix seconds from which the key no longer signs; after the block timestamp of every approval.
    uint64 expiresAt;
    /// @dev Hash of the TEE evidence (AMD SEV-SNP attestation report and certificate chain) that registrars checked
    /// off chain and that binds the key to the VM's enclave.
    bytes32 evidenceHash;
    /// @dev The SEV-SNP launch measurement of the enclave, from the report: exactly 48 bytes.
    bytes measurement;
    /// @dev Zero, or the Active key of the same VM that this key rotates out.
    address replaces;
    /// @dev With `replaces`: seconds after activation during which the replaced key still signs. Ignored otherwise.
    uint64 gracePeriod;
}

/// @notice Everything the registry knows about an attestation key.
struct KeyInfo {
    /// @dev None for an address that was never registered.
    KeyStatus status;
    /// @dev Unix seconds from which the key no longer signs (it is expired when block.timestamp >= expiresAt).
    uint64 expiresAt;
    /// @dev The only VM the key may attest for.
    bytes16 vmId;
    /// @dev Unix seconds of registration (of the approval that activated the key).
    uint64 registeredAt;
    /// @dev Unix seconds of revocation; zero while not revoked.
    uint64 revokedAt;
    /// @dev Hash of the TEE evidence that bound the key to the VM's enclave.
    bytes32 evidenceHash;
    /// @dev The 48-byte SEV-SNP launch measurement; empty for an unknown key.
    bytes measurement;
    /// @dev The registration hash the registrars approved (see registrationHash); its approvers are listed by
    /// keyApprovers.
    bytes32 registrationHash;
    /// @dev Approvals of registrars holding REGISTRAR_ROLE when the key was activated: at least the approval
    /// threshold of that time.
    uint64 approvals;
}

/// @title IEnclaveKeyRegistry
/// @notice Registry of the secp256k1 attestation keys held in TEEs (AMD SEV-SNP), each bound to one VM. A key is
/// registered when k of the n holders of REGISTRAR_ROLE approved the same registration (each after checking the
/// TEE evidence off chain), expires at a fixed time, can be revoked by the default admin at once or by k
/// registrars, and can rotate out an older key of its VM, which then keeps signing for a grace period.
/// @dev Governance: the registrars (n), the threshold k and the governance delay are fixed at deployment (constructor),
/// and every later change that can make a key active (adding or removing a registrar, changing k or the delay, and,
/// in ISNPReportRegistration, trusting a VCEK, setting the report verifier, allowing a measurement, loosening the
/// TCB, VMPL or guest policy rules, binding a VM) is a governed action: a registrar proposes its calldata
/// (proposeAction), k current registrars approve it (the proposer's approval included), it is queued, and after the
/// governance delay anyone executes it (executeAction), which calls the registry itself. Nobody, the default admin
/// included, can make such a change directly: the functions revert NotGoverned unless called by the registry.
/// Changes that only reduce trust (revoking a key, distrusting a VCEK, disallowing a measurement, tightening the
/// TCB, VMPL or policy rules, unsetting the report verifier, cancelling an action) stay fast: the default admin or
/// one registrar. Only registrars holding REGISTRAR_ROLE count: an approval given by a registrar whose role was since
/// revoked no longer counts (it counts again if the role is granted back). Removing a registrar (or renouncing) reverts
/// ThresholdAboveRegistrars when fewer than k registrars would remain, so a quorum always remains reachable.
interface IEnclaveKeyRegistry {
    /// @notice The approval threshold changed from `oldThreshold` to `newThreshold` (at deployment: from 0).
    event ApprovalThresholdSet(uint8 oldThreshold, uint8 newThreshold);

    /// @notice `registrar` approved the registration `regHash` of `key`, which now has `approvals` approvals of
    /// current registrars; the key is activated when `approvals` reaches `threshold`.
    event KeyApproved(
        address indexed key, bytes32 indexed regHash, address indexed registrar, uint256 approvals, uint8 threshold
    );

    /// @notice A key was registered for `vmId` by the registration `regHash`, with `approvals` approvals.
    event KeyRegistered(
        address indexed key,
        bytes16 indexed vmId,
        bytes32 indexed regHash,
        uint64 expiresAt,
        bytes32 evidenceHash,
        bytes measurement,
        uint256 approvals
    );

    /// @notice `registrar` voted to revoke `key`, which now has `approvals` votes of current registrars; the key is
    /// revoked when `approvals` reaches `threshold`.
    event RevocationApproved(address indexed key, address indexed registrar, uint256 approvals, uint8 threshold);

    /// @notice A key was revoked; attestations it signed are no longer fresh. `revoker` is the default admin, or the
    /// registrar whose vote reached the threshold.
    event KeyRevoked(address indexed key, bytes16 indexed vmId, address indexed revoker);

    /// @notice `oldKey` was replaced by `newKey` for `vmId`; `oldKey` stays valid until `oldKeyExpiresAt`.
    event KeyRotated(address indexed oldKey, address indexed newKey, bytes16 indexed vmId, uint64 oldKeyExpiresAt);

    /// @notice `proposer` proposed the governed action `id`: the call `data` to the registry itself (`salt` tells
    /// apart proposals of the same call).
    event ActionProposed(bytes32 indexed id, address indexed proposer, bytes data, bytes32 salt);

    /// @notice `registrar` approved the governed action `id`, which now has `approvals` approvals of current
    /// registrars; it is queued when `approvals` reaches `threshold`.
    event ActionApproved(bytes32 indexed id, address indexed registrar, uint256 approvals, uint8 threshold);

    /// @notice The governed action `id` reached the threshold: anyone may execute it from `executableAt` on.
    event ActionQueued(bytes32 indexed id, uint64 executableAt);

    /// @notice The governed action `id` was executed.
    event ActionExecuted(bytes32 indexed id);

    /// @notice The governed action `id` was cancelled by `canceller` (the default admin or a registrar).
    event ActionCancelled(bytes32 indexed id, address indexed canceller);

    /// @notice The governance delay changed from `oldDelay` to `newDelay` seconds (at deployment: from 0).
    event GovernanceDelaySet(uint64 oldDelay, uint64 newDelay);

    /// @notice `caller` is not the registry itself: the change needs a governed action (proposeAction).
    error NotGoverned(address caller);

    /// @notice The governed action `id` is `status`, not the status the call needs.
    error ActionNotInStatus(bytes32 id, ActionStatus status);

    /// @notice `registrar` has already approved the governed action `id`.
    error ActionAlreadyApproved(address registrar, bytes32 id);

    /// @notice The governed action `id` is executable from `executableAt`, after the current time `currentTime`.
    error ActionNotReady(bytes32 id, uint64 executableAt, uint256 currentTime);

    /// @notice The governed action `id` has `approvals` approvals of current registrars, below the threshold
    /// `threshold` (registrars who approved it were removed since it was queued).
    error ActionApprovalsBelowThreshold(bytes32 id, uint256 approvals, uint8 threshold);

    /// @notice The governance delay `delay` is below `minimum`, the least allowed on this chain (devnets, chain id
    /// 31337 or 1337, allow any).
    error GovernanceDelayTooShort(uint64 delay, uint64 minimum);

    /// @notice `account` appears twice among the initial registrars, or is zero.
    error InvalidRegistrar(address account);

    /// @notice The registration for `vmId` has the zero address as its key.
    error ZeroKey(bytes16 vmId);

    /// @notice The registration of `key` has a zero VM id.
    error ZeroVmId(address key);

    /// @notice The registration of `key` has a measurement of `length` bytes instead of 48.
    error InvalidMeasurementLength(address key, uint256 length);

    /// @notice `key` is already registered (an address is never registered twice, even after revocation).
    error KeyAlreadyRegistered(address key, KeyStatus status);

    /// @notice `expiresAt` is not after the current block timestamp `currentTime`.
    error ExpiryNotInFuture(uint64 expiresAt, uint256 currentTime);

    /// @notice `key` was never registered.
    error KeyNotRegistered(address key);

    /// @notice `key` is already revoked.
    error KeyAlreadyRevoked(address key);

    /// @notice The key to replace, `oldKey`, attests for `oldVmId`, not for the registration's `vmId`.
    error ReplacedKeyOfOtherVm(address oldKey, bytes16 oldVmId, bytes16 vmId);

    /// @notice `registrar` has already approved the registration `regHash`.
    error AlreadyApproved(address registrar, bytes32 regHash);

    /// @notice `registrar` has already voted to revoke `key`.
    error RevocationAlreadyApproved(address registrar, address key);

    /// @notice `threshold` is zero or above the number of registrars, `registrars`.
    error InvalidApprovalThreshold(uint8 threshold, uint256 registrars);

    /// @notice Revoking a registrar would leave `registrars` registrars, fewer than the approval threshold
    /// `threshold`: lower the threshold first.
    error ThresholdAboveRegistrars(uint8 threshold, uint256 registrars);

    /// @notice The role of the registrars, who approve registrations, vote revocations and govern. Granting or
    /// revoking it is governed (grantRole and revokeRole revert NotGoverned for it unless called by the registry);
    /// a registrar may renounce it.
    function REGISTRAR_ROLE() external view returns (bytes32);

    /// @notice Approves the registration `reg`; the approval that brings the approvals of current registrars to the
    /// threshold activates the key.
    /// @dev Only REGISTRAR_ROLE. The registrar has verified off chain the SEV-SNP evidence hashed in
    /// `reg.evidenceHash`, that it binds `reg.key`, and that it reports `reg.measurement` for `reg.vmId`.
    /// Every approval checks `reg` and reverts ZeroKey, ZeroVmId, InvalidMeasurementLength, KeyAlreadyRegistered
    /// (so approvals left pending for a key are dead once it is registered, whatever they approved),
    /// ExpiryNotInFuture, and, with `reg.replaces` set, KeyNotRegistered or KeyAlreadyRevoked (the replaced key
    /// must be Active; it may have expired) or ReplacedKeyOfOtherVm; then AlreadyApproved if the caller approved
    /// `reg` before. Emits KeyApproved; on activation also KeyRegistered and, with `reg.replaces`, KeyRotated after
    /// the replaced key's expiry became min(its expiry, block.timestamp + reg.gracePeriod).
    /// Lowering the threshold does not activate pending registrations by itself: the next approval does.
    /// @param reg The facts to approve; approvals of registrations differing in any field do not add up.
    /// @return activated Whether this approval registered the key.
    function approveKey(KeyRegistration calldata reg) external returns (bool activated);

    /// @notice Votes to revoke `key`; the vote that brings the votes of current registrars to the threshold
    /// revokes it.
    /// @dev Only REGISTRAR_ROLE. Expired keys can be revoked too. Reverts KeyNotRegistered, KeyAlreadyRevoked or
    /// RevocationAlreadyApproved. Emits RevocationApproved, and KeyRevoked when the key is revoked.
    /// @return revoked Whether this vote revoked the key.
    function approveRevocation(address key) external returns (bool revoked);

    /// @notice Revokes `key` at once: it can no longer submit, and records it signed are no longer fresh.
    /// @dev Only the default admin (others get AccessControlUnauthorizedAccount(caller, DEFAULT_ADMIN_ROLE)).
    /// Expired keys can be revoked too. Reverts KeyNotRegistered or KeyAlreadyRevoked. Emits KeyRevoked.
    function revokeKey(address key) external;

    /// @notice Sets the number of registrar approvals needed to register or revoke a key, and to queue a governed
    /// action.
    /// @dev Governed (NotGoverned unless called by the registry through executeAction). Reverts
    /// InvalidApprovalThreshold unless 1 <= `threshold` <= registrarCount(). Emits ApprovalThresholdSet.
    function setApprovalThreshold(uint8 threshold) external;

    /// @notice Proposes the governed action `data` (calldata of a governed function of this registry) with `salt`,
    /// and approves it as the caller; with a threshold of 1 it is queued at once.
    /// @dev Only REGISTRAR_ROLE. Reverts ActionNotInStatus unless the action id was never proposed. Emits
    /// ActionProposed, ActionApproved, and ActionQueued when queued.
    /// @return id actionId(data, salt).
    function proposeAction(bytes calldata data, bytes32 salt) external returns (bytes32 id);

    /// @notice Approves the proposed action `id`; the approval that brings its approvals of current registrars to
    /// the threshold queues it, executable after the governance delay.
    /// @dev Only REGISTRAR_ROLE. Reverts ActionNotInStatus unless Proposed, ActionAlreadyApproved. Emits
    /// ActionApproved, and ActionQueued when queued.
    /// @return queued Whether this approval queued the action.
    function approveAction(bytes32 id) external returns (bool queued);

    /// @notice Executes the queued action of `data` and `salt`: the registry calls itself with `data`, and bubbles
    /// up its revert.
    /// @dev Anyone. Reverts ActionNotInStatus unless Queued, ActionNotReady before its time,
    /// ActionApprovalsBelowThreshold if its approvals of current registrars fell below the threshold. Emits
    /// ActionExecuted.
    function executeAction(bytes calldata data, bytes32 salt) external;

    /// @notice Cancels the proposed or queued action `id`: it can never run (propose it again with another salt).
    /// @dev The default admin or a registrar (cancelling only withholds trust). Reverts ActionNotInStatus unless
    /// Proposed or Queued. Emits ActionCancelled.
    function cancelAction(bytes32 id) external;

    /// @notice The id of the governed action `data` with `salt`: keccak256(abi.encode(data, salt)).
    function actionId(bytes calldata data, bytes32 salt) external pure returns (bytes32);

    /// @notice The status of the governed action `id`, the time from which it is executable (zero until queued),
    /// and its approvals of current registrars.
    function actionState(bytes32 id) external view returns (ActionStatus status, uint64 executableAt, uint256 approvals);

    /// @notice Sets the governance delay: seconds between the queuing and the execution of a governed action.
    /// @dev Governed. Reverts GovernanceDelayTooShort below MIN_GOVERNANCE_DELAY outside devnets. Emits
    /// GovernanceDelaySet.
    function setGovernanceDelay(uint64 delay) external;

    /// @notice The governance delay in seconds.
    function governanceDelay() external view returns (uint64);

    /// @notice The least governance delay outside devnets (chain ids 31337 and 1337): one day.
    function MIN_GOVERNANCE_DELAY() external view returns (uint64);

    /// @notice The number of registrar approvals needed to register or revoke a key (k).
    function approvalThreshold() external view returns (uint8);

    /// @notice The number of accounts holding REGISTRAR_ROLE (n).
    function registrarCount() external view returns (uint256);

    /// @notice The hash approvals of `reg` are counted under: keccak256(abi.encode(reg)).
    function registrationHash(KeyRegistration calldata reg) external pure returns (bytes32);

    /// @notice Every registrar that approved the registration `regHash`, in order, including any whose role was
    /// since revoked (whose approvals do not count).
    function keyApprovers(bytes32 regHash) external view returns (address[] memory);

    /// @notice Every registrar that voted to revoke `key`, in order, including any whose role was since revoked
    /// (whose votes do not count).
    function revocationApprovers(address key) external view returns (address[] memory);

    /// @notice The approvals of the registration `regHash` that count now: those of its approvers that hold
    /// REGISTRAR_ROLE. Once the key is registered, KeyInfo.approvals keeps the count at activation.
    function keyApprovalCount(bytes32 regHash) external view returns (uint256);

    /// @notice The votes to revoke `key` that count now: those of its voters that hold REGISTRAR_ROLE.
    function revocationApprovalCount(address key) external view returns (uint256);

    /// @notice The number of keys of `vmId` revoked so far, by the admin or by registrar votes.
    /// @dev It only grows. AttestationVerifier stores it with a quorum record, which has no single signer: the record
    /// is no longer fresh once any key of its VM is revoked after it was made.
    function revocationCount(bytes16 vmId) external view returns (uint256);

    /// @notice Everything known about `key`; all zero (and an empty measurement) for an unknown key.
    function keyInfo(address key) external view returns (KeyInfo memory);

    /// @notice The fields needed to accept a signature, read from a single storage slot.
    /// @return status None for an unknown key.
    /// @return expiresAt The key is expired when block.timestamp >= expiresAt.
    /// @return vmId The VM the key may attest for.
    function keyState(address key) external view returns (KeyStatus status, uint64 expiresAt, bytes16 vmId);
}
