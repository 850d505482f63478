// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {
    IAccessControlDefaultAdminRules
} from "@openzeppelin/contracts/access/extensions/IAccessControlDefaultAdminRules.sol";

import {IAttestationVerifier, SubsetInfo, SubsetPolicy} from "../src/interfaces/IAttestationVerifier.sol";
import {BaseTest} from "./utils/BaseTest.sol";

/// @notice Subset and golden digest management, and the access control around it.
contract AttestationVerifierAdminTest is BaseTest {
    bytes32 internal constant DIGEST = keccak256("golden state");

    function _unauthorized(address account, bytes32 role) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, account, role);
    }

    // ------------------------------------------------------------------------------------------ subsets

    /// @notice Approval stores the policy and metadata and announces all of them.
    function test_approveSubset_storesAndEmits() public {
        SubsetPolicy memory policy = SubsetPolicy({allowedAlgorithms: 1 << 3, maxAge: 600, maxFutureSkew: 30});
        vm.expectEmit(address(verifier));
        emit IAttestationVerifier.SubsetApproved(OTHER_SUBSET, 1 << 3, 600, 30, "etc", "2.1", "https://x/etc.json");
        vm.prank(policyAdmin);
        verifier.approveSubset(OTHER_SUBSET, policy, "etc", "2.1", "https://x/etc.json");

        SubsetInfo memory info = verifier.subsetInfo(OTHER_SUBSET);
        vm.assertTrue(info.approved);
        vm.assertEq(info.policy.allowedAlgorithms, 1 << 3);
        vm.assertEq(info.policy.maxAge, 600);
        vm.assertEq(info.policy.maxFutureSkew, 30);
        vm.assertEq(info.name, "etc");
        vm.assertEq(info.version, "2.1");
        vm.assertEq(info.manifestURI, "https://x/etc.json");
    }

    /// @notice Approving an approved subset replaces its policy and metadata.
    function test_approveSubset_again_updates() public {
        SubsetPolicy memory policy =
            SubsetPolicy({allowedAlgorithms: ALL_ALGORITHMS, maxAge: type(uint32).max, maxFutureSkew: 1});
        vm.prank(policyAdmin);
        verifier.approveSubset(SUBSET, policy, "boot chain", "2.0.0", "");
        SubsetInfo memory info = verifier.subsetInfo(SUBSET);
        vm.assertEq(abi.encode(info.policy), abi.encode(policy));
        vm.assertEq(info.version, "2.0.0");
        vm.assertEq(info.manifestURI, "");
    }

    /// @notice A policy must allow some algorithm.
    function test_approveSubset_noAlgorithm_reverts() public {
        SubsetPolicy memory policy = SubsetPolicy({allowedAlgorithms: 0, maxAge: 600, maxFutureSkew: 0});
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.InvalidAlgorithmMask.selector, uint32(0)));
        vm.prank(policyAdmin);
        verifier.approveSubset(OTHER_SUBSET, policy, "", "", "");
    }

    /// @notice Algorithm 0 is invalid and cannot be allowed.
    function test_approveSubset_algorithmZeroAllowed_reverts() public {
        SubsetPolicy memory policy = SubsetPolicy({allowedAlgorithms: 0x3, maxAge: 600, maxFutureSkew: 0});
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.InvalidAlgorithmMask.selector, uint32(3)));
        vm.prank(policyAdmin);
        verifier.approveSubset(OTHER_SUBSET, policy, "", "", "");
    }

    /// @notice maxAge 0 would accept nothing but same-second attestations.
    function test_approveSubset_zeroMaxAge_reverts() public {
        SubsetPolicy memory policy = SubsetPolicy({allowedAlgorithms: ALL_ALGORITHMS, maxAge: 0, maxFutureSkew: 0});
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.InvalidMaxAge.selector, uint32(0)));
        vm.prank(policyAdmin);
        verifier.approveSubset(OTHER_SUBSET, policy, "", "", "");
    }

    /// @notice Removal clears policy and metadata and is announced.
    function test_removeSubset_clearsAndEmits() public {
        vm.expectEmit(address(verifier));
        emit IAttestationVerifier.SubsetRemoved(SUBSET, 1);
        vm.prank(policyAdmin);
        verifier.removeSubset(SUBSET);
        SubsetInfo memory info = verifier.subsetInfo(SUBSET);
        vm.assertFalse(info.approved);
        vm.assertEq(abi.encode(info.policy), abi.encode(SubsetPolicy(0, 0, 0)));
        vm.assertEq(info.name, "");
    }

    /// @notice Removing a subset that is not approved is an error.
    function test_removeSubset_notApproved_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.SubsetNotApproved.selector, OTHER_SUBSET));
        vm.prank(policyAdmin);
        verifier.removeSubset(OTHER_SUBSET);
    }

    // ------------------------------------------------------------------------------------------ golden digests

    /// @notice Adding and removing golden digests is announced.
    function test_goldenDigest_addAndRemove() public {
        vm.expectEmit(address(verifier));
        emit IAttestationVerifier.GoldenDigestAdded(SUBSET, DIGEST, BLAKE3, "image 2026.01");
        vm.prank(policyAdmin);
        verifier.addGoldenDigest(SUBSET, BLAKE3, DIGEST, "image 2026.01");
        vm.assertTrue(verifier.isGoldenDigest(SUBSET, BLAKE3, DIGEST));

        vm.expectEmit(address(verifier));
        emit IAttestationVerifier.GoldenDigestRemoved(SUBSET, DIGEST, BLAKE3);
        vm.prank(policyAdmin);
        verifier.removeGoldenDigest(SUBSET, BLAKE3, DIGEST);
        vm.assertFalse(verifier.isGoldenDigest(SUBSET, BLAKE3, DIGEST));
    }

    /// @notice A golden digest cannot be added twice.
    function test_addGoldenDigest_duplicate_reverts() public {
        vm.startPrank(policyAdmin);
        verifier.addGoldenDigest(SUBSET, BLAKE3, DIGEST, "");
        vm.expectRevert(
            abi.encodeWithSelector(IAttestationVerifier.GoldenDigestAlreadyAdded.selector, SUBSET, BLAKE3, DIGEST)
        );
        verifier.addGoldenDigest(SUBSET, BLAKE3, DIGEST, "");
        vm.stopPrank();
    }

    /// @notice Golden digests belong to approved subsets.
    function test_addGoldenDigest_unapprovedSubset_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.SubsetNotApproved.selector, OTHER_SUBSET));
        vm.prank(policyAdmin);
        verifier.addGoldenDigest(OTHER_SUBSET, BLAKE3, DIGEST, "");
    }

    /// @notice Removing an unknown golden digest is an error.
    function test_removeGoldenDigest_unknown_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAttestationVerifier.GoldenDigestNotFound.selector, SUBSET, BLAKE3, DIGEST)
        );
        vm.prank(policyAdmin);
        verifier.removeGoldenDigest(SUBSET, BLAKE3, DIGEST);
    }

    /// @notice Removal clears golden digests: a re-approved subset starts without any (old approvals do not revive).
    function test_goldenDigest_clearedBySubsetRemoval() public {
        vm.startPrank(policyAdmin);
        verifier.addGoldenDigest(SUBSET, BLAKE3, DIGEST, "");
        verifier.removeSubset(SUBSET);
        vm.assertFalse(verifier.isGoldenDigest(SUBSET, BLAKE3, DIGEST));
        verifier.approveSubset(SUBSET, _policy(), "boot chain", "1.0.0", "ipfs://boot-chain-manifest");
        vm.stopPrank();
        vm.assertFalse(verifier.isGoldenDigest(SUBSET, BLAKE3, DIGEST));
        vm.assertEq(verifier.subsetEpoch(SUBSET), 1);
    }

    /// @notice A golden digest is golden for its algorithm only, and only for an algorithm the subset allows.
    function test_goldenDigest_boundToAlgorithm() public {
        vm.prank(policyAdmin);
        verifier.addGoldenDigest(SUBSET, BLAKE3, DIGEST, "");
        vm.assertTrue(verifier.isGoldenDigest(SUBSET, BLAKE3, DIGEST));
        vm.assertFalse(verifier.isGoldenDigest(SUBSET, SHA256, DIGEST));
        vm.assertFalse(verifier.isGoldenDigest(SUBSET, KECCAK256, DIGEST));
        vm.prank(policyAdmin);
        verifier.approveSubset(SUBSET, SubsetPolicy(uint32(1) << SHA256, MAX_AGE, 0), "", "", "");
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.AlgorithmNotAllowed.selector, SUBSET, BLAKE3));
        vm.prank(policyAdmin);
        verifier.addGoldenDigest(SUBSET, BLAKE3, keccak256("other"), "");
    }

    /// @notice Fuzz: a mask is accepted exactly when it is nonzero and within the known algorithms (bits 1 to 3).
    function testFuzz_approveSubset_algorithmMask(uint32 mask) public {
        SubsetPolicy memory policy = SubsetPolicy({allowedAlgorithms: mask, maxAge: 600, maxFutureSkew: 0});
        vm.prank(policyAdmin);
        if (mask == 0 || mask & ~ALL_ALGORITHMS != 0) {
            vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.InvalidAlgorithmMask.selector, mask));
        }
        verifier.approveSubset(OTHER_SUBSET, policy, "", "", "");
    }

    /// @notice The first unknown algorithm (bit 4) is refused: the concrete twin of the fuzz test at the boundary.
    function test_approveSubset_unknownAlgorithm_reverts() public {
        SubsetPolicy memory policy =
            SubsetPolicy({allowedAlgorithms: ALL_ALGORITHMS | 1 << 4, maxAge: 600, maxFutureSkew: 0});
        vm.expectRevert(
            abi.encodeWithSelector(IAttestationVerifier.InvalidAlgorithmMask.selector, ALL_ALGORITHMS | 1 << 4)
        );
        vm.prank(policyAdmin);
        verifier.approveSubset(OTHER_SUBSET, policy, "", "", "");
    }

    /// @notice Fuzz: maxFutureSkew is accepted exactly up to MAX_FUTURE_SKEW (5 minutes).
    function testFuzz_approveSubset_maxFutureSkew(uint32 skew) public {
        SubsetPolicy memory policy = SubsetPolicy({allowedAlgorithms: ALL_ALGORITHMS, maxAge: 600, maxFutureSkew: skew});
        vm.prank(policyAdmin);
        if (skew > 5 minutes) {
            vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.InvalidMaxFutureSkew.selector, skew, 5 minutes));
        }
        verifier.approveSubset(OTHER_SUBSET, policy, "", "", "");
    }

    /// @notice The boundary: 300 seconds is accepted, 301 refused.
    function test_approveSubset_maxFutureSkewAboveCap_reverts() public {
        vm.assertEq(verifier.MAX_FUTURE_SKEW(), 5 minutes);
        SubsetPolicy memory policy = SubsetPolicy({allowedAlgorithms: ALL_ALGORITHMS, maxAge: 600, maxFutureSkew: 300});
        vm.prank(policyAdmin);
        verifier.approveSubset(OTHER_SUBSET, policy, "", "", "");
        policy.maxFutureSkew = 301;
        vm.expectRevert(abi.encodeWithSelector(IAttestationVerifier.InvalidMaxFutureSkew.selector, 301, 300));
        vm.prank(policyAdmin);
        verifier.approveSubset(OTHER_SUBSET, policy, "", "", "");
    }

    // ------------------------------------------------------------------------------------------ access control

    /// @notice Every policy function needs POLICY_ROLE, even for the default admin.
    function test_policyFunctions_unauthorized_revert() public {
        bytes32 role = verifier.POLICY_ROLE();
        address[2] memory callers = [stranger, admin];
        for (uint256 i; i < callers.length; ++i) {
            vm.startPrank(callers[i]);
            vm.expectRevert(_unauthorized(callers[i], role));
            verifier.approveSubset(OTHER_SUBSET, _policy(), "", "", "");
            vm.expectRevert(_unauthorized(callers[i], role));
            verifier.removeSubset(SUBSET);
            vm.expectRevert(_unauthorized(callers[i], role));
            verifier.addGoldenDigest(SUBSET, BLAKE3, DIGEST, "");
            vm.expectRevert(_unauthorized(callers[i], role));
            verifier.removeGoldenDigest(SUBSET, BLAKE3, DIGEST);
            vm.stopPrank();
        }
    }

    /// @notice Only the default admin grants and revokes roles and starts an admin transfer.
    function test_grantRole_byNonAdmin_reverts() public {
        bytes32 role = verifier.POLICY_ROLE();
        vm.expectRevert(_unauthorized(policyAdmin, bytes32(0)));
        vm.prank(policyAdmin);
        verifier.grantRole(role, stranger);
        vm.expectRevert(_unauthorized(stranger, bytes32(0)));
        vm.prank(stranger);
        verifier.revokeRole(role, policyAdmin);
        vm.expectRevert(_unauthorized(stranger, bytes32(0)));
        vm.prank(stranger);
        verifier.beginDefaultAdminTransfer(stranger);
    }

    /// @notice The default admin changes hands in two steps, the second after the delay set at deployment.
    function test_defaultAdminTransfer_isTwoStep() public {
        address newAdmin = address(0x2AD);
        vm.prank(admin);
        verifier.beginDefaultAdminTransfer(newAdmin);
        uint48 schedule = uint48(block.timestamp) + ADMIN_DELAY;
        (address pending, uint48 acceptSchedule) = verifier.pendingDefaultAdmin();
        vm.assertEq(pending, newAdmin);
        vm.assertEq(acceptSchedule, schedule);

        vm.expectRevert(
            abi.encodeWithSelector(IAccessControlDefaultAdminRules.AccessControlInvalidDefaultAdmin.selector, stranger)
        );
        vm.prank(stranger);
        verifier.acceptDefaultAdminTransfer();

        vm.warp(schedule);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControlDefaultAdminRules.AccessControlEnforcedDefaultAdminDelay.selector, schedule
            )
        );
        vm.prank(newAdmin);
        verifier.acceptDefaultAdminTransfer();

        vm.warp(schedule + 1);
        vm.prank(newAdmin);
        verifier.acceptDefaultAdminTransfer();
        vm.assertEq(verifier.defaultAdmin(), newAdmin);

        bytes32 role = verifier.POLICY_ROLE();
        vm.expectRevert(_unauthorized(admin, bytes32(0)));
        vm.prank(admin);
        verifier.grantRole(role, stranger);
        vm.prank(newAdmin);
        verifier.grantRole(role, stranger);
        vm.assertTrue(verifier.hasRole(role, stranger));
    }
}
