// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

import {AttestationVerifier} from "../src/AttestationVerifier.sol";
import {EnclaveKeyRegistry} from "../src/EnclaveKeyRegistry.sol";
import {IEnclaveKeyRegistry} from "../src/interfaces/IEnclaveKeyRegistry.sol";
import {Deploy} from "../script/Deploy.s.sol";
import {Test} from "./lib/Test.sol";

/// @notice The deployment script wires the verifier to the registry and hands both to the admin.
contract DeployTest is Test {
    function test_run_deploysWiredContracts() public {
        Deploy script = new Deploy();
        (EnclaveKeyRegistry registry, AttestationVerifier verifier) = script.run();
        vm.assertEq(address(verifier.registry()), address(registry));
        // Without VMATTEST_ADMIN the admin is the caller of run().
        vm.assertEq(registry.defaultAdmin(), address(this));
        vm.assertEq(verifier.defaultAdmin(), address(this));
        vm.assertEq(registry.defaultAdminDelay(), 2 days);
        vm.assertEq(verifier.defaultAdminDelay(), 2 days);
        // Without VMATTEST_REGISTRAR(S) and VMATTEST_APPROVAL_THRESHOLD: no registrar, threshold 1.
        vm.assertEq(registry.registrarCount(), 0);
        vm.assertEq(registry.approvalThreshold(), 1);
    }

    /// @notice With registrars and a threshold, the broadcasting admin grants REGISTRAR_ROLE to each, then sets the
    /// threshold; the policy admin gets POLICY_ROLE.
    function test_deploy_registrarsAndThreshold() public {
        Deploy script = new Deploy();
        Deploy.Config memory c = _config(address(this), 2);
        (EnclaveKeyRegistry registry, AttestationVerifier verifier) = script.deploy(c);
        vm.assertEq(registry.defaultAdmin(), address(this));
        vm.assertEq(registry.defaultAdminDelay(), 1 hours);
        vm.assertEq(registry.registrarCount(), 3);
        for (uint256 i; i < 3; ++i) {
            vm.assertTrue(registry.hasRole(registry.REGISTRAR_ROLE(), c.registrars[i]));
        }
        vm.assertEq(registry.approvalThreshold(), 2);
        vm.assertTrue(verifier.hasRole(verifier.POLICY_ROLE(), address(0x9011C7)));
    }

    /// @notice A threshold above the number of registrars fails the deployment.
    function test_deploy_thresholdAboveRegistrars_reverts() public {
        Deploy script = new Deploy();
        Deploy.Config memory c = _config(address(this), 4);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.InvalidApprovalThreshold.selector, uint8(4), 3));
        script.deploy(c);
    }

    /// @notice Only an admin broadcasting itself can grant roles or set the threshold.
    function test_deploy_configuringForAnotherAdmin_reverts() public {
        Deploy script = new Deploy();
        Deploy.Config memory c = _config(address(0xAD), 1);
        vm.expectRevert(abi.encodeWithSelector(Deploy.NotAdmin.selector, address(this), address(0xAD)));
        script.deploy(c);
        c.registrars = new address[](0);
        c.policyAdmin = address(0);
        c.approvalThreshold = 2;
        vm.expectRevert(abi.encodeWithSelector(Deploy.NotAdmin.selector, address(this), address(0xAD)));
        script.deploy(c);
        // Deploying alone for another admin is fine.
        c.approvalThreshold = 1;
        (EnclaveKeyRegistry registry,) = script.deploy(c);
        vm.assertEq(registry.defaultAdmin(), address(0xAD));
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, address(this), bytes32(0))
        );
        registry.setApprovalThreshold(1);
    }

    function _config(address admin, uint8 threshold) internal pure returns (Deploy.Config memory c) {
        c.admin = admin;
        c.adminDelay = 1 hours;
        c.registrars = new address[](3);
        c.registrars[0] = address(0x4E61);
        c.registrars[1] = address(0x4E62);
        c.registrars[2] = address(0x4E63);
        c.approvalThreshold = threshold;
        c.policyAdmin = address(0x9011C7);
    }
}
