package snp

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-sev-guest/abi"
	"github.com/google/go-sev-guest/client"
	labi "github.com/google/go-sev-guest/client/linuxabi"
	"github.com/google/go-sev-guest/kds"
	spb "github.com/google/go-sev-guest/proto/sevsnp"

	"github.com/vmattest/vmattest/internal/evidence"
	"github.com/vmattest/vmattest/internal/tee"
)

// These tests run the backend over fakes written here (not go-sev-guest/testing): a quote provider that
// returns a recorded quote, and a guest device that answers MSG_KEY_REQ. The quote is built from the real
// AMD-signed Milan report in internal/evidence/testdata.

var _ tee.Backend = (*Backend)(nil)

type fakeQuoteProvider struct {
	quote []byte
	err   error
	asked [64]byte
}

func (f *fakeQuoteProvider) IsSupported() bool { return true }
func (f *fakeQuoteProvider) GetRawQuote(rd [64]byte) ([]byte, error) {
	f.asked = rd
	return f.quote, f.err
}
func (f *fakeQuoteProvider) Product() *spb.SevProduct { return nil }

type fakeDevice struct {
	key     [32]byte
	err     error
	status  labi.EsResult
	req     labi.SnpDerivedKeyReqABI
	command uintptr
	closed  bool
}

func (d *fakeDevice) Open(string) error        { return nil }
func (d *fakeDevice) Close() error             { d.closed = true; return nil }
func (d *fakeDevice) Product() *spb.SevProduct { return nil }
func (d *fakeDevice) Ioctl(command uintptr, argument any) (uintptr, error) {
	d.command = command
	r, ok := argument.(*labi.SnpUserGuestRequest)
	if !ok {
		return 0, errors.New("unexpected argument")
	}
	req, ok1 := r.ReqData.(*labi.SnpDerivedKeyReqABI)
	resp, ok2 := r.RespData.(*labi.SnpDerivedKeyRespABI)
	if !ok1 || !ok2 {
		return 0, errors.New("not a derived key request")
	}
	d.req = *req
	if d.err != nil {
		return 0, d.err
	}
	resp.Data = d.key
	return uintptr(d.status), nil
}

var quiet = WithLogger(slog.New(slog.DiscardHandler))

type milan struct {
	report, vcek, ask, ark []byte
	rd                     [64]byte
}

func loadMilan(t *testing.T) milan {
	t.Helper()
	var m milan
	var err error
	if m.report, err = os.ReadFile("../../evidence/testdata/milan-attestation.bin"); err != nil {
		t.Fatal(err)
	}
	if m.vcek, err = os.ReadFile("../../evidence/testdata/milan-vcek.der"); err != nil {
		t.Fatal(err)
	}
	chain, err := os.ReadFile("../../evidence/testdata/milan-ask-ark.pem")
	if err != nil {
		t.Fatal(err)
	}
	if m.ask, m.ark, err = kds.ParseProductCertChain(chain); err != nil {
		t.Fatal(err)
	}
	copy(m.rd[:], m.report[0x50:0x90])
	return m
}

// quote is a report followed by a certificate table of the given entries (by GUID).
func quote(report []byte, entries map[string][]byte) []byte {
	chain := &spb.CertificateChain{Extras: map[string][]byte{}}
	for guid, der := range entries {
		switch guid {
		case abi.VcekGUID:
			chain.VcekCert = der
		case abi.VlekGUID:
			chain.VlekCert = der
		case abi.AskGUID:
			chain.AskCert = der
		case abi.ArkGUID:
			chain.ArkCert = der
		default:
			chain.Extras[guid] = der
		}
	}
	return append(append([]byte{}, report...), abi.CertsFromProto(chain).Marshal()...)
}

func TestEvidenceSplitsTheQuote(t *testing.T) {
	m := loadMilan(t)
	verifyOpts := evidence.VerifyOptions{Now: time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC), Policy: &evidence.Policy{AllowDebug: true}}
	for name, entries := range map[string]map[string][]byte{
		"full table": {abi.VcekGUID: m.vcek, abi.AskGUID: m.ask, abi.ArkGUID: m.ark},
		// The host gave only the VCEK: ASK and ARK come from go-sev-guest's embedded Milan roots (the
		// product from the VCEK, the report being version 2).
		"VCEK only":            {abi.VcekGUID: m.vcek},
		"VCEK and extra entry": {abi.VcekGUID: m.vcek, abi.ExtraPlatformInfoGUID: {8, 0, 0, 0, 0x10, 0x0f, 0xa0, 0}},
	} {
		t.Run(name, func(t *testing.T) {
			qp := &fakeQuoteProvider{quote: quote(m.report, entries)}
			b := NewWith(qp, nil, quiet)
			if b.TEE() != "sev-snp" || b.Insecure() {
				t.Fatal("names")
			}
			bundle, err := b.Evidence(context.Background(), m.rd)
			if err != nil {
				t.Fatal(err)
			}
			if qp.asked != m.rd {
				t.Fatal("the provider was not asked for the report data")
			}
			if bundle.TEE != "sev-snp" || bundle.Insecure || bundle.ReportData != m.rd || !bytes.Equal(bundle.Report, m.report) ||
				!bytes.Equal(bundle.VCEK, m.vcek) || !bytes.Equal(bundle.ASK, m.ask) || !bytes.Equal(bundle.ARK, m.ark) {
				t.Fatal("bundle is not the quote's report and certificates")
			}
			// The split bundle is real evidence: it verifies against AMD's roots.
			if _, err := evidence.Verify(context.Background(), bundle, verifyOpts); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestEvidenceErrors(t *testing.T) {
	m := loadMilan(t)
	short := m.report[:0x100]
	badTable := append(append([]byte{}, m.report...), bytes.Repeat([]byte{1}, 30)...)
	for _, tc := range []struct {
		name  string
		quote []byte
		qpErr error
		rd    [64]byte
		want  string
		is    error
	}{
		{"no certificate table", m.report, nil, m.rd, "no certificate table", ErrNoCertificates},
		{"no VCEK", quote(m.report, map[string][]byte{abi.AskGUID: m.ask, abi.ArkGUID: m.ark}), nil, m.rd, "no VCEK entry", ErrNoCertificates},
		{"VLEK instead", quote(m.report, map[string][]byte{abi.VlekGUID: m.vcek}), nil, m.rd, "VLEK", ErrNoCertificates},
		{"short quote", short, nil, m.rd, "shorter than a report", nil},
		{"malformed table", badTable, nil, m.rd, "certificate table is malformed", nil},
		{"other report data", quote(m.report, map[string][]byte{abi.VcekGUID: m.vcek}), nil, [64]byte{9}, "not the requested", nil},
		{"provider fails", nil, errors.New("EIO"), m.rd, "report request failed: EIO", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := NewWith(&fakeQuoteProvider{quote: tc.quote, err: tc.qpErr}, nil, quiet)
			_, err := b.Evidence(context.Background(), tc.rd)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error with %q", err, tc.want)
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Fatalf("got %v, want %v", err, tc.is)
			}
			if errors.Is(err, ErrNoCertificates) && !strings.Contains(err.Error(), "host did not provide") {
				t.Fatalf("message %q does not say the host did not provide certificates", err)
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := NewWith(&fakeQuoteProvider{}, nil, quiet).Evidence(ctx, m.rd); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: %v", err)
	}
}

func TestSealingKey(t *testing.T) {
	want := [32]byte{1, 2, 3}
	dev := &fakeDevice{key: want}
	b := NewWith(nil, func() (client.Device, error) { return dev, nil }, quiet, WithKeyVMPL(1))
	got, err := b.SealingKey(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got != want || !dev.closed || dev.command != labi.IocSnpGetDerivedKey {
		t.Fatalf("key %x closed %t command %#x", got, dev.closed, dev.command)
	}
	// Root key VCEK (0); MEASUREMENT (bit 3) and GUEST_POLICY (bit 0) mixed in, nothing else.
	if dev.req.RootKeySelect != 0 || dev.req.GuestFieldSelect != 1<<3|1<<0 || dev.req.Vmpl != 1 || dev.req.TCBVersion != 0 || dev.req.GuestSVN != 0 {
		t.Fatalf("request %+v", dev.req)
	}

	for name, tc := range map[string]struct {
		open func() (client.Device, error)
		want string
	}{
		"no device":      {func() (client.Device, error) { return nil, errors.New("no /dev/sev-guest") }, "no /dev/sev-guest"},
		"ioctl fails":    {func() (client.Device, error) { return &fakeDevice{err: errors.New("EINVAL")}, nil }, "MSG_KEY_REQ failed"},
		"firmware error": {func() (client.Device, error) { return &fakeDevice{key: want, status: labi.EsUnsupported}, nil }, "MSG_KEY_REQ failed"},
		"zero key":       {func() (client.Device, error) { return &fakeDevice{}, nil }, "all-zero"},
	} {
		if _, err := NewWith(nil, tc.open, quiet).SealingKey(context.Background()); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want %q", name, err, tc.want)
		}
	}
}
