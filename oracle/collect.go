package oracle

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	mrand "math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/internal/agent"
	"github.com/vmattest/vmattest/internal/bindings/registry"
	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/outbox"
	"github.com/vmattest/vmattest/internal/protocol"
)

// maxAgentResponse bounds an agent's answer.
const maxAgentResponse = 1 << 20

// RejectError is an agent answer the node refused; Reason is one of the Reason constants.
type RejectError struct {
	Reason string
	Err    error
}

func (e *RejectError) Error() string {
	return fmt.Sprintf("attestation rejected (%s): %v", e.Reason, e.Err)
}

// Unwrap returns the cause.
func (e *RejectError) Unwrap() error { return e.Err }

func reject(reason, format string, args ...any) error {
	return &RejectError{Reason: reason, Err: fmt.Errorf(format, args...)}
}

// nextWait returns Interval ± a random duration up to Jitter.
func nextWait(vm *VMConfig) time.Duration {
	d := vm.Interval
	if vm.Jitter > 0 {
		d += time.Duration(mrand.Int64N(int64(2*vm.Jitter)+1)) - vm.Jitter
	}
	return d
}

// scheduleLoop attests one (VM, subset) every Interval ± Jitter until the node stops.
func (n *Node) scheduleLoop(vm *VMConfig, s [protocol.HashSize]byte) {
	defer n.wg.Done()
	ctx, cancel := n.ctx()
	defer cancel()
	t := time.NewTimer(nextWait(vm))
	defer t.Stop()
	for {
		select {
		case <-n.done:
			return
		case <-t.C:
		}
		if _, err := n.collect(ctx, vm, s, "schedule"); err != nil && ctx.Err() == nil {
			n.log.Warn("scheduled attestation failed", "vm", vm.ID.String(), "subset", common.Hash(s).Hex(), "error", err.Error())
		}
		t.Reset(nextWait(vm))
	}
}

// collect asks vm's agent for an attestation of subset s, verifies it and stores it in the outbox. It
// returns the outbox record once it is on disk. For a quorum VM the attestation becomes the node's vote
// instead (quorum.go), and the record is zero.
func (n *Node) collect(ctx context.Context, vm *VMConfig, s [protocol.HashSize]byte, source string) (outbox.Record, error) {
	n.metrics.requested.Add(1)
	var key [protocol.VMIDSize + protocol.HashSize]byte
	copy(key[:], vm.ID[:])
	copy(key[protocol.VMIDSize:], s[:])
	mu, _ := n.collectMu.LoadOrStore(key, new(sync.Mutex))
	mu.(*sync.Mutex).Lock()
	defer mu.(*sync.Mutex).Unlock()
	sa, err := n.fetch(ctx, vm, s)
	if err == nil {
		err = n.verify(ctx, vm, s, sa)
	}
	if err == nil && vm.Quorum != nil {
		// A quorum VM: the attestation is the node's vote, submitted in a bundle by quorumRounds.
		n.setVote(vm, s, sa)
		n.metrics.verified.Add(1)
		n.log.Info("vote accepted", "vm", vm.ID.String(), "subset", common.Hash(s).Hex(), "sequence", sa.Attestation.Sequence,
			"digest", common.Hash(sa.Attestation.StateDigest).Hex(), "trigger", source)
		return outbox.Record{}, nil
	}
	if err == nil {
		var rec outbox.Record
		var created bool
		rec, created, err = n.box.Put(ctx, sa, outbox.Meta{Source: "agent", Labels: map[string]string{"trigger": source}})
		if err == nil {
			n.metrics.verified.Add(1)
			n.setLatest(rec)
			n.log.Info("attestation accepted", "vm", vm.ID.String(), "subset", common.Hash(s).Hex(),
				"sequence", sa.Attestation.Sequence, "id", rec.ID.String(), "trigger", source, "new", created)
			if st, serr := n.box.Stats(); serr == nil && st[outbox.StateSigned] >= uint64(n.cfg.BatchSize) {
				n.kickSubmitter()
			}
			return rec, nil
		}
		if errors.Is(err, outbox.ErrConflict) {
			err = &RejectError{Reason: ReasonConflict, Err: err}
		} else {
			err = &RejectError{Reason: ReasonStore, Err: err}
		}
	}
	var re *RejectError
	if errors.As(err, &re) {
		n.metrics.reject(re.Reason)
		n.log.Warn("attestation rejected", "vm", vm.ID.String(), "subset", common.Hash(s).Hex(), "reason", re.Reason,
			"error", re.Err.Error(), "trigger", source)
	}
	return outbox.Record{}, err
}

// fetch sends a signed request to the agent and decodes its answer.
func (n *Node) fetch(ctx context.Context, vm *VMConfig, s [protocol.HashSize]byte) (protocol.SignedAttestation, error) {
	req := agent.Request{VMID: vm.ID, SubsetID: s, HashAlg: vm.HashAlg, Commit: vm.commits(s), Timestamp: uint64(n.now().Unix())}
	if _, err := rand.Read(req.Nonce[:]); err != nil {
		return protocol.SignedAttestation{}, err
	}
	body, err := req.MarshalJSON()
	if err != nil {
		return protocol.SignedAttestation{}, err
	}
	sig, err := agent.SignRequest(http.MethodPost, agent.PathAttestations, body, func(d []byte) ([]byte, error) {
		return crypto.Sign(d, n.cfg.OperatorKey)
	})
	if err != nil {
		return protocol.SignedAttestation{}, err
	}
	code, data, err := n.postAgent(ctx, vm, agent.PathAttestations, body, sig)
	if err != nil {
		return protocol.SignedAttestation{}, reject(ReasonAgentUnreachable, "%v", err)
	}
	if code != http.StatusOK {
		return protocol.SignedAttestation{}, reject(ReasonAgentUnreachable, "agent answered %d: %s", code, agentError(data))
	}
	if len(data) > maxAgentResponse {
		return protocol.SignedAttestation{}, reject(ReasonMalformed, "answer over %d bytes", maxAgentResponse)
	}
	var out struct {
		Attestation *protocol.SignedAttestation `json:"attestation"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return protocol.SignedAttestation{}, reject(ReasonMalformed, "%v", err)
	}
	if out.Attestation == nil {
		return protocol.SignedAttestation{}, reject(ReasonMalformed, "no attestation in the answer")
	}
	return *out.Attestation, nil
}

// postAgent POSTs a signed body to the agent's path and returns the status and the answer (at most
// maxAgentResponse+1 bytes). An error means the agent could not be reached or read.
func (n *Node) postAgent(ctx context.Context, vm *VMConfig, path string, body []byte, sig string) (int, []byte, error) {
	ctx, cancel := context.WithTimeout(ctx, n.cfg.AgentTimeout)
	defer cancel()
	hr, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimRight(vm.AgentURL, "/")+path, bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	hr.Header.Set("Content-Type", "application/json")
	hr.Header.Set(agent.SignatureHeader, sig)
	resp, err := n.httpc.Do(hr)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxAgentResponse+1))
	if err != nil {
		return 0, nil, fmt.Errorf("reading the answer: %w", err)
	}
	return resp.StatusCode, data, nil
}

// agentError returns the message of an agent's error answer.
func agentError(data []byte) string {
	var e agent.ErrorResponse
	_ = json.Unmarshal(data, &e)
	return e.Error
}

// commits reports whether the node asks for a ZK commitment in attestations of subset s: whether a
// property is proven of it.
func (vm *VMConfig) commits(s [protocol.HashSize]byte) bool {
	for _, p := range vm.Properties {
		if p.Subset == s {
			return true
		}
	}
	return false
}

// verify checks an answer: the requested VM, subset and algorithm; signed by the expected key in the node's
// domain; the key active on chain for the VM; the timestamp within the tolerance of the node's clock.
//
// The key's state comes from n.keyState: read from the registry at most KeyStateTTL ago, or, while the chain
// cannot be read, at most KeyStateMaxStale ago. A revocation (or a new binding) is thus seen up to KeyStateTTL
// late, or KeyStateMaxStale during an outage; the expiry is checked against the current clock. This check only
// keeps bad answers out of the outbox: the verifier contract is the final arbiter, it checks keyState again
// when the batch is mined and an item of a key no longer active fails alone (isolateFailures marks it failed).
func (n *Node) verify(ctx context.Context, vm *VMConfig, s [protocol.HashSize]byte, sa protocol.SignedAttestation) error {
	a := sa.Attestation
	switch {
	case a.VMID != vm.ID:
		return reject(ReasonWrongVM, "attestation is for vm %s, requested %s", a.VMID, vm.ID)
	case a.SubsetID != s:
		return reject(ReasonWrongSubset, "attestation is for subset 0x%x, requested 0x%x", a.SubsetID, s)
	case a.HashAlg != vm.HashAlg:
		return reject(ReasonWrongAlg, "attestation uses %s, requested %s", a.HashAlg, vm.HashAlg)
	}
	if err := sa.Validate(); err != nil {
		return reject(ReasonMalformed, "%v", err)
	}
	if err := sa.Verify(n.domain, vm.ExpectedKey); err != nil {
		return reject(ReasonBadSignature, "%v", err)
	}
	ks, err := n.keyState(ctx, vm.ExpectedKey)
	if err != nil {
		return reject(ReasonChainUnavailable, "registry.keyState: %v", err)
	}
	now := n.now()
	switch {
	case onchain.KeyStatus(ks.Status) != onchain.KeyStatusActive:
		return reject(ReasonKeyNotActive, "key %s has status %d on chain, want active", vm.ExpectedKey, ks.Status)
	case ks.ExpiresAt <= uint64(now.Unix()):
		return reject(ReasonKeyNotActive, "key %s expired at %d", vm.ExpectedKey, ks.ExpiresAt)
	case ks.VmId != [16]byte(vm.ID):
		return reject(ReasonKeyNotActive, "key %s is bound to vm %s on chain", vm.ExpectedKey, protocol.VMID(ks.VmId))
	}
	ts := time.Unix(int64(a.Timestamp), 0)
	tol := n.cfg.TimestampTolerance
	switch {
	case ts.Before(now.Add(-tol)):
		return reject(ReasonStale, "timestamp %d is more than %s before the node's clock (%d)", a.Timestamp, tol, now.Unix())
	case ts.After(now.Add(tol)):
		return reject(ReasonFuture, "timestamp %d is more than %s after the node's clock (%d)", a.Timestamp, tol, now.Unix())
	}
	return nil
}

// keyStateCache holds the registry's keyState of each attestation key and when it was read; whatever the state
// (active, revoked, unknown), so that a revocation is seen within KeyStateTTL. Its zero value is empty.
type keyStateCache struct {
	mu sync.Mutex
	m  map[common.Address]keyStateEntry
}

type keyStateEntry struct {
	ks     registry.KeyStateOutput
	readAt time.Time // the node's clock just before the read
	stale  bool      // a failed read fell back to this entry (and the outage was logged)
}

func (c *keyStateCache) get(key common.Address) (keyStateEntry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[key]
	return e, ok
}

// put stores a state read at readAt unless a newer read is stored; it reports whether it replaced an entry
// used past its TTL (the end of an outage).
func (c *keyStateCache) put(key common.Address, ks registry.KeyStateOutput, readAt time.Time) (endsOutage bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[common.Address]keyStateEntry{}
	}
	old, ok := c.m[key]
	if ok && old.readAt.After(readAt) {
		return false
	}
	c.m[key] = keyStateEntry{ks: ks, readAt: readAt}
	return ok && old.stale
}

// markStale flags the entry read at readAt as used past its TTL; it reports whether it was not flagged yet
// (the first fallback of an outage).
func (c *keyStateCache) markStale(key common.Address, readAt time.Time) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[key]
	if !ok || !e.readAt.Equal(readAt) || e.stale {
		return false
	}
	e.stale = true
	c.m[key] = e
	return true
}

// keyState returns key's state in the registry (registry.keyState). A state read less than KeyStateTTL ago is
// reused without a call. Otherwise it is read again; if that fails (and ctx has not ended), a cached state read
// less than KeyStateMaxStale ago is returned: counted in vmattest_node_keystate_stale_total and logged once per
// key and outage. An error means there is no usable state.
func (n *Node) keyState(ctx context.Context, key common.Address) (registry.KeyStateOutput, error) {
	now := n.now()
	cached, ok := n.keyStates.get(key)
	if ok && now.Sub(cached.readAt) < n.cfg.KeyStateTTL {
		return cached.ks, nil
	}
	ks, err := n.readKeyState(ctx, key)
	if err == nil {
		if n.keyStates.put(key, ks, now) {
			n.log.Info("registry readable again; key state refreshed", "key", key.Hex())
		}
		return ks, nil
	}
	if !ok || ctx.Err() != nil {
		return registry.KeyStateOutput{}, err
	}
	age := now.Sub(cached.readAt)
	if age >= n.cfg.KeyStateMaxStale {
		return registry.KeyStateOutput{}, fmt.Errorf("%w (the cached state is %s old, KeyStateMaxStale is %s)",
			err, age.Round(time.Second), n.cfg.KeyStateMaxStale)
	}
	n.metrics.keyStateStale.Add(1)
	if n.keyStates.markStale(key, cached.readAt) {
		n.log.Warn("registry unreadable; using the cached key state until it is KeyStateMaxStale old", "key", key.Hex(),
			"age", age.Round(time.Second).String(), "maxStale", n.cfg.KeyStateMaxStale.String(), "error", err.Error())
	}
	return cached.ks, nil
}

// readKeyState calls registry.keyState(key).
func (n *Node) readKeyState(ctx context.Context, key common.Address) (registry.KeyStateOutput, error) {
	return n.registry().KeyState(ctx, key)
}
