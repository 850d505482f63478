package agentapi

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/vmattest/vmattest/internal/protocol"
)

// MaxResponse bounds an agent's answer, in bytes.
const MaxResponse = 1 << 20

// ErrMalformedAnswer is matched by the errors of an agent answer that is too large or cannot be decoded.
var ErrMalformedAnswer = errors.New("malformed agent answer")

// StatusError is an answer of the agent other than 200: its status and the message of its error body.
type StatusError struct {
	Code    int
	Message string
}

func (e *StatusError) Error() string { return fmt.Sprintf("agent answered %d: %s", e.Code, e.Message) }

// Client calls one agent's API, signing each request with the node's key.
type Client struct {
	// URL is the agent's base URL, such as "http://127.0.0.1:8545"; a trailing "/" is ignored.
	URL string
	// HTTP sends the requests; nil means http.DefaultClient.
	HTTP *http.Client
	// Timeout bounds each call; 0 means only the context does.
	Timeout time.Duration
	// Sign signs a request digest like crypto.Sign with the node's key (SignRequest). Required.
	Sign func(digest []byte) ([]byte, error)
}

// NewNonce returns a random request nonce.
func NewNonce() ([NonceSize]byte, error) {
	var n [NonceSize]byte
	_, err := rand.Read(n[:])
	return n, err
}

// Attest sends a signed attestation request and returns the agent's answer. The attestation in it is only
// decoded: the caller checks it (protocol.SignedAttestation.Check). Errors: *StatusError for an answer
// other than 200, ErrMalformedAnswer for an answer that is too large, undecodable or has no attestation,
// anything else when the agent could not be reached or read.
func (c *Client) Attest(ctx context.Context, req Request) (*AttestResponse, error) {
	body, err := req.MarshalJSON()
	if err != nil {
		return nil, err
	}
	data, err := c.post(ctx, PathAttestations, body)
	if err != nil {
		return nil, err
	}
	var out struct {
		AttestResponse
		Attestation *protocol.SignedAttestation `json:"attestation"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformedAnswer, err)
	}
	if out.Attestation == nil {
		return nil, fmt.Errorf("%w: no attestation in the answer", ErrMalformedAnswer)
	}
	resp := out.AttestResponse
	resp.Attestation = *out.Attestation
	return &resp, nil
}

// Prove sends a signed proof request and returns the agent's answer. The agent answers 422 when the
// committed state does not have the property: a *StatusError with that code, whose Message says why. The
// proof is only decoded: the caller checks what it proves. Other errors are as Attest's.
func (c *Client) Prove(ctx context.Context, req ProofRequest) (*ProofResponse, error) {
	body, err := req.MarshalJSON()
	if err != nil {
		return nil, err
	}
	data, err := c.post(ctx, PathProofs, body)
	if err != nil {
		return nil, err
	}
	var out ProofResponse
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformedAnswer, err)
	}
	if out.Proof == nil {
		return nil, fmt.Errorf("%w: no proof", ErrMalformedAnswer)
	}
	return &out, nil
}

// post signs body for path, POSTs it and returns a 200 answer's body (at most MaxResponse bytes).
func (c *Client) post(ctx context.Context, path string, body []byte) ([]byte, error) {
	if c.Sign == nil {
		return nil, errors.New("agentapi: the client has no signing key")
	}
	sig, err := SignRequest(http.MethodPost, path, body, c.Sign)
	if err != nil {
		return nil, fmt.Errorf("failed to sign the request: %w", err)
	}
	if c.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.Timeout)
		defer cancel()
	}
	hr, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimRight(c.URL, "/")+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	hr.Header.Set("Content-Type", "application/json")
	hr.Header.Set(SignatureHeader, sig)
	hc := c.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(hr)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, MaxResponse+1))
	if err != nil {
		return nil, fmt.Errorf("reading the answer: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		var e ErrorResponse
		_ = json.Unmarshal(data, &e)
		return nil, &StatusError{Code: resp.StatusCode, Message: e.Error}
	}
	if len(data) > MaxResponse {
		return nil, fmt.Errorf("%w: answer over %d bytes", ErrMalformedAnswer, MaxResponse)
	}
	return data, nil
}
