// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

import {AttestationVerifier} from "../src/AttestationVerifier.sol";
import {EnclaveKeyRegistry} from "../src/EnclaveKeyRegistry.sol";
import {IAttestationVerifier, SubsetPolicy} from "../src/interfaces/IAttestationVerifier.sol";
import {IEnclaveKeyRegistry, KeyRegistration} from "../src/interfaces/IEnclaveKeyRegistry.sol";
import {Record} from "../src/interfaces/IVMIntegrity.sol";
import {Attestation, AttestationLib} from "../src/libraries/AttestationLib.sol";
import {Test} from "./lib/Test.sol";
import {CompactSignature, Reference} from "./utils/BaseTest.sol";

/// @notice Checks the protocol test vectors that the Go side writes (testdata/vectors/attestation.json) against the
/// contracts: type string and hash, struct hash, domain separator, digest, signer, and an end-to-end submission to
/// a verifier deployed at the vector's verifyingContract on the vector's chain. The file holds the 65-byte signatures
/// r || s || v the enclave produces; they are submitted in EIP-2098 compact form (r, vs). A missing or empty file
/// fails.
contract VectorsTest is Test {
    string internal constant PATH = "testdata/vectors/attestation.json";

    struct Vector {
        string name;
        Attestation attestation;
        bytes32 structHash;
        bytes32 digest;
        address signer;
        bytes signature;
    }

    string internal json;
    uint256 internal chainId;
    address internal verifyingContract;

    function setUp() public {
        json = vm.readFile(PATH); // reverts, failing every test, when the file is missing
        chainId = vm.parseJsonUint(json, ".domain.chainId");
        verifyingContract = vm.parseJsonAddress(json, ".domain.verifyingContract");
    }

    /// @notice The file describes this protocol: same domain name and version, type string and type hash, and a
    /// domain separator that EIP-712 derives from its domain.
    function test_vectors_domainAndType() public view {
        vm.assertEq(vm.parseJsonString(json, ".domain.name"), "vmattest");
        vm.assertEq(vm.parseJsonString(json, ".domain.version"), "1");
        vm.assertEq(vm.parseJsonString(json, ".typeString"), AttestationLib.TYPE_STRING);
        vm.assertEq(vm.parseJsonBytes32(json, ".typeHash"), AttestationLib.ATTESTATION_TYPEHASH);
        vm.assertEq(
            vm.parseJsonBytes32(json, ".domainSeparator"), Reference.domainSeparator(chainId, verifyingContract)
        );
    }

    /// @notice Every vector's struct hash, digest and signature agree with the library, the reference and
    /// OpenZeppelin's ECDSA, in the 65-byte form and in the compact form submitted on chain.
    function test_vectors_hashesAndSignatures() public view {
        uint256 count = _count();
        for (uint256 i; i < count; ++i) {
            Vector memory v = _vector(i);
            vm.assertEq(
                AttestationLib.structHashMemory(v.attestation), v.structHash, string.concat(v.name, ": structHash")
            );
            vm.assertEq(
                Reference.structHash(v.attestation), v.structHash, string.concat(v.name, ": reference structHash")
            );
            vm.assertEq(
                Reference.digest(v.attestation, chainId, verifyingContract), v.digest, string.concat(v.name, ": digest")
            );
            vm.assertEq(v.signature.length, 65, string.concat(v.name, ": signature length"));
            vm.assertEq(ECDSA.recover(v.digest, v.signature), v.signer, string.concat(v.name, ": signer"));
            (bytes32 r, bytes32 s) = abi.decode(v.signature, (bytes32, bytes32));
            vm.assertEq(
                ecrecover(v.digest, uint8(v.signature[64]), r, s), v.signer, string.concat(v.name, ": ecrecover")
            );
            (bytes32 rCompact, bytes32 vs) = CompactSignature.fromBytes(v.signature);
            vm.assertEq(ECDSA.recover(v.digest, rCompact, vs), v.signer, string.concat(v.name, ": compact signer"));
            vm.assertEq(CompactSignature.toBytes(rCompact, vs), v.signature, string.concat(v.name, ": compact form"));
            string memory seedKey = string.concat(".vectors[", vm.toString(i), "].keySeed");
            if (vm.keyExistsJson(json, seedKey)) {
                uint256 privateKey = uint256(keccak256(bytes(vm.parseJsonString(json, seedKey))));
                vm.assertEq(vm.addr(privateKey), v.signer, string.concat(v.name, ": keySeed"));
            }
        }
    }

    /// @dev A sequence above MAX_SEQUENCE_STEP is only accepted after records that climb to it in steps of at most
    /// MAX_SEQUENCE_STEP: submits them, signed by the vector's key (from its public seed).
    function _stepTowards(AttestationVerifier verifier, Vector memory v, uint256 i) internal {
        uint64 step = verifier.MAX_SEQUENCE_STEP();
        if (v.attestation.sequence <= step) return;
        uint256 privateKey = uint256(
            keccak256(bytes(vm.parseJsonString(json, string.concat(".vectors[", vm.toString(i), "].keySeed"))))
        );
        Attestation memory att = v.attestation;
        uint64 target = att.sequence;
        for (uint64 sequence = step; sequence < target; sequence += step) {
            att.sequence = sequence;
            bytes32 digest = verifier.hashAttestation(att);
            (uint8 sv, bytes32 sr, bytes32 ss) = vm.sign(privateKey, digest);
            (bytes32 r, bytes32 vs) = CompactSignature.fromVRS(sv, sr, ss);
            verifier.submit(att, r, vs);
        }
        att.sequence = target;
    }

    /// @notice End to end: on the vector's chain, a verifier deployed at the vector's verifyingContract computes
    /// the vector's digest and accepts its signature from the registered signer.
    function test_vectors_acceptedByVerifier() public {
        uint256 count = _count();
        for (uint256 i; i < count; ++i) {
            Vector memory v = _vector(i);
            uint256 snapshot = vm.snapshotState();

            vm.chainId(chainId);
            vm.warp(v.attestation.timestamp);
            address[] memory registrars = new address[](1);
            registrars[0] = address(this);
            EnclaveKeyRegistry registry = new EnclaveKeyRegistry(0, address(this), registrars, 1, 1 days);
            registry.approveKey(
                KeyRegistration({
                    key: v.signer,
                    vmId: v.attestation.vmId,
                    expiresAt: v.attestation.timestamp + 1,
                    evidenceHash: keccak256("evidence"),
                    measurement: new bytes(48),
                    replaces: address(0),
                    gracePeriod: 0
                })
            );
            AttestationVerifier verifier = _deployVerifierAt(verifyingContract, registry);
            verifier.grantRole(verifier.POLICY_ROLE(), address(this));
            verifier.approveSubset(
                v.attestation.subsetId,
                SubsetPolicy({allowedAlgorithms: uint32(1) << v.attestation.hashAlg, maxAge: 1, maxFutureSkew: 0}),
                v.name,
                "1",
                ""
            );

            vm.assertEq(verifier.domainSeparator(), vm.parseJsonBytes32(json, ".domainSeparator"), v.name);
            vm.assertEq(verifier.hashAttestation(v.attestation), v.digest, string.concat(v.name, ": hashAttestation"));
            _stepTowards(verifier, v, i);
            vm.expectEmit(address(verifier));
            emit IAttestationVerifier.AttestationSubmitted(
                v.attestation.vmId,
                v.attestation.subsetId,
                v.signer,
                v.attestation.hashAlg,
                v.attestation.stateDigest,
                v.attestation.zkCommitment,
                v.attestation.timestamp,
                v.attestation.sequence
            );
            (bytes32 r, bytes32 vs) = CompactSignature.fromBytes(v.signature);
            verifier.submit(v.attestation, r, vs);
            Record memory record = verifier.latest(v.attestation.vmId, v.attestation.subsetId);
            vm.assertEq(record.signer, v.signer, string.concat(v.name, ": recorded signer"));
            vm.assertEq(record.stateDigest, v.attestation.stateDigest, string.concat(v.name, ": recorded digest"));

            vm.assertTrue(vm.revertToState(snapshot));
        }
    }

    function _count() internal view returns (uint256 count) {
        while (vm.keyExistsJson(json, string.concat(".vectors[", vm.toString(count), "]"))) ++count;
        vm.assertGt(count, 0, "no vectors");
    }

    function _vector(uint256 i) internal view returns (Vector memory v) {
        string memory p = string.concat(".vectors[", vm.toString(i), "]");
        string memory a = string.concat(p, ".attestation");
        bytes memory vmId = vm.parseJsonBytes(json, string.concat(a, ".vmId"));
        vm.assertEq(vmId.length, 16, "vmId is not 16 bytes");
        v.name = vm.parseJsonString(json, string.concat(p, ".name"));
        v.attestation = Attestation({
            // forge-lint: disable-next-line(unsafe-typecast)
            vmId: bytes16(vmId), // exactly 16 bytes, checked above
            subsetId: vm.parseJsonBytes32(json, string.concat(a, ".subsetId")),
            hashAlg: uint8(vm.parseJsonUint(json, string.concat(a, ".hashAlg"))),
            stateDigest: vm.parseJsonBytes32(json, string.concat(a, ".stateDigest")),
            zkCommitment: vm.parseJsonBytes32(json, string.concat(a, ".zkCommitment")),
            timestamp: uint64(vm.parseJsonUint(json, string.concat(a, ".timestamp"))),
            sequence: uint64(vm.parseJsonUint(json, string.concat(a, ".sequence")))
        });
        v.structHash = vm.parseJsonBytes32(json, string.concat(p, ".structHash"));
        v.digest = vm.parseJsonBytes32(json, string.concat(p, ".digest"));
        v.signer = vm.parseJsonAddress(json, string.concat(p, ".signer"));
        v.signature = vm.parseJsonBytes(json, string.concat(p, ".signature"));
    }

    /// @dev Runs the verifier's constructor at `target` (its storage and immutables, including EIP-712's cached
    /// domain for address(this), are those of `target`), then leaves the runtime code there.
    function _deployVerifierAt(address target, EnclaveKeyRegistry registry) internal returns (AttestationVerifier) {
        bytes memory initCode = abi.encodePacked(
            type(AttestationVerifier).creationCode,
            abi.encode(IEnclaveKeyRegistry(address(registry)), uint48(0), address(this))
        );
        vm.etch(target, initCode);
        (bool ok, bytes memory runtimeCode) = target.call("");
        vm.assertTrue(ok, "constructor failed");
        vm.etch(target, runtimeCode);
        return AttestationVerifier(target);
    }
}
