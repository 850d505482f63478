package enclave

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/internal/evidence"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/tee"
	"github.com/vmattest/vmattest/internal/tee/snpsim"
)

var registry = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")

func genOpts() GenerateOptions {
	return GenerateOptions{ChainID: 31337, Registry: registry, ExpiresAt: time.Now().Add(24 * time.Hour)}
}

func simDevice(t *testing.T, opts ...snpsim.Option) *snpsim.Device {
	t.Helper()
	d, err := snpsim.Open(filepath.Join(t.TempDir(), "snpsim"), opts...)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestBindingMatchesABIEncoding recomputes REPORT_DATA with go-ethereum's ABI encoder, as a contract would.
func TestBindingMatchesABIEncoding(t *testing.T) {
	k, _ := crypto.GenerateKey()
	b := NewBinding(&k.PublicKey, 31337, registry, 1798761600)
	typ := func(s string) abi.Type { ty, _ := abi.NewType(s, "", nil); return ty }
	args := abi.Arguments{{Type: typ("bytes32")}, {Type: typ("uint256")}, {Type: typ("uint256")}, {Type: typ("uint256")}, {Type: typ("address")}, {Type: typ("uint64")}}
	pub := crypto.FromECDSAPub(&k.PublicKey)
	enc, err := args.Pack(crypto.Keccak256Hash([]byte(BindingTag)), new(big.Int).SetBytes(pub[1:33]), new(big.Int).SetBytes(pub[33:]),
		big.NewInt(31337), registry, uint64(1798761600))
	if err != nil {
		t.Fatal(err)
	}
	rd := b.ReportData()
	if common.BytesToHash(rd[:32]) != crypto.Keccak256Hash(enc) || [32]byte(rd[32:]) != [32]byte{} {
		t.Fatalf("ReportData = %x, want keccak256(abi.encode(...)) || zeros", rd)
	}
	if b.Address() != crypto.PubkeyToAddress(k.PublicKey) {
		t.Fatal("binding address is not the key's")
	}
	for name, other := range map[string]Binding{
		"chain": NewBinding(&k.PublicKey, 1, registry, 1798761600), "registry": NewBinding(&k.PublicKey, 31337, common.Address{1}, 1798761600),
		"expiry": NewBinding(&k.PublicKey, 31337, registry, 1798761601),
	} {
		if other.ReportData() == rd {
			t.Errorf("another %s gives the same REPORT_DATA", name)
		}
	}
}

// TestSimulatedKeyLifecycle: generate in the simulated SNP device, bind, verify the evidence (with the
// device's root) and the binding, reopen, sign an attestation that verifies.
func TestSimulatedKeyLifecycle(t *testing.T) {
	ctx := context.Background()
	dev := simDevice(t)
	dir := filepath.Join(t.TempDir(), "keys")
	k, err := Generate(ctx, dev, dir, genOpts())
	if err != nil {
		t.Fatal(err)
	}
	if !k.Insecure() || k.TEE() != "sev-snp-sim" {
		t.Fatalf("simulated key: insecure=%v tee=%q", k.Insecure(), k.TEE())
	}
	if fi, err := os.Stat(filepath.Join(dir, keyFileName)); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v, %v; want 0600", fi.Mode().Perm(), err)
	}
	reg, err := LoadRegistration(filepath.Join(dir, registrationFileName))
	if err != nil {
		t.Fatal(err)
	}
	facts, err := reg.Verify(ctx, evidence.VerifyOptions{AllowInsecure: true, SimulatorRoot: dev.Root()})
	if err != nil {
		t.Fatalf("registration does not verify: %v", err)
	}
	if facts.Measurement != dev.Measurement() || reg.Binding.Address() != k.Address() {
		t.Fatalf("facts %v do not carry the device's measurement, or the binding is not the key's", facts)
	}
	if _, err := Generate(ctx, dev, dir, genOpts()); !errors.Is(err, ErrExists) {
		t.Fatalf("second Generate in the same directory: %v, want ErrExists", err)
	}
	again, err := Open(ctx, dev, dir)
	if err != nil || again.Address() != k.Address() {
		t.Fatalf("Open = %v, %v", again, err)
	}
	var _ protocol.Signer = again
	d := protocol.NewDomain(31337, registry)
	s, err := protocol.Sign(ctx, d, protocol.Attestation{VMID: protocol.VMID{1}, SubsetID: [32]byte{2}, HashAlg: protocol.HashBLAKE3, StateDigest: [32]byte{3}, Timestamp: 1, Sequence: 1}, again)
	if err != nil || s.Verify(d, k.Address()) != nil {
		t.Fatalf("signing with the reopened key: %v", err)
	}
	if _, err := Open(ctx, tee.NewSoftware(), dir); err == nil || !strings.Contains(err.Error(), `belongs to TEE "sev-snp-sim"`) {
		t.Fatalf("Open with another backend: %v", err)
	}
}

// sealingSim is the simulated device presented as a TEE that seals, to exercise the sealed path (on real
// SNP the sealing key comes from the firmware).
type sealingSim struct{ *snpsim.Device }

func (sealingSim) Insecure() bool { return false }

func TestSealedKey(t *testing.T) {
	ctx := context.Background()
	dev := simDevice(t)
	dir := t.TempDir()
	k, err := Generate(ctx, sealingSim{dev}, dir, genOpts())
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(filepath.Join(dir, keyFileName))
	if strings.Contains(string(data), "insecurePlainKey") || !strings.Contains(string(data), `"sealed"`) {
		t.Fatalf("a sealing TEE stored the key in the clear: %s", data)
	}
	if again, err := Open(ctx, sealingSim{dev}, dir); err != nil || again.Address() != k.Address() {
		t.Fatalf("the same VM cannot unseal: %v", err)
	}
	// Another measurement is another VM image: it must not unseal the key.
	other, err := dev.With(snpsim.WithMeasurement([48]byte{0xee}))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Open(ctx, sealingSim{other}, dir); err == nil || !strings.Contains(err.Error(), "cannot unseal") {
		t.Fatalf("a VM with another measurement unsealed the key: %v", err)
	}
}

func TestRotate(t *testing.T) {
	ctx := context.Background()
	dev := simDevice(t)
	dir := t.TempDir()
	old, err := Generate(ctx, dev, dir, genOpts())
	if err != nil {
		t.Fatal(err)
	}
	k, oldAddr, err := Rotate(ctx, dev, dir, genOpts())
	if err != nil {
		t.Fatal(err)
	}
	if oldAddr != old.Address() || k.Address() == old.Address() {
		t.Fatalf("Rotate returned %s (old %s), new %s", oldAddr, old.Address(), k.Address())
	}
	if _, err := os.Stat(filepath.Join(dir, keyFileName+".retired-"+oldAddr.Hex())); err != nil {
		t.Fatalf("the old key was not kept aside: %v", err)
	}
	if cur, err := Open(ctx, dev, dir); err != nil || cur.Address() != k.Address() {
		t.Fatalf("Open after rotation: %v", err)
	}
	// A failed rotation (expiry in the past) leaves the current key in place.
	bad := genOpts()
	bad.ExpiresAt = time.Now().Add(-time.Hour)
	if _, _, err := Rotate(ctx, dev, dir, bad); err == nil {
		t.Fatal("rotation to an expired key succeeded")
	}
	if cur, err := Open(ctx, dev, dir); err != nil || cur.Address() != k.Address() {
		t.Fatalf("after a failed rotation the key is %v, %v; want %s", cur, err, k.Address())
	}
}

func TestRegistrationChecks(t *testing.T) {
	ctx := context.Background()
	dev := simDevice(t)
	dir := t.TempDir()
	if _, err := Generate(ctx, dev, dir, genOpts()); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, registrationFileName)
	data, _ := os.ReadFile(path)
	var m map[string]any
	json.Unmarshal(data, &m)

	// Evidence of one key presented for another key: REPORT_DATA does not match the binding.
	reg, _ := LoadRegistration(path)
	other, _ := crypto.GenerateKey()
	swapped := Registration{Binding: NewBinding(&other.PublicKey, reg.Binding.ChainID, reg.Binding.Registry, reg.Binding.ExpiresAt), Evidence: reg.Evidence}
	if _, err := swapped.Verify(ctx, evidence.VerifyOptions{AllowInsecure: true, SimulatorRoot: dev.Root()}); !errors.Is(err, evidence.ErrReportData) {
		t.Fatalf("evidence for another key: %v, want ErrReportData", err)
	}
	// Simulated evidence is refused unless insecure TEEs are allowed and the simulator's root is given.
	if _, err := reg.Verify(ctx, evidence.VerifyOptions{}); !errors.Is(err, evidence.ErrInsecure) {
		t.Fatalf("simulated evidence without AllowInsecure: %v, want ErrInsecure", err)
	}
	// Tampered derived fields are caught when reading.
	for field, value := range map[string]any{"evidenceHash": "0x" + strings.Repeat("00", 32), "reportData": "0x" + strings.Repeat("11", 64), "format": "v0"} {
		mm := map[string]any{}
		for k, v := range m {
			mm[k] = v
		}
		mm[field] = value
		b, _ := json.Marshal(mm)
		var r Registration
		if err := json.Unmarshal(b, &r); err == nil || !strings.Contains(err.Error(), "malformed registration") {
			t.Errorf("tampered %s: %v", field, err)
		}
	}
}

func TestCheckDistinct(t *testing.T) {
	a, b := common.Address{1}, common.Address{2}
	if err := CheckDistinct(a, b); err != nil {
		t.Fatal(err)
	}
	if err := CheckDistinct(a, a); !errors.Is(err, ErrSameKey) {
		t.Fatalf("same key: %v", err)
	}
}
