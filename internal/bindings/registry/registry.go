// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package registry

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// KeyInfo is an auto generated low-level Go binding around an user-defined struct.
type KeyInfo struct {
	Status           uint8
	ExpiresAt        uint64
	VmId             [16]byte
	RegisteredAt     uint64
	RevokedAt        uint64
	EvidenceHash     [32]byte
	Measurement      []byte
	RegistrationHash [32]byte
	Approvals        uint64
}

// KeyRegistration is an auto generated low-level Go binding around an user-defined struct.
type KeyRegistration struct {
	Key          common.Address
	VmId         [16]byte
	ExpiresAt    uint64
	EvidenceHash [32]byte
	Measurement  []byte
	Replaces     common.Address
	GracePeriod  uint64
}

// ReportFacts is an auto generated low-level Go binding around an user-defined struct.
type ReportFacts struct {
	Policy      uint64
	Vmpl        uint32
	ReportedTcb uint64
	VcekHash    [32]byte
}

// EnclaveKeyRegistryMetaData contains all meta data concerning the EnclaveKeyRegistry contract.
var EnclaveKeyRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"adminDelay\",\"type\":\"uint48\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"registrars\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"governanceDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_GOVERNANCE_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"actionId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"actionState\",\"outputs\":[{\"internalType\":\"enumActionStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"executableAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"approvalThreshold\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"approveAction\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"queued\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"measurement\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"replaces\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"}],\"internalType\":\"structKeyRegistration\",\"name\":\"reg\",\"type\":\"tuple\"}],\"name\":\"approveKey\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"activated\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"approveRevocation\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"revoked\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"cancelAction\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"executeAction\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governanceDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guestPolicyRules\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"forbidden\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"required\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurementHash\",\"type\":\"bytes32\"}],\"name\":\"isMeasurementAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vcekHash\",\"type\":\"bytes32\"}],\"name\":\"isVcekTrusted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"regHash\",\"type\":\"bytes32\"}],\"name\":\"keyApprovalCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"regHash\",\"type\":\"bytes32\"}],\"name\":\"keyApprovers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"keyInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"enumKeyStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revokedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"measurement\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"registrationHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"approvals\",\"type\":\"uint64\"}],\"internalType\":\"structKeyInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"keyState\",\"outputs\":[{\"internalType\":\"enumKeyStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maximumVmpl\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minimumTcb\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"proposeAction\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"measurement\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"replaces\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"}],\"internalType\":\"structKeyRegistration\",\"name\":\"reg\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"keyX\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"keyY\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"policy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"vmpl\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"reportedTcb\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"vcekHash\",\"type\":\"bytes32\"}],\"internalType\":\"structReportFacts\",\"name\":\"facts\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"replacedKeySignature\",\"type\":\"bytes\"}],\"name\":\"registerWithProof\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registrarCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"measurement\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"replaces\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"}],\"internalType\":\"structKeyRegistration\",\"name\":\"reg\",\"type\":\"tuple\"}],\"name\":\"registrationHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"measurement\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"replaces\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"}],\"internalType\":\"structKeyRegistration\",\"name\":\"reg\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"keyX\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"keyY\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"policy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"vmpl\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"reportedTcb\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"vcekHash\",\"type\":\"bytes32\"}],\"internalType\":\"structReportFacts\",\"name\":\"facts\",\"type\":\"tuple\"}],\"name\":\"reportInputs\",\"outputs\":[{\"internalType\":\"uint256[6]\",\"name\":\"\",\"type\":\"uint256[6]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reportVerifier\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"revocationApprovalCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"revocationApprovers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"}],\"name\":\"revocationCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"revokeKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"measurement\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"replaces\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"}],\"internalType\":\"structKeyRegistration\",\"name\":\"reg\",\"type\":\"tuple\"}],\"name\":\"rotationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"setApprovalThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"}],\"name\":\"setGovernanceDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"forbidden\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"required\",\"type\":\"uint64\"}],\"name\":\"setGuestPolicyRules\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"maximum\",\"type\":\"uint32\"}],\"name\":\"setMaximumVmpl\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"measurement\",\"type\":\"bytes\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setMeasurementAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"setMinimumTcb\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"setReportVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vcekHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"trusted\",\"type\":\"bool\"}],\"name\":\"setVcekTrusted\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"measurementHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vcekHash\",\"type\":\"bytes32\"}],\"name\":\"setVmBinding\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"}],\"name\":\"vmBinding\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurementHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vcekHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"ActionApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"canceller\",\"type\":\"address\"}],\"name\":\"ActionCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ActionExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"ActionProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"executableAt\",\"type\":\"uint64\"}],\"name\":\"ActionQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"oldThreshold\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"newThreshold\",\"type\":\"uint8\"}],\"name\":\"ApprovalThresholdSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"oldDelay\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"newDelay\",\"type\":\"uint64\"}],\"name\":\"GovernanceDelaySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"forbidden\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"required\",\"type\":\"uint64\"}],\"name\":\"GuestPolicyRulesSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"regHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"KeyApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"regHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"measurement\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"}],\"name\":\"KeyRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"vcekHash\",\"type\":\"bytes32\"}],\"name\":\"KeyRegisteredWithProof\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"revoker\",\"type\":\"address\"}],\"name\":\"KeyRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"oldKey\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newKey\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"oldKeyExpiresAt\",\"type\":\"uint64\"}],\"name\":\"KeyRotated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maximum\",\"type\":\"uint32\"}],\"name\":\"MaximumVmplSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"measurementHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"MeasurementAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"MinimumTcbSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"ReportVerifierSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"RevocationApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"vcekHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"trusted\",\"type\":\"bool\"}],\"name\":\"VcekTrusted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"measurementHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"vcekHash\",\"type\":\"bytes32\"}],\"name\":\"VmBound\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ActionAlreadyApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"ActionApprovalsBelowThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"enumActionStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ActionNotInStatus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"executableAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"currentTime\",\"type\":\"uint256\"}],\"name\":\"ActionNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"regHash\",\"type\":\"bytes32\"}],\"name\":\"AlreadyApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"policy\",\"type\":\"uint64\"}],\"name\":\"DebugPolicy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"proofHash\",\"type\":\"bytes32\"}],\"name\":\"EvidenceHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"currentTime\",\"type\":\"uint256\"}],\"name\":\"ExpiryNotInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"delay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"GovernanceDelayTooShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"name\":\"InsecureVerifierSetup\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"registrars\",\"type\":\"uint256\"}],\"name\":\"InvalidApprovalThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidMeasurementLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"InvalidRegistrar\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"replaced\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"InvalidReplacedKeySignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidReportProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"enumKeyStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"KeyAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"KeyAlreadyRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"keyOfPoint\",\"type\":\"address\"}],\"name\":\"KeyMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"KeyNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurementHash\",\"type\":\"bytes32\"}],\"name\":\"MeasurementNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGoverned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"policy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forbidden\",\"type\":\"uint64\"}],\"name\":\"PolicyBitsForbidden\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"policy\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"required\",\"type\":\"uint64\"}],\"name\":\"PolicyBitsMissing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"oldKey\",\"type\":\"address\"},{\"internalType\":\"bytes16\",\"name\":\"oldVmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"}],\"name\":\"ReplacedKeyOfOtherVm\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReportVerifierNotSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"RevocationAlreadyApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"reportedTcb\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"TcbTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"registrars\",\"type\":\"uint256\"}],\"name\":\"ThresholdAboveRegistrars\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vcekHash\",\"type\":\"bytes32\"}],\"name\":\"VcekNotTrusted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VerifierSetupUnknown\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"measurementHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vcekHash\",\"type\":\"bytes32\"}],\"name\":\"VmBoundToOtherLaunch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"vmpl\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maximum\",\"type\":\"uint32\"}],\"name\":\"VmplTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"}],\"name\":\"ZeroKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"ZeroVmId\",\"type\":\"error\"}]",
	ID:  "1b1c2e70420104fd59b5057258cd9b0f3f",
	Bin: "0x6080604052600a8054600160601b600160a01b031916600360721b179055348015610028575f5ffd5b50604051615bfc380380615bfc833981016040819052610047916104db565b84846001600160a01b03811661007757604051636116401160e11b81525f60048201526024015b60405180910390fd5b600180546001600160d01b0316600160d01b65ffffffffffff8516021790556100a05f82610187565b5050505f5b835181101561016a575f6001600160a01b03168482815181106100ca576100ca6105f4565b60200260200101516001600160a01b0316148061011a57506101185f516020615bdc5f395f51905f52858381518110610105576101056105f4565b602002602001015161018760201b60201c565b155b1561016257838181518110610131576101316105f4565b6020026020010151604051632559f10560e21b815260040161006e91906001600160a01b0391909116815260200190565b6001016100a5565b50610174826101fb565b61017d816102a0565b505050505061063f565b5f610192838361035b565b90508080156101ad57505f516020615bdc5f395f51905f5283145b156101f557600480546001906101d09061010090046001600160f81b0316610608565b91906101000a8154816001600160f81b0302191690836001600160f81b031602179055505b92915050565b60045461010090046001600160f81b031660ff8216158061021e5750808260ff16115b156102485760405163fa9a401160e01b815260ff831660048201526024810182905260440161006e565b6004546040805160ff928316815291841660208301527f4feb5eefade0ad1cf3cfd277d2174570adfd06cc46bc0dd0169b758f370286f1910160405180910390a1506004805460ff191660ff92909216919091179055565b620151806001600160401b0382161080156102c057506102be6103c8565b155b156102f257604051632fac9bb560e21b81526001600160401b038216600482015262015180602482015260440161006e565b600954604080516001600160401b03928316815291831660208301527f397b5dbc42d0db3e245d8e0ffc7f4ad9eefd415357a030bad0c7be61c7fe29a2910160405180910390a1600980546001600160401b0319166001600160401b0392909216919091179055565b5f826103b7575f6103746002546001600160a01b031690565b6001600160a01b03161461039b57604051631fe1e13d60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384161790555b6103c183836103df565b9392505050565b5f46617a6914806103da575046610539145b905090565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661047f575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556104373390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101f5565b505f6101f5565b80516001600160a01b038116811461049c575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b805160ff8116811461049c575f5ffd5b80516001600160401b038116811461049c575f5ffd5b5f5f5f5f5f60a086880312156104ef575f5ffd5b855165ffffffffffff81168114610504575f5ffd5b945061051260208701610486565b60408701519094506001600160401b0381111561052d575f5ffd5b8601601f8101881361053d575f5ffd5b80516001600160401b03811115610556576105566104a1565b604051600582901b90603f8201601f191681016001600160401b0381118282101715610584576105846104a1565b60405291825260208184018101929081018b8411156105a1575f5ffd5b6020850194505b838510156105c7576105b985610486565b8152602094850194016105a8565b5095506105da92505050606087016104b5565b91506105e8608087016104c5565b90509295509295909350565b634e487b7160e01b5f52603260045260245ffd5b5f6001600160f81b0382166002600160f81b0319810161063657634e487b7160e01b5f52601160045260245ffd5b60010192915050565b6155908061064c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610388575f3560e01c806384ef8ffc116101df578063cc8463c811610109578063da347445116100a9578063f4cf857611610079578063f4cf857614610980578063f68e955314610993578063f97d48cc146109ba578063fb1bcd88146109cd575f5ffd5b8063da34744514610934578063e3f064f314610947578063e90f895e1461095a578063eb07fe1c1461096d575f5ffd5b8063cf6eefb7116100e4578063cf6eefb71461089b578063d2076b27146108e7578063d547741f14610919578063d602b9fd1461092c575f5ffd5b8063cc8463c814610869578063cefc142914610871578063cf47514214610879575f5ffd5b8063a1eda53c1161017f578063b7681a951161014f578063b7681a951461081e578063b9f2876d14610831578063badfbf3014610844578063bba3293914610857575f5ffd5b8063a1eda53c146107ca578063a217fddf146107f1578063aad82f19146107f8578063b38c373d1461080b575f5ffd5b806391d14854116101ba57806391d148541461073d5780639442b8f81461078057806397815d4e1461078a5780639de0dca4146107aa575f5ffd5b806384ef8ffc146106ed5780638da5cb5b1461070b57806391bfcde114610713575f5ffd5b8063346d7548116102c05780635ae7ab3211610260578063781cc3d311610230578063781cc3d3146106925780637830bc33146106a55780637834723a146106b85780637d0eef61146106d8575f5ffd5b80635ae7ab321461064657806362d9876214610659578063634e93da1461066c578063649a5ec71461067f575f5ffd5b806343c116821161029b57806343c11682146105c25780634cd7596a1461060d57806354254b0814610620578063545aa9ce14610633575f5ffd5b8063346d75481461058957806336568abe1461059c578063390d65e6146105af575f5ffd5b806318cfc2211161032b578063248a9ca311610306578063248a9ca31461050b5780632e8dbfa31461052d5780632f2ff15d1461055457806331f7249d14610567575f5ffd5b806318cfc2211461047b57806319a0af5d1461048e5780631c8f8a93146104dd575f5ffd5b80630aa6220b116103665780630aa6220b146103f15780630e37d9e5146103fb57806310f3992e146104465780631425269a14610459575f5ffd5b806301ffc9a71461038c578063022d63fb146103b457806306c6eb3d146103d0575b5f5ffd5b61039f61039a366004614924565b6109ef565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff90911681526020016103ab565b6103e36103de366004614973565b610a4a565b6040519081526020016103ab565b6103f9610a7a565b005b60095468010000000000000000900473ffffffffffffffffffffffffffffffffffffffff165b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016103ab565b61039f610454366004614973565b610a8f565b61046c6104673660046149cd565b610c7c565b6040516103ab93929190614a27565b6103f9610489366004614a66565b610cb9565b6104c861049c366004614aa9565b6fffffffffffffffffffffffffffffffff19165f908152600b6020526040902080546001909101549091565b604080519283526020830191909152016103ab565b60045461010090047effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff166103e3565b6103e3610519366004614ac2565b5f9081526020819052604090206001015490565b600a5467ffffffffffffffff165b60405167ffffffffffffffff90911681526020016103ab565b6103f9610562366004614ad9565b610d56565b61057a610575366004614ac2565b610da3565b6040516103ab93929190614b13565b6103f9610597366004614b3c565b610dee565b6103f96105aa366004614ad9565b610e00565b6103e36105bd3660046149cd565b610f05565b600a546040805167ffffffffffffffff6c01000000000000000000000000840481168252740100000000000000000000000000000000000000009093049092166020830152016103ab565b6103f961061b366004614b5c565b610f32565b6103f961062e366004614be0565b610f46565b6103f9610641366004614c47565b611002565b6103f96106543660046149cd565b611014565b61039f610667366004614ac2565b61105c565b6103f961067a3660046149cd565b6110ff565b6103f961068d366004614c60565b611112565b6103f96106a0366004614ac2565b611125565b6103f96106b3366004614c47565b6111f4565b6106cb6106c6366004614c95565b61127c565b6040516103ab9190614d15565b60045460405160ff90911681526020016103ab565b60025473ffffffffffffffffffffffffffffffffffffffff16610421565b610421611299565b600a5468010000000000000000900463ffffffff1660405163ffffffff90911681526020016103ab565b61039f61074b366004614ad9565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b61053b6201518081565b61079d6107983660046149cd565b6112be565b6040516103ab9190614d6f565b6107bd6107b8366004614ac2565b611471565b6040516103ab9190614e40565b6107d26114e7565b6040805165ffffffffffff9384168152929091166020830152016103ab565b6103e35f81565b6103f96108063660046149cd565b611561565b61039f6108193660046149cd565b6117bf565b6103f961082c366004614e98565b61192c565b6103f961083f366004614f57565b611cff565b6103e3610852366004614973565b611f2e565b60095467ffffffffffffffff1661053b565b6103b9611f5d565b6103f9611ffa565b61039f610887366004614ac2565b5f908152600e602052604090205460ff1690565b6001546040805173ffffffffffffffffffffffffffffffffffffffff831681527401000000000000000000000000000000000000000090920465ffffffffffff166020830152016103ab565b6103e36108f5366004614aa9565b6fffffffffffffffffffffffffffffffff19165f908152600c602052604090205490565b6103f9610927366004614ad9565b612056565b6103f961209a565b6103f9610942366004614f9f565b6120ac565b6103e3610955366004614f57565b6121e7565b6103e3610968366004614ac2565b61221d565b6107bd61097b3660046149cd565b612233565b6103e361098e366004614f57565b6122be565b6103e37f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f44705362481565b6103f96109c8366004614fc7565b6123fa565b61039f6109db366004614ac2565b5f908152600d602052604090205460ff1690565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f31498786000000000000000000000000000000000000000000000000000000001480610a445750610a448261245b565b92915050565b5f610a4482604051602001610a5f919061508f565b604051602081830303815290604052805190602001206124f1565b5f610a848161253a565b610a8c612544565b50565b5f7f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f447053624610aba8161253a565b610ac383612550565b5f83604051602001610ad5919061508f565b6040516020818303038152906040528051906020012090505f610b0760055f8481526020019081526020015f2061296c565b9050805f03610b50576040517fa913af1b000000000000000000000000000000000000000000000000000000008152336004820152602481018390526044015b60405180910390fd5b60045460ff163383610b6560208901896149cd565b73ffffffffffffffffffffffffffffffffffffffff167f441f3e0c721d2c588d8b0c877fe92666a8b69523affefe09f4c008f0dada3cbf8585604051610bb892919091825260ff16602082015260400190565b60405180910390a48060ff16821015610bd6575f9450505050610c76565b5f600b81610bea60408a0160208b01614aa9565b6fffffffffffffffffffffffffffffffff1916815260208101919091526040015f208054909150158015610c2057506001810154155b15610c6257610c62610c386040890160208a01614aa9565b610c4560808a018a615176565b604051610c539291906151d7565b6040519081900390205f612a6a565b610c6d878585612ae9565b60019550505050505b50919050565b5f5f5f835f52600360205260405f205460405160ff8216815267ffffffffffffffff8260081c1660208201528160481c60801b6040820152606081f35b600a54610cde9063ffffffff6801000000000000000090910481169083161115612f3d565b600a80547fffffffffffffffffffffffffffffffffffffffff00000000ffffffffffffffff166801000000000000000063ffffffff8416908102919091179091556040519081527ff40fd01223a4f72da9a663b37e77401188d82db5dd7511474fde9b1ecffec391906020015b60405180910390a150565b7f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f4470536248214610d8b57610d878282612ff4565b5050565b610d945f612f3d565b610d9e8282613035565b505050565b5f81815260076020908152604080832080546008909352908320839283929160ff821691610100900467ffffffffffffffff1690610de090613103565b935093509350509193909250565b610df75f612f3d565b610a8c816131a4565b81158015610e28575060025473ffffffffffffffffffffffffffffffffffffffff8281169116145b15610efb5760015473ffffffffffffffffffffffffffffffffffffffff81169074010000000000000000000000000000000000000000900465ffffffffffff1681151580610e7c575065ffffffffffff8116155b80610e8f57504265ffffffffffff821610155b15610ed0576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff82166004820152602401610b47565b5050600180547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1690555b610d87828261327a565b73ffffffffffffffffffffffffffffffffffffffff81165f908152600660205260408120610a4490613103565b610f3b5f612f3d565b610d9e838383612a6a565b610f508115612f3d565b60308214610f93576040517f18c49be60000000000000000000000000000000000000000000000000000000081525f600482015260248101839052604401610b47565b5f8383604051610fa49291906151d7565b604080519182900382205f818152600d6020908152929020805460ff19168615159081179091558352925082917fafcf6d9e15b52d84b357f8cb8fba57f4244e05127068225561b6cb7450729654910160405180910390a250505050565b61100b5f612f3d565b610a8c816132c9565b5f61101e8161253a565b73ffffffffffffffffffffffffffffffffffffffff82165f908152600360205260409020805461105290849060ff166133b9565b610d9e838261347e565b5f7f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f4470536246110878161253a565b5f8381526007602052604090206001815460ff1660048111156110ac576110ac6149e6565b146110ed5780546040517fc53dad18000000000000000000000000000000000000000000000000000000008152610b4791869160ff909116906004016151e6565b6110f7848261357b565b949350505050565b5f6111098161253a565b610d87826136d5565b5f61111c8161253a565b610d878261374d565b61112f6001612f3d565b5f8181526007602052604090206001815460ff166004811115611154576111546149e6565b1415801561117857506002815460ff166004811115611175576111756149e6565b14155b156111b95780546040517fc53dad18000000000000000000000000000000000000000000000000000000008152610b4791849160ff909116906004016151e6565b805460ff19166004178155604051339083907f333fe6ddcee738a91fe66be5bf4b146b8470ce66dd0d3574e67bd98d01559e03905f90a35050565b600a546112159061121090839067ffffffffffffffff166137bc565b612f3d565b600a80547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff83169081179091556040519081527fca8a25336903c5834151b4bc1494dbf86a86debaf97d6f8ca8acf386ea0e912d90602001610d4b565b611284614906565b6112908585858561380c565b95945050505050565b5f6112b960025473ffffffffffffffffffffffffffffffffffffffff1690565b905090565b6040805161012080820183525f808352602080840182905283850182905260608085018390526080850183905260a0850183905260c085015260e08401829052610100840182905273ffffffffffffffffffffffffffffffffffffffff861682526003905283902080548451928301909452919260ff169080826002811115611349576113496149e6565b8152835467ffffffffffffffff6101008204811660208401526fffffffffffffffffffffffffffffffff196901000000000000000000909204608090811b929092166040840152600186015480821660608501526801000000000000000090041690820152600284015460a082015260c0015f8360028111156113ce576113ce6149e6565b14611421576003840154600485015460405161140d929160801b906020019182526fffffffffffffffffffffffffffffffff1916602082015260300190565b604051602081830303815290604052611431565b60405180602001604052805f8152505b815260058401546020820152600190930154700100000000000000000000000000000000900467ffffffffffffffff166040909301929092525092915050565b5f818152600560209081526040918290208054835181840281018401909452808452606093928301828280156114db57602002820191905f5260205f20905b815473ffffffffffffffffffffffffffffffffffffffff1681526001909101906020018083116114b0575b50505050509050919050565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff16801515801561152957504265ffffffffffff821610155b611534575f5f611559565b60025474010000000000000000000000000000000000000000900465ffffffffffff16815b915091509091565b61158173ffffffffffffffffffffffffffffffffffffffff821615612f3d565b73ffffffffffffffffffffffffffffffffffffffff81161561173e5760408051600481526024810182526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167ffab414970000000000000000000000000000000000000000000000000000000017905290515f91829173ffffffffffffffffffffffffffffffffffffffff85169161161a916151fa565b5f60405180830381855afa9150503d805f8114611652576040519150601f19603f3d011682016040523d82523d5f602084013e611657565b606091505b509150915081158061166a575060408151105b156116b9576040517f7f89ca5400000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152602401610b47565b5f818060200190518101906116ce9190615210565b50905080158015906116e557506116e3613ac6565b155b1561173a576040517f7b486af000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85166004820152466024820152604401610b47565b5050505b600980547fffffffff0000000000000000000000000000000000000000ffffffffffffffff166801000000000000000073ffffffffffffffffffffffffffffffffffffffff8416908102919091179091556040519081527fc3335bb2987aa7901663952be4f202f2809b277b32de87a32744d2185382678090602001610d4b565b5f7f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f4470536246117ea8161253a565b73ffffffffffffffffffffffffffffffffffffffff83165f908152600360205260409020805461181e90859060ff166133b9565b73ffffffffffffffffffffffffffffffffffffffff84165f90815260066020526040812061184b9061296c565b9050805f036118a4576040517f5baa1d7a00000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff86166024820152604401610b47565b6004546040805183815260ff9092166020830181905291339173ffffffffffffffffffffffffffffffffffffffff8916917f1e3c7faa2c01fbf105fdc1f4adf9472e8b7ba88e34927e1eea2a085c1511f5d6910160405180910390a38060ff16821015611916575f9450505050610c76565b611920868461347e565b50600195945050505050565b60095468010000000000000000900473ffffffffffffffffffffffffffffffffffffffff1680611988576040517fcb16a51600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61199189612550565b6040805160208082018b90528183018a905282518083038401815260609092019092528051908201209073ffffffffffffffffffffffffffffffffffffffff8216906119df908c018c6149cd565b73ffffffffffffffffffffffffffffffffffffffff1614611a5a57611a0760208b018b6149cd565b6040517fc4c09a4a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff91821660048201529082166024820152604401610b47565b8585604051611a6a9291906151d7565b60405180910390208a6060013514611ad35789606001358686604051611a919291906151d7565b6040519081900381207fb9f81c30000000000000000000000000000000000000000000000000000000008252610b479291600401918252602082015260400190565b5f611ae160808c018c615176565b604051611aef9291906151d7565b60408051918290039091205f818152600d602052919091205490915060ff16611b47576040517f9bdbf57600000000000000000000000000000000000000000000000000000000815260048101829052602401610b47565b611b5088613adb565b611b6e611b6360408d0160208e01614aa9565b828a60600135613d87565b5f611b7f60c08d0160a08e016149cd565b73ffffffffffffffffffffffffffffffffffffffff1614611ba557611ba58b8686613e34565b8273ffffffffffffffffffffffffffffffffffffffff1663695ef6f98888611bcf8f8f8f8f61380c565b6040518463ffffffff1660e01b8152600401611bed93929190615232565b5f6040518083038186803b158015611c03575f5ffd5b505afa925050508015611c14575060015b611c4a576040517fbaeded5a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611c7b8b8c604051602001611c5f919061508f565b604051602081830303815290604052805190602001205f612ae9565b6060880135611c9060408d0160208e01614aa9565b6fffffffffffffffffffffffffffffffff1916611cb060208e018e6149cd565b73ffffffffffffffffffffffffffffffffffffffff167fcf843524aca2a93308f7611c6af6cb7e4040028517cf3f05be305daf7d3f364460405160405180910390a45050505050505050505050565b5f838383604051602001611d1593929190615254565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815291815281516020928301205f818152600790935291209091506002815460ff166004811115611d7157611d716149e6565b14611db25780546040517fc53dad18000000000000000000000000000000000000000000000000000000008152610b4791849160ff909116906004016151e6565b8054610100900467ffffffffffffffff16421015611e1c5780546040517f217c419e0000000000000000000000000000000000000000000000000000000081526004810184905261010090910467ffffffffffffffff166024820152426044820152606401610b47565b5f828152600860205260408120611e3290613103565b60045490915060ff1680821015611e88576040517f62c71368000000000000000000000000000000000000000000000000000000008152600481018590526024810183905260ff82166044820152606401610b47565b825460ff191660031783556040515f9081903090611ea9908b908b906151d7565b5f604051808303815f865af19150503d805f8114611ee2576040519150601f19603f3d011682016040523d82523d5f602084013e611ee7565b606091505b509150915081611ef957805160208201fd5b60405186907f9b5a634ce9dbcc1cc28dbce24cd5b30136689ff28f9ae433837bd68895d7d5e0905f90a2505050505050505050565b5f81604051602001611f40919061508f565b604051602081830303815290604052805190602001209050919050565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015611f9e57504265ffffffffffff8216105b611fd0576001547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16611ff4565b60025474010000000000000000000000000000000000000000900465ffffffffffff165b91505090565b60015473ffffffffffffffffffffffffffffffffffffffff1633811461204e576040517fc22c8022000000000000000000000000000000000000000000000000000000008152336004820152602401610b47565b610a8c613f51565b7f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f447053624821461208757610d878282614042565b6120905f612f3d565b610d9e8282614083565b5f6120a48161253a565b610a8c6141c5565b600a54620c0000929092179167ffffffffffffffff6c0100000000000000000000000082048181169274010000000000000000000000000000000000000000900482169161211e918616168314801561121057508167ffffffffffffffff1682851667ffffffffffffffff1614612f3d565b600a80547fffffffff00000000000000000000000000000000ffffffffffffffffffffffff167401000000000000000000000000000000000000000067ffffffffffffffff8681169182027fffffffffffffffffffffffff0000000000000000ffffffffffffffffffffffff16929092176c01000000000000000000000000928816928302179092556040805191825260208201929092527f61b03f6d96c0ddd4085acc4e27d5136c028a3ed3da18ac5dc5ec96972925aa4e910160405180910390a150505050565b5f8383836040516020016121fd93929190615254565b6040516020818303038152906040528051906020012090505b9392505050565b5f818152600560205260408120610a4490613103565b73ffffffffffffffffffffffffffffffffffffffff81165f908152600660209081526040918290208054835181840281018401909452808452606093928301828280156114db57602002820191905f5260205f2090815473ffffffffffffffffffffffffffffffffffffffff1681526001909101906020018083116114b05750505050509050919050565b5f7f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f4470536246122e98161253a565b8484846040516020016122fe93929190615254565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815291815281516020928301205f818152600790935290822090935090815460ff16600481111561235a5761235a6149e6565b1461239b5780546040517fc53dad18000000000000000000000000000000000000000000000000000000008152610b4791859160ff909116906004016151e6565b805460ff19166001178155604051339084907f33b99481c35a02fb513e240763400a94662b803cf6a732858e5a5d9a5554591d906123de908a908a908a90615254565b60405180910390a36123f0838261357b565b5050509392505050565b6124048115612f3d565b5f828152600e6020908152604091829020805460ff1916841515908117909155915191825283917fd0be5c213128a0b0136d9a167e208a6119c080e5f3d67e8020dbb7b0bae87aef91015b60405180910390a25050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b000000000000000000000000000000000000000000000000000000001480610a4457507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff00000000000000000000000000000000000000000000000000000000831614610a44565b604080517f94a865e04db654425974caa58d67eaa27bb03d3967bcc246029bff838eab6cfe60208201524691810191909152306060820152608081018290525f9060a001611f40565b610a8c81336141cf565b61254e5f5f614254565b565b5f61255e60208301836149cd565b90505f6125716040840160208501614aa9565b905073ffffffffffffffffffffffffffffffffffffffff82166125d5576040517f769d684b0000000000000000000000000000000000000000000000000000000081526fffffffffffffffffffffffffffffffff1982166004820152602401610b47565b6fffffffffffffffffffffffffffffffff198116612637576040517fc6bf265a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff83166004820152602401610b47565b60306126466080850185615176565b9050146126ac578161265b6080850185615176565b6040517f18c49be600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff9093166004840152602483015250604401610b47565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526003602052604081205460ff16908160028111156126e7576126e76149e6565b146127225782816040517f511ab53b000000000000000000000000000000000000000000000000000000008152600401610b47929190615277565b426127336060860160408701614c47565b67ffffffffffffffff1611612797576127526060850160408601614c47565b6040517f6a43036e00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152426024820152604401610b47565b5f6127a860c0860160a087016149cd565b905073ffffffffffffffffffffffffffffffffffffffff8116156129655773ffffffffffffffffffffffffffffffffffffffff81165f90815260036020526040812090815460ff166002811115612801576128016149e6565b03612850576040517f099326a900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff83166004820152602401610b47565b6002815460ff166002811115612868576128686149e6565b036128b7576040517f7b68dd2d00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff83166004820152602401610b47565b80546fffffffffffffffffffffffffffffffff19858116690100000000000000000090920460801b16146129635780546040517f2223e75000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff841660048201526fffffffffffffffffffffffffffffffff19690100000000000000000090920460801b821660248201529085166044820152606401610b47565b505b5050505050565b80545f90815b81811015612a22575f84828154811061298d5761298d6152a1565b5f9182526020909120015473ffffffffffffffffffffffffffffffffffffffff1690503381036129c157505f949350505050565b73ffffffffffffffffffffffffffffffffffffffff81165f9081527f4167f16f54324817ad2a3d0b7f236be6cb02173b894e570dd2e197b624f5d408602052604090205460ff1615612a1957612a16846152fb565b93505b50600101612972565b508254600181810185555f8581526020902090910180547fffffffffffffffffffffffff00000000000000000000000000000000000000001633179055612216908390615332565b60408051808201825283815260208082018481526fffffffffffffffffffffffffffffffff1987165f818152600b8452859020935184559051600190930192909255825185815290810184905290917fa51230b425a73325821532d85d0cd83b0d7c3f89712585dc7124fb66a9fc8783910160405180910390a2505050565b5f612af760208501856149cd565b90505f612b0a6040860160208701614aa9565b9050365f612b1b6080880188615176565b60408051610140810190915291935091508060018152602001612b4460608a0160408b01614c47565b67ffffffffffffffff168152602001846fffffffffffffffffffffffffffffffff191681526020014267ffffffffffffffff1681526020015f67ffffffffffffffff1681526020018667ffffffffffffffff1681526020018860600135815260200183835f90602092612bb993929190615345565b612bc29161536c565b8152602090810190612bd79084908187615345565b612be0916153a8565b6fffffffffffffffffffffffffffffffff19168152602090810188905273ffffffffffffffffffffffffffffffffffffffff86165f90815260039091526040902081518154829060ff19166001836002811115612c3f57612c3f6149e6565b0217905550602082015181546040808501517fffffffffffffff000000000000000000000000000000000000000000000000ff90921661010067ffffffffffffffff94851681027fffffffffffffff00000000000000000000000000000000ffffffffffffffffff16919091176901000000000000000000608094851c02178555606080870151600187018054868a015160a08b01519389166fffffffffffffffffffffffffffffffff199283161768010000000000000000918a1691909102177fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1670010000000000000000000000000000000093909816929092029690961790955560c0870151600287015560e087015160038701559086015160048601805486169190941c179092556101209094015160059093019290925588929086169173ffffffffffffffffffffffffffffffffffffffff8816917f59d452ea87f477fd84e267764f7159d4ea4704af19397e0a34008891f8f3ef5d91612dca91908d01908d01614c47565b8b6060013587878c604051612de39594939291906153f0565b60405180910390a45f612dfc60c0890160a08a016149cd565b905073ffffffffffffffffffffffffffffffffffffffff8116612e23575050505050505050565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260036020526040812090612e5860e08b0160c08c01614c47565b612e6c9067ffffffffffffffff1642615332565b8254909150610100900467ffffffffffffffff1680821015612ec1575081547fffffffffffffffffffffffffffffffffffffffffffffff0000000000000000ff1661010067ffffffffffffffff831602178255805b60405167ffffffffffffffff821681526fffffffffffffffffffffffffffffffff1988169073ffffffffffffffffffffffffffffffffffffffff808b1691908716907f6ef783e758c1e2146734647451d2f2f74b8f29c830df07a9b9fe979fcb297f1a9060200160405180910390a45050505050505050505050565b303303612f475750565b808015612fb85750335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff1680612fb85750335f9081527f4167f16f54324817ad2a3d0b7f236be6cb02173b894e570dd2e197b624f5d408602052604090205460ff165b15612fc05750565b6040517fcb56f421000000000000000000000000000000000000000000000000000000008152336004820152602401610b47565b8161302b576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610d8782826143ad565b5f61304083836143d1565b905080801561306e57507f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f44705362483145b15610a4457600480546001906130a99061010090047effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1661542b565b91906101000a8154817effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff02191690837effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16021790555092915050565b80545f90815b8181101561319d576131847f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f447053624858381548110613147576131476152a1565b5f918252602080832090910154928252818152604080832073ffffffffffffffffffffffffffffffffffffffff9094168352929052205460ff1690565b1561319557613192836152fb565b92505b600101613109565b5050919050565b60045461010090047effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1660ff821615806131df5750808260ff16115b15613222576040517ffa9a401100000000000000000000000000000000000000000000000000000000815260ff8316600482015260248101829052604401610b47565b6004546040805160ff928316815291841660208301527f4feb5eefade0ad1cf3cfd277d2174570adfd06cc46bc0dd0169b758f370286f1910160405180910390a1506004805460ff191660ff92909216919091179055565b73ffffffffffffffffffffffffffffffffffffffff81163314612090576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6201518067ffffffffffffffff82161080156132ea57506132e8613ac6565b155b15613336576040517fbeb26ed400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152620151806024820152604401610b47565b6009546040805167ffffffffffffffff928316815291831660208301527f397b5dbc42d0db3e245d8e0ffc7f4ad9eefd415357a030bad0c7be61c7fe29a2910160405180910390a1600980547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff92909216919091179055565b5f8160028111156133cc576133cc6149e6565b0361341b576040517f099326a900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff83166004820152602401610b47565b600281600281111561342f5761342f6149e6565b03610d87576040517f7b68dd2d00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff83166004820152602401610b47565b8054600260ff19909116178082556001820180547fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff16680100000000000000004267ffffffffffffffff16021790556901000000000000000000900460801b6fffffffffffffffffffffffffffffffff19165f908152600c60205260408120805490919061350b906152fb565b90915550805460405133916901000000000000000000900460801b6fffffffffffffffffffffffffffffffff19169073ffffffffffffffffffffffffffffffffffffffff8516907fdd51d5485893d35f13d2625f49f7d654f5cd610fd5a8462556e489001a7c005c905f90a45050565b5f82815260086020526040812081906135939061296c565b9050805f036135d7576040517fc710c07f00000000000000000000000000000000000000000000000000000000815233600482015260248101859052604401610b47565b6004546040805183815260ff9092166020830181905291339187917f7bcba8e72b3bd46fca051ed8f361b05a276cf23f99e960b1203990663d3ac1fc910160405180910390a38060ff16821015613632575f92505050610a44565b835460ff191660021784556009545f906136569067ffffffffffffffff1642615485565b85547fffffffffffffffffffffffffffffffffffffffffffffff0000000000000000ff1661010067ffffffffffffffff831690810291909117875560405190815290915086907f74f3f95ea63a4ac7d36a38832a271f7a5d46b197ad21d96bcf7e528b9424949c9060200160405180910390a250600195945050505050565b5f6136de611f5d565b6136e74261448f565b6136f191906154a5565b90506136fd82826144de565b60405165ffffffffffff8216815273ffffffffffffffffffffffffffffffffffffffff8316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200161244f565b5f61375782614579565b6137604261448f565b61376a91906154a5565b90506137768282614254565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b910160405180910390a15050565b5f5f5b60408110156138025767ffffffffffffffff838116821c60ff908116918616831c1610156137f0575f915050610a44565b6137fb600882615332565b90506137bf565b5060019392505050565b613814614906565b5f7fd1f420953c4314bd48c904a6716a142918e636031171f2959a5866dab4cbc7e98585463061384a60608c0160408d01614c47565b6040805160208101979097528601949094526060850192909252608084015273ffffffffffffffffffffffffffffffffffffffff1660a083015267ffffffffffffffff1660c082015260e0016040516020818303038152906040528051906020012090505f818760200160208101906138c39190614aa9565b6138d360c08a0160a08b016149cd565b6138e360e08b0160c08c01614c47565b604080516fffffffffffffffffffffffffffffffff19909416602085015273ffffffffffffffffffffffffffffffffffffffff9092169183019190915267ffffffffffffffff166060820152608001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152919052805160209091012061397560808a018a615176565b6139e661398560208a018a614c47565b65ff000000ff00600882811b91821664ff000000ff9390911c92831617601090811b67ffffffffffffffff1665ffff0000ffff67ff00ff00ff00ff0090931666ff00ff00ff00ff90941693909317901c1617602081811b91901c1760c01b90565b613a196139f960408b0160208c01614a66565b600881811c62ff00ff1691901b63ff00ff001617601081811c91901b1790565b60e01b613a2f61398560608c0160408d01614c47565b604051602001613a4597969594939291906154c3565b60405160208183030381529060405290505f5b6005811015613ab0575f60048210613a71576008613a74565b601f5b60ff1690505f601f8302602085010151600883602003021c905080868460068110613aa157613aa16152a1565b60200201525050600101613a58565b5050506060919091013560a08201529392505050565b5f46617a6914806112b9575050610539461490565b5f613ae96020830183614c47565b905062080000811615613b34576040517f9834776600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610b47565b600a546c01000000000000000000000000900467ffffffffffffffff8181169183161615613ba2576040517fa55571bb00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808416600483015282166024820152604401610b47565b600a5474010000000000000000000000000000000000000000900467ffffffffffffffff818116918416168114613c19576040517f4954011300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808516600483015282166024820152604401610b47565b600a5468010000000000000000900463ffffffff16613c3e6040860160208701614a66565b63ffffffff161115613cad57613c5a6040850160208601614a66565b600a546040517f9e5ff55000000000000000000000000000000000000000000000000000000000815263ffffffff9283166004820152680100000000000000009091049091166024820152604401610b47565b613cd2613cc06060860160408701614c47565b600a5467ffffffffffffffff166137bc565b613d2f57613ce66060850160408601614c47565b600a546040517f88ed78ae00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff928316600482015291166024820152604401610b47565b60608401355f908152600e602052604090205460ff16613d81576040517f51070b0f00000000000000000000000000000000000000000000000000000000815260608501356004820152602401610b47565b50505050565b6fffffffffffffffffffffffffffffffff1983165f908152600b602052604090208054600182015481158015613dbb575080155b15613dcb57612963868686612a6a565b8482141580613dda5750838114155b15612963576040517fadee90390000000000000000000000000000000000000000000000000000000081526fffffffffffffffffffffffffffffffff19871660048201526024810183905260448101829052606401610b47565b5f5f613e88613e4d86604051602001610a5f919061508f565b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506145c092505050565b5090925090505f816003811115613ea157613ea16149e6565b141580613ee95750613eb960c0860160a087016149cd565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff1614155b1561296557613efe60c0860160a087016149cd565b6040517f98e7961d00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff91821660048201529083166024820152604401610b47565b60015473ffffffffffffffffffffffffffffffffffffffff81169074010000000000000000000000000000000000000000900465ffffffffffff16801580613fa157504265ffffffffffff821610155b15613fe2576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff82166004820152602401610b47565b61400a5f61400560025473ffffffffffffffffffffffffffffffffffffffff1690565b614083565b506140155f83613035565b5050600180547fffffffffffff000000000000000000000000000000000000000000000000000016905550565b81614079576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610d878282614609565b5f61408e838361462d565b90508080156140bc57507f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f44705362483145b15610a44576004545f906140f89060019061010090047effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1661553b565b60045490915060ff167effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8216811115614188576040517fe30b067300000000000000000000000000000000000000000000000000000000815260ff821660048201527effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff83166024820152604401610b47565b50600480547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9092166101000260ff90921691909117905592915050565b61254e5f5f6144de565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16610d87576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8216600482015260248101839052604401610b47565b6002547a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015614328574265ffffffffffff821610156142ff576002546001805479ffffffffffffffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000090920465ffffffffffff167a01000000000000000000000000000000000000000000000000000002919091179055614328565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b506002805473ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000065ffffffffffff9485160279ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a0100000000000000000000000000000000000000000000000000009290931691909102919091179055565b5f828152602081905260409020600101546143c78161253a565b613d818383613035565b5f82614485575f6143f760025473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff1614614444576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff84161790555b612216838361468e565b5f65ffffffffffff8211156144da576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526030600482015260248101839052604401610b47565b5090565b600180547401000000000000000000000000000000000000000065ffffffffffff84811682027fffffffffffff0000000000000000000000000000000000000000000000000000841673ffffffffffffffffffffffffffffffffffffffff881617179093559004168015610d9e576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f614583611f5d565b90508065ffffffffffff168365ffffffffffff16116145ab576145a68382615572565b612216565b61221665ffffffffffff841662069780614769565b5f5f5f83516041036145f7576020840151604085015160608601515f1a6145e988828585614778565b955095509550505050614602565b505081515f91506002905b9250925092565b5f828152602081905260409020600101546146238161253a565b613d818383614083565b5f82158015614656575060025473ffffffffffffffffffffffffffffffffffffffff8381169116145b1561468457600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001690555b612216838361486b565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16614762575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff861684529091529020805460ff191660011790556147003390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610a44565b505f610a44565b5f828218828410028218612216565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156147b157505f91506003905082614861565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015614802573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff811661485857505f925060019150829050614861565b92505f91508190505b9450945094915050565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615614762575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610a44565b6040518060c001604052806006906020820280368337509192915050565b5f60208284031215614934575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114612216575f5ffd5b5f60e08284031215610c76575f5ffd5b5f60208284031215614983575f5ffd5b813567ffffffffffffffff811115614999575f5ffd5b6110f784828501614963565b803573ffffffffffffffffffffffffffffffffffffffff811681146149c8575f5ffd5b919050565b5f602082840312156149dd575f5ffd5b612216826149a5565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60038110614a2357614a236149e6565b9052565b60608101614a358286614a13565b67ffffffffffffffff841660208301526fffffffffffffffffffffffffffffffff1983166040830152949350505050565b5f60208284031215614a76575f5ffd5b813563ffffffff81168114612216575f5ffd5b80356fffffffffffffffffffffffffffffffff19811681146149c8575f5ffd5b5f60208284031215614ab9575f5ffd5b61221682614a89565b5f60208284031215614ad2575f5ffd5b5035919050565b5f5f60408385031215614aea575f5ffd5b82359150614afa602084016149a5565b90509250929050565b60058110614a2357614a236149e6565b60608101614b218286614b03565b67ffffffffffffffff93909316602082015260400152919050565b5f60208284031215614b4c575f5ffd5b813560ff81168114612216575f5ffd5b5f5f5f60608486031215614b6e575f5ffd5b614b7784614a89565b95602085013595506040909401359392505050565b5f5f83601f840112614b9c575f5ffd5b50813567ffffffffffffffff811115614bb3575f5ffd5b602083019150836020828501011115614bca575f5ffd5b9250929050565b803580151581146149c8575f5ffd5b5f5f5f60408486031215614bf2575f5ffd5b833567ffffffffffffffff811115614c08575f5ffd5b614c1486828701614b8c565b9094509250614c27905060208501614bd1565b90509250925092565b803567ffffffffffffffff811681146149c8575f5ffd5b5f60208284031215614c57575f5ffd5b61221682614c30565b5f60208284031215614c70575f5ffd5b813565ffffffffffff81168114612216575f5ffd5b5f60808284031215610c76575f5ffd5b5f5f5f5f60e08587031215614ca8575f5ffd5b843567ffffffffffffffff811115614cbe575f5ffd5b614cca87828801614963565b9450506020850135925060408501359150614ce88660608701614c85565b905092959194509250565b805f5b6006811015613d81578151845260209384019390910190600101614cf6565b60c08101610a448284614cf3565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b60208152614d81602082018351614a13565b5f6020830151614d9d604084018267ffffffffffffffff169052565b5060408301516fffffffffffffffffffffffffffffffff198116606084015250606083015167ffffffffffffffff8116608084015250608083015167ffffffffffffffff811660a08401525060a083015160c083015260c083015161012060e0840152614e0e610140840182614d23565b905060e0840151610100840152610100840151614e3861012085018267ffffffffffffffff169052565b509392505050565b602080825282518282018190525f918401906040840190835b81811015614e8d57835173ffffffffffffffffffffffffffffffffffffffff16835260209384019390920191600101614e59565b509095945050505050565b5f5f5f5f5f5f5f5f610120898b031215614eb0575f5ffd5b883567ffffffffffffffff811115614ec6575f5ffd5b614ed28b828c01614963565b9850506020890135965060408901359550614ef08a60608b01614c85565b945060e089013567ffffffffffffffff811115614f0b575f5ffd5b614f178b828c01614b8c565b90955093505061010089013567ffffffffffffffff811115614f37575f5ffd5b614f438b828c01614b8c565b999c989b5096995094979396929594505050565b5f5f5f60408486031215614f69575f5ffd5b833567ffffffffffffffff811115614f7f575f5ffd5b614f8b86828701614b8c565b909790965060209590950135949350505050565b5f5f60408385031215614fb0575f5ffd5b614fb983614c30565b9150614afa60208401614c30565b5f5f60408385031215614fd8575f5ffd5b82359150614afa60208401614bd1565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe184360301811261501b575f5ffd5b830160208101925035905067ffffffffffffffff81111561503a575f5ffd5b803603821315614bca575f5ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b6020815273ffffffffffffffffffffffffffffffffffffffff6150b1836149a5565b1660208201526fffffffffffffffffffffffffffffffff196150d560208401614a89565b16604082015267ffffffffffffffff6150f060408401614c30565b1660608201525f5f60608401359050806080840152506151136080840184614fe8565b60e060a085015261512961010085018284615048565b91505061513860a085016149a5565b73ffffffffffffffffffffffffffffffffffffffff811660c08501525061516160c08501614c30565b67ffffffffffffffff811660e0850152614e38565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126151a9575f5ffd5b83018035915067ffffffffffffffff8211156151c3575f5ffd5b602001915036819003821315614bca575f5ffd5b818382375f9101908152919050565b828152604081016122166020830184614b03565b5f82518060208501845e5f920191825250919050565b5f5f60408385031215615221575f5ffd5b505080516020909101519092909150565b60e081525f61524560e083018587615048565b90506110f76020830184614cf3565b604081525f615267604083018587615048565b9050826020830152949350505050565b73ffffffffffffffffffffffffffffffffffffffff83168152604081016122166020830184614a13565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361532b5761532b6152ce565b5060010190565b80820180821115610a4457610a446152ce565b5f5f85851115615353575f5ffd5b8386111561535f575f5ffd5b5050820193919092039150565b80356020831015610a44577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b80356fffffffffffffffffffffffffffffffff1981169060108410156153e9576fffffffffffffffffffffffffffffffff19808560100360031b1b82161691505b5092915050565b67ffffffffffffffff86168152846020820152608060408201525f615419608083018587615048565b90508260608301529695505050505050565b5f7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82167effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff810361547c5761547c6152ce565b60010192915050565b67ffffffffffffffff8181168382160190811115610a4457610a446152ce565b65ffffffffffff8181168382160190811115610a4457610a446152ce565b878152866020820152848660408301377fffffffffffffffff000000000000000000000000000000000000000000000000938416940160408101949094527fffffffff0000000000000000000000000000000000000000000000000000000091909116604884015216604c8201526054019392505050565b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8281168282160390811115610a4457610a446152ce565b65ffffffffffff8281168282160390811115610a4457610a446152ce5614613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f447053624",
}

// EnclaveKeyRegistry is an auto generated Go binding around an Ethereum contract.
type EnclaveKeyRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *EnclaveKeyRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewEnclaveKeyRegistry creates a new instance of EnclaveKeyRegistry.
func NewEnclaveKeyRegistry() *EnclaveKeyRegistry {
	parsed, err := EnclaveKeyRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &EnclaveKeyRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *EnclaveKeyRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint48 adminDelay, address admin, address[] registrars, uint8 threshold, uint64 governanceDelay_) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackConstructor(adminDelay *big.Int, admin common.Address, registrars []common.Address, threshold uint8, governanceDelay_ uint64) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("", adminDelay, admin, registrars, threshold, governanceDelay_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackDEFAULTADMINROLE() []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMINGOVERNANCEDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9442b8f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_GOVERNANCE_DELAY() view returns(uint64)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackMINGOVERNANCEDELAY() []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("MIN_GOVERNANCE_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINGOVERNANCEDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9442b8f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_GOVERNANCE_DELAY() view returns(uint64)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackMINGOVERNANCEDELAY() ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("MIN_GOVERNANCE_DELAY")
}

// UnpackMINGOVERNANCEDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9442b8f8.
//
// Solidity: function MIN_GOVERNANCE_DELAY() view returns(uint64)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackMINGOVERNANCEDELAY(data []byte) (uint64, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("MIN_GOVERNANCE_DELAY", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackREGISTRARROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf68e9553.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackREGISTRARROLE() []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("REGISTRAR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREGISTRARROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf68e9553.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackREGISTRARROLE() ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("REGISTRAR_ROLE")
}

// UnpackREGISTRARROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackREGISTRARROLE(data []byte) ([32]byte, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("REGISTRAR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAcceptDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefc1429.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptDefaultAdminTransfer() returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackAcceptDefaultAdminTransfer() []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("acceptDefaultAdminTransfer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefc1429.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptDefaultAdminTransfer() returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackAcceptDefaultAdminTransfer() ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("acceptDefaultAdminTransfer")
}

// PackActionId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3f064f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function actionId(bytes data, bytes32 salt) pure returns(bytes32)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackActionId(data []byte, salt [32]byte) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("actionId", data, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActionId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3f064f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function actionId(bytes data, bytes32 salt) pure returns(bytes32)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackActionId(data []byte, salt [32]byte) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("actionId", data, salt)
}

// UnpackActionId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3f064f3.
//
// Solidity: function actionId(bytes data, bytes32 salt) pure returns(bytes32)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackActionId(data []byte) ([32]byte, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("actionId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackActionState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31f7249d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function actionState(bytes32 id) view returns(uint8 status, uint64 executableAt, uint256 approvals)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackActionState(id [32]byte) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("actionState", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActionState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31f7249d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function actionState(bytes32 id) view returns(uint8 status, uint64 executableAt, uint256 approvals)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackActionState(id [32]byte) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("actionState", id)
}

// ActionStateOutput serves as a container for the return parameters of contract
// method ActionState.
type ActionStateOutput struct {
	Status       uint8
	ExecutableAt uint64
	Approvals    *big.Int
}

// UnpackActionState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31f7249d.
//
// Solidity: function actionState(bytes32 id) view returns(uint8 status, uint64 executableAt, uint256 approvals)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackActionState(data []byte) (ActionStateOutput, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("actionState", data)
	outstruct := new(ActionStateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Status = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.ExecutableAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Approvals = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackApprovalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d0eef61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approvalThreshold() view returns(uint8)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackApprovalThreshold() []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("approvalThreshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprovalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d0eef61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approvalThreshold() view returns(uint8)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackApprovalThreshold() ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("approvalThreshold")
}

// UnpackApprovalThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d0eef61.
//
// Solidity: function approvalThreshold() view returns(uint8)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackApprovalThreshold(data []byte) (uint8, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("approvalThreshold", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackApproveAction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62d98762.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approveAction(bytes32 id) returns(bool queued)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackApproveAction(id [32]byte) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("approveAction", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApproveAction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62d98762.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approveAction(bytes32 id) returns(bool queued)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackApproveAction(id [32]byte) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("approveAction", id)
}

// UnpackApproveAction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x62d98762.
//
// Solidity: function approveAction(bytes32 id) returns(bool queued)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackApproveAction(data []byte) (bool, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("approveAction", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackApproveKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10f3992e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approveKey((address,bytes16,uint64,bytes32,bytes,address,uint64) reg) returns(bool activated)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackApproveKey(reg KeyRegistration) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("approveKey", reg)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApproveKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10f3992e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approveKey((address,bytes16,uint64,bytes32,bytes,address,uint64) reg) returns(bool activated)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackApproveKey(reg KeyRegistration) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("approveKey", reg)
}

// UnpackApproveKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x10f3992e.
//
// Solidity: function approveKey((address,bytes16,uint64,bytes32,bytes,address,uint64) reg) returns(bool activated)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackApproveKey(data []byte) (bool, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("approveKey", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackApproveRevocation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb38c373d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approveRevocation(address key) returns(bool revoked)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackApproveRevocation(key common.Address) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("approveRevocation", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApproveRevocation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb38c373d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approveRevocation(address key) returns(bool revoked)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackApproveRevocation(key common.Address) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("approveRevocation", key)
}

// UnpackApproveRevocation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb38c373d.
//
// Solidity: function approveRevocation(address key) returns(bool revoked)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackApproveRevocation(data []byte) (bool, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("approveRevocation", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackBeginDefaultAdminTransfer(newAdmin common.Address) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("beginDefaultAdminTransfer", newAdmin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackBeginDefaultAdminTransfer(newAdmin common.Address) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("beginDefaultAdminTransfer", newAdmin)
}

// PackCancelAction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x781cc3d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelAction(bytes32 id) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackCancelAction(id [32]byte) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("cancelAction", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelAction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x781cc3d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelAction(bytes32 id) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackCancelAction(id [32]byte) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("cancelAction", id)
}

// PackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackCancelDefaultAdminTransfer() []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("cancelDefaultAdminTransfer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackCancelDefaultAdminTransfer() ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("cancelDefaultAdminTransfer")
}

// PackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackChangeDefaultAdminDelay(newDelay *big.Int) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("changeDefaultAdminDelay", newDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackChangeDefaultAdminDelay(newDelay *big.Int) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("changeDefaultAdminDelay", newDelay)
}

// PackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdmin() view returns(address)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackDefaultAdmin() []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("defaultAdmin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdmin() view returns(address)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackDefaultAdmin() ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("defaultAdmin")
}

// UnpackDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84ef8ffc.
//
// Solidity: function defaultAdmin() view returns(address)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackDefaultAdmin(data []byte) (common.Address, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("defaultAdmin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc8463c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackDefaultAdminDelay() []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("defaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc8463c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackDefaultAdminDelay() ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("defaultAdminDelay")
}

// UnpackDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc8463c8.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackDefaultAdminDelay(data []byte) (*big.Int, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("defaultAdminDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDefaultAdminDelayIncreaseWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x022d63fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackDefaultAdminDelayIncreaseWait() []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("defaultAdminDelayIncreaseWait")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdminDelayIncreaseWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x022d63fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackDefaultAdminDelayIncreaseWait() ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("defaultAdminDelayIncreaseWait")
}

// UnpackDefaultAdminDelayIncreaseWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x022d63fb.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackDefaultAdminDelayIncreaseWait(data []byte) (*big.Int, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("defaultAdminDelayIncreaseWait", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackExecuteAction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9f2876d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeAction(bytes data, bytes32 salt) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackExecuteAction(data []byte, salt [32]byte) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("executeAction", data, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteAction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9f2876d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeAction(bytes data, bytes32 salt) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackExecuteAction(data []byte, salt [32]byte) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("executeAction", data, salt)
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGovernanceDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbba32939.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function governanceDelay() view returns(uint64)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackGovernanceDelay() []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("governanceDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGovernanceDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbba32939.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function governanceDelay() view returns(uint64)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackGovernanceDelay() ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("governanceDelay")
}

// UnpackGovernanceDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbba32939.
//
// Solidity: function governanceDelay() view returns(uint64)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackGovernanceDelay(data []byte) (uint64, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("governanceDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("grantRole", role, account)
}

// PackGuestPolicyRules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43c11682.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function guestPolicyRules() view returns(uint64 forbidden, uint64 required)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackGuestPolicyRules() []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("guestPolicyRules")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGuestPolicyRules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43c11682.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function guestPolicyRules() view returns(uint64 forbidden, uint64 required)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackGuestPolicyRules() ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("guestPolicyRules")
}

// GuestPolicyRulesOutput serves as a container for the return parameters of contract
// method GuestPolicyRules.
type GuestPolicyRulesOutput struct {
	Forbidden uint64
	Required  uint64
}

// UnpackGuestPolicyRules is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43c11682.
//
// Solidity: function guestPolicyRules() view returns(uint64 forbidden, uint64 required)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackGuestPolicyRules(data []byte) (GuestPolicyRulesOutput, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("guestPolicyRules", data)
	outstruct := new(GuestPolicyRulesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Forbidden = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Required = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsMeasurementAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb1bcd88.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isMeasurementAllowed(bytes32 measurementHash) view returns(bool)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackIsMeasurementAllowed(measurementHash [32]byte) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("isMeasurementAllowed", measurementHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsMeasurementAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb1bcd88.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isMeasurementAllowed(bytes32 measurementHash) view returns(bool)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackIsMeasurementAllowed(measurementHash [32]byte) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("isMeasurementAllowed", measurementHash)
}

// UnpackIsMeasurementAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb1bcd88.
//
// Solidity: function isMeasurementAllowed(bytes32 measurementHash) view returns(bool)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackIsMeasurementAllowed(data []byte) (bool, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("isMeasurementAllowed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsVcekTrusted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf475142.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isVcekTrusted(bytes32 vcekHash) view returns(bool)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackIsVcekTrusted(vcekHash [32]byte) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("isVcekTrusted", vcekHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsVcekTrusted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf475142.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isVcekTrusted(bytes32 vcekHash) view returns(bool)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackIsVcekTrusted(vcekHash [32]byte) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("isVcekTrusted", vcekHash)
}

// UnpackIsVcekTrusted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf475142.
//
// Solidity: function isVcekTrusted(bytes32 vcekHash) view returns(bool)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackIsVcekTrusted(data []byte) (bool, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("isVcekTrusted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackKeyApprovalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe90f895e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keyApprovalCount(bytes32 regHash) view returns(uint256)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackKeyApprovalCount(regHash [32]byte) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("keyApprovalCount", regHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKeyApprovalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe90f895e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function keyApprovalCount(bytes32 regHash) view returns(uint256)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackKeyApprovalCount(regHash [32]byte) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("keyApprovalCount", regHash)
}

// UnpackKeyApprovalCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe90f895e.
//
// Solidity: function keyApprovalCount(bytes32 regHash) view returns(uint256)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackKeyApprovalCount(data []byte) (*big.Int, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("keyApprovalCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackKeyApprovers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9de0dca4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keyApprovers(bytes32 regHash) view returns(address[])
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackKeyApprovers(regHash [32]byte) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("keyApprovers", regHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKeyApprovers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9de0dca4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function keyApprovers(bytes32 regHash) view returns(address[])
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackKeyApprovers(regHash [32]byte) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("keyApprovers", regHash)
}

// UnpackKeyApprovers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9de0dca4.
//
// Solidity: function keyApprovers(bytes32 regHash) view returns(address[])
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackKeyApprovers(data []byte) ([]common.Address, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("keyApprovers", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackKeyInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97815d4e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keyInfo(address key) view returns((uint8,uint64,bytes16,uint64,uint64,bytes32,bytes,bytes32,uint64))
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackKeyInfo(key common.Address) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("keyInfo", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKeyInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97815d4e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function keyInfo(address key) view returns((uint8,uint64,bytes16,uint64,uint64,bytes32,bytes,bytes32,uint64))
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackKeyInfo(key common.Address) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("keyInfo", key)
}

// UnpackKeyInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97815d4e.
//
// Solidity: function keyInfo(address key) view returns((uint8,uint64,bytes16,uint64,uint64,bytes32,bytes,bytes32,uint64))
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackKeyInfo(data []byte) (KeyInfo, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("keyInfo", data)
	if err != nil {
		return *new(KeyInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(KeyInfo)).(*KeyInfo)
	return out0, nil
}

// PackKeyState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1425269a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keyState(address key) view returns(uint8 status, uint64 expiresAt, bytes16 vmId)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackKeyState(key common.Address) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("keyState", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKeyState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1425269a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function keyState(address key) view returns(uint8 status, uint64 expiresAt, bytes16 vmId)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackKeyState(key common.Address) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("keyState", key)
}

// KeyStateOutput serves as a container for the return parameters of contract
// method KeyState.
type KeyStateOutput struct {
	Status    uint8
	ExpiresAt uint64
	VmId      [16]byte
}

// UnpackKeyState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1425269a.
//
// Solidity: function keyState(address key) view returns(uint8 status, uint64 expiresAt, bytes16 vmId)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackKeyState(data []byte) (KeyStateOutput, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("keyState", data)
	outstruct := new(KeyStateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Status = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.ExpiresAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.VmId = *abi.ConvertType(out[2], new([16]byte)).(*[16]byte)
	return *outstruct, nil
}

// PackMaximumVmpl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91bfcde1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maximumVmpl() view returns(uint32)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackMaximumVmpl() []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("maximumVmpl")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaximumVmpl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91bfcde1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maximumVmpl() view returns(uint32)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackMaximumVmpl() ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("maximumVmpl")
}

// UnpackMaximumVmpl is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91bfcde1.
//
// Solidity: function maximumVmpl() view returns(uint32)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackMaximumVmpl(data []byte) (uint32, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("maximumVmpl", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMinimumTcb is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e8dbfa3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minimumTcb() view returns(uint64)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackMinimumTcb() []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("minimumTcb")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinimumTcb is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e8dbfa3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minimumTcb() view returns(uint64)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackMinimumTcb() ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("minimumTcb")
}

// UnpackMinimumTcb is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e8dbfa3.
//
// Solidity: function minimumTcb() view returns(uint64)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackMinimumTcb(data []byte) (uint64, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("minimumTcb", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackOwner() []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackOwner() ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf6eefb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackPendingDefaultAdmin() []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("pendingDefaultAdmin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf6eefb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackPendingDefaultAdmin() ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("pendingDefaultAdmin")
}

// PendingDefaultAdminOutput serves as a container for the return parameters of contract
// method PendingDefaultAdmin.
type PendingDefaultAdminOutput struct {
	NewAdmin common.Address
	Schedule *big.Int
}

// UnpackPendingDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf6eefb7.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackPendingDefaultAdmin(data []byte) (PendingDefaultAdminOutput, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("pendingDefaultAdmin", data)
	outstruct := new(PendingDefaultAdminOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewAdmin = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPendingDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1eda53c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackPendingDefaultAdminDelay() []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("pendingDefaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1eda53c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackPendingDefaultAdminDelay() ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("pendingDefaultAdminDelay")
}

// PendingDefaultAdminDelayOutput serves as a container for the return parameters of contract
// method PendingDefaultAdminDelay.
type PendingDefaultAdminDelayOutput struct {
	NewDelay *big.Int
	Schedule *big.Int
}

// UnpackPendingDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1eda53c.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackPendingDefaultAdminDelay(data []byte) (PendingDefaultAdminDelayOutput, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("pendingDefaultAdminDelay", data)
	outstruct := new(PendingDefaultAdminDelayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewDelay = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackProposeAction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf4cf8576.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeAction(bytes data, bytes32 salt) returns(bytes32 id)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackProposeAction(data []byte, salt [32]byte) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("proposeAction", data, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeAction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf4cf8576.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeAction(bytes data, bytes32 salt) returns(bytes32 id)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackProposeAction(data []byte, salt [32]byte) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("proposeAction", data, salt)
}

// UnpackProposeAction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf4cf8576.
//
// Solidity: function proposeAction(bytes data, bytes32 salt) returns(bytes32 id)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackProposeAction(data []byte) ([32]byte, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("proposeAction", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRegisterWithProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7681a95.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerWithProof((address,bytes16,uint64,bytes32,bytes,address,uint64) reg, bytes32 keyX, bytes32 keyY, (uint64,uint32,uint64,bytes32) facts, bytes proof, bytes replacedKeySignature) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackRegisterWithProof(reg KeyRegistration, keyX [32]byte, keyY [32]byte, facts ReportFacts, proof []byte, replacedKeySignature []byte) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("registerWithProof", reg, keyX, keyY, facts, proof, replacedKeySignature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterWithProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7681a95.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerWithProof((address,bytes16,uint64,bytes32,bytes,address,uint64) reg, bytes32 keyX, bytes32 keyY, (uint64,uint32,uint64,bytes32) facts, bytes proof, bytes replacedKeySignature) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackRegisterWithProof(reg KeyRegistration, keyX [32]byte, keyY [32]byte, facts ReportFacts, proof []byte, replacedKeySignature []byte) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("registerWithProof", reg, keyX, keyY, facts, proof, replacedKeySignature)
}

// PackRegistrarCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c8f8a93.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registrarCount() view returns(uint256)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackRegistrarCount() []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("registrarCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistrarCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c8f8a93.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registrarCount() view returns(uint256)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackRegistrarCount() ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("registrarCount")
}

// UnpackRegistrarCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1c8f8a93.
//
// Solidity: function registrarCount() view returns(uint256)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackRegistrarCount(data []byte) (*big.Int, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("registrarCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegistrationHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbadfbf30.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registrationHash((address,bytes16,uint64,bytes32,bytes,address,uint64) reg) pure returns(bytes32)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackRegistrationHash(reg KeyRegistration) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("registrationHash", reg)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistrationHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbadfbf30.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registrationHash((address,bytes16,uint64,bytes32,bytes,address,uint64) reg) pure returns(bytes32)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackRegistrationHash(reg KeyRegistration) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("registrationHash", reg)
}

// UnpackRegistrationHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbadfbf30.
//
// Solidity: function registrationHash((address,bytes16,uint64,bytes32,bytes,address,uint64) reg) pure returns(bytes32)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackRegistrationHash(data []byte) ([32]byte, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("registrationHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("renounceRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("renounceRole", role, account)
}

// PackReportInputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7834723a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportInputs((address,bytes16,uint64,bytes32,bytes,address,uint64) reg, bytes32 keyX, bytes32 keyY, (uint64,uint32,uint64,bytes32) facts) view returns(uint256[6])
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackReportInputs(reg KeyRegistration, keyX [32]byte, keyY [32]byte, facts ReportFacts) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("reportInputs", reg, keyX, keyY, facts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportInputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7834723a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportInputs((address,bytes16,uint64,bytes32,bytes,address,uint64) reg, bytes32 keyX, bytes32 keyY, (uint64,uint32,uint64,bytes32) facts) view returns(uint256[6])
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackReportInputs(reg KeyRegistration, keyX [32]byte, keyY [32]byte, facts ReportFacts) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("reportInputs", reg, keyX, keyY, facts)
}

// UnpackReportInputs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7834723a.
//
// Solidity: function reportInputs((address,bytes16,uint64,bytes32,bytes,address,uint64) reg, bytes32 keyX, bytes32 keyY, (uint64,uint32,uint64,bytes32) facts) view returns(uint256[6])
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackReportInputs(data []byte) ([6]*big.Int, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("reportInputs", data)
	if err != nil {
		return *new([6]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([6]*big.Int)).(*[6]*big.Int)
	return out0, nil
}

// PackReportVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e37d9e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportVerifier() view returns(address)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackReportVerifier() []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("reportVerifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e37d9e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportVerifier() view returns(address)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackReportVerifier() ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("reportVerifier")
}

// UnpackReportVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e37d9e5.
//
// Solidity: function reportVerifier() view returns(address)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackReportVerifier(data []byte) (common.Address, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("reportVerifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRevocationApprovalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x390d65e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revocationApprovalCount(address key) view returns(uint256)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackRevocationApprovalCount(key common.Address) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("revocationApprovalCount", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevocationApprovalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x390d65e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revocationApprovalCount(address key) view returns(uint256)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackRevocationApprovalCount(key common.Address) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("revocationApprovalCount", key)
}

// UnpackRevocationApprovalCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x390d65e6.
//
// Solidity: function revocationApprovalCount(address key) view returns(uint256)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackRevocationApprovalCount(data []byte) (*big.Int, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("revocationApprovalCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRevocationApprovers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb07fe1c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revocationApprovers(address key) view returns(address[])
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackRevocationApprovers(key common.Address) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("revocationApprovers", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevocationApprovers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb07fe1c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revocationApprovers(address key) view returns(address[])
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackRevocationApprovers(key common.Address) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("revocationApprovers", key)
}

// UnpackRevocationApprovers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb07fe1c.
//
// Solidity: function revocationApprovers(address key) view returns(address[])
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackRevocationApprovers(data []byte) ([]common.Address, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("revocationApprovers", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackRevocationCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2076b27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revocationCount(bytes16 vmId) view returns(uint256)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackRevocationCount(vmId [16]byte) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("revocationCount", vmId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevocationCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2076b27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revocationCount(bytes16 vmId) view returns(uint256)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackRevocationCount(vmId [16]byte) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("revocationCount", vmId)
}

// UnpackRevocationCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2076b27.
//
// Solidity: function revocationCount(bytes16 vmId) view returns(uint256)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackRevocationCount(data []byte) (*big.Int, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("revocationCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRevokeKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ae7ab32.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeKey(address key) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackRevokeKey(key common.Address) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("revokeKey", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ae7ab32.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeKey(address key) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackRevokeKey(key common.Address) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("revokeKey", key)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("revokeRole", role, account)
}

// PackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackRollbackDefaultAdminDelay() []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("rollbackDefaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackRollbackDefaultAdminDelay() ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("rollbackDefaultAdminDelay")
}

// PackRotationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06c6eb3d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rotationDigest((address,bytes16,uint64,bytes32,bytes,address,uint64) reg) view returns(bytes32)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackRotationDigest(reg KeyRegistration) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("rotationDigest", reg)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRotationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06c6eb3d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rotationDigest((address,bytes16,uint64,bytes32,bytes,address,uint64) reg) view returns(bytes32)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackRotationDigest(reg KeyRegistration) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("rotationDigest", reg)
}

// UnpackRotationDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06c6eb3d.
//
// Solidity: function rotationDigest((address,bytes16,uint64,bytes32,bytes,address,uint64) reg) view returns(bytes32)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackRotationDigest(data []byte) ([32]byte, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("rotationDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSetApprovalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x346d7548.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalThreshold(uint8 threshold) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackSetApprovalThreshold(threshold uint8) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("setApprovalThreshold", threshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x346d7548.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalThreshold(uint8 threshold) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackSetApprovalThreshold(threshold uint8) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("setApprovalThreshold", threshold)
}

// PackSetGovernanceDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x545aa9ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setGovernanceDelay(uint64 delay) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackSetGovernanceDelay(delay uint64) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("setGovernanceDelay", delay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetGovernanceDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x545aa9ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setGovernanceDelay(uint64 delay) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackSetGovernanceDelay(delay uint64) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("setGovernanceDelay", delay)
}

// PackSetGuestPolicyRules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda347445.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setGuestPolicyRules(uint64 forbidden, uint64 required) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackSetGuestPolicyRules(forbidden uint64, required uint64) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("setGuestPolicyRules", forbidden, required)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetGuestPolicyRules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda347445.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setGuestPolicyRules(uint64 forbidden, uint64 required) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackSetGuestPolicyRules(forbidden uint64, required uint64) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("setGuestPolicyRules", forbidden, required)
}

// PackSetMaximumVmpl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18cfc221.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaximumVmpl(uint32 maximum) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackSetMaximumVmpl(maximum uint32) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("setMaximumVmpl", maximum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMaximumVmpl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18cfc221.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMaximumVmpl(uint32 maximum) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackSetMaximumVmpl(maximum uint32) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("setMaximumVmpl", maximum)
}

// PackSetMeasurementAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54254b08.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMeasurementAllowed(bytes measurement, bool allowed) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackSetMeasurementAllowed(measurement []byte, allowed bool) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("setMeasurementAllowed", measurement, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMeasurementAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54254b08.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMeasurementAllowed(bytes measurement, bool allowed) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackSetMeasurementAllowed(measurement []byte, allowed bool) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("setMeasurementAllowed", measurement, allowed)
}

// PackSetMinimumTcb is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7830bc33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinimumTcb(uint64 minimum) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackSetMinimumTcb(minimum uint64) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("setMinimumTcb", minimum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinimumTcb is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7830bc33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinimumTcb(uint64 minimum) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackSetMinimumTcb(minimum uint64) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("setMinimumTcb", minimum)
}

// PackSetReportVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaad82f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReportVerifier(address verifier) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackSetReportVerifier(verifier common.Address) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("setReportVerifier", verifier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReportVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaad82f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReportVerifier(address verifier) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackSetReportVerifier(verifier common.Address) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("setReportVerifier", verifier)
}

// PackSetVcekTrusted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf97d48cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVcekTrusted(bytes32 vcekHash, bool trusted) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackSetVcekTrusted(vcekHash [32]byte, trusted bool) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("setVcekTrusted", vcekHash, trusted)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVcekTrusted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf97d48cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVcekTrusted(bytes32 vcekHash, bool trusted) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackSetVcekTrusted(vcekHash [32]byte, trusted bool) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("setVcekTrusted", vcekHash, trusted)
}

// PackSetVmBinding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cd7596a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVmBinding(bytes16 vmId, bytes32 measurementHash, bytes32 vcekHash) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackSetVmBinding(vmId [16]byte, measurementHash [32]byte, vcekHash [32]byte) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("setVmBinding", vmId, measurementHash, vcekHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVmBinding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cd7596a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVmBinding(bytes16 vmId, bytes32 measurementHash, bytes32 vcekHash) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackSetVmBinding(vmId [16]byte, measurementHash [32]byte, vcekHash [32]byte) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("setVmBinding", vmId, measurementHash, vcekHash)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVmBinding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19a0af5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vmBinding(bytes16 vmId) view returns(bytes32 measurementHash, bytes32 vcekHash)
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackVmBinding(vmId [16]byte) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("vmBinding", vmId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVmBinding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19a0af5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vmBinding(bytes16 vmId) view returns(bytes32 measurementHash, bytes32 vcekHash)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackVmBinding(vmId [16]byte) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("vmBinding", vmId)
}

// VmBindingOutput serves as a container for the return parameters of contract
// method VmBinding.
type VmBindingOutput struct {
	MeasurementHash [32]byte
	VcekHash        [32]byte
}

// UnpackVmBinding is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x19a0af5d.
//
// Solidity: function vmBinding(bytes16 vmId) view returns(bytes32 measurementHash, bytes32 vcekHash)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackVmBinding(data []byte) (VmBindingOutput, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("vmBinding", data)
	outstruct := new(VmBindingOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.MeasurementHash = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.VcekHash = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// EnclaveKeyRegistryActionApproved represents a ActionApproved event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryActionApproved struct {
	Id        [32]byte
	Registrar common.Address
	Approvals *big.Int
	Threshold uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryActionApprovedEventName = "ActionApproved"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryActionApproved) ContractEventName() string {
	return EnclaveKeyRegistryActionApprovedEventName
}

// UnpackActionApprovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ActionApproved(bytes32 indexed id, address indexed registrar, uint256 approvals, uint8 threshold)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackActionApprovedEvent(log *types.Log) (*EnclaveKeyRegistryActionApproved, error) {
	event := "ActionApproved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryActionApproved)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryActionCancelled represents a ActionCancelled event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryActionCancelled struct {
	Id        [32]byte
	Canceller common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryActionCancelledEventName = "ActionCancelled"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryActionCancelled) ContractEventName() string {
	return EnclaveKeyRegistryActionCancelledEventName
}

// UnpackActionCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ActionCancelled(bytes32 indexed id, address indexed canceller)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackActionCancelledEvent(log *types.Log) (*EnclaveKeyRegistryActionCancelled, error) {
	event := "ActionCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryActionCancelled)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryActionExecuted represents a ActionExecuted event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryActionExecuted struct {
	Id  [32]byte
	Raw *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryActionExecutedEventName = "ActionExecuted"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryActionExecuted) ContractEventName() string {
	return EnclaveKeyRegistryActionExecutedEventName
}

// UnpackActionExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ActionExecuted(bytes32 indexed id)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackActionExecutedEvent(log *types.Log) (*EnclaveKeyRegistryActionExecuted, error) {
	event := "ActionExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryActionExecuted)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryActionProposed represents a ActionProposed event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryActionProposed struct {
	Id       [32]byte
	Proposer common.Address
	Data     []byte
	Salt     [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryActionProposedEventName = "ActionProposed"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryActionProposed) ContractEventName() string {
	return EnclaveKeyRegistryActionProposedEventName
}

// UnpackActionProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ActionProposed(bytes32 indexed id, address indexed proposer, bytes data, bytes32 salt)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackActionProposedEvent(log *types.Log) (*EnclaveKeyRegistryActionProposed, error) {
	event := "ActionProposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryActionProposed)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryActionQueued represents a ActionQueued event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryActionQueued struct {
	Id           [32]byte
	ExecutableAt uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryActionQueuedEventName = "ActionQueued"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryActionQueued) ContractEventName() string {
	return EnclaveKeyRegistryActionQueuedEventName
}

// UnpackActionQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ActionQueued(bytes32 indexed id, uint64 executableAt)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackActionQueuedEvent(log *types.Log) (*EnclaveKeyRegistryActionQueued, error) {
	event := "ActionQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryActionQueued)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryApprovalThresholdSet represents a ApprovalThresholdSet event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryApprovalThresholdSet struct {
	OldThreshold uint8
	NewThreshold uint8
	Raw          *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryApprovalThresholdSetEventName = "ApprovalThresholdSet"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryApprovalThresholdSet) ContractEventName() string {
	return EnclaveKeyRegistryApprovalThresholdSetEventName
}

// UnpackApprovalThresholdSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalThresholdSet(uint8 oldThreshold, uint8 newThreshold)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackApprovalThresholdSetEvent(log *types.Log) (*EnclaveKeyRegistryApprovalThresholdSet, error) {
	event := "ApprovalThresholdSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryApprovalThresholdSet)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryDefaultAdminDelayChangeCanceled represents a DefaultAdminDelayChangeCanceled event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryDefaultAdminDelayChangeCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryDefaultAdminDelayChangeCanceledEventName = "DefaultAdminDelayChangeCanceled"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryDefaultAdminDelayChangeCanceled) ContractEventName() string {
	return EnclaveKeyRegistryDefaultAdminDelayChangeCanceledEventName
}

// UnpackDefaultAdminDelayChangeCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeCanceled()
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackDefaultAdminDelayChangeCanceledEvent(log *types.Log) (*EnclaveKeyRegistryDefaultAdminDelayChangeCanceled, error) {
	event := "DefaultAdminDelayChangeCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryDefaultAdminDelayChangeCanceled)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryDefaultAdminDelayChangeScheduled represents a DefaultAdminDelayChangeScheduled event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryDefaultAdminDelayChangeScheduled struct {
	NewDelay       *big.Int
	EffectSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryDefaultAdminDelayChangeScheduledEventName = "DefaultAdminDelayChangeScheduled"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryDefaultAdminDelayChangeScheduled) ContractEventName() string {
	return EnclaveKeyRegistryDefaultAdminDelayChangeScheduledEventName
}

// UnpackDefaultAdminDelayChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackDefaultAdminDelayChangeScheduledEvent(log *types.Log) (*EnclaveKeyRegistryDefaultAdminDelayChangeScheduled, error) {
	event := "DefaultAdminDelayChangeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryDefaultAdminDelayChangeScheduled)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryDefaultAdminTransferCanceled represents a DefaultAdminTransferCanceled event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryDefaultAdminTransferCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryDefaultAdminTransferCanceledEventName = "DefaultAdminTransferCanceled"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryDefaultAdminTransferCanceled) ContractEventName() string {
	return EnclaveKeyRegistryDefaultAdminTransferCanceledEventName
}

// UnpackDefaultAdminTransferCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferCanceled()
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackDefaultAdminTransferCanceledEvent(log *types.Log) (*EnclaveKeyRegistryDefaultAdminTransferCanceled, error) {
	event := "DefaultAdminTransferCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryDefaultAdminTransferCanceled)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryDefaultAdminTransferScheduled represents a DefaultAdminTransferScheduled event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryDefaultAdminTransferScheduled struct {
	NewAdmin       common.Address
	AcceptSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryDefaultAdminTransferScheduledEventName = "DefaultAdminTransferScheduled"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryDefaultAdminTransferScheduled) ContractEventName() string {
	return EnclaveKeyRegistryDefaultAdminTransferScheduledEventName
}

// UnpackDefaultAdminTransferScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackDefaultAdminTransferScheduledEvent(log *types.Log) (*EnclaveKeyRegistryDefaultAdminTransferScheduled, error) {
	event := "DefaultAdminTransferScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryDefaultAdminTransferScheduled)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryGovernanceDelaySet represents a GovernanceDelaySet event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryGovernanceDelaySet struct {
	OldDelay uint64
	NewDelay uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryGovernanceDelaySetEventName = "GovernanceDelaySet"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryGovernanceDelaySet) ContractEventName() string {
	return EnclaveKeyRegistryGovernanceDelaySetEventName
}

// UnpackGovernanceDelaySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GovernanceDelaySet(uint64 oldDelay, uint64 newDelay)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackGovernanceDelaySetEvent(log *types.Log) (*EnclaveKeyRegistryGovernanceDelaySet, error) {
	event := "GovernanceDelaySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryGovernanceDelaySet)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryGuestPolicyRulesSet represents a GuestPolicyRulesSet event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryGuestPolicyRulesSet struct {
	Forbidden uint64
	Required  uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryGuestPolicyRulesSetEventName = "GuestPolicyRulesSet"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryGuestPolicyRulesSet) ContractEventName() string {
	return EnclaveKeyRegistryGuestPolicyRulesSetEventName
}

// UnpackGuestPolicyRulesSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GuestPolicyRulesSet(uint64 forbidden, uint64 required)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackGuestPolicyRulesSetEvent(log *types.Log) (*EnclaveKeyRegistryGuestPolicyRulesSet, error) {
	event := "GuestPolicyRulesSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryGuestPolicyRulesSet)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryKeyApproved represents a KeyApproved event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryKeyApproved struct {
	Key       common.Address
	RegHash   [32]byte
	Registrar common.Address
	Approvals *big.Int
	Threshold uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryKeyApprovedEventName = "KeyApproved"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryKeyApproved) ContractEventName() string {
	return EnclaveKeyRegistryKeyApprovedEventName
}

// UnpackKeyApprovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeyApproved(address indexed key, bytes32 indexed regHash, address indexed registrar, uint256 approvals, uint8 threshold)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackKeyApprovedEvent(log *types.Log) (*EnclaveKeyRegistryKeyApproved, error) {
	event := "KeyApproved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryKeyApproved)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryKeyRegistered represents a KeyRegistered event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryKeyRegistered struct {
	Key          common.Address
	VmId         [16]byte
	RegHash      [32]byte
	ExpiresAt    uint64
	EvidenceHash [32]byte
	Measurement  []byte
	Approvals    *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryKeyRegisteredEventName = "KeyRegistered"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryKeyRegistered) ContractEventName() string {
	return EnclaveKeyRegistryKeyRegisteredEventName
}

// UnpackKeyRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeyRegistered(address indexed key, bytes16 indexed vmId, bytes32 indexed regHash, uint64 expiresAt, bytes32 evidenceHash, bytes measurement, uint256 approvals)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackKeyRegisteredEvent(log *types.Log) (*EnclaveKeyRegistryKeyRegistered, error) {
	event := "KeyRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryKeyRegistered)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryKeyRegisteredWithProof represents a KeyRegisteredWithProof event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryKeyRegisteredWithProof struct {
	Key      common.Address
	VmId     [16]byte
	VcekHash [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryKeyRegisteredWithProofEventName = "KeyRegisteredWithProof"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryKeyRegisteredWithProof) ContractEventName() string {
	return EnclaveKeyRegistryKeyRegisteredWithProofEventName
}

// UnpackKeyRegisteredWithProofEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeyRegisteredWithProof(address indexed key, bytes16 indexed vmId, bytes32 indexed vcekHash)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackKeyRegisteredWithProofEvent(log *types.Log) (*EnclaveKeyRegistryKeyRegisteredWithProof, error) {
	event := "KeyRegisteredWithProof"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryKeyRegisteredWithProof)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryKeyRevoked represents a KeyRevoked event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryKeyRevoked struct {
	Key     common.Address
	VmId    [16]byte
	Revoker common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryKeyRevokedEventName = "KeyRevoked"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryKeyRevoked) ContractEventName() string {
	return EnclaveKeyRegistryKeyRevokedEventName
}

// UnpackKeyRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeyRevoked(address indexed key, bytes16 indexed vmId, address indexed revoker)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackKeyRevokedEvent(log *types.Log) (*EnclaveKeyRegistryKeyRevoked, error) {
	event := "KeyRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryKeyRevoked)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryKeyRotated represents a KeyRotated event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryKeyRotated struct {
	OldKey          common.Address
	NewKey          common.Address
	VmId            [16]byte
	OldKeyExpiresAt uint64
	Raw             *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryKeyRotatedEventName = "KeyRotated"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryKeyRotated) ContractEventName() string {
	return EnclaveKeyRegistryKeyRotatedEventName
}

// UnpackKeyRotatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeyRotated(address indexed oldKey, address indexed newKey, bytes16 indexed vmId, uint64 oldKeyExpiresAt)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackKeyRotatedEvent(log *types.Log) (*EnclaveKeyRegistryKeyRotated, error) {
	event := "KeyRotated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryKeyRotated)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryMaximumVmplSet represents a MaximumVmplSet event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryMaximumVmplSet struct {
	Maximum uint32
	Raw     *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryMaximumVmplSetEventName = "MaximumVmplSet"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryMaximumVmplSet) ContractEventName() string {
	return EnclaveKeyRegistryMaximumVmplSetEventName
}

// UnpackMaximumVmplSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaximumVmplSet(uint32 maximum)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackMaximumVmplSetEvent(log *types.Log) (*EnclaveKeyRegistryMaximumVmplSet, error) {
	event := "MaximumVmplSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryMaximumVmplSet)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryMeasurementAllowed represents a MeasurementAllowed event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryMeasurementAllowed struct {
	MeasurementHash [32]byte
	Allowed         bool
	Raw             *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryMeasurementAllowedEventName = "MeasurementAllowed"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryMeasurementAllowed) ContractEventName() string {
	return EnclaveKeyRegistryMeasurementAllowedEventName
}

// UnpackMeasurementAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MeasurementAllowed(bytes32 indexed measurementHash, bool allowed)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackMeasurementAllowedEvent(log *types.Log) (*EnclaveKeyRegistryMeasurementAllowed, error) {
	event := "MeasurementAllowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryMeasurementAllowed)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryMinimumTcbSet represents a MinimumTcbSet event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryMinimumTcbSet struct {
	Minimum uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryMinimumTcbSetEventName = "MinimumTcbSet"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryMinimumTcbSet) ContractEventName() string {
	return EnclaveKeyRegistryMinimumTcbSetEventName
}

// UnpackMinimumTcbSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinimumTcbSet(uint64 minimum)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackMinimumTcbSetEvent(log *types.Log) (*EnclaveKeyRegistryMinimumTcbSet, error) {
	event := "MinimumTcbSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryMinimumTcbSet)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryReportVerifierSet represents a ReportVerifierSet event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryReportVerifierSet struct {
	Verifier common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryReportVerifierSetEventName = "ReportVerifierSet"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryReportVerifierSet) ContractEventName() string {
	return EnclaveKeyRegistryReportVerifierSetEventName
}

// UnpackReportVerifierSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReportVerifierSet(address verifier)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackReportVerifierSetEvent(log *types.Log) (*EnclaveKeyRegistryReportVerifierSet, error) {
	event := "ReportVerifierSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryReportVerifierSet)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryRevocationApproved represents a RevocationApproved event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryRevocationApproved struct {
	Key       common.Address
	Registrar common.Address
	Approvals *big.Int
	Threshold uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryRevocationApprovedEventName = "RevocationApproved"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryRevocationApproved) ContractEventName() string {
	return EnclaveKeyRegistryRevocationApprovedEventName
}

// UnpackRevocationApprovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevocationApproved(address indexed key, address indexed registrar, uint256 approvals, uint8 threshold)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackRevocationApprovedEvent(log *types.Log) (*EnclaveKeyRegistryRevocationApproved, error) {
	event := "RevocationApproved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryRevocationApproved)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryRoleAdminChanged) ContractEventName() string {
	return EnclaveKeyRegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackRoleAdminChangedEvent(log *types.Log) (*EnclaveKeyRegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryRoleGranted represents a RoleGranted event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryRoleGranted) ContractEventName() string {
	return EnclaveKeyRegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackRoleGrantedEvent(log *types.Log) (*EnclaveKeyRegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryRoleRevoked represents a RoleRevoked event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryRoleRevoked) ContractEventName() string {
	return EnclaveKeyRegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackRoleRevokedEvent(log *types.Log) (*EnclaveKeyRegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryVcekTrusted represents a VcekTrusted event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryVcekTrusted struct {
	VcekHash [32]byte
	Trusted  bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryVcekTrustedEventName = "VcekTrusted"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryVcekTrusted) ContractEventName() string {
	return EnclaveKeyRegistryVcekTrustedEventName
}

// UnpackVcekTrustedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VcekTrusted(bytes32 indexed vcekHash, bool trusted)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackVcekTrustedEvent(log *types.Log) (*EnclaveKeyRegistryVcekTrusted, error) {
	event := "VcekTrusted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryVcekTrusted)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EnclaveKeyRegistryVmBound represents a VmBound event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryVmBound struct {
	VmId            [16]byte
	MeasurementHash [32]byte
	VcekHash        [32]byte
	Raw             *types.Log // Blockchain specific contextual infos
}

const EnclaveKeyRegistryVmBoundEventName = "VmBound"

// ContractEventName returns the user-defined event name.
func (EnclaveKeyRegistryVmBound) ContractEventName() string {
	return EnclaveKeyRegistryVmBoundEventName
}

// UnpackVmBoundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VmBound(bytes16 indexed vmId, bytes32 measurementHash, bytes32 vcekHash)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackVmBoundEvent(log *types.Log) (*EnclaveKeyRegistryVmBound, error) {
	event := "VmBound"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != enclaveKeyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EnclaveKeyRegistryVmBound)
	if len(log.Data) > 0 {
		if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range enclaveKeyRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["AccessControlEnforcedDefaultAdminDelay"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackAccessControlEnforcedDefaultAdminDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["AccessControlEnforcedDefaultAdminRules"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackAccessControlEnforcedDefaultAdminRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["AccessControlInvalidDefaultAdmin"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackAccessControlInvalidDefaultAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["ActionAlreadyApproved"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackActionAlreadyApprovedError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["ActionApprovalsBelowThreshold"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackActionApprovalsBelowThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["ActionNotInStatus"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackActionNotInStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["ActionNotReady"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackActionNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["AlreadyApproved"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackAlreadyApprovedError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["DebugPolicy"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackDebugPolicyError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["EvidenceHashMismatch"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackEvidenceHashMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["ExpiryNotInFuture"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackExpiryNotInFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["GovernanceDelayTooShort"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackGovernanceDelayTooShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["InsecureVerifierSetup"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackInsecureVerifierSetupError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["InvalidApprovalThreshold"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackInvalidApprovalThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["InvalidMeasurementLength"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackInvalidMeasurementLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["InvalidRegistrar"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackInvalidRegistrarError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["InvalidReplacedKeySignature"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackInvalidReplacedKeySignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["InvalidReportProof"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackInvalidReportProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["KeyAlreadyRegistered"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackKeyAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["KeyAlreadyRevoked"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackKeyAlreadyRevokedError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["KeyMismatch"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackKeyMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["KeyNotRegistered"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackKeyNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["MeasurementNotAllowed"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackMeasurementNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["NotGoverned"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackNotGovernedError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["PolicyBitsForbidden"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackPolicyBitsForbiddenError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["PolicyBitsMissing"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackPolicyBitsMissingError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["ReplacedKeyOfOtherVm"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackReplacedKeyOfOtherVmError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["ReportVerifierNotSet"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackReportVerifierNotSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["RevocationAlreadyApproved"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackRevocationAlreadyApprovedError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["TcbTooLow"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackTcbTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["ThresholdAboveRegistrars"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackThresholdAboveRegistrarsError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["VcekNotTrusted"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackVcekNotTrustedError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["VerifierSetupUnknown"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackVerifierSetupUnknownError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["VmBoundToOtherLaunch"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackVmBoundToOtherLaunchError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["VmplTooHigh"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackVmplTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["ZeroKey"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackZeroKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["ZeroVmId"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackZeroVmIdError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// EnclaveKeyRegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func EnclaveKeyRegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackAccessControlBadConfirmationError(raw []byte) (*EnclaveKeyRegistryAccessControlBadConfirmation, error) {
	out := new(EnclaveKeyRegistryAccessControlBadConfirmation)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryAccessControlEnforcedDefaultAdminDelay represents a AccessControlEnforcedDefaultAdminDelay error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryAccessControlEnforcedDefaultAdminDelay struct {
	Schedule *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func EnclaveKeyRegistryAccessControlEnforcedDefaultAdminDelayErrorID() common.Hash {
	return common.HexToHash("0x19ca5ebb8fb33f00e502c9392eddab1501674629178bf69b853cf037aaf4bb5d")
}

// UnpackAccessControlEnforcedDefaultAdminDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackAccessControlEnforcedDefaultAdminDelayError(raw []byte) (*EnclaveKeyRegistryAccessControlEnforcedDefaultAdminDelay, error) {
	out := new(EnclaveKeyRegistryAccessControlEnforcedDefaultAdminDelay)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryAccessControlEnforcedDefaultAdminRules represents a AccessControlEnforcedDefaultAdminRules error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryAccessControlEnforcedDefaultAdminRules struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func EnclaveKeyRegistryAccessControlEnforcedDefaultAdminRulesErrorID() common.Hash {
	return common.HexToHash("0x3fc3c27ae3db78c81b8f6e685172134623efa268ee8cd8d54be38ad2a74fc13b")
}

// UnpackAccessControlEnforcedDefaultAdminRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackAccessControlEnforcedDefaultAdminRulesError(raw []byte) (*EnclaveKeyRegistryAccessControlEnforcedDefaultAdminRules, error) {
	out := new(EnclaveKeyRegistryAccessControlEnforcedDefaultAdminRules)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryAccessControlInvalidDefaultAdmin represents a AccessControlInvalidDefaultAdmin error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryAccessControlInvalidDefaultAdmin struct {
	DefaultAdmin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func EnclaveKeyRegistryAccessControlInvalidDefaultAdminErrorID() common.Hash {
	return common.HexToHash("0xc22c8022f2a840d6b6a9f113407715f5bbd4e88c1b0dd9434dc00700ba609ed4")
}

// UnpackAccessControlInvalidDefaultAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackAccessControlInvalidDefaultAdminError(raw []byte) (*EnclaveKeyRegistryAccessControlInvalidDefaultAdmin, error) {
	out := new(EnclaveKeyRegistryAccessControlInvalidDefaultAdmin)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "AccessControlInvalidDefaultAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func EnclaveKeyRegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*EnclaveKeyRegistryAccessControlUnauthorizedAccount, error) {
	out := new(EnclaveKeyRegistryAccessControlUnauthorizedAccount)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryActionAlreadyApproved represents a ActionAlreadyApproved error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryActionAlreadyApproved struct {
	Registrar common.Address
	Id        [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ActionAlreadyApproved(address registrar, bytes32 id)
func EnclaveKeyRegistryActionAlreadyApprovedErrorID() common.Hash {
	return common.HexToHash("0xc710c07fa5cf97d7ad01a8e4fa10e534cc833d1b4b31b6b914e2ee5c4ca2170b")
}

// UnpackActionAlreadyApprovedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ActionAlreadyApproved(address registrar, bytes32 id)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackActionAlreadyApprovedError(raw []byte) (*EnclaveKeyRegistryActionAlreadyApproved, error) {
	out := new(EnclaveKeyRegistryActionAlreadyApproved)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "ActionAlreadyApproved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryActionApprovalsBelowThreshold represents a ActionApprovalsBelowThreshold error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryActionApprovalsBelowThreshold struct {
	Id        [32]byte
	Approvals *big.Int
	Threshold uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ActionApprovalsBelowThreshold(bytes32 id, uint256 approvals, uint8 threshold)
func EnclaveKeyRegistryActionApprovalsBelowThresholdErrorID() common.Hash {
	return common.HexToHash("0x62c71368575d9ffa36ebc81a500693199a345d2cbaac065415065f55f37bf7cd")
}

// UnpackActionApprovalsBelowThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ActionApprovalsBelowThreshold(bytes32 id, uint256 approvals, uint8 threshold)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackActionApprovalsBelowThresholdError(raw []byte) (*EnclaveKeyRegistryActionApprovalsBelowThreshold, error) {
	out := new(EnclaveKeyRegistryActionApprovalsBelowThreshold)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "ActionApprovalsBelowThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryActionNotInStatus represents a ActionNotInStatus error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryActionNotInStatus struct {
	Id     [32]byte
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ActionNotInStatus(bytes32 id, uint8 status)
func EnclaveKeyRegistryActionNotInStatusErrorID() common.Hash {
	return common.HexToHash("0xc53dad182ba29fedebdb3bf0620ca7d1d777aed9b6a5518d39610001b03952dd")
}

// UnpackActionNotInStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ActionNotInStatus(bytes32 id, uint8 status)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackActionNotInStatusError(raw []byte) (*EnclaveKeyRegistryActionNotInStatus, error) {
	out := new(EnclaveKeyRegistryActionNotInStatus)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "ActionNotInStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryActionNotReady represents a ActionNotReady error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryActionNotReady struct {
	Id           [32]byte
	ExecutableAt uint64
	CurrentTime  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ActionNotReady(bytes32 id, uint64 executableAt, uint256 currentTime)
func EnclaveKeyRegistryActionNotReadyErrorID() common.Hash {
	return common.HexToHash("0x217c419e49e83522b19959b1133d7a55ff8a8e2bcef09ad2f1b5b8b7f673fc63")
}

// UnpackActionNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ActionNotReady(bytes32 id, uint64 executableAt, uint256 currentTime)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackActionNotReadyError(raw []byte) (*EnclaveKeyRegistryActionNotReady, error) {
	out := new(EnclaveKeyRegistryActionNotReady)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "ActionNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryAlreadyApproved represents a AlreadyApproved error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryAlreadyApproved struct {
	Registrar common.Address
	RegHash   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyApproved(address registrar, bytes32 regHash)
func EnclaveKeyRegistryAlreadyApprovedErrorID() common.Hash {
	return common.HexToHash("0xa913af1b39c81f598636762b8a8a3a90117fb4e281c3c7b497b24455a3b61c85")
}

// UnpackAlreadyApprovedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyApproved(address registrar, bytes32 regHash)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackAlreadyApprovedError(raw []byte) (*EnclaveKeyRegistryAlreadyApproved, error) {
	out := new(EnclaveKeyRegistryAlreadyApproved)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "AlreadyApproved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryDebugPolicy represents a DebugPolicy error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryDebugPolicy struct {
	Policy uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DebugPolicy(uint64 policy)
func EnclaveKeyRegistryDebugPolicyErrorID() common.Hash {
	return common.HexToHash("0x9834776677b9b2526c375b7336f014a7fedb58fad7600199ffcd33a1c55840f4")
}

// UnpackDebugPolicyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DebugPolicy(uint64 policy)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackDebugPolicyError(raw []byte) (*EnclaveKeyRegistryDebugPolicy, error) {
	out := new(EnclaveKeyRegistryDebugPolicy)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "DebugPolicy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryEvidenceHashMismatch represents a EvidenceHashMismatch error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryEvidenceHashMismatch struct {
	EvidenceHash [32]byte
	ProofHash    [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EvidenceHashMismatch(bytes32 evidenceHash, bytes32 proofHash)
func EnclaveKeyRegistryEvidenceHashMismatchErrorID() common.Hash {
	return common.HexToHash("0xb9f81c3000719166853a13e4f4d10a11d54e969fc1e8c7619893b043bdf79f26")
}

// UnpackEvidenceHashMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EvidenceHashMismatch(bytes32 evidenceHash, bytes32 proofHash)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackEvidenceHashMismatchError(raw []byte) (*EnclaveKeyRegistryEvidenceHashMismatch, error) {
	out := new(EnclaveKeyRegistryEvidenceHashMismatch)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "EvidenceHashMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryExpiryNotInFuture represents a ExpiryNotInFuture error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryExpiryNotInFuture struct {
	ExpiresAt   uint64
	CurrentTime *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpiryNotInFuture(uint64 expiresAt, uint256 currentTime)
func EnclaveKeyRegistryExpiryNotInFutureErrorID() common.Hash {
	return common.HexToHash("0x6a43036e10a2f8c059d8bf6c3f4d70e4cd77f1eb6ac41c57fbd2fa62fe93ba31")
}

// UnpackExpiryNotInFutureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpiryNotInFuture(uint64 expiresAt, uint256 currentTime)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackExpiryNotInFutureError(raw []byte) (*EnclaveKeyRegistryExpiryNotInFuture, error) {
	out := new(EnclaveKeyRegistryExpiryNotInFuture)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "ExpiryNotInFuture", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryGovernanceDelayTooShort represents a GovernanceDelayTooShort error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryGovernanceDelayTooShort struct {
	Delay   uint64
	Minimum uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernanceDelayTooShort(uint64 delay, uint64 minimum)
func EnclaveKeyRegistryGovernanceDelayTooShortErrorID() common.Hash {
	return common.HexToHash("0xbeb26ed47e0d99fcac3f53ba7d480466479b94175f1e8f3b3d454033c76e6cd3")
}

// UnpackGovernanceDelayTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernanceDelayTooShort(uint64 delay, uint64 minimum)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackGovernanceDelayTooShortError(raw []byte) (*EnclaveKeyRegistryGovernanceDelayTooShort, error) {
	out := new(EnclaveKeyRegistryGovernanceDelayTooShort)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "GovernanceDelayTooShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryInsecureVerifierSetup represents a InsecureVerifierSetup error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryInsecureVerifierSetup struct {
	Verifier common.Address
	ChainId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsecureVerifierSetup(address verifier, uint256 chainId)
func EnclaveKeyRegistryInsecureVerifierSetupErrorID() common.Hash {
	return common.HexToHash("0x7b486af0a89f1b2342ed831bbc32a7f2371ea6254a01065bdd9470a587e62730")
}

// UnpackInsecureVerifierSetupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsecureVerifierSetup(address verifier, uint256 chainId)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackInsecureVerifierSetupError(raw []byte) (*EnclaveKeyRegistryInsecureVerifierSetup, error) {
	out := new(EnclaveKeyRegistryInsecureVerifierSetup)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "InsecureVerifierSetup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryInvalidApprovalThreshold represents a InvalidApprovalThreshold error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryInvalidApprovalThreshold struct {
	Threshold  uint8
	Registrars *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidApprovalThreshold(uint8 threshold, uint256 registrars)
func EnclaveKeyRegistryInvalidApprovalThresholdErrorID() common.Hash {
	return common.HexToHash("0xfa9a4011684f53a49b4b7606afb2443e0b1da4d84c5f4692f170b8667c555f55")
}

// UnpackInvalidApprovalThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidApprovalThreshold(uint8 threshold, uint256 registrars)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackInvalidApprovalThresholdError(raw []byte) (*EnclaveKeyRegistryInvalidApprovalThreshold, error) {
	out := new(EnclaveKeyRegistryInvalidApprovalThreshold)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "InvalidApprovalThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryInvalidMeasurementLength represents a InvalidMeasurementLength error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryInvalidMeasurementLength struct {
	Key    common.Address
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMeasurementLength(address key, uint256 length)
func EnclaveKeyRegistryInvalidMeasurementLengthErrorID() common.Hash {
	return common.HexToHash("0x18c49be666f541f938f77acdebe012efcf701f0fb931e681615a5c5feef6ab9f")
}

// UnpackInvalidMeasurementLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMeasurementLength(address key, uint256 length)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackInvalidMeasurementLengthError(raw []byte) (*EnclaveKeyRegistryInvalidMeasurementLength, error) {
	out := new(EnclaveKeyRegistryInvalidMeasurementLength)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "InvalidMeasurementLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryInvalidRegistrar represents a InvalidRegistrar error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryInvalidRegistrar struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRegistrar(address account)
func EnclaveKeyRegistryInvalidRegistrarErrorID() common.Hash {
	return common.HexToHash("0x9567c414e8a9d3f9eb9f793aecaf282b705b07405139a8ae8e559bec14978816")
}

// UnpackInvalidRegistrarError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRegistrar(address account)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackInvalidRegistrarError(raw []byte) (*EnclaveKeyRegistryInvalidRegistrar, error) {
	out := new(EnclaveKeyRegistryInvalidRegistrar)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "InvalidRegistrar", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryInvalidReplacedKeySignature represents a InvalidReplacedKeySignature error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryInvalidReplacedKeySignature struct {
	Replaced common.Address
	Signer   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidReplacedKeySignature(address replaced, address signer)
func EnclaveKeyRegistryInvalidReplacedKeySignatureErrorID() common.Hash {
	return common.HexToHash("0x98e7961de21461aec4e2d4171204c92872f764a529a6e518f47feff2e914b456")
}

// UnpackInvalidReplacedKeySignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidReplacedKeySignature(address replaced, address signer)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackInvalidReplacedKeySignatureError(raw []byte) (*EnclaveKeyRegistryInvalidReplacedKeySignature, error) {
	out := new(EnclaveKeyRegistryInvalidReplacedKeySignature)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "InvalidReplacedKeySignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryInvalidReportProof represents a InvalidReportProof error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryInvalidReportProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidReportProof()
func EnclaveKeyRegistryInvalidReportProofErrorID() common.Hash {
	return common.HexToHash("0xbaeded5ab18d2366150469fcfb391c169e26d865a5635075ff354ff0ed04728e")
}

// UnpackInvalidReportProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidReportProof()
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackInvalidReportProofError(raw []byte) (*EnclaveKeyRegistryInvalidReportProof, error) {
	out := new(EnclaveKeyRegistryInvalidReportProof)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "InvalidReportProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryKeyAlreadyRegistered represents a KeyAlreadyRegistered error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryKeyAlreadyRegistered struct {
	Key    common.Address
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KeyAlreadyRegistered(address key, uint8 status)
func EnclaveKeyRegistryKeyAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x511ab53b8befd17533d79e2703d804a0f6deddca8cd76ae93d7a8c049431a72a")
}

// UnpackKeyAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KeyAlreadyRegistered(address key, uint8 status)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackKeyAlreadyRegisteredError(raw []byte) (*EnclaveKeyRegistryKeyAlreadyRegistered, error) {
	out := new(EnclaveKeyRegistryKeyAlreadyRegistered)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "KeyAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryKeyAlreadyRevoked represents a KeyAlreadyRevoked error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryKeyAlreadyRevoked struct {
	Key common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KeyAlreadyRevoked(address key)
func EnclaveKeyRegistryKeyAlreadyRevokedErrorID() common.Hash {
	return common.HexToHash("0x7b68dd2dbee47cda918ae6c3ef6528b809645aeed72112b8a1d339b7aa79ffaf")
}

// UnpackKeyAlreadyRevokedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KeyAlreadyRevoked(address key)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackKeyAlreadyRevokedError(raw []byte) (*EnclaveKeyRegistryKeyAlreadyRevoked, error) {
	out := new(EnclaveKeyRegistryKeyAlreadyRevoked)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "KeyAlreadyRevoked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryKeyMismatch represents a KeyMismatch error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryKeyMismatch struct {
	Key        common.Address
	KeyOfPoint common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KeyMismatch(address key, address keyOfPoint)
func EnclaveKeyRegistryKeyMismatchErrorID() common.Hash {
	return common.HexToHash("0xc4c09a4a5b996c5f9e3d48fad95f768d0cb9214ca46d17e06c133acd64c7005a")
}

// UnpackKeyMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KeyMismatch(address key, address keyOfPoint)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackKeyMismatchError(raw []byte) (*EnclaveKeyRegistryKeyMismatch, error) {
	out := new(EnclaveKeyRegistryKeyMismatch)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "KeyMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryKeyNotRegistered represents a KeyNotRegistered error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryKeyNotRegistered struct {
	Key common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KeyNotRegistered(address key)
func EnclaveKeyRegistryKeyNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x099326a92aaa230233c8be865a66d3d942a6a9bfe6a0e627008b6855074742b2")
}

// UnpackKeyNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KeyNotRegistered(address key)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackKeyNotRegisteredError(raw []byte) (*EnclaveKeyRegistryKeyNotRegistered, error) {
	out := new(EnclaveKeyRegistryKeyNotRegistered)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "KeyNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryMeasurementNotAllowed represents a MeasurementNotAllowed error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryMeasurementNotAllowed struct {
	MeasurementHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MeasurementNotAllowed(bytes32 measurementHash)
func EnclaveKeyRegistryMeasurementNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x9bdbf576effa9578e0d2824c76ebb757a228f9d18398d4c5e67c2a83f4398936")
}

// UnpackMeasurementNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MeasurementNotAllowed(bytes32 measurementHash)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackMeasurementNotAllowedError(raw []byte) (*EnclaveKeyRegistryMeasurementNotAllowed, error) {
	out := new(EnclaveKeyRegistryMeasurementNotAllowed)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "MeasurementNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryNotGoverned represents a NotGoverned error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryNotGoverned struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGoverned(address caller)
func EnclaveKeyRegistryNotGovernedErrorID() common.Hash {
	return common.HexToHash("0xcb56f4212c42f82d0629728a6198c124e16285cd8ea6880e16314fc670592e66")
}

// UnpackNotGovernedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGoverned(address caller)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackNotGovernedError(raw []byte) (*EnclaveKeyRegistryNotGoverned, error) {
	out := new(EnclaveKeyRegistryNotGoverned)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "NotGoverned", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryPolicyBitsForbidden represents a PolicyBitsForbidden error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryPolicyBitsForbidden struct {
	Policy    uint64
	Forbidden uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PolicyBitsForbidden(uint64 policy, uint64 forbidden)
func EnclaveKeyRegistryPolicyBitsForbiddenErrorID() common.Hash {
	return common.HexToHash("0xa55571bb296094830a962572f2a05260e7a382aa2ea20034cee19fb064a9fb66")
}

// UnpackPolicyBitsForbiddenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PolicyBitsForbidden(uint64 policy, uint64 forbidden)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackPolicyBitsForbiddenError(raw []byte) (*EnclaveKeyRegistryPolicyBitsForbidden, error) {
	out := new(EnclaveKeyRegistryPolicyBitsForbidden)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "PolicyBitsForbidden", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryPolicyBitsMissing represents a PolicyBitsMissing error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryPolicyBitsMissing struct {
	Policy   uint64
	Required uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PolicyBitsMissing(uint64 policy, uint64 required)
func EnclaveKeyRegistryPolicyBitsMissingErrorID() common.Hash {
	return common.HexToHash("0x495401135cf1d32d978af60b1fa20c13237d7c1d91ba1a94072814a397aca513")
}

// UnpackPolicyBitsMissingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PolicyBitsMissing(uint64 policy, uint64 required)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackPolicyBitsMissingError(raw []byte) (*EnclaveKeyRegistryPolicyBitsMissing, error) {
	out := new(EnclaveKeyRegistryPolicyBitsMissing)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "PolicyBitsMissing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryReplacedKeyOfOtherVm represents a ReplacedKeyOfOtherVm error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryReplacedKeyOfOtherVm struct {
	OldKey  common.Address
	OldVmId [16]byte
	VmId    [16]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReplacedKeyOfOtherVm(address oldKey, bytes16 oldVmId, bytes16 vmId)
func EnclaveKeyRegistryReplacedKeyOfOtherVmErrorID() common.Hash {
	return common.HexToHash("0x2223e750c7fc11086a75884b4edda76f602827a659d903d0715e7a33e9b2c689")
}

// UnpackReplacedKeyOfOtherVmError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReplacedKeyOfOtherVm(address oldKey, bytes16 oldVmId, bytes16 vmId)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackReplacedKeyOfOtherVmError(raw []byte) (*EnclaveKeyRegistryReplacedKeyOfOtherVm, error) {
	out := new(EnclaveKeyRegistryReplacedKeyOfOtherVm)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "ReplacedKeyOfOtherVm", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryReportVerifierNotSet represents a ReportVerifierNotSet error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryReportVerifierNotSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReportVerifierNotSet()
func EnclaveKeyRegistryReportVerifierNotSetErrorID() common.Hash {
	return common.HexToHash("0xcb16a516c15abacfd296623f6d7e72a4135634f53bb46f881f3247ab0e571483")
}

// UnpackReportVerifierNotSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReportVerifierNotSet()
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackReportVerifierNotSetError(raw []byte) (*EnclaveKeyRegistryReportVerifierNotSet, error) {
	out := new(EnclaveKeyRegistryReportVerifierNotSet)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "ReportVerifierNotSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryRevocationAlreadyApproved represents a RevocationAlreadyApproved error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryRevocationAlreadyApproved struct {
	Registrar common.Address
	Key       common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevocationAlreadyApproved(address registrar, address key)
func EnclaveKeyRegistryRevocationAlreadyApprovedErrorID() common.Hash {
	return common.HexToHash("0x5baa1d7a1172537d832b0298d43f80e1bda7608e62c51fd8595ba3327f7389b8")
}

// UnpackRevocationAlreadyApprovedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevocationAlreadyApproved(address registrar, address key)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackRevocationAlreadyApprovedError(raw []byte) (*EnclaveKeyRegistryRevocationAlreadyApproved, error) {
	out := new(EnclaveKeyRegistryRevocationAlreadyApproved)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "RevocationAlreadyApproved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistrySafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistrySafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func EnclaveKeyRegistrySafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*EnclaveKeyRegistrySafeCastOverflowedUintDowncast, error) {
	out := new(EnclaveKeyRegistrySafeCastOverflowedUintDowncast)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryTcbTooLow represents a TcbTooLow error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryTcbTooLow struct {
	ReportedTcb uint64
	Minimum     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TcbTooLow(uint64 reportedTcb, uint64 minimum)
func EnclaveKeyRegistryTcbTooLowErrorID() common.Hash {
	return common.HexToHash("0x88ed78aeddc5af00c850d9e94f32b2c80175ee2b0dfb3b0aacd4ccf15bf8e266")
}

// UnpackTcbTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TcbTooLow(uint64 reportedTcb, uint64 minimum)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackTcbTooLowError(raw []byte) (*EnclaveKeyRegistryTcbTooLow, error) {
	out := new(EnclaveKeyRegistryTcbTooLow)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "TcbTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryThresholdAboveRegistrars represents a ThresholdAboveRegistrars error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryThresholdAboveRegistrars struct {
	Threshold  uint8
	Registrars *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ThresholdAboveRegistrars(uint8 threshold, uint256 registrars)
func EnclaveKeyRegistryThresholdAboveRegistrarsErrorID() common.Hash {
	return common.HexToHash("0xe30b06734be22a5809ccc3539ae7373fa6577e49c9b41f2c51a0ac7707fa2131")
}

// UnpackThresholdAboveRegistrarsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ThresholdAboveRegistrars(uint8 threshold, uint256 registrars)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackThresholdAboveRegistrarsError(raw []byte) (*EnclaveKeyRegistryThresholdAboveRegistrars, error) {
	out := new(EnclaveKeyRegistryThresholdAboveRegistrars)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "ThresholdAboveRegistrars", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryVcekNotTrusted represents a VcekNotTrusted error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryVcekNotTrusted struct {
	VcekHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VcekNotTrusted(bytes32 vcekHash)
func EnclaveKeyRegistryVcekNotTrustedErrorID() common.Hash {
	return common.HexToHash("0x51070b0fe4c835f4dd644a739233af46fc971d89affa9f141729f519f213b02d")
}

// UnpackVcekNotTrustedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VcekNotTrusted(bytes32 vcekHash)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackVcekNotTrustedError(raw []byte) (*EnclaveKeyRegistryVcekNotTrusted, error) {
	out := new(EnclaveKeyRegistryVcekNotTrusted)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "VcekNotTrusted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryVerifierSetupUnknown represents a VerifierSetupUnknown error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryVerifierSetupUnknown struct {
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerifierSetupUnknown(address verifier)
func EnclaveKeyRegistryVerifierSetupUnknownErrorID() common.Hash {
	return common.HexToHash("0x7f89ca54484b0ada094bae310198eab7a19f161703134079e431914e1c57a8dc")
}

// UnpackVerifierSetupUnknownError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerifierSetupUnknown(address verifier)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackVerifierSetupUnknownError(raw []byte) (*EnclaveKeyRegistryVerifierSetupUnknown, error) {
	out := new(EnclaveKeyRegistryVerifierSetupUnknown)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "VerifierSetupUnknown", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryVmBoundToOtherLaunch represents a VmBoundToOtherLaunch error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryVmBoundToOtherLaunch struct {
	VmId            [16]byte
	MeasurementHash [32]byte
	VcekHash        [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VmBoundToOtherLaunch(bytes16 vmId, bytes32 measurementHash, bytes32 vcekHash)
func EnclaveKeyRegistryVmBoundToOtherLaunchErrorID() common.Hash {
	return common.HexToHash("0xadee90397f76532956d74bdb2225e56491de496ad8aea37224faf3c89a3b668b")
}

// UnpackVmBoundToOtherLaunchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VmBoundToOtherLaunch(bytes16 vmId, bytes32 measurementHash, bytes32 vcekHash)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackVmBoundToOtherLaunchError(raw []byte) (*EnclaveKeyRegistryVmBoundToOtherLaunch, error) {
	out := new(EnclaveKeyRegistryVmBoundToOtherLaunch)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "VmBoundToOtherLaunch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryVmplTooHigh represents a VmplTooHigh error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryVmplTooHigh struct {
	Vmpl    uint32
	Maximum uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VmplTooHigh(uint32 vmpl, uint32 maximum)
func EnclaveKeyRegistryVmplTooHighErrorID() common.Hash {
	return common.HexToHash("0x9e5ff550aed4f559dba2cbb3cb1ddc6b3bcb6a3fced9394d2ec174f5d05341b3")
}

// UnpackVmplTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VmplTooHigh(uint32 vmpl, uint32 maximum)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackVmplTooHighError(raw []byte) (*EnclaveKeyRegistryVmplTooHigh, error) {
	out := new(EnclaveKeyRegistryVmplTooHigh)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "VmplTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryZeroKey represents a ZeroKey error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryZeroKey struct {
	VmId [16]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroKey(bytes16 vmId)
func EnclaveKeyRegistryZeroKeyErrorID() common.Hash {
	return common.HexToHash("0x769d684bd8adaa609ed7db206bb7ffc0e43dc486a96a876831ce8c49f2cb77a3")
}

// UnpackZeroKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroKey(bytes16 vmId)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackZeroKeyError(raw []byte) (*EnclaveKeyRegistryZeroKey, error) {
	out := new(EnclaveKeyRegistryZeroKey)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "ZeroKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryZeroVmId represents a ZeroVmId error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryZeroVmId struct {
	Key common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroVmId(address key)
func EnclaveKeyRegistryZeroVmIdErrorID() common.Hash {
	return common.HexToHash("0xc6bf265ad791d48996ce19dd667813afb743acc3f9018f589026b2c92b6e6608")
}

// UnpackZeroVmIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroVmId(address key)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackZeroVmIdError(raw []byte) (*EnclaveKeyRegistryZeroVmId, error) {
	out := new(EnclaveKeyRegistryZeroVmId)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "ZeroVmId", raw); err != nil {
		return nil, err
	}
	return out, nil
}
