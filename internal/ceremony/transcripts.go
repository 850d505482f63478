package ceremony

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	cmpc "github.com/consensys/gnark-crypto/ecc/bn254/mpcsetup"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	cs "github.com/consensys/gnark/constraint/bn254"
)

// noteFunc records a check that passed (nil: not recorded).
type noteFunc func(format string, args ...any)

func (f noteFunc) printf(format string, args ...any) {
	if f != nil {
		f(format, args...)
	}
}

// checkRecorded hashes dir/file and compares it with the SHA-256 that ceremony.json records.
func checkRecorded(dir, step, file, recorded string) (string, int64, error) {
	got, size, err := hashFile(filepath.Join(dir, file))
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return "", 0, fileErrf(step, file, "missing (ceremony.json records it)")
		}
		return "", 0, fileErr(step, file, err)
	}
	if got != recorded {
		return "", 0, fileErrf(step, file, "%w: the file has %s, ceremony.json records %s (modified or replaced)", ErrHashMismatch, got, recorded)
	}
	return got, size, nil
}

func short(h string) string {
	if len(h) > 16 {
		return h[:16] + "…"
	}
	return h
}

// phase1Chain checks phase1-000.bin (the canonical initial transcript) and every recorded phase 1
// contribution against its predecessor, and returns the last transcript and its hash.
func phase1Chain(dir string, m *Manifest, step string, note noteFunc) (*mpcsetup.Phase1, string, error) {
	n1 := m.Phase1.DomainSize
	initial := mpcsetup.NewPhase1(n1)
	want, size0, err := hashWriterTo(initial)
	if err != nil {
		return nil, "", err
	}
	name := Transcript(1, 0)
	got, _, err := checkRecorded(dir, step, name, m.Phase1.Initial.SHA256)
	if err != nil {
		return nil, "", err
	}
	if got != want {
		return nil, "", fileErrf(step, name, "%w: it is not the initial phase 1 transcript for domain size %d", ErrMismatch, n1)
	}
	note.printf("%s: the initial phase 1 transcript for N=%d (sha256 %s)", name, n1, got)

	prev, prevName, prevHash := initial, name, got
	for _, c := range m.Phase1.Contributions {
		next := new(mpcsetup.Phase1)
		digest, err := readTranscript(dir, step, c, next, size0+32)
		if err != nil {
			return nil, "", err
		}
		if err := checkChallenge(next.Challenge, prevHash, prevName); err != nil {
			return nil, "", fileErr(step, c.File, err)
		}
		if err := safely(func() error { return prev.Verify(next) }); err != nil {
			return nil, "", fileErrf(step, c.File, "%w: not a valid update of %s: %v", ErrInvalidContribution, prevName, err)
		}
		note.printf("%s: phase 1 contribution %d by %q (sha256 %s): valid update of %s", c.File, c.Index, c.Name, digest, prevName)
		prev, prevName, prevHash = next, c.File, digest
	}
	return prev, prevHash, nil
}

// phase2Chain checks every recorded phase 2 contribution against its predecessor, starting from
// first (the phase 2 initial transcript, whose hash is firstHash and serialised size size0), and returns
// the last transcript.
func phase2Chain(dir string, m *Manifest, step string, first *mpcsetup.Phase2, firstHash string, size0 int64, note noteFunc) (*mpcsetup.Phase2, string, error) {
	prev, prevName, prevHash := first, Transcript(2, 0), firstHash
	for _, c := range m.Phase2.Contributions {
		next := new(mpcsetup.Phase2)
		digest, err := readTranscript(dir, step, c, next, size0+32)
		if err != nil {
			return nil, "", err
		}
		if err := checkChallenge(next.Challenge, prevHash, prevName); err != nil {
			return nil, "", fileErr(step, c.File, err)
		}
		if err := safely(func() error { return prev.Verify(next) }); err != nil {
			return nil, "", fileErrf(step, c.File, "%w: not a valid update of %s: %v", ErrInvalidContribution, prevName, err)
		}
		note.printf("%s: phase 2 contribution %d by %q (sha256 %s): valid update of %s", c.File, c.Index, c.Name, digest, prevName)
		prev, prevName, prevHash = next, c.File, digest
	}
	return prev, prevHash, nil
}

// readTranscript checks a contribution's file against ceremony.json and decodes it.
func readTranscript(dir, step string, c Contribution, v readerWriter, size int64) (string, error) {
	if _, _, err := checkRecorded(dir, step, c.File, c.SHA256); err != nil {
		return "", err
	}
	digest, err := readObject(filepath.Join(dir, c.File), v, size, true)
	if err != nil {
		return "", fileErrf(step, c.File, "%w: %v", ErrInvalidContribution, err)
	}
	if digest != c.SHA256 {
		return "", fileErrf(step, c.File, "%w: the file changed while it was read", ErrHashMismatch)
	}
	return digest, nil
}

// checkChallenge checks that a contribution commits to its predecessor: gnark's challenge is the
// SHA-256 of the previous transcript, which is the previous file's hash.
func checkChallenge(challenge []byte, prevHash, prevName string) error {
	want, err := hex.DecodeString(prevHash)
	if err != nil {
		return err
	}
	if !bytes.Equal(challenge, want) {
		return fmt.Errorf("%w: its challenge %x is not the hash of %s (%s): it was not built on %s (reordered, or from another ceremony?)",
			ErrInvalidContribution, challenge, prevName, prevHash, prevName)
	}
	return nil
}

// commonsSizeBounds gives the smallest (all points compressed) and largest (all raw) size of a
// serialised SrsCommons of domain size n.
func commonsSizeBounds(n uint64) (lo, hi int64) {
	nG1 := int64(2*n-2) + int64(2*n) // [τⁱ]₁ for i ≥ 1, [ατⁱ]₁, [βτⁱ]₁
	nG2 := int64(n-1) + 1            // [τⁱ]₂ for i ≥ 1, [β]₂
	lo = 8 + nG1*curve.SizeOfG1AffineCompressed + nG2*curve.SizeOfG2AffineCompressed
	hi = 8 + nG1*curve.SizeOfG1AffineUncompressed + nG2*curve.SizeOfG2AffineUncompressed
	return lo, hi
}

// readCommons decodes a sealed phase 1 file (compressed or raw points, subgroup-checked) and returns it
// with the file's hash. It does not check the structure: see checkCommons.
func readCommons(path string) (*mpcsetup.SrsCommons, string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, "", err
	}
	var hdr [8]byte
	_, err = io.ReadFull(f, hdr[:])
	st, serr := f.Stat()
	f.Close()
	if err != nil {
		return nil, "", fmt.Errorf("not a sealed phase 1 file: %w", err)
	}
	if serr != nil {
		return nil, "", serr
	}
	n := binary.BigEndian.Uint64(hdr[:])
	if !validDomain(n) {
		return nil, "", fmt.Errorf("not a sealed phase 1 file: domain size %d is not a power of two between 2 and 2^%d", n, maxDomainLog)
	}
	if lo, hi := commonsSizeBounds(n); st.Size() < lo || st.Size() > hi {
		return nil, "", fmt.Errorf("not a sealed phase 1 file: %d bytes, a sealed phase 1 of domain size %d has %d to %d", st.Size(), n, lo, hi)
	}
	c := new(mpcsetup.SrsCommons)
	digest, err := readObject(path, c, -1, false)
	if err != nil {
		return nil, "", err
	}
	return c, digest, nil
}

// checkCommons checks that a sealed phase 1 is well formed: [τⁱ]₁, [τⁱ]₂, [ατⁱ]₁ and [βτⁱ]₁ are
// geometric sequences of one ratio τ starting at the generators, [β]₂ matches [β]₁, and τ, α, β are
// not 0 or 1. It cannot tell who knows τ, α, β: that is the trust placed in the ceremony that made it.
func checkCommons(c *mpcsetup.SrsCommons) error {
	n := len(c.G2.Tau)
	if !validDomain(uint64(n)) || len(c.G1.Tau) != 2*n-1 || len(c.G1.AlphaTau) != n || len(c.G1.BetaTau) != n {
		return errors.New("vector lengths are inconsistent")
	}
	_, _, g1, g2 := curve.Generators()
	if !c.G1.Tau[0].Equal(&g1) || !c.G2.Tau[0].Equal(&g2) {
		return errors.New("[τ⁰] is not the generator")
	}
	for _, p := range []*curve.G1Affine{&c.G1.Tau[1], &c.G1.AlphaTau[0], &c.G1.BetaTau[0]} {
		if p.IsInfinity() || p.Equal(&g1) {
			return errors.New("degenerate parameters: τ, α or β is 0 or 1")
		}
	}
	if err := safely(func() error {
		return cmpc.SameRatioMany(c.G1.Tau, c.G2.Tau, c.G1.AlphaTau, c.G1.BetaTau)
	}); err != nil {
		return fmt.Errorf("the vectors are not powers of one τ: %v", err)
	}
	// e([β]₁, [1]₂) = e([1]₁, [β]₂)
	var negG1 curve.G1Affine
	negG1.Neg(&g1)
	ok, err := curve.PairingCheck([]curve.G1Affine{c.G1.BetaTau[0], negG1}, []curve.G2Affine{g2, c.G2.Beta})
	if err != nil {
		return err
	}
	if !ok {
		return errors.New("[β]₂ does not match [β]₁")
	}
	return nil
}

// truncateCommons returns the phase 1 parameters for domain size n ≤ the sealed one: the first 2n-1
// powers of τ in 𝔾₁, the first n of the others. The slices share c's memory; nothing modifies them.
func truncateCommons(c *mpcsetup.SrsCommons, n uint64) *mpcsetup.SrsCommons {
	var t mpcsetup.SrsCommons
	t.G1.Tau = c.G1.Tau[:2*n-1]
	t.G1.AlphaTau = c.G1.AlphaTau[:n]
	t.G1.BetaTau = c.G1.BetaTau[:n]
	t.G2.Tau = c.G2.Tau[:n]
	t.G2.Beta = c.G2.Beta
	return &t
}

// initPhase2 computes the initial phase 2 transcript and the evaluations for the circuit over the
// sealed phase 1 truncated to the circuit's domain n. It is deterministic.
func initPhase2(r1cs *cs.R1CS, sealed *mpcsetup.SrsCommons, n uint64) (*mpcsetup.SrsCommons, *mpcsetup.Phase2, *mpcsetup.Phase2Evaluations, error) {
	if uint64(len(sealed.G2.Tau)) < n {
		return nil, nil, nil, fmt.Errorf("the sealed phase 1 has domain size %d, the circuit needs %d", len(sealed.G2.Tau), n)
	}
	commons := truncateCommons(sealed, n)
	p := new(mpcsetup.Phase2)
	var evals mpcsetup.Phase2Evaluations
	if err := safely(func() error {
		evals = p.Initialize(r1cs, commons)
		return nil
	}); err != nil {
		return nil, nil, nil, fmt.Errorf("phase 2 initialisation failed: %v", err)
	}
	return commons, p, &evals, nil
}

// evaluationsMagic starts phase2-evals.bin.
var evaluationsMagic = []byte("vmattest phase2 evaluations v1\n")

// writeEvaluations encodes the phase 2 evaluations: evaluationsMagic, then with gnark-crypto's BN254
// encoder (compressed points, uint32 length prefixes): G1.A, G1.B, G1.VKK, G2.B, the number of
// commitments as a uint64 and G1.CKK[i] for each, and PublicAndCommitmentCommitted as [][]uint64.
func writeEvaluations(w io.Writer, e *mpcsetup.Phase2Evaluations) error {
	if _, err := w.Write(evaluationsMagic); err != nil {
		return err
	}
	enc := curve.NewEncoder(w)
	for _, v := range []any{e.G1.A, e.G1.B, e.G1.VKK, e.G2.B, uint64(len(e.G1.CKK))} {
		if err := enc.Encode(v); err != nil {
			return err
		}
	}
	for i := range e.G1.CKK {
		if err := enc.Encode(e.G1.CKK[i]); err != nil {
			return err
		}
	}
	committed := make([][]uint64, len(e.PublicAndCommitmentCommitted))
	for i, s := range e.PublicAndCommitmentCommitted {
		committed[i] = make([]uint64, len(s))
		for j, x := range s {
			committed[i][j] = uint64(x)
		}
	}
	return enc.Encode(committed)
}

type evaluationsWriter struct{ e *mpcsetup.Phase2Evaluations }

func (w evaluationsWriter) WriteTo(out io.Writer) (int64, error) {
	cw := &countingWriter{w: out}
	err := writeEvaluations(cw, w.e)
	return cw.n, err
}

// readCircuit reads circuit.r1cs after checking it against the circuit hash.
func readCircuit(dir string, m *Manifest, step string) (*cs.R1CS, error) {
	if _, _, err := checkRecorded(dir, step, CircuitFile, m.CircuitHash); err != nil {
		return nil, err
	}
	r := new(cs.R1CS)
	if _, err := readObject(filepath.Join(dir, CircuitFile), r, -1, false); err != nil {
		return nil, fileErrf(step, CircuitFile, "cannot decode the constraint system: %v", err)
	}
	if err := checkSystem(r); err != nil {
		return nil, fileErr(step, CircuitFile, err)
	}
	if r.GetNbConstraints() != m.Constraints {
		return nil, fileErrf(step, CircuitFile, "%d constraints, ceremony.json records %d", r.GetNbConstraints(), m.Constraints)
	}
	return r, nil
}
