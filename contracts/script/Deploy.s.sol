// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AttestationVerifier} from "../src/AttestationVerifier.sol";
import {EnclaveKeyRegistry} from "../src/EnclaveKeyRegistry.sol";
import {IEnclaveKeyRegistry} from "../src/interfaces/IEnclaveKeyRegistry.sol";
import {Console} from "../test/lib/Console.sol";
import {Vm} from "../test/lib/Vm.sol";

/// @title Deploy
/// @notice Deploys the key registry and the attestation verifier bound to it.
/// @dev forge script contracts/script/Deploy.s.sol --rpc-url $RPC --private-key $KEY --broadcast
/// Environment (all optional):
/// - VMATTEST_ADMIN: default admin of both contracts (default: the broadcasting account);
/// - VMATTEST_ADMIN_DELAY: seconds a default admin transfer waits (default: 2 days);
/// - VMATTEST_REGISTRAR, VMATTEST_POLICY_ADMIN: granted REGISTRAR_ROLE and POLICY_ROLE, which requires the
///   broadcasting account to be the admin.
contract Deploy {
    Vm internal constant vm = Vm(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

    error AdminDelayTooLarge(uint256 delay);
    error NotAdmin(address broadcaster, address admin);

    function run() external returns (EnclaveKeyRegistry registry, AttestationVerifier verifier) {
        address admin = vm.envOr("VMATTEST_ADMIN", msg.sender);
        uint256 delay = vm.envOr("VMATTEST_ADMIN_DELAY", uint256(2 days));
        if (delay > type(uint48).max) revert AdminDelayTooLarge(delay);
        address registrar = vm.envOr("VMATTEST_REGISTRAR", address(0));
        address policyAdmin = vm.envOr("VMATTEST_POLICY_ADMIN", address(0));
        if ((registrar != address(0) || policyAdmin != address(0)) && admin != msg.sender) {
            revert NotAdmin(msg.sender, admin);
        }

        vm.startBroadcast();
        // forge-lint: disable-next-line(unsafe-typecast)
        registry = new EnclaveKeyRegistry(uint48(delay), admin); // checked above
        // forge-lint: disable-next-line(unsafe-typecast)
        verifier = new AttestationVerifier(IEnclaveKeyRegistry(address(registry)), uint48(delay), admin);
        if (registrar != address(0)) registry.grantRole(registry.REGISTRAR_ROLE(), registrar);
        if (policyAdmin != address(0)) verifier.grantRole(verifier.POLICY_ROLE(), policyAdmin);
        vm.stopBroadcast();

        Console.log("EnclaveKeyRegistry", address(registry));
        Console.log("AttestationVerifier", address(verifier));
        Console.log("admin", admin);
        Console.log("adminDelay", delay);
    }
}
