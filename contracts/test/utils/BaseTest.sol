// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AttestationVerifier} from "../../src/AttestationVerifier.sol";
import {EnclaveKeyRegistry} from "../../src/EnclaveKeyRegistry.sol";
import {IAttestationVerifier, SubsetPolicy} from "../../src/interfaces/IAttestationVerifier.sol";
import {ActionStatus, IEnclaveKeyRegistry, KeyRegistration} from "../../src/interfaces/IEnclaveKeyRegistry.sol";
import {Record} from "../../src/interfaces/IVMIntegrity.sol";
import {Attestation, SignedAttestation} from "../../src/libraries/AttestationLib.sol";
import {Test} from "../lib/Test.sol";

/// @notice Independent reference implementation of the protocol's EIP-712 hashing, written from the EIP and the
/// protocol description only (no assembly, no OpenZeppelin), so that tests can compare the contracts against it.
library Reference {
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant ATTESTATION_TYPEHASH = keccak256(
        "Attestation(bytes16 vmId,bytes32 subsetId,uint8 hashAlg,bytes32 stateDigest,bytes32 zkCommitment,uint64 timestamp,uint64 sequence)"
    );

    function domainSeparator(uint256 chainId, address verifyingContract) internal pure returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, keccak256("vmattest"), keccak256("1"), chainId, verifyingContract));
    }

    function structHash(Attestation memory att) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                ATTESTATION_TYPEHASH,
                att.vmId,
                att.subsetId,
                att.hashAlg,
                att.stateDigest,
                att.zkCommitment,
                att.timestamp,
                att.sequence
            )
        );
    }

    function digest(Attestation memory att, uint256 chainId, address verifyingContract)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encodePacked(hex"1901", domainSeparator(chainId, verifyingContract), structHash(att)));
    }
}

/// @notice EIP-2098 compact signatures, written from the EIP: the 65-byte r || s || v (v in {27, 28}) becomes
/// (r, vs) with vs = s | yParity << 255, yParity = v - 27.
library CompactSignature {
    /// @notice The low 255 bits of vs: s.
    uint256 internal constant S_MASK = 2 ** 255 - 1;

    /// @notice The compact form of the signature (v, r, s); s must fit 255 bits (a canonical s does).
    function fromVRS(uint8 v, bytes32 r, bytes32 s) internal pure returns (bytes32, bytes32 vs) {
        require(v == 27 || v == 28, "CompactSignature: v is not 27 or 28");
        require(uint256(s) <= S_MASK, "CompactSignature: s does not fit 255 bits");
        return (r, bytes32(uint256(s) | (uint256(v - 27) << 255)));
    }

    /// @notice The compact form of a 65-byte signature r || s || v.
    function fromBytes(bytes memory signature) internal pure returns (bytes32 r, bytes32 vs) {
        require(signature.length == 65, "CompactSignature: not 65 bytes");
        bytes32 s;
        (r, s) = abi.decode(signature, (bytes32, bytes32)); // the first 64 bytes
        return fromVRS(uint8(signature[64]), r, s);
    }

    /// @notice The 65-byte signature r || s || v of a compact one.
    function toBytes(bytes32 r, bytes32 vs) internal pure returns (bytes memory) {
        // forge-lint: disable-next-line(unsafe-typecast)
        return abi.encodePacked(r, bytes32(uint256(vs) & S_MASK), uint8(27 + (uint256(vs) >> 255))); // 27 or 28
    }

    /// @notice Plain ecrecover of a compact signature, without the low-s rule (zero when nothing is recovered).
    function ecrecoverCompact(bytes32 digest, bytes32 r, bytes32 vs) internal pure returns (address) {
        // forge-lint: disable-next-line(unsafe-typecast)
        return ecrecover(digest, uint8(27 + (uint256(vs) >> 255)), r, bytes32(uint256(vs) & S_MASK)); // 27 or 28
    }
}

/// @notice Deploys a registry (one registrar, approval threshold 1, governance delay GOVERNANCE_DELAY) and a verifier with one approved subset and two
/// registered keys, and signs attestations for tests.
abstract contract BaseTest is Test {
    uint64 internal constant T0 = 1_767_225_600; // 2026-01-01T00:00:00Z
    uint48 internal constant ADMIN_DELAY = 2 days;
    /// @dev The registry's governance delay: zero, as on a devnet, so that setUps govern in one step (forge's chain
    /// id is 31337); EnclaveKeyRegistryGovernanceTest deploys registries with a real delay.
    uint64 internal constant GOVERNANCE_DELAY = 0;
    uint64 internal constant KEY_LIFETIME = 365 days;
    uint32 internal constant MAX_AGE = 1 hours;
    uint32 internal constant MAX_FUTURE_SKEW = 5 minutes;
    /// @dev SHA-256, BLAKE3-256 and Keccak-256.
    uint32 internal constant ALL_ALGORITHMS = (1 << 1) | (1 << 2) | (1 << 3);
    uint8 internal constant SHA256 = 1;
    uint8 internal constant BLAKE3 = 2;
    uint8 internal constant KECCAK256 = 3;

    bytes16 internal constant VM_A = bytes16(0x6f1b2c3d4e5f40718293a4b5c6d7e8f9);
    bytes16 internal constant VM_B = bytes16(0x0a0b0c0d0e0f40108192a3b4c5d6e7f8);
    bytes32 internal constant SUBSET = keccak256("vmattest subset: kernel, initrd, cmdline");
    bytes32 internal constant OTHER_SUBSET = keccak256("vmattest subset: /etc");
    bytes32 internal constant EVIDENCE = keccak256("tdx quote");
    /// @dev A 48-byte SEV-SNP launch measurement.
    bytes internal constant MEASUREMENT =
        hex"5d3b9f0e6a2c48e1b7d4a90f3c6e2b18d7a4c1f09e8b3d6a2f5c8e1b4d7a0c3f6e9b2d5a8c1f4e7b0d3a6c9f2e5b8d1a";

    uint256 internal constant KEY_A_PK = 0xA11CE0001;
    uint256 internal constant KEY_B_PK = 0xB0B0002;

    address internal admin = address(0xAD);
    address internal registrar = address(0x4E6);
    address internal policyAdmin = address(0x9011C7);
    address internal stranger = address(0x5742);

    EnclaveKeyRegistry internal registry;
    /// @dev Makes the salts of _govern's actions distinct.
    uint256 private _governSalt;
    AttestationVerifier internal verifier;
    address internal keyA;
    address internal keyB;

    function setUp() public virtual {
        vm.warp(T0);
        keyA = vm.addr(KEY_A_PK);
        keyB = vm.addr(KEY_B_PK);

        address[] memory registrars = new address[](1);
        registrars[0] = registrar;
        registry = new EnclaveKeyRegistry(ADMIN_DELAY, admin, registrars, 1, GOVERNANCE_DELAY);
        verifier = new AttestationVerifier(IEnclaveKeyRegistry(address(registry)), ADMIN_DELAY, admin);
        vm.startPrank(admin);
        verifier.grantRole(verifier.POLICY_ROLE(), policyAdmin);
        vm.stopPrank();

        vm.prank(policyAdmin);
        verifier.approveSubset(SUBSET, _policy(), "boot chain", "1.0.0", "ipfs://boot-chain-manifest");
        _register(keyA, VM_A, T0 + KEY_LIFETIME);
        _register(keyB, VM_B, T0 + KEY_LIFETIME);

        vm.label(address(registry), "EnclaveKeyRegistry");
        vm.label(address(verifier), "AttestationVerifier");
        vm.label(keyA, "keyA");
        vm.label(keyB, "keyB");
    }

    /// @dev The registration of `key` for `vmId` until `expiresAt`, with EVIDENCE and MEASUREMENT, replacing nothing.
    function _registration(address key, bytes16 vmId, uint64 expiresAt) internal pure returns (KeyRegistration memory) {
        return KeyRegistration({
            key: key,
            vmId: vmId,
            expiresAt: expiresAt,
            evidenceHash: EVIDENCE,
            measurement: MEASUREMENT,
            replaces: address(0),
            gracePeriod: 0
        });
    }

    /// @dev Queues the governed action `data` on the registry: `approvers[0]` proposes it, the next ones approve it
    /// until it is queued (they must reach the threshold). Returns its salt.
    function _queue(address[] memory approvers, bytes memory data) internal returns (bytes32 salt) {
        salt = bytes32(_governSalt++);
        vm.prank(approvers[0]);
        bytes32 id = registry.proposeAction(data, salt);
        (ActionStatus status,,) = registry.actionState(id);
        for (uint256 i = 1; i < approvers.length && status != ActionStatus.Queued; ++i) {
            vm.prank(approvers[i]);
            registry.approveAction(id);
            (status,,) = registry.actionState(id);
        }
        vm.assertEq(uint256(status), uint256(ActionStatus.Queued), "governed action not queued");
    }

    /// @dev Queues the governed action `data` (see _queue), then, after the registry's governance delay (warped
    /// over, then back), executes it as a stranger: anyone may. With `revertData` nonempty, expects the execution to
    /// revert with it.
    function _govern(address[] memory approvers, bytes memory data, bytes memory revertData) internal {
        _executeQueued(data, _queue(approvers, data), revertData);
    }

    /// @dev Executes the queued action `data` with `salt` as a stranger after the governance delay (warped over, then
    /// back), expecting `revertData` if nonempty.
    function _executeQueued(bytes memory data, bytes32 salt, bytes memory revertData) internal {
        uint256 now_ = block.timestamp;
        vm.warp(now_ + registry.governanceDelay());
        if (revertData.length != 0) vm.expectRevert(revertData);
        vm.prank(stranger);
        registry.executeAction(data, salt);
        vm.warp(now_);
    }

    function _govern(address[] memory approvers, bytes memory data) internal {
        _govern(approvers, data, "");
    }

    /// @dev Runs the governed action `data` approved by `registrar` alone (the threshold must be 1).
    function _govern(bytes memory data) internal {
        address[] memory approvers = new address[](1);
        approvers[0] = registrar;
        _govern(approvers, data);
    }

    /// @dev Registers `key` for `vmId` until `expiresAt` by the approval of `registrar` (the threshold is 1).
    function _register(address key, bytes16 vmId, uint64 expiresAt) internal {
        vm.prank(registrar);
        vm.assertTrue(registry.approveKey(_registration(key, vmId, expiresAt)), "not activated");
    }

    function _policy() internal pure returns (SubsetPolicy memory) {
        return SubsetPolicy({allowedAlgorithms: ALL_ALGORITHMS, maxAge: MAX_AGE, maxFutureSkew: MAX_FUTURE_SKEW});
    }

    /// @dev An attestation of VM_A / SUBSET with BLAKE3, taken now.
    function _attestation(uint64 sequence) internal view returns (Attestation memory) {
        return _attestation(VM_A, sequence, uint64(block.timestamp));
    }

    function _attestation(bytes16 vmId, uint64 sequence, uint64 timestamp) internal pure returns (Attestation memory) {
        return Attestation({
            vmId: vmId,
            subsetId: SUBSET,
            hashAlg: BLAKE3,
            stateDigest: keccak256(abi.encode("state", vmId, sequence)),
            zkCommitment: bytes32(0),
            timestamp: timestamp,
            sequence: sequence
        });
    }

    /// @dev Signs `att` for the test verifier on the current chain; returns the EIP-2098 compact signature.
    function _sign(uint256 privateKey, Attestation memory att) internal view returns (bytes32 r, bytes32 vs) {
        return _signDigest(privateKey, Reference.digest(att, block.chainid, address(verifier)));
    }

    /// @dev Signs `digest` like an enclave (65 bytes: v, r, s) and returns the EIP-2098 compact form (r, vs).
    function _signDigest(uint256 privateKey, bytes32 digest) internal pure returns (bytes32 r, bytes32 vs) {
        (uint8 v, bytes32 r_, bytes32 s) = vm.sign(privateKey, digest);
        return CompactSignature.fromVRS(v, r_, s);
    }

    /// @dev `att` with its signature by `privateKey`, as a batch item.
    function _signed(uint256 privateKey, Attestation memory att) internal view returns (SignedAttestation memory) {
        (bytes32 r, bytes32 vs) = _sign(privateKey, att);
        return SignedAttestation({attestation: att, r: r, vs: vs});
    }

    /// @dev Signs `att` with `privateKey` and submits it.
    function _submit(uint256 privateKey, Attestation memory att) internal {
        (bytes32 r, bytes32 vs) = _sign(privateKey, att);
        verifier.submit(att, r, vs);
    }

    /// @dev Expects the verifier to emit AttestationSubmitted for `att` signed by `signer` next.
    function _expectSubmitted(Attestation memory att, address signer) internal {
        vm.expectEmit(address(verifier));
        emit IAttestationVerifier.AttestationSubmitted(
            att.vmId, att.subsetId, signer, att.hashAlg, att.stateDigest, att.zkCommitment, att.timestamp, att.sequence
        );
    }

    /// @dev Asserts a rotation's handover on VM_A: keyA, being replaced, still signs just before `retiresAt` and is
    /// refused with KeyExpired from `retiresAt` on, when the new key (`newPk`, address `newKey`) signs.
    function _assertHandover(uint256 newPk, address newKey, uint64 retiresAt) internal {
        vm.warp(retiresAt - 1);
        _submit(KEY_A_PK, _attestation(1));
        vm.warp(retiresAt);
        Attestation memory att = _attestation(2);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyExpired.selector, keyA, retiresAt));
        verifier.submit(att, r, vs);
        _submit(newPk, att);
        _assertRecorded(att, newKey);
    }

    /// @dev Asserts that the latest record of (att.vmId, att.subsetId) is exactly `att`, signed by `signer`.
    function _assertRecorded(Attestation memory att, address signer) internal view {
        Record memory record = verifier.latest(att.vmId, att.subsetId);
        vm.assertEq(record.stateDigest, att.stateDigest, "stateDigest");
        vm.assertEq(record.zkCommitment, att.zkCommitment, "zkCommitment");
        vm.assertEq(record.signer, signer, "signer");
        vm.assertEq(record.timestamp, att.timestamp, "timestamp");
        vm.assertEq(record.sequence, att.sequence, "sequence");
        vm.assertEq(record.hashAlg, att.hashAlg, "hashAlg");
    }
}
