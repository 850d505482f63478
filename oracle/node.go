package oracle

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/vmattest/vmattest/internal/bindings/verifier"
	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/outbox"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/txmgr"
)

// Deps are the node's collaborators; all are optional.
type Deps struct {
	// Backend is the chain client; nil means dial Config.RPCURL with ethclient (closed by Stop).
	Backend ChainClient
	// Logger receives JSON logs; nil means a JSON handler on stderr.
	Logger *slog.Logger
	// Now is the node's clock; nil means time.Now.
	Now func() time.Time
	// HTTPClient talks to agents; nil means a client with Config.AgentTimeout.
	HTTPClient *http.Client
}

// ChainClient is the chain client the node uses: the tx manager's backend, contract calls and transaction
// lookups. *ethclient.Client and simulated.Client satisfy it.
type ChainClient interface {
	txmgr.Backend
	ethereum.ContractCaller
	ethereum.LogFilterer
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
}

// Node is the oracle node: schedulers that collect and verify attestations, the outbox, the submission
// loop and the client API.
type Node struct {
	cfg     Config
	deps    Deps
	log     *slog.Logger
	now     func() time.Time
	domain  protocol.Domain
	metrics *metrics
	vms     map[protocol.VMID]*VMConfig

	backend   ChainClient
	ownClient *ethclient.Client
	box       *outbox.Outbox
	tm        *txmgr.Manager
	httpc     *http.Client
	srv       *http.Server
	ln        net.Listener
	api       *api

	latestMu sync.Mutex
	// collectMu serializes collect per (VM, subset), so that the outbox holds a subset's attestations in
	// sequence order: the verifier would skip a lower sequence submitted after a higher one.
	collectMu sync.Map                        // [16+32]byte -> *sync.Mutex
	latest    map[protocol.VMSubset]outbox.ID // newest outbox record per (vm, subset)
	keyStates keyStateCache                   // the registry's keyState per attestation key (verify)

	props    states[propKey, propState]
	quorums  quorumStates
	propKick chan struct{}
	kick     chan struct{}
	done     chan struct{}
	wg       sync.WaitGroup
	mu       sync.Mutex
	started  bool
	stopped  atomic.Bool
	stopOnce sync.Once
	stopErr  error
}

// New checks cfg and returns a node; nothing runs until Start.
func New(cfg Config, d Deps) (*Node, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	n := &Node{cfg: cfg, deps: d, log: d.Logger, now: d.Now, metrics: newMetrics(),
		domain: protocol.NewDomain(cfg.ChainID, cfg.Verifier), vms: map[protocol.VMID]*VMConfig{},
		latest: map[protocol.VMSubset]outbox.ID{}, kick: make(chan struct{}, 1), propKick: make(chan struct{}, 1), done: make(chan struct{})}
	if n.log == nil {
		n.log = slog.New(slog.NewJSONHandler(os.Stderr, nil))
	}
	if n.now == nil {
		n.now = time.Now
	}
	for i := range n.cfg.VMs {
		n.vms[n.cfg.VMs[i].ID] = &n.cfg.VMs[i]
	}
	n.httpc = d.HTTPClient
	if n.httpc == nil {
		n.httpc = &http.Client{Timeout: cfg.AgentTimeout}
	}
	return n, nil
}

// Start runs the init steps in order: (1) open the outbox, (2) connect to the chain and check its id, (3)
// start the tx manager, (4) reconcile pending outbox records with the chain, (5) listen for the client API,
// (6) start the submission loop and the schedulers. A failed step stops what was started. A node starts once.
func (n *Node) Start(ctx context.Context) (err error) {
	n.mu.Lock()
	if n.started {
		n.mu.Unlock()
		return errors.New("node already started")
	}
	n.started = true
	n.mu.Unlock()
	defer func() {
		if err != nil {
			err = errors.Join(err, n.Stop(ctx))
		}
	}()
	steps := []struct {
		name string
		fn   func(context.Context) error
	}{
		{"outbox", n.initOutbox},
		{"chain", n.initChain},
		{"txmgr", n.initTxMgr},
		{"reconcile", n.reconcile},
		{"api", n.initAPI},
		{"loops", n.initLoops},
	}
	for _, s := range steps {
		if err := s.fn(ctx); err != nil {
			return fmt.Errorf("node start: %s: %w", s.name, err)
		}
		n.log.Debug("init step done", "step", s.name)
	}
	n.log.Info("node started", "api", n.Addr().String(), "vms", len(n.cfg.VMs), "operator", n.tm.From().Hex(),
		"chainId", n.cfg.ChainID, "verifier", n.cfg.Verifier.Hex())
	return nil
}

func (n *Node) initOutbox(context.Context) error {
	if err := os.MkdirAll(n.cfg.DataDir, 0o700); err != nil {
		return err
	}
	box, err := outbox.Open(filepath.Join(n.cfg.DataDir, outbox.FileName))
	if err != nil {
		return err
	}
	n.box = box
	// Index the newest record of each (vm, subset) for GET /v1/vms/{id}.
	for id := range n.vms {
		vm := id
		var after uint64
		for {
			rs, err := box.List(outbox.Filter{VM: &vm, AfterSeq: after}, 1000)
			if err != nil {
				return err
			}
			for _, r := range rs {
				n.latest[protocol.VMSubset{VM: vm, Subset: r.Attestation.SubsetID}] = r.ID
				after = r.Seq
			}
			if len(rs) < 1000 {
				break
			}
		}
	}
	return nil
}

func (n *Node) initChain(ctx context.Context) error {
	n.backend = n.deps.Backend
	if n.backend == nil {
		if n.cfg.RPCURL == "" {
			return cfgErr("RPCURL", "required without a backend")
		}
		c, err := ethclient.DialContext(ctx, n.cfg.RPCURL)
		if err != nil {
			return err
		}
		n.ownClient, n.backend = c, c
	}
	return n.checkChainID(ctx)
}

func (n *Node) checkChainID(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	id, err := n.backend.ChainID(ctx)
	if err != nil {
		n.metrics.rpcError("eth_chainId")
		return fmt.Errorf("eth_chainId: %w", err)
	}
	if id.Cmp(new(big.Int).SetUint64(n.cfg.ChainID)) != 0 {
		return fmt.Errorf("RPC is on chain %s, configured ChainID is %d", id, n.cfg.ChainID)
	}
	return nil
}

func (n *Node) initTxMgr(ctx context.Context) error {
	tc := txmgr.DefaultConfig(new(big.Int).SetUint64(n.cfg.ChainID), n.cfg.OperatorKey)
	tc.NumConfirmations = n.cfg.NumConfirmations
	tc.ReceiptPollInterval = n.cfg.TxPollInterval
	if n.cfg.TxResubmissionTimeout > 0 {
		tc.ResubmissionTimeout = n.cfg.TxResubmissionTimeout
	}
	tc.Metrics = txMetrics{n.metrics}
	tc.Logger = n.log.With("component", "txmgr")
	tm, err := txmgr.New(ctx, n.backend, tc)
	if err != nil {
		return err
	}
	n.tm = tm
	return nil
}

func (n *Node) initAPI(ctx context.Context) error {
	n.api = newAPI(n)
	n.srv = &http.Server{
		Handler:           n.api,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      n.cfg.AgentTimeout + 30*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          slog.NewLogLogger(n.log.Handler(), slog.LevelWarn),
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", n.cfg.Listen)
	if err != nil {
		return err
	}
	n.ln = ln
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		if err := n.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			n.log.Error("client API stopped", "error", err.Error())
		}
	}()
	return nil
}

func (n *Node) initLoops(context.Context) error {
	// Queued attestations are submitted every BatchInterval, sooner when BatchSize are queued, and at once for
	// whatever a previous run left queued.
	n.kickSubmitter()
	n.everyBatchInterval(n.kick, n.flush)
	if n.hasProperties() {
		n.everyBatchInterval(n.propKick, n.proveAll)
	}
	if n.hasQuorums() {
		n.everyBatchInterval(nil, n.quorumRounds)
	}
	for i := range n.cfg.VMs {
		vm := &n.cfg.VMs[i]
		for _, s := range vm.Subsets {
			n.wg.Add(1)
			go n.scheduleLoop(vm, s)
		}
	}
	return nil
}

// Addr is the client API's bound address, or nil before Start.
func (n *Node) Addr() net.Addr {
	if n.ln == nil {
		return nil
	}
	return n.ln.Addr()
}

// Stop stops the loops, shuts the API down gracefully (until ctx ends), and closes the outbox and the chain
// client. It is safe to call more than once and on a node that failed to start.
func (n *Node) Stop(ctx context.Context) error {
	n.stopOnce.Do(func() {
		var errs []error
		close(n.done)
		if n.srv != nil {
			if err := n.srv.Shutdown(ctx); err != nil {
				errs = append(errs, err, n.srv.Close())
			}
		} else if n.ln != nil {
			errs = append(errs, n.ln.Close())
		}
		n.wg.Wait()
		if n.box != nil {
			errs = append(errs, n.box.Close())
		}
		if n.ownClient != nil {
			n.ownClient.Close()
		}
		n.stopErr = errors.Join(errs...)
		n.stopped.Store(true)
		n.log.Info("node stopped")
	})
	return n.stopErr
}

// Stopped reports whether Stop has completed.
func (n *Node) Stopped() bool { return n.stopped.Load() }

// Outbox returns the node's outbox (nil before Start); it is closed by Stop.
func (n *Node) Outbox() *outbox.Outbox { return n.box }

// Rejected returns how many agent answers were rejected for reason (one of the Reason constants).
func (n *Node) Rejected(reason string) uint64 { return n.metrics.Rejected(reason) }

// ctx returns a context that ends when the node stops.
func (n *Node) ctx() (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		select {
		case <-n.done:
			cancel()
		case <-ctx.Done():
		}
	}()
	return ctx, cancel
}

func (n *Node) setLatest(r outbox.Record) {
	n.latestMu.Lock()
	defer n.latestMu.Unlock()
	n.latest[protocol.VMSubset{VM: r.Attestation.VMID, Subset: r.Attestation.SubsetID}] = r.ID
}

func (n *Node) latestID(vm protocol.VMID, s [protocol.HashSize]byte) (outbox.ID, bool) {
	n.latestMu.Lock()
	defer n.latestMu.Unlock()
	id, ok := n.latest[protocol.VMSubset{VM: vm, Subset: s}]
	return id, ok
}

// call makes an eth_call to a contract.
func (n *Node) call(ctx context.Context, to common.Address, data []byte, from common.Address) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	out, err := n.backend.CallContract(ctx, ethereum.CallMsg{From: from, To: &to, Data: data}, nil)
	if err != nil && !isRevertErr(err) {
		n.metrics.rpcError("eth_call")
	}
	return out, err
}

// meteredCaller is the node's onchain.Caller: n.call, each call at most 10 s, RPC failures counted.
type meteredCaller struct{ n *Node }

func (m meteredCaller) CallContract(ctx context.Context, msg ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	return m.n.call(ctx, *msg.To, msg.Data, msg.From)
}

// verifier reads the node's AttestationVerifier.
func (n *Node) verifier() onchain.VerifierReader {
	return onchain.VerifierReader{Caller: meteredCaller{n}, Address: n.cfg.Verifier}
}

// registry reads the node's EnclaveKeyRegistry.
func (n *Node) registry() onchain.RegistryReader {
	return onchain.RegistryReader{Caller: meteredCaller{n}, Address: n.cfg.Registry}
}

// properties reads the node's PropertyRegistry.
func (n *Node) properties() onchain.PropertiesReader {
	return onchain.PropertiesReader{Caller: meteredCaller{n}, Address: n.cfg.PropertyRegistry}
}

// latestOnChain reads verifier.latest(vm, subset).
func (n *Node) latestOnChain(ctx context.Context, vm protocol.VMID, s [protocol.HashSize]byte) (verifier.Record, error) {
	return n.verifier().Latest(ctx, vm, s)
}
