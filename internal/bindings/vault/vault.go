// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package vault

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

// KeeperVaultConfig is an auto generated low-level Go binding around an user-defined struct.
type KeeperVaultConfig struct {
	Owner            common.Address
	Keeper           common.Address
	Integrity        common.Address
	Properties       common.Address
	VmId             [16]byte
	SubsetId         [32]byte
	MaxAge           *big.Int
	RequiredProperty [32]byte
	MaxProofAge      *big.Int
}

// KeeperVaultMetaData contains all meta data concerning the KeeperVault contract.
var KeeperVaultMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"keeper\",\"type\":\"address\"},{\"internalType\":\"contractIVMIntegrity\",\"name\":\"integrity\",\"type\":\"address\"},{\"internalType\":\"contractIPropertyRegistry\",\"name\":\"properties\",\"type\":\"address\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"maxAge\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requiredProperty\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"maxProofAge\",\"type\":\"uint256\"}],\"internalType\":\"structKeeperVault.Config\",\"name\":\"config\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"integrity\",\"outputs\":[{\"internalType\":\"contractIVMIntegrity\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"keeper\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxAge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxProofAge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"properties\",\"outputs\":[{\"internalType\":\"contractIPropertyRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requiredProperty\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newKeeper\",\"type\":\"address\"}],\"name\":\"setKeeper\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"subsetId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vmId\",\"outputs\":[{\"internalType\":\"bytes16\",\"name\":\"\",\"type\":\"bytes16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vmStatus\",\"outputs\":[{\"internalType\":\"enumKeeperVault.VMStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousKeeper\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newKeeper\",\"type\":\"address\"}],\"name\":\"KeeperSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"keeper\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IntegrityOracleRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotKeeper\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"propertyId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"maxProofAge\",\"type\":\"uint256\"}],\"name\":\"PropertyNotProven\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registryVerifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"integrity\",\"type\":\"address\"}],\"name\":\"PropertyRegistryOfOtherVerifier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"propertyId\",\"type\":\"bytes32\"}],\"name\":\"PropertyRegistryRequired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"VMAttestationInvalidated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"VMNeverAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"attestedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxAge\",\"type\":\"uint256\"}],\"name\":\"VMNotFresh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"}],\"name\":\"VMNotIntact\",\"type\":\"error\"}]",
	ID:  "73f73071aa260f4d0f570853778099a9a1",
	Bin: "0x610160604052348015610010575f5ffd5b50604051611b9f380380611b9f83398101604081905261002f91610321565b80516001600160a01b03811661005f57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61006881610246565b5060408101516001600160a01b031661009457604051631bcb8a8b60e21b815260040160405180910390fd5b60e0810151158015906100b2575060608101516001600160a01b0316155b156100d8578060e001516040516321dfdc4d60e21b815260040161005691815260200190565b60608101516001600160a01b0316156101a3575f81606001516001600160a01b0316633d47bf0d6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561012c573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061015091906103bd565b905081604001516001600160a01b0316816001600160a01b0316146101a1576040808301519051636c633d1360e11b81526001600160a01b0380841660048301529091166024820152604401610056565b505b6040818101516001600160a01b0390811660809081526060840151821660a0908152908401516001600160801b03191660c09081529084015160e0908152908401516101009081529084015161012052830151610140526020830151600280546001600160a01b0319169190921690811790915590515f907f50697e88bd427923002f5d3844f352091c05c0c9c3b69e43830863d222463173908290a3506103df565b600180546001600160a01b031916905561025f81610262565b50565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b60405161012081016001600160401b03811182821017156102e057634e487b7160e01b5f52604160045260245ffd5b60405290565b6001600160a01b038116811461025f575f5ffd5b8051610305816102e6565b919050565b80516001600160801b031981168114610305575f5ffd5b5f610120828403128015610333575f5ffd5b5061033c6102b1565b610345836102fa565b8152610353602084016102fa565b6020820152610364604084016102fa565b6040820152610375606084016102fa565b60608201526103866080840161030a565b608082015260a0838101519082015260c0808401519082015260e08084015190820152610100928301519281019290925250919050565b5f602082840312156103cd575f5ffd5b81516103d8816102e6565b9392505050565b60805160a05160c05160e0516101005161012051610140516116886105175f395f818161026d015281816109fa01526112b301525f81816101a301528181610918015281816109d4015261128d01525f818161023a0152818161086d01528181610c7b015261103501525f818161015d01528181610847015281816109ae01528181610b2201528181610c5501528181610d9c01528181610f4401528181610ffe015281816110ef015281816111c3015261126701525f81816101d6015281816108200152818161098701528181610afb01528181610c2e01528181610d7501528181610f1d01528181610fd7015281816110c80152818161119c015261124001525f81816104230152610a2001525f81816103b20152818161089301528181610b4801528181610ca10152610dc801526116885ff3fe60806040526004361061010c575f3560e01c80638da5cb5b116100a1578063e30c397811610071578063f2fde38b11610057578063f2fde38b146103d4578063f3fef3a3146103f3578063fcd802b114610412575f5ffd5b8063e30c397814610377578063f0e53489146103a1575f5ffd5b80638da5cb5b146102d8578063aced166114610322578063c3dbf7f21461034e578063d0e30db01461036f575f5ffd5b80636f5b6b20116100dc5780636f5b6b201461025c578063715018a61461028f578063748747e6146102a557806379ba5097146102c4575f5ffd5b8063339b95341461014c578063547d048c146101925780635736e1f7146101c5578063687043c514610229575f5ffd5b366101485760405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a2005b5f5ffd5b348015610157575f5ffd5b5061017f7f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020015b60405180910390f35b34801561019d575f5ffd5b5061017f7f000000000000000000000000000000000000000000000000000000000000000081565b3480156101d0575f5ffd5b506101f87f000000000000000000000000000000000000000000000000000000000000000081565b6040517fffffffffffffffffffffffffffffffff000000000000000000000000000000009091168152602001610189565b348015610234575f5ffd5b5061017f7f000000000000000000000000000000000000000000000000000000000000000081565b348015610267575f5ffd5b5061017f7f000000000000000000000000000000000000000000000000000000000000000081565b34801561029a575f5ffd5b506102a3610445565b005b3480156102b0575f5ffd5b506102a36102bf3660046114c3565b610458565b3480156102cf575f5ffd5b506102a36104ed565b3480156102e3575f5ffd5b505f5473ffffffffffffffffffffffffffffffffffffffff165b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610189565b34801561032d575f5ffd5b506002546102fd9073ffffffffffffffffffffffffffffffffffffffff1681565b348015610359575f5ffd5b50610362610569565b6040516101899190611512565b6102a3610578565b348015610382575f5ffd5b5060015473ffffffffffffffffffffffffffffffffffffffff166102fd565b3480156103ac575f5ffd5b506102fd7f000000000000000000000000000000000000000000000000000000000000000081565b3480156103df575f5ffd5b506102a36103ee3660046114c3565b6105af565b3480156103fe575f5ffd5b506102a361040d366004611551565b61065e565b34801561041d575f5ffd5b506102fd7f000000000000000000000000000000000000000000000000000000000000000081565b61044d610724565b6104565f610776565b565b610460610724565b60025460405173ffffffffffffffffffffffffffffffffffffffff8084169216907f50697e88bd427923002f5d3844f352091c05c0c9c3b69e43830863d222463173905f90a3600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff92909216919091179055565b600154339073ffffffffffffffffffffffffffffffffffffffff16811461055d576040517f118cdaa700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024015b60405180910390fd5b61056681610776565b50565b5f6105726107a7565b50919050565b60405134815233907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a2565b6105b7610724565b6001805473ffffffffffffffffffffffffffffffffffffffff83167fffffffffffffffffffffffff000000000000000000000000000000000000000090911681179091556106195f5473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b610666610e5b565b60025473ffffffffffffffffffffffffffffffffffffffff1633146106b9576040517fccf79b67000000000000000000000000000000000000000000000000000000008152336004820152602401610554565b6106c1610e90565b60405181815273ffffffffffffffffffffffffffffffffffffffff83169033907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb9060200160405180910390a361071882826112df565b610720611384565b5050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610456576040517f118cdaa7000000000000000000000000000000000000000000000000000000008152336004820152602401610554565b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055610566816113ae565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081018290526040517ffc85a69c0000000000000000000000000000000000000000000000000000000081527fffffffffffffffffffffffffffffffff000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000001660048201527f000000000000000000000000000000000000000000000000000000000000000060248201527f000000000000000000000000000000000000000000000000000000000000000060448201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063fc85a69c90606401602060405180830381865afa1580156108ed573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610911919061157b565b15610ab2577f00000000000000000000000000000000000000000000000000000000000000001580610a9e57506040517fe6c289630000000000000000000000000000000000000000000000000000000081527fffffffffffffffffffffffffffffffff000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000001660048201527f000000000000000000000000000000000000000000000000000000000000000060248201527f000000000000000000000000000000000000000000000000000000000000000060448201527f000000000000000000000000000000000000000000000000000000000000000060648201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063e6c2896390608401602060405180830381865afa158015610a7a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a9e919061157b565b15610aaa575f91509091565b600591509091565b6040517f7b99ebf50000000000000000000000000000000000000000000000000000000081527fffffffffffffffffffffffffffffffff000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000001660048201527f000000000000000000000000000000000000000000000000000000000000000060248201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690637b99ebf59060440160c060405180830381865afa158015610ba2573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bc691906115d1565b9050806080015167ffffffffffffffff165f03610be557600191509091565b6040517fc2072c100000000000000000000000000000000000000000000000000000000081527fffffffffffffffffffffffffffffffff000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000001660048201527f000000000000000000000000000000000000000000000000000000000000000060248201527f000000000000000000000000000000000000000000000000000000000000000060448201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063c2072c1090606401602060405180830381865afa158015610cfb573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d1f919061157b565b15610d2c57600491509091565b6040517fc2072c100000000000000000000000000000000000000000000000000000000081527fffffffffffffffffffffffffffffffff000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000001660048201527f000000000000000000000000000000000000000000000000000000000000000060248201524260448201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063c2072c1090606401602060405180830381865afa158015610e22573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e46919061157b565b15610e5357600291509091565b600391509091565b610e63611422565b61045660017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b9061147b565b5f5f610e9a6107a7565b90925090505f826005811115610eb257610eb26114e5565b03610ebb575050565b6001826005811115610ecf57610ecf6114e5565b03610f70576040517f607e06400000000000000000000000000000000000000000000000000000000081527fffffffffffffffffffffffffffffffff000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000001660048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610554565b6002826005811115610f8457610f846114e5565b036110615760608101516040517f48348bf20000000000000000000000000000000000000000000000000000000081527fffffffffffffffffffffffffffffffff000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000001660048201527f0000000000000000000000000000000000000000000000000000000000000000602482015267ffffffffffffffff90911660448201527f00000000000000000000000000000000000000000000000000000000000000006064820152608401610554565b6003826005811115611075576110756114e5565b036111385760408082015190517fc00e7a310000000000000000000000000000000000000000000000000000000081527fffffffffffffffffffffffffffffffff000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000001660048201527f0000000000000000000000000000000000000000000000000000000000000000602482015273ffffffffffffffffffffffffffffffffffffffff9091166044820152606401610554565b600482600581111561114c5761114c6114e5565b036111f75780516040517f75a393960000000000000000000000000000000000000000000000000000000081527fffffffffffffffffffffffffffffffff000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000001660048201527f000000000000000000000000000000000000000000000000000000000000000060248201526044810191909152606401610554565b6040517fe9619ab80000000000000000000000000000000000000000000000000000000081527fffffffffffffffffffffffffffffffff000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000001660048201527f000000000000000000000000000000000000000000000000000000000000000060248201527f000000000000000000000000000000000000000000000000000000000000000060448201527f00000000000000000000000000000000000000000000000000000000000000006064820152608401610554565b80471015611322576040517fcf47918100000000000000000000000000000000000000000000000000000000815247600482015260248101829052604401610554565b61133b828260405180602001604052805f815250611482565b15611344575050565b3d1561135257610720611497565b6040517fd6bda27500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6104565f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00610e8a565b5f805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610456576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f5f5f83516020850186885af1949350505050565b6040513d5f823e3d81fd5b73ffffffffffffffffffffffffffffffffffffffff81168114610566575f5ffd5b5f602082840312156114d3575f5ffd5b81356114de816114a2565b9392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b602081016006831061154b577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b91905290565b5f5f60408385031215611562575f5ffd5b823561156d816114a2565b946020939093013593505050565b5f6020828403121561158b575f5ffd5b815180151581146114de575f5ffd5b80516115a5816114a2565b919050565b805167ffffffffffffffff811681146115a5575f5ffd5b805160ff811681146115a5575f5ffd5b5f60c08284031280156115e2575f5ffd5b5060405160c0810167ffffffffffffffff8111828210171561162b577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040908152835182526020808501519083015261164990840161159a565b604082015261165a606084016115aa565b606082015261166b608084016115aa565b608082015261167c60a084016115c1565b60a0820152939250505056",
}

// KeeperVault is an auto generated Go binding around an Ethereum contract.
type KeeperVault struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *KeeperVault) GetABI() abi.ABI {
	return c.abi
}

// NewKeeperVault creates a new instance of KeeperVault.
func NewKeeperVault() *KeeperVault {
	parsed, err := KeeperVaultMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &KeeperVault{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *KeeperVault) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((address,address,address,address,bytes16,bytes32,uint256,bytes32,uint256) config) returns()
func (keeperVault *KeeperVault) PackConstructor(config KeeperVaultConfig) []byte {
	enc, err := keeperVault.abi.Pack("", config)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (keeperVault *KeeperVault) PackAcceptOwnership() []byte {
	enc, err := keeperVault.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (keeperVault *KeeperVault) TryPackAcceptOwnership() ([]byte, error) {
	return keeperVault.abi.Pack("acceptOwnership")
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit() payable returns()
func (keeperVault *KeeperVault) PackDeposit() []byte {
	enc, err := keeperVault.abi.Pack("deposit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit() payable returns()
func (keeperVault *KeeperVault) TryPackDeposit() ([]byte, error) {
	return keeperVault.abi.Pack("deposit")
}

// PackIntegrity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0e53489.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function integrity() view returns(address)
func (keeperVault *KeeperVault) PackIntegrity() []byte {
	enc, err := keeperVault.abi.Pack("integrity")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIntegrity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0e53489.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function integrity() view returns(address)
func (keeperVault *KeeperVault) TryPackIntegrity() ([]byte, error) {
	return keeperVault.abi.Pack("integrity")
}

// UnpackIntegrity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0e53489.
//
// Solidity: function integrity() view returns(address)
func (keeperVault *KeeperVault) UnpackIntegrity(data []byte) (common.Address, error) {
	out, err := keeperVault.abi.Unpack("integrity", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackKeeper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaced1661.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keeper() view returns(address)
func (keeperVault *KeeperVault) PackKeeper() []byte {
	enc, err := keeperVault.abi.Pack("keeper")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKeeper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaced1661.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function keeper() view returns(address)
func (keeperVault *KeeperVault) TryPackKeeper() ([]byte, error) {
	return keeperVault.abi.Pack("keeper")
}

// UnpackKeeper is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaced1661.
//
// Solidity: function keeper() view returns(address)
func (keeperVault *KeeperVault) UnpackKeeper(data []byte) (common.Address, error) {
	out, err := keeperVault.abi.Unpack("keeper", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMaxAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x687043c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxAge() view returns(uint256)
func (keeperVault *KeeperVault) PackMaxAge() []byte {
	enc, err := keeperVault.abi.Pack("maxAge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x687043c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxAge() view returns(uint256)
func (keeperVault *KeeperVault) TryPackMaxAge() ([]byte, error) {
	return keeperVault.abi.Pack("maxAge")
}

// UnpackMaxAge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x687043c5.
//
// Solidity: function maxAge() view returns(uint256)
func (keeperVault *KeeperVault) UnpackMaxAge(data []byte) (*big.Int, error) {
	out, err := keeperVault.abi.Unpack("maxAge", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxProofAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f5b6b20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxProofAge() view returns(uint256)
func (keeperVault *KeeperVault) PackMaxProofAge() []byte {
	enc, err := keeperVault.abi.Pack("maxProofAge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxProofAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f5b6b20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxProofAge() view returns(uint256)
func (keeperVault *KeeperVault) TryPackMaxProofAge() ([]byte, error) {
	return keeperVault.abi.Pack("maxProofAge")
}

// UnpackMaxProofAge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f5b6b20.
//
// Solidity: function maxProofAge() view returns(uint256)
func (keeperVault *KeeperVault) UnpackMaxProofAge(data []byte) (*big.Int, error) {
	out, err := keeperVault.abi.Unpack("maxProofAge", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (keeperVault *KeeperVault) PackOwner() []byte {
	enc, err := keeperVault.abi.Pack("owner")
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
func (keeperVault *KeeperVault) TryPackOwner() ([]byte, error) {
	return keeperVault.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (keeperVault *KeeperVault) UnpackOwner(data []byte) (common.Address, error) {
	out, err := keeperVault.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (keeperVault *KeeperVault) PackPendingOwner() []byte {
	enc, err := keeperVault.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (keeperVault *KeeperVault) TryPackPendingOwner() ([]byte, error) {
	return keeperVault.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (keeperVault *KeeperVault) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := keeperVault.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProperties is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfcd802b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function properties() view returns(address)
func (keeperVault *KeeperVault) PackProperties() []byte {
	enc, err := keeperVault.abi.Pack("properties")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProperties is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfcd802b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function properties() view returns(address)
func (keeperVault *KeeperVault) TryPackProperties() ([]byte, error) {
	return keeperVault.abi.Pack("properties")
}

// UnpackProperties is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfcd802b1.
//
// Solidity: function properties() view returns(address)
func (keeperVault *KeeperVault) UnpackProperties(data []byte) (common.Address, error) {
	out, err := keeperVault.abi.Unpack("properties", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (keeperVault *KeeperVault) PackRenounceOwnership() []byte {
	enc, err := keeperVault.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (keeperVault *KeeperVault) TryPackRenounceOwnership() ([]byte, error) {
	return keeperVault.abi.Pack("renounceOwnership")
}

// PackRequiredProperty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x547d048c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requiredProperty() view returns(bytes32)
func (keeperVault *KeeperVault) PackRequiredProperty() []byte {
	enc, err := keeperVault.abi.Pack("requiredProperty")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequiredProperty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x547d048c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requiredProperty() view returns(bytes32)
func (keeperVault *KeeperVault) TryPackRequiredProperty() ([]byte, error) {
	return keeperVault.abi.Pack("requiredProperty")
}

// UnpackRequiredProperty is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x547d048c.
//
// Solidity: function requiredProperty() view returns(bytes32)
func (keeperVault *KeeperVault) UnpackRequiredProperty(data []byte) ([32]byte, error) {
	out, err := keeperVault.abi.Unpack("requiredProperty", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSetKeeper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x748747e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setKeeper(address newKeeper) returns()
func (keeperVault *KeeperVault) PackSetKeeper(newKeeper common.Address) []byte {
	enc, err := keeperVault.abi.Pack("setKeeper", newKeeper)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetKeeper is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x748747e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setKeeper(address newKeeper) returns()
func (keeperVault *KeeperVault) TryPackSetKeeper(newKeeper common.Address) ([]byte, error) {
	return keeperVault.abi.Pack("setKeeper", newKeeper)
}

// PackSubsetId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x339b9534.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function subsetId() view returns(bytes32)
func (keeperVault *KeeperVault) PackSubsetId() []byte {
	enc, err := keeperVault.abi.Pack("subsetId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubsetId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x339b9534.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function subsetId() view returns(bytes32)
func (keeperVault *KeeperVault) TryPackSubsetId() ([]byte, error) {
	return keeperVault.abi.Pack("subsetId")
}

// UnpackSubsetId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x339b9534.
//
// Solidity: function subsetId() view returns(bytes32)
func (keeperVault *KeeperVault) UnpackSubsetId(data []byte) ([32]byte, error) {
	out, err := keeperVault.abi.Unpack("subsetId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (keeperVault *KeeperVault) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := keeperVault.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (keeperVault *KeeperVault) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return keeperVault.abi.Pack("transferOwnership", newOwner)
}

// PackVmId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5736e1f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vmId() view returns(bytes16)
func (keeperVault *KeeperVault) PackVmId() []byte {
	enc, err := keeperVault.abi.Pack("vmId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVmId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5736e1f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vmId() view returns(bytes16)
func (keeperVault *KeeperVault) TryPackVmId() ([]byte, error) {
	return keeperVault.abi.Pack("vmId")
}

// UnpackVmId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5736e1f7.
//
// Solidity: function vmId() view returns(bytes16)
func (keeperVault *KeeperVault) UnpackVmId(data []byte) ([16]byte, error) {
	out, err := keeperVault.abi.Unpack("vmId", data)
	if err != nil {
		return *new([16]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([16]byte)).(*[16]byte)
	return out0, nil
}

// PackVmStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3dbf7f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vmStatus() view returns(uint8 status)
func (keeperVault *KeeperVault) PackVmStatus() []byte {
	enc, err := keeperVault.abi.Pack("vmStatus")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVmStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3dbf7f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vmStatus() view returns(uint8 status)
func (keeperVault *KeeperVault) TryPackVmStatus() ([]byte, error) {
	return keeperVault.abi.Pack("vmStatus")
}

// UnpackVmStatus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3dbf7f2.
//
// Solidity: function vmStatus() view returns(uint8 status)
func (keeperVault *KeeperVault) UnpackVmStatus(data []byte) (uint8, error) {
	out, err := keeperVault.abi.Unpack("vmStatus", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3fef3a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address to, uint256 amount) returns()
func (keeperVault *KeeperVault) PackWithdraw(to common.Address, amount *big.Int) []byte {
	enc, err := keeperVault.abi.Pack("withdraw", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3fef3a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address to, uint256 amount) returns()
func (keeperVault *KeeperVault) TryPackWithdraw(to common.Address, amount *big.Int) ([]byte, error) {
	return keeperVault.abi.Pack("withdraw", to, amount)
}

// KeeperVaultDeposited represents a Deposited event raised by the KeeperVault contract.
type KeeperVaultDeposited struct {
	From   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const KeeperVaultDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (KeeperVaultDeposited) ContractEventName() string {
	return KeeperVaultDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed from, uint256 amount)
func (keeperVault *KeeperVault) UnpackDepositedEvent(log *types.Log) (*KeeperVaultDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != keeperVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KeeperVaultDeposited)
	if len(log.Data) > 0 {
		if err := keeperVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range keeperVault.abi.Events[event].Inputs {
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

// KeeperVaultKeeperSet represents a KeeperSet event raised by the KeeperVault contract.
type KeeperVaultKeeperSet struct {
	PreviousKeeper common.Address
	NewKeeper      common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const KeeperVaultKeeperSetEventName = "KeeperSet"

// ContractEventName returns the user-defined event name.
func (KeeperVaultKeeperSet) ContractEventName() string {
	return KeeperVaultKeeperSetEventName
}

// UnpackKeeperSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event KeeperSet(address indexed previousKeeper, address indexed newKeeper)
func (keeperVault *KeeperVault) UnpackKeeperSetEvent(log *types.Log) (*KeeperVaultKeeperSet, error) {
	event := "KeeperSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != keeperVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KeeperVaultKeeperSet)
	if len(log.Data) > 0 {
		if err := keeperVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range keeperVault.abi.Events[event].Inputs {
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

// KeeperVaultOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the KeeperVault contract.
type KeeperVaultOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const KeeperVaultOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (KeeperVaultOwnershipTransferStarted) ContractEventName() string {
	return KeeperVaultOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (keeperVault *KeeperVault) UnpackOwnershipTransferStartedEvent(log *types.Log) (*KeeperVaultOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != keeperVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KeeperVaultOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := keeperVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range keeperVault.abi.Events[event].Inputs {
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

// KeeperVaultOwnershipTransferred represents a OwnershipTransferred event raised by the KeeperVault contract.
type KeeperVaultOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const KeeperVaultOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (KeeperVaultOwnershipTransferred) ContractEventName() string {
	return KeeperVaultOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (keeperVault *KeeperVault) UnpackOwnershipTransferredEvent(log *types.Log) (*KeeperVaultOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != keeperVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KeeperVaultOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := keeperVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range keeperVault.abi.Events[event].Inputs {
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

// KeeperVaultWithdrawn represents a Withdrawn event raised by the KeeperVault contract.
type KeeperVaultWithdrawn struct {
	Keeper common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const KeeperVaultWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (KeeperVaultWithdrawn) ContractEventName() string {
	return KeeperVaultWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed keeper, address indexed to, uint256 amount)
func (keeperVault *KeeperVault) UnpackWithdrawnEvent(log *types.Log) (*KeeperVaultWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != keeperVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KeeperVaultWithdrawn)
	if len(log.Data) > 0 {
		if err := keeperVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range keeperVault.abi.Events[event].Inputs {
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
func (keeperVault *KeeperVault) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], keeperVault.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return keeperVault.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], keeperVault.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return keeperVault.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], keeperVault.abi.Errors["IntegrityOracleRequired"].ID.Bytes()[:4]) {
		return keeperVault.UnpackIntegrityOracleRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], keeperVault.abi.Errors["NotKeeper"].ID.Bytes()[:4]) {
		return keeperVault.UnpackNotKeeperError(raw[4:])
	}
	if bytes.Equal(raw[:4], keeperVault.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return keeperVault.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], keeperVault.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return keeperVault.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], keeperVault.abi.Errors["PropertyNotProven"].ID.Bytes()[:4]) {
		return keeperVault.UnpackPropertyNotProvenError(raw[4:])
	}
	if bytes.Equal(raw[:4], keeperVault.abi.Errors["PropertyRegistryOfOtherVerifier"].ID.Bytes()[:4]) {
		return keeperVault.UnpackPropertyRegistryOfOtherVerifierError(raw[4:])
	}
	if bytes.Equal(raw[:4], keeperVault.abi.Errors["PropertyRegistryRequired"].ID.Bytes()[:4]) {
		return keeperVault.UnpackPropertyRegistryRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], keeperVault.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return keeperVault.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], keeperVault.abi.Errors["VMAttestationInvalidated"].ID.Bytes()[:4]) {
		return keeperVault.UnpackVMAttestationInvalidatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], keeperVault.abi.Errors["VMNeverAttested"].ID.Bytes()[:4]) {
		return keeperVault.UnpackVMNeverAttestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], keeperVault.abi.Errors["VMNotFresh"].ID.Bytes()[:4]) {
		return keeperVault.UnpackVMNotFreshError(raw[4:])
	}
	if bytes.Equal(raw[:4], keeperVault.abi.Errors["VMNotIntact"].ID.Bytes()[:4]) {
		return keeperVault.UnpackVMNotIntactError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// KeeperVaultFailedCall represents a FailedCall error raised by the KeeperVault contract.
type KeeperVaultFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func KeeperVaultFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (keeperVault *KeeperVault) UnpackFailedCallError(raw []byte) (*KeeperVaultFailedCall, error) {
	out := new(KeeperVaultFailedCall)
	if err := keeperVault.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeeperVaultInsufficientBalance represents a InsufficientBalance error raised by the KeeperVault contract.
type KeeperVaultInsufficientBalance struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func KeeperVaultInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func (keeperVault *KeeperVault) UnpackInsufficientBalanceError(raw []byte) (*KeeperVaultInsufficientBalance, error) {
	out := new(KeeperVaultInsufficientBalance)
	if err := keeperVault.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeeperVaultIntegrityOracleRequired represents a IntegrityOracleRequired error raised by the KeeperVault contract.
type KeeperVaultIntegrityOracleRequired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IntegrityOracleRequired()
func KeeperVaultIntegrityOracleRequiredErrorID() common.Hash {
	return common.HexToHash("0x6f2e2a2cacc6fc316a0e5c50c83d8c21e3c72b3585d6796d9373eb67294351a2")
}

// UnpackIntegrityOracleRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IntegrityOracleRequired()
func (keeperVault *KeeperVault) UnpackIntegrityOracleRequiredError(raw []byte) (*KeeperVaultIntegrityOracleRequired, error) {
	out := new(KeeperVaultIntegrityOracleRequired)
	if err := keeperVault.abi.UnpackIntoInterface(out, "IntegrityOracleRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeeperVaultNotKeeper represents a NotKeeper error raised by the KeeperVault contract.
type KeeperVaultNotKeeper struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotKeeper(address caller)
func KeeperVaultNotKeeperErrorID() common.Hash {
	return common.HexToHash("0xccf79b67be4db0b0fabcb5c1c5161ff892f8f47e29b3cb839fac684cf1193a00")
}

// UnpackNotKeeperError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotKeeper(address caller)
func (keeperVault *KeeperVault) UnpackNotKeeperError(raw []byte) (*KeeperVaultNotKeeper, error) {
	out := new(KeeperVaultNotKeeper)
	if err := keeperVault.abi.UnpackIntoInterface(out, "NotKeeper", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeeperVaultOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the KeeperVault contract.
type KeeperVaultOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func KeeperVaultOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (keeperVault *KeeperVault) UnpackOwnableInvalidOwnerError(raw []byte) (*KeeperVaultOwnableInvalidOwner, error) {
	out := new(KeeperVaultOwnableInvalidOwner)
	if err := keeperVault.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeeperVaultOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the KeeperVault contract.
type KeeperVaultOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func KeeperVaultOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (keeperVault *KeeperVault) UnpackOwnableUnauthorizedAccountError(raw []byte) (*KeeperVaultOwnableUnauthorizedAccount, error) {
	out := new(KeeperVaultOwnableUnauthorizedAccount)
	if err := keeperVault.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeeperVaultPropertyNotProven represents a PropertyNotProven error raised by the KeeperVault contract.
type KeeperVaultPropertyNotProven struct {
	VmId        [16]byte
	SubsetId    [32]byte
	PropertyId  [32]byte
	MaxProofAge *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PropertyNotProven(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, uint256 maxProofAge)
func KeeperVaultPropertyNotProvenErrorID() common.Hash {
	return common.HexToHash("0xe9619ab8d9482d4ae87b1c08477ec73fea52b99f9bd24b8bc1e95e6964cb5300")
}

// UnpackPropertyNotProvenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PropertyNotProven(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, uint256 maxProofAge)
func (keeperVault *KeeperVault) UnpackPropertyNotProvenError(raw []byte) (*KeeperVaultPropertyNotProven, error) {
	out := new(KeeperVaultPropertyNotProven)
	if err := keeperVault.abi.UnpackIntoInterface(out, "PropertyNotProven", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeeperVaultPropertyRegistryOfOtherVerifier represents a PropertyRegistryOfOtherVerifier error raised by the KeeperVault contract.
type KeeperVaultPropertyRegistryOfOtherVerifier struct {
	RegistryVerifier common.Address
	Integrity        common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PropertyRegistryOfOtherVerifier(address registryVerifier, address integrity)
func KeeperVaultPropertyRegistryOfOtherVerifierErrorID() common.Hash {
	return common.HexToHash("0xd8c67a26c57f2b12745efe491dbc378fffad23a5efcc244e168a859377f5e781")
}

// UnpackPropertyRegistryOfOtherVerifierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PropertyRegistryOfOtherVerifier(address registryVerifier, address integrity)
func (keeperVault *KeeperVault) UnpackPropertyRegistryOfOtherVerifierError(raw []byte) (*KeeperVaultPropertyRegistryOfOtherVerifier, error) {
	out := new(KeeperVaultPropertyRegistryOfOtherVerifier)
	if err := keeperVault.abi.UnpackIntoInterface(out, "PropertyRegistryOfOtherVerifier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeeperVaultPropertyRegistryRequired represents a PropertyRegistryRequired error raised by the KeeperVault contract.
type KeeperVaultPropertyRegistryRequired struct {
	PropertyId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PropertyRegistryRequired(bytes32 propertyId)
func KeeperVaultPropertyRegistryRequiredErrorID() common.Hash {
	return common.HexToHash("0x877f71349df142ffff977a72ac0d6615c436a69ccfb7efcf63949932791a4ea4")
}

// UnpackPropertyRegistryRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PropertyRegistryRequired(bytes32 propertyId)
func (keeperVault *KeeperVault) UnpackPropertyRegistryRequiredError(raw []byte) (*KeeperVaultPropertyRegistryRequired, error) {
	out := new(KeeperVaultPropertyRegistryRequired)
	if err := keeperVault.abi.UnpackIntoInterface(out, "PropertyRegistryRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeeperVaultReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the KeeperVault contract.
type KeeperVaultReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func KeeperVaultReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (keeperVault *KeeperVault) UnpackReentrancyGuardReentrantCallError(raw []byte) (*KeeperVaultReentrancyGuardReentrantCall, error) {
	out := new(KeeperVaultReentrancyGuardReentrantCall)
	if err := keeperVault.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeeperVaultVMAttestationInvalidated represents a VMAttestationInvalidated error raised by the KeeperVault contract.
type KeeperVaultVMAttestationInvalidated struct {
	VmId     [16]byte
	SubsetId [32]byte
	Signer   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VMAttestationInvalidated(bytes16 vmId, bytes32 subsetId, address signer)
func KeeperVaultVMAttestationInvalidatedErrorID() common.Hash {
	return common.HexToHash("0xc00e7a31a6e4a2bc3e87c30c46eda8d7f05ce8164848f04cb82a5cd8d72aaa4b")
}

// UnpackVMAttestationInvalidatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VMAttestationInvalidated(bytes16 vmId, bytes32 subsetId, address signer)
func (keeperVault *KeeperVault) UnpackVMAttestationInvalidatedError(raw []byte) (*KeeperVaultVMAttestationInvalidated, error) {
	out := new(KeeperVaultVMAttestationInvalidated)
	if err := keeperVault.abi.UnpackIntoInterface(out, "VMAttestationInvalidated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeeperVaultVMNeverAttested represents a VMNeverAttested error raised by the KeeperVault contract.
type KeeperVaultVMNeverAttested struct {
	VmId     [16]byte
	SubsetId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VMNeverAttested(bytes16 vmId, bytes32 subsetId)
func KeeperVaultVMNeverAttestedErrorID() common.Hash {
	return common.HexToHash("0x607e0640f92cbddd0d6d7e478e11bc8d6314e31aa54b8802280afbeb3520a4e2")
}

// UnpackVMNeverAttestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VMNeverAttested(bytes16 vmId, bytes32 subsetId)
func (keeperVault *KeeperVault) UnpackVMNeverAttestedError(raw []byte) (*KeeperVaultVMNeverAttested, error) {
	out := new(KeeperVaultVMNeverAttested)
	if err := keeperVault.abi.UnpackIntoInterface(out, "VMNeverAttested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeeperVaultVMNotFresh represents a VMNotFresh error raised by the KeeperVault contract.
type KeeperVaultVMNotFresh struct {
	VmId       [16]byte
	SubsetId   [32]byte
	AttestedAt uint64
	MaxAge     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VMNotFresh(bytes16 vmId, bytes32 subsetId, uint64 attestedAt, uint256 maxAge)
func KeeperVaultVMNotFreshErrorID() common.Hash {
	return common.HexToHash("0x48348bf258cd7b7c84c322e741d867920b506f410fb43dd82a3c6b88f8207b13")
}

// UnpackVMNotFreshError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VMNotFresh(bytes16 vmId, bytes32 subsetId, uint64 attestedAt, uint256 maxAge)
func (keeperVault *KeeperVault) UnpackVMNotFreshError(raw []byte) (*KeeperVaultVMNotFresh, error) {
	out := new(KeeperVaultVMNotFresh)
	if err := keeperVault.abi.UnpackIntoInterface(out, "VMNotFresh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KeeperVaultVMNotIntact represents a VMNotIntact error raised by the KeeperVault contract.
type KeeperVaultVMNotIntact struct {
	VmId        [16]byte
	SubsetId    [32]byte
	StateDigest [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VMNotIntact(bytes16 vmId, bytes32 subsetId, bytes32 stateDigest)
func KeeperVaultVMNotIntactErrorID() common.Hash {
	return common.HexToHash("0x75a39396ee7c18f261d33128bf9576411118cf751b8ead24346a1c71ffe8d5d0")
}

// UnpackVMNotIntactError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VMNotIntact(bytes16 vmId, bytes32 subsetId, bytes32 stateDigest)
func (keeperVault *KeeperVault) UnpackVMNotIntactError(raw []byte) (*KeeperVaultVMNotIntact, error) {
	out := new(KeeperVaultVMNotIntact)
	if err := keeperVault.abi.UnpackIntoInterface(out, "VMNotIntact", raw); err != nil {
		return nil, err
	}
	return out, nil
}
