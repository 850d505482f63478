package agent

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vmattest/vmattest/internal/digest"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/subset"
)

// Defaults and bounds of Config.
const (
	// DefaultMaxBody is the request body limit when Config.MaxBody is 0.
	DefaultMaxBody = 64 << 10
	// DefaultMaxNonces is the nonce cache's size when Config.MaxNonces is 0.
	DefaultMaxNonces = 100_000
	// MaxWindow bounds Config.Window: a longer window means a longer replay memory and staler requests.
	MaxWindow = time.Hour
)

// VMConfig is what the agent may attest of one VM.
type VMConfig struct {
	// Subsets are the VM's subsets by identifier; each key must be its manifest's ID().
	Subsets map[[protocol.HashSize]byte]*subset.Manifest
	// AllowedAlgs are the hash algorithms a request may ask for.
	AllowedAlgs []protocol.HashAlg
}

// Config is the agent's configuration.
type Config struct {
	// VMs are the VMs the agent attests, by identifier.
	VMs map[protocol.VMID]VMConfig
	// AllowedNodes are the Ethereum addresses of the oracle nodes whose signed requests are served.
	AllowedNodes []common.Address
	// Window is the tolerance of request timestamps around the agent's clock, both ways; nonces are
	// remembered for as long as their request could still be accepted.
	Window time.Duration
	// MaxBody is the request body limit in bytes; 0 means DefaultMaxBody.
	MaxBody int64
	// MaxNonces bounds the nonce cache; 0 means DefaultMaxNonces. When it is full of unexpired nonces,
	// requests are refused with 503 rather than forgetting a nonce early.
	MaxNonces int
	// Domain is the EIP-712 domain attestations are signed for (chain id and verifier contract).
	Domain protocol.Domain
	// StateDir holds the agent's persistent state: sequence counters and ZK openings.
	StateDir string
	// ZKKeysDir holds the zkproof keys (<property>.pk, .vk, .keys.json, as zkproof.Keys.Write writes
	// them) that POST /v1/proofs proves with; a property's keys are loaded on its first proof. Optional:
	// when empty, /v1/proofs answers 404.
	ZKKeysDir string
}

// ConfigError names the configuration field that is wrong. It matches ErrConfig with errors.Is.
type ConfigError struct {
	Field string
	Err   error
}

// ErrConfig is matched by every error of Config.Check.
var ErrConfig = errors.New("invalid agent configuration")

func (e *ConfigError) Error() string { return fmt.Sprintf("%v: %s: %v", ErrConfig, e.Field, e.Err) }

// Unwrap returns the cause.
func (e *ConfigError) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrConfig) true.
func (e *ConfigError) Is(target error) bool { return target == ErrConfig }

func cfgErr(field, format string, args ...any) error {
	return &ConfigError{Field: field, Err: fmt.Errorf(format, args...)}
}

// Check returns the first problem of c as a *ConfigError naming the field.
func (c *Config) Check() error {
	if len(c.VMs) == 0 {
		return cfgErr("VMs", "no VM configured")
	}
	for id, vm := range c.VMs {
		f := fmt.Sprintf("VMs[%s]", id)
		if id == (protocol.VMID{}) {
			return cfgErr(f, "zero VM id")
		}
		if len(vm.Subsets) == 0 {
			return cfgErr(f+".Subsets", "no subset configured")
		}
		for sid, m := range vm.Subsets {
			sf := fmt.Sprintf("%s.Subsets[0x%x]", f, sid)
			if m == nil {
				return cfgErr(sf, "nil manifest")
			}
			if err := m.Validate(); err != nil {
				return &ConfigError{Field: sf, Err: err}
			}
			if got := m.ID(); got != sid {
				return cfgErr(sf, "the manifest's id is 0x%x, not its key", got)
			}
		}
		if len(vm.AllowedAlgs) == 0 {
			return cfgErr(f+".AllowedAlgs", "no hash algorithm allowed")
		}
		for i, a := range vm.AllowedAlgs {
			if _, err := digest.ByID(a); err != nil {
				return &ConfigError{Field: fmt.Sprintf("%s.AllowedAlgs[%d]", f, i), Err: err}
			}
		}
	}
	if len(c.AllowedNodes) == 0 {
		return cfgErr("AllowedNodes", "no oracle node allowed")
	}
	for i, a := range c.AllowedNodes {
		if a == (common.Address{}) {
			return cfgErr(fmt.Sprintf("AllowedNodes[%d]", i), "zero address")
		}
	}
	switch {
	case c.Window <= 0 || c.Window > MaxWindow:
		return cfgErr("Window", "%v, want more than 0 and at most %v", c.Window, MaxWindow)
	case c.Window%time.Second != 0:
		return cfgErr("Window", "%v, want whole seconds (request timestamps are in seconds)", c.Window)
	case c.MaxBody < 0:
		return cfgErr("MaxBody", "%d, want 0 (default %d) or more", c.MaxBody, DefaultMaxBody)
	case c.MaxBody > 0 && c.MaxBody < 512:
		return cfgErr("MaxBody", "%d bytes cannot hold a request, want at least 512", c.MaxBody)
	case c.MaxNonces < 0:
		return cfgErr("MaxNonces", "%d, want 0 (default %d) or more", c.MaxNonces, DefaultMaxNonces)
	case c.Domain.ChainID == nil || c.Domain.ChainID.Sign() <= 0:
		return cfgErr("Domain.ChainID", "want a positive chain id")
	case c.Domain.VerifyingContract == (common.Address{}):
		return cfgErr("Domain.VerifyingContract", "zero address")
	case c.Domain.Name == "" || c.Domain.Version == "":
		return cfgErr("Domain", "name and version are required (use protocol.NewDomain)")
	case c.StateDir == "":
		return cfgErr("StateDir", "required")
	}
	if c.ZKKeysDir != "" {
		fi, err := os.Stat(c.ZKKeysDir)
		if err != nil {
			return &ConfigError{Field: "ZKKeysDir", Err: err}
		}
		if !fi.IsDir() {
			return cfgErr("ZKKeysDir", "%s is not a directory", c.ZKKeysDir)
		}
	}
	return nil
}

func (c *Config) maxBody() int64 {
	if c.MaxBody == 0 {
		return DefaultMaxBody
	}
	return c.MaxBody
}

func (c *Config) maxNonces() int {
	if c.MaxNonces == 0 {
		return DefaultMaxNonces
	}
	return c.MaxNonces
}
