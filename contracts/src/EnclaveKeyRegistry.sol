// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {
    AccessControlDefaultAdminRules
} from "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";

import {IEnclaveKeyRegistry, KeyInfo, KeyRegistration, KeyStatus} from "./interfaces/IEnclaveKeyRegistry.sol";
import {ISNPReportRegistration, ISNPReportVerifier, ReportFacts} from "./interfaces/ISNPReportRegistration.sol";

/// @title EnclaveKeyRegistry
/// @notice Registry of TEE-held attestation keys, registered by a k-of-n quorum of registrars. See
/// IEnclaveKeyRegistry.
/// @dev Every way of registering a key ends in `_activate`, which owns the storage of a key: `approveKey`, which
/// collects registrar approvals per registration hash, and `registerWithProof`, which checks a Groth16 proof that an
/// AMD-signed SEV-SNP report binds the key (ISNPReportRegistration; approvals 0).
/// Approvals and revocation votes are kept as lists of approvers, scanned on each approval to reject duplicates and
/// to count only current registrars: a list is longer than n only after the admin revoked registrars who approved.
///
/// Gas: the verifier calls keyState on every submission, and its cost includes the dispatcher's search for its
/// selector, which depends on the set of external functions (with this set, keyState is reached after the same
/// comparisons as before quorum registration). Adding, removing or renaming an external function may change the
/// verifier's gas figures: GasTest (snapshots/GasTest.json) detects it.
contract EnclaveKeyRegistry is IEnclaveKeyRegistry, ISNPReportRegistration, AccessControlDefaultAdminRules {
    /// @dev A key's storage. The first slot holds exactly what the verifier needs on its hot path (see keyState).
    struct KeyRecord {
        // slot 0 (25 bytes)
        KeyStatus status;
        uint64 expiresAt;
        bytes16 vmId;
        // slot 1 (24 bytes)
        uint64 registeredAt;
        uint64 revokedAt;
        uint64 approvals;
        // slot 2
        bytes32 evidenceHash;
        // slots 3 and 4: the 48-byte measurement
        bytes32 measurementHead;
        bytes16 measurementTail;
        // slot 5
        bytes32 registrationHash;
    }

    /// @dev The length of an SEV-SNP launch measurement (SHA-384).
    uint256 internal constant MEASUREMENT_LENGTH = 48;

    /// @inheritdoc IEnclaveKeyRegistry
    bytes32 public constant REGISTRAR_ROLE = keccak256("vmattest.REGISTRAR_ROLE");

    mapping(address key => KeyRecord) private _keys;

    /// @dev k, then n, in one slot.
    uint8 private _approvalThreshold;
    uint248 private _registrarCount;

    /// @dev The registrars that approved each registration, or voted to revoke each key, in order. Only those still
    /// holding REGISTRAR_ROLE count; a registrar appears at most once per list.
    mapping(bytes32 regHash => address[]) private _keyApprovers;
    mapping(address key => address[]) private _revocationApprovers;

    /// @dev Registration by proof: the verifier, the minimum TCB, the allowed measurements and trusted VCEKs.
    ISNPReportVerifier private _reportVerifier;
    uint64 private _minimumTcb;
    uint32 private _maximumVmpl;
    bool private _vmplChecked;
    /// @dev The number of revoked keys of each VM (see revocationCount).
    mapping(bytes16 vmId => uint256) private _revocations;
    mapping(bytes32 measurementHash => bool) private _measurementAllowed;
    mapping(bytes32 vcekHash => bool) private _vcekTrusted;

    /// @dev keccak256 of vmattest's REPORT_DATA binding tag, "vmattest/attestation-key/v1" (internal/enclave).
    bytes32 internal constant BINDING_TAG_HASH = keccak256("vmattest/attestation-key/v1");
    /// @dev Bit 19 of the SEV-SNP guest policy: debugging allowed.
    uint64 internal constant POLICY_DEBUG = 1 << 19;

    /// @param adminDelay Seconds a default admin transfer must wait after being started.
    /// @param admin The initial default admin; it grants REGISTRAR_ROLE and sets the approval threshold, which starts
    /// at 1.
    constructor(uint48 adminDelay, address admin) AccessControlDefaultAdminRules(adminDelay, admin) {
        _approvalThreshold = 1;
        emit ApprovalThresholdSet(0, 1);
    }

    // ------------------------------------------------------------------------------------------------ registration

    /// @inheritdoc IEnclaveKeyRegistry
    function approveKey(KeyRegistration calldata reg) external onlyRole(REGISTRAR_ROLE) returns (bool activated) {
        _checkRegistration(reg);
        bytes32 regHash = keccak256(abi.encode(reg));
        uint256 approvals = _approve(_keyApprovers[regHash]);
        if (approvals == 0) revert AlreadyApproved(msg.sender, regHash);
        uint8 threshold = _approvalThreshold;
        emit KeyApproved(reg.key, regHash, msg.sender, approvals, threshold);
        if (approvals < threshold) return false;
        _activate(reg, regHash, approvals);
        return true;
    }

    // ------------------------------------------------------------------------------------------ registration by proof

    /// @inheritdoc ISNPReportRegistration
    function registerWithProof(
        KeyRegistration calldata reg,
        bytes32 keyX,
        bytes32 keyY,
        ReportFacts calldata facts,
        bytes calldata proof
    ) external {
        ISNPReportVerifier verifier = _reportVerifier;
        if (address(verifier) == address(0)) revert ReportVerifierNotSet();
        _checkRegistration(reg);
        address ofPoint = address(uint160(uint256(keccak256(abi.encodePacked(keyX, keyY)))));
        if (reg.key != ofPoint) revert KeyMismatch(reg.key, ofPoint);
        if (reg.evidenceHash != keccak256(proof)) revert EvidenceHashMismatch(reg.evidenceHash, keccak256(proof));
        bytes32 measurementHash = keccak256(reg.measurement);
        if (!_measurementAllowed[measurementHash]) revert MeasurementNotAllowed(measurementHash);
        if (facts.policy & POLICY_DEBUG != 0) revert DebugPolicy(facts.policy);
        if (_vmplChecked && facts.vmpl > _maximumVmpl) revert VmplTooHigh(facts.vmpl, _maximumVmpl);
        if (!_tcbAtLeast(facts.reportedTcb, _minimumTcb)) revert TcbTooLow(facts.reportedTcb, _minimumTcb);
        if (!_vcekTrusted[facts.vcekHash]) revert VcekNotTrusted(facts.vcekHash);
        try verifier.verifyProof(proof, _reportInputs(reg, keyX, keyY, facts)) {}
        catch {
            revert InvalidReportProof();
        }
        _activate(reg, keccak256(abi.encode(reg)), 0);
        emit KeyRegisteredWithProof(reg.key, reg.vmId, facts.vcekHash);
    }

    /// @inheritdoc ISNPReportRegistration
    function reportInputs(KeyRegistration calldata reg, bytes32 keyX, bytes32 keyY, ReportFacts calldata facts)
        external
        view
        returns (uint256[6] memory)
    {
        return _reportInputs(reg, keyX, keyY, facts);
    }

    /// @inheritdoc ISNPReportRegistration
    function setReportVerifier(address verifier) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _reportVerifier = ISNPReportVerifier(verifier);
        emit ReportVerifierSet(verifier);
    }

    /// @inheritdoc ISNPReportRegistration
    function setMaximumVmpl(uint32 maximum, bool enabled) external onlyRole(DEFAULT_ADMIN_ROLE) {
        (_maximumVmpl, _vmplChecked) = (maximum, enabled);
        emit MaximumVmplSet(maximum, enabled);
    }

    /// @inheritdoc ISNPReportRegistration
    function maximumVmpl() external view returns (uint32 maximum, bool enabled) {
        return (_maximumVmpl, _vmplChecked);
    }

    /// @inheritdoc ISNPReportRegistration
    function setMinimumTcb(uint64 minimum) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _minimumTcb = minimum;
        emit MinimumTcbSet(minimum);
    }

    /// @inheritdoc ISNPReportRegistration
    function setMeasurementAllowed(bytes calldata measurement, bool allowed) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (measurement.length != MEASUREMENT_LENGTH) revert InvalidMeasurementLength(address(0), measurement.length);
        bytes32 h = keccak256(measurement);
        _measurementAllowed[h] = allowed;
        emit MeasurementAllowed(h, allowed);
    }

    /// @inheritdoc ISNPReportRegistration
    function setVcekTrusted(bytes32 vcekHash, bool trusted) external onlyRole(REGISTRAR_ROLE) {
        _vcekTrusted[vcekHash] = trusted;
        emit VcekTrusted(vcekHash, trusted);
    }

    /// @inheritdoc ISNPReportRegistration
    function reportVerifier() external view returns (address) {
        return address(_reportVerifier);
    }

    /// @inheritdoc ISNPReportRegistration
    function minimumTcb() external view returns (uint64) {
        return _minimumTcb;
    }

    /// @inheritdoc ISNPReportRegistration
    function isMeasurementAllowed(bytes32 measurementHash) external view returns (bool) {
        return _measurementAllowed[measurementHash];
    }

    /// @inheritdoc ISNPReportRegistration
    function isVcekTrusted(bytes32 vcekHash) external view returns (bool) {
        return _vcekTrusted[vcekHash];
    }

    // ------------------------------------------------------------------------------------------------ revocation

    /// @inheritdoc IEnclaveKeyRegistry
    function approveRevocation(address key) external onlyRole(REGISTRAR_ROLE) returns (bool revoked) {
        KeyRecord storage k = _keys[key];
        _checkRevocable(key, k.status);
        uint256 approvals = _approve(_revocationApprovers[key]);
        if (approvals == 0) revert RevocationAlreadyApproved(msg.sender, key);
        uint8 threshold = _approvalThreshold;
        emit RevocationApproved(key, msg.sender, approvals, threshold);
        if (approvals < threshold) return false;
        _revoke(key, k);
        return true;
    }

    /// @inheritdoc IEnclaveKeyRegistry
    function revokeKey(address key) external onlyRole(DEFAULT_ADMIN_ROLE) {
        KeyRecord storage k = _keys[key];
        _checkRevocable(key, k.status);
        _revoke(key, k);
    }

    // ------------------------------------------------------------------------------------------------ quorum

    /// @inheritdoc IEnclaveKeyRegistry
    function setApprovalThreshold(uint8 threshold) external onlyRole(DEFAULT_ADMIN_ROLE) {
        uint256 registrars = _registrarCount;
        if (threshold == 0 || threshold > registrars) revert InvalidApprovalThreshold(threshold, registrars);
        emit ApprovalThresholdSet(_approvalThreshold, threshold);
        _approvalThreshold = threshold;
    }

    /// @inheritdoc IEnclaveKeyRegistry
    function approvalThreshold() external view returns (uint8) {
        return _approvalThreshold;
    }

    /// @inheritdoc IEnclaveKeyRegistry
    function registrarCount() external view returns (uint256) {
        return _registrarCount;
    }

    // ------------------------------------------------------------------------------------------------ reads

    /// @inheritdoc IEnclaveKeyRegistry
    function registrationHash(KeyRegistration calldata reg) external pure returns (bytes32) {
        return keccak256(abi.encode(reg));
    }

    /// @inheritdoc IEnclaveKeyRegistry
    function keyApprovers(bytes32 regHash) external view returns (address[] memory) {
        return _keyApprovers[regHash];
    }

    /// @inheritdoc IEnclaveKeyRegistry
    function revocationApprovers(address key) external view returns (address[] memory) {
        return _revocationApprovers[key];
    }

    /// @inheritdoc IEnclaveKeyRegistry
    function keyApprovalCount(bytes32 regHash) external view returns (uint256) {
        return _countApprovals(_keyApprovers[regHash]);
    }

    /// @inheritdoc IEnclaveKeyRegistry
    function revocationApprovalCount(address key) external view returns (uint256) {
        return _countApprovals(_revocationApprovers[key]);
    }

    /// @inheritdoc IEnclaveKeyRegistry
    function revocationCount(bytes16 vmId) external view returns (uint256) {
        return _revocations[vmId];
    }

    /// @inheritdoc IEnclaveKeyRegistry
    function keyInfo(address key) external view returns (KeyInfo memory) {
        KeyRecord storage k = _keys[key];
        KeyStatus status = k.status;
        return KeyInfo({
            status: status,
            expiresAt: k.expiresAt,
            vmId: k.vmId,
            registeredAt: k.registeredAt,
            revokedAt: k.revokedAt,
            evidenceHash: k.evidenceHash,
            measurement: status == KeyStatus.None ? bytes("") : abi.encodePacked(k.measurementHead, k.measurementTail),
            registrationHash: k.registrationHash,
            approvals: k.approvals
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

    // ------------------------------------------------------------------------------------------------ internals

    /// @dev Counts the registrars n: REGISTRAR_ROLE grants go through here.
    function _grantRole(bytes32 role, address account) internal override returns (bool granted) {
        granted = super._grantRole(role, account);
        if (granted && role == REGISTRAR_ROLE) ++_registrarCount;
    }

    /// @dev Counts the registrars n, and keeps them at least k: REGISTRAR_ROLE revocations and renouncements go
    /// through here.
    function _revokeRole(bytes32 role, address account) internal override returns (bool revoked) {
        revoked = super._revokeRole(role, account);
        if (revoked && role == REGISTRAR_ROLE) {
            uint248 registrars = _registrarCount - 1; // the account held the role, so n >= 1
            uint8 threshold = _approvalThreshold;
            if (registrars < threshold) revert ThresholdAboveRegistrars(threshold, registrars);
            _registrarCount = registrars;
        }
    }

    /// @dev Adds the caller to `approvers` and returns the number of approvers, the caller included, that hold
    /// REGISTRAR_ROLE; returns 0, and adds nothing, when the caller is already in the list.
    function _approve(address[] storage approvers) private returns (uint256 approvals) {
        uint256 length = approvers.length;
        for (uint256 i; i < length; ++i) {
            address approver = approvers[i];
            if (approver == msg.sender) return 0;
            if (hasRole(REGISTRAR_ROLE, approver)) ++approvals;
        }
        approvers.push(msg.sender);
        return approvals + 1;
    }

    /// @dev The number of `approvers` that hold REGISTRAR_ROLE.
    function _countApprovals(address[] storage approvers) private view returns (uint256 approvals) {
        uint256 length = approvers.length;
        for (uint256 i; i < length; ++i) {
            if (hasRole(REGISTRAR_ROLE, approvers[i])) ++approvals;
        }
    }

    /// @dev Reverts unless `reg` can be registered now (see approveKey).
    function _checkRegistration(KeyRegistration calldata reg) private view {
        address key = reg.key;
        bytes16 vmId = reg.vmId;
        if (key == address(0)) revert ZeroKey(vmId);
        if (vmId == bytes16(0)) revert ZeroVmId(key);
        if (reg.measurement.length != MEASUREMENT_LENGTH) {
            revert InvalidMeasurementLength(key, reg.measurement.length);
        }
        KeyStatus status = _keys[key].status;
        if (status != KeyStatus.None) revert KeyAlreadyRegistered(key, status);
        // Expiry is about time; validators' leeway of a few seconds is negligible next to a key's lifetime.
        // forge-lint: disable-next-line(block-timestamp)
        if (reg.expiresAt <= block.timestamp) revert ExpiryNotInFuture(reg.expiresAt, block.timestamp);

        address oldKey = reg.replaces;
        if (oldKey != address(0)) {
            KeyRecord storage old = _keys[oldKey];
            if (old.status == KeyStatus.None) revert KeyNotRegistered(oldKey);
            if (old.status == KeyStatus.Revoked) revert KeyAlreadyRevoked(oldKey);
            if (old.vmId != vmId) revert ReplacedKeyOfOtherVm(oldKey, old.vmId, vmId);
        }
    }

    /// @notice Makes `reg.key` an active attestation key for `reg.vmId` until `reg.expiresAt`, and retires the key
    /// it replaces; the single place where keys become active, whatever authorized the registration. `reg` has
    /// passed _checkRegistration in this transaction.
    function _activate(KeyRegistration calldata reg, bytes32 regHash, uint256 approvals) private {
        address key = reg.key;
        bytes16 vmId = reg.vmId;
        bytes calldata measurement = reg.measurement;
        _keys[key] = KeyRecord({
            status: KeyStatus.Active,
            expiresAt: reg.expiresAt,
            vmId: vmId,
            registeredAt: uint64(block.timestamp),
            revokedAt: 0,
            // forge-lint: disable-next-line(unsafe-typecast)
            approvals: uint64(approvals), // at most the length of an approver list, far below 2^64
            evidenceHash: reg.evidenceHash,
            measurementHead: bytes32(measurement[:32]),
            measurementTail: bytes16(measurement[32:]),
            registrationHash: regHash
        });
        emit KeyRegistered(key, vmId, regHash, reg.expiresAt, reg.evidenceHash, measurement, approvals);

        address oldKey = reg.replaces;
        if (oldKey == address(0)) return;
        KeyRecord storage old = _keys[oldKey];
        uint256 retireAt = block.timestamp + reg.gracePeriod; // no overflow: both operands are below 2^64
        uint64 oldExpiresAt = old.expiresAt;
        if (retireAt < oldExpiresAt) {
            // forge-lint: disable-next-line(unsafe-typecast)
            oldExpiresAt = uint64(retireAt); // below oldExpiresAt, a uint64
            old.expiresAt = oldExpiresAt;
        }
        emit KeyRotated(oldKey, key, vmId, oldExpiresAt);
    }

    /// @dev The public inputs of circuits/snpreport for a registration: the statement REPORT_DATA (the key's binding,
    /// then keccak256(abi.encode(vmId, replaces, gracePeriod)), so that the proof binds the whole registration) || MEASUREMENT || POLICY || VMPL || REPORTED_TCB (the integers little-endian, as in the
    /// report), 132 bytes in big-endian chunks of 31 bytes, then the VCEK hash.
    function _reportInputs(KeyRegistration calldata reg, bytes32 keyX, bytes32 keyY, ReportFacts calldata facts)
        private
        view
        returns (uint256[6] memory input)
    {
        bytes32 reportData =
            keccak256(abi.encode(BINDING_TAG_HASH, keyX, keyY, block.chainid, address(this), reg.expiresAt));
        bytes memory st = abi.encodePacked(
            reportData,
            keccak256(abi.encode(reg.vmId, reg.replaces, reg.gracePeriod)),
            reg.measurement,
            _le64(facts.policy),
            bytes4(_reverse32(facts.vmpl)),
            _le64(facts.reportedTcb)
        );
        for (uint256 i; i < 5; ++i) {
            uint256 len = i < 4 ? 31 : 8;
            uint256 word;
            assembly ("memory-safe") {
                word := shr(mul(sub(32, len), 8), mload(add(add(st, 0x20), mul(i, 31))))
            }
            input[i] = word;
        }
        input[5] = uint256(facts.vcekHash);
    }

    /// @dev v's 8 bytes little-endian.
    function _le64(uint64 v) private pure returns (bytes8) {
        v = ((v & 0x00ff00ff00ff00ff) << 8) | ((v >> 8) & 0x00ff00ff00ff00ff);
        v = ((v & 0x0000ffff0000ffff) << 16) | ((v >> 16) & 0x0000ffff0000ffff);
        return bytes8((v << 32) | (v >> 32));
    }

    /// @dev v with its 4 bytes reversed.
    function _reverse32(uint32 v) private pure returns (uint32) {
        v = ((v & 0x00ff00ff) << 8) | ((v >> 8) & 0x00ff00ff);
        return (v << 16) | (v >> 16);
    }

    /// @dev Whether every byte (SVN) of `tcb` is at least the same byte of `minimum`.
    function _tcbAtLeast(uint64 tcb, uint64 minimum) private pure returns (bool) {
        for (uint256 i; i < 64; i += 8) {
            if ((tcb >> i) & 0xff < (minimum >> i) & 0xff) return false;
        }
        return true;
    }

    /// @dev Reverts unless a key of status `status` can be revoked.
    function _checkRevocable(address key, KeyStatus status) private pure {
        if (status == KeyStatus.None) revert KeyNotRegistered(key);
        if (status == KeyStatus.Revoked) revert KeyAlreadyRevoked(key);
    }

    function _revoke(address key, KeyRecord storage k) private {
        k.status = KeyStatus.Revoked;
        k.revokedAt = uint64(block.timestamp);
        ++_revocations[k.vmId];
        emit KeyRevoked(key, k.vmId, msg.sender);
    }
}
