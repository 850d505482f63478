// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Test} from "./lib/Test.sol";
import {Vm} from "./lib/Vm.sol";

contract Reverter {
    error Boom(uint256 code);

    event Ping(uint256 indexed id, uint256 value);

    function boom(uint256 code) external pure {
        revert Boom(code);
    }

    function ping(uint256 id, uint256 value) external {
        emit Ping(id, value);
    }

    function sender() external view returns (address) {
        return msg.sender;
    }
}

/// @notice Checks that every cheatcode declared in Vm.sol exists in this forge with this signature: a wrong
/// declaration fails here with "unknown cheatcode" instead of deep inside another test.
contract CheatcodesTest is Test {
    Reverter internal target;

    event Ping(uint256 indexed id, uint256 value);

    function setUp() public {
        target = new Reverter();
    }

    function test_environmentCheatcodes() public {
        vm.warp(1_767_225_600);
        vm.assertEq(block.timestamp, 1_767_225_600);
        vm.roll(42);
        vm.assertEq(block.number, 42);
        vm.chainId(5);
        vm.assertEq(block.chainid, 5);
        vm.etch(address(0xBEEF), hex"00");
        vm.assertEq(address(0xBEEF).code, hex"00");
        vm.assertEq(vm.load(address(target), bytes32(0)), bytes32(0));
        vm.label(address(target), "target");
        uint256 id = vm.snapshotState();
        vm.warp(1);
        vm.assertTrue(vm.revertToState(id));
        vm.assertEq(block.timestamp, 1_767_225_600);
    }

    function test_callerAndExpectationCheatcodes() public {
        vm.prank(address(0xCAFE));
        vm.assertEq(target.sender(), address(0xCAFE));
        vm.startPrank(address(0xF00D));
        vm.assertEq(target.sender(), address(0xF00D));
        vm.stopPrank();
        vm.assertEq(target.sender(), address(this));

        vm.expectRevert(abi.encodeWithSelector(Reverter.Boom.selector, 7));
        target.boom(7);
        vm.expectRevert();
        target.boom(9);

        vm.expectEmit();
        emit Ping(1, 2);
        target.ping(1, 2);
        vm.expectEmit(address(target));
        emit Ping(3, 4);
        target.ping(3, 4);
        vm.expectEmit(true, false, false, true);
        emit Ping(5, 6);
        target.ping(5, 6);
        vm.assume(true);
    }

    function test_signingCheatcodes() public pure {
        uint256 pk = 0xA11CE;
        bytes32 digest = keccak256("vmattest");
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(pk, digest);
        vm.assertEq(ecrecover(digest, v, r, s), vm.addr(pk));
    }

    function test_jsonCheatcodes() public view {
        string memory json =
            '{"s":"x","u":7,"b32":"0x0000000000000000000000000000000000000000000000000000000000000001","b":"0x0102","a":"0x000000000000000000000000000000000000dEaD","arr":[{"k":1}]}';
        vm.assertTrue(vm.keyExistsJson(json, ".arr[0]"));
        vm.assertFalse(vm.keyExistsJson(json, ".arr[1]"));
        vm.assertEq(vm.parseJsonString(json, ".s"), "x");
        vm.assertEq(vm.parseJsonUint(json, ".u"), 7);
        vm.assertEq(vm.parseJsonBytes32(json, ".b32"), bytes32(uint256(1)));
        vm.assertEq(vm.parseJsonBytes(json, ".b"), hex"0102");
        vm.assertEq(vm.parseJsonAddress(json, ".a"), address(0xdEaD));
        vm.assertEq(vm.parseJsonUint(json, ".arr[0].k"), 1);
        vm.assertEq(vm.toString(uint256(12)), "12");
    }

    function test_gasCheatcodes() public {
        target.ping(1, 2);
        Vm.Gas memory gas = vm.lastCallGas();
        vm.assertGt(gas.gasTotalUsed, 0);
        // snapshotGasLastCall and snapshotValue write snapshots/<contract>.json; Gas.t.sol exercises them.
    }

    function test_scriptCheatcodes() public view {
        vm.assertEq(vm.envOr("VMATTEST_SURELY_UNSET_VARIABLE", address(0x1234)), address(0x1234));
        vm.assertEq(vm.envOr("VMATTEST_SURELY_UNSET_VARIABLE", uint256(5)), 5);
        address[] memory fallbackList = new address[](2);
        fallbackList[0] = address(0x12);
        fallbackList[1] = address(0x34);
        address[] memory list = vm.envOr("VMATTEST_SURELY_UNSET_VARIABLE", ",", fallbackList);
        vm.assertEq(list.length, 2);
        vm.assertEq(list[1], address(0x34));
    }

    function test_assertionCheatcodes() public pure {
        vm.assertTrue(true, "t");
        vm.assertFalse(false, "f");
        vm.assertEq(true, true);
        vm.assertEq(false, false, "b");
        vm.assertEq(uint256(1), 1, "u");
        vm.assertEq(address(1), address(1), "a");
        vm.assertEq(bytes32(0), bytes32(0), "b32");
        vm.assertEq(string("s"), string("s"), "s");
        vm.assertEq(bytes("b"), bytes("b"), "bytes");
        vm.assertNotEq(bytes32(0), bytes32(uint256(1)));
        vm.assertNotEq(address(0), address(1));
        vm.assertLt(1, 2);
        vm.assertLe(1, 1, "le");
        vm.assertGe(2, 2, "ge");
    }

    function test_bound() public pure {
        vm.assertEq(bound(5, 1, 10), 5);
        vm.assertEq(bound(0, 1, 10), 1);
        vm.assertEq(bound(11, 1, 10), 2);
        vm.assertEq(bound(type(uint256).max, 0, type(uint256).max), type(uint256).max);
        vm.assertLe(bound(type(uint256).max, 3, 4), 4);
    }
}
