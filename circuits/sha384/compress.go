package sha384

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/math/uints"
)

// Rotation amounts of the SHA-512 functions (FIPS 180-4, section 4.1.3); each word is split at the
// amounts of the functions applied to it.
var (
	cutsBigSigma0 = []int{28, 34, 39} // Σ0(a) = ROTR28 ^ ROTR34 ^ ROTR39
	cutsBigSigma1 = []int{14, 18, 41} // Σ1(e) = ROTR14 ^ ROTR18 ^ ROTR41
	cutsSigma0    = []int{1, 7, 8}    // σ0(w) = ROTR1 ^ ROTR8 ^ SHR7
	cutsSigma1    = []int{6, 19, 61}  // σ1(w) = ROTR19 ^ ROTR61 ^ SHR6
	cutsState     = [8][]int{cutsBigSigma0, nil, nil, nil, cutsBigSigma1, nil, nil, nil}
	spreadAllOnes = spreadUint(^uint64(0))
)

// Compress applies the SHA-512 compression function (FIPS 180-4, section 6.4.2; SHA-384 uses the same
// function with another initial value) to the chaining value state and one 128-byte message block, and
// returns the new chaining value. The bytes of state and block are range checked. Words are in the
// uints byte order (least significant byte first), as built by uints.NewU64.
func Compress(api frontend.API, state [8]uints.U64, block [BlockSize]uints.U8) ([8]uints.U64, error) {
	var out [8]uints.U64
	uapi, err := uints.NewBinaryField[uints.U64](api)
	if err != nil {
		return out, fmt.Errorf("failed to initialize uints: %w", err)
	}
	e, err := newEngine(api)
	if err != nil {
		return out, fmt.Errorf("failed to initialize SHA-384 engine: %w", err)
	}
	var st [8]word
	for i := range st {
		st[i] = e.decompose(uapi.ToValue(state[i]), 0, cutsState[i])
	}
	st = e.compress(st, e.messageWords(uapi.Bytes, block[:]))
	for i := range st {
		out[i] = uapi.ValueOf(st[i].val)
	}
	return out, nil
}

// initialWords returns the SHA-384 initial hash value as constant words.
func (e *engine) initialWords() [8]word {
	var st [8]word
	for i := range st {
		st[i] = e.decompose(initialHash[i], 0, cutsState[i])
	}
	return st
}

// messageWords returns the 16 big-endian 64-bit words of a 128-byte block, range checking its bytes.
func (e *engine) messageWords(bapi *uints.Bytes, block []uints.U8) [16]frontend.Variable {
	var w [16]frontend.Variable
	for i := range w {
		terms := make([]frontend.Variable, 8)
		for j := 0; j < 8; j++ {
			terms[j] = e.api.Mul(bapi.Value(block[8*i+j]), new(big.Int).Lsh(big.NewInt(1), uint(8*(7-j))))
		}
		w[i] = sum(e.api, terms)
	}
	return w
}

// compress is the SHA-512 compression function on words. state[0] must be split at cutsBigSigma0 and
// state[4] at cutsBigSigma1, state[1,2,5,6] must have pieces; the result is split the same way.
func (e *engine) compress(state [8]word, msg [16]frontend.Variable) [8]word {
	// Message schedule. w[t] is split for σ0 if used as w[t-15] (t ≤ 64) and for σ1 if used as w[t-2]
	// (t ≤ 77). w[78] and w[79] are left as unreduced sums of four words (weight 4 below).
	var w [80]word
	cutsFor := func(t int) []int {
		var cuts []int
		if t >= 1 && t <= 64 {
			cuts = append(cuts, cutsSigma0...)
		}
		if t >= 14 && t <= 77 {
			cuts = append(cuts, cutsSigma1...)
		}
		return cuts
	}
	for t := 0; t < 16; t++ {
		if t == 0 {
			w[t] = word{val: msg[t]}
		} else {
			w[t] = e.decompose(msg[t], 0, cutsFor(t))
		}
	}
	for t := 16; t < 80; t++ {
		s1, _ := e.split(e.api.Add(e.rot(w[t-2], 19), e.rot(w[t-2], 61), e.shr(w[t-2], 6)))
		s0, _ := e.split(e.api.Add(e.rot(w[t-15], 1), e.rot(w[t-15], 8), e.shr(w[t-15], 7)))
		v := e.api.Add(s1, w[t-7].val, s0, w[t-16].val)
		if t <= 77 {
			w[t] = e.decompose(v, carryBits(4), cutsFor(t))
		} else {
			w[t] = word{val: v}
		}
	}

	a, b, c, d, ee, f, g, h := state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7]
	for t := 0; t < 80; t++ {
		wWeight := 1
		if t >= 78 {
			wWeight = 4
		}
		s1, _ := e.split(e.api.Add(e.rot(ee, 14), e.rot(ee, 18), e.rot(ee, 41)))
		_, ef := e.split(e.api.Add(e.spread(ee), e.spread(f)))
		_, neg := e.split(e.api.Add(e.api.Sub(spreadAllOnes, e.spread(ee)), e.spread(g)))
		s0, _ := e.split(e.api.Add(e.rot(a, 28), e.rot(a, 34), e.rot(a, 39)))
		_, maj := e.split(e.api.Add(e.spread(a), e.spread(b), e.spread(c)))
		// Ch(e,f,g) = (e AND f) XOR (NOT e AND g); the two terms have no bit in common, so XOR is +.
		t1 := e.api.Add(h.val, s1, ef, neg, _K[t], w[t].val)
		newE := e.decompose(e.api.Add(d.val, t1), carryBits(5+wWeight), cutsBigSigma1)
		newA := e.decompose(e.api.Add(t1, s0, maj), carryBits(6+wWeight), cutsBigSigma0)
		h, g, f, ee, d, c, b, a = g, f, ee, newE, c, b, a, newA
	}
	final := [8]word{a, b, c, d, ee, f, g, h}
	var out [8]word
	for i := range out {
		out[i] = e.decompose(e.api.Add(state[i].val, final[i].val), carryBits(2), cutsState[i])
	}
	return out
}
