// Package devkeys is the tests' one fixture of development proving keys (zkproof.DevSetup: deterministic for
// the property circuits, INSECURE by construction): made once per circuit build and machine, in the user's
// cache directory, and shared by every test binary that needs them, instead of each package running the
// setup (about ten seconds for readonlyroot, over a minute for snpreport).
//
// The cache key is the circuit's name, version and constraint-system hash, so a changed circuit gets new
// keys; zkproof.LoadKeys checks the files against the circuit on every load.
package devkeys

import (
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/vmattest/vmattest/internal/zkproof"
)

var (
	mu   sync.Mutex
	dirs = map[*zkproof.Circuit]string{}
)

// Dir returns the directory holding c's development keys, making them on first use. With -short it skips
// the test: the setup is the slow tier.
func Dir(t testing.TB, c *zkproof.Circuit) string {
	t.Helper()
	if testing.Short() {
		t.Skipf("-short: the %s development setup (zkproof.DevSetup) is slow", c.Name)
	}
	dir, err := Ensure(c)
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// Keys returns c's development keys, loaded from Dir.
func Keys(t testing.TB, c *zkproof.Circuit) *zkproof.Keys {
	t.Helper()
	k, err := zkproof.LoadKeys(Dir(t, c), c)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// Ensure returns the cache directory of c's development keys, running the setup when it holds none. Test
// binaries running at once may both run it; the first to finish publishes its keys (a directory rename),
// the other uses them.
func Ensure(c *zkproof.Circuit) (string, error) {
	mu.Lock()
	defer mu.Unlock()
	if d, ok := dirs[c]; ok {
		return d, nil
	}
	_, hash, err := c.Compile()
	if err != nil {
		return "", err
	}
	name := fmt.Sprintf("%s-v%d-%s", c.Name, c.Version, hex.EncodeToString(hash[:8]))
	root, err := cacheRoot()
	if err != nil {
		return "", err
	}
	dir := filepath.Join(root, name)
	if _, err := zkproof.LoadKeys(dir, c); err == nil {
		dirs[c] = dir
		return dir, nil
	}
	tmp, err := os.MkdirTemp(root, ".setup-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	k, err := zkproof.DevSetup(c)
	if err != nil {
		return "", err
	}
	if err := k.Write(tmp); err != nil {
		return "", err
	}
	if _, err := zkproof.LoadKeys(dir, c); err != nil {
		_ = os.RemoveAll(dir) // keys that do not load (an older format, a partial copy), if any
		if err := os.Rename(tmp, dir); err != nil {
			if _, lerr := zkproof.LoadKeys(dir, c); lerr != nil { // nor published by another test binary
				return "", err
			}
		}
	} // else another test binary published them meanwhile: use those
	dirs[c] = dir
	return dir, nil
}

// cacheRoot is VMATTEST_DEVKEYS_DIR, or vmattest/devkeys in the user's cache directory.
func cacheRoot() (string, error) {
	root := os.Getenv("VMATTEST_DEVKEYS_DIR")
	if root == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			return "", err
		}
		root = filepath.Join(base, "vmattest", "devkeys")
	}
	return root, os.MkdirAll(root, 0o755)
}
