package agent

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"sort"
	"sync"
	"time"

	"github.com/vmattest/vmattest/internal/agentapi"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/zkcommit"
	"github.com/vmattest/vmattest/internal/zkproof"
)

// POST /v1/proofs proves a property of the state the agent LATEST committed to for (vmId, subsetId): the
// opening of the last attestation requested with "commit": true. The opening never leaves the agent; the
// answer is a zkproof.Proof whose commitment (public input 0) is that attestation's zkCommitment.
//
// The request is signed, allow-listed, windowed and replay-protected exactly as an attestation request
// (the two share the nonce cache). Its body is one JSON object:
//
//	{
//	  "vmId":      "0b5e9a52-…",              UUID
//	  "subsetId":  "0x…",                     32 bytes of hex
//	  "property":  "readonlyroot",            readonlyroot | goldendigest (zkproof.Lookup)
//	  "region":    "config",                  goldendigest only (required there, refused otherwise)
//	  "golden":    ["0x…", …],                goldendigest only: 1..1024 distinct 32-byte digests
//	  "timestamp": 1767225600,
//	  "nonce":     "0x…"                      16 bytes of hex
//	}
//
// Answers: 200 {"proof": <zkproof.Proof JSON>, "commitment": "0x…", "property": "…"}; 404 "proofs not
// configured" (Config.ZKKeysDir empty), unknown VM or subset, or no commitment yet for (vmId, subsetId);
// 422 the committed state does not have the property (the prover's reason, e.g. "/" is read-write, or the
// region's digest is not golden); 400, 401, 403, 409, 413, 503 as for attestations; 500 keys that cannot
// be loaded or a proving failure.

// prover is the agent's proof state: the keys directory, the keys loaded so far, the proving slot and
// the proof metrics.
type prover struct {
	dir  string
	mu   sync.Mutex // held while loading keys: a property's keys are loaded once
	keys map[string]*zkproof.Keys
	// slot serializes proving: one proof already uses every core.
	slot    chan struct{}
	metrics proofMetrics
}

func newProver(dir string) *prover {
	return &prover{dir: dir, keys: map[string]*zkproof.Keys{}, slot: make(chan struct{}, 1),
		metrics: proofMetrics{generated: map[string]uint64{}, refused: map[string]uint64{}}}
}

// keysFor returns p's keys, loading them on first use. A failed load is not remembered: it is tried again
// on the next request (the operator may have fixed the directory).
func (a *Agent) keysFor(p *zkproof.Property) (*zkproof.Keys, error) {
	z := a.zk
	z.mu.Lock()
	defer z.mu.Unlock()
	if k, ok := z.keys[p.Name]; ok {
		return k, nil
	}
	k, err := zkproof.LoadKeys(z.dir, p.Circuit)
	if err != nil {
		return nil, fmt.Errorf("failed to load the %s proving keys from %s: %w", p.Name, z.dir, err)
	}
	if k.Setup == zkproof.SetupDevInsecure {
		a.log.Warn("proving with development keys", "property", p.Name, "warning", zkproof.InsecureWarning)
	}
	z.keys[p.Name] = k
	return k, nil
}

// latestOpening returns the opening of the latest committed attestation of (vm, sid): the one in memory,
// else the one stored in the state directory (after a restart).
func (a *Agent) latestOpening(vm protocol.VMID, sid [protocol.HashSize]byte) (*zkcommit.Opening, error) {
	if o, ok := a.Opening(vm, sid); ok {
		return o, nil
	}
	o, err := zkcommit.LoadOpening(openingPath(a.cfg.StateDir, vm, sid))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fail(http.StatusNotFound, "no commitment for this VM and subset: request an attestation with commit=true first")
	}
	if err != nil {
		return nil, fmt.Errorf("failed to load the stored opening: %w", err)
	}
	if o.SubsetID() != sid {
		return nil, fmt.Errorf("the stored opening is for subset 0x%x, not 0x%x", o.SubsetID(), sid)
	}
	// An attestation made meanwhile has stored a newer opening in memory: that one is the latest.
	a.openMu.Lock()
	defer a.openMu.Unlock()
	k := protocol.VMSubset{VM: vm, Subset: sid}
	if cur, ok := a.openings[k]; ok {
		return cur, nil
	}
	a.openings[k] = o
	return o, nil
}

func (a *Agent) handleProof(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	resp, info, err := a.proof(w, r)
	attrs := []any{"node", info.node, "vmId", info.vm, "subsetId", info.subset, "property", info.alg,
		"elapsed", time.Since(start).String()}
	if err != nil {
		var he *httpError
		if !errors.As(err, &he) {
			a.log.Error("proof failed", append(attrs, "error", err.Error())...)
			he = &httpError{code: http.StatusInternalServerError, msg: "internal error: " + err.Error()}
		} else {
			a.log.Warn("proof request refused", append(attrs, "status", he.code, "error", he.msg)...)
		}
		writeError(w, he.code, he.msg)
		return
	}
	a.log.Info("proof generated", append(attrs, "commitment", resp.Commitment)...)
	writeJSON(w, http.StatusOK, resp)
}

// proof serves POST /v1/proofs. info.alg holds the property name for the log.
func (a *Agent) proof(w http.ResponseWriter, r *http.Request) (*agentapi.ProofResponse, reqInfo, error) {
	var info reqInfo
	if a.zk.dir == "" {
		return nil, info, fail(http.StatusNotFound, "proofs not configured")
	}
	body, err := a.signedBody(w, r, &info)
	if err != nil {
		return nil, info, err
	}
	req, err := agentapi.DecodeProofRequest(body)
	if err != nil {
		return nil, info, fail(http.StatusBadRequest, "%v", err)
	}
	info.vm, info.subset, info.alg = req.VMID.String(), fmt.Sprintf("0x%x", req.SubsetID), req.Property
	now := a.now()
	if err := a.checkTimestamp(req.Timestamp, now); err != nil {
		return nil, info, err
	}
	if _, _, err := a.lookupSubset(req.VMID, req.SubsetID); err != nil {
		return nil, info, err
	}
	if err := a.checkNonce(req.Nonce, req.Timestamp, now); err != nil {
		return nil, info, err
	}
	p, err := zkproof.Lookup(req.Property)
	if err != nil { // DecodeProofRequest checked it
		return nil, info, fail(http.StatusBadRequest, "field \"property\": %v", err)
	}
	var args zkproof.Args
	if p == zkproof.GoldenDigest {
		g, err := zkcommit.NewGoldenSet(req.Golden)
		if err != nil {
			return nil, info, fail(http.StatusBadRequest, "field \"golden\": %v", err)
		}
		args = zkproof.Args{RegionName: req.Region, Golden: g}
	}
	o, err := a.latestOpening(req.VMID, req.SubsetID)
	if err != nil {
		return nil, info, err
	}
	// Whether the state has the property is checked before any key is loaded or proof begun: a refusal
	// is cheap and says why.
	if _, _, err := p.Assign(o, args); err != nil {
		a.zk.metrics.refusedOne(p.Name)
		return nil, info, fail(http.StatusUnprocessableEntity, "the committed state (commitment 0x%x) does not have the property %s: %v", o.Root(), p.Name, err)
	}
	k, err := a.keysFor(p)
	if err != nil {
		return nil, info, err
	}
	select {
	case a.zk.slot <- struct{}{}:
	case <-r.Context().Done():
		return nil, info, fail(http.StatusServiceUnavailable, "request cancelled while waiting for the prover")
	}
	t0 := time.Now()
	pr, err := zkproof.Prove(k, o, args)
	<-a.zk.slot
	a.zk.metrics.proved(p.Name, time.Since(t0), err == nil)
	if err != nil {
		return nil, info, err
	}
	return &agentapi.ProofResponse{Proof: pr, Commitment: fmt.Sprintf("0x%x", pr.Commitment), Property: p.Name}, info, nil
}

// proofMetrics are the proof counters.
type proofMetrics struct {
	mu        sync.Mutex
	generated map[string]uint64 // property -> proofs generated
	refused   map[string]uint64 // property -> requests refused because the state lacks the property
	failures  uint64
	seconds   float64
	count     uint64
}

func (m *proofMetrics) refusedOne(property string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.refused[property]++
}

func (m *proofMetrics) proved(property string, d time.Duration, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.count++
	m.seconds += d.Seconds()
	if ok {
		m.generated[property]++
	} else {
		m.failures++
	}
}

func (m *proofMetrics) write(w io.Writer) {
	m.mu.Lock()
	defer m.mu.Unlock()
	names := make([]string, 0, len(zkproof.Properties()))
	for _, p := range zkproof.Properties() {
		names = append(names, p.Name)
	}
	sort.Strings(names)
	fmt.Fprintln(w, "# HELP vmattest_agent_proofs_generated_total Property proofs generated, by property.")
	fmt.Fprintln(w, "# TYPE vmattest_agent_proofs_generated_total counter")
	for _, n := range names {
		fmt.Fprintf(w, "vmattest_agent_proofs_generated_total{property=%q} %d\n", n, m.generated[n])
	}
	fmt.Fprintln(w, "# HELP vmattest_agent_proofs_refused_total Proof requests refused because the committed state does not have the property, by property.")
	fmt.Fprintln(w, "# TYPE vmattest_agent_proofs_refused_total counter")
	for _, n := range names {
		fmt.Fprintf(w, "vmattest_agent_proofs_refused_total{property=%q} %d\n", n, m.refused[n])
	}
	fmt.Fprintln(w, "# HELP vmattest_agent_proof_failures_total Proofs whose proving failed.")
	fmt.Fprintln(w, "# TYPE vmattest_agent_proof_failures_total counter")
	fmt.Fprintf(w, "vmattest_agent_proof_failures_total %d\n", m.failures)
	fmt.Fprintln(w, "# HELP vmattest_agent_proving_seconds Time spent proving.")
	fmt.Fprintln(w, "# TYPE vmattest_agent_proving_seconds summary")
	fmt.Fprintf(w, "vmattest_agent_proving_seconds_sum %s\n", formatFloat(m.seconds))
	fmt.Fprintf(w, "vmattest_agent_proving_seconds_count %d\n", m.count)
}
