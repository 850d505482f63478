package oracle

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vmattest/vmattest/internal/outbox"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/testsupport/apispec"
)

// This file checks docs/api.yaml (the OpenAPI description of the agent and node APIs) against the node's
// client API handler: every documented node route is served, every served route is documented, the
// documented request schema is the decoder's, and the statuses the handler answers with are documented.
// The helpers are the same as internal/agent/openapi_test.go's.

const specFile = "../docs/api.yaml"

// apispec.Spec is the parsed OpenAPI document.
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
		vms: map[protocol.VMID]*VMConfig{}, box: box, backend: failingChain{}, latest: map[protocol.VMSubset]outbox.ID{},
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
	spec := apispec.Load(t, specFile)
	ops := spec.Operations(t, "node")
	spec.CheckErrorResponses(t, ops)
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
	for _, p := range apispec.RegisteredRoutes(t, ".") {
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
		path := apispec.ConcretePath(tmpl, values)
		req := httptest.NewRequest(method, path, nil)
		if _, pattern := a.mux.Handler(req); pattern != k {
			t.Errorf("%s (%s): the mux matches pattern %q", k, path, pattern)
		}
		secs, _ := o.Doc["security"].([]any)
		bearer := strings.HasPrefix(tmpl, "/v1/")
		if got := len(secs) == 1 && apispec.Map(secs[0])["bearerToken"] != nil; got != bearer {
			t.Errorf("%s: security %v, want bearerToken: %t", k, secs, bearer)
		}
		token := ""
		if bearer {
			// Without a token: 401, documented.
			w := a.oaDo(method, path, "", nil)
			if w.Code != http.StatusUnauthorized || !slices.Contains(o.Statuses(), w.Code) || w.Header().Get("WWW-Authenticate") == "" {
				t.Errorf("%s without a token: %d %v: %s", k, w.Code, w.Header(), w.Body)
			}
			token = oaToken
		}
		w := a.oaDo(method, path, token, nil)
		if !slices.Contains(o.Statuses(), w.Code) {
			t.Errorf("%s: status %d is not documented (%v): %s", k, w.Code, o.Statuses(), w.Body)
		}
		if strings.Contains(w.Body.String(), "no such endpoint") {
			t.Errorf("%s: answered by the catch-all: %s", k, w.Body)
		}
		if w.Code >= 400 && w.Header().Get("Content-Type") != "application/json" {
			t.Errorf("%s: %d is not a JSON error: %s", k, w.Code, w.Body)
		}
	}
	scheme := spec.Ref(map[string]any{"$ref": "#/components/securitySchemes/bearerToken"})
	if scheme["type"] != "http" || scheme["scheme"] != "bearer" {
		t.Errorf("securityScheme bearerToken is not HTTP bearer: %v", scheme)
	}

	// Every (method, path) served among the candidates is documented (HEAD is GET's); the others go to
	// the catch-all.
	for _, p := range apispec.CandidatePaths(documented, values) {
		for _, m := range apispec.ProbeMethods {
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
	spec := apispec.Load(t, specFile)
	ops := spec.Operations(t, "node")
	_, a, vm, _ := newOpenAPINode(t)
	const route = "POST " + PathAttest
	o, ok := ops[route]
	if !ok {
		t.Fatalf("%s is not documented", route)
	}
	if rb := spec.Ref(o.Doc["requestBody"]); rb["required"] == true {
		t.Errorf("%s: the body is documented as required; the handler accepts an empty body", route)
	}
	// The documented keys are AttestRequest's, none required.
	required, optional, schema := spec.RequestSchema(t, o)
	if len(required) != 0 || !slices.Equal(optional, []string{"subsetId"}) {
		t.Errorf("documented required %v, optional %v; want none, [subsetId]", required, optional)
	}
	if pat := spec.PropertyPattern(schema, "subsetId"); pat == "" || !regexp.MustCompile(pat).MatchString("0x"+strings.Repeat("0a", 32)) ||
		regexp.MustCompile(pat).MatchString("0x0a") {
		t.Errorf("subsetId pattern %q", pat)
	}
	st := o.Statuses()
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
		p := apispec.ConcretePath(tmpl, map[string]string{"vm_id": vmID(3).String(), "id": "0x" + strings.Repeat("00", 32)})
		a.oaDo(method, p, oaSlowToken, nil)
		w := a.oaDo(method, p, oaSlowToken, nil)
		if w.Code != http.StatusTooManyRequests || w.Header().Get("Retry-After") == "" || !slices.Contains(o.Statuses(), w.Code) {
			t.Errorf("%s: rate limited answer %d %v (documented %v)", k, w.Code, w.Header(), o.Statuses())
		}
	}
}
