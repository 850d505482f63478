package oracle

import (
	"context"
	"errors"
	"fmt"
	mrand "math/rand/v2"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/internal/agentapi"
	"github.com/vmattest/vmattest/internal/bindings/registry"
	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/outbox"
	"github.com/vmattest/vmattest/internal/protocol"
)

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
	req := agentapi.Request{VMID: vm.ID, SubsetID: s, HashAlg: vm.HashAlg, Commit: vm.commits(s), Timestamp: uint64(n.now().Unix())}
	var err error
	if req.Nonce, err = agentapi.NewNonce(); err != nil {
		return protocol.SignedAttestation{}, err
	}
	resp, err := n.agent(vm).Attest(ctx, req)
	switch {
	case errors.Is(err, agentapi.ErrMalformedAnswer):
		return protocol.SignedAttestation{}, reject(ReasonMalformed, "%v", err)
	case err != nil:
		return protocol.SignedAttestation{}, reject(ReasonAgentUnreachable, "%v", err)
	}
	return resp.Attestation, nil
}

// agent returns a client of vm's agent that signs with the node's operator key.
func (n *Node) agent(vm *VMConfig) *agentapi.Client {
	return &agentapi.Client{URL: vm.AgentURL, HTTP: n.httpc, Timeout: n.cfg.AgentTimeout,
		Sign: func(d []byte) ([]byte, error) { return crypto.Sign(d, n.cfg.OperatorKey) }}
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
	_, err := sa.Check(n.domain, protocol.Expected{VMID: vm.ID, SubsetID: s, HashAlg: vm.HashAlg, Signer: vm.ExpectedKey})
	var me *protocol.MismatchError
	switch {
	case errors.As(err, &me):
		reason := map[string]string{"vmId": ReasonWrongVM, "subsetId": ReasonWrongSubset, "hashAlg": ReasonWrongAlg}[me.Field]
		return reject(reason, "%v", err)
	case errors.Is(err, protocol.ErrBadSignature), errors.Is(err, protocol.ErrSignerMismatch):
		return reject(ReasonBadSignature, "%v", err)
	case err != nil:
		return reject(ReasonMalformed, "%v", err)
	}
	var kre *keyReadError
	if err := n.checkKeyActive(ctx, vm.ExpectedKey, vm.ID); errors.As(err, &kre) {
		return reject(ReasonChainUnavailable, "registry.keyState: %v", kre.err)
	} else if err != nil {
		return reject(ReasonKeyNotActive, "%v", err)
	}
	a := sa.Attestation
	now := n.now()
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

// keyReadError is a key's state that could not be read from the registry.
type keyReadError struct{ err error }

func (e *keyReadError) Error() string { return e.err.Error() }
func (e *keyReadError) Unwrap() error { return e.err }

// checkKeyActive checks that key is usable for vm by the registry's state (n.keyState): active, not
// expired by the node's clock, bound to vm. A *keyReadError means the state could not be read.
func (n *Node) checkKeyActive(ctx context.Context, key common.Address, vm protocol.VMID) error {
	ks, err := n.keyState(ctx, key)
	if err != nil {
		return &keyReadError{err}
	}
	switch {
	case onchain.KeyStatus(ks.Status) != onchain.KeyStatusActive:
		return fmt.Errorf("key %s has status %d on chain, want active", key, ks.Status)
	case ks.ExpiresAt <= uint64(n.now().Unix()):
		return fmt.Errorf("key %s expired at %d", key, ks.ExpiresAt)
	case ks.VmId != [16]byte(vm):
		return fmt.Errorf("key %s is bound to vm %s on chain", key, protocol.VMID(ks.VmId))
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
