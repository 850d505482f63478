package oracle

import (
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/internal/enclave"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/zkcommit"
	"github.com/vmattest/vmattest/internal/zkproof"
)

// Defaults of Config, applied by Config.withDefaults (the one place they live).
const (
	DefaultBatchSize          = 20
	MaxBatchSize              = 20
	DefaultBatchInterval      = 12 * time.Second
	DefaultNumConfirmations   = 3
	DefaultInterval           = 5 * time.Minute
	DefaultTimestampTolerance = 5 * time.Minute
	DefaultAgentTimeout       = 60 * time.Second
	DefaultMaxBody            = 4 << 10
	DefaultRatePerSecond      = 1.0
	DefaultBurst              = 5
	DefaultTxPollInterval     = 2 * time.Second
	DefaultKeyStateTTL        = 30 * time.Second
	DefaultKeyStateMaxStale   = 10 * time.Minute
)

// VMConfig is one VM the node attests.
type VMConfig struct {
	// ID is the VM's UUID.
	ID protocol.VMID
	// AgentURL is the agent's base URL, e.g. "http://10.0.0.5:8443"; the node POSTs to AgentURL + /v1/attestations.
	AgentURL string
	// ExpectedKey is the address of the VM's attestation key; answers signed by any other key are rejected.
	ExpectedKey common.Address
	// Subsets are the subsets to attest (their identifiers).
	Subsets [][protocol.HashSize]byte
	// HashAlg is the hash function to ask for.
	HashAlg protocol.HashAlg
	// Interval is the time between scheduled attestations of each subset; 0 means DefaultInterval.
	Interval time.Duration
	// Jitter spreads the schedule: each wait is Interval ± a random duration up to Jitter (< Interval).
	Jitter time.Duration
	// MaxAge is the age GET /v1/vms/{id} passes to verifier.isFresh and PropertyRegistry.hasProperty; 0 means
	// 3 × Interval.
	MaxAge time.Duration
	// Properties are proven of the VM's committed states: the node asks for attestations with a ZK
	// commitment of their subsets and, once one is confirmed, for a proof of each property, which it submits
	// to Config.PropertyRegistry.
	Properties []PropertyConfig
	// Quorum, when set, makes the VM's subsets quorum subsets (the verifier's setQuorum): the node keeps its
	// agent's attestations as votes, gathers the other nodes' votes, and submits a bundle once enough agree.
	Quorum *QuorumConfig
}

// QuorumConfig is how a node takes part in the k-of-n quorum of a VM (see quorum.go).
type QuorumConfig struct {
	// Peers are the other nodes attesting the VM: their client API and a bearer token they accept.
	Peers []PeerConfig
	// SubmitDelay is how long the node waits, once a quorum has formed, before it submits the bundle itself
	// (if nobody has): give each node another delay so that usually one submits.
	SubmitDelay time.Duration
}

// PeerConfig is another node's client API.
type PeerConfig struct {
	URL   string
	Token string
}

// PropertyConfig is one property the node proves of a VM.
type PropertyConfig struct {
	// Name is the property (zkproof.Lookup): "readonlyroot" or "goldendigest".
	Name string
	// Subset is the subset whose committed state is proven; one of the VM's Subsets.
	Subset [protocol.HashSize]byte
	// Verifier is the Groth16 verifier contract the registry accepts for the property.
	Verifier common.Address
	// Region and Golden are goldendigest's (required there, refused otherwise): the region whose digest is
	// in the golden set.
	Region string
	Golden [][32]byte
}

// ClientConfig is one client of the node's API.
type ClientConfig struct {
	// Name identifies the client in logs and metrics.
	Name string
	// TokenSHA256 is the hex SHA-256 of the client's bearer token (the token itself is never stored).
	TokenSHA256 string
	// RatePerSecond and Burst are the client's token bucket; 0 means the defaults.
	RatePerSecond float64
	Burst         int
}

// Config is the node's configuration. The operator key is loaded by the caller.
type Config struct {
	// DataDir holds the outbox (outbox.db).
	DataDir string
	// Listen is the client API's address, e.g. "127.0.0.1:8080"; ":0" picks a free port (Node.Addr).
	Listen string
	// ChainID is the chain's EIP-155 id; the node refuses an RPC endpoint on another chain.
	ChainID uint64
	// RPCURL is the chain's JSON-RPC endpoint; unused when Deps.Backend is set.
	RPCURL string
	// Verifier and Registry are the contracts' addresses.
	Verifier common.Address
	Registry common.Address
	// PropertyRegistry is the PropertyRegistry contract's address; required when a VM has Properties.
	PropertyRegistry common.Address
	// OperatorKey pays for submissions (through the tx manager) and signs requests to agents.
	OperatorKey *ecdsa.PrivateKey
	// VMs are the attested VMs.
	VMs []VMConfig
	// Clients may use the API.
	Clients []ClientConfig
	// BatchSize is the largest submitBatch (1..MaxBatchSize); 0 means DefaultBatchSize.
	BatchSize int
	// BatchInterval is how often queued attestations are submitted; 0 means DefaultBatchInterval.
	BatchInterval time.Duration
	// NumConfirmations is the confirmation depth of a submission; 0 means DefaultNumConfirmations.
	NumConfirmations uint64
	// TimestampTolerance is how far an attestation's timestamp may be from the node's clock; 0 means the default.
	TimestampTolerance time.Duration
	// AgentTimeout bounds one request to an agent; 0 means the default.
	AgentTimeout time.Duration
	// MaxBody is the client API's body limit in bytes; 0 means DefaultMaxBody.
	MaxBody int64
	// TxPollInterval is how often the tx manager polls for receipts; 0 means the default.
	TxPollInterval time.Duration
	// TxResubmissionTimeout is how long before a tx is re-sent with higher fees; 0 means txmgr's default.
	TxResubmissionTimeout time.Duration
	// KeyStateTTL is how long the node reuses a key's state read from the registry (keyState) before it reads
	// it again: a revocation or re-registration is seen at most KeyStateTTL late. 0 means DefaultKeyStateTTL.
	KeyStateTTL time.Duration
	// KeyStateMaxStale is how old a cached key state may be and still be used when reading it again fails (the
	// chain's RPC is down), so that the node keeps collecting attestations during an outage; older, the
	// attestation is rejected as chain_unavailable. At least KeyStateTTL; equal to it disables the fallback.
	// 0 means DefaultKeyStateMaxStale.
	KeyStateMaxStale time.Duration
}

// ErrConfig is matched by every error of Config.Check.
var ErrConfig = errors.New("invalid node configuration")

// ConfigError names the configuration field that is wrong. It matches ErrConfig.
type ConfigError struct {
	Field string
	Err   error
}

func (e *ConfigError) Error() string { return fmt.Sprintf("%v: %s: %v", ErrConfig, e.Field, e.Err) }

// Unwrap returns the cause.
func (e *ConfigError) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrConfig) true.
func (e *ConfigError) Is(target error) bool { return target == ErrConfig }

func cfgErr(field, format string, args ...any) error {
	return &ConfigError{Field: field, Err: fmt.Errorf(format, args...)}
}

// withDefaults returns c with zero fields set to their defaults.
func (c Config) withDefaults() Config {
	if c.BatchSize == 0 {
		c.BatchSize = DefaultBatchSize
	}
	if c.BatchInterval == 0 {
		c.BatchInterval = DefaultBatchInterval
	}
	if c.NumConfirmations == 0 {
		c.NumConfirmations = DefaultNumConfirmations
	}
	if c.TimestampTolerance == 0 {
		c.TimestampTolerance = DefaultTimestampTolerance
	}
	if c.AgentTimeout == 0 {
		c.AgentTimeout = DefaultAgentTimeout
	}
	if c.MaxBody == 0 {
		c.MaxBody = DefaultMaxBody
	}
	if c.TxPollInterval == 0 {
		c.TxPollInterval = DefaultTxPollInterval
	}
	if c.KeyStateTTL == 0 {
		c.KeyStateTTL = DefaultKeyStateTTL
	}
	if c.KeyStateMaxStale == 0 {
		c.KeyStateMaxStale = DefaultKeyStateMaxStale
	}
	c.VMs = append([]VMConfig(nil), c.VMs...)
	for i := range c.VMs {
		v := &c.VMs[i]
		if v.Interval == 0 {
			v.Interval = DefaultInterval
		}
		if v.MaxAge == 0 {
			v.MaxAge = 3 * v.Interval
		}
	}
	c.Clients = append([]ClientConfig(nil), c.Clients...)
	for i := range c.Clients {
		cl := &c.Clients[i]
		if cl.RatePerSecond == 0 {
			cl.RatePerSecond = DefaultRatePerSecond
		}
		if cl.Burst == 0 {
			cl.Burst = DefaultBurst
		}
	}
	return c
}

// Check reports the first invalid field by name (after defaults are applied). It refuses an operator key that
// is one of the VMs' expected attestation keys.
func (c Config) Check() error {
	c = c.withDefaults()
	switch {
	case c.DataDir == "":
		return cfgErr("DataDir", "required")
	case c.Listen == "":
		return cfgErr("Listen", "required")
	case c.ChainID == 0:
		return cfgErr("ChainID", "required")
	case c.Verifier == (common.Address{}):
		return cfgErr("Verifier", "required")
	case c.Registry == (common.Address{}):
		return cfgErr("Registry", "required")
	case c.OperatorKey == nil || c.OperatorKey.D == nil || c.OperatorKey.D.Sign() == 0:
		return cfgErr("OperatorKey", "required")
	case len(c.VMs) == 0:
		return cfgErr("VMs", "at least one VM is required")
	case c.BatchSize < 1 || c.BatchSize > MaxBatchSize:
		return cfgErr("BatchSize", "want 1..%d, got %d", MaxBatchSize, c.BatchSize)
	case c.BatchInterval < 0:
		return cfgErr("BatchInterval", "must be positive")
	case c.TimestampTolerance < 0:
		return cfgErr("TimestampTolerance", "must be positive")
	case c.AgentTimeout < 0:
		return cfgErr("AgentTimeout", "must be positive")
	case c.MaxBody < 0:
		return cfgErr("MaxBody", "must be positive")
	case c.TxPollInterval < 0:
		return cfgErr("TxPollInterval", "must be positive")
	case c.TxResubmissionTimeout < 0:
		return cfgErr("TxResubmissionTimeout", "must not be negative")
	case c.KeyStateTTL < 0:
		return cfgErr("KeyStateTTL", "must be positive")
	case c.KeyStateMaxStale < c.KeyStateTTL:
		return cfgErr("KeyStateMaxStale", "want at least KeyStateTTL (%s), got %s", c.KeyStateTTL, c.KeyStateMaxStale)
	}
	if c.RPCURL != "" {
		if u, err := url.Parse(c.RPCURL); err != nil || u.Scheme == "" {
			return cfgErr("RPCURL", "not a URL: %q", c.RPCURL)
		}
	}
	operator := crypto.PubkeyToAddress(c.OperatorKey.PublicKey)
	seen := map[protocol.VMID]bool{}
	for i, v := range c.VMs {
		f := func(name string) string { return fmt.Sprintf("VMs[%d].%s", i, name) }
		switch {
		case v.ID == (protocol.VMID{}):
			return cfgErr(f("ID"), "required")
		case seen[v.ID]:
			return cfgErr(f("ID"), "VM %s appears twice", v.ID)
		case v.ExpectedKey == (common.Address{}):
			return cfgErr(f("ExpectedKey"), "required")
		case len(v.Subsets) == 0:
			return cfgErr(f("Subsets"), "at least one subset is required")
		case !v.HashAlg.Known():
			return cfgErr(f("HashAlg"), "unknown hash algorithm %d", uint8(v.HashAlg))
		case v.Interval < 0:
			return cfgErr(f("Interval"), "must be positive")
		case v.Jitter < 0 || v.Jitter >= v.Interval:
			return cfgErr(f("Jitter"), "want 0 <= Jitter < Interval (%s), got %s", v.Interval, v.Jitter)
		case v.MaxAge < 0:
			return cfgErr(f("MaxAge"), "must be positive")
		}
		seen[v.ID] = true
		u, err := url.Parse(v.AgentURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return cfgErr(f("AgentURL"), "want an http(s) URL, got %q", v.AgentURL)
		}
		if err := enclave.CheckDistinct(operator, v.ExpectedKey); err != nil {
			return &ConfigError{Field: f("ExpectedKey"), Err: err}
		}
		subs := map[[protocol.HashSize]byte]bool{}
		for j, s := range v.Subsets {
			if s == ([protocol.HashSize]byte{}) {
				return cfgErr(fmt.Sprintf("VMs[%d].Subsets[%d]", i, j), "zero subset id")
			}
			if subs[s] {
				return cfgErr(fmt.Sprintf("VMs[%d].Subsets[%d]", i, j), "subset 0x%x appears twice", s)
			}
			subs[s] = true
		}
		if err := checkProperties(i, v, subs); err != nil {
			return err
		}
		if q := v.Quorum; q != nil {
			if len(v.Properties) > 0 {
				return cfgErr(f("Quorum"), "a quorum VM cannot have properties (votes carry no ZK commitment)")
			}
			if q.SubmitDelay < 0 {
				return cfgErr(f("Quorum.SubmitDelay"), "must be positive")
			}
			for j, p := range q.Peers {
				u, err := url.Parse(p.URL)
				if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
					return cfgErr(fmt.Sprintf("VMs[%d].Quorum.Peers[%d].URL", i, j), "want an http(s) URL, got %q", p.URL)
				}
			}
		}
		if len(v.Properties) > 0 && c.PropertyRegistry == (common.Address{}) {
			return cfgErr("PropertyRegistry", "required when a VM has properties (VMs[%d])", i)
		}
	}
	names := map[string]bool{}
	for i, cl := range c.Clients {
		f := func(name string) string { return fmt.Sprintf("Clients[%d].%s", i, name) }
		if cl.Name == "" {
			return cfgErr(f("Name"), "required")
		}
		if names[cl.Name] {
			return cfgErr(f("Name"), "client %q appears twice", cl.Name)
		}
		names[cl.Name] = true
		if b, err := hex.DecodeString(cl.TokenSHA256); err != nil || len(b) != 32 {
			return cfgErr(f("TokenSHA256"), "want 64 hex digits (the SHA-256 of the token)")
		}
		if cl.RatePerSecond < 0 {
			return cfgErr(f("RatePerSecond"), "must be positive")
		}
		if cl.Burst < 0 {
			return cfgErr(f("Burst"), "must be positive")
		}
	}
	return nil
}

// checkProperties checks the properties of VMs[i]; subs are its subsets.
func checkProperties(i int, v VMConfig, subs map[[protocol.HashSize]byte]bool) error {
	seen := map[string]bool{}
	for j, p := range v.Properties {
		f := func(name string) string { return fmt.Sprintf("VMs[%d].Properties[%d].%s", i, j, name) }
		prop, err := zkproof.Lookup(p.Name)
		if err != nil {
			return &ConfigError{Field: f("Name"), Err: err}
		}
		switch {
		case !subs[p.Subset]:
			return cfgErr(f("Subset"), "0x%x is not one of the VM's subsets", p.Subset)
		case p.Verifier == (common.Address{}):
			return cfgErr(f("Verifier"), "required")
		}
		if prop == zkproof.GoldenDigest {
			if p.Region == "" {
				return cfgErr(f("Region"), "required for goldendigest")
			}
			if len(p.Golden) == 0 {
				return cfgErr(f("Golden"), "required for goldendigest")
			}
			if _, err := zkcommit.NewGoldenSet(p.Golden); err != nil {
				return &ConfigError{Field: f("Golden"), Err: err}
			}
		} else {
			if p.Region != "" {
				return cfgErr(f("Region"), "only for goldendigest, not %s", prop.Name)
			}
			if len(p.Golden) != 0 {
				return cfgErr(f("Golden"), "only for goldendigest, not %s", prop.Name)
			}
		}
		key := fmt.Sprintf("%s/%x/%s", prop.Name, p.Subset, p.Region)
		if seen[key] {
			return cfgErr(f("Name"), "property %s of subset 0x%x appears twice", prop.Name, p.Subset)
		}
		seen[key] = true
	}
	return nil
}
