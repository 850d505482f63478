package onchain

import "fmt"

// KeyStatus mirrors the Solidity enum KeyStatus of IEnclaveKeyRegistry.sol (keyState's status): a key goes
// None -> Active -> Revoked and never back. TestKeyStatusMirrorsSolidity checks it against the contract.
type KeyStatus uint8

// The KeyStatus values, in the enum's order.
const (
	KeyStatusNone KeyStatus = iota
	KeyStatusActive
	KeyStatusRevoked
)

var keyStatusNames = [...]string{"none", "active", "revoked"}

// String returns the status's name in lower case, or its number when the contract knows more than Go.
func (s KeyStatus) String() string {
	if int(s) < len(keyStatusNames) {
		return keyStatusNames[s]
	}
	return fmt.Sprintf("KeyStatus(%d)", uint8(s))
}

// ActionStatus mirrors the Solidity enum ActionStatus of IEnclaveKeyRegistry.sol (actionState's status), the
// lifecycle of a governed action. TestActionStatusMirrorsSolidity checks it against the contract.
type ActionStatus uint8

// The ActionStatus values, in the enum's order.
const (
	ActionNone ActionStatus = iota
	ActionProposed
	ActionQueued
	ActionExecuted
	ActionCancelled
)

var actionStatusNames = [...]string{"none", "proposed", "queued", "executed", "cancelled"}

// String returns the status's name in lower case, or its number when the contract knows more than Go.
func (s ActionStatus) String() string {
	if int(s) < len(actionStatusNames) {
		return actionStatusNames[s]
	}
	return fmt.Sprintf("ActionStatus(%d)", uint8(s))
}
