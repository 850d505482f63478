//go:build unix

package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/vmattest/vmattest/internal/onchain"
)

// Anvil's well-known development accounts (public keys of a public mnemonic: devnets only).
const (
	adminKeyHex    = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80" // account 0
	operatorKeyHex = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d" // account 1
	keeperKeyHex   = "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a" // account 2
)

// chain is the anvil process and a client to it. Its state is kept in stateFile across restarts.
type chain struct {
	bin       string
	port      int
	stateFile string
	logPath   string
	blockTime time.Duration

	p       *proc
	client  *ethclient.Client
	chainID *big.Int
}

// PinnedAnvil is the path of the pinned npm package's native anvil under the repository root (make tools
// installs it).
func PinnedAnvil(root string) string {
	return filepath.Join(root, "node_modules", "@foundry-rs", "anvil-"+runtime.GOOS+"-"+runtime.GOARCH, "bin", "anvil")
}

// anvilBinary finds anvil: the pinned one under root, else anvil on PATH.
func anvilBinary(root string) string {
	if p := PinnedAnvil(root); fileExists(p) {
		return p
	}
	return "anvil"
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// URL is the chain's JSON-RPC endpoint.
func (c *chain) URL() string { return fmt.Sprintf("http://127.0.0.1:%d", c.port) }

// start runs anvil, loading stateFile if it exists (anvil dumps the state there when it stops). The first
// start mines on demand (automine), for a fast setup; a restart mines a block every blockTime.
func (c *chain) start(ctx context.Context, restart bool) error {
	args := []string{c.bin, "--port", strconv.Itoa(c.port), "--state", c.stateFile, "--host", "127.0.0.1"}
	if restart {
		args = append(args, "--block-time", strconv.Itoa(int(c.blockTime/time.Second)))
	}
	p, err := startProc("anvil", c.logPath, args...)
	if err != nil {
		return err
	}
	c.p = p
	err = p.waitFor(ctx, 30*time.Second, "answering JSON-RPC", func(ctx context.Context) error {
		cl, err := ethclient.DialContext(ctx, c.URL())
		if err != nil {
			return err
		}
		id, err := cl.ChainID(ctx)
		if err != nil {
			cl.Close()
			return err
		}
		if c.client != nil {
			c.client.Close()
		}
		c.client, c.chainID = cl, id
		return nil
	})
	if err != nil {
		p.kill()
	}
	return err
}

// stop stops anvil gracefully (SIGTERM), so that it dumps its state.
func (c *chain) stop() {
	if c.p != nil {
		c.p.stop(syscall.SIGTERM, 20*time.Second)
	}
	if c.client != nil {
		c.client.Close()
		c.client = nil
	}
}

// intervalMining switches a running anvil from automine to a block every blockTime.
func (c *chain) intervalMining(ctx context.Context) error {
	if err := c.client.Client().CallContext(ctx, nil, "evm_setIntervalMining", int(c.blockTime/time.Second)); err != nil {
		return fmt.Errorf("evm_setIntervalMining: %w", err)
	}
	return nil
}

func mustKey(hex string) *ecdsa.PrivateKey {
	k, err := crypto.HexToECDSA(hex)
	if err != nil {
		panic(err)
	}
	return k
}

// send sends data to `to` from key with value (may be nil) and waits for a successful receipt.
func (c *chain) send(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	opts := bind.NewKeyedTransactor(key, c.chainID)
	opts.Value = value
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	return onchain.Transact(ctx, c.client, opts, to, data, nil)
}

// deploy deploys creation code (with its constructor arguments appended) from key.
func (c *chain) deploy(ctx context.Context, key *ecdsa.PrivateKey, name string, code []byte) (common.Address, *types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	addr, r, err := onchain.DeployCode(ctx, c.client, bind.NewKeyedTransactor(key, c.chainID), code, nil)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("failed to deploy %s: %w", name, err)
	}
	return addr, r, nil
}
