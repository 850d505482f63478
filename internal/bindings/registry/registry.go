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
	Status       uint8
	ExpiresAt    uint64
	VmId         [16]byte
	RegisteredAt uint64
	RevokedAt    uint64
	EvidenceHash [32]byte
}

// EnclaveKeyRegistryMetaData contains all meta data concerning the EnclaveKeyRegistry contract.
var EnclaveKeyRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"adminDelay\",\"type\":\"uint48\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"keyInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"enumKeyStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revokedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"internalType\":\"structKeyInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"keyState\",\"outputs\":[{\"internalType\":\"enumKeyStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"registerKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"revokeKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"oldKey\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newKey\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"newExpiresAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"newEvidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"gracePeriod\",\"type\":\"uint64\"}],\"name\":\"rotateKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"registrar\",\"type\":\"address\"}],\"name\":\"KeyRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"revoker\",\"type\":\"address\"}],\"name\":\"KeyRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"oldKey\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newKey\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"oldKeyExpiresAt\",\"type\":\"uint64\"}],\"name\":\"KeyRotated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"currentTime\",\"type\":\"uint256\"}],\"name\":\"ExpiryNotInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"enumKeyStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"KeyAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"KeyAlreadyRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"KeyNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroVmId\",\"type\":\"error\"}]",
	ID:  "1b1c2e70420104fd59b5057258cd9b0f3f",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161209238038061209283398101604081905261002e916101a6565b81816001600160a01b03811661005d57604051636116401160e11b81525f600482015260240160405180910390fd5b600180546001600160d01b0316600160d01b65ffffffffffff8516021790556100865f82610090565b50505050506101f3565b5f826100ec575f6100a96002546001600160a01b031690565b6001600160a01b0316146100d057604051631fe1e13d60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384161790555b6100f683836100ff565b90505b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661019f575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101573390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016100f9565b505f6100f9565b5f5f604083850312156101b7575f5ffd5b825165ffffffffffff811681146101cc575f5ffd5b60208401519092506001600160a01b03811681146101e8575f5ffd5b809150509250929050565b611e92806102005f395ff3fe608060405234801561000f575f5ffd5b506004361061018f575f3560e01c80638da5cb5b116100dd578063cc8463c811610088578063d547741f11610063578063d547741f146103ec578063d602b9fd146103ff578063f68e955314610407575f5ffd5b8063cc8463c814610390578063cefc142914610398578063cf6eefb7146103a0575f5ffd5b806397815d4e116100b857806397815d4e14610342578063a1eda53c14610362578063a217fddf14610389575f5ffd5b80638da5cb5b146102e45780638f408359146102ec57806391d14854146102ff575f5ffd5b80632f2ff15d1161013d578063634e93da11610118578063634e93da1461027f578063649a5ec71461029257806384ef8ffc146102a5575f5ffd5b80632f2ff15d1461024657806336568abe146102595780635ae7ab321461026c575f5ffd5b80631425269a1161016d5780631425269a146101e1578063248a9ca3146102035780632d5cfd7b14610233575f5ffd5b806301ffc9a714610193578063022d63fb146101bb5780630aa6220b146101d7575b5f5ffd5b6101a66101a1366004611ae9565b61042e565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff90911681526020016101b2565b6101df610489565b005b6101f46101ef366004611b50565b61049e565b6040516101b293929190611bcf565b610225610211366004611c1d565b5f9081526020819052604090206001015490565b6040519081526020016101b2565b6101df610241366004611c4b565b6104db565b6101df610254366004611cb9565b610518565b6101df610267366004611cb9565b61055d565b6101df61027a366004611b50565b610667565b6101df61028d366004611b50565b61090b565b6101df6102a0366004611ce3565b61091e565b60025473ffffffffffffffffffffffffffffffffffffffff165b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016101b2565b6102bf610931565b6101df6102fa366004611d08565b610956565b6101a661030d366004611cb9565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b610355610350366004611b50565b610b85565b6040516101b29190611d62565b61036a610c83565b6040805165ffffffffffff9384168152929091166020830152016101b2565b6102255f81565b6101c0610cfd565b6101df610d9a565b6001546040805173ffffffffffffffffffffffffffffffffffffffff831681527401000000000000000000000000000000000000000090920465ffffffffffff166020830152016101b2565b6101df6103fa366004611cb9565b610df6565b6101df610e37565b6102257f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f44705362481565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f31498786000000000000000000000000000000000000000000000000000000001480610483575061048382610e49565b92915050565b5f61049381610edf565b61049b610ee9565b50565b5f5f5f835f52600360205260405f205460405160ff8216815267ffffffffffffffff8260081c1660208201528160481c60801b6040820152606081f35b7f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f44705362461050581610edf565b61051185858585610ef5565b5050505050565b8161054f576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6105598282611263565b5050565b81158015610585575060025473ffffffffffffffffffffffffffffffffffffffff8281169116145b1561065d5760015473ffffffffffffffffffffffffffffffffffffffff81169074010000000000000000000000000000000000000000900465ffffffffffff16811515806105d9575065ffffffffffff8116155b806105ec57504265ffffffffffff821610155b15610632576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff821660048201526024015b60405180910390fd5b5050600180547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1690555b610559828261128d565b335f9081527f4167f16f54324817ad2a3d0b7f236be6cb02173b894e570dd2e197b624f5d408602052604090205460ff161580156106d35750335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff16155b15610732576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081523360048201527f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f4470536246024820152604401610629565b73ffffffffffffffffffffffffffffffffffffffff81165f9081526003602052604081208054909160ff9091169081600281111561077257610772611b69565b036107c1576040517f099326a900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152602401610629565b60028160028111156107d5576107d5611b69565b03610824576040517f7b68dd2d00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152602401610629565b815460027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00909116178083556001830180547fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff16680100000000000000004267ffffffffffffffff160217905560405133916901000000000000000000900460801b7fffffffffffffffffffffffffffffffff00000000000000000000000000000000169073ffffffffffffffffffffffffffffffffffffffff8616907fdd51d5485893d35f13d2625f49f7d654f5cd610fd5a8462556e489001a7c005c905f90a4505050565b5f61091581610edf565b610559826112eb565b5f61092881610edf565b6105598261136a565b5f61095160025473ffffffffffffffffffffffffffffffffffffffff1690565b905090565b7f14613db055ea3f1134f9ee9a705e0de7840ee9ced04c10f4b2b560f44705362461098081610edf565b73ffffffffffffffffffffffffffffffffffffffff86165f9081526003602052604081208054909160ff909116908160028111156109c0576109c0611b69565b03610a0f576040517f099326a900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff89166004820152602401610629565b6002816002811115610a2357610a23611b69565b03610a72576040517f7b68dd2d00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff89166004820152602401610629565b81546901000000000000000000900460801b610a9088828989610ef5565b5f610aa567ffffffffffffffff871642611e19565b8454909150610100900467ffffffffffffffff1680821015610afa575083547fffffffffffffffffffffffffffffffffffffffffffffff0000000000000000ff1661010067ffffffffffffffff831602178455805b60405167ffffffffffffffff821681527fffffffffffffffffffffffffffffffff0000000000000000000000000000000084169073ffffffffffffffffffffffffffffffffffffffff808d1691908e16907f6ef783e758c1e2146734647451d2f2f74b8f29c830df07a9b9fe979fcb297f1a9060200160405180910390a45050505050505050505050565b6040805160c080820183525f8083526020808401829052838501829052606084018290526080840182905260a0840182905273ffffffffffffffffffffffffffffffffffffffff861682526003905283902083519182019093528254919291819060ff166002811115610bfa57610bfa611b69565b8152825467ffffffffffffffff6101008204811660208401527fffffffffffffffffffffffffffffffff000000000000000000000000000000006901000000000000000000909204608090811b92909216604084015260018501548082166060850152680100000000000000009004169082015260029092015460a09092019190915292915050565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015610cc557504265ffffffffffff821610155b610cd0575f5f610cf5565b60025474010000000000000000000000000000000000000000900465ffffffffffff16815b915091509091565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015610d3e57504265ffffffffffff8216105b610d70576001547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16610d94565b60025474010000000000000000000000000000000000000000900465ffffffffffff165b91505090565b60015473ffffffffffffffffffffffffffffffffffffffff16338114610dee576040517fc22c8022000000000000000000000000000000000000000000000000000000008152336004820152602401610629565b61049b6113d9565b81610e2d576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61055982826114ca565b5f610e4181610edf565b61049b6114ee565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061048357507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff00000000000000000000000000000000000000000000000000000000831614610483565b61049b81336114f8565b610ef35f5f61157d565b565b73ffffffffffffffffffffffffffffffffffffffff8416610f42576040517ffbd849c600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7fffffffffffffffffffffffffffffffff000000000000000000000000000000008316610f9b576040517ff802ad4500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff84165f9081526003602052604081205460ff1690816002811115610fd657610fd6611b69565b146110115784816040517f511ab53b000000000000000000000000000000000000000000000000000000008152600401610629929190611e2c565b428367ffffffffffffffff1611611066576040517f6a43036e00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152426024820152604401610629565b6040805160c08101909152806001815267ffffffffffffffff8086166020808401919091527fffffffffffffffffffffffffffffffff0000000000000000000000000000000088166040808501919091524290921660608401525f6080840181905260a090930186905273ffffffffffffffffffffffffffffffffffffffff891683526003905290208151815482907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600183600281111561112b5761112b611b69565b021790555060208281015182546040808601517fffffffffffffff000000000000000000000000000000000000000000000000ff90921661010067ffffffffffffffff948516027fffffffffffffff00000000000000000000000000000000ffffffffffffffffff16176901000000000000000000608093841c021785556060860151600186018054938801519185167fffffffffffffffffffffffffffffffff0000000000000000000000000000000094851617680100000000000000009286169290920291909117905560a0909501516002909401939093558351908716815290810185905233929187169173ffffffffffffffffffffffffffffffffffffffff8916917feae10176882ef17df3ec5f101993a0c54a18a584e05ea032ef9e85022d4dfacd910160405180910390a45050505050565b5f8281526020819052604090206001015461127d81610edf565b61128783836116d6565b50505050565b73ffffffffffffffffffffffffffffffffffffffff811633146112dc576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6112e6828261179b565b505050565b5f6112f4610cfd565b6112fd426117fc565b6113079190611e56565b9050611313828261184b565b60405165ffffffffffff8216815273ffffffffffffffffffffffffffffffffffffffff8316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f611374826118e6565b61137d426117fc565b6113879190611e56565b9050611393828261157d565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b910160405180910390a15050565b60015473ffffffffffffffffffffffffffffffffffffffff81169074010000000000000000000000000000000000000000900465ffffffffffff1680158061142957504265ffffffffffff821610155b1561146a576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff82166004820152602401610629565b6114925f61148d60025473ffffffffffffffffffffffffffffffffffffffff1690565b61179b565b5061149d5f836116d6565b5050600180547fffffffffffff000000000000000000000000000000000000000000000000000016905550565b5f828152602081905260409020600101546114e481610edf565b611287838361179b565b610ef35f5f61184b565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16610559576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8216600482015260248101839052604401610629565b6002547a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015611651574265ffffffffffff82161015611628576002546001805479ffffffffffffffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000090920465ffffffffffff167a01000000000000000000000000000000000000000000000000000002919091179055611651565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b506002805473ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000065ffffffffffff9485160279ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a0100000000000000000000000000000000000000000000000000009290931691909102919091179055565b5f8261178a575f6116fc60025473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff1614611749576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff84161790555b6117948383611937565b9392505050565b5f821580156117c4575060025473ffffffffffffffffffffffffffffffffffffffff8381169116145b156117f257600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001690555b6117948383611a30565b5f65ffffffffffff821115611847576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526030600482015260248101839052604401610629565b5090565b600180547401000000000000000000000000000000000000000065ffffffffffff84811682027fffffffffffff0000000000000000000000000000000000000000000000000000841673ffffffffffffffffffffffffffffffffffffffff8816171790935590041680156112e6576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f6118f0610cfd565b90508065ffffffffffff168365ffffffffffff1611611918576119138382611e74565b611794565b61179465ffffffffffff8416620697805f828218828410028218611794565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16611a29575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556119c73390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610483565b505f610483565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615611a29575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610483565b5f60208284031215611af9575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114611794575f5ffd5b803573ffffffffffffffffffffffffffffffffffffffff81168114611b4b575f5ffd5b919050565b5f60208284031215611b60575f5ffd5b61179482611b28565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60038110611bcb577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b60608101611bdd8286611b96565b67ffffffffffffffff841660208301527fffffffffffffffffffffffffffffffff0000000000000000000000000000000083166040830152949350505050565b5f60208284031215611c2d575f5ffd5b5035919050565b803567ffffffffffffffff81168114611b4b575f5ffd5b5f5f5f5f60808587031215611c5e575f5ffd5b611c6785611b28565b935060208501357fffffffffffffffffffffffffffffffff0000000000000000000000000000000081168114611c9b575f5ffd5b9250611ca960408601611c34565b9396929550929360600135925050565b5f5f60408385031215611cca575f5ffd5b82359150611cda60208401611b28565b90509250929050565b5f60208284031215611cf3575f5ffd5b813565ffffffffffff81168114611794575f5ffd5b5f5f5f5f5f60a08688031215611d1c575f5ffd5b611d2586611b28565b9450611d3360208701611b28565b9350611d4160408701611c34565b925060608601359150611d5660808701611c34565b90509295509295909350565b5f60c082019050611d74828451611b96565b67ffffffffffffffff60208401511660208301527fffffffffffffffffffffffffffffffff00000000000000000000000000000000604084015116604083015267ffffffffffffffff606084015116606083015267ffffffffffffffff608084015116608083015260a083015160a083015292915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561048357610483611dec565b73ffffffffffffffffffffffffffffffffffffffff83168152604081016117946020830184611b96565b65ffffffffffff818116838216019081111561048357610483611dec565b65ffffffffffff828116828216039081111561048357610483611dec56",
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

// PackKeyInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97815d4e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keyInfo(address key) view returns((uint8,uint64,bytes16,uint64,uint64,bytes32))
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
// Solidity: function keyInfo(address key) view returns((uint8,uint64,bytes16,uint64,uint64,bytes32))
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackKeyInfo(key common.Address) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("keyInfo", key)
}

// UnpackKeyInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97815d4e.
//
// Solidity: function keyInfo(address key) view returns((uint8,uint64,bytes16,uint64,uint64,bytes32))
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

// PackRegisterKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d5cfd7b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerKey(address key, bytes16 vmId, uint64 expiresAt, bytes32 evidenceHash) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackRegisterKey(key common.Address, vmId [16]byte, expiresAt uint64, evidenceHash [32]byte) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("registerKey", key, vmId, expiresAt, evidenceHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d5cfd7b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerKey(address key, bytes16 vmId, uint64 expiresAt, bytes32 evidenceHash) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackRegisterKey(key common.Address, vmId [16]byte, expiresAt uint64, evidenceHash [32]byte) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("registerKey", key, vmId, expiresAt, evidenceHash)
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

// PackRotateKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f408359.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rotateKey(address oldKey, address newKey, uint64 newExpiresAt, bytes32 newEvidenceHash, uint64 gracePeriod) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) PackRotateKey(oldKey common.Address, newKey common.Address, newExpiresAt uint64, newEvidenceHash [32]byte, gracePeriod uint64) []byte {
	enc, err := enclaveKeyRegistry.abi.Pack("rotateKey", oldKey, newKey, newExpiresAt, newEvidenceHash, gracePeriod)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRotateKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f408359.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rotateKey(address oldKey, address newKey, uint64 newExpiresAt, bytes32 newEvidenceHash, uint64 gracePeriod) returns()
func (enclaveKeyRegistry *EnclaveKeyRegistry) TryPackRotateKey(oldKey common.Address, newKey common.Address, newExpiresAt uint64, newEvidenceHash [32]byte, gracePeriod uint64) ([]byte, error) {
	return enclaveKeyRegistry.abi.Pack("rotateKey", oldKey, newKey, newExpiresAt, newEvidenceHash, gracePeriod)
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

// EnclaveKeyRegistryKeyRegistered represents a KeyRegistered event raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryKeyRegistered struct {
	Key          common.Address
	VmId         [16]byte
	ExpiresAt    uint64
	EvidenceHash [32]byte
	Registrar    common.Address
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
// Solidity: event KeyRegistered(address indexed key, bytes16 indexed vmId, uint64 expiresAt, bytes32 evidenceHash, address indexed registrar)
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
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["ExpiryNotInFuture"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackExpiryNotInFutureError(raw[4:])
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
	if bytes.Equal(raw[:4], enclaveKeyRegistry.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return enclaveKeyRegistry.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
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

// EnclaveKeyRegistryZeroKey represents a ZeroKey error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryZeroKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroKey()
func EnclaveKeyRegistryZeroKeyErrorID() common.Hash {
	return common.HexToHash("0xfbd849c64583c50579479efaac1ef44e6d9d78379a9ea28aa6150a3b683c09f5")
}

// UnpackZeroKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroKey()
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackZeroKeyError(raw []byte) (*EnclaveKeyRegistryZeroKey, error) {
	out := new(EnclaveKeyRegistryZeroKey)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "ZeroKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EnclaveKeyRegistryZeroVmId represents a ZeroVmId error raised by the EnclaveKeyRegistry contract.
type EnclaveKeyRegistryZeroVmId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroVmId()
func EnclaveKeyRegistryZeroVmIdErrorID() common.Hash {
	return common.HexToHash("0xf802ad458db7d7baf87ae4ac3e4ae4eaa98445df2a2eafde5a08617ed7137685")
}

// UnpackZeroVmIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroVmId()
func (enclaveKeyRegistry *EnclaveKeyRegistry) UnpackZeroVmIdError(raw []byte) (*EnclaveKeyRegistryZeroVmId, error) {
	out := new(EnclaveKeyRegistryZeroVmId)
	if err := enclaveKeyRegistry.abi.UnpackIntoInterface(out, "ZeroVmId", raw); err != nil {
		return nil, err
	}
	return out, nil
}
