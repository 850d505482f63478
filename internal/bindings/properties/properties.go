// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package properties

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

// PropertyRecord is an auto generated low-level Go binding around an user-defined struct.
type PropertyRecord struct {
	SubsetId             [32]byte
	Commitment           [32]byte
	ParamsHash           [32]byte
	AttestationTimestamp uint64
	ProvenAt             uint64
	Verifier             common.Address
}

// VerifierEntry is an auto generated low-level Go binding around an user-defined struct.
type VerifierEntry struct {
	Verifier   common.Address
	Selector   [4]byte
	NumInputs  uint8
	ValidUntil uint64
}

// PropertyRegistryMetaData contains all meta data concerning the PropertyRegistry contract.
var PropertyRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIAttestationVerifier\",\"name\":\"attestations_\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"adminDelay\",\"type\":\"uint48\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CONTEXT_INPUTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_VERIFIERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NO_PARAMS\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VERIFIER_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attestations\",\"outputs\":[{\"internalType\":\"contractIAttestationVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"propertyId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"maxAge\",\"type\":\"uint256\"}],\"name\":\"hasProperty\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"propertyId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"paramsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"maxAge\",\"type\":\"uint256\"}],\"name\":\"hasPropertyWith\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"params\",\"type\":\"uint256[]\"}],\"name\":\"paramsHashOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"propertyId\",\"type\":\"bytes32\"}],\"name\":\"propertyRecord\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"paramsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"attestationTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"provenAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"internalType\":\"structPropertyRecord\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"propertyId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"paramsHash\",\"type\":\"bytes32\"}],\"name\":\"propertyRecordWith\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"paramsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"attestationTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"provenAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"internalType\":\"structPropertyRecord\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"propertyId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint256[8]\",\"name\":\"proof\",\"type\":\"uint256[8]\"},{\"internalType\":\"uint256[]\",\"name\":\"publicInputs\",\"type\":\"uint256[]\"}],\"name\":\"proveProperty\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"propertyId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"gracePeriod\",\"type\":\"uint32\"}],\"name\":\"retireVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"propertyId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"numInputs\",\"type\":\"uint8\"}],\"name\":\"setVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"propertyId\",\"type\":\"bytes32\"}],\"name\":\"verifiers\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"},{\"internalType\":\"uint8\",\"name\":\"numInputs\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structVerifierEntry[]\",\"name\":\"entries\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"propertyId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"paramsHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"attestationTimestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"publicInputs\",\"type\":\"uint256[]\"}],\"name\":\"PropertyProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"propertyId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VerifierRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"propertyId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"name\":\"VerifierRetired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"propertyId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"numInputs\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"}],\"name\":\"VerifierSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"name\":\"InsecureVerifier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"numInputs\",\"type\":\"uint8\"}],\"name\":\"InvalidNumInputs\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"propertyId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"NoValidAttestation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"propertyId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"paramsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"attestationTimestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"recordedTimestamp\",\"type\":\"uint64\"}],\"name\":\"OlderThanRecorded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"propertyId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"maxVerifiers\",\"type\":\"uint256\"}],\"name\":\"TooManyVerifiers\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"propertyId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VerifierAlreadyCurrent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VerifierHasNoCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"propertyId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VerifierNotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongInputCount\",\"type\":\"error\"}]",
	ID:  "ada5fd83c5e1e5b7d8dbf03bacead91edd",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161396038038061396083398101604081905261002e916101cc565b81816001600160a01b03811661005d57604051636116401160e11b81525f600482015260240160405180910390fd5b600180546001600160d01b0316600160d01b65ffffffffffff8516021790556100865f8261009f565b5050506001600160a01b03909216608052506102209050565b5f826100fb575f6100b86002546001600160a01b031690565b6001600160a01b0316146100df57604051631fe1e13d60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384161790555b610105838361010e565b90505b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166101ae575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101663390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610108565b505f610108565b6001600160a01b03811681146101c9575f5ffd5b50565b5f5f5f606084860312156101de575f5ffd5b83516101e9816101b5565b602085015190935065ffffffffffff81168114610204575f5ffd5b6040850151909250610215816101b5565b809150509250925092565b60805161370c6102545f395f81816102a7015281816117f0015281816118e101528181611ced0152611e23015261370c5ff3fe608060405234801561000f575f5ffd5b50600436106101e7575f3560e01c806391d1485411610109578063cf6eefb71161009e578063e18fd80c1161006e578063e18fd80c14610539578063e6c289631461054c578063efe1c9501461055f578063ff01085c1461057f575f5ffd5b8063cf6eefb7146104ab578063d547741f146104f7578063d602b9fd1461050a578063dfc8e3d214610512575f5ffd5b8063a1eda53c116100d9578063a1eda53c1461046d578063a217fddf14610494578063cc8463c81461049b578063cefc1429146104a3575f5ffd5b806391d148541461037c57806398076c8b146103bf5780639a5f4439146104475780639c189b631461045a575f5ffd5b8063463cef4d1161017f57806371885dd01161014f57806371885dd01461031c578063769f88c21461034357806384ef8ffc146103565780638da5cb5b14610374575f5ffd5b8063463cef4d146102ee578063634e93da146102f6578063649a5ec71461030957806366b17495146102ee575f5ffd5b806325e05b86116101ba57806325e05b86146102695780632f2ff15d1461027c57806336568abe1461028f5780633d47bf0d146102a2575f5ffd5b806301ffc9a7146101eb578063022d63fb146102135780630aa6220b1461022f578063248a9ca314610239575b5f5ffd5b6101fe6101f9366004612f37565b610592565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff909116815260200161020a565b6102376105ed565b005b61025b610247366004612f76565b5f9081526020819052604090206001015490565b60405190815260200161020a565b61025b610277366004612fd5565b610602565b61023761028a366004613035565b610614565b61023761029d366004613035565b610659565b6102c97f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161020a565b61025b600481565b610237610304366004613063565b610763565b61023761031736600461307e565b610776565b61025b7fdf6c4a0a9fd3e45573ea299a3bc57adf1e8d5e758bb4a29fa942f92d1ac9b6e181565b6101fe6103513660046130d7565b610789565b60025473ffffffffffffffffffffffffffffffffffffffff166102c9565b6102c96107a3565b6101fe61038a366004613035565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b6103d26103cd366004613115565b6107c8565b60405161020a91905f60c08201905082518252602083015160208301526040830151604083015267ffffffffffffffff606084015116606083015267ffffffffffffffff608084015116608083015273ffffffffffffffffffffffffffffffffffffffff60a08401511660a083015292915050565b61023761045536600461314b565b610805565b6102376104683660046131e4565b6109c2565b610475610e06565b6040805165ffffffffffff93841681529290911660208301520161020a565b61025b5f81565b610218610e80565b610237610f1d565b6001546040805173ffffffffffffffffffffffffffffffffffffffff831681527401000000000000000000000000000000000000000090920465ffffffffffff1660208301520161020a565b610237610505366004613035565b610f79565b610237610fba565b61025b7f569e75fc77c1a856f6daaf9e69d8a9566ca34aa47f9133711ce065a571af0cfd81565b6103d2610547366004613223565b610fcc565b6101fe61055a366004613115565b611031565b61057261056d366004612f76565b61105f565b60405161020a9190613253565b61023761058d366004613300565b611278565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f69186a210000000000000000000000000000000000000000000000000000000014806105e757506105e782611425565b92915050565b5f6105f78161147a565b6105ff611484565b50565b5f61060d8383611490565b9392505050565b8161064b576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61065582826114c2565b5050565b81158015610681575060025473ffffffffffffffffffffffffffffffffffffffff8281169116145b156107595760015473ffffffffffffffffffffffffffffffffffffffff81169074010000000000000000000000000000000000000000900465ffffffffffff16811515806106d5575065ffffffffffff8116155b806106e857504265ffffffffffff821610155b1561072e576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff821660048201526024015b60405180910390fd5b5050600180547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1690555b61065582826114ec565b5f61076d8161147a565b6106558261154a565b5f6107808161147a565b610655826115c9565b5f6107978686868686611638565b90505b95945050505050565b5f6107c360025473ffffffffffffffffffffffffffffffffffffffff1690565b905090565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081019190915261079a8585858561196d565b5f5f5f6108168a8a8a8a8989611acb565b9250925092508673ffffffffffffffffffffffffffffffffffffffff163b5f03610884576040517fb3136e4700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff88166004820152602401610725565b5f6108908b8b86612088565b90506108a08989898989866120d5565b602084015182556001820180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8a1617905560608401516109019067ffffffffffffffff16612173565b8260010160146101000a81548165ffffffffffff021916908365ffffffffffff16021790555061093042612173565b82600101601a6101000a81548165ffffffffffff021916908365ffffffffffff16021790555089898c6fffffffffffffffffffffffffffffffff19167ff8f5799363978fa8992e18cac040b4725290365c1dcac45447a7e2d057ac205686886020015189606001518e8d8d6040516109ad96959493929190613385565b60405180910390a45050505050505050505050565b7fdf6c4a0a9fd3e45573ea299a3bc57adf1e8d5e758bb4a29fa942f92d1ac9b6e16109ec8161147a565b60048260ff1611610a2e576040517fb08ed4e200000000000000000000000000000000000000000000000000000000815260ff83166004820152602401610725565b8273ffffffffffffffffffffffffffffffffffffffff163b5f03610a96576040517fb3136e4700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152602401610725565b610a9f836121c2565b158015610aae5750617a694614155b8015610abc57506105394614155b15610b11576040517f9695025500000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152466024820152604401610725565b610b1a846122c0565b5f84815260036020908152604080832073ffffffffffffffffffffffffffffffffffffffff8716845290915281208054909164010000000090910460ff169003610c07575f8581526004602081905260409091208054909111610bb2576040517f68b4f0a700000000000000000000000000000000000000000000000000000000815260048181018890526024820152604401610725565b80546001810182555f91825260209091200180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8616179055610c94565b80547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000016501000000000090910467ffffffffffffffff1601610c94576040517f13fe7dec0000000000000000000000000000000000000000000000000000000081526004810186905273ffffffffffffffffffffffffffffffffffffffff85166024820152604401610725565b5f610c9e846124f2565b604080516060810182527fffffffff000000000000000000000000000000000000000000000000000000008316815260ff808816602080840191825267ffffffffffffffff8486018181525f8e81526003845287812073ffffffffffffffffffffffffffffffffffffffff8f168083529452879020955186549451915190921665010000000000027fffffffffffffffffffffffffffffffffffffff0000000000000000ffffffffff91909516640100000000027fffffffffffffffffffffffffffffffffffffffffffffffffffffff000000000090941660e09290921c9190911792909217919091169190911790915590519192509087907f6d1ee0673507d88278008c152d84fe7168c83727d8b4c650d41a15bdc1e3416590610df6908890869060ff9290921682527fffffffff0000000000000000000000000000000000000000000000000000000016602082015260400190565b60405180910390a3505050505050565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015610e4857504265ffffffffffff821610155b610e53575f5f610e78565b60025474010000000000000000000000000000000000000000900465ffffffffffff16815b915091509091565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015610ec157504265ffffffffffff8216105b610ef3576001547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16610f17565b60025474010000000000000000000000000000000000000000900465ffffffffffff165b91505090565b60015473ffffffffffffffffffffffffffffffffffffffff16338114610f71576040517fc22c8022000000000000000000000000000000000000000000000000000000008152336004820152602401610725565b6105ff61254d565b81610fb0576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610655828261263e565b5f610fc48161147a565b6105ff612662565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091526110298484847f569e75fc77c1a856f6daaf9e69d8a9566ca34aa47f9133711ce065a571af0cfd61196d565b949350505050565b5f61079a8585857f569e75fc77c1a856f6daaf9e69d8a9566ca34aa47f9133711ce065a571af0cfd86611638565b5f8181526004602052604090208054606091908067ffffffffffffffff81111561108b5761108b6133dc565b6040519080825280602002602001820160405280156110fa57816020015b604080516080810182525f8082526020808301829052928201819052606082015282527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9092019101816110a95790505b5092505f5f5b8281101561126d575f84828154811061111b5761111b613409565b5f91825260208083209091015489835260038252604080842073ffffffffffffffffffffffffffffffffffffffff90921680855291835292839020835160608101855290547fffffffff0000000000000000000000000000000000000000000000000000000060e082901b16825260ff64010000000082041693820184905267ffffffffffffffff6501000000000090910416938101849052909350916111c2919061266c565b6111cd575050611265565b6040805160808101825273ffffffffffffffffffffffffffffffffffffffff8416815282517fffffffff000000000000000000000000000000000000000000000000000000001660208083019190915283015160ff16818301529082015167ffffffffffffffff166060820152878561124581613463565b96508151811061125757611257613409565b602002602001018190525050505b600101611100565b508352509092915050565b7fdf6c4a0a9fd3e45573ea299a3bc57adf1e8d5e758bb4a29fa942f92d1ac9b6e16112a28161147a565b5f84815260036020908152604080832073ffffffffffffffffffffffffffffffffffffffff871684529091529020805465010000000000810467ffffffffffffffff16906112fb90640100000000900460ff168261266c565b611350576040517f34c735cb0000000000000000000000000000000000000000000000000000000081526004810187905273ffffffffffffffffffffffffffffffffffffffff86166024820152604401610725565b5f61136961136463ffffffff87164261349a565b61268c565b90508167ffffffffffffffff168167ffffffffffffffff1610156113c55782547fffffffffffffffffffffffffffffffffffffff0000000000000000ffffffffff166501000000000067ffffffffffffffff8316021783559050805b60405167ffffffffffffffff8316815273ffffffffffffffffffffffffffffffffffffffff87169088907f545a43eb975dffac8d4fb0882561c7d5a5cb583275fd1ed1f3066dd76d15f3629060200160405180910390a350505050505050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f314987860000000000000000000000000000000000000000000000000000000014806105e757506105e7826126db565b6105ff8133612771565b61148e5f5f6127f6565b565b5f82826040516020016114a49291906134ad565b60405160208183030381529060405280519060200120905092915050565b5f828152602081905260409020600101546114dc8161147a565b6114e6838361294f565b50505050565b73ffffffffffffffffffffffffffffffffffffffff8116331461153b576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6115458282612a0d565b505050565b5f611553610e80565b61155c42612173565b61156691906134c0565b90506115728282612a6e565b60405165ffffffffffff8216815273ffffffffffffffffffffffffffffffffffffffff8316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f6115d382612b09565b6115dc42612173565b6115e691906134c0565b90506115f282826127f6565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b910160405180910390a15050565b604080517fffffffffffffffffffffffffffffffff0000000000000000000000000000000087166020808301919091528183018790526060820186905260808083018690528351808403909101815260a090920183528151918101919091205f908152600590915290812060018101547a010000000000000000000000000000000000000000000000000000900465ffffffffffff168083036116df575f9250505061079a565b600182015474010000000000000000000000000000000000000000900465ffffffffffff16428110801561171b57508461171982426134de565b115b1561172b575f935050505061079a565b5f878152600360209081526040808320600187015473ffffffffffffffffffffffffffffffffffffffff1684529091529020805461178790640100000000810460ff169065010000000000900467ffffffffffffffff1661266c565b611797575f94505050505061079a565b83546040517f7b99ebf50000000000000000000000000000000000000000000000000000000081527fffffffffffffffffffffffffffffffff000000000000000000000000000000008c166004820152602481018b90527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690637b99ebf59060440160c060405180830381865afa15801561184a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061186e919061351e565b6020015114611883575f94505050505061079a565b6040517fc2072c100000000000000000000000000000000000000000000000000000000081527fffffffffffffffffffffffffffffffff000000000000000000000000000000008b166004820152602481018a9052604481018790527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063c2072c1090606401602060405180830381865afa15801561193b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061195f91906135d5565b9a9950505050505050505050565b6040805160c0810182525f80825260208083018290528284018290526060808401839052608080850184905260a080860185905286517fffffffffffffffffffffffffffffffff000000000000000000000000000000008c16818601528088018b9052928301899052828201889052865180840390920182528201808752815191840191909120845260059092529184902060018101546101609093019094529192917a01000000000000000000000000000000000000000000000000000090910465ffffffffffff1690808215611a455787611a47565b5f5b81528354602082015260400165ffffffffffff831615611a675785611a69565b5f5b815260019093015465ffffffffffff7401000000000000000000000000000000000000000082048116602086015292909216604084015273ffffffffffffffffffffffffffffffffffffffff9091166060909201919091529050949350505050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091525f85815260036020908152604080832073ffffffffffffffffffffffffffffffffffffffff8816845282528083208151606081018352905460e081901b7fffffffff00000000000000000000000000000000000000000000000000000000168252640100000000810460ff1693820184905265010000000000900467ffffffffffffffff1691810182905283929091611b95919061266c565b611bea576040517f34c735cb0000000000000000000000000000000000000000000000000000000081526004810189905273ffffffffffffffffffffffffffffffffffffffff88166024820152604401610725565b6004816020015160ff16611bfe91906134de565b8514611c7057866004826020015160ff16611c1991906134de565b6040517f8028e24f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff9092166004830152602482015260448101869052606401610725565b6040517fc2072c100000000000000000000000000000000000000000000000000000000081527fffffffffffffffffffffffffffffffff000000000000000000000000000000008b166004820152602481018a90527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60448201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063c2072c1090606401602060405180830381865afa158015611d47573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d6b91906135d5565b611dcc576040517fbcc6123d0000000000000000000000000000000000000000000000000000000081527fffffffffffffffffffffffffffffffff000000000000000000000000000000008b166004820152602481018a9052604401610725565b6040517f7b99ebf50000000000000000000000000000000000000000000000000000000081527fffffffffffffffffffffffffffffffff000000000000000000000000000000008b166004820152602481018a90527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690637b99ebf59060440160c060405180830381865afa158015611e7d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ea1919061351e565b60208101519094501580611ecf5750602084015186865f81611ec557611ec5613409565b9050602002013514155b15611f2f57836020015186865f818110611eeb57611eeb613409565b6040517fc9e0e75700000000000000000000000000000000000000000000000000000000815260048101949094526020029190910135602483015250604401610725565b611f44611f3f866001818a6135f4565b611490565b604080517fffffffffffffffffffffffffffffffff000000000000000000000000000000008d166020808301919091528183018d905260608083018d905260808084018690528451808503909101815260a090930184528251928201929092205f908152600590915291909120600181015491870151929550935074010000000000000000000000000000000000000000900465ffffffffffff169067ffffffffffffffff1681111561207a5760608501516040517fd432b72e0000000000000000000000000000000000000000000000000000000081527fffffffffffffffffffffffffffffffff000000000000000000000000000000008d166004820152602481018c9052604481018b90526064810186905267ffffffffffffffff918216608482015290821660a482015260c401610725565b505096509650969350505050565b612090612f19565b50604080516080808201835294851c815260a0929092015160ff1660208301529282901c928101929092526fffffffffffffffffffffffffffffffff16606082015290565b5f86815260036020908152604080832073ffffffffffffffffffffffffffffffffffffffff8916845290915290205460e01b612115868287878787612b50565b61216a576040517fa04a37c00000000000000000000000000000000000000000000000000000000081526004810188905273ffffffffffffffffffffffffffffffffffffffff87166024820152604401610725565b50505050505050565b5f65ffffffffffff8211156121be576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526030600482015260248101839052604401610725565b5090565b60408051600481526024810182526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167ffab414970000000000000000000000000000000000000000000000000000000017905290515f918291829173ffffffffffffffffffffffffffffffffffffffff8616916122429190613636565b5f60405180830381855afa9150503d805f811461227a576040519150601f19603f3d011682016040523d82523d5f602084013e61227f565b606091505b5091509150811580612292575060408151105b156122a057505f9392505050565b5f818060200190518101906122b59190613641565b501595945050505050565b5f818152600460205260408120905b8154811015611545575f8282815481106122eb576122eb613409565b5f9182526020808320919091015486835260038252604080842073ffffffffffffffffffffffffffffffffffffffff9092168085529190925291205490915061235290640100000000810460ff169065010000000000900467ffffffffffffffff1661266c565b156123685761236082613463565b9150506122cf565b82548390612378906001906134de565b8154811061238857612388613409565b905f5260205f20015f9054906101000a900473ffffffffffffffffffffffffffffffffffffffff168383815481106123c2576123c2613409565b905f5260205f20015f6101000a81548173ffffffffffffffffffffffffffffffffffffffff021916908373ffffffffffffffffffffffffffffffffffffffff1602179055508280548061241757612417613663565b5f828152602080822083017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff90810180547fffffffffffffffffffffffff000000000000000000000000000000000000000016905590920190925585825260038152604080832073ffffffffffffffffffffffffffffffffffffffff8516808552925280832080547fffffffffffffffffffffffffffffffffffffff0000000000000000000000000016905551909186917fa67e94ae6f2b34c76ff45db881989225caa876cbe2d8215c01650a104557573d9190a3506122cf565b5f5f6125008360ff16612bbb565b6040516020016125109190613690565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815291905280516020909101209392505050565b60015473ffffffffffffffffffffffffffffffffffffffff81169074010000000000000000000000000000000000000000900465ffffffffffff1680158061259d57504265ffffffffffff821610155b156125de576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff82166004820152602401610725565b6126065f61260160025473ffffffffffffffffffffffffffffffffffffffff1690565b612a0d565b506126115f8361294f565b5050600180547fffffffffffff000000000000000000000000000000000000000000000000000016905550565b5f828152602081905260409020600101546126588161147a565b6114e68383612a0d565b61148e5f5f612a6e565b5f60ff83161580159061060d57505067ffffffffffffffff164210919050565b5f67ffffffffffffffff8211156121be57604080517f6dfcc650000000000000000000000000000000000000000000000000000000008152600481019190915260248101839052604401610725565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806105e757507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316146105e7565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16610655576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8216600482015260248101839052604401610725565b6002547a010000000000000000000000000000000000000000000000000000900465ffffffffffff1680156128ca574265ffffffffffff821610156128a1576002546001805479ffffffffffffffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000090920465ffffffffffff167a010000000000000000000000000000000000000000000000000000029190911790556128ca565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b506002805473ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000065ffffffffffff9485160279ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a0100000000000000000000000000000000000000000000000000009290931691909102919091179055565b5f82612a03575f61297560025473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff16146129c2576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff84161790555b61060d8383612c77565b5f82158015612a36575060025473ffffffffffffffffffffffffffffffffffffffff8381169116145b15612a6457600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001690555b61060d8383612d70565b600180547401000000000000000000000000000000000000000065ffffffffffff84811682027fffffffffffff0000000000000000000000000000000000000000000000000000841673ffffffffffffffffffffffffffffffffffffffff881617179093559004168015611545576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f612b13610e80565b90508065ffffffffffff168365ffffffffffff1611612b3b57612b3683826136ee565b61060d565b61060d65ffffffffffff841662069780612e29565b5f604051868152610100866004830137843561010482015282516101248201526020830151610144820152604083015161016482015260608301516101848201526001840360051b80602087016101a48401375f5f826101a401848c5afa9998505050505050505050565b60605f612bc783612e38565b60010190505f8167ffffffffffffffff811115612be657612be66133dc565b6040519080825280601f01601f191660200182016040528015612c10576020820181803683370190505b5090508181016020015b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff017f3031323334353637383961626364656600000000000000000000000000000000600a86061a8153600a8504945084612c1a57509392505050565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16612d69575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055612d073390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016105e7565b505f6105e7565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615612d69575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016105e7565b5f82821882841002821861060d565b5f807a184f03e93ff9f4daa797ed6e38ed64bf6a1f0100000000000000008310612e80577a184f03e93ff9f4daa797ed6e38ed64bf6a1f010000000000000000830492506040015b6d04ee2d6d415b85acef81000000008310612eac576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310612eca57662386f26fc10000830492506010015b6305f5e1008310612ee2576305f5e100830492506008015b6127108310612ef657612710830492506004015b60648310612f08576064830492506002015b600a83106105e75760010192915050565b60405180608001604052806004906020820280368337509192915050565b5f60208284031215612f47575f5ffd5b81357fffffffff000000000000000000000000000000000000000000000000000000008116811461060d575f5ffd5b5f60208284031215612f86575f5ffd5b5035919050565b5f5f83601f840112612f9d575f5ffd5b50813567ffffffffffffffff811115612fb4575f5ffd5b6020830191508360208260051b8501011115612fce575f5ffd5b9250929050565b5f5f60208385031215612fe6575f5ffd5b823567ffffffffffffffff811115612ffc575f5ffd5b61300885828601612f8d565b90969095509350505050565b73ffffffffffffffffffffffffffffffffffffffff811681146105ff575f5ffd5b5f5f60408385031215613046575f5ffd5b82359150602083013561305881613014565b809150509250929050565b5f60208284031215613073575f5ffd5b813561060d81613014565b5f6020828403121561308e575f5ffd5b813565ffffffffffff8116811461060d575f5ffd5b80357fffffffffffffffffffffffffffffffff00000000000000000000000000000000811681146130d2575f5ffd5b919050565b5f5f5f5f5f60a086880312156130eb575f5ffd5b6130f4866130a3565b97602087013597506040870135966060810135965060800135945092505050565b5f5f5f5f60808587031215613128575f5ffd5b613131856130a3565b966020860135965060408601359560600135945092505050565b5f5f5f5f5f5f5f6101a0888a031215613162575f5ffd5b61316b886130a3565b96506020880135955060408801359450606088013561318981613014565b935061018088018981111561319c575f5ffd5b6080890193503567ffffffffffffffff8111156131b7575f5ffd5b6131c38a828b01612f8d565b989b979a50959850939692959293505050565b60ff811681146105ff575f5ffd5b5f5f5f606084860312156131f6575f5ffd5b83359250602084013561320881613014565b91506040840135613218816131d6565b809150509250925092565b5f5f5f60608486031215613235575f5ffd5b61323e846130a3565b95602085013595506040909401359392505050565b602080825282518282018190525f918401906040840190835b818110156132f557835173ffffffffffffffffffffffffffffffffffffffff81511684527fffffffff00000000000000000000000000000000000000000000000000000000602082015116602085015260ff604082015116604085015267ffffffffffffffff60608201511660608501525060808301925060208401935060018101905061326c565b509095945050505050565b5f5f5f60608486031215613312575f5ffd5b83359250602084013561332481613014565b9150604084013563ffffffff81168114613218575f5ffd5b8183525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff83111561336c575f5ffd5b8260051b80836020870137939093016020019392505050565b86815285602082015267ffffffffffffffff8516604082015273ffffffffffffffffffffffffffffffffffffffff8416606082015260a060808201525f6133d060a08301848661333c565b98975050505050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361349357613493613436565b5060010190565b808201808211156105e7576105e7613436565b602081525f61102960208301848661333c565b65ffffffffffff81811683821601908111156105e7576105e7613436565b818103818111156105e7576105e7613436565b80516130d281613014565b805167ffffffffffffffff811681146130d2575f5ffd5b80516130d2816131d6565b5f60c082840312801561352f575f5ffd5b5060405160c0810167ffffffffffffffff81118282101715613578577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604090815283518252602080850151908301526135969084016134f1565b60408201526135a7606084016134fc565b60608201526135b8608084016134fc565b60808201526135c960a08401613513565b60a08201529392505050565b5f602082840312156135e5575f5ffd5b8151801515811461060d575f5ffd5b5f5f85851115613602575f5ffd5b8386111561360e575f5ffd5b5050600583901b0193919092039150565b5f81518060208401855e5f93019283525090919050565b5f61060d828461361f565b5f5f60408385031215613652575f5ffd5b505080516020909101519092909150565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd5b7f76657269667950726f6f662875696e743235365b385d2c75696e743235365b0081525f6136c1601f83018461361f565b7f5d2900000000000000000000000000000000000000000000000000000000000081526002019392505050565b65ffffffffffff82811682821603908111156105e7576105e761343656",
}

// PropertyRegistry is an auto generated Go binding around an Ethereum contract.
type PropertyRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PropertyRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewPropertyRegistry creates a new instance of PropertyRegistry.
func NewPropertyRegistry() *PropertyRegistry {
	parsed, err := PropertyRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PropertyRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PropertyRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address attestations_, uint48 adminDelay, address admin) returns()
func (propertyRegistry *PropertyRegistry) PackConstructor(attestations_ common.Address, adminDelay *big.Int, admin common.Address) []byte {
	enc, err := propertyRegistry.abi.Pack("", attestations_, adminDelay, admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCONTEXTINPUTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x463cef4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CONTEXT_INPUTS() view returns(uint256)
func (propertyRegistry *PropertyRegistry) PackCONTEXTINPUTS() []byte {
	enc, err := propertyRegistry.abi.Pack("CONTEXT_INPUTS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCONTEXTINPUTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x463cef4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CONTEXT_INPUTS() view returns(uint256)
func (propertyRegistry *PropertyRegistry) TryPackCONTEXTINPUTS() ([]byte, error) {
	return propertyRegistry.abi.Pack("CONTEXT_INPUTS")
}

// UnpackCONTEXTINPUTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x463cef4d.
//
// Solidity: function CONTEXT_INPUTS() view returns(uint256)
func (propertyRegistry *PropertyRegistry) UnpackCONTEXTINPUTS(data []byte) (*big.Int, error) {
	out, err := propertyRegistry.abi.Unpack("CONTEXT_INPUTS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (propertyRegistry *PropertyRegistry) PackDEFAULTADMINROLE() []byte {
	enc, err := propertyRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (propertyRegistry *PropertyRegistry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return propertyRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (propertyRegistry *PropertyRegistry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := propertyRegistry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXVERIFIERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66b17495.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_VERIFIERS() view returns(uint256)
func (propertyRegistry *PropertyRegistry) PackMAXVERIFIERS() []byte {
	enc, err := propertyRegistry.abi.Pack("MAX_VERIFIERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXVERIFIERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66b17495.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_VERIFIERS() view returns(uint256)
func (propertyRegistry *PropertyRegistry) TryPackMAXVERIFIERS() ([]byte, error) {
	return propertyRegistry.abi.Pack("MAX_VERIFIERS")
}

// UnpackMAXVERIFIERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x66b17495.
//
// Solidity: function MAX_VERIFIERS() view returns(uint256)
func (propertyRegistry *PropertyRegistry) UnpackMAXVERIFIERS(data []byte) (*big.Int, error) {
	out, err := propertyRegistry.abi.Unpack("MAX_VERIFIERS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNOPARAMS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfc8e3d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NO_PARAMS() view returns(bytes32)
func (propertyRegistry *PropertyRegistry) PackNOPARAMS() []byte {
	enc, err := propertyRegistry.abi.Pack("NO_PARAMS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNOPARAMS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfc8e3d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NO_PARAMS() view returns(bytes32)
func (propertyRegistry *PropertyRegistry) TryPackNOPARAMS() ([]byte, error) {
	return propertyRegistry.abi.Pack("NO_PARAMS")
}

// UnpackNOPARAMS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdfc8e3d2.
//
// Solidity: function NO_PARAMS() view returns(bytes32)
func (propertyRegistry *PropertyRegistry) UnpackNOPARAMS(data []byte) ([32]byte, error) {
	out, err := propertyRegistry.abi.Unpack("NO_PARAMS", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVERIFIERADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71885dd0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VERIFIER_ADMIN_ROLE() view returns(bytes32)
func (propertyRegistry *PropertyRegistry) PackVERIFIERADMINROLE() []byte {
	enc, err := propertyRegistry.abi.Pack("VERIFIER_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVERIFIERADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71885dd0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VERIFIER_ADMIN_ROLE() view returns(bytes32)
func (propertyRegistry *PropertyRegistry) TryPackVERIFIERADMINROLE() ([]byte, error) {
	return propertyRegistry.abi.Pack("VERIFIER_ADMIN_ROLE")
}

// UnpackVERIFIERADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x71885dd0.
//
// Solidity: function VERIFIER_ADMIN_ROLE() view returns(bytes32)
func (propertyRegistry *PropertyRegistry) UnpackVERIFIERADMINROLE(data []byte) ([32]byte, error) {
	out, err := propertyRegistry.abi.Unpack("VERIFIER_ADMIN_ROLE", data)
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
func (propertyRegistry *PropertyRegistry) PackAcceptDefaultAdminTransfer() []byte {
	enc, err := propertyRegistry.abi.Pack("acceptDefaultAdminTransfer")
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
func (propertyRegistry *PropertyRegistry) TryPackAcceptDefaultAdminTransfer() ([]byte, error) {
	return propertyRegistry.abi.Pack("acceptDefaultAdminTransfer")
}

// PackAttestations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d47bf0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestations() view returns(address)
func (propertyRegistry *PropertyRegistry) PackAttestations() []byte {
	enc, err := propertyRegistry.abi.Pack("attestations")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d47bf0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestations() view returns(address)
func (propertyRegistry *PropertyRegistry) TryPackAttestations() ([]byte, error) {
	return propertyRegistry.abi.Pack("attestations")
}

// UnpackAttestations is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3d47bf0d.
//
// Solidity: function attestations() view returns(address)
func (propertyRegistry *PropertyRegistry) UnpackAttestations(data []byte) (common.Address, error) {
	out, err := propertyRegistry.abi.Unpack("attestations", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (propertyRegistry *PropertyRegistry) PackBeginDefaultAdminTransfer(newAdmin common.Address) []byte {
	enc, err := propertyRegistry.abi.Pack("beginDefaultAdminTransfer", newAdmin)
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
func (propertyRegistry *PropertyRegistry) TryPackBeginDefaultAdminTransfer(newAdmin common.Address) ([]byte, error) {
	return propertyRegistry.abi.Pack("beginDefaultAdminTransfer", newAdmin)
}

// PackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (propertyRegistry *PropertyRegistry) PackCancelDefaultAdminTransfer() []byte {
	enc, err := propertyRegistry.abi.Pack("cancelDefaultAdminTransfer")
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
func (propertyRegistry *PropertyRegistry) TryPackCancelDefaultAdminTransfer() ([]byte, error) {
	return propertyRegistry.abi.Pack("cancelDefaultAdminTransfer")
}

// PackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (propertyRegistry *PropertyRegistry) PackChangeDefaultAdminDelay(newDelay *big.Int) []byte {
	enc, err := propertyRegistry.abi.Pack("changeDefaultAdminDelay", newDelay)
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
func (propertyRegistry *PropertyRegistry) TryPackChangeDefaultAdminDelay(newDelay *big.Int) ([]byte, error) {
	return propertyRegistry.abi.Pack("changeDefaultAdminDelay", newDelay)
}

// PackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdmin() view returns(address)
func (propertyRegistry *PropertyRegistry) PackDefaultAdmin() []byte {
	enc, err := propertyRegistry.abi.Pack("defaultAdmin")
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
func (propertyRegistry *PropertyRegistry) TryPackDefaultAdmin() ([]byte, error) {
	return propertyRegistry.abi.Pack("defaultAdmin")
}

// UnpackDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84ef8ffc.
//
// Solidity: function defaultAdmin() view returns(address)
func (propertyRegistry *PropertyRegistry) UnpackDefaultAdmin(data []byte) (common.Address, error) {
	out, err := propertyRegistry.abi.Unpack("defaultAdmin", data)
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
func (propertyRegistry *PropertyRegistry) PackDefaultAdminDelay() []byte {
	enc, err := propertyRegistry.abi.Pack("defaultAdminDelay")
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
func (propertyRegistry *PropertyRegistry) TryPackDefaultAdminDelay() ([]byte, error) {
	return propertyRegistry.abi.Pack("defaultAdminDelay")
}

// UnpackDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc8463c8.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (propertyRegistry *PropertyRegistry) UnpackDefaultAdminDelay(data []byte) (*big.Int, error) {
	out, err := propertyRegistry.abi.Unpack("defaultAdminDelay", data)
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
func (propertyRegistry *PropertyRegistry) PackDefaultAdminDelayIncreaseWait() []byte {
	enc, err := propertyRegistry.abi.Pack("defaultAdminDelayIncreaseWait")
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
func (propertyRegistry *PropertyRegistry) TryPackDefaultAdminDelayIncreaseWait() ([]byte, error) {
	return propertyRegistry.abi.Pack("defaultAdminDelayIncreaseWait")
}

// UnpackDefaultAdminDelayIncreaseWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x022d63fb.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (propertyRegistry *PropertyRegistry) UnpackDefaultAdminDelayIncreaseWait(data []byte) (*big.Int, error) {
	out, err := propertyRegistry.abi.Unpack("defaultAdminDelayIncreaseWait", data)
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
func (propertyRegistry *PropertyRegistry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := propertyRegistry.abi.Pack("getRoleAdmin", role)
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
func (propertyRegistry *PropertyRegistry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return propertyRegistry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (propertyRegistry *PropertyRegistry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := propertyRegistry.abi.Unpack("getRoleAdmin", data)
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
func (propertyRegistry *PropertyRegistry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := propertyRegistry.abi.Pack("grantRole", role, account)
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
func (propertyRegistry *PropertyRegistry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return propertyRegistry.abi.Pack("grantRole", role, account)
}

// PackHasProperty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6c28963.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasProperty(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, uint256 maxAge) view returns(bool)
func (propertyRegistry *PropertyRegistry) PackHasProperty(vmId [16]byte, subsetId [32]byte, propertyId [32]byte, maxAge *big.Int) []byte {
	enc, err := propertyRegistry.abi.Pack("hasProperty", vmId, subsetId, propertyId, maxAge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasProperty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6c28963.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasProperty(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, uint256 maxAge) view returns(bool)
func (propertyRegistry *PropertyRegistry) TryPackHasProperty(vmId [16]byte, subsetId [32]byte, propertyId [32]byte, maxAge *big.Int) ([]byte, error) {
	return propertyRegistry.abi.Pack("hasProperty", vmId, subsetId, propertyId, maxAge)
}

// UnpackHasProperty is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe6c28963.
//
// Solidity: function hasProperty(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, uint256 maxAge) view returns(bool)
func (propertyRegistry *PropertyRegistry) UnpackHasProperty(data []byte) (bool, error) {
	out, err := propertyRegistry.abi.Unpack("hasProperty", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHasPropertyWith is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x769f88c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasPropertyWith(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, bytes32 paramsHash, uint256 maxAge) view returns(bool)
func (propertyRegistry *PropertyRegistry) PackHasPropertyWith(vmId [16]byte, subsetId [32]byte, propertyId [32]byte, paramsHash [32]byte, maxAge *big.Int) []byte {
	enc, err := propertyRegistry.abi.Pack("hasPropertyWith", vmId, subsetId, propertyId, paramsHash, maxAge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasPropertyWith is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x769f88c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasPropertyWith(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, bytes32 paramsHash, uint256 maxAge) view returns(bool)
func (propertyRegistry *PropertyRegistry) TryPackHasPropertyWith(vmId [16]byte, subsetId [32]byte, propertyId [32]byte, paramsHash [32]byte, maxAge *big.Int) ([]byte, error) {
	return propertyRegistry.abi.Pack("hasPropertyWith", vmId, subsetId, propertyId, paramsHash, maxAge)
}

// UnpackHasPropertyWith is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x769f88c2.
//
// Solidity: function hasPropertyWith(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, bytes32 paramsHash, uint256 maxAge) view returns(bool)
func (propertyRegistry *PropertyRegistry) UnpackHasPropertyWith(data []byte) (bool, error) {
	out, err := propertyRegistry.abi.Unpack("hasPropertyWith", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (propertyRegistry *PropertyRegistry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := propertyRegistry.abi.Pack("hasRole", role, account)
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
func (propertyRegistry *PropertyRegistry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return propertyRegistry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (propertyRegistry *PropertyRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := propertyRegistry.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (propertyRegistry *PropertyRegistry) PackOwner() []byte {
	enc, err := propertyRegistry.abi.Pack("owner")
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
func (propertyRegistry *PropertyRegistry) TryPackOwner() ([]byte, error) {
	return propertyRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (propertyRegistry *PropertyRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := propertyRegistry.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackParamsHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25e05b86.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paramsHashOf(uint256[] params) pure returns(bytes32)
func (propertyRegistry *PropertyRegistry) PackParamsHashOf(params []*big.Int) []byte {
	enc, err := propertyRegistry.abi.Pack("paramsHashOf", params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParamsHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25e05b86.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paramsHashOf(uint256[] params) pure returns(bytes32)
func (propertyRegistry *PropertyRegistry) TryPackParamsHashOf(params []*big.Int) ([]byte, error) {
	return propertyRegistry.abi.Pack("paramsHashOf", params)
}

// UnpackParamsHashOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25e05b86.
//
// Solidity: function paramsHashOf(uint256[] params) pure returns(bytes32)
func (propertyRegistry *PropertyRegistry) UnpackParamsHashOf(data []byte) ([32]byte, error) {
	out, err := propertyRegistry.abi.Unpack("paramsHashOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPendingDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf6eefb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (propertyRegistry *PropertyRegistry) PackPendingDefaultAdmin() []byte {
	enc, err := propertyRegistry.abi.Pack("pendingDefaultAdmin")
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
func (propertyRegistry *PropertyRegistry) TryPackPendingDefaultAdmin() ([]byte, error) {
	return propertyRegistry.abi.Pack("pendingDefaultAdmin")
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
func (propertyRegistry *PropertyRegistry) UnpackPendingDefaultAdmin(data []byte) (PendingDefaultAdminOutput, error) {
	out, err := propertyRegistry.abi.Unpack("pendingDefaultAdmin", data)
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
func (propertyRegistry *PropertyRegistry) PackPendingDefaultAdminDelay() []byte {
	enc, err := propertyRegistry.abi.Pack("pendingDefaultAdminDelay")
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
func (propertyRegistry *PropertyRegistry) TryPackPendingDefaultAdminDelay() ([]byte, error) {
	return propertyRegistry.abi.Pack("pendingDefaultAdminDelay")
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
func (propertyRegistry *PropertyRegistry) UnpackPendingDefaultAdminDelay(data []byte) (PendingDefaultAdminDelayOutput, error) {
	out, err := propertyRegistry.abi.Unpack("pendingDefaultAdminDelay", data)
	outstruct := new(PendingDefaultAdminDelayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewDelay = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPropertyRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe18fd80c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function propertyRecord(bytes16 vmId, bytes32 subsetId, bytes32 propertyId) view returns((bytes32,bytes32,bytes32,uint64,uint64,address))
func (propertyRegistry *PropertyRegistry) PackPropertyRecord(vmId [16]byte, subsetId [32]byte, propertyId [32]byte) []byte {
	enc, err := propertyRegistry.abi.Pack("propertyRecord", vmId, subsetId, propertyId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPropertyRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe18fd80c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function propertyRecord(bytes16 vmId, bytes32 subsetId, bytes32 propertyId) view returns((bytes32,bytes32,bytes32,uint64,uint64,address))
func (propertyRegistry *PropertyRegistry) TryPackPropertyRecord(vmId [16]byte, subsetId [32]byte, propertyId [32]byte) ([]byte, error) {
	return propertyRegistry.abi.Pack("propertyRecord", vmId, subsetId, propertyId)
}

// UnpackPropertyRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe18fd80c.
//
// Solidity: function propertyRecord(bytes16 vmId, bytes32 subsetId, bytes32 propertyId) view returns((bytes32,bytes32,bytes32,uint64,uint64,address))
func (propertyRegistry *PropertyRegistry) UnpackPropertyRecord(data []byte) (PropertyRecord, error) {
	out, err := propertyRegistry.abi.Unpack("propertyRecord", data)
	if err != nil {
		return *new(PropertyRecord), err
	}
	out0 := *abi.ConvertType(out[0], new(PropertyRecord)).(*PropertyRecord)
	return out0, nil
}

// PackPropertyRecordWith is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98076c8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function propertyRecordWith(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, bytes32 paramsHash) view returns((bytes32,bytes32,bytes32,uint64,uint64,address))
func (propertyRegistry *PropertyRegistry) PackPropertyRecordWith(vmId [16]byte, subsetId [32]byte, propertyId [32]byte, paramsHash [32]byte) []byte {
	enc, err := propertyRegistry.abi.Pack("propertyRecordWith", vmId, subsetId, propertyId, paramsHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPropertyRecordWith is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98076c8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function propertyRecordWith(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, bytes32 paramsHash) view returns((bytes32,bytes32,bytes32,uint64,uint64,address))
func (propertyRegistry *PropertyRegistry) TryPackPropertyRecordWith(vmId [16]byte, subsetId [32]byte, propertyId [32]byte, paramsHash [32]byte) ([]byte, error) {
	return propertyRegistry.abi.Pack("propertyRecordWith", vmId, subsetId, propertyId, paramsHash)
}

// UnpackPropertyRecordWith is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x98076c8b.
//
// Solidity: function propertyRecordWith(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, bytes32 paramsHash) view returns((bytes32,bytes32,bytes32,uint64,uint64,address))
func (propertyRegistry *PropertyRegistry) UnpackPropertyRecordWith(data []byte) (PropertyRecord, error) {
	out, err := propertyRegistry.abi.Unpack("propertyRecordWith", data)
	if err != nil {
		return *new(PropertyRecord), err
	}
	out0 := *abi.ConvertType(out[0], new(PropertyRecord)).(*PropertyRecord)
	return out0, nil
}

// PackProveProperty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a5f4439.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveProperty(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, address verifier, uint256[8] proof, uint256[] publicInputs) returns()
func (propertyRegistry *PropertyRegistry) PackProveProperty(vmId [16]byte, subsetId [32]byte, propertyId [32]byte, verifier common.Address, proof [8]*big.Int, publicInputs []*big.Int) []byte {
	enc, err := propertyRegistry.abi.Pack("proveProperty", vmId, subsetId, propertyId, verifier, proof, publicInputs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveProperty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a5f4439.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveProperty(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, address verifier, uint256[8] proof, uint256[] publicInputs) returns()
func (propertyRegistry *PropertyRegistry) TryPackProveProperty(vmId [16]byte, subsetId [32]byte, propertyId [32]byte, verifier common.Address, proof [8]*big.Int, publicInputs []*big.Int) ([]byte, error) {
	return propertyRegistry.abi.Pack("proveProperty", vmId, subsetId, propertyId, verifier, proof, publicInputs)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (propertyRegistry *PropertyRegistry) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := propertyRegistry.abi.Pack("renounceRole", role, account)
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
func (propertyRegistry *PropertyRegistry) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return propertyRegistry.abi.Pack("renounceRole", role, account)
}

// PackRetireVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff01085c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retireVerifier(bytes32 propertyId, address verifier, uint32 gracePeriod) returns()
func (propertyRegistry *PropertyRegistry) PackRetireVerifier(propertyId [32]byte, verifier common.Address, gracePeriod uint32) []byte {
	enc, err := propertyRegistry.abi.Pack("retireVerifier", propertyId, verifier, gracePeriod)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetireVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff01085c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retireVerifier(bytes32 propertyId, address verifier, uint32 gracePeriod) returns()
func (propertyRegistry *PropertyRegistry) TryPackRetireVerifier(propertyId [32]byte, verifier common.Address, gracePeriod uint32) ([]byte, error) {
	return propertyRegistry.abi.Pack("retireVerifier", propertyId, verifier, gracePeriod)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (propertyRegistry *PropertyRegistry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := propertyRegistry.abi.Pack("revokeRole", role, account)
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
func (propertyRegistry *PropertyRegistry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return propertyRegistry.abi.Pack("revokeRole", role, account)
}

// PackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (propertyRegistry *PropertyRegistry) PackRollbackDefaultAdminDelay() []byte {
	enc, err := propertyRegistry.abi.Pack("rollbackDefaultAdminDelay")
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
func (propertyRegistry *PropertyRegistry) TryPackRollbackDefaultAdminDelay() ([]byte, error) {
	return propertyRegistry.abi.Pack("rollbackDefaultAdminDelay")
}

// PackSetVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c189b63.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVerifier(bytes32 propertyId, address verifier, uint8 numInputs) returns()
func (propertyRegistry *PropertyRegistry) PackSetVerifier(propertyId [32]byte, verifier common.Address, numInputs uint8) []byte {
	enc, err := propertyRegistry.abi.Pack("setVerifier", propertyId, verifier, numInputs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c189b63.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVerifier(bytes32 propertyId, address verifier, uint8 numInputs) returns()
func (propertyRegistry *PropertyRegistry) TryPackSetVerifier(propertyId [32]byte, verifier common.Address, numInputs uint8) ([]byte, error) {
	return propertyRegistry.abi.Pack("setVerifier", propertyId, verifier, numInputs)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (propertyRegistry *PropertyRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := propertyRegistry.abi.Pack("supportsInterface", interfaceId)
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
func (propertyRegistry *PropertyRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return propertyRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (propertyRegistry *PropertyRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := propertyRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifiers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xefe1c950.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifiers(bytes32 propertyId) view returns((address,bytes4,uint8,uint64)[] entries)
func (propertyRegistry *PropertyRegistry) PackVerifiers(propertyId [32]byte) []byte {
	enc, err := propertyRegistry.abi.Pack("verifiers", propertyId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifiers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xefe1c950.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifiers(bytes32 propertyId) view returns((address,bytes4,uint8,uint64)[] entries)
func (propertyRegistry *PropertyRegistry) TryPackVerifiers(propertyId [32]byte) ([]byte, error) {
	return propertyRegistry.abi.Pack("verifiers", propertyId)
}

// UnpackVerifiers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xefe1c950.
//
// Solidity: function verifiers(bytes32 propertyId) view returns((address,bytes4,uint8,uint64)[] entries)
func (propertyRegistry *PropertyRegistry) UnpackVerifiers(data []byte) ([]VerifierEntry, error) {
	out, err := propertyRegistry.abi.Unpack("verifiers", data)
	if err != nil {
		return *new([]VerifierEntry), err
	}
	out0 := *abi.ConvertType(out[0], new([]VerifierEntry)).(*[]VerifierEntry)
	return out0, nil
}

// PropertyRegistryDefaultAdminDelayChangeCanceled represents a DefaultAdminDelayChangeCanceled event raised by the PropertyRegistry contract.
type PropertyRegistryDefaultAdminDelayChangeCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const PropertyRegistryDefaultAdminDelayChangeCanceledEventName = "DefaultAdminDelayChangeCanceled"

// ContractEventName returns the user-defined event name.
func (PropertyRegistryDefaultAdminDelayChangeCanceled) ContractEventName() string {
	return PropertyRegistryDefaultAdminDelayChangeCanceledEventName
}

// UnpackDefaultAdminDelayChangeCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeCanceled()
func (propertyRegistry *PropertyRegistry) UnpackDefaultAdminDelayChangeCanceledEvent(log *types.Log) (*PropertyRegistryDefaultAdminDelayChangeCanceled, error) {
	event := "DefaultAdminDelayChangeCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != propertyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PropertyRegistryDefaultAdminDelayChangeCanceled)
	if len(log.Data) > 0 {
		if err := propertyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range propertyRegistry.abi.Events[event].Inputs {
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

// PropertyRegistryDefaultAdminDelayChangeScheduled represents a DefaultAdminDelayChangeScheduled event raised by the PropertyRegistry contract.
type PropertyRegistryDefaultAdminDelayChangeScheduled struct {
	NewDelay       *big.Int
	EffectSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const PropertyRegistryDefaultAdminDelayChangeScheduledEventName = "DefaultAdminDelayChangeScheduled"

// ContractEventName returns the user-defined event name.
func (PropertyRegistryDefaultAdminDelayChangeScheduled) ContractEventName() string {
	return PropertyRegistryDefaultAdminDelayChangeScheduledEventName
}

// UnpackDefaultAdminDelayChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule)
func (propertyRegistry *PropertyRegistry) UnpackDefaultAdminDelayChangeScheduledEvent(log *types.Log) (*PropertyRegistryDefaultAdminDelayChangeScheduled, error) {
	event := "DefaultAdminDelayChangeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != propertyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PropertyRegistryDefaultAdminDelayChangeScheduled)
	if len(log.Data) > 0 {
		if err := propertyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range propertyRegistry.abi.Events[event].Inputs {
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

// PropertyRegistryDefaultAdminTransferCanceled represents a DefaultAdminTransferCanceled event raised by the PropertyRegistry contract.
type PropertyRegistryDefaultAdminTransferCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const PropertyRegistryDefaultAdminTransferCanceledEventName = "DefaultAdminTransferCanceled"

// ContractEventName returns the user-defined event name.
func (PropertyRegistryDefaultAdminTransferCanceled) ContractEventName() string {
	return PropertyRegistryDefaultAdminTransferCanceledEventName
}

// UnpackDefaultAdminTransferCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferCanceled()
func (propertyRegistry *PropertyRegistry) UnpackDefaultAdminTransferCanceledEvent(log *types.Log) (*PropertyRegistryDefaultAdminTransferCanceled, error) {
	event := "DefaultAdminTransferCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != propertyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PropertyRegistryDefaultAdminTransferCanceled)
	if len(log.Data) > 0 {
		if err := propertyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range propertyRegistry.abi.Events[event].Inputs {
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

// PropertyRegistryDefaultAdminTransferScheduled represents a DefaultAdminTransferScheduled event raised by the PropertyRegistry contract.
type PropertyRegistryDefaultAdminTransferScheduled struct {
	NewAdmin       common.Address
	AcceptSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const PropertyRegistryDefaultAdminTransferScheduledEventName = "DefaultAdminTransferScheduled"

// ContractEventName returns the user-defined event name.
func (PropertyRegistryDefaultAdminTransferScheduled) ContractEventName() string {
	return PropertyRegistryDefaultAdminTransferScheduledEventName
}

// UnpackDefaultAdminTransferScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule)
func (propertyRegistry *PropertyRegistry) UnpackDefaultAdminTransferScheduledEvent(log *types.Log) (*PropertyRegistryDefaultAdminTransferScheduled, error) {
	event := "DefaultAdminTransferScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != propertyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PropertyRegistryDefaultAdminTransferScheduled)
	if len(log.Data) > 0 {
		if err := propertyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range propertyRegistry.abi.Events[event].Inputs {
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

// PropertyRegistryPropertyProven represents a PropertyProven event raised by the PropertyRegistry contract.
type PropertyRegistryPropertyProven struct {
	VmId                 [16]byte
	PropertyId           [32]byte
	SubsetId             [32]byte
	ParamsHash           [32]byte
	Commitment           [32]byte
	AttestationTimestamp uint64
	Verifier             common.Address
	PublicInputs         []*big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const PropertyRegistryPropertyProvenEventName = "PropertyProven"

// ContractEventName returns the user-defined event name.
func (PropertyRegistryPropertyProven) ContractEventName() string {
	return PropertyRegistryPropertyProvenEventName
}

// UnpackPropertyProvenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PropertyProven(bytes16 indexed vmId, bytes32 indexed propertyId, bytes32 indexed subsetId, bytes32 paramsHash, bytes32 commitment, uint64 attestationTimestamp, address verifier, uint256[] publicInputs)
func (propertyRegistry *PropertyRegistry) UnpackPropertyProvenEvent(log *types.Log) (*PropertyRegistryPropertyProven, error) {
	event := "PropertyProven"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != propertyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PropertyRegistryPropertyProven)
	if len(log.Data) > 0 {
		if err := propertyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range propertyRegistry.abi.Events[event].Inputs {
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

// PropertyRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the PropertyRegistry contract.
type PropertyRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const PropertyRegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (PropertyRegistryRoleAdminChanged) ContractEventName() string {
	return PropertyRegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (propertyRegistry *PropertyRegistry) UnpackRoleAdminChangedEvent(log *types.Log) (*PropertyRegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != propertyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PropertyRegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := propertyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range propertyRegistry.abi.Events[event].Inputs {
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

// PropertyRegistryRoleGranted represents a RoleGranted event raised by the PropertyRegistry contract.
type PropertyRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PropertyRegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (PropertyRegistryRoleGranted) ContractEventName() string {
	return PropertyRegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (propertyRegistry *PropertyRegistry) UnpackRoleGrantedEvent(log *types.Log) (*PropertyRegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != propertyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PropertyRegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := propertyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range propertyRegistry.abi.Events[event].Inputs {
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

// PropertyRegistryRoleRevoked represents a RoleRevoked event raised by the PropertyRegistry contract.
type PropertyRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PropertyRegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (PropertyRegistryRoleRevoked) ContractEventName() string {
	return PropertyRegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (propertyRegistry *PropertyRegistry) UnpackRoleRevokedEvent(log *types.Log) (*PropertyRegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != propertyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PropertyRegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := propertyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range propertyRegistry.abi.Events[event].Inputs {
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

// PropertyRegistryVerifierRemoved represents a VerifierRemoved event raised by the PropertyRegistry contract.
type PropertyRegistryVerifierRemoved struct {
	PropertyId [32]byte
	Verifier   common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const PropertyRegistryVerifierRemovedEventName = "VerifierRemoved"

// ContractEventName returns the user-defined event name.
func (PropertyRegistryVerifierRemoved) ContractEventName() string {
	return PropertyRegistryVerifierRemovedEventName
}

// UnpackVerifierRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VerifierRemoved(bytes32 indexed propertyId, address indexed verifier)
func (propertyRegistry *PropertyRegistry) UnpackVerifierRemovedEvent(log *types.Log) (*PropertyRegistryVerifierRemoved, error) {
	event := "VerifierRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != propertyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PropertyRegistryVerifierRemoved)
	if len(log.Data) > 0 {
		if err := propertyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range propertyRegistry.abi.Events[event].Inputs {
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

// PropertyRegistryVerifierRetired represents a VerifierRetired event raised by the PropertyRegistry contract.
type PropertyRegistryVerifierRetired struct {
	PropertyId [32]byte
	Verifier   common.Address
	ValidUntil uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const PropertyRegistryVerifierRetiredEventName = "VerifierRetired"

// ContractEventName returns the user-defined event name.
func (PropertyRegistryVerifierRetired) ContractEventName() string {
	return PropertyRegistryVerifierRetiredEventName
}

// UnpackVerifierRetiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VerifierRetired(bytes32 indexed propertyId, address indexed verifier, uint64 validUntil)
func (propertyRegistry *PropertyRegistry) UnpackVerifierRetiredEvent(log *types.Log) (*PropertyRegistryVerifierRetired, error) {
	event := "VerifierRetired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != propertyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PropertyRegistryVerifierRetired)
	if len(log.Data) > 0 {
		if err := propertyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range propertyRegistry.abi.Events[event].Inputs {
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

// PropertyRegistryVerifierSet represents a VerifierSet event raised by the PropertyRegistry contract.
type PropertyRegistryVerifierSet struct {
	PropertyId [32]byte
	Verifier   common.Address
	NumInputs  uint8
	Selector   [4]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const PropertyRegistryVerifierSetEventName = "VerifierSet"

// ContractEventName returns the user-defined event name.
func (PropertyRegistryVerifierSet) ContractEventName() string {
	return PropertyRegistryVerifierSetEventName
}

// UnpackVerifierSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VerifierSet(bytes32 indexed propertyId, address indexed verifier, uint8 numInputs, bytes4 selector)
func (propertyRegistry *PropertyRegistry) UnpackVerifierSetEvent(log *types.Log) (*PropertyRegistryVerifierSet, error) {
	event := "VerifierSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != propertyRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PropertyRegistryVerifierSet)
	if len(log.Data) > 0 {
		if err := propertyRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range propertyRegistry.abi.Events[event].Inputs {
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
func (propertyRegistry *PropertyRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], propertyRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return propertyRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], propertyRegistry.abi.Errors["AccessControlEnforcedDefaultAdminDelay"].ID.Bytes()[:4]) {
		return propertyRegistry.UnpackAccessControlEnforcedDefaultAdminDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], propertyRegistry.abi.Errors["AccessControlEnforcedDefaultAdminRules"].ID.Bytes()[:4]) {
		return propertyRegistry.UnpackAccessControlEnforcedDefaultAdminRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], propertyRegistry.abi.Errors["AccessControlInvalidDefaultAdmin"].ID.Bytes()[:4]) {
		return propertyRegistry.UnpackAccessControlInvalidDefaultAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], propertyRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return propertyRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], propertyRegistry.abi.Errors["CommitmentMismatch"].ID.Bytes()[:4]) {
		return propertyRegistry.UnpackCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], propertyRegistry.abi.Errors["InsecureVerifier"].ID.Bytes()[:4]) {
		return propertyRegistry.UnpackInsecureVerifierError(raw[4:])
	}
	if bytes.Equal(raw[:4], propertyRegistry.abi.Errors["InvalidNumInputs"].ID.Bytes()[:4]) {
		return propertyRegistry.UnpackInvalidNumInputsError(raw[4:])
	}
	if bytes.Equal(raw[:4], propertyRegistry.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return propertyRegistry.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], propertyRegistry.abi.Errors["NoValidAttestation"].ID.Bytes()[:4]) {
		return propertyRegistry.UnpackNoValidAttestationError(raw[4:])
	}
	if bytes.Equal(raw[:4], propertyRegistry.abi.Errors["OlderThanRecorded"].ID.Bytes()[:4]) {
		return propertyRegistry.UnpackOlderThanRecordedError(raw[4:])
	}
	if bytes.Equal(raw[:4], propertyRegistry.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return propertyRegistry.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], propertyRegistry.abi.Errors["TooManyVerifiers"].ID.Bytes()[:4]) {
		return propertyRegistry.UnpackTooManyVerifiersError(raw[4:])
	}
	if bytes.Equal(raw[:4], propertyRegistry.abi.Errors["VerifierAlreadyCurrent"].ID.Bytes()[:4]) {
		return propertyRegistry.UnpackVerifierAlreadyCurrentError(raw[4:])
	}
	if bytes.Equal(raw[:4], propertyRegistry.abi.Errors["VerifierHasNoCode"].ID.Bytes()[:4]) {
		return propertyRegistry.UnpackVerifierHasNoCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], propertyRegistry.abi.Errors["VerifierNotAccepted"].ID.Bytes()[:4]) {
		return propertyRegistry.UnpackVerifierNotAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], propertyRegistry.abi.Errors["WrongInputCount"].ID.Bytes()[:4]) {
		return propertyRegistry.UnpackWrongInputCountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PropertyRegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the PropertyRegistry contract.
type PropertyRegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func PropertyRegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (propertyRegistry *PropertyRegistry) UnpackAccessControlBadConfirmationError(raw []byte) (*PropertyRegistryAccessControlBadConfirmation, error) {
	out := new(PropertyRegistryAccessControlBadConfirmation)
	if err := propertyRegistry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PropertyRegistryAccessControlEnforcedDefaultAdminDelay represents a AccessControlEnforcedDefaultAdminDelay error raised by the PropertyRegistry contract.
type PropertyRegistryAccessControlEnforcedDefaultAdminDelay struct {
	Schedule *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func PropertyRegistryAccessControlEnforcedDefaultAdminDelayErrorID() common.Hash {
	return common.HexToHash("0x19ca5ebb8fb33f00e502c9392eddab1501674629178bf69b853cf037aaf4bb5d")
}

// UnpackAccessControlEnforcedDefaultAdminDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func (propertyRegistry *PropertyRegistry) UnpackAccessControlEnforcedDefaultAdminDelayError(raw []byte) (*PropertyRegistryAccessControlEnforcedDefaultAdminDelay, error) {
	out := new(PropertyRegistryAccessControlEnforcedDefaultAdminDelay)
	if err := propertyRegistry.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PropertyRegistryAccessControlEnforcedDefaultAdminRules represents a AccessControlEnforcedDefaultAdminRules error raised by the PropertyRegistry contract.
type PropertyRegistryAccessControlEnforcedDefaultAdminRules struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func PropertyRegistryAccessControlEnforcedDefaultAdminRulesErrorID() common.Hash {
	return common.HexToHash("0x3fc3c27ae3db78c81b8f6e685172134623efa268ee8cd8d54be38ad2a74fc13b")
}

// UnpackAccessControlEnforcedDefaultAdminRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func (propertyRegistry *PropertyRegistry) UnpackAccessControlEnforcedDefaultAdminRulesError(raw []byte) (*PropertyRegistryAccessControlEnforcedDefaultAdminRules, error) {
	out := new(PropertyRegistryAccessControlEnforcedDefaultAdminRules)
	if err := propertyRegistry.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PropertyRegistryAccessControlInvalidDefaultAdmin represents a AccessControlInvalidDefaultAdmin error raised by the PropertyRegistry contract.
type PropertyRegistryAccessControlInvalidDefaultAdmin struct {
	DefaultAdmin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func PropertyRegistryAccessControlInvalidDefaultAdminErrorID() common.Hash {
	return common.HexToHash("0xc22c8022f2a840d6b6a9f113407715f5bbd4e88c1b0dd9434dc00700ba609ed4")
}

// UnpackAccessControlInvalidDefaultAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func (propertyRegistry *PropertyRegistry) UnpackAccessControlInvalidDefaultAdminError(raw []byte) (*PropertyRegistryAccessControlInvalidDefaultAdmin, error) {
	out := new(PropertyRegistryAccessControlInvalidDefaultAdmin)
	if err := propertyRegistry.abi.UnpackIntoInterface(out, "AccessControlInvalidDefaultAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PropertyRegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the PropertyRegistry contract.
type PropertyRegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func PropertyRegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (propertyRegistry *PropertyRegistry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*PropertyRegistryAccessControlUnauthorizedAccount, error) {
	out := new(PropertyRegistryAccessControlUnauthorizedAccount)
	if err := propertyRegistry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PropertyRegistryCommitmentMismatch represents a CommitmentMismatch error raised by the PropertyRegistry contract.
type PropertyRegistryCommitmentMismatch struct {
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentMismatch(bytes32 expected, bytes32 got)
func PropertyRegistryCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0xc9e0e7576dda9edf1d82412128828b0224231698fa4b26e6ae50f181a7cc1567")
}

// UnpackCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentMismatch(bytes32 expected, bytes32 got)
func (propertyRegistry *PropertyRegistry) UnpackCommitmentMismatchError(raw []byte) (*PropertyRegistryCommitmentMismatch, error) {
	out := new(PropertyRegistryCommitmentMismatch)
	if err := propertyRegistry.abi.UnpackIntoInterface(out, "CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PropertyRegistryInsecureVerifier represents a InsecureVerifier error raised by the PropertyRegistry contract.
type PropertyRegistryInsecureVerifier struct {
	Verifier common.Address
	ChainId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsecureVerifier(address verifier, uint256 chainId)
func PropertyRegistryInsecureVerifierErrorID() common.Hash {
	return common.HexToHash("0x9695025578724a5663223b31b517964bc72d457c03953b03d0d5fe5ed9acfa27")
}

// UnpackInsecureVerifierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsecureVerifier(address verifier, uint256 chainId)
func (propertyRegistry *PropertyRegistry) UnpackInsecureVerifierError(raw []byte) (*PropertyRegistryInsecureVerifier, error) {
	out := new(PropertyRegistryInsecureVerifier)
	if err := propertyRegistry.abi.UnpackIntoInterface(out, "InsecureVerifier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PropertyRegistryInvalidNumInputs represents a InvalidNumInputs error raised by the PropertyRegistry contract.
type PropertyRegistryInvalidNumInputs struct {
	NumInputs uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidNumInputs(uint8 numInputs)
func PropertyRegistryInvalidNumInputsErrorID() common.Hash {
	return common.HexToHash("0xb08ed4e2039377e023874e654d3d3bc4bc2ada2ec1d9d6dc557eec9bd5d2d24b")
}

// UnpackInvalidNumInputsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidNumInputs(uint8 numInputs)
func (propertyRegistry *PropertyRegistry) UnpackInvalidNumInputsError(raw []byte) (*PropertyRegistryInvalidNumInputs, error) {
	out := new(PropertyRegistryInvalidNumInputs)
	if err := propertyRegistry.abi.UnpackIntoInterface(out, "InvalidNumInputs", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PropertyRegistryInvalidProof represents a InvalidProof error raised by the PropertyRegistry contract.
type PropertyRegistryInvalidProof struct {
	PropertyId [32]byte
	Verifier   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof(bytes32 propertyId, address verifier)
func PropertyRegistryInvalidProofErrorID() common.Hash {
	return common.HexToHash("0xa04a37c0f2b62b59049eaf1ee2dabfaf3c659722ec0731abb94a7cc1eb856b3b")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof(bytes32 propertyId, address verifier)
func (propertyRegistry *PropertyRegistry) UnpackInvalidProofError(raw []byte) (*PropertyRegistryInvalidProof, error) {
	out := new(PropertyRegistryInvalidProof)
	if err := propertyRegistry.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PropertyRegistryNoValidAttestation represents a NoValidAttestation error raised by the PropertyRegistry contract.
type PropertyRegistryNoValidAttestation struct {
	VmId     [16]byte
	SubsetId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoValidAttestation(bytes16 vmId, bytes32 subsetId)
func PropertyRegistryNoValidAttestationErrorID() common.Hash {
	return common.HexToHash("0xbcc6123da7e6ff97354c845a13b5aa690e837a4af95dd7abd60c37b6befc0ffc")
}

// UnpackNoValidAttestationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoValidAttestation(bytes16 vmId, bytes32 subsetId)
func (propertyRegistry *PropertyRegistry) UnpackNoValidAttestationError(raw []byte) (*PropertyRegistryNoValidAttestation, error) {
	out := new(PropertyRegistryNoValidAttestation)
	if err := propertyRegistry.abi.UnpackIntoInterface(out, "NoValidAttestation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PropertyRegistryOlderThanRecorded represents a OlderThanRecorded error raised by the PropertyRegistry contract.
type PropertyRegistryOlderThanRecorded struct {
	VmId                 [16]byte
	SubsetId             [32]byte
	PropertyId           [32]byte
	ParamsHash           [32]byte
	AttestationTimestamp uint64
	RecordedTimestamp    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OlderThanRecorded(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, bytes32 paramsHash, uint64 attestationTimestamp, uint64 recordedTimestamp)
func PropertyRegistryOlderThanRecordedErrorID() common.Hash {
	return common.HexToHash("0xd432b72ea0d29d0c9a743f96e1ab0f9522175a5219ae88363956636cb5a30071")
}

// UnpackOlderThanRecordedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OlderThanRecorded(bytes16 vmId, bytes32 subsetId, bytes32 propertyId, bytes32 paramsHash, uint64 attestationTimestamp, uint64 recordedTimestamp)
func (propertyRegistry *PropertyRegistry) UnpackOlderThanRecordedError(raw []byte) (*PropertyRegistryOlderThanRecorded, error) {
	out := new(PropertyRegistryOlderThanRecorded)
	if err := propertyRegistry.abi.UnpackIntoInterface(out, "OlderThanRecorded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PropertyRegistrySafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the PropertyRegistry contract.
type PropertyRegistrySafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func PropertyRegistrySafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (propertyRegistry *PropertyRegistry) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*PropertyRegistrySafeCastOverflowedUintDowncast, error) {
	out := new(PropertyRegistrySafeCastOverflowedUintDowncast)
	if err := propertyRegistry.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PropertyRegistryTooManyVerifiers represents a TooManyVerifiers error raised by the PropertyRegistry contract.
type PropertyRegistryTooManyVerifiers struct {
	PropertyId   [32]byte
	MaxVerifiers *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyVerifiers(bytes32 propertyId, uint256 maxVerifiers)
func PropertyRegistryTooManyVerifiersErrorID() common.Hash {
	return common.HexToHash("0x68b4f0a706ae1502fbb93435fc881aea408d93bea5add20c4d086f7663a7e7ab")
}

// UnpackTooManyVerifiersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyVerifiers(bytes32 propertyId, uint256 maxVerifiers)
func (propertyRegistry *PropertyRegistry) UnpackTooManyVerifiersError(raw []byte) (*PropertyRegistryTooManyVerifiers, error) {
	out := new(PropertyRegistryTooManyVerifiers)
	if err := propertyRegistry.abi.UnpackIntoInterface(out, "TooManyVerifiers", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PropertyRegistryVerifierAlreadyCurrent represents a VerifierAlreadyCurrent error raised by the PropertyRegistry contract.
type PropertyRegistryVerifierAlreadyCurrent struct {
	PropertyId [32]byte
	Verifier   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerifierAlreadyCurrent(bytes32 propertyId, address verifier)
func PropertyRegistryVerifierAlreadyCurrentErrorID() common.Hash {
	return common.HexToHash("0x13fe7dec156a64a5984edd9ae4017eefc2ff754c0a4b60ac16e758c3cc16fb0d")
}

// UnpackVerifierAlreadyCurrentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerifierAlreadyCurrent(bytes32 propertyId, address verifier)
func (propertyRegistry *PropertyRegistry) UnpackVerifierAlreadyCurrentError(raw []byte) (*PropertyRegistryVerifierAlreadyCurrent, error) {
	out := new(PropertyRegistryVerifierAlreadyCurrent)
	if err := propertyRegistry.abi.UnpackIntoInterface(out, "VerifierAlreadyCurrent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PropertyRegistryVerifierHasNoCode represents a VerifierHasNoCode error raised by the PropertyRegistry contract.
type PropertyRegistryVerifierHasNoCode struct {
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerifierHasNoCode(address verifier)
func PropertyRegistryVerifierHasNoCodeErrorID() common.Hash {
	return common.HexToHash("0xb3136e47b488884d7871edd9162260482e3c3098ce1129ef742064342e81091f")
}

// UnpackVerifierHasNoCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerifierHasNoCode(address verifier)
func (propertyRegistry *PropertyRegistry) UnpackVerifierHasNoCodeError(raw []byte) (*PropertyRegistryVerifierHasNoCode, error) {
	out := new(PropertyRegistryVerifierHasNoCode)
	if err := propertyRegistry.abi.UnpackIntoInterface(out, "VerifierHasNoCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PropertyRegistryVerifierNotAccepted represents a VerifierNotAccepted error raised by the PropertyRegistry contract.
type PropertyRegistryVerifierNotAccepted struct {
	PropertyId [32]byte
	Verifier   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerifierNotAccepted(bytes32 propertyId, address verifier)
func PropertyRegistryVerifierNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0x34c735cb2ef5af717f4863b29d1f53ead7f9ca3e461ba63912f7d2798a292cf8")
}

// UnpackVerifierNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerifierNotAccepted(bytes32 propertyId, address verifier)
func (propertyRegistry *PropertyRegistry) UnpackVerifierNotAcceptedError(raw []byte) (*PropertyRegistryVerifierNotAccepted, error) {
	out := new(PropertyRegistryVerifierNotAccepted)
	if err := propertyRegistry.abi.UnpackIntoInterface(out, "VerifierNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PropertyRegistryWrongInputCount represents a WrongInputCount error raised by the PropertyRegistry contract.
type PropertyRegistryWrongInputCount struct {
	Verifier common.Address
	Expected *big.Int
	Got      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongInputCount(address verifier, uint256 expected, uint256 got)
func PropertyRegistryWrongInputCountErrorID() common.Hash {
	return common.HexToHash("0x8028e24f77bcd89b1a66fa74ceedda0ed8b8d2019ca54b4bea58faac443eba69")
}

// UnpackWrongInputCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongInputCount(address verifier, uint256 expected, uint256 got)
func (propertyRegistry *PropertyRegistry) UnpackWrongInputCountError(raw []byte) (*PropertyRegistryWrongInputCount, error) {
	out := new(PropertyRegistryWrongInputCount)
	if err := propertyRegistry.abi.UnpackIntoInterface(out, "WrongInputCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
