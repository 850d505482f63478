package zkproof

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/circuits/readonlyroot"
	"github.com/vmattest/vmattest/internal/collect"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/testsupport/golden"
	"github.com/vmattest/vmattest/internal/zkcommit"
	"github.com/vmattest/vmattest/internal/zkcommit/zkgadget"
)

var (
	zkTestdata    = filepath.Join("..", "..", "testdata", "zk")
	verifiersDir  = filepath.Join("..", "..", "contracts", "src", "verifiers")
	vectorGolden  = [][32]byte{sha256.Sum256([]byte("max_fee = 43\n")), sha256.Sum256([]byte("max_fee = 42\n"))}
	vectorRegion  = "config"
	proofFileName = func(p *Property) string { return filepath.Join(zkTestdata, p.Name+".proof.json") }
)

func updating() bool {
	f := flag.Lookup("update") // registered by internal/golden
	return f != nil && f.Value.String() == "true"
}

// devKeys are the development keys, computed once per test binary (tens of seconds).
var devKeys = map[string]func() (*Keys, error){}

func init() {
	for _, p := range Properties() {
		devKeys[p.Name] = sync.OnceValues(func() (*Keys, error) { return DevSetup(p.Circuit) })
	}
}

// serialize returns v's gnark WriteTo encoding.
func serialize(v io.WriterTo) ([]byte, error) {
	var b bytes.Buffer
	if _, err := v.WriteTo(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func keys(t testing.TB, p *Property) *Keys {
	t.Helper()
	if testing.Short() {
		t.Skip("the development setup takes tens of seconds; -short skips it")
	}
	k, err := devKeys[p.Name]()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// vectorOpening is the opening of the commitment test vector (testdata/zk/commitment.json): its "/" mount
// is read-only and its "config" region has digest sha256("max_fee = 42\n").
func vectorOpening(t testing.TB) *zkcommit.Opening {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(zkTestdata, "commitment.json"))
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Opening json.RawMessage `json:"opening"`
		Root    string          `json:"root"`
	}
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	o, err := zkcommit.ParseOpening(v.Opening)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprintf("0x%x", o.Root()) != v.Root {
		t.Fatal("the vector's opening does not give its root")
	}
	return o
}

func vectorArgs(t testing.TB, p *Property) Args {
	t.Helper()
	if p != GoldenDigest {
		return Args{}
	}
	g, err := zkcommit.NewGoldenSet(vectorGolden)
	if err != nil {
		t.Fatal(err)
	}
	return Args{RegionName: vectorRegion, Golden: g}
}

func TestProperties(t *testing.T) {
	for _, c := range []struct {
		p        *Property
		tag      string
		contract string
		inputs   int
	}{
		{ReadOnlyRoot, "vmattest.property.readonlyroot.v2", "ReadOnlyRootVerifier", 1 + NumContext},
		{GoldenDigest, "vmattest.property.goldendigest.v2", "GoldenDigestVerifier", 3 + NumContext},
	} {
		if c.p.Tag() != c.tag || c.p.Contract != c.contract || c.p.NumPublic() != c.inputs {
			t.Fatalf("%s: %s %s %d", c.p.Name, c.p.Tag(), c.p.Contract, c.p.NumPublic())
		}
		if !bytes.Equal(c.p.ID[:], crypto.Keccak256([]byte(c.tag))) {
			t.Fatalf("%s: id", c.p.Name)
		}
		if got, err := ByID(c.p.ID); err != nil || got != c.p {
			t.Fatalf("ByID: %v", err)
		}
		if got, err := Lookup(c.p.Name); err != nil || got != c.p {
			t.Fatalf("Lookup: %v", err)
		}
		ccs, _, err := c.p.Compile()
		if err != nil {
			t.Fatal(err)
		}
		if _, _, pub := ccs.GetNbVariables(); pub-1 != c.inputs {
			t.Fatalf("%s: circuit has %d public inputs", c.p.Name, pub-1)
		}
		// No Pedersen commitment: it would add a pairing to the on-chain verifier.
		if n := len(ccs.GetCommitments().CommitmentIndexes()); n != 0 {
			t.Fatalf("%s: %d commitments in the constraint system", c.p.Name, n)
		}
	}
	if _, err := Lookup("nope"); err == nil {
		t.Fatal("unknown property found")
	}
}

// TestCircuitHashDeterministic: two compilations serialise identically (the circuit hash is stable).
func TestCircuitHashDeterministic(t *testing.T) {
	for _, p := range Properties() {
		_, want, err := p.Compile()
		if err != nil {
			t.Fatal(err)
		}
		ccs, err := zkgadget.Compile(p.New())
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if _, err := ccs.WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		if sha256.Sum256(b.Bytes()) != want {
			t.Fatalf("%s: the circuit hash changes between compilations", p.Name)
		}
	}
}

// TestDevSetupDeterministic: the development setup run twice gives byte-identical keys (what makes the
// generated verifiers reproducible).
func TestDevSetupDeterministic(t *testing.T) {
	t.Parallel()
	k := keys(t, ReadOnlyRoot)
	again, err := DevSetup(ReadOnlyRoot.Circuit)
	if err != nil {
		t.Fatal(err)
	}
	for _, pair := range [][2]interface {
		WriteTo(w io.Writer) (int64, error)
	}{{k.VK, again.VK}, {k.PK, again.PK}} {
		a, err := serialize(pair[0])
		if err != nil {
			t.Fatal(err)
		}
		b, err := serialize(pair[1])
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Fatal("two development setups differ")
		}
	}
}

// TestVerifiersUpToDate: the committed Solidity verifiers are what the development keys generate (the
// drift check; regenerate with `go run ./internal/zkproof/gen`), and testdata/zk/verifiers.json, which the
// forge tests read, describes them.
func TestVerifiersUpToDate(t *testing.T) {
	t.Parallel()
	type entry struct {
		Property         string   `json:"property"`
		Version          int      `json:"version"`
		Tag              string   `json:"tag"`
		PropertyID       string   `json:"propertyId"`
		Contract         string   `json:"contract"`
		PublicInputs     []string `json:"publicInputs"`
		Selector         string   `json:"selector"`
		CircuitHash      string   `json:"circuitHash"`
		VKSha256         string   `json:"vkSha256"`
		VerifyingKeyHash string   `json:"verifyingKeyHash"`
	}
	desc := struct {
		Comment   string  `json:"comment"`
		Setup     Setup   `json:"setup"`
		Verifiers []entry `json:"verifiers"`
	}{Comment: "Generated by `go test ./internal/zkproof -run TestVerifiersUpToDate -update`. " + InsecureWarning + ".", Setup: SetupDevInsecure}
	for _, p := range Properties() {
		k := keys(t, p)
		var b bytes.Buffer
		if err := ExportSolidity(&b, k); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(verifiersDir, SolidityFile(p.Circuit))
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, b.Bytes()) {
			t.Fatalf("%s is stale: run `go run ./internal/zkproof/gen` and commit the result", path)
		}
		_, circuitHash, err := p.Compile()
		if err != nil {
			t.Fatal(err)
		}
		// vkSha256: of the verifying key's gnark WriteTo (compressed) encoding.
		vkBytes, err := serialize(k.VK)
		if err != nil {
			t.Fatal(err)
		}
		vkh, err := VerifyingKeyHash(k)
		if err != nil {
			t.Fatal(err)
		}
		sig := fmt.Sprintf("verifyProof(uint256[8],uint256[%d])", p.NumPublic())
		desc.Verifiers = append(desc.Verifiers, entry{p.Name, p.Version, p.Tag(), fmt.Sprintf("0x%x", p.ID), p.Contract, p.PublicInputs,
			fmt.Sprintf("0x%x", crypto.Keccak256([]byte(sig))[:4]), hexHash(circuitHash), hexHash(sha256.Sum256(vkBytes)), hexHash(vkh)})
	}
	out, err := json.MarshalIndent(desc, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join(zkTestdata, "verifiers.json"), append(out, '\n'), "regenerate the verifiers and run with -update")
}

// TestProveVerify proves both properties of the vector state with the development keys, verifies natively,
// and checks refusals. With -update it writes testdata/zk/<property>.proof.json for the forge tests;
// otherwise it checks that the committed proof files verify (proofs are randomised, so they cannot be
// compared).
func TestProveVerify(t *testing.T) {
	t.Parallel()
	o := vectorOpening(t)
	for _, p := range Properties() {
		t.Run(p.Name, func(t *testing.T) {
			k := keys(t, p)
			pr, err := Prove(k, o, vectorArgs(t, p))
			if err != nil {
				t.Fatal(err)
			}
			if err := Verify(pr, k.VK); err != nil {
				t.Fatal(err)
			}
			if pr.Commitment != o.Root() {
				t.Fatal("commitment")
			}
			if err := CheckInputs(pr, o.Root(), o.Header(), vectorArgs(t, p)); err != nil {
				t.Fatal(err)
			}
			if p == GoldenDigest {
				other := vectorArgs(t, p)
				other.RegionName = "mounts"
				if err := CheckInputs(pr, o.Root(), o.Header(), other); !errors.Is(err, ErrWrongInputs) {
					t.Fatalf("another region name: %v", err)
				}
			}
			if err := CheckInputs(pr, [32]byte{1}, o.Header(), vectorArgs(t, p)); !errors.Is(err, ErrWrongInputs) {
				t.Fatalf("another commitment: %v", err)
			}
			for name, h := range map[string]zkcommit.Header{
				"VM":        {VMID: protocol.VMID{1}, SubsetID: o.SubsetID(), HashAlg: o.Header().HashAlg},
				"subset":    {VMID: o.Header().VMID, SubsetID: [32]byte{1}, HashAlg: o.Header().HashAlg},
				"algorithm": {VMID: o.Header().VMID, SubsetID: o.SubsetID(), HashAlg: protocol.HashKeccak256},
			} {
				if err := CheckInputs(pr, o.Root(), h, vectorArgs(t, p)); !errors.Is(err, ErrWrongInputs) {
					t.Fatalf("another %s: %v", name, err)
				}
			}
			proofWords, regIn := pr.RegistryArgs()
			if len(regIn) != p.NumPublic()-NumContext || proofWords[0] == nil {
				t.Fatalf("RegistryArgs: %d inputs", len(regIn))
			}
			// JSON round trip.
			data, err := pr.MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			var back Proof
			if err := json.Unmarshal(data, &back); err != nil {
				t.Fatal(err)
			}
			if err := Verify(&back, k.VK); err != nil {
				t.Fatalf("after a JSON round trip: %v", err)
			}
			// Calldata: selector, 8 words, n inputs.
			cd := pr.Calldata()
			if len(cd) != 4+32*(8+p.NumPublic()) || !bytes.Equal(cd[:4], crypto.Keccak256([]byte(pr.SoliditySignature()))[:4]) {
				t.Fatal("calldata")
			}
			words, inputs := pr.SolidityArgs()
			if words[2].Cmp(new(big.Int).SetBytes(cd[4+64:4+96])) != 0 || len(inputs) != p.NumPublic() {
				t.Fatal("SolidityArgs")
			}
			// Refusals: a changed public input, proof word, commitment; another property's key.
			for i := range pr.PublicInputs {
				bad := *pr
				bad.PublicInputs = append([]fr.Element{}, pr.PublicInputs...)
				bad.PublicInputs[i].Add(&bad.PublicInputs[i], new(fr.Element).SetOne())
				if i == 0 {
					bad.Commitment = zkcommit.Bytes32(bad.PublicInputs[0])
				}
				if err := Verify(&bad, k.VK); !errors.Is(err, ErrInvalidProof) {
					t.Fatalf("public input %d changed: %v", i, err)
				}
			}
			for _, w := range []int{0, 3, 7} {
				bad := *pr
				bad.Words[w][31] ^= 1
				if err := Verify(&bad, k.VK); err == nil {
					t.Fatalf("proof word %d changed: accepted", w)
				}
			}
			bad := *pr
			bad.Commitment[31] ^= 1
			if err := Verify(&bad, k.VK); err == nil {
				t.Fatal("a commitment other than input 0 was accepted")
			}
			path := proofFileName(p)
			if updating() {
				if err := WriteProof(path, pr); err != nil {
					t.Fatal(err)
				}
			}
			committed, err := LoadProof(path)
			if err != nil {
				t.Fatalf("%v (generate it with -update)", err)
			}
			if err := Verify(committed, k.VK); err != nil {
				t.Fatalf("%s does not verify with the development key: regenerate with -update: %v", path, err)
			}
			if committed.Commitment != o.Root() {
				t.Fatalf("%s is not about the vector state", path)
			}
		})
	}
}

// TestProveRefusesFalseStates: proving fails early, with the circuit's error, when the state does not have
// the property.
func TestProveRefusesFalseStates(t *testing.T) {
	t.Parallel()
	k := keys(t, ReadOnlyRoot)
	rw, err := zkcommit.Build(zkcommit.Header{VMID: protocol.VMID{0x0b, 0x5e}, SubsetID: [32]byte{1}, HashAlg: protocol.HashSHA256}, []collect.MountFact{{MountPoint: "/", FSType: "ext4", MountOptions: "rw"}}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Prove(k, rw, Args{}); !errors.Is(err, readonlyroot.ErrRootWritable) {
		t.Fatalf("read-write root: %v", err)
	}
	g := keys(t, GoldenDigest)
	args := vectorArgs(t, GoldenDigest)
	args.RegionName = "mounts"
	if _, err := Prove(g, vectorOpening(t), args); err == nil {
		t.Fatal("a region whose digest is not golden was proved")
	}
	if _, err := Prove(g, vectorOpening(t), Args{RegionName: "config"}); err == nil {
		t.Fatal("a proof without a golden set")
	}
}

func TestKeyFiles(t *testing.T) {
	t.Parallel()
	k := keys(t, ReadOnlyRoot)
	dir := t.TempDir()
	if err := k.Write(dir); err != nil {
		t.Fatal(err)
	}
	back, err := LoadKeys(dir, ReadOnlyRoot.Circuit)
	if err != nil {
		t.Fatal(err)
	}
	if back.Setup != SetupDevInsecure {
		t.Fatal("setup")
	}
	a, _ := serialize(k.VK)
	b, _ := serialize(back.VK)
	if !bytes.Equal(a, b) {
		t.Fatal("verifying key changed")
	}
	// A proof with the loaded keys verifies with the original key.
	pr, err := Prove(back, vectorOpening(t), Args{})
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(pr, k.VK); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadKeys(dir, GoldenDigest.Circuit); err == nil {
		t.Fatal("missing keys loaded")
	}

	corrupt := func(name string, f func([]byte) []byte) string {
		d := t.TempDir()
		for _, n := range []string{"readonlyroot.pk", "readonlyroot.vk", "readonlyroot.keys.json"} {
			data, err := os.ReadFile(filepath.Join(dir, n))
			if err != nil {
				t.Fatal(err)
			}
			if n == name {
				data = f(data)
			}
			if err := os.WriteFile(filepath.Join(d, n), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return d
	}
	flip := func(b []byte) []byte { b[len(b)/2] ^= 1; return b }
	for name, d := range map[string]string{
		"pk byte": corrupt("readonlyroot.pk", flip),
		"vk byte": corrupt("readonlyroot.vk", flip),
		"circuit hash": corrupt("readonlyroot.keys.json", func(b []byte) []byte {
			return bytes.Replace(b, []byte(`"circuitHash": "0x`), []byte(`"circuitHash": "0x00`), 1)
		}),
		"version": corrupt("readonlyroot.keys.json", func(b []byte) []byte {
			v := fmt.Sprintf(`"version": %d`, ReadOnlyRoot.Version)
			return bytes.Replace(b, []byte(v), []byte(fmt.Sprintf(`"version": %d`, ReadOnlyRoot.Version+1)), 1)
		}),
	} {
		if _, err := LoadKeys(d, ReadOnlyRoot.Circuit); !errors.Is(err, ErrKeyMismatch) {
			t.Errorf("%s: %v", name, err)
		} else {
			t.Logf("%s: %v", name, err)
		}
	}
	d := corrupt("readonlyroot.keys.json", func(b []byte) []byte { return bytes.Replace(b, []byte(`"setup"`), []byte(`"extra": 1, "setup"`), 1) })
	if _, err := LoadKeys(d, ReadOnlyRoot.Circuit); err == nil {
		t.Error("unknown manifest field accepted")
	}
}

func BenchmarkProve(b *testing.B) {
	o := vectorOpening(b)
	for _, p := range Properties() {
		b.Run(p.Name, func(b *testing.B) {
			k := keys(b, p)
			args := vectorArgs(b, p)
			for b.Loop() {
				if _, err := Prove(k, o, args); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkVerify(b *testing.B) {
	o := vectorOpening(b)
	k := keys(b, ReadOnlyRoot)
	pr, err := Prove(k, o, Args{})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := Verify(pr, k.VK); err != nil {
			b.Fatal(err)
		}
	}
}

// TestExportSetupIdentity: the exported verifier of development keys says INSECURE = true and implements
// IVerifierSetup; the same keys labelled as a ceremony's (as vmattest ceremony finalize labels its keys)
// export INSECURE = false.
func TestExportSetupIdentity(t *testing.T) {
	dev := keys(t, ReadOnlyRoot)
	for _, c := range []struct {
		setup Setup
		want  string
	}{{SetupDevInsecure, "bool public constant INSECURE = true;"}, {SetupCeremony, "bool public constant INSECURE = false;"}} {
		k := *dev
		k.Setup = c.setup
		var b bytes.Buffer
		if err := ExportSolidity(&b, &k); err != nil {
			t.Fatal(err)
		}
		src := b.String()
		for _, w := range []string{c.want, "contract ReadOnlyRootVerifier is IVerifierSetup {",
			"function setupIdentity() external pure returns (bool insecure, bytes32 verifyingKeyHash_)",
			`import {IVerifierSetup} from "../interfaces/IVerifierSetup.sol";`} {
			if !strings.Contains(src, w) {
				t.Errorf("%s: the verifier lacks %q", c.setup, w)
			}
		}
	}
}
