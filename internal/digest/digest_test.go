package digest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/sha3"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"math/rand/v2"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"lukechampine.com/blake3"
	"lukechampine.com/blake3/guts"

	"github.com/vmattest/vmattest/internal/protocol"
)

// reference is each algorithm's one-shot reference implementation.
var reference = map[protocol.HashAlg]func([]byte) [32]byte{
	protocol.HashSHA256:    sha256.Sum256,
	protocol.HashBLAKE3:    blake3.Sum256,
	protocol.HashKeccak256: func(b []byte) [32]byte { return [32]byte(crypto.Keccak256(b)) },
}

// testData returns n deterministic pseudo-random bytes.
func testData(n int) []byte {
	b := make([]byte, n)
	r := rand.NewChaCha8([32]byte{'v', 'm', 'a', 't', 't', 'e', 's', 't'})
	r.Read(b)
	return b
}

var shared = testData(3<<20 + 12345)

func mustLookup(t testing.TB, name string) Algorithm {
	t.Helper()
	a, err := Lookup(name)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestRegistry(t *testing.T) {
	all := All()
	if len(all) != 3 {
		t.Fatalf("All() has %d algorithms, want 3", len(all))
	}
	for i, want := range protocol.HashAlgs() {
		if all[i].ID() != want || all[i].Name() != want.String() {
			t.Errorf("All()[%d] = %d %q, want %d %q", i, all[i].ID(), all[i].Name(), want, want.String())
		}
		if all[i].New().Size() != 32 {
			t.Errorf("%s: Size() = %d", want, all[i].New().Size())
		}
		if a, err := ByID(want); err != nil || a.ID() != want {
			t.Errorf("ByID(%d) = %v, %v", want, a, err)
		}
	}
	for in, want := range map[string]protocol.HashAlg{
		"sha256": protocol.HashSHA256, "SHA-256": protocol.HashSHA256, "1": protocol.HashSHA256,
		"blake3": protocol.HashBLAKE3, "BLAKE3-256": protocol.HashBLAKE3, " 2 ": protocol.HashBLAKE3,
		"keccak256": protocol.HashKeccak256, "Keccak-256": protocol.HashKeccak256, "3": protocol.HashKeccak256,
	} {
		if a, err := Lookup(in); err != nil || a.ID() != want {
			t.Errorf("Lookup(%q) = %v, %v; want %s", in, a, err, want)
		}
	}
	for _, in := range []string{"", "md5", "sha3-256", "0", "4", "256", "1.0"} {
		_, err := Lookup(in)
		if !errors.Is(err, protocol.ErrUnknownHashAlg) {
			t.Errorf("Lookup(%q) error = %v, want ErrUnknownHashAlg", in, err)
		} else if !strings.Contains(err.Error(), "sha256, blake3, keccak256") {
			t.Errorf("Lookup(%q) error %q does not list the registered names", in, err)
		}
	}
	if _, err := ByID(9); !errors.Is(err, protocol.ErrUnknownHashAlg) {
		t.Errorf("ByID(9) error = %v, want ErrUnknownHashAlg", err)
	}
}

// testAlg is an algorithm registered by a test: SHA-256 under another identifier and name.
type testAlg struct {
	id   protocol.HashAlg
	name string
}

func (a testAlg) ID() protocol.HashAlg { return a.id }
func (a testAlg) Name() string         { return a.name }
func (a testAlg) New() hash.Hash       { return sha256.New() }

func TestRegister(t *testing.T) {
	mustPanic := func(name string, a Algorithm) {
		t.Helper()
		defer func() {
			if recover() == nil {
				t.Errorf("Register(%s) did not panic", name)
			}
		}()
		Register(a)
	}
	mustPanic("duplicate id", testAlg{protocol.HashSHA256, "other"})
	mustPanic("duplicate name", testAlg{200, "BLAKE3"})
	mustPanic("nil", nil)

	// A new algorithm in its own file is found by name and by number.
	Register(testAlg{200, "test-alg"})
	defer func() {
		registryMu.Lock()
		delete(byID, 200)
		delete(byName, "testalg")
		registryMu.Unlock()
	}()
	for _, in := range []string{"test-alg", "TESTALG", "200"} {
		if a, err := Lookup(in); err != nil || a.ID() != 200 {
			t.Errorf("Lookup(%q) = %v, %v", in, a, err)
		}
	}
	if all := All(); len(all) != 4 || all[3].ID() != 200 {
		t.Errorf("All() = %v", all)
	}
}

func TestKnownVectors(t *testing.T) {
	vectors := []struct{ alg, in, hex string }{
		{"sha256", "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
		{"sha256", "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
		{"blake3", "", "af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262"},
		{"blake3", "abc", "6437b3ac38465133ffb63b75273a8db548c558465d79db03fd359c6cd5bd9d85"},
		{"keccak256", "", "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"},
		{"keccak256", "abc", "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"},
	}
	for _, v := range vectors {
		a := mustLookup(t, v.alg)
		if got := SumBytes(a, []byte(v.in)); hex.EncodeToString(got[:]) != v.hex {
			t.Errorf("SumBytes(%s, %q) = %x, want %s", v.alg, v.in, got, v.hex)
		}
		got, err := Sum(context.Background(), a, []Section{{R: strings.NewReader(v.in), N: int64(len(v.in))}}, Options{})
		if err != nil || hex.EncodeToString(got[:]) != v.hex {
			t.Errorf("Sum(%s, %q) = %x, %v; want %s", v.alg, v.in, got, err, v.hex)
		}
	}
	// Keccak-256 is not NIST SHA3-256.
	if k, s := SumBytes(mustLookup(t, "keccak256"), []byte("abc")), sha3.Sum256([]byte("abc")); k == s {
		t.Error("keccak256 equals SHA3-256")
	}
}

// options are the engine settings every equivalence test runs with.
var options = []Options{
	{},
	{Workers: 1, BufferSize: MinBufferSize},
	{Workers: 2, BufferSize: 32 << 10},
	{Workers: 3, BufferSize: 64<<10 + 5}, // BLAKE3 rounds it down to 64 KiB
	{Workers: 8, BufferSize: 1000},       // raised to MinBufferSize
	{Workers: 4, BufferSize: 4 << 20},    // BLAKE3 shares inputs shorter than 16 MiB in smaller subtrees
}

// edgeLengths are the lengths around chunk, SIMD-batch and subtree boundaries for subtrees of 16 KiB to
// 64 KiB (and streaming buffers of the same sizes).
func edgeLengths() []int {
	ls := []int{0, 1, 63, 64, 65, 1023, 1024, 1025, 2047, 2048, 2049, 3072, 8191, 15 << 10}
	for _, s := range []int{16 << 10, 32 << 10, 64 << 10} {
		for _, k := range []int{1, 2, 3, 4, 5, 8, 9} {
			ls = append(ls, k*s-1, k*s, k*s+1)
		}
		ls = append(ls, 7*s+12345, 13*s+1023, 6*s+4097)
	}
	return ls
}

func checkSum(t *testing.T, a Algorithm, data []byte, secs []Section, opt Options) {
	t.Helper()
	want := reference[a.ID()](data)
	got, err := Sum(context.Background(), a, secs, opt)
	if err != nil {
		t.Fatalf("%s, %d bytes in %d sections, %+v: %v", a.Name(), len(data), len(secs), opt, err)
	}
	if got != want {
		t.Fatalf("%s, %d bytes in %d sections, %+v: Sum = %x, want %x", a.Name(), len(data), len(secs), opt, got, want)
	}
}

func TestSumEquivalence(t *testing.T) {
	for _, a := range All() {
		t.Run(a.Name(), func(t *testing.T) {
			for _, n := range edgeLengths() {
				data := shared[:n]
				if got := SumBytes(a, data); got != reference[a.ID()](data) {
					t.Fatalf("SumBytes of %d bytes = %x", n, got)
				}
				for _, opt := range options {
					checkSum(t, a, data, []Section{{R: bytes.NewReader(data), N: int64(n)}}, opt)
				}
			}
		})
	}
}

// TestBLAKE3Portable runs the BLAKE3 equivalence test without the AVX-512 kernel, on the guts package
// alone, as on a CPU without AVX-512.
func TestBLAKE3Portable(t *testing.T) {
	if !haveAVX512 {
		t.Skip("no AVX-512: TestSumEquivalence already ran the portable path")
	}
	haveAVX512 = false
	defer func() { haveAVX512 = true }()
	a := mustLookup(t, "blake3")
	for _, n := range edgeLengths() {
		for _, opt := range options[:3] {
			checkSum(t, a, shared[:n], []Section{{R: bytes.NewReader(shared[:n]), N: int64(n)}}, opt)
		}
	}
}

// splitSections cuts data into sections at the given stream offsets, each read from its own source at a
// random offset, with other bytes before and after it; zero-length sections are kept.
func splitSections(data []byte, cuts []int, r *rand.Rand) []Section {
	var secs []Section
	prev := 0
	for _, c := range append(cuts, len(data)) {
		part := data[prev:c]
		pad := r.IntN(5000)
		src := make([]byte, pad+len(part)+r.IntN(100))
		for i := range src {
			src[i] = 0xa5
		}
		copy(src[pad:], part)
		secs = append(secs, Section{R: bytes.NewReader(src), Off: int64(pad), N: int64(len(part))})
		prev = c
	}
	return secs
}

func TestSumSections(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, a := range All() {
		t.Run(a.Name(), func(t *testing.T) {
			for _, n := range []int{0, 1, 2049, 100000, 1 << 20, 3<<20 + 12345} {
				data := shared[:n]
				for range 4 {
					var cuts []int
					for c := 0; n > 0 && c < n; c += 1 + r.IntN(max(1, n/3)) {
						cuts = append(cuts, c) // boundaries fall inside chunks; a cut at 0 is an empty section
					}
					cuts = append(cuts, n) // an empty last section
					secs := splitSections(data, cuts, r)
					secs = append(secs, Section{N: 0}) // an empty section without a source
					for _, opt := range options {
						checkSum(t, a, data, secs, opt)
					}
				}
			}
		})
	}
}

func TestSumRandomLengths(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: hashes about 1 GiB of random lengths up to 64 MiB")
	}
	big := testData(64 << 20)
	r := rand.New(rand.NewPCG(3, 4))
	for _, a := range All() {
		t.Run(a.Name(), func(t *testing.T) {
			rounds := 6
			if a.ID() == protocol.HashKeccak256 {
				rounds = 3 // Keccak is the slowest by far
			}
			for i := range rounds {
				n := r.IntN(len(big) + 1)
				if i == 0 {
					n = len(big)
				}
				data := big[:n]
				opt := []Options{{}, {Workers: 2, BufferSize: 256 << 10}, {Workers: 4, BufferSize: 4 << 20}}[i%3]
				secs := []Section{{R: bytes.NewReader(data), N: int64(n)}}
				if i%2 == 1 {
					secs = splitSections(data, []int{n / 3, n / 3, n/2 + 777}, r)
				}
				checkSum(t, a, data, secs, opt)
			}
		})
	}
}

// TestEigentree checks the AVX-512 subtree kernel against the guts package, with counters whose high
// word is set or that cross 2^32 within the subtree.
func TestEigentree(t *testing.T) {
	if !haveAVX512 {
		t.Skip("no AVX-512")
	}
	var w blake3Worker
	for _, chunks := range []uint64{16, 32, 64, 256, 1024} {
		buf := shared[:chunks*1024]
		for _, counter := range []uint64{0, chunks, 7 * chunks, 1<<32 - chunks, 1 << 32, 1<<40 + 3*chunks} {
			got := w.node(buf, counter)
			want := guts.CompressEigentree(buf, &guts.IV, counter, 0)
			if got != want {
				t.Errorf("%d chunks at %d: node %+v, want %+v", chunks, counter, got, want)
			}
		}
	}
}

type errReaderAt struct {
	r       io.ReaderAt
	failAt  int64
	err     error
	onRead  func(off int64)
	stopped atomic.Bool
}

func (e *errReaderAt) ReadAt(p []byte, off int64) (int, error) {
	if e.stopped.Load() {
		panic("ReadAt after Sum returned")
	}
	if e.onRead != nil {
		e.onRead(off)
	}
	if e.err != nil && off+int64(len(p)) > e.failAt {
		return 0, e.err
	}
	return e.r.ReadAt(p, off)
}

func TestShortRead(t *testing.T) {
	data := shared[:1<<20]
	for _, a := range All() {
		for _, opt := range options {
			// Section 1 wants 900,000 bytes from offset 200,000 of a 1 MiB source: it ends 848,576 bytes in.
			src := &errReaderAt{r: bytes.NewReader(data)}
			secs := []Section{{R: bytes.NewReader(data), N: 5000}, {R: src, Off: 200000, N: 900000}}
			got, err := Sum(context.Background(), a, secs, opt)
			src.stopped.Store(true)
			if !errors.Is(err, ErrShortRead) {
				t.Fatalf("%s %+v: error %v, want ErrShortRead", a.Name(), opt, err)
			}
			if got != [32]byte{} {
				t.Errorf("%s: a digest with an error: %x", a.Name(), got)
			}
			for _, want := range []string{"section 1", "offset 1048576", "wanted 900000", "got 848576"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("%s %+v: error %q does not say %q", a.Name(), opt, err, want)
				}
			}
		}
	}
}

func TestReadError(t *testing.T) {
	boom := errors.New("boom")
	data := shared[:3<<20]
	for _, a := range All() {
		for _, opt := range options {
			src := &errReaderAt{r: bytes.NewReader(data), failAt: 2 << 20, err: boom}
			got, err := Sum(context.Background(), a, []Section{{R: src, N: int64(len(data))}}, opt)
			src.stopped.Store(true)
			if !errors.Is(err, boom) || got != [32]byte{} {
				t.Fatalf("%s %+v: Sum = %x, %v; want boom", a.Name(), opt, got, err)
			}
		}
	}
}

func TestCancel(t *testing.T) {
	data := shared[:3<<20]
	for _, a := range All() {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := Sum(ctx, a, []Section{{R: bytes.NewReader(data), N: int64(len(data))}}, Options{}); !errors.Is(err, context.Canceled) {
			t.Errorf("%s, canceled context: error %v", a.Name(), err)
		}
		for _, opt := range options {
			// Cancel once the engine reads past 1 MiB of a long source.
			ctx, cancel := context.WithCancel(context.Background())
			src := &errReaderAt{r: zeros{}, onRead: func(off int64) {
				if off > 1<<20 {
					cancel()
				}
			}}
			got, err := Sum(ctx, a, []Section{{R: src, N: 1 << 40}}, opt)
			src.stopped.Store(true)
			cancel()
			if !errors.Is(err, context.Canceled) || got != [32]byte{} {
				t.Fatalf("%s %+v: Sum = %x, %v; want context.Canceled", a.Name(), opt, got, err)
			}
		}
	}
}

func TestBadSections(t *testing.T) {
	a := mustLookup(t, "sha256")
	r := bytes.NewReader(shared)
	for _, secs := range [][]Section{
		{{R: r, N: -1}},
		{{R: r, Off: -1, N: 1}},
		{{R: nil, N: 1}},
		{{R: r, Off: 1 << 62, N: 1 << 62}},
		{{R: r, N: 1 << 62}, {R: r, N: 1 << 62}},
	} {
		if _, err := Sum(context.Background(), a, secs, Options{}); !errors.Is(err, ErrBadSection) {
			t.Errorf("Sum(%+v) error %v, want ErrBadSection", secs, err)
		}
	}
}

// zeros is an endless source of zero bytes.
type zeros struct{}

func (zeros) ReadAt(p []byte, off int64) (int, error) {
	clear(p)
	return len(p), nil
}

// TestFlatMemory checks that hashing a long region allocates no more than MaxBufferMemory, whatever the
// options ask for.
func TestFlatMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: hashes 1.5 GiB")
	}
	for _, a := range All() {
		n := int64(1 << 30)
		if a.ID() != protocol.HashBLAKE3 {
			n = 128 << 20 // the streaming hashes are slower; their buffers do not depend on the length
		}
		for _, opt := range []Options{{}, {Workers: 64, BufferSize: 64 << 20}} {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			if _, err := Sum(context.Background(), a, []Section{{R: zeros{}, N: n}}, opt); err != nil {
				t.Fatal(err)
			}
			runtime.ReadMemStats(&after)
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > MaxBufferMemory+1<<20 {
				t.Errorf("%s %+v: hashing %d bytes allocated %d bytes", a.Name(), opt, n, alloc)
			}
		}
	}
}

func ExampleSum() {
	data := []byte("hello, vmattest")
	a, _ := Lookup("blake3")
	d, err := Sum(context.Background(), a, []Section{{R: bytes.NewReader(data), Off: 7, N: 8}}, Options{})
	fmt.Printf("%x %v\n", d, err) // the BLAKE3 hash of "vmattest", as b3sum prints it
	// Output: 9250e95daad59119a7df08b617958ccd4059ed21aaa195ef71af87ee745bf65f <nil>
}
