package ceremony

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/consensys/gnark-crypto/ecc"

	"github.com/vmattest/vmattest/internal/strictjson"
)

// File names in a ceremony directory (see the package documentation).
const (
	ManifestFile     = "ceremony.json"
	CircuitFile      = "circuit.r1cs"
	Phase1SealedFile = "phase1-sealed.bin"
	EvaluationsFile  = "phase2-evals.bin"
	ProvingKeyFile   = "proving.key"
	VerifyingKeyFile = "verifying.key"
	KeysFile         = "keys.json"
	lockFile         = ".lock"
)

// Manifest format.
const (
	Format  = "vmattest-ceremony"
	Version = 1
)

// Phases of a ceremony, as in Manifest.Phase.
const (
	PhaseOne       = "phase1"
	PhaseTwo       = "phase2"
	PhaseFinalized = "finalized"
)

// Sources of phase 1, as in Phase1Record.Source.
const (
	SourceCeremony = "ceremony" // run in this directory
	SourceImported = "imported" // a sealed phase 1 given to Init
)

// Beacon length bounds, in bytes.
const (
	MinBeaconBytes = 16
	MaxBeaconBytes = 1024
)

// MaxNameLength bounds a contributor's name, in bytes.
const MaxNameLength = 200

// maxDomainLog is the largest FFT domain of BN254's scalar field: 2^28.
const maxDomainLog = 28

// Transcript returns the file name of a phase's transcript after contribution index (0: the initial
// one), e.g. Transcript(1, 2) = "phase1-002.bin".
func Transcript(phase, index int) string {
	return fmt.Sprintf("phase%d-%03d.bin", phase, index)
}

// FileRef names a file of the ceremony directory and its SHA-256 (hex).
type FileRef struct {
	File   string `json:"file"`
	SHA256 string `json:"sha256"`
}

// Contribution is one contributor's transcript file.
type Contribution struct {
	Phase int    `json:"phase"` // 1 or 2
	Index int    `json:"index"` // 1, 2, ... within the phase
	Name  string `json:"name"`  // the contributor's name, spaces trimmed
	File  string `json:"file"`  // Transcript(Phase, Index)
	// SHA256 is the hex SHA-256 of File: the hash the contributor publishes, and the challenge that the
	// next contribution is bound to.
	SHA256 string    `json:"sha256"`
	Time   time.Time `json:"time"`
}

// Manifest is ceremony.json.
type Manifest struct {
	Format      string        `json:"format"`
	Version     int           `json:"version"`
	Curve       string        `json:"curve"`             // "bn254"
	Backend     string        `json:"backend"`           // "groth16"
	Circuit     string        `json:"circuit,omitempty"` // InitOptions.Circuit: a label, e.g. "readonlyroot"
	CircuitHash string        `json:"circuit_hash"`      // SHA-256 (hex) of circuit.r1cs
	Constraints int           `json:"constraints"`
	DomainSize  uint64        `json:"domain_size"` // N: the FFT domain of the keys
	Phase       string        `json:"phase"`       // PhaseOne, PhaseTwo or PhaseFinalized
	Created     time.Time     `json:"created"`
	Phase1      Phase1Record  `json:"phase1"`
	Phase2      *Phase2Record `json:"phase2,omitempty"` // from ClosePhase1 (or Init with an imported phase 1)
	Keys        *KeysRecord   `json:"keys,omitempty"`   // from Finalize
}

// Phase1Record is the phase 1 part of the manifest.
type Phase1Record struct {
	Source     string `json:"source"`      // SourceCeremony or SourceImported
	DomainSize uint64 `json:"domain_size"` // N₁ ≥ N; phase 2 uses the first N powers
	// ImportedFrom is the base name of the file given to Init (informational; the copy is
	// phase1-sealed.bin).
	ImportedFrom  string         `json:"imported_from,omitempty"`
	Initial       *FileRef       `json:"initial,omitempty"` // phase1-000.bin (SourceCeremony)
	Contributions []Contribution `json:"contributions"`
	Beacon        string         `json:"beacon,omitempty"` // hex, once sealed (SourceCeremony)
	Sealed        *FileRef       `json:"sealed,omitempty"` // phase1-sealed.bin
	Closed        *time.Time     `json:"closed,omitempty"`
}

// Phase2Record is the phase 2 part of the manifest.
type Phase2Record struct {
	Initial       FileRef        `json:"initial"`     // phase2-000.bin
	Evaluations   FileRef        `json:"evaluations"` // phase2-evals.bin
	Contributions []Contribution `json:"contributions"`
	Beacon        string         `json:"beacon,omitempty"` // hex, once finalized
	Finalized     *time.Time     `json:"finalized,omitempty"`
}

// KeysRecord is the finalize part of the manifest.
type KeysRecord struct {
	ProvingKey   FileRef `json:"proving_key"`
	VerifyingKey FileRef `json:"verifying_key"`
	Info         FileRef `json:"info"` // keys.json
}

// ParseBeacon decodes a beacon given as hex (an optional 0x prefix and surrounding spaces are allowed),
// e.g. a block hash, and checks its length.
func ParseBeacon(s string) ([]byte, error) {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("beacon is not hex: %w", err)
	}
	if err := checkBeacon(b); err != nil {
		return nil, err
	}
	return b, nil
}

func checkBeacon(b []byte) error {
	if len(b) < MinBeaconBytes {
		return fmt.Errorf("beacon is %d bytes; it must be at least %d (e.g. a 32-byte block hash)", len(b), MinBeaconBytes)
	}
	if len(b) > MaxBeaconBytes {
		return fmt.Errorf("beacon is %d bytes; at most %d", len(b), MaxBeaconBytes)
	}
	return nil
}

func checkName(name string) (string, error) {
	name = strings.TrimSpace(name)
	switch {
	case name == "":
		return "", errors.New("contributor name is empty")
	case len(name) > MaxNameLength:
		return "", fmt.Errorf("contributor name is longer than %d bytes", MaxNameLength)
	case !utf8.ValidString(name):
		return "", errors.New("contributor name is not valid UTF-8")
	}
	for _, r := range name {
		if !unicode.IsPrint(r) {
			return "", fmt.Errorf("contributor name contains the unprintable character %q", r)
		}
	}
	return name, nil
}

// domainFor is the FFT domain size of a circuit with n constraints: the next power of two, and at
// least 2 (gnark's phase 1 needs [τ]).
func domainFor(n int) uint64 {
	return max(2, ecc.NextPowerOfTwo(uint64(n)))
}

func validDomain(n uint64) bool {
	return n >= 2 && n <= 1<<maxDomainLog && n&(n-1) == 0
}

// Load reads and checks the structure of dir/ceremony.json. It checks no file against it: that is
// Verify's work.
func Load(dir string) (*Manifest, error) {
	return loadManifest(dir, "load")
}

func loadManifest(dir, step string) (*Manifest, error) {
	data, err := os.ReadFile(filepath.Join(dir, ManifestFile))
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fileErrf(step, ManifestFile, "not a ceremony directory (no %s in %s; run init first)", ManifestFile, dir)
		}
		return nil, fileErr(step, ManifestFile, err)
	}
	var m Manifest
	if err := strictjson.Decode(data, &m); err != nil {
		return nil, fileErrf(step, ManifestFile, "cannot parse: %v", err)
	}
	if err := m.validate(); err != nil {
		return nil, fileErr(step, ManifestFile, err)
	}
	return &m, nil
}

func (m *Manifest) save(dir string) error {
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	data = append(data, '\n')
	_, err = writeBytesAtomic(dir, ManifestFile, true, data)
	return err
}

func validHash(s string) bool {
	b, err := hex.DecodeString(s)
	return err == nil && len(b) == 32 && s == strings.ToLower(s)
}

func checkRef(r *FileRef, file string) error {
	if r == nil {
		return fmt.Errorf("missing the record of %s", file)
	}
	if r.File != file {
		return fmt.Errorf("records file %q where %q is expected", r.File, file)
	}
	if !validHash(r.SHA256) {
		return fmt.Errorf("bad sha256 %q for %s", r.SHA256, file)
	}
	return nil
}

func checkContributions(phase int, cs []Contribution) error {
	for i, c := range cs {
		want := Transcript(phase, i+1)
		if c.Phase != phase || c.Index != i+1 || c.File != want {
			return fmt.Errorf("phase %d contribution #%d is recorded as phase %d index %d file %q: expected phase %d index %d file %q (reordered?)",
				phase, i+1, c.Phase, c.Index, c.File, phase, i+1, want)
		}
		if !validHash(c.SHA256) {
			return fmt.Errorf("bad sha256 %q for %s", c.SHA256, c.File)
		}
		if _, err := checkName(c.Name); err != nil {
			return fmt.Errorf("%s: %v", c.File, err)
		}
	}
	return nil
}

func checkBeaconHex(s, what string) error {
	b, err := hex.DecodeString(s)
	if err != nil {
		return fmt.Errorf("%s beacon is not hex: %v", what, err)
	}
	if err := checkBeacon(b); err != nil {
		return fmt.Errorf("%s %v", what, err)
	}
	return nil
}

// validate checks the manifest's structure: format, known values, file names derived from indices.
func (m *Manifest) validate() error {
	if m.Format != Format {
		return fmt.Errorf("format is %q, expected %q", m.Format, Format)
	}
	if m.Version != Version {
		return fmt.Errorf("format version %d is not supported (this build reads version %d)", m.Version, Version)
	}
	if m.Curve != "bn254" || m.Backend != "groth16" {
		return fmt.Errorf("curve/backend %s/%s is not supported (bn254/groth16)", m.Curve, m.Backend)
	}
	if !validHash(m.CircuitHash) {
		return fmt.Errorf("bad circuit_hash %q", m.CircuitHash)
	}
	if m.Constraints < 0 || m.DomainSize != domainFor(m.Constraints) {
		return fmt.Errorf("domain_size %d does not fit %d constraints (expected %d)", m.DomainSize, m.Constraints, domainFor(m.Constraints))
	}
	p1 := &m.Phase1
	if !validDomain(p1.DomainSize) || p1.DomainSize < m.DomainSize {
		return fmt.Errorf("phase 1 domain_size %d is not a power of two between N=%d and 2^%d", p1.DomainSize, m.DomainSize, maxDomainLog)
	}
	switch m.Phase {
	case PhaseOne, PhaseTwo, PhaseFinalized:
	default:
		return fmt.Errorf("unknown phase %q", m.Phase)
	}
	switch p1.Source {
	case SourceCeremony:
		if err := checkRef(p1.Initial, Transcript(1, 0)); err != nil {
			return err
		}
		if err := checkContributions(1, p1.Contributions); err != nil {
			return err
		}
		if m.Phase == PhaseOne {
			if p1.Beacon != "" || p1.Sealed != nil || m.Phase2 != nil || m.Keys != nil {
				return errors.New("phase 1 is open but the manifest records later steps")
			}
			return nil
		}
		if len(p1.Contributions) == 0 {
			return errors.New("phase 1 is closed without any contribution")
		}
		if err := checkBeaconHex(p1.Beacon, "phase 1"); err != nil {
			return err
		}
	case SourceImported:
		if p1.Initial != nil || len(p1.Contributions) != 0 || p1.Beacon != "" {
			return errors.New("an imported phase 1 has no transcripts or beacon here")
		}
		if m.Phase == PhaseOne {
			return errors.New("an imported phase 1 starts the ceremony at phase 2")
		}
	default:
		return fmt.Errorf("unknown phase 1 source %q", p1.Source)
	}
	if err := checkRef(p1.Sealed, Phase1SealedFile); err != nil {
		return err
	}
	p2 := m.Phase2
	if p2 == nil {
		return errors.New("phase 1 is closed but there is no phase 2 record")
	}
	if err := checkRef(&p2.Initial, Transcript(2, 0)); err != nil {
		return err
	}
	if err := checkRef(&p2.Evaluations, EvaluationsFile); err != nil {
		return err
	}
	if err := checkContributions(2, p2.Contributions); err != nil {
		return err
	}
	if m.Phase == PhaseTwo {
		if p2.Beacon != "" || m.Keys != nil {
			return errors.New("phase 2 is open but the manifest records keys")
		}
		return nil
	}
	if len(p2.Contributions) == 0 {
		return errors.New("finalized without any phase 2 contribution")
	}
	if err := checkBeaconHex(p2.Beacon, "phase 2"); err != nil {
		return err
	}
	if m.Keys == nil {
		return errors.New("finalized but there is no keys record")
	}
	if err := checkRef(&m.Keys.ProvingKey, ProvingKeyFile); err != nil {
		return err
	}
	if err := checkRef(&m.Keys.VerifyingKey, VerifyingKeyFile); err != nil {
		return err
	}
	return checkRef(&m.Keys.Info, KeysFile)
}

// Contributors lists every contribution of both phases, phase 1 first.
func (m *Manifest) Contributors() []Contribution {
	out := append([]Contribution(nil), m.Phase1.Contributions...)
	if m.Phase2 != nil {
		out = append(out, m.Phase2.Contributions...)
	}
	return out
}
