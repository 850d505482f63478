package oracle

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/vmattest/vmattest/internal/httpjson"
	"github.com/vmattest/vmattest/internal/outbox"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/strictjson"
	"github.com/vmattest/vmattest/oracle/nodeapi"
)

// The API's paths, named here for the routes (the OpenAPI check reads them); nodeapi owns them.
const (
	PathAttest      = nodeapi.PathAttest
	PathAttestation = nodeapi.PathAttestation
	PathVM          = nodeapi.PathVM
	PathHealth      = nodeapi.PathHealth
	PathReady       = nodeapi.PathReady
	PathMetrics     = nodeapi.PathMetrics
)

type client struct {
	name  string
	hash  [32]byte
	rate  float64
	burst float64

	mu     sync.Mutex
	tokens float64
	last   time.Time
}

// allow takes one token from the client's bucket.
func (c *client) allow(now time.Time) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.last.IsZero() {
		c.tokens = c.burst
	} else {
		c.tokens = min(c.burst, c.tokens+now.Sub(c.last).Seconds()*c.rate)
	}
	c.last = now
	if c.tokens < 1 {
		return false
	}
	c.tokens--
	return true
}

type api struct {
	n       *Node
	mux     *http.ServeMux
	clients []*client
}

func newAPI(n *Node) *api {
	a := &api{n: n, mux: http.NewServeMux()}
	for _, c := range n.cfg.Clients {
		cl := &client{name: c.Name, rate: c.RatePerSecond, burst: float64(c.Burst)}
		b, _ := hex.DecodeString(c.TokenSHA256) // checked by Config.Check
		copy(cl.hash[:], b)
		a.clients = append(a.clients, cl)
	}
	a.mux.HandleFunc("POST "+PathAttest, a.auth(a.handleAttest))
	a.mux.HandleFunc("GET "+PathAttestation, a.auth(a.handleGetAttestation))
	a.mux.HandleFunc("GET "+PathVM, a.auth(a.handleVM))
	a.mux.HandleFunc("GET "+PathHealth, func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	a.mux.HandleFunc("GET "+PathReady, a.handleReady)
	a.mux.HandleFunc("GET "+PathMetrics, a.handleMetrics)
	a.mux.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) { writeError(w, http.StatusNotFound, "no such endpoint") })
	return a
}

func (a *api) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	sw := &httpjson.StatusWriter{ResponseWriter: w}
	a.mux.ServeHTTP(sw, r)
	a.n.metrics.api(sw.Status())
}

// ErrorResponse is the body of every error answer.
type ErrorResponse = httpjson.ErrorResponse

var (
	writeJSON  = httpjson.Write
	writeError = httpjson.Error
)

type clientKey struct{}

// auth checks the bearer token (its SHA-256 against every client's, in constant time) and the client's
// rate limit.
func (a *api) auth(h func(http.ResponseWriter, *http.Request, *client)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || tok == "" {
			w.Header().Set("WWW-Authenticate", `Bearer realm="vmattest"`)
			writeError(w, http.StatusUnauthorized, "missing bearer token (Authorization: Bearer <token>)")
			return
		}
		sum := sha256.Sum256([]byte(tok))
		var found *client
		for _, c := range a.clients {
			if subtle.ConstantTimeCompare(sum[:], c.hash[:]) == 1 {
				found = c
			}
		}
		if found == nil {
			w.Header().Set("WWW-Authenticate", `Bearer realm="vmattest", error="invalid_token"`)
			writeError(w, http.StatusUnauthorized, "invalid bearer token")
			return
		}
		if !found.allow(a.n.now()) {
			w.Header().Set("Retry-After", fmt.Sprint(max(1, int(1/found.rate))))
			writeError(w, http.StatusTooManyRequests, "rate limit exceeded")
			return
		}
		h(w, r, found)
	}
}

func (a *api) vm(w http.ResponseWriter, r *http.Request) (*VMConfig, bool) {
	id, err := protocol.ParseVMID(r.PathValue("vm_id"))
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("vm id: %v", err))
		return nil, false
	}
	vm, ok := a.n.vms[id]
	if !ok {
		writeError(w, http.StatusNotFound, fmt.Sprintf("unknown vm %s", id))
		return nil, false
	}
	return vm, true
}

func (a *api) handleAttest(w http.ResponseWriter, r *http.Request, c *client) {
	vm, ok := a.vm(w, r)
	if !ok {
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, a.n.cfg.MaxBody))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("body over %d bytes", a.n.cfg.MaxBody))
			return
		}
		writeError(w, http.StatusBadRequest, "reading the body failed")
		return
	}
	subsets, status, msg := parseAttestBody(body, vm)
	if status != 0 {
		writeError(w, status, msg)
		return
	}
	ctx, cancel := a.n.ctx()
	defer cancel()
	ctx, cancel2 := context.WithCancel(ctx)
	defer cancel2()
	go func() {
		select {
		case <-r.Context().Done():
			cancel2()
		case <-ctx.Done():
		}
	}()
	var resp nodeapi.AttestResponse
	for _, s := range subsets {
		rec, err := a.n.collect(ctx, vm, s, "api:"+c.name)
		if err != nil {
			var re *RejectError
			code := http.StatusInternalServerError
			if errors.As(err, &re) {
				code = http.StatusBadGateway
			}
			writeError(w, code, fmt.Sprintf("subset 0x%x: %v", s, err))
			return
		}
		if vm.Quorum != nil {
			if v := a.n.quorums.vote(protocol.VMSubset{VM: vm.ID, Subset: s}); v != nil {
				resp.Votes = append(resp.Votes, voteStatus("own", vm.ExpectedKey, *v))
			}
			continue
		}
		resp.IDs = append(resp.IDs, rec.ID)
	}
	if resp.IDs == nil {
		resp.IDs = []outbox.ID{}
	}
	writeJSON(w, http.StatusAccepted, resp)
}

func recordResponse(r outbox.Record) nodeapi.AttestationResponse {
	out := nodeapi.AttestationResponse{ID: r.ID, State: r.State.String(), FailReason: r.FailReason, Attestation: r.Attestation,
		CreatedAt: r.CreatedAt, UpdatedAt: r.UpdatedAt}
	if s := r.Submission; s != nil {
		out.TxHash = &s.TxHash
	}
	if c := r.Confirmation; c != nil {
		out.TxHash, out.BlockNumber, out.BlockHash = &c.TxHash, &c.BlockNumber, &c.BlockHash
	}
	return out
}

func (a *api) handleGetAttestation(w http.ResponseWriter, r *http.Request, _ *client) {
	id, err := outbox.ParseID(r.PathValue("id"))
	if err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("attestation id: %v", err))
		return
	}
	rec, err := a.n.box.Get(id)
	if errors.Is(err, outbox.ErrNotFound) {
		writeError(w, http.StatusNotFound, fmt.Sprintf("unknown attestation %s", id))
		return
	}
	if err != nil {
		writeError(w, http.StatusInternalServerError, "outbox read failed")
		a.n.log.Error("outbox Get failed", "error", err.Error())
		return
	}
	writeJSON(w, http.StatusOK, recordResponse(rec))
}

func (a *api) handleVM(w http.ResponseWriter, r *http.Request, _ *client) {
	vm, ok := a.vm(w, r)
	if !ok {
		return
	}
	ctx := r.Context()
	out := nodeapi.VMResponse{VMID: vm.ID.String()}
	for _, s := range vm.Subsets {
		st := nodeapi.SubsetStatus{SubsetID: s, MaxAge: uint64(vm.MaxAge / time.Second)}
		if id, ok := a.n.latestID(vm.ID, s); ok {
			if rec, err := a.n.box.Get(id); err == nil {
				rr := recordResponse(rec)
				st.Latest = &rr
			}
		}
		rec, err := a.n.latestOnChain(ctx, vm.ID, s)
		if err == nil {
			if rec.Sequence > 0 {
				st.OnChain = &nodeapi.OnChainRecord{StateDigest: rec.StateDigest, ZKCommitment: rec.ZkCommitment, Signer: rec.Signer,
					Timestamp: rec.Timestamp, Sequence: rec.Sequence, HashAlg: protocol.HashAlg(rec.HashAlg).String()}
			}
			st.IsFresh, err = a.n.verifier().IsFresh(ctx, vm.ID, s, st.MaxAge)
		}
		if err != nil {
			st.Error = "chain read failed: " + err.Error()
		}
		if vm.Quorum != nil {
			k := protocol.VMSubset{VM: vm.ID, Subset: s}
			st.Vote = a.n.quorums.vote(k)
			qs := a.n.quorums.statusOf(k)
			st.Quorum = &qs
		}
		out.Subsets = append(out.Subsets, st)
	}
	for i := range vm.Properties {
		out.Properties = append(out.Properties, a.n.propertyStatus(ctx, vm, i))
	}
	writeJSON(w, http.StatusOK, out)
}

func (a *api) handleReady(w http.ResponseWriter, r *http.Request) {
	if _, err := a.n.box.Stats(); err != nil {
		writeError(w, http.StatusServiceUnavailable, "outbox not readable")
		return
	}
	if err := a.n.checkChainID(r.Context()); err != nil {
		writeError(w, http.StatusServiceUnavailable, "chain: "+err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
}

func (a *api) handleMetrics(w http.ResponseWriter, _ *http.Request) {
	stats, err := a.n.box.Stats()
	if err != nil {
		stats = nil
	}
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	a.n.metrics.write(w, stats)
}

// parseAttestBody decodes the optional body of POST /v1/vms/{vm_id}/attest: empty (all of vm's subsets) or
// {"subsetId": "0x…"} naming one of them. On a bad body it returns the HTTP status and the message.
func parseAttestBody(body []byte, vm *VMConfig) (subsets [][32]byte, status int, msg string) {
	if len(bytes.TrimSpace(body)) == 0 {
		return vm.Subsets, 0, ""
	}
	var req nodeapi.AttestRequest
	if err := strictjson.Decode(body, &req); err != nil {
		return nil, http.StatusBadRequest, fmt.Sprintf("body: want {\"subsetId\": \"0x…\"} or nothing: %v", err)
	}
	if req.SubsetID == "" {
		return vm.Subsets, 0, ""
	}
	var s [32]byte
	if err := strictjson.Hex(req.SubsetID, s[:]); err != nil {
		return nil, http.StatusBadRequest, "field \"subsetId\": want 0x and 64 hex digits"
	}
	for _, x := range vm.Subsets {
		if x == s {
			return [][32]byte{s}, 0, ""
		}
	}
	return nil, http.StatusNotFound, fmt.Sprintf("vm %s has no subset %s", vm.ID, req.SubsetID)
}
