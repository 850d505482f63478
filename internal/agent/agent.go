package agent

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/vmattest/vmattest/internal/httpjson"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vmattest/vmattest/internal/agentapi"
	"github.com/vmattest/vmattest/internal/collect"
	"github.com/vmattest/vmattest/internal/digest"
	"github.com/vmattest/vmattest/internal/enclave"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/subset"
	"github.com/vmattest/vmattest/internal/zkcommit"
)

// The API's paths and signature header, named here for the routes (the OpenAPI check reads them); agentapi
// owns them.
const (
	PathAttestations = agentapi.PathAttestations
	PathProofs       = agentapi.PathProofs
	PathEvidence     = agentapi.PathEvidence
	PathHealth       = agentapi.PathHealth
	PathMetrics      = agentapi.PathMetrics
	SignatureHeader  = agentapi.SignatureHeader
)

// The request bodies' keys, as agentapi's decoders take them.
var (
	requestKeys         = agentapi.RequestKeys
	proofRequestKeys    = agentapi.ProofRequestKeys
	proofRequestOptKeys = agentapi.ProofRequestOptKeys
)

// Deps are the agent's collaborators.
type Deps struct {
	// Signer is the attestation key: an *enclave.Key in production. Required.
	Signer protocol.Signer
	// Registration is the key's public registration, served at /v1/evidence. When nil and Signer has a
	// Registration() enclave.Registration method (as *enclave.Key has), that is used; otherwise
	// /v1/evidence answers 404 and responses carry no evidenceHash.
	Registration *enclave.Registration
	// Now is the agent's clock; nil means time.Now.
	Now func() time.Time
	// Logger receives JSON logs; nil means a JSON handler on stderr.
	Logger *slog.Logger
	// Collect tunes collection.
	Collect collect.Options
}

// Agent serves the agent API. It is an http.Handler.
type Agent struct {
	cfg     Config
	signer  protocol.Signer
	reg     *enclave.Registration
	regJSON []byte
	now     func() time.Time
	log     *slog.Logger
	copt    collect.Options
	allowed map[common.Address]bool
	nonces  *nonceCache
	metrics *metrics
	mux     *http.ServeMux

	vmLocks map[protocol.VMID]*sync.Mutex
	seqMu   sync.Mutex
	seq     map[protocol.VMID]uint64 // last used, loaded from the state dir on first use

	openMu   sync.Mutex
	openings map[protocol.VMSubset]*zkcommit.Opening

	zk *prover // POST /v1/proofs (proofs.go)
}

// New checks cfg and returns an agent. It creates the state directory (0700) when missing.
func New(cfg Config, d Deps) (*Agent, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if d.Signer == nil {
		return nil, errors.New("agent: a signer is required")
	}
	if err := ensureStateDirs(cfg.StateDir); err != nil {
		return nil, err
	}
	a := &Agent{
		cfg: cfg, signer: d.Signer, reg: d.Registration, now: d.Now, log: d.Logger, copt: d.Collect,
		allowed: map[common.Address]bool{}, nonces: newNonceCache(cfg.maxNonces()), metrics: newMetrics(),
		vmLocks: map[protocol.VMID]*sync.Mutex{}, seq: map[protocol.VMID]uint64{},
		openings: map[protocol.VMSubset]*zkcommit.Opening{}, zk: newProver(cfg.ZKKeysDir),
	}
	if a.now == nil {
		a.now = time.Now
	}
	if a.log == nil {
		a.log = slog.New(slog.NewJSONHandler(os.Stderr, nil))
	}
	if a.reg == nil {
		if rs, ok := d.Signer.(interface{ Registration() enclave.Registration }); ok {
			r := rs.Registration()
			a.reg = &r
		}
	}
	if a.reg != nil {
		if a.reg.Evidence == nil {
			return nil, errors.New("agent: registration has no evidence")
		}
		if got := a.reg.Binding.Address(); got != d.Signer.Address() {
			return nil, fmt.Errorf("agent: registration is for key %s, the signer is %s", got, d.Signer.Address())
		}
		data, err := json.Marshal(a.reg)
		if err != nil {
			return nil, fmt.Errorf("agent: failed to encode registration: %w", err)
		}
		a.regJSON = data
	}
	for _, n := range cfg.AllowedNodes {
		a.allowed[n] = true
	}
	for id := range cfg.VMs {
		a.vmLocks[id] = &sync.Mutex{}
	}
	a.mux = http.NewServeMux()
	a.mux.HandleFunc("POST "+PathAttestations, a.handleAttest)
	a.mux.HandleFunc("POST "+PathProofs, a.handleProof)
	a.mux.HandleFunc("GET "+PathEvidence, a.handleEvidence)
	a.mux.HandleFunc("GET "+PathHealth, func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok", "signer": a.signer.Address().Hex()})
	})
	a.mux.HandleFunc("GET "+PathMetrics, func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		a.metrics.write(w)
		a.zk.metrics.write(w)
	})
	return a, nil
}

// Opening returns the ZK opening of the latest committed attestation of (vm, subset), for proofs made in
// this process. It never leaves the agent through the API.
func (a *Agent) Opening(vm protocol.VMID, sid [protocol.HashSize]byte) (*zkcommit.Opening, bool) {
	a.openMu.Lock()
	defer a.openMu.Unlock()
	o, ok := a.openings[protocol.VMSubset{VM: vm, Subset: sid}]
	return o, ok
}

// ServeHTTP implements http.Handler.
func (a *Agent) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	sw := &httpjson.StatusWriter{ResponseWriter: w}
	defer func() {
		if v := recover(); v != nil {
			a.log.Error("panic in handler", "path", r.URL.Path, "panic", fmt.Sprint(v))
			if !sw.Wrote() {
				writeError(sw, http.StatusInternalServerError, "internal error")
			}
		}
		path := r.URL.Path
		switch path {
		case PathAttestations, PathProofs, PathEvidence, PathHealth, PathMetrics:
		default:
			path = "other"
		}
		a.metrics.request(path, sw.Status())
	}()
	a.mux.ServeHTTP(sw, r)
}

var (
	writeJSON  = httpjson.Write
	writeError = httpjson.Error
)

func (a *Agent) handleEvidence(w http.ResponseWriter, _ *http.Request) {
	if a.regJSON == nil {
		writeError(w, http.StatusNotFound, "this agent's key has no registration (no TEE evidence)")
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(a.regJSON)
}

// httpError is an answer with a status code and a message for the client.
type httpError struct {
	code int
	msg  string
}

func (e *httpError) Error() string { return e.msg }

func fail(code int, format string, args ...any) error {
	return &httpError{code: code, msg: fmt.Sprintf(format, args...)}
}

func (a *Agent) handleAttest(w http.ResponseWriter, r *http.Request) {
	start := a.now()
	resp, info, err := a.attest(w, r)
	attrs := []any{"node", info.node, "vmId", info.vm, "subsetId", info.subset, "hashAlg", info.alg,
		"elapsed", time.Since(start).String()}
	if err != nil {
		var he *httpError
		if !errors.As(err, &he) {
			a.log.Error("attestation failed", append(attrs, "error", err.Error())...)
			he = &httpError{code: http.StatusInternalServerError, msg: "internal error: " + err.Error()}
		} else {
			a.log.Warn("attestation request refused", append(attrs, "status", he.code, "error", he.msg)...)
		}
		writeError(w, he.code, he.msg)
		return
	}
	a.log.Info("attestation signed", append(attrs, "sequence", resp.Attestation.Sequence,
		"commit", resp.Attestation.ZKCommitment != [32]byte{})...)
	writeJSON(w, http.StatusOK, resp)
}

// reqInfo is what is logged of a request.
type reqInfo struct {
	node, vm, subset, alg string
}

func (a *Agent) attest(w http.ResponseWriter, r *http.Request) (*agentapi.AttestResponse, reqInfo, error) {
	var info reqInfo
	// 1-2. Body, bounded, and authentication: the node's signature over method, path and body.
	body, err := a.signedBody(w, r, &info)
	if err != nil {
		return nil, info, err
	}
	// 3. The request.
	req, err := agentapi.DecodeRequest(body)
	if err != nil {
		return nil, info, fail(http.StatusBadRequest, "%v", err)
	}
	info.vm, info.subset, info.alg = req.VMID.String(), fmt.Sprintf("0x%x", req.SubsetID), req.HashAlg.String()
	now := a.now()
	if err := a.checkTimestamp(req.Timestamp, now); err != nil {
		return nil, info, err
	}
	vm, m, err := a.lookupSubset(req.VMID, req.SubsetID)
	if err != nil {
		return nil, info, err
	}
	if !slices.Contains(vm.AllowedAlgs, req.HashAlg) {
		names := make([]string, len(vm.AllowedAlgs))
		for i, h := range vm.AllowedAlgs {
			names[i] = h.String()
		}
		return nil, info, fail(http.StatusBadRequest, "field \"hashAlg\": %s is not allowed for vm %s (allowed: %v)", req.HashAlg, req.VMID, names)
	}
	alg, err := digest.ByID(req.HashAlg)
	if err != nil {
		return nil, info, fail(http.StatusBadRequest, "field \"hashAlg\": %v", err)
	}
	// 4. Replay: the nonce is remembered until the request's timestamp leaves the window.
	if err := a.checkNonce(req.Nonce, req.Timestamp, now); err != nil {
		return nil, info, err
	}
	// 5. Collect, commit, sequence, sign, one request per VM at a time so that a VM's sequence numbers and
	// timestamps increase together.
	lock := a.vmLocks[req.VMID]
	lock.Lock()
	defer lock.Unlock()
	signed, res, err := a.collectAndSign(r.Context(), req, m, alg)
	if err != nil {
		return nil, info, err
	}
	out := &agentapi.AttestResponse{Attestation: signed, Signer: a.signer.Address(), Regions: make([]agentapi.RegionJSON, len(res.Regions))}
	if a.reg != nil {
		out.EvidenceHash = fmt.Sprintf("0x%x", a.reg.Evidence.Hash())
	}
	for i, rg := range res.Regions {
		out.Regions[i] = agentapi.RegionJSON{Name: rg.Name, Kind: rg.Kind, Length: rg.Length, Digest: fmt.Sprintf("0x%x", rg.Digest)}
	}
	return out, info, nil
}

func (a *Agent) collectAndSign(ctx context.Context, req agentapi.Request, m *subset.Manifest, alg digest.Algorithm) (protocol.SignedAttestation, *collect.Result, error) {
	if m.SaltedDigest && !req.Commit {
		return protocol.SignedAttestation{}, nil, fail(http.StatusBadRequest,
			"field \"commit\": subset 0x%x has a salted digest, which needs the ZK commitment (\"commit\": true)", req.SubsetID)
	}
	collectedAt := a.now()
	t0 := time.Now()
	res, err := collect.Collect(ctx, m, alg, a.copt)
	a.metrics.collected(time.Since(t0), err == nil)
	if err != nil {
		return protocol.SignedAttestation{}, nil, fmt.Errorf("collection of subset 0x%x failed: %w", req.SubsetID, err)
	}
	a.metrics.paused(res.Pauses)
	att := protocol.Attestation{
		VMID: req.VMID, SubsetID: req.SubsetID, HashAlg: req.HashAlg, StateDigest: res.Digest,
		Timestamp: uint64(collectedAt.Unix()),
	}
	if req.Commit {
		o, err := zkcommit.FromResult(req.VMID, res)
		if err != nil {
			return protocol.SignedAttestation{}, nil, fmt.Errorf("failed to commit to the collected state: %w", err)
		}
		if m.SaltedDigest {
			// The salt is drawn for this attestation and kept in the opening: the public digest alone
			// reveals nothing of the state.
			if o, err = o.WithRandomSalt(); err != nil {
				return protocol.SignedAttestation{}, nil, err
			}
			if att.StateDigest, err = o.PublicDigest(); err != nil {
				return protocol.SignedAttestation{}, nil, err
			}
		}
		// The opening is stored before anything is signed with its root: a signed commitment without its
		// opening could never be used in a proof.
		if err := o.Write(openingPath(a.cfg.StateDir, req.VMID, req.SubsetID)); err != nil {
			return protocol.SignedAttestation{}, nil, fmt.Errorf("failed to store the opening: %w", err)
		}
		a.openMu.Lock()
		a.openings[protocol.VMSubset{VM: req.VMID, Subset: req.SubsetID}] = o
		a.openMu.Unlock()
		att.ZKCommitment = o.Root()
	}
	seq, err := a.nextSequence(req.VMID)
	if err != nil {
		return protocol.SignedAttestation{}, nil, err
	}
	att.Sequence = seq
	signed, err := protocol.Sign(ctx, a.cfg.Domain, att, a.signer)
	if err != nil {
		return protocol.SignedAttestation{}, nil, err
	}
	a.metrics.signedOne()
	return signed, res, nil
}

// nextSequence takes the VM's next sequence number and stores it durably before returning it, so that no
// number is used twice, even across a crash or restart. A number taken for a signature that then fails is
// skipped: the verifier needs increasing numbers, not consecutive ones.
func (a *Agent) nextSequence(vm protocol.VMID) (uint64, error) {
	a.seqMu.Lock()
	defer a.seqMu.Unlock()
	last, ok := a.seq[vm]
	if !ok {
		var err error
		if last, err = loadSequence(a.cfg.StateDir, vm); err != nil {
			return 0, err
		}
	}
	if last >= protocol.MaxSequence {
		return 0, fmt.Errorf("vm %s has used every sequence number", vm)
	}
	if err := storeSequence(a.cfg.StateDir, vm, last+1); err != nil {
		return 0, fmt.Errorf("failed to store the sequence counter: %w", err)
	}
	a.seq[vm] = last + 1
	return last + 1, nil
}
