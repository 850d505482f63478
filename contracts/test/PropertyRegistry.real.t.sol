// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IPropertyRegistry, VerifierEntry} from "../src/interfaces/IPropertyRegistry.sol";
import {GoldenDigestVerifier} from "../src/verifiers/GoldenDigestVerifier.sol";
import {ReadOnlyRootVerifier} from "../src/verifiers/ReadOnlyRootVerifier.sol";
import {Attestation} from "../src/libraries/AttestationLib.sol";
import {Console} from "./lib/Console.sol";
import {PropertyBaseTest} from "./utils/PropertyBaseTest.sol";

/// @notice proveProperty end to end with the generated Groth16 verifiers (contracts/src/verifiers, INSECURE
/// development keys) and the proofs the Go side writes (testdata/zk/<property>.proof.json): a real attestation of
/// VM_B, signed by its registered key for the commitment vector's subset (approved here) under SHA-256, commits to
/// the proofs' commitment, whose header binds exactly that VM, subset and algorithm; the proofs are recorded, and
/// hasProperty / hasPropertyWith follow the attestation. The same commitment attested for another VM, subset or
/// algorithm is refused by the verifier, through the context inputs the registry fills. VM_A's attestation (PropertyBaseTest, at
/// T0) commits to another state, COMMITMENT. The gas of a first proof with each verifier is recorded in
/// snapshots/PropertyRegistryRealTest.json.
contract PropertyRegistryRealTest is PropertyBaseTest {
    /// @dev The BN254 scalar field order, as BN254_R: gnark's verifiers refuse public inputs not below it.
    uint256 internal constant R = BN254_R;
    /// @dev Gas for proofs expected to fail: a pairing precompile given a point off the curve consumes all the gas
    /// it was given (63/64 of the verifier's), so an unbounded call would spend most of the test's gas each time.
    uint256 internal constant CALL_GAS = 1_000_000;

    ReadOnlyRootVerifier internal readOnlyRoot;
    GoldenDigestVerifier internal goldenDigest;
    bytes32 internal readOnlyRootId;
    bytes32 internal goldenDigestId;

    /// @dev The commitment both proofs are about (testdata/zk/commitment.json's root).
    bytes32 internal proofCommitment;
    /// @dev The subset the commitment's header binds (testdata/zk/commitment.json's state.subsetId).
    bytes32 internal vectorSubset;

    function setUp() public override {
        super.setUp();
        readOnlyRoot = new ReadOnlyRootVerifier();
        goldenDigest = new GoldenDigestVerifier();
        readOnlyRootId = readOnlyRoot.PROPERTY_ID();
        goldenDigestId = goldenDigest.PROPERTY_ID();
        vm.startPrank(verifierAdmin);
        properties.setVerifier(readOnlyRootId, address(readOnlyRoot), 1 + CTX);
        properties.setVerifier(goldenDigestId, address(goldenDigest), 3 + CTX);
        vm.stopPrank();

        vectorSubset = vm.parseJsonBytes32(vm.readFile("testdata/zk/commitment.json"), ".state.subsetId");
        vm.prank(policyAdmin);
        verifier.approveSubset(vectorSubset, _policy(), "zk-vector-subset", "1", "");
        (, uint256[] memory inputs) = _readOnlyRootProof();
        proofCommitment = bytes32(inputs[0]);
        vm.assertNotEq(proofCommitment, COMMITMENT);
        _attestAs(VM_B, vectorSubset, SHA256, 1, T0, proofCommitment);

        vm.label(address(readOnlyRoot), "ReadOnlyRootVerifier");
        vm.label(address(goldenDigest), "GoldenDigestVerifier");
    }

    // ------------------------------------------------------------------------------------------------ proofs

    /// @dev Submits an attestation of `vmId` (signed by its key) for `subsetId` under `hashAlg` with `commitment`.
    function _attestAs(
        bytes16 vmId,
        bytes32 subsetId,
        uint8 hashAlg,
        uint64 sequence,
        uint64 timestamp,
        bytes32 commitment
    ) internal {
        Attestation memory att = _attestation(vmId, sequence, timestamp);
        (att.subsetId, att.hashAlg, att.zkCommitment) = (subsetId, hashAlg, commitment);
        _submit(vmId == VM_A ? KEY_A_PK : KEY_B_PK, att);
    }

    /// @dev The proof of testdata/zk/`property`.proof.json, which has 1 + CTX + `numParams` public inputs, and the
    /// inputs a caller passes to proveProperty: the commitment and the parameters. The context inputs in the file
    /// are checked to be VM_B, SHA-256 and vectorSubset's halves.
    function _loadProof(string memory property, uint256 numParams)
        internal
        view
        returns (uint256[8] memory proof, uint256[] memory inputs)
    {
        uint256[] memory all = _loadAllInputs(property, 1 + CTX + numParams);
        proof = _proofWords(property);
        bytes32 subsetId = vm.parseJsonBytes32(vm.readFile("testdata/zk/commitment.json"), ".state.subsetId");
        vm.assertEq(all[1], uint256(uint128(VM_B)), "context: vmId");
        vm.assertEq(all[2], SHA256, "context: hashAlg");
        vm.assertEq(all[3], uint256(subsetId) >> 128, "context: subset hi");
        vm.assertEq(all[4], uint256(subsetId) & type(uint128).max, "context: subset lo");
        inputs = new uint256[](1 + numParams);
        inputs[0] = all[0];
        for (uint256 i; i < numParams; ++i) {
            inputs[1 + i] = all[1 + CTX + i];
        }
    }

    function _proofWords(string memory property) internal view returns (uint256[8] memory proof) {
        string memory json = vm.readFile(string.concat("testdata/zk/", property, ".proof.json"));
        for (uint256 i; i < 8; ++i) {
            proof[i] = uint256(vm.parseJsonBytes32(json, string.concat(".proof[", vm.toString(i), "]")));
        }
    }

    /// @dev All `numInputs` public inputs of testdata/zk/`property`.proof.json, the first being its "commitment".
    function _loadAllInputs(string memory property, uint256 numInputs) internal view returns (uint256[] memory inputs) {
        string memory json = vm.readFile(string.concat("testdata/zk/", property, ".proof.json"));
        vm.assertEq(vm.parseJsonString(json, ".property"), property, "property");
        vm.assertFalse(
            vm.keyExistsJson(json, string.concat(".publicInputs[", vm.toString(numInputs), "]")), "more inputs"
        );
        inputs = new uint256[](numInputs);
        for (uint256 i; i < numInputs; ++i) {
            inputs[i] = uint256(vm.parseJsonBytes32(json, string.concat(".publicInputs[", vm.toString(i), "]")));
            vm.assertLt(inputs[i], R);
        }
        vm.assertEq(bytes32(inputs[0]), vm.parseJsonBytes32(json, ".commitment"), "the commitment is input 0");
    }

    function _readOnlyRootProof() internal view returns (uint256[8] memory, uint256[] memory) {
        return _loadProof("readonlyroot", 0);
    }

    function _goldenDigestProof() internal view returns (uint256[8] memory, uint256[] memory) {
        return _loadProof("goldendigest", 2);
    }

    /// @dev inputs[1:], the parameters.
    function _params(uint256[] memory inputs) internal pure returns (uint256[] memory params) {
        params = new uint256[](inputs.length - 1);
        for (uint256 i = 1; i < inputs.length; ++i) {
            params[i - 1] = inputs[i];
        }
    }

    function _invalidProof(bytes32 propertyId, address verifier_) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IPropertyRegistry.InvalidProof.selector, propertyId, verifier_);
    }

    function _mismatch(bytes32 expected, bytes32 got) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IPropertyRegistry.CommitmentMismatch.selector, expected, got);
    }

    // ------------------------------------------------------------------------------------------ readonlyroot

    /// @notice The real readonlyroot proof of VM_B's attested state is accepted by the generated verifier through
    /// the registry: the record is stored, PropertyProven emitted, and hasProperty answers within its age.
    function test_real_readonlyroot_proves() public {
        vm.assertEq(readOnlyRootId, keccak256("vmattest.property.readonlyroot.v2"));
        VerifierEntry[] memory entries = properties.verifiers(readOnlyRootId);
        vm.assertEq(entries[entries.length - 1].verifier, address(readOnlyRoot), "registered");
        vm.assertTrue(entries[entries.length - 1].selector == SELECTOR_1, "selector");

        (uint256[8] memory proof, uint256[] memory inputs) = _readOnlyRootProof();
        vm.warp(T0 + 10);
        _expectProven(VM_B, readOnlyRootId, vectorSubset, proofCommitment, T0, address(readOnlyRoot), inputs);
        vm.prank(stranger);
        properties.proveProperty(VM_B, vectorSubset, readOnlyRootId, address(readOnlyRoot), proof, inputs);
        uint256 gasUsed = vm.snapshotGasLastCall("proveProperty_readonlyroot_real");
        Console.log("proveProperty, readonlyroot (real verifier), execution gas", gasUsed);

        _assertRecord(VM_B, readOnlyRootId, vectorSubset, proofCommitment, T0, T0 + 10, address(readOnlyRoot));
        vm.assertTrue(properties.hasProperty(VM_B, vectorSubset, readOnlyRootId, MAX_AGE), "maxAge");
        vm.assertTrue(properties.hasProperty(VM_B, vectorSubset, readOnlyRootId, 10), "age 10");
        vm.assertFalse(properties.hasProperty(VM_B, vectorSubset, readOnlyRootId, 9), "older than maxAge");
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, readOnlyRootId, type(uint256).max), "other VM");
        vm.assertFalse(properties.hasProperty(VM_B, vectorSubset, goldenDigestId, type(uint256).max), "other property");
    }

    /// @notice The same proof against VM_A, whose attestation commits to another state, is refused before the
    /// verifier is called.
    function test_real_readonlyroot_otherCommitment_reverts() public {
        (uint256[8] memory proof, uint256[] memory inputs) = _readOnlyRootProof();
        vm.expectRevert(_mismatch(COMMITMENT, proofCommitment));
        properties.proveProperty(VM_A, SUBSET, readOnlyRootId, address(readOnlyRoot), proof, inputs);
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, readOnlyRootId, type(uint256).max));
    }

    /// @notice Each proof word changed (lowest bit flipped) makes the generated verifier revert: InvalidProof,
    /// nothing recorded.
    function test_real_readonlyroot_tamperedProof_reverts() public {
        for (uint256 w; w < 8; ++w) {
            (uint256[8] memory proof, uint256[] memory inputs) = _readOnlyRootProof();
            proof[w] ^= 1;
            vm.expectRevert(_invalidProof(readOnlyRootId, address(readOnlyRoot)));
            properties.proveProperty{gas: CALL_GAS}(
                VM_B, vectorSubset, readOnlyRootId, address(readOnlyRoot), proof, inputs
            );
        }
        vm.assertFalse(properties.hasProperty(VM_B, vectorSubset, readOnlyRootId, type(uint256).max));
        _assertRecord(VM_B, readOnlyRootId, vectorSubset, 0, 0, 0, address(0));
    }

    /// @notice The goldendigest proof, whose first input is the same commitment, is refused by the readonlyroot
    /// verifier.
    function test_real_readonlyroot_otherPropertysProof_reverts() public {
        (, uint256[] memory inputs) = _readOnlyRootProof();
        (uint256[8] memory other,) = _goldenDigestProof();
        vm.expectRevert(_invalidProof(readOnlyRootId, address(readOnlyRoot)));
        properties.proveProperty{gas: CALL_GAS}(
            VM_B, vectorSubset, readOnlyRootId, address(readOnlyRoot), other, inputs
        );
    }

    /// @notice A newer attestation of VM_B with another commitment invalidates the proof (hasProperty false, the
    /// record kept), and the proof cannot be submitted again for it.
    function test_real_readonlyroot_newerAttestation_invalidates() public {
        (uint256[8] memory proof, uint256[] memory inputs) = _readOnlyRootProof();
        properties.proveProperty(VM_B, vectorSubset, readOnlyRootId, address(readOnlyRoot), proof, inputs);
        vm.assertTrue(properties.hasProperty(VM_B, vectorSubset, readOnlyRootId, MAX_AGE));

        vm.warp(T0 + 60);
        _attestAs(VM_B, vectorSubset, SHA256, 2, T0 + 60, COMMITMENT_2);
        vm.assertFalse(
            properties.hasProperty(VM_B, vectorSubset, readOnlyRootId, MAX_AGE), "newer attestation, other state"
        );
        vm.assertFalse(
            properties.hasProperty(VM_B, vectorSubset, readOnlyRootId, type(uint256).max), "whatever the age"
        );
        _assertRecord(VM_B, readOnlyRootId, vectorSubset, proofCommitment, T0, T0, address(readOnlyRoot));

        vm.expectRevert(_mismatch(COMMITMENT_2, proofCommitment));
        properties.proveProperty(VM_B, vectorSubset, readOnlyRootId, address(readOnlyRoot), proof, inputs);
    }

    /// @notice A proof is about the state, not the attestation: when a newer attestation commits to the proven
    /// state again, the same proof proves it and the record moves to that attestation.
    function test_real_readonlyroot_sameStateReattested_provesAgain() public {
        (uint256[8] memory proof, uint256[] memory inputs) = _readOnlyRootProof();
        properties.proveProperty(VM_B, vectorSubset, readOnlyRootId, address(readOnlyRoot), proof, inputs);
        vm.warp(T0 + 2 hours);
        vm.assertFalse(properties.hasProperty(VM_B, vectorSubset, readOnlyRootId, MAX_AGE), "stale");

        _attestAs(VM_B, vectorSubset, SHA256, 2, T0 + 2 hours, proofCommitment);
        properties.proveProperty(VM_B, vectorSubset, readOnlyRootId, address(readOnlyRoot), proof, inputs);
        _assertRecord(
            VM_B, readOnlyRootId, vectorSubset, proofCommitment, T0 + 2 hours, T0 + 2 hours, address(readOnlyRoot)
        );
        vm.assertTrue(properties.hasProperty(VM_B, vectorSubset, readOnlyRootId, 0), "fresh again");
    }

    /// @notice The commitment the proof is about, attested for another VM (VM_A, by its own key), for another subset
    /// of VM_B (SUBSET), or for VM_B's subset under another hash algorithm (BLAKE3), is refused by the verifier:
    /// the registry passes that attestation's context, which is not the one the commitment's header binds. Without
    /// the context inputs each of these was accepted: a proof counted for any VM, subset or algorithm whose
    /// attestation carried the same commitment.
    function test_real_readonlyroot_otherContext_reverts() public {
        (uint256[8] memory proof, uint256[] memory inputs) = _readOnlyRootProof();
        vm.warp(T0 + 10);
        _attestAs(VM_A, SUBSET, BLAKE3, 2, T0 + 10, proofCommitment);
        vm.expectRevert(_invalidProof(readOnlyRootId, address(readOnlyRoot)));
        properties.proveProperty{gas: CALL_GAS}(VM_A, SUBSET, readOnlyRootId, address(readOnlyRoot), proof, inputs);

        _attestAs(VM_A, vectorSubset, SHA256, 3, T0 + 10, proofCommitment);
        vm.expectRevert(_invalidProof(readOnlyRootId, address(readOnlyRoot)));
        properties.proveProperty{gas: CALL_GAS}(
            VM_A, vectorSubset, readOnlyRootId, address(readOnlyRoot), proof, inputs
        );

        _attestAs(VM_B, SUBSET, SHA256, 2, T0 + 10, proofCommitment);
        vm.expectRevert(_invalidProof(readOnlyRootId, address(readOnlyRoot)));
        properties.proveProperty{gas: CALL_GAS}(VM_B, SUBSET, readOnlyRootId, address(readOnlyRoot), proof, inputs);

        _attestAs(VM_B, vectorSubset, BLAKE3, 3, T0 + 10, proofCommitment);
        vm.expectRevert(_invalidProof(readOnlyRootId, address(readOnlyRoot)));
        properties.proveProperty{gas: CALL_GAS}(
            VM_B, vectorSubset, readOnlyRootId, address(readOnlyRoot), proof, inputs
        );

        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, readOnlyRootId, type(uint256).max));
        vm.assertFalse(properties.hasProperty(VM_B, SUBSET, readOnlyRootId, type(uint256).max));
        vm.assertFalse(properties.hasProperty(VM_B, vectorSubset, readOnlyRootId, type(uint256).max));
    }

    // ------------------------------------------------------------------------------------------ goldendigest

    /// @notice The real goldendigest proof (commitment, regionName, goldenRoot) is recorded for its parameters:
    /// hasPropertyWith(paramsHashOf(inputs[1:])) answers true, hasProperty (no parameters) false.
    function test_real_goldendigest_provesWithParams() public {
        vm.assertEq(goldenDigestId, keccak256("vmattest.property.goldendigest.v2"));
        (uint256[8] memory proof, uint256[] memory inputs) = _goldenDigestProof();
        vm.assertEq(bytes32(inputs[0]), proofCommitment, "the same state as the readonlyroot proof");
        bytes32 paramsHash = properties.paramsHashOf(_params(inputs));
        vm.assertEq(paramsHash, _paramsHash(inputs), "paramsHashOf");

        vm.warp(T0 + 10);
        _expectProven(VM_B, goldenDigestId, vectorSubset, proofCommitment, T0, address(goldenDigest), inputs);
        properties.proveProperty(VM_B, vectorSubset, goldenDigestId, address(goldenDigest), proof, inputs);
        uint256 gasUsed = vm.snapshotGasLastCall("proveProperty_goldendigest_real");
        Console.log("proveProperty, goldendigest (real verifier), execution gas", gasUsed);

        _assertRecordWith(
            VM_B, goldenDigestId, paramsHash, vectorSubset, proofCommitment, T0, T0 + 10, address(goldenDigest)
        );
        vm.assertTrue(
            properties.hasPropertyWith(VM_B, vectorSubset, goldenDigestId, paramsHash, MAX_AGE), "with its params"
        );
        vm.assertFalse(properties.hasProperty(VM_B, vectorSubset, goldenDigestId, type(uint256).max), "without params");
        uint256[] memory swapped = new uint256[](2);
        (swapped[0], swapped[1]) = (inputs[2], inputs[1]);
        vm.assertFalse(
            properties.hasPropertyWith(
                VM_B, vectorSubset, goldenDigestId, properties.paramsHashOf(swapped), type(uint256).max
            ),
            "other params"
        );

        // A newer attestation of another state invalidates it too.
        _attestAs(VM_B, vectorSubset, SHA256, 2, T0 + 10, COMMITMENT_2);
        vm.assertFalse(
            properties.hasPropertyWith(VM_B, vectorSubset, goldenDigestId, paramsHash, MAX_AGE), "newer attestation"
        );
    }

    /// @notice A changed parameter (each of the two, plus one; or the same element unreduced, which the verifier
    /// refuses so that a parameter set has one paramsHash) makes the proof invalid; nothing is recorded.
    function test_real_goldendigest_tamperedParams_reverts() public {
        for (uint256 i = 1; i < 3; ++i) {
            for (uint256 unreduced; unreduced < 2; ++unreduced) {
                (uint256[8] memory proof, uint256[] memory inputs) = _goldenDigestProof();
                inputs[i] = unreduced == 1 ? inputs[i] + R : (inputs[i] + 1) % R;
                vm.expectRevert(_invalidProof(goldenDigestId, address(goldenDigest)));
                properties.proveProperty{gas: CALL_GAS}(
                    VM_B, vectorSubset, goldenDigestId, address(goldenDigest), proof, inputs
                );
                vm.assertFalse(
                    properties.hasPropertyWith(
                        VM_B, vectorSubset, goldenDigestId, _paramsHash(inputs), type(uint256).max
                    )
                );
            }
        }
        (uint256[8] memory proof_, uint256[] memory inputs_) = _goldenDigestProof();
        (inputs_[1], inputs_[2]) = (inputs_[2], inputs_[1]);
        vm.expectRevert(_invalidProof(goldenDigestId, address(goldenDigest)));
        properties.proveProperty{gas: CALL_GAS}(
            VM_B, vectorSubset, goldenDigestId, address(goldenDigest), proof_, inputs_
        );
    }

    /// @notice Each proof word changed makes the goldendigest proof invalid.
    function test_real_goldendigest_tamperedProof_reverts() public {
        for (uint256 w; w < 8; ++w) {
            (uint256[8] memory proof, uint256[] memory inputs) = _goldenDigestProof();
            proof[w] ^= 1;
            vm.expectRevert(_invalidProof(goldenDigestId, address(goldenDigest)));
            properties.proveProperty{gas: CALL_GAS}(
                VM_B, vectorSubset, goldenDigestId, address(goldenDigest), proof, inputs
            );
        }
    }

    /// @notice The goldendigest proof against VM_A's other commitment: CommitmentMismatch.
    function test_real_goldendigest_otherCommitment_reverts() public {
        (uint256[8] memory proof, uint256[] memory inputs) = _goldenDigestProof();
        vm.expectRevert(_mismatch(COMMITMENT, proofCommitment));
        properties.proveProperty(VM_A, SUBSET, goldenDigestId, address(goldenDigest), proof, inputs);
    }
}
