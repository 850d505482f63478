package nodeapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/vmattest/vmattest/internal/outbox"
	"github.com/vmattest/vmattest/internal/protocol"
)

// DefaultMaxResponse is Client.MaxResponse's default, in bytes.
const DefaultMaxResponse = 4 << 20

// ErrMalformedAnswer is matched by the errors of a 2xx answer that cannot be decoded.
var ErrMalformedAnswer = errors.New("malformed node answer")

// APIError is a non-2xx answer of the node.
type APIError struct {
	Method, Path string
	Status       int
	// Message is the error body's message.
	Message string
}

func (e *APIError) Error() string {
	return fmt.Sprintf("%s %s: %d %s", e.Method, e.Path, e.Status, e.Message)
}

// Client calls a node's client API with a bearer token.
type Client struct {
	// URL is the node's base URL, such as "http://127.0.0.1:8080"; a trailing "/" is ignored.
	URL string
	// Token is the client's bearer token.
	Token string
	// HTTP sends the requests; nil means http.DefaultClient.
	HTTP *http.Client
	// Timeout bounds each call; 0 means only the context (and HTTP's own timeout) does.
	Timeout time.Duration
	// MaxResponse bounds an answer; 0 means DefaultMaxResponse. A longer answer is cut there (and then
	// fails to decode).
	MaxResponse int64
}

// Attest asks the node to attest vm now (POST /v1/vms/{vm_id}/attest, all of its subsets) and returns the
// outbox ids.
func (c *Client) Attest(ctx context.Context, vm protocol.VMID) ([]outbox.ID, error) {
	var out AttestResponse
	if err := c.do(ctx, http.MethodPost, AttestPath(vm), struct{}{}, &out); err != nil {
		return nil, err
	}
	return out.IDs, nil
}

// Attestation reads an outbox record (GET /v1/attestations/{id}).
func (c *Client) Attestation(ctx context.Context, id outbox.ID) (AttestationResponse, error) {
	var out AttestationResponse
	err := c.do(ctx, http.MethodGet, AttestationPath(id), nil, &out)
	return out, err
}

// VM reads a VM's status (GET /v1/vms/{vm_id}).
func (c *Client) VM(ctx context.Context, vm protocol.VMID) (VMResponse, error) {
	var out VMResponse
	err := c.do(ctx, http.MethodGet, VMPath(vm), nil, &out)
	return out, err
}

// WaitSettled polls an attestation until it is confirmed or failed (or ctx ends) and returns it.
func (c *Client) WaitSettled(ctx context.Context, id outbox.ID) (AttestationResponse, error) {
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

// do sends a request (body as JSON, when not nil) and decodes a 2xx JSON answer into out. Errors:
// *APIError for a non-2xx answer, ErrMalformedAnswer for an undecodable one, anything else when the node
// could not be reached or read.
func (c *Client) do(ctx context.Context, method, path string, body, out any) error {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(b)
	}
	if c.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.Timeout)
		defer cancel()
	}
	req, err := http.NewRequestWithContext(ctx, method, strings.TrimRight(c.URL, "/")+path, rd)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.Token)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	hc := c.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	limit := c.MaxResponse
	if limit <= 0 {
		limit = DefaultMaxResponse
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, limit))
	if err != nil {
		return fmt.Errorf("%s %s: reading the answer: %w", method, path, err)
	}
	if resp.StatusCode/100 != 2 {
		var e ErrorResponse
		_ = json.Unmarshal(data, &e)
		return &APIError{Method: method, Path: path, Status: resp.StatusCode, Message: e.Error}
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			return fmt.Errorf("%s %s: %w: %w", method, path, ErrMalformedAnswer, err)
		}
	}
	return nil
}
