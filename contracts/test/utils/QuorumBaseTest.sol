// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Dissent, IAttestationVerifier, QuorumState, QuorumVote} from "../../src/interfaces/IAttestationVerifier.sol";
import {Record} from "../../src/interfaces/IVMIntegrity.sol";
import {Attestation} from "../../src/libraries/AttestationLib.sol";
import {BaseTest} from "./BaseTest.sol";

/// @notice BaseTest plus VOTERS more keys of VM_A (the voters, sorted by address) and an approved subset
/// QUORUM_SUBSET without a quorum yet; builds and signs quorum votes and dissents like the VM's nodes would.
abstract contract QuorumBaseTest is BaseTest {
    bytes32 internal constant QUORUM_SUBSET = keccak256("vmattest subset: kernel, initrd, cmdline (quorum)");
    uint32 internal constant WINDOW = 2 minutes;
    uint256 internal constant VOTERS = 6;
    uint256 internal constant VOTER_PK_BASE = 0x707E0000;

    /// @dev The voters' private keys and addresses, ascending by address: the order submitQuorum wants.
    uint256[] internal voterPks;
    address[] internal voters;

    function setUp() public virtual override {
        super.setUp();
        uint256[] memory pks = new uint256[](VOTERS);
        for (uint256 i; i < VOTERS; ++i) {
            pks[i] = VOTER_PK_BASE + i;
            _register(vm.addr(pks[i]), VM_A, T0 + KEY_LIFETIME);
        }
        voterPks = _sortByAddress(pks);
        for (uint256 i; i < VOTERS; ++i) {
            voters.push(vm.addr(voterPks[i]));
            vm.label(voters[i], string.concat("voter", vm.toString(i)));
        }
        vm.prank(policyAdmin);
        verifier.approveSubset(QUORUM_SUBSET, _policy(), "boot chain, quorum", "1.0.0", "ipfs://boot-chain-manifest");
    }

    /// @dev Makes `subsetId` need `quorum` keys within `window` seconds.
    function _setQuorum(bytes32 subsetId, uint8 quorum, uint32 window) internal {
        vm.prank(policyAdmin);
        verifier.setQuorum(subsetId, quorum, window);
    }

    /// @dev A state of VM_A / QUORUM_SUBSET with BLAKE3, its digest derived from `label`.
    function _state(string memory label) internal pure returns (QuorumState memory) {
        return QuorumState({
            vmId: VM_A,
            subsetId: QUORUM_SUBSET,
            hashAlg: BLAKE3,
            stateDigest: keccak256(abi.encode("quorum state", label)),
            zkCommitment: bytes32(0)
        });
    }

    /// @dev The attestation a node signs to vote for `stateDigest` and `zkCommitment` of `s`'s VM, subset and
    /// algorithm.
    function _voteAttestation(
        QuorumState memory s,
        bytes32 stateDigest,
        bytes32 zkCommitment,
        uint64 timestamp,
        uint64 sequence
    ) internal pure returns (Attestation memory) {
        return Attestation({
            vmId: s.vmId,
            subsetId: s.subsetId,
            hashAlg: s.hashAlg,
            stateDigest: stateDigest,
            zkCommitment: zkCommitment,
            timestamp: timestamp,
            sequence: sequence
        });
    }

    /// @dev The vote of key `pk` for `s` at `timestamp`, its own sequence `sequence`.
    function _vote(uint256 pk, QuorumState memory s, uint64 timestamp, uint64 sequence)
        internal
        view
        returns (QuorumVote memory v)
    {
        (v.r, v.vs) = _sign(pk, _voteAttestation(s, s.stateDigest, s.zkCommitment, timestamp, sequence));
        v.timestamp = timestamp;
        v.sequence = sequence;
    }

    /// @dev The dissent of key `pk`: its vote for `stateDigest` (and `s`'s commitment) instead of `s`'s digest.
    function _dissent(uint256 pk, QuorumState memory s, bytes32 stateDigest, uint64 timestamp, uint64 sequence)
        internal
        view
        returns (Dissent memory d)
    {
        (d.r, d.vs) = _sign(pk, _voteAttestation(s, stateDigest, s.zkCommitment, timestamp, sequence));
        d.stateDigest = stateDigest;
        d.zkCommitment = s.zkCommitment;
        d.timestamp = timestamp;
        d.sequence = sequence;
    }

    /// @dev Votes of the first `n` voters (ascending) for `s`, all at `timestamp` with sequence 1.
    function _votes(QuorumState memory s, uint256 n, uint64 timestamp)
        internal
        view
        returns (QuorumVote[] memory votes)
    {
        votes = new QuorumVote[](n);
        for (uint256 i; i < n; ++i) {
            votes[i] = _vote(voterPks[i], s, timestamp, 1);
        }
    }

    /// @dev Votes of the keys `pks` (sorted here by address) for `s`, all at `timestamp` with sequence 1.
    function _votesOf(uint256[] memory pks, QuorumState memory s, uint64 timestamp)
        internal
        view
        returns (QuorumVote[] memory votes)
    {
        pks = _sortByAddress(pks);
        votes = new QuorumVote[](pks.length);
        for (uint256 i; i < pks.length; ++i) {
            votes[i] = _vote(pks[i], s, timestamp, 1);
        }
    }

    function _noDissents() internal pure returns (Dissent[] memory) {
        return new Dissent[](0);
    }

    /// @dev The addresses of the first `n` voters.
    function _voters(uint256 n) internal view returns (address[] memory signers) {
        signers = new address[](n);
        for (uint256 i; i < n; ++i) {
            signers[i] = voters[i];
        }
    }

    /// @dev Expects the verifier to emit QuorumReached for `s` next.
    function _expectQuorumReached(QuorumState memory s, uint64 timestamp, uint64 sequence, address[] memory signers)
        internal
    {
        vm.expectEmit(address(verifier));
        emit IAttestationVerifier.QuorumReached(
            s.vmId, s.subsetId, s.stateDigest, s.zkCommitment, timestamp, sequence, signers
        );
    }

    /// @dev Asserts that the latest record of `s`'s VM and subset is `s` at `timestamp` and `sequence`, signer zero.
    function _assertQuorumRecord(QuorumState memory s, uint64 timestamp, uint64 sequence) internal view {
        Record memory record = verifier.latest(s.vmId, s.subsetId);
        vm.assertEq(record.stateDigest, s.stateDigest, "stateDigest");
        vm.assertEq(record.zkCommitment, s.zkCommitment, "zkCommitment");
        vm.assertEq(record.signer, address(0), "signer");
        vm.assertEq(record.timestamp, timestamp, "timestamp");
        vm.assertEq(record.sequence, sequence, "sequence");
        vm.assertEq(record.hashAlg, s.hashAlg, "hashAlg");
    }

    /// @dev `pks` sorted by the addresses of the keys, ascending (insertion sort, in place).
    function _sortByAddress(uint256[] memory pks) internal pure returns (uint256[] memory) {
        for (uint256 i = 1; i < pks.length; ++i) {
            uint256 pk = pks[i];
            address a = vm.addr(pk);
            uint256 j = i;
            while (j > 0 && vm.addr(pks[j - 1]) > a) {
                pks[j] = pks[j - 1];
                --j;
            }
            pks[j] = pk;
        }
        return pks;
    }
}
