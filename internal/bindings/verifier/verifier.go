// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package verifier

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

// Attestation is an auto generated low-level Go binding around an user-defined struct.
type Attestation struct {
	VmId         [16]byte
	SubsetId     [32]byte
	HashAlg      uint8
	StateDigest  [32]byte
	ZkCommitment [32]byte
	Timestamp    uint64
	Sequence     uint64
}

// Record is an auto generated low-level Go binding around an user-defined struct.
type Record struct {
	StateDigest  [32]byte
	ZkCommitment [32]byte
	Signer       common.Address
	Timestamp    uint64
	Sequence     uint64
	HashAlg      uint8
}

// SignedAttestation is an auto generated low-level Go binding around an user-defined struct.
type SignedAttestation struct {
	Attestation Attestation
	R           [32]byte
	Vs          [32]byte
}

// SubsetInfo is an auto generated low-level Go binding around an user-defined struct.
type SubsetInfo struct {
	Approved    bool
	Policy      SubsetPolicy
	Name        string
	Version     string
	ManifestURI string
}

// SubsetPolicy is an auto generated low-level Go binding around an user-defined struct.
type SubsetPolicy struct {
	AllowedAlgorithms uint32
	MaxAge            uint32
	MaxFutureSkew     uint32
}

// AttestationVerifierMetaData contains all meta data concerning the AttestationVerifier contract.
var AttestationVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIEnclaveKeyRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"adminDelay\",\"type\":\"uint48\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SEQUENCE\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POLICY_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"label\",\"type\":\"string\"}],\"name\":\"addGoldenDigest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"allowedAlgorithms\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxAge\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxFutureSkew\",\"type\":\"uint32\"}],\"internalType\":\"structSubsetPolicy\",\"name\":\"policy\",\"type\":\"tuple\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"manifestURI\",\"type\":\"string\"}],\"name\":\"approveSubset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"}],\"internalType\":\"structAttestation\",\"name\":\"att\",\"type\":\"tuple\"}],\"name\":\"hashAttestation\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"maxAge\",\"type\":\"uint256\"}],\"name\":\"isFresh\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"isGoldenDigest\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"maxAge\",\"type\":\"uint256\"}],\"name\":\"isIntact\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"latest\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"}],\"internalType\":\"structRecord\",\"name\":\"record\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIEnclaveKeyRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"removeGoldenDigest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"removeSubset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"}],\"internalType\":\"structAttestation\",\"name\":\"att\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"name\":\"submit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"}],\"internalType\":\"structAttestation\",\"name\":\"attestation\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structSignedAttestation[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"submitBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"accepted\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"subsetInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"allowedAlgorithms\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxAge\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxFutureSkew\",\"type\":\"uint32\"}],\"internalType\":\"structSubsetPolicy\",\"name\":\"policy\",\"type\":\"tuple\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"manifestURI\",\"type\":\"string\"}],\"internalType\":\"structSubsetInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"}],\"name\":\"AttestationSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"zkCommitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"}],\"name\":\"AttestationSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"label\",\"type\":\"string\"}],\"name\":\"GoldenDigestAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"GoldenDigestRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"allowedAlgorithms\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxAge\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxFutureSkew\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"manifestURI\",\"type\":\"string\"}],\"name\":\"SubsetApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"SubsetRemoved\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"}],\"name\":\"AlgorithmNotAllowed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"GoldenDigestAlreadyAdded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"GoldenDigestNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"allowedAlgorithms\",\"type\":\"uint32\"}],\"name\":\"InvalidAlgorithmMask\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"maxAge\",\"type\":\"uint32\"}],\"name\":\"InvalidMaxAge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"KeyExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"enumKeyStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"KeyNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes16\",\"name\":\"keyVmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"}],\"name\":\"KeyNotForVM\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"}],\"name\":\"SequenceNotIncreasing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"}],\"name\":\"SequenceOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"SubsetNotApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastTimestamp\",\"type\":\"uint64\"}],\"name\":\"TimestampBeforeLast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"latestAllowed\",\"type\":\"uint256\"}],\"name\":\"TimestampInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"oldestAllowed\",\"type\":\"uint256\"}],\"name\":\"TimestampTooOld\",\"type\":\"error\"}]",
	ID:  "263f0112c6c2939b338cdd50fccf509cd2",
	Bin: "0x610180604052348015610010575f5ffd5b5060405161372c38038061372c83398101604081905261002f916102fc565b8181604051806040016040528060088152602001671d9b585d1d195cdd60c21b815250604051806040016040528060018152602001603160f81b81525061007b8261018e60201b60201c565b610120526100888161018e565b61014052815160208084019190912060e052815190820120610100524660a05261011460e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03811661014b57604051636116401160e11b81525f60048201526024015b60405180910390fd5b600380546001600160d01b0316600160d01b65ffffffffffff8516021790556101745f826101cb565b5050506001600160a01b0390921661016052506103ab9050565b5f5f829050601f815111156101b8578260405163305a27a960e01b81526004016101429190610350565b80516101c382610385565b179392505050565b5f82610227575f6101e46004546001600160a01b031690565b6001600160a01b03161461020b57604051631fe1e13d60e11b815260040160405180910390fd5b600480546001600160a01b0319166001600160a01b0384161790555b610231838361023a565b90505b92915050565b5f8281526002602090815260408083206001600160a01b038516845290915281205460ff166102de575f8381526002602090815260408083206001600160a01b03861684529091529020805460ff191660011790556102963390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610234565b505f610234565b6001600160a01b03811681146102f9575f5ffd5b50565b5f5f5f6060848603121561030e575f5ffd5b8351610319816102e5565b602085015190935065ffffffffffff81168114610334575f5ffd5b6040850151909250610345816102e5565b809150509250925092565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156103a5575f198160200360031b1b821691505b50919050565b60805160a05160c05160e051610100516101205161014051610160516133186104145f395f818161037a01528181610d69015261189901525f611f3701525f611f0c01525f6121e401525f6121bc01525f61211701525f61214101525f61216b01526133185ff3fe608060405234801561000f575f5ffd5b5060043610610235575f3560e01c806391d148541161013d578063cefc1429116100b8578063d688dcb811610088578063f698da251161006e578063f698da2514610623578063f8e099241461062b578063fc85a69c1461063e575f5ffd5b8063d688dcb8146105d6578063f152d3b014610603575f5ffd5b8063cefc142914610567578063cf6eefb71461056f578063d547741f146105bb578063d602b9fd146105ce575f5ffd5b8063c2072c101161010d578063cb0da490116100f3578063cb0da49014610539578063cc8463c81461054c578063ce62bc5f14610554575f5ffd5b8063c2072c1014610513578063c8fc81bc14610526575f5ffd5b806391d148541461048d578063a1eda53c146104d2578063a217fddf146104f9578063b5e3063c14610500575f5ffd5b806336568abe116101cd5780637b1039991161019d57806384b0196e1161018357806384b0196e1461044c57806384ef8ffc146104675780638da5cb5b14610485575f5ffd5b80637b103999146103755780637b99ebf5146103c1575f5ffd5b806336568abe1461031757806362c272891461032a578063634e93da1461034f578063649a5ec714610362575f5ffd5b8063229852461161020857806322985246146102a8578063248a9ca3146102cf57806325dbbe5b146102f15780632f2ff15d14610304575f5ffd5b806301ffc9a714610239578063022d63fb146102615780630aa6220b1461027d5780631920f33314610287575b5f5ffd5b61024c610247366004612986565b610651565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff9091168152602001610258565b6102856106f8565b005b61029a6102953660046129c5565b61070d565b604051908152602001610258565b61029a7f35ac3ae3686e050d86691c43c07859d15541fee3a56e09c4dbaeb346a037b03781565b61029a6102dd366004612a37565b5f9081526002602052604090206001015490565b6102856102ff366004612a93565b61075c565b610285610312366004612b0a565b6108b8565b610285610325366004612b0a565b6108fd565b61033664ffffffffff81565b60405167ffffffffffffffff9091168152602001610258565b61028561035d366004612b34565b610a02565b610285610370366004612b4d565b610a15565b61039c7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610258565b6103d46103cf366004612b9f565b610a28565b60405161025891905f60c082019050825182526020830151602083015273ffffffffffffffffffffffffffffffffffffffff604084015116604083015267ffffffffffffffff606084015116606083015267ffffffffffffffff608084015116608083015260ff60a08401511660a083015292915050565b610454610b28565b6040516102589796959493929190612c15565b60045473ffffffffffffffffffffffffffffffffffffffff1661039c565b61039c610b86565b61024c61049b366004612b0a565b5f91825260026020908152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b6104da610bab565b6040805165ffffffffffff938416815292909116602083015201610258565b61029a5f81565b61028561050e366004612cea565b610c25565b61024c610521366004612d1d565b610c39565b61029a610534366004612d4f565b610dfe565b610285610547366004612d69565b610e10565b6102666111b4565b610285610562366004612a37565b611251565b610285611357565b6003546040805173ffffffffffffffffffffffffffffffffffffffff831681527401000000000000000000000000000000000000000090920465ffffffffffff16602083015201610258565b6102856105c9366004612b0a565b6113b3565b6102856113f4565b61024c6105e4366004612e4a565b5f91825260076020908152604080842092845291905290205460ff1690565b610616610611366004612a37565b611406565b6040516102589190612e6a565b61029a6116a7565b610285610639366004612e4a565b6116b0565b61024c61064c366004612d1d565b6117a3565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f9393bdc10000000000000000000000000000000000000000000000000000000014806106e357507fffffffff0000000000000000000000000000000000000000000000000000000082167f80eb5bc000000000000000000000000000000000000000000000000000000000145b806106f257506106f282611820565b92915050565b5f61070281611875565b61070a61187f565b50565b5f818103610747576040517fc2e5347d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b826107548184600161188b565b949350505050565b7f35ac3ae3686e050d86691c43c07859d15541fee3a56e09c4dbaeb346a037b03761078681611875565b5f8581526005602052604090205460ff166107d5576040517fcf1a0845000000000000000000000000000000000000000000000000000000008152600481018690526024015b60405180910390fd5b5f85815260076020908152604080832087845290915290205460ff1615610832576040517f70ebd88500000000000000000000000000000000000000000000000000000000815260048101869052602481018590526044016107cc565b5f8581526007602090815260408083208784529091529081902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905551849086907f8eccab491e15d69b027808e94004913c20f40feb2894d0e54b967b2f9e2293f1906108a99087908790612f8c565b60405180910390a35050505050565b816108ef576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6108f98282611d8f565b5050565b81158015610925575060045473ffffffffffffffffffffffffffffffffffffffff8281169116145b156109f85760035473ffffffffffffffffffffffffffffffffffffffff81169074010000000000000000000000000000000000000000900465ffffffffffff1681151580610979575065ffffffffffff8116155b8061098c57504265ffffffffffff821610155b156109cd576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff821660048201526024016107cc565b5050600380547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1690555b6108f98282611db9565b5f610a0c81611875565b6108f982611e17565b5f610a1f81611875565b6108f982611e96565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091525f610a9a84846040805192835260208301919091527f7d7827604b815011fd6ade4b06d59c48e3e075339f2d6b2dd8e6b93fabba74d5908201526060902090565b6001810154815484529091507f0100000000000000000000000000000000000000000000000000000000000000811615610ad957600282015460208401525b60f081901c60ff1660a08481019190915264ffffffffff60c883901c811660808601529082901c16606084015273ffffffffffffffffffffffffffffffffffffffff1660408301525092915050565b5f6060805f5f5f6060610b39611f05565b610b41611f30565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b5f610ba660045473ffffffffffffffffffffffffffffffffffffffff1690565b905090565b6004545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015610bed57504265ffffffffffff821610155b610bf8575f5f610c1d565b60045474010000000000000000000000000000000000000000900465ffffffffffff16815b915091509091565b82610c328160015f61188b565b5050505050565b5f5f5f5f610ca4610c8088886040805192835260208301919091527f7d7827604b815011fd6ade4b06d59c48e3e075339f2d6b2dd8e6b93fabba74d5908201526060902090565b600101549064ffffffffff60a083901c81169160c884901c9091169060f084901c90565b509250925092508067ffffffffffffffff165f03610cc7575f9350505050610df7565b5f8681526005602052604090205460ff16610ce7575f9350505050610df7565b8167ffffffffffffffff1642118015610d12575084610d1067ffffffffffffffff841642612ff9565b115b15610d22575f9350505050610df7565b6040517f1425269a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84811660048301525f917f000000000000000000000000000000000000000000000000000000000000000090911690631425269a90602401606060405180830381865afa158015610db0573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dd4919061300c565b5090915060029050816002811115610dee57610dee613065565b14159450505050505b9392505050565b5f6106f2610e0b83611f5b565b611f98565b7f35ac3ae3686e050d86691c43c07859d15541fee3a56e09c4dbaeb346a037b037610e3a81611875565b5f610e4860208a018a613092565b905063ffffffff81161580610e5f57506001811615155b15610e9e576040517fe45c67bb00000000000000000000000000000000000000000000000000000000815263ffffffff821660048201526024016107cc565b610eae60408a0160208b01613092565b63ffffffff165f03610f0557610eca60408a0160208b01613092565b6040517fd27b5fb300000000000000000000000000000000000000000000000000000000815263ffffffff90911660048201526024016107cc565b60405180608001604052806001151581526020018263ffffffff1681526020018a6020016020810190610f389190613092565b63ffffffff168152602001610f5360608c0160408d01613092565b63ffffffff9081169091525f8c8152600560209081526040918290208451815486840151878601516060988901517fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000009093169315157fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000ff169390931761010091881691909102177fffffffffffffffffffffffffffffffffffffff0000000000000000ffffffffff1665010000000000928716929092027fffffffffffffffffffffffffffffffffffffff00000000ffffffffffffffffff169190911769010000000000000000009190951602939093179092558051601f8b018390049092028201608090810190915291810189815290918291908b908b90819085018382808284375f92019190915250505090825250604080516020601f8a01819004810282018101909252888152918101919089908990819084018382808284375f92019190915250505090825250604080516020601f8801819004810282018101909252868152918101919087908790819084018382808284375f9201829052509390945250508c8152600660205260409020825190915081906111139082613156565b50602082015160018201906111289082613156565b506040820151600282019061113d9082613156565b508b91507f3ff28ba83b77977ded75992090e266a111be049ae8b0797d1ae23b4c63b3441690508261117560408d0160208e01613092565b61118560608e0160408f01613092565b8c8c8c8c8c8c6040516111a09998979695949392919061326d565b60405180910390a250505050505050505050565b6004545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff1680151580156111f557504265ffffffffffff8216105b611227576003547a010000000000000000000000000000000000000000000000000000900465ffffffffffff1661124b565b60045474010000000000000000000000000000000000000000900465ffffffffffff165b91505090565b7f35ac3ae3686e050d86691c43c07859d15541fee3a56e09c4dbaeb346a037b03761127b81611875565b5f8281526005602052604090205460ff166112c5576040517fcf1a0845000000000000000000000000000000000000000000000000000000008152600481018390526024016107cc565b5f82815260056020908152604080832080547fffffffffffffffffffffffffffffffffffffff00000000000000000000000000169055600690915281209061130d8282612940565b61131a600183015f612940565b611327600283015f612940565b505060405182907f4870c3bad65a3329f76147d8df7df2d2128c407a289000914f171a5b2045f92d905f90a25050565b60035473ffffffffffffffffffffffffffffffffffffffff163381146113ab576040517fc22c80220000000000000000000000000000000000000000000000000000000081523360048201526024016107cc565b61070a611fdf565b816113ea576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6108f982826120d0565b5f6113fe81611875565b61070a6120f4565b6114516040805160a0810182525f8082528251606081018452818152602081810183905293810191909152909182019081526020016060815260200160608152602001606081525090565b5f8281526005602090815260408083208151608081018352905460ff81161515825263ffffffff6101008204811683860190815265010000000000830482168486019081526901000000000000000000909304821660608086019182528a89526006885297869020865160a0810188528651151581528751998a018852925184168952935183168888015251909116868501529384019490945283549093929182019083906114ff906130b5565b80601f016020809104026020016040519081016040528092919081815260200182805461152b906130b5565b80156115765780601f1061154d57610100808354040283529160200191611576565b820191905f5260205f20905b81548152906001019060200180831161155957829003601f168201915b5050505050815260200182600101805461158f906130b5565b80601f01602080910402602001604051908101604052809291908181526020018280546115bb906130b5565b80156116065780601f106115dd57610100808354040283529160200191611606565b820191905f5260205f20905b8154815290600101906020018083116115e957829003601f168201915b5050505050815260200182600201805461161f906130b5565b80601f016020809104026020016040519081016040528092919081815260200182805461164b906130b5565b80156116965780601f1061166d57610100808354040283529160200191611696565b820191905f5260205f20905b81548152906001019060200180831161167957829003601f168201915b505050505081525092505050919050565b5f610ba66120fe565b7f35ac3ae3686e050d86691c43c07859d15541fee3a56e09c4dbaeb346a037b0376116da81611875565b5f83815260076020908152604080832085845290915290205460ff16611736576040517f7f03c4eb00000000000000000000000000000000000000000000000000000000815260048101849052602481018390526044016107cc565b5f83815260076020908152604080832085845290915280822080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551839185917fc4d2e9ab8bdf3136157bacffe77802e85fb23f34d1beb9245e07db0d4192a19b9190a3505050565b5f6117af848484610c39565b801561075457505f8381526007602052604081209061180486866040805192835260208301919091527f7d7827604b815011fd6ade4b06d59c48e3e075339f2d6b2dd8e6b93fabba74d5908201526060902090565b54815260208101919091526040015f205460ff16949350505050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f314987860000000000000000000000000000000000000000000000000000000014806106f257506106f282612234565b61070a81336122ca565b6118895f5f612351565b565b5f5f6118956120fe565b90507f0000000000000000000000000000000000000000000000000000000000000000611938565b8060e01b5f5260045ffd5b8060e01b5f52508060045260245ffd5b6040518160e01b8152826004820152836024820152604481fd5b6040518160e01b8152826004820152836024820152846044820152606481fd5b6040518160e01b8152826004820152836024820152846044820152856064820152608481fd5b6040515f61012082015286610120870288015b80821015611d835781358352602082013560208401527f7d7827604b815011fd6ade4b06d59c48e3e075339f2d6b2dd8e6b93fabba74d5604084015260608320600181015460c084013564ffffffffff60018203106119b2576119b28163ca6d03de6118c8565b64ffffffffff8260c81c16808211611a1b578a6119df576119df818360208901358935638cb2edb8611912565b815f5280602052602086013586357f09377db044f14968f0c51549a54180dea73ead28f2ff1029718191cc298bbd2660405fa350505050611d77565b64ffffffffff8360a01c1690508060a08701351015611a4e57611a4e8160a088013560208901358935637f53e1c8611912565b50507f99419aafb2b0237bd9d48d46f999279d645035f4efbec96d8fc251ce6bfcb999855260e084602087013761010080862060228701527f19010000000000000000000000000000000000000000000000000000000000008652600286018890526042862086525f80528401357f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81167f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08111611b2e578160ff1c601b01602088015260e0860135604088015280606088015260205f60808960015afa505b50505f5180611b4457611b44638baa579f6118bd565b631425269a60e01b5f528060045260608660245f8a5afa605f3d1116611b6c573d5f873e3d86fd5b84356040870151146020870151421060018851141616611bd2576001865114611b9f57611b9f865182634acf5ffc6118d8565b60208601514210611bbd57611bbd6020870151826333e3c2d06118d8565b611bd285356040880151836382df15046118f2565b602085013561012087015161010088015182141581151715611c0c57815f52600560205260405f2054905081610100890152806101208901525b604087013560a088013563ffffffff8360481c1642018111154263ffffffff8560281c16830110151663ffffffff8460081c16831c60ff85161616611cc35760ff8316611c6157611c618463cf1a08456118c8565b600163ffffffff8460081c16831c16611c8357611c83828563396e43e76118d8565b63ffffffff8360281c16428183011015611ca857611ca8814203836310f806476118d8565b50611cc363ffffffff8460481c16420182632b489ddf6118d8565b50505050606085013580845414611cd8578084555b5060808501357f01000000000000000000000000000000000000000000000000000000000000008316811715611d0f578060028501555b80151560f81b604087013560f01b60c088013560c81b1760a088013560a01b8417171760018501555060a060408601873780602086013586357fc77551896bddeeeb79b09f65af28ca6fb6d5066501602d963020a9b3ab201ead60a08aa45050506001860195505b6101208201915061194b565b50505050509392505050565b5f82815260026020526040902060010154611da981611875565b611db383836124aa565b50505050565b73ffffffffffffffffffffffffffffffffffffffff81163314611e08576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611e128282612568565b505050565b5f611e206111b4565b611e29426125c9565b611e3391906132dc565b9050611e3f8282612618565b60405165ffffffffffff8216815273ffffffffffffffffffffffffffffffffffffffff8316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f611ea0826126b3565b611ea9426125c9565b611eb391906132dc565b9050611ebf8282612351565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b910160405180910390a15050565b6060610ba67f00000000000000000000000000000000000000000000000000000000000000006126fa565b6060610ba67f00000000000000000000000000000000000000000000000000000000000000006126fa565b6040517f99419aafb2b0237bd9d48d46f999279d645035f4efbec96d8fc251ce6bfcb9998082525f9160e084602083013761010090209392505050565b5f6106f2611fa46120fe565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b60035473ffffffffffffffffffffffffffffffffffffffff81169074010000000000000000000000000000000000000000900465ffffffffffff1680158061202f57504265ffffffffffff821610155b15612070576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff821660048201526024016107cc565b6120985f61209360045473ffffffffffffffffffffffffffffffffffffffff1690565b612568565b506120a35f836124aa565b5050600380547fffffffffffff000000000000000000000000000000000000000000000000000016905550565b5f828152600260205260409020600101546120ea81611875565b611db38383612568565b6118895f5f612618565b5f3073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614801561216357507f000000000000000000000000000000000000000000000000000000000000000046145b1561218d57507f000000000000000000000000000000000000000000000000000000000000000090565b610ba6604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806106f257507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316146106f2565b5f82815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff166108f9576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602481018390526044016107cc565b6004547a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015612425574265ffffffffffff821610156123fc576004546003805479ffffffffffffffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000090920465ffffffffffff167a01000000000000000000000000000000000000000000000000000002919091179055612425565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b506004805473ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000065ffffffffffff9485160279ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a0100000000000000000000000000000000000000000000000000009290931691909102919091179055565b5f8261255e575f6124d060045473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff161461251d576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600480547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff84161790555b610df78383612737565b5f82158015612591575060045473ffffffffffffffffffffffffffffffffffffffff8381169116145b156125bf57600480547fffffffffffffffffffffffff00000000000000000000000000000000000000001690555b610df78383612834565b5f65ffffffffffff821115612614576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260306004820152602481018390526044016107cc565b5090565b600380547401000000000000000000000000000000000000000065ffffffffffff84811682027fffffffffffff0000000000000000000000000000000000000000000000000000841673ffffffffffffffffffffffffffffffffffffffff881617179093559004168015611e12576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f6126bd6111b4565b90508065ffffffffffff168365ffffffffffff16116126e5576126e083826132fa565b610df7565b610df765ffffffffffff8416620697806128f1565b60605f61270683612900565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f82815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1661282d575f83815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556127cb3390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016106f2565b505f6106f2565b5f82815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff161561282d575f83815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016106f2565b5f828218828410028218610df7565b5f60ff8216601f8111156106f2576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50805461294c906130b5565b5f825580601f1061295b575050565b601f0160209004905f5260205f209061188991905f5b80821115611e12575f81840155600101612971565b5f60208284031215612996575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114610df7575f5ffd5b5f5f602083850312156129d6575f5ffd5b823567ffffffffffffffff8111156129ec575f5ffd5b8301601f810185136129fc575f5ffd5b803567ffffffffffffffff811115612a12575f5ffd5b85602061012083028401011115612a27575f5ffd5b6020919091019590945092505050565b5f60208284031215612a47575f5ffd5b5035919050565b5f5f83601f840112612a5e575f5ffd5b50813567ffffffffffffffff811115612a75575f5ffd5b602083019150836020828501011115612a8c575f5ffd5b9250929050565b5f5f5f5f60608587031215612aa6575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115612aca575f5ffd5b612ad687828801612a4e565b95989497509550505050565b803573ffffffffffffffffffffffffffffffffffffffff81168114612b05575f5ffd5b919050565b5f5f60408385031215612b1b575f5ffd5b82359150612b2b60208401612ae2565b90509250929050565b5f60208284031215612b44575f5ffd5b610df782612ae2565b5f60208284031215612b5d575f5ffd5b813565ffffffffffff81168114610df7575f5ffd5b7fffffffffffffffffffffffffffffffff000000000000000000000000000000008116811461070a575f5ffd5b5f5f60408385031215612bb0575f5ffd5b8235612bbb81612b72565b946020939093013593505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f612c4f60e0830189612bc9565b8281036040840152612c618189612bc9565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612cc3578351835260209384019390920191600101612ca5565b50909b9a5050505050505050505050565b5f60e08284031215612ce4575f5ffd5b50919050565b5f5f5f6101208486031215612cfd575f5ffd5b612d078585612cd4565b9560e08501359550610100909401359392505050565b5f5f5f60608486031215612d2f575f5ffd5b8335612d3a81612b72565b95602085013595506040909401359392505050565b5f60e08284031215612d5f575f5ffd5b610df78383612cd4565b5f5f5f5f5f5f5f5f888a0360e0811215612d81575f5ffd5b8935985060607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe082011215612db4575f5ffd5b50602089019650608089013567ffffffffffffffff811115612dd4575f5ffd5b612de08b828c01612a4e565b90975095505060a089013567ffffffffffffffff811115612dff575f5ffd5b612e0b8b828c01612a4e565b90955093505060c089013567ffffffffffffffff811115612e2a575f5ffd5b612e368b828c01612a4e565b999c989b5096995094979396929594505050565b5f5f60408385031215612e5b575f5ffd5b50508035926020909101359150565b602081528151151560208201525f602083015163ffffffff815116604084015263ffffffff602082015116606084015263ffffffff604082015116608084015250604083015160e060a0840152612ec5610100840182612bc9565b905060608401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08483030160c0850152612f008282612bc9565b91505060808401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08483030160e0850152612f3c8282612bc9565b95945050505050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b602081525f610754602083018486612f45565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b818103818111156106f2576106f2612fcc565b5f5f5f6060848603121561301e575f5ffd5b83516003811061302c575f5ffd5b602085015190935067ffffffffffffffff81168114613049575f5ffd5b604085015190925061305a81612b72565b809150509250925092565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f602082840312156130a2575f5ffd5b813563ffffffff81168114610df7575f5ffd5b600181811c908216806130c957607f821691505b602082108103612ce4577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b601f821115611e125782821115611e1257805f5260205f20601f840160051c602085101561312b57505f5b90810190601f840160051c035f5b8181101561314e575f83820155600101613139565b505050505050565b815167ffffffffffffffff81111561317057613170612f9f565b6131848161317e84546130b5565b84613100565b6020601f8211600181146131d5575f831561319f5750848201515b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600385901b1c1916600184901b178455610c32565b5f848152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08516915b828110156132225787850151825560209485019460019092019101613202565b508482101561325e57868401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b60f8161c191681555b50505050600190811b01905550565b63ffffffff8a16815263ffffffff8916602082015263ffffffff8816604082015260c060608201525f6132a460c08301888a612f45565b82810360808401526132b7818789612f45565b905082810360a08401526132cc818587612f45565b9c9b505050505050505050505050565b65ffffffffffff81811683821601908111156106f2576106f2612fcc565b65ffffffffffff82811682821603908111156106f2576106f2612fcc56",
}

// AttestationVerifier is an auto generated Go binding around an Ethereum contract.
type AttestationVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AttestationVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewAttestationVerifier creates a new instance of AttestationVerifier.
func NewAttestationVerifier() *AttestationVerifier {
	parsed, err := AttestationVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AttestationVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AttestationVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_, uint48 adminDelay, address admin) returns()
func (attestationVerifier *AttestationVerifier) PackConstructor(registry_ common.Address, adminDelay *big.Int, admin common.Address) []byte {
	enc, err := attestationVerifier.abi.Pack("", registry_, adminDelay, admin)
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
func (attestationVerifier *AttestationVerifier) PackDEFAULTADMINROLE() []byte {
	enc, err := attestationVerifier.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (attestationVerifier *AttestationVerifier) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return attestationVerifier.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (attestationVerifier *AttestationVerifier) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := attestationVerifier.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXSEQUENCE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62c27289.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SEQUENCE() view returns(uint64)
func (attestationVerifier *AttestationVerifier) PackMAXSEQUENCE() []byte {
	enc, err := attestationVerifier.abi.Pack("MAX_SEQUENCE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSEQUENCE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62c27289.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SEQUENCE() view returns(uint64)
func (attestationVerifier *AttestationVerifier) TryPackMAXSEQUENCE() ([]byte, error) {
	return attestationVerifier.abi.Pack("MAX_SEQUENCE")
}

// UnpackMAXSEQUENCE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x62c27289.
//
// Solidity: function MAX_SEQUENCE() view returns(uint64)
func (attestationVerifier *AttestationVerifier) UnpackMAXSEQUENCE(data []byte) (uint64, error) {
	out, err := attestationVerifier.abi.Unpack("MAX_SEQUENCE", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPOLICYROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22985246.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function POLICY_ROLE() view returns(bytes32)
func (attestationVerifier *AttestationVerifier) PackPOLICYROLE() []byte {
	enc, err := attestationVerifier.abi.Pack("POLICY_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPOLICYROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22985246.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function POLICY_ROLE() view returns(bytes32)
func (attestationVerifier *AttestationVerifier) TryPackPOLICYROLE() ([]byte, error) {
	return attestationVerifier.abi.Pack("POLICY_ROLE")
}

// UnpackPOLICYROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22985246.
//
// Solidity: function POLICY_ROLE() view returns(bytes32)
func (attestationVerifier *AttestationVerifier) UnpackPOLICYROLE(data []byte) ([32]byte, error) {
	out, err := attestationVerifier.abi.Unpack("POLICY_ROLE", data)
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
func (attestationVerifier *AttestationVerifier) PackAcceptDefaultAdminTransfer() []byte {
	enc, err := attestationVerifier.abi.Pack("acceptDefaultAdminTransfer")
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
func (attestationVerifier *AttestationVerifier) TryPackAcceptDefaultAdminTransfer() ([]byte, error) {
	return attestationVerifier.abi.Pack("acceptDefaultAdminTransfer")
}

// PackAddGoldenDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25dbbe5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addGoldenDigest(bytes32 subsetId, bytes32 digest, string label) returns()
func (attestationVerifier *AttestationVerifier) PackAddGoldenDigest(subsetId [32]byte, digest [32]byte, label string) []byte {
	enc, err := attestationVerifier.abi.Pack("addGoldenDigest", subsetId, digest, label)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddGoldenDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25dbbe5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addGoldenDigest(bytes32 subsetId, bytes32 digest, string label) returns()
func (attestationVerifier *AttestationVerifier) TryPackAddGoldenDigest(subsetId [32]byte, digest [32]byte, label string) ([]byte, error) {
	return attestationVerifier.abi.Pack("addGoldenDigest", subsetId, digest, label)
}

// PackApproveSubset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb0da490.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approveSubset(bytes32 subsetId, (uint32,uint32,uint32) policy, string name, string version, string manifestURI) returns()
func (attestationVerifier *AttestationVerifier) PackApproveSubset(subsetId [32]byte, policy SubsetPolicy, name string, version string, manifestURI string) []byte {
	enc, err := attestationVerifier.abi.Pack("approveSubset", subsetId, policy, name, version, manifestURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApproveSubset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb0da490.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approveSubset(bytes32 subsetId, (uint32,uint32,uint32) policy, string name, string version, string manifestURI) returns()
func (attestationVerifier *AttestationVerifier) TryPackApproveSubset(subsetId [32]byte, policy SubsetPolicy, name string, version string, manifestURI string) ([]byte, error) {
	return attestationVerifier.abi.Pack("approveSubset", subsetId, policy, name, version, manifestURI)
}

// PackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (attestationVerifier *AttestationVerifier) PackBeginDefaultAdminTransfer(newAdmin common.Address) []byte {
	enc, err := attestationVerifier.abi.Pack("beginDefaultAdminTransfer", newAdmin)
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
func (attestationVerifier *AttestationVerifier) TryPackBeginDefaultAdminTransfer(newAdmin common.Address) ([]byte, error) {
	return attestationVerifier.abi.Pack("beginDefaultAdminTransfer", newAdmin)
}

// PackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (attestationVerifier *AttestationVerifier) PackCancelDefaultAdminTransfer() []byte {
	enc, err := attestationVerifier.abi.Pack("cancelDefaultAdminTransfer")
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
func (attestationVerifier *AttestationVerifier) TryPackCancelDefaultAdminTransfer() ([]byte, error) {
	return attestationVerifier.abi.Pack("cancelDefaultAdminTransfer")
}

// PackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (attestationVerifier *AttestationVerifier) PackChangeDefaultAdminDelay(newDelay *big.Int) []byte {
	enc, err := attestationVerifier.abi.Pack("changeDefaultAdminDelay", newDelay)
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
func (attestationVerifier *AttestationVerifier) TryPackChangeDefaultAdminDelay(newDelay *big.Int) ([]byte, error) {
	return attestationVerifier.abi.Pack("changeDefaultAdminDelay", newDelay)
}

// PackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdmin() view returns(address)
func (attestationVerifier *AttestationVerifier) PackDefaultAdmin() []byte {
	enc, err := attestationVerifier.abi.Pack("defaultAdmin")
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
func (attestationVerifier *AttestationVerifier) TryPackDefaultAdmin() ([]byte, error) {
	return attestationVerifier.abi.Pack("defaultAdmin")
}

// UnpackDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84ef8ffc.
//
// Solidity: function defaultAdmin() view returns(address)
func (attestationVerifier *AttestationVerifier) UnpackDefaultAdmin(data []byte) (common.Address, error) {
	out, err := attestationVerifier.abi.Unpack("defaultAdmin", data)
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
func (attestationVerifier *AttestationVerifier) PackDefaultAdminDelay() []byte {
	enc, err := attestationVerifier.abi.Pack("defaultAdminDelay")
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
func (attestationVerifier *AttestationVerifier) TryPackDefaultAdminDelay() ([]byte, error) {
	return attestationVerifier.abi.Pack("defaultAdminDelay")
}

// UnpackDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc8463c8.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (attestationVerifier *AttestationVerifier) UnpackDefaultAdminDelay(data []byte) (*big.Int, error) {
	out, err := attestationVerifier.abi.Unpack("defaultAdminDelay", data)
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
func (attestationVerifier *AttestationVerifier) PackDefaultAdminDelayIncreaseWait() []byte {
	enc, err := attestationVerifier.abi.Pack("defaultAdminDelayIncreaseWait")
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
func (attestationVerifier *AttestationVerifier) TryPackDefaultAdminDelayIncreaseWait() ([]byte, error) {
	return attestationVerifier.abi.Pack("defaultAdminDelayIncreaseWait")
}

// UnpackDefaultAdminDelayIncreaseWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x022d63fb.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (attestationVerifier *AttestationVerifier) UnpackDefaultAdminDelayIncreaseWait(data []byte) (*big.Int, error) {
	out, err := attestationVerifier.abi.Unpack("defaultAdminDelayIncreaseWait", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (attestationVerifier *AttestationVerifier) PackDomainSeparator() []byte {
	enc, err := attestationVerifier.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (attestationVerifier *AttestationVerifier) TryPackDomainSeparator() ([]byte, error) {
	return attestationVerifier.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (attestationVerifier *AttestationVerifier) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := attestationVerifier.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (attestationVerifier *AttestationVerifier) PackEip712Domain() []byte {
	enc, err := attestationVerifier.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (attestationVerifier *AttestationVerifier) TryPackEip712Domain() ([]byte, error) {
	return attestationVerifier.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (attestationVerifier *AttestationVerifier) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := attestationVerifier.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (attestationVerifier *AttestationVerifier) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := attestationVerifier.abi.Pack("getRoleAdmin", role)
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
func (attestationVerifier *AttestationVerifier) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return attestationVerifier.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (attestationVerifier *AttestationVerifier) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := attestationVerifier.abi.Unpack("getRoleAdmin", data)
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
func (attestationVerifier *AttestationVerifier) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := attestationVerifier.abi.Pack("grantRole", role, account)
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
func (attestationVerifier *AttestationVerifier) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return attestationVerifier.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (attestationVerifier *AttestationVerifier) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := attestationVerifier.abi.Pack("hasRole", role, account)
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
func (attestationVerifier *AttestationVerifier) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return attestationVerifier.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (attestationVerifier *AttestationVerifier) UnpackHasRole(data []byte) (bool, error) {
	out, err := attestationVerifier.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHashAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8fc81bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashAttestation((bytes16,bytes32,uint8,bytes32,bytes32,uint64,uint64) att) view returns(bytes32)
func (attestationVerifier *AttestationVerifier) PackHashAttestation(att Attestation) []byte {
	enc, err := attestationVerifier.abi.Pack("hashAttestation", att)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashAttestation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8fc81bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashAttestation((bytes16,bytes32,uint8,bytes32,bytes32,uint64,uint64) att) view returns(bytes32)
func (attestationVerifier *AttestationVerifier) TryPackHashAttestation(att Attestation) ([]byte, error) {
	return attestationVerifier.abi.Pack("hashAttestation", att)
}

// UnpackHashAttestation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8fc81bc.
//
// Solidity: function hashAttestation((bytes16,bytes32,uint8,bytes32,bytes32,uint64,uint64) att) view returns(bytes32)
func (attestationVerifier *AttestationVerifier) UnpackHashAttestation(data []byte) ([32]byte, error) {
	out, err := attestationVerifier.abi.Unpack("hashAttestation", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIsFresh is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2072c10.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFresh(bytes16 vmId, bytes32 subsetId, uint256 maxAge) view returns(bool)
func (attestationVerifier *AttestationVerifier) PackIsFresh(vmId [16]byte, subsetId [32]byte, maxAge *big.Int) []byte {
	enc, err := attestationVerifier.abi.Pack("isFresh", vmId, subsetId, maxAge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFresh is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2072c10.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFresh(bytes16 vmId, bytes32 subsetId, uint256 maxAge) view returns(bool)
func (attestationVerifier *AttestationVerifier) TryPackIsFresh(vmId [16]byte, subsetId [32]byte, maxAge *big.Int) ([]byte, error) {
	return attestationVerifier.abi.Pack("isFresh", vmId, subsetId, maxAge)
}

// UnpackIsFresh is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2072c10.
//
// Solidity: function isFresh(bytes16 vmId, bytes32 subsetId, uint256 maxAge) view returns(bool)
func (attestationVerifier *AttestationVerifier) UnpackIsFresh(data []byte) (bool, error) {
	out, err := attestationVerifier.abi.Unpack("isFresh", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsGoldenDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd688dcb8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isGoldenDigest(bytes32 subsetId, bytes32 digest) view returns(bool)
func (attestationVerifier *AttestationVerifier) PackIsGoldenDigest(subsetId [32]byte, digest [32]byte) []byte {
	enc, err := attestationVerifier.abi.Pack("isGoldenDigest", subsetId, digest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsGoldenDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd688dcb8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isGoldenDigest(bytes32 subsetId, bytes32 digest) view returns(bool)
func (attestationVerifier *AttestationVerifier) TryPackIsGoldenDigest(subsetId [32]byte, digest [32]byte) ([]byte, error) {
	return attestationVerifier.abi.Pack("isGoldenDigest", subsetId, digest)
}

// UnpackIsGoldenDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd688dcb8.
//
// Solidity: function isGoldenDigest(bytes32 subsetId, bytes32 digest) view returns(bool)
func (attestationVerifier *AttestationVerifier) UnpackIsGoldenDigest(data []byte) (bool, error) {
	out, err := attestationVerifier.abi.Unpack("isGoldenDigest", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsIntact is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc85a69c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isIntact(bytes16 vmId, bytes32 subsetId, uint256 maxAge) view returns(bool)
func (attestationVerifier *AttestationVerifier) PackIsIntact(vmId [16]byte, subsetId [32]byte, maxAge *big.Int) []byte {
	enc, err := attestationVerifier.abi.Pack("isIntact", vmId, subsetId, maxAge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsIntact is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc85a69c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isIntact(bytes16 vmId, bytes32 subsetId, uint256 maxAge) view returns(bool)
func (attestationVerifier *AttestationVerifier) TryPackIsIntact(vmId [16]byte, subsetId [32]byte, maxAge *big.Int) ([]byte, error) {
	return attestationVerifier.abi.Pack("isIntact", vmId, subsetId, maxAge)
}

// UnpackIsIntact is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc85a69c.
//
// Solidity: function isIntact(bytes16 vmId, bytes32 subsetId, uint256 maxAge) view returns(bool)
func (attestationVerifier *AttestationVerifier) UnpackIsIntact(data []byte) (bool, error) {
	out, err := attestationVerifier.abi.Unpack("isIntact", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLatest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b99ebf5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latest(bytes16 vmId, bytes32 subsetId) view returns((bytes32,bytes32,address,uint64,uint64,uint8) record)
func (attestationVerifier *AttestationVerifier) PackLatest(vmId [16]byte, subsetId [32]byte) []byte {
	enc, err := attestationVerifier.abi.Pack("latest", vmId, subsetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b99ebf5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latest(bytes16 vmId, bytes32 subsetId) view returns((bytes32,bytes32,address,uint64,uint64,uint8) record)
func (attestationVerifier *AttestationVerifier) TryPackLatest(vmId [16]byte, subsetId [32]byte) ([]byte, error) {
	return attestationVerifier.abi.Pack("latest", vmId, subsetId)
}

// UnpackLatest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b99ebf5.
//
// Solidity: function latest(bytes16 vmId, bytes32 subsetId) view returns((bytes32,bytes32,address,uint64,uint64,uint8) record)
func (attestationVerifier *AttestationVerifier) UnpackLatest(data []byte) (Record, error) {
	out, err := attestationVerifier.abi.Unpack("latest", data)
	if err != nil {
		return *new(Record), err
	}
	out0 := *abi.ConvertType(out[0], new(Record)).(*Record)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (attestationVerifier *AttestationVerifier) PackOwner() []byte {
	enc, err := attestationVerifier.abi.Pack("owner")
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
func (attestationVerifier *AttestationVerifier) TryPackOwner() ([]byte, error) {
	return attestationVerifier.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (attestationVerifier *AttestationVerifier) UnpackOwner(data []byte) (common.Address, error) {
	out, err := attestationVerifier.abi.Unpack("owner", data)
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
func (attestationVerifier *AttestationVerifier) PackPendingDefaultAdmin() []byte {
	enc, err := attestationVerifier.abi.Pack("pendingDefaultAdmin")
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
func (attestationVerifier *AttestationVerifier) TryPackPendingDefaultAdmin() ([]byte, error) {
	return attestationVerifier.abi.Pack("pendingDefaultAdmin")
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
func (attestationVerifier *AttestationVerifier) UnpackPendingDefaultAdmin(data []byte) (PendingDefaultAdminOutput, error) {
	out, err := attestationVerifier.abi.Unpack("pendingDefaultAdmin", data)
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
func (attestationVerifier *AttestationVerifier) PackPendingDefaultAdminDelay() []byte {
	enc, err := attestationVerifier.abi.Pack("pendingDefaultAdminDelay")
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
func (attestationVerifier *AttestationVerifier) TryPackPendingDefaultAdminDelay() ([]byte, error) {
	return attestationVerifier.abi.Pack("pendingDefaultAdminDelay")
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
func (attestationVerifier *AttestationVerifier) UnpackPendingDefaultAdminDelay(data []byte) (PendingDefaultAdminDelayOutput, error) {
	out, err := attestationVerifier.abi.Unpack("pendingDefaultAdminDelay", data)
	outstruct := new(PendingDefaultAdminDelayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewDelay = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (attestationVerifier *AttestationVerifier) PackRegistry() []byte {
	enc, err := attestationVerifier.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (attestationVerifier *AttestationVerifier) TryPackRegistry() ([]byte, error) {
	return attestationVerifier.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (attestationVerifier *AttestationVerifier) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := attestationVerifier.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRemoveGoldenDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e09924.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeGoldenDigest(bytes32 subsetId, bytes32 digest) returns()
func (attestationVerifier *AttestationVerifier) PackRemoveGoldenDigest(subsetId [32]byte, digest [32]byte) []byte {
	enc, err := attestationVerifier.abi.Pack("removeGoldenDigest", subsetId, digest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveGoldenDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8e09924.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeGoldenDigest(bytes32 subsetId, bytes32 digest) returns()
func (attestationVerifier *AttestationVerifier) TryPackRemoveGoldenDigest(subsetId [32]byte, digest [32]byte) ([]byte, error) {
	return attestationVerifier.abi.Pack("removeGoldenDigest", subsetId, digest)
}

// PackRemoveSubset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce62bc5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeSubset(bytes32 subsetId) returns()
func (attestationVerifier *AttestationVerifier) PackRemoveSubset(subsetId [32]byte) []byte {
	enc, err := attestationVerifier.abi.Pack("removeSubset", subsetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveSubset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce62bc5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeSubset(bytes32 subsetId) returns()
func (attestationVerifier *AttestationVerifier) TryPackRemoveSubset(subsetId [32]byte) ([]byte, error) {
	return attestationVerifier.abi.Pack("removeSubset", subsetId)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (attestationVerifier *AttestationVerifier) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := attestationVerifier.abi.Pack("renounceRole", role, account)
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
func (attestationVerifier *AttestationVerifier) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return attestationVerifier.abi.Pack("renounceRole", role, account)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (attestationVerifier *AttestationVerifier) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := attestationVerifier.abi.Pack("revokeRole", role, account)
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
func (attestationVerifier *AttestationVerifier) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return attestationVerifier.abi.Pack("revokeRole", role, account)
}

// PackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (attestationVerifier *AttestationVerifier) PackRollbackDefaultAdminDelay() []byte {
	enc, err := attestationVerifier.abi.Pack("rollbackDefaultAdminDelay")
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
func (attestationVerifier *AttestationVerifier) TryPackRollbackDefaultAdminDelay() ([]byte, error) {
	return attestationVerifier.abi.Pack("rollbackDefaultAdminDelay")
}

// PackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5e3063c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submit((bytes16,bytes32,uint8,bytes32,bytes32,uint64,uint64) att, bytes32 r, bytes32 vs) returns()
func (attestationVerifier *AttestationVerifier) PackSubmit(att Attestation, r [32]byte, vs [32]byte) []byte {
	enc, err := attestationVerifier.abi.Pack("submit", att, r, vs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5e3063c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submit((bytes16,bytes32,uint8,bytes32,bytes32,uint64,uint64) att, bytes32 r, bytes32 vs) returns()
func (attestationVerifier *AttestationVerifier) TryPackSubmit(att Attestation, r [32]byte, vs [32]byte) ([]byte, error) {
	return attestationVerifier.abi.Pack("submit", att, r, vs)
}

// PackSubmitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1920f333.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitBatch(((bytes16,bytes32,uint8,bytes32,bytes32,uint64,uint64),bytes32,bytes32)[] items) returns(uint256 accepted)
func (attestationVerifier *AttestationVerifier) PackSubmitBatch(items []SignedAttestation) []byte {
	enc, err := attestationVerifier.abi.Pack("submitBatch", items)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1920f333.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitBatch(((bytes16,bytes32,uint8,bytes32,bytes32,uint64,uint64),bytes32,bytes32)[] items) returns(uint256 accepted)
func (attestationVerifier *AttestationVerifier) TryPackSubmitBatch(items []SignedAttestation) ([]byte, error) {
	return attestationVerifier.abi.Pack("submitBatch", items)
}

// UnpackSubmitBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1920f333.
//
// Solidity: function submitBatch(((bytes16,bytes32,uint8,bytes32,bytes32,uint64,uint64),bytes32,bytes32)[] items) returns(uint256 accepted)
func (attestationVerifier *AttestationVerifier) UnpackSubmitBatch(data []byte) (*big.Int, error) {
	out, err := attestationVerifier.abi.Unpack("submitBatch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSubsetInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf152d3b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function subsetInfo(bytes32 subsetId) view returns((bool,(uint32,uint32,uint32),string,string,string))
func (attestationVerifier *AttestationVerifier) PackSubsetInfo(subsetId [32]byte) []byte {
	enc, err := attestationVerifier.abi.Pack("subsetInfo", subsetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubsetInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf152d3b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function subsetInfo(bytes32 subsetId) view returns((bool,(uint32,uint32,uint32),string,string,string))
func (attestationVerifier *AttestationVerifier) TryPackSubsetInfo(subsetId [32]byte) ([]byte, error) {
	return attestationVerifier.abi.Pack("subsetInfo", subsetId)
}

// UnpackSubsetInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf152d3b0.
//
// Solidity: function subsetInfo(bytes32 subsetId) view returns((bool,(uint32,uint32,uint32),string,string,string))
func (attestationVerifier *AttestationVerifier) UnpackSubsetInfo(data []byte) (SubsetInfo, error) {
	out, err := attestationVerifier.abi.Unpack("subsetInfo", data)
	if err != nil {
		return *new(SubsetInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(SubsetInfo)).(*SubsetInfo)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (attestationVerifier *AttestationVerifier) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := attestationVerifier.abi.Pack("supportsInterface", interfaceId)
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
func (attestationVerifier *AttestationVerifier) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return attestationVerifier.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (attestationVerifier *AttestationVerifier) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := attestationVerifier.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// AttestationVerifierAttestationSkipped represents a AttestationSkipped event raised by the AttestationVerifier contract.
type AttestationVerifierAttestationSkipped struct {
	VmId         [16]byte
	SubsetId     [32]byte
	Sequence     uint64
	LastSequence uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const AttestationVerifierAttestationSkippedEventName = "AttestationSkipped"

// ContractEventName returns the user-defined event name.
func (AttestationVerifierAttestationSkipped) ContractEventName() string {
	return AttestationVerifierAttestationSkippedEventName
}

// UnpackAttestationSkippedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestationSkipped(bytes16 indexed vmId, bytes32 indexed subsetId, uint64 sequence, uint64 lastSequence)
func (attestationVerifier *AttestationVerifier) UnpackAttestationSkippedEvent(log *types.Log) (*AttestationVerifierAttestationSkipped, error) {
	event := "AttestationSkipped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationVerifierAttestationSkipped)
	if len(log.Data) > 0 {
		if err := attestationVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationVerifier.abi.Events[event].Inputs {
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

// AttestationVerifierAttestationSubmitted represents a AttestationSubmitted event raised by the AttestationVerifier contract.
type AttestationVerifierAttestationSubmitted struct {
	VmId         [16]byte
	SubsetId     [32]byte
	Signer       common.Address
	HashAlg      uint8
	StateDigest  [32]byte
	ZkCommitment [32]byte
	Timestamp    uint64
	Sequence     uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const AttestationVerifierAttestationSubmittedEventName = "AttestationSubmitted"

// ContractEventName returns the user-defined event name.
func (AttestationVerifierAttestationSubmitted) ContractEventName() string {
	return AttestationVerifierAttestationSubmittedEventName
}

// UnpackAttestationSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestationSubmitted(bytes16 indexed vmId, bytes32 indexed subsetId, address indexed signer, uint8 hashAlg, bytes32 stateDigest, bytes32 zkCommitment, uint64 timestamp, uint64 sequence)
func (attestationVerifier *AttestationVerifier) UnpackAttestationSubmittedEvent(log *types.Log) (*AttestationVerifierAttestationSubmitted, error) {
	event := "AttestationSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationVerifierAttestationSubmitted)
	if len(log.Data) > 0 {
		if err := attestationVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationVerifier.abi.Events[event].Inputs {
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

// AttestationVerifierDefaultAdminDelayChangeCanceled represents a DefaultAdminDelayChangeCanceled event raised by the AttestationVerifier contract.
type AttestationVerifierDefaultAdminDelayChangeCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const AttestationVerifierDefaultAdminDelayChangeCanceledEventName = "DefaultAdminDelayChangeCanceled"

// ContractEventName returns the user-defined event name.
func (AttestationVerifierDefaultAdminDelayChangeCanceled) ContractEventName() string {
	return AttestationVerifierDefaultAdminDelayChangeCanceledEventName
}

// UnpackDefaultAdminDelayChangeCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeCanceled()
func (attestationVerifier *AttestationVerifier) UnpackDefaultAdminDelayChangeCanceledEvent(log *types.Log) (*AttestationVerifierDefaultAdminDelayChangeCanceled, error) {
	event := "DefaultAdminDelayChangeCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationVerifierDefaultAdminDelayChangeCanceled)
	if len(log.Data) > 0 {
		if err := attestationVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationVerifier.abi.Events[event].Inputs {
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

// AttestationVerifierDefaultAdminDelayChangeScheduled represents a DefaultAdminDelayChangeScheduled event raised by the AttestationVerifier contract.
type AttestationVerifierDefaultAdminDelayChangeScheduled struct {
	NewDelay       *big.Int
	EffectSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const AttestationVerifierDefaultAdminDelayChangeScheduledEventName = "DefaultAdminDelayChangeScheduled"

// ContractEventName returns the user-defined event name.
func (AttestationVerifierDefaultAdminDelayChangeScheduled) ContractEventName() string {
	return AttestationVerifierDefaultAdminDelayChangeScheduledEventName
}

// UnpackDefaultAdminDelayChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule)
func (attestationVerifier *AttestationVerifier) UnpackDefaultAdminDelayChangeScheduledEvent(log *types.Log) (*AttestationVerifierDefaultAdminDelayChangeScheduled, error) {
	event := "DefaultAdminDelayChangeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationVerifierDefaultAdminDelayChangeScheduled)
	if len(log.Data) > 0 {
		if err := attestationVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationVerifier.abi.Events[event].Inputs {
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

// AttestationVerifierDefaultAdminTransferCanceled represents a DefaultAdminTransferCanceled event raised by the AttestationVerifier contract.
type AttestationVerifierDefaultAdminTransferCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const AttestationVerifierDefaultAdminTransferCanceledEventName = "DefaultAdminTransferCanceled"

// ContractEventName returns the user-defined event name.
func (AttestationVerifierDefaultAdminTransferCanceled) ContractEventName() string {
	return AttestationVerifierDefaultAdminTransferCanceledEventName
}

// UnpackDefaultAdminTransferCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferCanceled()
func (attestationVerifier *AttestationVerifier) UnpackDefaultAdminTransferCanceledEvent(log *types.Log) (*AttestationVerifierDefaultAdminTransferCanceled, error) {
	event := "DefaultAdminTransferCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationVerifierDefaultAdminTransferCanceled)
	if len(log.Data) > 0 {
		if err := attestationVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationVerifier.abi.Events[event].Inputs {
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

// AttestationVerifierDefaultAdminTransferScheduled represents a DefaultAdminTransferScheduled event raised by the AttestationVerifier contract.
type AttestationVerifierDefaultAdminTransferScheduled struct {
	NewAdmin       common.Address
	AcceptSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const AttestationVerifierDefaultAdminTransferScheduledEventName = "DefaultAdminTransferScheduled"

// ContractEventName returns the user-defined event name.
func (AttestationVerifierDefaultAdminTransferScheduled) ContractEventName() string {
	return AttestationVerifierDefaultAdminTransferScheduledEventName
}

// UnpackDefaultAdminTransferScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule)
func (attestationVerifier *AttestationVerifier) UnpackDefaultAdminTransferScheduledEvent(log *types.Log) (*AttestationVerifierDefaultAdminTransferScheduled, error) {
	event := "DefaultAdminTransferScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationVerifierDefaultAdminTransferScheduled)
	if len(log.Data) > 0 {
		if err := attestationVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationVerifier.abi.Events[event].Inputs {
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

// AttestationVerifierEIP712DomainChanged represents a EIP712DomainChanged event raised by the AttestationVerifier contract.
type AttestationVerifierEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const AttestationVerifierEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (AttestationVerifierEIP712DomainChanged) ContractEventName() string {
	return AttestationVerifierEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (attestationVerifier *AttestationVerifier) UnpackEIP712DomainChangedEvent(log *types.Log) (*AttestationVerifierEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationVerifierEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := attestationVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationVerifier.abi.Events[event].Inputs {
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

// AttestationVerifierGoldenDigestAdded represents a GoldenDigestAdded event raised by the AttestationVerifier contract.
type AttestationVerifierGoldenDigestAdded struct {
	SubsetId [32]byte
	Digest   [32]byte
	Label    string
	Raw      *types.Log // Blockchain specific contextual infos
}

const AttestationVerifierGoldenDigestAddedEventName = "GoldenDigestAdded"

// ContractEventName returns the user-defined event name.
func (AttestationVerifierGoldenDigestAdded) ContractEventName() string {
	return AttestationVerifierGoldenDigestAddedEventName
}

// UnpackGoldenDigestAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GoldenDigestAdded(bytes32 indexed subsetId, bytes32 indexed digest, string label)
func (attestationVerifier *AttestationVerifier) UnpackGoldenDigestAddedEvent(log *types.Log) (*AttestationVerifierGoldenDigestAdded, error) {
	event := "GoldenDigestAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationVerifierGoldenDigestAdded)
	if len(log.Data) > 0 {
		if err := attestationVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationVerifier.abi.Events[event].Inputs {
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

// AttestationVerifierGoldenDigestRemoved represents a GoldenDigestRemoved event raised by the AttestationVerifier contract.
type AttestationVerifierGoldenDigestRemoved struct {
	SubsetId [32]byte
	Digest   [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const AttestationVerifierGoldenDigestRemovedEventName = "GoldenDigestRemoved"

// ContractEventName returns the user-defined event name.
func (AttestationVerifierGoldenDigestRemoved) ContractEventName() string {
	return AttestationVerifierGoldenDigestRemovedEventName
}

// UnpackGoldenDigestRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GoldenDigestRemoved(bytes32 indexed subsetId, bytes32 indexed digest)
func (attestationVerifier *AttestationVerifier) UnpackGoldenDigestRemovedEvent(log *types.Log) (*AttestationVerifierGoldenDigestRemoved, error) {
	event := "GoldenDigestRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationVerifierGoldenDigestRemoved)
	if len(log.Data) > 0 {
		if err := attestationVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationVerifier.abi.Events[event].Inputs {
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

// AttestationVerifierRoleAdminChanged represents a RoleAdminChanged event raised by the AttestationVerifier contract.
type AttestationVerifierRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const AttestationVerifierRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (AttestationVerifierRoleAdminChanged) ContractEventName() string {
	return AttestationVerifierRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (attestationVerifier *AttestationVerifier) UnpackRoleAdminChangedEvent(log *types.Log) (*AttestationVerifierRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationVerifierRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := attestationVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationVerifier.abi.Events[event].Inputs {
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

// AttestationVerifierRoleGranted represents a RoleGranted event raised by the AttestationVerifier contract.
type AttestationVerifierRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AttestationVerifierRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (AttestationVerifierRoleGranted) ContractEventName() string {
	return AttestationVerifierRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (attestationVerifier *AttestationVerifier) UnpackRoleGrantedEvent(log *types.Log) (*AttestationVerifierRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationVerifierRoleGranted)
	if len(log.Data) > 0 {
		if err := attestationVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationVerifier.abi.Events[event].Inputs {
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

// AttestationVerifierRoleRevoked represents a RoleRevoked event raised by the AttestationVerifier contract.
type AttestationVerifierRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AttestationVerifierRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (AttestationVerifierRoleRevoked) ContractEventName() string {
	return AttestationVerifierRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (attestationVerifier *AttestationVerifier) UnpackRoleRevokedEvent(log *types.Log) (*AttestationVerifierRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationVerifierRoleRevoked)
	if len(log.Data) > 0 {
		if err := attestationVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationVerifier.abi.Events[event].Inputs {
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

// AttestationVerifierSubsetApproved represents a SubsetApproved event raised by the AttestationVerifier contract.
type AttestationVerifierSubsetApproved struct {
	SubsetId          [32]byte
	AllowedAlgorithms uint32
	MaxAge            uint32
	MaxFutureSkew     uint32
	Name              string
	Version           string
	ManifestURI       string
	Raw               *types.Log // Blockchain specific contextual infos
}

const AttestationVerifierSubsetApprovedEventName = "SubsetApproved"

// ContractEventName returns the user-defined event name.
func (AttestationVerifierSubsetApproved) ContractEventName() string {
	return AttestationVerifierSubsetApprovedEventName
}

// UnpackSubsetApprovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SubsetApproved(bytes32 indexed subsetId, uint32 allowedAlgorithms, uint32 maxAge, uint32 maxFutureSkew, string name, string version, string manifestURI)
func (attestationVerifier *AttestationVerifier) UnpackSubsetApprovedEvent(log *types.Log) (*AttestationVerifierSubsetApproved, error) {
	event := "SubsetApproved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationVerifierSubsetApproved)
	if len(log.Data) > 0 {
		if err := attestationVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationVerifier.abi.Events[event].Inputs {
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

// AttestationVerifierSubsetRemoved represents a SubsetRemoved event raised by the AttestationVerifier contract.
type AttestationVerifierSubsetRemoved struct {
	SubsetId [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const AttestationVerifierSubsetRemovedEventName = "SubsetRemoved"

// ContractEventName returns the user-defined event name.
func (AttestationVerifierSubsetRemoved) ContractEventName() string {
	return AttestationVerifierSubsetRemovedEventName
}

// UnpackSubsetRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SubsetRemoved(bytes32 indexed subsetId)
func (attestationVerifier *AttestationVerifier) UnpackSubsetRemovedEvent(log *types.Log) (*AttestationVerifierSubsetRemoved, error) {
	event := "SubsetRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationVerifierSubsetRemoved)
	if len(log.Data) > 0 {
		if err := attestationVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range attestationVerifier.abi.Events[event].Inputs {
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
func (attestationVerifier *AttestationVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["AccessControlEnforcedDefaultAdminDelay"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackAccessControlEnforcedDefaultAdminDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["AccessControlEnforcedDefaultAdminRules"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackAccessControlEnforcedDefaultAdminRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["AccessControlInvalidDefaultAdmin"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackAccessControlInvalidDefaultAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["AlgorithmNotAllowed"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackAlgorithmNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["EmptyBatch"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackEmptyBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["GoldenDigestAlreadyAdded"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackGoldenDigestAlreadyAddedError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["GoldenDigestNotFound"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackGoldenDigestNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["InvalidAlgorithmMask"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackInvalidAlgorithmMaskError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["InvalidMaxAge"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackInvalidMaxAgeError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["KeyExpired"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackKeyExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["KeyNotActive"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackKeyNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["KeyNotForVM"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackKeyNotForVMError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["SequenceNotIncreasing"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackSequenceNotIncreasingError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["SequenceOutOfRange"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackSequenceOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["SubsetNotApproved"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackSubsetNotApprovedError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["TimestampBeforeLast"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackTimestampBeforeLastError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["TimestampInFuture"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackTimestampInFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["TimestampTooOld"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackTimestampTooOldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AttestationVerifierAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the AttestationVerifier contract.
type AttestationVerifierAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func AttestationVerifierAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (attestationVerifier *AttestationVerifier) UnpackAccessControlBadConfirmationError(raw []byte) (*AttestationVerifierAccessControlBadConfirmation, error) {
	out := new(AttestationVerifierAccessControlBadConfirmation)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierAccessControlEnforcedDefaultAdminDelay represents a AccessControlEnforcedDefaultAdminDelay error raised by the AttestationVerifier contract.
type AttestationVerifierAccessControlEnforcedDefaultAdminDelay struct {
	Schedule *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func AttestationVerifierAccessControlEnforcedDefaultAdminDelayErrorID() common.Hash {
	return common.HexToHash("0x19ca5ebb8fb33f00e502c9392eddab1501674629178bf69b853cf037aaf4bb5d")
}

// UnpackAccessControlEnforcedDefaultAdminDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func (attestationVerifier *AttestationVerifier) UnpackAccessControlEnforcedDefaultAdminDelayError(raw []byte) (*AttestationVerifierAccessControlEnforcedDefaultAdminDelay, error) {
	out := new(AttestationVerifierAccessControlEnforcedDefaultAdminDelay)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierAccessControlEnforcedDefaultAdminRules represents a AccessControlEnforcedDefaultAdminRules error raised by the AttestationVerifier contract.
type AttestationVerifierAccessControlEnforcedDefaultAdminRules struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func AttestationVerifierAccessControlEnforcedDefaultAdminRulesErrorID() common.Hash {
	return common.HexToHash("0x3fc3c27ae3db78c81b8f6e685172134623efa268ee8cd8d54be38ad2a74fc13b")
}

// UnpackAccessControlEnforcedDefaultAdminRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func (attestationVerifier *AttestationVerifier) UnpackAccessControlEnforcedDefaultAdminRulesError(raw []byte) (*AttestationVerifierAccessControlEnforcedDefaultAdminRules, error) {
	out := new(AttestationVerifierAccessControlEnforcedDefaultAdminRules)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierAccessControlInvalidDefaultAdmin represents a AccessControlInvalidDefaultAdmin error raised by the AttestationVerifier contract.
type AttestationVerifierAccessControlInvalidDefaultAdmin struct {
	DefaultAdmin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func AttestationVerifierAccessControlInvalidDefaultAdminErrorID() common.Hash {
	return common.HexToHash("0xc22c8022f2a840d6b6a9f113407715f5bbd4e88c1b0dd9434dc00700ba609ed4")
}

// UnpackAccessControlInvalidDefaultAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func (attestationVerifier *AttestationVerifier) UnpackAccessControlInvalidDefaultAdminError(raw []byte) (*AttestationVerifierAccessControlInvalidDefaultAdmin, error) {
	out := new(AttestationVerifierAccessControlInvalidDefaultAdmin)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "AccessControlInvalidDefaultAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the AttestationVerifier contract.
type AttestationVerifierAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func AttestationVerifierAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (attestationVerifier *AttestationVerifier) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*AttestationVerifierAccessControlUnauthorizedAccount, error) {
	out := new(AttestationVerifierAccessControlUnauthorizedAccount)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierAlgorithmNotAllowed represents a AlgorithmNotAllowed error raised by the AttestationVerifier contract.
type AttestationVerifierAlgorithmNotAllowed struct {
	SubsetId [32]byte
	HashAlg  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlgorithmNotAllowed(bytes32 subsetId, uint8 hashAlg)
func AttestationVerifierAlgorithmNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x396e43e7b459b505b38eee7d8cc5c4df326f5caaff3cc9ce08a241f1d139a25d")
}

// UnpackAlgorithmNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlgorithmNotAllowed(bytes32 subsetId, uint8 hashAlg)
func (attestationVerifier *AttestationVerifier) UnpackAlgorithmNotAllowedError(raw []byte) (*AttestationVerifierAlgorithmNotAllowed, error) {
	out := new(AttestationVerifierAlgorithmNotAllowed)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "AlgorithmNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierEmptyBatch represents a EmptyBatch error raised by the AttestationVerifier contract.
type AttestationVerifierEmptyBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyBatch()
func AttestationVerifierEmptyBatchErrorID() common.Hash {
	return common.HexToHash("0xc2e5347df6cf8d1bf68f8a9651642312bd381b900d857d97cd665976180d6ae0")
}

// UnpackEmptyBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyBatch()
func (attestationVerifier *AttestationVerifier) UnpackEmptyBatchError(raw []byte) (*AttestationVerifierEmptyBatch, error) {
	out := new(AttestationVerifierEmptyBatch)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "EmptyBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierGoldenDigestAlreadyAdded represents a GoldenDigestAlreadyAdded error raised by the AttestationVerifier contract.
type AttestationVerifierGoldenDigestAlreadyAdded struct {
	SubsetId [32]byte
	Digest   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GoldenDigestAlreadyAdded(bytes32 subsetId, bytes32 digest)
func AttestationVerifierGoldenDigestAlreadyAddedErrorID() common.Hash {
	return common.HexToHash("0x70ebd8857f5aef1f86234a0eb0bb790587f2eac9712a467fcaef35aab4ac00c1")
}

// UnpackGoldenDigestAlreadyAddedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GoldenDigestAlreadyAdded(bytes32 subsetId, bytes32 digest)
func (attestationVerifier *AttestationVerifier) UnpackGoldenDigestAlreadyAddedError(raw []byte) (*AttestationVerifierGoldenDigestAlreadyAdded, error) {
	out := new(AttestationVerifierGoldenDigestAlreadyAdded)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "GoldenDigestAlreadyAdded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierGoldenDigestNotFound represents a GoldenDigestNotFound error raised by the AttestationVerifier contract.
type AttestationVerifierGoldenDigestNotFound struct {
	SubsetId [32]byte
	Digest   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GoldenDigestNotFound(bytes32 subsetId, bytes32 digest)
func AttestationVerifierGoldenDigestNotFoundErrorID() common.Hash {
	return common.HexToHash("0x7f03c4eb8c5669d381e7384faa3d49910cfe9954bb012feecfa21b83ebf2768f")
}

// UnpackGoldenDigestNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GoldenDigestNotFound(bytes32 subsetId, bytes32 digest)
func (attestationVerifier *AttestationVerifier) UnpackGoldenDigestNotFoundError(raw []byte) (*AttestationVerifierGoldenDigestNotFound, error) {
	out := new(AttestationVerifierGoldenDigestNotFound)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "GoldenDigestNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierInvalidAlgorithmMask represents a InvalidAlgorithmMask error raised by the AttestationVerifier contract.
type AttestationVerifierInvalidAlgorithmMask struct {
	AllowedAlgorithms uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAlgorithmMask(uint32 allowedAlgorithms)
func AttestationVerifierInvalidAlgorithmMaskErrorID() common.Hash {
	return common.HexToHash("0xe45c67bbd381cb5d8ef423aee910cdb3c639b6e7731e043fa707ced1d11a633f")
}

// UnpackInvalidAlgorithmMaskError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAlgorithmMask(uint32 allowedAlgorithms)
func (attestationVerifier *AttestationVerifier) UnpackInvalidAlgorithmMaskError(raw []byte) (*AttestationVerifierInvalidAlgorithmMask, error) {
	out := new(AttestationVerifierInvalidAlgorithmMask)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "InvalidAlgorithmMask", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierInvalidMaxAge represents a InvalidMaxAge error raised by the AttestationVerifier contract.
type AttestationVerifierInvalidMaxAge struct {
	MaxAge uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMaxAge(uint32 maxAge)
func AttestationVerifierInvalidMaxAgeErrorID() common.Hash {
	return common.HexToHash("0xd27b5fb3aa3086f09da0d61f1e8d58c3ac472167ebf921874d20a4870edaa914")
}

// UnpackInvalidMaxAgeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMaxAge(uint32 maxAge)
func (attestationVerifier *AttestationVerifier) UnpackInvalidMaxAgeError(raw []byte) (*AttestationVerifierInvalidMaxAge, error) {
	out := new(AttestationVerifierInvalidMaxAge)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "InvalidMaxAge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierInvalidShortString represents a InvalidShortString error raised by the AttestationVerifier contract.
type AttestationVerifierInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func AttestationVerifierInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (attestationVerifier *AttestationVerifier) UnpackInvalidShortStringError(raw []byte) (*AttestationVerifierInvalidShortString, error) {
	out := new(AttestationVerifierInvalidShortString)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierInvalidSignature represents a InvalidSignature error raised by the AttestationVerifier contract.
type AttestationVerifierInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature()
func AttestationVerifierInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x8baa579fce362245063d36f11747a89dd489c54795634fc673cc0e0db51fedc5")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature()
func (attestationVerifier *AttestationVerifier) UnpackInvalidSignatureError(raw []byte) (*AttestationVerifierInvalidSignature, error) {
	out := new(AttestationVerifierInvalidSignature)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierKeyExpired represents a KeyExpired error raised by the AttestationVerifier contract.
type AttestationVerifierKeyExpired struct {
	Signer    common.Address
	ExpiresAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KeyExpired(address signer, uint64 expiresAt)
func AttestationVerifierKeyExpiredErrorID() common.Hash {
	return common.HexToHash("0x33e3c2d0287969728e4d7c6ad327f151a7983ed8ff358e378a9a93fde8d7b4e6")
}

// UnpackKeyExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KeyExpired(address signer, uint64 expiresAt)
func (attestationVerifier *AttestationVerifier) UnpackKeyExpiredError(raw []byte) (*AttestationVerifierKeyExpired, error) {
	out := new(AttestationVerifierKeyExpired)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "KeyExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierKeyNotActive represents a KeyNotActive error raised by the AttestationVerifier contract.
type AttestationVerifierKeyNotActive struct {
	Signer common.Address
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KeyNotActive(address signer, uint8 status)
func AttestationVerifierKeyNotActiveErrorID() common.Hash {
	return common.HexToHash("0x4acf5ffc516673f4ff11e8a75c5e62470796fcb079d3cf0181e5d13309d756fd")
}

// UnpackKeyNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KeyNotActive(address signer, uint8 status)
func (attestationVerifier *AttestationVerifier) UnpackKeyNotActiveError(raw []byte) (*AttestationVerifierKeyNotActive, error) {
	out := new(AttestationVerifierKeyNotActive)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "KeyNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierKeyNotForVM represents a KeyNotForVM error raised by the AttestationVerifier contract.
type AttestationVerifierKeyNotForVM struct {
	Signer  common.Address
	KeyVmId [16]byte
	VmId    [16]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KeyNotForVM(address signer, bytes16 keyVmId, bytes16 vmId)
func AttestationVerifierKeyNotForVMErrorID() common.Hash {
	return common.HexToHash("0x82df1504a6ad3cd7e399bae7728207a339727d23960a698dff9d0ae52cf54414")
}

// UnpackKeyNotForVMError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KeyNotForVM(address signer, bytes16 keyVmId, bytes16 vmId)
func (attestationVerifier *AttestationVerifier) UnpackKeyNotForVMError(raw []byte) (*AttestationVerifierKeyNotForVM, error) {
	out := new(AttestationVerifierKeyNotForVM)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "KeyNotForVM", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the AttestationVerifier contract.
type AttestationVerifierSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func AttestationVerifierSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (attestationVerifier *AttestationVerifier) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*AttestationVerifierSafeCastOverflowedUintDowncast, error) {
	out := new(AttestationVerifierSafeCastOverflowedUintDowncast)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierSequenceNotIncreasing represents a SequenceNotIncreasing error raised by the AttestationVerifier contract.
type AttestationVerifierSequenceNotIncreasing struct {
	VmId         [16]byte
	SubsetId     [32]byte
	Sequence     uint64
	LastSequence uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SequenceNotIncreasing(bytes16 vmId, bytes32 subsetId, uint64 sequence, uint64 lastSequence)
func AttestationVerifierSequenceNotIncreasingErrorID() common.Hash {
	return common.HexToHash("0x8cb2edb823a79f959a9ae0f38d8bc342c41ffcbc46f8b346c357283c2b98523b")
}

// UnpackSequenceNotIncreasingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SequenceNotIncreasing(bytes16 vmId, bytes32 subsetId, uint64 sequence, uint64 lastSequence)
func (attestationVerifier *AttestationVerifier) UnpackSequenceNotIncreasingError(raw []byte) (*AttestationVerifierSequenceNotIncreasing, error) {
	out := new(AttestationVerifierSequenceNotIncreasing)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "SequenceNotIncreasing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierSequenceOutOfRange represents a SequenceOutOfRange error raised by the AttestationVerifier contract.
type AttestationVerifierSequenceOutOfRange struct {
	Sequence uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SequenceOutOfRange(uint64 sequence)
func AttestationVerifierSequenceOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xca6d03de54ad1ca5c8c9dedd4991535858fda8e024d8a6088a3b4545166c948a")
}

// UnpackSequenceOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SequenceOutOfRange(uint64 sequence)
func (attestationVerifier *AttestationVerifier) UnpackSequenceOutOfRangeError(raw []byte) (*AttestationVerifierSequenceOutOfRange, error) {
	out := new(AttestationVerifierSequenceOutOfRange)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "SequenceOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierStringTooLong represents a StringTooLong error raised by the AttestationVerifier contract.
type AttestationVerifierStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func AttestationVerifierStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (attestationVerifier *AttestationVerifier) UnpackStringTooLongError(raw []byte) (*AttestationVerifierStringTooLong, error) {
	out := new(AttestationVerifierStringTooLong)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierSubsetNotApproved represents a SubsetNotApproved error raised by the AttestationVerifier contract.
type AttestationVerifierSubsetNotApproved struct {
	SubsetId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SubsetNotApproved(bytes32 subsetId)
func AttestationVerifierSubsetNotApprovedErrorID() common.Hash {
	return common.HexToHash("0xcf1a0845879f8e639f0f18fe64d91a16ce6cbd5013617844ff37cf5840a4547d")
}

// UnpackSubsetNotApprovedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SubsetNotApproved(bytes32 subsetId)
func (attestationVerifier *AttestationVerifier) UnpackSubsetNotApprovedError(raw []byte) (*AttestationVerifierSubsetNotApproved, error) {
	out := new(AttestationVerifierSubsetNotApproved)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "SubsetNotApproved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierTimestampBeforeLast represents a TimestampBeforeLast error raised by the AttestationVerifier contract.
type AttestationVerifierTimestampBeforeLast struct {
	VmId          [16]byte
	SubsetId      [32]byte
	Timestamp     uint64
	LastTimestamp uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimestampBeforeLast(bytes16 vmId, bytes32 subsetId, uint64 timestamp, uint64 lastTimestamp)
func AttestationVerifierTimestampBeforeLastErrorID() common.Hash {
	return common.HexToHash("0x7f53e1c849851d76c129fa59ade9d09943477eb81947f7ffdd2aba6706b1ddd5")
}

// UnpackTimestampBeforeLastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimestampBeforeLast(bytes16 vmId, bytes32 subsetId, uint64 timestamp, uint64 lastTimestamp)
func (attestationVerifier *AttestationVerifier) UnpackTimestampBeforeLastError(raw []byte) (*AttestationVerifierTimestampBeforeLast, error) {
	out := new(AttestationVerifierTimestampBeforeLast)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "TimestampBeforeLast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierTimestampInFuture represents a TimestampInFuture error raised by the AttestationVerifier contract.
type AttestationVerifierTimestampInFuture struct {
	Timestamp     uint64
	LatestAllowed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimestampInFuture(uint64 timestamp, uint256 latestAllowed)
func AttestationVerifierTimestampInFutureErrorID() common.Hash {
	return common.HexToHash("0x2b489ddf0c18b42fb9f8a08e61393ccdfa89c5ebb70820d26c67c933e6e8c2b4")
}

// UnpackTimestampInFutureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimestampInFuture(uint64 timestamp, uint256 latestAllowed)
func (attestationVerifier *AttestationVerifier) UnpackTimestampInFutureError(raw []byte) (*AttestationVerifierTimestampInFuture, error) {
	out := new(AttestationVerifierTimestampInFuture)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "TimestampInFuture", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierTimestampTooOld represents a TimestampTooOld error raised by the AttestationVerifier contract.
type AttestationVerifierTimestampTooOld struct {
	Timestamp     uint64
	OldestAllowed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimestampTooOld(uint64 timestamp, uint256 oldestAllowed)
func AttestationVerifierTimestampTooOldErrorID() common.Hash {
	return common.HexToHash("0x10f806475a5394fb9e53fb0ad44ef49ff2eb528dbc758ec89452870727d478ab")
}

// UnpackTimestampTooOldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimestampTooOld(uint64 timestamp, uint256 oldestAllowed)
func (attestationVerifier *AttestationVerifier) UnpackTimestampTooOldError(raw []byte) (*AttestationVerifierTimestampTooOld, error) {
	out := new(AttestationVerifierTimestampTooOld)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "TimestampTooOld", raw); err != nil {
		return nil, err
	}
	return out, nil
}
