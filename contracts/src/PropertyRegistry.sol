// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {
    AccessControlDefaultAdminRules
} from "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

import {IAttestationVerifier} from "./interfaces/IAttestationVerifier.sol";
import {IPropertyRegistry, PropertyRecord, VerifierEntry} from "./interfaces/IPropertyRegistry.sol";
import {Record} from "./interfaces/IVMIntegrity.sol";

/// @title PropertyRegistry
/// @notice Records Groth16 proofs of properties of attested VM state. See IPropertyRegistry.
/// @dev A verifier is looked up by (property, address) in one slot; the list of a property's verifiers is only
/// read by setVerifier (to delete refused ones and bound the set) and the verifiers view. A record is three slots
/// at keccak256(abi.encode(vmId, propertyId, paramsHash)) in one mapping; its paramsHash is that of the key, not
/// stored.
contract PropertyRegistry is IPropertyRegistry, AccessControlDefaultAdminRules {
    /// @dev A verifier's parameters in one slot; numInputs is nonzero for a verifier in the set.
    struct StoredVerifier {
        bytes4 selector;
        uint8 numInputs;
        uint64 validUntil;
    }

    /// @dev A record in three slots: timestamps in 48 bits (attestation timestamps are below 2^40 by protocol).
    struct StoredRecord {
        bytes32 subsetId;
        bytes32 commitment;
        address verifier;
        uint48 attestationTimestamp;
        uint48 provenAt;
    }

    /// @dev validUntil of a current (not retired) verifier.
    uint64 internal constant CURRENT = type(uint64).max;

    /// @inheritdoc IPropertyRegistry
    bytes32 public constant VERIFIER_ADMIN_ROLE = keccak256("vmattest.VERIFIER_ADMIN_ROLE");

    /// @inheritdoc IPropertyRegistry
    uint256 public constant MAX_VERIFIERS = 4;

    /// @inheritdoc IPropertyRegistry
    /// @dev keccak256(abi.encode(new uint256[](0))); a test checks the value.
    bytes32 public constant NO_PARAMS = 0x569e75fc77c1a856f6daaf9e69d8a9566ca34aa47f9133711ce065a571af0cfd;

    /// @inheritdoc IPropertyRegistry
    IAttestationVerifier public immutable attestations;

    mapping(bytes32 propertyId => mapping(address verifier => StoredVerifier)) private _verifiers;
    mapping(bytes32 propertyId => address[]) private _verifierList;
    mapping(bytes32 recordKey => StoredRecord) private _records;

    /// @param attestations_ The attestation verifier whose records proofs are about; fixed for the lifetime of this
    /// contract.
    /// @param adminDelay Seconds a default admin transfer must wait after being started.
    /// @param admin The initial default admin; it grants VERIFIER_ADMIN_ROLE.
    constructor(IAttestationVerifier attestations_, uint48 adminDelay, address admin)
        AccessControlDefaultAdminRules(adminDelay, admin)
    {
        attestations = attestations_;
    }

    // ------------------------------------------------------------------------------------------------ verifiers

    /// @inheritdoc IPropertyRegistry
    function setVerifier(bytes32 propertyId, address verifier, uint8 numInputs) external onlyRole(VERIFIER_ADMIN_ROLE) {
        if (numInputs == 0) revert InvalidNumInputs(numInputs);
        if (verifier.code.length == 0) revert VerifierHasNoCode(verifier);
        _removeRefused(propertyId);

        StoredVerifier storage stored = _verifiers[propertyId][verifier];
        if (stored.numInputs == 0) {
            address[] storage list = _verifierList[propertyId];
            if (list.length >= MAX_VERIFIERS) revert TooManyVerifiers(propertyId, MAX_VERIFIERS);
            list.push(verifier);
        } else if (stored.validUntil == CURRENT) {
            revert VerifierAlreadyCurrent(propertyId, verifier);
        }
        // else: retired but within its grace period (refused ones were just removed); it becomes current again.

        bytes4 selector = _selector(numInputs);
        _verifiers[propertyId][verifier] =
            StoredVerifier({selector: selector, numInputs: numInputs, validUntil: CURRENT});
        emit VerifierSet(propertyId, verifier, numInputs, selector);
    }

    /// @inheritdoc IPropertyRegistry
    function retireVerifier(bytes32 propertyId, address verifier, uint32 gracePeriod)
        external
        onlyRole(VERIFIER_ADMIN_ROLE)
    {
        StoredVerifier storage stored = _verifiers[propertyId][verifier];
        uint64 validUntil = stored.validUntil;
        if (!_accepted(stored.numInputs, validUntil)) revert VerifierNotAccepted(propertyId, verifier);
        // Fits: block.timestamp is far below 2^64 - 2^32.
        uint64 end = SafeCast.toUint64(block.timestamp + gracePeriod);
        if (end < validUntil) {
            validUntil = end;
            stored.validUntil = end;
        }
        emit VerifierRetired(propertyId, verifier, validUntil);
    }

    /// @inheritdoc IPropertyRegistry
    function verifiers(bytes32 propertyId) external view returns (VerifierEntry[] memory entries) {
        address[] storage list = _verifierList[propertyId];
        uint256 length = list.length;
        entries = new VerifierEntry[](length);
        uint256 count;
        for (uint256 i; i < length; ++i) {
            address verifier = list[i];
            StoredVerifier memory stored = _verifiers[propertyId][verifier];
            if (!_accepted(stored.numInputs, stored.validUntil)) continue;
            entries[count++] = VerifierEntry({
                verifier: verifier,
                selector: stored.selector,
                numInputs: stored.numInputs,
                validUntil: stored.validUntil
            });
        }
        assembly ("memory-safe") {
            mstore(entries, count) // shrink to the accepted entries
        }
    }

    // ------------------------------------------------------------------------------------------------- proofs

    /// @inheritdoc IPropertyRegistry
    function proveProperty(
        bytes16 vmId,
        bytes32 subsetId,
        bytes32 propertyId,
        address verifier,
        uint256[8] calldata proof,
        uint256[] calldata publicInputs
    ) external {
        StoredVerifier memory entry = _verifiers[propertyId][verifier];
        if (!_accepted(entry.numInputs, entry.validUntil)) revert VerifierNotAccepted(propertyId, verifier);
        if (publicInputs.length != entry.numInputs) {
            revert WrongInputCount(verifier, entry.numInputs, publicInputs.length);
        }

        // Any age: hasProperty(With) checks the age the consumer asks for.
        if (!attestations.isFresh(vmId, subsetId, type(uint256).max)) revert NoValidAttestation(vmId, subsetId);
        Record memory attestation = attestations.latest(vmId, subsetId);
        bytes32 commitment = attestation.zkCommitment;
        // publicInputs has numInputs >= 1 elements.
        if (commitment == bytes32(0) || publicInputs[0] != uint256(commitment)) {
            revert CommitmentMismatch(commitment, bytes32(publicInputs[0]));
        }

        // The parameters are the other inputs: the proof is recorded for them only.
        bytes32 paramsHash = _paramsHash(publicInputs[1:]);
        StoredRecord storage record = _records[_recordKey(vmId, propertyId, paramsHash)];
        {
            uint64 recorded = record.attestationTimestamp;
            if (attestation.timestamp < recorded) {
                revert OlderThanRecorded(vmId, propertyId, paramsHash, attestation.timestamp, recorded);
            }
        }

        if (verifier.code.length == 0) revert VerifierHasNoCode(verifier);
        if (!_verify(verifier, entry.selector, proof, publicInputs)) revert InvalidProof(propertyId, verifier);

        record.subsetId = subsetId;
        record.commitment = commitment;
        record.verifier = verifier;
        record.attestationTimestamp = SafeCast.toUint48(attestation.timestamp);
        record.provenAt = SafeCast.toUint48(block.timestamp);
        emit PropertyProven(
            vmId, propertyId, subsetId, paramsHash, commitment, attestation.timestamp, verifier, publicInputs
        );
    }

    /// @inheritdoc IPropertyRegistry
    function paramsHashOf(uint256[] calldata params) external pure returns (bytes32) {
        return _paramsHash(params);
    }

    /// @inheritdoc IPropertyRegistry
    function hasProperty(bytes16 vmId, bytes32 propertyId, uint256 maxAge) external view returns (bool) {
        return _hasProperty(vmId, propertyId, NO_PARAMS, maxAge);
    }

    /// @inheritdoc IPropertyRegistry
    function hasPropertyWith(bytes16 vmId, bytes32 propertyId, bytes32 paramsHash, uint256 maxAge)
        external
        view
        returns (bool)
    {
        return _hasProperty(vmId, propertyId, paramsHash, maxAge);
    }

    /// @inheritdoc IPropertyRegistry
    function propertyRecord(bytes16 vmId, bytes32 propertyId) external view returns (PropertyRecord memory) {
        return _propertyRecord(vmId, propertyId, NO_PARAMS);
    }

    /// @inheritdoc IPropertyRegistry
    function propertyRecordWith(bytes16 vmId, bytes32 propertyId, bytes32 paramsHash)
        external
        view
        returns (PropertyRecord memory)
    {
        return _propertyRecord(vmId, propertyId, paramsHash);
    }

    /// @notice ERC-165: also IPropertyRegistry.
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return interfaceId == type(IPropertyRegistry).interfaceId || super.supportsInterface(interfaceId);
    }

    // ------------------------------------------------------------------------------------------------ internals

    /// @dev The hash of `params` as paramsHashOf defines it: keccak256 of its ABI encoding as a uint256[] (offset,
    /// length, elements), the same as for a memory array.
    function _paramsHash(uint256[] calldata params) private pure returns (bytes32) {
        return keccak256(abi.encode(params));
    }

    /// @dev The key of the record of (`vmId`, `propertyId`, `paramsHash`) in _records.
    function _recordKey(bytes16 vmId, bytes32 propertyId, bytes32 paramsHash) private pure returns (bytes32) {
        return keccak256(abi.encode(vmId, propertyId, paramsHash));
    }

    /// @dev hasPropertyWith.
    function _hasProperty(bytes16 vmId, bytes32 propertyId, bytes32 paramsHash, uint256 maxAge)
        private
        view
        returns (bool)
    {
        StoredRecord storage record = _records[_recordKey(vmId, propertyId, paramsHash)];
        uint256 provenAt = record.provenAt;
        if (provenAt == 0) return false;
        uint256 timestamp = record.attestationTimestamp;
        // Freshness is about time; validators' leeway of a few seconds is negligible next to any useful maxAge.
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp > timestamp && block.timestamp - timestamp > maxAge) return false;

        StoredVerifier storage entry = _verifiers[propertyId][record.verifier];
        if (!_accepted(entry.numInputs, entry.validUntil)) return false;

        bytes32 subsetId = record.subsetId;
        if (attestations.latest(vmId, subsetId).zkCommitment != record.commitment) return false;
        return attestations.isFresh(vmId, subsetId, maxAge);
    }

    /// @dev propertyRecordWith.
    function _propertyRecord(bytes16 vmId, bytes32 propertyId, bytes32 paramsHash)
        private
        view
        returns (PropertyRecord memory)
    {
        StoredRecord storage record = _records[_recordKey(vmId, propertyId, paramsHash)];
        uint48 provenAt = record.provenAt;
        return PropertyRecord({
            subsetId: record.subsetId,
            commitment: record.commitment,
            paramsHash: provenAt == 0 ? bytes32(0) : paramsHash,
            attestationTimestamp: record.attestationTimestamp,
            provenAt: provenAt,
            verifier: record.verifier
        });
    }

    /// @dev Whether a verifier with these stored parameters is accepted now.
    function _accepted(uint8 numInputs, uint64 validUntil) private view returns (bool) {
        // Grace periods are about time; validators' leeway of a few seconds is negligible next to them.
        // forge-lint: disable-next-line(block-timestamp)
        return numInputs != 0 && block.timestamp < validUntil;
    }

    /// @dev Deletes the refused verifiers of `propertyId` from its list and mapping.
    function _removeRefused(bytes32 propertyId) private {
        address[] storage list = _verifierList[propertyId];
        uint256 i;
        while (i < list.length) {
            address verifier = list[i];
            if (_accepted(_verifiers[propertyId][verifier].numInputs, _verifiers[propertyId][verifier].validUntil)) {
                ++i;
                continue;
            }
            list[i] = list[list.length - 1];
            list.pop();
            delete _verifiers[propertyId][verifier];
            emit VerifierRemoved(propertyId, verifier);
        }
    }

    /// @dev The selector of `verifyProof(uint256[8],uint256[numInputs])`, gnark's exported verifier function.
    function _selector(uint8 numInputs) private pure returns (bytes4) {
        string memory signature = string.concat("verifyProof(uint256[8],uint256[", Strings.toString(numInputs), "])");
        return bytes4(keccak256(bytes(signature)));
    }

    /// @dev Whether a static call of `selector` || `proof` || `publicInputs` (the ABI encoding of verifyProof's two
    /// static arrays) to `verifier` succeeds. gnark's verifier reverts on an invalid proof and returns nothing; its
    /// return data is not copied. Memory past the free memory pointer serves as scratch space.
    function _verify(address verifier, bytes4 selector, uint256[8] calldata proof, uint256[] calldata publicInputs)
        private
        view
        returns (bool ok)
    {
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, selector)
            calldatacopy(add(ptr, 0x04), proof, 0x100)
            let inputsSize := shl(5, publicInputs.length)
            calldatacopy(add(ptr, 0x104), publicInputs.offset, inputsSize)
            ok := staticcall(gas(), verifier, ptr, add(0x104, inputsSize), 0, 0)
        }
    }
}
