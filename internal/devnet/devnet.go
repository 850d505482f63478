//go:build unix

// Package devnet runs a complete local vmattest deployment out of real processes: an anvil chain with
// every contract, agents holding keys in simulated SEV-SNP devices (INSECURE: devnets only) registered
// through the evidence flow, an oracle node collecting from them and submitting on chain, and the
// workloads they attest: this machine, a real Linux guest's kernel structures (its golden digest computed
// offline from the kernel build's -dbg vmlinux; a simulated rootkit hooks it and is caught on chain), or where
// that kernel cannot be fetched a QEMU guest's memory (a raw memory image when QEMU is absent), and a keeper
// sandbox whose root filesystem is read-only. `vmattest devnet` and `make demo` run it, and the end-to-end
// tests drive it (stop the node or the chain, attack it).
//
// Every process is a child in its own process group; Close stops them all. The state (chain, keys,
// configurations, logs) lives under Options.Dir, described by Dir/devnet.json.
package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"gopkg.in/yaml.v3"

	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/zkproof"
)

// Options configure a devnet. The zero value of each field has a working default.
type Options struct {
	// Dir holds the devnet's state; required. Start creates it.
	Dir string
	// Root is the repository root, where the forge artifacts (out/) and the pinned anvil are; default ".".
	Root string
	// Bin is the vmattest binary run as agents and node; default: this executable.
	Bin string
	// Anvil is the anvil binary; default: the pinned npm package's under Root, else anvil on PATH.
	Anvil string
	// ChainPort and NodePort are the loopback ports of anvil and of the node's API; 0 picks free ones.
	ChainPort, NodePort int
	// BlockTime is the chain's block interval after the setup (which mines on demand); default 1 s.
	BlockTime time.Duration
	// Interval is how often the node attests each subset; default 10 s.
	Interval time.Duration
	// BatchInterval is the node's submission interval; default 2 s.
	BatchInterval time.Duration
	// QEMU is the qemu-system-x86_64 binary; "" looks it up on PATH, "none" uses a raw memory image.
	QEMU string
	// Workloads selects the attested machines by name (WorkloadHost, WorkloadGuest, WorkloadKeeper);
	// nil means all.
	Workloads []string
	// Progress receives the step-by-step account; nil discards it.
	Progress io.Writer
	// Nodes is the number of oracle nodes (1 to 4; default 1). With 2 or more the guest is a quorum VM:
	// every node runs its own agent for it, with its own key, and the verifier needs Quorum of their keys
	// to agree (setQuorum); node 1 also attests the other workloads.
	Nodes int
	// Quorum is the k of the guest's k-of-Nodes quorum; default a majority (Nodes/2 + 1).
	Quorum int
	// DissentingNode, when 2 or more, makes that node's agent see a tampered copy of the guest's memory (in
	// its own mount namespace, at the same path): its votes disagree, are outvoted and flagged.
	DissentingNode int
	// ProofRegistration registers the keeper's key by a zero-knowledge proof of its SEV-SNP report
	// (registerWithProof) instead of a registrar approval; it adds a single-party setup of the report circuit
	// (about a minute) unless SNPKeys is set.
	ProofRegistration bool
	// SNPKeys, with ProofRegistration, is a directory of the report circuit's keys to prove with and export the
	// verifier from (vmattest ceremony finalize --circuit snpreport, or an earlier zk snp-setup) instead of
	// making single-party ones.
	SNPKeys string
}

// Workload names.
const (
	// WorkloadHost is this machine: its mount table and kernel facts, and the readonlyroot property.
	WorkloadHost = "host"
	// WorkloadGuest is a real Linux guest's kernel structures (guest-kernel regions), or, where its kernel
	// cannot be fetched, a QEMU guest's memory range (or a raw memory image's).
	WorkloadGuest = "guest"
	// WorkloadKeeper is a keeper sandbox: a process whose mount namespace has a read-only root, its
	// configuration file, and the readonlyroot property; KeeperVault is gated on it.
	WorkloadKeeper = "keeper"
)

// ReadOnlyRoot is the property the host and the keeper are proven against.
const ReadOnlyRoot = "readonlyroot"

// Contracts are the deployed contracts.
type Contracts struct {
	Registry             common.Address `json:"registry"`
	Verifier             common.Address `json:"verifier"`
	Properties           common.Address `json:"propertyRegistry"`
	ReadOnlyRootVerifier common.Address `json:"readOnlyRootVerifier"`
	// Vault is the KeeperVault gated on the keeper's integrity (zero without the keeper workload).
	Vault common.Address `json:"vault,omitempty"`
	// ReportVerifier is the Groth16 verifier of SEV-SNP report proofs (with Options.ProofRegistration).
	ReportVerifier common.Address `json:"reportVerifier,omitzero"`
}

// Replica is another node's agent of a quorum VM, with its own key.
type Replica struct {
	// Node is the node's index (0 is the first node, which uses VM.AgentURL and VM.Key).
	Node     int            `json:"node"`
	Key      common.Address `json:"key"`
	AgentURL string         `json:"agentUrl"`
	// Dissenting: this agent sees a tampered copy of the VM's state.
	Dissenting bool `json:"dissenting,omitempty"`

	dir   string
	agent *proc
}

// VM is an attested machine: its agent, key and subset.
type VM struct {
	Name        string         `json:"name"`
	Description string         `json:"description"`
	ID          protocol.VMID  `json:"id"`
	Manifest    string         `json:"manifest"`
	Subset      common.Hash    `json:"subset"`
	Key         common.Address `json:"key"`
	AgentURL    string         `json:"agentUrl"`
	// Property is the property the node proves of the subset, or "".
	Property string `json:"property,omitempty"`
	// Notes say how the workload was made (e.g. no QEMU: a raw image).
	Notes []string `json:"notes,omitempty"`
	// OfflineGolden is the golden digest of the Linux guest's subset, computed offline from the kernel
	// build's -dbg vmlinux before any attestation (zero for the other workloads).
	OfflineGolden common.Hash `json:"offlineGolden,omitzero"`
	// GoldenPlatform is the platform whose idt_table gates the offline golden digest assumes (`vmattest kernel
	// golden --platform`: tcg or kvm, QEMU's accelerator of the guest), or "".
	GoldenPlatform string `json:"goldenPlatform,omitempty"`
	// Quorum is the k of a quorum VM (several nodes); Replicas are the other nodes' agents of it.
	Quorum   int        `json:"quorum,omitempty"`
	Replicas []*Replica `json:"replicas,omitempty"`

	dir   string
	agent *proc
	// stateFile is the file the VM's state is read from (the guest's memory), which a dissenting agent sees
	// tampered.
	stateFile string
	// kernel is the booted Linux guest of the guest workload, or nil (firmware blob, raw image).
	kernel *kernelGuest
}

// agents returns the VM's agent processes.
func (v *VM) agents() []*proc {
	var out []*proc
	if v.agent != nil {
		out = append(out, v.agent)
	}
	for _, r := range v.Replicas {
		if r.agent != nil {
			out = append(out, r.agent)
		}
	}
	return out
}

// Devnet is a running devnet.
type Devnet struct {
	opts      Options
	RPC       string     `json:"rpc"`
	ChainID   uint64     `json:"chainId"`
	Contracts Contracts  `json:"contracts"`
	VMs       []*VM      `json:"vms"`
	NodeURL   string     `json:"nodeUrl"`
	NodeToken string     `json:"nodeToken"`
	Accounts  Accounts   `json:"accounts"`
	Started   time.Time  `json:"started"`
	Receipts  []TxRecord `json:"setupTransactions"`
	// Processes are the processes the devnet started, by name, at the time the description was written.
	Processes map[string]int `json:"processes"`

	chain     *chain
	nodes     []*nodeProc
	workloads []*proc
	cleanups  []func()
	zkKeys    string
	snpKeys   string
	snpReady  chan error
	out       io.Writer

	mu     sync.Mutex
	closed bool
}

// Accounts are the devnet's well-known anvil accounts and their roles.
type Accounts struct {
	// Admin deploys and administers the contracts, and is the registrar and the policy admin.
	Admin common.Address `json:"admin"`
	// Operator is the node's operator key: it pays for and sends the node's transactions.
	Operator common.Address `json:"operator"`
	// Keeper executes the vault's withdrawals.
	Keeper common.Address `json:"keeper"`
}

// TxRecord is a setup transaction shown in the summary.
type TxRecord struct {
	What    string      `json:"what"`
	Hash    common.Hash `json:"hash"`
	GasUsed uint64      `json:"gasUsed"`
}

var (
	adminKey    = mustKey(adminKeyHex)
	operatorKey = mustKey(operatorKeyHex)
	keeperKey   = mustKey(keeperKeyHex)
)

func (o *Options) defaults() error {
	if o.Dir == "" {
		return errors.New("devnet: Options.Dir is required")
	}
	if o.Root == "" {
		o.Root = "."
	}
	if o.Bin == "" {
		exe, err := os.Executable()
		if err != nil {
			return fmt.Errorf("devnet: locating the vmattest binary: %w", err)
		}
		o.Bin = exe
	}
	if o.Anvil == "" {
		o.Anvil = anvilBinary(o.Root)
	}
	if o.BlockTime == 0 {
		o.BlockTime = time.Second
	}
	if o.BlockTime < time.Second || o.BlockTime%time.Second != 0 {
		return fmt.Errorf("devnet: BlockTime %s: anvil mines in whole seconds", o.BlockTime)
	}
	if o.Interval == 0 {
		o.Interval = 10 * time.Second
	}
	if o.BatchInterval == 0 {
		o.BatchInterval = 2 * time.Second
	}
	if o.Progress == nil {
		o.Progress = io.Discard
	}
	if o.Workloads == nil {
		o.Workloads = []string{WorkloadHost, WorkloadGuest, WorkloadKeeper}
	}
	if o.Nodes == 0 {
		o.Nodes = 1
	}
	if o.Nodes < 1 || o.Nodes > len(nodeKeys) {
		return fmt.Errorf("devnet: Nodes %d: want 1 to %d", o.Nodes, len(nodeKeys))
	}
	if o.Quorum == 0 && o.Nodes > 1 {
		o.Quorum = o.Nodes/2 + 1
	}
	if o.Nodes > 1 && !o.has(WorkloadGuest) {
		return errors.New("devnet: several nodes attest the guest workload in quorum: select it")
	}
	if o.Nodes > 1 && (o.Quorum < 2 || o.Quorum > o.Nodes) {
		return fmt.Errorf("devnet: Quorum %d: want 2 to Nodes (%d)", o.Quorum, o.Nodes)
	}
	if o.DissentingNode != 0 && (o.DissentingNode < 2 || o.DissentingNode > o.Nodes) {
		return fmt.Errorf("devnet: DissentingNode %d: want 2 to Nodes (%d)", o.DissentingNode, o.Nodes)
	}
	for _, w := range o.Workloads {
		if w != WorkloadHost && w != WorkloadGuest && w != WorkloadKeeper {
			return fmt.Errorf("devnet: unknown workload %q (want host, guest or keeper)", w)
		}
	}
	if o.SNPKeys != "" {
		if !o.ProofRegistration {
			return errors.New("devnet: SNPKeys is for ProofRegistration: set both")
		}
		if _, err := zkproof.ReadManifest(o.SNPKeys, zkproof.SNPReport); err != nil {
			return fmt.Errorf("devnet: SNPKeys: %w", err)
		}
	}
	return nil
}

func (o *Options) has(w string) bool {
	for _, x := range o.Workloads {
		if x == w {
			return true
		}
	}
	return false
}

// Start brings the devnet up: chain, contracts, workloads, keys, agents and node. On failure everything
// started is stopped. Close stops a started devnet.
func Start(ctx context.Context, opts Options) (d *Devnet, err error) {
	if err := opts.defaults(); err != nil {
		return nil, err
	}
	dir, err := filepath.Abs(opts.Dir)
	if err != nil {
		return nil, err
	}
	opts.Dir = dir
	for _, sub := range []string{"chain", "logs", "node", "subsets", "vms"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return nil, fmt.Errorf("devnet: %w", err)
		}
	}
	d = &Devnet{opts: opts, out: opts.Progress, Started: time.Now().UTC(),
		Accounts: Accounts{Admin: addr(adminKey), Operator: addr(operatorKey), Keeper: addr(keeperKey)}}
	defer func() {
		if err != nil {
			d.Close()
			d = nil
		}
	}()
	for _, port := range []*int{&opts.ChainPort, &opts.NodePort} {
		if *port == 0 {
			if *port, err = freePort(); err != nil {
				return d, err
			}
		} else if err := portFree(*port); err != nil {
			return d, fmt.Errorf("devnet: %w (choose another port)", err)
		}
	}
	d.opts = opts

	d.step("Starting anvil on 127.0.0.1:%d (state in %s)", opts.ChainPort, filepath.Join(dir, "chain"))
	d.chain = &chain{bin: opts.Anvil, port: opts.ChainPort, stateFile: filepath.Join(dir, "chain", "state.json"),
		logPath: filepath.Join(dir, "logs", "anvil.log"), blockTime: opts.BlockTime}
	if err := d.chain.start(ctx, false); err != nil {
		return d, err
	}
	d.RPC, d.ChainID = d.chain.URL(), d.chain.chainID.Uint64()
	d.say("chain id %d; admin/registrar %s, node operator %s, vault keeper %s", d.ChainID, d.Accounts.Admin, d.Accounts.Operator, d.Accounts.Keeper)

	// The development proving keys take seconds of CPU: made while the rest is set up.
	zk := make(chan error, 1)
	if opts.has(WorkloadHost) || opts.has(WorkloadKeeper) {
		d.zkKeys = filepath.Join(dir, "zkkeys")
		go func() {
			_, err := runTool(ctx, opts.Bin, "zk", "dev-keys", "--property", ReadOnlyRoot, "--out", d.zkKeys)
			zk <- err
		}()
	} else {
		zk <- nil
	}

	if opts.ProofRegistration && opts.has(WorkloadKeeper) {
		d.snpReady = make(chan error, 1)
		if opts.SNPKeys != "" {
			d.snpKeys = opts.SNPKeys // checked by defaults
			d.snpReady <- nil
		} else {
			d.snpKeys = filepath.Join(dir, "snpkeys")
			go func() {
				_, err := runTool(ctx, opts.Bin, "zk", "snp-setup", "--out", d.snpKeys)
				d.snpReady <- err
			}()
		}
	}

	if err := d.deployCore(ctx); err != nil {
		return d, err
	}
	if err := d.startWorkloads(ctx); err != nil {
		return d, err
	}
	if err := d.registerVMs(ctx); err != nil {
		return d, err
	}
	if opts.has(WorkloadKeeper) {
		if err := d.deployVault(ctx); err != nil {
			return d, err
		}
	}
	if d.zkKeys != "" {
		d.step("Waiting for the INSECURE development proving keys of readonlyroot (deterministic; they match the deployed verifier)")
		if err := <-zk; err != nil {
			return d, fmt.Errorf("devnet: zk dev-keys: %w", err)
		}
		if err := d.checkZKKeys(ctx); err != nil {
			return d, err
		}
	}
	if err := d.startAgents(ctx); err != nil {
		return d, err
	}
	d.step("Switching the chain to a block every %s", opts.BlockTime)
	if err := d.chain.intervalMining(ctx); err != nil {
		return d, err
	}
	if err := d.writeNodeConfigs(); err != nil {
		return d, err
	}
	for i := range d.nodes {
		if err := d.StartNodeAt(ctx, i); err != nil {
			return d, err
		}
	}
	return d, d.writeDescription()
}

// AdminKey returns the devnet's admin key (anvil's first well-known account): the contracts' admin, the
// registrar and the policy admin. Public knowledge: devnets only.
func AdminKey() *ecdsa.PrivateKey { return mustKey(adminKeyHex) }

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// step prints a step heading.
func (d *Devnet) step(format string, args ...any) {
	fmt.Fprintf(d.out, "\n\033[1m==> %s\033[0m\n", fmt.Sprintf(format, args...))
}

// say prints an indented detail line.
func (d *Devnet) say(format string, args ...any) {
	fmt.Fprintf(d.out, "    %s\n", fmt.Sprintf(format, args...))
}

// Dir is the devnet's state directory.
func (d *Devnet) Dir() string { return d.opts.Dir }

// VM returns the VM of a workload, or nil.
func (d *Devnet) VM(name string) *VM {
	for _, v := range d.VMs {
		if v.Name == name {
			return v
		}
	}
	return nil
}

// NodeDataDir is the first node's data directory (its outbox).
func (d *Devnet) NodeDataDir() string { return d.nodes[0].dataDir }

// writeYAML writes v as YAML to path.
func writeYAML(path string, header string, v any) error {
	data, err := yaml.Marshal(v)
	if err != nil {
		return err
	}
	return os.WriteFile(path, append([]byte(header), data...), 0o644)
}

// StopChain stops anvil gracefully: it dumps its state, which StartChain loads.
func (d *Devnet) StopChain() { d.chain.stop() }

// StartChain restarts anvil on the same port from its dumped state, mining a block every BlockTime.
func (d *Devnet) StartChain(ctx context.Context) error { return d.chain.start(ctx, true) }

// Check returns an error when a process of the devnet has exited.
func (d *Devnet) Check() error {
	for _, p := range d.procs() {
		if !p.running() {
			return p.exitError()
		}
	}
	return nil
}

// procs returns the devnet's processes.
func (d *Devnet) procs() []*proc {
	procs := append([]*proc{}, d.workloads...)
	for _, v := range d.VMs {
		procs = append(procs, v.agents()...)
	}
	for _, n := range d.nodes {
		if n.p != nil {
			procs = append(procs, n.p)
		}
	}
	if d.chain != nil && d.chain.p != nil {
		procs = append(procs, d.chain.p)
	}
	return procs
}

// Close stops every process the devnet started, the node first and the chain last. It is idempotent.
func (d *Devnet) Close() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return
	}
	d.closed = true
	for _, n := range d.nodes {
		if n.p != nil {
			n.p.stop(syscall.SIGTERM, 30*time.Second)
		}
	}
	for _, v := range d.VMs {
		for _, a := range v.agents() {
			a.stop(syscall.SIGTERM, 10*time.Second)
		}
	}
	for _, p := range d.workloads {
		p.stop(syscall.SIGTERM, 10*time.Second)
	}
	for _, f := range d.cleanups {
		f()
	}
	if d.chain != nil {
		d.chain.stop()
	}
}

// writeDescription writes Dir/devnet.json (everything a user needs to poke at the devnet with cast or
// curl) and Dir/env (the same as shell variables).
func (d *Devnet) writeDescription() error {
	d.Processes = map[string]int{}
	for _, p := range d.procs() {
		d.Processes[p.name] = p.Pid()
	}
	data, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(d.opts.Dir, "devnet.json"), append(data, '\n'), 0o600); err != nil {
		return err
	}
	env := fmt.Sprintf("export ETH_RPC_URL=%s\nexport VMATTEST_REGISTRY=%s\nexport VMATTEST_VERIFIER=%s\nexport VMATTEST_PROPERTIES=%s\n"+
		"export VMATTEST_NODE=%s\nexport VMATTEST_NODE_TOKEN=%s\n",
		d.RPC, d.Contracts.Registry, d.Contracts.Verifier, d.Contracts.Properties, d.NodeURL, d.NodeToken)
	if d.Contracts.Vault != (common.Address{}) {
		env += fmt.Sprintf("export VMATTEST_VAULT=%s\n", d.Contracts.Vault)
	}
	for _, v := range d.VMs {
		env += fmt.Sprintf("export VMATTEST_VM_%s=0x%x\nexport VMATTEST_SUBSET_%s=%s\n", upper(v.Name), v.ID[:], upper(v.Name), v.Subset.Hex())
	}
	return os.WriteFile(filepath.Join(d.opts.Dir, "env"), []byte(env), 0o600)
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

func itoa(n int) string { return strconv.Itoa(n) }
