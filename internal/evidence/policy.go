package evidence

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"gopkg.in/yaml.v3"
)

const maxPolicyLen = 1 << 20

// Policy says which SNP reports a verifier accepts beyond a valid signature and binding. It is read from
// a YAML file:
//
//	measurements:            # launch measurements allowed, hex of 48 bytes (0x optional); empty: any
//	  - 0x6d1a…
//	allowDebug: false        # accept a guest whose policy has the DEBUG bit set (default: refuse)
//	minTCB:                  # component-wise minimum of the reported TCB (the one the VCEK certifies)
//	  bootloader: 3
//	  tee: 0
//	  snp: 20
//	  microcode: 209
//	  fmc: 0                 # Turin only; ignored on Milan and Genoa
//	vmpl: 0                  # the VMPL the report must have been requested at
//
// Every key is optional. Without a policy (VerifyOptions.Policy nil) a debug guest is still refused.
type Policy struct {
	// Measurements are the allowed launch measurements, hex of 48 bytes; empty allows any.
	Measurements []string `yaml:"measurements"`
	// AllowDebug accepts a guest whose policy has the DEBUG bit set.
	AllowDebug bool `yaml:"allowDebug"`
	// MinTCB is the component-wise minimum of the reported TCB; nil checks none.
	MinTCB *TCB `yaml:"minTCB"`
	// VMPL is the required VMPL (0-3); nil checks none.
	VMPL *uint32 `yaml:"vmpl"`
}

// LoadPolicy reads and validates a policy file.
func LoadPolicy(path string) (*Policy, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("failed to open policy: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxPolicyLen+1))
	if err != nil {
		return nil, fmt.Errorf("failed to read %s: %w", path, err)
	}
	p, err := ParsePolicy(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return p, nil
}

// ParsePolicy parses and validates a policy. Unknown keys, duplicate keys, values out of range and more
// than one YAML document are errors.
func ParsePolicy(data []byte) (*Policy, error) {
	if len(data) > maxPolicyLen {
		return nil, fmt.Errorf("policy: larger than %d bytes", maxPolicyLen)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var p Policy
	if err := dec.Decode(&p); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errors.New("policy: empty document")
		}
		return nil, fmt.Errorf("policy: %w", err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return nil, errors.New("policy: more than one YAML document")
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return &p, nil
}

// Validate checks the measurements' hex and the VMPL's range.
func (p *Policy) Validate() error {
	if _, err := p.measurements(); err != nil {
		return err
	}
	if p.VMPL != nil && *p.VMPL > 3 {
		return fmt.Errorf("policy: vmpl %d is out of range (0-3)", *p.VMPL)
	}
	return nil
}

func (p *Policy) measurements() ([][48]byte, error) {
	out := make([][48]byte, 0, len(p.Measurements))
	for i, s := range p.Measurements {
		h := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
		if len(h) != 96 {
			return nil, fmt.Errorf("policy: measurements[%d]: want 48 bytes (96 hex digits), got %d hex digits", i, len(h))
		}
		var m [48]byte
		if _, err := hex.Decode(m[:], []byte(h)); err != nil {
			return nil, fmt.Errorf("policy: measurements[%d]: invalid hex: %w", i, err)
		}
		out = append(out, m)
	}
	return out, nil
}
