// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Errors} from "@openzeppelin/contracts/utils/Errors.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {KeeperVault} from "../../src/examples/KeeperVault.sol";
import {Dissent, QuorumState, QuorumVote} from "../../src/interfaces/IAttestationVerifier.sol";
import {IPropertyRegistry} from "../../src/interfaces/IPropertyRegistry.sol";
import {IVMIntegrity} from "../../src/interfaces/IVMIntegrity.sol";
import {Attestation} from "../../src/libraries/AttestationLib.sol";
import {Console} from "../lib/Console.sol";
import {PropertyBaseTest} from "../utils/PropertyBaseTest.sol";

/// @notice A keeper that withdraws to itself and, on receiving the ether, tries to withdraw again.
contract ReentrantKeeper {
    KeeperVault internal immutable vault;

    constructor(KeeperVault vault_) {
        vault = vault_;
    }

    function withdraw(uint256 amount) external {
        vault.withdraw(payable(address(this)), amount);
    }

    receive() external payable {
        vault.withdraw(payable(address(this)), msg.value);
    }
}

/// @notice A contract without receive or fallback: every transfer to it fails without data.
contract RejectsEther {}

/// @notice KeeperVault against the real AttestationVerifier, EnclaveKeyRegistry and PropertyRegistry, with real
/// signed attestations (PropertyBaseTest; only the Groth16 verifier is a fake). In setUp, VM_A's attestation of T0
/// (sequence 1, signed by keyA) has a golden digest and a recorded proof of PROPERTY, the readonlyroot property id,
/// so withdrawals are allowed until T0 + VAULT_MAX_AGE.
contract KeeperVaultTest is PropertyBaseTest {
    uint256 internal constant VAULT_MAX_AGE = 10 minutes;
    uint256 internal constant MAX_PROOF_AGE = 1 hours;
    uint256 internal constant FUNDS = 10 ether;
    uint256 internal constant KEY_C_PK = 0xC0FFEE0003;

    address internal vaultOwner = address(0x0FFE4);
    address internal keeper = address(0x6EE9E4);
    address payable internal recipient = payable(address(0xBEEF));

    KeeperVault internal vault;
    bytes32 internal golden;

    function setUp() public override {
        super.setUp();
        // PropertyBaseTest's PROPERTY is the id the Go prover uses for readonlyroot: keccak256 of its tag.
        vm.assertEq(PROPERTY, keccak256("vmattest.property.readonlyroot.v2"));
        golden = verifier.latest(VM_A, SUBSET).stateDigest;
        vm.prank(policyAdmin);
        verifier.addGoldenDigest(SUBSET, BLAKE3, golden, "keeper image 1.0");
        _prove(VM_A, SUBSET, COMMITMENT);

        vault = _deploy(VM_A, PROPERTY);
        vault.deposit{value: FUNDS}();
        vm.label(address(vault), "KeeperVault");
        vm.label(keeper, "keeper");
        vm.label(recipient, "recipient");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    function _config(bytes16 vmId, bytes32 property) internal view returns (KeeperVault.Config memory) {
        return KeeperVault.Config({
            owner: vaultOwner,
            keeper: keeper,
            integrity: IVMIntegrity(address(verifier)),
            properties: property == bytes32(0) ? IPropertyRegistry(address(0)) : properties,
            vmId: vmId,
            subsetId: SUBSET,
            maxAge: VAULT_MAX_AGE,
            requiredProperty: property,
            maxProofAge: MAX_PROOF_AGE
        });
    }

    /// @dev A vault for `vmId` requiring `property` (none when zero).
    function _deploy(bytes16 vmId, bytes32 property) internal returns (KeeperVault) {
        return new KeeperVault(_config(vmId, property));
    }

    /// @dev Submits a real attestation of VM_A / SUBSET signed by `privateKey`, taken now, with `digest` and
    /// `commitment`.
    function _attestNow(uint256 privateKey, uint64 sequence, bytes32 digest, bytes32 commitment) internal {
        Attestation memory att = _attestation(VM_A, sequence, uint64(block.timestamp));
        att.stateDigest = digest;
        att.zkCommitment = commitment;
        _submit(privateKey, att);
    }

    function _expectWithdrawn(address by, address to, uint256 amount) internal {
        vm.expectEmit(address(vault));
        emit KeeperVault.Withdrawn(by, to, amount);
    }

    /// @dev Withdraws `amount` to the recipient as the keeper and checks the event and both balances.
    function _withdrawAndCheck(KeeperVault v, uint256 amount) internal {
        uint256 vaultBefore = address(v).balance;
        uint256 recipientBefore = recipient.balance;
        vm.expectEmit(address(v));
        emit KeeperVault.Withdrawn(keeper, recipient, amount);
        vm.prank(keeper);
        v.withdraw(recipient, amount);
        vm.assertEq(address(v).balance, vaultBefore - amount, "vault balance");
        vm.assertEq(recipient.balance, recipientBefore + amount, "recipient balance");
    }

    function _assertStatus(KeeperVault v, KeeperVault.VMStatus expected) internal view {
        vm.assertEq(uint256(v.vmStatus()), uint256(expected), "vmStatus");
    }

    function _expectWithdrawReverts(KeeperVault v, bytes memory revertData) internal {
        vm.expectRevert(revertData);
        vm.prank(keeper);
        v.withdraw(recipient, 1 ether);
    }

    // ------------------------------------------------------------------------------------------------ allowed

    /// @notice Fresh, golden and proven: the keeper's withdrawal goes through, with its event.
    function test_withdraw_intactAndProven_sendsFunds() public {
        _assertStatus(vault, KeeperVault.VMStatus.Ok);
        _withdrawAndCheck(vault, 3 ether);
        _withdrawAndCheck(vault, FUNDS - 3 ether);
        vm.assertEq(address(vault).balance, 0);
    }

    /// @notice Withdrawals are allowed up to and including attestation timestamp + maxAge, not one second later.
    function test_withdraw_atMaxAge_succeeds_oneSecondLater_reverts() public {
        vm.warp(T0 + VAULT_MAX_AGE);
        _withdrawAndCheck(vault, 1 ether);
        vm.warp(T0 + VAULT_MAX_AGE + 1);
        _expectWithdrawReverts(
            vault, abi.encodeWithSelector(KeeperVault.VMNotFresh.selector, VM_A, SUBSET, T0, VAULT_MAX_AGE)
        );
    }

    /// @notice A vault that requires no property (and has no registry) ignores properties: a new state with a
    /// golden digest but another, unproven, commitment is enough.
    function test_withdraw_noPropertyRequired_needsOnlyIntact() public {
        KeeperVault plain = _deploy(VM_A, bytes32(0));
        vm.assertEq(address(plain.properties()), address(0));
        plain.deposit{value: FUNDS}();
        vm.warp(T0 + 60);
        _attestNow(KEY_A_PK, 2, golden, COMMITMENT_2);
        vm.assertFalse(properties.hasProperty(VM_A, SUBSET, PROPERTY, MAX_PROOF_AGE));
        _assertStatus(plain, KeeperVault.VMStatus.Ok);
        _withdrawAndCheck(plain, 1 ether);
        _assertStatus(vault, KeeperVault.VMStatus.PropertyNotProven);
    }

    // ------------------------------------------------------------------------------------------------ refused

    /// @notice A VM without any attestation.
    function test_withdraw_neverAttested_reverts() public {
        KeeperVault other = _deploy(VM_B, PROPERTY);
        other.deposit{value: FUNDS}();
        _assertStatus(other, KeeperVault.VMStatus.NeverAttested);
        _expectWithdrawReverts(other, abi.encodeWithSelector(KeeperVault.VMNeverAttested.selector, VM_B, SUBSET));
    }

    /// @notice Without a new attestation for longer than maxAge (agent or node down, VM gone), nothing moves, and
    /// a new intact attestation (of the same, proven, state) lets withdrawals resume.
    function test_withdraw_stale_reverts_untilAttestedAgain() public {
        vm.warp(T0 + 1 hours);
        _assertStatus(vault, KeeperVault.VMStatus.NotFresh);
        _expectWithdrawReverts(
            vault, abi.encodeWithSelector(KeeperVault.VMNotFresh.selector, VM_A, SUBSET, T0, VAULT_MAX_AGE)
        );

        _attestNow(KEY_A_PK, 2, golden, COMMITMENT);
        // The proof of T0 still holds: same commitment, proven attestation exactly MAX_PROOF_AGE old.
        _withdrawAndCheck(vault, 1 ether);
    }

    /// @notice A future-dated attestation (timestamp ahead of its block, within the skew) ages from the block that
    /// recorded it, as the verifier counts: once maxAge has passed since that block, the vault says NotFresh (not
    /// Invalidated, which means a revoked key or a removed subset), although now - timestamp is still below maxAge.
    function test_withdraw_futureDatedRecord_staleFromItsBlock_isNotFresh() public {
        uint64 recordedAt = uint64(block.timestamp) + 1;
        vm.warp(recordedAt);
        Attestation memory att = _attestation(VM_A, 2, recordedAt + MAX_FUTURE_SKEW);
        att.stateDigest = golden;
        att.zkCommitment = COMMITMENT;
        _submit(KEY_A_PK, att);
        vm.warp(uint256(recordedAt) + VAULT_MAX_AGE + 1);
        vm.assertLt(block.timestamp - recordedAt - MAX_FUTURE_SKEW, VAULT_MAX_AGE); // younger by its own timestamp
        _assertStatus(vault, KeeperVault.VMStatus.NotFresh);
        _expectWithdrawReverts(
            vault,
            abi.encodeWithSelector(
                KeeperVault.VMNotFresh.selector, VM_A, SUBSET, recordedAt + MAX_FUTURE_SKEW, VAULT_MAX_AGE
            )
        );
    }

    /// @notice A fresh attestation of a state whose digest is not golden (e.g. a tampered kernel).
    function test_withdraw_digestNotGolden_reverts() public {
        bytes32 tampered = keccak256("tampered kernel");
        _attestNow(KEY_A_PK, 2, tampered, COMMITMENT);
        _assertStatus(vault, KeeperVault.VMStatus.NotIntact);
        _expectWithdrawReverts(vault, abi.encodeWithSelector(KeeperVault.VMNotIntact.selector, VM_A, SUBSET, tampered));
    }

    /// @notice The policy admin withdrawing the golden digest (e.g. a vulnerable image) stops withdrawals at once.
    function test_withdraw_goldenDigestRemoved_reverts() public {
        vm.prank(policyAdmin);
        verifier.removeGoldenDigest(SUBSET, BLAKE3, golden);
        _expectWithdrawReverts(vault, abi.encodeWithSelector(KeeperVault.VMNotIntact.selector, VM_A, SUBSET, golden));
    }

    /// @notice Revoking the enclave key that signed the latest attestation stops withdrawals at once, although the
    /// attestation is recent and golden; an attestation by a newly registered key of the VM lets them resume.
    function test_withdraw_signerRevoked_reverts_untilNewKeyAttests() public {
        vm.prank(admin);
        registry.revokeKey(keyA);
        _assertStatus(vault, KeeperVault.VMStatus.Invalidated);
        _expectWithdrawReverts(
            vault, abi.encodeWithSelector(KeeperVault.VMAttestationInvalidated.selector, VM_A, SUBSET, keyA)
        );

        _register(vm.addr(KEY_C_PK), VM_A, T0 + KEY_LIFETIME);
        vm.warp(T0 + 1);
        _attestNow(KEY_C_PK, 2, golden, COMMITMENT);
        _withdrawAndCheck(vault, 1 ether);
    }

    /// @notice A vault on a quorum subset: once 2 of VM_A's keys record the golden state, withdrawals go through.
    /// Revoking a key of VM_A afterwards, even one that did not vote, blocks them with
    /// VMAttestationInvalidated(vm, subset, address(0)) (a quorum record has no signer) until the next quorum.
    function test_withdraw_quorumRecord_blockedOnceAKeyOfTheVmIsRevoked() public {
        KeeperVault v = _deploy(VM_A, bytes32(0));
        v.deposit{value: 2 ether}();
        _register(vm.addr(KEY_C_PK), VM_A, T0 + KEY_LIFETIME);
        address nonVoter = vm.addr(0xC0FFEE0004);
        _register(nonVoter, VM_A, T0 + KEY_LIFETIME);
        vm.prank(policyAdmin);
        verifier.setQuorum(SUBSET, 2, 1 minutes);

        vm.warp(T0 + 1);
        _submitQuorum(uint64(block.timestamp));
        vm.assertEq(verifier.latest(VM_A, SUBSET).signer, address(0), "a quorum record");
        _withdrawAndCheck(v, 1 ether);

        vm.prank(admin);
        registry.revokeKey(nonVoter);
        _assertStatus(v, KeeperVault.VMStatus.Invalidated);
        _expectWithdrawReverts(
            v, abi.encodeWithSelector(KeeperVault.VMAttestationInvalidated.selector, VM_A, SUBSET, address(0))
        );

        vm.warp(T0 + 2);
        _submitQuorum(uint64(block.timestamp));
        _withdrawAndCheck(v, 1 ether);
    }

    /// @dev Records the golden state of VM_A / SUBSET by the votes of keyA and KEY_C_PK's key at `timestamp`.
    function _submitQuorum(uint64 timestamp) internal {
        QuorumState memory s =
            QuorumState({vmId: VM_A, subsetId: SUBSET, hashAlg: BLAKE3, stateDigest: golden, zkCommitment: COMMITMENT});
        uint256[2] memory pks = [KEY_A_PK, KEY_C_PK];
        if (vm.addr(pks[0]) > vm.addr(pks[1])) pks = [KEY_C_PK, KEY_A_PK];
        QuorumVote[] memory votes = new QuorumVote[](2);
        for (uint256 i; i < 2; ++i) {
            Attestation memory att = Attestation({
                vmId: VM_A,
                subsetId: SUBSET,
                hashAlg: BLAKE3,
                stateDigest: golden,
                zkCommitment: COMMITMENT,
                timestamp: timestamp,
                sequence: 1
            });
            (votes[i].r, votes[i].vs) = _sign(pks[i], att);
            (votes[i].timestamp, votes[i].sequence) = (timestamp, 1);
        }
        vm.assertTrue(verifier.submitQuorum(s, votes, new Dissent[](0)), "quorum not recorded");
    }

    /// @notice Revocation by the registrars' quorum (threshold 1 here) has the same effect as the admin's.
    function test_withdraw_signerRevokedByRegistrars_reverts() public {
        vm.prank(registrar);
        vm.assertTrue(registry.approveRevocation(keyA));
        _expectWithdrawReverts(
            vault, abi.encodeWithSelector(KeeperVault.VMAttestationInvalidated.selector, VM_A, SUBSET, keyA)
        );
    }

    /// @notice A subset that is no longer approved makes its attestations invalid.
    function test_withdraw_subsetRemoved_reverts() public {
        vm.prank(policyAdmin);
        verifier.removeSubset(SUBSET);
        // Removal clears the subset's records (a new epoch): the VM has no attestation of it any more.
        _assertStatus(vault, KeeperVault.VMStatus.NeverAttested);
        _expectWithdrawReverts(vault, abi.encodeWithSelector(KeeperVault.VMNeverAttested.selector, VM_A, SUBSET));
    }

    /// @notice Intact but never proven to have the required property.
    function test_withdraw_propertyNeverProven_reverts() public {
        KeeperVault other = _deploy(VM_B, PROPERTY);
        other.deposit{value: FUNDS}();
        Attestation memory att = _attestation(VM_B, 1, T0);
        att.zkCommitment = COMMITMENT;
        vm.prank(policyAdmin);
        verifier.addGoldenDigest(SUBSET, BLAKE3, att.stateDigest, "vm b");
        _submit(KEY_B_PK, att);
        vm.assertTrue(verifier.isIntact(VM_B, SUBSET, VAULT_MAX_AGE));
        _assertStatus(other, KeeperVault.VMStatus.PropertyNotProven);
        _expectWithdrawReverts(
            other, abi.encodeWithSelector(KeeperVault.PropertyNotProven.selector, VM_B, SUBSET, PROPERTY, MAX_PROOF_AGE)
        );
    }

    /// @notice A proof older than maxProofAge no longer counts, although fresh attestations of the same state keep
    /// the VM intact: the age is that of the proven attestation, and re-proving renews it.
    function test_withdraw_proofExpired_reverts_untilReproven() public {
        vm.warp(T0 + MAX_PROOF_AGE);
        _attestNow(KEY_A_PK, 2, golden, COMMITMENT);
        _withdrawAndCheck(vault, 1 ether); // proof exactly MAX_PROOF_AGE old
        vm.warp(T0 + MAX_PROOF_AGE + 1);
        vm.assertTrue(verifier.isIntact(VM_A, SUBSET, VAULT_MAX_AGE));
        _assertStatus(vault, KeeperVault.VMStatus.PropertyNotProven);
        _expectWithdrawReverts(
            vault, abi.encodeWithSelector(KeeperVault.PropertyNotProven.selector, VM_A, SUBSET, PROPERTY, MAX_PROOF_AGE)
        );

        _prove(VM_A, SUBSET, COMMITMENT);
        _withdrawAndCheck(vault, 1 ether);
    }

    /// @notice A new state (golden digest, other commitment) is not proven until its own proof is recorded.
    function test_withdraw_stateChangedSinceProof_reverts_untilReproven() public {
        _attestNow(KEY_A_PK, 2, golden, COMMITMENT_2);
        _expectWithdrawReverts(
            vault, abi.encodeWithSelector(KeeperVault.PropertyNotProven.selector, VM_A, SUBSET, PROPERTY, MAX_PROOF_AGE)
        );
        _prove(VM_A, SUBSET, COMMITMENT_2);
        _withdrawAndCheck(vault, 1 ether);
    }

    /// @notice A proof about another subset of the keeper's VM does not count: the vault's subset (the one it
    /// checks attestations of) has no record of its new state, whatever is proven for OTHER_SUBSET of the same VM
    /// with the same property. (With records per VM only, the other subset's proof unlocked the vault.)
    function test_withdraw_proofOfOtherSubset_reverts() public {
        vm.prank(policyAdmin);
        verifier.approveSubset(OTHER_SUBSET, _policy(), "etc", "1", "");
        vm.warp(T0 + 60);
        _attestNow(KEY_A_PK, 2, golden, COMMITMENT_2); // a new, unproven state of SUBSET
        _attest(VM_A, OTHER_SUBSET, 3, T0 + 60, COMMITMENT_2);
        _prove(VM_A, OTHER_SUBSET, COMMITMENT_2);
        vm.assertTrue(properties.hasProperty(VM_A, OTHER_SUBSET, PROPERTY, MAX_PROOF_AGE));
        _assertStatus(vault, KeeperVault.VMStatus.PropertyNotProven);
        _expectWithdrawReverts(
            vault, abi.encodeWithSelector(KeeperVault.PropertyNotProven.selector, VM_A, SUBSET, PROPERTY, MAX_PROOF_AGE)
        );
    }

    /// @notice A Groth16 verifier retired at once (e.g. a broken setup) no longer vouches for its proofs.
    function test_withdraw_proofVerifierRetired_reverts() public {
        vm.prank(verifierAdmin);
        properties.retireVerifier(PROPERTY, address(fake), 0);
        _expectWithdrawReverts(
            vault, abi.encodeWithSelector(KeeperVault.PropertyNotProven.selector, VM_A, SUBSET, PROPERTY, MAX_PROOF_AGE)
        );
    }

    /// @notice Only the keeper withdraws; not the owner, not anyone else.
    function test_withdraw_notKeeper_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(KeeperVault.NotKeeper.selector, stranger));
        vm.prank(stranger);
        vault.withdraw(payable(stranger), 1 ether);
        vm.expectRevert(abi.encodeWithSelector(KeeperVault.NotKeeper.selector, vaultOwner));
        vm.prank(vaultOwner);
        vault.withdraw(payable(vaultOwner), 1 ether);
    }

    /// @notice The keeper check comes before the integrity reads: a stranger learns nothing new from the error.
    function test_withdraw_notKeeper_revertsBeforeVMChecks() public {
        vm.warp(T0 + 1 days);
        vm.expectRevert(abi.encodeWithSelector(KeeperVault.NotKeeper.selector, stranger));
        vm.prank(stranger);
        vault.withdraw(payable(stranger), 1 ether);
    }

    /// @notice More than the balance reverts with OpenZeppelin's InsufficientBalance(balance, amount).
    function test_withdraw_insufficientBalance_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Errors.InsufficientBalance.selector, FUNDS, FUNDS + 1));
        vm.prank(keeper);
        vault.withdraw(recipient, FUNDS + 1);
    }

    /// @notice A recipient that refuses ether makes the withdrawal revert (nothing is lost).
    function test_withdraw_recipientRejects_reverts() public {
        address payable rejecting = payable(address(new RejectsEther()));
        vm.expectRevert(abi.encodeWithSelector(Errors.FailedCall.selector));
        vm.prank(keeper);
        vault.withdraw(rejecting, 1 ether);
        vm.assertEq(address(vault).balance, FUNDS);
    }

    /// @notice A keeper contract that re-enters withdraw from its receive hook is stopped by the guard.
    function test_withdraw_reentrantKeeper_reverts() public {
        ReentrantKeeper reentrant = new ReentrantKeeper(vault);
        vm.prank(vaultOwner);
        vault.setKeeper(address(reentrant));
        vm.expectRevert(abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector));
        reentrant.withdraw(1 ether);
        vm.assertEq(address(vault).balance, FUNDS);
    }

    // ------------------------------------------------------------------------------------------------ keeper

    /// @notice The owner moves the keeper role: the old keeper is refused, the new one withdraws.
    function test_setKeeper_byOwner_movesWithdrawRight() public {
        address newKeeper = address(0x2EE9E4);
        vm.expectEmit(address(vault));
        emit KeeperVault.KeeperSet(keeper, newKeeper);
        vm.prank(vaultOwner);
        vault.setKeeper(newKeeper);
        vm.assertEq(vault.keeper(), newKeeper);

        _expectWithdrawReverts(vault, abi.encodeWithSelector(KeeperVault.NotKeeper.selector, keeper));
        _expectWithdrawn(newKeeper, recipient, 1 ether);
        vm.prank(newKeeper);
        vault.withdraw(recipient, 1 ether);
    }

    /// @notice A zero keeper disables withdrawals.
    function test_setKeeper_zero_disablesWithdrawals() public {
        vm.prank(vaultOwner);
        vault.setKeeper(address(0));
        _expectWithdrawReverts(vault, abi.encodeWithSelector(KeeperVault.NotKeeper.selector, keeper));
    }

    /// @notice Only the owner sets the keeper; the keeper cannot promote anyone.
    function test_setKeeper_notOwner_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, keeper));
        vm.prank(keeper);
        vault.setKeeper(stranger);
    }

    /// @notice Ownership moves in two steps (Ownable2Step): the new owner must accept before it can set the keeper.
    function test_transferOwnership_twoSteps() public {
        vm.prank(vaultOwner);
        vault.transferOwnership(stranger);
        vm.assertEq(vault.owner(), vaultOwner);
        vm.prank(stranger);
        vault.acceptOwnership();
        vm.assertEq(vault.owner(), stranger);
        vm.prank(stranger);
        vault.setKeeper(stranger);
        vm.assertEq(vault.keeper(), stranger);
    }

    // ------------------------------------------------------------------------------------------------ deposits

    /// @notice deposit and plain transfers are both deposits, from anyone, with an event.
    function test_deposit_andReceive_emitDeposited() public {
        payable(stranger).transfer(3 ether);
        vm.expectEmit(address(vault));
        emit KeeperVault.Deposited(stranger, 1 ether);
        vm.prank(stranger);
        vault.deposit{value: 1 ether}();

        vm.expectEmit(address(vault));
        emit KeeperVault.Deposited(stranger, 2 ether);
        vm.prank(stranger);
        (bool ok,) = address(vault).call{value: 2 ether}("");
        vm.assertTrue(ok);
        vm.assertEq(address(vault).balance, FUNDS + 3 ether);
    }

    // ------------------------------------------------------------------------------------------------ config

    /// @notice The constructor stores the configuration and emits the initial keeper.
    function test_constructor_storesConfig() public {
        KeeperVault.Config memory config = _config(VM_A, PROPERTY);
        vm.expectEmit();
        emit KeeperVault.KeeperSet(address(0), keeper);
        KeeperVault v = new KeeperVault(config);
        vm.assertEq(address(v.integrity()), address(verifier));
        vm.assertEq(address(v.properties()), address(properties));
        vm.assertEq(bytes32(v.vmId()), bytes32(VM_A));
        vm.assertEq(v.subsetId(), SUBSET);
        vm.assertEq(v.maxAge(), VAULT_MAX_AGE);
        vm.assertEq(v.requiredProperty(), PROPERTY);
        vm.assertEq(v.maxProofAge(), MAX_PROOF_AGE);
        vm.assertEq(v.keeper(), keeper);
        vm.assertEq(v.owner(), vaultOwner);
    }

    /// @notice Misconfigurations are refused at deployment.
    function test_constructor_invalidConfig_reverts() public {
        KeeperVault.Config memory config = _config(VM_A, PROPERTY);
        config.integrity = IVMIntegrity(address(0));
        vm.expectRevert(abi.encodeWithSelector(KeeperVault.IntegrityOracleRequired.selector));
        new KeeperVault(config);

        config = _config(VM_A, PROPERTY);
        config.properties = IPropertyRegistry(address(0));
        vm.expectRevert(abi.encodeWithSelector(KeeperVault.PropertyRegistryRequired.selector, PROPERTY));
        new KeeperVault(config);

        // A property registry that reads another verifier's records.
        config = _config(VM_A, PROPERTY);
        config.integrity = IVMIntegrity(address(0x1234));
        vm.expectRevert(
            abi.encodeWithSelector(
                KeeperVault.PropertyRegistryOfOtherVerifier.selector, address(verifier), address(0x1234)
            )
        );
        new KeeperVault(config);
    }

    // ------------------------------------------------------------------------------------------------ fuzz

    /// @notice For any amount and time: the withdrawal succeeds iff the attestation is at most maxAge old and the
    /// amount at most the balance; otherwise it reverts VMNotFresh (checked first) or InsufficientBalance.
    function testFuzz_withdraw_amountAndTime(uint256 amount, uint256 elapsed) public {
        amount = bound(amount, 0, 2 * FUNDS);
        elapsed = bound(elapsed, 0, 2 * VAULT_MAX_AGE);
        vm.warp(T0 + elapsed);
        if (elapsed > VAULT_MAX_AGE) {
            _assertStatus(vault, KeeperVault.VMStatus.NotFresh);
            vm.expectRevert(abi.encodeWithSelector(KeeperVault.VMNotFresh.selector, VM_A, SUBSET, T0, VAULT_MAX_AGE));
            vm.prank(keeper);
            vault.withdraw(recipient, amount);
        } else if (amount > FUNDS) {
            vm.expectRevert(abi.encodeWithSelector(Errors.InsufficientBalance.selector, FUNDS, amount));
            vm.prank(keeper);
            vault.withdraw(recipient, amount);
        } else {
            _withdrawAndCheck(vault, amount);
        }
    }

    // ------------------------------------------------------------------------------------------------ gas

    /// @dev Gas of the reads a consumer makes, measured as the gasleft() difference around the call from this
    /// contract (the call's own cost included: the account access, the arguments, the return). Each test is its
    /// own transaction, so the first read finds the contracts and their slots cold, as in a real withdrawal; the
    /// second, warm, read shows the difference. The figures are quoted in docs/integrate.md (run with -vv to see
    /// them) and recorded in snapshots/KeeperVaultTest.json: `make gas-check` fails when one changes (budgets live
    /// in the snapshot, not in asserts, so that `forge test --gas-report`, which runs every call as its own
    /// transaction and so measures more, passes too).
    function test_gas_isIntact() public {
        uint256 before = gasleft();
        bool intact = verifier.isIntact(VM_A, SUBSET, VAULT_MAX_AGE);
        uint256 cold = before - gasleft();
        before = gasleft();
        verifier.isIntact(VM_A, SUBSET, VAULT_MAX_AGE);
        uint256 warm = before - gasleft();
        vm.assertTrue(intact);
        Console.log("gas isIntact, cold", cold);
        Console.log("gas isIntact, warm", warm);
        vm.assertLt(warm, cold);
        vm.snapshotValue("isIntact_cold", cold);
        vm.snapshotValue("isIntact_warm", warm);
    }

    function test_gas_hasProperty() public {
        uint256 before = gasleft();
        bool proven = properties.hasProperty(VM_A, SUBSET, PROPERTY, MAX_PROOF_AGE);
        uint256 cold = before - gasleft();
        vm.assertTrue(proven);
        Console.log("gas hasProperty, cold", cold);
        vm.snapshotValue("hasProperty_cold", cold);
    }

    function test_gas_isIntactThenHasProperty() public {
        uint256 before = gasleft();
        bool ok = verifier.isIntact(VM_A, SUBSET, VAULT_MAX_AGE)
            && properties.hasProperty(VM_A, SUBSET, PROPERTY, MAX_PROOF_AGE);
        uint256 cold = before - gasleft();
        vm.assertTrue(ok);
        Console.log("gas isIntact + hasProperty, cold", cold);
        vm.snapshotValue("isIntactThenHasProperty_cold", cold);
    }

    function test_gas_vmStatus() public {
        uint256 before = gasleft();
        KeeperVault.VMStatus status = vault.vmStatus();
        uint256 cold = before - gasleft();
        vm.assertEq(uint256(status), uint256(KeeperVault.VMStatus.Ok));
        Console.log("gas KeeperVault.vmStatus, cold", cold);
        vm.snapshotValue("vmStatus_cold", cold);
    }
}
