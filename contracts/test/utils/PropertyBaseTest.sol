// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

import {PropertyRegistry} from "../../src/PropertyRegistry.sol";
import {IAttestationVerifier} from "../../src/interfaces/IAttestationVerifier.sol";
import {IPropertyRegistry, PropertyRecord} from "../../src/interfaces/IPropertyRegistry.sol";
import {Attestation} from "../../src/libraries/AttestationLib.sol";
import {BaseTest} from "./BaseTest.sol";
import {FakeGroth16Verifier, FakeProof} from "./FakeGroth16Verifier.sol";

/// @notice BaseTest plus a PropertyRegistry on its verifier, a fake Groth16 verifier set for PROPERTY (one caller
/// input, no parameters) and for PROPERTY_3 (three: the commitment and two parameters), each with the CTX context
/// inputs, and a real signed attestation of VM_A / SUBSET at T0 (sequence 1) that commits to COMMITMENT.
abstract contract PropertyBaseTest is BaseTest {
    /// @dev The BN254 scalar field order: Poseidon2 roots are field elements.
    uint256 internal constant BN254_R = 0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001;
    bytes32 internal constant PROPERTY = keccak256("vmattest.property.readonlyroot.v2");
    bytes32 internal constant PROPERTY_3 = keccak256("vmattest.property.threeinputs.v1");
    bytes32 internal constant COMMITMENT = bytes32(uint256(keccak256("poseidon2 root 1")) % BN254_R);
    bytes32 internal constant COMMITMENT_2 = bytes32(uint256(keccak256("poseidon2 root 2")) % BN254_R);
    /// @dev The context inputs the registry inserts after the commitment (CONTEXT_INPUTS): a verifier for n caller
    /// inputs takes n + CTX.
    uint8 internal constant CTX = 4;
    /// @dev The selectors of the verifiers of 1 and 3 caller inputs (5 and 7 verifier inputs).
    bytes4 internal constant SELECTOR_1 = bytes4(keccak256("verifyProof(uint256[8],uint256[5])"));
    bytes4 internal constant SELECTOR_3 = bytes4(keccak256("verifyProof(uint256[8],uint256[7])"));
    /// @dev The parameters of _inputs3.
    uint256 internal constant PARAM_1 = 7;
    uint256 internal constant PARAM_2 = BN254_R - 1;

    address internal verifierAdmin = address(0x7E41F1E5);

    PropertyRegistry internal properties;
    FakeGroth16Verifier internal fake;

    function setUp() public virtual override {
        super.setUp();
        properties = new PropertyRegistry(IAttestationVerifier(address(verifier)), ADMIN_DELAY, admin);
        fake = new FakeGroth16Verifier();
        bytes32 role = properties.VERIFIER_ADMIN_ROLE();
        vm.prank(admin);
        properties.grantRole(role, verifierAdmin);
        vm.startPrank(verifierAdmin);
        properties.setVerifier(PROPERTY, address(fake), 1 + CTX);
        properties.setVerifier(PROPERTY_3, address(fake), 3 + CTX);
        vm.stopPrank();
        _attest(VM_A, SUBSET, 1, T0, COMMITMENT);

        vm.label(address(properties), "PropertyRegistry");
        vm.label(address(fake), "FakeGroth16Verifier");
    }

    function _unauthorized(address account, bytes32 role) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, account, role);
    }

    /// @dev Submits a real attestation of `vmId` (VM_A: signed by keyA, VM_B: by keyB) for `subsetId` with
    /// `commitment`, taken at `timestamp`.
    function _attest(bytes16 vmId, bytes32 subsetId, uint64 sequence, uint64 timestamp, bytes32 commitment)
        internal
        returns (Attestation memory att)
    {
        att = _attestation(vmId, sequence, timestamp);
        att.subsetId = subsetId;
        att.zkCommitment = commitment;
        _submit(vmId == VM_A ? KEY_A_PK : KEY_B_PK, att);
    }

    /// @dev The single public input `commitment`.
    function _inputs(bytes32 commitment) internal pure returns (uint256[] memory inputs) {
        inputs = new uint256[](1);
        inputs[0] = uint256(commitment);
    }

    /// @dev Three public inputs, `commitment` first, then the parameters PARAM_1 and PARAM_2.
    function _inputs3(bytes32 commitment) internal pure returns (uint256[] memory inputs) {
        inputs = _inputs3(commitment, PARAM_1, PARAM_2);
    }

    /// @dev Three public inputs: `commitment`, then the parameters `param1` and `param2`.
    function _inputs3(bytes32 commitment, uint256 param1, uint256 param2)
        internal
        pure
        returns (uint256[] memory inputs)
    {
        inputs = new uint256[](3);
        inputs[0] = uint256(commitment);
        inputs[1] = param1;
        inputs[2] = param2;
    }

    /// @dev The paramsHash of public inputs, computed here as the interface defines it: keccak256(abi.encode(p))
    /// for p the uint256[] memory array inputs[1:].
    function _paramsHash(uint256[] memory inputs) internal pure returns (bytes32) {
        uint256[] memory params = new uint256[](inputs.length - 1);
        for (uint256 i = 1; i < inputs.length; ++i) {
            params[i - 1] = inputs[i];
        }
        return keccak256(abi.encode(params));
    }

    /// @dev The paramsHash of no parameters (of a proof with the commitment only).
    function _noParams() internal pure returns (bytes32) {
        return keccak256(abi.encode(new uint256[](0)));
    }

    /// @dev The paramsHash of _inputs3: of the parameters (PARAM_1, PARAM_2).
    function _params3() internal pure returns (bytes32) {
        return _paramsHash(_inputs3(bytes32(0)));
    }

    /// @dev Proves PROPERTY_3 for (`vmId`, `subsetId`) with the fake verifier and the parameters `param1` and
    /// `param2`; returns their paramsHash.
    function _prove3(bytes16 vmId, bytes32 subsetId, bytes32 commitment, uint256 param1, uint256 param2)
        internal
        returns (bytes32 paramsHash)
    {
        uint256[] memory inputs = _inputs3(commitment, param1, param2);
        properties.proveProperty(vmId, subsetId, PROPERTY_3, address(fake), FakeProof.make(inputs), inputs);
        paramsHash = _paramsHash(inputs);
    }

    /// @dev Proves PROPERTY for (`vmId`, `subsetId`) with the fake verifier and a proof it accepts for `commitment`.
    function _prove(bytes16 vmId, bytes32 subsetId, bytes32 commitment) internal {
        uint256[] memory inputs = _inputs(commitment);
        properties.proveProperty(vmId, subsetId, PROPERTY, address(fake), FakeProof.make(inputs), inputs);
    }

    /// @dev Expects PropertyRegistry to emit PropertyProven next, with the paramsHash of `inputs`.
    function _expectProven(
        bytes16 vmId,
        bytes32 propertyId,
        bytes32 subsetId,
        bytes32 commitment,
        uint64 attestationTimestamp,
        address verifier_,
        uint256[] memory inputs
    ) internal {
        vm.expectEmit(address(properties));
        emit IPropertyRegistry.PropertyProven(
            vmId, propertyId, subsetId, _paramsHash(inputs), commitment, attestationTimestamp, verifier_, inputs
        );
    }

    /// @dev Asserts the record of (`vmId`, `subsetId`, `propertyId`) without parameters, which propertyRecord
    /// returns; all zero (`subsetId` included) when `provenAt` is zero.
    function _assertRecord(
        bytes16 vmId,
        bytes32 propertyId,
        bytes32 subsetId,
        bytes32 commitment,
        uint64 attestationTimestamp,
        uint64 provenAt,
        address verifier_
    ) internal view {
        vm.assertEq(
            abi.encode(properties.propertyRecord(vmId, subsetId, propertyId)),
            abi.encode(properties.propertyRecordWith(vmId, subsetId, propertyId, _noParams())),
            "propertyRecord reads the record of no parameters"
        );
        _assertRecordWith(
            vmId, propertyId, _noParams(), subsetId, commitment, attestationTimestamp, provenAt, verifier_
        );
    }

    /// @dev Asserts the record of (`vmId`, `subsetId`, `propertyId`, `paramsHash`); its subsetId and paramsHash are
    /// zero when there is none (`provenAt` zero).
    function _assertRecordWith(
        bytes16 vmId,
        bytes32 propertyId,
        bytes32 paramsHash,
        bytes32 subsetId,
        bytes32 commitment,
        uint64 attestationTimestamp,
        uint64 provenAt,
        address verifier_
    ) internal view {
        PropertyRecord memory record = properties.propertyRecordWith(vmId, subsetId, propertyId, paramsHash);
        vm.assertEq(record.subsetId, provenAt == 0 ? bytes32(0) : subsetId, "subsetId");
        vm.assertEq(record.commitment, commitment, "commitment");
        vm.assertEq(record.paramsHash, provenAt == 0 ? bytes32(0) : paramsHash, "paramsHash");
        vm.assertEq(record.attestationTimestamp, attestationTimestamp, "attestationTimestamp");
        vm.assertEq(record.provenAt, provenAt, "provenAt");
        vm.assertEq(record.verifier, verifier_, "verifier");
    }
}
