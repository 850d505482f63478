package sha384

import (
	"errors"
	"fmt"
	"math/big"
	mbits "math/bits"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/lookup/logderivlookup"
	"github.com/consensys/gnark/std/rangecheck"
)

// The compression function works on "spread" words: spread(x) puts bit i of x at bit 2i, so the sum of
// up to three spread words has a 2-bit cell per bit position holding the number of ones there. The low
// bit of each cell is the XOR and the high bit the majority (for two terms: the AND) of the inputs.
// Rotations and shifts are linear on a word whose pieces are split at the rotation amounts. A single
// lookup table maps a chunk of chunkBits bits to its spread; each lookup both range checks the chunk and
// yields its spread. This replaces the bytewise XOR/AND tables and per-byte rotations of uints, which
// cost about 84k R1CS constraints per SHA-512 block (636k for 672 bytes), with about 19k (122k).

// chunkBits is the width of the spread table index (the table has 2^chunkBits entries). 13 gave the
// fewest R1CS constraints for 672 bytes among 8 to 16 (11: 129k, 12: 132k, 13: 122k, 14: 124k).
const chunkBits = 13

// minFieldBits is the smallest scalar field size the gadget supports: sums of spread words reach
// 2^130 and must not wrap around the field.
const minFieldBits = 140

// errSmallField is returned when the circuit's scalar field is too small for the spread sums.
var errSmallField = errors.New("scalar field too small for the SHA-384 gadget")

func init() {
	solver.RegisterHint(decomposeHint, splitHint)
}

// spreadUint returns x with bit i moved to bit 2i.
func spreadUint(x uint64) *big.Int {
	r := new(big.Int)
	for i := 0; x != 0; i, x = i+1, x>>1 {
		if x&1 == 1 {
			r.SetBit(r, 2*i, 1)
		}
	}
	return r
}

// piece is bits [off, off+width) of a 64-bit word, as a value and as its spread.
type piece struct {
	off, width int
	val, spr   frontend.Variable
}

// word is a 64-bit value reduced modulo 2^64. pieces, if set, cover bits 0 to 63 in order and are split
// at every rotation amount the word is used with.
type word struct {
	val    frontend.Variable
	pieces []piece
}

// kvStore is implemented by gnark's builders; it lets one engine (and one table) serve every call in a
// circuit.
type kvStore interface {
	SetKeyValue(key, value any)
	GetKeyValue(key any) any
}

type engineKey struct{}

// engine holds the spread table and range checker of one circuit.
type engine struct {
	api frontend.API
	rc  frontend.Rangechecker
	tbl logderivlookup.Table
}

func newEngine(api frontend.API) (*engine, error) {
	if api.Compiler().FieldBitLen() < minFieldBits {
		return nil, fmt.Errorf("%d-bit field: %w", api.Compiler().FieldBitLen(), errSmallField)
	}
	kv, hasKV := api.Compiler().(kvStore)
	if hasKV {
		if e, ok := kv.GetKeyValue(engineKey{}).(*engine); ok {
			return e, nil
		}
	}
	tbl := logderivlookup.New(api)
	for i := uint64(0); i < 1<<chunkBits; i++ {
		tbl.Insert(spreadUint(i))
	}
	e := &engine{api: api, rc: rangecheck.New(api), tbl: tbl}
	if hasKV {
		kv.SetKeyValue(engineKey{}, e)
	}
	return e, nil
}

// layout returns the piece widths of a 64-bit word split at the given bit positions and into chunks of
// at most chunkBits bits.
func layout(cuts []int) []int {
	var isCut [65]bool
	for _, c := range cuts {
		isCut[c] = true
	}
	var widths []int
	start := 0
	for i := 1; i <= 64; i++ {
		if isCut[i] || i == 64 || i-start == chunkBits {
			widths = append(widths, i-start)
			start = i
		}
	}
	return widths
}

// decompose reduces v (the sum of 64-bit values, less than 2^(64+carryBits)) modulo 2^64 and splits
// the result at cuts. It costs one lookup per piece, a range check per piece narrower than chunkBits
// and one for the carry.
func (e *engine) decompose(v frontend.Variable, carryBits int, cuts []int) word {
	widths := layout(cuts)
	if c, ok := e.api.Compiler().ConstantValue(v); ok {
		x := new(big.Int).Mod(c, new(big.Int).Lsh(big.NewInt(1), 64)).Uint64()
		w := word{val: x}
		off := 0
		for _, wd := range widths {
			p := (x >> off) & (1<<wd - 1)
			w.pieces = append(w.pieces, piece{off: off, width: wd, val: p, spr: spreadUint(p)})
			off += wd
		}
		return w
	}
	in := make([]frontend.Variable, 0, len(widths)+2)
	in = append(in, len(widths))
	for _, wd := range widths {
		in = append(in, wd)
	}
	in = append(in, v)
	out, err := e.api.Compiler().NewHint(decomposeHint, len(widths)+1, in...)
	if err != nil {
		panic(fmt.Sprintf("failed to call decompose hint: %v", err))
	}
	sprs := e.tbl.Lookup(out[:len(widths)]...)
	w := word{}
	terms := make([]frontend.Variable, 0, len(widths))
	off := 0
	for i, wd := range widths {
		if wd < chunkBits {
			e.rc.Check(out[i], wd)
		}
		w.pieces = append(w.pieces, piece{off: off, width: wd, val: out[i], spr: sprs[i]})
		terms = append(terms, e.api.Mul(out[i], new(big.Int).Lsh(big.NewInt(1), uint(off))))
		off += wd
	}
	w.val = sum(e.api, terms)
	if carryBits > 0 {
		carry := out[len(widths)]
		e.rc.Check(carry, carryBits)
		e.api.AssertIsEqual(v, e.api.Add(w.val, e.api.Mul(carry, new(big.Int).Lsh(big.NewInt(1), 64))))
	} else {
		e.api.AssertIsEqual(v, w.val)
	}
	return w
}

// spread returns the spread of w.
func (e *engine) spread(w word) frontend.Variable {
	return e.rot(w, 0)
}

// rot returns the spread of w rotated right by r bits; r must be one of w's cuts.
func (e *engine) rot(w word, r int) frontend.Variable {
	terms := make([]frontend.Variable, 0, len(w.pieces))
	for _, p := range w.pieces {
		off := p.off - r
		if off < 0 {
			off += 64
			if p.off+p.width > r {
				panic(fmt.Sprintf("rotation by %d splits a piece at %d", r, p.off))
			}
		}
		terms = append(terms, e.api.Mul(p.spr, new(big.Int).Lsh(big.NewInt(1), uint(2*off))))
	}
	return sum(e.api, terms)
}

// shr returns the spread of w shifted right by r bits; r must be one of w's cuts.
func (e *engine) shr(w word, r int) frontend.Variable {
	terms := make([]frontend.Variable, 0, len(w.pieces))
	for _, p := range w.pieces {
		if p.off < r {
			if p.off+p.width > r {
				panic(fmt.Sprintf("shift by %d splits a piece at %d", r, p.off))
			}
			continue
		}
		terms = append(terms, e.api.Mul(p.spr, new(big.Int).Lsh(big.NewInt(1), uint(2*(p.off-r)))))
	}
	return sum(e.api, terms)
}

// split takes s, the sum of at most three spread 64-bit words, and returns (even, odd): the 64-bit
// values made of the low and of the high bits of its 2-bit cells, that is the XOR and the majority of
// three words, or the XOR and the AND of two. It costs two lookups per chunkBits bits.
func (e *engine) split(s frontend.Variable) (even, odd frontend.Variable) {
	if c, ok := e.api.Compiler().ConstantValue(s); ok {
		var x, y uint64
		for i := 0; i < 64; i++ {
			x |= uint64(c.Bit(2*i)) << i
			y |= uint64(c.Bit(2*i+1)) << i
		}
		return x, y
	}
	n := (64 + chunkBits - 1) / chunkBits
	out, err := e.api.Compiler().NewHint(splitHint, 2*n, chunkBits, s)
	if err != nil {
		panic(fmt.Sprintf("failed to call split hint: %v", err))
	}
	sprs := e.tbl.Lookup(out...)
	xs := make([]frontend.Variable, 0, n)
	ys := make([]frontend.Variable, 0, n)
	ss := make([]frontend.Variable, 0, 2*n)
	for i := 0; i < n; i++ {
		off := i * chunkBits
		// The last chunk may be narrower than chunkBits but needs no range check: s < 4^64 and the
		// right-hand side below is a base-4 expansion with digits 0 to 3 (no field wrap-around), so
		// its digits above the 64th are zero.
		xs = append(xs, e.api.Mul(out[i], new(big.Int).Lsh(big.NewInt(1), uint(off))))
		ys = append(ys, e.api.Mul(out[n+i], new(big.Int).Lsh(big.NewInt(1), uint(off))))
		ss = append(ss,
			e.api.Mul(sprs[i], new(big.Int).Lsh(big.NewInt(1), uint(2*off))),
			e.api.Mul(sprs[n+i], new(big.Int).Lsh(big.NewInt(1), uint(2*off+1))))
	}
	e.api.AssertIsEqual(s, sum(e.api, ss))
	return sum(e.api, xs), sum(e.api, ys)
}

// carryBits returns the number of carry bits of a sum of n values below 2^64.
func carryBits(n int) int { return mbits.Len(uint(n - 1)) }

func sum(api frontend.API, terms []frontend.Variable) frontend.Variable {
	switch len(terms) {
	case 0:
		return 0
	case 1:
		return terms[0]
	}
	return api.Add(terms[0], terms[1], terms[2:]...)
}

// decomposeHint splits inputs[n+1] into n pieces of widths inputs[1..n] (least significant first) and
// returns the pieces followed by the carry above bit 64.
func decomposeHint(_ *big.Int, inputs, outputs []*big.Int) error {
	if len(inputs) < 2 || !inputs[0].IsUint64() || len(inputs) != int(inputs[0].Uint64())+2 || len(outputs) != len(inputs)-1 {
		return errors.New("decompose hint: bad arguments")
	}
	n := len(inputs) - 2
	v := new(big.Int).Set(inputs[n+1])
	for i := 0; i < n; i++ {
		wd := uint(inputs[i+1].Uint64())
		mask := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), wd), big.NewInt(1))
		outputs[i].And(v, mask)
		v.Rsh(v, wd)
	}
	outputs[n].Set(v)
	return nil
}

// splitHint takes (k, s) and returns the chunks of k bits of the even bits of s, then of the odd bits.
func splitHint(_ *big.Int, inputs, outputs []*big.Int) error {
	if len(inputs) != 2 || len(outputs)%2 != 0 || !inputs[0].IsUint64() {
		return errors.New("split hint: bad arguments")
	}
	k := int(inputs[0].Uint64())
	n := len(outputs) / 2
	s := inputs[1]
	for i := 0; i < n; i++ {
		outputs[i].SetUint64(0)
		outputs[n+i].SetUint64(0)
		for j := 0; j < k && i*k+j < 64; j++ {
			b := i*k + j
			outputs[i].SetBit(outputs[i], j, s.Bit(2*b))
			outputs[n+i].SetBit(outputs[n+i], j, s.Bit(2*b+1))
		}
	}
	return nil
}
