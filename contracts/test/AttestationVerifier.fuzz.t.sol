// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

import {IAttestationVerifier, SubsetPolicy} from "../src/interfaces/IAttestationVerifier.sol";
import {KeyStatus} from "../src/interfaces/IEnclaveKeyRegistry.sol";
import {Attestation} from "../src/libraries/AttestationLib.sol";
import {BaseTest, Reference} from "./utils/BaseTest.sol";

/// @notice Property tests of submit() over random attestations, keys, times and signatures.
contract AttestationVerifierFuzzTest is BaseTest {
    uint256 internal constant SECP256K1_ORDER = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141;

    /// @notice Any well-formed attestation signed by a key registered for its VM is accepted and stored exactly,
    /// whatever the key, VM, subset, algorithm, digests, timestamp within the window and sequence.
    function testFuzz_submit_validAttestation_isStoredExactly(
        uint256 privateKey,
        Attestation memory att,
        uint32 maxAge,
        uint32 maxFutureSkew
    ) public {
        privateKey = bound(privateKey, 1, SECP256K1_ORDER - 1);
        address key = vm.addr(privateKey);
        vm.assume(key != keyA && key != keyB);
        vm.assume(att.vmId != bytes16(0));
        maxAge = uint32(bound(maxAge, 1, type(uint32).max));
        vm.assume(att.stateDigest != 0);
        maxFutureSkew = uint32(bound(maxFutureSkew, 0, 5 minutes));
        att.hashAlg = uint8(bound(att.hashAlg, 1, 3));
        att.sequence = uint64(bound(att.sequence, 1, 2 ** 32));
        att.timestamp = uint64(bound(att.timestamp, T0 > maxAge ? T0 - maxAge : 1, uint256(T0) + maxFutureSkew));

        vm.prank(policyAdmin);
        verifier.approveSubset(
            att.subsetId,
            SubsetPolicy({allowedAlgorithms: uint32(1) << att.hashAlg, maxAge: maxAge, maxFutureSkew: maxFutureSkew}),
            "",
            "",
            ""
        );
        _register(key, att.vmId, T0 + 1);

        _expectSubmitted(att, key);
        _submit(privateKey, att);
        _assertRecorded(att, key);
    }

    /// @notice Exactly the timestamps in [now - maxAge, now + maxFutureSkew] are accepted, with the documented
    /// errors on either side.
    function testFuzz_submit_timestampAroundWindow(uint256 offset) public {
        // timestamps from 2 seconds below the window to 2 seconds above it
        // forge-lint: disable-next-line(unsafe-typecast)
        uint64 timestamp = uint64(bound(offset, T0 - MAX_AGE - 2, T0 + MAX_FUTURE_SKEW + 2)); // near T0
        Attestation memory att = _attestation(VM_A, 1, timestamp);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        if (timestamp < T0 - MAX_AGE) {
            vm.expectRevert(
                abi.encodeWithSelector(IAttestationVerifier.TimestampTooOld.selector, timestamp, uint256(T0 - MAX_AGE))
            );
        } else if (timestamp > T0 + MAX_FUTURE_SKEW) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IAttestationVerifier.TimestampInFuture.selector, timestamp, uint256(T0 + MAX_FUTURE_SKEW)
                )
            );
        }
        verifier.submit(att, r, vs);
        if (timestamp >= T0 - MAX_AGE && timestamp <= T0 + MAX_FUTURE_SKEW) _assertRecorded(att, keyA);
    }

    /// @notice A key signs exactly until its expiry second, exclusive.
    function testFuzz_submit_aroundKeyExpiry(uint256 time) public {
        uint64 expiresAt = T0 + KEY_LIFETIME;
        time = bound(time, expiresAt - 3, expiresAt + 3);
        vm.warp(time);
        Attestation memory att = _attestation(1);
        (bytes32 r, bytes32 vs) = _sign(KEY_A_PK, att);
        if (time >= expiresAt) {
            vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.KeyExpired.selector, keyA, expiresAt));
        }
        verifier.submit(att, r, vs);
    }

    /// @notice Random (r, vs) pairs are never accepted as a signature: they are malformed or recover an unknown key.
    function testFuzz_submit_randomSignature_neverAccepted(bytes32 r, bytes32 vs) public {
        Attestation memory att = _attestation(1);
        try verifier.submit(att, r, vs) {
            vm.assertTrue(false, "random signature accepted");
        } catch (bytes memory reason) {
            // forge-lint: disable-next-line(unsafe-typecast)
            bytes4 selector = bytes4(reason); // the error's selector
            vm.assertTrue(
                selector == IAttestationVerifier.InvalidSignature.selector
                    || selector == IAttestationVerifier.KeyNotActive.selector,
                "unexpected error"
            );
        }
        vm.assertEq(verifier.latest(VM_A, SUBSET).sequence, 0);
    }

    /// @notice The verifier's inline signature check agrees with OpenZeppelin's ECDSA.tryRecover(hash, r, vs) on
    /// every compact signature: OpenZeppelin's failures are InvalidSignature, its recovered address is the signer
    /// reported.
    function testFuzz_submit_signatureCheck_matchesOpenZeppelin(bytes32 r, bytes32 vs, bool nearValid) public {
        Attestation memory att = _attestation(1);
        bytes32 digest = Reference.digest(att, block.chainid, address(verifier));
        if (nearValid) {
            // steer towards the interesting region: valid r, either parity, s around the half order
            (, r,) = vm.sign(uint256(keccak256(abi.encode(r))) % (SECP256K1_ORDER - 1) + 1, digest);
            uint256 s = bound(uint256(vs) & (2 ** 255 - 1), SECP256K1_ORDER / 2 - 2, SECP256K1_ORDER / 2 + 2);
            vs = bytes32(s | (uint256(vs) & (1 << 255)));
        }
        (address recovered, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, r, vs);
        if (err != ECDSA.RecoverError.NoError) {
            vm.expectRevert(IAttestationVerifier.InvalidSignature.selector);
        } else {
            vm.assume(recovered != keyA);
            vm.expectRevert(
                abi.encodeWithSelector(IAttestationVerifier.KeyNotActive.selector, recovered, KeyStatus.None)
            );
        }
        verifier.submit(att, r, vs);
    }
}
