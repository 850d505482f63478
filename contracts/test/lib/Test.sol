// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Vm} from "./Vm.sol";

/// @title Test
/// @notice Minimal base contract for vmattest's forge tests: the cheatcode handle, `bound` for fuzz inputs and the
/// hooks forge's invariant runner queries (`targetContracts`, `targetSelectors`, `excludeSenders`).
abstract contract Test {
    /// @notice A selection of functions the invariant fuzzer may call on one contract.
    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    /// @dev keccak256("hevm cheat code"), the address forge intercepts cheatcode calls at.
    Vm internal constant vm = Vm(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

    address[] private _targetContracts;
    FuzzSelector[] private _targetSelectors;
    address[] private _excludeSenders;

    /// @notice Maps `x` into [min, max]; values already in range are returned unchanged so that fuzz inputs at the
    /// boundaries stay at the boundaries.
    function bound(uint256 x, uint256 min, uint256 max) internal pure returns (uint256) {
        require(min <= max, "bound: min > max");
        if (x >= min && x <= max) return x;
        uint256 size = max - min;
        if (size == type(uint256).max) return x;
        return min + x % (size + 1);
    }

    /// @notice Adds `target` to the contracts the invariant fuzzer calls.
    function targetContract(address target) internal {
        _targetContracts.push(target);
    }

    /// @notice Restricts the invariant fuzzer to `selectors` of `target`.
    function targetSelector(address target, bytes4[] memory selectors) internal {
        _targetSelectors.push(FuzzSelector({addr: target, selectors: selectors}));
    }

    /// @notice Prevents the invariant fuzzer from using `sender` as msg.sender.
    function excludeSender(address sender) internal {
        _excludeSenders.push(sender);
    }

    /// @notice Queried by forge's invariant runner.
    function targetContracts() public view returns (address[] memory) {
        return _targetContracts;
    }

    /// @notice Queried by forge's invariant runner.
    function targetSelectors() public view returns (FuzzSelector[] memory) {
        return _targetSelectors;
    }

    /// @notice Queried by forge's invariant runner.
    function excludeSenders() public view returns (address[] memory) {
        return _excludeSenders;
    }
}
