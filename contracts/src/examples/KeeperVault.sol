// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {IPropertyRegistry} from "../interfaces/IPropertyRegistry.sol";
import {IVMIntegrity, Record} from "../interfaces/IVMIntegrity.sol";

/// @title KeeperVault
/// @notice Example consumer of vmattest (see docs/integrate.md): an ETH vault whose funds only the keeper can move,
/// and only while the keeper's VM is attested intact. Anyone may deposit. A withdrawal by the keeper succeeds when
/// 1. the latest attestation of (vmId, subsetId) is fresh: at most maxAge seconds old, its subset still approved and
///    the enclave key that signed it not revoked, or for a quorum record no key of the VM revoked since
///    (IVMIntegrity.isFresh checks all three);
/// 2. its state digest is a golden digest of the subset (IVMIntegrity.isIntact);
/// 3. if requiredProperty is set: a zero-knowledge proof of that property of the VM's attested state is recorded,
///    about the same subset (vmId, subsetId), of an attestation at most maxProofAge seconds old whose state is still
///    the subset's latest (hasProperty(vmId, subsetId, ...)): a proof about another subset of the VM never counts.
/// Otherwise it reverts with an error that says which condition failed (vmStatus answers the same without
/// reverting).
/// @dev The vault trusts the owner to bind the keeper address to the VM: vmattest attests the VM's state, not who
/// sends transactions. Integrity reads cost no storage writes; the checks run on every withdrawal, so a key
/// revocation, a subset withdrawal or a golden digest removal takes effect at the next block. Funds stay locked
/// while the VM is not intact; a production vault may want an owner escape hatch behind a delay.
contract KeeperVault is Ownable2Step, ReentrancyGuardTransient {
    /// @notice Why the keeper's VM does or does not allow withdrawals now, in the order the checks run.
    enum VMStatus {
        /// @dev Every check passes.
        Ok,
        /// @dev The verifier has no attestation of (vmId, subsetId).
        NeverAttested,
        /// @dev The latest attestation is more than maxAge seconds old.
        NotFresh,
        /// @dev The latest attestation is recent but no longer valid: the enclave key that signed it was revoked,
        /// or the subset is no longer approved.
        Invalidated,
        /// @dev The latest attestation is fresh but its state digest is not a golden digest of the subset.
        NotIntact,
        /// @dev requiredProperty is set and not proven (never, of a state since replaced, of an attestation older
        /// than maxProofAge, or by a verifier no longer accepted).
        PropertyNotProven
    }

    /// @notice What the constructor takes.
    struct Config {
        /// @dev Receives ownership (Ownable2Step: later transfers need acceptOwnership).
        address owner;
        /// @dev The account allowed to withdraw; zero disables withdrawals until setKeeper.
        address keeper;
        /// @dev The AttestationVerifier, through its consumer interface; nonzero.
        IVMIntegrity integrity;
        /// @dev The PropertyRegistry of the same verifier; zero when requiredProperty is zero.
        IPropertyRegistry properties;
        /// @dev The keeper's VM.
        bytes16 vmId;
        /// @dev The subset whose digest must be golden: keccak256 of its canonical manifest.
        bytes32 subsetId;
        /// @dev Largest age in seconds of the latest attestation of (vmId, subsetId).
        uint256 maxAge;
        /// @dev A property without parameters that the VM's state must have, e.g.
        /// keccak256("vmattest.property.readonlyroot.v2"); zero for none.
        bytes32 requiredProperty;
        /// @dev Largest age in seconds of the attestation the property was proven for; ignored without a property.
        uint256 maxProofAge;
    }

    /// @notice The attestation verifier.
    IVMIntegrity public immutable integrity;
    /// @notice The property registry; zero when no property is required.
    IPropertyRegistry public immutable properties;
    /// @notice The keeper's VM.
    bytes16 public immutable vmId;
    /// @notice The subset of the VM's state that must be fresh and golden.
    bytes32 public immutable subsetId;
    /// @notice Largest age in seconds of the latest attestation of (vmId, subsetId).
    uint256 public immutable maxAge;
    /// @notice The property the VM's state must have; zero for none.
    bytes32 public immutable requiredProperty;
    /// @notice Largest age in seconds of the attestation requiredProperty was proven for.
    uint256 public immutable maxProofAge;
    /// @notice The only account that may withdraw; zero when withdrawals are disabled.
    address public keeper;

    /// @notice `from` deposited `amount` wei.
    event Deposited(address indexed from, uint256 amount);

    /// @notice The keeper `keeper` sent `amount` wei to `to`.
    event Withdrawn(address indexed keeper, address indexed to, uint256 amount);

    /// @notice The keeper changed from `previousKeeper` to `newKeeper`.
    event KeeperSet(address indexed previousKeeper, address indexed newKeeper);

    /// @notice The configuration has no integrity oracle.
    error IntegrityOracleRequired();

    /// @notice `propertyId` is required but no property registry is configured.
    error PropertyRegistryRequired(bytes32 propertyId);

    /// @notice The property registry reads the records of `registryVerifier`, not of the configured `integrity`.
    error PropertyRegistryOfOtherVerifier(address registryVerifier, address integrity);

    /// @notice `caller` is not the keeper.
    error NotKeeper(address caller);

    /// @notice There is no attestation of (`vmId`, `subsetId`).
    error VMNeverAttested(bytes16 vmId, bytes32 subsetId);

    /// @notice The latest attestation of (`vmId`, `subsetId`), taken at `attestedAt`, is more than `maxAge` seconds
    /// old.
    error VMNotFresh(bytes16 vmId, bytes32 subsetId, uint64 attestedAt, uint256 maxAge);

    /// @notice The latest attestation of (`vmId`, `subsetId`) is recent but no longer valid: the key `signer` was
    /// revoked (registry keyInfo(signer).status), or, for a quorum record (`signer` zero), a key of the VM was
    /// revoked since it was made; or the subset is no longer approved (verifier subsetInfo).
    error VMAttestationInvalidated(bytes16 vmId, bytes32 subsetId, address signer);

    /// @notice The fresh attested `stateDigest` of (`vmId`, `subsetId`) is not a golden digest of the subset.
    error VMNotIntact(bytes16 vmId, bytes32 subsetId, bytes32 stateDigest);

    /// @notice Subset `subsetId` of `vmId` has no valid proof of `propertyId` for an attestation at most
    /// `maxProofAge` seconds old (propertyRecord(vmId, subsetId, propertyId) tells which proof is recorded).
    error PropertyNotProven(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, uint256 maxProofAge);

    /// @dev Reverts IntegrityOracleRequired, PropertyRegistryRequired or PropertyRegistryOfOtherVerifier.
    constructor(Config memory config) Ownable(config.owner) {
        if (address(config.integrity) == address(0)) revert IntegrityOracleRequired();
        if (config.requiredProperty != bytes32(0) && address(config.properties) == address(0)) {
            revert PropertyRegistryRequired(config.requiredProperty);
        }
        if (address(config.properties) != address(0)) {
            // A registry of another verifier would vouch for records this vault does not read.
            address registryVerifier = address(config.properties.attestations());
            if (registryVerifier != address(config.integrity)) {
                revert PropertyRegistryOfOtherVerifier(registryVerifier, address(config.integrity));
            }
        }
        integrity = config.integrity;
        properties = config.properties;
        vmId = config.vmId;
        subsetId = config.subsetId;
        maxAge = config.maxAge;
        requiredProperty = config.requiredProperty;
        maxProofAge = config.maxProofAge;
        keeper = config.keeper;
        emit KeeperSet(address(0), config.keeper);
    }

    /// @notice Deposits msg.value.
    receive() external payable {
        emit Deposited(msg.sender, msg.value);
    }

    /// @notice Deposits msg.value.
    function deposit() external payable {
        emit Deposited(msg.sender, msg.value);
    }

    /// @notice Sends `amount` wei to `to`, if the caller is the keeper and its VM is intact (see vmStatus).
    /// @dev Reverts, in this order: NotKeeper; VMNeverAttested, VMNotFresh, VMAttestationInvalidated, VMNotIntact,
    /// PropertyNotProven; Errors.InsufficientBalance(balance, amount) or Errors.FailedCall (from Address.sendValue).
    /// The transfer is the last step (checks-effects-interactions) and nonReentrant guards the vault's future
    /// accounting: a copy that adds balances per depositor stays safe.
    function withdraw(address payable to, uint256 amount) external nonReentrant {
        if (msg.sender != keeper) revert NotKeeper(msg.sender);
        _requireVMOk();
        emit Withdrawn(msg.sender, to, amount);
        Address.sendValue(to, amount);
    }

    /// @notice Makes `newKeeper` the keeper (zero disables withdrawals).
    /// @dev Only the owner (OwnableUnauthorizedAccount otherwise). Emits KeeperSet.
    function setKeeper(address newKeeper) external onlyOwner {
        emit KeeperSet(keeper, newKeeper);
        keeper = newKeeper;
    }

    /// @notice Whether the keeper's VM allows withdrawals now, and if not the first failing check.
    function vmStatus() external view returns (VMStatus status) {
        (status,) = _vmStatus();
    }

    /// @dev Reverts with the error of the first failing check.
    function _requireVMOk() private view {
        (VMStatus status, Record memory record) = _vmStatus();
        if (status == VMStatus.Ok) return;
        if (status == VMStatus.NeverAttested) revert VMNeverAttested(vmId, subsetId);
        if (status == VMStatus.NotFresh) revert VMNotFresh(vmId, subsetId, record.timestamp, maxAge);
        if (status == VMStatus.Invalidated) revert VMAttestationInvalidated(vmId, subsetId, record.signer);
        if (status == VMStatus.NotIntact) revert VMNotIntact(vmId, subsetId, record.stateDigest);
        revert PropertyNotProven(vmId, subsetId, requiredProperty, maxProofAge);
    }

    /// @dev The status and, when the VM is not intact, the latest record (for the error's arguments; zero
    /// otherwise). The success path reads isIntact and hasProperty only; the failure path reads the record to
    /// tell the reasons apart.
    function _vmStatus() private view returns (VMStatus, Record memory record) {
        if (integrity.isIntact(vmId, subsetId, maxAge)) {
            if (requiredProperty == bytes32(0) || properties.hasProperty(vmId, subsetId, requiredProperty, maxProofAge))
            {
                return (VMStatus.Ok, record);
            }
            return (VMStatus.PropertyNotProven, record);
        }
        record = integrity.latest(vmId, subsetId);
        if (record.sequence == 0) return (VMStatus.NeverAttested, record);
        if (integrity.isFresh(vmId, subsetId, maxAge)) return (VMStatus.NotIntact, record);
        // Still valid at any age (maxAge = now): only too old. The verifier measures age from min(timestamp, the
        // recording block's time), which the record does not carry, so the vault asks rather than recomputes it.
        if (integrity.isFresh(vmId, subsetId, block.timestamp)) return (VMStatus.NotFresh, record);
        return (VMStatus.Invalidated, record);
    }
}
