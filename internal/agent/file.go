package agent

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/vmattest/vmattest/internal/yamlfile"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/subset"
)

// EnvPrefix starts the environment variables that override a configuration file's top-level fields:
// VMATTEST_AGENT_LISTEN, VMATTEST_AGENT_STATE_DIR, VMATTEST_AGENT_WINDOW.
const EnvPrefix = "VMATTEST_AGENT_"

// FileConfig is the agent's configuration file (YAML; docs/agent.example.yaml). Resolve turns it into a
// Config; relative paths are relative to the file's directory.
type FileConfig struct {
	// Listen is the HTTP listen address; default 127.0.0.1:7300.
	Listen   string `yaml:"listen"`
	StateDir string `yaml:"stateDir"`
	// ZKKeysDir holds the zkproof keys for POST /v1/proofs; optional (no proofs without it).
	ZKKeysDir string `yaml:"zkKeysDir,omitempty"`
	ChainID   uint64 `yaml:"chainId"`
	// Verifier is the AttestationVerifier the attestations are signed for.
	Verifier string `yaml:"verifier"`
	// Window is the request timestamp tolerance, e.g. "30s"; default 30s.
	Window string `yaml:"window"`
	// Key is where the attestation key is and which TEE holds it.
	Key          FileKey  `yaml:"key"`
	AllowedNodes []string `yaml:"allowedNodes"`
	VMs          []FileVM `yaml:"vms"`

	dir string
}

// FileKey says where the agent's attestation key is and which TEE holds it.
type FileKey struct {
	TEE    string `yaml:"tee"`
	SimDir string `yaml:"simDir,omitempty"`
	Dir    string `yaml:"dir"`
}

// FileVM is a VM the agent attests: its subsets (manifest files) and the algorithms it may hash them with.
type FileVM struct {
	ID         string   `yaml:"id"`
	Subsets    []string `yaml:"subsets"`
	Algorithms []string `yaml:"algorithms"`
}

// LoadFile reads a configuration file strictly (unknown fields are errors) and applies the environment
// overrides.
func LoadFile(path string) (*FileConfig, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("failed to read the agent configuration: %w", err)
	}
	var f FileConfig
	if err := yamlfile.Decode(data, &f); err != nil {
		return nil, &ConfigError{Field: path, Err: err}
	}
	yamlfile.Override(EnvPrefix, map[string]*string{"LISTEN": &f.Listen, "STATE_DIR": &f.StateDir, "WINDOW": &f.Window})
	if f.Listen == "" {
		f.Listen = "127.0.0.1:7300"
	}
	if f.Window == "" {
		f.Window = "30s"
	}
	f.dir = filepath.Dir(path)
	return &f, nil
}

func (f *FileConfig) path(p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(f.dir, p)
}

// KeyDir returns the attestation key directory, resolved against the file's directory.
func (f *FileConfig) KeyDir() string { return f.path(f.Key.Dir) }

// SimDir returns the simulated SNP device's directory, resolved against the file's directory.
func (f *FileConfig) SimDir() string { return f.path(f.Key.SimDir) }

// Resolve builds the Config: it parses every field, loads the subset manifests and checks the result.
// Errors name the field, e.g. "vms[0].subsets[1]".
func (f *FileConfig) Resolve() (Config, error) {
	var c Config
	w, err := time.ParseDuration(f.Window)
	if err != nil {
		return c, cfgErr("window", "%q is not a duration such as 30s", f.Window)
	}
	c.Window, c.StateDir, c.ZKKeysDir = w, f.path(f.StateDir), f.path(f.ZKKeysDir)
	if !common.IsHexAddress(f.Verifier) {
		return c, cfgErr("verifier", "%q is not an address", f.Verifier)
	}
	c.Domain = protocol.NewDomain(f.ChainID, common.HexToAddress(f.Verifier))
	if f.Key.Dir == "" {
		return c, cfgErr("key.dir", "required")
	}
	for i, a := range f.AllowedNodes {
		if !common.IsHexAddress(a) {
			return c, cfgErr(fmt.Sprintf("allowedNodes[%d]", i), "%q is not an address", a)
		}
		c.AllowedNodes = append(c.AllowedNodes, common.HexToAddress(a))
	}
	c.VMs = map[protocol.VMID]VMConfig{}
	for i, vm := range f.VMs {
		field := fmt.Sprintf("vms[%d]", i)
		id, err := protocol.ParseVMID(vm.ID)
		if err != nil {
			return c, cfgErr(field+".id", "%v", err)
		}
		vc := VMConfig{Subsets: map[[protocol.HashSize]byte]*subset.Manifest{}}
		for j, p := range vm.Subsets {
			m, err := subset.Load(f.path(p))
			if err != nil {
				return c, cfgErr(fmt.Sprintf("%s.subsets[%d]", field, j), "%v", err)
			}
			vc.Subsets[m.ID()] = m
		}
		if len(vm.Algorithms) == 0 {
			vm.Algorithms = []string{"blake3", "sha256", "keccak256"}
		}
		for j, name := range vm.Algorithms {
			a, err := protocol.ParseHashAlg(name)
			if err != nil {
				return c, cfgErr(fmt.Sprintf("%s.algorithms[%d]", field, j), "%v", err)
			}
			vc.AllowedAlgs = append(vc.AllowedAlgs, a)
		}
		c.VMs[id] = vc
	}
	return c, c.Check()
}
