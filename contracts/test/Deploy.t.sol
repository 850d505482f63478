// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AttestationVerifier} from "../src/AttestationVerifier.sol";
import {EnclaveKeyRegistry} from "../src/EnclaveKeyRegistry.sol";
import {PropertyRegistry} from "../src/PropertyRegistry.sol";
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
        // Without VMATTEST_REGISTRAR(S), VMATTEST_APPROVAL_THRESHOLD and VMATTEST_GOVERNANCE_DELAY: the caller is
        // the only registrar, threshold 1, governance delay 2 days.
        vm.assertEq(registry.registrarCount(), 1);
        vm.assertTrue(registry.hasRole(registry.REGISTRAR_ROLE(), address(this)));
        vm.assertEq(registry.approvalThreshold(), 1);
        vm.assertEq(registry.governanceDelay(), 2 days);
    }

    /// @notice Registrars, threshold and governance delay go to the registry's constructor; the policy admin gets
    /// POLICY_ROLE.
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
        vm.assertEq(registry.governanceDelay(), 3 days);
        vm.assertTrue(verifier.hasRole(verifier.POLICY_ROLE(), address(0x9011C7)));
    }

    /// @notice A threshold above the number of registrars fails the deployment.
    function test_deploy_thresholdAboveRegistrars_reverts() public {
        Deploy script = new Deploy();
        Deploy.Config memory c = _config(address(this), 4);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.InvalidApprovalThreshold.selector, uint8(4), 3));
        script.deploy(c);
    }

    /// @notice Only an admin broadcasting itself can grant POLICY_ROLE; registrars and threshold need no admin, and
    /// the admin cannot change them afterwards.
    function test_deploy_configuringForAnotherAdmin_reverts() public {
        Deploy script = new Deploy();
        Deploy.Config memory c = _config(address(0xAD), 1);
        vm.expectRevert(abi.encodeWithSelector(Deploy.NotAdmin.selector, address(this), address(0xAD)));
        script.deploy(c);
        c.policyAdmin = address(0);
        (EnclaveKeyRegistry registry,) = script.deploy(c);
        vm.assertEq(registry.defaultAdmin(), address(0xAD));
        vm.assertEq(registry.registrarCount(), 3);
        vm.prank(address(0xAD));
        vm.expectRevert(abi.encodeWithSelector(IEnclaveKeyRegistry.NotGoverned.selector, address(0xAD)));
        registry.setApprovalThreshold(2);
    }

    /// @notice With `properties` the script deploys a PropertyRegistry on the verifier, administered like the others,
    /// and grants VERIFIER_ADMIN_ROLE to the verifier admin; without, it deploys none.
    function test_deploy_propertiesAndVerifierAdmin() public {
        Deploy script = new Deploy();
        Deploy.Config memory c = _config(address(this), 2);
        c.properties = true;
        c.verifierAdmin = address(0x7E41F1);
        (, AttestationVerifier verifier) = script.deploy(c);
        PropertyRegistry properties = script.properties();
        vm.assertEq(address(properties.attestations()), address(verifier));
        vm.assertEq(properties.defaultAdmin(), address(this));
        vm.assertEq(properties.defaultAdminDelay(), 1 hours);
        vm.assertTrue(properties.hasRole(properties.VERIFIER_ADMIN_ROLE(), address(0x7E41F1)));
        c.properties = false;
        c.verifierAdmin = address(0);
        script.deploy(c);
        vm.assertEq(address(script.properties()), address(0));
    }

    /// @notice A verifier admin without a property registry to administer fails the deployment.
    function test_deploy_verifierAdminWithoutProperties_reverts() public {
        Deploy script = new Deploy();
        Deploy.Config memory c = _config(address(this), 2);
        c.verifierAdmin = address(0x7E41F1);
        vm.expectRevert(abi.encodeWithSelector(Deploy.VerifierAdminWithoutProperties.selector, address(0x7E41F1)));
        script.deploy(c);
    }

    /// @notice Only the admin grants VERIFIER_ADMIN_ROLE, as POLICY_ROLE.
    function test_deploy_verifierAdminForAnotherAdmin_reverts() public {
        Deploy script = new Deploy();
        Deploy.Config memory c = _config(address(0xAD), 1);
        c.policyAdmin = address(0);
        c.properties = true;
        c.verifierAdmin = address(0x7E41F1);
        vm.expectRevert(abi.encodeWithSelector(Deploy.NotAdmin.selector, address(this), address(0xAD)));
        script.deploy(c);
    }

    function _config(address admin, uint8 threshold) internal pure returns (Deploy.Config memory c) {
        c.admin = admin;
        c.adminDelay = 1 hours;
        c.registrars = new address[](3);
        c.registrars[0] = address(0x4E61);
        c.registrars[1] = address(0x4E62);
        c.registrars[2] = address(0x4E63);
        c.approvalThreshold = threshold;
        c.governanceDelay = 3 days;
        c.policyAdmin = address(0x9011C7);
    }
}
