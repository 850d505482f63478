package oracle

import (
	"bytes"
	"context"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"log/slog"
	"math/big"
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
	"time"

	"gopkg.in/yaml.v3"

	"github.com/vmattest/vmattest/internal/outbox"
	"github.com/vmattest/vmattest/internal/protocol"
)

// This file checks docs/api.yaml (the OpenAPI description of the agent and node APIs) against the node's
// client API handler: every documented node route is served, every served route is documented, the
// documented request schema is the decoder's, and the statuses the handler answers with are documented.
// The helpers are the same as internal/agent/openapi_test.go's.

const specFile = "../docs/api.yaml"

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

// failingChain is a chain client whose every call fails: /readyz answers 503.
type failingChain struct{ ChainClient }

func (failingChain) ChainID(context.Context) (*big.Int, error) {
	return nil, errors.New("no chain in this test")
}

const (
	oaToken     = "openapi-token"
	oaSlowToken = "openapi-slow-token"
)

// newOpenAPINode is a node with an open outbox, one VM with one subset, two clients (one with a single
// request per ~1000 s) and no chain, and its client API; nothing is started.
func newOpenAPINode(t *testing.T) (*Node, *api, protocol.VMID, [32]byte) {
	t.Helper()
	box, err := outbox.Open(filepath.Join(t.TempDir(), "outbox.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = box.Close() })
	vm, sid := vmID(1), [32]byte{1}
	n := &Node{
		cfg: Config{MaxBody: 1024, Clients: []ClientConfig{
			{Name: "test", TokenSHA256: tokenHash(oaToken), RatePerSecond: 100, Burst: 100},
			{Name: "slow", TokenSHA256: tokenHash(oaSlowToken), RatePerSecond: 0.001, Burst: 1},
		}},
		log: slog.New(slog.NewJSONHandler(io.Discard, nil)), now: time.Now, metrics: newMetrics(),
		vms: map[protocol.VMID]*VMConfig{}, box: box, backend: failingChain{}, latest: map[subsetKey]outbox.ID{},
	}
	n.cfg.VMs = []VMConfig{{ID: vm, Subsets: [][32]byte{sid}, MaxAge: time.Hour}}
	n.vms[vm] = &n.cfg.VMs[0]
	return n, newAPI(n), vm, sid
}

func (a *api) oaDo(method, path, token string, body []byte) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, path, bytes.NewReader(body))
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	w := httptest.NewRecorder()
	a.ServeHTTP(w, req)
	return w
}

func TestOpenAPINodeRoutes(t *testing.T) {
	spec := loadSpec(t)
	ops := spec.operations(t, "node")
	spec.checkErrorResponses(t, ops)
	documented := slices.Sorted(func(yield func(string) bool) {
		for k := range ops {
			if !yield(k) {
				return
			}
		}
	})

	// The routes the package registers are the documented ones, and the catch-all "/" (no method),
	// which answers every other request 404 "no such endpoint".
	var registered []string
	for _, p := range registeredRoutes(t, ".") {
		if p != "/" {
			registered = append(registered, p)
		}
	}
	if !slices.Equal(registered, documented) {
		t.Errorf("routes registered in the source:\n  %v\ndocumented for the node:\n  %v", registered, documented)
	}

	// Probe the real handler with an unknown VM and attestation id: each documented route is matched
	// under its own pattern (not the catch-all), and answers a documented status that is not the
	// catch-all's 404.
	_, a, _, _ := newOpenAPINode(t)
	values := map[string]string{"vm_id": vmID(2).String(), "id": "0x" + strings.Repeat("ab", 32)}
	for _, k := range documented {
		o := ops[k]
		method, tmpl, _ := strings.Cut(k, " ")
		path := concretePath(tmpl, values)
		req := httptest.NewRequest(method, path, nil)
		if _, pattern := a.mux.Handler(req); pattern != k {
			t.Errorf("%s (%s): the mux matches pattern %q", k, path, pattern)
		}
		secs, _ := o.op["security"].([]any)
		bearer := strings.HasPrefix(tmpl, "/v1/")
		if got := len(secs) == 1 && oaMap(secs[0])["bearerToken"] != nil; got != bearer {
			t.Errorf("%s: security %v, want bearerToken: %t", k, secs, bearer)
		}
		token := ""
		if bearer {
			// Without a token: 401, documented.
			w := a.oaDo(method, path, "", nil)
			if w.Code != http.StatusUnauthorized || !slices.Contains(o.statuses(), w.Code) || w.Header().Get("WWW-Authenticate") == "" {
				t.Errorf("%s without a token: %d %v: %s", k, w.Code, w.Header(), w.Body)
			}
			token = oaToken
		}
		w := a.oaDo(method, path, token, nil)
		if !slices.Contains(o.statuses(), w.Code) {
			t.Errorf("%s: status %d is not documented (%v): %s", k, w.Code, o.statuses(), w.Body)
		}
		if strings.Contains(w.Body.String(), "no such endpoint") {
			t.Errorf("%s: answered by the catch-all: %s", k, w.Body)
		}
		if w.Code >= 400 && w.Header().Get("Content-Type") != "application/json" {
			t.Errorf("%s: %d is not a JSON error: %s", k, w.Code, w.Body)
		}
	}
	scheme := spec.ref(map[string]any{"$ref": "#/components/securitySchemes/bearerToken"})
	if scheme["type"] != "http" || scheme["scheme"] != "bearer" {
		t.Errorf("securityScheme bearerToken is not HTTP bearer: %v", scheme)
	}

	// Every (method, path) served among the candidates is documented (HEAD is GET's); the others go to
	// the catch-all.
	for _, p := range candidatePaths(documented, values) {
		for _, m := range probeMethods {
			req := httptest.NewRequest(m, p, nil)
			_, pattern := a.mux.Handler(req)
			if pattern == "/" {
				if w := a.oaDo(m, p, oaToken, nil); w.Code != http.StatusNotFound || !strings.Contains(w.Body.String(), "no such endpoint") {
					t.Errorf("%s %s: catch-all answered %d %s", m, p, w.Code, w.Body)
				}
				continue
			}
			dm := m
			if m == http.MethodHead {
				dm = http.MethodGet
			}
			method, _, _ := strings.Cut(pattern, " ")
			if _, ok := ops[pattern]; !ok || method != dm {
				t.Errorf("%s %s is served (pattern %q) but not documented", m, p, pattern)
			}
		}
	}
}

func TestOpenAPINodeRequests(t *testing.T) {
	spec := loadSpec(t)
	ops := spec.operations(t, "node")
	_, a, vm, _ := newOpenAPINode(t)
	const route = "POST " + PathAttest
	o, ok := ops[route]
	if !ok {
		t.Fatalf("%s is not documented", route)
	}
	if rb := spec.ref(o.op["requestBody"]); rb["required"] == true {
		t.Errorf("%s: the body is documented as required; the handler accepts an empty body", route)
	}
	// The documented keys are AttestRequest's, none required.
	required, optional, schema := spec.requestSchema(t, o)
	if len(required) != 0 || !slices.Equal(optional, []string{"subsetId"}) {
		t.Errorf("documented required %v, optional %v; want none, [subsetId]", required, optional)
	}
	if pat := spec.propertyPattern(schema, "subsetId"); pat == "" || !regexp.MustCompile(pat).MatchString("0x"+strings.Repeat("0a", 32)) ||
		regexp.MustCompile(pat).MatchString("0x0a") {
		t.Errorf("subsetId pattern %q", pat)
	}
	st := o.statuses()
	path := "/v1/vms/" + vm.String() + "/attest"
	for _, c := range []struct {
		name  string
		token string
		body  string
		code  int
		msg   string
	}{
		{"undocumented key", oaToken, `{"other":1}`, 400, "body"},
		{"malformed subsetId", oaToken, `{"subsetId":"0x12"}`, 400, `want 0x and 64 hex digits`},
		{"unknown subset", oaToken, `{"subsetId":"0x` + strings.Repeat("ee", 32) + `"}`, 404, "has no subset"},
		{"malformed vm id", oaToken, "", 400, "vm id"},
		{"too large", oaToken, `{"subsetId":"` + strings.Repeat(" ", 2000) + `"}`, 413, "body over"},
	} {
		p := path
		if c.name == "malformed vm id" {
			p = "/v1/vms/not-a-uuid/attest"
		}
		w := a.oaDo(http.MethodPost, p, c.token, []byte(c.body))
		if w.Code != c.code || !slices.Contains(st, w.Code) || !strings.Contains(w.Body.String(), c.msg) {
			t.Errorf("%s: %d %s, want %d (documented %v) %q", c.name, w.Code, w.Body, c.code, st, c.msg)
		}
	}
	// Rate limit: the slow client's second request is 429 with Retry-After, documented for every /v1 route.
	for k, o := range ops {
		method, tmpl, _ := strings.Cut(k, " ")
		if !strings.HasPrefix(tmpl, "/v1/") {
			continue
		}
		_, a, _, _ := newOpenAPINode(t)
		p := concretePath(tmpl, map[string]string{"vm_id": vmID(3).String(), "id": "0x" + strings.Repeat("00", 32)})
		a.oaDo(method, p, oaSlowToken, nil)
		w := a.oaDo(method, p, oaSlowToken, nil)
		if w.Code != http.StatusTooManyRequests || w.Header().Get("Retry-After") == "" || !slices.Contains(o.statuses(), w.Code) {
			t.Errorf("%s: rate limited answer %d %v (documented %v)", k, w.Code, w.Header(), o.statuses())
		}
	}
}
