package txmgr

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"
)

// Backoff is an exponential backoff: the first retry waits Initial, each next one twice as long, up to Max.
type Backoff struct {
	Initial time.Duration
	Max     time.Duration
}

// next returns the delay after d.
func (b Backoff) next(d time.Duration) time.Duration {
	if d <= 0 {
		return b.Initial
	}
	d *= 2
	if d > b.Max {
		d = b.Max
	}
	return d
}

// Config configures a Manager. Its zero value is invalid; DefaultConfig gives sensible values.
type Config struct {
	// ChainID is the chain the manager signs for; New checks it against the backend's.
	ChainID *big.Int
	// Signer is the operator key; the manager is the only component that holds it.
	Signer *ecdsa.PrivateKey
	// NumConfirmations is how many blocks, counting the one that includes the tx, must be on the chain
	// before Send returns: a receipt in block b is confirmed when b + NumConfirmations <= tip + 1.
	NumConfirmations uint64
	// ResubmissionTimeout is how long to wait for a sent tx to be mined before replacing it with the same
	// nonce and higher fees.
	ResubmissionTimeout time.Duration
	// FeeLimitMultiplier caps the fee cap of a tx and its replacements at this multiple of the first fee cap.
	FeeLimitMultiplier uint64
	// MaxFeeCap, when not nil, is an absolute cap on the fee cap (wei per gas).
	MaxFeeCap *big.Int
	// MinBump is the least fee increase of a replacement, in percent; at least 10 (what geth's pool needs).
	MinBump uint64
	// GasLimitMargin is added to an estimated gas limit, in percent.
	GasLimitMargin uint64
	// ReceiptPollInterval is how often to look for the receipt.
	ReceiptPollInterval time.Duration
	// NetworkTimeout bounds each RPC call.
	NetworkTimeout time.Duration
	// RetryBackoff paces retries while the RPC fails.
	RetryBackoff Backoff
	// Metrics receives the manager's counters; nil means NoopMetrics.
	Metrics Metrics
	// Logger logs sends, bumps and retries; nil means no logging.
	Logger *slog.Logger
}

// DefaultConfig returns a Config for signer on chainID with values suited to an L1 with 12 s blocks.
func DefaultConfig(chainID *big.Int, signer *ecdsa.PrivateKey) Config {
	return Config{
		ChainID:             chainID,
		Signer:              signer,
		NumConfirmations:    3,
		ResubmissionTimeout: 48 * time.Second,
		FeeLimitMultiplier:  5,
		MinBump:             10,
		GasLimitMargin:      20,
		ReceiptPollInterval: 4 * time.Second,
		NetworkTimeout:      10 * time.Second,
		RetryBackoff:        Backoff{Initial: time.Second, Max: 10 * time.Second},
	}
}

// Check reports the first invalid field, by name.
func (c *Config) Check() error {
	switch {
	case c.ChainID == nil || c.ChainID.Sign() <= 0:
		return errors.New("txmgr: ChainID must be positive")
	case c.Signer == nil || c.Signer.D == nil || c.Signer.D.Sign() == 0:
		return errors.New("txmgr: Signer must be a private key")
	case c.NumConfirmations < 1:
		return errors.New("txmgr: NumConfirmations must be at least 1")
	case c.ResubmissionTimeout <= 0:
		return errors.New("txmgr: ResubmissionTimeout must be positive")
	case c.FeeLimitMultiplier < 1:
		return errors.New("txmgr: FeeLimitMultiplier must be at least 1")
	case c.MaxFeeCap != nil && c.MaxFeeCap.Sign() <= 0:
		return errors.New("txmgr: MaxFeeCap must be positive when set")
	case c.MinBump < 10:
		return fmt.Errorf("txmgr: MinBump must be at least 10 (percent), not %d", c.MinBump)
	case c.ReceiptPollInterval <= 0:
		return errors.New("txmgr: ReceiptPollInterval must be positive")
	case c.NetworkTimeout <= 0:
		return errors.New("txmgr: NetworkTimeout must be positive")
	case c.RetryBackoff.Initial <= 0:
		return errors.New("txmgr: RetryBackoff.Initial must be positive")
	case c.RetryBackoff.Max < c.RetryBackoff.Initial:
		return errors.New("txmgr: RetryBackoff.Max must be at least RetryBackoff.Initial")
	}
	return nil
}
