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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIEnclaveKeyRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"adminDelay\",\"type\":\"uint48\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KNOWN_ALGORITHMS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FUTURE_SKEW\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_QUORUM\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SEQUENCE\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SEQUENCE_STEP\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POLICY_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"label\",\"type\":\"string\"}],\"name\":\"addGoldenDigest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"allowedAlgorithms\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxAge\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxFutureSkew\",\"type\":\"uint32\"}],\"internalType\":\"structSubsetPolicy\",\"name\":\"policy\",\"type\":\"tuple\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"manifestURI\",\"type\":\"string\"}],\"name\":\"approveSubset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"}],\"internalType\":\"structAttestation\",\"name\":\"att\",\"type\":\"tuple\"}],\"name\":\"hashAttestation\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"maxAge\",\"type\":\"uint256\"}],\"name\":\"isFresh\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"isGoldenDigest\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"maxAge\",\"type\":\"uint256\"}],\"name\":\"isIntact\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"latest\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"}],\"internalType\":\"structRecord\",\"name\":\"record\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"quorumOf\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIEnclaveKeyRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"removeGoldenDigest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"removeSubset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structDissent[]\",\"name\":\"dissents\",\"type\":\"tuple[]\"}],\"name\":\"reportDisagreements\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"reported\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"}],\"name\":\"setQuorum\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"}],\"internalType\":\"structAttestation\",\"name\":\"att\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"name\":\"submit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"}],\"internalType\":\"structAttestation\",\"name\":\"attestation\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structSignedAttestation[]\",\"name\":\"items\",\"type\":\"tuple[]\"}],\"name\":\"submitBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"accepted\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommitment\",\"type\":\"bytes32\"}],\"internalType\":\"structQuorumState\",\"name\":\"state\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structQuorumVote[]\",\"name\":\"votes\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"zkCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structDissent[]\",\"name\":\"dissents\",\"type\":\"tuple[]\"}],\"name\":\"submitQuorum\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"recorded\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"subsetEpoch\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"subsetInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"allowedAlgorithms\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxAge\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxFutureSkew\",\"type\":\"uint32\"}],\"internalType\":\"structSubsetPolicy\",\"name\":\"policy\",\"type\":\"tuple\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"manifestURI\",\"type\":\"string\"}],\"internalType\":\"structSubsetInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"}],\"name\":\"AttestationSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"zkCommitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"}],\"name\":\"AttestationSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"label\",\"type\":\"string\"}],\"name\":\"GoldenDigestAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"}],\"name\":\"GoldenDigestRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"agreedDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"QuorumDisagreement\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"stateDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"zkCommitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"}],\"name\":\"QuorumReached\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"}],\"name\":\"QuorumSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lastTimestamp\",\"type\":\"uint64\"}],\"name\":\"QuorumSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"allowedAlgorithms\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxAge\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxFutureSkew\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"manifestURI\",\"type\":\"string\"}],\"name\":\"SubsetApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"}],\"name\":\"SubsetRemoved\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"}],\"name\":\"AlgorithmNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"DissentAgrees\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"GoldenDigestAlreadyAdded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"hashAlg\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"GoldenDigestNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"allowedAlgorithms\",\"type\":\"uint32\"}],\"name\":\"InvalidAlgorithmMask\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"maxAge\",\"type\":\"uint32\"}],\"name\":\"InvalidMaxAge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"maxFutureSkew\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"limit\",\"type\":\"uint32\"}],\"name\":\"InvalidMaxFutureSkew\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"}],\"name\":\"InvalidQuorum\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"KeyExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"enumKeyStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"KeyNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"bytes16\",\"name\":\"keyVmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"}],\"name\":\"KeyNotForVM\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"NoQuorumRecord\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"earliest\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"latest\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"}],\"name\":\"OutsideQuorumWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"QuorumNotConfigured\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"votes\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"}],\"name\":\"QuorumNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"}],\"name\":\"QuorumRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"}],\"name\":\"SequenceNotIncreasing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"}],\"name\":\"SequenceOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"sequence\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastSequence\",\"type\":\"uint64\"}],\"name\":\"SequenceStepTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"SignerEquivocates\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"previous\",\"type\":\"address\"}],\"name\":\"SignersNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"SubsetNotApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastTimestamp\",\"type\":\"uint64\"}],\"name\":\"TimestampBeforeLast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"latestAllowed\",\"type\":\"uint256\"}],\"name\":\"TimestampInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"oldestAllowed\",\"type\":\"uint256\"}],\"name\":\"TimestampTooOld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"ZeroStateDigest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vmId\",\"type\":\"bytes16\"},{\"internalType\":\"bytes32\",\"name\":\"subsetId\",\"type\":\"bytes32\"}],\"name\":\"ZeroTimestamp\",\"type\":\"error\"}]",
	ID:  "263f0112c6c2939b338cdd50fccf509cd2",
	Bin: "0x610180604052348015610010575f5ffd5b50604051615f79380380615f7983398101604081905261002f916102fc565b8181604051806040016040528060088152602001671d9b585d1d195cdd60c21b815250604051806040016040528060018152602001603160f81b81525061007b8261018e60201b60201c565b610120526100888161018e565b61014052815160208084019190912060e052815190820120610100524660a05261011460e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03811661014b57604051636116401160e11b81525f60048201526024015b60405180910390fd5b600380546001600160d01b0316600160d01b65ffffffffffff8516021790556101745f826101cb565b5050506001600160a01b0390921661016052506103ab9050565b5f5f829050601f815111156101b8578260405163305a27a960e01b81526004016101429190610350565b80516101c382610385565b179392505050565b5f82610227575f6101e46004546001600160a01b031690565b6001600160a01b03161461020b57604051631fe1e13d60e11b815260040160405180910390fd5b600480546001600160a01b0319166001600160a01b0384161790555b610231838361023a565b90505b92915050565b5f8281526002602090815260408083206001600160a01b038516845290915281205460ff166102de575f8381526002602090815260408083206001600160a01b03861684529091529020805460ff191660011790556102963390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610234565b505f610234565b6001600160a01b03811681146102f9575f5ffd5b50565b5f5f5f6060848603121561030e575f5ffd5b8351610319816102e5565b602085015190935065ffffffffffff81168114610334575f5ffd5b6040850151909250610345816102e5565b809150509250925092565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156103a5575f198160200360031b1b821691505b50919050565b60805160a05160c05160e05161010051610120516101405161016051615b506104295f395f81816104eb01528181612a2a015281816134dd0152818161359801528181613b5a015261469f01525f61330801525f6132dd01525f613ffc01525f613fd401525f613f2f01525f613f5901525f613f830152615b505ff3fe608060405234801561000f575f5ffd5b50600436106102e3575f3560e01c80638da5cb5b11610187578063cc8463c8116100dd578063d547741f11610093578063f152d3b01161006e578063f152d3b0146107d5578063f698da25146107f5578063fc85a69c146107fd575f5ffd5b8063d547741f146107a7578063d602b9fd146107ba578063e91406f4146107c2575f5ffd5b8063cefc1429116100c3578063cefc142914610739578063cf6eefb714610741578063d2cbc8671461078d575f5ffd5b8063cc8463c81461071e578063ce62bc5f14610726575f5ffd5b8063b5e3063c1161013d578063c8fc81bc11610118578063c8fc81bc146106e5578063cb0da490146106f8578063cb31845a1461070b575f5ffd5b8063b5e3063c146106ac578063c2072c10146106bf578063c6e76862146106d2575f5ffd5b8063982c75f91161016d578063982c75f914610643578063a1eda53c1461067e578063a217fddf146106a5575f5ffd5b80638da5cb5b146105f657806391d14854146105fe575f5ffd5b806339e31af41161023c578063649a5ec7116101f25780637b99ebf5116101cd5780637b99ebf51461053257806384b0196e146105bd57806384ef8ffc146105d8575f5ffd5b8063649a5ec714610468578063727681271461047b5780637b103999146104e6575f5ffd5b806362c272891161022257806362c2728914610436578063634e93da14610442578063644203ca14610455575f5ffd5b806339e31af4146103fe5780633ca3f78b14610411575f5ffd5b80631bfcc09f1161029c5780632f2ff15d116102775780632f2ff15d146103d0578063331c6cab146103e357806336568abe146103eb575f5ffd5b80631bfcc09f146103745780632298524614610387578063248a9ca3146103ae575f5ffd5b80630aa6220b116102cc5780630aa6220b1461032b57806315db04fc146103355780631920f33314610353575f5ffd5b806301ffc9a7146102e7578063022d63fb1461030f575b5f5ffd5b6102fa6102f5366004614d71565b610810565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff9091168152602001610306565b6103336108b7565b005b61033e61012c81565b60405163ffffffff9091168152602001610306565b610366610361366004614db0565b6108cc565b604051908152602001610306565b610333610382366004614e37565b61091b565b6103667f35ac3ae3686e050d86691c43c07859d15541fee3a56e09c4dbaeb346a037b03781565b6103666103bc366004614e6a565b5f9081526002602052604090206001015490565b6103336103de366004614ea4565b610a7e565b61033e600e81565b6103336103f9366004614ea4565b610ac3565b61033361040c366004614f13565b610bc8565b61041d64010000000081565b60405167ffffffffffffffff9091168152602001610306565b61041d64ffffffffff81565b610333610450366004614f76565b610dce565b6102fa610463366004614e37565b610de1565b610333610476366004614f8f565b610e5b565b6104c8610489366004614e6a565b5f908152600560205260409020546d0100000000000000000000000000810460ff16916e01000000000000000000000000000090910463ffffffff1690565b6040805160ff909316835263ffffffff909116602083015201610306565b61050d7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610306565b610545610540366004614fe1565b610e6e565b60405161030691905f60c082019050825182526020830151602083015273ffffffffffffffffffffffffffffffffffffffff604084015116604083015267ffffffffffffffff606084015116606083015267ffffffffffffffff608084015116608083015260ff60a08401511660a083015292915050565b6105c5610f87565b6040516103069796959493929190615057565b60045473ffffffffffffffffffffffffffffffffffffffff1661050d565b61050d610fe5565b6102fa61060c366004614ea4565b5f91825260026020908152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b61033e610651366004614e6a565b5f908152600560205260409020547201000000000000000000000000000000000000900463ffffffff1690565b61068661100a565b6040805165ffffffffffff938416815292909116602083015201610306565b6103665f81565b6103336106ba36600461512c565b611084565b6102fa6106cd36600461515f565b611098565b6102fa6106e03660046151d2565b61111e565b6103666106f336600461527a565b6117ed565b610333610706366004615294565b6117ff565b610366610719366004615375565b611caa565b610314611fab565b610333610734366004614e6a565b612048565b610333612332565b6003546040805173ffffffffffffffffffffffffffffffffffffffff831681527401000000000000000000000000000000000000000090920465ffffffffffff16602083015201610306565b610795601081565b60405160ff9091168152602001610306565b6103336107b5366004614ea4565b61238e565b6103336123cf565b6103336107d03660046153e0565b6123e1565b6107e86107e3366004614e6a565b612599565b6040516103069190615419565b61036661288b565b6102fa61080b36600461515f565b612894565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f215962b30000000000000000000000000000000000000000000000000000000014806108a257507fffffffff0000000000000000000000000000000000000000000000000000000082167fb9f8ef7d00000000000000000000000000000000000000000000000000000000145b806108b157506108b1826129b1565b92915050565b5f6108c181612a06565b6108c9612a10565b50565b5f818103610906576040517fc2e5347d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8261091381846001612a1c565b949350505050565b7f35ac3ae3686e050d86691c43c07859d15541fee3a56e09c4dbaeb346a037b03761094581612a06565b5f848152600560209081526040808320548151808401899052720100000000000000000000000000000000000090910463ffffffff168183015260ff8716606082015260808082018790528251808303909101815260a090910190915280519101205f8181526007602052604090205490915060ff16610a09576040517f88e6cd210000000000000000000000000000000000000000000000000000000081526004810186905260ff85166024820152604481018490526064015b60405180910390fd5b5f8181526007602090815260409182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00169055905160ff86168152849187917f664c70e21cba6a523fec5da2c5fd5e82f763ac5221a2822b2cad0a470c3f6341910160405180910390a35050505050565b81610ab5576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610abf828261310a565b5050565b81158015610aeb575060045473ffffffffffffffffffffffffffffffffffffffff8281169116145b15610bbe5760035473ffffffffffffffffffffffffffffffffffffffff81169074010000000000000000000000000000000000000000900465ffffffffffff1681151580610b3f575065ffffffffffff8116155b80610b5257504265ffffffffffff821610155b15610b93576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff82166004820152602401610a00565b5050600380547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1690555b610abf8282613134565b7f35ac3ae3686e050d86691c43c07859d15541fee3a56e09c4dbaeb346a037b037610bf281612a06565b5f868152600560205260409020805460ff16610c3d576040517fcf1a084500000000000000000000000000000000000000000000000000000000815260048101889052602401610a00565b805463ffffffff6101009091041660ff87161c6001165f03610c97576040517f396e43e70000000000000000000000000000000000000000000000000000000081526004810188905260ff87166024820152604401610a00565b80546040805160208082018b9052720100000000000000000000000000000000000090930463ffffffff168183015260ff8916606082015260808082018990528251808303909101815260a090910190915280519101205f905f8181526007602052604090205490915060ff1615610d4e576040517fddbc001f0000000000000000000000000000000000000000000000000000000081526004810189905260ff8816602482015260448101879052606401610a00565b5f818152600760205260409081902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905551869089907ff3ed194d0fb19205c12468dc58d9ba76a4885f42ec34ca5307c9bc201bfb932690610dbc908b908a908a90615532565b60405180910390a35050505050505050565b5f610dd881612a06565b610abf82613192565b5f838152600560209081526040808320548151808401889052720100000000000000000000000000000000000090910463ffffffff168183015260ff868116606083015260808083018790528351808403909101815260a090920183528151918401919091208452600790925290912054165b9392505050565b5f610e6581612a06565b610abf82613211565b6040805160c0810182525f808252602080830182905282840182905260608084018390526080840183905260a08401839052858352600582529184902054845187815291820186905263ffffffff7201000000000000000000000000000000000000909104167f7d7827604b815011fd6ade4b06d59c48e3e075339f2d6b2dd8e6b93fabba74d501938101939093529091206001810154815483527e10000000000000000000000000000000000000000000000000000000000000811615610f3b57600282015460208401525b610f4481613280565b60ff1660a087015267ffffffffffffffff908116608087015216606085015273ffffffffffffffffffffffffffffffffffffffff16604084015250909392505050565b5f6060805f5f5f6060610f986132d6565b610fa0613301565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b5f61100560045473ffffffffffffffffffffffffffffffffffffffff1690565b905090565b6004545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff16801515801561104c57504265ffffffffffff821610155b611057575f5f61107c565b60045474010000000000000000000000000000000000000000900465ffffffffffff16815b915091509091565b826110918160015f612a1c565b5050505050565b5f828152600560209081526040808320805482518881529384018790527f7d7827604b815011fd6ade4b06d59c48e3e075339f2d6b2dd8e6b93fabba74d57201000000000000000000000000000000000000820463ffffffff160192840192909252606090922061111591879160ff90911690600101548661332c565b95945050505050565b6020808601355f908152600582526040808220815160e081018352905460ff808216151580845263ffffffff610100840481169785019790975265010000000000830487169484019490945269010000000000000000008204861660608401526d010000000000000000000000000082041660808301526e0100000000000000000000000000008104851660a08301527201000000000000000000000000000000000000900490931660c084015290919061120b576040517fcf1a084500000000000000000000000000000000000000000000000000000000815260208801356004820152602401610a00565b61121b606088016040890161557b565b60ff16816020015163ffffffff16901c60011663ffffffff165f0361128d57602087013561124f6060890160408a0161557b565b6040517f396e43e7000000000000000000000000000000000000000000000000000000008152600481019290925260ff166024820152604401610a00565b6002816080015160ff1610156112d5576040517f84e23d8c00000000000000000000000000000000000000000000000000000000815260208801356004820152602401610a00565b608081015160ff168510156113325760808101516040517fe450c847000000000000000000000000000000000000000000000000000000008152602089013560048201526024810187905260ff9091166044820152606401610a00565b60608701355f036113ab5761134a6020880188615594565b6040517f89c064490000000000000000000000000000000000000000000000000000000081527fffffffffffffffffffffffffffffffff00000000000000000000000000000000909116600482015260208801356024820152604401610a00565b5f5f6113b788886133bc565b915091508167ffffffffffffffff165f0361143a576113d960208a018a615594565b6040517fdabe960f0000000000000000000000000000000000000000000000000000000081527fffffffffffffffffffffffffffffffff00000000000000000000000000000000909116600482015260208a01356024820152604401610a00565b5f61149161144b60208c018c615594565b8b602001358660c001516040805193845260208401929092527f7d7827604b815011fd6ade4b06d59c48e3e075339f2d6b2dd8e6b93fabba74d501908201526060902090565b60018101549091505f6114a382613280565b50509150508067ffffffffffffffff168567ffffffffffffffff161161156a576114d96114d360208e018e615594565b8361344c565b6115665760208c018035906114ee908e615594565b6040805167ffffffffffffffff808a168252851660208201527fffffffffffffffffffffffffffffffff0000000000000000000000000000000092909216917f3966d087aa4babc1404bbf77ab8d015b8e381a09e9f404e16dac8da4fd9a2748910160405180910390a35f9650505050505050611115565b5f91505b5060a085015163ffffffff1661158085856155dc565b67ffffffffffffffff1611156115e85760a08501516040517fb1b539ef00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff80871660048301528516602482015263ffffffff9091166044820152606401610a00565b42856040015163ffffffff168567ffffffffffffffff1661160991906155fc565b101561166a5783856040015163ffffffff1642611626919061560f565b6040517f10f8064700000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90921660048301526024820152604401610a00565b606085015161167f9063ffffffff16426155fc565b8367ffffffffffffffff1611156116eb5782856060015163ffffffff16426116a791906155fc565b6040517f2b489ddf00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90921660048301526024820152604401610a00565b5f6116fb368d90038d018d615622565b90505f6117a782805160208083015160409384015184517f99419aafb2b0237bd9d48d46f999279d645035f4efbec96d8fc251ce6bfcb999938101939093527fffffffffffffffffffffffffffffffff0000000000000000000000000000000090931682850152606082015260ff90911660808201525f60a0820181905260c0820181905260e08201819052610100808301919091528251808303909101815261012090910190915290565b90505f6117b683838f8f613626565b90506117cb83838d8d8b8d60a00151876137bc565b506117d9858f898785613a4c565b5060019d9c50505050505050505050505050565b5f6108b16117fa83613d73565b613db0565b7f35ac3ae3686e050d86691c43c07859d15541fee3a56e09c4dbaeb346a037b03761182981612a06565b5f61183760208a018a61569f565b905063ffffffff81161580611851575063fffffff1811615155b15611890576040517fe45c67bb00000000000000000000000000000000000000000000000000000000815263ffffffff82166004820152602401610a00565b6118a060408a0160208b0161569f565b63ffffffff165f036118f7576118bc60408a0160208b0161569f565b6040517fd27b5fb300000000000000000000000000000000000000000000000000000000815263ffffffff9091166004820152602401610a00565b61012c61190a60608b0160408c0161569f565b63ffffffff1611156119695761192660608a0160408b0161569f565b6040517f1cbd916d00000000000000000000000000000000000000000000000000000000815263ffffffff909116600482015261012c6024820152604401610a00565b5f8a815260056020908152604091829020825160e0810184526001815263ffffffff85168184015290929091828201916119a891908e01908e0161569f565b63ffffffff1681526020016119c360608d0160408e0161569f565b63ffffffff168152602001825f01600d9054906101000a900460ff1660ff168152602001825f01600e9054906101000a900463ffffffff1663ffffffff168152602001825f0160129054906101000a900463ffffffff1663ffffffff1681525060055f8d81526020019081526020015f205f820151815f015f6101000a81548160ff0219169083151502179055506020820151815f0160016101000a81548163ffffffff021916908363ffffffff1602179055506040820151815f0160056101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f0160096101000a81548163ffffffff021916908363ffffffff1602179055506080820151815f01600d6101000a81548160ff021916908360ff16021790555060a0820151815f01600e6101000a81548163ffffffff021916908363ffffffff16021790555060c0820151815f0160126101000a81548163ffffffff021916908363ffffffff16021790555090505060405180606001604052808a8a8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505090825250604080516020601f8b0181900481028201810190925289815291810191908a908a90819084018382808284375f92019190915250505090825250604080516020601f8901819004810282018101909252878152918101919088908890819084018382808284375f9201829052509390945250508d815260066020526040902082519091508190611c059082615759565b5060208201516001820190611c1a9082615759565b5060408201516002820190611c2f9082615759565b508c91507f3ff28ba83b77977ded75992090e266a111be049ae8b0797d1ae23b4c63b34416905083611c6760408e0160208f0161569f565b8d6040016020810190611c7a919061569f565b8d8d8d8d8d8d604051611c9599989796959493929190615870565b60405180910390a25050505050505050505050565b5f838152600560209081526040808320815160e081018352905460ff8082161515835263ffffffff610100830481169584019590955265010000000000820485169383019390935269010000000000000000008104841660608301526d01000000000000000000000000008104909216608082018190526e0100000000000000000000000000008304841660a0830152720100000000000000000000000000000000000090920490921660c083015260021115611d96576040517f84e23d8c00000000000000000000000000000000000000000000000000000000815260048101869052602401610a00565b60c081015160408051888152602081018890527f7d7827604b815011fd6ade4b06d59c48e3e075339f2d6b2dd8e6b93fabba74d590920190820152606090205f5f5f5f611de68560010154613280565b93509350935093508167ffffffffffffffff165f1480611e1b575073ffffffffffffffffffffffffffffffffffffffff841615155b15611e7d576040517f4b35969f0000000000000000000000000000000000000000000000000000000081527fffffffffffffffffffffffffffffffff000000000000000000000000000000008c166004820152602481018b9052604401610a00565b6040805160a0810182527fffffffffffffffffffffffffffffffff000000000000000000000000000000008d168152602081018c905260ff8316918101919091528554606082015260028601546080820152611f9b81611f7c81805160208083015160409384015184517f99419aafb2b0237bd9d48d46f999279d645035f4efbec96d8fc251ce6bfcb999938101939093527fffffffffffffffffffffffffffffffff0000000000000000000000000000000090931682850152606082015260ff90911660808201525f60a0820181905260c0820181905260e08201819052610100808301919091528251808303909101815261012090910190915290565b60a08a0151604080515f8152602081019091528e918e918a91906137bc565b9c9b505050505050505050505050565b6004545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015611fec57504265ffffffffffff8216105b61201e576003547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16612042565b60045474010000000000000000000000000000000000000000900465ffffffffffff165b91505090565b7f35ac3ae3686e050d86691c43c07859d15541fee3a56e09c4dbaeb346a037b03761207281612a06565b5f828152600560205260409020805460ff166120bd576040517fcf1a084500000000000000000000000000000000000000000000000000000000815260048101849052602401610a00565b80545f906120e8907201000000000000000000000000000000000000900463ffffffff1660016158cf565b6040805160e0810182525f8082526020808301828152838501838152606085018481526080860185815260a0870186815263ffffffff8a811660c08a019081528f8952600588528a892099518a549751965195519451935191517fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000009098169015157fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000ff161761010096831696909602959095177fffffffffffffffffffffffffffffffffffffff0000000000000000ffffffffff1665010000000000948216949094027fffffffffffffffffffffffffffffffffffffff00000000ffffffffffffffffff1693909317690100000000000000000092841692909202919091177fffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffffff166d010000000000000000000000000060ff909216919091027fffffffffffffffffffffffffffff00000000ffffffffffffffffffffffffffff16176e01000000000000000000000000000092821692909202919091177fffffffffffffffffffff00000000ffffffffffffffffffffffffffffffffffff16720100000000000000000000000000000000000092909116919091021790925560069091529081209192506122d58282614d2b565b6122e2600183015f614d2b565b6122ef600283015f614d2b565b505060405163ffffffff8216815284907f50e4936601c69e56fa3ed415a98c75f44cd84577bebe770c9da7ec10f9f41c619060200160405180910390a250505050565b60035473ffffffffffffffffffffffffffffffffffffffff16338114612386576040517fc22c8022000000000000000000000000000000000000000000000000000000008152336004820152602401610a00565b6108c9613df7565b816123c5576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610abf8282613ee8565b5f6123d981612a06565b6108c9613f0c565b7f35ac3ae3686e050d86691c43c07859d15541fee3a56e09c4dbaeb346a037b03761240b81612a06565b5f848152600560205260409020805460ff16612456576040517fcf1a084500000000000000000000000000000000000000000000000000000000815260048101869052602401610a00565b601060ff8516118061247b575060028460ff161015801561247b575063ffffffff8316155b156124c3576040517fbb01838d00000000000000000000000000000000000000000000000000000000815260ff8516600482015263ffffffff84166024820152604401610a00565b60028460ff1610156124d6575f93508392505b80547fffffffffffffffffffffffffffff0000000000ffffffffffffffffffffffffff166d010000000000000000000000000060ff86169081027fffffffffffffffffffffffffffff00000000ffffffffffffffffffffffffffff16919091176e01000000000000000000000000000063ffffffff861690810291909117835560408051928352602083019190915286917f99a77a2eb652e99727e9fea51f04912edccfc9ac3907aa0213fd28a0a2651dae910160405180910390a25050505050565b6125e46040805160a0810182525f8082528251606081018452818152602081810183905293810191909152909182019081526020016060815260200160608152602001606081525090565b5f828152600560209081526040808320815160e081018352905460ff8082161515835263ffffffff61010083048116848701908152650100000000008404821685870190815269010000000000000000008504831660608088019182526d0100000000000000000000000000870490951660808801526e0100000000000000000000000000008604841660a0808901919091527201000000000000000000000000000000000000909604841660c08801528b8a526006895298879020875195860188528651151586528751948501885291518316845251821683880152965116818501529381019390935283549093929182019083906126e3906156b8565b80601f016020809104026020016040519081016040528092919081815260200182805461270f906156b8565b801561275a5780601f106127315761010080835404028352916020019161275a565b820191905f5260205f20905b81548152906001019060200180831161273d57829003601f168201915b50505050508152602001826001018054612773906156b8565b80601f016020809104026020016040519081016040528092919081815260200182805461279f906156b8565b80156127ea5780601f106127c1576101008083540402835291602001916127ea565b820191905f5260205f20905b8154815290600101906020018083116127cd57829003601f168201915b50505050508152602001826002018054612803906156b8565b80601f016020809104026020016040519081016040528092919081815260200182805461282f906156b8565b801561287a5780601f106128515761010080835404028352916020019161287a565b820191905f5260205f20905b81548152906001019060200180831161285d57829003601f168201915b505050505081525092505050919050565b5f611005613f16565b5f828152600560205260408120805463ffffffff720100000000000000000000000000000000000090910416826129038787846040805193845260208401929092527f7d7827604b815011fd6ade4b06d59c48e3e075339f2d6b2dd8e6b93fabba74d501908201526060902090565b600181015484549192509061291e90899060ff16838961332c565b61292e575f945050505050610e54565b5f61293882613280565b935050505060075f6129918a8785885f01546040805160208082019690965263ffffffff949094168482015260ff9290921660608401526080808401919091528151808403909101815260a09092019052805191012090565b815260208101919091526040015f205460ff169998505050505050505050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f314987860000000000000000000000000000000000000000000000000000000014806108b157506108b18261404c565b6108c981336140e2565b612a1a5f5f614169565b565b5f5f612a26613f16565b90507f0000000000000000000000000000000000000000000000000000000000000000612ac9565b8060e01b5f5260045ffd5b8060e01b5f52508060045260245ffd5b6040518160e01b8152826004820152836024820152604481fd5b6040518160e01b8152826004820152836024820152846044820152606481fd5b6040518160e01b8152826004820152836024820152846044820152856064820152608481fd5b6040515f61012082015286610120870288015b808210156130fe57610120830151602083013561010085015181141582151715612b1e57805f52600560205260405f2054915080610100860152816101208601525b50823584526020830135602085015263ffffffff8160901c167f7d7827604b815011fd6ade4b06d59c48e3e075339f2d6b2dd8e6b93fabba74d50160408501526060842060018101545f61014087015260c085013564ffffffffff6001820310612b9057612b908163ca6d03de612a59565b60a0860135612bad57612bad6020870135873563dabe960f612a69565b6060860135612bca57612bca602087013587356389c06449612a69565b64ffffffffff8260c81c1664ffffffffff8360a01c168060a089013510828411151715612d46575f7e2000000000000000000000000000000000000000000000000000000000000085168015612c655763d2076b2760e01b5f52893560045260208b60245f8f5afa601f3d1116612c43573d5f8c3e3d8bfd5b73ffffffffffffffffffffffffffffffffffffffff86168b5114159150612cab565b631425269a60e01b5f5273ffffffffffffffffffffffffffffffffffffffff861660045260608b60245f8f5afa605f3d1116612ca3573d5f8c3e3d8bfd5b60028b511491505b50808015612cc757600184018f026101408c01525f9350612d43565b838511612d29578e612ce957612ce9848660208d01358d35638cb2edb8612aa3565b845f528360205260208a01358a357f09377db044f14968f0c51549a54180dea73ead28f2ff1029718191cc298bbd2660405fa350505050505050506130f2565b612d438360a08c013560208d01358d35637f53e1c8612aa3565b50505b506401000000008183031115612d6c57612d6c818360208a01358a3563d34e352c612aa3565b50507f99419aafb2b0237bd9d48d46f999279d645035f4efbec96d8fc251ce6bfcb999865260e085602088013761010080872060228801527f19010000000000000000000000000000000000000000000000000000000000008752600287018990526042872087525f80528501357f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81167f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08111612e4c578160ff1c601b01602089015260e0870135604089015280606089015260205f60808a60015afa505b50505f5180612e6257612e62638baa579f612a4e565b631425269a60e01b5f528060045260608760245f8b5afa605f3d1116612e8a573d5f883e3d87fd5b85356040880151146020880151421060018951141616612f435761014087015115612ef75760c08601355f52600161014088015103602052602086013586357f09377db044f14968f0c51549a54180dea73ead28f2ff1029718191cc298bbd2660405fa3505050506130f2565b6001875114612f1057612f10875182634acf5ffc612a69565b60208701514210612f2e57612f2e6020880151826333e3c2d0612a69565b612f4386356040890151836382df1504612a83565b6020860135604087013560a088013563ffffffff8760481c1642018111154263ffffffff8960281c168301101516600260ff8960681c161063ffffffff8960081c16841c60ff8a1616161661302e5760ff8716612fa857612fa88363cf1a0845612a59565b600163ffffffff8860081c16831c16612fca57612fca828463396e43e7612a69565b600160ff8860681c161115612fee57612fee60ff8860681c168463230ff419612a69565b63ffffffff8760281c1642818301101561301357613013814203836310f80647612a69565b5061302e63ffffffff8860481c16420182632b489ddf612a69565b5050506060860135935083835414613044578383555b6080860135935060a08601357e100000000000000000000000000000000000000000000000000000000000008316851715613080578460028501555b428103428211028060f61b86151560f41b17604089013560f01b60c08a013560c81b178360a01b851717176001860155505060a060408701883780602087013587357fc77551896bddeeeb79b09f65af28ca6fb6d5066501602d963020a9b3ab201ead60a08ba4505050506001860195505b61012082019150612adc565b50505050509392505050565b5f8281526002602052604090206001015461312481612a06565b61312e83836142c2565b50505050565b73ffffffffffffffffffffffffffffffffffffffff81163314613183576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61318d8282614380565b505050565b5f61319b611fab565b6131a4426143e1565b6131ae91906158eb565b90506131ba8282614430565b60405165ffffffffffff8216815273ffffffffffffffffffffffffffffffffffffffff8316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f61321b826144cb565b613224426143e1565b61322e91906158eb565b905061323a8282614169565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b910160405180910390a15050565b5f5f5f5f7e2000000000000000000000000000000000000000000000000000000000000085165f036132b0578493505b50919360a084901c64ffffffffff9081169460c881901c909116935060f01c600f169150565b60606110057f0000000000000000000000000000000000000000000000000000000000000000614512565b60606110057f0000000000000000000000000000000000000000000000000000000000000000614512565b5f5f5f61333885613280565b5092509250508067ffffffffffffffff165f1480613354575085155b15613363575f92505050610913565b5f61337c60f687901c67ffffffffffffffff851661560f565b90508042118015613395575084613393824261560f565b115b156133a5575f9350505050610913565b6133af888761344c565b1598975050505050505050565b67ffffffffffffffff5f805b83811015613444575f8585838181106133e3576133e3615909565b6133f9926020608090920201908101915061594b565b90508367ffffffffffffffff168167ffffffffffffffff16101561341b578093505b8267ffffffffffffffff168167ffffffffffffffff16111561343b578092505b506001016133c8565b509250929050565b5f7e20000000000000000000000000000000000000000000000000000000000000821615613551576040517fd2076b270000000000000000000000000000000000000000000000000000000081527fffffffffffffffffffffffffffffffff000000000000000000000000000000008416600482015273ffffffffffffffffffffffffffffffffffffffff838116917f00000000000000000000000000000000000000000000000000000000000000009091169063d2076b2790602401602060405180830381865afa158015613524573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906135489190615966565b141590506108b1565b6040517f1425269a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff83811660048301525f917f000000000000000000000000000000000000000000000000000000000000000090911690631425269a90602401606060405180830381865afa1580156135df573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613603919061597d565b509091506002905081600281111561361d5761361d6159ca565b14949350505050565b60608167ffffffffffffffff8111156136415761364161554e565b60405190808252806020026020018201604052801561366a578160200160208202803683370190505b5090505f5f5b838110156137b2573685858381811061368b5761368b615909565b90506080020190505f6136db6136cc898b606001518c60800151865f0160208101906136b7919061594b565b6136c76040890160208a0161594b565b61454f565b836040013584606001356145ef565b90508373ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1611613762576040517f45907fac00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff808316600483015285166024820152604401610a00565b61376f818a5f0151614654565b8085848151811061378257613782615909565b73ffffffffffffffffffffffffffffffffffffffff90921660209283029190910190910152925050600101613670565b5050949350505050565b5f5f5b85811015613a4057368787838181106137da576137da615909565b60c0029190910191505f90506138118a83356020850135613801606087016040880161594b565b6136c7608088016060890161594b565b90505f6138278284608001358560a001356145ef565b60608d0151909150833514801561384557508b608001518360200135145b15613894576040517fa267bc4300000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602401610a00565b67ffffffffffffffff88166138af606085016040860161594b565b67ffffffffffffffff1610806138f657506138da63ffffffff881667ffffffffffffffff8a166155fc565b6138ea606085016040860161594b565b67ffffffffffffffff16115b1561395e578761390c606085016040860161594b565b6040517fb1b539ef00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff92831660048201529116602482015263ffffffff88166044820152606401610a00565b5f5b8651811015613a07578173ffffffffffffffffffffffffffffffffffffffff1687828151811061399257613992615909565b602002602001015173ffffffffffffffffffffffffffffffffffffffff16036139ff576040517fd20bcd2300000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff83166004820152602401610a00565b600101613960565b50613a15818d5f0151614654565b613a218c828585614871565b15613a3257613a2f856159f7565b94505b5050508060010190506137bf565b50979650505050505050565b5f613a6360c884901c64ffffffffff166001615a2e565b905064ffffffffff67ffffffffffffffff82161115613aba576040517fca6d03de00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610a00565b8554606086013514613ace57606085013586555b6080850135151580613b04575060018601547e100000000000000000000000000000000000000000000000000000000000001615155b15613b1457608085013560028701555b5f428567ffffffffffffffff1611613b2c575f613b40565b613b404267ffffffffffffffff871661560f565b90505f73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001663d2076b27613b8c60208a018a615594565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681527fffffffffffffffffffffffffffffffff000000000000000000000000000000009091166004820152602401602060405180830381865afa158015613bff573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613c239190615966565b905060f682901b7e2000000000000000000000000000000000000000000000000000000000000060808901355f03613c5b575f613c7c565b7e100000000000000000000000000000000000000000000000000000000000005b60f0613c8e60608c0160408d0161557b565b60ff16901b60c887901b7fffffffffffffff000000000000000000000000000000000000000000000000001660a08b901b7bffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff87161717171717176001890155606087013560208801803590613d15908a615594565b6fffffffffffffffffffffffffffffffff19167f1c221efcc4798d64085063a1315711c98ee087d7ea905b451e260a68f6e6a1d28a608001358a888a604051613d619493929190615a4e565b60405180910390a45050505050505050565b6040517f99419aafb2b0237bd9d48d46f999279d645035f4efbec96d8fc251ce6bfcb9998082525f9160e084602083013761010090209392505050565b5f6108b1613dbc613f16565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b60035473ffffffffffffffffffffffffffffffffffffffff81169074010000000000000000000000000000000000000000900465ffffffffffff16801580613e4757504265ffffffffffff821610155b15613e88576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff82166004820152602401610a00565b613eb05f613eab60045473ffffffffffffffffffffffffffffffffffffffff1690565b614380565b50613ebb5f836142c2565b5050600380547fffffffffffff000000000000000000000000000000000000000000000000000016905550565b5f82815260026020526040902060010154613f0281612a06565b61312e8383614380565b612a1a5f5f614430565b5f3073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016148015613f7b57507f000000000000000000000000000000000000000000000000000000000000000046145b15613fa557507f000000000000000000000000000000000000000000000000000000000000000090565b611005604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806108b157507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316146108b1565b5f82815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16610abf576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8216600482015260248101839052604401610a00565b6004547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16801561423d574265ffffffffffff82161015614214576004546003805479ffffffffffffffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000090920465ffffffffffff167a0100000000000000000000000000000000000000000000000000000291909117905561423d565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b506004805473ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000065ffffffffffff9485160279ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a0100000000000000000000000000000000000000000000000000009290931691909102919091179055565b5f82614376575f6142e860045473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff1614614335576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600480547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff84161790555b610e5483836149e4565b5f821580156143a9575060045473ffffffffffffffffffffffffffffffffffffffff8381169116145b156143d757600480547fffffffffffffffffffffffff00000000000000000000000000000000000000001690555b610e548383614ae1565b5f65ffffffffffff82111561442c576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526030600482015260248101839052604401610a00565b5090565b600380547401000000000000000000000000000000000000000065ffffffffffff84811682027fffffffffffff0000000000000000000000000000000000000000000000000000841673ffffffffffffffffffffffffffffffffffffffff88161717909355900416801561318d576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f6144d5611fab565b90508065ffffffffffff168365ffffffffffff16116144fd576144f88382615ad3565b610e54565b610e5465ffffffffffff841662069780614b9e565b60605f61451e83614bad565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f67ffffffffffffffff82161580614575575064ffffffffff67ffffffffffffffff8316115b156145b8576040517fca6d03de00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152602401610a00565b60a0860185905260c0860184905260e0860183905261010080870183905260208701206145e481613db0565b979650505050505050565b5f5f6145fc858585614bed565b5090925090505f816003811115614615576146156159ca565b1461464c576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b509392505050565b6040517f1425269a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff83811660048301525f91829182917f000000000000000000000000000000000000000000000000000000000000000090911690631425269a90602401606060405180830381865afa1580156146e6573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061470a919061597d565b919450925090506001836002811115614725576147256159ca565b146147605784836040517f4acf5ffc000000000000000000000000000000000000000000000000000000008152600401610a00929190615af1565b8167ffffffffffffffff1642106147cb576040517f33e3c2d000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8616600482015267ffffffffffffffff83166024820152604401610a00565b7fffffffffffffffffffffffffffffffff0000000000000000000000000000000081811690851614611091576040517f82df150400000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff861660048201527fffffffffffffffffffffffffffffffff00000000000000000000000000000000808316602483015285166044820152606401610a00565b5f5f82856040516020016148a592919091825273ffffffffffffffffffffffffffffffffffffffff16602082015260400190565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815291815281516020928301205f818152600890935291205490915060ff16156148fb575f915050610913565b5f8181526008602090815260409182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905587015187516060808a015173ffffffffffffffffffffffffffffffffffffffff8a16947fffffffffffffffffffffffffffffffff00000000000000000000000000000000909316927e356dc679fe64ea430540f835094fae64b24d7b0fe6894e01b334e63bb1e807928a3592916149b0918c01908c0161594b565b60408051938452602084019290925267ffffffffffffffff169082015260600160405180910390a450600195945050505050565b5f82815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16614ada575f83815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055614a783390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016108b1565b505f6108b1565b5f82815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615614ada575f83815260026020908152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016108b1565b5f828218828410028218610e54565b5f60ff8216601f8111156108b1576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8416601b60ff86901c01614c2788828985614c38565b945094509450505093509350939050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115614c7157505f91506003905082614d21565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015614cc2573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff8116614d1857505f925060019150829050614d21565b92505f91508190505b9450945094915050565b508054614d37906156b8565b5f825580601f10614d46575050565b601f0160209004905f5260205f2090612a1a91905f5b8082111561318d575f81840155600101614d5c565b5f60208284031215614d81575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114610e54575f5ffd5b5f5f60208385031215614dc1575f5ffd5b823567ffffffffffffffff811115614dd7575f5ffd5b8301601f81018513614de7575f5ffd5b803567ffffffffffffffff811115614dfd575f5ffd5b85602061012083028401011115614e12575f5ffd5b6020919091019590945092505050565b803560ff81168114614e32575f5ffd5b919050565b5f5f5f60608486031215614e49575f5ffd5b83359250614e5960208501614e22565b929592945050506040919091013590565b5f60208284031215614e7a575f5ffd5b5035919050565b803573ffffffffffffffffffffffffffffffffffffffff81168114614e32575f5ffd5b5f5f60408385031215614eb5575f5ffd5b82359150614ec560208401614e81565b90509250929050565b5f5f83601f840112614ede575f5ffd5b50813567ffffffffffffffff811115614ef5575f5ffd5b602083019150836020828501011115614f0c575f5ffd5b9250929050565b5f5f5f5f5f60808688031215614f27575f5ffd5b85359450614f3760208701614e22565b935060408601359250606086013567ffffffffffffffff811115614f59575f5ffd5b614f6588828901614ece565b969995985093965092949392505050565b5f60208284031215614f86575f5ffd5b610e5482614e81565b5f60208284031215614f9f575f5ffd5b813565ffffffffffff81168114610e54575f5ffd5b7fffffffffffffffffffffffffffffffff00000000000000000000000000000000811681146108c9575f5ffd5b5f5f60408385031215614ff2575f5ffd5b8235614ffd81614fb4565b946020939093013593505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61509160e083018961500b565b82810360408401526150a3818961500b565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156151055783518352602093840193909201916001016150e7565b50909b9a5050505050505050505050565b5f60e08284031215615126575f5ffd5b50919050565b5f5f5f610120848603121561513f575f5ffd5b6151498585615116565b9560e08501359550610100909401359392505050565b5f5f5f60608486031215615171575f5ffd5b833561517c81614fb4565b95602085013595506040909401359392505050565b5f5f83601f8401126151a1575f5ffd5b50813567ffffffffffffffff8111156151b8575f5ffd5b60208301915083602060c083028501011115614f0c575f5ffd5b5f5f5f5f5f85870360e08112156151e7575f5ffd5b60a08112156151f4575f5ffd5b5085945060a086013567ffffffffffffffff811115615211575f5ffd5b8601601f81018813615221575f5ffd5b803567ffffffffffffffff811115615237575f5ffd5b8860208260071b840101111561524b575f5ffd5b6020919091019450925060c086013567ffffffffffffffff81111561526e575f5ffd5b614f6588828901615191565b5f60e0828403121561528a575f5ffd5b610e548383615116565b5f5f5f5f5f5f5f5f888a0360e08112156152ac575f5ffd5b8935985060607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0820112156152df575f5ffd5b50602089019650608089013567ffffffffffffffff8111156152ff575f5ffd5b61530b8b828c01614ece565b90975095505060a089013567ffffffffffffffff81111561532a575f5ffd5b6153368b828c01614ece565b90955093505060c089013567ffffffffffffffff811115615355575f5ffd5b6153618b828c01614ece565b999c989b5096995094979396929594505050565b5f5f5f5f60608587031215615388575f5ffd5b843561539381614fb4565b935060208501359250604085013567ffffffffffffffff8111156153b5575f5ffd5b6153c187828801615191565b95989497509550505050565b803563ffffffff81168114614e32575f5ffd5b5f5f5f606084860312156153f2575f5ffd5b8335925061540260208501614e22565b9150615410604085016153cd565b90509250925092565b602081528151151560208201525f602083015163ffffffff815116604084015263ffffffff602082015116606084015263ffffffff604082015116608084015250604083015160e060a084015261547461010084018261500b565b905060608401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08483030160c08501526154af828261500b565b91505060808401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08483030160e0850152611115828261500b565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b60ff84168152604060208201525f6111156040830184866154eb565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f6020828403121561558b575f5ffd5b610e5482614e22565b5f602082840312156155a4575f5ffd5b8135610e5481614fb4565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff82811682821603908111156108b1576108b16155af565b808201808211156108b1576108b16155af565b818103818111156108b1576108b16155af565b5f60a0828403128015615633575f5ffd5b5060405160a0810167ffffffffffffffff811182821017156156575761565761554e565b604052823561566581614fb4565b81526020838101359082015261567d60408401614e22565b6040820152606083810135908201526080928301359281019290925250919050565b5f602082840312156156af575f5ffd5b610e54826153cd565b600181811c908216806156cc57607f821691505b602082108103615126577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b601f82111561318d578282111561318d57805f5260205f20601f840160051c602085101561572e57505f5b90810190601f840160051c035f5b81811015615751575f8382015560010161573c565b505050505050565b815167ffffffffffffffff8111156157735761577361554e565b6157878161578184546156b8565b84615703565b6020601f8211600181146157d8575f83156157a25750848201515b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600385901b1c1916600184901b178455611091565b5f848152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08516915b828110156158255787850151825560209485019460019092019101615805565b508482101561586157868401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b60f8161c191681555b50505050600190811b01905550565b63ffffffff8a16815263ffffffff8916602082015263ffffffff8816604082015260c060608201525f6158a760c08301888a6154eb565b82810360808401526158ba8187896154eb565b905082810360a0840152611f9b8185876154eb565b63ffffffff81811683821601908111156108b1576108b16155af565b65ffffffffffff81811683821601908111156108b1576108b16155af565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b67ffffffffffffffff811681146108c9575f5ffd5b5f6020828403121561595b575f5ffd5b8135610e5481615936565b5f60208284031215615976575f5ffd5b5051919050565b5f5f5f6060848603121561598f575f5ffd5b83516003811061599d575f5ffd5b60208501519093506159ae81615936565b60408501519092506159bf81614fb4565b809150509250925092565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203615a2757615a276155af565b5060010190565b67ffffffffffffffff81811683821601908111156108b1576108b16155af565b5f6080820186835267ffffffffffffffff8616602084015267ffffffffffffffff851660408401526080606084015280845180835260a0850191506020860192505f5b81811015615ac557835173ffffffffffffffffffffffffffffffffffffffff16835260209384019390920191600101615a91565b509098975050505050505050565b65ffffffffffff82811682821603908111156108b1576108b16155af565b73ffffffffffffffffffffffffffffffffffffffff831681526040810160038310615b43577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b826020830152939250505056",
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

// PackKNOWNALGORITHMS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x331c6cab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KNOWN_ALGORITHMS() view returns(uint32)
func (attestationVerifier *AttestationVerifier) PackKNOWNALGORITHMS() []byte {
	enc, err := attestationVerifier.abi.Pack("KNOWN_ALGORITHMS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKNOWNALGORITHMS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x331c6cab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KNOWN_ALGORITHMS() view returns(uint32)
func (attestationVerifier *AttestationVerifier) TryPackKNOWNALGORITHMS() ([]byte, error) {
	return attestationVerifier.abi.Pack("KNOWN_ALGORITHMS")
}

// UnpackKNOWNALGORITHMS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x331c6cab.
//
// Solidity: function KNOWN_ALGORITHMS() view returns(uint32)
func (attestationVerifier *AttestationVerifier) UnpackKNOWNALGORITHMS(data []byte) (uint32, error) {
	out, err := attestationVerifier.abi.Unpack("KNOWN_ALGORITHMS", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMAXFUTURESKEW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15db04fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FUTURE_SKEW() view returns(uint32)
func (attestationVerifier *AttestationVerifier) PackMAXFUTURESKEW() []byte {
	enc, err := attestationVerifier.abi.Pack("MAX_FUTURE_SKEW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFUTURESKEW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15db04fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FUTURE_SKEW() view returns(uint32)
func (attestationVerifier *AttestationVerifier) TryPackMAXFUTURESKEW() ([]byte, error) {
	return attestationVerifier.abi.Pack("MAX_FUTURE_SKEW")
}

// UnpackMAXFUTURESKEW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x15db04fc.
//
// Solidity: function MAX_FUTURE_SKEW() view returns(uint32)
func (attestationVerifier *AttestationVerifier) UnpackMAXFUTURESKEW(data []byte) (uint32, error) {
	out, err := attestationVerifier.abi.Unpack("MAX_FUTURE_SKEW", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
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

// PackMAXSEQUENCESTEP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ca3f78b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SEQUENCE_STEP() view returns(uint64)
func (attestationVerifier *AttestationVerifier) PackMAXSEQUENCESTEP() []byte {
	enc, err := attestationVerifier.abi.Pack("MAX_SEQUENCE_STEP")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSEQUENCESTEP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ca3f78b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SEQUENCE_STEP() view returns(uint64)
func (attestationVerifier *AttestationVerifier) TryPackMAXSEQUENCESTEP() ([]byte, error) {
	return attestationVerifier.abi.Pack("MAX_SEQUENCE_STEP")
}

// UnpackMAXSEQUENCESTEP is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3ca3f78b.
//
// Solidity: function MAX_SEQUENCE_STEP() view returns(uint64)
func (attestationVerifier *AttestationVerifier) UnpackMAXSEQUENCESTEP(data []byte) (uint64, error) {
	out, err := attestationVerifier.abi.Unpack("MAX_SEQUENCE_STEP", data)
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
// the contract method with ID 0x39e31af4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addGoldenDigest(bytes32 subsetId, uint8 hashAlg, bytes32 digest, string label) returns()
func (attestationVerifier *AttestationVerifier) PackAddGoldenDigest(subsetId [32]byte, hashAlg uint8, digest [32]byte, label string) []byte {
	enc, err := attestationVerifier.abi.Pack("addGoldenDigest", subsetId, hashAlg, digest, label)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddGoldenDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39e31af4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addGoldenDigest(bytes32 subsetId, uint8 hashAlg, bytes32 digest, string label) returns()
func (attestationVerifier *AttestationVerifier) TryPackAddGoldenDigest(subsetId [32]byte, hashAlg uint8, digest [32]byte, label string) ([]byte, error) {
	return attestationVerifier.abi.Pack("addGoldenDigest", subsetId, hashAlg, digest, label)
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
// the contract method with ID 0x644203ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isGoldenDigest(bytes32 subsetId, uint8 hashAlg, bytes32 digest) view returns(bool)
func (attestationVerifier *AttestationVerifier) PackIsGoldenDigest(subsetId [32]byte, hashAlg uint8, digest [32]byte) []byte {
	enc, err := attestationVerifier.abi.Pack("isGoldenDigest", subsetId, hashAlg, digest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsGoldenDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x644203ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isGoldenDigest(bytes32 subsetId, uint8 hashAlg, bytes32 digest) view returns(bool)
func (attestationVerifier *AttestationVerifier) TryPackIsGoldenDigest(subsetId [32]byte, hashAlg uint8, digest [32]byte) ([]byte, error) {
	return attestationVerifier.abi.Pack("isGoldenDigest", subsetId, hashAlg, digest)
}

// UnpackIsGoldenDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x644203ca.
//
// Solidity: function isGoldenDigest(bytes32 subsetId, uint8 hashAlg, bytes32 digest) view returns(bool)
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
// the contract method with ID 0x1bfcc09f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeGoldenDigest(bytes32 subsetId, uint8 hashAlg, bytes32 digest) returns()
func (attestationVerifier *AttestationVerifier) PackRemoveGoldenDigest(subsetId [32]byte, hashAlg uint8, digest [32]byte) []byte {
	enc, err := attestationVerifier.abi.Pack("removeGoldenDigest", subsetId, hashAlg, digest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveGoldenDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1bfcc09f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeGoldenDigest(bytes32 subsetId, uint8 hashAlg, bytes32 digest) returns()
func (attestationVerifier *AttestationVerifier) TryPackRemoveGoldenDigest(subsetId [32]byte, hashAlg uint8, digest [32]byte) ([]byte, error) {
	return attestationVerifier.abi.Pack("removeGoldenDigest", subsetId, hashAlg, digest)
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
// Solidity: function reportDisagreements(bytes16 vmId, bytes32 subsetId, (bytes32,bytes32,uint64,uint64,bytes32,bytes32)[] dissents) returns(uint256 reported)
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
// Solidity: function reportDisagreements(bytes16 vmId, bytes32 subsetId, (bytes32,bytes32,uint64,uint64,bytes32,bytes32)[] dissents) returns(uint256 reported)
func (attestationVerifier *AttestationVerifier) TryPackReportDisagreements(vmId [16]byte, subsetId [32]byte, dissents []Dissent) ([]byte, error) {
	return attestationVerifier.abi.Pack("reportDisagreements", vmId, subsetId, dissents)
}

// UnpackReportDisagreements is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb31845a.
//
// Solidity: function reportDisagreements(bytes16 vmId, bytes32 subsetId, (bytes32,bytes32,uint64,uint64,bytes32,bytes32)[] dissents) returns(uint256 reported)
func (attestationVerifier *AttestationVerifier) UnpackReportDisagreements(data []byte) (*big.Int, error) {
	out, err := attestationVerifier.abi.Unpack("reportDisagreements", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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

// PackSubsetEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x982c75f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function subsetEpoch(bytes32 subsetId) view returns(uint32)
func (attestationVerifier *AttestationVerifier) PackSubsetEpoch(subsetId [32]byte) []byte {
	enc, err := attestationVerifier.abi.Pack("subsetEpoch", subsetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubsetEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x982c75f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function subsetEpoch(bytes32 subsetId) view returns(uint32)
func (attestationVerifier *AttestationVerifier) TryPackSubsetEpoch(subsetId [32]byte) ([]byte, error) {
	return attestationVerifier.abi.Pack("subsetEpoch", subsetId)
}

// UnpackSubsetEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x982c75f9.
//
// Solidity: function subsetEpoch(bytes32 subsetId) view returns(uint32)
func (attestationVerifier *AttestationVerifier) UnpackSubsetEpoch(data []byte) (uint32, error) {
	out, err := attestationVerifier.abi.Unpack("subsetEpoch", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
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
	HashAlg  uint8
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
// Solidity: event GoldenDigestAdded(bytes32 indexed subsetId, bytes32 indexed digest, uint8 hashAlg, string label)
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
	HashAlg  uint8
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
// Solidity: event GoldenDigestRemoved(bytes32 indexed subsetId, bytes32 indexed digest, uint8 hashAlg)
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
	Epoch    uint32
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
// Solidity: event SubsetRemoved(bytes32 indexed subsetId, uint32 epoch)
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
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["InvalidMaxFutureSkew"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackInvalidMaxFutureSkewError(raw[4:])
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
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["SequenceStepTooLarge"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackSequenceStepTooLargeError(raw[4:])
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
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["ZeroStateDigest"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackZeroStateDigestError(raw[4:])
	}
	if bytes.Equal(raw[:4], attestationVerifier.abi.Errors["ZeroTimestamp"].ID.Bytes()[:4]) {
		return attestationVerifier.UnpackZeroTimestampError(raw[4:])
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
	HashAlg  uint8
	Digest   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GoldenDigestAlreadyAdded(bytes32 subsetId, uint8 hashAlg, bytes32 digest)
func AttestationVerifierGoldenDigestAlreadyAddedErrorID() common.Hash {
	return common.HexToHash("0xddbc001f21bc5b9837861570c74482e73eac7400fd2d05c8664e9726c658b250")
}

// UnpackGoldenDigestAlreadyAddedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GoldenDigestAlreadyAdded(bytes32 subsetId, uint8 hashAlg, bytes32 digest)
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
	HashAlg  uint8
	Digest   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GoldenDigestNotFound(bytes32 subsetId, uint8 hashAlg, bytes32 digest)
func AttestationVerifierGoldenDigestNotFoundErrorID() common.Hash {
	return common.HexToHash("0x88e6cd21592650024ece7433133a123098d23eca41673d66e3e7e75401339ad9")
}

// UnpackGoldenDigestNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GoldenDigestNotFound(bytes32 subsetId, uint8 hashAlg, bytes32 digest)
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

// AttestationVerifierInvalidMaxFutureSkew represents a InvalidMaxFutureSkew error raised by the AttestationVerifier contract.
type AttestationVerifierInvalidMaxFutureSkew struct {
	MaxFutureSkew uint32
	Limit         uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMaxFutureSkew(uint32 maxFutureSkew, uint32 limit)
func AttestationVerifierInvalidMaxFutureSkewErrorID() common.Hash {
	return common.HexToHash("0x1cbd916d1ac14c7a9782dbeaaba7132e8010fd6bea3c45ce576d8239540f9b92")
}

// UnpackInvalidMaxFutureSkewError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMaxFutureSkew(uint32 maxFutureSkew, uint32 limit)
func (attestationVerifier *AttestationVerifier) UnpackInvalidMaxFutureSkewError(raw []byte) (*AttestationVerifierInvalidMaxFutureSkew, error) {
	out := new(AttestationVerifierInvalidMaxFutureSkew)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "InvalidMaxFutureSkew", raw); err != nil {
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

// AttestationVerifierSequenceStepTooLarge represents a SequenceStepTooLarge error raised by the AttestationVerifier contract.
type AttestationVerifierSequenceStepTooLarge struct {
	VmId         [16]byte
	SubsetId     [32]byte
	Sequence     uint64
	LastSequence uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SequenceStepTooLarge(bytes16 vmId, bytes32 subsetId, uint64 sequence, uint64 lastSequence)
func AttestationVerifierSequenceStepTooLargeErrorID() common.Hash {
	return common.HexToHash("0xd34e352ca81627445052e6922eb7ad9ad96866122df406434dff05d43159f3f3")
}

// UnpackSequenceStepTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SequenceStepTooLarge(bytes16 vmId, bytes32 subsetId, uint64 sequence, uint64 lastSequence)
func (attestationVerifier *AttestationVerifier) UnpackSequenceStepTooLargeError(raw []byte) (*AttestationVerifierSequenceStepTooLarge, error) {
	out := new(AttestationVerifierSequenceStepTooLarge)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "SequenceStepTooLarge", raw); err != nil {
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

// AttestationVerifierZeroStateDigest represents a ZeroStateDigest error raised by the AttestationVerifier contract.
type AttestationVerifierZeroStateDigest struct {
	VmId     [16]byte
	SubsetId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroStateDigest(bytes16 vmId, bytes32 subsetId)
func AttestationVerifierZeroStateDigestErrorID() common.Hash {
	return common.HexToHash("0x89c06449f62959fee77fa0d5a7cb315350c061fe6a93a07b0e08a4b23cd54c52")
}

// UnpackZeroStateDigestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroStateDigest(bytes16 vmId, bytes32 subsetId)
func (attestationVerifier *AttestationVerifier) UnpackZeroStateDigestError(raw []byte) (*AttestationVerifierZeroStateDigest, error) {
	out := new(AttestationVerifierZeroStateDigest)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "ZeroStateDigest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AttestationVerifierZeroTimestamp represents a ZeroTimestamp error raised by the AttestationVerifier contract.
type AttestationVerifierZeroTimestamp struct {
	VmId     [16]byte
	SubsetId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroTimestamp(bytes16 vmId, bytes32 subsetId)
func AttestationVerifierZeroTimestampErrorID() common.Hash {
	return common.HexToHash("0xdabe960f3b80b59848cbe5bc2d68b96de91efffbcd912f2d88a6d4db82424b8c")
}

// UnpackZeroTimestampError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroTimestamp(bytes16 vmId, bytes32 subsetId)
func (attestationVerifier *AttestationVerifier) UnpackZeroTimestampError(raw []byte) (*AttestationVerifierZeroTimestamp, error) {
	out := new(AttestationVerifierZeroTimestamp)
	if err := attestationVerifier.abi.UnpackIntoInterface(out, "ZeroTimestamp", raw); err != nil {
		return nil, err
	}
	return out, nil
}
