// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {
    AccessControlDefaultAdminRules
} from "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

import {IAttestationVerifier} from "./interfaces/IAttestationVerifier.sol";
import {IPropertyRegistry, PropertyRecord, VerifierEntry} from "./interfaces/IPropertyRegistry.sol";
import {IVerifierSetup} from "./interfaces/IVerifierSetup.sol";
import {Record} from "./interfaces/IVMIntegrity.sol";

/// @title PropertyRegistry
/// @notice Records Groth16 proofs of properties of attested VM state. See IPropertyRegistry.
/// @dev A verifier is looked up by (property, address) in one slot; the list of a property's verifiers is only
/// read by setVerifier (to delete refused ones and bound the set) and the verifiers view. A record is two slots
/// at keccak256(abi.encode(vmId, subsetId, propertyId, paramsHash)) in one mapping; its subsetId and paramsHash are
/// those of the key, not stored.
contract PropertyRegistry is IPropertyRegistry, AccessControlDefaultAdminRules {
    /// @dev A verifier's parameters in one slot; numInputs is nonzero for a verifier in the set.
    struct StoredVerifier {
        bytes4 selector;
        uint8 numInputs;
        uint64 validUntil;
    }

    /// @dev A record in two slots: timestamps in 48 bits (attestation timestamps are below 2^40 by protocol).
    struct StoredRecord {
        bytes32 commitment;
        address verifier;
        uint48 attestationTimestamp;
        uint48 provenAt;
    }

    /// @dev validUntil of a current (not retired) verifier.
    uint64 internal constant CURRENT = type(uint64).max;

    /// @dev The low 128 bits.
    uint256 internal constant LOW_128 = type(uint128).max;

    /// @dev Devnet chain ids, where verifiers of the insecure development setup are accepted: anvil's and Hardhat's
    /// (31337) and Ganache's and geth --dev's (1337).
    uint256 internal constant DEVNET_CHAIN_ID = 31337;
    uint256 internal constant DEVNET_CHAIN_ID_2 = 1337;

    /// @inheritdoc IPropertyRegistry
    uint256 public constant CONTEXT_INPUTS = 4;

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
        if (numInputs <= CONTEXT_INPUTS) revert InvalidNumInputs(numInputs);
        if (verifier.code.length == 0) revert VerifierHasNoCode(verifier);
        if (!_secureSetup(verifier) && block.chainid != DEVNET_CHAIN_ID && block.chainid != DEVNET_CHAIN_ID_2) {
            revert InsecureVerifier(verifier, block.chainid);
        }
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
        (Record memory attestation, bytes32 paramsHash, StoredRecord storage record) =
            _checkStatement(vmId, subsetId, propertyId, verifier, publicInputs);

        if (verifier.code.length == 0) revert VerifierHasNoCode(verifier);
        // The context inputs are the attestation's: what the commitment's header must bind (the circuits open it).
        uint256[CONTEXT_INPUTS] memory context = _context(vmId, subsetId, attestation);
        _checkProof(propertyId, verifier, proof, publicInputs, context);

        record.commitment = attestation.zkCommitment;
        record.verifier = verifier;
        record.attestationTimestamp = SafeCast.toUint48(attestation.timestamp);
        record.provenAt = SafeCast.toUint48(block.timestamp);
        emit PropertyProven(
            vmId,
            propertyId,
            subsetId,
            paramsHash,
            attestation.zkCommitment,
            attestation.timestamp,
            verifier,
            publicInputs
        );
    }

    /// @inheritdoc IPropertyRegistry
    function paramsHashOf(uint256[] calldata params) external pure returns (bytes32) {
        return _paramsHash(params);
    }

    /// @inheritdoc IPropertyRegistry
    function hasProperty(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, uint256 maxAge)
        external
        view
        returns (bool)
    {
        return _hasProperty(vmId, subsetId, propertyId, NO_PARAMS, maxAge);
    }

    /// @inheritdoc IPropertyRegistry
    function hasPropertyWith(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, bytes32 paramsHash, uint256 maxAge)
        external
        view
        returns (bool)
    {
        return _hasProperty(vmId, subsetId, propertyId, paramsHash, maxAge);
    }

    /// @inheritdoc IPropertyRegistry
    function propertyRecord(bytes16 vmId, bytes32 subsetId, bytes32 propertyId)
        external
        view
        returns (PropertyRecord memory)
    {
        return _propertyRecord(vmId, subsetId, propertyId, NO_PARAMS);
    }

    /// @inheritdoc IPropertyRegistry
    function propertyRecordWith(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, bytes32 paramsHash)
        external
        view
        returns (PropertyRecord memory)
    {
        return _propertyRecord(vmId, subsetId, propertyId, paramsHash);
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

    /// @dev The key of the record of (`vmId`, `subsetId`, `propertyId`, `paramsHash`) in _records.
    function _recordKey(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, bytes32 paramsHash)
        private
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(vmId, subsetId, propertyId, paramsHash));
    }

    /// @dev hasPropertyWith.
    function _hasProperty(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, bytes32 paramsHash, uint256 maxAge)
        private
        view
        returns (bool)
    {
        StoredRecord storage record = _records[_recordKey(vmId, subsetId, propertyId, paramsHash)];
        uint256 provenAt = record.provenAt;
        if (provenAt == 0) return false;
        uint256 timestamp = record.attestationTimestamp;
        // Freshness is about time; validators' leeway of a few seconds is negligible next to any useful maxAge.
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp > timestamp && block.timestamp - timestamp > maxAge) return false;

        StoredVerifier storage entry = _verifiers[propertyId][record.verifier];
        if (!_accepted(entry.numInputs, entry.validUntil)) return false;

        if (attestations.latest(vmId, subsetId).zkCommitment != record.commitment) return false;
        return attestations.isFresh(vmId, subsetId, maxAge);
    }

    /// @dev propertyRecordWith.
    function _propertyRecord(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, bytes32 paramsHash)
        private
        view
        returns (PropertyRecord memory)
    {
        StoredRecord storage record = _records[_recordKey(vmId, subsetId, propertyId, paramsHash)];
        uint48 provenAt = record.provenAt;
        return PropertyRecord({
            subsetId: provenAt == 0 ? bytes32(0) : subsetId,
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

    /// @dev The context inputs of a proof about `attestation` of (`vmId`, `subsetId`): uint128(vmId), its hashAlg, the
    /// high and the low 128 bits of subsetId (zkcommit.ContextInputs).
    function _context(bytes16 vmId, bytes32 subsetId, Record memory attestation)
        private
        pure
        returns (uint256[CONTEXT_INPUTS] memory)
    {
        return [
            uint256(uint128(vmId)), uint256(attestation.hashAlg), uint256(subsetId) >> 128, uint256(subsetId) & LOW_128
        ];
    }

    /// @dev proveProperty's checks 1 to 5 (the statement, before the proof): returns the attestation, the hash of the
    /// parameters and the record of (`vmId`, `subsetId`, `propertyId`, paramsHash).
    function _checkStatement(
        bytes16 vmId,
        bytes32 subsetId,
        bytes32 propertyId,
        address verifier,
        uint256[] calldata publicInputs
    ) private view returns (Record memory attestation, bytes32 paramsHash, StoredRecord storage record) {
        StoredVerifier memory entry = _verifiers[propertyId][verifier];
        if (!_accepted(entry.numInputs, entry.validUntil)) revert VerifierNotAccepted(propertyId, verifier);
        // numInputs > CONTEXT_INPUTS (setVerifier).
        if (publicInputs.length != entry.numInputs - CONTEXT_INPUTS) {
            revert WrongInputCount(verifier, entry.numInputs - CONTEXT_INPUTS, publicInputs.length);
        }

        // Any age: hasProperty(With) checks the age the consumer asks for.
        if (!attestations.isFresh(vmId, subsetId, type(uint256).max)) revert NoValidAttestation(vmId, subsetId);
        attestation = attestations.latest(vmId, subsetId);
        // publicInputs has numInputs - CONTEXT_INPUTS >= 1 elements.
        if (attestation.zkCommitment == bytes32(0) || publicInputs[0] != uint256(attestation.zkCommitment)) {
            revert CommitmentMismatch(attestation.zkCommitment, bytes32(publicInputs[0]));
        }

        // The parameters are the other inputs: the proof is recorded for them only.
        paramsHash = _paramsHash(publicInputs[1:]);
        record = _records[_recordKey(vmId, subsetId, propertyId, paramsHash)];
        uint64 recorded = record.attestationTimestamp;
        if (attestation.timestamp < recorded) {
            revert OlderThanRecorded(vmId, subsetId, propertyId, paramsHash, attestation.timestamp, recorded);
        }
    }

    /// @dev Reverts InvalidProof unless `verifier` accepts `proof` (_verify) with its stored selector.
    function _checkProof(
        bytes32 propertyId,
        address verifier,
        uint256[8] calldata proof,
        uint256[] calldata publicInputs,
        uint256[CONTEXT_INPUTS] memory context
    ) private view {
        bytes4 selector = _verifiers[propertyId][verifier].selector;
        if (!_verify(verifier, selector, proof, publicInputs, context)) revert InvalidProof(propertyId, verifier);
    }

    /// @dev Whether `verifier` declares a secure setup: its setupIdentity() succeeds and returns insecure = false
    /// (a zero first word). A verifier without setupIdentity, or with a short or nonzero answer, is insecure.
    function _secureSetup(address verifier) private view returns (bool) {
        (bool ok, bytes memory ret) = verifier.staticcall(abi.encodeCall(IVerifierSetup.setupIdentity, ()));
        if (!ok || ret.length < 64) return false;
        (uint256 insecure,) = abi.decode(ret, (uint256, bytes32));
        return insecure == 0;
    }

    /// @dev Whether a static call of `selector` || `proof` || `publicInputs[0]` || `context` || `publicInputs[1:]`
    /// (the ABI encoding of verifyProof's two static arrays) to `verifier` succeeds. gnark's verifier reverts on an
    /// invalid proof and returns nothing; its return data is not copied. Memory past the free memory pointer serves
    /// as scratch space. publicInputs has at least one element.
    function _verify(
        address verifier,
        bytes4 selector,
        uint256[8] calldata proof,
        uint256[] calldata publicInputs,
        uint256[CONTEXT_INPUTS] memory context
    ) private view returns (bool ok) {
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, selector)
            calldatacopy(add(ptr, 0x04), proof, 0x100)
            mstore(add(ptr, 0x104), calldataload(publicInputs.offset))
            mstore(add(ptr, 0x124), mload(context))
            mstore(add(ptr, 0x144), mload(add(context, 0x20)))
            mstore(add(ptr, 0x164), mload(add(context, 0x40)))
            mstore(add(ptr, 0x184), mload(add(context, 0x60)))
            let paramsSize := shl(5, sub(publicInputs.length, 1))
            calldatacopy(add(ptr, 0x1a4), add(publicInputs.offset, 0x20), paramsSize)
            ok := staticcall(gas(), verifier, ptr, add(0x1a4, paramsSize), 0, 0)
        }
    }
}
