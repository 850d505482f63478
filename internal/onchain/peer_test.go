package onchain

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// easEnv names the directory of the unpacked npm package @ethereum-attestation-service/eas-contracts, whose
// compiled artifacts the peer comparison deploys. `make bench` fetches it (scripts/fetch-peers.sh).
const easEnv = "VMATTEST_EAS_DIR"

type hardhatArtifact struct {
	ABI      json.RawMessage `json:"abi"`
	Bytecode string          `json:"bytecode"`
}

func loadArtifact(t *testing.T, dir, name string) (abi.ABI, []byte) {
	t.Helper()
	path := filepath.Join(dir, "artifacts", "contracts", name+".sol", name+".json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("failed to read EAS artifact: %v", err)
	}
	var a hardhatArtifact
	if err := json.Unmarshal(data, &a); err != nil {
		t.Fatalf("failed to parse %s: %v", path, err)
	}
	parsed, err := abi.JSON(strings.NewReader(string(a.ABI)))
	if err != nil {
		t.Fatalf("failed to parse the ABI in %s: %v", path, err)
	}
	return parsed, common.FromHex(a.Bytecode)
}

type easRequestData struct {
	Recipient      common.Address
	ExpirationTime uint64
	Revocable      bool
	RefUID         [32]byte
	Data           []byte
	Value          *big.Int
}

type easRequest struct {
	Schema [32]byte
	Data   easRequestData
}

// TestGasVersusEAS measures, on one simulated chain in one run, what recording the same facts costs with
// vmattest's verifier and with the Ethereum Attestation Service's attest (the compiled contracts of its npm
// package). EAS's attest checks no signature and keeps every attestation; vmattest's submit checks an
// EIP-712 enclave signature, the key, the subset policy and the window, and keeps the latest record.
func TestGasVersusEAS(t *testing.T) {
	dir := os.Getenv(easEnv)
	if dir == "" {
		t.Skipf("skipped: set %s to an unpacked @ethereum-attestation-service/eas-contracts package (make bench does)", easEnv)
	}
	c := newTestChain(t)
	regABI, regBin := loadArtifact(t, dir, "SchemaRegistry")
	easABI, easBin := loadArtifact(t, dir, "EAS")

	regAddr, tx, err := bind.DeployContract(c.admin, regBin, c.client, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Wait(t.Context(), c.client, tx, func() { c.sim.Commit() }); err != nil {
		t.Fatal(err)
	}
	ctorArgs, err := easABI.Pack("", regAddr)
	if err != nil {
		t.Fatal(err)
	}
	easAddr, tx, err := bind.DeployContract(c.admin, easBin, c.client, ctorArgs)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Wait(t.Context(), c.client, tx, func() { c.sim.Commit() }); err != nil {
		t.Fatal(err)
	}
	reg := bind.NewBoundContract(regAddr, regABI, c.client, c.client, c.client)
	eas := bind.NewBoundContract(easAddr, easABI, c.client, c.client, c.client)

	schema := "bytes16 vmId,bytes32 subsetId,uint8 hashAlg,bytes32 stateDigest,bytes32 zkCommitment,uint64 timestamp,uint64 sequence"
	data, err := regABI.Pack("register", schema, common.Address{}, true)
	if err != nil {
		t.Fatal(err)
	}
	c.mustSend(reg, data)
	schemaUID := crypto.Keccak256Hash(append(append([]byte(schema), common.Address{}.Bytes()...), 1))

	vm := vmID(1)
	key := c.newKey(vm)
	att := func(seq uint64) []byte {
		a := c.attestation(vm, seq, fmt.Sprint("state-", seq))
		args := abi.Arguments{{Type: mustType("bytes16")}, {Type: mustType("bytes32")}, {Type: mustType("uint8")}, {Type: mustType("bytes32")}, {Type: mustType("bytes32")}, {Type: mustType("uint64")}, {Type: mustType("uint64")}}
		enc, err := args.Pack(a.VMID, a.SubsetID, uint8(a.HashAlg), a.StateDigest, a.ZKCommitment, a.Timestamp, a.Sequence)
		if err != nil {
			t.Fatal(err)
		}
		return enc
	}
	var easGas [2]uint64
	for i := range easGas {
		req := easRequest{Schema: schemaUID, Data: easRequestData{Recipient: common.Address{}, Revocable: true, Data: att(uint64(i + 1)), Value: new(big.Int)}}
		packed, err := easABI.Pack("attest", req)
		if err != nil {
			t.Fatal(err)
		}
		r := c.mustSend(eas, packed)
		easGas[i] = r.GasUsed - 21000
	}
	var ours [2]uint64
	for i := range ours {
		r, err := c.submit(c.sign(key, c.attestation(vm, uint64(i+1), fmt.Sprint("state-", i+1))))
		if err != nil {
			t.Fatal(err)
		}
		ours[i] = r.GasUsed - 21000
	}
	t.Logf("gas beyond the 21000 base, same chain (Osaka rules), same fields:")
	t.Logf("  EAS attest, 1st:                    %6d", easGas[0])
	t.Logf("  EAS attest, 2nd:                    %6d", easGas[1])
	t.Logf("  vmattest submit, first record:      %6d  (%.2fx EAS)", ours[0], float64(ours[0])/float64(easGas[0]))
	t.Logf("  vmattest submit, update of record:  %6d  (%.2fx EAS)", ours[1], float64(ours[1])/float64(easGas[1]))
	if easGas[1] < 100_000 {
		t.Errorf("EAS attest measured %d gas; the comparison assumes the peer's documented >100k (check the deployment)", easGas[1])
	}
}

func mustType(s string) abi.Type {
	typ, err := abi.NewType(s, "", nil)
	if err != nil {
		panic(err)
	}
	return typ
}
