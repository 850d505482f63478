//go:build unix

package test

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/vmattest/vmattest/internal/bindings/verifier"
	"github.com/vmattest/vmattest/internal/collect"
	"github.com/vmattest/vmattest/internal/devnet"
	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/outbox"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/subset"
	"github.com/vmattest/vmattest/internal/zkproof"
)

// startDevnet starts a devnet of real processes (anvil, agents, node; QEMU when installed) for the test and
// stops it when the test ends. It is skipped with -short, and when anvil is not installed outside CI.
func startDevnet(t *testing.T, o devnet.Options) *devnet.Devnet {
	t.Helper()
	if testing.Short() {
		t.Skip("skipped with -short: an end-to-end run against a real anvil takes tens of seconds")
	}
	startDevnetPrereqs(t)
	o.Dir, o.Root, o.Bin, o.Anvil = t.TempDir(), "..", vmattestBin, anvilPath()
	if o.Progress == nil {
		o.Progress = &testWriter{t: t}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, o)
	if err != nil {
		t.Fatalf("devnet: %v", err)
	}
	t.Cleanup(func() {
		if t.Failed() {
			for _, name := range []string{"node.log", "anvil.log"} {
				t.Logf("the end of %s:\n%s", name, tailFile(filepath.Join(d.Dir(), "logs", name), 40))
			}
		}
		d.Close()
	})
	return d
}

// anvilPath is the pinned anvil's native binary.
func anvilPath() string { return devnet.PinnedAnvil("..") }

// testWriter sends the devnet's progress to the test log, line by line.
type testWriter struct {
	t   *testing.T
	mu  sync.Mutex
	buf string
}

func (w *testWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf += string(p)
	for {
		i := strings.IndexByte(w.buf, '\n')
		if i < 0 {
			return len(p), nil
		}
		if line := strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(w.buf[:i], "\033[1m", ""), "\033[0m", "")); line != "" {
			w.t.Log(line)
		}
		w.buf = w.buf[i+1:]
	}
}

func tailFile(path string, n int) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return err.Error()
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// dial connects to the devnet's chain.
func dial(t *testing.T, d *devnet.Devnet) *ethclient.Client {
	t.Helper()
	c, err := ethclient.Dial(d.RPC)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// verifierAt reads the devnet's verifier as of block (nil: the latest).
func verifierAt(c *ethclient.Client, d *devnet.Devnet, block *big.Int) onchain.VerifierReader {
	return onchain.VerifierReader{Caller: c, Address: d.Contracts.Verifier, Block: block}
}

// latest is the verifier's record of (vm, subset).
func latest(t *testing.T, c *ethclient.Client, d *devnet.Devnet, v *devnet.VM) verifier.Record {
	t.Helper()
	return latestAt(t, c, d, v, nil)
}

// submittedSequences returns how many AttestationSubmitted events the verifier emitted for each sequence of
// (vm, subset).
func submittedSequences(t *testing.T, c *ethclient.Client, d *devnet.Devnet, v *devnet.VM) map[uint64]int {
	t.Helper()
	logs, err := c.FilterLogs(context.Background(), onchain.SubmittedQuery(d.Contracts.Verifier, v.ID, v.Subset, big.NewInt(0), nil))
	if err != nil {
		t.Fatalf("eth_getLogs: %v", err)
	}
	out := map[uint64]int{}
	for _, lg := range logs {
		ev, err := onchain.ParseSubmitted(&lg)
		if err != nil {
			t.Fatal(err)
		}
		out[ev.Sequence]++
	}
	return out
}

// checkExactlyOnce waits until every outbox record in ids is settled, then checks that each is confirmed and
// its sequence is on chain exactly once, and that the chain holds no attestation of v the node did not
// acknowledge except those in maybe (records whose acknowledgement was lost in a crash). It returns the
// settled records.
func checkExactlyOnce(t *testing.T, d *devnet.Devnet, v *devnet.VM, ids []outbox.ID, within time.Duration) []outboxRecord {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), within)
	defer cancel()
	node := d.Node()
	var recs []outboxRecord
	seqs := map[uint64]bool{}
	for _, id := range ids {
		r, err := node.WaitSettled(ctx, id)
		if err != nil {
			t.Fatalf("%s: %v", v.Name, err)
		}
		if r.State != outbox.StateConfirmed.String() {
			t.Fatalf("%s: attestation %s (sequence %d) is %s (%s), want confirmed", v.Name, id, r.Attestation.Sequence, r.State, r.FailReason)
		}
		recs = append(recs, outboxRecord{ID: id, Sequence: r.Attestation.Sequence, TxHash: *r.TxHash})
		seqs[r.Attestation.Sequence] = true
	}
	events := submittedSequences(t, dial(t, d), d, v)
	for _, r := range recs {
		if n := events[r.Sequence]; n != 1 {
			t.Errorf("%s: sequence %d (outbox %s) is on chain %d times, want exactly once", v.Name, r.Sequence, r.ID, n)
		}
	}
	for seq, n := range events {
		if n != 1 {
			t.Errorf("%s: sequence %d is on chain %d times", v.Name, seq, n)
		}
	}
	return recs
}

// outboxRecord is a settled attestation.
type outboxRecord struct {
	ID       outbox.ID
	Sequence uint64
	TxHash   common.Hash
}

// hostRootReadOnly reports whether this machine's root mount (the one pid 1's root resolves to) is
// read-only.
func hostRootReadOnly(t *testing.T) bool {
	t.Helper()
	mounts, err := collect.ProcessMounts(collect.Options{}, 1)
	if err != nil {
		t.Fatal(err)
	}
	return mounts[0].ReadOnly
}

// TestDevnetFullFlow runs the whole demo flow (vmattest devnet --once --proof-registration) and checks its
// outcome on chain through the bindings: every VM's attestation recorded with its agent's key (the keeper's
// registered by a proof of its SEV-SNP report, without approval), digests golden, readonlyroot proven for the
// read-only keeper and refused (or proven) for this machine as its root mount says, and the vault paid the
// keeper and the host-gated vault refused; the Linux guest's golden digest computed offline from its -dbg
// vmlinux, equal to its first attestation, and the simulated rootkit caught on chain (checkGuestKernel).
func TestDevnetFullFlow(t *testing.T) {
	d := startDevnet(t, devnet.Options{ProofRegistration: true})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	rep, err := d.Tour(ctx)
	if err != nil {
		t.Fatalf("tour: %v", err)
	}
	c := dial(t, d)
	if len(rep.VMs) != len(d.VMs) || len(d.VMs) < 2 {
		t.Fatalf("the tour reported %d VMs of %d", len(rep.VMs), len(d.VMs))
	}
	for i, v := range d.VMs {
		vr := rep.VMs[i]
		rec := latest(t, c, d, v)
		if rec.StateDigest != vr.StateDigest || rec.Signer != v.Key || rec.Sequence < 1 {
			t.Errorf("%s: on chain digest %x signer %s sequence %d; want digest %s signed by the agent's key %s",
				v.Name, rec.StateDigest, rec.Signer, rec.Sequence, vr.StateDigest.Hex(), v.Key)
		}
		intact, err := verifierAt(c, d, nil).IsIntact(ctx, v.ID, v.Subset, 600)
		if err != nil || !intact {
			t.Errorf("%s: isIntact = %v, %v; want true after the golden digest", v.Name, intact, err)
		}
		r, err := c.TransactionReceipt(ctx, vr.TxHash)
		if err != nil || r.Status != 1 || r.GasUsed != vr.GasUsed {
			t.Errorf("%s: receipt of %s: %+v, %v", v.Name, vr.TxHash, r, err)
		}
		if v.Property == "" {
			continue
		}
		proven, err := onchain.PropertiesReader{Caller: c, Address: d.Contracts.Properties}.HasProperty(ctx, v.ID, v.Subset, zkproof.ReadOnlyRoot.ID, 600)
		if err != nil {
			t.Fatal(err)
		}
		wantProven := v.Name == devnet.WorkloadKeeper || hostRootReadOnly(t)
		if proven != wantProven || vr.PropertyProven != wantProven {
			t.Errorf("%s: hasProperty(readonlyroot) = %v (reported %v), want %v", v.Name, proven, vr.PropertyProven, wantProven)
		}
		if !wantProven && !strings.Contains(vr.PropertyRefusal, `"/" mount is not read-only`) {
			t.Errorf("%s: refusal %q, want the read-write root named", v.Name, vr.PropertyRefusal)
		}
	}
	checkGuestKernel(t, ctx, c, d, rep)
	keeper := d.VM(devnet.WorkloadKeeper)
	if keeper == nil {
		t.Fatal("the keeper sandbox could not be made (unshare with user namespaces): the vault flow was not run")
	}
	info, err := onchain.RegistryReader{Caller: c, Address: d.Contracts.Registry}.KeyInfo(ctx, keeper.Key)
	if err != nil || info.Status != 1 || info.Approvals != 0 || d.Contracts.ReportVerifier == (common.Address{}) {
		t.Errorf("the keeper's key: %+v, %v; want active with 0 approvals (registered by proof)", info, err)
	}
	if rep.Vault == nil || rep.Vault.WithdrawTx == (common.Hash{}) {
		t.Fatalf("the keeper did not withdraw: %+v", rep.Vault)
	}
	bal, err := c.BalanceAt(ctx, d.Contracts.Vault, nil)
	if err != nil || bal.Cmp(new(big.Int).Mul(big.NewInt(9), big.NewInt(1e18))) != 0 {
		t.Errorf("vault balance %s, %v; want 9 ETH after the keeper's 1 ETH", bal, err)
	}
	if !hostRootReadOnly(t) && (rep.Vault.HostRefusal != "PropertyNotProven" || rep.Vault.HostStatus != "PropertyNotProven") {
		t.Errorf("host vault: status %s, refusal %q; want PropertyNotProven (this machine's root is read-write)",
			rep.Vault.HostStatus, rep.Vault.HostRefusal)
	}
	var sb strings.Builder
	d.Summary(&sb, rep)
	for _, want := range []string{d.Contracts.Verifier.Hex(), rep.VMs[0].TxHash.Hex(), "KeeperVault.withdraw"} {
		if !strings.Contains(sb.String(), want) {
			t.Errorf("the summary lacks %s:\n%s", want, sb.String())
		}
	}
	if err := d.Check(); err != nil {
		t.Errorf("a devnet process died: %v", err)
	}
	// Closing the devnet removes QEMU's RAM file (when QEMU ran).
	if g := d.VM(devnet.WorkloadGuest); g != nil {
		ram := guestRAMFile(t, g.Manifest)
		d.Close()
		if ram != "" {
			if _, err := os.Stat(ram); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("QEMU's RAM file %s is left behind (stat: %v)", ram, err)
			}
		}
	}
}

// attestAll asks the node to attest v n times, at most conc at once, and returns the acknowledged ids; the
// errors of requests refused by the node are returned beside them.
func attestAll(ctx context.Context, d *devnet.Devnet, v *devnet.VM, n, conc int) ([]outbox.ID, []error) {
	node := d.Node()
	var (
		mu   sync.Mutex
		ids  []outbox.ID
		errs []error
		wg   sync.WaitGroup
	)
	sem := make(chan struct{}, conc)
	for i := 0; i < n && ctx.Err() == nil; i++ {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			got, err := node.Attest(ctx, v.ID)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, err)
				return
			}
			ids = append(ids, got...)
		}()
	}
	wg.Wait()
	return ids, errs
}

// checkGuestKernel checks the Linux guest's part of the tour on chain: the golden digest registered is the
// one `vmattest kernel golden` computes from the -dbg vmlinux alone (never the guest's own first report), the
// first attestation equals it, and at the block that recorded the rootkit's attestation isIntact is false and
// the guest-gated vault refuses the keeper with VMNotIntact naming the tampered digest; once restored, intact.
// Without a fetchable guest kernel (no apt) the devnet falls back to the firmware guest: then only outside CI.
func checkGuestKernel(t *testing.T, ctx context.Context, c *ethclient.Client, d *devnet.Devnet, rep *devnet.Report) {
	t.Helper()
	var g *devnet.VM
	var vr devnet.VMReport
	for i, v := range d.VMs {
		if v.Name == devnet.WorkloadGuest {
			g, vr = v, rep.VMs[i]
		}
	}
	if g == nil || g.OfflineGolden == (common.Hash{}) {
		if os.Getenv("CI") != "" {
			t.Fatalf("the devnet's guest is not the real Linux guest in CI: %+v", g)
		}
		t.Logf("the real Linux guest was not booted here (notes %v): its checks are skipped", g)
		return
	}
	m, err := subset.Load(g.Manifest)
	if err != nil {
		t.Fatal(err)
	}
	vmlinux := filepath.Join(filepath.Dir(m.Regions[0].GuestKernel.Symbols.Path), "vmlinux")
	var golden digestOutput
	if err := json.Unmarshal([]byte(runVmattest(t, "kernel", "golden", "--alg", "blake3", "--json", "--subset", g.Manifest, "--vmlinux", vmlinux, "--platform", g.GoldenPlatform)), &golden); err != nil {
		t.Fatal(err)
	}
	if golden.SubsetDigest != g.OfflineGolden.Hex() || golden.SubsetDigest != vr.StateDigest.Hex() {
		t.Errorf("golden: vmattest kernel golden %s, the devnet's %s, the first attestation %s: want all equal",
			golden.SubsetDigest, g.OfflineGolden.Hex(), vr.StateDigest.Hex())
	}
	isGolden := func(digest common.Hash) bool {
		ok, err := verifierAt(c, d, nil).IsGoldenDigest(ctx, g.Subset, protocol.HashBLAKE3, digest)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if !isGolden(g.OfflineGolden) {
		t.Errorf("the offline golden digest %s is not registered on chain", g.OfflineGolden.Hex())
	}

	rk := rep.Rootkit
	if rk == nil {
		t.Fatal("the tour ran no rootkit step on the Linux guest")
	}
	if rk.TamperedDigest == g.OfflineGolden || isGolden(rk.TamperedDigest) {
		t.Errorf("the rootkit's digest %s is golden", rk.TamperedDigest.Hex())
	}
	at := new(big.Int).SetUint64(rk.TamperedBlock)
	rec := latestAt(t, c, d, g, at)
	if rec.StateDigest != rk.TamperedDigest || rec.Sequence != rk.TamperedSequence {
		t.Errorf("at block %d the record is %x (sequence %d), want the rootkit's %s (sequence %d)", at, rec.StateDigest, rec.Sequence,
			rk.TamperedDigest.Hex(), rk.TamperedSequence)
	}
	intact, err := verifierAt(c, d, at).IsIntact(ctx, g.ID, g.Subset, 600)
	if err != nil || intact || rk.IsIntact {
		t.Errorf("isIntact(guest) after the rootkit = %v (reported %v), %v; want false", intact, rk.IsIntact, err)
	}
	keeperAddr := d.Accounts.Keeper
	_, err = c.CallContract(ctx, ethereum.CallMsg{From: keeperAddr, To: &rk.Vault,
		Data: onchain.PackVaultWithdraw(keeperAddr, big.NewInt(1e18))}, at)
	var re *onchain.RevertError
	if !errors.As(onchain.DecodeRevert(err), &re) || re.Name != "VMNotIntact" || rk.Refusal != "VMNotIntact" ||
		arg(t, re, "vmId") != [16]byte(g.ID) || arg(t, re, "subsetId") != [32]byte(g.Subset) || arg(t, re, "stateDigest") != [32]byte(rk.TamperedDigest) {
		t.Errorf("the guest vault's withdraw after the rootkit: %v (reported %q); want VMNotIntact(vm, subset, %s)", err, rk.Refusal, rk.TamperedDigest.Hex())
	}
	if rk.StatusBefore != "Ok" || rk.StatusAfter != "NotIntact" || rk.RestoredDigest != g.OfflineGolden || !rk.RestoredIntact {
		t.Errorf("guest vault status %s -> %s; restored digest %s intact %v; want Ok -> NotIntact, then the golden %s and intact",
			rk.StatusBefore, rk.StatusAfter, rk.RestoredDigest.Hex(), rk.RestoredIntact, g.OfflineGolden.Hex())
	}
}
