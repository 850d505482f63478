package agent

import (
	"fmt"
	"io"
	"math"
	"sort"
	"sync"
	"time"

	"github.com/vmattest/vmattest/internal/collect"
)

// metrics is a small Prometheus text exposition (format 0.0.4) of the agent's counters.
type metrics struct {
	mu              sync.Mutex
	requests        map[string]map[int]uint64 // path -> status code -> count
	signed          uint64
	collectCount    uint64
	collectSeconds  float64
	collectFailures uint64
	guestPause      histogram
	processStop     histogram
}

// pauseBuckets are the upper bounds, in seconds, of the pause histograms.
var pauseBuckets = []float64{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1}

// histogram is a Prometheus histogram over pauseBuckets.
type histogram struct {
	counts []uint64 // per bucket, not cumulative
	sum    float64
	count  uint64
}

func (h *histogram) observe(d time.Duration) {
	if h.counts == nil {
		h.counts = make([]uint64, len(pauseBuckets))
	}
	s := d.Seconds()
	for i, le := range pauseBuckets {
		if s <= le {
			h.counts[i]++
			break
		}
	}
	h.sum += s
	h.count++
}

func (h *histogram) write(w io.Writer, name, help string) {
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s histogram\n", name, help, name)
	var cum uint64
	for i, le := range pauseBuckets {
		if h.counts != nil {
			cum += h.counts[i]
		}
		fmt.Fprintf(w, "%s_bucket{le=\"%g\"} %d\n", name, le, cum)
	}
	fmt.Fprintf(w, "%s_bucket{le=\"+Inf\"} %d\n", name, h.count)
	fmt.Fprintf(w, "%s_sum %s\n%s_count %d\n", name, formatFloat(h.sum), name, h.count)
}

func newMetrics() *metrics { return &metrics{requests: map[string]map[int]uint64{}} }

// paused records the pauses of one collection: those vmattest made (a guest or process found paused was
// not paused by it).
func (m *metrics) paused(pauses []collect.Pause) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, p := range pauses {
		switch {
		case !p.Paused:
		case p.QMP != "":
			m.guestPause.observe(p.Duration)
		default:
			m.processStop.observe(p.Duration)
		}
	}
}

func (m *metrics) request(path string, code int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	byCode := m.requests[path]
	if byCode == nil {
		byCode = map[int]uint64{}
		m.requests[path] = byCode
	}
	byCode[code]++
}

func (m *metrics) collected(d time.Duration, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.collectCount++
	m.collectSeconds += d.Seconds()
	if !ok {
		m.collectFailures++
	}
}

func (m *metrics) signedOne() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.signed++
}

func (m *metrics) write(w io.Writer) {
	m.mu.Lock()
	defer m.mu.Unlock()
	fmt.Fprintln(w, "# HELP vmattest_agent_requests_total HTTP requests by path and status code.")
	fmt.Fprintln(w, "# TYPE vmattest_agent_requests_total counter")
	paths := make([]string, 0, len(m.requests))
	for p := range m.requests {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		codes := make([]int, 0, len(m.requests[p]))
		for c := range m.requests[p] {
			codes = append(codes, c)
		}
		sort.Ints(codes)
		for _, c := range codes {
			fmt.Fprintf(w, "vmattest_agent_requests_total{path=%q,code=\"%d\"} %d\n", p, c, m.requests[p][c])
		}
	}
	fmt.Fprintln(w, "# HELP vmattest_agent_attestations_signed_total Attestations signed.")
	fmt.Fprintln(w, "# TYPE vmattest_agent_attestations_signed_total counter")
	fmt.Fprintf(w, "vmattest_agent_attestations_signed_total %d\n", m.signed)
	fmt.Fprintln(w, "# HELP vmattest_agent_collection_failures_total Subset collections that failed.")
	fmt.Fprintln(w, "# TYPE vmattest_agent_collection_failures_total counter")
	fmt.Fprintf(w, "vmattest_agent_collection_failures_total %d\n", m.collectFailures)
	fmt.Fprintln(w, "# HELP vmattest_agent_collection_seconds Time spent collecting subsets.")
	fmt.Fprintln(w, "# TYPE vmattest_agent_collection_seconds summary")
	fmt.Fprintf(w, "vmattest_agent_collection_seconds_sum %s\n", formatFloat(m.collectSeconds))
	fmt.Fprintf(w, "vmattest_agent_collection_seconds_count %d\n", m.collectCount)
	m.guestPause.write(w, "vmattest_agent_guest_pause_seconds", "How long a guest was paused (QMP stop to cont) for one attestation.")
	m.processStop.write(w, "vmattest_agent_process_stop_seconds", "How long a process was stopped (SIGSTOP to SIGCONT) for one attestation.")
}

func formatFloat(f float64) string {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return "NaN"
	}
	return fmt.Sprintf("%g", f)
}
