package onchain

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/vmattest/vmattest/internal/bindings/registry"
)

// solidityEnum returns the members of enum name in the registry's interface, in order.
func solidityEnum(t *testing.T, name string) []string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "..", "contracts", "src", "interfaces", "IEnclaveKeyRegistry.sol"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?s)\benum ` + name + ` \{(.*?)\}`).FindSubmatch(src)
	if m == nil {
		t.Fatalf("no enum %s in IEnclaveKeyRegistry.sol", name)
	}
	var members []string
	for _, f := range strings.Split(string(m[1]), ",") {
		if f = strings.TrimSpace(f); f != "" {
			members = append(members, strings.ToLower(f))
		}
	}
	return members
}

// checkEnumOutput checks that the output "status" of the registry's method is the Solidity enum name, a
// uint8 in the ABI.
func checkEnumOutput(t *testing.T, method, name string) {
	t.Helper()
	var entries []struct {
		Type, Name string
		Outputs    []struct{ InternalType, Name, Type string }
	}
	if err := json.Unmarshal([]byte(registry.EnclaveKeyRegistryMetaData.ABI), &entries); err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Type != "function" || e.Name != method {
			continue
		}
		for _, o := range e.Outputs {
			if o.Name == "status" {
				if strings.ReplaceAll(o.InternalType, " ", "") != "enum"+name || o.Type != "uint8" {
					t.Fatalf("%s's status is %s (%s), want enum %s (uint8)", method, o.InternalType, o.Type, name)
				}
				return
			}
		}
	}
	t.Fatalf("the registry's ABI has no %s with a status output", method)
}

// TestKeyStatusMirrorsSolidity: KeyStatus has the Solidity enum's members in its order, and keyState returns
// that enum (a contract that adds, removes or reorders a status fails here, not in a node's key check).
func TestKeyStatusMirrorsSolidity(t *testing.T) {
	want := solidityEnum(t, "KeyStatus")
	var got []string
	for s := KeyStatusNone; s <= KeyStatusRevoked; s++ {
		got = append(got, s.String())
	}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("KeyStatus is %v, the Solidity enum %v", got, want)
	}
	if KeyStatus(len(want)).String() != "KeyStatus(3)" {
		t.Fatalf("a status beyond the enum is named %q", KeyStatus(len(want)))
	}
	checkEnumOutput(t, "keyState", "KeyStatus")
}

// TestActionStatusMirrorsSolidity: ActionStatus has the Solidity enum's members in its order.
func TestActionStatusMirrorsSolidity(t *testing.T) {
	want := solidityEnum(t, "ActionStatus")
	var got []string
	for s := ActionNone; s <= ActionCancelled; s++ {
		got = append(got, s.String())
	}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("ActionStatus is %v, the Solidity enum %v", got, want)
	}
	checkEnumOutput(t, "actionState", "ActionStatus")
}
