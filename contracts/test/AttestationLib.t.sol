// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Attestation, AttestationLib} from "../src/libraries/AttestationLib.sol";
import {Test} from "./lib/Test.sol";
import {Reference} from "./utils/BaseTest.sol";

/// @dev Exposes the calldata variant of the library.
contract AttestationLibHarness {
    function structHash(Attestation calldata att) external pure returns (bytes32) {
        return AttestationLib.structHash(att);
    }

    /// @dev Hashes raw calldata words, to check how non-canonical encodings behave.
    function structHashRaw(bytes calldata) external pure returns (bytes32) {
        Attestation calldata att;
        assembly ("memory-safe") {
            att := 0x44 // selector + offset + length
        }
        return AttestationLib.structHash(att);
    }
}

contract AttestationLibTest is Test {
    AttestationLibHarness internal harness;

    function setUp() public {
        harness = new AttestationLibHarness();
    }

    function _sample() internal pure returns (Attestation memory) {
        return Attestation({
            vmId: bytes16(0x6f1b2c3d4e5f40718293a4b5c6d7e8f9),
            subsetId: bytes32(0x1111111111111111111111111111111111111111111111111111111111111111),
            hashAlg: 2,
            stateDigest: bytes32(0x2222222222222222222222222222222222222222222222222222222222222222),
            zkCommitment: bytes32(0x3333333333333333333333333333333333333333333333333333333333333333),
            timestamp: 1_767_225_600,
            sequence: 42
        });
    }

    /// @notice The type string is the protocol's, character for character, and the type hash is its keccak256.
    function test_typeString_matchesProtocol() public pure {
        vm.assertEq(
            AttestationLib.TYPE_STRING,
            "Attestation(bytes16 vmId,bytes32 subsetId,uint8 hashAlg,bytes32 stateDigest,bytes32 zkCommitment,uint64 timestamp,uint64 sequence)"
        );
        vm.assertEq(AttestationLib.ATTESTATION_TYPEHASH, keccak256(bytes(AttestationLib.TYPE_STRING)));
        vm.assertEq(AttestationLib.ATTESTATION_TYPEHASH, Reference.ATTESTATION_TYPEHASH);
    }

    /// @notice The 40-bit storage limits.
    function test_limits_are40Bits() public pure {
        vm.assertEq(AttestationLib.MAX_SEQUENCE, 2 ** 40 - 1);
        vm.assertEq(AttestationLib.MAX_TIMESTAMP, 2 ** 40 - 1);
    }

    /// @notice A signature made by Foundry's own EIP-712 implementation (`cast wallet sign --data` over the typed
    /// data JSON of `_sample()`, domain chainId 31337 and verifyingContract 0x5FbDB2315678afecb367f032d93F642f64180aa3,
    /// private key 0xA11CE0001) recovers to the signer from our digest: an independent check of the encoding,
    /// in particular of bytes16 (left-aligned) and of the small integer types.
    function test_digest_matchesCastSignature() public view {
        bytes32 digest = Reference.digest(_sample(), 31337, 0x5FbDB2315678afecb367f032d93F642f64180aa3);
        bytes32 viaLibrary = keccak256(
            abi.encodePacked(
                hex"1901",
                Reference.domainSeparator(31337, 0x5FbDB2315678afecb367f032d93F642f64180aa3),
                harness.structHash(_sample())
            )
        );
        vm.assertEq(viaLibrary, digest);
        bytes32 r = 0x1d6f42feb61908537d83c0936e8e1263be11f805a51b55bfd3392effa6a155ec;
        bytes32 s = 0x5f663f1a24805fc288ef4a61f11dbee68c5b1383f09b653c192414cb9b52a4b4;
        vm.assertEq(ecrecover(digest, 28, r, s), 0x8476dd13929D2E13AC7266D5954C97a25AAc8B07);
        vm.assertEq(vm.addr(0xA11CE0001), 0x8476dd13929D2E13AC7266D5954C97a25AAc8B07);
    }

    /// @notice The assembly calldata hash, the memory hash and the plain reference agree on every input.
    function testFuzz_structHash_matchesReference(
        bytes16 vmId,
        bytes32 subsetId,
        uint8 hashAlg,
        bytes32 stateDigest,
        bytes32 zkCommitment,
        uint64 timestamp,
        uint64 sequence
    ) public view {
        Attestation memory att = Attestation(vmId, subsetId, hashAlg, stateDigest, zkCommitment, timestamp, sequence);
        bytes32 expected = Reference.structHash(att);
        vm.assertEq(harness.structHash(att), expected);
        vm.assertEq(AttestationLib.structHashMemory(att), expected);
    }

    /// @notice Dirty high bits in a calldata word change the hash (so a signature over the canonical encoding
    /// cannot be replayed with a non-canonical one).
    function test_structHash_dirtyCalldataHashesDifferently() public view {
        Attestation memory att = _sample();
        bytes memory clean = abi.encode(att);
        bytes memory dirty = abi.encode(att);
        dirty[2 * 32] = 0x01; // high byte of the uint8 hashAlg word
        vm.assertEq(harness.structHashRaw(clean), Reference.structHash(att));
        vm.assertNotEq(harness.structHashRaw(dirty), Reference.structHash(att));
    }
}
