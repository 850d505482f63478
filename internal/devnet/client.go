//go:build unix

package devnet

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/vmattest/vmattest/internal/outbox"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/oracle"
)

// NodeClient talks to the node's client API with the devnet's token.
type NodeClient struct {
	URL   string
	Token string
	HTTP  *http.Client
}

// Node returns a client of the devnet's (first) node.
func (d *Devnet) Node() *NodeClient { return d.NodeAt(0) }

// NodeAt returns a client of node i.
func (d *Devnet) NodeAt(i int) *NodeClient {
	return &NodeClient{URL: d.nodes[i].URL, Token: d.nodes[i].Token, HTTP: &http.Client{Timeout: 30 * time.Second}}
}

// do sends a request and decodes a 2xx JSON answer into out.
func (c *NodeClient) do(ctx context.Context, method, path string, body, out any) error {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.URL+path, rd)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.Token)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 4<<20))
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, path, err)
	}
	if resp.StatusCode/100 != 2 {
		var e oracle.ErrorResponse
		_ = json.Unmarshal(data, &e)
		return &APIError{Method: method, Path: path, Status: resp.StatusCode, Message: e.Error}
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			return fmt.Errorf("%s %s: decoding the answer: %w", method, path, err)
		}
	}
	return nil
}

// APIError is a non-2xx answer of the node.
type APIError struct {
	Method, Path string
	Status       int
	Message      string
}

func (e *APIError) Error() string {
	return fmt.Sprintf("%s %s: %d %s", e.Method, e.Path, e.Status, e.Message)
}

// Attest asks the node to attest vm now (POST /v1/vms/{vm}/attest) and returns the outbox ids.
func (c *NodeClient) Attest(ctx context.Context, vm protocol.VMID) ([]outbox.ID, error) {
	var out oracle.AttestResponse
	if err := c.do(ctx, http.MethodPost, "/v1/vms/"+vm.String()+"/attest", struct{}{}, &out); err != nil {
		return nil, err
	}
	return out.IDs, nil
}

// Attestation reads an outbox record (GET /v1/attestations/{id}).
func (c *NodeClient) Attestation(ctx context.Context, id outbox.ID) (oracle.AttestationResponse, error) {
	var out oracle.AttestationResponse
	err := c.do(ctx, http.MethodGet, "/v1/attestations/"+id.String(), nil, &out)
	return out, err
}

// VM reads a VM's status (GET /v1/vms/{vm}).
func (c *NodeClient) VM(ctx context.Context, vm protocol.VMID) (oracle.VMResponse, error) {
	var out oracle.VMResponse
	err := c.do(ctx, http.MethodGet, "/v1/vms/"+vm.String(), nil, &out)
	return out, err
}

// WaitSettled polls an attestation until it is confirmed or failed (or ctx ends) and returns it.
func (c *NodeClient) WaitSettled(ctx context.Context, id outbox.ID) (oracle.AttestationResponse, error) {
	for {
		r, err := c.Attestation(ctx, id)
		if err == nil && (r.State == outbox.StateConfirmed.String() || r.State == outbox.StateFailed.String()) {
			return r, nil
		}
		select {
		case <-ctx.Done():
			if err == nil {
				err = fmt.Errorf("still %s", r.State)
			}
			return r, fmt.Errorf("attestation %s not settled: %w (%w)", id, ctx.Err(), err)
		case <-time.After(100 * time.Millisecond):
		}
	}
}
