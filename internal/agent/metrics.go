package agent

import (
	"fmt"
	"io"
	"math"
	"sort"
	"sync"
	"time"
)

// metrics is a small Prometheus text exposition (format 0.0.4) of the agent's counters.
type metrics struct {
	mu              sync.Mutex
	requests        map[string]map[int]uint64 // path -> status code -> count
	signed          uint64
	collectCount    uint64
	collectSeconds  float64
	collectFailures uint64
}

func newMetrics() *metrics { return &metrics{requests: map[string]map[int]uint64{}} }

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
}

func formatFloat(f float64) string {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return "NaN"
	}
	return fmt.Sprintf("%g", f)
}
