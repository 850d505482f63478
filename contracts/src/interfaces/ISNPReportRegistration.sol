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
/// SEV-SNP report binds it, instead of registrar approvals. The chain trusts VCEK keys (registered once per chip
/// and TCB by the registrars, who checked the AMD certificate chain), allowed launch measurements, and a minimum
/// TCB; the proof shows that a report signed by a trusted VCEK carries the key's binding in REPORT_DATA.
interface ISNPReportRegistration {
    /// @notice `key` was registered for `vmId` by a proof of a report signed by the VCEK of hash `vcekHash`.
    event KeyRegisteredWithProof(address indexed key, bytes16 indexed vmId, bytes32 indexed vcekHash);

    /// @notice The report verifier is now `verifier`.
    event ReportVerifierSet(address verifier);

    /// @notice Registration by proof now needs a REPORTED_TCB of at least `minimum`, component by component.
    event MinimumTcbSet(uint64 minimum);

    /// @notice Registration by proof now needs a report requested from VMPL `maximum` or a more privileged
    /// (lower) one; `enabled` false: any VMPL.
    event MaximumVmplSet(uint32 maximum, bool enabled);

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
    /// reg.replaces, reg.gracePeriod)) (so a proof cannot be reused for another VM or to retire another key), the MEASUREMENT
    /// `reg.measurement`, and `facts`; the key is active at once, with no registrar approval.
    /// @dev Anyone may call. Checks: a verifier is set (ReportVerifierNotSet); the registration (as approveKey: ZeroKey,
    /// ZeroVmId, InvalidMeasurementLength, KeyAlreadyRegistered, ExpiryNotInFuture, rotation checks); the key is the
    /// point's (KeyMismatch); reg.evidenceHash is keccak256(proof) (EvidenceHashMismatch); the measurement is allowed
    /// (MeasurementNotAllowed); debugging is off (DebugPolicy); the VMPL is at most the configured maximum, when one
    /// is set (VmplTooHigh); the TCB is at least the minimum (TcbTooLow); the VCEK
    /// is trusted (VcekNotTrusted); the proof verifies (InvalidReportProof). Emits KeyRegistered (approvals 0) and
    /// KeyRegisteredWithProof.
    function registerWithProof(
        KeyRegistration calldata reg,
        bytes32 keyX,
        bytes32 keyY,
        ReportFacts calldata facts,
        bytes calldata proof
    ) external;

    /// @notice The public inputs the report verifier checks for a registration: the five statement chunks and the
    /// VCEK hash.
    function reportInputs(KeyRegistration calldata reg, bytes32 keyX, bytes32 keyY, ReportFacts calldata facts)
        external
        view
        returns (uint256[6] memory input);

    /// @notice Sets the report verifier (zero disables registration by proof). Only the default admin.
    function setReportVerifier(address verifier) external;

    /// @notice Requires reports from VMPL `maximum` or lower (`enabled`), or from any VMPL. Only the default admin.
    function setMaximumVmpl(uint32 maximum, bool enabled) external;

    /// @notice The maximum VMPL, and whether it is checked.
    function maximumVmpl() external view returns (uint32 maximum, bool enabled);

    /// @notice Sets the minimum REPORTED_TCB. Only the default admin.
    function setMinimumTcb(uint64 minimum) external;

    /// @notice (Dis)allows a 48-byte launch measurement. Only the default admin.
    function setMeasurementAllowed(bytes calldata measurement, bool allowed) external;

    /// @notice (Dis)trusts a VCEK key by its hash, after checking its AMD certificate chain. Only registrars.
    function setVcekTrusted(bytes32 vcekHash, bool trusted) external;

    /// @notice The report verifier, or zero.
    function reportVerifier() external view returns (address);

    /// @notice The minimum REPORTED_TCB.
    function minimumTcb() external view returns (uint64);

    /// @notice Whether the launch measurement of hash `measurementHash` is allowed.
    function isMeasurementAllowed(bytes32 measurementHash) external view returns (bool);

    /// @notice Whether the VCEK key of hash `vcekHash` is trusted.
    function isVcekTrusted(bytes32 vcekHash) external view returns (bool);
}
