// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {GoldenDigestVerifier} from "../src/verifiers/GoldenDigestVerifier.sol";
import {ReadOnlyRootVerifier} from "../src/verifiers/ReadOnlyRootVerifier.sol";
import {Console} from "./lib/Console.sol";
import {Test} from "./lib/Test.sol";

/// @notice The generated Groth16 verifiers (contracts/src/verifiers, from the INSECURE development keys) against
/// the proofs the Go side writes (testdata/zk/<property>.proof.json, `go test ./internal/zkproof -update`): each
/// proof verifies on chain, through both verifyProof forms; a changed public input or proof word reverts; the
/// verifiers' PROPERTY_ID and verifyingKeyHash() are the ones in testdata/zk/verifiers.json; and one verification
/// costs about 215,000-228,000 gas of execution (four of its public inputs are the context, about 6,500 gas each),
/// recorded in snapshots/ZKVerifiersTest.json, where `make gas-check` fails when it changes.
contract ZKVerifiersTest is Test {
    uint256 internal constant R = 0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001;
    /// @dev Gas for calls expected to fail: a pairing precompile given a point off the curve fails and consumes all
    /// the gas it was given, 63/64 of the caller's.
    uint256 internal constant CALL_GAS = 1_000_000;

    ReadOnlyRootVerifier internal readOnlyRoot;
    GoldenDigestVerifier internal goldenDigest;
    string internal verifiersJson;

    function setUp() public {
        readOnlyRoot = new ReadOnlyRootVerifier();
        goldenDigest = new GoldenDigestVerifier();
        verifiersJson = vm.readFile("testdata/zk/verifiers.json");
    }

    function _proof(string memory json) internal pure returns (uint256[8] memory proof) {
        for (uint256 i; i < 8; ++i) {
            proof[i] = uint256(vm.parseJsonBytes32(json, string.concat(".proof[", vm.toString(i), "]")));
        }
    }

    function _input(string memory json, uint256 i) internal pure returns (uint256) {
        return uint256(vm.parseJsonBytes32(json, string.concat(".publicInputs[", vm.toString(i), "]")));
    }

    function _bytes(uint256[8] memory proof) internal pure returns (bytes memory) {
        return abi.encodePacked(proof);
    }

    /// @dev Gas a transaction carrying `data` pays beyond its execution: the base cost and calldata (4 per zero
    /// byte, 16 per other byte), or the EIP-7623 floor (21,000 + 10 per token) when that is higher.
    function _receiptGas(bytes memory data, uint256 executionGas) internal pure returns (uint256) {
        uint256 tokens;
        for (uint256 i; i < data.length; ++i) {
            tokens += data[i] == 0 ? 1 : 4;
        }
        uint256 standard = 21_000 + 4 * tokens + executionGas;
        uint256 floor = 21_000 + 10 * tokens;
        return standard > floor ? standard : floor;
    }

    function _checkDescription(uint256 index, bytes32 propertyId, bytes32 vkHash) internal view {
        string memory key = string.concat(".verifiers[", vm.toString(index), "]");
        vm.assertEq(propertyId, vm.parseJsonBytes32(verifiersJson, string.concat(key, ".propertyId")), "PROPERTY_ID");
        vm.assertEq(vkHash, vm.parseJsonBytes32(verifiersJson, string.concat(key, ".verifyingKeyHash")), "vk hash");
    }

    // ---------------------------------------------------------------- readonlyroot

    function _readOnlyRoot() internal view returns (uint256[8] memory proof, uint256[5] memory input) {
        string memory json = vm.readFile("testdata/zk/readonlyroot.proof.json");
        vm.assertEq(vm.parseJsonString(json, ".property"), "readonlyroot");
        proof = _proof(json);
        for (uint256 i; i < 5; ++i) {
            input[i] = _input(json, i);
        }
        vm.assertEq(bytes32(input[0]), vm.parseJsonBytes32(json, ".commitment"), "commitment is input 0");
    }

    function test_readonlyroot_describedKey() public view {
        vm.assertEq(readOnlyRoot.PROPERTY_ID(), keccak256("vmattest.property.readonlyroot.v2"));
        _checkDescription(0, readOnlyRoot.PROPERTY_ID(), readOnlyRoot.verifyingKeyHash());
    }

    /// @notice The proof is about the commitment test vector's state (testdata/zk/commitment.json).
    function test_readonlyroot_aboutVectorState() public view {
        (, uint256[5] memory input) = _readOnlyRoot();
        vm.assertEq(bytes32(input[0]), vm.parseJsonBytes32(vm.readFile("testdata/zk/commitment.json"), ".root"));
    }

    /// @notice The proof verifies through both forms; execution gas (the call's, without the 21,000 base cost and
    /// calldata) goes to the snapshot.
    function test_readonlyroot_verifies() public {
        (uint256[8] memory proof, uint256[5] memory input) = _readOnlyRoot();
        readOnlyRoot.verifyProof(proof, input);
        uint256 gasUsed = vm.snapshotGasLastCall("readonlyroot_verify");
        // Not snapshotted: calldata gas depends on the proof's zero bytes, and proofs are randomised.
        uint256 receipt =
            _receiptGas(abi.encodeWithSignature("verifyProof(uint256[8],uint256[5])", proof, input), gasUsed);
        Console.log("readonlyroot verification, transaction gas", receipt);
        // gnark's own form: the same 256 bytes.
        readOnlyRoot.verifyProof(_bytes(proof), input);
        vm.snapshotGasLastCall("readonlyroot_verifyBytes");
    }

    /// @notice The selectors in verifiers.json are those of verifyProof(uint256[8],uint256[n]), the form called here.
    function test_selectors() public view {
        vm.assertEq(
            vm.parseJsonBytes(verifiersJson, ".verifiers[0].selector"),
            abi.encodePacked(bytes4(keccak256("verifyProof(uint256[8],uint256[5])")))
        );
        vm.assertEq(
            vm.parseJsonBytes(verifiersJson, ".verifiers[1].selector"),
            abi.encodePacked(bytes4(keccak256("verifyProof(uint256[8],uint256[7])")))
        );
    }

    /// @notice Each input changed, the context inputs (VM, hash algorithm, subset) included, is refused: a proof is
    /// bound to the VM, subset and algorithm of its commitment's header.
    function test_readonlyroot_revertsOnChangedInput() public {
        for (uint256 i; i < 5; ++i) {
            (uint256[8] memory proof, uint256[5] memory input) = _readOnlyRoot();
            input[i] = (input[i] + 1) % R;
            vm.expectRevert(ReadOnlyRootVerifier.ProofInvalid.selector);
            readOnlyRoot.verifyProof(proof, input);
        }
    }

    /// @notice The development verifiers say they are insecure, with their own verifying key hash.
    function test_setupIdentity_insecureDevelopmentKeys() public view {
        (bool insecure, bytes32 vkHash) = readOnlyRoot.setupIdentity();
        vm.assertTrue(insecure, "readonlyroot insecure");
        vm.assertEq(vkHash, readOnlyRoot.verifyingKeyHash());
        (insecure, vkHash) = goldenDigest.setupIdentity();
        vm.assertTrue(insecure, "goldendigest insecure");
        vm.assertEq(vkHash, goldenDigest.verifyingKeyHash());
    }

    /// @notice The context inputs are those of the commitment vector's header (testdata/zk/commitment.json): the VM
    /// id as an integer, sha256 (1), and the subset id's halves.
    function test_readonlyroot_contextIsVectorHeader() public view {
        (, uint256[5] memory input) = _readOnlyRoot();
        bytes32 subsetId = vm.parseJsonBytes32(vm.readFile("testdata/zk/commitment.json"), ".state.subsetId");
        vm.assertEq(input[2], 1, "hashAlg");
        vm.assertEq(input[3], uint256(subsetId) >> 128, "subset hi");
        vm.assertEq(input[4], uint256(subsetId) & type(uint128).max, "subset lo");
    }

    function test_readonlyroot_revertsOnUnreducedInput() public {
        (uint256[8] memory proof, uint256[5] memory input) = _readOnlyRoot();
        input[0] += R; // the same element, not reduced
        vm.expectRevert(ReadOnlyRootVerifier.PublicInputNotInField.selector);
        readOnlyRoot.verifyProof(proof, input);
    }

    function test_readonlyroot_revertsOnChangedProof() public {
        for (uint256 w; w < 8; ++w) {
            (uint256[8] memory proof, uint256[5] memory input) = _readOnlyRoot();
            proof[w] ^= 1;
            vm.expectRevert(ReadOnlyRootVerifier.ProofInvalid.selector);
            readOnlyRoot.verifyProof{gas: CALL_GAS}(proof, input);
        }
    }

    /// @notice A proof of the other property, whose first input is the same commitment, is refused.
    function test_readonlyroot_revertsOnOtherPropertysProof() public {
        (, uint256[5] memory input) = _readOnlyRoot();
        (uint256[8] memory other,) = _goldenDigest();
        vm.expectRevert(ReadOnlyRootVerifier.ProofInvalid.selector);
        readOnlyRoot.verifyProof(other, input);
    }

    // ---------------------------------------------------------------- goldendigest

    function _goldenDigest() internal view returns (uint256[8] memory proof, uint256[7] memory input) {
        string memory json = vm.readFile("testdata/zk/goldendigest.proof.json");
        vm.assertEq(vm.parseJsonString(json, ".property"), "goldendigest");
        proof = _proof(json);
        for (uint256 i; i < 7; ++i) {
            input[i] = _input(json, i);
        }
        vm.assertEq(bytes32(input[0]), vm.parseJsonBytes32(json, ".commitment"), "commitment is input 0");
    }

    function test_goldendigest_describedKey() public view {
        vm.assertEq(goldenDigest.PROPERTY_ID(), keccak256("vmattest.property.goldendigest.v2"));
        _checkDescription(1, goldenDigest.PROPERTY_ID(), goldenDigest.verifyingKeyHash());
    }

    /// @notice The proof is about the commitment test vector: its state, and its golden set's root.
    function test_goldendigest_aboutVectorState() public view {
        (, uint256[7] memory input) = _goldenDigest();
        string memory vectors = vm.readFile("testdata/zk/commitment.json");
        vm.assertEq(bytes32(input[0]), vm.parseJsonBytes32(vectors, ".root"));
        vm.assertEq(bytes32(input[6]), vm.parseJsonBytes32(vectors, ".golden.root"));
    }

    /// @notice As test_readonlyroot_verifies, with seven public inputs.
    function test_goldendigest_verifies() public {
        (uint256[8] memory proof, uint256[7] memory input) = _goldenDigest();
        goldenDigest.verifyProof(proof, input);
        uint256 gasUsed = vm.snapshotGasLastCall("goldendigest_verify");
        uint256 receipt =
            _receiptGas(abi.encodeWithSignature("verifyProof(uint256[8],uint256[7])", proof, input), gasUsed);
        Console.log("goldendigest verification, transaction gas", receipt);
        goldenDigest.verifyProof(_bytes(proof), input);
        vm.snapshotGasLastCall("goldendigest_verifyBytes");
    }

    function test_goldendigest_revertsOnChangedInput() public {
        for (uint256 i; i < 7; ++i) {
            (uint256[8] memory proof, uint256[7] memory input) = _goldenDigest();
            input[i] = (input[i] + 1) % R;
            vm.expectRevert(GoldenDigestVerifier.ProofInvalid.selector);
            goldenDigest.verifyProof(proof, input);
        }
    }

    function test_goldendigest_revertsOnUnreducedInput() public {
        for (uint256 i; i < 7; ++i) {
            (uint256[8] memory proof, uint256[7] memory input) = _goldenDigest();
            input[i] += R;
            vm.expectRevert(GoldenDigestVerifier.PublicInputNotInField.selector);
            goldenDigest.verifyProof(proof, input);
        }
    }

    function test_goldendigest_revertsOnChangedProof() public {
        for (uint256 w; w < 8; ++w) {
            (uint256[8] memory proof, uint256[7] memory input) = _goldenDigest();
            proof[w] ^= 1;
            vm.expectRevert(GoldenDigestVerifier.ProofInvalid.selector);
            goldenDigest.verifyProof{gas: CALL_GAS}(proof, input);
        }
    }
}
