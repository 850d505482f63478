// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {
    IAccessControlDefaultAdminRules
} from "@openzeppelin/contracts/access/extensions/IAccessControlDefaultAdminRules.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";

import {PropertyRegistry} from "../src/PropertyRegistry.sol";
import {IAttestationVerifier} from "../src/interfaces/IAttestationVerifier.sol";
import {IPropertyRegistry, VerifierEntry} from "../src/interfaces/IPropertyRegistry.sol";
import {FakeGroth16Verifier} from "./utils/FakeGroth16Verifier.sol";
import {PropertyBaseTest} from "./utils/PropertyBaseTest.sol";

/// @notice The N-input function of gnark's exported verifiers, for the selectors the registry must compute (1 and 3
/// caller inputs, plus the 4 context inputs).
interface IGroth16Verifier1 {
    function verifyProof(uint256[8] calldata proof, uint256[5] calldata input) external view;
}

interface IGroth16Verifier3 {
    function verifyProof(uint256[8] calldata proof, uint256[7] calldata input) external view;
}

/// @notice A contract with code but no setupIdentity (e.g. a verifier exported before IVerifierSetup).
contract NoSetupIdentity {
    function verifyProof(uint256[8] calldata, uint256[5] calldata) external pure {}
}

/// @notice The verifier sets of properties: setting, retiring, the grace period, the bound on the set, and the
/// access control around them.
contract PropertyRegistryVerifiersTest is PropertyBaseTest {
    bytes32 internal constant OTHER_PROPERTY = keccak256("vmattest.property.other.v1");

    function _newVerifier() internal returns (address) {
        return address(new FakeGroth16Verifier());
    }

    function _set(bytes32 propertyId, address verifier_, uint8 numInputs) internal {
        vm.prank(verifierAdmin);
        properties.setVerifier(propertyId, verifier_, numInputs);
    }

    function _retire(bytes32 propertyId, address verifier_, uint32 gracePeriod) internal {
        vm.prank(verifierAdmin);
        properties.retireVerifier(propertyId, verifier_, gracePeriod);
    }

    function _assertEntry(VerifierEntry memory entry, address verifier_, uint8 numInputs, uint64 validUntil)
        internal
        pure
    {
        vm.assertEq(entry.verifier, verifier_, "verifier");
        vm.assertEq(uint256(uint32(entry.selector)), uint256(uint32(_selector(numInputs))), "selector");
        vm.assertEq(entry.numInputs, numInputs, "numInputs");
        vm.assertEq(entry.validUntil, validUntil, "validUntil");
    }

    function _selector(uint8 numInputs) internal pure returns (bytes4) {
        return bytes4(keccak256(abi.encodePacked("verifyProof(uint256[8],uint256[", vm.toString(numInputs), "])")));
    }

    // ------------------------------------------------------------------------------------------ deployment

    /// @notice The registry is bound to the verifier and administered by the admin, who administers the role.
    function test_constructor_wiresVerifierAndAdmin() public view {
        vm.assertEq(address(properties.attestations()), address(verifier));
        vm.assertEq(properties.defaultAdmin(), admin);
        vm.assertEq(properties.defaultAdminDelay(), ADMIN_DELAY);
        vm.assertEq(properties.VERIFIER_ADMIN_ROLE(), keccak256("vmattest.VERIFIER_ADMIN_ROLE"));
        vm.assertEq(properties.getRoleAdmin(properties.VERIFIER_ADMIN_ROLE()), bytes32(0));
        vm.assertEq(properties.MAX_VERIFIERS(), 4);
    }

    /// @notice ERC-165 reports IPropertyRegistry and the access control interfaces, nothing else.
    function test_supportsInterface() public view {
        vm.assertTrue(properties.supportsInterface(type(IPropertyRegistry).interfaceId));
        vm.assertTrue(properties.supportsInterface(type(IAccessControl).interfaceId));
        vm.assertTrue(properties.supportsInterface(type(IAccessControlDefaultAdminRules).interfaceId));
        vm.assertTrue(properties.supportsInterface(type(IERC165).interfaceId));
        vm.assertFalse(properties.supportsInterface(type(IAttestationVerifier).interfaceId));
        vm.assertFalse(properties.supportsInterface(0xffffffff));
    }

    // ------------------------------------------------------------------------------------------ setVerifier

    /// @notice A new verifier is current, with the selector of gnark's verifyProof for its number of inputs.
    function test_setVerifier_storesAndEmits() public {
        address v = _newVerifier();
        vm.expectEmit(address(properties));
        emit IPropertyRegistry.VerifierSet(OTHER_PROPERTY, v, 1 + CTX, SELECTOR_1);
        _set(OTHER_PROPERTY, v, 1 + CTX);
        VerifierEntry[] memory entries = properties.verifiers(OTHER_PROPERTY);
        vm.assertEq(entries.length, 1);
        _assertEntry(entries[0], v, 1 + CTX, type(uint64).max);
    }

    /// @notice The selectors are those of the exported functions, for one- to three-digit input counts.
    function test_setVerifier_selectorMatchesGnarkSignature() public {
        vm.assertEq(uint256(uint32(SELECTOR_1)), uint256(uint32(IGroth16Verifier1.verifyProof.selector)));
        vm.assertEq(uint256(uint32(SELECTOR_3)), uint256(uint32(IGroth16Verifier3.verifyProof.selector)));
        VerifierEntry[] memory entries = properties.verifiers(PROPERTY_3);
        vm.assertEq(entries.length, 1);
        _assertEntry(entries[0], address(fake), 3 + CTX, type(uint64).max);
        vm.assertEq(uint256(uint32(entries[0].selector)), uint256(uint32(SELECTOR_3)));

        uint8[3] memory counts = [uint8(10), 99, 255];
        for (uint256 i; i < counts.length; ++i) {
            bytes32 propertyId = keccak256(abi.encode("inputs", counts[i]));
            bytes4 selector = _selector(counts[i]);
            vm.expectEmit(address(properties));
            emit IPropertyRegistry.VerifierSet(propertyId, address(fake), counts[i], selector);
            _set(propertyId, address(fake), counts[i]);
        }
        vm.assertEq(
            uint256(uint32(_selector(255))), uint256(uint32(bytes4(keccak256("verifyProof(uint256[8],uint256[255])"))))
        );
    }

    /// @notice The same verifier contract may serve several properties, with its own entry in each.
    function test_setVerifier_sameVerifierForTwoProperties() public view {
        vm.assertEq(properties.verifiers(PROPERTY)[0].numInputs, 1 + CTX);
        vm.assertEq(properties.verifiers(PROPERTY_3)[0].numInputs, 3 + CTX);
    }

    /// @notice Every verifier takes the commitment as an input.
    function test_setVerifier_zeroInputs_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IPropertyRegistry.InvalidNumInputs.selector, uint8(0)));
        _set(OTHER_PROPERTY, address(fake), 0);
    }

    /// @notice Every verifier takes the context inputs besides the commitment: CTX inputs are too few, CTX + 1 is
    /// the smallest accepted count.
    function test_setVerifier_contextOnlyInputs_reverts() public {
        vm.assertEq(properties.CONTEXT_INPUTS(), CTX);
        vm.expectRevert(abi.encodeWithSelector(IPropertyRegistry.InvalidNumInputs.selector, CTX));
        _set(OTHER_PROPERTY, address(fake), CTX);
        _set(OTHER_PROPERTY, address(fake), CTX + 1);
    }

    // ------------------------------------------------------------------------------- insecure setups

    /// @notice A verifier of the insecure development setup is refused on a chain that is not a devnet (chain id 1):
    /// proofs for it can be forged by anyone who recomputes the setup.
    function test_setVerifier_insecureOnMainnet_reverts() public {
        FakeGroth16Verifier dev = new FakeGroth16Verifier();
        dev.setInsecure(true);
        vm.chainId(1);
        vm.expectRevert(abi.encodeWithSelector(IPropertyRegistry.InsecureVerifier.selector, address(dev), 1));
        _set(OTHER_PROPERTY, address(dev), 1 + CTX);
    }

    /// @notice The same insecure verifier is accepted on the devnet chain ids 31337 and 1337.
    function test_setVerifier_insecureOnDevnet_accepted() public {
        FakeGroth16Verifier dev = new FakeGroth16Verifier();
        dev.setInsecure(true);
        vm.chainId(31337);
        _set(OTHER_PROPERTY, address(dev), 1 + CTX);
        vm.chainId(1337);
        _set(keccak256("vmattest.property.other2.v1"), address(dev), 1 + CTX);
        vm.assertEq(properties.verifiers(OTHER_PROPERTY).length, 1);
    }

    /// @notice A verifier that declares a ceremony setup (insecure = false) is accepted on any chain.
    function test_setVerifier_ceremonyVerifier_acceptedAnywhere() public {
        FakeGroth16Verifier ceremony = new FakeGroth16Verifier();
        vm.chainId(1);
        _set(OTHER_PROPERTY, address(ceremony), 1 + CTX);
        vm.chainId(10);
        _set(keccak256("vmattest.property.other2.v1"), address(ceremony), 1 + CTX);
        vm.assertEq(properties.verifiers(OTHER_PROPERTY).length, 1);
    }

    /// @notice A verifier that does not declare its setup (no setupIdentity) counts as insecure: refused on chain id
    /// 1, accepted on a devnet.
    function test_setVerifier_noSetupIdentity_refusedOutsideDevnet() public {
        address undeclared = address(new NoSetupIdentity());
        vm.chainId(1);
        vm.expectRevert(abi.encodeWithSelector(IPropertyRegistry.InsecureVerifier.selector, undeclared, 1));
        _set(OTHER_PROPERTY, undeclared, 1 + CTX);
        vm.chainId(31337);
        _set(OTHER_PROPERTY, undeclared, 1 + CTX);
    }

    /// @notice An address without code would accept every proof.
    function test_setVerifier_noCode_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IPropertyRegistry.VerifierHasNoCode.selector, stranger));
        _set(OTHER_PROPERTY, stranger, 1 + CTX);
        vm.expectRevert(abi.encodeWithSelector(IPropertyRegistry.VerifierHasNoCode.selector, address(0)));
        _set(OTHER_PROPERTY, address(0), 1 + CTX);
    }

    /// @notice Setting a current verifier again is an error (retire it to change its input count).
    function test_setVerifier_alreadyCurrent_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(IPropertyRegistry.VerifierAlreadyCurrent.selector, PROPERTY, address(fake))
        );
        _set(PROPERTY, address(fake), 1 + CTX);
        vm.expectRevert(
            abi.encodeWithSelector(IPropertyRegistry.VerifierAlreadyCurrent.selector, PROPERTY, address(fake))
        );
        _set(PROPERTY, address(fake), 3 + CTX);
    }

    /// @notice A verifier retired but within its grace period becomes current again, with its new input count.
    function test_setVerifier_retiredInGrace_becomesCurrent() public {
        _retire(PROPERTY, address(fake), 1 days);
        vm.warp(T0 + 1 days - 1);
        vm.expectEmit(address(properties));
        emit IPropertyRegistry.VerifierSet(PROPERTY, address(fake), 3 + CTX, SELECTOR_3);
        _set(PROPERTY, address(fake), 3 + CTX);
        VerifierEntry[] memory entries = properties.verifiers(PROPERTY);
        vm.assertEq(entries.length, 1);
        _assertEntry(entries[0], address(fake), 3 + CTX, type(uint64).max);
        vm.warp(T0 + 10 days);
        vm.assertEq(properties.verifiers(PROPERTY).length, 1, "current again: no end");
    }

    /// @notice A refused verifier is deleted when a verifier is set, and can be set afresh.
    function test_setVerifier_refusedVerifier_isRemovedAndCanBeSetAgain() public {
        _retire(PROPERTY, address(fake), 1 hours);
        vm.warp(T0 + 1 hours);
        vm.assertEq(properties.verifiers(PROPERTY).length, 0);
        vm.expectEmit(address(properties));
        emit IPropertyRegistry.VerifierRemoved(PROPERTY, address(fake));
        vm.expectEmit(address(properties));
        emit IPropertyRegistry.VerifierSet(PROPERTY, address(fake), 1 + CTX, SELECTOR_1);
        _set(PROPERTY, address(fake), 1 + CTX);
        VerifierEntry[] memory entries = properties.verifiers(PROPERTY);
        vm.assertEq(entries.length, 1);
        _assertEntry(entries[0], address(fake), 1 + CTX, type(uint64).max);
    }

    /// @notice At most MAX_VERIFIERS verifiers are accepted at once, retired ones within their grace included;
    /// once a grace period ends, its slot is free again.
    function test_setVerifier_tooMany_reverts() public {
        address[] memory added = new address[](3);
        for (uint256 i; i < 3; ++i) {
            added[i] = _newVerifier();
            _set(PROPERTY, added[i], 1 + CTX);
        }
        vm.assertEq(properties.verifiers(PROPERTY).length, 4);
        _retire(PROPERTY, added[1], 1 days);
        address fifth = _newVerifier();
        vm.expectRevert(abi.encodeWithSelector(IPropertyRegistry.TooManyVerifiers.selector, PROPERTY, 4));
        _set(PROPERTY, fifth, 1 + CTX);

        vm.warp(T0 + 1 days);
        vm.expectEmit(address(properties));
        emit IPropertyRegistry.VerifierRemoved(PROPERTY, added[1]);
        _set(PROPERTY, fifth, 1 + CTX);
        VerifierEntry[] memory entries = properties.verifiers(PROPERTY);
        vm.assertEq(entries.length, 4);
        for (uint256 i; i < entries.length; ++i) {
            vm.assertNotEq(entries[i].verifier, added[1]);
        }
    }

    /// @notice Several refused verifiers are all deleted at once, whatever their place in the list.
    function test_setVerifier_removesAllRefused() public {
        address[] memory added = new address[](3);
        for (uint256 i; i < 3; ++i) {
            added[i] = _newVerifier();
            _set(PROPERTY, added[i], 1 + CTX);
        }
        _retire(PROPERTY, address(fake), 0);
        _retire(PROPERTY, added[2], 0);
        _retire(PROPERTY, added[0], 10);
        vm.warp(T0 + 10);
        address v = _newVerifier();
        _set(PROPERTY, v, 1 + CTX);
        VerifierEntry[] memory entries = properties.verifiers(PROPERTY);
        vm.assertEq(entries.length, 2);
        vm.assertTrue(
            (entries[0].verifier == added[1] && entries[1].verifier == v)
                || (entries[0].verifier == v && entries[1].verifier == added[1])
        );
    }

    /// @notice Only VERIFIER_ADMIN_ROLE sets verifiers; the default admin must grant itself the role.
    function test_setVerifier_unauthorized_reverts() public {
        bytes32 role = properties.VERIFIER_ADMIN_ROLE();
        vm.expectRevert(_unauthorized(stranger, role));
        vm.prank(stranger);
        properties.setVerifier(OTHER_PROPERTY, address(fake), 1 + CTX);
        vm.expectRevert(_unauthorized(admin, role));
        vm.prank(admin);
        properties.setVerifier(OTHER_PROPERTY, address(fake), 1 + CTX);
        vm.assertEq(properties.verifiers(OTHER_PROPERTY).length, 0);
    }

    // ------------------------------------------------------------------------------------------ retireVerifier

    /// @notice Retiring keeps the verifier accepted until now + grace, exclusive.
    function test_retireVerifier_setsGraceEndAndEmits() public {
        vm.warp(T0 + 5);
        vm.expectEmit(address(properties));
        emit IPropertyRegistry.VerifierRetired(PROPERTY, address(fake), T0 + 5 + 1 days);
        _retire(PROPERTY, address(fake), 1 days);
        VerifierEntry[] memory entries = properties.verifiers(PROPERTY);
        vm.assertEq(entries.length, 1);
        _assertEntry(entries[0], address(fake), 1 + CTX, T0 + 5 + 1 days);
        vm.warp(T0 + 5 + 1 days - 1);
        vm.assertEq(properties.verifiers(PROPERTY).length, 1, "last second of grace");
        vm.warp(T0 + 5 + 1 days);
        vm.assertEq(properties.verifiers(PROPERTY).length, 0, "grace over");
    }

    /// @notice A grace period of zero refuses the verifier at once.
    function test_retireVerifier_zeroGrace_refusesAtOnce() public {
        vm.expectEmit(address(properties));
        emit IPropertyRegistry.VerifierRetired(PROPERTY, address(fake), T0);
        _retire(PROPERTY, address(fake), 0);
        vm.assertEq(properties.verifiers(PROPERTY).length, 0);
    }

    /// @notice Retiring again can shorten the grace period, never extend it.
    function test_retireVerifier_neverExtends() public {
        _retire(PROPERTY, address(fake), 1 days);
        vm.expectEmit(address(properties));
        emit IPropertyRegistry.VerifierRetired(PROPERTY, address(fake), T0 + 1 days);
        _retire(PROPERTY, address(fake), 2 days);
        vm.assertEq(properties.verifiers(PROPERTY)[0].validUntil, T0 + 1 days);

        vm.expectEmit(address(properties));
        emit IPropertyRegistry.VerifierRetired(PROPERTY, address(fake), T0 + 1 hours);
        _retire(PROPERTY, address(fake), 1 hours);
        vm.assertEq(properties.verifiers(PROPERTY)[0].validUntil, T0 + 1 hours);
    }

    /// @notice The largest grace period is accepted without overflow.
    function test_retireVerifier_maxGrace() public {
        _retire(PROPERTY, address(fake), type(uint32).max);
        vm.assertEq(properties.verifiers(PROPERTY)[0].validUntil, uint256(T0) + type(uint32).max);
    }

    /// @notice Only an accepted verifier can be retired: not an unknown one, nor one whose grace period is over.
    function test_retireVerifier_notAccepted_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IPropertyRegistry.VerifierNotAccepted.selector, OTHER_PROPERTY, fake));
        _retire(OTHER_PROPERTY, address(fake), 0);

        _retire(PROPERTY, address(fake), 60);
        vm.warp(T0 + 60);
        vm.expectRevert(abi.encodeWithSelector(IPropertyRegistry.VerifierNotAccepted.selector, PROPERTY, fake));
        _retire(PROPERTY, address(fake), 0);
    }

    /// @notice Only VERIFIER_ADMIN_ROLE retires verifiers.
    function test_retireVerifier_unauthorized_reverts() public {
        bytes32 role = properties.VERIFIER_ADMIN_ROLE();
        vm.expectRevert(_unauthorized(stranger, role));
        vm.prank(stranger);
        properties.retireVerifier(PROPERTY, address(fake), 0);
        vm.expectRevert(_unauthorized(admin, role));
        vm.prank(admin);
        properties.retireVerifier(PROPERTY, address(fake), 0);
        vm.assertEq(properties.verifiers(PROPERTY)[0].validUntil, type(uint64).max);
    }

    /// @notice The default admin grants and revokes VERIFIER_ADMIN_ROLE.
    function test_verifierAdminRole_grantedAndRevokedByAdmin() public {
        bytes32 role = properties.VERIFIER_ADMIN_ROLE();
        vm.expectRevert(_unauthorized(verifierAdmin, bytes32(0)));
        vm.prank(verifierAdmin);
        properties.grantRole(role, stranger);

        vm.prank(admin);
        properties.grantRole(role, stranger);
        _set(OTHER_PROPERTY, address(fake), 1 + CTX); // verifierAdmin
        vm.prank(stranger);
        properties.retireVerifier(OTHER_PROPERTY, address(fake), 0);

        vm.prank(admin);
        properties.revokeRole(role, verifierAdmin);
        vm.expectRevert(_unauthorized(verifierAdmin, role));
        _set(OTHER_PROPERTY, address(fake), 1 + CTX);
    }

    // ------------------------------------------------------------------------------------------ verifiers

    /// @notice A property without verifiers has an empty set.
    function test_verifiers_unknownProperty_isEmpty() public view {
        vm.assertEq(properties.verifiers(OTHER_PROPERTY).length, 0);
    }

    /// @notice The view lists current verifiers and retired ones within their grace period.
    function test_verifiers_listsOnlyAccepted() public {
        address v2 = _newVerifier();
        address v3 = _newVerifier();
        _set(PROPERTY, v2, 1 + CTX);
        _set(PROPERTY, v3, 3 + CTX);
        _retire(PROPERTY, address(fake), 100);
        _retire(PROPERTY, v3, 50);
        vm.warp(T0 + 50);
        VerifierEntry[] memory entries = properties.verifiers(PROPERTY);
        vm.assertEq(entries.length, 2);
        _assertEntry(entries[0], address(fake), 1 + CTX, T0 + 100);
        _assertEntry(entries[1], v2, 1 + CTX, type(uint64).max);
    }

    /// @notice A deployment bound to another verifier is independent.
    function test_constructor_otherVerifier() public {
        PropertyRegistry other = new PropertyRegistry(IAttestationVerifier(address(0xBEEF)), 1 days, stranger);
        vm.assertEq(address(other.attestations()), address(0xBEEF));
        vm.assertEq(other.defaultAdmin(), stranger);
        vm.assertEq(other.verifiers(PROPERTY).length, 0);
    }
}
