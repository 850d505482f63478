// Package tee is the interface to the trusted execution environment that holds the attestation key: a
// Quoter produces evidence (an SEV-SNP attestation report with its certificates) over 64 bytes of report
// data, a Sealer derives a key bound to the TEE's identity to seal the attestation key at rest.
//
// The backends: internal/tee/snp (real AMD SEV-SNP through go-sev-guest), internal/tee/snpsim (a simulated
// SNP device for devnets and CI, INSECURE) and Software in this package (no TEE at all, INSECURE).
package tee

import (
	"context"
	"errors"
	"log/slog"

	"github.com/vmattest/vmattest/internal/evidence"
)

// The backend names (the --tee values and the bundles' TEE).
const (
	SEVSNP    = evidence.TEESEVSNP
	SEVSNPSim = evidence.TEESEVSNPSim
	Software  = evidence.TEESoftware
)

// Quoter produces TEE evidence over 64 bytes of report data.
type Quoter interface {
	// TEE names the backend: "sev-snp", "sev-snp-sim" or "software".
	TEE() string
	// Insecure is true for backends that do not protect the key (sev-snp-sim, software).
	Insecure() bool
	// Evidence returns a bundle whose report binds reportData (for SNP: as REPORT_DATA).
	Evidence(ctx context.Context, reportData [64]byte) (*evidence.Bundle, error)
}

// Sealer derives a 32-byte key bound to the TEE identity (on SNP: MSG_KEY_REQ mixing the launch
// measurement and the guest policy) to seal the attestation key at rest.
type Sealer interface {
	SealingKey(ctx context.Context) ([32]byte, error)
}

// Backend is both.
type Backend interface {
	Quoter
	Sealer
}

// ErrNoSealing is returned by SealingKey of a backend that cannot seal; callers fall back to a plain file
// readable only by its owner (0600).
var ErrNoSealing = errors.New("this TEE backend cannot seal keys")

// SoftwareBackend is the INSECURE software backend: no hardware, no report, no sealing. Its evidence says
// only which report data it was asked for; a verifier accepts it only when insecure TEEs are allowed.
type SoftwareBackend struct{}

// NewSoftware returns the INSECURE software backend and logs a warning saying so.
func NewSoftware() *SoftwareBackend {
	slog.Warn("INSECURE: software TEE backend: no hardware protects the attestation key and its evidence proves nothing; devnets and tests only",
		"tee", Software)
	return &SoftwareBackend{}
}

var _ Backend = (*SoftwareBackend)(nil)

// TEE returns "software".
func (*SoftwareBackend) TEE() string { return Software }

// Insecure returns true.
func (*SoftwareBackend) Insecure() bool { return true }

// Evidence returns a software bundle: TEE "software", Insecure, the report data, no report.
func (*SoftwareBackend) Evidence(ctx context.Context, reportData [64]byte) (*evidence.Bundle, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return &evidence.Bundle{Format: evidence.Format, TEE: Software, Insecure: true, ReportData: reportData}, nil
}

// SealingKey returns ErrNoSealing.
func (*SoftwareBackend) SealingKey(context.Context) ([32]byte, error) {
	return [32]byte{}, ErrNoSealing
}
