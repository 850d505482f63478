package agent

import (
	"errors"
	"io"
	"net/http"
	"time"

	"github.com/vmattest/vmattest/internal/agentapi"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/subset"
)

// The checks every signed request goes through (POST /v1/attestations, POST /v1/proofs), in the order the
// handlers call them: signedBody (401, 413, 403), then the handler decodes the body (400), checkTimestamp
// (400), lookupSubset (404), then checkNonce (503, 409).

// signedBody reads the bounded body and checks the node's signature over method, path and body, and that
// the signer is an allowed node. It records the node in info.
func (a *Agent) signedBody(w http.ResponseWriter, r *http.Request, info *reqInfo) ([]byte, error) {
	header := r.Header.Get(SignatureHeader)
	if header == "" {
		return nil, fail(http.StatusUnauthorized, "missing %s header", SignatureHeader)
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, a.cfg.maxBody()))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, fail(http.StatusRequestEntityTooLarge, "request body larger than %d bytes", mbe.Limit)
		}
		return nil, fail(http.StatusBadRequest, "failed to read the request body: %v", err)
	}
	node, err := agentapi.RecoverRequestSigner(header, r.Method, r.URL.Path, body)
	if err != nil {
		return nil, fail(http.StatusUnauthorized, "%v", err)
	}
	info.node = node.Hex()
	if !a.allowed[node] {
		return nil, fail(http.StatusForbidden, "request signed by %s, which is not an allowed oracle node", node.Hex())
	}
	return body, nil
}

// checkTimestamp refuses a request timestamp further than Window from now.
func (a *Agent) checkTimestamp(timestamp uint64, now time.Time) error {
	win := int64(a.cfg.Window / time.Second)
	lo, hi := now.Unix()-win, now.Unix()+win
	switch ts := int64(timestamp); {
	case ts < lo:
		return fail(http.StatusBadRequest, "stale timestamp %d: must be within %d..%d (agent time %d ± %v)", ts, lo, hi, now.Unix(), a.cfg.Window)
	case ts > hi:
		return fail(http.StatusBadRequest, "future timestamp %d: must be within %d..%d (agent time %d ± %v)", ts, lo, hi, now.Unix(), a.cfg.Window)
	}
	return nil
}

// lookupSubset returns the configuration of a VM and the manifest of one of its subsets (404 when either
// is unknown).
func (a *Agent) lookupSubset(vmID protocol.VMID, sid [protocol.HashSize]byte) (VMConfig, *subset.Manifest, error) {
	vm, ok := a.cfg.VMs[vmID]
	if !ok {
		return VMConfig{}, nil, fail(http.StatusNotFound, "unknown vm %s", vmID)
	}
	m, ok := vm.Subsets[sid]
	if !ok {
		return VMConfig{}, nil, fail(http.StatusNotFound, "unknown subset 0x%x for vm %s", sid, vmID)
	}
	return vm, m, nil
}

// checkNonce records the nonce until the request's timestamp leaves the window, and refuses one already
// recorded (409), or any when the cache is full of unexpired nonces (503). Attestation and proof requests
// share the cache: a nonce is used once across both.
func (a *Agent) checkNonce(nonce [agentapi.NonceSize]byte, timestamp uint64, now time.Time) error {
	win := int64(a.cfg.Window / time.Second)
	fresh, err := a.nonces.add(nonce, now.Unix(), int64(timestamp)+win)
	if err != nil {
		return fail(http.StatusServiceUnavailable, "%v", err)
	}
	if !fresh {
		return fail(http.StatusConflict, "replayed nonce 0x%x", nonce)
	}
	return nil
}
