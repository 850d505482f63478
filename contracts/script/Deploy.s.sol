// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AttestationVerifier} from "../src/AttestationVerifier.sol";
import {EnclaveKeyRegistry} from "../src/EnclaveKeyRegistry.sol";
import {PropertyRegistry} from "../src/PropertyRegistry.sol";
import {IAttestationVerifier} from "../src/interfaces/IAttestationVerifier.sol";
import {IEnclaveKeyRegistry} from "../src/interfaces/IEnclaveKeyRegistry.sol";
import {Console} from "../test/lib/Console.sol";
import {Vm} from "../test/lib/Vm.sol";

/// @title Deploy
/// @notice Deploys the key registry, the attestation verifier bound to it and, on request, the property registry bound
/// to the verifier. internal/onchain.DeployWith is its Go twin (same order, constructor arguments and wiring; its
/// TestDeployMatchesScript runs this script against anvil and compares the state).
/// @dev forge script contracts/script/Deploy.s.sol --rpc-url $RPC --private-key $KEY --broadcast
/// Environment (all optional):
/// - VMATTEST_ADMIN: default admin of both contracts (default: the broadcasting account);
/// - VMATTEST_ADMIN_DELAY: seconds a default admin transfer waits (default: 2 days);
/// - VMATTEST_REGISTRAR, VMATTEST_REGISTRARS (comma-separated): the registry's registrars, fixed in its constructor
///   (default: the broadcasting account alone); later changes are governed actions of the registrars;
/// - VMATTEST_APPROVAL_THRESHOLD: registrar approvals needed to register or revoke a key and to queue a governed
///   action (default: 1), at most the number of registrars;
/// - VMATTEST_GOVERNANCE_DELAY: seconds between the queuing and the execution of a governed action (default:
///   2 days; at least 1 day outside devnets, chain id 31337 or 1337);
/// - VMATTEST_POLICY_ADMIN: granted POLICY_ROLE on the verifier, which requires the broadcasting account to be the
///   admin;
/// - VMATTEST_PROPERTIES (bool, default false): also deploy a PropertyRegistry on the verifier (same admin and delay);
/// - VMATTEST_VERIFIER_ADMIN: granted VERIFIER_ADMIN_ROLE on the property registry (with VMATTEST_PROPERTIES), which
///   requires the broadcasting account to be the admin.
contract Deploy {
    /// @notice What to deploy.
    struct Config {
        address admin;
        uint48 adminDelay;
        /// @dev The registry's initial registrars, in order.
        address[] registrars;
        /// @dev The registry's initial threshold.
        uint8 approvalThreshold;
        /// @dev The registry's governance delay in seconds.
        uint64 governanceDelay;
        /// @dev Granted POLICY_ROLE when nonzero.
        address policyAdmin;
        /// @dev Deploy a PropertyRegistry on the verifier.
        bool properties;
        /// @dev Granted VERIFIER_ADMIN_ROLE on the property registry when nonzero; requires `properties`.
        address verifierAdmin;
    }

    /// @notice The property registry of the last deployment; zero unless its Config asked for one.
    PropertyRegistry public properties;

    Vm internal constant vm = Vm(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

    error AdminDelayTooLarge(uint256 delay);
    error ApprovalThresholdTooLarge(uint256 threshold);
    error GovernanceDelayTooLarge(uint256 delay);
    error NotAdmin(address broadcaster, address admin);
    error VerifierAdminWithoutProperties(address verifierAdmin);

    function run() external returns (EnclaveKeyRegistry registry, AttestationVerifier verifier) {
        return deploy(config());
    }

    /// @notice The deployment described by the environment (see the contract's documentation).
    function config() public view returns (Config memory c) {
        c.admin = vm.envOr("VMATTEST_ADMIN", msg.sender);
        uint256 delay = vm.envOr("VMATTEST_ADMIN_DELAY", uint256(2 days));
        if (delay > type(uint48).max) revert AdminDelayTooLarge(delay);
        // forge-lint: disable-next-line(unsafe-typecast)
        c.adminDelay = uint48(delay); // checked above
        address[] memory listed = vm.envOr("VMATTEST_REGISTRARS", ",", new address[](0));
        address registrar = vm.envOr("VMATTEST_REGISTRAR", address(0));
        c.registrars = new address[](listed.length + (registrar == address(0) ? 0 : 1));
        for (uint256 i; i < listed.length; ++i) {
            c.registrars[i] = listed[i];
        }
        if (registrar != address(0)) c.registrars[listed.length] = registrar;
        if (c.registrars.length == 0) {
            c.registrars = new address[](1);
            c.registrars[0] = msg.sender;
        }
        uint256 governanceDelay = vm.envOr("VMATTEST_GOVERNANCE_DELAY", uint256(2 days));
        if (governanceDelay > type(uint64).max) revert GovernanceDelayTooLarge(governanceDelay);
        // forge-lint: disable-next-line(unsafe-typecast)
        c.governanceDelay = uint64(governanceDelay); // checked above
        uint256 threshold = vm.envOr("VMATTEST_APPROVAL_THRESHOLD", uint256(1));
        if (threshold > type(uint8).max) revert ApprovalThresholdTooLarge(threshold);
        // forge-lint: disable-next-line(unsafe-typecast)
        c.approvalThreshold = uint8(threshold); // checked above
        c.policyAdmin = vm.envOr("VMATTEST_POLICY_ADMIN", address(0));
        c.properties = vm.envOr("VMATTEST_PROPERTIES", false);
        c.verifierAdmin = vm.envOr("VMATTEST_VERIFIER_ADMIN", address(0));
    }

    /// @notice Deploys the contracts as `c` describes, in this order: the registry, the verifier, POLICY_ROLE to
    /// `c.policyAdmin`, the property registry, VERIFIER_ADMIN_ROLE to `c.verifierAdmin`. It broadcasts from the caller
    /// (in `forge script`, the account of --private-key or --sender), which must be `c.admin` to grant a role. The
    /// registry's registrars, threshold and governance delay go to its constructor: nobody configures them alone
    /// afterwards. The property registry, when deployed, is `properties()`.
    function deploy(Config memory c) public returns (EnclaveKeyRegistry registry, AttestationVerifier verifier) {
        bool grants = c.policyAdmin != address(0) || c.verifierAdmin != address(0);
        if (grants && c.admin != msg.sender) revert NotAdmin(msg.sender, c.admin);
        if (c.verifierAdmin != address(0) && !c.properties) revert VerifierAdminWithoutProperties(c.verifierAdmin);

        properties = PropertyRegistry(address(0));
        vm.startBroadcast(msg.sender);
        registry = new EnclaveKeyRegistry(c.adminDelay, c.admin, c.registrars, c.approvalThreshold, c.governanceDelay);
        verifier = new AttestationVerifier(IEnclaveKeyRegistry(address(registry)), c.adminDelay, c.admin);
        if (c.policyAdmin != address(0)) verifier.grantRole(verifier.POLICY_ROLE(), c.policyAdmin);
        if (c.properties) {
            properties = new PropertyRegistry(IAttestationVerifier(address(verifier)), c.adminDelay, c.admin);
            if (c.verifierAdmin != address(0)) {
                properties.grantRole(properties.VERIFIER_ADMIN_ROLE(), c.verifierAdmin);
            }
        }
        vm.stopBroadcast();

        Console.log("EnclaveKeyRegistry", address(registry));
        Console.log("AttestationVerifier", address(verifier));
        Console.log("PropertyRegistry", address(properties));
        Console.log("admin", c.admin);
        Console.log("adminDelay", c.adminDelay);
        Console.log("registrars", c.registrars.length);
        Console.log("approvalThreshold", c.approvalThreshold);
        Console.log("governanceDelay", c.governanceDelay);
    }
}
