//go:build unix

package test

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/vmattest/vmattest/internal/bindings/registry"
	"github.com/vmattest/vmattest/internal/devnet"
	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/outbox"
	"github.com/vmattest/vmattest/internal/protocol"
)

// attackerKeyHex is anvil's fourth well-known development account (account 3): funded, and holding no role
// in the devnet (accounts 0 to 2 are its admin, operator and keeper). Public knowledge: devnets only.
const attackerKeyHex = "7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6"

// The devnet's subset policy (internal/devnet: subsetMaxAge, subsetMaxFutureSkew).
const (
	devnetMaxAge        = 3600
	devnetMaxFutureSkew = 60
)

// Key states of the registry's KeyStatus enum.
const (
	keyStatusNone    = uint8(onchain.KeyStatusNone)
	keyStatusActive  = uint8(onchain.KeyStatusActive)
	keyStatusRevoked = uint8(onchain.KeyStatusRevoked)
)

// sender sends transactions to the devnet's chain from one key.
type sender struct {
	c       *ethclient.Client
	chainID *big.Int
	key     *ecdsa.PrivateKey
}

func (s sender) addr() common.Address { return crypto.PubkeyToAddress(s.key.PublicKey) }

// transact signs and sends data to `to`. A zero gasLimit makes go-ethereum estimate the gas, which fails with
// the revert data of a call that reverts; a nonzero one sends the transaction as is.
func (s sender) transact(ctx context.Context, to common.Address, data []byte, gasLimit uint64) (*types.Transaction, error) {
	opts := bind.NewKeyedTransactor(s.key, s.chainID)
	opts.GasLimit = gasLimit
	return onchain.Send(ctx, s.c, opts, to, data)
}

// send sends data to `to` and waits for a successful receipt.
func (s sender) send(t *testing.T, ctx context.Context, what string, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	tx, err := s.transact(ctx, to, data, 0)
	if err != nil {
		t.Fatalf("%s from %s: %v", what, s.addr(), onchain.DecodeRevert(err))
	}
	r, err := onchain.Wait(ctx, s.c, tx, nil)
	if err != nil {
		t.Fatalf("%s from %s: %v", what, s.addr(), err)
	}
	return r
}

// attackEnv is what the attacks need: the devnet, its chain and domain, and the keys.
type attackEnv struct {
	d        *devnet.Devnet
	c        *ethclient.Client
	dom      protocol.Domain
	admin    sender
	attacker sender
	guest    *devnet.VM
}

func newAttackEnv(t *testing.T, d *devnet.Devnet) *attackEnv {
	t.Helper()
	c := dial(t, d)
	chainID := new(big.Int).SetUint64(d.ChainID)
	attackerKey, err := crypto.HexToECDSA(attackerKeyHex)
	if err != nil {
		t.Fatal(err)
	}
	guest := d.VM(devnet.WorkloadGuest)
	if guest == nil {
		t.Fatal("the devnet has no guest VM")
	}
	return &attackEnv{d: d, c: c, dom: protocol.NewDomain(d.ChainID, d.Contracts.Verifier),
		admin: sender{c, chainID, devnet.AdminKey()}, attacker: sender{c, chainID, attackerKey}, guest: guest}
}

// chainTime is the timestamp of the chain's head.
func (e *attackEnv) chainTime(t *testing.T, ctx context.Context) uint64 {
	t.Helper()
	h, err := e.c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatalf("eth_getBlockByNumber: %v", err)
	}
	return h.Time
}

// registerKey makes a software key (INSECURE: the attacker holds it) and has the admin, a registrar,
// approve it for vm, which activates it (the devnet's approval threshold is 1).
func (e *attackEnv) registerKey(t *testing.T, ctx context.Context, vm protocol.VMID) *protocol.InsecureKeySigner {
	t.Helper()
	s := newSigner(t)
	reg := registry.KeyRegistration{Key: s.Address(), VmId: vm, ExpiresAt: e.chainTime(t, ctx) + 86400,
		EvidenceHash: crypto.Keccak256Hash([]byte("attacker evidence"), s.Address().Bytes()), Measurement: make([]byte, 48)}
	e.admin.send(t, ctx, "approveKey", e.d.Contracts.Registry, onchain.PackApproveKey(reg))
	if st := e.keyStatus(t, ctx, s.Address()); st != keyStatusActive {
		t.Fatalf("key %s has status %d after approveKey, want active (1)", s.Address(), st)
	}
	return s
}

func (e *attackEnv) keyStatus(t *testing.T, ctx context.Context, key common.Address) uint8 {
	t.Helper()
	ks, err := onchain.RegistryReader{Caller: e.c, Address: e.d.Contracts.Registry}.KeyState(ctx, key)
	if err != nil {
		t.Fatal(err)
	}
	return ks.Status
}

func newSigner(t *testing.T) *protocol.InsecureKeySigner {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return protocol.NewInsecureKeySigner(k)
}

func random32(t *testing.T) [32]byte {
	t.Helper()
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	return b
}

func randomVMID(t *testing.T) protocol.VMID {
	t.Helper()
	var id protocol.VMID
	if _, err := rand.Read(id[:]); err != nil {
		t.Fatal(err)
	}
	return id
}

// sign signs an attestation of vm's guest subset (BLAKE3, a random digest) in the devnet's domain.
func (e *attackEnv) sign(t *testing.T, s protocol.Signer, vm protocol.VMID, subset [32]byte, ts, seq uint64) protocol.SignedAttestation {
	t.Helper()
	a := protocol.Attestation{VMID: vm, SubsetID: subset, HashAlg: protocol.HashBLAKE3, StateDigest: random32(t),
		Timestamp: ts, Sequence: seq}
	sa, err := protocol.Sign(context.Background(), e.dom, a, s)
	if err != nil {
		t.Fatal(err)
	}
	return sa
}

// submitRevert submits sa directly to the verifier from the attacker's account and returns the decoded
// revert. Both paths an attacker has are tried: go-ethereum's bind.Transact, which estimates the gas first
// (eth_estimateGas), and eth_call; they must agree. It fails the test when the submission would succeed.
func (e *attackEnv) submitRevert(t *testing.T, ctx context.Context, name string, sa protocol.SignedAttestation) *onchain.RevertError {
	t.Helper()
	data := onchain.PackSubmit(sa)
	tx, err := e.attacker.transact(ctx, e.d.Contracts.Verifier, data, 0)
	if err == nil {
		t.Fatalf("%s: submit was accepted (tx %s), want a revert", name, tx.Hash())
	}
	var estimated *onchain.RevertError
	if !errors.As(onchain.DecodeRevert(err), &estimated) {
		t.Fatalf("%s: submit failed without a custom error of the contracts: %v", name, err)
	}
	_, err = e.c.CallContract(ctx, ethereum.CallMsg{From: e.attacker.addr(), To: &e.d.Contracts.Verifier, Data: data}, nil)
	var called *onchain.RevertError
	if !errors.As(onchain.DecodeRevert(err), &called) {
		t.Fatalf("%s: eth_call of submit: %v, want a revert with a custom error", name, err)
	}
	if called.Name != estimated.Name {
		t.Fatalf("%s: eth_estimateGas reverts with %v, eth_call with %v", name, estimated, called)
	}
	return estimated
}

// arg returns a revert's argument by its ABI name.
func arg(t *testing.T, re *onchain.RevertError, name string) any {
	t.Helper()
	for i, n := range re.ArgNames {
		if n == name {
			return re.Args[i]
		}
	}
	t.Fatalf("%v has no argument %q", re, name)
	return nil
}

// within reports an error unless lo <= v <= hi.
func within(v *big.Int, lo, hi uint64) error {
	if v.Cmp(new(big.Int).SetUint64(lo)) < 0 || v.Cmp(new(big.Int).SetUint64(hi)) > 0 {
		return fmt.Errorf("%s not in [%d, %d]", v, lo, hi)
	}
	return nil
}

// attack is one forged or misused submission.
type attack struct {
	name string
	sa   protocol.SignedAttestation
	// wantErr is the verifier's custom error for a direct submit, with exactly wantArgs (by ABI name), and
	// check for arguments known only within bounds.
	wantErr  string
	wantArgs map[string]any
	check    func(re *onchain.RevertError) error
}

// TestAttacksRevertWithCustomErrors attacks the verifier of a devnet directly with forged, replayed, stale,
// future, misdirected and unauthorised attestations, each of which must revert with its own custom error
// (part A); then slips the same attestations into the node's outbox, with the node stopped, and checks that
// once restarted it reports each as failed with that error's name (a replay below the chain's sequence as
// superseded: submitBatch skips it rather than reverting) while it keeps confirming honest attestations
// exactly once (part B). The guest's own replays cannot enter the outbox at all: the exact one is the record
// the node already holds, a tampered one conflicts with it.
func TestAttacksRevertWithCustomErrors(t *testing.T) {
	start := time.Now()
	d := startDevnet(t, devnet.Options{Workloads: []string{devnet.WorkloadGuest}, BatchInterval: 300 * time.Millisecond})
	t.Logf("devnet up in %s", time.Since(start).Round(time.Millisecond))
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e := newAttackEnv(t, d)
	guest := e.guest
	node := d.Node()

	// An honest attestation of the guest, on chain: the replay material.
	ids, err := node.Attest(ctx, guest.ID)
	if err != nil || len(ids) != 1 {
		t.Fatalf("attest %s: %v, %v; want one id", guest.Name, ids, err)
	}
	sctx, scancel := context.WithTimeout(ctx, 30*time.Second)
	onChainRec, err := node.WaitSettled(sctx, ids[0])
	scancel()
	if err != nil || onChainRec.State != outbox.StateConfirmed.String() {
		t.Fatalf("the honest attestation %s: %s (%s), %v; want confirmed", ids[0], onChainRec.State, onChainRec.FailReason, err)
	}
	replayed := onChainRec.Attestation
	if err := replayed.Verify(e.dom, guest.Key); err != nil {
		t.Fatalf("GET /v1/attestations/%s returned an attestation not signed by the guest's key: %v", ids[0], err)
	}

	// The attacker's keys: A registered for VM X (the attacker's own VM, reusing the guest's approved
	// subset), B registered for VM Y and later revoked, C never registered.
	vmX, vmY := randomVMID(t), randomVMID(t)
	keyA, keyB, keyC := e.registerKey(t, ctx, vmX), e.registerKey(t, ctx, vmY), newSigner(t)
	now := e.chainTime(t, ctx)

	// Y gets a valid record (sequence 10) from the attacker's account, then B is revoked.
	yOnChain := e.sign(t, keyB, vmY, guest.Subset, now, 10)
	yBelow := e.sign(t, keyB, vmY, guest.Subset, now, 5)
	yRcpt := e.attacker.send(t, ctx, "submit(Y, sequence 10)", d.Contracts.Verifier, onchain.PackSubmit(yOnChain))
	e.admin.send(t, ctx, "revokeKey(B)", d.Contracts.Registry, onchain.PackRevokeKey(keyB.Address()))
	if st := e.keyStatus(t, ctx, keyB.Address()); st != keyStatusRevoked {
		t.Fatalf("key B %s has status %d after revokeKey, want revoked (2)", keyB.Address(), st)
	}
	now = e.chainTime(t, ctx)

	// A valid attestation of X signed by A passes alone: each failure below is due to what the case changes.
	valid := e.sign(t, keyA, vmX, guest.Subset, now, 7)
	if _, err := e.c.CallContract(ctx, ethereum.CallMsg{From: e.attacker.addr(), To: &d.Contracts.Verifier,
		Data: onchain.PackSubmit(valid)}, nil); err != nil {
		t.Fatalf("control: a valid attestation of the attacker's registered key reverts: %v", onchain.DecodeRevert(err))
	}

	tamperedDigest := e.sign(t, keyA, vmX, guest.Subset, now, 4)
	tamperedDigest.StateDigest = random32(t)
	tamperedTime := e.sign(t, keyA, vmX, guest.Subset, now, 6)
	tamperedTime.Timestamp--
	replayTampered := replayed
	replayTampered.StateDigest = random32(t)
	recovered := func(sa protocol.SignedAttestation) common.Address {
		a, err := sa.Signer(e.dom)
		if err != nil {
			t.Fatal(err)
		}
		if a == keyA.Address() {
			t.Fatal("a tampered attestation still recovers to the signing key")
		}
		return a
	}
	unknownSubset := random32(t)
	stale := e.sign(t, keyA, vmX, guest.Subset, now-devnetMaxAge-600, 1)
	future := e.sign(t, keyA, vmX, guest.Subset, now+3600, 2)
	// The block a call is simulated in is at most a few seconds after the head seen here.
	const slack = 30

	attacks := []attack{
		{name: "replay of an attestation the node put on chain", sa: replayed, wantErr: "SequenceNotIncreasing",
			wantArgs: map[string]any{"vmId": [16]byte(guest.ID), "subsetId": [32]byte(guest.Subset), "sequence": replayed.Sequence},
			check: func(re *onchain.RevertError) error {
				if last := re.Args[3].(uint64); last < replayed.Sequence {
					return fmt.Errorf("lastSequence %d < the replayed sequence %d", last, replayed.Sequence)
				}
				return nil
			}},
		// The replay guard runs before the signature check: a tampered replay is refused as a replay.
		{name: "replay with a tampered stateDigest", sa: replayTampered, wantErr: "SequenceNotIncreasing",
			wantArgs: map[string]any{"vmId": [16]byte(guest.ID), "subsetId": [32]byte(guest.Subset), "sequence": replayed.Sequence}},
		{name: "tampered stateDigest", sa: tamperedDigest, wantErr: "KeyNotActive",
			wantArgs: map[string]any{"signer": recovered(tamperedDigest), "status": keyStatusNone}},
		{name: "tampered timestamp", sa: tamperedTime, wantErr: "KeyNotActive",
			wantArgs: map[string]any{"signer": recovered(tamperedTime), "status": keyStatusNone}},
		{name: "stale timestamp", sa: stale, wantErr: "TimestampTooOld",
			wantArgs: map[string]any{"timestamp": stale.Timestamp},
			check: func(re *onchain.RevertError) error {
				return within(re.Args[1].(*big.Int), now-devnetMaxAge, now-devnetMaxAge+slack)
			}},
		{name: "future timestamp", sa: future, wantErr: "TimestampInFuture",
			wantArgs: map[string]any{"timestamp": future.Timestamp},
			check: func(re *onchain.RevertError) error {
				return within(re.Args[1].(*big.Int), now+devnetMaxFutureSkew, now+devnetMaxFutureSkew+slack)
			}},
		{name: "unknown subset", sa: e.sign(t, keyA, vmX, unknownSubset, now, 3), wantErr: "SubsetNotApproved",
			wantArgs: map[string]any{"subsetId": unknownSubset}},
		{name: "revoked key", sa: e.sign(t, keyB, vmY, guest.Subset, now, 11), wantErr: "KeyNotActive",
			wantArgs: map[string]any{"signer": keyB.Address(), "status": keyStatusRevoked}},
		{name: "unregistered key", sa: e.sign(t, keyC, vmX, guest.Subset, now, 5), wantErr: "KeyNotActive",
			wantArgs: map[string]any{"signer": keyC.Address(), "status": keyStatusNone}},
	}

	t.Run("A_direct", func(t *testing.T) {
		for _, a := range attacks {
			re := e.submitRevert(t, ctx, a.name, a.sa)
			if !onchain.IsRevert(re, a.wantErr) {
				t.Errorf("%s: %v, want %s", a.name, re, a.wantErr)
				continue
			}
			for n, want := range a.wantArgs {
				if got := arg(t, re, n); !reflect.DeepEqual(got, want) {
					t.Errorf("%s: %v: %s = %v (%T), want %v (%T)", a.name, re, n, got, got, want, want)
				}
			}
			if a.check != nil {
				if err := a.check(re); err != nil {
					t.Errorf("%s: %v: %v", a.name, re, err)
				}
			}
			t.Logf("%-48s %v", a.name, re)
		}

		// Sent anyway (a fixed gas limit skips the estimation), every one is mined and reverts.
		var txs []*types.Transaction
		for _, a := range attacks {
			tx, err := e.attacker.transact(ctx, d.Contracts.Verifier, onchain.PackSubmit(a.sa), 300_000)
			if err != nil {
				t.Fatalf("%s: sending with a fixed gas limit: %v", a.name, err)
			}
			txs = append(txs, tx)
		}
		for i, tx := range txs {
			wctx, wcancel := context.WithTimeout(ctx, 20*time.Second)
			r, err := bind.WaitMined(wctx, e.c, tx.Hash())
			wcancel()
			if err != nil {
				t.Fatalf("%s: %v", attacks[i].name, err)
			}
			if r.Status != types.ReceiptStatusFailed || len(r.Logs) != 0 {
				t.Errorf("%s: tx %s mined with status %d and %d logs, want a revert", attacks[i].name, tx.Hash(), r.Status, len(r.Logs))
			}
		}
		c := e.c
		if rec := latest(t, c, d, &devnet.VM{ID: vmX, Subset: guest.Subset}); rec.Sequence != 0 {
			t.Errorf("the attacks recorded VM X at sequence %d (signer %s), want nothing", rec.Sequence, rec.Signer)
		}
		if rec := latest(t, c, d, &devnet.VM{ID: vmY, Subset: guest.Subset}); rec.Sequence != 10 || rec.Signer != keyB.Address() {
			t.Errorf("VM Y is at sequence %d signed by %s, want 10 signed by B %s", rec.Sequence, rec.Signer, keyB.Address())
		}
	})
	if t.Failed() {
		return
	}

	t.Run("B_node", func(t *testing.T) {
		// What goes into the outbox, and how the node must settle it.
		type injected struct {
			name       string
			sa         protocol.SignedAttestation
			wantState  string
			wantReason string // exact, or a prefix when it ends with "*"
			id         outbox.ID
		}
		var injs []*injected
		for _, a := range attacks[2:] { // not the guest's replays: see below
			injs = append(injs, &injected{name: a.name, sa: a.sa, wantState: "failed", wantReason: a.wantErr})
		}
		injs = append(injs,
			// submitBatch skips an item whose sequence is not above the chain's (AttestationSkipped) instead of
			// reverting with SequenceNotIncreasing, so isolateFailures leaves it; the node then finds it
			// superseded.
			&injected{name: "replay below the chain's sequence", sa: yBelow, wantState: "failed",
				wantReason: "superseded on chain: sequence 5 was never recorded and the chain holds 10"},
			// The very attestation the chain holds: skipped by the batch, and truthfully confirmed.
			&injected{name: "replay of an attestation the chain holds", sa: yOnChain, wantState: "confirmed"},
			// A valid attestation queued behind the failing ones of its VM goes through once they are set aside.
			&injected{name: "valid attestation of the attacker's key", sa: valid, wantState: "confirmed"},
		)

		d.StopNode()
		box, err := outbox.Open(filepath.Join(d.NodeDataDir(), outbox.FileName))
		if err != nil {
			t.Fatalf("opening the stopped node's outbox: %v", err)
		}
		before, err := box.Stats()
		if err != nil {
			box.Close()
			t.Fatal(err)
		}
		for _, in := range injs {
			rec, created, err := box.Put(ctx, in.sa, outbox.Meta{Source: "attack test"})
			if err != nil || !created {
				box.Close()
				t.Fatalf("outbox Put(%s): created %v, %v; want a new record", in.name, created, err)
			}
			in.id = rec.ID
		}
		// The guest's replays cannot enter the outbox: the exact one is the record the node already has (and
		// confirmed), the tampered one conflicts with it.
		rec, created, err := box.Put(ctx, replayed, outbox.Meta{Source: "attack test"})
		if err != nil || created || rec.ID != onChainRec.ID || rec.State != outbox.StateConfirmed {
			t.Errorf("outbox Put(the guest's on-chain attestation again) = record %s %s, created %v, %v; want the existing confirmed record %s",
				rec.ID, rec.State, created, err, onChainRec.ID)
		}
		if _, _, err := box.Put(ctx, replayTampered, outbox.Meta{Source: "attack test"}); !errors.Is(err, outbox.ErrConflict) {
			t.Errorf("outbox Put(the guest's replay with a tampered digest) = %v, want ErrConflict", err)
		}
		if err := box.Close(); err != nil {
			t.Fatal(err)
		}

		restart := time.Now()
		if err := d.StartNode(ctx); err != nil {
			t.Fatalf("restarting the node: %v", err)
		}
		// Honest traffic while the node works through the injected records.
		var (
			honest    []outbox.ID
			honestErr []error
			wg        sync.WaitGroup
		)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 4; i++ {
				got, err := node.Attest(ctx, guest.ID)
				if err != nil {
					honestErr = append(honestErr, err)
				}
				honest = append(honest, got...)
				time.Sleep(250 * time.Millisecond)
			}
		}()

		sctx, scancel := context.WithTimeout(ctx, 30*time.Second)
		defer scancel()
		wantFailed := 0
		for _, in := range injs {
			r, err := node.WaitSettled(sctx, in.id)
			if err != nil {
				t.Errorf("%s (outbox %s): %v", in.name, in.id, err)
				continue
			}
			reasonOK := r.FailReason == in.wantReason
			if p, ok := strings.CutSuffix(in.wantReason, "*"); ok {
				reasonOK = strings.HasPrefix(r.FailReason, p)
			}
			if r.State != in.wantState || !reasonOK {
				t.Errorf("%s (outbox %s): %s with failReason %q, want %s with %q", in.name, in.id, r.State, r.FailReason,
					in.wantState, in.wantReason)
			} else {
				t.Logf("%-48s %s %s", in.name, r.State, r.FailReason)
			}
			if in.sa == yOnChain && (r.TxHash == nil || *r.TxHash != yRcpt.TxHash || *r.BlockNumber != yRcpt.BlockNumber.Uint64()) {
				// A batch skipped it as already recorded: the node confirms it at the transaction that recorded it.
				t.Errorf("%s is confirmed in tx %v (block %v); the chain recorded it in tx %s (block %d)",
					in.name, r.TxHash, r.BlockNumber, yRcpt.TxHash, yRcpt.BlockNumber)
			}
			if in.wantState == "failed" {
				wantFailed++
			}
		}
		wg.Wait()
		if len(honestErr) > 0 || len(honest) != 4 {
			t.Fatalf("honest attestations during the attack: %d acknowledged, errors %v", len(honest), honestErr)
		}
		checkExactlyOnce(t, d, guest, honest, 30*time.Second)
		xVM := &devnet.VM{Name: "attacker VM X", ID: vmX, Subset: guest.Subset}
		if rec := latest(t, e.c, d, xVM); rec.Sequence != valid.Sequence || rec.StateDigest != valid.StateDigest || rec.Signer != keyA.Address() {
			t.Errorf("VM X on chain: sequence %d digest %x signer %s; want the valid attestation (sequence %d) of key A %s",
				rec.Sequence, rec.StateDigest, rec.Signer, valid.Sequence, keyA.Address())
		}
		if got := submittedSequences(t, e.c, d, xVM); len(got) != 1 || got[valid.Sequence] != 1 {
			t.Errorf("VM X's AttestationSubmitted events by sequence: %v; want only sequence %d, once", got, valid.Sequence)
		}
		t.Logf("injected records settled and %d honest attestations confirmed exactly once %s after the restart",
			len(honest), time.Since(restart).Round(time.Millisecond))

		// Still attesting.
		after, err := node.Attest(ctx, guest.ID)
		if err != nil || len(after) != 1 {
			t.Fatalf("attest after the attack: %v, %v", after, err)
		}
		recs := checkExactlyOnce(t, d, guest, append(honest, after...), 30*time.Second)
		if last := recs[len(recs)-1]; last.Sequence <= recs[len(recs)-2].Sequence {
			t.Errorf("the attestation after the attack has sequence %d, not above the previous %d", last.Sequence, recs[len(recs)-2].Sequence)
		}

		// The queue drains (a scheduled attestation may be waiting for the next batch for a moment).
		m := scrapeMetrics(t, d)
		for deadline := time.Now().Add(5 * time.Second); m["vmattest_node_queue_depth"] != 0 && time.Now().Before(deadline); {
			time.Sleep(200 * time.Millisecond)
			m = scrapeMetrics(t, d)
		}
		if got := m["vmattest_node_queue_depth"]; got != 0 {
			t.Errorf("vmattest_node_queue_depth = %v after 5 s, want 0: the node is stuck", got)
		}
		if got := m["vmattest_node_attestations_failed_total"]; got != float64(wantFailed) {
			t.Errorf("vmattest_node_attestations_failed_total = %v, want %d (the injected failures since the restart)", got, wantFailed)
		}
		if got, want := m[`vmattest_node_outbox_records{state="failed"}`], float64(before[outbox.StateFailed])+float64(wantFailed); got != want {
			t.Errorf(`vmattest_node_outbox_records{state="failed"} = %v, want %v`, got, want)
		}
		if got := m["vmattest_node_batch_errors_total"]; got < 1 {
			t.Errorf("vmattest_node_batch_errors_total = %v, want at least the reverted batch", got)
		}
		if err := d.Check(); err != nil {
			t.Errorf("a devnet process died: %v", err)
		}
	})
	t.Logf("total %s", time.Since(start).Round(time.Millisecond))
}

// scrapeMetrics reads the node's /metrics into a map from series (name and labels) to value.
func scrapeMetrics(t *testing.T, d *devnet.Devnet) map[string]float64 {
	t.Helper()
	resp, err := http.Get(d.NodeURL + "/metrics")
	if err != nil {
		t.Fatalf("GET /metrics: %v", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /metrics: %d, %v", resp.StatusCode, err)
	}
	out := map[string]float64{}
	for _, line := range strings.Split(string(body), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if i < 0 || err != nil {
			t.Fatalf("/metrics line %q", line)
		}
		out[line[:i]] = v
	}
	return out
}

// TestAttacksBatchOnlyRevertDoesNotStallQueue queues two attestations of one VM, each valid alone, whose
// sequences and timestamps disagree (sequence 2 is 30 s older than sequence 1): what an agent whose clock
// stepped back signs, or what a compromised agent signs on purpose. In one submitBatch the second reverts
// with TimestampBeforeLast after the first, though neither reverts alone. The node must set the second
// aside and go on; honest attestations of other VMs queued behind them must still be confirmed.
func TestAttacksBatchOnlyRevertDoesNotStallQueue(t *testing.T) {
	start := time.Now()
	d := startDevnet(t, devnet.Options{Workloads: []string{devnet.WorkloadGuest}, BatchInterval: 300 * time.Millisecond})
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e := newAttackEnv(t, d)
	guest, node := e.guest, d.Node()

	vmX := randomVMID(t)
	keyA := e.registerKey(t, ctx, vmX)
	now := e.chainTime(t, ctx)
	first := e.sign(t, keyA, vmX, e.guest.Subset, now, 1)
	second := e.sign(t, keyA, vmX, e.guest.Subset, now-30, 2)
	simulate := func(data []byte) error {
		_, err := e.c.CallContract(ctx, ethereum.CallMsg{From: d.Accounts.Operator, To: &d.Contracts.Verifier, Data: data}, nil)
		return onchain.DecodeRevert(err)
	}
	for _, sa := range []protocol.SignedAttestation{first, second} {
		if err := simulate(onchain.PackSubmit(sa)); err != nil {
			t.Fatalf("sequence %d alone: %v, want accepted", sa.Sequence, err)
		}
	}
	batchErr := simulate(onchain.PackSubmitBatch([]protocol.SignedAttestation{first, second}))
	if !onchain.IsRevert(batchErr, "TimestampBeforeLast") {
		t.Fatalf("submitBatch(sequence 1, sequence 2) = %v, want TimestampBeforeLast", batchErr)
	}
	t.Logf("each alone is accepted; together: %v", batchErr)

	d.StopNode()
	box, err := outbox.Open(filepath.Join(d.NodeDataDir(), outbox.FileName))
	if err != nil {
		t.Fatalf("opening the stopped node's outbox: %v", err)
	}
	var ids []outbox.ID
	for _, sa := range []protocol.SignedAttestation{first, second} {
		rec, _, err := box.Put(ctx, sa, outbox.Meta{Source: "attack test"})
		if err != nil {
			box.Close()
			t.Fatalf("outbox Put(sequence %d): %v", sa.Sequence, err)
		}
		ids = append(ids, rec.ID)
	}
	if err := box.Close(); err != nil {
		t.Fatal(err)
	}
	if err := d.StartNode(ctx); err != nil {
		t.Fatalf("restarting the node: %v", err)
	}
	honest, err := node.Attest(ctx, guest.ID)
	if err != nil || len(honest) != 1 {
		t.Fatalf("attest %s: %v, %v", guest.Name, honest, err)
	}

	sctx, scancel := context.WithTimeout(ctx, 10*time.Second)
	defer scancel()
	r, err := node.WaitSettled(sctx, honest[0])
	if err != nil || r.State != outbox.StateConfirmed.String() {
		stuck := 0
		for _, line := range strings.Split(tailFile(filepath.Join(d.Dir(), "logs", "node.log"), 400), "\n") {
			if strings.Contains(line, "no single item fails alone") {
				stuck++
			}
		}
		t.Fatalf("the honest attestation %s of %s queued behind them is %s after 10 s (%v): the node is stuck; "+
			"its log has %d \"batch reverted and no single item fails alone\" lines (oracle/submit.go: "+
			"isolateFailures finds no item that fails alone and submitBatch retries the same batch for ever)",
			honest[0], guest.Name, r.State, err, stuck)
	}
	for i, want := range []struct{ state, reason string }{{"confirmed", ""}, {"failed", "TimestampBeforeLast"}} {
		r, err := node.WaitSettled(sctx, ids[i])
		if err != nil || r.State != want.state || r.FailReason != want.reason {
			t.Errorf("sequence %d: %s (%q), %v; want %s (%q)", i+1, r.State, r.FailReason, err, want.state, want.reason)
		}
	}
	checkExactlyOnce(t, d, guest, honest, 10*time.Second)
	t.Logf("total %s", time.Since(start).Round(time.Millisecond))
}

// TestAttackRogueKeyLockoutRecovered: a second key of the guest VM, registered through the registrar flow but
// held by the attacker (a rogue or compromised node of the VM), records the largest sequence step the verifier
// allows, dated as far ahead as the subset's policy allows. The node's next attestation of the guest, by the
// VM's own key, is then out of order and superseded (the lockout); once the admin revokes the rogue key, the
// node's next attestation is accepted over the revoked key's record and the guest is fresh again.
func TestAttackRogueKeyLockoutRecovered(t *testing.T) {
	start := time.Now()
	d := startDevnet(t, devnet.Options{Workloads: []string{devnet.WorkloadGuest}, BatchInterval: 300 * time.Millisecond})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	e := newAttackEnv(t, d)
	guest, node := e.guest, d.Node()
	attest := func(what string) (state, reason string) {
		t.Helper()
		ids, err := node.Attest(ctx, guest.ID)
		if err != nil || len(ids) != 1 {
			t.Fatalf("%s: attest %s: %v, %v; want one id", what, guest.Name, ids, err)
		}
		sctx, scancel := context.WithTimeout(ctx, 30*time.Second)
		defer scancel()
		r, err := node.WaitSettled(sctx, ids[0])
		if err != nil {
			t.Fatalf("%s: %s not settled: %v", what, ids[0], err)
		}
		return r.State, r.FailReason
	}

	if st, why := attest("honest"); st != outbox.StateConfirmed.String() {
		t.Fatalf("the honest attestation: %s (%s), want confirmed", st, why)
	}
	honestSeq := latest(t, e.c, d, guest).Sequence

	rogue := e.registerKey(t, ctx, guest.ID)
	const maxSequenceStep = 1 << 32 // AttestationVerifier.MAX_SEQUENCE_STEP
	rogueAtt := e.sign(t, rogue, guest.ID, guest.Subset, e.chainTime(t, ctx)+devnetMaxFutureSkew, honestSeq+maxSequenceStep)
	e.attacker.send(t, ctx, "submit(rogue, max step, future timestamp)", d.Contracts.Verifier, onchain.PackSubmit(rogueAtt))
	if rec := latest(t, e.c, d, guest); rec.Signer != rogue.Address() || rec.Sequence != rogueAtt.Sequence {
		t.Fatalf("after the rogue submit, latest = signer %s sequence %d; want the rogue key's record", rec.Signer, rec.Sequence)
	}

	st, why := attest("locked out")
	if st == outbox.StateConfirmed.String() || latest(t, e.c, d, guest).Signer != rogue.Address() {
		t.Fatalf("the node's attestation over the rogue record: %s (%s); want it refused while the rogue key is active", st, why)
	}
	t.Logf("locked out: the node's attestation is %s (%s)", st, why)

	e.admin.send(t, ctx, "revokeKey(rogue)", d.Contracts.Registry, onchain.PackRevokeKey(rogue.Address()))
	if isFreshAt(t, e.c, d, guest, nil) {
		t.Fatal("isFresh = true on the revoked rogue key's record")
	}
	if st, why := attest("recovery"); st != outbox.StateConfirmed.String() {
		t.Fatalf("the node's attestation after the revocation: %s (%s), want confirmed", st, why)
	}
	if rec := latest(t, e.c, d, guest); rec.Signer != guest.Key || rec.Sequence >= rogueAtt.Sequence {
		t.Fatalf("after the recovery, latest = signer %s sequence %d; want the guest key %s below %d", rec.Signer, rec.Sequence,
			guest.Key, rogueAtt.Sequence)
	}
	if !isFreshAt(t, e.c, d, guest, nil) {
		t.Fatal("isFresh = false after the recovery")
	}
	t.Logf("recovered in %s", time.Since(start).Round(time.Millisecond))
}
