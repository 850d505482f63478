// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {KeyRegistration} from "./IEnclaveKeyRegistry.sol";

/// @notice The Groth16 verifier of circuits/snpreport (gnark's exported verifier): it reverts unless `proof`
/// proves the statement `input` (five chunks of the report's facts, then the VCEK key's hash).
interface ISNPReportVerifier {
    function verifyProof(bytes calldata proof, uint256[6] calldata input) external view;
}

/// @notice What a registration by proof reveals of the SEV-SNP report, beside REPORT_DATA (recomputed from the
/// key) and MEASUREMENT (the registration's).
struct ReportFacts {
    /// @dev The guest policy (bit 19: debugging allowed).
    uint64 policy;
    /// @dev The VMPL the report was requested from.
    uint32 vmpl;
    /// @dev REPORTED_TCB: one SVN per byte (little-endian: boot loader, TEE, reserved x4, SNP, microcode on Milan).
    uint64 reportedTcb;
    /// @dev The Poseidon2 hash of the VCEK key that signed the report (circuits/snpreport.VCEKHash).
    bytes32 vcekHash;
}

/// @title ISNPReportRegistration
/// @notice Trustless key registration: a key becomes active at once on a zero-knowledge proof that an AMD-signed
/// SEV-SNP report binds it, instead of registrar approvals. The chain trusts VCEK keys (trusted once per chip
/// and TCB by a governed action of k registrars, who checked the AMD certificate chain), allowed launch
/// measurements, a minimum TCB, a maximum VMPL and guest policy rules, all set by governed actions (see
/// IEnclaveKeyRegistry) except changes that only tighten them; the proof shows that a report signed by a trusted VCEK
/// carries the key's binding in REPORT_DATA. A VM id is bound to the launch identity (measurement, VCEK) of its first
/// registration by proof; later proofs for it must match, and a registration that replaces a key must carry that
/// key's signature.
interface ISNPReportRegistration {
    /// @notice `key` was registered for `vmId` by a proof of a report signed by the VCEK of hash `vcekHash`.
    event KeyRegisteredWithProof(address indexed key, bytes16 indexed vmId, bytes32 indexed vcekHash);

    /// @notice The report verifier is now `verifier`.
    event ReportVerifierSet(address verifier);

    /// @notice Registration by proof now needs a REPORTED_TCB of at least `minimum`, component by component.
    event MinimumTcbSet(uint64 minimum);

    /// @notice Registration by proof now needs a report requested from VMPL `maximum` or a more privileged
    /// (lower) one.
    event MaximumVmplSet(uint32 maximum);

    /// @notice Registration by proof now refuses a guest policy with any bit of `forbidden` set, and needs every bit
    /// of `required`.
    event GuestPolicyRulesSet(uint64 forbidden, uint64 required);

    /// @notice Registration by proof for `vmId` now needs the launch measurement of hash `measurementHash` and the
    /// VCEK of hash `vcekHash` (zero: no proof matches; the VM registers by approvals).
    event VmBound(bytes16 indexed vmId, bytes32 measurementHash, bytes32 vcekHash);

    /// @notice The launch measurement of hash `measurementHash` (keccak256 of its 48 bytes) is (dis)allowed.
    event MeasurementAllowed(bytes32 indexed measurementHash, bool allowed);

    /// @notice The VCEK key of hash `vcekHash` is (no longer) trusted.
    event VcekTrusted(bytes32 indexed vcekHash, bool trusted);

    /// @notice No report verifier is set: registration by proof is disabled.
    error ReportVerifierNotSet();

    /// @notice The registration's key is not the one of `keyX`, `keyY`.
    error KeyMismatch(address key, address keyOfPoint);

    /// @notice The registration's evidenceHash is not keccak256 of the proof.
    error EvidenceHashMismatch(bytes32 evidenceHash, bytes32 proofHash);

    /// @notice The launch measurement of hash `measurementHash` is not allowed.
    error MeasurementNotAllowed(bytes32 measurementHash);

    /// @notice The guest policy `policy` allows debugging (bit 19).
    error DebugPolicy(uint64 policy);

    /// @notice The guest policy `policy` has bits of `forbidden` set (MIGRATE_MA, bit 18, is always forbidden; SMT,
    /// bit 16, when governance says so).
    error PolicyBitsForbidden(uint64 policy, uint64 forbidden);

    /// @notice The guest policy `policy` lacks bits of `required` (SINGLE_SOCKET, bit 20, when governance says so).
    error PolicyBitsMissing(uint64 policy, uint64 required);

    /// @notice `vmId` is bound to the launch measurement of hash `measurementHash` and the VCEK of hash `vcekHash`,
    /// which the proof does not match (a governed setVmBinding moves a VM).
    error VmBoundToOtherLaunch(bytes16 vmId, bytes32 measurementHash, bytes32 vcekHash);

    /// @notice The signature replacing `replaced` was made by `signer` (zero: not a valid signature), not by it.
    error InvalidReplacedKeySignature(address replaced, address signer);

    /// @notice `verifier` comes from the INSECURE development setup (IVerifierSetup) and the chain `chainId` is no
    /// devnet (31337 or 1337).
    error InsecureVerifierSetup(address verifier, uint256 chainId);

    /// @notice `verifier` does not tell its setup identity (IVerifierSetup.setupIdentity).
    error VerifierSetupUnknown(address verifier);

    /// @notice The report was requested from VMPL `vmpl`, above the maximum `maximum`.
    error VmplTooHigh(uint32 vmpl, uint32 maximum);

    /// @notice A component of `reportedTcb` is below the one of `minimum`.
    error TcbTooLow(uint64 reportedTcb, uint64 minimum);

    /// @notice The VCEK key of hash `vcekHash` is not trusted.
    error VcekNotTrusted(bytes32 vcekHash);

    /// @notice The verifier refused the proof.
    error InvalidReportProof();

    /// @notice Registers `reg.key` (the address of the secp256k1 point `keyX`, `keyY`) on a proof that a report
    /// signed by a trusted VCEK carries REPORT_DATA = keccak256(abi.encode(keccak256("vmattest/attestation-key/v1"),
    /// keyX, keyY, block.chainid, address(this), reg.expiresAt)) followed by keccak256(abi.encode(reg.vmId,
    /// reg.replaces, reg.gracePeriod)) (so a proof cannot be reused for another VM or to retire another key), the
    /// MEASUREMENT `reg.measurement`, and `facts`; the key is active at once, with no registrar approval.
    /// @dev Anyone may call. Checks: a verifier is set (ReportVerifierNotSet); the registration (as approveKey:
    /// ZeroKey, ZeroVmId, InvalidMeasurementLength, KeyAlreadyRegistered, ExpiryNotInFuture, rotation checks); the
    /// key is the point's (KeyMismatch); reg.evidenceHash is keccak256(proof) (EvidenceHashMismatch); the measurement
    /// is allowed (MeasurementNotAllowed); debugging is off (DebugPolicy); no forbidden policy bit is set
    /// (PolicyBitsForbidden) and every required one is (PolicyBitsMissing); the VMPL is at most the maximum
    /// (VmplTooHigh); the TCB is at least the minimum (TcbTooLow); the VCEK is trusted (VcekNotTrusted); the VM is
    /// unbound or bound to this measurement and VCEK (VmBoundToOtherLaunch); with reg.replaces, the replaced key
    /// signed rotationDigest(reg) (InvalidReplacedKeySignature); the proof verifies (InvalidReportProof). Binds an
    /// unbound VM to the measurement and VCEK (VmBound). Emits KeyRegistered (approvals 0) and
    /// KeyRegisteredWithProof.
    /// @param replacedKeySignature With reg.replaces: the 65-byte ECDSA signature (r, s, v) of rotationDigest(reg)
    /// by the replaced key; ignored otherwise.
    function registerWithProof(
        KeyRegistration calldata reg,
        bytes32 keyX,
        bytes32 keyY,
        ReportFacts calldata facts,
        bytes calldata proof,
        bytes calldata replacedKeySignature
    ) external;

    /// @notice The digest a key signs to let `reg` replace it by proof: keccak256(abi.encode(
    /// keccak256("vmattest/key-rotation/v1"), block.chainid, address(this), registrationHash(reg))).
    function rotationDigest(KeyRegistration calldata reg) external view returns (bytes32);

    /// @notice The public inputs the report verifier checks for a registration: the five statement chunks and the
    /// VCEK hash.
    function reportInputs(KeyRegistration calldata reg, bytes32 keyX, bytes32 keyY, ReportFacts calldata facts)
        external
        view
        returns (uint256[6] memory input);

    /// @notice Sets the report verifier (zero disables registration by proof).
    /// @dev Governed, except zero (the default admin or a registrar). Reverts VerifierSetupUnknown unless the
    /// verifier implements IVerifierSetup, InsecureVerifierSetup if it comes from the insecure development setup
    /// outside a devnet (chain id 31337 or 1337). Emits ReportVerifierSet.
    function setReportVerifier(address verifier) external;

    /// @notice Requires reports from VMPL `maximum` or lower (0 at deployment).
    /// @dev Governed, except lowering (the default admin or a registrar). Emits MaximumVmplSet.
    function setMaximumVmpl(uint32 maximum) external;

    /// @notice The maximum VMPL of a report (0 at deployment: the most privileged level only).
    function maximumVmpl() external view returns (uint32);

    /// @notice Sets the guest policy bits that a report must not have (`forbidden`, always with DEBUG and MIGRATE_MA
    /// added) and those it must have (`required`). At deployment: forbidden DEBUG and MIGRATE_MA, required none.
    /// @dev Governed, except when both sets only grow (the default admin or a registrar). Emits GuestPolicyRulesSet.
    function setGuestPolicyRules(uint64 forbidden, uint64 required) external;

    /// @notice The guest policy bits a report must not have, and those it must have.
    function guestPolicyRules() external view returns (uint64 forbidden, uint64 required);

    /// @notice Sets the minimum REPORTED_TCB.
    /// @dev Governed, except raising (no component lower: the default admin or a registrar). Emits MinimumTcbSet.
    function setMinimumTcb(uint64 minimum) external;

    /// @notice (Dis)allows a 48-byte launch measurement.
    /// @dev Allowing is governed; disallowing is fast (the default admin or a registrar). Emits MeasurementAllowed.
    function setMeasurementAllowed(bytes calldata measurement, bool allowed) external;

    /// @notice (Dis)trusts a VCEK key by its hash, after checking its AMD certificate chain.
    /// @dev Trusting is governed; distrusting is fast (the default admin or a registrar). Emits VcekTrusted.
    function setVcekTrusted(bytes32 vcekHash, bool trusted) external;

    /// @notice Binds `vmId` to a launch identity, or unbinds it (both zero: the next proof binds it).
    /// @dev Governed. Emits VmBound.
    function setVmBinding(bytes16 vmId, bytes32 measurementHash, bytes32 vcekHash) external;

    /// @notice The launch identity `vmId` is bound to: keccak256 of its measurement and the VCEK hash (zero and
    /// zero: unbound; a measurement and zero: bound by a registrar-approved key, no proof matches).
    function vmBinding(bytes16 vmId) external view returns (bytes32 measurementHash, bytes32 vcekHash);

    /// @notice The report verifier, or zero.
    function reportVerifier() external view returns (address);

    /// @notice The minimum REPORTED_TCB.
    function minimumTcb() external view returns (uint64);

    /// @notice Whether the launch measurement of hash `measurementHash` is allowed.
    function isMeasurementAllowed(bytes32 measurementHash) external view returns (bool);

    /// @notice Whether the VCEK key of hash `vcekHash` is trusted.
    function isVcekTrusted(bytes32 vcekHash) external view returns (bool);
}
