// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AttestationVerifier} from "../../src/AttestationVerifier.sol";
import {EnclaveKeyRegistry} from "../../src/EnclaveKeyRegistry.sol";
import {KeyRegistration, KeyStatus} from "../../src/interfaces/IEnclaveKeyRegistry.sol";
import {Record} from "../../src/interfaces/IVMIntegrity.sol";
import {Attestation, SignedAttestation} from "../../src/libraries/AttestationLib.sol";
import {Test} from "../lib/Test.sol";
import {CompactSignature, Reference} from "../utils/BaseTest.sol";

/// @notice The actor of the invariant tests: submits valid and invalid attestations (alone and in batches) for a
/// few VMs and subsets, lets time pass, and revokes, replaces and rotates keys. It predicts the outcome of every
/// submission and keeps ghost state that the invariants compare with the contracts. It is the registry's only
/// registrar, with the approval threshold at 1: each of its approvals registers a key, each vote revokes one.
contract VerifierHandler is Test {
    uint256 public constant VM_COUNT = 3;
    uint256 public constant SUBSET_COUNT = 2;
    uint64 public constant KEY_LIFETIME = 1 days;
    uint32 public constant MAX_AGE = 1 hours;
    uint32 public constant MAX_FUTURE_SKEW = 5 minutes;

    AttestationVerifier public immutable verifier;
    EnclaveKeyRegistry public immutable registry;

    bytes16[VM_COUNT] public vms;
    bytes32[SUBSET_COUNT] public subsets;
    /// @dev The private key each VM signs with now.
    uint256[VM_COUNT] public currentKey;
    uint256 internal nextKeySeed = 1;

    /// @dev What the handler last saw stored for a (vm, subset) pair, and everything it knows about it.
    struct Expected {
        Attestation attestation;
        /// @dev The EIP-2098 compact signature (r, vs) that was submitted.
        bytes32 r;
        bytes32 vs;
        address signer;
        bool signerValidAtSubmission;
    }

    mapping(uint256 pair => Expected) internal _expected;
    mapping(uint256 pair => uint64) public observedSequence;
    mapping(uint256 pair => uint64) public observedTimestamp;
    mapping(uint256 pair => address) public observedSigner;

    // Ghost counters.
    uint256 public ghostCalls;
    uint256 public ghostAccepted;
    uint256 public ghostRejected;
    uint256 public ghostSkipped;
    uint256 public ghostPairsWithRecord;
    /// @dev Attestations accepted below the record of a revoked signer (the lockout recovery).
    uint256 public ghostRecoveries;
    mapping(uint256 pair => uint256) public ghostAcceptedPerPair;
    /// @dev Set when a submission's outcome differs from the prediction, or a record went backwards.
    bool public ghostUnexpectedOutcome;
    bool public ghostWentBackwards;

    constructor(AttestationVerifier verifier_, EnclaveKeyRegistry registry_) {
        verifier = verifier_;
        registry = registry_;
        for (uint256 i; i < VM_COUNT; ++i) {
            vms[i] = bytes16(keccak256(abi.encode("invariant vm", i)));
        }
        for (uint256 j; j < SUBSET_COUNT; ++j) {
            subsets[j] = keccak256(abi.encode("invariant subset", j));
        }
    }

    /// @dev Registers the first key of every VM; called by the test once the handler holds REGISTRAR_ROLE.
    function registerInitialKeys() external {
        for (uint256 i; i < VM_COUNT; ++i) {
            _registerNewKey(i);
        }
    }

    function pair(uint256 vmIndex, uint256 subsetIndex) public pure returns (uint256) {
        return vmIndex * SUBSET_COUNT + subsetIndex;
    }

    function expected(uint256 pairIndex) external view returns (Expected memory) {
        return _expected[pairIndex];
    }

    // ------------------------------------------------------------------------------------------ actions

    /// @notice Submits a fresh attestation signed by the VM's current key; it must be accepted exactly when that
    /// key is active and unexpired.
    function submitValid(uint256 vmSeed, uint256 subsetSeed, uint256 step, uint256 timeSeed, bool commit) external {
        (uint256 vmIndex, uint256 subsetIndex) = _indices(vmSeed, subsetSeed);
        Attestation memory att = _fresh(vmIndex, subsetIndex, step, timeSeed, commit);
        _submitPredicted(att, currentKey[vmIndex], _keyUsable(vm.addr(currentKey[vmIndex]), att.vmId));
    }

    /// @notice Submits an attestation broken in one of several ways; it must be rejected.
    function submitInvalid(uint256 vmSeed, uint256 subsetSeed, uint256 kind, uint256 seed) external {
        (uint256 vmIndex, uint256 subsetIndex) = _indices(vmSeed, subsetSeed);
        uint256 p = pair(vmIndex, subsetIndex);
        Attestation memory att = _fresh(vmIndex, subsetIndex, seed, seed >> 8, false);
        uint256 signingKey = currentKey[vmIndex];
        kind = bound(kind, 0, 6);
        if (kind == 0) {
            // replay or older sequence (accepted when the record's signer is revoked: see submitAfterRevocation)
            if (_expected[p].attestation.sequence == 0 || _revoked(_expected[p].signer)) return;
            att.sequence = uint64(bound(seed, 1, _expected[p].attestation.sequence));
        } else if (kind == 1) {
            signingKey = currentKey[(vmIndex + 1) % VM_COUNT]; // another VM's key
        } else if (kind == 2) {
            signingKey = uint256(keccak256(abi.encode("unregistered", seed))) % 2 ** 200 + 1;
        } else if (kind == 3) {
            att.timestamp = uint64(block.timestamp - MAX_AGE - 1 - bound(seed, 0, 1 days));
        } else if (kind == 4) {
            att.timestamp = uint64(block.timestamp + MAX_FUTURE_SKEW + 1 + bound(seed, 0, 1 days));
        } else if (kind == 5) {
            att.subsetId = keccak256(abi.encode("unapproved", seed));
        } else {
            att.hashAlg = 0;
        }
        _submitPredicted(att, signingKey, false);
    }

    /// @notice Submits a batch mixing fresh items and already-recorded ones (as after a crash); fresh items must
    /// be accepted and the others skipped.
    function submitBatch(uint256 seed, uint256 count) external {
        count = bound(count, 1, 4);
        SignedAttestation[] memory items = new SignedAttestation[](count);
        address[] memory signers = new address[](count);
        bool[] memory usable = new bool[](count);
        uint256 expectedAccepted;
        bool allUsable = true;
        uint64[VM_COUNT * SUBSET_COUNT] memory batchLast;
        for (uint256 i; i < count; ++i) {
            uint256 s = uint256(keccak256(abi.encode(seed, i)));
            (uint256 vmIndex, uint256 subsetIndex) = _indices(s, s >> 16);
            uint256 p = pair(vmIndex, subsetIndex);
            uint64 last = _expected[p].attestation.sequence;
            if (batchLast[p] > last) last = batchLast[p];
            Attestation memory att;
            if (s % 3 == 0 && _expected[p].attestation.sequence != 0 && !_revoked(_expected[p].signer)) {
                // a resubmission, as after a crash: skipped (unless its signer is revoked: then it is checked)
                att = _expected[p].attestation;
                items[i] = SignedAttestation({attestation: att, r: _expected[p].r, vs: _expected[p].vs});
                signers[i] = _expected[p].signer;
            } else {
                att = _fresh(vmIndex, subsetIndex, s >> 32, 0, false);
                att.sequence = last + 1;
                // not before the record's or an earlier item's timestamp, which are at most now + skew
                att.timestamp = uint64(block.timestamp + MAX_FUTURE_SKEW);
                (bytes32 r, bytes32 vs) = _sign(currentKey[vmIndex], att);
                items[i] = SignedAttestation({attestation: att, r: r, vs: vs});
                signers[i] = vm.addr(currentKey[vmIndex]);
                usable[i] = _keyUsable(signers[i], att.vmId);
                allUsable = allUsable && usable[i];
            }
            if (att.sequence > last) {
                batchLast[p] = att.sequence;
                ++expectedAccepted;
            }
        }

        ++ghostCalls;
        try verifier.submitBatch(items) returns (uint256 accepted) {
            if (!allUsable || accepted != expectedAccepted) ghostUnexpectedOutcome = true;
            ghostSkipped += count - accepted;
            for (uint256 i; i < count; ++i) {
                _recordIfStored(items[i].attestation, items[i].r, items[i].vs, signers[i], usable[i]);
            }
        } catch {
            if (allUsable) ghostUnexpectedOutcome = true;
            ++ghostRejected;
        }
        _observe();
    }

    /// @notice The lockout recovery: once the signer of a pair's record is revoked, the VM's current key may
    /// record an attestation with a lower sequence and an earlier timestamp than the revoked key's; it must be
    /// accepted exactly when the current key is usable.
    function submitAfterRevocation(uint256 vmSeed, uint256 subsetSeed, uint256 seed) external {
        (uint256 vmIndex, uint256 subsetIndex) = _indices(vmSeed, subsetSeed);
        Expected memory e = _expected[pair(vmIndex, subsetIndex)];
        if (e.attestation.sequence == 0 || !_revoked(e.signer)) return;
        Attestation memory att = _fresh(vmIndex, subsetIndex, seed, seed >> 8, false);
        att.sequence = uint64(bound(seed, 1, e.attestation.sequence));
        att.timestamp = uint64(block.timestamp - bound(seed >> 16, 0, MAX_AGE));
        uint256 recoveriesBefore = ghostRecoveries;
        _submitPredicted(att, currentKey[vmIndex], _keyUsable(vm.addr(currentKey[vmIndex]), att.vmId));
        if (_keyUsable(vm.addr(currentKey[vmIndex]), att.vmId) && ghostRecoveries == recoveriesBefore) {
            ++ghostRecoveries;
        }
    }

    /// @notice Lets up to half an hour pass.
    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 0, 30 minutes));
        _observe();
    }

    /// @notice Revokes the VM's current key (if active) and registers a new one.
    function replaceKey(uint256 vmSeed) external {
        uint256 vmIndex = bound(vmSeed, 0, VM_COUNT - 1);
        address key = vm.addr(currentKey[vmIndex]);
        (KeyStatus status,,) = registry.keyState(key);
        if (status == KeyStatus.Active) registry.approveRevocation(key);
        _registerNewKey(vmIndex);
        _observe();
    }

    /// @notice Rotates the VM's current key with a grace period of up to an hour.
    function rotateKey(uint256 vmSeed, uint64 grace) external {
        uint256 vmIndex = bound(vmSeed, 0, VM_COUNT - 1);
        address oldKey = vm.addr(currentKey[vmIndex]);
        (KeyStatus status,,) = registry.keyState(oldKey);
        if (status != KeyStatus.Active) return;
        uint256 newKey = _newKeySeed();
        KeyRegistration memory reg = _registration(vm.addr(newKey), vmIndex, "rotated");
        reg.replaces = oldKey;
        reg.gracePeriod = uint64(bound(grace, 0, 1 hours));
        registry.approveKey(reg);
        currentKey[vmIndex] = newKey;
        _observe();
    }

    // ------------------------------------------------------------------------------------------ internals

    function _indices(uint256 vmSeed, uint256 subsetSeed) internal pure returns (uint256, uint256) {
        return (vmSeed % VM_COUNT, subsetSeed % SUBSET_COUNT);
    }

    /// @dev An attestation newer than the recorded one, with a timestamp inside the window and not before the
    /// record's.
    function _fresh(uint256 vmIndex, uint256 subsetIndex, uint256 step, uint256 timeSeed, bool commit)
        internal
        view
        returns (Attestation memory att)
    {
        Attestation memory last = _expected[pair(vmIndex, subsetIndex)].attestation;
        uint256 earliest = block.timestamp - MAX_AGE;
        if (last.timestamp > earliest) earliest = last.timestamp;
        att = Attestation({
            vmId: vms[vmIndex],
            subsetId: subsets[subsetIndex],
            hashAlg: uint8(bound(timeSeed >> 64, 1, 3)),
            stateDigest: keccak256(abi.encode(step % 4)), // few distinct states: digests repeat and change
            zkCommitment: commit ? keccak256(abi.encode("root", step)) : bytes32(0),
            timestamp: uint64(bound(timeSeed, earliest, block.timestamp + MAX_FUTURE_SKEW)),
            // forge-lint: disable-next-line(unsafe-typecast)
            sequence: last.sequence + 1 + uint64(step % 3) // below 3
        });
    }

    /// @dev The EIP-2098 compact signature of `att` by `privateKey`, derived from vm.sign's (v, r, s).
    function _sign(uint256 privateKey, Attestation memory att) internal view returns (bytes32, bytes32) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(privateKey, Reference.digest(att, block.chainid, address(verifier)));
        return CompactSignature.fromVRS(v, r, s);
    }

    function _revoked(address key) internal view returns (bool) {
        (KeyStatus status,,) = registry.keyState(key);
        return status == KeyStatus.Revoked;
    }

    function _keyUsable(address key, bytes16 vmId) internal view returns (bool) {
        (KeyStatus status, uint64 expiresAt, bytes16 keyVmId) = registry.keyState(key);
        // forge-lint: disable-next-line(block-timestamp)
        return status == KeyStatus.Active && block.timestamp < expiresAt && keyVmId == vmId;
    }

    function _submitPredicted(Attestation memory att, uint256 signingKey, bool shouldSucceed) internal {
        (bytes32 r, bytes32 vs) = _sign(signingKey, att);
        address signer = vm.addr(signingKey);
        bool usable = _keyUsable(signer, att.vmId);
        ++ghostCalls;
        try verifier.submit(att, r, vs) {
            if (!shouldSucceed) ghostUnexpectedOutcome = true;
            _recordIfStored(att, r, vs, signer, usable);
        } catch {
            if (shouldSucceed) ghostUnexpectedOutcome = true;
            ++ghostRejected;
        }
        _observe();
    }

    /// @dev Remembers `att` as the expected record of its pair if the verifier now holds it.
    function _recordIfStored(Attestation memory att, bytes32 r, bytes32 vs, address signer, bool usable) internal {
        uint256 p = _pairOf(att);
        if (p == type(uint256).max) return;
        Record memory record = verifier.latest(att.vmId, att.subsetId);
        // Stored now, and not already the expected record (a skipped resubmission).
        if (
            record.sequence != att.sequence || record.timestamp != att.timestamp || record.signer != signer
                || record.stateDigest != att.stateDigest || record.hashAlg != att.hashAlg
        ) return;
        // Already the expected record: a skipped resubmission. (The same attestation signed again by the VM's
        // current key after the record's signer was revoked replaces the record's signer: not skipped.)
        if (
            keccak256(abi.encode(_expected[p].attestation)) == keccak256(abi.encode(att))
                && _expected[p].signer == signer
        ) {
            return;
        }
        if (_expected[p].attestation.sequence == 0) ++ghostPairsWithRecord;
        _expected[p] = Expected({attestation: att, r: r, vs: vs, signer: signer, signerValidAtSubmission: usable});
        ++ghostAccepted;
        ++ghostAcceptedPerPair[p];
    }

    function _pairOf(Attestation memory att) internal view returns (uint256) {
        for (uint256 i; i < VM_COUNT; ++i) {
            for (uint256 j; j < SUBSET_COUNT; ++j) {
                if (vms[i] == att.vmId && subsets[j] == att.subsetId) return pair(i, j);
            }
        }
        return type(uint256).max;
    }

    /// @dev Reads every record and notes whether any went backwards since the last look while its signer then was
    /// not revoked (going backwards is the lockout recovery, allowed only over a revoked key's record).
    function _observe() internal {
        for (uint256 i; i < VM_COUNT; ++i) {
            for (uint256 j; j < SUBSET_COUNT; ++j) {
                uint256 p = pair(i, j);
                Record memory record = verifier.latest(vms[i], subsets[j]);
                if (record.sequence < observedSequence[p] || record.timestamp < observedTimestamp[p]) {
                    if (!_revoked(observedSigner[p])) ghostWentBackwards = true;
                }
                observedSequence[p] = record.sequence;
                observedTimestamp[p] = record.timestamp;
                observedSigner[p] = record.signer;
            }
        }
    }

    function _newKeySeed() internal returns (uint256) {
        return uint256(keccak256(abi.encode("invariant key", nextKeySeed++))) % 2 ** 200 + 1;
    }

    function _registerNewKey(uint256 vmIndex) internal {
        uint256 privateKey = _newKeySeed();
        registry.approveKey(_registration(vm.addr(privateKey), vmIndex, "evidence"));
        currentKey[vmIndex] = privateKey;
    }

    /// @dev A registration of `key` for the VM `vmIndex`, valid for KEY_LIFETIME from now, replacing nothing.
    function _registration(address key, uint256 vmIndex, bytes32 evidenceHash)
        internal
        view
        returns (KeyRegistration memory)
    {
        return KeyRegistration({
            key: key,
            vmId: vms[vmIndex],
            expiresAt: uint64(block.timestamp) + KEY_LIFETIME,
            evidenceHash: evidenceHash,
            measurement: new bytes(48),
            replaces: address(0),
            gracePeriod: 0
        });
    }
}
