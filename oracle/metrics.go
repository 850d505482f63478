package oracle

import (
	"fmt"
	"io"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/vmattest/vmattest/internal/outbox"
)

// Rejection reasons (label of vmattest_node_attestations_rejected_total).
const (
	ReasonAgentUnreachable = "agent_unreachable" // the request failed or the agent answered an error
	ReasonMalformed        = "malformed"         // the answer is not a valid response
	ReasonWrongVM          = "wrong_vm"          // the attestation is for another VM
	ReasonWrongSubset      = "wrong_subset"      // the attestation is for another subset
	ReasonWrongAlg         = "wrong_alg"         // the attestation uses another hash algorithm
	ReasonBadSignature     = "bad_signature"     // not signed by the expected key in the node's domain
	ReasonKeyNotActive     = "key_not_active"    // the key is not active, expired or bound to another VM on chain
	ReasonChainUnavailable = "chain_unavailable" // the key could not be checked on chain
	ReasonStale            = "stale"             // the timestamp is too far in the past
	ReasonFuture           = "future"            // the timestamp is too far in the future
	ReasonConflict         = "conflict"          // another attestation with the same sequence is in the outbox
	ReasonStore            = "store"             // the outbox failed
)

// metrics are the node's counters, exposed in the Prometheus text format.
type metrics struct {
	requested, verified, submitted, confirmed, failed atomic.Uint64
	gasUsed                                           atomic.Uint64
	batches, batchErrors                              atomic.Uint64
	propertiesProven, propertiesRefused               atomic.Uint64
	propertiesFailed                                  atomic.Uint64
	keyStateStale                                     atomic.Uint64
	quorumDisagreements                               atomic.Uint64
	mu                                                sync.Mutex
	rejected                                          map[string]uint64
	rpcErrors                                         map[string]uint64
	apiRequests                                       map[string]uint64
}

func newMetrics() *metrics {
	return &metrics{rejected: map[string]uint64{}, rpcErrors: map[string]uint64{}, apiRequests: map[string]uint64{}}
}

func (m *metrics) reject(reason string)   { m.inc(m.rejected, reason) }
func (m *metrics) rpcError(method string) { m.inc(m.rpcErrors, method) }
func (m *metrics) api(code int)           { m.inc(m.apiRequests, fmt.Sprint(code)) }

func (m *metrics) inc(mp map[string]uint64, k string) {
	m.mu.Lock()
	mp[k]++
	m.mu.Unlock()
}

// Rejected returns the rejection count of a reason.
func (m *metrics) Rejected(reason string) uint64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.rejected[reason]
}

// txMetrics adapts metrics to txmgr.Metrics.
type txMetrics struct{ m *metrics }

func (t txMetrics) TxSent()                {}
func (t txMetrics) TxBumped()              {}
func (t txMetrics) TxConfirmed()           {}
func (t txMetrics) TxFailed(string)        {}
func (t txMetrics) RPCError(method string) { t.m.rpcError(method) }
func (t txMetrics) GasUsed(g uint64)       { t.m.gasUsed.Add(g) }

func writeSorted(w io.Writer, name string, label string, mp map[string]uint64) {
	keys := make([]string, 0, len(mp))
	for k := range mp {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "%s{%s=%q} %d\n", name, label, k, mp[k])
	}
}

// write writes the exposition (text format 0.0.4); stats may be nil when the outbox cannot be read.
func (m *metrics) write(w io.Writer, stats map[outbox.State]uint64) {
	counter := func(name, help string, v uint64) {
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s counter\n%s %d\n", name, help, name, name, v)
	}
	counter("vmattest_node_attestations_requested_total", "Attestations requested from agents.", m.requested.Load())
	counter("vmattest_node_attestations_verified_total", "Attestations verified and stored in the outbox.", m.verified.Load())
	fmt.Fprintf(w, "# HELP vmattest_node_attestations_rejected_total Agent answers rejected, by reason.\n# TYPE vmattest_node_attestations_rejected_total counter\n")
	m.mu.Lock()
	writeSorted(w, "vmattest_node_attestations_rejected_total", "reason", m.rejected)
	m.mu.Unlock()
	counter("vmattest_node_attestations_submitted_total", "Attestations included in a mined submitBatch transaction.", m.submitted.Load())
	counter("vmattest_node_attestations_confirmed_total", "Attestations marked confirmed.", m.confirmed.Load())
	counter("vmattest_node_attestations_failed_total", "Attestations given up on (a per-item revert).", m.failed.Load())
	counter("vmattest_node_batches_total", "submitBatch transactions confirmed.", m.batches.Load())
	counter("vmattest_node_batch_errors_total", "submitBatch attempts that failed.", m.batchErrors.Load())
	counter("vmattest_node_properties_proven_total", "Property proofs submitted to the property registry.", m.propertiesProven.Load())
	counter("vmattest_node_quorum_disagreements_total", "Votes of quorum subsets for another state than the one a quorum agreed on.", m.quorumDisagreements.Load())
	counter("vmattest_node_properties_refused_total", "Property proofs the agent refused: the committed state does not have the property.", m.propertiesRefused.Load())
	counter("vmattest_node_properties_failed_total", "Property proof attempts that failed (agent, check or transaction).", m.propertiesFailed.Load())
	counter("vmattest_node_keystate_stale_total", "Key states read from the cache beyond KeyStateTTL because the registry could not be read (chain outage).", m.keyStateStale.Load())
	counter("vmattest_node_gas_used_total", "Gas used by confirmed transactions.", m.gasUsed.Load())
	fmt.Fprintf(w, "# HELP vmattest_node_rpc_errors_total Failed RPC calls, by method.\n# TYPE vmattest_node_rpc_errors_total counter\n")
	m.mu.Lock()
	writeSorted(w, "vmattest_node_rpc_errors_total", "method", m.rpcErrors)
	fmt.Fprintf(w, "# HELP vmattest_node_api_requests_total Client API requests, by status code.\n# TYPE vmattest_node_api_requests_total counter\n")
	writeSorted(w, "vmattest_node_api_requests_total", "code", m.apiRequests)
	m.mu.Unlock()
	if stats != nil {
		fmt.Fprintf(w, "# HELP vmattest_node_outbox_records Outbox records, by state; state=\"signed\" is the queue depth.\n# TYPE vmattest_node_outbox_records gauge\n")
		for _, s := range outbox.States() {
			fmt.Fprintf(w, "vmattest_node_outbox_records{state=%q} %d\n", s.String(), stats[s])
		}
		fmt.Fprintf(w, "# HELP vmattest_node_queue_depth Attestations waiting to be submitted.\n# TYPE vmattest_node_queue_depth gauge\nvmattest_node_queue_depth %d\n", stats[outbox.StateSigned])
	}
}
