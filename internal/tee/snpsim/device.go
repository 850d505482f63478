// Package snpsim is a simulated AMD SEV-SNP device, INSECURE, for devnets and CI: it produces attestation
// reports in the real SEV-SNP layout, signed by a VCEK certified by its own test-only AMD-like chain (ARK,
// ASK), so that its evidence passes go-sev-guest's verifier when, and only when, the verifier is given
// this device's root. Its keys are files in a state directory: anyone who can read them can forge its
// evidence, which is why everything it produces says INSECURE (TEE "sev-snp-sim", Insecure true) and a
// verifier accepts it only when told to.
//
// The state directory (created 0700 on first use; files 0600) holds device.json: the chip id, a device
// secret, the ARK and ASK keys and certificates. The chain is generated once, at random, and kept, so a
// devnet's root stays the same across runs; Root and WriteRoot give it to verifiers. VCEKs are derived
// from the device secret and the TCB, as AMD's are from the chip secret and the TCB.
package snpsim

import (
	"context"
	"crypto/ecdsa"
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/vmattest/vmattest/internal/evidence"
	"github.com/vmattest/vmattest/internal/strictjson"
)

// TEE is the name of the simulated backend and its bundles.
const TEE = evidence.TEESEVSNPSim

// StateFile is the device's state in its directory.
const StateFile = "device.json"

const stateFormat = "vmattest-snpsim-device-v1"

// Defaults of a device.
var (
	// DefaultMeasurement is the launch measurement of a device without WithMeasurement:
	// SHA-384("vmattest/snpsim/default-measurement/v1").
	DefaultMeasurement = sha512.Sum384([]byte("vmattest/snpsim/default-measurement/v1"))
	// DefaultTCB is the TCB of a device without WithTCB.
	DefaultTCB = evidence.TCB{Bootloader: 4, TEE: 0, SNP: 22, Microcode: 213}
)

// DefaultPolicy is the guest policy of a device without WithPolicy: SMT allowed (bit 16), the reserved
// bit 17 set as the ABI requires, debugging not allowed (bit 19 clear), ABI 0.0.
const DefaultPolicy uint64 = 1<<16 | 1<<17

// PolicyDebug is the guest policy's DEBUG bit.
const PolicyDebug uint64 = 1 << 19

// The firmware version the simulated reports carry (current and committed).
const (
	fwMajor, fwMinor, fwBuild = 1, 55, 21
	stepping                  = 1 // Milan-B1, Genoa-B1
)

// config is what the options set.
type config struct {
	measurement [48]byte
	policy      uint64
	vmpl        uint32
	tcb         evidence.TCB
	product     string
	productSet  bool
	foreignVCEK bool
	foreignRoot bool
	log         *slog.Logger
}

// Option configures a device.
type Option func(*config)

// WithMeasurement sets the launch measurement of the reports.
func WithMeasurement(m [48]byte) Option { return func(c *config) { c.measurement = m } }

// WithPolicy sets the guest policy of the reports (see DefaultPolicy, PolicyDebug).
func WithPolicy(p uint64) Option { return func(c *config) { c.policy = p } }

// WithDebug sets the DEBUG bit of the guest policy: evidence that a verifier refuses unless its policy
// allows debug guests.
func WithDebug() Option { return func(c *config) { c.policy |= PolicyDebug } }

// WithVMPL sets the VMPL the reports are requested at (0-3).
func WithVMPL(v uint32) Option { return func(c *config) { c.vmpl = v } }

// WithTCB sets the TCB of the reports (reported, current, committed and launch) and of the VCEK that
// signs them. Bootloader, TEE and SNP must be at most 127; FMC must be 0 (Milan and Genoa have none).
func WithTCB(t evidence.TCB) Option { return func(c *config) { c.tcb = t } }

// WithProduct chooses the product line of a new device, "Milan" (the default) or "Genoa". It only
// matters when the state is created; opening an existing state of another product fails.
func WithProduct(p string) Option { return func(c *config) { c.product, c.productSet = p, true } }

// WithForeignVCEK makes the device sign reports with a key that its VCEK certificate does not certify (an
// unregistered VCEK), while the bundle still carries the genuine certificate: a verifier must refuse the
// signature.
func WithForeignVCEK() Option { return func(c *config) { c.foreignVCEK = true } }

// WithForeignRoot makes the device certify its VCEK by another, throwaway ARK and ASK (generated once per
// process and never stored), carried in the bundle: a verifier given the device's root must refuse the
// chain.
func WithForeignRoot() Option { return func(c *config) { c.foreignRoot = true } }

// WithLogger sets the logger (default slog.Default()).
func WithLogger(l *slog.Logger) Option { return func(c *config) { c.log = l } }

// Device is a simulated SEV-SNP device. It implements tee.Backend and is safe for concurrent use.
type Device struct {
	st  *state
	cfg config
}

// state is the persistent device and what is derived from it.
type state struct {
	dir       string
	product   string
	chipID    [64]byte
	secret    [32]byte
	notBefore time.Time
	chain     *chain

	mu      sync.Mutex
	vceks   map[vcekKey][]byte // DER by (TCB, chain)
	foreign *chain
}

type vcekKey struct {
	tcb     uint64
	foreign bool
}

// stateFile is device.json.
type stateFile struct {
	Format    string    `json:"format"`
	Warning   string    `json:"warning"`
	Product   string    `json:"product"`
	CreatedAt time.Time `json:"createdAt"`
	ChipID    string    `json:"chipId"`
	Secret    string    `json:"secret"`
	ARKKey    []byte    `json:"arkKey"`
	ARKCert   []byte    `json:"arkCert"`
	ASKKey    []byte    `json:"askKey"`
	ASKCert   []byte    `json:"askCert"`
}

const stateWarning = "INSECURE: the keys of a simulated SEV-SNP device (vmattest snpsim); anyone who reads this file can forge its evidence"

// Open opens the simulated device whose state is in dir, creating the directory (0700) and the state
// (a new random chip id, device secret and test-only ARK/ASK chain) on first use. It logs an INSECURE
// warning.
func Open(dir string, opts ...Option) (*Device, error) {
	cfg := config{measurement: DefaultMeasurement, policy: DefaultPolicy, tcb: DefaultTCB, product: evidence.ProductMilan}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.log == nil {
		cfg.log = slog.Default()
	}
	if err := cfg.check(); err != nil {
		return nil, err
	}
	st, created, err := loadOrCreate(dir, cfg.product)
	if err != nil {
		return nil, err
	}
	if cfg.productSet && st.product != cfg.product {
		return nil, fmt.Errorf("snpsim: the device in %s is a %s device, not %s", dir, st.product, cfg.product)
	}
	d := &Device{st: st, cfg: cfg}
	if fi, err := os.Stat(dir); err == nil && fi.Mode().Perm()&0o077 != 0 {
		cfg.log.Warn("INSECURE: the simulated SEV-SNP device's state directory is readable by others", "dir", dir, "mode", fi.Mode().Perm())
	}
	cfg.log.Warn("INSECURE: simulated SEV-SNP device: a test-only AMD-like chain whose keys are files on disk; its evidence proves nothing, use it only on devnets and in CI",
		"tee", TEE, "dir", dir, "created", created, "product", st.product, "root", d.Root().Fingerprint()[:16])
	return d, nil
}

func (c *config) check() error {
	switch c.product {
	case evidence.ProductMilan, evidence.ProductGenoa:
	default:
		return fmt.Errorf("snpsim: product %q is not simulated (Milan or Genoa)", c.product)
	}
	if c.vmpl > 3 {
		return fmt.Errorf("snpsim: VMPL %d is out of range (0-3)", c.vmpl)
	}
	if c.tcb.Bootloader > 127 || c.tcb.TEE > 127 || c.tcb.SNP > 127 || c.tcb.FMC != 0 {
		return fmt.Errorf("snpsim: TCB %s: bootloader, tee and snp must be at most 127 and fmc 0", c.tcb)
	}
	if c.policy&(1<<17) == 0 || c.policy>>26 != 0 {
		return fmt.Errorf("snpsim: guest policy 0x%x is not valid (bit 17 must be set, bits 26-63 clear)", c.policy)
	}
	return nil
}

// With returns a device sharing d's state (chip, secret, chain) with further options applied, for
// producing variant evidence without regenerating the chain. WithProduct cannot change the product.
func (d *Device) With(opts ...Option) (*Device, error) {
	cfg := d.cfg
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.product != d.st.product {
		return nil, fmt.Errorf("snpsim: the device is a %s device, not %s", d.st.product, cfg.product)
	}
	if err := cfg.check(); err != nil {
		return nil, err
	}
	return &Device{st: d.st, cfg: cfg}, nil
}

// loadOrCreate reads dir/device.json or creates it. Creation is atomic and first-wins: the state is
// written to a temporary file and linked into place, so two processes starting on an empty directory end
// up with the same device.
func loadOrCreate(dir, product string) (*state, bool, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, false, fmt.Errorf("snpsim: failed to create the state directory: %w", err)
	}
	path := filepath.Join(dir, StateFile)
	if st, err := load(dir, path); err == nil || !errors.Is(err, fs.ErrNotExist) {
		return st, false, err
	}
	st := &state{dir: dir, product: product, notBefore: time.Now().UTC().Add(-24 * time.Hour).Truncate(time.Second)}
	if _, err := rand.Read(st.chipID[:]); err != nil {
		return nil, false, err
	}
	if _, err := rand.Read(st.secret[:]); err != nil {
		return nil, false, err
	}
	c, err := newChain(product, st.notBefore)
	if err != nil {
		return nil, false, fmt.Errorf("snpsim: failed to generate the chain: %w", err)
	}
	st.chain = c
	sf := stateFile{Format: stateFormat, Warning: stateWarning, Product: product, CreatedAt: st.notBefore,
		ChipID: hex.EncodeToString(st.chipID[:]), Secret: hex.EncodeToString(st.secret[:]),
		ARKKey: x509.MarshalPKCS1PrivateKey(c.arkKey), ARKCert: c.ark.Raw,
		ASKKey: x509.MarshalPKCS1PrivateKey(c.askKey), ASKCert: c.ask.Raw}
	data, err := json.MarshalIndent(sf, "", "  ")
	if err != nil {
		return nil, false, err
	}
	tmp, err := os.CreateTemp(dir, "."+StateFile+".*")
	if err != nil {
		return nil, false, fmt.Errorf("snpsim: failed to write the state: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err == nil {
		_, err = tmp.Write(append(data, '\n'))
		if err == nil {
			err = tmp.Sync()
		}
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, false, fmt.Errorf("snpsim: failed to write the state: %w", err)
	}
	if err := os.Link(tmp.Name(), path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			// Another process created the device first: use its state.
			st, err := load(dir, path)
			return st, false, err
		}
		return nil, false, fmt.Errorf("snpsim: failed to write the state: %w", err)
	}
	return st, true, nil
}

func load(dir, path string) (*state, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var sf stateFile
	if err := strictjson.Decode(data, &sf); err != nil {
		return nil, fmt.Errorf("snpsim: %s: %w", path, err)
	}
	if sf.Format != stateFormat {
		return nil, fmt.Errorf("snpsim: %s: format %q, want %q", path, sf.Format, stateFormat)
	}
	st := &state{dir: dir, product: sf.Product, notBefore: sf.CreatedAt}
	if err := decodeHexInto(st.chipID[:], sf.ChipID); err != nil {
		return nil, fmt.Errorf("snpsim: %s: chipId: %w", path, err)
	}
	if err := decodeHexInto(st.secret[:], sf.Secret); err != nil {
		return nil, fmt.Errorf("snpsim: %s: secret: %w", path, err)
	}
	c := &chain{}
	if c.arkKey, err = x509.ParsePKCS1PrivateKey(sf.ARKKey); err != nil {
		return nil, fmt.Errorf("snpsim: %s: arkKey: %w", path, err)
	}
	if c.askKey, err = x509.ParsePKCS1PrivateKey(sf.ASKKey); err != nil {
		return nil, fmt.Errorf("snpsim: %s: askKey: %w", path, err)
	}
	if c.ark, err = x509.ParseCertificate(sf.ARKCert); err != nil {
		return nil, fmt.Errorf("snpsim: %s: arkCert: %w", path, err)
	}
	if c.ask, err = x509.ParseCertificate(sf.ASKCert); err != nil {
		return nil, fmt.Errorf("snpsim: %s: askCert: %w", path, err)
	}
	if !c.arkKey.PublicKey.Equal(c.ark.PublicKey) || !c.askKey.PublicKey.Equal(c.ask.PublicKey) {
		return nil, fmt.Errorf("snpsim: %s: a key does not match its certificate", path)
	}
	if _, err := evidence.ParseSimRoot(c.root().PEM()); err != nil {
		return nil, fmt.Errorf("snpsim: %s: %w", path, err)
	}
	st.chain = c
	return st, nil
}

func decodeHexInto(dst []byte, s string) error {
	if len(s) != 2*len(dst) {
		return fmt.Errorf("want %d hex digits, got %d", 2*len(dst), len(s))
	}
	_, err := hex.Decode(dst, []byte(s))
	return err
}

// TEE returns "sev-snp-sim".
func (d *Device) TEE() string { return TEE }

// Insecure returns true: the simulator protects nothing.
func (d *Device) Insecure() bool { return true }

// Dir returns the state directory.
func (d *Device) Dir() string { return d.st.dir }

// Product returns the product line ("Milan" or "Genoa").
func (d *Device) Product() string { return d.st.product }

// ChipID returns the simulated chip id (the VCEK's HWID).
func (d *Device) ChipID() [64]byte { return d.st.chipID }

// Measurement returns the launch measurement of the device's reports.
func (d *Device) Measurement() [48]byte { return d.cfg.measurement }

// Policy returns the guest policy of the device's reports.
func (d *Device) Policy() uint64 { return d.cfg.policy }

// Root returns the device's root, ARK and ASK: what a verifier must be given to accept its evidence.
func (d *Device) Root() *evidence.SimRoot { return d.st.chain.root() }

// WriteRoot writes the root's PEM (ASK then ARK) to path, for `vmattest evidence verify --sim-root`.
func (d *Device) WriteRoot(path string) error { return d.Root().Write(path) }

// Evidence returns an INSECURE sev-snp-sim bundle: a version 3 attestation report over reportData with
// the device's measurement, policy, VMPL, TCB and chip id, signed by the VCEK (ECDSA P-384, SHA-384), with
// the VCEK, ASK and ARK certificates.
func (d *Device) Evidence(ctx context.Context, reportData [64]byte) (*evidence.Bundle, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	tcb := d.cfg.tcb.Encode(d.st.product)
	key, err := d.st.vcekKey(tcb)
	if err != nil {
		return nil, err
	}
	c, err := d.st.signingChain(d.cfg.foreignRoot)
	if err != nil {
		return nil, err
	}
	vcek, err := d.st.vcekCert(c, d.cfg.foreignRoot, key, d.cfg.tcb, tcb)
	if err != nil {
		return nil, err
	}
	signer := key
	if d.cfg.foreignVCEK {
		if signer, err = deriveP384(d.st.secret[:], "vmattest/snpsim/foreign-vcek/v1", binary.LittleEndian.AppendUint64(nil, tcb)); err != nil {
			return nil, err
		}
	}
	report := d.report(reportData, tcb)
	if err := signReport(report, signer); err != nil {
		return nil, fmt.Errorf("snpsim: failed to sign the report: %w", err)
	}
	d.cfg.log.Warn("INSECURE: simulated SEV-SNP evidence (sev-snp-sim): signed by a test-only chain",
		"reportData", hex.EncodeToString(reportData[:]), "measurement", hex.EncodeToString(d.cfg.measurement[:]))
	return &evidence.Bundle{
		Format: evidence.Format, TEE: TEE, Insecure: true, ReportData: reportData,
		Report: report, VCEK: vcek, ASK: c.ask.Raw, ARK: c.ark.Raw,
	}, nil
}

// SealingKey derives a 32-byte key from the device secret with HKDF-SHA256, info = MEASUREMENT (48 bytes)
// || guest policy (8 bytes, little-endian as in the report), salt "vmattest/snpsim/sealing-key/v1": like
// an SNP derived key (MSG_KEY_REQ with the measurement and the policy selected), another measurement or
// policy gets another key. It is INSECURE: the secret is in the state file.
func (d *Device) SealingKey(ctx context.Context) ([32]byte, error) {
	if err := ctx.Err(); err != nil {
		return [32]byte{}, err
	}
	info := make([]byte, 0, 56)
	info = append(info, d.cfg.measurement[:]...)
	info = binary.LittleEndian.AppendUint64(info, d.cfg.policy)
	k, err := hkdf.Key(sha256.New, d.st.secret[:], []byte("vmattest/snpsim/sealing-key/v1"), string(info), 32)
	if err != nil {
		return [32]byte{}, err
	}
	return [32]byte(k), nil
}

// vcekKey derives the VCEK private key for a TCB.
func (s *state) vcekKey(tcb uint64) (*ecdsa.PrivateKey, error) {
	return deriveP384(s.secret[:], "vmattest/snpsim/vcek/v1", binary.LittleEndian.AppendUint64(nil, tcb))
}

// signingChain returns the device's chain, or the throwaway foreign chain.
func (s *state) signingChain(foreign bool) (*chain, error) {
	if !foreign {
		return s.chain, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.foreign == nil {
		c, err := newChain(s.product, s.notBefore)
		if err != nil {
			return nil, err
		}
		s.foreign = c
	}
	return s.foreign, nil
}

// vcekCert returns the VCEK certificate for the TCB, issued once per process and chain.
func (s *state) vcekCert(c *chain, foreign bool, key *ecdsa.PrivateKey, parts evidence.TCB, tcb uint64) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := vcekKey{tcb: tcb, foreign: foreign}
	if der, ok := s.vceks[k]; ok {
		return der, nil
	}
	der, err := c.issueVCEK(&key.PublicKey, fmt.Sprintf("%s-B%d", s.product, stepping), s.chipID, parts, s.notBefore)
	if err != nil {
		return nil, err
	}
	if s.vceks == nil {
		s.vceks = map[vcekKey][]byte{}
	}
	s.vceks[k] = der
	return der, nil
}

// The report layout (SEV-SNP firmware ABI, ATTESTATION_REPORT).
const (
	offVersion        = 0x000
	offGuestSVN       = 0x004
	offPolicy         = 0x008
	offVMPL           = 0x030
	offSignatureAlgo  = 0x034
	offCurrentTCB     = 0x038
	offPlatformInfo   = 0x040
	offSignerInfo     = 0x048
	offReportData     = 0x050
	offMeasurement    = 0x090
	offReportID       = 0x140
	offReportIDMA     = 0x160
	offReportedTCB    = 0x180
	offCPUIDFamily    = 0x188
	offCPUIDModel     = 0x189
	offCPUIDStepping  = 0x18A
	offChipID         = 0x1A0
	offCommittedTCB   = 0x1E0
	offCurrentBuild   = 0x1E8
	offCurrentMinor   = 0x1E9
	offCurrentMajor   = 0x1EA
	offCommittedBuild = 0x1EC
	offCommittedMinor = 0x1ED
	offCommittedMajor = 0x1EE
	offLaunchTCB      = 0x1F0
	offSignature      = 0x2A0

	reportVersion     = 3 // the first version with the CPUID fields: the product is in the report
	sigAlgoECDSAP384  = 1
	platformInfoSMTOn = 1
	familyZen3Zen4    = 0x19
)

// report lays out an unsigned version 3 attestation report.
func (d *Device) report(reportData [64]byte, tcb uint64) []byte {
	r := make([]byte, evidence.ReportSize)
	le32 := func(off int, v uint32) { binary.LittleEndian.PutUint32(r[off:], v) }
	le64 := func(off int, v uint64) { binary.LittleEndian.PutUint64(r[off:], v) }
	le32(offVersion, reportVersion)
	le32(offGuestSVN, 0)
	le64(offPolicy, d.cfg.policy)
	le32(offVMPL, d.cfg.vmpl)
	le32(offSignatureAlgo, sigAlgoECDSAP384)
	le64(offCurrentTCB, tcb)
	le64(offPlatformInfo, platformInfoSMTOn)
	le32(offSignerInfo, 0) // signed by the VCEK, chip id not masked, no author key
	copy(r[offReportData:], reportData[:])
	copy(r[offMeasurement:], d.cfg.measurement[:])
	// REPORT_ID: stable for a device and measurement, like a guest's; no migration agent (all ones).
	mac := hmac.New(sha256.New, d.st.secret[:])
	mac.Write([]byte("vmattest/snpsim/report-id/v1"))
	mac.Write(d.cfg.measurement[:])
	copy(r[offReportID:offReportID+32], mac.Sum(nil))
	for i := offReportIDMA; i < offReportIDMA+32; i++ {
		r[i] = 0xFF
	}
	le64(offReportedTCB, tcb)
	r[offCPUIDFamily] = familyZen3Zen4
	r[offCPUIDModel] = 0x01 // Milan
	if d.st.product == evidence.ProductGenoa {
		r[offCPUIDModel] = 0x11
	}
	r[offCPUIDStepping] = stepping
	copy(r[offChipID:], d.st.chipID[:])
	le64(offCommittedTCB, tcb)
	r[offCurrentBuild], r[offCurrentMinor], r[offCurrentMajor] = fwBuild, fwMinor, fwMajor
	r[offCommittedBuild], r[offCommittedMinor], r[offCommittedMajor] = fwBuild, fwMinor, fwMajor
	le64(offLaunchTCB, tcb)
	return r
}
