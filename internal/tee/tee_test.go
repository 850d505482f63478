package tee_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/vmattest/vmattest/internal/evidence"
	"github.com/vmattest/vmattest/internal/tee"
)

func TestSoftwareBackend(t *testing.T) {
	var logs bytes.Buffer
	prev := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(&logs, nil)))
	defer slog.SetDefault(prev)

	var b tee.Backend = tee.NewSoftware()
	if !strings.Contains(logs.String(), "INSECURE: software TEE backend") {
		t.Errorf("no INSECURE log line: %q", logs.String())
	}
	if b.TEE() != "software" || !b.Insecure() {
		t.Fatalf("TEE %q insecure %t", b.TEE(), b.Insecure())
	}
	if _, err := b.SealingKey(context.Background()); !errors.Is(err, tee.ErrNoSealing) {
		t.Fatalf("SealingKey: %v, want ErrNoSealing", err)
	}
	rd := [64]byte{1, 2, 3}
	ev, err := b.Evidence(context.Background(), rd)
	if err != nil {
		t.Fatal(err)
	}
	if ev.Format != evidence.Format || ev.TEE != "software" || !ev.Insecure || ev.ReportData != rd || ev.Report != nil || ev.VCEK != nil {
		t.Fatalf("evidence %+v", ev)
	}
	if err := ev.Validate(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := b.Evidence(ctx, rd); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: %v", err)
	}
}
