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

// EnclaveKeyRegistryMetaData contains all meta data concerning the EnclaveKeyRegistry contract.
var EnclaveKeyRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"adminDelay\",\"type\":\"uint48\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"approvalThreshold\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"measurement\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"replaces\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"}],\"internalType\":\"structKeyRegistration\",\"name\":\"reg\",\"type\":\"tuple\"}],\"name\":\"approveKey\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"activated\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"approveRevocation\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"revoked\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"regHash\",\"type\":\"bytes32\"}],\"name\":\"keyApprovalCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"regHash\",\"type\":\"bytes32\"}],\"name\":\"keyApprovers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"keyInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"enumKeyStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revokedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"measurement\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"registrationHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"approvals\",\"type\":\"uint64\"}],\"internalType\":\"structKeyInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"keyState\",\"outputs\":[{\"internalType\":\"enumKeyStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registrarCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"measurement\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"replaces\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"}],\"internalType\":\"structKeyRegistration\",\"name\":\"reg\",\"type\":\"tuple\"}],\"name\":\"registrationHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"revocationApprovalCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"revocationApprovers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"revokeKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"setApprovalThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"oldThreshold\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"newThreshold\",\"type\":\"uint8\"}],\"name\":\"ApprovalThresholdSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"regHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"KeyApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"regHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"measurement\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"}],\"name\":\"KeyRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"revoker\",\"type\":\"address\"}],\"name\":\"KeyRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"oldKey\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newKey\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"oldKeyExpiresAt\",\"type\":\"uint64\"}],\"name\":\"KeyRotated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"RevocationApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"regHash\",\"type\":\"bytes32\"}],\"name\":\"AlreadyApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"currentTime\",\"type\":\"uint256\"}],\"name\":\"ExpiryNotInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"registrars\",\"type\":\"uint256\"}],\"name\":\"InvalidApprovalThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidMeasurementLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"enumKeyStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"KeyAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"KeyAlreadyRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"KeyNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"oldKey\",\"type\":\"address\"},{\"internalType\":\"bytes16\",\"name\":\"oldVmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"}],\"name\":\"ReplacedKeyOfOtherVm\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"RevocationAlreadyApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"registrars\",\"type\":\"uint256\"}],\"name\":\"ThresholdAboveRegistrars\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"}],\"name\":\"ZeroKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"ZeroVmId\",\"type\":\"error\"}]",
	ID:  "1b1c2e70420104fd59b5057258cd9b0f3f",
	Bin: "0x608060405234801561000f575f5ffd5b506040516133b73803806133b783398101604081905261002e91610275565b81816001600160a01b03811661005d57604051636116401160e11b81525f600482015260240160405180910390fd5b600180546001600160d01b0316600160d01b65ffffffffffff8516021790556100865f826100da565b50506004805460ff19166001908117909155604080515f815260208101929092527f4feb5eefade0ad1cf3cfd277d2174570adfd06cc46bc0dd0169b758f370286f192500160405180910390a150506102f9565b5f6100e58383610161565b905080801561011357507f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f44705362483145b1561015b57600480546001906101369061010090046001600160f81b03166102c2565b91906101000a8154816001600160f81b0302191690836001600160f81b031602179055505b92915050565b5f826101bd575f61017a6002546001600160a01b031690565b6001600160a01b0316146101a157604051631fe1e13d60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384161790555b6101c783836101ce565b9392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661026e575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102263390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161015b565b505f61015b565b5f5f60408385031215610286575f5ffd5b825165ffffffffffff8116811461029b575f5ffd5b60208401519092506001600160a01b03811681146102b7575f5ffd5b809150509250929050565b5f6001600160f81b0382166002600160f81b031981016102f057634e487b7160e01b5f52601160045260245ffd5b60010192915050565b6130b1806103065f395ff3fe608060405234801561000f575f5ffd5b50600436106101e7575f3560e01c80638da5cb5b11610109578063cc8463c81161009e578063d602b9fd1161006e578063d602b9fd146104ef578063e90f895e146104f7578063eb07fe1c1461050a578063f68e95531461051d575f5ffd5b8063cc8463c814610480578063cefc142914610488578063cf6eefb714610490578063d547741f146104dc575f5ffd5b8063a1eda53c116100d9578063a1eda53c1461042c578063a217fddf14610453578063b38c373d1461045a578063badfbf301461046d575f5ffd5b80638da5cb5b146103a157806391d14854146103a957806397815d4e146103ec5780639de0dca41461040c575f5ffd5b8063346d75481161017f578063634e93da1161014f578063634e93da14610327578063649a5ec71461033a5780637d0eef611461034d57806384ef8ffc14610362575f5ffd5b8063346d7548146102db57806336568abe146102ee578063390d65e6146103015780635ae7ab3214610314575f5ffd5b80631425269a116101ba5780631425269a1461024c5780631c8f8a931461026e578063248a9ca3146102a65780632f2ff15d146102c8575f5ffd5b806301ffc9a7146101eb578063022d63fb146102135780630aa6220b1461022f57806310f3992e14610239575b5f5ffd5b6101fe6101f9366004612820565b610544565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff909116815260200161020a565b61023761059f565b005b6101fe61024736600461285f565b6105b4565b61025f61025a3660046128be565b610714565b60405161020a9392919061293d565b60045461010090047effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff165b60405190815260200161020a565b6102986102b436600461298b565b5f9081526020819052604090206001015490565b6102376102d63660046129a2565b610751565b6102376102e93660046129cc565b610796565b6102376102fc3660046129a2565b610895565b61029861030f3660046128be565b61099a565b6102376103223660046128be565b6109c7565b6102376103353660046128be565b610a14565b6102376103483660046129ec565b610a27565b60045460405160ff909116815260200161020a565b60025473ffffffffffffffffffffffffffffffffffffffff165b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161020a565b61037c610a3a565b6101fe6103b73660046129a2565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b6103ff6103fa3660046128be565b610a5f565b60405161020a9190612a5d565b61041f61041a36600461298b565b610c30565b60405161020a9190612b3d565b610434610ca6565b6040805165ffffffffffff93841681529290911660208301520161020a565b6102985f81565b6101fe6104683660046128be565b610d20565b61029861047b36600461285f565b610e81565b610218610eb0565b610237610f4d565b6001546040805173ffffffffffffffffffffffffffffffffffffffff831681527401000000000000000000000000000000000000000090920465ffffffffffff1660208301520161020a565b6102376104ea3660046129a2565b610fa9565b610237610fea565b61029861050536600461298b565b610ffc565b61041f6105183660046128be565b611012565b6102987f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f44705362481565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f3149878600000000000000000000000000000000000000000000000000000000148061059957506105998261109d565b92915050565b5f6105a981611133565b6105b161113d565b50565b5f7f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f4470536246105df81611133565b6105e883611149565b5f836040516020016105fa9190612c89565b6040516020818303038152906040528051906020012090505f61062c60055f8481526020019081526020015f206115a1565b9050805f03610675576040517fa913af1b000000000000000000000000000000000000000000000000000000008152336004820152602481018390526044015b60405180910390fd5b60045460ff16338361068a60208901896128be565b73ffffffffffffffffffffffffffffffffffffffff167f441f3e0c721d2c588d8b0c877fe92666a8b69523affefe09f4c008f0dada3cbf85856040516106dd92919091825260ff16602082015260400190565b60405180910390a48060ff168210156106fb575f945050505061070e565b6107068684846116a6565b600194505050505b50919050565b5f5f5f835f52600360205260405f205460405160ff8216815267ffffffffffffffff8260081c1660208201528160481c60801b6040820152606081f35b81610788576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6107928282611b45565b5050565b5f6107a081611133565b60045461010090047effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1660ff831615806107db5750808360ff16115b1561081e576040517ffa9a401100000000000000000000000000000000000000000000000000000000815260ff841660048201526024810182905260440161066c565b6004546040805160ff928316815291851660208301527f4feb5eefade0ad1cf3cfd277d2174570adfd06cc46bc0dd0169b758f370286f1910160405180910390a15050600480547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660ff92909216919091179055565b811580156108bd575060025473ffffffffffffffffffffffffffffffffffffffff8281169116145b156109905760015473ffffffffffffffffffffffffffffffffffffffff81169074010000000000000000000000000000000000000000900465ffffffffffff1681151580610911575065ffffffffffff8116155b8061092457504265ffffffffffff821610155b15610965576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff8216600482015260240161066c565b5050600180547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1690555b6107928282611b6f565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260066020526040812061059990611bc8565b5f6109d181611133565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526003602052604090208054610a0590849060ff16611c69565b610a0f8382611d2e565b505050565b5f610a1e81611133565b61079282611e14565b5f610a3181611133565b61079282611e93565b5f610a5a60025473ffffffffffffffffffffffffffffffffffffffff1690565b905090565b6040805161012080820183525f808352602080840182905283850182905260608085018390526080850183905260a0850183905260c085015260e08401829052610100840182905273ffffffffffffffffffffffffffffffffffffffff861682526003905283902080548451928301909452919260ff169080826002811115610aea57610aea6128d7565b8152835467ffffffffffffffff6101008204811660208401527fffffffffffffffffffffffffffffffff000000000000000000000000000000006901000000000000000000909204608090811b929092166040840152600186015480821660608501526801000000000000000090041690820152600284015460a082015260c0015f836002811115610b7e57610b7e6128d7565b14610be05760038401546004850154604051610bcc929160801b906020019182527fffffffffffffffffffffffffffffffff0000000000000000000000000000000016602082015260300190565b604051602081830303815290604052610bf0565b60405180602001604052805f8152505b815260058401546020820152600190930154700100000000000000000000000000000000900467ffffffffffffffff166040909301929092525092915050565b5f81815260056020908152604091829020805483518184028101840190945280845260609392830182828015610c9a57602002820191905f5260205f20905b815473ffffffffffffffffffffffffffffffffffffffff168152600190910190602001808311610c6f575b50505050509050919050565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015610ce857504265ffffffffffff821610155b610cf3575f5f610d18565b60025474010000000000000000000000000000000000000000900465ffffffffffff16815b915091509091565b5f7f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f447053624610d4b81611133565b73ffffffffffffffffffffffffffffffffffffffff83165f9081526003602052604090208054610d7f90859060ff16611c69565b73ffffffffffffffffffffffffffffffffffffffff84165f908152600660205260408120610dac906115a1565b9050805f03610e05576040517f5baa1d7a00000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff8616602482015260440161066c565b6004546040805183815260ff9092166020830181905291339173ffffffffffffffffffffffffffffffffffffffff8916917f1e3c7faa2c01fbf105fdc1f4adf9472e8b7ba88e34927e1eea2a085c1511f5d6910160405180910390a38060ff16821015610e77575f945050505061070e565b6107068684611d2e565b5f81604051602001610e939190612c89565b604051602081830303815290604052805190602001209050919050565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015610ef157504265ffffffffffff8216105b610f23576001547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16610f47565b60025474010000000000000000000000000000000000000000900465ffffffffffff165b91505090565b60015473ffffffffffffffffffffffffffffffffffffffff16338114610fa1576040517fc22c802200000000000000000000000000000000000000000000000000000000815233600482015260240161066c565b6105b1611f02565b81610fe0576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6107928282611ff3565b5f610ff481611133565b6105b1612017565b5f81815260056020526040812061059990611bc8565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260066020908152604091829020805483518184028101840190945280845260609392830182828015610c9a57602002820191905f5260205f2090815473ffffffffffffffffffffffffffffffffffffffff168152600190910190602001808311610c6f5750505050509050919050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061059957507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff00000000000000000000000000000000000000000000000000000000831614610599565b6105b18133612021565b6111475f5f6120a6565b565b5f61115760208301836128be565b90505f61116a6040840160208501612d7f565b905073ffffffffffffffffffffffffffffffffffffffff82166111dd576040517f769d684b0000000000000000000000000000000000000000000000000000000081527fffffffffffffffffffffffffffffffff000000000000000000000000000000008216600482015260240161066c565b7fffffffffffffffffffffffffffffffff00000000000000000000000000000000811661124e576040517fc6bf265a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8316600482015260240161066c565b603061125d6080850185612d98565b9050146112c357816112726080850185612d98565b6040517f18c49be600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff909316600484015260248301525060440161066c565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526003602052604081205460ff16908160028111156112fe576112fe6128d7565b146113395782816040517f511ab53b00000000000000000000000000000000000000000000000000000000815260040161066c929190612df9565b4261134a6060860160408701612e23565b67ffffffffffffffff16116113ae576113696060850160408601612e23565b6040517f6a43036e00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909116600482015242602482015260440161066c565b5f6113bf60c0860160a087016128be565b905073ffffffffffffffffffffffffffffffffffffffff81161561159a5773ffffffffffffffffffffffffffffffffffffffff81165f90815260036020526040812090815460ff166002811115611418576114186128d7565b03611467576040517f099326a900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8316600482015260240161066c565b6002815460ff16600281111561147f5761147f6128d7565b036114ce576040517f7b68dd2d00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8316600482015260240161066c565b80547fffffffffffffffffffffffffffffffff00000000000000000000000000000000858116690100000000000000000090920460801b16146115985780546040517f2223e75000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff841660048201527fffffffffffffffffffffffffffffffff00000000000000000000000000000000690100000000000000000090920460801b82166024820152908516604482015260640161066c565b505b5050505050565b80545f90815b81811015611657575f8482815481106115c2576115c2612e3c565b5f9182526020909120015473ffffffffffffffffffffffffffffffffffffffff1690503381036115f657505f949350505050565b73ffffffffffffffffffffffffffffffffffffffff81165f9081527f4167f16f54324817ad2a3d0b7f236be6cb02173b894e570dd2e197b624f5d408602052604090205460ff161561164e5761164b84612e96565b93505b506001016115a7565b508254600181810185555f8581526020902090910180547fffffffffffffffffffffffff0000000000000000000000000000000000000000163317905561169f908390612ecd565b9392505050565b5f6116b460208501856128be565b90505f6116c76040860160208701612d7f565b9050365f6116d86080880188612d98565b6040805161014081019091529193509150806001815260200161170160608a0160408b01612e23565b67ffffffffffffffff168152602001846fffffffffffffffffffffffffffffffff191681526020014267ffffffffffffffff1681526020015f67ffffffffffffffff1681526020018667ffffffffffffffff1681526020018860600135815260200183835f9060209261177693929190612ee0565b61177f91612f07565b81526020908101906117949084908187612ee0565b61179d91612f43565b7fffffffffffffffffffffffffffffffff00000000000000000000000000000000168152602090810188905273ffffffffffffffffffffffffffffffffffffffff86165f9081526003909152604090208151815482907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001836002811115611829576118296128d7565b0217905550602082015181546040808501517fffffffffffffff000000000000000000000000000000000000000000000000ff90921661010067ffffffffffffffff94851681027fffffffffffffff00000000000000000000000000000000ffffffffffffffffff16919091176901000000000000000000608094851c02178555606080870151600187018054868a015160a08b01519389167fffffffffffffffffffffffffffffffff000000000000000000000000000000009283161768010000000000000000918a1691909102177fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1670010000000000000000000000000000000093909816929092029690961790955560c0870151600287015560e087015160038701559086015160048601805486169190941c179092556101209094015160059093019290925588929086169173ffffffffffffffffffffffffffffffffffffffff8816917f59d452ea87f477fd84e267764f7159d4ea4704af19397e0a34008891f8f3ef5d916119c391908d01908d01612e23565b8b6060013587878c6040516119dc959493929190612fa9565b60405180910390a45f6119f560c0890160a08a016128be565b905073ffffffffffffffffffffffffffffffffffffffff8116611a1c575050505050505050565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260036020526040812090611a5160e08b0160c08c01612e23565b611a659067ffffffffffffffff1642612ecd565b8254909150610100900467ffffffffffffffff1680821015611aba575081547fffffffffffffffffffffffffffffffffffffffffffffff0000000000000000ff1661010067ffffffffffffffff831602178255805b60405167ffffffffffffffff821681527fffffffffffffffffffffffffffffffff0000000000000000000000000000000088169073ffffffffffffffffffffffffffffffffffffffff808b1691908716907f6ef783e758c1e2146734647451d2f2f74b8f29c830df07a9b9fe979fcb297f1a9060200160405180910390a45050505050505050505050565b5f82815260208190526040902060010154611b5f81611133565b611b6983836121ff565b50505050565b73ffffffffffffffffffffffffffffffffffffffff81163314611bbe576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a0f82826122cd565b80545f90815b81811015611c6257611c497f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f447053624858381548110611c0c57611c0c612e3c565b5f918252602080832090910154928252818152604080832073ffffffffffffffffffffffffffffffffffffffff9094168352929052205460ff1690565b15611c5a57611c5783612e96565b92505b600101611bce565b5050919050565b5f816002811115611c7c57611c7c6128d7565b03611ccb576040517f099326a900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8316600482015260240161066c565b6002816002811115611cdf57611cdf6128d7565b03610792576040517f7b68dd2d00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8316600482015260240161066c565b805460027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00909116178082556001820180547fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff16680100000000000000004267ffffffffffffffff160217905560405133916901000000000000000000900460801b7fffffffffffffffffffffffffffffffff00000000000000000000000000000000169073ffffffffffffffffffffffffffffffffffffffff8516907fdd51d5485893d35f13d2625f49f7d654f5cd610fd5a8462556e489001a7c005c905f90a45050565b5f611e1d610eb0565b611e264261240f565b611e309190612fe4565b9050611e3c828261245e565b60405165ffffffffffff8216815273ffffffffffffffffffffffffffffffffffffffff8316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f611e9d826124f9565b611ea64261240f565b611eb09190612fe4565b9050611ebc82826120a6565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b910160405180910390a15050565b60015473ffffffffffffffffffffffffffffffffffffffff81169074010000000000000000000000000000000000000000900465ffffffffffff16801580611f5257504265ffffffffffff821610155b15611f93576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff8216600482015260240161066c565b611fbb5f611fb660025473ffffffffffffffffffffffffffffffffffffffff1690565b6122cd565b50611fc65f836121ff565b5050600180547fffffffffffff000000000000000000000000000000000000000000000000000016905550565b5f8281526020819052604090206001015461200d81611133565b611b6983836122cd565b6111475f5f61245e565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16610792576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024810183905260440161066c565b6002547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16801561217a574265ffffffffffff82161015612151576002546001805479ffffffffffffffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000090920465ffffffffffff167a0100000000000000000000000000000000000000000000000000000291909117905561217a565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b506002805473ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000065ffffffffffff9485160279ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a0100000000000000000000000000000000000000000000000000009290931691909102919091179055565b5f61220a8383612540565b905080801561223857507f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f44705362483145b1561059957600480546001906122739061010090047effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16613002565b91906101000a8154817effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff02191690837effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16021790555092915050565b5f6122d883836125fe565b905080801561230657507f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f44705362483145b15610599576004545f906123429060019061010090047effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1661305c565b60045490915060ff167effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82168111156123d2576040517fe30b067300000000000000000000000000000000000000000000000000000000815260ff821660048201527effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8316602482015260440161066c565b50600480547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9092166101000260ff90921691909117905592915050565b5f65ffffffffffff82111561245a576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152603060048201526024810183905260440161066c565b5090565b600180547401000000000000000000000000000000000000000065ffffffffffff84811682027fffffffffffff0000000000000000000000000000000000000000000000000000841673ffffffffffffffffffffffffffffffffffffffff881617179093559004168015610a0f576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f612503610eb0565b90508065ffffffffffff168365ffffffffffff161161252b576125268382613093565b61169f565b61169f65ffffffffffff84166206978061265f565b5f826125f4575f61256660025473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff16146125b3576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff84161790555b61169f838361266e565b5f82158015612627575060025473ffffffffffffffffffffffffffffffffffffffff8381169116145b1561265557600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001690555b61169f8383612767565b5f82821882841002821861169f565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16612760575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556126fe3390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610599565b505f610599565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615612760575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610599565b5f60208284031215612830575f5ffd5b81357fffffffff000000000000000000000000000000000000000000000000000000008116811461169f575f5ffd5b5f6020828403121561286f575f5ffd5b813567ffffffffffffffff811115612885575f5ffd5b820160e0818503121561169f575f5ffd5b803573ffffffffffffffffffffffffffffffffffffffff811681146128b9575f5ffd5b919050565b5f602082840312156128ce575f5ffd5b61169f82612896565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60038110612939577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b6060810161294b8286612904565b67ffffffffffffffff841660208301527fffffffffffffffffffffffffffffffff0000000000000000000000000000000083166040830152949350505050565b5f6020828403121561299b575f5ffd5b5035919050565b5f5f604083850312156129b3575f5ffd5b823591506129c360208401612896565b90509250929050565b5f602082840312156129dc575f5ffd5b813560ff8116811461169f575f5ffd5b5f602082840312156129fc575f5ffd5b813565ffffffffffff8116811461169f575f5ffd5b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b60208152612a6f602082018351612904565b5f6020830151612a8b604084018267ffffffffffffffff169052565b5060408301517fffffffffffffffffffffffffffffffff000000000000000000000000000000008116606084015250606083015167ffffffffffffffff8116608084015250608083015167ffffffffffffffff811660a08401525060a083015160c083015260c083015161012060e0840152612b0b610140840182612a11565b905060e0840151610100840152610100840151612b3561012085018267ffffffffffffffff169052565b509392505050565b602080825282518282018190525f918401906040840190835b81811015612b8a57835173ffffffffffffffffffffffffffffffffffffffff16835260209384019390920191600101612b56565b509095945050505050565b80357fffffffffffffffffffffffffffffffff00000000000000000000000000000000811681146128b9575f5ffd5b803567ffffffffffffffff811681146128b9575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112612c0e575f5ffd5b830160208101925035905067ffffffffffffffff811115612c2d575f5ffd5b803603821315612c3b575f5ffd5b9250929050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b6020815273ffffffffffffffffffffffffffffffffffffffff612cab83612896565b1660208201527fffffffffffffffffffffffffffffffff00000000000000000000000000000000612cde60208401612b95565b16604082015267ffffffffffffffff612cf960408401612bc4565b1660608201525f5f6060840135905080608084015250612d1c6080840184612bdb565b60e060a0850152612d3261010085018284612c42565b915050612d4160a08501612896565b73ffffffffffffffffffffffffffffffffffffffff811660c085015250612d6a60c08501612bc4565b67ffffffffffffffff811660e0850152612b35565b5f60208284031215612d8f575f5ffd5b61169f82612b95565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112612dcb575f5ffd5b83018035915067ffffffffffffffff821115612de5575f5ffd5b602001915036819003821315612c3b575f5ffd5b73ffffffffffffffffffffffffffffffffffffffff831681526040810161169f6020830184612904565b5f60208284031215612e33575f5ffd5b61169f82612bc4565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203612ec657612ec6612e69565b5060010190565b8082018082111561059957610599612e69565b5f5f85851115612eee575f5ffd5b83861115612efa575f5ffd5b5050820193919092039150565b80356020831015610599577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b80357fffffffffffffffffffffffffffffffff000000000000000000000000000000008116906010841015612fa2577fffffffffffffffffffffffffffffffff00000000000000000000000000000000808560100360031b1b82161691505b5092915050565b67ffffffffffffffff86168152846020820152608060408201525f612fd2608083018587612c42565b90508260608301529695505050505050565b65ffffffffffff818116838216019081111561059957610599612e69565b5f7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82167effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff810361305357613053612e69565b60010192915050565b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff828116828216039081111561059957610599612e69565b65ffffffffffff828116828216039081111561059957610599612e6956",
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
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["ExpiryNotInFuture"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackExpiryNotInFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["InvalidApprovalThreshold"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackInvalidApprovalThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["InvalidMeasurementLength"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackInvalidMeasurementLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["KeyAlreadyRegistered"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackKeyAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["KeyAlreadyRevoked"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackKeyAlreadyRevokedError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["KeyNotRegistered"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackKeyNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["ReplacedKeyOfOtherVm"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackReplacedKeyOfOtherVmError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["RevocationAlreadyApproved"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackRevocationAlreadyApprovedError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["ThresholdAboveRegistrars"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackThresholdAboveRegistrarsError(raw[4:])
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
