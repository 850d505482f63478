//go:build unix

package devnet

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/oracle"
)

// nodeKeys are the operator keys of the devnet's nodes: anvil's well-known accounts 1, 4, 5 and 6 (account 2
// is the vault's keeper, 3 is left to tests).
var nodeKeys = []string{
	operatorKeyHex,
	"47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
	"8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
	"92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
}

// NodeInfo is one of the devnet's oracle nodes.
type NodeInfo struct {
	URL      string         `json:"url"`
	Token    string         `json:"token"`
	Operator common.Address `json:"operator"`
	Config   string         `json:"config"`
}

// nodeProc is a node and its process.
type nodeProc struct {
	NodeInfo
	index   int
	dir     string
	dataDir string
	port    int
	p       *proc
}

// Nodes returns the devnet's nodes, the first one first.
func (d *Devnet) Nodes() []NodeInfo {
	out := make([]NodeInfo, len(d.nodes))
	for i, n := range d.nodes {
		out[i] = n.NodeInfo
	}
	return out
}

// writeNodeConfigs writes each node's configuration. The first node attests every VM; the others only the
// quorum VM, through their own agents. A quorum VM's peers are the other nodes, and each node waits another
// delay before submitting a bundle itself.
func (d *Devnet) writeNodeConfigs() error {
	for i := 0; i < d.opts.Nodes; i++ {
		n := &nodeProc{index: i, dir: filepath.Join(d.opts.Dir, "node")}
		if i > 0 {
			n.dir = filepath.Join(d.opts.Dir, fmt.Sprintf("node-%d", i+1))
		}
		n.dataDir = filepath.Join(n.dir, "data")
		if err := os.MkdirAll(n.dir, 0o755); err != nil {
			return err
		}
		n.port = d.opts.NodePort
		if i > 0 {
			p, err := freePort()
			if err != nil {
				return err
			}
			n.port = p
		}
		var tok [16]byte
		if _, err := rand.Read(tok[:]); err != nil {
			return err
		}
		n.Token, n.URL = hex.EncodeToString(tok[:]), fmt.Sprintf("http://127.0.0.1:%d", n.port)
		n.Operator = crypto.PubkeyToAddress(mustKey(nodeKeys[i]).PublicKey)
		n.Config = filepath.Join(n.dir, "node.yaml")
		if err := os.WriteFile(filepath.Join(n.dir, "operator.key"), []byte(nodeKeys[i]+"\n"), 0o600); err != nil {
			return err
		}
		d.nodes = append(d.nodes, n)
	}
	d.NodeURL, d.NodeToken = d.nodes[0].URL, d.nodes[0].Token
	for _, n := range d.nodes {
		if err := d.writeNodeConfig(n); err != nil {
			return err
		}
	}
	return nil
}

// writeNodeConfig writes one node's configuration.
func (d *Devnet) writeNodeConfig(n *nodeProc) error {
	var vms []oracle.FileVM
	for _, v := range d.VMs {
		agentURL, key := v.AgentURL, v.Key
		if n.index > 0 {
			if v.Quorum == 0 {
				continue
			}
			r := v.Replicas[n.index-1]
			agentURL, key = r.AgentURL, r.Key
		}
		m := oracle.FileVM{ID: v.ID.String(), AgentURL: agentURL, ExpectedKey: key.Hex(),
			Subsets: []string{v.Subset.Hex()}, HashAlg: nodeHashAlg.String(), Interval: d.opts.Interval.String(),
			Jitter: (d.opts.Interval / 10).String()}
		if v.Property != "" {
			m.Properties = []oracle.FileProperty{{Name: v.Property, Subset: v.Subset.Hex(),
				Verifier: d.Contracts.ReadOnlyRootVerifier.Hex()}}
		}
		if v.Quorum > 0 {
			var peers []oracle.FilePeer
			for _, p := range d.nodes {
				if p == n {
					continue
				}
				tf := fmt.Sprintf("peer-%d.token", p.index+1)
				if err := os.WriteFile(filepath.Join(n.dir, tf), []byte(p.Token+"\n"), 0o600); err != nil {
					return err
				}
				peers = append(peers, oracle.FilePeer{URL: p.URL, TokenFile: tf})
			}
			m.Quorum = &oracle.FileQuorum{Peers: peers, SubmitDelay: (time.Duration(n.index) * 2 * d.opts.BatchInterval).String()}
		}
		vms = append(vms, m)
	}
	cfg := &oracle.FileConfig{
		DataDir: "data", Listen: fmt.Sprintf("127.0.0.1:%d", n.port), ChainID: d.ChainID, RPC: d.RPC,
		Verifier: d.Contracts.Verifier.Hex(), Registry: d.Contracts.Registry.Hex(),
		PropertyRegistry: d.Contracts.Properties.Hex(), OperatorKeyFile: "operator.key", BatchSize: 20,
		BatchInterval: d.opts.BatchInterval.String(), NumConfirmations: 1,
		TxPollInterval: (d.opts.BlockTime / 5).String(), VMs: vms,
		Clients: []oracle.FileClient{{Name: "devnet", TokenSHA256: sha256Hex(n.Token), RatePerSecond: 1000, Burst: 1000}},
	}
	return writeYAML(n.Config, "# vmattest devnet node (written by vmattest devnet; see docs/node.example.yaml)\n", cfg)
}

func (d *Devnet) nodeName(i int) string {
	if d.opts.Nodes == 1 {
		return "node"
	}
	return fmt.Sprintf("node-%d", i+1)
}

// StartNode starts the first node (`vmattest node`) and waits until it is ready.
func (d *Devnet) StartNode(ctx context.Context) error { return d.StartNodeAt(ctx, 0) }

// StartNodeAt starts node i and waits until it is ready.
func (d *Devnet) StartNodeAt(ctx context.Context, i int) error {
	n := d.nodes[i]
	name := d.nodeName(i)
	d.step("Starting the oracle %s (%s): the client API on %s, operator %s", name, n.Config, n.URL, n.Operator)
	p, err := startProc(name, filepath.Join(d.opts.Dir, "logs", name+".log"), d.opts.Bin, "node", "--config", n.Config)
	if err != nil {
		return err
	}
	n.p = p
	if err := p.waitFor(ctx, 60*time.Second, "ready", httpOK(n.URL+"/readyz")); err != nil {
		p.kill()
		return err
	}
	d.say("%s ready (pid %d, log %s)", name, p.Pid(), p.logPath)
	return nil
}

// StopNode stops the first node gracefully (SIGTERM).
func (d *Devnet) StopNode() { d.StopNodeAt(0) }

// StopNodeAt stops node i gracefully (SIGTERM).
func (d *Devnet) StopNodeAt(i int) {
	if p := d.nodes[i].p; p != nil {
		p.stop(syscall.SIGTERM, 60*time.Second)
	}
}

// KillNode kills the first node at once (SIGKILL), as a crash would.
func (d *Devnet) KillNode() {
	if p := d.nodes[0].p; p != nil {
		p.kill()
	}
}

// NodeRunning reports whether the first node's process runs.
func (d *Devnet) NodeRunning() bool { return d.nodes[0].p != nil && d.nodes[0].p.running() }

// nodeLog is the first node's log file.
func (d *Devnet) nodeLog() string { return filepath.Join(d.opts.Dir, "logs", d.nodeName(0)+".log") }
