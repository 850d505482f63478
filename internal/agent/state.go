package agent

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/vmattest/vmattest/internal/atomicfile"
	"github.com/vmattest/vmattest/internal/protocol"
)

// The state directory's layout:
//
//	StateDir/sequence/<vmId>                  the VM's last used sequence number, decimal, 0600
//	StateDir/openings/<vmId>-<subsetId>.json  the latest ZK opening of (VM, subset), 0600 (secret)
const (
	sequenceDir = "sequence"
	openingsDir = "openings"
)

func ensureStateDirs(dir string) error {
	for _, d := range []string{dir, filepath.Join(dir, sequenceDir), filepath.Join(dir, openingsDir)} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return fmt.Errorf("failed to create state directory: %w", err)
		}
	}
	return nil
}

func sequencePath(dir string, vm protocol.VMID) string {
	return filepath.Join(dir, sequenceDir, vm.String())
}

func openingPath(dir string, vm protocol.VMID, sid [protocol.HashSize]byte) string {
	return filepath.Join(dir, openingsDir, fmt.Sprintf("%s-%x.json", vm, sid))
}

// loadSequence returns the VM's last used sequence number, 0 when none was ever used. A file that exists but
// cannot be read as a number is an error: starting again from 0 would reuse sequence numbers.
func loadSequence(dir string, vm protocol.VMID) (uint64, error) {
	p := sequencePath(dir, vm)
	data, err := os.ReadFile(p)
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("failed to read sequence counter: %w", err)
	}
	n, err := strconv.ParseUint(strings.TrimSpace(string(data)), 10, 64)
	if err != nil || n > protocol.MaxSequence {
		shown := string(data)
		if len(shown) > 40 {
			shown = shown[:40] + "..."
		}
		return 0, fmt.Errorf("sequence counter %s is corrupt (%q); refusing to guess", p, shown)
	}
	return n, nil
}

// storeSequence durably records n as the VM's last used sequence number: a temporary file written and
// fsynced, renamed over the counter, and the directory fsynced, so that after a crash the counter is the old
// or the new value, and the new value is on disk before anything is signed with it.
func storeSequence(dir string, vm protocol.VMID, n uint64) error {
	if err := atomicfile.Write(sequencePath(dir, vm), []byte(strconv.FormatUint(n, 10)+"\n"), 0o600); err != nil {
		return fmt.Errorf("failed to write sequence counter: %w", err)
	}
	return nil
}
