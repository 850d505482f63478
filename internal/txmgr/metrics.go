package txmgr

// Failure reasons passed to Metrics.TxFailed.
const (
	ReasonEstimate          = "estimate"           // gas estimation reverted or was refused
	ReasonReverted          = "reverted"           // mined, but reverted
	ReasonInsufficientFunds = "insufficient_funds" // the operator cannot pay
	ReasonFeeLimit          = "fee_limit"          // the tx cannot be priced within the cap
	ReasonRejected          = "rejected"           // the node refused the tx for good
	ReasonCanceled          = "canceled"           // the context ended first
)

// Metrics receives the manager's counters. Implementations must be safe for concurrent use.
type Metrics interface {
	// TxSent counts a tx (first or replacement) accepted by the node.
	TxSent()
	// TxBumped counts a fee bump.
	TxBumped()
	// TxConfirmed counts a tx confirmed with NumConfirmations.
	TxConfirmed()
	// TxFailed counts a Send that failed, by reason (one of the Reason constants).
	TxFailed(reason string)
	// RPCError counts a failed RPC call, by method.
	RPCError(method string)
	// GasUsed records a confirmed tx's gas used.
	GasUsed(gas uint64)
}

// NoopMetrics discards everything.
type NoopMetrics struct{}

func (NoopMetrics) TxSent()         {}
func (NoopMetrics) TxBumped()       {}
func (NoopMetrics) TxConfirmed()    {}
func (NoopMetrics) TxFailed(string) {}
func (NoopMetrics) RPCError(string) {}
func (NoopMetrics) GasUsed(uint64)  {}
