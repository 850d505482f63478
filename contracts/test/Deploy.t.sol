// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AttestationVerifier} from "../src/AttestationVerifier.sol";
import {EnclaveKeyRegistry} from "../src/EnclaveKeyRegistry.sol";
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
    }
}
