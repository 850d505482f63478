// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IAttestationVerifier} from "./IAttestationVerifier.sol";

/// @notice A Groth16 verifier accepted for a property.
struct VerifierEntry {
    /// @dev The verifier contract, exported by gnark: `verifyProof(uint256[8] proof, uint256[N] input)`, which
    /// reverts on an invalid proof and returns nothing.
    address verifier;
    /// @dev The selector of `verifyProof(uint256[8],uint256[N])` for N = numInputs.
    bytes4 selector;
    /// @dev N: the number of public inputs of the verifier: the attestation's zkCommitment, the CONTEXT_INPUTS
    /// context inputs the registry fills, then the parameters.
    uint8 numInputs;
    /// @dev The verifier is accepted while block.timestamp < validUntil; type(uint64).max while it is current
    /// (not retired).
    uint64 validUntil;
}

/// @notice The latest proof that a subset of a VM's state has a property with given parameters.
struct PropertyRecord {
    /// @dev The subset whose attestation committed to the proven state: part of the record's key; zero when there
    /// is no record.
    bytes32 subsetId;
    /// @dev The attestation's zkCommitment: the first public input of the proof.
    bytes32 commitment;
    /// @dev The hash of the proof's parameters, the public inputs after the first (see paramsHashOf); NO_PARAMS
    /// for a property without parameters. It is part of the record's key, not stored.
    bytes32 paramsHash;
    /// @dev The timestamp of that attestation (when the state was collected).
    uint64 attestationTimestamp;
    /// @dev When the proof was submitted; zero when there is no record.
    uint64 provenAt;
    /// @dev The verifier that accepted the proof.
    address verifier;
}

/// @title IPropertyRegistry
/// @notice Records zero-knowledge proofs that the state a VM attested to has a property (e.g. "the root filesystem
/// is read-only"), without revealing the state. An attestation's zkCommitment is the root of a Poseidon2 Merkle tree
/// over the subset's state; a Groth16 proof (gnark, BN254) whose first public input is that root shows a property of
/// the committed state. Consumers ask hasProperty, or hasPropertyWith for a property with parameters.
/// @dev A property is a bytes32 id, e.g. keccak256("vmattest.property.readonlyroot.v2"). Each property has a set of
/// at most MAX_VERIFIERS accepted verifiers, managed by VERIFIER_ADMIN_ROLE: setVerifier adds a current verifier,
/// retireVerifier keeps one accepted for a grace period (so that provers can move to a new verifying key) and then
/// refuses it. Proving is permissionless: the proof is the authority.
///
/// Binding. A record is about one (VM, subset): a proof over one subset's commitment says nothing of another subset
/// of the same VM, so records are kept per (VM, subset, property, paramsHash) and a consumer names the subset it
/// trusts. The verifier's public inputs are the commitment, then CONTEXT_INPUTS inputs that the registry fills from
/// the attestation record it checks the commitment against, then the parameters: the VM id (as uint128), the hash
/// algorithm, and the subset id's high and low 128 bits. The circuits open the commitment's header leaf, which
/// binds these values, so a proof verifies only for the VM, subset and hash algorithm that the enclave signed.
///
/// Insecure setups. setVerifier reads the verifier's IVerifierSetup.setupIdentity and refuses a verifier from the
/// insecure deterministic development setup (whose proofs anyone can forge), or one that does not declare its
/// setup, unless block.chainid is a devnet's (31337 or 1337).
///
/// Parameters. The caller passes publicInputs = (commitment, parameters...): the first is checked against the
/// attestation; the others, publicInputs[1:], are the property's parameters: values the prover
/// chooses and the circuit proves the property for, e.g. for the golden-digest property the hash of a region's
/// name and the root of a set of golden digests ("the digest of region R is in the set with root G"). A proof
/// says nothing about parameters other than its own, so records are kept per (VM, property, paramsHash), where
/// paramsHash = keccak256(abi.encode(params)) for params = publicInputs[1:] as a uint256[] memory array (see
/// paramsHashOf), and a consumer asks for the parameters it needs: hasPropertyWith(vmId, subsetId, propertyId,
/// paramsHashOf(params), maxAge) with params the uint256[] (R, G). hasProperty is the form for properties without parameters (verifiers with one
/// public input): it reads the record of NO_PARAMS only, so no proof with parameters ever makes it true.
interface IPropertyRegistry {
    /// @notice `verifier` is now a current verifier of `propertyId`, called with `selector` and `numInputs` public
    /// inputs.
    event VerifierSet(bytes32 indexed propertyId, address indexed verifier, uint8 numInputs, bytes4 selector);

    /// @notice `verifier` of `propertyId` is accepted until `validUntil` (exclusive), then refused.
    event VerifierRetired(bytes32 indexed propertyId, address indexed verifier, uint64 validUntil);

    /// @notice The refused `verifier` was deleted from the set of `propertyId` (its grace period had ended).
    event VerifierRemoved(bytes32 indexed propertyId, address indexed verifier);

    /// @notice `verifier` accepted a proof that the state committed to by `commitment`, attested for (`vmId`,
    /// `subsetId`) at `attestationTimestamp`, has property `propertyId` with the parameters `publicInputs`[1:],
    /// whose hash is `paramsHash`; it is now the record of (`vmId`, `subsetId`, `propertyId`, `paramsHash`).
    /// `publicInputs` are the caller's (commitment, parameters), without the context inputs.
    /// @dev paramsHash is not indexed (three indexed fields at most); it is derivable from publicInputs.
    event PropertyProven(
        bytes16 indexed vmId,
        bytes32 indexed propertyId,
        bytes32 indexed subsetId,
        bytes32 paramsHash,
        bytes32 commitment,
        uint64 attestationTimestamp,
        address verifier,
        uint256[] publicInputs
    );

    /// @notice `verifier` is not accepted for `propertyId` now (never set, or retired and past its grace period).
    error VerifierNotAccepted(bytes32 propertyId, address verifier);

    /// @notice `verifier` takes `expected` public inputs from the caller (its own minus CONTEXT_INPUTS); `got` were
    /// given.
    error WrongInputCount(address verifier, uint256 expected, uint256 got);

    /// @notice (`vmId`, `subsetId`) has no attestation, or it is not valid: its subset is no longer approved or its
    /// signer was revoked.
    error NoValidAttestation(bytes16 vmId, bytes32 subsetId);

    /// @notice The first public input, `got`, is not the zkCommitment of the latest attestation, `expected`, or
    /// that attestation has no commitment (`expected` is zero).
    error CommitmentMismatch(bytes32 expected, bytes32 got);

    /// @notice The attestation proven at `attestationTimestamp` is older than the one of the record of (`vmId`,
    /// `subsetId`, `propertyId`, `paramsHash`), at `recordedTimestamp`.
    error OlderThanRecorded(
        bytes16 vmId,
        bytes32 subsetId,
        bytes32 propertyId,
        bytes32 paramsHash,
        uint64 attestationTimestamp,
        uint64 recordedTimestamp
    );

    /// @notice `verifier` has no code (a call to it would succeed without verifying anything).
    error VerifierHasNoCode(address verifier);

    /// @notice `verifier` rejected the proof (its verifyProof reverted).
    error InvalidProof(bytes32 propertyId, address verifier);

    /// @notice `verifier` is already a current (not retired) verifier of `propertyId`.
    error VerifierAlreadyCurrent(bytes32 propertyId, address verifier);

    /// @notice `propertyId` already has `maxVerifiers` accepted verifiers: retire one and wait for its grace period
    /// to end, or retire it with no grace period.
    error TooManyVerifiers(bytes32 propertyId, uint256 maxVerifiers);

    /// @notice A verifier takes the commitment and the CONTEXT_INPUTS context inputs at least; `numInputs` is
    /// fewer.
    error InvalidNumInputs(uint8 numInputs);

    /// @notice `verifier` declares an insecure setup (IVerifierSetup.setupIdentity: the deterministic development
    /// setup, whose proofs anyone can forge), or does not declare its setup, and block.chainid `chainId` is not a
    /// devnet's (31337 or 1337).
    error InsecureVerifier(address verifier, uint256 chainId);

    /// @notice The role that sets and retires verifiers. Its admin is the default admin.
    function VERIFIER_ADMIN_ROLE() external view returns (bytes32);

    /// @notice The largest number of verifiers accepted at once for one property (bounds the gas of setVerifier).
    function MAX_VERIFIERS() external view returns (uint256);

    /// @notice The number of context inputs the registry passes to a verifier after the commitment, taken from the
    /// attestation record: uint128(vmId), hashAlg, uint256(subsetId) >> 128, uint256(subsetId) & (2^128 - 1).
    function CONTEXT_INPUTS() external view returns (uint256);

    /// @notice The attestation verifier whose records the proofs are about.
    function attestations() external view returns (IAttestationVerifier);

    /// @notice The paramsHash of no parameters, paramsHashOf([]) = keccak256(abi.encode(new uint256[](0))) =
    /// keccak256(uint256(0x20) || uint256(0)): the key of the records of proofs with one public input, which
    /// hasProperty reads.
    function NO_PARAMS() external view returns (bytes32);

    /// @notice The hash under which a proof whose public inputs are (commitment, `params`...) is recorded:
    /// keccak256(abi.encode(params)) with `params` a uint256[], i.e. the keccak256 of the 32-byte words 0x20 (the
    /// offset), params.length, params[0], ..., params[params.length - 1]. NO_PARAMS for an empty `params`.
    /// @dev Consumers may compute it themselves as keccak256(abi.encode(params)) for a uint256[] memory `params`
    /// (not abi.encodePacked, and not a fixed-size uint256[N], whose encoding lacks the offset and length). Each
    /// parameter is a BN254 scalar field element: gnark's verifiers refuse public inputs not below the field order,
    /// so a parameter set has one hash.
    function paramsHashOf(uint256[] calldata params) external pure returns (bytes32);

    /// @notice Makes `verifier` a current verifier of `propertyId`, taking `numInputs` public inputs: the
    /// commitment, the CONTEXT_INPUTS context inputs, then the parameters. A retired verifier (within its grace
    /// period or not) becomes current again.
    /// @dev Only VERIFIER_ADMIN_ROLE. Deletes the refused verifiers of `propertyId` first (VerifierRemoved each).
    /// Reverts InvalidNumInputs when `numInputs` is at most CONTEXT_INPUTS, VerifierHasNoCode, InsecureVerifier
    /// when the verifier's setupIdentity() does not return insecure = false and block.chainid is neither 31337 nor
    /// 1337, VerifierAlreadyCurrent, or TooManyVerifiers when MAX_VERIFIERS verifiers are accepted already. Emits VerifierSet with the selector
    /// of `verifyProof(uint256[8],uint256[numInputs])`, which proveProperty calls.
    function setVerifier(bytes32 propertyId, address verifier, uint8 numInputs) external;

    /// @notice Keeps `verifier` accepted for `propertyId` until block.timestamp + `gracePeriod` (exclusive), then
    /// refuses it; a `gracePeriod` of zero refuses it at once (e.g. when the verifier or its setup is broken).
    /// @dev Only VERIFIER_ADMIN_ROLE. Reverts VerifierNotAccepted unless `verifier` is accepted now. Retiring never
    /// extends acceptance: the end is the earlier of the current one and block.timestamp + `gracePeriod` (to
    /// extend it, setVerifier then retire again). Emits VerifierRetired with the resulting end.
    function retireVerifier(bytes32 propertyId, address verifier, uint32 gracePeriod) external;

    /// @notice The verifiers accepted for `propertyId` now, in no particular order.
    function verifiers(bytes32 propertyId) external view returns (VerifierEntry[] memory);

    /// @notice Verifies `proof` that the state of the latest attestation of (`vmId`, `subsetId`) has property
    /// `propertyId` with the parameters publicInputs[1:], and records it as the record of (`vmId`, `subsetId`,
    /// `propertyId`, paramsHashOf(publicInputs[1:])). Anyone may call: the proof is the authority.
    /// @dev Checks, in this order (the first failing one reverts with its error):
    /// 1. `verifier` is accepted for `propertyId` now (VerifierNotAccepted);
    /// 2. publicInputs.length is the verifier's numInputs minus CONTEXT_INPUTS (WrongInputCount);
    /// 3. (`vmId`, `subsetId`) has an attestation whose subset is still approved and whose signer is not revoked,
    ///    whatever its age (NoValidAttestation);
    /// 4. its zkCommitment is nonzero and publicInputs[0] equals it (CommitmentMismatch);
    /// 5. its timestamp is not before the attestation timestamp of the record of (`vmId`, `subsetId`, `propertyId`,
    ///    paramsHash) (OlderThanRecorded): a newer record is never overwritten; an equal timestamp replaces it;
    ///    records of other subsets or parameters are not involved;
    /// 6. `verifier` has code (VerifierHasNoCode);
    /// 7. `verifier` accepts the proof: a static call of selector || proof || publicInputs[0] || context ||
    ///    publicInputs[1:] does not revert (InvalidProof), with context the CONTEXT_INPUTS words of the
    ///    attestation: uint128(vmId), its hashAlg, the high and the low 128 bits of `subsetId`.
    /// Then stores the record and emits PropertyProven.
    /// @param proof The Groth16 proof as gnark exports it: A (2 words), B (4), C (2).
    /// @param publicInputs The attestation's zkCommitment, then the property's parameters (not the context inputs).
    function proveProperty(
        bytes16 vmId,
        bytes32 subsetId,
        bytes32 propertyId,
        address verifier,
        uint256[8] calldata proof,
        uint256[] calldata publicInputs
    ) external;

    /// @notice Whether subset `subsetId` of `vmId` has property `propertyId` without parameters:
    /// hasPropertyWith(`vmId`, `subsetId`, `propertyId`, NO_PARAMS, `maxAge`). Only proofs with no parameters
    /// count: for a property with parameters it is false whatever was proven (ask hasPropertyWith).
    /// @param maxAge The largest acceptable age in seconds of the proven attestation.
    function hasProperty(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, uint256 maxAge)
        external
        view
        returns (bool);

    /// @notice True when (`vmId`, `subsetId`, `propertyId`, `paramsHash`) has a record such that: the attestation it
    /// proved is at most `maxAge` seconds old; its commitment is still the zkCommitment of the latest attestation of
    /// (`vmId`, `subsetId`) (a newer attestation of another state invalidates the proof until it is proven again);
    /// that attestation is fresh in the attestation verifier's sense (isFresh(vmId, subsetId, maxAge): subset still
    /// approved, signer not revoked); and the verifier that accepted the proof is still accepted for the property (a
    /// verifier refused after its grace period, or retired at once because it is broken, no longer vouches for its
    /// proofs).
    /// @dev An attestation timestamp ahead of block.timestamp (allowed clock skew) has age zero. A record of another
    /// subset or of other parameters never counts, whatever they are.
    /// @param subsetId The subset whose state must have the property: the one the consumer checks attestations of.
    /// @param paramsHash The hash of the parameters the property must hold for, paramsHashOf(params): for the
    /// golden-digest property "region R is golden under root G", keccak256(abi.encode(params)) with params the
    /// uint256[] memory array [R, G] (not the fixed-size literal [R, G], whose encoding differs).
    /// @param maxAge The largest acceptable age in seconds of the proven attestation.
    function hasPropertyWith(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, bytes32 paramsHash, uint256 maxAge)
        external
        view
        returns (bool);

    /// @notice The record of (`vmId`, `subsetId`, `propertyId`) without parameters: propertyRecordWith(`vmId`,
    /// `subsetId`, `propertyId`, NO_PARAMS).
    function propertyRecord(bytes16 vmId, bytes32 subsetId, bytes32 propertyId)
        external
        view
        returns (PropertyRecord memory);

    /// @notice The record of (`vmId`, `subsetId`, `propertyId`, `paramsHash`); all fields zero (subsetId and
    /// paramsHash included) when there is none.
    function propertyRecordWith(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, bytes32 paramsHash)
        external
        view
        returns (PropertyRecord memory);
}
