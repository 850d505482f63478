package agent

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"net/http"
	"net/http/httptest"
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

// This file checks docs/api.yaml (the OpenAPI description of the agent and node APIs) against the agent's
// handler: every documented agent route is served, every served route is documented, the documented
// request schemas' required and optional keys are the decoders', and the statuses the handler answers
// with are documented.

const specFile = "../../docs/api.yaml"

// oaSpec is the parsed OpenAPI document.
type oaSpec map[string]any

func loadSpec(t *testing.T) oaSpec {
	t.Helper()
	data, err := os.ReadFile(specFile)
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]any // not oaSpec: yaml.v3 would decode nested maps as oaSpec too
	if err := yaml.Unmarshal(data, &raw); err != nil {
		t.Fatalf("%s: %v", specFile, err)
	}
	s := oaSpec(raw)
	if v, _ := s["openapi"].(string); !strings.HasPrefix(v, "3.0.") {
		t.Fatalf("%s: openapi %q, want 3.0.x", specFile, v)
	}
	return s
}

func oaMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

// ref resolves a local $ref ("#/components/...") in v, repeatedly.
func (s oaSpec) ref(v any) map[string]any {
	m := oaMap(v)
	for m != nil {
		r, ok := m["$ref"].(string)
		if !ok {
			return m
		}
		var cur any = map[string]any(s)
		for _, p := range strings.Split(strings.TrimPrefix(r, "#/"), "/") {
			cur = oaMap(cur)[p]
		}
		m = oaMap(cur)
	}
	return m
}

// oaOp is one documented operation.
type oaOp struct {
	key  string // "METHOD /real/path", as a ServeMux pattern
	item string // the path key in the document
	op   map[string]any
}

var oaMethods = []string{"get", "put", "post", "delete", "options", "head", "patch", "trace"}

// operations returns the operations of one server ("agent" or "node"), checking that each path item's
// key, x-vmattest-path, x-vmattest-server and tags agree.
func (s oaSpec) operations(t *testing.T, server string) map[string]oaOp {
	t.Helper()
	out := map[string]oaOp{}
	for key, v := range oaMap(s["paths"]) {
		item := oaMap(v)
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
		for _, m := range oaMethods {
			op := oaMap(item[m])
			if op == nil {
				continue
			}
			tags, _ := op["tags"].([]any)
			if len(tags) != 1 || tags[0] != server {
				t.Errorf("%s %s: tags %v, want [%s]", m, key, tags, server)
			}
			k := strings.ToUpper(m) + " " + real
			out[k] = oaOp{key: k, item: key, op: op}
		}
	}
	return out
}

// statuses returns the documented response codes of an operation.
func (o oaOp) statuses() []int {
	var out []int
	for k := range oaMap(o.op["responses"]) {
		c, err := strconv.Atoi(k)
		if err == nil {
			out = append(out, c)
		}
	}
	sort.Ints(out)
	return out
}

// checkErrorResponses checks that every non-2xx response of every operation is application/json with
// the Error schema.
func (s oaSpec) checkErrorResponses(t *testing.T, ops map[string]oaOp) {
	t.Helper()
	errSchema := s.ref(map[string]any{"$ref": "#/components/schemas/Error"})
	if req, _ := errSchema["required"].([]any); len(req) != 1 || req[0] != "error" || oaMap(oaMap(errSchema["properties"])["error"])["type"] != "string" {
		t.Errorf("schema Error is not {\"error\": string}: %v", errSchema)
	}
	for _, o := range ops {
		if len(o.statuses()) == 0 {
			t.Errorf("%s: no responses", o.key)
		}
		for code, r := range oaMap(o.op["responses"]) {
			if strings.HasPrefix(code, "2") {
				continue
			}
			schema := oaMap(oaMap(oaMap(s.ref(r)["content"])["application/json"])["schema"])
			if schema["$ref"] != "#/components/schemas/Error" {
				t.Errorf("%s %s: response is not application/json Error: %v", o.key, code, s.ref(r))
			}
		}
	}
}

// requestSchema returns the required and other property names of an operation's JSON body schema.
func (s oaSpec) requestSchema(t *testing.T, o oaOp) (required, optional []string, schema map[string]any) {
	t.Helper()
	schema = s.ref(oaMap(oaMap(oaMap(s.ref(o.op["requestBody"])["content"])["application/json"])["schema"]))
	if schema == nil {
		t.Fatalf("%s: no application/json request schema", o.key)
	}
	if schema["additionalProperties"] != false {
		t.Errorf("%s: request schema allows additional properties; the decoders refuse unknown keys", o.key)
	}
	req, _ := schema["required"].([]any)
	for _, r := range req {
		required = append(required, r.(string))
	}
	for p := range oaMap(schema["properties"]) {
		if !slices.Contains(required, p) {
			optional = append(optional, p)
		}
	}
	sort.Strings(optional)
	return required, optional, schema
}

// propertyPattern returns the pattern of a property, through $ref and allOf.
func (s oaSpec) propertyPattern(schema map[string]any, name string) string {
	p := s.ref(oaMap(schema["properties"])[name])
	if pat, ok := p["pattern"].(string); ok {
		return pat
	}
	all, _ := p["allOf"].([]any)
	for _, a := range all {
		if pat, ok := s.ref(a)["pattern"].(string); ok {
			return pat
		}
	}
	return ""
}

// registeredRoutes parses the package's non-test sources and returns the ServeMux patterns passed to
// HandleFunc/Handle: a string literal, or a literal + a package constant.
func registeredRoutes(t *testing.T, dir string) []string {
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
					if i < len(n.Values) {
						if lit, ok := n.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
							consts[name.Name], _ = strconv.Unquote(lit.Value)
						}
					}
				}
			case *ast.CallExpr:
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok && (sel.Sel.Name == "HandleFunc" || sel.Sel.Name == "Handle") && len(n.Args) == 2 {
					calls = append(calls, n)
				}
			}
			return true
		})
	}
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

// concretePath fills a path template's parameters with values.
func concretePath(tmpl string, values map[string]string) string {
	return regexp.MustCompile(`\{[a-z_]+\}`).ReplaceAllStringFunc(tmpl, func(p string) string { return values[p[1:len(p)-1]] })
}

// candidatePaths (of documented "METHOD /path" keys) are paths that a route could be served at that the document does not list: each
// documented path with a segment appended, its parents, and some usual names.
func candidatePaths(documented []string, values map[string]string) []string {
	set := map[string]bool{}
	for _, p := range []string{"/", "/v1", "/v1/", "/v2", "/health", "/ready", "/readyz", "/livez", "/status", "/version",
		"/debug/pprof/", "/openapi.yaml", "/v1/attestation", "/v1/proof", "/v1/vms", "/v1/vms/", "/v1/attestations/",
		"/v1/proofs/", "/v1/evidence/", "/v1/keys", "/v1/registration", "/v1/nodes", "/v1/config"} {
		set[p] = true
	}
	for _, d := range documented {
		_, d, _ = strings.Cut(d, " ")
		p := concretePath(d, values)
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

var probeMethods = []string{http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch,
	http.MethodDelete, http.MethodOptions}

func TestOpenAPIAgentRoutes(t *testing.T) {
	spec := loadSpec(t)
	ops := spec.operations(t, "agent")
	spec.checkErrorResponses(t, ops)
	documented := slices.Sorted(func(yield func(string) bool) {
		for k := range ops {
			if !yield(k) {
				return
			}
		}
	})

	// The routes the package registers are the documented ones.
	registered := registeredRoutes(t, ".")
	if !slices.Equal(registered, documented) {
		t.Errorf("routes registered in the source:\n  %v\ndocumented for the agent:\n  %v", registered, documented)
	}

	// Probe the real handler: every documented route is matched by the mux under its own pattern, and
	// the handler answers a documented status with a JSON error, not the mux's plain-text 404/405.
	e := newProofEnv(t, t.TempDir(), "")
	for _, k := range documented {
		o := ops[k]
		method, path, _ := strings.Cut(k, " ")
		req := httptest.NewRequest(method, path, strings.NewReader("{}"))
		if _, pattern := e.agent.mux.Handler(req); pattern != k {
			t.Errorf("%s: the mux matches pattern %q", k, pattern)
		}
		w := httptest.NewRecorder()
		e.agent.ServeHTTP(w, req)
		if !slices.Contains(o.statuses(), w.Code) {
			t.Errorf("%s: status %d is not documented (%v): %s", k, w.Code, o.statuses(), w.Body)
		}
		if w.Code >= 400 && w.Header().Get("Content-Type") != "application/json" {
			t.Errorf("%s: %d %q is not the handler's JSON error (no such route?): %s", k, w.Code, w.Header().Get("Content-Type"), w.Body)
		}
		secs, _ := o.op["security"].([]any)
		signed := method == http.MethodPost
		if got := len(secs) == 1 && oaMap(secs[0])["vmattestSignature"] != nil; got != signed {
			t.Errorf("%s: security %v, want vmattestSignature: %t", k, secs, signed)
		}
	}
	scheme := spec.ref(map[string]any{"$ref": "#/components/securitySchemes/vmattestSignature"})
	if scheme["type"] != "apiKey" || scheme["in"] != "header" || scheme["name"] != SignatureHeader {
		t.Errorf("securityScheme vmattestSignature is not the %s header: %v", SignatureHeader, scheme)
	}

	// Every (method, path) the mux serves among the candidates is documented (HEAD is GET's).
	for _, p := range candidatePaths(documented, nil) {
		for _, m := range probeMethods {
			req := httptest.NewRequest(m, p, nil)
			_, pattern := e.agent.mux.Handler(req)
			if pattern == "" {
				// Not served: check the mux's own answer is a 404 or 405, not a handler's.
				w := httptest.NewRecorder()
				e.agent.ServeHTTP(w, req)
				if w.Code != http.StatusNotFound && w.Code != http.StatusMethodNotAllowed {
					t.Errorf("%s %s: no pattern, but status %d", m, p, w.Code)
				}
				continue
			}
			dm := m
			if m == http.MethodHead {
				dm = http.MethodGet
			}
			if _, ok := ops[dm+" "+p]; !ok || pattern != dm+" "+p {
				t.Errorf("%s %s is served (pattern %q) but not documented", m, p, pattern)
			}
		}
	}
}

// sendSigned sends a body to a path signed by the env's node key.
func (e *env) sendSigned(path string, b []byte) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(b))
	req.Header.Set(SignatureHeader, e.sign(e.node, http.MethodPost, path, b))
	w := httptest.NewRecorder()
	e.agent.ServeHTTP(w, req)
	return w
}

func TestOpenAPIAgentRequests(t *testing.T) {
	spec := loadSpec(t)
	ops := spec.operations(t, "agent")
	e := newProofEnv(t, t.TempDir(), "")

	objectOf := func(b []byte) map[string]json.RawMessage {
		var m map[string]json.RawMessage
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	cases := []struct {
		route         string
		path          string
		keys, optKeys []string
		valid         func() map[string]json.RawMessage
	}{
		{"POST " + PathAttestations, PathAttestations, requestKeys, nil,
			func() map[string]json.RawMessage { return objectOf(body(e.request())) }},
		{"POST " + PathProofs, PathProofs, proofRequestKeys, proofRequestOptKeys,
			func() map[string]json.RawMessage {
				return objectOf(e.proofBody("goldendigest", fmt.Sprintf(`,"region":"config","golden":["0x%064x"]`, 1)))
			}},
	}
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			o, ok := ops[c.route]
			if !ok {
				t.Fatalf("%s is not documented", c.route)
			}
			required, optional, schema := spec.requestSchema(t, o)
			if !slices.Equal(sortedCopy(required), sortedCopy(c.keys)) {
				t.Errorf("documented required keys %v, the decoder requires %v", required, c.keys)
			}
			if !slices.Equal(optional, sortedCopy(c.optKeys)) {
				t.Errorf("documented optional keys %v, the decoder's optional keys are %v", optional, c.optKeys)
			}
			st := o.statuses()
			// The valid body's values match the documented patterns.
			valid := c.valid()
			for k, raw := range valid {
				var s string
				if json.Unmarshal(raw, &s) != nil {
					continue
				}
				if pat := spec.propertyPattern(schema, k); pat != "" && !regexp.MustCompile(pat).MatchString(s) {
					t.Errorf("field %q: valid value %q does not match the documented pattern %s", k, s, pat)
				}
			}
			// A body missing each documented required key is a 400 naming it.
			for _, k := range required {
				m := c.valid()
				delete(m, k)
				b, _ := json.Marshal(m)
				w := e.sendSigned(c.path, b)
				if w.Code != http.StatusBadRequest || !slices.Contains(st, w.Code) {
					t.Errorf("without %q: status %d: %s", k, w.Code, w.Body)
					continue
				}
				wantError(t, w, http.StatusBadRequest, fmt.Sprintf("field %q: missing", k))
			}
			// A key the document does not list is refused (additionalProperties: false).
			m := c.valid()
			m["undocumented"] = json.RawMessage(`1`)
			b, _ := json.Marshal(m)
			wantError(t, e.sendSigned(c.path, b), http.StatusBadRequest, `field "undocumented": unknown field`)
			// Unsigned: 401; a stranger's signature: 403; both documented.
			for _, k := range []*struct {
				sign bool
				code int
			}{{false, 401}, {true, 403}} {
				b, _ := json.Marshal(c.valid())
				req := httptest.NewRequest(http.MethodPost, c.path, bytes.NewReader(b))
				if k.sign {
					req.Header.Set(SignatureHeader, e.sign(mustKey(t, "stranger"), http.MethodPost, c.path, b))
				}
				w := httptest.NewRecorder()
				e.agent.ServeHTTP(w, req)
				if w.Code != k.code || !slices.Contains(st, w.Code) {
					t.Errorf("signed %t: status %d, want %d (documented %v)", k.sign, w.Code, k.code, st)
				}
			}
		})
	}
}

func sortedCopy(s []string) []string {
	out := slices.Clone(s)
	sort.Strings(out)
	return out
}
