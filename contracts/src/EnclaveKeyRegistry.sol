// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {
    AccessControlDefaultAdminRules
} from "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

import {
    ActionStatus,
    IEnclaveKeyRegistry,
    KeyInfo,
    KeyRegistration,
    KeyStatus
} from "./interfaces/IEnclaveKeyRegistry.sol";
import {ISNPReportRegistration, ISNPReportVerifier, ReportFacts} from "./interfaces/ISNPReportRegistration.sol";
import {IVerifierSetup} from "./interfaces/IVerifierSetup.sol";

/// @title EnclaveKeyRegistry
/// @notice Registry of TEE-held attestation keys, registered by a k-of-n quorum of registrars. See
/// IEnclaveKeyRegistry.
/// @dev Every way of registering a key ends in `_activate`, which owns the storage of a key: `approveKey`, which
/// collects registrar approvals per registration hash, and `registerWithProof`, which checks a Groth16 proof that an
/// AMD-signed SEV-SNP report binds the key (ISNPReportRegistration; approvals 0).
/// Every setting that can make a key active is governed: only the registry itself may change it, in executeAction,
/// after k registrars approved the call and the governance delay passed (see IEnclaveKeyRegistry); `_governedOr`
/// lets the default admin or one registrar make the changes that only withhold trust.
/// Approvals and revocation votes are kept as lists of approvers, scanned on each approval to reject duplicates and
/// to count only current registrars: a list is longer than n only after the admin revoked registrars who approved.
///
/// Gas: the verifier calls keyState on every submission, and its cost includes the dispatcher's search for its
/// selector, which depends on the set of external functions (the governance functions cost each keyState read 66
/// gas of dispatch). Adding, removing or renaming an external function may change the verifier's gas figures:
/// GasTest (snapshots/GasTest.json) detects it.
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

    /// @dev A governed action: its status and the time it is executable from (zero until queued); its approvers
    /// are kept in _actionApprovers.
    struct Action {
        ActionStatus status;
        uint64 executableAt;
    }

    /// @dev A VM's launch identity for registration by proof (see vmBinding).
    struct VmBinding {
        bytes32 measurementHash;
        bytes32 vcekHash;
    }

    /// @inheritdoc IEnclaveKeyRegistry
    uint64 public constant MIN_GOVERNANCE_DELAY = 1 days;

    /// @dev Governed actions, their approvers, and the delay between queuing and execution.
    mapping(bytes32 id => Action) private _actions;
    mapping(bytes32 id => address[]) private _actionApprovers;
    uint64 private _governanceDelay;

    /// @dev Registration by proof: the verifier, the minimum TCB, the maximum VMPL, the guest policy rules, the
    /// allowed measurements, trusted VCEKs and the VMs' launch identities.
    ISNPReportVerifier private _reportVerifier;
    uint64 private _minimumTcb;
    uint32 private _maximumVmpl;
    uint64 private _forbiddenPolicy = ALWAYS_FORBIDDEN_POLICY;
    uint64 private _requiredPolicy;
    mapping(bytes16 vmId => VmBinding) private _vmBindings;
    /// @dev The number of revoked keys of each VM (see revocationCount).
    mapping(bytes16 vmId => uint256) private _revocations;
    mapping(bytes32 measurementHash => bool) private _measurementAllowed;
    mapping(bytes32 vcekHash => bool) private _vcekTrusted;

    /// @dev keccak256 of vmattest's REPORT_DATA binding tag, "vmattest/attestation-key/v1" (internal/enclave).
    bytes32 internal constant BINDING_TAG_HASH = keccak256("vmattest/attestation-key/v1");
    /// @dev keccak256 of the tag of the digest a replaced key signs (see rotationDigest).
    bytes32 internal constant ROTATION_TAG_HASH = keccak256("vmattest/key-rotation/v1");
    /// @dev Bit 19 of the SEV-SNP guest policy: debugging allowed.
    uint64 internal constant POLICY_DEBUG = 1 << 19;
    /// @dev Bit 18 of the SEV-SNP guest policy: a migration agent may be associated (it can export the guest).
    uint64 internal constant POLICY_MIGRATE_MA = 1 << 18;
    /// @dev Guest policy bits no governance can allow.
    uint64 internal constant ALWAYS_FORBIDDEN_POLICY = POLICY_DEBUG | POLICY_MIGRATE_MA;

    /// @notice The bootstrap, fixed here and nowhere else: there is no window in which one account alone configures
    /// the registrars, so the first governed action already needs `threshold` of `registrars`.
    /// @param adminDelay Seconds a default admin transfer must wait after being started.
    /// @param admin The initial default admin: it revokes keys and withholds trust at once, and configures nothing
    /// that can make a key active.
    /// @param registrars The initial holders of REGISTRAR_ROLE (n), distinct and nonzero.
    /// @param threshold The approval threshold k, 1 <= k <= n.
    /// @param governanceDelay_ Seconds between the queuing and the execution of a governed action: at least
    /// MIN_GOVERNANCE_DELAY outside devnets (chain id 31337 or 1337).
    constructor(uint48 adminDelay, address admin, address[] memory registrars, uint8 threshold, uint64 governanceDelay_)
        AccessControlDefaultAdminRules(adminDelay, admin)
    {
        for (uint256 i; i < registrars.length; ++i) {
            if (registrars[i] == address(0) || !_grantRole(REGISTRAR_ROLE, registrars[i])) {
                revert InvalidRegistrar(registrars[i]);
            }
        }
        _setApprovalThreshold(threshold);
        _setGovernanceDelay(governanceDelay_);
    }

    // ------------------------------------------------------------------------------------------------ governance

    /// @inheritdoc IEnclaveKeyRegistry
    function proposeAction(bytes calldata data, bytes32 salt) external onlyRole(REGISTRAR_ROLE) returns (bytes32 id) {
        id = keccak256(abi.encode(data, salt));
        Action storage a = _actions[id];
        if (a.status != ActionStatus.None) revert ActionNotInStatus(id, a.status);
        a.status = ActionStatus.Proposed;
        emit ActionProposed(id, msg.sender, data, salt);
        _approveAction(id, a);
    }

    /// @inheritdoc IEnclaveKeyRegistry
    function approveAction(bytes32 id) external onlyRole(REGISTRAR_ROLE) returns (bool queued) {
        Action storage a = _actions[id];
        if (a.status != ActionStatus.Proposed) revert ActionNotInStatus(id, a.status);
        return _approveAction(id, a);
    }

    /// @inheritdoc IEnclaveKeyRegistry
    function executeAction(bytes calldata data, bytes32 salt) external {
        bytes32 id = keccak256(abi.encode(data, salt));
        Action storage a = _actions[id];
        if (a.status != ActionStatus.Queued) revert ActionNotInStatus(id, a.status);
        // Delays are days in production; validators' leeway of a few seconds is negligible next to them.
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp < a.executableAt) revert ActionNotReady(id, a.executableAt, block.timestamp);
        uint256 approvals = _countApprovals(_actionApprovers[id]);
        uint8 threshold = _approvalThreshold;
        if (approvals < threshold) revert ActionApprovalsBelowThreshold(id, approvals, threshold);
        a.status = ActionStatus.Executed;
        (bool ok, bytes memory ret) = address(this).call(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
        emit ActionExecuted(id);
    }

    /// @inheritdoc IEnclaveKeyRegistry
    function cancelAction(bytes32 id) external {
        _governedOr(true);
        Action storage a = _actions[id];
        if (a.status != ActionStatus.Proposed && a.status != ActionStatus.Queued) {
            revert ActionNotInStatus(id, a.status);
        }
        a.status = ActionStatus.Cancelled;
        emit ActionCancelled(id, msg.sender);
    }

    /// @inheritdoc IEnclaveKeyRegistry
    function actionId(bytes calldata data, bytes32 salt) external pure returns (bytes32) {
        return keccak256(abi.encode(data, salt));
    }

    /// @inheritdoc IEnclaveKeyRegistry
    function actionState(bytes32 id)
        external
        view
        returns (ActionStatus status, uint64 executableAt, uint256 approvals)
    {
        Action storage a = _actions[id];
        return (a.status, a.executableAt, _countApprovals(_actionApprovers[id]));
    }

    /// @inheritdoc IEnclaveKeyRegistry
    function setGovernanceDelay(uint64 delay) external {
        _governedOr(false);
        _setGovernanceDelay(delay);
    }

    /// @inheritdoc IEnclaveKeyRegistry
    function governanceDelay() external view returns (uint64) {
        return _governanceDelay;
    }

    /// @dev REGISTRAR_ROLE is granted only by a governed action: the default admin cannot give itself seats.
    function grantRole(bytes32 role, address account) public override {
        if (role != REGISTRAR_ROLE) return super.grantRole(role, account);
        _governedOr(false);
        _grantRole(role, account);
    }

    /// @dev REGISTRAR_ROLE is revoked only by a governed action: the default admin cannot remove the registrars
    /// who would refuse it. A registrar may still renounce its own seat.
    function revokeRole(bytes32 role, address account) public override {
        if (role != REGISTRAR_ROLE) return super.revokeRole(role, account);
        _governedOr(false);
        _revokeRole(role, account);
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
        // A VM first registered by approvals is bound to its measurement and no VCEK: no proof can claim it.
        VmBinding storage b = _vmBindings[reg.vmId];
        if (b.measurementHash == 0 && b.vcekHash == 0) _setVmBinding(reg.vmId, keccak256(reg.measurement), 0);
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
        bytes calldata proof,
        bytes calldata replacedKeySignature
    ) external {
        ISNPReportVerifier verifier = _reportVerifier;
        if (address(verifier) == address(0)) revert ReportVerifierNotSet();
        _checkRegistration(reg);
        address ofPoint = address(uint160(uint256(keccak256(abi.encodePacked(keyX, keyY)))));
        if (reg.key != ofPoint) revert KeyMismatch(reg.key, ofPoint);
        if (reg.evidenceHash != keccak256(proof)) revert EvidenceHashMismatch(reg.evidenceHash, keccak256(proof));
        bytes32 measurementHash = keccak256(reg.measurement);
        if (!_measurementAllowed[measurementHash]) revert MeasurementNotAllowed(measurementHash);
        _checkFacts(facts);
        _bindVm(reg.vmId, measurementHash, facts.vcekHash);
        if (reg.replaces != address(0)) _checkReplacedKeySignature(reg, replacedKeySignature);
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
    function rotationDigest(KeyRegistration calldata reg) external view returns (bytes32) {
        return _rotationDigest(keccak256(abi.encode(reg)));
    }

    /// @inheritdoc ISNPReportRegistration
    function setReportVerifier(address verifier) external {
        _governedOr(verifier == address(0));
        if (verifier != address(0)) {
            // A low-level call: `try` would not catch the decoding of a short answer (a contract without the function).
            (bool ok, bytes memory ret) = verifier.staticcall(abi.encodeCall(IVerifierSetup.setupIdentity, ()));
            if (!ok || ret.length < 64) revert VerifierSetupUnknown(verifier);
            // Any nonzero first word counts as insecure.
            (uint256 insecure,) = abi.decode(ret, (uint256, bytes32));
            if (insecure != 0 && !_isDevnet()) revert InsecureVerifierSetup(verifier, block.chainid);
        }
        _reportVerifier = ISNPReportVerifier(verifier);
        emit ReportVerifierSet(verifier);
    }

    /// @inheritdoc ISNPReportRegistration
    function setMaximumVmpl(uint32 maximum) external {
        _governedOr(maximum <= _maximumVmpl);
        _maximumVmpl = maximum;
        emit MaximumVmplSet(maximum);
    }

    /// @inheritdoc ISNPReportRegistration
    function maximumVmpl() external view returns (uint32) {
        return _maximumVmpl;
    }

    /// @inheritdoc ISNPReportRegistration
    function setGuestPolicyRules(uint64 forbidden, uint64 required) external {
        forbidden |= ALWAYS_FORBIDDEN_POLICY;
        (uint64 oldForbidden, uint64 oldRequired) = (_forbiddenPolicy, _requiredPolicy);
        _governedOr(forbidden & oldForbidden == oldForbidden && required & oldRequired == oldRequired);
        (_forbiddenPolicy, _requiredPolicy) = (forbidden, required);
        emit GuestPolicyRulesSet(forbidden, required);
    }

    /// @inheritdoc ISNPReportRegistration
    function guestPolicyRules() external view returns (uint64 forbidden, uint64 required) {
        return (_forbiddenPolicy, _requiredPolicy);
    }

    /// @inheritdoc ISNPReportRegistration
    function setMinimumTcb(uint64 minimum) external {
        _governedOr(_tcbAtLeast(minimum, _minimumTcb));
        _minimumTcb = minimum;
        emit MinimumTcbSet(minimum);
    }

    /// @inheritdoc ISNPReportRegistration
    function setMeasurementAllowed(bytes calldata measurement, bool allowed) external {
        _governedOr(!allowed);
        if (measurement.length != MEASUREMENT_LENGTH) revert InvalidMeasurementLength(address(0), measurement.length);
        bytes32 h = keccak256(measurement);
        _measurementAllowed[h] = allowed;
        emit MeasurementAllowed(h, allowed);
    }

    /// @inheritdoc ISNPReportRegistration
    function setVcekTrusted(bytes32 vcekHash, bool trusted) external {
        _governedOr(!trusted);
        _vcekTrusted[vcekHash] = trusted;
        emit VcekTrusted(vcekHash, trusted);
    }

    /// @inheritdoc ISNPReportRegistration
    function setVmBinding(bytes16 vmId, bytes32 measurementHash, bytes32 vcekHash) external {
        _governedOr(false);
        _setVmBinding(vmId, measurementHash, vcekHash);
    }

    /// @inheritdoc ISNPReportRegistration
    function vmBinding(bytes16 vmId) external view returns (bytes32 measurementHash, bytes32 vcekHash) {
        VmBinding storage b = _vmBindings[vmId];
        return (b.measurementHash, b.vcekHash);
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
    function setApprovalThreshold(uint8 threshold) external {
        _governedOr(false);
        _setApprovalThreshold(threshold);
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

    /// @dev Reverts NotGoverned unless the caller is the registry itself (a governed action), or `withholdsTrust`
    /// and the caller is the default admin or a registrar.
    function _governedOr(bool withholdsTrust) private view {
        if (msg.sender == address(this)) return;
        if (withholdsTrust && (hasRole(DEFAULT_ADMIN_ROLE, msg.sender) || hasRole(REGISTRAR_ROLE, msg.sender))) return;
        revert NotGoverned(msg.sender);
    }

    /// @dev Records the caller's approval of the action `id` and queues it when the approvals reach the threshold.
    function _approveAction(bytes32 id, Action storage a) private returns (bool queued) {
        uint256 approvals = _approve(_actionApprovers[id]);
        if (approvals == 0) revert ActionAlreadyApproved(msg.sender, id);
        uint8 threshold = _approvalThreshold;
        emit ActionApproved(id, msg.sender, approvals, threshold);
        if (approvals < threshold) return false;
        a.status = ActionStatus.Queued;
        uint64 executableAt = uint64(block.timestamp) + _governanceDelay;
        a.executableAt = executableAt;
        emit ActionQueued(id, executableAt);
        return true;
    }

    function _setApprovalThreshold(uint8 threshold) private {
        uint256 registrars = _registrarCount;
        if (threshold == 0 || threshold > registrars) revert InvalidApprovalThreshold(threshold, registrars);
        emit ApprovalThresholdSet(_approvalThreshold, threshold);
        _approvalThreshold = threshold;
    }

    function _setGovernanceDelay(uint64 delay) private {
        if (delay < MIN_GOVERNANCE_DELAY && !_isDevnet()) revert GovernanceDelayTooShort(delay, MIN_GOVERNANCE_DELAY);
        emit GovernanceDelaySet(_governanceDelay, delay);
        _governanceDelay = delay;
    }

    /// @dev Whether this chain is a local devnet (anvil's 31337, or 1337 of geth's dev mode and simulated backend).
    function _isDevnet() private view returns (bool) {
        return block.chainid == 31337 || block.chainid == 1337;
    }

    /// @dev Reverts unless the report's guest policy, VMPL, TCB and VCEK pass the registry's rules.
    function _checkFacts(ReportFacts calldata facts) private view {
        uint64 policy = facts.policy;
        if (policy & POLICY_DEBUG != 0) revert DebugPolicy(policy);
        uint64 forbidden = _forbiddenPolicy;
        if (policy & forbidden != 0) revert PolicyBitsForbidden(policy, forbidden);
        uint64 required = _requiredPolicy;
        if (policy & required != required) revert PolicyBitsMissing(policy, required);
        if (facts.vmpl > _maximumVmpl) revert VmplTooHigh(facts.vmpl, _maximumVmpl);
        if (!_tcbAtLeast(facts.reportedTcb, _minimumTcb)) revert TcbTooLow(facts.reportedTcb, _minimumTcb);
        if (!_vcekTrusted[facts.vcekHash]) revert VcekNotTrusted(facts.vcekHash);
    }

    /// @dev Binds an unbound `vmId` to the launch identity of a proof, or reverts unless it is the bound one.
    function _bindVm(bytes16 vmId, bytes32 measurementHash, bytes32 vcekHash) private {
        VmBinding storage b = _vmBindings[vmId];
        (bytes32 boundMeasurement, bytes32 boundVcek) = (b.measurementHash, b.vcekHash);
        if (boundMeasurement == 0 && boundVcek == 0) return _setVmBinding(vmId, measurementHash, vcekHash);
        if (boundMeasurement != measurementHash || boundVcek != vcekHash) {
            revert VmBoundToOtherLaunch(vmId, boundMeasurement, boundVcek);
        }
    }

    function _setVmBinding(bytes16 vmId, bytes32 measurementHash, bytes32 vcekHash) private {
        _vmBindings[vmId] = VmBinding(measurementHash, vcekHash);
        emit VmBound(vmId, measurementHash, vcekHash);
    }

    /// @dev Reverts unless `signature` is reg.replaces' signature of rotationDigest(reg).
    function _checkReplacedKeySignature(KeyRegistration calldata reg, bytes calldata signature) private view {
        (address signer, ECDSA.RecoverError e,) =
            ECDSA.tryRecover(_rotationDigest(keccak256(abi.encode(reg))), signature);
        if (e != ECDSA.RecoverError.NoError || signer != reg.replaces) {
            revert InvalidReplacedKeySignature(reg.replaces, signer);
        }
    }

    function _rotationDigest(bytes32 regHash) private view returns (bytes32) {
        return keccak256(abi.encode(ROTATION_TAG_HASH, block.chainid, address(this), regHash));
    }

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
