package collect

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"testing"
	"time"

	"github.com/vmattest/vmattest/internal/digest"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/subset"
)

// pauseRanges is a small set of guest ranges the size of what a kernel attestation reads: 16 MiB of
// kernel text, a 4 KiB system call table, a 4 KiB IDT.
var pauseRanges = []subset.GPARange{{GPA: 16 << 20, Length: 16 << 20}, {GPA: 40 << 20, Length: 4096}, {GPA: 41 << 20, Length: 4096}}

func benchAlg(b *testing.B, id protocol.HashAlg) digest.Algorithm {
	a, err := digest.ByID(id)
	if err != nil {
		b.Fatal(err)
	}
	return a
}

// BenchmarkGuestPause measures the pause of a running QEMU guest (QMP stop to cont acknowledged) for one
// attestation, and reports its p50 and p99: of pauseRanges, and of one 4 KiB range (the QMP round trips
// alone).
func BenchmarkGuestPause(b *testing.B) {
	g := startCounterVM(b)
	alg := benchAlg(b, protocol.HashSHA256)
	for _, set := range []struct {
		name   string
		ranges []subset.GPARange
	}{{"text16M+syscalls4K+idt4K", pauseRanges}, {"4K", pauseRanges[1:2]}} {
		b.Run(set.name, func(b *testing.B) {
			m := &subset.Manifest{Schema: subset.Schema, Name: "bench", Version: "1"}
			for i, rg := range set.ranges {
				m.Regions = append(m.Regions, subset.Region{Name: fmt.Sprintf("r%d", i), GuestMemory: &subset.GuestMemSpec{
					Path: g.ram, Format: subset.FormatMemoryBackendFile, QMP: g.qmp, Ranges: []subset.GPARange{rg}}})
			}
			benchPauses(b, m, alg)
		})
	}
}

// benchPauses collects m b.N times and reports the p50 and p99 of its first pause, in milliseconds.
func benchPauses(b *testing.B, m *subset.Manifest, alg digest.Algorithm) {
	pauses := make([]time.Duration, 0, b.N)
	for range b.N {
		res, err := Collect(context.Background(), m, alg, Options{MaxPause: time.Second})
		if err != nil {
			b.Fatal(err)
		}
		pauses = append(pauses, res.Pauses[0].Duration)
	}
	b.StopTimer()
	sort.Slice(pauses, func(i, j int) bool { return pauses[i] < pauses[j] })
	b.ReportMetric(float64(pauses[len(pauses)/2].Microseconds())/1000, "p50-pause-ms")
	b.ReportMetric(float64(pauses[(len(pauses)*99)/100].Microseconds())/1000, "p99-pause-ms")
}

// BenchmarkPausedRead compares what each strategy keeps a guest paused for, over pauseRanges of a RAM file:
// copy-then-hash pauses for the copy only; hash-in-pause pauses for the hash.
func BenchmarkPausedRead(b *testing.B) {
	dir := b.TempDir()
	if _, err := os.Stat("/dev/shm"); err == nil {
		dir = "/dev/shm"
	}
	ram := filepath.Join(dir, fmt.Sprintf("vmattest-bench-%d.ram", os.Getpid()))
	data := make([]byte, 64<<20)
	for i := range data {
		data[i] = byte(i * 7)
	}
	if err := os.WriteFile(ram, data, 0o600); err != nil {
		b.Fatal(err)
	}
	defer os.Remove(ram)
	f, err := os.Open(ram)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var frs []subset.FileRange
	var n int64
	for _, rg := range pauseRanges {
		frs = append(frs, subset.FileRange{Offset: rg.GPA, Length: rg.Length})
		n += int64(rg.Length)
	}
	b.Run("copy", func(b *testing.B) {
		p := &pausedRegion{name: "bench", f: f, size: int64(len(data)), ranges: frs, buf: make([]byte, n)}
		b.SetBytes(n)
		for range b.N {
			if err := p.copy(context.Background(), nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	// A new buffer per collection, as the pause has: its pages are mapped at their first write, inside the
	// pause unless prefaulted before it (what planPaused does). The allocation is outside the timed part.
	for _, pre := range []bool{false, true} {
		name := map[bool]string{false: "copy-fresh-buffer", true: "copy-prefaulted-buffer"}[pre]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(n)
			for range b.N {
				b.StopTimer()
				buf := make([]byte, n)
				if pre {
					buf = prefaulted(uint64(n))
				}
				p := &pausedRegion{name: "bench", f: f, size: int64(len(data)), ranges: frs, buf: buf}
				debug.FreeOSMemory() // the old buffers go back to the kernel, so each new one is fresh memory
				b.StartTimer()
				if err := p.copy(context.Background(), nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	for _, id := range []protocol.HashAlg{protocol.HashSHA256, protocol.HashBLAKE3} {
		alg := benchAlg(b, id)
		b.Run("hash-"+alg.Name(), func(b *testing.B) {
			secs := make([]digest.Section, len(frs))
			for i, fr := range frs {
				secs[i] = digest.Section{R: f, Off: int64(fr.Offset), N: int64(fr.Length)}
			}
			b.SetBytes(n)
			for range b.N {
				if _, err := digest.Sum(context.Background(), alg, secs, digest.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
