package agentapi

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestOnlyTheAgentsStarterImportsItsServer: the agent's API has one owner, this package. Outside
// internal/agent, only the command that starts the agent (cmd/) imports the server package; every other
// caller (the oracle node above all) speaks to the agent through this package, so a wire format cannot drift
// between a server and a hand-made copy of it. Tests may start a real agent.
func TestOnlyTheAgentsStarterImportsItsServer(t *testing.T) {
	const server = "github.com/vmattest/vmattest/internal/agent"
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			switch {
			case rel == "node_modules", rel == "internal/agent", rel == "cmd", strings.HasPrefix(d.Name(), "."), d.Name() == "testdata":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, imp := range f.Imports {
			if path, _ := strconv.Unquote(imp.Path.Value); path == server {
				t.Errorf("%s imports the agent's server package %s; use internal/agentapi", rel, server)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
