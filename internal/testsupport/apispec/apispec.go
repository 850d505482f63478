// Package apispec checks an OpenAPI document (docs/api.yaml) against Go HTTP handlers in tests: it loads
// the document, lists each server's operations and their statuses and request schemas, and finds the
// routes a package registers on its ServeMux. It is test support, shared by the agent's and the node's
// OpenAPI tests.
package apispec

import (
	"go/ast"
	"go/parser"
	"go/token"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// Spec is a parsed OpenAPI document.
type Spec map[string]any

// Load parses the OpenAPI 3.0 document at specFile, failing t if it cannot.
func Load(t *testing.T, specFile string) Spec {
	t.Helper()
	data, err := os.ReadFile(specFile)
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]any // not Spec: yaml.v3 would decode nested maps as Spec too
	if err := yaml.Unmarshal(data, &raw); err != nil {
		t.Fatalf("%s: %v", specFile, err)
	}
	s := Spec(raw)
	if v, _ := s["openapi"].(string); !strings.HasPrefix(v, "3.0.") {
		t.Fatalf("%s: openapi %q, want 3.0.x", specFile, v)
	}
	return s
}

// Map returns v as a JSON-like object, or nil.
func Map(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

// Ref resolves a local $ref ("#/components/...") in v, repeatedly.
func (s Spec) Ref(v any) map[string]any {
	m := Map(v)
	for m != nil {
		r, ok := m["$ref"].(string)
		if !ok {
			return m
		}
		var cur any = map[string]any(s)
		for _, p := range strings.Split(strings.TrimPrefix(r, "#/"), "/") {
			cur = Map(cur)[p]
		}
		m = Map(cur)
	}
	return m
}

// Operation is one documented operation.
type Operation struct {
	Key  string // "METHOD /real/path", as a ServeMux pattern
	Item string // the path key in the document
	Doc  map[string]any
}

var methods = []string{"get", "put", "post", "delete", "options", "head", "patch", "trace"}

// Operations returns the operations of one server ("agent" or "node"), checking that each path item's
// key, x-vmattest-path, x-vmattest-server and tags agree.
func (s Spec) Operations(t *testing.T, server string) map[string]Operation {
	t.Helper()
	out := map[string]Operation{}
	for key, v := range Map(s["paths"]) {
		item := Map(v)
		srv, _ := item["x-vmattest-server"].(string)
		real, _ := item["x-vmattest-path"].(string)
		if srv != "agent" && srv != "node" {
			t.Errorf("path %s: x-vmattest-server %q", key, srv)
			continue
		}
		if key != "/"+srv+real {
			t.Errorf("path %s: key is not /%s + x-vmattest-path (%q)", key, srv, real)
		}
		if srv != server {
			continue
		}
		for _, m := range methods {
			op := Map(item[m])
			if op == nil {
				continue
			}
			tags, _ := op["tags"].([]any)
			if len(tags) != 1 || tags[0] != server {
				t.Errorf("%s %s: tags %v, want [%s]", m, key, tags, server)
			}
			k := strings.ToUpper(m) + " " + real
			out[k] = Operation{Key: k, Item: key, Doc: op}
		}
	}
	return out
}

// Statuses returns the documented response codes of an operation.
func (o Operation) Statuses() []int {
	var out []int
	for k := range Map(o.Doc["responses"]) {
		c, err := strconv.Atoi(k)
		if err == nil {
			out = append(out, c)
		}
	}
	sort.Ints(out)
	return out
}

// CheckErrorResponses checks that every non-2xx response of every operation is application/json with
// the Error schema.
func (s Spec) CheckErrorResponses(t *testing.T, ops map[string]Operation) {
	t.Helper()
	errSchema := s.Ref(map[string]any{"$ref": "#/components/schemas/Error"})
	if req, _ := errSchema["required"].([]any); len(req) != 1 || req[0] != "error" || Map(Map(errSchema["properties"])["error"])["type"] != "string" {
		t.Errorf("schema Error is not {\"error\": string}: %v", errSchema)
	}
	for _, o := range ops {
		if len(o.Statuses()) == 0 {
			t.Errorf("%s: no responses", o.Key)
		}
		for code, r := range Map(o.Doc["responses"]) {
			if strings.HasPrefix(code, "2") {
				continue
			}
			schema := Map(Map(Map(s.Ref(r)["content"])["application/json"])["schema"])
			if schema["$ref"] != "#/components/schemas/Error" {
				t.Errorf("%s %s: response is not application/json Error: %v", o.Key, code, s.Ref(r))
			}
		}
	}
}

// RequestSchema returns the required and other property names of an operation's JSON body schema.
func (s Spec) RequestSchema(t *testing.T, o Operation) (required, optional []string, schema map[string]any) {
	t.Helper()
	schema = s.Ref(Map(Map(Map(s.Ref(o.Doc["requestBody"])["content"])["application/json"])["schema"]))
	if schema == nil {
		t.Fatalf("%s: no application/json request schema", o.Key)
	}
	if schema["additionalProperties"] != false {
		t.Errorf("%s: request schema allows additional properties; the decoders refuse unknown keys", o.Key)
	}
	req, _ := schema["required"].([]any)
	for _, r := range req {
		required = append(required, r.(string))
	}
	for p := range Map(schema["properties"]) {
		if !slices.Contains(required, p) {
			optional = append(optional, p)
		}
	}
	sort.Strings(optional)
	return required, optional, schema
}

// PropertyPattern returns the pattern of a property, through $ref and allOf.
func (s Spec) PropertyPattern(schema map[string]any, name string) string {
	p := s.Ref(Map(schema["properties"])[name])
	if pat, ok := p["pattern"].(string); ok {
		return pat
	}
	all, _ := p["allOf"].([]any)
	for _, a := range all {
		if pat, ok := s.Ref(a)["pattern"].(string); ok {
			return pat
		}
	}
	return ""
}

// RegisteredRoutes parses the package's non-test sources and returns the ServeMux patterns passed to
// HandleFunc/Handle: a string literal, or a literal + a string constant of the package. A constant may be
// defined as another package's constant of this module (PathX = api.PathX), as servers name the paths of
// the API package that owns them.
func RegisteredRoutes(t *testing.T, dir string) []string {
	t.Helper()
	consts, calls := parseConsts(t, dir, true)
	var eval func(e ast.Expr) string
	eval = func(e ast.Expr) string {
		switch e := e.(type) {
		case *ast.BasicLit:
			s, _ := strconv.Unquote(e.Value)
			return s
		case *ast.Ident:
			v, ok := consts[e.Name]
			if !ok {
				t.Fatalf("route pattern uses %s, not a string constant of the package", e.Name)
			}
			return v
		case *ast.BinaryExpr:
			if e.Op == token.ADD {
				return eval(e.X) + eval(e.Y)
			}
		}
		t.Fatalf("route pattern %T is not a literal + constant", e)
		return ""
	}
	var out []string
	for _, c := range calls {
		out = append(out, eval(c.Args[0]))
	}
	sort.Strings(out)
	return out
}

// parseConsts returns the string constants of the package in dir (defined by a literal, or by a constant of
// another package of this module, resolved once) and, when withCalls, its HandleFunc/Handle calls.
func parseConsts(t *testing.T, dir string, withCalls bool) (map[string]string, []*ast.CallExpr) {
	t.Helper()
	fset := token.NewFileSet()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	consts := map[string]string{}
	var calls []*ast.CallExpr
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(af, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if i >= len(n.Values) {
						continue
					}
					switch v := n.Values[i].(type) {
					case *ast.BasicLit:
						if v.Kind == token.STRING {
							consts[name.Name], _ = strconv.Unquote(v.Value)
						}
					case *ast.SelectorExpr:
						if s, ok := importedConst(t, dir, af, v); ok {
							consts[name.Name] = s
						}
					}
				}
			case *ast.CallExpr:
				if sel, ok := n.Fun.(*ast.SelectorExpr); withCalls && ok && (sel.Sel.Name == "HandleFunc" || sel.Sel.Name == "Handle") && len(n.Args) == 2 {
					calls = append(calls, n)
				}
			}
			return true
		})
	}
	return consts, calls
}

// importedConst resolves pkg.Name, where pkg is an import of file af from this module, to the string
// constant it names.
func importedConst(t *testing.T, dir string, af *ast.File, sel *ast.SelectorExpr) (string, bool) {
	x, ok := sel.X.(*ast.Ident)
	if !ok {
		return "", false
	}
	root, module := moduleOf(t, dir)
	for _, imp := range af.Imports {
		p, _ := strconv.Unquote(imp.Path.Value)
		name := filepath.Base(p)
		if imp.Name != nil {
			name = imp.Name.Name
		}
		rel, ok := strings.CutPrefix(p, module+"/")
		if name != x.Name || !ok {
			continue
		}
		consts, _ := parseConsts(t, filepath.Join(root, filepath.FromSlash(rel)), false)
		s, ok := consts[sel.Sel.Name]
		return s, ok
	}
	return "", false
}

// moduleOf returns the directory of the go.mod above dir and its module path.
func moduleOf(t *testing.T, dir string) (root, module string) {
	t.Helper()
	root, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	for {
		data, err := os.ReadFile(filepath.Join(root, "go.mod"))
		if err == nil {
			for _, line := range strings.Split(string(data), "\n") {
				if m, ok := strings.CutPrefix(strings.TrimSpace(line), "module "); ok {
					return root, strings.TrimSpace(m)
				}
			}
			t.Fatalf("%s/go.mod has no module line", root)
		}
		parent := filepath.Dir(root)
		if parent == root {
			t.Fatalf("no go.mod above %s", dir)
		}
		root = parent
	}
}

// ConcretePath fills a path template's parameters with values.
func ConcretePath(tmpl string, values map[string]string) string {
	return regexp.MustCompile(`\{[a-z_]+\}`).ReplaceAllStringFunc(tmpl, func(p string) string { return values[p[1:len(p)-1]] })
}

// CandidatePaths (of documented "METHOD /path" keys) are paths that a route could be served at that the document does not list: each
// documented path with a segment appended, its parents, and some usual names.
func CandidatePaths(documented []string, values map[string]string) []string {
	set := map[string]bool{}
	for _, p := range []string{"/", "/v1", "/v1/", "/v2", "/health", "/ready", "/readyz", "/livez", "/status", "/version",
		"/debug/pprof/", "/openapi.yaml", "/v1/attestation", "/v1/proof", "/v1/vms", "/v1/vms/", "/v1/attestations/",
		"/v1/proofs/", "/v1/evidence/", "/v1/keys", "/v1/registration", "/v1/nodes", "/v1/config"} {
		set[p] = true
	}
	for _, d := range documented {
		_, d, _ = strings.Cut(d, " ")
		p := ConcretePath(d, values)
		set[p] = true
		set[p+"/"] = true
		set[p+"/x"] = true
		for i := strings.LastIndex(p, "/"); i > 0; i = strings.LastIndex(p[:i], "/") {
			set[p[:i]] = true
		}
	}
	out := make([]string, 0, len(set))
	for p := range set {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// ProbeMethods are the methods tried against candidate paths to find undocumented routes.
var ProbeMethods = []string{http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch,
	http.MethodDelete, http.MethodOptions}
