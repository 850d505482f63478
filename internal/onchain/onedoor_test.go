package onchain

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// oneDoorExceptions are the files outside internal/onchain and internal/bindings that may still talk ABI, and why.
var oneDoorExceptions = map[string]string{
	// Checks the enclave's own abi.encode of its key binding (a hash the registry recomputes), not a call.
	"internal/enclave/enclave_test.go": "encoding check of the enclave's report data",
	// The generated Groth16 verifier of the report circuit, compiled by the test: a contract with no binding.
	"internal/zkproof/report_prove_test.go":    "generated verifier, no binding",
	"internal/zkproof/report_solidity_test.go": "generated verifier, no binding",
}

// oneDoorPatterns are what only internal/onchain (over the bindings) does: parse or hold an ABI, pack or unpack
// calldata, make a topic or selector by hand, index a log's topics.
var oneDoorPatterns = []*regexp.Regexp{
	regexp.MustCompile(`"github\.com/ethereum/go-ethereum/accounts/abi"`),
	regexp.MustCompile(`\bNewBoundContract\(`),
	regexp.MustCompile(`\.New(AttestationVerifier|EnclaveKeyRegistry|PropertyRegistry|KeeperVault)\(\)`),
	regexp.MustCompile(`\.(Pack|Unpack)[A-Z]\w*\(`), // onchain's own PackX are the door
	regexp.MustCompile(`\.Topics\[`),
	regexp.MustCompile(`\.Events\["`),
	regexp.MustCompile(`Keccak256(Hash)?\(\[\]byte\("\w+\(`),
	regexp.MustCompile(`MetaData\.(Bin|ABI)\b`),
	regexp.MustCompile(`\bArtifactBytecode\(.*"(EnclaveKeyRegistry|AttestationVerifier|PropertyRegistry|KeeperVault)"`),
}

// TestOneDoor: no Go file of the module outside internal/onchain and internal/bindings packs calldata, decodes
// results or logs, or deploys a bound contract from forge's out/: the chain has one door.
func TestOneDoor(t *testing.T) {
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			switch rel {
			case "internal/onchain", "internal/bindings", "node_modules", "out", "cache", ".git":
				return filepath.SkipDir
			case "circuits":
				// The circuits' tests call their generated Groth16 verifiers, which have no binding (their ABI
				// is the circuit's), and gnark's uapi.UnpackMSB is no ABI.
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(rel, ".go") || oneDoorExceptions[rel] != "" {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(src), "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "//") {
				continue
			}
			line = strings.ReplaceAll(line, "onchain.", "onchain_") // calls through the door
			for _, p := range oneDoorPatterns {
				if p.MatchString(line) {
					t.Errorf("%s:%d talks ABI outside internal/onchain (%s): %s", rel, i+1, p, strings.TrimSpace(line))
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
