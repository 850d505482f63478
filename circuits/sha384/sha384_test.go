package sha384

import (
	"bytes"
	"crypto/rand"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/math/uints"
	"github.com/consensys/gnark/test"
)

// sumCircuit proves that SHA-384(Msg) = Digest for a message of fixed length.
type sumCircuit struct {
	Msg    []uints.U8
	Digest [Size]uints.U8
}

func (c *sumCircuit) Define(api frontend.API) error {
	got, err := Sum(api, c.Msg)
	if err != nil {
		return fmt.Errorf("failed to hash: %w", err)
	}
	bapi, err := uints.NewBytes(api)
	if err != nil {
		return fmt.Errorf("failed to initialize bytes: %w", err)
	}
	for i := range c.Digest {
		bapi.AssertIsEqual(got[i], c.Digest[i])
	}
	return nil
}

func placeholder(n int) *sumCircuit { return &sumCircuit{Msg: make([]uints.U8, n)} }

func assignment(msg, digest []byte) *sumCircuit {
	c := &sumCircuit{Msg: uints.NewU8Array(msg)}
	copy(c.Digest[:], uints.NewU8Array(digest))
	return c
}

func mustHex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestNISTVectors checks the SHA-384 examples of FIPS 180-4 (NIST CSRC example values).
func TestNISTVectors(t *testing.T) {
	vectors := []struct{ name, msg, digest string }{
		{"empty", "", "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b"},
		{"abc", "abc", "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"},
		{"two-block", "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
			"09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039"},
	}
	for _, v := range vectors {
		t.Run(v.name, func(t *testing.T) {
			want := mustHex(t, v.digest)
			if native := sha512.Sum384([]byte(v.msg)); !bytes.Equal(native[:], want) {
				t.Fatalf("crypto/sha512.Sum384 = %x, want %x", native, want)
			}
			if err := test.IsSolved(placeholder(len(v.msg)), assignment([]byte(v.msg), want), ecc.BN254.ScalarField()); err != nil {
				t.Fatalf("circuit not solved: %v", err)
			}
		})
	}
}

// TestRandomLengths compares the circuit with crypto/sha512.Sum384 on random messages around the block
// and padding boundaries, and on the 672-byte signed part of a SEV-SNP attestation report.
func TestRandomLengths(t *testing.T) {
	for _, n := range []int{0, 1, 111, 112, 127, 128, 129, 255, 672} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			msg := make([]byte, n)
			if _, err := rand.Read(msg); err != nil {
				t.Fatal(err)
			}
			want := sha512.Sum384(msg)
			if err := test.IsSolved(placeholder(n), assignment(msg, want[:]), ecc.BN254.ScalarField()); err != nil {
				t.Fatalf("circuit not solved for %d bytes: %v", n, err)
			}
		})
	}
}

// TestWrongDigest checks that a wrong expected digest leaves the circuit unsatisfied.
func TestWrongDigest(t *testing.T) {
	msg := []byte("abc")
	for _, pos := range []int{0, 23, Size - 1} {
		want := sha512.Sum384(msg)
		want[pos] ^= 0x01
		if err := test.IsSolved(placeholder(len(msg)), assignment(msg, want[:]), ecc.BN254.ScalarField()); err == nil {
			t.Fatalf("circuit solved with digest byte %d flipped", pos)
		}
	}
	// A wrong message of the right length must fail too.
	want := sha512.Sum384(msg)
	if err := test.IsSolved(placeholder(len(msg)), assignment([]byte("abd"), want[:]), ecc.BN254.ScalarField()); err == nil {
		t.Fatal("circuit solved with a wrong message")
	}
}

// TestConstraintCount compiles a circuit hashing 672 bytes (the signed part of a SEV-SNP report) over
// BN254, logs its R1CS size and checks the compiled constraint system (lookup and range-check
// arguments included) with a valid and a wrong witness.
func TestConstraintCount(t *testing.T) {
	const n = 672
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, placeholder(n))
	if err != nil {
		t.Fatalf("failed to compile: %v", err)
	}
	t.Logf("SHA-384 of %d bytes: %d R1CS constraints", n, ccs.GetNbConstraints())

	msg := make([]byte, n)
	if _, err := rand.Read(msg); err != nil {
		t.Fatal(err)
	}
	want := sha512.Sum384(msg)
	wit, err := frontend.NewWitness(assignment(msg, want[:]), ecc.BN254.ScalarField())
	if err != nil {
		t.Fatalf("failed to build witness: %v", err)
	}
	if err := ccs.IsSolved(wit); err != nil {
		t.Fatalf("R1CS not solved: %v", err)
	}
	want[0] ^= 0x80
	bad, err := frontend.NewWitness(assignment(msg, want[:]), ecc.BN254.ScalarField())
	if err != nil {
		t.Fatalf("failed to build witness: %v", err)
	}
	if err := ccs.IsSolved(bad); err == nil {
		t.Fatal("R1CS solved with a wrong digest")
	}
}

// compressCircuit proves that the first 48 bytes of Compress(InitialState(), Block) are Digest.
type compressCircuit struct {
	Block  [BlockSize]uints.U8
	Digest [Size]uints.U8
}

func (c *compressCircuit) Define(api frontend.API) error {
	out, err := Compress(api, InitialState(), c.Block)
	if err != nil {
		return fmt.Errorf("failed to compress: %w", err)
	}
	uapi, err := uints.NewBinaryField[uints.U64](api)
	if err != nil {
		return fmt.Errorf("failed to initialize uints: %w", err)
	}
	for i := 0; i < Size/8; i++ {
		got := uapi.UnpackMSB(out[i])
		for j := range got {
			uapi.ByteAssertEq(got[j], c.Digest[8*i+j])
		}
	}
	return nil
}

// TestCompress checks the exported single-block Compress against the digest of a one-block message.
func TestCompress(t *testing.T) {
	msg := []byte("abc")
	padded := Pad(uints.NewU8Array(msg))
	if len(padded) != BlockSize {
		t.Fatalf("padded length %d, want %d", len(padded), BlockSize)
	}
	want := sha512.Sum384(msg)
	var assign compressCircuit
	copy(assign.Block[:], padded)
	copy(assign.Digest[:], uints.NewU8Array(want[:]))
	if err := test.IsSolved(&compressCircuit{}, &assign, ecc.BN254.ScalarField()); err != nil {
		t.Fatalf("circuit not solved: %v", err)
	}
	assign.Digest[5] = uints.NewU8(want[5] ^ 1)
	if err := test.IsSolved(&compressCircuit{}, &assign, ecc.BN254.ScalarField()); err == nil {
		t.Fatal("circuit solved with a wrong digest")
	}
}
