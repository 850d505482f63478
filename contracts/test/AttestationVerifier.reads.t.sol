// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

import {IAttestationVerifier} from "../src/interfaces/IAttestationVerifier.sol";
import {IVMIntegrity, Record} from "../src/interfaces/IVMIntegrity.sol";
import {Attestation} from "../src/libraries/AttestationLib.sol";
import {BaseTest, Reference} from "./utils/BaseTest.sol";

/// @notice The consumer view: latest, isFresh, isIntact, and the EIP-712 helpers.
contract AttestationVerifierReadsTest is BaseTest {
    bytes32 internal golden;

    function setUp() public override {
        super.setUp();
        Attestation memory att = _attestation(1);
        golden = att.stateDigest;
        _submit(KEY_A_PK, att); // record of VM_A at T0
    }

    /// @notice Without a record everything reads as zero and nothing is fresh.
    function test_latest_noRecord_isAllZero() public view {
        Record memory record = verifier.latest(VM_B, SUBSET);
        vm.assertEq(abi.encode(record), abi.encode(Record(0, 0, address(0), 0, 0, 0)));
        vm.assertFalse(verifier.isFresh(VM_B, SUBSET, type(uint256).max));
        vm.assertFalse(verifier.isIntact(VM_B, SUBSET, type(uint256).max));
    }

    /// @notice A record is fresh up to and including timestamp + maxAge, and stale one second later.
    function test_isFresh_aroundMaxAge() public {
        vm.warp(T0 + 600);
        vm.assertTrue(verifier.isFresh(VM_A, SUBSET, 600));
        vm.assertFalse(verifier.isFresh(VM_A, SUBSET, 599));
        vm.assertTrue(verifier.isFresh(VM_A, SUBSET, type(uint256).max));
        vm.assertFalse(verifier.isFresh(VM_A, SUBSET, 0));
        vm.warp(T0);
        vm.assertTrue(verifier.isFresh(VM_A, SUBSET, 0));
    }

    /// @notice A timestamp slightly ahead of the block (allowed clock skew) is fresh.
    function test_isFresh_timestampAheadOfBlock_isFresh() public {
        Attestation memory att = _attestation(VM_B, 1, T0 + MAX_FUTURE_SKEW);
        _submit(KEY_B_PK, att);
        vm.assertTrue(verifier.isFresh(VM_B, SUBSET, 0));
    }

    /// @notice Removing the subset makes its records not fresh.
    function test_isFresh_subsetRemoved_isFalse() public {
        vm.prank(policyAdmin);
        verifier.removeSubset(SUBSET);
        vm.assertFalse(verifier.isFresh(VM_A, SUBSET, 1 days));
    }

    /// @notice Revoking the signer makes its records not fresh.
    function test_isFresh_signerRevoked_isFalse() public {
        vm.prank(admin);
        registry.revokeKey(keyA);
        vm.assertFalse(verifier.isFresh(VM_A, SUBSET, 1 days));
        vm.assertFalse(verifier.isIntact(VM_A, SUBSET, 1 days));
    }

    /// @notice An attestation made before the signer expired stays fresh: expiry is not revocation.
    function test_isFresh_signerExpired_isStillFresh() public {
        vm.warp(T0 + KEY_LIFETIME);
        vm.assertTrue(verifier.isFresh(VM_A, SUBSET, KEY_LIFETIME));
    }

    /// @notice isIntact needs a fresh record whose digest is golden.
    function test_isIntact_requiresGoldenDigest() public {
        vm.assertFalse(verifier.isIntact(VM_A, SUBSET, 1 days));
        vm.prank(policyAdmin);
        verifier.addGoldenDigest(SUBSET, BLAKE3, golden, "release 1");
        vm.assertTrue(verifier.isIntact(VM_A, SUBSET, 1 days));

        vm.warp(T0 + 1 days + 1);
        vm.assertFalse(verifier.isIntact(VM_A, SUBSET, 1 days), "stale");
        vm.assertTrue(verifier.isIntact(VM_A, SUBSET, 2 days));

        vm.prank(policyAdmin);
        verifier.removeGoldenDigest(SUBSET, BLAKE3, golden);
        vm.assertFalse(verifier.isIntact(VM_A, SUBSET, 2 days), "golden removed");
    }

    /// @notice A new, non-golden digest makes the VM not intact although it is fresh.
    function test_isIntact_changedDigest_isFalse() public {
        vm.prank(policyAdmin);
        verifier.addGoldenDigest(SUBSET, BLAKE3, golden, "release 1");
        Attestation memory att = _attestation(2);
        att.stateDigest = keccak256("tampered kernel");
        _submit(KEY_A_PK, att);
        vm.assertTrue(verifier.isFresh(VM_A, SUBSET, 1 days));
        vm.assertFalse(verifier.isIntact(VM_A, SUBSET, 1 days));
    }

    /// @notice Golden digests are per subset.
    function test_isGoldenDigest_isPerSubset() public {
        vm.startPrank(policyAdmin);
        verifier.approveSubset(OTHER_SUBSET, _policy(), "etc", "1", "ipfs://etc");
        verifier.addGoldenDigest(SUBSET, BLAKE3, golden, "release 1");
        vm.stopPrank();
        vm.assertTrue(verifier.isGoldenDigest(SUBSET, BLAKE3, golden));
        vm.assertFalse(verifier.isGoldenDigest(OTHER_SUBSET, BLAKE3, golden));
    }

    /// @notice hashAttestation and domainSeparator follow EIP-712 for this chain and contract.
    function test_hashAttestation_matchesReference() public view {
        Attestation memory att = _attestation(42);
        att.zkCommitment = keccak256("root");
        vm.assertEq(verifier.hashAttestation(att), Reference.digest(att, block.chainid, address(verifier)));
        vm.assertEq(verifier.domainSeparator(), Reference.domainSeparator(block.chainid, address(verifier)));
    }

    /// @notice EIP-5267 describes the domain.
    function test_eip712Domain_describesDomain() public view {
        (
            bytes1 fields,
            string memory name,
            string memory version,
            uint256 chainId,
            address verifyingContract,
            bytes32 salt,
            uint256[] memory extensions
        ) = verifier.eip712Domain();
        vm.assertEq(uint256(uint8(fields)), 0x0f);
        vm.assertEq(name, "vmattest");
        vm.assertEq(version, "1");
        vm.assertEq(chainId, block.chainid);
        vm.assertEq(verifyingContract, address(verifier));
        vm.assertEq(salt, bytes32(0));
        vm.assertEq(extensions.length, 0);
    }

    /// @notice After a chain split the domain follows the new chain id: old-chain signatures stop verifying and
    /// new-chain ones verify.
    function test_domainSeparator_followsChainId() public {
        vm.chainId(777);
        vm.assertEq(verifier.domainSeparator(), Reference.domainSeparator(777, address(verifier)));
        Attestation memory att = _attestation(2);
        _expectSubmitted(att, keyA);
        (bytes32 r, bytes32 vs) = _signDigest(KEY_A_PK, Reference.digest(att, 777, address(verifier)));
        verifier.submit(att, r, vs);
    }

    /// @notice ERC-165 reports the consumer and verifier interfaces.
    function test_supportsInterface() public view {
        vm.assertTrue(verifier.supportsInterface(type(IVMIntegrity).interfaceId));
        vm.assertTrue(verifier.supportsInterface(type(IAttestationVerifier).interfaceId));
        vm.assertTrue(verifier.supportsInterface(type(IAccessControl).interfaceId));
        vm.assertTrue(verifier.supportsInterface(type(IERC165).interfaceId));
        vm.assertFalse(verifier.supportsInterface(0xffffffff));
    }
}
