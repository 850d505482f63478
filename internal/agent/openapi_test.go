package agent

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/vmattest/vmattest/internal/testsupport/apispec"
)

// This file checks docs/api.yaml (the OpenAPI description of the agent and node APIs) against the agent's
// handler: every documented agent route is served, every served route is documented, the documented
// request schemas' required and optional keys are the decoders', and the statuses the handler answers
// with are documented.

const specFile = "../../docs/api.yaml"

// apispec.Spec is the parsed OpenAPI document.
func TestOpenAPIAgentRoutes(t *testing.T) {
	spec := apispec.Load(t, specFile)
	ops := spec.Operations(t, "agent")
	spec.CheckErrorResponses(t, ops)
	documented := slices.Sorted(func(yield func(string) bool) {
		for k := range ops {
			if !yield(k) {
				return
			}
		}
	})

	// The routes the package registers are the documented ones.
	registered := apispec.RegisteredRoutes(t, ".")
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
		if !slices.Contains(o.Statuses(), w.Code) {
			t.Errorf("%s: status %d is not documented (%v): %s", k, w.Code, o.Statuses(), w.Body)
		}
		if w.Code >= 400 && w.Header().Get("Content-Type") != "application/json" {
			t.Errorf("%s: %d %q is not the handler's JSON error (no such route?): %s", k, w.Code, w.Header().Get("Content-Type"), w.Body)
		}
		secs, _ := o.Doc["security"].([]any)
		signed := method == http.MethodPost
		if got := len(secs) == 1 && apispec.Map(secs[0])["vmattestSignature"] != nil; got != signed {
			t.Errorf("%s: security %v, want vmattestSignature: %t", k, secs, signed)
		}
	}
	scheme := spec.Ref(map[string]any{"$ref": "#/components/securitySchemes/vmattestSignature"})
	if scheme["type"] != "apiKey" || scheme["in"] != "header" || scheme["name"] != SignatureHeader {
		t.Errorf("securityScheme vmattestSignature is not the %s header: %v", SignatureHeader, scheme)
	}

	// Every (method, path) the mux serves among the candidates is documented (HEAD is GET's).
	for _, p := range apispec.CandidatePaths(documented, nil) {
		for _, m := range apispec.ProbeMethods {
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
	spec := apispec.Load(t, specFile)
	ops := spec.Operations(t, "agent")
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
			required, optional, schema := spec.RequestSchema(t, o)
			if !slices.Equal(sortedCopy(required), sortedCopy(c.keys)) {
				t.Errorf("documented required keys %v, the decoder requires %v", required, c.keys)
			}
			if !slices.Equal(optional, sortedCopy(c.optKeys)) {
				t.Errorf("documented optional keys %v, the decoder's optional keys are %v", optional, c.optKeys)
			}
			st := o.Statuses()
			// The valid body's values match the documented patterns.
			valid := c.valid()
			for k, raw := range valid {
				var s string
				if json.Unmarshal(raw, &s) != nil {
					continue
				}
				if pat := spec.PropertyPattern(schema, k); pat != "" && !regexp.MustCompile(pat).MatchString(s) {
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
