package ceremony

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"

	"github.com/vmattest/vmattest/internal/strictjson"
	"github.com/vmattest/vmattest/internal/zkproof"
)

// InitOptions configures Init.
type InitOptions struct {
	// Circuit is a label recorded in ceremony.json and keys.json (e.g. "readonlyroot"), so that later
	// steps know which circuit to compile. Optional.
	Circuit string
	// Phase1Transcript is the path of an existing sealed phase 1 (a gnark mpcsetup.SrsCommons file,
	// such as another ceremony's phase1-sealed.bin) to run phase 2 over. Its domain size must be at
	// least the circuit's. Empty: run phase 1 in this directory.
	Phase1Transcript string
	// Phase1DomainSize runs phase 1 for a larger domain than the circuit needs (a power of two), so
	// that its phase1-sealed.bin can serve larger circuits too. 0: the circuit's domain size. Not
	// with Phase1Transcript.
	Phase1DomainSize uint64
}

// AsR1CS returns a compiled circuit as the BN254 R1CS that the ceremony functions take, or an error
// for another curve or a PLONK (sparse) constraint system. Compile with frontend.Compile(
// ecc.BN254.ScalarField(), r1cs.NewBuilder, circuit).
func AsR1CS(ccs constraint.ConstraintSystem) (*cs.R1CS, error) {
	r, ok := ccs.(*cs.R1CS)
	if !ok {
		return nil, fmt.Errorf("ceremony: the circuit is a %T, not a BN254 R1CS (compile it for ecc.BN254 with r1cs.NewBuilder)", ccs)
	}
	if err := checkSystem(r); err != nil {
		return nil, err
	}
	return r, nil
}

// checkSystem rejects what Groth16 cannot use: *cs.R1CS is also gnark's type for BN254 PLONK systems.
func checkSystem(r *cs.R1CS) error {
	if r == nil {
		return errors.New("ceremony: no circuit")
	}
	if r.Type != constraint.SystemR1CS {
		return errors.New("ceremony: the circuit is not an R1CS (compiled with scs.NewBuilder for PLONK?); Groth16 needs r1cs.NewBuilder")
	}
	return nil
}

// now is the clock of the records (UTC, whole seconds).
func now() time.Time { return time.Now().UTC().Truncate(time.Second) }

// Init creates a ceremony for r1cs in dir (created if needed; it must not hold a ceremony yet): it
// writes circuit.r1cs, then either phase1-000.bin (phase 1 starts) or, with opts.Phase1Transcript, a
// copy of that sealed phase 1 as phase1-sealed.bin plus phase2-000.bin and phase2-evals.bin (phase 2
// starts), and ceremony.json last.
func Init(dir string, r1cs *cs.R1CS, opts InitOptions) error {
	const step = "init"
	if err := checkSystem(r1cs); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("ceremony init: %w", err)
	}
	unlock, err := lockDir(dir)
	if err != nil {
		return fmt.Errorf("ceremony init: %w", err)
	}
	defer unlock()
	if _, err := os.Lstat(filepath.Join(dir, ManifestFile)); err == nil {
		return fileErrf(step, ManifestFile, "%s already holds a ceremony", dir)
	}
	if opts.Phase1Transcript != "" && opts.Phase1DomainSize != 0 {
		return errors.New("ceremony init: Phase1DomainSize is for a phase 1 run here, not with Phase1Transcript")
	}
	nb := r1cs.GetNbConstraints()
	n := domainFor(nb)
	if !validDomain(n) {
		return fmt.Errorf("ceremony init: %d constraints need a domain of %d, more than BN254's 2^%d", nb, n, maxDomainLog)
	}
	m := &Manifest{
		Format:      Format,
		Version:     Version,
		Curve:       "bn254",
		Backend:     "groth16",
		Circuit:     opts.Circuit,
		Constraints: nb,
		DomainSize:  n,
		Created:     now(),
	}
	// Check an imported phase 1 before writing anything.
	var (
		sealed *mpcsetup.SrsCommons
		digest string
	)
	if src := opts.Phase1Transcript; src != "" {
		if sealed, digest, err = readCommons(src); err != nil {
			return fmt.Errorf("ceremony init: phase 1 transcript %s: %w", src, err)
		}
		if err := checkCommons(sealed); err != nil {
			return fmt.Errorf("ceremony init: phase 1 transcript %s is malformed: %w", src, err)
		}
		if n1 := uint64(len(sealed.G2.Tau)); n1 < n {
			return fmt.Errorf("ceremony init: phase 1 transcript %s has domain size %d; the circuit's %d constraints need %d", src, n1, nb, n)
		}
	}
	// Files left by an interrupted Init (there is no ceremony.json) are replaced.
	m.CircuitHash, err = writeAtomic(dir, CircuitFile, true, func(w io.Writer) error {
		_, err := r1cs.WriteTo(w)
		return err
	})
	if err != nil {
		return fileErr(step, CircuitFile, err)
	}

	if opts.Phase1Transcript != "" {
		src := opts.Phase1Transcript
		n1 := uint64(len(sealed.G2.Tau))
		copied, err := writeAtomic(dir, Phase1SealedFile, true, func(w io.Writer) error {
			f, err := os.Open(src)
			if err != nil {
				return err
			}
			defer f.Close()
			_, err = io.Copy(w, f)
			return err
		})
		if err != nil {
			return fileErr(step, Phase1SealedFile, err)
		}
		if copied != digest {
			return fileErrf(step, Phase1SealedFile, "%s changed while it was copied", src)
		}
		m.Phase1 = Phase1Record{
			Source:        SourceImported,
			DomainSize:    n1,
			ImportedFrom:  filepath.Base(src),
			Contributions: []Contribution{},
			Sealed:        &FileRef{File: Phase1SealedFile, SHA256: digest},
		}
		if err := startPhase2(dir, m, r1cs, sealed, step); err != nil {
			return err
		}
	} else {
		n1 := n
		if opts.Phase1DomainSize != 0 {
			n1 = opts.Phase1DomainSize
			if !validDomain(n1) || n1 < n {
				return fmt.Errorf("ceremony init: Phase1DomainSize %d must be a power of two between the circuit's domain size %d and 2^%d", n1, n, maxDomainLog)
			}
		}
		name := Transcript(1, 0)
		digest, err := writeAtomic(dir, name, true, func(w io.Writer) error {
			_, err := mpcsetup.NewPhase1(n1).WriteTo(w)
			return err
		})
		if err != nil {
			return fileErr(step, name, err)
		}
		m.Phase = PhaseOne
		m.Phase1 = Phase1Record{
			Source:        SourceCeremony,
			DomainSize:    n1,
			Initial:       &FileRef{File: name, SHA256: digest},
			Contributions: []Contribution{},
		}
	}
	if err := m.save(dir); err != nil {
		return fileErr(step, ManifestFile, err)
	}
	return nil
}

// startPhase2 writes phase2-000.bin and phase2-evals.bin for the circuit over the sealed phase 1 and
// records them in m, which moves to phase 2 (not saved).
func startPhase2(dir string, m *Manifest, r1cs *cs.R1CS, sealed *mpcsetup.SrsCommons, step string) error {
	_, p0, evals, err := initPhase2(r1cs, sealed, m.DomainSize)
	if err != nil {
		return fileErr(step, Transcript(2, 0), err)
	}
	name := Transcript(2, 0)
	d0, err := writeAtomic(dir, name, true, func(w io.Writer) error {
		_, err := p0.WriteTo(w)
		return err
	})
	if err != nil {
		return fileErr(step, name, err)
	}
	de, err := writeAtomic(dir, EvaluationsFile, true, func(w io.Writer) error {
		return writeEvaluations(w, evals)
	})
	if err != nil {
		return fileErr(step, EvaluationsFile, err)
	}
	m.Phase = PhaseTwo
	m.Phase2 = &Phase2Record{
		Initial:       FileRef{File: name, SHA256: d0},
		Evaluations:   FileRef{File: EvaluationsFile, SHA256: de},
		Contributions: []Contribution{},
	}
	return nil
}

// Contribute adds a contribution under the given name to the current phase: it checks the phase's whole
// chain (refusing to build on an invalid one), runs gnark's Contribute on the latest transcript (fresh
// randomness from crypto/rand, never stored), writes the next phaseX-NNN.bin and records it in
// ceremony.json. The returned Contribution's SHA256 is what the contributor publishes.
func Contribute(dir string, name string) (Contribution, error) {
	const step = "contribute"
	name, err := checkName(name)
	if err != nil {
		return Contribution{}, fmt.Errorf("ceremony contribute: %w", err)
	}
	unlock, err := lockDir(dir)
	if err != nil {
		return Contribution{}, fmt.Errorf("ceremony contribute: %w", err)
	}
	defer unlock()
	m, err := loadManifest(dir, step)
	if err != nil {
		return Contribution{}, err
	}

	var (
		phase int
		next  io.WriterTo
		list  *[]Contribution
	)
	switch m.Phase {
	case PhaseOne:
		last, _, err := phase1Chain(dir, m, step, nil)
		if err != nil {
			return Contribution{}, err
		}
		if err := safely(func() error { last.Contribute(); return nil }); err != nil {
			return Contribution{}, fmt.Errorf("ceremony contribute: phase 1: %w", err)
		}
		phase, next, list = 1, last, &m.Phase1.Contributions
	case PhaseTwo:
		first := new(mpcsetup.Phase2)
		name0 := Transcript(2, 0)
		if _, _, err := checkRecorded(dir, step, name0, m.Phase2.Initial.SHA256); err != nil {
			return Contribution{}, err
		}
		d0, err := readObject(filepath.Join(dir, name0), first, -1, true)
		if err != nil {
			return Contribution{}, fileErr(step, name0, err)
		}
		if d0 != m.Phase2.Initial.SHA256 {
			return Contribution{}, fileErrf(step, name0, "%w: the file changed while it was read", ErrHashMismatch)
		}
		size0, err := fileSize(filepath.Join(dir, name0))
		if err != nil {
			return Contribution{}, fileErr(step, name0, err)
		}
		last, _, err := phase2Chain(dir, m, step, first, d0, size0, nil)
		if err != nil {
			return Contribution{}, err
		}
		if err := safely(func() error { last.Contribute(); return nil }); err != nil {
			return Contribution{}, fmt.Errorf("ceremony contribute: phase 2: %w", err)
		}
		phase, next, list = 2, last, &m.Phase2.Contributions
	default:
		return Contribution{}, fileErrf(step, ManifestFile, "the ceremony is finalized: no more contributions")
	}

	c := Contribution{Phase: phase, Index: len(*list) + 1, Name: name}
	c.File = Transcript(phase, c.Index)
	c.SHA256, err = writeAtomic(dir, c.File, false, func(w io.Writer) error {
		_, err := next.WriteTo(w)
		return err
	})
	if err != nil {
		if _, serr := os.Lstat(filepath.Join(dir, c.File)); serr == nil {
			return Contribution{}, fileErrf(step, c.File, "exists but ceremony.json does not record it (left by an interrupted contribution?); move it away and retry")
		}
		return Contribution{}, fileErr(step, c.File, err)
	}
	c.Time = now()
	*list = append(*list, c)
	if err := m.save(dir); err != nil {
		os.Remove(filepath.Join(dir, c.File))
		return Contribution{}, fileErr(step, ManifestFile, err)
	}
	return c, nil
}

func fileSize(path string) (int64, error) {
	st, err := os.Stat(path)
	if err != nil {
		return 0, err
	}
	return st.Size(), nil
}

// ClosePhase1 ends phase 1 with the beacon (see the package documentation): it verifies every phase 1
// contribution, seals the last one with the beacon into phase1-sealed.bin and initialises phase 2 for the
// ceremony's circuit (circuit.r1cs): phase2-000.bin and phase2-evals.bin.
func ClosePhase1(dir string, beacon []byte) error {
	const step = "close-phase1"
	if err := checkBeacon(beacon); err != nil {
		return fmt.Errorf("ceremony %s: %w", step, err)
	}
	unlock, err := lockDir(dir)
	if err != nil {
		return fmt.Errorf("ceremony %s: %w", step, err)
	}
	defer unlock()
	m, err := loadManifest(dir, step)
	if err != nil {
		return err
	}
	if m.Phase != PhaseOne {
		return fileErrf(step, ManifestFile, "phase 1 is already closed (the ceremony is at %s)", m.Phase)
	}
	if len(m.Phase1.Contributions) == 0 {
		return fileErrf(step, ManifestFile, "phase 1 has no contribution yet: at least one is needed before closing it")
	}
	r1cs, err := readCircuit(dir, m, step)
	if err != nil {
		return err
	}
	last, _, err := phase1Chain(dir, m, step, nil)
	if err != nil {
		return err
	}
	var sealed mpcsetup.SrsCommons
	if err := safely(func() error { sealed = last.Seal(beacon); return nil }); err != nil {
		return fmt.Errorf("ceremony %s: sealing phase 1: %w", step, err)
	}
	digest, err := writeAtomic(dir, Phase1SealedFile, true, func(w io.Writer) error {
		_, err := sealed.WriteTo(w)
		return err
	})
	if err != nil {
		return fileErr(step, Phase1SealedFile, err)
	}
	closed := now()
	m.Phase1.Beacon = hex.EncodeToString(beacon)
	m.Phase1.Sealed = &FileRef{File: Phase1SealedFile, SHA256: digest}
	m.Phase1.Closed = &closed
	if err := startPhase2(dir, m, r1cs, &sealed, step); err != nil {
		return err
	}
	if err := m.save(dir); err != nil {
		return fileErr(step, ManifestFile, err)
	}
	return nil
}

// Report is the result of Verify.
type Report struct {
	// Manifest is ceremony.json as verified: its contributions, hashes and beacons.
	Manifest Manifest
	// Checks lists, one line per file, what was checked and passed.
	Checks []string
	// Warnings lists files in the directory that ceremony.json does not record (e.g. left by an
	// interrupted step); they are not part of the ceremony.
	Warnings []string
}

// Contributors lists every contribution of both phases, phase 1 first.
func (r *Report) Contributors() []Contribution { return r.Manifest.Contributors() }

// String renders the report for people.
func (r *Report) String() string {
	var b strings.Builder
	m := &r.Manifest
	label := m.Circuit
	if label == "" {
		label = "(unlabelled)"
	}
	fmt.Fprintf(&b, "ceremony for circuit %s, sha256 %s, %d constraints, domain size %d: %s\n", label, m.CircuitHash, m.Constraints, m.DomainSize, m.Phase)
	switch m.Phase1.Source {
	case SourceImported:
		fmt.Fprintf(&b, "phase 1: imported from %s (domain size %d), sha256 %s\n", m.Phase1.ImportedFrom, m.Phase1.DomainSize, m.Phase1.Sealed.SHA256)
	default:
		fmt.Fprintf(&b, "phase 1: %d contribution(s), domain size %d\n", len(m.Phase1.Contributions), m.Phase1.DomainSize)
		for _, c := range m.Phase1.Contributions {
			fmt.Fprintf(&b, "  %3d  %s  %s  %s\n", c.Index, c.SHA256, c.Time.Format(time.RFC3339), c.Name)
		}
		if m.Phase1.Sealed != nil {
			fmt.Fprintf(&b, "  beacon %s, sealed sha256 %s\n", m.Phase1.Beacon, m.Phase1.Sealed.SHA256)
		}
	}
	if p2 := m.Phase2; p2 != nil {
		fmt.Fprintf(&b, "phase 2: %d contribution(s)\n", len(p2.Contributions))
		for _, c := range p2.Contributions {
			fmt.Fprintf(&b, "  %3d  %s  %s  %s\n", c.Index, c.SHA256, c.Time.Format(time.RFC3339), c.Name)
		}
		if p2.Beacon != "" {
			fmt.Fprintf(&b, "  beacon %s\n", p2.Beacon)
		}
	}
	if k := m.Keys; k != nil {
		fmt.Fprintf(&b, "keys: %s sha256 %s, %s sha256 %s\n", k.ProvingKey.File, k.ProvingKey.SHA256, k.VerifyingKey.File, k.VerifyingKey.SHA256)
	}
	for _, w := range r.Warnings {
		fmt.Fprintf(&b, "warning: %s\n", w)
	}
	return b.String()
}

// Verify re-checks the whole ceremony in dir for the circuit r1cs, whatever its phase (see the package
// documentation). On failure the error (a *FileError for a bad file) names the file and the report
// holds the checks that passed before it.
func Verify(dir string, r1cs *cs.R1CS) (Report, error) {
	const step = "verify"
	var r Report
	if err := checkSystem(r1cs); err != nil {
		return r, err
	}
	m, err := loadManifest(dir, step)
	if err != nil {
		return r, err
	}
	r.Manifest = *m
	note := func(format string, args ...any) { r.Checks = append(r.Checks, fmt.Sprintf(format, args...)) }
	if _, err := verifyAll(dir, m, r1cs, step, note); err != nil {
		return r, err
	}
	r.Warnings = unrecorded(dir, m)
	return r, nil
}

// verified is what verifyAll recomputed, for Finalize.
type verified struct {
	commons *mpcsetup.SrsCommons // the sealed phase 1 truncated to the circuit's domain
	evals   *mpcsetup.Phase2Evaluations
	last2   *mpcsetup.Phase2 // the last phase 2 transcript
}

// verifyAll checks every file that m records, for the circuit r1cs.
func verifyAll(dir string, m *Manifest, r1cs *cs.R1CS, step string, note noteFunc) (*verified, error) {
	// The circuit.
	given, _, err := hashWriterTo(r1cs)
	if err != nil {
		return nil, fmt.Errorf("ceremony %s: serialising the circuit: %w", step, err)
	}
	if given != m.CircuitHash {
		return nil, fileErrf(step, CircuitFile, "%w: the circuit given (sha256 %s, %d constraints) is not this ceremony's circuit %q (sha256 %s, %d constraints)",
			ErrMismatch, given, r1cs.GetNbConstraints(), m.Circuit, m.CircuitHash, m.Constraints)
	}
	if _, _, err := checkRecorded(dir, step, CircuitFile, m.CircuitHash); err != nil {
		return nil, err
	}
	note.printf("%s: the given circuit (sha256 %s, %d constraints, domain size %d)", CircuitFile, m.CircuitHash, m.Constraints, m.DomainSize)

	// Phase 1.
	var sealed *mpcsetup.SrsCommons
	switch m.Phase1.Source {
	case SourceCeremony:
		last, _, err := phase1Chain(dir, m, step, note)
		if err != nil {
			return nil, err
		}
		if m.Phase == PhaseOne {
			return &verified{}, nil
		}
		beacon, _ := hex.DecodeString(m.Phase1.Beacon)
		var s mpcsetup.SrsCommons
		if err := safely(func() error { s = last.Seal(beacon); return nil }); err != nil {
			return nil, fileErrf(step, Phase1SealedFile, "sealing phase 1: %v", err)
		}
		want, _, err := hashWriterTo(&s)
		if err != nil {
			return nil, err
		}
		got, _, err := checkRecorded(dir, step, Phase1SealedFile, m.Phase1.Sealed.SHA256)
		if err != nil {
			return nil, err
		}
		if got != want {
			return nil, fileErrf(step, Phase1SealedFile, "%w: it is not %s sealed with the recorded beacon %s", ErrMismatch, Transcript(1, len(m.Phase1.Contributions)), m.Phase1.Beacon)
		}
		note.printf("%s: %s sealed with beacon %s (sha256 %s)", Phase1SealedFile, Transcript(1, len(m.Phase1.Contributions)), m.Phase1.Beacon, got)
		sealed = &s
	case SourceImported:
		if _, _, err := checkRecorded(dir, step, Phase1SealedFile, m.Phase1.Sealed.SHA256); err != nil {
			return nil, err
		}
		s, digest, err := readCommons(filepath.Join(dir, Phase1SealedFile))
		if err != nil {
			return nil, fileErr(step, Phase1SealedFile, err)
		}
		if digest != m.Phase1.Sealed.SHA256 {
			return nil, fileErrf(step, Phase1SealedFile, "%w: the file changed while it was read", ErrHashMismatch)
		}
		if uint64(len(s.G2.Tau)) != m.Phase1.DomainSize {
			return nil, fileErrf(step, Phase1SealedFile, "domain size %d, ceremony.json records %d", len(s.G2.Tau), m.Phase1.DomainSize)
		}
		if err := checkCommons(s); err != nil {
			return nil, fileErrf(step, Phase1SealedFile, "malformed sealed phase 1: %v", err)
		}
		note.printf("%s: imported sealed phase 1 (domain size %d, sha256 %s), well formed", Phase1SealedFile, m.Phase1.DomainSize, digest)
		sealed = s
	}

	// Phase 2.
	commons, p0, evals, err := initPhase2(r1cs, sealed, m.DomainSize)
	if err != nil {
		return nil, fileErr(step, Transcript(2, 0), err)
	}
	name0 := Transcript(2, 0)
	d0, size0, err := hashWriterTo(p0)
	if err != nil {
		return nil, err
	}
	got, _, err := checkRecorded(dir, step, name0, m.Phase2.Initial.SHA256)
	if err != nil {
		return nil, err
	}
	if got != d0 {
		return nil, fileErrf(step, name0, "%w: it is not the phase 2 initialisation of this circuit over %s", ErrMismatch, Phase1SealedFile)
	}
	note.printf("%s: the phase 2 initialisation of the circuit over %s (sha256 %s)", name0, Phase1SealedFile, got)
	de, _, err := hashWriterTo(evaluationsWriter{evals})
	if err != nil {
		return nil, err
	}
	got, _, err = checkRecorded(dir, step, EvaluationsFile, m.Phase2.Evaluations.SHA256)
	if err != nil {
		return nil, err
	}
	if got != de {
		return nil, fileErrf(step, EvaluationsFile, "%w: they are not the evaluations of this circuit over %s", ErrMismatch, Phase1SealedFile)
	}
	note.printf("%s: the evaluations of the circuit over %s (sha256 %s)", EvaluationsFile, Phase1SealedFile, got)
	last2, _, err := phase2Chain(dir, m, step, p0, d0, size0, note)
	if err != nil {
		return nil, err
	}
	v := &verified{commons: commons, evals: evals, last2: last2}
	if m.Phase == PhaseTwo {
		return v, nil
	}

	// Keys.
	beacon, _ := hex.DecodeString(m.Phase2.Beacon)
	var pk groth16.ProvingKey
	var vk groth16.VerifyingKey
	if err := safely(func() error { pk, vk = last2.Seal(commons, evals, beacon); return nil }); err != nil {
		return nil, fileErrf(step, ProvingKeyFile, "sealing phase 2: %v", err)
	}
	for _, k := range []struct {
		ref FileRef
		key io.WriterTo
	}{{m.Keys.ProvingKey, pk}, {m.Keys.VerifyingKey, vk}} {
		want, _, err := hashWriterTo(k.key)
		if err != nil {
			return nil, err
		}
		got, _, err := checkRecorded(dir, step, k.ref.File, k.ref.SHA256)
		if err != nil {
			return nil, err
		}
		if got != want {
			return nil, fileErrf(step, k.ref.File, "%w: it is not %s sealed with the recorded beacon %s", ErrMismatch, Transcript(2, len(m.Phase2.Contributions)), m.Phase2.Beacon)
		}
		note.printf("%s: %s sealed with beacon %s (sha256 %s)", k.ref.File, Transcript(2, len(m.Phase2.Contributions)), m.Phase2.Beacon, got)
	}
	if _, _, err := checkRecorded(dir, step, KeysFile, m.Keys.Info.SHA256); err != nil {
		return nil, err
	}
	info, err := ReadKeysInfo(filepath.Join(dir, KeysFile))
	if err != nil {
		return nil, fileErr(step, KeysFile, err)
	}
	want := keysInfo(m, info.Created)
	if !sameJSON(info, want) {
		return nil, fileErrf(step, KeysFile, "%w: it does not describe this ceremony's keys", ErrMismatch)
	}
	note.printf("%s: describes the keys, circuit, beacons and contributors (sha256 %s)", KeysFile, m.Keys.Info.SHA256)
	return v, nil
}

func sameJSON(a, b any) bool {
	ja, err1 := json.Marshal(a)
	jb, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && bytes.Equal(ja, jb)
}

var transcriptName = regexp.MustCompile(`^phase[12]-[0-9]{3,}\.bin$`)

// unrecorded lists ceremony-looking files in dir that m does not record.
func unrecorded(dir string, m *Manifest) []string {
	recorded := map[string]bool{}
	if m.Phase1.Initial != nil {
		recorded[m.Phase1.Initial.File] = true
	}
	for _, c := range m.Contributors() {
		recorded[c.File] = true
	}
	if m.Phase2 != nil {
		recorded[m.Phase2.Initial.File] = true
		recorded[EvaluationsFile] = true
		recorded[Phase1SealedFile] = true
	}
	if m.Keys != nil {
		recorded[ProvingKeyFile], recorded[VerifyingKeyFile], recorded[KeysFile] = true, true, true
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return []string{fmt.Sprintf("cannot list %s: %v", dir, err)}
	}
	var out []string
	for _, e := range entries {
		n := e.Name()
		known := transcriptName.MatchString(n)
		switch n {
		case Phase1SealedFile, EvaluationsFile, ProvingKeyFile, VerifyingKeyFile, KeysFile:
			known = true
		}
		if known && !recorded[n] {
			out = append(out, fmt.Sprintf("%s is not recorded in %s and is not part of the ceremony", n, ManifestFile))
		}
	}
	sort.Strings(out)
	return out
}

// KeysInfo is keys.json, written by Finalize beside proving.key and verifying.key.
type KeysInfo struct {
	Setup        string    `json:"setup"`   // "ceremony"
	Curve        string    `json:"curve"`   // "bn254"
	Backend      string    `json:"backend"` // "groth16"
	Circuit      string    `json:"circuit,omitempty"`
	CircuitHash  string    `json:"circuit_hash"` // SHA-256 (hex) of the R1CS serialisation
	Constraints  int       `json:"constraints"`
	DomainSize   uint64    `json:"domain_size"`
	ProvingKey   FileRef   `json:"proving_key"`
	VerifyingKey FileRef   `json:"verifying_key"`
	Phase1       KeysPhase `json:"phase1"`
	Phase2       KeysPhase `json:"phase2"`
	Created      time.Time `json:"created"`
}

// KeysPhase summarises one phase in keys.json.
type KeysPhase struct {
	Source       string        `json:"source,omitempty"`        // phase 1: SourceCeremony or SourceImported
	SealedSHA256 string        `json:"sealed_sha256,omitempty"` // phase 1: phase1-sealed.bin
	Beacon       string        `json:"beacon,omitempty"`        // hex; none for an imported phase 1
	Contributors []Contributor `json:"contributors"`
}

// Contributor is one contribution in keys.json.
type Contributor struct {
	Index  int    `json:"index"`
	Name   string `json:"name"`
	SHA256 string `json:"sha256"`
}

// ReadKeysInfo reads a keys.json.
func ReadKeysInfo(path string) (*KeysInfo, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var k KeysInfo
	if err := strictjson.Decode(data, &k); err != nil {
		return nil, fmt.Errorf("cannot parse %s: %w", path, err)
	}
	return &k, nil
}

func contributors(cs []Contribution) []Contributor {
	out := make([]Contributor, len(cs))
	for i, c := range cs {
		out[i] = Contributor{Index: c.Index, Name: c.Name, SHA256: c.SHA256}
	}
	return out
}

// keysInfo derives keys.json from a finalized manifest.
func keysInfo(m *Manifest, created time.Time) *KeysInfo {
	return &KeysInfo{
		Setup:        string(zkproof.SetupCeremony),
		Curve:        m.Curve,
		Backend:      m.Backend,
		Circuit:      m.Circuit,
		CircuitHash:  m.CircuitHash,
		Constraints:  m.Constraints,
		DomainSize:   m.DomainSize,
		ProvingKey:   m.Keys.ProvingKey,
		VerifyingKey: m.Keys.VerifyingKey,
		Phase1: KeysPhase{
			Source:       m.Phase1.Source,
			SealedSHA256: m.Phase1.Sealed.SHA256,
			Beacon:       m.Phase1.Beacon,
			Contributors: contributors(m.Phase1.Contributions),
		},
		Phase2: KeysPhase{
			Beacon:       m.Phase2.Beacon,
			Contributors: contributors(m.Phase2.Contributions),
		},
		Created: created,
	}
}

// Finalize ends phase 2 with the beacon (see the package documentation; it must differ from phase
// 1's): it re-verifies the whole ceremony for circuit c as Verify does, seals the last phase 2
// contribution with the beacon into the Groth16 keys, writes proving.key, verifying.key, keys.json and
// the finalized ceremony.json, and returns the keys as c's (setup zkproof.SetupCeremony), which
// Keys.Write stores and zkproof.ExportSolidity exports like any other. The keys are those that gnark's
// VerifyPhase2(r1cs, commons, beacon, contributions...) returns.
func Finalize(dir string, c *zkproof.Circuit, beacon []byte) (*zkproof.Keys, error) {
	const step = "finalize"
	if c == nil {
		return nil, errors.New("ceremony: no circuit")
	}
	ccs, _, err := c.Compile()
	if err != nil {
		return nil, err
	}
	r1cs, err := AsR1CS(ccs)
	if err != nil {
		return nil, err
	}
	pk, vk, err := finalize(dir, r1cs, beacon)
	if err != nil {
		return nil, err
	}
	k, err := zkproof.NewKeys(c, pk, vk, zkproof.SetupCeremony)
	if err != nil {
		return nil, fmt.Errorf("ceremony %s: %w", step, err)
	}
	return k, nil
}

// finalize is Finalize for the compiled circuit.
func finalize(dir string, r1cs *cs.R1CS, beacon []byte) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	const step = "finalize"
	if err := checkBeacon(beacon); err != nil {
		return nil, nil, fmt.Errorf("ceremony %s: %w", step, err)
	}
	unlock, err := lockDir(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("ceremony %s: %w", step, err)
	}
	defer unlock()
	m, err := loadManifest(dir, step)
	if err != nil {
		return nil, nil, err
	}
	switch m.Phase {
	case PhaseOne:
		return nil, nil, fileErrf(step, ManifestFile, "phase 1 is still open: close it first")
	case PhaseFinalized:
		return nil, nil, fileErrf(step, ManifestFile, "the ceremony is already finalized (see %s)", KeysFile)
	}
	if len(m.Phase2.Contributions) == 0 {
		return nil, nil, fileErrf(step, ManifestFile, "phase 2 has no contribution yet: at least one is needed before finalizing")
	}
	beaconHex := hex.EncodeToString(beacon)
	if beaconHex == m.Phase1.Beacon {
		return nil, nil, fmt.Errorf("ceremony %s: the beacon is phase 1's; phase 2 needs a new one, chosen after its last contribution", step)
	}
	v, err := verifyAll(dir, m, r1cs, step, nil)
	if err != nil {
		return nil, nil, err
	}
	var pk groth16.ProvingKey
	var vk groth16.VerifyingKey
	if err := safely(func() error { pk, vk = v.last2.Seal(v.commons, v.evals, beacon); return nil }); err != nil {
		return nil, nil, fmt.Errorf("ceremony %s: sealing phase 2: %w", step, err)
	}
	keys := &KeysRecord{}
	for _, k := range []struct {
		name string
		ref  *FileRef
		key  io.WriterTo
	}{{ProvingKeyFile, &keys.ProvingKey, pk}, {VerifyingKeyFile, &keys.VerifyingKey, vk}} {
		digest, err := writeAtomic(dir, k.name, true, func(w io.Writer) error {
			_, err := k.key.WriteTo(w)
			return err
		})
		if err != nil {
			return nil, nil, fileErr(step, k.name, err)
		}
		*k.ref = FileRef{File: k.name, SHA256: digest}
	}
	finalized := now()
	m.Phase2.Beacon = beaconHex
	m.Phase2.Finalized = &finalized
	m.Keys = keys
	info, err := json.MarshalIndent(keysInfo(m, finalized), "", "  ")
	if err != nil {
		return nil, nil, err
	}
	digest, err := writeBytesAtomic(dir, KeysFile, true, append(info, '\n'))
	if err != nil {
		return nil, nil, fileErr(step, KeysFile, err)
	}
	keys.Info = FileRef{File: KeysFile, SHA256: digest}
	m.Phase = PhaseFinalized
	if err := m.save(dir); err != nil {
		return nil, nil, fileErr(step, ManifestFile, err)
	}
	return pk, vk, nil
}
