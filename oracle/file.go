package oracle

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/vmattest/vmattest/internal/yamlfile"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/strictjson"
)

// EnvPrefix starts the environment variables that override a configuration file's fields:
// VMATTEST_NODE_LISTEN, VMATTEST_NODE_RPC, VMATTEST_NODE_DATA_DIR, VMATTEST_NODE_OPERATOR_KEY_FILE.
const EnvPrefix = "VMATTEST_NODE_"

// FileConfig is the node's configuration file (YAML; docs/node.example.yaml). Resolve turns it into a
// Config; relative paths are relative to the file's directory. Durations are Go durations ("30s").
type FileConfig struct {
	DataDir  string `yaml:"dataDir"`
	Listen   string `yaml:"listen"`
	ChainID  uint64 `yaml:"chainId"`
	RPC      string `yaml:"rpc"`
	Verifier string `yaml:"verifier"`
	Registry string `yaml:"registry"`
	// PropertyRegistry is required when a VM has properties.
	PropertyRegistry string `yaml:"propertyRegistry,omitempty"`
	OperatorKeyFile  string `yaml:"operatorKeyFile"`
	BatchSize        int    `yaml:"batchSize,omitempty"`
	BatchInterval    string `yaml:"batchInterval,omitempty"`
	// TxPollInterval is how often the tx manager looks for receipts (a Go duration; empty means 2s): about the
	// chain's block time or less.
	TxPollInterval   string `yaml:"txPollInterval,omitempty"`
	NumConfirmations uint64 `yaml:"numConfirmations,omitempty"`
	// KeyStateTTL and KeyStateMaxStale are Config's (Go durations; empty means the defaults).
	KeyStateTTL      string `yaml:"keyStateTtl,omitempty"`
	KeyStateMaxStale string `yaml:"keyStateMaxStale,omitempty"`
	// Agent is an agent configuration file (docs/agent.example.yaml) for an agent embedded in the node's
	// process; VMs without agentUrl use it. One process then serves a single machine.
	Agent   string       `yaml:"agent,omitempty"`
	VMs     []FileVM     `yaml:"vms"`
	Clients []FileClient `yaml:"clients,omitempty"`

	dir string
}

// FileVM is a VM of the node's configuration file: where its agent is, the key it must sign with, its
// subsets and schedule, its properties and, for quorum subsets, the peers.
type FileVM struct {
	ID          string         `yaml:"id"`
	AgentURL    string         `yaml:"agentUrl,omitempty"`
	ExpectedKey string         `yaml:"expectedKey,omitempty"`
	Subsets     []string       `yaml:"subsets"`
	HashAlg     string         `yaml:"hashAlg,omitempty"`
	Interval    string         `yaml:"interval,omitempty"`
	Jitter      string         `yaml:"jitter,omitempty"`
	Properties  []FileProperty `yaml:"properties,omitempty"`
	// Quorum makes the VM's subsets quorum subsets, attested with the other nodes in peers.
	Quorum *FileQuorum `yaml:"quorum,omitempty"`
}

// FileProperty is a property the node proves for a VM (docs/zk.md).
type FileProperty struct {
	Name     string   `yaml:"name"`
	Subset   string   `yaml:"subset"`
	Verifier string   `yaml:"verifier"`
	Region   string   `yaml:"region,omitempty"`
	Golden   []string `yaml:"golden,omitempty"`
}

// FileQuorum lists the peers of a VM's quorum subsets and how long this node waits before it submits.
type FileQuorum struct {
	Peers       []FilePeer `yaml:"peers"`
	SubmitDelay string     `yaml:"submitDelay,omitempty"`
}

// FilePeer is another node of a quorum.
type FilePeer struct {
	URL string `yaml:"url"`
	// TokenFile holds a bearer token the peer accepts (one line).
	TokenFile string `yaml:"tokenFile"`
}

// FileClient is a client of the node's API: a bearer token, by its SHA-256, and its rate limit.
type FileClient struct {
	Name          string  `yaml:"name"`
	TokenSHA256   string  `yaml:"tokenSha256"`
	RatePerSecond float64 `yaml:"ratePerSecond,omitempty"`
	Burst         int     `yaml:"burst,omitempty"`
}

// LoadFile reads a configuration file strictly (unknown fields are errors) and applies the environment
// overrides.
func LoadFile(path string) (*FileConfig, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("failed to read the node configuration: %w", err)
	}
	var f FileConfig
	if err := yamlfile.Decode(data, &f); err != nil {
		return nil, &ConfigError{Field: path, Err: err}
	}
	yamlfile.Override(EnvPrefix, map[string]*string{"LISTEN": &f.Listen, "RPC": &f.RPC, "DATA_DIR": &f.DataDir, "OPERATOR_KEY_FILE": &f.OperatorKeyFile})
	f.dir = filepath.Dir(path)
	return &f, nil
}

func (f *FileConfig) path(p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(f.dir, p)
}

func fileErr(field, format string, args ...any) error {
	return &ConfigError{Field: field, Err: fmt.Errorf(format, args...)}
}

// hash32 parses 0x and 64 hex digits.
func hash32(s string) (b [32]byte, ok bool) {
	return b, strictjson.Hex(s, b[:]) == nil
}

func duration(field, s string) (time.Duration, error) {
	if s == "" {
		return 0, nil // the Config default applies
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fileErr(field, "%q is not a duration such as 30s", s)
	}
	return d, nil
}

// OperatorAddress loads the operator key file and returns its address.
func (f *FileConfig) OperatorAddress() (common.Address, error) {
	if f.OperatorKeyFile == "" {
		return common.Address{}, fileErr("operatorKeyFile", "required")
	}
	k, err := crypto.LoadECDSA(f.path(f.OperatorKeyFile))
	if err != nil {
		return common.Address{}, fileErr("operatorKeyFile", "%v", err)
	}
	return crypto.PubkeyToAddress(k.PublicKey), nil
}

// AgentFile returns the embedded agent's configuration file, resolved against the file's directory, or "".
func (f *FileConfig) AgentFile() string { return f.path(f.Agent) }

// UseAgent sets url as the agent of every VM that names none: the embedded agent.
func (f *FileConfig) UseAgent(url string) {
	for i := range f.VMs {
		if f.VMs[i].AgentURL == "" {
			f.VMs[i].AgentURL = url
		}
	}
}

// Resolve builds the Config: it parses every field and loads the operator key, then checks the result.
// Errors name the field as written in the file, e.g. "vms[0].expectedKey".
func (f *FileConfig) Resolve() (Config, error) {
	c := Config{DataDir: f.path(f.DataDir), Listen: f.Listen, ChainID: f.ChainID, RPCURL: f.RPC, BatchSize: f.BatchSize,
		NumConfirmations: f.NumConfirmations}
	var err error
	for field, v := range map[string]struct {
		s   string
		dst *common.Address
	}{"verifier": {f.Verifier, &c.Verifier}, "registry": {f.Registry, &c.Registry}} {
		if !common.IsHexAddress(v.s) {
			return c, fileErr(field, "%q is not an address", v.s)
		}
		*v.dst = common.HexToAddress(v.s)
	}
	if f.PropertyRegistry != "" {
		if !common.IsHexAddress(f.PropertyRegistry) {
			return c, fileErr("propertyRegistry", "%q is not an address", f.PropertyRegistry)
		}
		c.PropertyRegistry = common.HexToAddress(f.PropertyRegistry)
	}
	if c.BatchInterval, err = duration("batchInterval", f.BatchInterval); err != nil {
		return c, err
	}
	if c.TxPollInterval, err = duration("txPollInterval", f.TxPollInterval); err != nil {
		return c, err
	}
	if c.KeyStateTTL, err = duration("keyStateTtl", f.KeyStateTTL); err != nil {
		return c, err
	}
	if c.KeyStateMaxStale, err = duration("keyStateMaxStale", f.KeyStateMaxStale); err != nil {
		return c, err
	}
	if f.OperatorKeyFile == "" {
		return c, fileErr("operatorKeyFile", "required")
	}
	if c.OperatorKey, err = crypto.LoadECDSA(f.path(f.OperatorKeyFile)); err != nil {
		return c, fileErr("operatorKeyFile", "%v", err)
	}
	for i, vm := range f.VMs {
		field := fmt.Sprintf("vms[%d]", i)
		var v VMConfig
		if v.ID, err = protocol.ParseVMID(vm.ID); err != nil {
			return c, fileErr(field+".id", "%v", err)
		}
		v.AgentURL = vm.AgentURL
		if !common.IsHexAddress(vm.ExpectedKey) {
			return c, fileErr(field+".expectedKey", "%q is not an address", vm.ExpectedKey)
		}
		v.ExpectedKey = common.HexToAddress(vm.ExpectedKey)
		for j, s := range vm.Subsets {
			b, ok := hash32(s)
			if !ok {
				return c, fileErr(fmt.Sprintf("%s.subsets[%d]", field, j), "%q is not a subset id (0x + 64 hex digits; vmattest subset id FILE)", s)
			}
			v.Subsets = append(v.Subsets, b)
		}
		for j, p := range vm.Properties {
			pf := fmt.Sprintf("%s.properties[%d]", field, j)
			pc := PropertyConfig{Name: p.Name, Region: p.Region}
			var ok bool
			if pc.Subset, ok = hash32(p.Subset); !ok {
				return c, fileErr(pf+".subset", "%q is not a subset id (0x + 64 hex digits)", p.Subset)
			}
			if !common.IsHexAddress(p.Verifier) {
				return c, fileErr(pf+".verifier", "%q is not an address", p.Verifier)
			}
			pc.Verifier = common.HexToAddress(p.Verifier)
			for k, g := range p.Golden {
				d, ok := hash32(g)
				if !ok {
					return c, fileErr(fmt.Sprintf("%s.golden[%d]", pf, k), "%q is not a digest (0x + 64 hex digits)", g)
				}
				pc.Golden = append(pc.Golden, d)
			}
			v.Properties = append(v.Properties, pc)
		}
		alg := vm.HashAlg
		if alg == "" {
			alg = "blake3"
		}
		if v.HashAlg, err = protocol.ParseHashAlg(alg); err != nil {
			return c, fileErr(field+".hashAlg", "%v", err)
		}
		if v.Interval, err = duration(field+".interval", vm.Interval); err != nil {
			return c, err
		}
		if v.Jitter, err = duration(field+".jitter", vm.Jitter); err != nil {
			return c, err
		}
		if q := vm.Quorum; q != nil {
			v.Quorum = &QuorumConfig{}
			if v.Quorum.SubmitDelay, err = duration(field+".quorum.submitDelay", q.SubmitDelay); err != nil {
				return c, err
			}
			for j, p := range q.Peers {
				pf := fmt.Sprintf("%s.quorum.peers[%d]", field, j)
				tok, err := os.ReadFile(f.path(p.TokenFile))
				if err != nil || len(bytes.TrimSpace(tok)) == 0 {
					return c, fileErr(pf+".tokenFile", "want a file with the peer's bearer token: %v", err)
				}
				v.Quorum.Peers = append(v.Quorum.Peers, PeerConfig{URL: p.URL, Token: string(bytes.TrimSpace(tok))})
			}
		}
		c.VMs = append(c.VMs, v)
	}
	for _, cl := range f.Clients {
		c.Clients = append(c.Clients, ClientConfig{Name: cl.Name, TokenSHA256: cl.TokenSHA256, RatePerSecond: cl.RatePerSecond, Burst: cl.Burst})
	}
	return c, c.Check()
}
