package enclave

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/vmattest/vmattest/internal/atomicfile"
	"github.com/vmattest/vmattest/internal/evidence"
	"github.com/vmattest/vmattest/internal/strictjson"
)

const registrationFormat = "vmattest-registration-v1"

// Registration is the public part of an attestation key: its binding and the TEE evidence over it. A
// registrar verifies it before approving the key on chain; anyone can verify it afterwards.
type Registration struct {
	Binding  Binding
	Evidence *evidence.Bundle
}

type bindingJSON struct {
	PublicKey hexutil.Bytes  `json:"publicKey"`
	Address   common.Address `json:"address"`
	ChainID   uint64         `json:"chainId"`
	Registry  common.Address `json:"registry"`
	ExpiresAt uint64         `json:"expiresAt"`
	// Context is present when nonzero (a key that registers by proof).
	Context *common.Hash `json:"context,omitempty"`
}

type registrationJSON struct {
	Format       string           `json:"format"`
	Binding      bindingJSON      `json:"binding"`
	ReportData   hexutil.Bytes    `json:"reportData"`
	EvidenceHash common.Hash      `json:"evidenceHash"`
	Evidence     *evidence.Bundle `json:"evidence"`
}

// MarshalJSON writes the registration file form (docs/evidence.md); reportData and evidenceHash are
// derived, for readers, and checked when read.
func (r Registration) MarshalJSON() ([]byte, error) {
	rd := r.Binding.ReportData()
	return json.Marshal(registrationJSON{
		Format: registrationFormat,
		Binding: bindingJSON{PublicKey: r.Binding.PublicKey[:], Address: r.Binding.Address(), ChainID: r.Binding.ChainID,
			Registry: r.Binding.Registry, ExpiresAt: r.Binding.ExpiresAt, Context: contextJSON(r.Binding.Context)},
		ReportData: rd[:], EvidenceHash: r.Evidence.Hash(), Evidence: r.Evidence,
	})
}

// UnmarshalJSON reads the registration file form strictly and checks its derived fields.
func (r *Registration) UnmarshalJSON(data []byte) error {
	var j registrationJSON
	if err := strictjson.Decode(data, &j); err != nil {
		return fmt.Errorf("malformed registration: %w", err)
	}
	switch {
	case j.Format != registrationFormat:
		return fmt.Errorf("malformed registration: format %q, want %q", j.Format, registrationFormat)
	case len(j.Binding.PublicKey) != 64:
		return fmt.Errorf("malformed registration: binding.publicKey has %d bytes, want 64 (X || Y)", len(j.Binding.PublicKey))
	case j.Evidence == nil:
		return errors.New("malformed registration: evidence is missing")
	}
	var out Registration
	copy(out.Binding.PublicKey[:], j.Binding.PublicKey)
	out.Binding.ChainID, out.Binding.Registry, out.Binding.ExpiresAt = j.Binding.ChainID, j.Binding.Registry, j.Binding.ExpiresAt
	if j.Binding.Context != nil {
		out.Binding.Context = *j.Binding.Context
	}
	out.Evidence = j.Evidence
	if err := out.Binding.Validate(); err != nil {
		return fmt.Errorf("malformed registration: %w", err)
	}
	rd := out.Binding.ReportData()
	switch {
	case out.Binding.Address() != j.Binding.Address:
		return fmt.Errorf("malformed registration: binding.address %s is not the public key's address %s", j.Binding.Address, out.Binding.Address())
	case !bytes.Equal(j.ReportData, rd[:]):
		return errors.New("malformed registration: reportData is not the binding's (docs/evidence.md)")
	case out.Evidence.Hash() != j.EvidenceHash:
		return fmt.Errorf("malformed registration: evidenceHash %s is not the evidence's %s", j.EvidenceHash, common.Hash(out.Evidence.Hash()))
	}
	*r = out
	return nil
}

// Write stores the registration at path (atomically, 0644: it is public).
func (r Registration) Write(path string) error {
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("failed to encode registration: %w", err)
	}
	return atomicfile.Write(path, append(data, '\n'), 0o644)
}

// LoadRegistration reads a registration file.
func LoadRegistration(path string) (*Registration, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("failed to open registration: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, 1<<20))
	if err != nil {
		return nil, fmt.Errorf("failed to read %s: %w", path, err)
	}
	var r Registration
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &r, nil
}

// Verify checks the evidence (signature, chain, policy) and that its REPORT_DATA is this registration's
// binding. It returns the report's facts.
func (r *Registration) Verify(ctx context.Context, opt evidence.VerifyOptions) (*evidence.Facts, error) {
	rd := r.Binding.ReportData()
	opt.ExpectedReportData = &rd
	return evidence.Verify(ctx, r.Evidence, opt)
}

func contextJSON(c [32]byte) *common.Hash {
	if c == ([32]byte{}) {
		return nil
	}
	h := common.Hash(c)
	return &h
}
