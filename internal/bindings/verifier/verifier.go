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

// Dissent is an auto generated low-level Go binding around an user-defined struct.
type Dissent struct {
	StateDigest  [32]byte
	ZkCommitment [32]byte
	Timestamp    uint64
	Sequence     uint64
	R            [32]byte
	Vs           [32]byte
}

// QuorumState is an auto generated low-level Go binding around an user-defined struct.
type QuorumState struct {
	VmId         [16]byte
	SubsetId     [32]byte
	HashAlg      uint8
	StateDigest  [32]byte
	ZkCommitment [32]byte
}

// QuorumVote is an auto generated low-level Go binding around an user-defined struct.
type QuorumVote struct {
	Timestamp uint64
	Sequence  uint64
	R         [32]byte
	Vs        [32]byte
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIEnclaveKeyRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"adminDelay\",\"type\":\"uint48\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_QUORUM\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SEQUENCE\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POLICY_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"label\",\"type\":\"string\"}],\"name\":\"addGoldenDigest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"allowedAlgorithms\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxAge\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxFutureSkew\",\"type\":\"uint32\"}],\"internalType\":\"structSubsetPolicy\",\"name\":\"policy\",\"type\":\"tuple\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"manifestURI\",\"type\":\"string\"}],\"name\":\"approveSubset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"}],\"internalType\":\"structAttestation\",\"name\":\"att\",\"type\":\"tuple\"}],\"name\":\"hashAttestation\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"maxAge\",\"type\":\"uint256\"}],\"name\":\"isFresh\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"isGoldenDigest\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"maxAge\",\"type\":\"uint256\"}],\"name\":\"isIntact\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"latest\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"}],\"internalType\":\"structRecord\",\"name\":\"record\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"quorumOf\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIEnclaveKeyRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"removeGoldenDigest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"removeSubset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structDissent[]\",\"name\":\"dissents\",\"type\":\"tuple[]\"}],\"name\":\"reportDisagreements\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"}],\"name\":\"setQuorum\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"}],\"internalType\":\"structAttestation\",\"name\":\"att\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"name\":\"submit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"}],\"internalType\":\"structAttestation\",\"name\":\"attestation\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structSignedAttestation[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"submitBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"accepted\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommitment\",\"type\":\"bytes32\"}],\"internalType\":\"structQuorumState\",\"name\":\"state\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structQuorumVote[]\",\"name\":\"votes\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structDissent[]\",\"name\":\"dissents\",\"type\":\"tuple[]\"}],\"name\":\"submitQuorum\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"recorded\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"subsetInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"allowedAlgorithms\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxAge\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxFutureSkew\",\"type\":\"uint32\"}],\"internalType\":\"structSubsetPolicy\",\"name\":\"policy\",\"type\":\"tuple\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"manifestURI\",\"type\":\"string\"}],\"internalType\":\"structSubsetInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"}],\"name\":\"AttestationSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"zkCommitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"}],\"name\":\"AttestationSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"label\",\"type\":\"string\"}],\"name\":\"GoldenDigestAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"GoldenDigestRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"agreedDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"QuorumDisagreement\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"zkCommitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"QuorumReached\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"}],\"name\":\"QuorumSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lastTimestamp\",\"type\":\"uint64\"}],\"name\":\"QuorumSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"allowedAlgorithms\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxAge\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxFutureSkew\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"manifestURI\",\"type\":\"string\"}],\"name\":\"SubsetApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"SubsetRemoved\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"}],\"name\":\"AlgorithmNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"DissentAgrees\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"GoldenDigestAlreadyAdded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"GoldenDigestNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"allowedAlgorithms\",\"type\":\"uint32\"}],\"name\":\"InvalidAlgorithmMask\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"maxAge\",\"type\":\"uint32\"}],\"name\":\"InvalidMaxAge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"}],\"name\":\"InvalidQuorum\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"KeyExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"enumKeyStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"KeyNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes16\",\"name\":\"keyVmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"}],\"name\":\"KeyNotForVM\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"NoQuorumRecord\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"earliest\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"latest\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"}],\"name\":\"OutsideQuorumWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"QuorumNotConfigured\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"votes\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"}],\"name\":\"QuorumNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"}],\"name\":\"QuorumRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"}],\"name\":\"SequenceNotIncreasing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"}],\"name\":\"SequenceOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"SignerEquivocates\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"previous\",\"type\":\"address\"}],\"name\":\"SignersNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"SubsetNotApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastTimestamp\",\"type\":\"uint64\"}],\"name\":\"TimestampBeforeLast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"latestAllowed\",\"type\":\"uint256\"}],\"name\":\"TimestampInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"oldestAllowed\",\"type\":\"uint256\"}],\"name\":\"TimestampTooOld\",\"type\":\"error\"}]",
	ID:  "263f0112c6c2939b338cdd50fccf509cd2",
	Bin: "0x610180604052348015610010575f5ffd5b5060405161556d38038061556d83398101604081905261002f916102fc565b8181604051806040016040528060088152602001671d9b585d1d195cdd60c21b815250604051806040016040528060018152602001603160f81b81525061007b8261018e60201b60201c565b610120526100888161018e565b61014052815160208084019190912060e052815190820120610100524660a05261011460e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03811661014b57604051636116401160e11b81525f60048201526024015b60405180910390fd5b600380546001600160d01b0316600160d01b65ffffffffffff8516021790556101745f826101cb565b5050506001600160a01b0390921661016052506103ab9050565b5f5f829050601f815111156101b8578260405163305a27a960e01b81526004016101429190610350565b80516101c382610385565b179392505050565b5f82610227575f6101e46004546001600160a01b031690565b6001600160a01b03161461020b57604051631fe1e13d60e11b815260040160405180910390fd5b600480546001600160a01b0319166001600160a01b0384161790555b610231838361023a565b90505b92915050565b5f8281526002602090815260408083206001600160a01b038516845290915281205460ff166102de575f8381526002602090815260408083206001600160a01b03861684529091529020805460ff191660011790556102963390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610234565b505f610234565b6001600160a01b03811681146102f9575f5ffd5b50565b5f5f5f6060848603121561030e575f5ffd5b8351610319816102e5565b602085015190935065ffffffffffff81168114610334575f5ffd5b6040850151909250610345816102e5565b809150509250925092565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156103a5575f198160200360031b1b821691505b50919050565b60805160a05160c05160e051610100516101205161014051610160516151446104295f395f818161046701528181610edc01528181610f9a015281816125c7015281816133340152613e7401525f612ce701525f612cbc01525f6137d101525f6137a901525f61370401525f61372e01525f61375801526151445ff3fe608060405234801561000f575f5ffd5b50600436106102b7575f3560e01c8063a217fddf11610171578063cf6eefb7116100d2578063e91406f411610088578063f698da251161006e578063f698da2514610763578063f8e099241461076b578063fc85a69c1461077e575f5ffd5b8063e91406f414610730578063f152d3b014610743575f5ffd5b8063d547741f116100b8578063d547741f146106e8578063d602b9fd146106fb578063d688dcb814610703575f5ffd5b8063cf6eefb714610682578063d2cbc867146106ce575f5ffd5b8063cb0da49011610127578063cc8463c81161010d578063cc8463c81461065f578063ce62bc5f14610667578063cefc14291461067a575f5ffd5b8063cb0da49014610639578063cb31845a1461064c575f5ffd5b8063c2072c1011610157578063c2072c1014610600578063c6e7686214610613578063c8fc81bc14610626575f5ffd5b8063a217fddf146105e6578063b5e3063c146105ed575f5ffd5b8063634e93da1161021b57806384b0196e116101d15780638da5cb5b116101b75780638da5cb5b1461057257806391d148541461057a578063a1eda53c146105bf575f5ffd5b806384b0196e1461053957806384ef8ffc14610554575f5ffd5b8063727681271161020157806372768127146103f75780637b103999146104625780637b99ebf5146104ae575f5ffd5b8063634e93da146103d1578063649a5ec7146103e4575f5ffd5b8063248a9ca3116102705780632f2ff15d116102565780632f2ff15d1461038657806336568abe1461039957806362c27289146103ac575f5ffd5b8063248a9ca31461035157806325dbbe5b14610373575f5ffd5b80630aa6220b116102a05780630aa6220b146102ff5780631920f33314610309578063229852461461032a575f5ffd5b806301ffc9a7146102bb578063022d63fb146102e3575b5f5ffd5b6102ce6102c93660046143d3565b610791565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff90911681526020016102da565b610307610838565b005b61031c610317366004614412565b61084d565b6040519081526020016102da565b61031c7f35ac3ae3686e050d86691c43c07859d15541fee3a56e09c4dbaeb346a037b03781565b61031c61035f366004614484565b5f9081526002602052604090206001015490565b6103076103813660046144e0565b61089c565b610307610394366004614557565b6109f8565b6103076103a7366004614557565b610a3d565b6103b864ffffffffff81565b60405167ffffffffffffffff90911681526020016102da565b6103076103df366004614581565b610b42565b6103076103f236600461459a565b610b55565b610444610405366004614484565b5f908152600560205260409020546d0100000000000000000000000000810460ff16916e01000000000000000000000000000090910463ffffffff1690565b6040805160ff909316835263ffffffff9091166020830152016102da565b6104897f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016102da565b6104c16104bc3660046145ec565b610b68565b6040516102da91905f60c082019050825182526020830151602083015273ffffffffffffffffffffffffffffffffffffffff604084015116604083015267ffffffffffffffff606084015116606083015267ffffffffffffffff608084015116608083015260ff60a08401511660a083015292915050565b610541610c65565b6040516102da9796959493929190614662565b60045473ffffffffffffffffffffffffffffffffffffffff16610489565b610489610cc3565b6102ce610588366004614557565b5f91825260026020908152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b6105c7610ce8565b6040805165ffffffffffff9384168152929091166020830152016102da565b61031c5f81565b6103076105fb366004614737565b610d62565b6102ce61060e36600461476a565b610d76565b6102ce6106213660046147dd565b611030565b61031c610634366004614896565b6115c1565b6103076106473660046148b0565b6115d3565b61030761065a366004614991565b6119c4565b6102e8611cf7565b610307610675366004614484565b611d94565b610307611e9a565b6003546040805173ffffffffffffffffffffffffffffffffffffffff831681527401000000000000000000000000000000000000000090920465ffffffffffff166020830152016102da565b6106d6601081565b60405160ff90911681526020016102da565b6103076106f6366004614557565b611ef6565b610307611f37565b6102ce6107113660046149dd565b5f91825260076020908152604080842092845291905290205460ff1690565b61030761073e366004614a20565b611f49565b610756610751366004614484565b612101565b6040516102da9190614a59565b61031c6123d5565b6103076107793660046149dd565b6123de565b6102ce61078c36600461476a565b6124d1565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f9393bdc100000000000000000000000000000000000000000000000000000000148061082357507fffffffff0000000000000000000000000000000000000000000000000000000082167fc494f84c00000000000000000000000000000000000000000000000000000000145b8061083257506108328261254e565b92915050565b5f610842816125a3565b61084a6125ad565b50565b5f818103610887576040517fc2e5347d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b82610894818460016125b9565b949350505050565b7f35ac3ae3686e050d86691c43c07859d15541fee3a56e09c4dbaeb346a037b0376108c6816125a3565b5f8581526005602052604090205460ff16610915576040517fcf1a0845000000000000000000000000000000000000000000000000000000008152600481018690526024015b60405180910390fd5b5f85815260076020908152604080832087845290915290205460ff1615610972576040517f70ebd885000000000000000000000000000000000000000000000000000000008152600481018690526024810185905260440161090c565b5f8581526007602090815260408083208784529091529081902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905551849086907f8eccab491e15d69b027808e94004913c20f40feb2894d0e54b967b2f9e2293f1906109e99087908790614b72565b60405180910390a35050505050565b81610a2f576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a398282612aec565b5050565b81158015610a65575060045473ffffffffffffffffffffffffffffffffffffffff8281169116145b15610b385760035473ffffffffffffffffffffffffffffffffffffffff81169074010000000000000000000000000000000000000000900465ffffffffffff1681151580610ab9575065ffffffffffff8116155b80610acc57504265ffffffffffff821610155b15610b0d576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff8216600482015260240161090c565b5050600380547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1690555b610a398282612b16565b5f610b4c816125a3565b610a3982612b74565b5f610b5f816125a3565b610a3982612bf3565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091525f610bda84846040805192835260208301919091527f7d7827604b815011fd6ade4b06d59c48e3e075339f2d6b2dd8e6b93fabba74d5908201526060902090565b6001810154815484529091507f0100000000000000000000000000000000000000000000000000000000000000811615610c1957600282015460208401525b610c2281612c62565b60ff1660a087015267ffffffffffffffff908116608087015216606085015273ffffffffffffffffffffffffffffffffffffffff16604084015250909392505050565b5f6060805f5f5f6060610c76612cb5565b610c7e612ce0565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b5f610ce360045473ffffffffffffffffffffffffffffffffffffffff1690565b905090565b6004545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015610d2a57504265ffffffffffff821610155b610d35575f5f610d5a565b60045474010000000000000000000000000000000000000000900465ffffffffffff16815b915091509091565b82610d6f8160015f6125b9565b5050505050565b5f5f610db885856040805192835260208301919091527f7d7827604b815011fd6ade4b06d59c48e3e075339f2d6b2dd8e6b93fabba74d5908201526060902090565b6001015490505f5f5f610dca84612c62565b509250925092508067ffffffffffffffff165f03610dee575f945050505050611029565b5f8781526005602052604090205460ff16610e0f575f945050505050611029565b8167ffffffffffffffff1642118015610e3a575085610e3867ffffffffffffffff841642614bdf565b115b15610e4b575f945050505050611029565b7f0200000000000000000000000000000000000000000000000000000000000000841615610f53576040517fd2076b270000000000000000000000000000000000000000000000000000000081527fffffffffffffffffffffffffffffffff000000000000000000000000000000008916600482015273ffffffffffffffffffffffffffffffffffffffff858116917f00000000000000000000000000000000000000000000000000000000000000009091169063d2076b2790602401602060405180830381865afa158015610f23573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f479190614bf2565b14945050505050611029565b6040517f1425269a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84811660048301525f917f000000000000000000000000000000000000000000000000000000000000000090911690631425269a90602401606060405180830381865afa158015610fe1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110059190614c1e565b509091506002905081600281111561101f5761101f614c6b565b1415955050505050505b9392505050565b6020808601355f908152600582526040808220815160c081018352905460ff808216151580845263ffffffff610100840481169785019790975265010000000000830487169484019490945269010000000000000000008204861660608401526d010000000000000000000000000082041660808301526e010000000000000000000000000000900490931660a0840152909190611100576040517fcf1a08450000000000000000000000000000000000000000000000000000000081526020880135600482015260240161090c565b6111106060880160408901614c98565b60ff16816020015163ffffffff16901c60011663ffffffff165f036111825760208701356111446060890160408a01614c98565b6040517f396e43e7000000000000000000000000000000000000000000000000000000008152600481019290925260ff16602482015260440161090c565b6002816080015160ff1610156111ca576040517f84e23d8c0000000000000000000000000000000000000000000000000000000081526020880135600482015260240161090c565b608081015160ff168510156112275760808101516040517fe450c847000000000000000000000000000000000000000000000000000000008152602089013560048201526024810187905260ff909116604482015260640161090c565b5f5f6112338888612d0b565b90925090505f61128661124960208c018c614cb1565b604080519182526020808e0135908301527f7d7827604b815011fd6ade4b06d59c48e3e075339f2d6b2dd8e6b93fabba74d5908201526060902090565b90505f6112968260010154612c62565b50509150508067ffffffffffffffff168467ffffffffffffffff161161133e5760208b018035906112c7908d614cb1565b6040805167ffffffffffffffff8089168252851660208201527fffffffffffffffffffffffffffffffff0000000000000000000000000000000092909216917f3966d087aa4babc1404bbf77ab8d015b8e381a09e9f404e16dac8da4fd9a2748910160405180910390a35f955050505050506115b8565b60a085015163ffffffff166113538585614ccc565b67ffffffffffffffff1611156113bb5760a08501516040517fb1b539ef00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff80871660048301528516602482015263ffffffff909116604482015260640161090c565b42856040015163ffffffff168567ffffffffffffffff166113dc9190614cec565b101561143d5783856040015163ffffffff16426113f99190614bdf565b6040517f10f8064700000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9092166004830152602482015260440161090c565b60608501516114529063ffffffff1642614cec565b8367ffffffffffffffff1611156114be5782856060015163ffffffff164261147a9190614cec565b6040517f2b489ddf00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9092166004830152602482015260440161090c565b5f6114ce368d90038d018d614cff565b90505f61157a82805160208083015160409384015184517f99419aafb2b0237bd9d48d46f999279d645035f4efbec96d8fc251ce6bfcb999938101939093527fffffffffffffffffffffffffffffffff0000000000000000000000000000000090931682850152606082015260ff90911660808201525f60a0820181905260c0820181905260e08201819052610100808301919091528251808303909101815261012090910190915290565b90505f61158983838f8f612d9b565b905061159f83838d8d8b8b8e60a0015188612f31565b6115ab858f898461324f565b6001985050505050505050505b95945050505050565b5f6108326115ce83613548565b613585565b7f35ac3ae3686e050d86691c43c07859d15541fee3a56e09c4dbaeb346a037b0376115fd816125a3565b5f61160b60208a018a614d7c565b905063ffffffff8116158061162257506001811615155b15611661576040517fe45c67bb00000000000000000000000000000000000000000000000000000000815263ffffffff8216600482015260240161090c565b61167160408a0160208b01614d7c565b63ffffffff165f036116c85761168d60408a0160208b01614d7c565b6040517fd27b5fb300000000000000000000000000000000000000000000000000000000815263ffffffff909116600482015260240161090c565b5f8a815260056020908152604091829020825160c0810184526001815263ffffffff851681840152909290918282019161170791908e01908e01614d7c565b63ffffffff16815260200161172260608d0160408e01614d7c565b63ffffffff168152602001825f01600d9054906101000a900460ff1660ff168152602001825f01600e9054906101000a900463ffffffff1663ffffffff1681525060055f8d81526020019081526020015f205f820151815f015f6101000a81548160ff0219169083151502179055506020820151815f0160016101000a81548163ffffffff021916908363ffffffff1602179055506040820151815f0160056101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f0160096101000a81548163ffffffff021916908363ffffffff1602179055506080820151815f01600d6101000a81548160ff021916908360ff16021790555060a0820151815f01600e6101000a81548163ffffffff021916908363ffffffff16021790555090505060405180606001604052808a8a8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505090825250604080516020601f8b0181900481028201810190925289815291810191908a908a90819084018382808284375f92019190915250505090825250604080516020601f8901819004810282018101909252878152918101919088908890819084018382808284375f9201829052509390945250508d81526006602052604090208251909150819061191f9082614e36565b50602082015160018201906119349082614e36565b50604082015160028201906119499082614e36565b508c91507f3ff28ba83b77977ded75992090e266a111be049ae8b0797d1ae23b4c63b3441690508361198160408e0160208f01614d7c565b8d60400160208101906119949190614d7c565b8d8d8d8d8d8d6040516119af99989796959493929190614f4d565b60405180910390a25050505050505050505050565b5f83815260056020908152604091829020825160c081018452905460ff8082161515835263ffffffff610100830481169484019490945265010000000000820484169483019490945269010000000000000000008104831660608301526d01000000000000000000000000008104909316608082018190526e01000000000000000000000000000090930490911660a08201529060021115611a95576040517f84e23d8c0000000000000000000000000000000000000000000000000000000081526004810185905260240161090c565b5f611ad686866040805192835260208301919091527f7d7827604b815011fd6ade4b06d59c48e3e075339f2d6b2dd8e6b93fabba74d5908201526060902090565b90505f5f5f5f611ae98560010154612c62565b93509350935093508167ffffffffffffffff165f1480611b1e575073ffffffffffffffffffffffffffffffffffffffff841615155b15611b80576040517f4b35969f0000000000000000000000000000000000000000000000000000000081527fffffffffffffffffffffffffffffffff000000000000000000000000000000008b166004820152602481018a905260440161090c565b6040805160a080820183527fffffffffffffffffffffffffffffffff000000000000000000000000000000008d168252602082018c905260ff8416928201929092528654606082015260028701546080820152908701515f90611be99063ffffffff1686614fbc565b9050611ce982611c9884805160208083015160409384015184517f99419aafb2b0237bd9d48d46f999279d645035f4efbec96d8fc251ce6bfcb999938101939093527fffffffffffffffffffffffffffffffff0000000000000000000000000000000090931682850152606082015260ff90911660808201525f60a0820181905260c0820181905260e08201819052610100808301919091528251808303909101815261012090910190915290565b8c8c89868e60a001515f67ffffffffffffffff811115611cba57611cba614b85565b604051908082528060200260200182016040528015611ce3578160200160208202803683370190505b50612f31565b505050505050505050505050565b6004545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015611d3857504265ffffffffffff8216105b611d6a576003547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16611d8e565b60045474010000000000000000000000000000000000000000900465ffffffffffff165b91505090565b7f35ac3ae3686e050d86691c43c07859d15541fee3a56e09c4dbaeb346a037b037611dbe816125a3565b5f8281526005602052604090205460ff16611e08576040517fcf1a08450000000000000000000000000000000000000000000000000000000081526004810183905260240161090c565b5f82815260056020908152604080832080547fffffffffffffffffffffffffffff0000000000000000000000000000000000001690556006909152812090611e50828261438d565b611e5d600183015f61438d565b611e6a600283015f61438d565b505060405182907f4870c3bad65a3329f76147d8df7df2d2128c407a289000914f171a5b2045f92d905f90a25050565b60035473ffffffffffffffffffffffffffffffffffffffff16338114611eee576040517fc22c802200000000000000000000000000000000000000000000000000000000815233600482015260240161090c565b61084a6135cc565b81611f2d576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a3982826136bd565b5f611f41816125a3565b61084a6136e1565b7f35ac3ae3686e050d86691c43c07859d15541fee3a56e09c4dbaeb346a037b037611f73816125a3565b5f848152600560205260409020805460ff16611fbe576040517fcf1a08450000000000000000000000000000000000000000000000000000000081526004810186905260240161090c565b601060ff85161180611fe3575060028460ff1610158015611fe3575063ffffffff8316155b1561202b576040517fbb01838d00000000000000000000000000000000000000000000000000000000815260ff8516600482015263ffffffff8416602482015260440161090c565b60028460ff16101561203e575f93508392505b80547fffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffffff166d010000000000000000000000000060ff86169081027fffffffffffffffffffffffffffff00000000ffffffffffffffffffffffffffff16919091176e01000000000000000000000000000063ffffffff861690810291909117835560408051928352602083019190915286917f99a77a2eb652e99727e9fea51f04912edccfc9ac3907aa0213fd28a0a2651dae910160405180910390a25050505050565b61214c6040805160a0810182525f8082528251606081018452818152602081810183905293810191909152909182019081526020016060815260200160608152602001606081525090565b5f828152600560209081526040808320815160c081018352905460ff8082161515835263ffffffff61010083048116848701908152650100000000008404821685870190815269010000000000000000008504831660608088019182526d0100000000000000000000000000870490951660808801526e010000000000000000000000000000909504831660a0808801919091528b8a5260068952988790208751998a018852865115158a52875194850188529151831684525182168388015292511681850152938501939093528254909391820190839061222d90614d95565b80601f016020809104026020016040519081016040528092919081815260200182805461225990614d95565b80156122a45780601f1061227b576101008083540402835291602001916122a4565b820191905f5260205f20905b81548152906001019060200180831161228757829003601f168201915b505050505081526020018260010180546122bd90614d95565b80601f01602080910402602001604051908101604052809291908181526020018280546122e990614d95565b80156123345780601f1061230b57610100808354040283529160200191612334565b820191905f5260205f20905b81548152906001019060200180831161231757829003601f168201915b5050505050815260200182600201805461234d90614d95565b80601f016020809104026020016040519081016040528092919081815260200182805461237990614d95565b80156123c45780601f1061239b576101008083540402835291602001916123c4565b820191905f5260205f20905b8154815290600101906020018083116123a757829003601f168201915b505050505081525092505050919050565b5f610ce36136eb565b7f35ac3ae3686e050d86691c43c07859d15541fee3a56e09c4dbaeb346a037b037612408816125a3565b5f83815260076020908152604080832085845290915290205460ff16612464576040517f7f03c4eb000000000000000000000000000000000000000000000000000000008152600481018490526024810183905260440161090c565b5f83815260076020908152604080832085845290915280822080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551839185917fc4d2e9ab8bdf3136157bacffe77802e85fb23f34d1beb9245e07db0d4192a19b9190a3505050565b5f6124dd848484610d76565b801561089457505f8381526007602052604081209061253286866040805192835260208301919091527f7d7827604b815011fd6ade4b06d59c48e3e075339f2d6b2dd8e6b93fabba74d5908201526060902090565b54815260208101919091526040015f205460ff16949350505050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f31498786000000000000000000000000000000000000000000000000000000001480610832575061083282613821565b61084a81336138b7565b6125b75f5f61393e565b565b5f5f6125c36136eb565b90507f0000000000000000000000000000000000000000000000000000000000000000612666565b8060e01b5f5260045ffd5b8060e01b5f52508060045260245ffd5b6040518160e01b8152826004820152836024820152604481fd5b6040518160e01b8152826004820152836024820152846044820152606481fd5b6040518160e01b8152826004820152836024820152846044820152856064820152608481fd5b6040515f61012082015286610120870288015b80821015612ae05781358352602082013560208401527f7d7827604b815011fd6ade4b06d59c48e3e075339f2d6b2dd8e6b93fabba74d5604084015260608320600181015460c084013564ffffffffff60018203106126e0576126e08163ca6d03de6125f6565b64ffffffffff8260c81c16808211612749578a61270d5761270d818360208901358935638cb2edb8612640565b815f5280602052602086013586357f09377db044f14968f0c51549a54180dea73ead28f2ff1029718191cc298bbd2660405fa350505050612ad4565b64ffffffffff8360a01c1690508060a0870135101561277c5761277c8160a088013560208901358935637f53e1c8612640565b50507f99419aafb2b0237bd9d48d46f999279d645035f4efbec96d8fc251ce6bfcb999855260e084602087013761010080862060228701527f19010000000000000000000000000000000000000000000000000000000000008652600286018890526042862086525f80528401357f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81167f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0811161285c578160ff1c601b01602088015260e0860135604088015280606088015260205f60808960015afa505b50505f518061287257612872638baa579f6125eb565b631425269a60e01b5f528060045260608660245f8a5afa605f3d111661289a573d5f873e3d86fd5b843560408701511460208701514210600188511416166129005760018651146128cd576128cd865182634acf5ffc612606565b602086015142106128eb576128eb6020870151826333e3c2d0612606565b61290085356040880151836382df1504612620565b60208501356101208701516101008801518214158115171561293a57815f52600560205260405f2054905081610100890152806101208901525b604087013560a088013563ffffffff8360481c1642018111154263ffffffff8560281c168301101516600260ff8560681c161063ffffffff8560081c16841c60ff8616161616612a205760ff831661299a5761299a8463cf1a08456125f6565b600163ffffffff8460081c16831c166129bc576129bc828563396e43e7612606565b600160ff8460681c1611156129e0576129e060ff8460681c168563230ff419612606565b63ffffffff8360281c16428183011015612a0557612a05814203836310f80647612606565b50612a2063ffffffff8460481c16420182632b489ddf612606565b50505050606085013580845414612a35578084555b5060808501357f01000000000000000000000000000000000000000000000000000000000000008316811715612a6c578060028501555b80151560f81b604087013560f01b60c088013560c81b1760a088013560a01b8417171760018501555060a060408601873780602086013586357fc77551896bddeeeb79b09f65af28ca6fb6d5066501602d963020a9b3ab201ead60a08aa45050506001860195505b61012082019150612679565b50505050509392505050565b5f82815260026020526040902060010154612b06816125a3565b612b108383613a97565b50505050565b73ffffffffffffffffffffffffffffffffffffffff81163314612b65576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612b6f8282613b55565b505050565b5f612b7d611cf7565b612b8642613bb6565b612b909190614fdc565b9050612b9c8282613c05565b60405165ffffffffffff8216815273ffffffffffffffffffffffffffffffffffffffff8316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f612bfd82613ca0565b612c0642613bb6565b612c109190614fdc565b9050612c1c828261393e565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b910160405180910390a15050565b5f5f5f5f7f020000000000000000000000000000000000000000000000000000000000000085165f03612c93578493505b50919364ffffffffff60a085901c81169460c881901c909116935060f01c9150565b6060610ce37f0000000000000000000000000000000000000000000000000000000000000000613ce7565b6060610ce37f0000000000000000000000000000000000000000000000000000000000000000613ce7565b67ffffffffffffffff5f805b83811015612d93575f858583818110612d3257612d32614ffa565b612d489260206080909202019081019150615027565b90508367ffffffffffffffff168167ffffffffffffffff161015612d6a578093505b8267ffffffffffffffff168167ffffffffffffffff161115612d8a578092505b50600101612d17565b509250929050565b60608167ffffffffffffffff811115612db657612db6614b85565b604051908082528060200260200182016040528015612ddf578160200160208202803683370190505b5090505f5f5b83811015612f275736858583818110612e0057612e00614ffa565b90506080020190505f612e50612e41898b606001518c60800151865f016020810190612e2c9190615027565b612e3c6040890160208a01615027565b613d24565b83604001358460600135613dc4565b90508373ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1611612ed7576040517f45907fac00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff80831660048301528516602482015260440161090c565b612ee4818a5f0151613e29565b80858481518110612ef757612ef7614ffa565b73ffffffffffffffffffffffffffffffffffffffff90921660209283029190910190910152925050600101612de5565b5050949350505050565b5f5b858110156132445736878783818110612f4e57612f4e614ffa565b60c0029190910191505f9050612f97612f888b84356020860135612f786060880160408901615027565b612e3c6080890160608a01615027565b83608001358460a00135613dc4565b60608c01519091508235148015612fb557508a608001518260200135145b15613004576040517fa267bc4300000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8216600482015260240161090c565b67ffffffffffffffff871663ffffffff86166130266060850160408601615027565b67ffffffffffffffff1661303a9190614cec565b1080613077575061305b63ffffffff861667ffffffffffffffff8816614cec565b61306b6060840160408501615027565b67ffffffffffffffff16115b156130df5761308c6060830160408401615027565b6040517fb1b539ef00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9182166004820152908716602482015263ffffffff8616604482015260640161090c565b5f5b8451811015613188578173ffffffffffffffffffffffffffffffffffffffff1685828151811061311357613113614ffa565b602002602001015173ffffffffffffffffffffffffffffffffffffffff1603613180576040517fd20bcd2300000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8316600482015260240161090c565b6001016130e1565b50613196818c5f0151613e29565b60208b01518b516060808e015173ffffffffffffffffffffffffffffffffffffffff851693927fffffffffffffffffffffffffffffffff0000000000000000000000000000000016917e356dc679fe64ea430540f835094fae64b24d7b0fe6894e01b334e63bb1e8079187359161321290890160408a01615027565b60408051938452602084019290925267ffffffffffffffff169082015260600160405180910390a45050600101612f33565b505050505050505050565b600180850154905f9061326e9060c884901c64ffffffffff1690614fbc565b905064ffffffffff67ffffffffffffffff821611156132c5576040517fca6d03de00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8216600482015260240161090c565b85546060860135146132d957606085013586555b608085013515158061330c57507f0100000000000000000000000000000000000000000000000000000000000000821615155b1561331c57608085013560028701555b5f73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001663d2076b276133666020890189614cb1565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681527fffffffffffffffffffffffffffffffff000000000000000000000000000000009091166004820152602401602060405180830381865afa1580156133d9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906133fd9190614bf2565b90507f020000000000000000000000000000000000000000000000000000000000000060808701355f03613431575f613453565b7f01000000000000000000000000000000000000000000000000000000000000005b60f061346560608a0160408b01614c98565b60ff16901b60c885901b7fffffffffffffff000000000000000000000000000000000000000000000000001660a089901b7bffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff8616171717171760018801556060860135602087018035906134eb9089614cb1565b6fffffffffffffffffffffffffffffffff19167f1c221efcc4798d64085063a1315711c98ee087d7ea905b451e260a68f6e6a1d2896080013589878a6040516135379493929190615042565b60405180910390a450505050505050565b6040517f99419aafb2b0237bd9d48d46f999279d645035f4efbec96d8fc251ce6bfcb9998082525f9160e084602083013761010090209392505050565b5f6108326135916136eb565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b60035473ffffffffffffffffffffffffffffffffffffffff81169074010000000000000000000000000000000000000000900465ffffffffffff1680158061361c57504265ffffffffffff821610155b1561365d576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff8216600482015260240161090c565b6136855f61368060045473ffffffffffffffffffffffffffffffffffffffff1690565b613b55565b506136905f83613a97565b5050600380547fffffffffffff000000000000000000000000000000000000000000000000000016905550565b5f828152600260205260409020600101546136d7816125a3565b612b108383613b55565b6125b75f5f613c05565b5f3073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614801561375057507f000000000000000000000000000000000000000000000000000000000000000046145b1561377a57507f000000000000000000000000000000000000000000000000000000000000000090565b610ce3604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061083257507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff00000000000000000000000000000000000000000000000000000000831614610832565b5f82815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16610a39576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024810183905260440161090c565b6004547a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015613a12574265ffffffffffff821610156139e9576004546003805479ffffffffffffffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000090920465ffffffffffff167a01000000000000000000000000000000000000000000000000000002919091179055613a12565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b506004805473ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000065ffffffffffff9485160279ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a0100000000000000000000000000000000000000000000000000009290931691909102919091179055565b5f82613b4b575f613abd60045473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff1614613b0a576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600480547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff84161790555b6110298383614046565b5f82158015613b7e575060045473ffffffffffffffffffffffffffffffffffffffff8381169116145b15613bac57600480547fffffffffffffffffffffffff00000000000000000000000000000000000000001690555b6110298383614143565b5f65ffffffffffff821115613c01576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152603060048201526024810183905260440161090c565b5090565b600380547401000000000000000000000000000000000000000065ffffffffffff84811682027fffffffffffff0000000000000000000000000000000000000000000000000000841673ffffffffffffffffffffffffffffffffffffffff881617179093559004168015612b6f576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f613caa611cf7565b90508065ffffffffffff168365ffffffffffff1611613cd257613ccd83826150c7565b611029565b61102965ffffffffffff841662069780614200565b60605f613cf38361420f565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f67ffffffffffffffff82161580613d4a575064ffffffffff67ffffffffffffffff8316115b15613d8d576040517fca6d03de00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8316600482015260240161090c565b60a0860185905260c0860184905260e086018390526101008087018390526020870120613db981613585565b979650505050505050565b5f5f613dd185858561424f565b5090925090505f816003811115613dea57613dea614c6b565b14613e21576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b509392505050565b6040517f1425269a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff83811660048301525f91829182917f000000000000000000000000000000000000000000000000000000000000000090911690631425269a90602401606060405180830381865afa158015613ebb573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613edf9190614c1e565b919450925090506001836002811115613efa57613efa614c6b565b14613f355784836040517f4acf5ffc00000000000000000000000000000000000000000000000000000000815260040161090c9291906150e5565b8167ffffffffffffffff164210613fa0576040517f33e3c2d000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8616600482015267ffffffffffffffff8316602482015260440161090c565b7fffffffffffffffffffffffffffffffff0000000000000000000000000000000081811690851614610d6f576040517f82df150400000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff861660048201527fffffffffffffffffffffffffffffffff0000000000000000000000000000000080831660248301528516604482015260640161090c565b5f82815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1661413c575f83815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556140da3390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610832565b505f610832565b5f82815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff161561413c575f83815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610832565b5f828218828410028218611029565b5f60ff8216601f811115610832576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8416601b60ff86901c016142898882898561429a565b945094509450505093509350939050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156142d357505f91506003905082614383565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015614324573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff811661437a57505f925060019150829050614383565b92505f91508190505b9450945094915050565b50805461439990614d95565b5f825580601f106143a8575050565b601f0160209004905f5260205f20906125b791905f5b80821115612b6f575f818401556001016143be565b5f602082840312156143e3575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114611029575f5ffd5b5f5f60208385031215614423575f5ffd5b823567ffffffffffffffff811115614439575f5ffd5b8301601f81018513614449575f5ffd5b803567ffffffffffffffff81111561445f575f5ffd5b85602061012083028401011115614474575f5ffd5b6020919091019590945092505050565b5f60208284031215614494575f5ffd5b5035919050565b5f5f83601f8401126144ab575f5ffd5b50813567ffffffffffffffff8111156144c2575f5ffd5b6020830191508360208285010111156144d9575f5ffd5b9250929050565b5f5f5f5f606085870312156144f3575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115614517575f5ffd5b6145238782880161449b565b95989497509550505050565b803573ffffffffffffffffffffffffffffffffffffffff81168114614552575f5ffd5b919050565b5f5f60408385031215614568575f5ffd5b823591506145786020840161452f565b90509250929050565b5f60208284031215614591575f5ffd5b6110298261452f565b5f602082840312156145aa575f5ffd5b813565ffffffffffff81168114611029575f5ffd5b7fffffffffffffffffffffffffffffffff000000000000000000000000000000008116811461084a575f5ffd5b5f5f604083850312156145fd575f5ffd5b8235614608816145bf565b946020939093013593505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61469c60e0830189614616565b82810360408401526146ae8189614616565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156147105783518352602093840193909201916001016146f2565b50909b9a5050505050505050505050565b5f60e08284031215614731575f5ffd5b50919050565b5f5f5f610120848603121561474a575f5ffd5b6147548585614721565b9560e08501359550610100909401359392505050565b5f5f5f6060848603121561477c575f5ffd5b8335614787816145bf565b95602085013595506040909401359392505050565b5f5f83601f8401126147ac575f5ffd5b50813567ffffffffffffffff8111156147c3575f5ffd5b60208301915083602060c0830285010111156144d9575f5ffd5b5f5f5f5f5f85870360e08112156147f2575f5ffd5b60a08112156147ff575f5ffd5b5085945060a086013567ffffffffffffffff81111561481c575f5ffd5b8601601f8101881361482c575f5ffd5b803567ffffffffffffffff811115614842575f5ffd5b8860208260071b8401011115614856575f5ffd5b6020919091019450925060c086013567ffffffffffffffff811115614879575f5ffd5b6148858882890161479c565b969995985093965092949392505050565b5f60e082840312156148a6575f5ffd5b6110298383614721565b5f5f5f5f5f5f5f5f888a0360e08112156148c8575f5ffd5b8935985060607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0820112156148fb575f5ffd5b50602089019650608089013567ffffffffffffffff81111561491b575f5ffd5b6149278b828c0161449b565b90975095505060a089013567ffffffffffffffff811115614946575f5ffd5b6149528b828c0161449b565b90955093505060c089013567ffffffffffffffff811115614971575f5ffd5b61497d8b828c0161449b565b999c989b5096995094979396929594505050565b5f5f5f5f606085870312156149a4575f5ffd5b84356149af816145bf565b935060208501359250604085013567ffffffffffffffff8111156149d1575f5ffd5b6145238782880161479c565b5f5f604083850312156149ee575f5ffd5b50508035926020909101359150565b803560ff81168114614552575f5ffd5b803563ffffffff81168114614552575f5ffd5b5f5f5f60608486031215614a32575f5ffd5b83359250614a42602085016149fd565b9150614a5060408501614a0d565b90509250925092565b602081528151151560208201525f602083015163ffffffff815116604084015263ffffffff602082015116606084015263ffffffff604082015116608084015250604083015160e060a0840152614ab4610100840182614616565b905060608401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08483030160c0850152614aef8282614616565b91505060808401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08483030160e08501526115b88282614616565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b602081525f610894602083018486614b2b565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8181038181111561083257610832614bb2565b5f60208284031215614c02575f5ffd5b5051919050565b67ffffffffffffffff8116811461084a575f5ffd5b5f5f5f60608486031215614c30575f5ffd5b835160038110614c3e575f5ffd5b6020850151909350614c4f81614c09565b6040850151909250614c60816145bf565b809150509250925092565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f60208284031215614ca8575f5ffd5b611029826149fd565b5f60208284031215614cc1575f5ffd5b8135611029816145bf565b67ffffffffffffffff828116828216039081111561083257610832614bb2565b8082018082111561083257610832614bb2565b5f60a0828403128015614d10575f5ffd5b5060405160a0810167ffffffffffffffff81118282101715614d3457614d34614b85565b6040528235614d42816145bf565b815260208381013590820152614d5a604084016149fd565b6040820152606083810135908201526080928301359281019290925250919050565b5f60208284031215614d8c575f5ffd5b61102982614a0d565b600181811c90821680614da957607f821691505b602082108103614731577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b601f821115612b6f5782821115612b6f57805f5260205f20601f840160051c6020851015614e0b57505f5b90810190601f840160051c035f5b81811015614e2e575f83820155600101614e19565b505050505050565b815167ffffffffffffffff811115614e5057614e50614b85565b614e6481614e5e8454614d95565b84614de0565b6020601f821160018114614eb5575f8315614e7f5750848201515b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600385901b1c1916600184901b178455610d6f565b5f848152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08516915b82811015614f025787850151825560209485019460019092019101614ee2565b5084821015614f3e57868401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b60f8161c191681555b50505050600190811b01905550565b63ffffffff8a16815263ffffffff8916602082015263ffffffff8816604082015260c060608201525f614f8460c08301888a614b2b565b8281036080840152614f97818789614b2b565b905082810360a0840152614fac818587614b2b565b9c9b505050505050505050505050565b67ffffffffffffffff818116838216019081111561083257610832614bb2565b65ffffffffffff818116838216019081111561083257610832614bb2565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f60208284031215615037575f5ffd5b813561102981614c09565b5f6080820186835267ffffffffffffffff8616602084015267ffffffffffffffff851660408401526080606084015280845180835260a0850191506020860192505f5b818110156150b957835173ffffffffffffffffffffffffffffffffffffffff16835260209384019390920191600101615085565b509098975050505050505050565b65ffffffffffff828116828216039081111561083257610832614bb2565b73ffffffffffffffffffffffffffffffffffffffff831681526040810160038310615137577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b826020830152939250505056",
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

// PackMAXQUORUM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2cbc867.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_QUORUM() view returns(uint8)
func (attestationVerifier *AttestationVerifier) PackMAXQUORUM() []byte {
	enc, err := attestationVerifier.abi.Pack("MAX_QUORUM")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXQUORUM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2cbc867.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_QUORUM() view returns(uint8)
func (attestationVerifier *AttestationVerifier) TryPackMAXQUORUM() ([]byte, error) {
	return attestationVerifier.abi.Pack("MAX_QUORUM")
}

// UnpackMAXQUORUM is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2cbc867.
//
// Solidity: function MAX_QUORUM() view returns(uint8)
func (attestationVerifier *AttestationVerifier) UnpackMAXQUORUM(data []byte) (uint8, error) {
	out, err := attestationVerifier.abi.Unpack("MAX_QUORUM", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
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

// PackQuorumOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72768127.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumOf(bytes32 subsetId) view returns(uint8 quorum, uint32 window)
func (attestationVerifier *AttestationVerifier) PackQuorumOf(subsetId [32]byte) []byte {
	enc, err := attestationVerifier.abi.Pack("quorumOf", subsetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72768127.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumOf(bytes32 subsetId) view returns(uint8 quorum, uint32 window)
func (attestationVerifier *AttestationVerifier) TryPackQuorumOf(subsetId [32]byte) ([]byte, error) {
	return attestationVerifier.abi.Pack("quorumOf", subsetId)
}

// QuorumOfOutput serves as a container for the return parameters of contract
// method QuorumOf.
type QuorumOfOutput struct {
	Quorum uint8
	Window uint32
}

// UnpackQuorumOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x72768127.
//
// Solidity: function quorumOf(bytes32 subsetId) view returns(uint8 quorum, uint32 window)
func (attestationVerifier *AttestationVerifier) UnpackQuorumOf(data []byte) (QuorumOfOutput, error) {
	out, err := attestationVerifier.abi.Unpack("quorumOf", data)
	outstruct := new(QuorumOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Quorum = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Window = *abi.ConvertType(out[1], new(uint32)).(*uint32)
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

// PackReportDisagreements is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb31845a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportDisagreements(bytes16 vmId, bytes32 subsetId, (bytes32,bytes32,uint64,uint64,bytes32,bytes32)[] dissents) returns()
func (attestationVerifier *AttestationVerifier) PackReportDisagreements(vmId [16]byte, subsetId [32]byte, dissents []Dissent) []byte {
	enc, err := attestationVerifier.abi.Pack("reportDisagreements", vmId, subsetId, dissents)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportDisagreements is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb31845a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportDisagreements(bytes16 vmId, bytes32 subsetId, (bytes32,bytes32,uint64,uint64,bytes32,bytes32)[] dissents) returns()
func (attestationVerifier *AttestationVerifier) TryPackReportDisagreements(vmId [16]byte, subsetId [32]byte, dissents []Dissent) ([]byte, error) {
	return attestationVerifier.abi.Pack("reportDisagreements", vmId, subsetId, dissents)
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

// PackSetQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe91406f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setQuorum(bytes32 subsetId, uint8 quorum, uint32 window) returns()
func (attestationVerifier *AttestationVerifier) PackSetQuorum(subsetId [32]byte, quorum uint8, window uint32) []byte {
	enc, err := attestationVerifier.abi.Pack("setQuorum", subsetId, quorum, window)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe91406f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setQuorum(bytes32 subsetId, uint8 quorum, uint32 window) returns()
func (attestationVerifier *AttestationVerifier) TryPackSetQuorum(subsetId [32]byte, quorum uint8, window uint32) ([]byte, error) {
	return attestationVerifier.abi.Pack("setQuorum", subsetId, quorum, window)
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

// PackSubmitQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6e76862.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitQuorum((bytes16,bytes32,uint8,bytes32,bytes32) state, (uint64,uint64,bytes32,bytes32)[] votes, (bytes32,bytes32,uint64,uint64,bytes32,bytes32)[] dissents) returns(bool recorded)
func (attestationVerifier *AttestationVerifier) PackSubmitQuorum(state QuorumState, votes []QuorumVote, dissents []Dissent) []byte {
	enc, err := attestationVerifier.abi.Pack("submitQuorum", state, votes, dissents)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6e76862.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitQuorum((bytes16,bytes32,uint8,bytes32,bytes32) state, (uint64,uint64,bytes32,bytes32)[] votes, (bytes32,bytes32,uint64,uint64,bytes32,bytes32)[] dissents) returns(bool recorded)
func (attestationVerifier *AttestationVerifier) TryPackSubmitQuorum(state QuorumState, votes []QuorumVote, dissents []Dissent) ([]byte, error) {
	return attestationVerifier.abi.Pack("submitQuorum", state, votes, dissents)
}

// UnpackSubmitQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6e76862.
//
// Solidity: function submitQuorum((bytes16,bytes32,uint8,bytes32,bytes32) state, (uint64,uint64,bytes32,bytes32)[] votes, (bytes32,bytes32,uint64,uint64,bytes32,bytes32)[] dissents) returns(bool recorded)
func (attestationVerifier *AttestationVerifier) UnpackSubmitQuorum(data []byte) (bool, error) {
	out, err := attestationVerifier.abi.Unpack("submitQuorum", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
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

// AttestationVerifierQuorumDisagreement represents a QuorumDisagreement event raised by the AttestationVerifier contract.
type AttestationVerifierQuorumDisagreement struct {
	VmId         [16]byte
	SubsetId     [32]byte
	Signer       common.Address
	StateDigest  [32]byte
	AgreedDigest [32]byte
	Timestamp    uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const AttestationVerifierQuorumDisagreementEventName = "QuorumDisagreement"

// ContractEventName returns the user-defined event name.
func (AttestationVerifierQuorumDisagreement) ContractEventName() string {
	return AttestationVerifierQuorumDisagreementEventName
}

// UnpackQuorumDisagreementEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuorumDisagreement(bytes16 indexed vmId, bytes32 indexed subsetId, address indexed signer, bytes32 stateDigest, bytes32 agreedDigest, uint64 timestamp)
func (attestationVerifier *AttestationVerifier) UnpackQuorumDisagreementEvent(log *types.Log) (*AttestationVerifierQuorumDisagreement, error) {
	event := "QuorumDisagreement"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationVerifierQuorumDisagreement)
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

// AttestationVerifierQuorumReached represents a QuorumReached event raised by the AttestationVerifier contract.
type AttestationVerifierQuorumReached struct {
	VmId         [16]byte
	SubsetId     [32]byte
	StateDigest  [32]byte
	ZkCommitment [32]byte
	Timestamp    uint64
	Sequence     uint64
	Signers      []common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const AttestationVerifierQuorumReachedEventName = "QuorumReached"

// ContractEventName returns the user-defined event name.
func (AttestationVerifierQuorumReached) ContractEventName() string {
	return AttestationVerifierQuorumReachedEventName
}

// UnpackQuorumReachedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuorumReached(bytes16 indexed vmId, bytes32 indexed subsetId, bytes32 indexed stateDigest, bytes32 zkCommitment, uint64 timestamp, uint64 sequence, address[] signers)
func (attestationVerifier *AttestationVerifier) UnpackQuorumReachedEvent(log *types.Log) (*AttestationVerifierQuorumReached, error) {
	event := "QuorumReached"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationVerifierQuorumReached)
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

// AttestationVerifierQuorumSet represents a QuorumSet event raised by the AttestationVerifier contract.
type AttestationVerifierQuorumSet struct {
	SubsetId [32]byte
	Quorum   uint8
	Window   uint32
	Raw      *types.Log // Blockchain specific contextual infos
}

const AttestationVerifierQuorumSetEventName = "QuorumSet"

// ContractEventName returns the user-defined event name.
func (AttestationVerifierQuorumSet) ContractEventName() string {
	return AttestationVerifierQuorumSetEventName
}

// UnpackQuorumSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuorumSet(bytes32 indexed subsetId, uint8 quorum, uint32 window)
func (attestationVerifier *AttestationVerifier) UnpackQuorumSetEvent(log *types.Log) (*AttestationVerifierQuorumSet, error) {
	event := "QuorumSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationVerifierQuorumSet)
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

// AttestationVerifierQuorumSkipped represents a QuorumSkipped event raised by the AttestationVerifier contract.
type AttestationVerifierQuorumSkipped struct {
	VmId          [16]byte
	SubsetId      [32]byte
	Timestamp     uint64
	LastTimestamp uint64
	Raw           *types.Log // Blockchain specific contextual infos
}

const AttestationVerifierQuorumSkippedEventName = "QuorumSkipped"

// ContractEventName returns the user-defined event name.
func (AttestationVerifierQuorumSkipped) ContractEventName() string {
	return AttestationVerifierQuorumSkippedEventName
}

// UnpackQuorumSkippedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuorumSkipped(bytes16 indexed vmId, bytes32 indexed subsetId, uint64 timestamp, uint64 lastTimestamp)
func (attestationVerifier *AttestationVerifier) UnpackQuorumSkippedEvent(log *types.Log) (*AttestationVerifierQuorumSkipped, error) {
	event := "QuorumSkipped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != attestationVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AttestationVerifierQuorumSkipped)
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
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["DissentAgrees"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackDissentAgreesError(raw[4:])
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
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["InvalidQuorum"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackInvalidQuorumError(raw[4:])
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
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["NoQuorumRecord"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackNoQuorumRecordError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["OutsideQuorumWindow"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackOutsideQuorumWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["QuorumNotConfigured"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackQuorumNotConfiguredError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["QuorumNotReached"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackQuorumNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["QuorumRequired"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackQuorumRequiredError(raw[4:])
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
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["SignerEquivocates"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackSignerEquivocatesError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["SignersNotAscending"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackSignersNotAscendingError(raw[4:])
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

// AttestationVerifierDissentAgrees represents a DissentAgrees error raised by the AttestationVerifier contract.
type AttestationVerifierDissentAgrees struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DissentAgrees(address signer)
func AttestationVerifierDissentAgreesErrorID() common.Hash {
	return common.HexToHash("0xa267bc430e2b7866a4e329c72d919852e4218de4c24d00bc8cf4e69ded2997ba")
}

// UnpackDissentAgreesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DissentAgrees(address signer)
func (attestationVerifier *AttestationVerifier) UnpackDissentAgreesError(raw []byte) (*AttestationVerifierDissentAgrees, error) {
	out := new(AttestationVerifierDissentAgrees)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "DissentAgrees", raw); err != nil {
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

// AttestationVerifierInvalidQuorum represents a InvalidQuorum error raised by the AttestationVerifier contract.
type AttestationVerifierInvalidQuorum struct {
	Quorum uint8
	Window uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidQuorum(uint8 quorum, uint32 window)
func AttestationVerifierInvalidQuorumErrorID() common.Hash {
	return common.HexToHash("0xbb01838da92065cc8cb7be2364fafd6a0d63d86ddda3d30999c930a76458c254")
}

// UnpackInvalidQuorumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidQuorum(uint8 quorum, uint32 window)
func (attestationVerifier *AttestationVerifier) UnpackInvalidQuorumError(raw []byte) (*AttestationVerifierInvalidQuorum, error) {
	out := new(AttestationVerifierInvalidQuorum)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "InvalidQuorum", raw); err != nil {
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

// AttestationVerifierNoQuorumRecord represents a NoQuorumRecord error raised by the AttestationVerifier contract.
type AttestationVerifierNoQuorumRecord struct {
	VmId     [16]byte
	SubsetId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoQuorumRecord(bytes16 vmId, bytes32 subsetId)
func AttestationVerifierNoQuorumRecordErrorID() common.Hash {
	return common.HexToHash("0x4b35969f224ffdeb6b511f49cbe8a77521dcfd27b4f8c8184f67f5eb213ae59b")
}

// UnpackNoQuorumRecordError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoQuorumRecord(bytes16 vmId, bytes32 subsetId)
func (attestationVerifier *AttestationVerifier) UnpackNoQuorumRecordError(raw []byte) (*AttestationVerifierNoQuorumRecord, error) {
	out := new(AttestationVerifierNoQuorumRecord)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "NoQuorumRecord", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierOutsideQuorumWindow represents a OutsideQuorumWindow error raised by the AttestationVerifier contract.
type AttestationVerifierOutsideQuorumWindow struct {
	Earliest uint64
	Latest   uint64
	Window   uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutsideQuorumWindow(uint64 earliest, uint64 latest, uint32 window)
func AttestationVerifierOutsideQuorumWindowErrorID() common.Hash {
	return common.HexToHash("0xb1b539ef076cdbc67fa8cfe483de9cfaf41b16d3a2447895d16451e1dbd8707d")
}

// UnpackOutsideQuorumWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutsideQuorumWindow(uint64 earliest, uint64 latest, uint32 window)
func (attestationVerifier *AttestationVerifier) UnpackOutsideQuorumWindowError(raw []byte) (*AttestationVerifierOutsideQuorumWindow, error) {
	out := new(AttestationVerifierOutsideQuorumWindow)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "OutsideQuorumWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierQuorumNotConfigured represents a QuorumNotConfigured error raised by the AttestationVerifier contract.
type AttestationVerifierQuorumNotConfigured struct {
	SubsetId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuorumNotConfigured(bytes32 subsetId)
func AttestationVerifierQuorumNotConfiguredErrorID() common.Hash {
	return common.HexToHash("0x84e23d8cffb59734e39a87637674df388278eab3f0d01520177f4a3ddca9d34b")
}

// UnpackQuorumNotConfiguredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuorumNotConfigured(bytes32 subsetId)
func (attestationVerifier *AttestationVerifier) UnpackQuorumNotConfiguredError(raw []byte) (*AttestationVerifierQuorumNotConfigured, error) {
	out := new(AttestationVerifierQuorumNotConfigured)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "QuorumNotConfigured", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierQuorumNotReached represents a QuorumNotReached error raised by the AttestationVerifier contract.
type AttestationVerifierQuorumNotReached struct {
	SubsetId [32]byte
	Votes    *big.Int
	Quorum   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuorumNotReached(bytes32 subsetId, uint256 votes, uint8 quorum)
func AttestationVerifierQuorumNotReachedErrorID() common.Hash {
	return common.HexToHash("0xe450c8472ba4508f8eeaf5f10607828f2e4a4742f20784ecdce6a9087a45ff94")
}

// UnpackQuorumNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuorumNotReached(bytes32 subsetId, uint256 votes, uint8 quorum)
func (attestationVerifier *AttestationVerifier) UnpackQuorumNotReachedError(raw []byte) (*AttestationVerifierQuorumNotReached, error) {
	out := new(AttestationVerifierQuorumNotReached)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "QuorumNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierQuorumRequired represents a QuorumRequired error raised by the AttestationVerifier contract.
type AttestationVerifierQuorumRequired struct {
	SubsetId [32]byte
	Quorum   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuorumRequired(bytes32 subsetId, uint8 quorum)
func AttestationVerifierQuorumRequiredErrorID() common.Hash {
	return common.HexToHash("0x230ff4191d29f44ee3b5b8fcaff3185776b17f03aec6ecafc61f9a32a5ff4d1b")
}

// UnpackQuorumRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuorumRequired(bytes32 subsetId, uint8 quorum)
func (attestationVerifier *AttestationVerifier) UnpackQuorumRequiredError(raw []byte) (*AttestationVerifierQuorumRequired, error) {
	out := new(AttestationVerifierQuorumRequired)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "QuorumRequired", raw); err != nil {
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

// AttestationVerifierSignerEquivocates represents a SignerEquivocates error raised by the AttestationVerifier contract.
type AttestationVerifierSignerEquivocates struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignerEquivocates(address signer)
func AttestationVerifierSignerEquivocatesErrorID() common.Hash {
	return common.HexToHash("0xd20bcd23e7621b51a6fd2b709520102b98e188e6aca4e9eda830e2f9c9f0c4a0")
}

// UnpackSignerEquivocatesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignerEquivocates(address signer)
func (attestationVerifier *AttestationVerifier) UnpackSignerEquivocatesError(raw []byte) (*AttestationVerifierSignerEquivocates, error) {
	out := new(AttestationVerifierSignerEquivocates)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "SignerEquivocates", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierSignersNotAscending represents a SignersNotAscending error raised by the AttestationVerifier contract.
type AttestationVerifierSignersNotAscending struct {
	Signer   common.Address
	Previous common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignersNotAscending(address signer, address previous)
func AttestationVerifierSignersNotAscendingErrorID() common.Hash {
	return common.HexToHash("0x45907fac58b68b2554fd0b2841a93fad341642915e8ae6c36b5deb29171a6eec")
}

// UnpackSignersNotAscendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignersNotAscending(address signer, address previous)
func (attestationVerifier *AttestationVerifier) UnpackSignersNotAscendingError(raw []byte) (*AttestationVerifierSignersNotAscending, error) {
	out := new(AttestationVerifierSignersNotAscending)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "SignersNotAscending", raw); err != nil {
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
