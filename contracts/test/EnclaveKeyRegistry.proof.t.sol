// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

import {EnclaveKeyRegistry} from "../src/EnclaveKeyRegistry.sol";
import {IAttestationVerifier} from "../src/interfaces/IAttestationVerifier.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

import {
    ActionStatus,
    IEnclaveKeyRegistry,
    KeyInfo,
    KeyRegistration,
    KeyStatus
} from "../src/interfaces/IEnclaveKeyRegistry.sol";
import {ISNPReportRegistration, ReportFacts} from "../src/interfaces/ISNPReportRegistration.sol";
import {Attestation} from "../src/libraries/AttestationLib.sol";
import {Console} from "./lib/Console.sol";
import {BaseTest} from "./utils/BaseTest.sol";
import {FakeReportVerifier, NoopReportVerifier} from "./utils/FakeReportVerifier.sol";

/// @notice The public inputs of circuits/snpreport for a registration by proof, written from the NatSpec of
/// ISNPReportRegistration and circuits/snpreport's doc only, byte by byte (no assembly, no shifts of whole words),
/// so that tests compare the registry's encoding against it.
library ReportInputsReference {
    bytes32 internal constant BINDING_TAG_HASH = keccak256("vmattest/attestation-key/v1");
    uint256 internal constant STATEMENT_SIZE = 64 + 48 + 8 + 4 + 8;
    uint256 internal constant CHUNK_SIZE = 31;

    /// @notice REPORT_DATA's first 32 bytes: the key's binding to `chainId`, `registry` and `expiresAt`.
    function binding(bytes32 keyX, bytes32 keyY, uint256 chainId, address registry, uint64 expiresAt)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(BINDING_TAG_HASH, keyX, keyY, chainId, registry, expiresAt));
    }

    /// @notice REPORT_DATA's second 32 bytes: the registration context binding the VM, the replaced key and the
    /// grace period (internal/enclave.RegistrationContext).
    function context(KeyRegistration memory reg) internal pure returns (bytes32) {
        return keccak256(abi.encode(reg.vmId, reg.replaces, reg.gracePeriod));
    }

    /// @notice The 132-byte statement: REPORT_DATA (binding, context) || MEASUREMENT || POLICY || VMPL ||
    /// REPORTED_TCB, the integers little-endian.
    function statement(bytes32 reportData, bytes32 ctx, bytes memory measurement, ReportFacts memory facts)
        internal
        pure
        returns (bytes memory st)
    {
        require(measurement.length == 48, "reference: measurement not 48 bytes");
        st = new bytes(STATEMENT_SIZE);
        for (uint256 i; i < 32; ++i) {
            st[i] = reportData[i];
            st[32 + i] = ctx[i];
        }
        for (uint256 i; i < 48; ++i) {
            st[64 + i] = measurement[i];
        }
        _putLittleEndian(st, 112, facts.policy, 8);
        _putLittleEndian(st, 120, facts.vmpl, 4);
        _putLittleEndian(st, 124, facts.reportedTcb, 8);
    }

    /// @notice The six public inputs: the statement in big-endian chunks of 31 bytes (the last one 8), then the VCEK
    /// hash.
    function inputs(bytes memory st, bytes32 vcekHash) internal pure returns (uint256[6] memory input) {
        for (uint256 c; c < 5; ++c) {
            uint256 end = (c + 1) * CHUNK_SIZE;
            if (end > STATEMENT_SIZE) end = STATEMENT_SIZE;
            uint256 acc;
            for (uint256 i = c * CHUNK_SIZE; i < end; ++i) {
                acc = acc * 256 + uint8(st[i]);
            }
            input[c] = acc;
        }
        input[5] = uint256(vcekHash);
    }

    function inputs(
        KeyRegistration memory reg,
        bytes32 keyX,
        bytes32 keyY,
        ReportFacts memory facts,
        uint256 chainId,
        address registry
    ) internal pure returns (uint256[6] memory) {
        bytes32 reportData = binding(keyX, keyY, chainId, registry, reg.expiresAt);
        return inputs(statement(reportData, context(reg), reg.measurement, facts), facts.vcekHash);
    }

    function _putLittleEndian(bytes memory out, uint256 offset, uint256 value, uint256 size) private pure {
        for (uint256 i; i < size; ++i) {
            // value % 256 fits a byte.
            // forge-lint: disable-next-line(unsafe-typecast)
            out[offset + i] = bytes1(uint8(value % 256));
            value /= 256;
        }
    }
}

/// @notice Registration by proof (ISNPReportRegistration) with a fake report verifier that accepts one (proof,
/// public inputs) pair, set by each test from ReportInputsReference: the registry's checks, its encoding of the
/// public inputs, its administration, and the keys it activates. The real Groth16 verifier is tested end to end in
/// Go (circuits/snpreport TestProveAndVerifyOnChain).
contract EnclaveKeyRegistryProofTest is BaseTest {
    /// @dev A secp256k1 key and its public point, computed with go-ethereum (crypto.ToECDSA, FromECDSAPub); the
    /// tests check that the point's address is vm.addr of the private key.
    uint256 internal constant PROOF_KEY_PK = 0x5EC0DE01;
    bytes32 internal constant PROOF_KEY_X = 0x3d3d10bae6ec4aac4a8c114ac1e29975d7f84955caf1b27d6ba174fb439744ed;
    bytes32 internal constant PROOF_KEY_Y = 0x00ce8fcb14aa7c07a4f72e6c1745d3e37076ddc0a481738eb51c8bf4d1026d69;
    uint256 internal constant OTHER_KEY_PK = 0x5EC0DE02;
    bytes32 internal constant OTHER_KEY_X = 0x5cea69e3cf4ff49b7978289588deae8494eccb5c08ed9d443e47ecded4405724;
    bytes32 internal constant OTHER_KEY_Y = 0xf6f75b1adf257244cbb1236afc82f326fa31f7c6b21312afda3e18b0728e08b1;

    bytes16 internal constant VM_C = bytes16(0x3c4d5e6f708142a3b4c5d6e7f8091a2b);
    bytes32 internal constant VCEK = 0x0f2c3a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f607;
    bytes32 internal constant OTHER_VCEK = keccak256("another chip's VCEK");
    /// @dev ABI_MINOR 31, SMT allowed, reserved bit 17 set; debugging (bit 19) off.
    uint64 internal constant POLICY = 0x3001f;
    uint64 internal constant POLICY_DEBUG = 1 << 19;
    uint64 internal constant POLICY_MIGRATE_MA = 1 << 18;
    uint64 internal constant POLICY_SMT = 1 << 16;
    uint64 internal constant POLICY_SINGLE_SOCKET = 1 << 20;
    /// @dev Bytes, least significant first: boot loader 4, TEE 3, reserved 0 x4, SNP 0x18, microcode 0xdb.
    uint64 internal constant TCB = 0xdb18000000000304;
    /// @dev Boot loader 3, TEE 0, SNP 0x15, microcode 0xd1.
    uint64 internal constant MIN_TCB = 0xd115000000000003;
    /// @dev An "other" 48-byte measurement.
    bytes internal constant OTHER_MEASUREMENT =
        hex"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f";

    FakeReportVerifier internal reportVerifier;
    address internal proofKey;
    address internal otherKey;
    bytes internal proof = bytes("a Groth16 proof of an SEV-SNP report (fake)");

    function setUp() public override {
        super.setUp();
        proofKey = vm.addr(PROOF_KEY_PK);
        otherKey = vm.addr(OTHER_KEY_PK);
        reportVerifier = new FakeReportVerifier();
        _govern(abi.encodeCall(registry.setReportVerifier, (address(reportVerifier))));
        _govern(abi.encodeCall(registry.setMinimumTcb, (MIN_TCB)));
        _govern(abi.encodeCall(registry.setMeasurementAllowed, (MEASUREMENT, true)));
        _govern(abi.encodeCall(registry.setVcekTrusted, (VCEK, true)));
        vm.label(address(reportVerifier), "FakeReportVerifier");
        vm.label(proofKey, "proofKey");
    }

    // ------------------------------------------------------------------------------------------ helpers

    function _unauthorized(address account, bytes32 role) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, account, role);
    }

    /// @dev The registration of proofKey for VM_C for a year, with the proof's hash as evidence.
    function _proofRegistration() internal view returns (KeyRegistration memory reg) {
        reg = _registration(proofKey, VM_C, T0 + KEY_LIFETIME);
        reg.evidenceHash = keccak256(proof);
    }

    function _facts() internal pure returns (ReportFacts memory) {
        return ReportFacts({policy: POLICY, vmpl: 0, reportedTcb: TCB, vcekHash: VCEK});
    }

    /// @dev The public inputs of the registration of the point (PROOF_KEY_X, PROOF_KEY_Y), here and now.
    function _reference(KeyRegistration memory reg, ReportFacts memory facts)
        internal
        view
        returns (uint256[6] memory)
    {
        return ReportInputsReference.inputs(reg, PROOF_KEY_X, PROOF_KEY_Y, facts, block.chainid, address(registry));
    }

    /// @dev Makes the fake verifier accept `proof` with the reference inputs of `reg` and `facts` only.
    function _expectProof(KeyRegistration memory reg, ReportFacts memory facts) internal {
        reportVerifier.expect(proof, _reference(reg, facts));
    }

    /// @dev Registers `reg` by proof of the point (PROOF_KEY_X, PROOF_KEY_Y), from a stranger: anyone may call.
    /// A registration replacing keyA carries keyA's signature.
    function _registerWithProof(KeyRegistration memory reg, ReportFacts memory facts) internal {
        _registerWithProof(reg, facts, _signatureOf(reg));
    }

    function _registerWithProof(KeyRegistration memory reg, ReportFacts memory facts, bytes memory signature) internal {
        vm.prank(stranger);
        registry.registerWithProof(reg, PROOF_KEY_X, PROOF_KEY_Y, facts, proof, signature);
    }

    /// @dev keyA's rotation signature for a registration replacing keyA, empty otherwise. Computed before any
    /// vm.expectRevert: it calls the registry.
    function _signatureOf(KeyRegistration memory reg) internal view returns (bytes memory) {
        return reg.replaces == keyA ? _rotationSignature(KEY_A_PK, reg) : bytes("");
    }

    /// @dev The 65-byte signature (r, s, v) by `pk` of the rotation digest of `reg`.
    function _rotationSignature(uint256 pk, KeyRegistration memory reg) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s_) = vm.sign(pk, registry.rotationDigest(reg));
        return abi.encodePacked(r, s_, v);
    }

    /// @dev Binds VM_A, registered by approvals in setUp, to MEASUREMENT on the VCEK chip by a governed action, so
    /// that proofs can rotate its keys.
    function _bindVmA() internal {
        _govern(abi.encodeCall(registry.setVmBinding, (VM_A, keccak256(MEASUREMENT), VCEK)));
    }

    /// @dev The fake verifier expects `reg` and `facts`, and registerWithProof reverts with `revertData`.
    function _expectProofRevert(KeyRegistration memory reg, ReportFacts memory facts, bytes memory revertData)
        internal
    {
        _expectProof(reg, facts);
        bytes memory signature = _signatureOf(reg);
        vm.expectRevert(revertData);
        _registerWithProof(reg, facts, signature);
    }

    /// @dev A proof of a report signed by OTHER_VCEK (not trusted) is refused.
    function _expectOtherVcekRefused() internal {
        ReportFacts memory facts = _facts();
        facts.vcekHash = OTHER_VCEK;
        _expectProofRevert(
            _proofRegistration(),
            facts,
            abi.encodeWithSelector(ISNPReportRegistration.VcekNotTrusted.selector, OTHER_VCEK)
        );
    }

    /// @dev Whether every byte of `tcb` is at least the same byte of `minimum`, byte by byte.
    function _tcbAtLeast(uint64 tcb, uint64 minimum) internal pure returns (bool) {
        for (uint256 i; i < 8; ++i) {
            // The cast keeps the byte at i on purpose.
            // forge-lint: disable-next-line(unsafe-typecast)
            if (uint8(tcb >> (8 * i)) < uint8(minimum >> (8 * i))) return false;
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------ the test keys

    /// @notice The hard-coded points are those of the private keys the tests sign with.
    function test_keys_pointsMatchPrivateKeys() public view {
        vm.assertEq(address(uint160(uint256(keccak256(abi.encodePacked(PROOF_KEY_X, PROOF_KEY_Y))))), proofKey);
        vm.assertEq(address(uint160(uint256(keccak256(abi.encodePacked(OTHER_KEY_X, OTHER_KEY_Y))))), otherKey);
        vm.assertEq(proofKey, 0x7Cd35a8E10e7DE6E14830Ee97706a67931A43B4f);
        vm.assertEq(otherKey, 0xb4F7b14E1CA54C7276FA44Bfc57320c03A27A6dC);
    }

    // ------------------------------------------------------------------------------------------ success

    /// @notice A proof activates the key at once, even with a threshold of 2: no approval, every field stored,
    /// KeyRegistered (approvals 0) then KeyRegisteredWithProof.
    function test_registerWithProof_activatesAtOnceWithoutApprovals() public {
        _govern(abi.encodeCall(registry.grantRole, (registry.REGISTRAR_ROLE(), policyAdmin)));
        _govern(abi.encodeCall(registry.setApprovalThreshold, (2)));
        vm.warp(T0 + 10);
        KeyRegistration memory reg = _proofRegistration();
        bytes32 regHash = registry.registrationHash(reg);
        _expectProof(reg, _facts());

        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyRegistered(
            proofKey, VM_C, regHash, T0 + KEY_LIFETIME, keccak256(proof), MEASUREMENT, 0
        );
        vm.expectEmit(address(registry));
        emit ISNPReportRegistration.KeyRegisteredWithProof(proofKey, VM_C, VCEK);
        _registerWithProof(reg, _facts());

        KeyInfo memory info = registry.keyInfo(proofKey);
        vm.assertEq(uint256(info.status), uint256(KeyStatus.Active));
        vm.assertEq(info.expiresAt, T0 + KEY_LIFETIME);
        vm.assertEq(info.vmId, VM_C);
        vm.assertEq(info.registeredAt, T0 + 10);
        vm.assertEq(info.revokedAt, 0);
        vm.assertEq(info.evidenceHash, keccak256(proof));
        vm.assertEq(info.measurement, MEASUREMENT);
        vm.assertEq(info.registrationHash, regHash);
        vm.assertEq(info.approvals, 0);
        (KeyStatus status, uint64 expiresAt, bytes16 vmId) = registry.keyState(proofKey);
        vm.assertEq(uint256(status), uint256(KeyStatus.Active));
        vm.assertEq(expiresAt, T0 + KEY_LIFETIME);
        vm.assertEq(vmId, VM_C);
        vm.assertEq(registry.keyApprovers(regHash).length, 0);
        vm.assertEq(registry.keyApprovalCount(regHash), 0);
    }

    /// @notice A key registered by proof signs attestations the verifier accepts for its VM.
    function test_registerWithProof_keySubmitsAttestation() public {
        KeyRegistration memory reg = _proofRegistration();
        _expectProof(reg, _facts());
        _registerWithProof(reg, _facts());

        Attestation memory att = _attestation(VM_C, 1, uint64(block.timestamp));
        _expectSubmitted(att, proofKey);
        _submit(PROOF_KEY_PK, att);
        _assertRecorded(att, proofKey);
        vm.assertTrue(verifier.isFresh(VM_C, SUBSET, 1 hours));

        // Bound to VM_C like any key.
        Attestation memory other = _attestation(VM_A, 1, uint64(block.timestamp));
        (bytes32 r, bytes32 vs) = _sign(PROOF_KEY_PK, other);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyNotForVM.selector, proofKey, VM_C, VM_A));
        verifier.submit(other, r, vs);
    }

    /// @notice A key registered by proof is revoked like any other.
    function test_registerWithProof_revocable() public {
        KeyRegistration memory reg = _proofRegistration();
        _expectProof(reg, _facts());
        _registerWithProof(reg, _facts());
        vm.prank(registrar);
        vm.assertTrue(registry.approveRevocation(proofKey));
        vm.assertEq(uint256(registry.keyInfo(proofKey).status), uint256(KeyStatus.Revoked));
    }

    // ------------------------------------------------------------------------------------------ public inputs

    /// @notice reportInputs is the reference encoding, and is what the verifier receives.
    function test_reportInputs_matchesReference() public view {
        KeyRegistration memory reg = _proofRegistration();
        ReportFacts memory facts = ReportFacts({policy: POLICY, vmpl: 2, reportedTcb: TCB, vcekHash: VCEK});
        vm.assertEq(
            abi.encode(registry.reportInputs(reg, PROOF_KEY_X, PROOF_KEY_Y, facts)), abi.encode(_reference(reg, facts))
        );
    }

    /// @notice A fixed vector computed in Go with internal/enclave.Binding.ReportData and
    /// circuits/snpreport.Statement.Inputs (what the prover uses), for PROOF_KEY on chain 11155111 at registry
    /// 0x5EC0DE00 until T0 + 365 days, with MEASUREMENT, policy 0x3001f, VMPL 0x01020304, TCB 0xdb18000000000304
    /// and VCEK. A bug shared by the registry and the reference above would not hide here.
    function test_reportInputs_fixedVector() public {
        uint256[6] memory expected = [
            0x0080603213d27c51ec6e2f68698e631f05a67b44c22d63021e658b3a08a3f3a2,
            0x001b57ba69dcc7cc38d79e77feedbf6ebe66a5f85745098ee38d6b7fb2e10756,
            0x00432c5d3b9f0e6a2c48e1b7d4a90f3c6e2b18d7a4c1f09e8b3d6a2f5c8e1b4d,
            0x007a0c3f6e9b2d5a8c1f4e7b0d3a6c9f2e5b8d1a1f0003000000000004030201,
            0x00000000000000000000000000000000000000000000000004030000000018db,
            uint256(VCEK)
        ];
        KeyRegistration memory reg = _proofRegistration();
        vm.assertEq(reg.expiresAt, 1_798_761_600);
        ReportFacts memory facts = ReportFacts({policy: POLICY, vmpl: 0x01020304, reportedTcb: TCB, vcekHash: VCEK});
        address there = address(uint160(0x5EC0DE00));

        // The reference's REPORT_DATA and inputs.
        vm.assertEq(
            ReportInputsReference.binding(PROOF_KEY_X, PROOF_KEY_Y, 11_155_111, there, reg.expiresAt),
            0x80603213d27c51ec6e2f68698e631f05a67b44c22d63021e658b3a08a3f3a21b
        );
        vm.assertEq(
            abi.encode(ReportInputsReference.inputs(reg, PROOF_KEY_X, PROOF_KEY_Y, facts, 11_155_111, there)),
            abi.encode(expected)
        );

        // The registry's, deployed at that address on that chain (reportInputs reads no storage).
        vm.etch(there, address(registry).code);
        vm.chainId(11_155_111);
        vm.assertEq(
            abi.encode(ISNPReportRegistration(there).reportInputs(reg, PROOF_KEY_X, PROOF_KEY_Y, facts)),
            abi.encode(expected)
        );
    }

    /// @notice The registry's inputs are the reference's whatever the facts, expiry, measurement and chain.
    function testFuzz_reportInputs_matchesReference(
        ReportFacts memory facts,
        uint64 expiresAt,
        bytes32 measurementSeed,
        uint64 chainId
    ) public {
        vm.chainId(bound(chainId, 1, type(uint64).max));
        KeyRegistration memory reg = _proofRegistration();
        reg.expiresAt = expiresAt;
        reg.measurement = abi.encodePacked(measurementSeed, bytes16(keccak256(abi.encode(measurementSeed))));
        vm.assertEq(
            abi.encode(registry.reportInputs(reg, PROOF_KEY_X, PROOF_KEY_Y, facts)), abi.encode(_reference(reg, facts))
        );
    }

    /// @notice Every input changes with the field it carries; none is reduced modulo the field (all below 2^248).
    function test_reportInputs_eachFieldReachesItsChunk() public view {
        KeyRegistration memory reg = _proofRegistration();
        ReportFacts memory facts = _facts();
        uint256[6] memory base = registry.reportInputs(reg, PROOF_KEY_X, PROOF_KEY_Y, facts);
        for (uint256 i; i < 5; ++i) {
            vm.assertLt(base[i], 1 << 248);
        }

        reg.expiresAt += 1; // REPORT_DATA: chunks 0 and 1
        uint256[6] memory changed = registry.reportInputs(reg, PROOF_KEY_X, PROOF_KEY_Y, facts);
        vm.assertTrue(changed[0] != base[0] && changed[1] != base[1], "expiry");
        reg = _proofRegistration();
        facts.policy += 1; // bytes 112 to 119: chunk 3
        changed = registry.reportInputs(reg, PROOF_KEY_X, PROOF_KEY_Y, facts);
        // 1 shifted left by a byte offset, as intended.
        // forge-lint: disable-next-line(incorrect-shift)
        vm.assertEq(changed[3], base[3] + (1 << (8 * (123 - 112))), "policy");
        facts = _facts();
        facts.vmpl = 1; // bytes 120 to 123: chunk 3, its last 1 byte
        changed = registry.reportInputs(reg, PROOF_KEY_X, PROOF_KEY_Y, facts);
        // 1 shifted left by a byte offset, as intended.
        // forge-lint: disable-next-line(incorrect-shift)
        vm.assertEq(changed[3], base[3] + (1 << (8 * (123 - 120))), "vmpl");
        facts = _facts();
        facts.reportedTcb += 1; // bytes 124 to 131: chunk 4
        changed = registry.reportInputs(reg, PROOF_KEY_X, PROOF_KEY_Y, facts);
        vm.assertEq(changed[4], base[4] + (1 << 56), "tcb");
        facts = _facts();
        facts.vcekHash = OTHER_VCEK;
        changed = registry.reportInputs(reg, PROOF_KEY_X, PROOF_KEY_Y, facts);
        vm.assertEq(changed[5], uint256(OTHER_VCEK), "vcek");
        vm.assertEq(abi.encode(changed[0], changed[1], changed[2]), abi.encode(base[0], base[1], base[2]));
    }

    // ------------------------------------------------------------------------------------------ reverts

    /// @notice Without a verifier, registration by proof is disabled.
    function test_registerWithProof_verifierNotSet_reverts() public {
        vm.prank(admin);
        registry.setReportVerifier(address(0));
        _expectProofRevert(
            _proofRegistration(), _facts(), abi.encodeWithSelector(ISNPReportRegistration.ReportVerifierNotSet.selector)
        );
    }

    /// @notice The key must be the address of the point the report binds.
    function test_registerWithProof_keyNotThePoints_reverts() public {
        KeyRegistration memory reg = _proofRegistration();
        _expectProof(reg, _facts());
        vm.expectRevert(abi.encodeWithSelector(ISNPReportRegistration.KeyMismatch.selector, proofKey, otherKey));
        registry.registerWithProof(reg, OTHER_KEY_X, OTHER_KEY_Y, _facts(), proof, "");

        address ofTweaked = address(uint160(uint256(keccak256(abi.encodePacked(PROOF_KEY_X, ~PROOF_KEY_Y)))));
        vm.expectRevert(abi.encodeWithSelector(ISNPReportRegistration.KeyMismatch.selector, proofKey, ofTweaked));
        registry.registerWithProof(reg, PROOF_KEY_X, ~PROOF_KEY_Y, _facts(), proof, "");
    }

    /// @notice The registration's evidence is the proof: evidenceHash must be keccak256(proof).
    function test_registerWithProof_evidenceHashNotProofs_reverts() public {
        KeyRegistration memory reg = _proofRegistration();
        reg.evidenceHash = EVIDENCE;
        _expectProofRevert(
            reg,
            _facts(),
            abi.encodeWithSelector(ISNPReportRegistration.EvidenceHashMismatch.selector, EVIDENCE, keccak256(proof))
        );
    }

    /// @notice Only allowed measurements register; disallowing one stops new registrations with it.
    function test_registerWithProof_measurementNotAllowed_reverts() public {
        KeyRegistration memory reg = _proofRegistration();
        reg.measurement = OTHER_MEASUREMENT;
        _expectProofRevert(
            reg,
            _facts(),
            abi.encodeWithSelector(ISNPReportRegistration.MeasurementNotAllowed.selector, keccak256(OTHER_MEASUREMENT))
        );

        vm.prank(admin);
        registry.setMeasurementAllowed(MEASUREMENT, false);
        _expectProofRevert(
            _proofRegistration(),
            _facts(),
            abi.encodeWithSelector(ISNPReportRegistration.MeasurementNotAllowed.selector, keccak256(MEASUREMENT))
        );
    }

    /// @notice A guest whose policy allows debugging (bit 19) is refused, whatever the other bits.
    function test_registerWithProof_debugPolicy_reverts() public {
        uint64[3] memory policies = [POLICY | POLICY_DEBUG, POLICY_DEBUG, type(uint64).max];
        for (uint256 i; i < policies.length; ++i) {
            ReportFacts memory facts = _facts();
            facts.policy = policies[i];
            _expectProofRevert(
                _proofRegistration(),
                facts,
                abi.encodeWithSelector(ISNPReportRegistration.DebugPolicy.selector, policies[i])
            );
        }
        // The neighbouring bit 20 (SINGLE_SOCKET) does not matter by default.
        ReportFacts memory ok = _facts();
        ok.policy = POLICY | (1 << 20);
        _expectProof(_proofRegistration(), ok);
        _registerWithProof(_proofRegistration(), ok);
    }

    /// @notice The TCB is compared component by component: a higher total with one lower SVN is refused.
    function test_registerWithProof_tcbOneComponentLower_reverts() public {
        // Microcode far above the minimum, SNP one below: numerically higher, refused.
        uint64 tcb = 0xff14000000000003;
        vm.assertGt(tcb, MIN_TCB);
        ReportFacts memory facts = _facts();
        facts.reportedTcb = tcb;
        _expectProofRevert(
            _proofRegistration(), facts, abi.encodeWithSelector(ISNPReportRegistration.TcbTooLow.selector, tcb, MIN_TCB)
        );

        // Every byte counts, the reserved ones too.
        uint64 minimum = 0x1111111111111111;
        _govern(abi.encodeCall(registry.setMinimumTcb, (minimum)));
        for (uint256 i; i < 8; ++i) {
            facts.reportedTcb = uint64(type(uint64).max - (uint256(0xff - 0x10) << (8 * i)));
            _expectProofRevert(
                _proofRegistration(),
                facts,
                abi.encodeWithSelector(ISNPReportRegistration.TcbTooLow.selector, facts.reportedTcb, minimum)
            );
        }
    }

    /// @notice A TCB equal to the minimum is enough.
    function test_registerWithProof_tcbEqualToMinimum_registers() public {
        ReportFacts memory facts = _facts();
        facts.reportedTcb = MIN_TCB;
        _expectProof(_proofRegistration(), facts);
        _registerWithProof(_proofRegistration(), facts);
        vm.assertEq(uint256(registry.keyInfo(proofKey).status), uint256(KeyStatus.Active));
    }

    /// @notice Only reports signed by a trusted VCEK register; distrusting one stops new registrations with it.
    function test_registerWithProof_vcekNotTrusted_reverts() public {
        _expectOtherVcekRefused();

        vm.prank(registrar);
        registry.setVcekTrusted(VCEK, false);
        _expectProofRevert(
            _proofRegistration(), _facts(), abi.encodeWithSelector(ISNPReportRegistration.VcekNotTrusted.selector, VCEK)
        );
    }

    /// @notice A proof the verifier refuses does not register.
    function test_registerWithProof_verifierRefusesProof_reverts() public {
        KeyRegistration memory reg = _proofRegistration();
        reportVerifier.expect(bytes("another proof"), _reference(reg, _facts()));
        vm.expectRevert(ISNPReportRegistration.InvalidReportProof.selector);
        _registerWithProof(reg, _facts());

        // A verifier that was never told to accept anything.
        FakeReportVerifier untold = new FakeReportVerifier();
        _govern(abi.encodeCall(registry.setReportVerifier, (address(untold))));
        vm.expectRevert(ISNPReportRegistration.InvalidReportProof.selector);
        _registerWithProof(reg, _facts());
    }

    /// @notice The proof is checked against inputs recomputed on chain: a proof for another chain (or another VMPL,
    /// expiry, or measurement) is refused.
    function test_registerWithProof_inputsOfAnotherStatement_reverts() public {
        KeyRegistration memory reg = _proofRegistration();
        _expectProof(reg, _facts()); // a proof for this chain

        uint256 chainId = block.chainid;
        vm.chainId(chainId + 1);
        vm.expectRevert(ISNPReportRegistration.InvalidReportProof.selector);
        _registerWithProof(reg, _facts());
        vm.chainId(chainId);

        ReportFacts memory facts = _facts();
        facts.reportedTcb = TCB + 1;
        vm.expectRevert(ISNPReportRegistration.InvalidReportProof.selector);
        _registerWithProof(reg, facts);

        reg.expiresAt -= 1;
        vm.expectRevert(ISNPReportRegistration.InvalidReportProof.selector);
        _registerWithProof(reg, _facts());

        // The same proof for another VM, or to retire another key: the registration context in REPORT_DATA differs.
        reg = _proofRegistration();
        reg.vmId = bytes16(keccak256("an unbound VM"));
        vm.expectRevert(ISNPReportRegistration.InvalidReportProof.selector);
        _registerWithProof(reg, _facts());
        reg = _proofRegistration();
        reg.gracePeriod = 1;
        vm.expectRevert(ISNPReportRegistration.InvalidReportProof.selector);
        _registerWithProof(reg, _facts());

        // Another allowed measurement, with the same proof.
        _govern(abi.encodeCall(registry.setMeasurementAllowed, (OTHER_MEASUREMENT, true)));
        reg = _proofRegistration();
        reg.measurement = OTHER_MEASUREMENT;
        vm.expectRevert(ISNPReportRegistration.InvalidReportProof.selector);
        _registerWithProof(reg, _facts());

        // Another registry on the same chain.
        vm.etch(address(0x5EC0DE00), address(registry).code);
        vm.assertTrue(
            keccak256(
                abi.encode(
                    ISNPReportRegistration(address(0x5EC0DE00)).reportInputs(reg, PROOF_KEY_X, PROOF_KEY_Y, _facts())
                )
            ) != keccak256(abi.encode(registry.reportInputs(reg, PROOF_KEY_X, PROOF_KEY_Y, _facts())))
        );

        _registerWithProof(_proofRegistration(), _facts());
    }

    /// @notice An address is registered once, by proof or by approval.
    function test_registerWithProof_alreadyRegistered_reverts() public {
        KeyRegistration memory reg = _proofRegistration();
        _expectProof(reg, _facts());
        _registerWithProof(reg, _facts());
        vm.expectRevert(
            abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRegistered.selector, proofKey, KeyStatus.Active)
        );
        _registerWithProof(reg, _facts());

        // Nor approved afterwards.
        vm.expectRevert(
            abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRegistered.selector, proofKey, KeyStatus.Active)
        );
        vm.prank(registrar);
        registry.approveKey(reg);
    }

    /// @notice A key approved by registrars (and then revoked) cannot come back by proof.
    function test_registerWithProof_keyApprovedBefore_reverts() public {
        KeyRegistration memory reg = _proofRegistration();
        _register(proofKey, VM_C, T0 + 100);
        _expectProofRevert(
            reg,
            _facts(),
            abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRegistered.selector, proofKey, KeyStatus.Active)
        );
        vm.prank(admin);
        registry.revokeKey(proofKey);
        _expectProofRevert(
            reg,
            _facts(),
            abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRegistered.selector, proofKey, KeyStatus.Revoked)
        );
    }

    /// @notice The expiry must be after now.
    function test_registerWithProof_expiryNotInFuture_reverts() public {
        KeyRegistration memory reg = _proofRegistration();
        reg.expiresAt = T0;
        _expectProofRevert(
            reg, _facts(), abi.encodeWithSelector(IEnclaveKeyRegistry.ExpiryNotInFuture.selector, T0, uint256(T0))
        );
        reg.expiresAt = T0 + 1;
        _expectProof(reg, _facts());
        _registerWithProof(reg, _facts());
    }

    /// @notice The registration checks of approveKey apply: key, VM id, measurement length.
    function test_registerWithProof_invalidRegistration_reverts() public {
        KeyRegistration memory reg = _proofRegistration();
        reg.key = address(0);
        _expectProofRevert(reg, _facts(), abi.encodeWithSelector(IEnclaveKeyRegistry.ZeroKey.selector, VM_C));

        reg = _proofRegistration();
        reg.vmId = bytes16(0);
        _expectProofRevert(reg, _facts(), abi.encodeWithSelector(IEnclaveKeyRegistry.ZeroVmId.selector, proofKey));

        uint256[3] memory lengths = [uint256(0), 47, 49];
        for (uint256 i; i < lengths.length; ++i) {
            reg = _proofRegistration();
            reg.measurement = new bytes(lengths[i]);
            vm.expectRevert(
                abi.encodeWithSelector(IEnclaveKeyRegistry.InvalidMeasurementLength.selector, proofKey, lengths[i])
            );
            _registerWithProof(reg, _facts());
        }
    }

    /// @notice The checks run in the documented order: verifier, registration, key, evidence, measurement, debug,
    /// TCB, VCEK, proof. Starting from a registration failing all of them, each fix reveals the next error.
    function test_registerWithProof_checksInOrder() public {
        KeyRegistration memory reg = _proofRegistration();
        reg.vmId = bytes16(0);
        reg.evidenceHash = EVIDENCE;
        reg.measurement = OTHER_MEASUREMENT;
        ReportFacts memory facts = ReportFacts({policy: POLICY_DEBUG, vmpl: 0, reportedTcb: 0, vcekHash: OTHER_VCEK});
        bytes32 x = OTHER_KEY_X;
        vm.prank(admin);
        registry.setReportVerifier(address(0));

        _expectOrdered(reg, x, facts, abi.encodeWithSelector(ISNPReportRegistration.ReportVerifierNotSet.selector));
        _govern(abi.encodeCall(registry.setReportVerifier, (address(reportVerifier))));
        _expectOrdered(reg, x, facts, abi.encodeWithSelector(IEnclaveKeyRegistry.ZeroVmId.selector, proofKey));
        reg.vmId = VM_C;
        address ofPoint = address(uint160(uint256(keccak256(abi.encodePacked(x, PROOF_KEY_Y)))));
        _expectOrdered(
            reg, x, facts, abi.encodeWithSelector(ISNPReportRegistration.KeyMismatch.selector, proofKey, ofPoint)
        );
        x = PROOF_KEY_X;
        _expectOrdered(
            reg,
            x,
            facts,
            abi.encodeWithSelector(ISNPReportRegistration.EvidenceHashMismatch.selector, EVIDENCE, keccak256(proof))
        );
        reg.evidenceHash = keccak256(proof);
        _expectOrdered(
            reg,
            x,
            facts,
            abi.encodeWithSelector(ISNPReportRegistration.MeasurementNotAllowed.selector, keccak256(OTHER_MEASUREMENT))
        );
        reg.measurement = MEASUREMENT;
        _expectOrdered(reg, x, facts, abi.encodeWithSelector(ISNPReportRegistration.DebugPolicy.selector, POLICY_DEBUG));
        facts.policy = POLICY | POLICY_MIGRATE_MA;
        _expectOrdered(
            reg,
            x,
            facts,
            abi.encodeWithSelector(
                ISNPReportRegistration.PolicyBitsForbidden.selector, facts.policy, POLICY_DEBUG | POLICY_MIGRATE_MA
            )
        );
        facts.policy = POLICY;
        facts.vmpl = 1;
        _expectOrdered(reg, x, facts, abi.encodeWithSelector(ISNPReportRegistration.VmplTooHigh.selector, 1, 0));
        facts.vmpl = 0;
        _expectOrdered(
            reg, x, facts, abi.encodeWithSelector(ISNPReportRegistration.TcbTooLow.selector, uint64(0), MIN_TCB)
        );
        facts.reportedTcb = TCB;
        _expectOrdered(
            reg, x, facts, abi.encodeWithSelector(ISNPReportRegistration.VcekNotTrusted.selector, OTHER_VCEK)
        );
        facts.vcekHash = VCEK;
        _expectOrdered(reg, x, facts, abi.encodeWithSelector(ISNPReportRegistration.InvalidReportProof.selector));
        _expectProof(reg, facts);
        _registerWithProof(reg, facts);
    }

    function _expectOrdered(KeyRegistration memory reg, bytes32 x, ReportFacts memory facts, bytes memory revertData)
        internal
    {
        vm.expectRevert(revertData);
        registry.registerWithProof(reg, x, PROOF_KEY_Y, facts, proof, "");
    }

    // ------------------------------------------------------------------------------------------ rotation

    /// @notice A proof can rotate a key out, like approveKey: the old key keeps signing for the grace period.
    function test_registerWithProof_replaces_shortensOld() public {
        uint64 grace = 10 minutes;
        _bindVmA();
        KeyRegistration memory reg = _proofRegistration();
        reg.vmId = VM_A;
        reg.replaces = keyA;
        reg.gracePeriod = grace;
        bytes32 regHash = registry.registrationHash(reg);
        _expectProof(reg, _facts());
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyRegistered(
            proofKey, VM_A, regHash, T0 + KEY_LIFETIME, keccak256(proof), MEASUREMENT, 0
        );
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyRotated(keyA, proofKey, VM_A, T0 + grace);
        vm.expectEmit(address(registry));
        emit ISNPReportRegistration.KeyRegisteredWithProof(proofKey, VM_A, VCEK);
        _registerWithProof(reg, _facts());
        vm.assertEq(registry.keyInfo(keyA).expiresAt, T0 + grace);

        _assertHandover(PROOF_KEY_PK, proofKey, T0 + grace);
    }

    /// @notice A grace period beyond the old key's expiry leaves that expiry alone.
    function test_registerWithProof_replacesWithLongGrace_keepsOldExpiry() public {
        _bindVmA();
        KeyRegistration memory reg = _proofRegistration();
        reg.vmId = VM_A;
        reg.replaces = keyA;
        reg.gracePeriod = type(uint64).max;
        _expectProof(reg, _facts());
        vm.expectEmit(address(registry));
        emit IEnclaveKeyRegistry.KeyRotated(keyA, proofKey, VM_A, T0 + KEY_LIFETIME);
        _registerWithProof(reg, _facts());
        vm.assertEq(registry.keyInfo(keyA).expiresAt, T0 + KEY_LIFETIME);
    }

    /// @notice Only registered, unrevoked keys of the same VM can be replaced.
    function test_registerWithProof_replacesUnknownRevokedOrOtherVmKey_reverts() public {
        _bindVmA();
        KeyRegistration memory reg = _proofRegistration();
        reg.vmId = VM_A;
        reg.replaces = stranger;
        _expectProofRevert(
            reg, _facts(), abi.encodeWithSelector(IEnclaveKeyRegistry.KeyNotRegistered.selector, stranger)
        );
        reg.replaces = keyB;
        _expectProofRevert(
            reg, _facts(), abi.encodeWithSelector(IEnclaveKeyRegistry.ReplacedKeyOfOtherVm.selector, keyB, VM_B, VM_A)
        );
        vm.prank(admin);
        registry.revokeKey(keyA);
        reg.replaces = keyA;
        _expectProofRevert(reg, _facts(), abi.encodeWithSelector(IEnclaveKeyRegistry.KeyAlreadyRevoked.selector, keyA));
    }

    // ------------------------------------------------------------------------------------------ administration

    /// @notice The setters change the views and announce it: loosening through governed actions, tightening
    /// directly by the default admin or a registrar.
    function test_setters_updateAndEmit() public {
        FakeReportVerifier other = new FakeReportVerifier();
        bytes memory data = abi.encodeCall(registry.setReportVerifier, (address(other)));
        bytes32 salt = _queue(_registrarOnly(), data);
        vm.expectEmit(address(registry));
        emit ISNPReportRegistration.ReportVerifierSet(address(other));
        _executeQueued(data, salt, "");
        vm.assertEq(registry.reportVerifier(), address(other));

        data = abi.encodeCall(registry.setMinimumTcb, (0x0102030405060708));
        salt = _queue(_registrarOnly(), data);
        vm.expectEmit(address(registry));
        emit ISNPReportRegistration.MinimumTcbSet(0x0102030405060708);
        _executeQueued(data, salt, "");
        vm.assertEq(registry.minimumTcb(), 0x0102030405060708);

        vm.assertFalse(registry.isMeasurementAllowed(keccak256(OTHER_MEASUREMENT)));
        data = abi.encodeCall(registry.setMeasurementAllowed, (OTHER_MEASUREMENT, true));
        salt = _queue(_registrarOnly(), data);
        vm.expectEmit(address(registry));
        emit ISNPReportRegistration.MeasurementAllowed(keccak256(OTHER_MEASUREMENT), true);
        _executeQueued(data, salt, "");
        vm.assertTrue(registry.isMeasurementAllowed(keccak256(OTHER_MEASUREMENT)));
        vm.expectEmit(address(registry));
        emit ISNPReportRegistration.MeasurementAllowed(keccak256(OTHER_MEASUREMENT), false);
        vm.prank(admin);
        registry.setMeasurementAllowed(OTHER_MEASUREMENT, false);
        vm.assertFalse(registry.isMeasurementAllowed(keccak256(OTHER_MEASUREMENT)));

        vm.assertFalse(registry.isVcekTrusted(OTHER_VCEK));
        data = abi.encodeCall(registry.setVcekTrusted, (OTHER_VCEK, true));
        salt = _queue(_registrarOnly(), data);
        vm.expectEmit(address(registry));
        emit ISNPReportRegistration.VcekTrusted(OTHER_VCEK, true);
        _executeQueued(data, salt, "");
        vm.assertTrue(registry.isVcekTrusted(OTHER_VCEK));
        vm.expectEmit(address(registry));
        emit ISNPReportRegistration.VcekTrusted(OTHER_VCEK, false);
        vm.prank(registrar);
        registry.setVcekTrusted(OTHER_VCEK, false);
        vm.assertFalse(registry.isVcekTrusted(OTHER_VCEK));

        vm.expectEmit(address(registry));
        emit ISNPReportRegistration.ReportVerifierSet(address(0));
        vm.prank(admin);
        registry.setReportVerifier(address(0));
        vm.assertEq(registry.reportVerifier(), address(0));
    }

    /// @notice The state set up for the tests reads back.
    function test_views_afterSetUp() public view {
        vm.assertEq(registry.reportVerifier(), address(reportVerifier));
        vm.assertEq(registry.minimumTcb(), MIN_TCB);
        vm.assertTrue(registry.isMeasurementAllowed(keccak256(MEASUREMENT)));
        vm.assertTrue(registry.isVcekTrusted(VCEK));
    }

    /// @notice A new registry has registration by proof disabled and nothing trusted.
    function test_views_newRegistry_disabled() public {
        address[] memory registrars = new address[](1);
        registrars[0] = registrar;
        EnclaveKeyRegistry fresh = new EnclaveKeyRegistry(ADMIN_DELAY, admin, registrars, 1, 0);
        vm.assertEq(fresh.reportVerifier(), address(0));
        vm.assertEq(fresh.minimumTcb(), 0);
        vm.assertEq(fresh.maximumVmpl(), 0);
        (uint64 forbidden, uint64 required) = fresh.guestPolicyRules();
        vm.assertEq(forbidden, POLICY_DEBUG | POLICY_MIGRATE_MA);
        vm.assertEq(required, 0);
        vm.assertFalse(fresh.isMeasurementAllowed(keccak256(MEASUREMENT)));
        vm.assertFalse(fresh.isVcekTrusted(VCEK));
    }

    /// @notice Only 48-byte measurements can be allowed.
    function test_setMeasurementAllowed_not48Bytes_reverts() public {
        uint256[4] memory lengths = [uint256(0), 32, 47, 49];
        for (uint256 i; i < lengths.length; ++i) {
            _govern(
                _registrarOnly(),
                abi.encodeCall(registry.setMeasurementAllowed, (new bytes(lengths[i]), true)),
                abi.encodeWithSelector(IEnclaveKeyRegistry.InvalidMeasurementLength.selector, address(0), lengths[i])
            );
        }
    }

    /// @notice Nobody loosens the registration rules directly, neither a stranger, nor a registrar alone, nor the
    /// default admin: the verifier, a lower TCB, a measurement, a VCEK, a higher VMPL, fewer forbidden policy bits, a
    /// VM binding all need a governed action.
    function test_looseningSetters_directly_reverts() public {
        address[3] memory callers = [stranger, registrar, admin];
        for (uint256 i; i < callers.length; ++i) {
            bytes memory notGoverned = abi.encodeWithSelector(IEnclaveKeyRegistry.NotGoverned.selector, callers[i]);
            vm.startPrank(callers[i]);
            vm.expectRevert(notGoverned);
            registry.setReportVerifier(address(reportVerifier));
            vm.expectRevert(notGoverned);
            registry.setMinimumTcb(MIN_TCB - 1);
            vm.expectRevert(notGoverned);
            registry.setMeasurementAllowed(OTHER_MEASUREMENT, true);
            vm.expectRevert(notGoverned);
            registry.setVcekTrusted(OTHER_VCEK, true);
            vm.expectRevert(notGoverned);
            registry.setMaximumVmpl(1);
            vm.expectRevert(notGoverned);
            registry.setVmBinding(VM_A, keccak256(MEASUREMENT), VCEK);
            vm.stopPrank();
        }
        _govern(abi.encodeCall(registry.setGuestPolicyRules, (POLICY_SMT, 0)));
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.NotGoverned.selector, admin));
        vm.prank(admin);
        registry.setGuestPolicyRules(0, 0);
    }

    /// @notice Tightening is fast, by the default admin or one registrar, never by a stranger: a higher TCB, a
    /// measurement or VCEK withdrawn, a lower VMPL, more forbidden or required policy bits, no verifier.
    function test_tighteningSetters_adminOrRegistrar() public {
        _govern(abi.encodeCall(registry.setMaximumVmpl, (2)));
        address[2] memory callers = [registrar, admin];
        for (uint256 i; i < callers.length; ++i) {
            vm.startPrank(callers[i]);
            registry.setMinimumTcb(MIN_TCB + uint64(i) + 1);
            registry.setMaximumVmpl(uint32(1 - i));
            registry.setGuestPolicyRules(POLICY_SMT, i == 0 ? 0 : POLICY_SINGLE_SOCKET);
            registry.setMeasurementAllowed(MEASUREMENT, false);
            registry.setVcekTrusted(VCEK, false);
            vm.stopPrank();
        }
        vm.assertEq(registry.minimumTcb(), MIN_TCB + 2);
        vm.assertEq(registry.maximumVmpl(), 0);
        (uint64 forbidden, uint64 required) = registry.guestPolicyRules();
        vm.assertEq(forbidden, POLICY_SMT | POLICY_DEBUG | POLICY_MIGRATE_MA);
        vm.assertEq(required, POLICY_SINGLE_SOCKET);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.NotGoverned.selector, stranger));
        vm.prank(stranger);
        registry.setMinimumTcb(type(uint64).max);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.NotGoverned.selector, stranger));
        vm.prank(stranger);
        registry.setVcekTrusted(VCEK, false);
    }

    // ------------------------------------------------------------------------------------------ attacks

    /// @notice Attack: one registrar trusts its own VCEK and registers a key by proof. With k = 2 it can only
    /// propose; nothing changes until a second registrar approves, so the proof is refused.
    function test_attack_oneRegistrarTrustsVcek_cannotActivate() public {
        _govern(abi.encodeCall(registry.grantRole, (registry.REGISTRAR_ROLE(), policyAdmin)));
        _govern(abi.encodeCall(registry.setApprovalThreshold, (2)));
        bytes memory trust = abi.encodeCall(registry.setVcekTrusted, (OTHER_VCEK, true));
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.NotGoverned.selector, registrar));
        vm.prank(registrar);
        registry.setVcekTrusted(OTHER_VCEK, true);
        vm.prank(registrar);
        bytes32 id = registry.proposeAction(trust, 0);
        vm.expectRevert(
            abi.encodeWithSelector(IEnclaveKeyRegistry.ActionNotInStatus.selector, id, ActionStatus.Proposed)
        );
        registry.executeAction(trust, 0);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.ActionAlreadyApproved.selector, registrar, id));
        vm.prank(registrar);
        registry.approveAction(id);

        _expectOtherVcekRefused();
        vm.assertEq(uint256(registry.keyInfo(proofKey).status), uint256(KeyStatus.None));
    }

    /// @notice Attack: a guest with an allowed measurement on a trusted chip claims a VM registered by approvals
    /// (VM_A), or another VM's id once bound by a proof from another launch: refused.
    function test_attack_claimOtherVmIdByProof_reverts() public {
        KeyRegistration memory reg = _proofRegistration();
        reg.vmId = VM_A;
        _expectProofRevert(
            reg,
            _facts(),
            abi.encodeWithSelector(
                ISNPReportRegistration.VmBoundToOtherLaunch.selector, VM_A, keccak256(MEASUREMENT), bytes32(0)
            )
        );

        // VM_C bound by a first proof to MEASUREMENT on the VCEK chip.
        _expectProof(_proofRegistration(), _facts());
        _registerWithProof(_proofRegistration(), _facts());
        (bytes32 boundMeasurement, bytes32 boundVcek) = registry.vmBinding(VM_C);
        vm.assertEq(boundMeasurement, keccak256(MEASUREMENT));
        vm.assertEq(boundVcek, VCEK);

        // Another launch (another allowed measurement, or another trusted chip) claiming VM_C is refused.
        _govern(abi.encodeCall(registry.setMeasurementAllowed, (OTHER_MEASUREMENT, true)));
        _govern(abi.encodeCall(registry.setVcekTrusted, (OTHER_VCEK, true)));
        KeyRegistration memory claim = _registration(otherKey, VM_C, T0 + KEY_LIFETIME);
        claim.evidenceHash = keccak256(proof);
        claim.measurement = OTHER_MEASUREMENT;
        bytes memory refused = abi.encodeWithSelector(
            ISNPReportRegistration.VmBoundToOtherLaunch.selector, VM_C, keccak256(MEASUREMENT), VCEK
        );
        vm.expectRevert(refused);
        registry.registerWithProof(claim, OTHER_KEY_X, OTHER_KEY_Y, _facts(), proof, "");
        claim.measurement = MEASUREMENT;
        ReportFacts memory otherChip = _facts();
        otherChip.vcekHash = OTHER_VCEK;
        vm.expectRevert(refused);
        registry.registerWithProof(claim, OTHER_KEY_X, OTHER_KEY_Y, otherChip, proof, "");
    }

    /// @notice Attack: a proof replaces a VM's key without that key's signature, or with a signature by another
    /// key or over another registration: refused. With keyA's signature it replaces keyA.
    function test_attack_replaceKeyWithoutItsSignature_reverts() public {
        _bindVmA();
        KeyRegistration memory reg = _proofRegistration();
        reg.vmId = VM_A;
        reg.replaces = keyA;
        _expectProof(reg, _facts());
        vm.expectRevert(
            abi.encodeWithSelector(ISNPReportRegistration.InvalidReplacedKeySignature.selector, keyA, address(0))
        );
        registry.registerWithProof(reg, PROOF_KEY_X, PROOF_KEY_Y, _facts(), proof, "");
        bytes memory signedByB = _rotationSignature(KEY_B_PK, reg);
        vm.expectRevert(abi.encodeWithSelector(ISNPReportRegistration.InvalidReplacedKeySignature.selector, keyA, keyB));
        registry.registerWithProof(reg, PROOF_KEY_X, PROOF_KEY_Y, _facts(), proof, signedByB);
        KeyRegistration memory other = _proofRegistration();
        other.vmId = VM_A;
        other.replaces = keyA;
        other.gracePeriod = 1 days;
        bytes memory signedOther = _rotationSignature(KEY_A_PK, other);
        (address recovered,,) = ECDSA.tryRecover(registry.rotationDigest(reg), signedOther);
        vm.expectRevert(
            abi.encodeWithSelector(ISNPReportRegistration.InvalidReplacedKeySignature.selector, keyA, recovered)
        );
        registry.registerWithProof(reg, PROOF_KEY_X, PROOF_KEY_Y, _facts(), proof, signedOther);
        vm.assertEq(uint256(registry.keyInfo(proofKey).status), uint256(KeyStatus.None));

        _registerWithProof(reg, _facts()); // signed by keyA
        vm.assertEq(uint256(registry.keyInfo(proofKey).status), uint256(KeyStatus.Active));
    }

    /// @notice Attack: a migration agent (bit 18) could export the guest and its key: always refused. SMT (bit 16)
    /// is refused once governance forbids it, and a missing SINGLE_SOCKET (bit 20) once governance requires it.
    function test_attack_policyBits_reverts() public {
        ReportFacts memory facts = _facts();
        facts.policy = POLICY | POLICY_MIGRATE_MA;
        _expectProofRevert(
            _proofRegistration(),
            facts,
            abi.encodeWithSelector(
                ISNPReportRegistration.PolicyBitsForbidden.selector, facts.policy, POLICY_DEBUG | POLICY_MIGRATE_MA
            )
        );
        // Governance cannot allow it either: the always-forbidden bits stay.
        _govern(abi.encodeCall(registry.setGuestPolicyRules, (0, 0)));
        (uint64 forbidden,) = registry.guestPolicyRules();
        vm.assertEq(forbidden, POLICY_DEBUG | POLICY_MIGRATE_MA);

        vm.prank(admin);
        registry.setGuestPolicyRules(POLICY_SMT, POLICY_SINGLE_SOCKET);
        uint64 all = POLICY_DEBUG | POLICY_MIGRATE_MA | POLICY_SMT;
        facts.policy = POLICY; // SMT allowed (bit 16 set)
        vm.assertTrue(POLICY & POLICY_SMT != 0);
        _expectProofRevert(
            _proofRegistration(),
            facts,
            abi.encodeWithSelector(ISNPReportRegistration.PolicyBitsForbidden.selector, POLICY, all)
        );
        facts.policy = POLICY & ~POLICY_SMT;
        _expectProofRevert(
            _proofRegistration(),
            facts,
            abi.encodeWithSelector(
                ISNPReportRegistration.PolicyBitsMissing.selector, facts.policy, POLICY_SINGLE_SOCKET
            )
        );
        facts.policy = (POLICY & ~POLICY_SMT) | POLICY_SINGLE_SOCKET;
        _expectProof(_proofRegistration(), facts);
        _registerWithProof(_proofRegistration(), facts);
        vm.assertEq(uint256(registry.keyInfo(proofKey).status), uint256(KeyStatus.Active));
    }

    /// @notice Attack: the insecure development verifier, whose toxic waste anyone can recompute, on a public chain
    /// (chain id 1): refused even by governance. On a devnet (31337, 1337) it is accepted; a setup from a ceremony
    /// is accepted everywhere; a verifier that does not tell its setup is refused.
    function test_attack_insecureVerifierOnMainnet_reverts() public {
        FakeReportVerifier insecure = new FakeReportVerifier();
        insecure.setInsecure(true);
        FakeReportVerifier ceremony = new FakeReportVerifier();
        uint256 devnet = block.chainid;
        vm.assertEq(devnet, 31337);

        vm.chainId(1);
        _govern(
            _registrarOnly(),
            abi.encodeCall(registry.setReportVerifier, (address(insecure))),
            abi.encodeWithSelector(ISNPReportRegistration.InsecureVerifierSetup.selector, address(insecure), 1)
        );
        _govern(abi.encodeCall(registry.setReportVerifier, (address(ceremony))));
        vm.assertEq(registry.reportVerifier(), address(ceremony));
        address noop = address(0x5EC0DE5709);
        vm.etch(noop, hex"00");
        _govern(
            _registrarOnly(),
            abi.encodeCall(registry.setReportVerifier, (noop)),
            abi.encodeWithSelector(ISNPReportRegistration.VerifierSetupUnknown.selector, noop)
        );

        vm.chainId(1337);
        _govern(abi.encodeCall(registry.setReportVerifier, (address(insecure))));
        vm.chainId(devnet);
        _govern(abi.encodeCall(registry.setReportVerifier, (address(ceremony))));
        _govern(abi.encodeCall(registry.setReportVerifier, (address(insecure))));
        vm.assertEq(registry.reportVerifier(), address(insecure));
    }

    /// @dev [registrar]: the approvers of a governed action while the threshold is 1.
    function _registrarOnly() internal view returns (address[] memory approvers) {
        approvers = new address[](1);
        approvers[0] = registrar;
    }

    // ------------------------------------------------------------------------------------------ fuzz

    /// @notice The TCB check is component-wise: a registration passes iff every byte reaches the minimum's.
    function testFuzz_registerWithProof_tcb(uint64 tcb, uint64 minimum) public {
        _govern(abi.encodeCall(registry.setMinimumTcb, (minimum)));
        ReportFacts memory facts = _facts();
        facts.reportedTcb = tcb;
        KeyRegistration memory reg = _proofRegistration();
        _expectProof(reg, facts);
        if (!_tcbAtLeast(tcb, minimum)) {
            vm.expectRevert(abi.encodeWithSelector(ISNPReportRegistration.TcbTooLow.selector, tcb, minimum));
            _registerWithProof(reg, facts);
            // The boundary: raising every byte to the minimum's passes.
            facts.reportedTcb = _componentMax(tcb, minimum);
            _expectProof(reg, facts);
        }
        _registerWithProof(reg, facts);
        vm.assertEq(uint256(registry.keyInfo(proofKey).status), uint256(KeyStatus.Active));
    }

    /// @dev The byte-wise maximum of a and b.
    function _componentMax(uint64 a, uint64 b) internal pure returns (uint64 out) {
        for (uint256 i; i < 8; ++i) {
            // The cast keeps the byte at i on purpose.
            // forge-lint: disable-next-line(unsafe-typecast)
            uint64 x = uint8(a >> (8 * i));
            // The cast keeps the byte at i on purpose.
            // forge-lint: disable-next-line(unsafe-typecast)
            uint64 y = uint8(b >> (8 * i));
            // 8 * i < 64.
            // forge-lint: disable-next-line(unsafe-typecast)
            out |= (x > y ? x : y) << uint64(8 * i);
        }
    }

    /// @notice Whatever the facts, a registration passes exactly when debugging and migration agents are off, the
    /// VMPL is 0, the TCB reaches the minimum and the VCEK is trusted, with the proof of exactly those facts.
    function testFuzz_registerWithProof_facts(ReportFacts memory facts, uint64 expiresAt, bool trusted) public {
        KeyRegistration memory reg = _proofRegistration();
        reg.expiresAt = uint64(bound(expiresAt, T0 + 1, type(uint64).max));
        if (trusted) {
            _govern(abi.encodeCall(registry.setVcekTrusted, (facts.vcekHash, true)));
        } else {
            vm.prank(registrar);
            registry.setVcekTrusted(facts.vcekHash, false);
        }
        _expectProof(reg, facts);

        bytes memory revertData;
        if (facts.policy & POLICY_DEBUG != 0) {
            revertData = abi.encodeWithSelector(ISNPReportRegistration.DebugPolicy.selector, facts.policy);
        } else if (facts.policy & POLICY_MIGRATE_MA != 0) {
            revertData = abi.encodeWithSelector(
                ISNPReportRegistration.PolicyBitsForbidden.selector, facts.policy, POLICY_DEBUG | POLICY_MIGRATE_MA
            );
        } else if (facts.vmpl != 0) {
            revertData = abi.encodeWithSelector(ISNPReportRegistration.VmplTooHigh.selector, facts.vmpl, 0);
        } else if (!_tcbAtLeast(facts.reportedTcb, MIN_TCB)) {
            revertData = abi.encodeWithSelector(ISNPReportRegistration.TcbTooLow.selector, facts.reportedTcb, MIN_TCB);
        } else if (!trusted) {
            revertData = abi.encodeWithSelector(ISNPReportRegistration.VcekNotTrusted.selector, facts.vcekHash);
        }
        if (revertData.length != 0) {
            vm.expectRevert(revertData);
            _registerWithProof(reg, facts);
            return;
        }
        _registerWithProof(reg, facts);
        KeyInfo memory info = registry.keyInfo(proofKey);
        vm.assertEq(uint256(info.status), uint256(KeyStatus.Active));
        vm.assertEq(info.expiresAt, reg.expiresAt);
        vm.assertEq(info.approvals, 0);
    }

    // ------------------------------------------------------------------------------------------ gas

    /// @notice Logs the gas of registerWithProof (execution of the call, without the transaction's 21,000 and
    /// calldata) with the fake verifier, and with a verifier that does nothing (NoopReportVerifier): the latter is the
    /// registry's own cost, to which the real Groth16 verifier adds about 346,339 gas (its execution gas measured in
    /// Go by circuits/snpreport TestProveAndVerifyOnChain). Logged only, not snapshotted.
    function test_gas_registerWithProof() public {
        KeyRegistration memory reg = _proofRegistration();
        ReportFacts memory facts = _facts();
        uint256 snapshot = vm.snapshotState();

        _expectProof(reg, facts);
        vm.prank(stranger);
        registry.registerWithProof(reg, PROOF_KEY_X, PROOF_KEY_Y, facts, proof, "");
        Console.log("registerWithProof, fake verifier, call gas", vm.lastCallGas().gasTotalUsed);

        vm.revertToState(snapshot);
        _govern(abi.encodeCall(registry.setReportVerifier, (address(new NoopReportVerifier()))));
        vm.prank(stranger);
        registry.registerWithProof(reg, PROOF_KEY_X, PROOF_KEY_Y, facts, proof, "");
        uint256 rest = vm.lastCallGas().gasTotalUsed;
        Console.log("registerWithProof, no-op verifier (the registry's own cost), call gas", rest);
        Console.log("  with the real verifier (+346,339), about", rest + 346_339);
        Console.log(
            "  calldata bytes",
            abi.encodeCall(registry.registerWithProof, (reg, PROOF_KEY_X, PROOF_KEY_Y, facts, proof, "")).length
        );
        vm.assertEq(uint256(registry.keyInfo(proofKey).status), uint256(KeyStatus.Active));
    }

    /// @notice The maximum VMPL is 0 from deployment: a report from VMPL 1 is refused. Raised to 1 by governance,
    /// VMPL 1 registers and 2 is still refused.
    function test_registerWithProof_maximumVmpl() public {
        KeyRegistration memory reg = _proofRegistration();
        ReportFacts memory facts = _facts();
        facts.vmpl = 1;
        vm.assertEq(registry.maximumVmpl(), 0);
        _expectProofRevert(reg, facts, abi.encodeWithSelector(ISNPReportRegistration.VmplTooHigh.selector, 1, 0));

        bytes memory data = abi.encodeCall(registry.setMaximumVmpl, (1));
        bytes32 salt = _queue(_registrarOnly(), data);
        vm.expectEmit(address(registry));
        emit ISNPReportRegistration.MaximumVmplSet(1);
        _executeQueued(data, salt, "");
        vm.assertEq(registry.maximumVmpl(), 1);
        facts.vmpl = 2;
        _expectProofRevert(reg, facts, abi.encodeWithSelector(ISNPReportRegistration.VmplTooHigh.selector, 2, 1));
        facts.vmpl = 1;
        _expectProof(reg, facts);
        _registerWithProof(reg, facts);
        vm.assertEq(uint8(registry.keyInfo(reg.key).status), uint8(KeyStatus.Active));
    }
}
