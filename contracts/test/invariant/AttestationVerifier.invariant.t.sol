// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AttestationVerifier} from "../../src/AttestationVerifier.sol";
import {EnclaveKeyRegistry} from "../../src/EnclaveKeyRegistry.sol";
import {SubsetPolicy} from "../../src/interfaces/IAttestationVerifier.sol";
import {IEnclaveKeyRegistry} from "../../src/interfaces/IEnclaveKeyRegistry.sol";
import {Record} from "../../src/interfaces/IVMIntegrity.sol";
import {Attestation} from "../../src/libraries/AttestationLib.sol";
import {Test} from "../lib/Test.sol";
import {VerifierHandler} from "./VerifierHandler.sol";

/// @notice Invariants of the verifier under random sequences of valid and invalid submissions, batches, time and
/// key changes (see VerifierHandler).
contract AttestationVerifierInvariantTest is Test {
    uint64 internal constant T0 = 1_767_225_600;
    uint256 internal constant SECP256K1_ORDER = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141;

    EnclaveKeyRegistry internal registry;
    AttestationVerifier internal verifier;
    VerifierHandler internal handler;

    function setUp() public {
        vm.warp(T0);
        address[] memory registrars = new address[](1);
        registrars[0] = address(this);
        registry = new EnclaveKeyRegistry(1 days, address(this), registrars, 1, 0);
        verifier = new AttestationVerifier(IEnclaveKeyRegistry(address(registry)), 1 days, address(this));
        handler = new VerifierHandler(verifier, registry);
        // The handler registers keys: a registrar too, added by a governed action (k = 1, no delay on this devnet).
        bytes memory grant = abi.encodeCall(registry.grantRole, (registry.REGISTRAR_ROLE(), address(handler)));
        registry.proposeAction(grant, 0);
        registry.executeAction(grant, 0);
        verifier.grantRole(verifier.POLICY_ROLE(), address(this));
        for (uint256 j; j < handler.SUBSET_COUNT(); ++j) {
            verifier.approveSubset(
                handler.subsets(j),
                SubsetPolicy({
                    allowedAlgorithms: (1 << 1) | (1 << 2) | (1 << 3),
                    maxAge: handler.MAX_AGE(),
                    maxFutureSkew: handler.MAX_FUTURE_SKEW()
                }),
                "subset",
                "1",
                ""
            );
        }
        handler.registerInitialKeys();

        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](7);
        selectors[0] = VerifierHandler.submitValid.selector;
        selectors[1] = VerifierHandler.submitInvalid.selector;
        selectors[2] = VerifierHandler.submitBatch.selector;
        selectors[3] = VerifierHandler.warp.selector;
        selectors[4] = VerifierHandler.replaceKey.selector;
        selectors[5] = VerifierHandler.rotateKey.selector;
        selectors[6] = VerifierHandler.submitAfterRevocation.selector;
        targetSelector(address(handler), selectors);
    }

    function _forEachPair(function(uint256, bytes16, bytes32, Record memory) view check) internal view {
        for (uint256 i; i < handler.VM_COUNT(); ++i) {
            for (uint256 j; j < handler.SUBSET_COUNT(); ++j) {
                bytes16 vmId = handler.vms(i);
                bytes32 subsetId = handler.subsets(j);
                check(handler.pair(i, j), vmId, subsetId, verifier.latest(vmId, subsetId));
            }
        }
    }

    /// @custom:invariant Not vacuous: every run of the campaign had at least one submission actually accepted (a
    /// handler whose calls all reverted would otherwise pass every invariant).
    function afterInvariant() public view {
        vm.assertGt(handler.ghostAccepted(), 0); // no submission was accepted in this run
    }

    /// @custom:invariant Per (vm, subset), the recorded sequence and timestamp never decrease, except over the
    /// record of a revoked key (the lockout recovery).
    function invariant_recordNeverGoesBackwards() public view {
        vm.assertFalse(handler.ghostWentBackwards(), "a record went backwards");
        _forEachPair(_checkNotBehindObserved);
    }

    function _checkNotBehindObserved(uint256 p, bytes16, bytes32, Record memory record) internal view {
        vm.assertGe(record.sequence, handler.observedSequence(p), "sequence behind");
        vm.assertGe(record.timestamp, handler.observedTimestamp(p), "timestamp behind");
    }

    /// @custom:invariant Every stored record is exactly an attestation the handler signed, its compact signature
    /// has a low s and recovers to the stored signer under the verifier's EIP-712 digest, and that signer was an active, unexpired key of
    /// the record's VM when it was submitted.
    function invariant_everyRecordHasValidSignature() public view {
        _forEachPair(_checkSigned);
    }

    function _checkSigned(uint256 p, bytes16 vmId, bytes32 subsetId, Record memory record) internal view {
        if (record.sequence == 0) {
            vm.assertEq(abi.encode(record), abi.encode(Record(0, 0, address(0), 0, 0, 0)), "partial record");
            return;
        }
        VerifierHandler.Expected memory e = handler.expected(p);
        Attestation memory stored = Attestation({
            vmId: vmId,
            subsetId: subsetId,
            hashAlg: record.hashAlg,
            stateDigest: record.stateDigest,
            zkCommitment: record.zkCommitment,
            timestamp: record.timestamp,
            sequence: record.sequence
        });
        vm.assertEq(abi.encode(stored), abi.encode(e.attestation), "record is not the attestation signed");
        vm.assertEq(record.signer, e.signer, "signer");
        vm.assertTrue(e.signerValidAtSubmission, "signer was not a valid key of the VM");
        // the compact signature (r, vs = s | (v - 27) << 255) has a low s and recovers the stored signer
        uint256 s = uint256(e.vs) & (2 ** 255 - 1);
        vm.assertLe(s, SECP256K1_ORDER / 2, "high s");
        // forge-lint: disable-next-line(unsafe-typecast)
        uint8 v = uint8(27 + (uint256(e.vs) >> 255)); // 27 or 28
        vm.assertEq(ecrecover(verifier.hashAttestation(stored), v, e.r, bytes32(s)), record.signer, "sig");
    }

    /// @custom:invariant The handler's ghost counters agree with the contract: as many pairs have records as the
    /// handler saw created, the accepted counts per pair add up, every
    /// submission had the predicted outcome, and accepted plus rejected plus skipped account for all submissions.
    function invariant_ghostCountersMatchState() public view {
        vm.assertFalse(handler.ghostUnexpectedOutcome(), "a submission had an unexpected outcome");
        uint256 pairsWithRecord;
        uint256 acceptedSum;
        for (uint256 i; i < handler.VM_COUNT(); ++i) {
            for (uint256 j; j < handler.SUBSET_COUNT(); ++j) {
                uint256 p = handler.pair(i, j);
                Record memory record = verifier.latest(handler.vms(i), handler.subsets(j));
                if (record.sequence != 0) ++pairsWithRecord;
                acceptedSum += handler.ghostAcceptedPerPair(p);
            }
        }
        vm.assertEq(pairsWithRecord, handler.ghostPairsWithRecord(), "pairs with a record");
        vm.assertEq(acceptedSum, handler.ghostAccepted(), "accepted per pair");
        vm.assertLe(handler.ghostRejected(), handler.ghostCalls(), "rejected");
        vm.assertGe(handler.ghostAccepted(), handler.ghostPairsWithRecord(), "accepted");
    }
}
