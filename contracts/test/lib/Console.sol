// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title Console
/// @notice Logging from tests and scripts through the console address forge intercepts (forge prints the logs
/// with -vv and in script output). Only the signatures vmattest uses.
library Console {
    /// @dev address(bytes20(bytes("console.log"))).
    address internal constant CONSOLE = 0x000000000000000000636F6e736F6c652e6c6f67;

    function log(string memory label, address value) internal view {
        _send(abi.encodeWithSignature("log(string,address)", label, value));
    }

    function log(string memory label, uint256 value) internal view {
        _send(abi.encodeWithSignature("log(string,uint256)", label, value));
    }

    function log(string memory message) internal view {
        _send(abi.encodeWithSignature("log(string)", message));
    }

    /// @dev A staticcall, so that logging works from view functions; forge answers it, nothing else does.
    function _send(bytes memory payload) private view {
        (bool ok,) = CONSOLE.staticcall(payload);
        ok; // logging never fails the caller
    }
}
