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
	ABI: "[{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"adminDelay\",\"type\":\"uint48\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"approvalThreshold\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"measurement\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"replaces\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"}],\"internalType\":\"structKeyRegistration\",\"name\":\"reg\",\"type\":\"tuple\"}],\"name\":\"approveKey\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"activated\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"approveRevocation\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"revoked\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurementHash\",\"type\":\"bytes32\"}],\"name\":\"isMeasurementAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vcekHash\",\"type\":\"bytes32\"}],\"name\":\"isVcekTrusted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"regHash\",\"type\":\"bytes32\"}],\"name\":\"keyApprovalCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"regHash\",\"type\":\"bytes32\"}],\"name\":\"keyApprovers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"keyInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"enumKeyStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revokedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"measurement\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"registrationHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"approvals\",\"type\":\"uint64\"}],\"internalType\":\"structKeyInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"keyState\",\"outputs\":[{\"internalType\":\"enumKeyStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maximumVmpl\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"maximum\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minimumTcb\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"measurement\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"replaces\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"}],\"internalType\":\"structKeyRegistration\",\"name\":\"reg\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"keyX\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"keyY\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"policy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"vmpl\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"reportedTcb\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"vcekHash\",\"type\":\"bytes32\"}],\"internalType\":\"structReportFacts\",\"name\":\"facts\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"registerWithProof\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registrarCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"measurement\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"replaces\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"}],\"internalType\":\"structKeyRegistration\",\"name\":\"reg\",\"type\":\"tuple\"}],\"name\":\"registrationHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"measurement\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"replaces\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"}],\"internalType\":\"structKeyRegistration\",\"name\":\"reg\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"keyX\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"keyY\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"policy\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"vmpl\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"reportedTcb\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"vcekHash\",\"type\":\"bytes32\"}],\"internalType\":\"structReportFacts\",\"name\":\"facts\",\"type\":\"tuple\"}],\"name\":\"reportInputs\",\"outputs\":[{\"internalType\":\"uint256[6]\",\"name\":\"\",\"type\":\"uint256[6]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reportVerifier\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"revocationApprovalCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"revocationApprovers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"}],\"name\":\"revocationCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"revokeKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"setApprovalThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"maximum\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setMaximumVmpl\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"measurement\",\"type\":\"bytes\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setMeasurementAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"setMinimumTcb\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"setReportVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vcekHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"trusted\",\"type\":\"bool\"}],\"name\":\"setVcekTrusted\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"oldThreshold\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"newThreshold\",\"type\":\"uint8\"}],\"name\":\"ApprovalThresholdSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"regHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"KeyApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"regHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"measurement\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"}],\"name\":\"KeyRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"vcekHash\",\"type\":\"bytes32\"}],\"name\":\"KeyRegisteredWithProof\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"revoker\",\"type\":\"address\"}],\"name\":\"KeyRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"oldKey\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newKey\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"oldKeyExpiresAt\",\"type\":\"uint64\"}],\"name\":\"KeyRotated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maximum\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"MaximumVmplSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"measurementHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"MeasurementAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"MinimumTcbSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"ReportVerifierSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"RevocationApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"vcekHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"trusted\",\"type\":\"bool\"}],\"name\":\"VcekTrusted\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"regHash\",\"type\":\"bytes32\"}],\"name\":\"AlreadyApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"policy\",\"type\":\"uint64\"}],\"name\":\"DebugPolicy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"proofHash\",\"type\":\"bytes32\"}],\"name\":\"EvidenceHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"currentTime\",\"type\":\"uint256\"}],\"name\":\"ExpiryNotInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"registrars\",\"type\":\"uint256\"}],\"name\":\"InvalidApprovalThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidMeasurementLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidReportProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"enumKeyStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"KeyAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"KeyAlreadyRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"keyOfPoint\",\"type\":\"address\"}],\"name\":\"KeyMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"KeyNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"measurementHash\",\"type\":\"bytes32\"}],\"name\":\"MeasurementNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"oldKey\",\"type\":\"address\"},{\"internalType\":\"bytes16\",\"name\":\"oldVmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"}],\"name\":\"ReplacedKeyOfOtherVm\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReportVerifierNotSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"RevocationAlreadyApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"reportedTcb\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"TcbTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"registrars\",\"type\":\"uint256\"}],\"name\":\"ThresholdAboveRegistrars\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"vcekHash\",\"type\":\"bytes32\"}],\"name\":\"VcekNotTrusted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"vmpl\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maximum\",\"type\":\"uint32\"}],\"name\":\"VmplTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"}],\"name\":\"ZeroKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"ZeroVmId\",\"type\":\"error\"}]",
	ID:  "1b1c2e70420104fd59b5057258cd9b0f3f",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161461238038061461283398101604081905261002e91610275565b81816001600160a01b03811661005d57604051636116401160e11b81525f600482015260240160405180910390fd5b600180546001600160d01b0316600160d01b65ffffffffffff8516021790556100865f826100da565b50506004805460ff19166001908117909155604080515f815260208101929092527f4feb5eefade0ad1cf3cfd277d2174570adfd06cc46bc0dd0169b758f370286f192500160405180910390a150506102f9565b5f6100e58383610161565b905080801561011357507f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f44705362483145b1561015b57600480546001906101369061010090046001600160f81b03166102c2565b91906101000a8154816001600160f81b0302191690836001600160f81b031602179055505b92915050565b5f826101bd575f61017a6002546001600160a01b031690565b6001600160a01b0316146101a157604051631fe1e13d60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384161790555b6101c783836101ce565b9392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661026e575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102263390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161015b565b505f61015b565b5f5f60408385031215610286575f5ffd5b825165ffffffffffff8116811461029b575f5ffd5b60208401519092506001600160a01b03811681146102b7575f5ffd5b809150509250929050565b5f6001600160f81b0382166002600160f81b031981016102f057634e487b7160e01b5f52601160045260245ffd5b60010192915050565b61430c806103065f395ff3fe608060405234801561000f575f5ffd5b50600436106102ee575f3560e01c80638da5cb5b11610192578063cefc1429116100e8578063e90f895e11610093578063f8ca79e81161006e578063f8ca79e8146107bb578063f97d48cc146107ce578063fb1bcd88146107e1575f5ffd5b8063e90f895e1461076e578063eb07fe1c14610781578063f68e955314610794575f5ffd5b8063d2076b27116100c3578063d2076b2714610712578063d547741f14610753578063d602b9fd14610766575f5ffd5b8063cefc14291461069c578063cf475142146106a4578063cf6eefb7146106c6575f5ffd5b8063a1eda53c11610148578063b38c373d11610123578063b38c373d1461066e578063badfbf3014610681578063cc8463c814610694575f5ffd5b8063a1eda53c1461062d578063a217fddf14610654578063aad82f191461065b575f5ffd5b806391d148541161017857806391d14854146105aa57806397815d4e146105ed5780639de0dca41461060d575f5ffd5b80638da5cb5b1461055d57806391bfcde114610565575f5ffd5b806336568abe11610247578063649a5ec7116101fd5780637834723a116101d85780637834723a1461050a5780637d0eef611461052a57806384ef8ffc1461053f575f5ffd5b8063649a5ec7146104d15780637711c0df146104e45780637830bc33146104f7575f5ffd5b806354254b081161022d57806354254b08146104985780635ae7ab32146104ab578063634e93da146104be575f5ffd5b806336568abe14610472578063390d65e614610485575f5ffd5b80631425269a116102a75780632e8dbfa3116102825780632e8dbfa31461040e5780632f2ff15d1461044c578063346d75481461045f575f5ffd5b80631425269a146103925780631c8f8a93146103b4578063248a9ca3146103ec575f5ffd5b80630aa6220b116102d75780630aa6220b146103365780630e37d9e51461034057806310f3992e1461037f575f5ffd5b806301ffc9a7146102f2578063022d63fb1461031a575b5f5ffd5b610305610300366004613788565b610803565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff9091168152602001610311565b61033e61085e565b005b60075473ffffffffffffffffffffffffffffffffffffffff165b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610311565b61030561038d3660046137d7565b610873565b6103a56103a0366004613831565b6109d3565b604051610311939291906138b0565b60045461010090047effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff165b604051908152602001610311565b6103de6103fa3660046138fe565b5f9081526020819052604090206001015490565b60075474010000000000000000000000000000000000000000900467ffffffffffffffff1660405167ffffffffffffffff9091168152602001610311565b61033e61045a366004613915565b610a10565b61033e61046d36600461393f565b610a55565b61033e610480366004613915565b610b54565b6103de610493366004613831565b610c59565b61033e6104a63660046139b3565b610c86565b61033e6104b9366004613831565b610d61565b61033e6104cc366004613831565b610dae565b61033e6104df366004613a03565b610dc1565b61033e6104f2366004613a3b565b610dd4565b61033e610505366004613a7a565b610e9d565b61051d610518366004613aa3565b610f30565b6040516103119190613b23565b60045460405160ff9091168152602001610311565b60025473ffffffffffffffffffffffffffffffffffffffff1661035a565b61035a610f4f565b600754600854604080517c010000000000000000000000000000000000000000000000000000000090930463ffffffff16835260ff9091161515602083015201610311565b6103056105b8366004613915565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b6106006105fb366004613831565b610f74565b6040516103119190613b7d565b61062061061b3660046138fe565b611145565b6040516103119190613c5d565b6106356111bb565b6040805165ffffffffffff938416815292909116602083015201610311565b6103de5f81565b61033e610669366004613831565b611235565b61030561067c366004613831565b6112b2565b6103de61068f3660046137d7565b611413565b61031f611442565b61033e6114df565b6103056106b23660046138fe565b5f908152600b602052604090205460ff1690565b6001546040805173ffffffffffffffffffffffffffffffffffffffff831681527401000000000000000000000000000000000000000090920465ffffffffffff16602083015201610311565b6103de610720366004613ce4565b7fffffffffffffffffffffffffffffffff00000000000000000000000000000000165f9081526009602052604090205490565b61033e610761366004613915565b61153b565b61033e61157c565b6103de61077c3660046138fe565b61158e565b61062061078f366004613831565b6115a4565b6103de7f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f44705362481565b61033e6107c9366004613cfd565b61162f565b61033e6107dc366004613d8c565b611be3565b6103056107ef3660046138fe565b5f908152600a602052604090205460ff1690565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f31498786000000000000000000000000000000000000000000000000000000001480610858575061085882611c82565b92915050565b5f61086881611d18565b610870611d22565b50565b5f7f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f44705362461089e81611d18565b6108a783611d2e565b5f836040516020016108b99190613e54565b6040516020818303038152906040528051906020012090505f6108eb60055f8481526020019081526020015f20612186565b9050805f03610934576040517fa913af1b000000000000000000000000000000000000000000000000000000008152336004820152602481018390526044015b60405180910390fd5b60045460ff1633836109496020890189613831565b73ffffffffffffffffffffffffffffffffffffffff167f441f3e0c721d2c588d8b0c877fe92666a8b69523affefe09f4c008f0dada3cbf858560405161099c92919091825260ff16602082015260400190565b60405180910390a48060ff168210156109ba575f94505050506109cd565b6109c586848461228b565b600194505050505b50919050565b5f5f5f835f52600360205260405f205460405160ff8216815267ffffffffffffffff8260081c1660208201528160481c60801b6040820152606081f35b81610a47576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a51828261272a565b5050565b5f610a5f81611d18565b60045461010090047effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1660ff83161580610a9a5750808360ff16115b15610add576040517ffa9a401100000000000000000000000000000000000000000000000000000000815260ff841660048201526024810182905260440161092b565b6004546040805160ff928316815291851660208301527f4feb5eefade0ad1cf3cfd277d2174570adfd06cc46bc0dd0169b758f370286f1910160405180910390a15050600480547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660ff92909216919091179055565b81158015610b7c575060025473ffffffffffffffffffffffffffffffffffffffff8281169116145b15610c4f5760015473ffffffffffffffffffffffffffffffffffffffff81169074010000000000000000000000000000000000000000900465ffffffffffff1681151580610bd0575065ffffffffffff8116155b80610be357504265ffffffffffff821610155b15610c24576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff8216600482015260240161092b565b5050600180547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1690555b610a518282612754565b73ffffffffffffffffffffffffffffffffffffffff81165f908152600660205260408120610858906127ad565b5f610c9081611d18565b60308314610cd3576040517f18c49be60000000000000000000000000000000000000000000000000000000081525f60048201526024810184905260440161092b565b5f8484604051610ce4929190613f4a565b604080519182900382205f818152600a602090815292902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00168715159081179091558352925082917fafcf6d9e15b52d84b357f8cb8fba57f4244e05127068225561b6cb7450729654910160405180910390a25050505050565b5f610d6b81611d18565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526003602052604090208054610d9f90849060ff1661284e565b610da98382612913565b505050565b5f610db881611d18565b610a5182612a4c565b5f610dcb81611d18565b610a5182612acb565b5f610dde81611d18565b600880547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016831515908117909155600780547bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c010000000000000000000000000000000000000000000000000000000063ffffffff8716908102919091179091556040805191825260208201929092527f0924946ab71eae52d7bf8425638e9cd6232ba193f8c3fb26995811139dded64f910160405180910390a1505050565b5f610ea781611d18565b600780547fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000067ffffffffffffffff8516908102919091179091556040519081527fca8a25336903c5834151b4bc1494dbf86a86debaf97d6f8ca8acf386ea0e912d906020015b60405180910390a15050565b610f3861376a565b610f4485858585612b33565b90505b949350505050565b5f610f6f60025473ffffffffffffffffffffffffffffffffffffffff1690565b905090565b6040805161012080820183525f808352602080840182905283850182905260608085018390526080850183905260a0850183905260c085015260e08401829052610100840182905273ffffffffffffffffffffffffffffffffffffffff861682526003905283902080548451928301909452919260ff169080826002811115610fff57610fff61384a565b8152835467ffffffffffffffff6101008204811660208401527fffffffffffffffffffffffffffffffff000000000000000000000000000000006901000000000000000000909204608090811b929092166040840152600186015480821660608501526801000000000000000090041690820152600284015460a082015260c0015f8360028111156110935761109361384a565b146110f557600384015460048501546040516110e1929160801b906020019182527fffffffffffffffffffffffffffffffff0000000000000000000000000000000016602082015260300190565b604051602081830303815290604052611105565b60405180602001604052805f8152505b815260058401546020820152600190930154700100000000000000000000000000000000900467ffffffffffffffff166040909301929092525092915050565b5f818152600560209081526040918290208054835181840281018401909452808452606093928301828280156111af57602002820191905f5260205f20905b815473ffffffffffffffffffffffffffffffffffffffff168152600190910190602001808311611184575b50505050509050919050565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff1680151580156111fd57504265ffffffffffff821610155b611208575f5f61122d565b60025474010000000000000000000000000000000000000000900465ffffffffffff16815b915091509091565b5f61123f81611d18565b600780547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff84169081179091556040519081527fc3335bb2987aa7901663952be4f202f2809b277b32de87a32744d2185382678090602001610f24565b5f7f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f4470536246112dd81611d18565b73ffffffffffffffffffffffffffffffffffffffff83165f908152600360205260409020805461131190859060ff1661284e565b73ffffffffffffffffffffffffffffffffffffffff84165f90815260066020526040812061133e90612186565b9050805f03611397576040517f5baa1d7a00000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff8616602482015260440161092b565b6004546040805183815260ff9092166020830181905291339173ffffffffffffffffffffffffffffffffffffffff8916917f1e3c7faa2c01fbf105fdc1f4adf9472e8b7ba88e34927e1eea2a085c1511f5d6910160405180910390a38060ff16821015611409575f94505050506109cd565b6109c58684612913565b5f816040516020016114259190613e54565b604051602081830303815290604052805190602001209050919050565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff16801515801561148357504265ffffffffffff8216105b6114b5576001547a010000000000000000000000000000000000000000000000000000900465ffffffffffff166114d9565b60025474010000000000000000000000000000000000000000900465ffffffffffff165b91505090565b60015473ffffffffffffffffffffffffffffffffffffffff16338114611533576040517fc22c802200000000000000000000000000000000000000000000000000000000815233600482015260240161092b565b610870612dfc565b81611572576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a518282612eed565b5f61158681611d18565b610870612f11565b5f818152600560205260408120610858906127ad565b73ffffffffffffffffffffffffffffffffffffffff81165f908152600660209081526040918290208054835181840281018401909452808452606093928301828280156111af57602002820191905f5260205f2090815473ffffffffffffffffffffffffffffffffffffffff1681526001909101906020018083116111845750505050509050919050565b60075473ffffffffffffffffffffffffffffffffffffffff168061167f576040517fcb16a51600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61168887611d2e565b60408051602080820189905281830188905282518083038401815260609092019092528051908201209073ffffffffffffffffffffffffffffffffffffffff8216906116d6908a018a613831565b73ffffffffffffffffffffffffffffffffffffffff1614611751576116fe6020890189613831565b6040517fc4c09a4a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff9182166004820152908216602482015260440161092b565b8383604051611761929190613f4a565b60405180910390208860600135146117ca5787606001358484604051611788929190613f4a565b6040519081900381207fb9f81c3000000000000000000000000000000000000000000000000000000000825261092b9291600401918252602082015260400190565b5f6117d860808a018a613f59565b6040516117e6929190613f4a565b60408051918290039091205f818152600a602052919091205490915060ff1661183e576040517f9bdbf5760000000000000000000000000000000000000000000000000000000081526004810182905260240161092b565b6208000061184f6020880188613a7a565b1667ffffffffffffffff165f146118ac5761186d6020870187613a7a565b6040517f9834776600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909116600482015260240161092b565b60085460ff1680156118fa57506007547c0100000000000000000000000000000000000000000000000000000000900463ffffffff166118f26040880160208901613fba565b63ffffffff16115b156119765761190f6040870160208801613fba565b6007546040517f9e5ff55000000000000000000000000000000000000000000000000000000000815263ffffffff92831660048201527c0100000000000000000000000000000000000000000000000000000000909104909116602482015260440161092b565b6119b36119896060880160408901613a7a565b60075474010000000000000000000000000000000000000000900467ffffffffffffffff16612f1b565b611a2a576119c76060870160408801613a7a565b6007546040517f88ed78ae00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff928316600482015274010000000000000000000000000000000000000000909104909116602482015260440161092b565b60608601355f908152600b602052604090205460ff16611a7c576040517f51070b0f0000000000000000000000000000000000000000000000000000000081526060870135600482015260240161092b565b8273ffffffffffffffffffffffffffffffffffffffff1663695ef6f98686611aa68d8d8d8d612b33565b6040518463ffffffff1660e01b8152600401611ac493929190613fd3565b5f6040518083038186803b158015611ada575f5ffd5b505afa925050508015611aeb575060015b611b21576040517fbaeded5a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611b52898a604051602001611b369190613e54565b604051602081830303815290604052805190602001205f61228b565b6060860135611b6760408b0160208c01613ce4565b7fffffffffffffffffffffffffffffffff0000000000000000000000000000000016611b9660208c018c613831565b73ffffffffffffffffffffffffffffffffffffffff167fcf843524aca2a93308f7611c6af6cb7e4040028517cf3f05be305daf7d3f364460405160405180910390a4505050505050505050565b7f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f447053624611c0d81611d18565b5f838152600b602090815260409182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016851515908117909155915191825284917fd0be5c213128a0b0136d9a167e208a6119c080e5f3d67e8020dbb7b0bae87aef910160405180910390a2505050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061085857507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff00000000000000000000000000000000000000000000000000000000831614610858565b6108708133612f6b565b611d2c5f5f612ff0565b565b5f611d3c6020830183613831565b90505f611d4f6040840160208501613ce4565b905073ffffffffffffffffffffffffffffffffffffffff8216611dc2576040517f769d684b0000000000000000000000000000000000000000000000000000000081527fffffffffffffffffffffffffffffffff000000000000000000000000000000008216600482015260240161092b565b7fffffffffffffffffffffffffffffffff000000000000000000000000000000008116611e33576040517fc6bf265a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8316600482015260240161092b565b6030611e426080850185613f59565b905014611ea85781611e576080850185613f59565b6040517f18c49be600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff909316600484015260248301525060440161092b565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526003602052604081205460ff1690816002811115611ee357611ee361384a565b14611f1e5782816040517f511ab53b00000000000000000000000000000000000000000000000000000000815260040161092b929190613ff5565b42611f2f6060860160408701613a7a565b67ffffffffffffffff1611611f9357611f4e6060850160408601613a7a565b6040517f6a43036e00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909116600482015242602482015260440161092b565b5f611fa460c0860160a08701613831565b905073ffffffffffffffffffffffffffffffffffffffff81161561217f5773ffffffffffffffffffffffffffffffffffffffff81165f90815260036020526040812090815460ff166002811115611ffd57611ffd61384a565b0361204c576040517f099326a900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8316600482015260240161092b565b6002815460ff1660028111156120645761206461384a565b036120b3576040517f7b68dd2d00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8316600482015260240161092b565b80547fffffffffffffffffffffffffffffffff00000000000000000000000000000000858116690100000000000000000090920460801b161461217d5780546040517f2223e75000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff841660048201527fffffffffffffffffffffffffffffffff00000000000000000000000000000000690100000000000000000090920460801b82166024820152908516604482015260640161092b565b505b5050505050565b80545f90815b8181101561223c575f8482815481106121a7576121a761401f565b5f9182526020909120015473ffffffffffffffffffffffffffffffffffffffff1690503381036121db57505f949350505050565b73ffffffffffffffffffffffffffffffffffffffff81165f9081527f4167f16f54324817ad2a3d0b7f236be6cb02173b894e570dd2e197b624f5d408602052604090205460ff16156122335761223084614079565b93505b5060010161218c565b508254600181810185555f8581526020902090910180547fffffffffffffffffffffffff000000000000000000000000000000000000000016331790556122849083906140b0565b9392505050565b5f6122996020850185613831565b90505f6122ac6040860160208701613ce4565b9050365f6122bd6080880188613f59565b604080516101408101909152919350915080600181526020016122e660608a0160408b01613a7a565b67ffffffffffffffff168152602001846fffffffffffffffffffffffffffffffff191681526020014267ffffffffffffffff1681526020015f67ffffffffffffffff1681526020018667ffffffffffffffff1681526020018860600135815260200183835f9060209261235b939291906140c3565b612364916140ea565b815260209081019061237990849081876140c3565b61238291614126565b7fffffffffffffffffffffffffffffffff00000000000000000000000000000000168152602090810188905273ffffffffffffffffffffffffffffffffffffffff86165f9081526003909152604090208151815482907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600183600281111561240e5761240e61384a565b0217905550602082015181546040808501517fffffffffffffff000000000000000000000000000000000000000000000000ff90921661010067ffffffffffffffff94851681027fffffffffffffff00000000000000000000000000000000ffffffffffffffffff16919091176901000000000000000000608094851c02178555606080870151600187018054868a015160a08b01519389167fffffffffffffffffffffffffffffffff000000000000000000000000000000009283161768010000000000000000918a1691909102177fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1670010000000000000000000000000000000093909816929092029690961790955560c0870151600287015560e087015160038701559086015160048601805486169190941c179092556101209094015160059093019290925588929086169173ffffffffffffffffffffffffffffffffffffffff8816917f59d452ea87f477fd84e267764f7159d4ea4704af19397e0a34008891f8f3ef5d916125a891908d01908d01613a7a565b8b6060013587878c6040516125c195949392919061418c565b60405180910390a45f6125da60c0890160a08a01613831565b905073ffffffffffffffffffffffffffffffffffffffff8116612601575050505050505050565b73ffffffffffffffffffffffffffffffffffffffff81165f9081526003602052604081209061263660e08b0160c08c01613a7a565b61264a9067ffffffffffffffff16426140b0565b8254909150610100900467ffffffffffffffff168082101561269f575081547fffffffffffffffffffffffffffffffffffffffffffffff0000000000000000ff1661010067ffffffffffffffff831602178255805b60405167ffffffffffffffff821681527fffffffffffffffffffffffffffffffff0000000000000000000000000000000088169073ffffffffffffffffffffffffffffffffffffffff808b1691908716907f6ef783e758c1e2146734647451d2f2f74b8f29c830df07a9b9fe979fcb297f1a9060200160405180910390a45050505050505050505050565b5f8281526020819052604090206001015461274481611d18565b61274e8383613149565b50505050565b73ffffffffffffffffffffffffffffffffffffffff811633146127a3576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610da98282613217565b80545f90815b818110156128475761282e7f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f4470536248583815481106127f1576127f161401f565b5f918252602080832090910154928252818152604080832073ffffffffffffffffffffffffffffffffffffffff9094168352929052205460ff1690565b1561283f5761283c83614079565b92505b6001016127b3565b5050919050565b5f8160028111156128615761286161384a565b036128b0576040517f099326a900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8316600482015260240161092b565b60028160028111156128c4576128c461384a565b03610a51576040517f7b68dd2d00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8316600482015260240161092b565b805460027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00909116178082556001820180547fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff16680100000000000000004267ffffffffffffffff16021790556901000000000000000000900460801b7fffffffffffffffffffffffffffffffff00000000000000000000000000000000165f90815260096020526040812080549091906129cd90614079565b90915550805460405133916901000000000000000000900460801b7fffffffffffffffffffffffffffffffff00000000000000000000000000000000169073ffffffffffffffffffffffffffffffffffffffff8516907fdd51d5485893d35f13d2625f49f7d654f5cd610fd5a8462556e489001a7c005c905f90a45050565b5f612a55611442565b612a5e42613359565b612a6891906141c7565b9050612a7482826133a8565b60405165ffffffffffff8216815273ffffffffffffffffffffffffffffffffffffffff8316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f612ad582613443565b612ade42613359565b612ae891906141c7565b9050612af48282612ff0565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b9101610f24565b612b3b61376a565b5f7fd1f420953c4314bd48c904a6716a142918e636031171f2959a5866dab4cbc7e985854630612b7160608c0160408d01613a7a565b6040805160208101979097528601949094526060850192909252608084015273ffffffffffffffffffffffffffffffffffffffff1660a083015267ffffffffffffffff1660c082015260e0016040516020818303038152906040528051906020012090505f81876020016020810190612bea9190613ce4565b612bfa60c08a0160a08b01613831565b612c0a60e08b0160c08c01613a7a565b604080517fffffffffffffffffffffffffffffffff00000000000000000000000000000000909416602085015273ffffffffffffffffffffffffffffffffffffffff9092169183019190915267ffffffffffffffff166060820152608001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181529190528051602090910120612cab60808a018a613f59565b612d1c612cbb60208a018a613a7a565b65ff000000ff00600882811b91821664ff000000ff9390911c92831617601090811b67ffffffffffffffff1665ffff0000ffff67ff00ff00ff00ff0090931666ff00ff00ff00ff90941693909317901c1617602081811b91901c1760c01b90565b612d4f612d2f60408b0160208c01613fba565b600881811c62ff00ff1691901b63ff00ff001617601081811c91901b1790565b60e01b612d65612cbb60608c0160408d01613a7a565b604051602001612d7b97969594939291906141e5565b60405160208183030381529060405290505f5b6005811015612de6575f60048210612da7576008612daa565b601f5b60ff1690505f601f8302602085010151600883602003021c905080868460068110612dd757612dd761401f565b60200201525050600101612d8e565b5050506060919091013560a08201529392505050565b60015473ffffffffffffffffffffffffffffffffffffffff81169074010000000000000000000000000000000000000000900465ffffffffffff16801580612e4c57504265ffffffffffff821610155b15612e8d576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff8216600482015260240161092b565b612eb55f612eb060025473ffffffffffffffffffffffffffffffffffffffff1690565b613217565b50612ec05f83613149565b5050600180547fffffffffffff000000000000000000000000000000000000000000000000000016905550565b5f82815260208190526040902060010154612f0781611d18565b61274e8383613217565b611d2c5f5f6133a8565b5f5f5b6040811015612f615767ffffffffffffffff838116821c60ff908116918616831c161015612f4f575f915050610858565b612f5a6008826140b0565b9050612f1e565b5060019392505050565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16610a51576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024810183905260440161092b565b6002547a010000000000000000000000000000000000000000000000000000900465ffffffffffff1680156130c4574265ffffffffffff8216101561309b576002546001805479ffffffffffffffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000090920465ffffffffffff167a010000000000000000000000000000000000000000000000000000029190911790556130c4565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b506002805473ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000065ffffffffffff9485160279ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a0100000000000000000000000000000000000000000000000000009290931691909102919091179055565b5f613154838361348a565b905080801561318257507f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f44705362483145b1561085857600480546001906131bd9061010090047effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1661425d565b91906101000a8154817effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff02191690837effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16021790555092915050565b5f6132228383613548565b905080801561325057507f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f44705362483145b15610858576004545f9061328c9060019061010090047effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff166142b7565b60045490915060ff167effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff821681111561331c576040517fe30b067300000000000000000000000000000000000000000000000000000000815260ff821660048201527effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8316602482015260440161092b565b50600480547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9092166101000260ff90921691909117905592915050565b5f65ffffffffffff8211156133a4576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152603060048201526024810183905260440161092b565b5090565b600180547401000000000000000000000000000000000000000065ffffffffffff84811682027fffffffffffff0000000000000000000000000000000000000000000000000000841673ffffffffffffffffffffffffffffffffffffffff881617179093559004168015610da9576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f61344d611442565b90508065ffffffffffff168365ffffffffffff16116134755761347083826142ee565b612284565b61228465ffffffffffff8416620697806135a9565b5f8261353e575f6134b060025473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff16146134fd576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff84161790555b61228483836135b8565b5f82158015613571575060025473ffffffffffffffffffffffffffffffffffffffff8381169116145b1561359f57600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001690555b61228483836136b1565b5f828218828410028218612284565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff166136aa575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556136483390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610858565b505f610858565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16156136aa575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610858565b6040518060c001604052806006906020820280368337509192915050565b5f60208284031215613798575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114612284575f5ffd5b5f60e082840312156109cd575f5ffd5b5f602082840312156137e7575f5ffd5b813567ffffffffffffffff8111156137fd575f5ffd5b610f47848285016137c7565b803573ffffffffffffffffffffffffffffffffffffffff8116811461382c575f5ffd5b919050565b5f60208284031215613841575f5ffd5b61228482613809565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600381106138ac577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b606081016138be8286613877565b67ffffffffffffffff841660208301527fffffffffffffffffffffffffffffffff0000000000000000000000000000000083166040830152949350505050565b5f6020828403121561390e575f5ffd5b5035919050565b5f5f60408385031215613926575f5ffd5b8235915061393660208401613809565b90509250929050565b5f6020828403121561394f575f5ffd5b813560ff81168114612284575f5ffd5b5f5f83601f84011261396f575f5ffd5b50813567ffffffffffffffff811115613986575f5ffd5b60208301915083602082850101111561399d575f5ffd5b9250929050565b8035801515811461382c575f5ffd5b5f5f5f604084860312156139c5575f5ffd5b833567ffffffffffffffff8111156139db575f5ffd5b6139e78682870161395f565b90945092506139fa9050602085016139a4565b90509250925092565b5f60208284031215613a13575f5ffd5b813565ffffffffffff81168114612284575f5ffd5b803563ffffffff8116811461382c575f5ffd5b5f5f60408385031215613a4c575f5ffd5b613a5583613a28565b9150613936602084016139a4565b803567ffffffffffffffff8116811461382c575f5ffd5b5f60208284031215613a8a575f5ffd5b61228482613a63565b5f608082840312156109cd575f5ffd5b5f5f5f5f60e08587031215613ab6575f5ffd5b843567ffffffffffffffff811115613acc575f5ffd5b613ad8878288016137c7565b9450506020850135925060408501359150613af68660608701613a93565b905092959194509250565b805f5b600681101561274e578151845260209384019390910190600101613b04565b60c081016108588284613b01565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b60208152613b8f602082018351613877565b5f6020830151613bab604084018267ffffffffffffffff169052565b5060408301517fffffffffffffffffffffffffffffffff000000000000000000000000000000008116606084015250606083015167ffffffffffffffff8116608084015250608083015167ffffffffffffffff811660a08401525060a083015160c083015260c083015161012060e0840152613c2b610140840182613b31565b905060e0840151610100840152610100840151613c5561012085018267ffffffffffffffff169052565b509392505050565b602080825282518282018190525f918401906040840190835b81811015613caa57835173ffffffffffffffffffffffffffffffffffffffff16835260209384019390920191600101613c76565b509095945050505050565b80357fffffffffffffffffffffffffffffffff000000000000000000000000000000008116811461382c575f5ffd5b5f60208284031215613cf4575f5ffd5b61228482613cb5565b5f5f5f5f5f5f6101008789031215613d13575f5ffd5b863567ffffffffffffffff811115613d29575f5ffd5b613d3589828a016137c7565b9650506020870135945060408701359350613d538860608901613a93565b925060e087013567ffffffffffffffff811115613d6e575f5ffd5b613d7a89828a0161395f565b979a9699509497509295939492505050565b5f5f60408385031215613d9d575f5ffd5b82359150613936602084016139a4565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112613de0575f5ffd5b830160208101925035905067ffffffffffffffff811115613dff575f5ffd5b80360382131561399d575f5ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b6020815273ffffffffffffffffffffffffffffffffffffffff613e7683613809565b1660208201527fffffffffffffffffffffffffffffffff00000000000000000000000000000000613ea960208401613cb5565b16604082015267ffffffffffffffff613ec460408401613a63565b1660608201525f5f6060840135905080608084015250613ee76080840184613dad565b60e060a0850152613efd61010085018284613e0d565b915050613f0c60a08501613809565b73ffffffffffffffffffffffffffffffffffffffff811660c085015250613f3560c08501613a63565b67ffffffffffffffff811660e0850152613c55565b818382375f9101908152919050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112613f8c575f5ffd5b83018035915067ffffffffffffffff821115613fa6575f5ffd5b60200191503681900382131561399d575f5ffd5b5f60208284031215613fca575f5ffd5b61228482613a28565b60e081525f613fe660e083018587613e0d565b9050610f476020830184613b01565b73ffffffffffffffffffffffffffffffffffffffff83168152604081016122846020830184613877565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036140a9576140a961404c565b5060010190565b808201808211156108585761085861404c565b5f5f858511156140d1575f5ffd5b838611156140dd575f5ffd5b5050820193919092039150565b80356020831015610858577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b80357fffffffffffffffffffffffffffffffff000000000000000000000000000000008116906010841015614185577fffffffffffffffffffffffffffffffff00000000000000000000000000000000808560100360031b1b82161691505b5092915050565b67ffffffffffffffff86168152846020820152608060408201525f6141b5608083018587613e0d565b90508260608301529695505050505050565b65ffffffffffff81811683821601908111156108585761085861404c565b878152866020820152848660408301377fffffffffffffffff000000000000000000000000000000000000000000000000938416940160408101949094527fffffffff0000000000000000000000000000000000000000000000000000000091909116604884015216604c8201526054019392505050565b5f7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82167effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81036142ae576142ae61404c565b60010192915050565b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82811682821603908111156108585761085861404c565b65ffffffffffff82811682821603908111156108585761085861404c56",
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
// Solidity: constructor(uint48 adminDelay, address admin) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackConstructor(adminDelay *big.Int, admin common.Address) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("", adminDelay, admin)
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
// Solidity: function maximumVmpl() view returns(uint32 maximum, bool enabled)
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
// Solidity: function maximumVmpl() view returns(uint32 maximum, bool enabled)
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackMaximumVmpl() ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("maximumVmpl")
}

// MaximumVmplOutput serves as a container for the return parameters of contract
// method MaximumVmpl.
type MaximumVmplOutput struct {
	Maximum uint32
	Enabled bool
}

// UnpackMaximumVmpl is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91bfcde1.
//
// Solidity: function maximumVmpl() view returns(uint32 maximum, bool enabled)
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackMaximumVmpl(data []byte) (MaximumVmplOutput, error) {
	out, err := enclaveKeyRegistry.abi.Unpack("maximumVmpl", data)
	outstruct := new(MaximumVmplOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Maximum = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.Enabled = *abi.ConvertType(out[1], new(bool)).(*bool)
	return *outstruct, nil
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

// PackRegisterWithProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8ca79e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerWithProof((address,bytes16,uint64,bytes32,bytes,address,uint64) reg, bytes32 keyX, bytes32 keyY, (uint64,uint32,uint64,bytes32) facts, bytes proof) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackRegisterWithProof(reg KeyRegistration, keyX [32]byte, keyY [32]byte, facts ReportFacts, proof []byte) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("registerWithProof", reg, keyX, keyY, facts, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterWithProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8ca79e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerWithProof((address,bytes16,uint64,bytes32,bytes,address,uint64) reg, bytes32 keyX, bytes32 keyY, (uint64,uint32,uint64,bytes32) facts, bytes proof) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackRegisterWithProof(reg KeyRegistration, keyX [32]byte, keyY [32]byte, facts ReportFacts, proof []byte) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("registerWithProof", reg, keyX, keyY, facts, proof)
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

// PackSetMaximumVmpl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7711c0df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaximumVmpl(uint32 maximum, bool enabled) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackSetMaximumVmpl(maximum uint32, enabled bool) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("setMaximumVmpl", maximum, enabled)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMaximumVmpl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7711c0df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMaximumVmpl(uint32 maximum, bool enabled) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackSetMaximumVmpl(maximum uint32, enabled bool) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("setMaximumVmpl", maximum, enabled)
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
	Enabled bool
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
// Solidity: event MaximumVmplSet(uint32 maximum, bool enabled)
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
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["InvalidApprovalThreshold"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackInvalidApprovalThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["InvalidMeasurementLength"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackInvalidMeasurementLengthError(raw[4:])
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
