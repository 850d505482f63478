package zkgadget

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/vmattest/vmattest/internal/zkcommit"
)

const nHash = 7

// agreeCircuit recomputes, in circuit, what zkcommit computes natively, and asserts equality with the
// native results given as public inputs.
type agreeCircuit struct {
	In       [nHash]frontend.Variable
	Hash     [nHash + 1]frontend.Variable `gnark:",public"` // Hash(In[:n]) for n = 0..nHash
	Compress frontend.Variable            `gnark:",public"` // Compress(In[0], In[1])
	ConstH   frontend.Variable            `gnark:",public"` // Hash(1, 2, In[0]) with 1, 2 constants
	Leaf     frontend.Variable
	Index    uint64 `gnark:"-"`
	Bits     [4]frontend.Variable
	Siblings [4]frontend.Variable
	Root     frontend.Variable `gnark:",public"`
}

func (c *agreeCircuit) Define(api frontend.API) error {
	h, err := New(api)
	if err != nil {
		return err
	}
	for n := 0; n <= nHash; n++ {
		got, err := h.Hash(c.In[:n]...)
		if err != nil {
			return err
		}
		api.AssertIsEqual(got, c.Hash[n])
	}
	api.AssertIsEqual(h.Compress(c.In[0], c.In[1]), c.Compress)
	got, err := h.Hash(1, 2, c.In[0])
	if err != nil {
		return err
	}
	api.AssertIsEqual(got, c.ConstH)
	api.AssertIsEqual(h.RootFixedIndex(c.Leaf, c.Index, c.Siblings[:]), c.Root)
	api.AssertIsEqual(h.RootWitnessIndex(c.Leaf, c.Bits[:], c.Siblings[:]), c.Root)
	return nil
}

func random(t *testing.T) fr.Element {
	var e fr.Element
	if _, err := e.SetRandom(); err != nil {
		t.Fatal(err)
	}
	return e
}

// TestAgreesWithNative: on random inputs, the in-circuit Hash, Compress and both Merkle path forms give
// zkcommit's native values, with R1CS solving on the compiled circuit; a wrong value is refused.
func TestAgreesWithNative(t *testing.T) {
	for index := range uint64(16) {
		shape := &agreeCircuit{Index: index}
		ccs, err := Compile(shape)
		if err != nil {
			t.Fatal(err)
		}
		for range 2 {
			a := &agreeCircuit{Index: index}
			var in [nHash]fr.Element
			for i := range in {
				in[i] = random(t)
				a.In[i] = Const(in[i])
			}
			for n := 0; n <= nHash; n++ {
				a.Hash[n] = Const(zkcommit.Hash(in[:n]...))
			}
			a.Compress = Const(zkcommit.Compress(in[0], in[1]))
			a.ConstH = Const(zkcommit.Hash(zkcommit.Uint(1), zkcommit.Uint(2), in[0]))
			leaf := random(t)
			sib := []fr.Element{random(t), random(t), random(t), random(t)}
			a.Leaf = Const(leaf)
			copy(a.Siblings[:], Elements(sib))
			copy(a.Bits[:], Bits(index, 4))
			a.Root = Const(zkcommit.RootFromPath(leaf, index, sib))
			if err := IsSolved(ccs, a); err != nil {
				t.Fatalf("index %d: in-circuit values differ from native ones: %v", index, err)
			}
			a.Root = Const(random(t))
			if err := IsSolved(ccs, a); err == nil {
				t.Fatal("a wrong root was accepted")
			}
		}
	}
}

// TestNonBooleanBit: a path bit that is not 0 or 1 is refused even when it would reach the claimed root.
func TestNonBooleanBit(t *testing.T) {
	ccs, err := Compile(&bitCircuit{})
	if err != nil {
		t.Fatal(err)
	}
	leaf, sib := random(t), random(t)
	// With bit b, left = leaf + b(sib - leaf) and right = leaf + sib - left; b = 2 gives left = 2sib - leaf.
	var two, left, right fr.Element
	two.SetUint64(2)
	left.Sub(&sib, &leaf).Mul(&left, &two).Add(&left, &leaf)
	right.Add(&leaf, &sib).Sub(&right, &left)
	a := &bitCircuit{Leaf: Const(leaf), Bit: 2, Sibling: Const(sib), Root: Const(zkcommit.Compress(left, right))}
	if err := IsSolved(ccs, a); err == nil {
		t.Fatal("a path bit of 2 was accepted")
	}
	a.Bit, a.Root = 1, Const(zkcommit.Compress(sib, leaf))
	if err := IsSolved(ccs, a); err != nil {
		t.Fatal(err)
	}
}

type bitCircuit struct {
	Leaf, Bit, Sibling frontend.Variable
	Root               frontend.Variable `gnark:",public"`
}

func (c *bitCircuit) Define(api frontend.API) error {
	h, err := New(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(h.RootWitnessIndex(c.Leaf, []frontend.Variable{c.Bit}, []frontend.Variable{c.Sibling}), c.Root)
	return nil
}

// TestCosts pins the constraint costs the circuits' doc comments rely on.
func TestCosts(t *testing.T) {
	ccs, err := Compile(&costCircuit{})
	if err != nil {
		t.Fatal(err)
	}
	// One variable compression (the constant prefix is free), one witness-index level (compression,
	// boolean bit, selection) and one equality.
	if got, want := ccs.GetNbConstraints(), 186+188+1; got != want {
		t.Fatalf("%d constraints, want %d", got, want)
	}
}

type costCircuit struct{ A, B, Bit, Sib frontend.Variable }

func (c *costCircuit) Define(api frontend.API) error {
	h, err := New(api)
	if err != nil {
		return err
	}
	x, err := h.Hash(7, 8, c.A) // Compress(0, 7) and Compress(., 8) are constants
	if err != nil {
		return err
	}
	y := h.RootWitnessIndex(c.B, []frontend.Variable{c.Bit}, []frontend.Variable{c.Sib})
	api.AssertIsEqual(x, y)
	return nil
}
