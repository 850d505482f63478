//go:build unix

package devnet

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/outbox"
	"github.com/vmattest/vmattest/oracle/nodeapi"
)

// Report is what Tour did: the figures of the summary, and what the end-to-end tests assert.
type Report struct {
	VMs   []VMReport `json:"vms"`
	Vault *VaultReport
	// Rootkit is the simulated rootkit step on the Linux guest (nil without it).
	Rootkit *RootkitReport `json:"rootkit,omitempty"`
}

// VMReport is one VM's attestation, golden digest and property.
type VMReport struct {
	Name        string      `json:"name"`
	StateDigest common.Hash `json:"stateDigest"`
	Sequence    uint64      `json:"sequence"`
	TxHash      common.Hash `json:"txHash"`
	Block       uint64      `json:"block"`
	// GasUsed is the gas of the node's submitBatch transaction that carried the attestation.
	GasUsed uint64 `json:"gasUsed"`
	// BatchSize is how many attestations that transaction carried.
	BatchSize int  `json:"batchSize"`
	Golden    bool `json:"golden"`
	IsFresh   bool `json:"isFresh"`
	IsIntact  bool `json:"isIntact"`
	// Property is the property the node proves ("" for none); PropertyProven whether it is recorded on chain,
	// PropertyRefusal the agent's reason when the state lacks it, PropertyTx the proveProperty transaction.
	Property        string      `json:"property,omitempty"`
	PropertyProven  bool        `json:"propertyProven"`
	PropertyRefusal string      `json:"propertyRefusal,omitempty"`
	PropertyTx      common.Hash `json:"propertyTx,omitempty"`
	PropertyGas     uint64      `json:"propertyGas,omitempty"`
	// Quorum is k of a quorum VM, whose state Signers vouched for; Dissents are the votes for another state
	// the verifier recorded as disagreements (QuorumDisagreement) in the same transaction or a later one.
	Quorum   int              `json:"quorum,omitempty"`
	Signers  []common.Address `json:"signers,omitempty"`
	Dissents []Dissent        `json:"dissents,omitempty"`
}

// Dissent is a QuorumDisagreement the verifier emitted.
type Dissent struct {
	Signer      common.Address `json:"signer"`
	StateDigest common.Hash    `json:"stateDigest"`
	TxHash      common.Hash    `json:"txHash"`
}

// queryMaxAge is the freshness window the tour's questions use, in seconds.
const queryMaxAge = 600

// Tour runs the demonstration on a started devnet: the node attests every VM at once and submits on chain;
// their digests become golden (the Linux guest's computed offline from its kernel build, checked equal); the
// node proves readonlyroot where it holds and the
// refusal where it does not is shown; KeeperVault lets the keeper withdraw, and the host-gated vault refuses;
// a simulated rootkit hooks the Linux guest's sys_call_table, and a vault gated on the guest refuses.
func (d *Devnet) Tour(ctx context.Context) (*Report, error) {
	rep := &Report{}
	node := d.Node()

	d.step("Asking the node to attest every VM now (POST /v1/vms/{vm}/attest): agent → verify → outbox → submitBatch")
	ids := map[string]outbox.ID{}
	for _, v := range d.VMs {
		if v.Quorum > 0 {
			for i, n := range d.nodes {
				if n.p == nil || !n.p.running() {
					continue
				}
				if _, err := d.NodeAt(i).Attest(ctx, v.ID); err != nil {
					return rep, fmt.Errorf("devnet: attest %s on %s: %w", v.Name, d.nodeName(i), err)
				}
			}
			d.say("%-7s a vote from each running node's agent; the nodes exchange them and one submits the quorum", v.Name)
			continue
		}
		got, err := node.Attest(ctx, v.ID)
		if err != nil {
			return rep, fmt.Errorf("devnet: attest %s: %w", v.Name, err)
		}
		if len(got) != 1 {
			return rep, fmt.Errorf("devnet: attest %s: %d outbox ids, want 1", v.Name, len(got))
		}
		ids[v.Name] = got[0]
		d.say("%-7s accepted into the node's outbox as %s", v.Name, got[0])
	}
	for _, v := range d.VMs {
		if v.Quorum > 0 {
			vr, err := d.waitQuorum(ctx, v)
			if err != nil {
				return rep, err
			}
			rep.VMs = append(rep.VMs, vr)
			continue
		}
		wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
		r, err := node.WaitSettled(wctx, ids[v.Name])
		cancel()
		if err != nil {
			return rep, fmt.Errorf("devnet: %s: %w (see %s)", v.Name, err, d.nodeLog())
		}
		if r.State != outbox.StateConfirmed.String() {
			return rep, fmt.Errorf("devnet: %s: the attestation failed on chain: %s", v.Name, r.FailReason)
		}
		vr := VMReport{Name: v.Name, StateDigest: r.Attestation.StateDigest, Sequence: r.Attestation.Sequence,
			TxHash: *r.TxHash, Block: *r.BlockNumber, Property: v.Property}
		if rc, err := d.chain.client.TransactionReceipt(ctx, vr.TxHash); err == nil {
			vr.GasUsed = rc.GasUsed
			vr.BatchSize = countSubmitted(rc.Logs)
		}
		rep.VMs = append(rep.VMs, vr)
		d.say("%-7s digest %s (blake3, sequence %d)", v.Name, vr.StateDigest.Hex(), vr.Sequence)
		d.say("        on chain in tx %s, block %d (submitBatch of %d, %d gas)", vr.TxHash.Hex(), vr.Block, vr.BatchSize, vr.GasUsed)
	}

	if d.Contracts.Vault != (common.Address{}) {
		st, err := d.vaultStatus(ctx, d.Contracts.Vault)
		if err != nil {
			return rep, err
		}
		d.say("KeeperVault.vmStatus() = %s: the keeper's digest is not a golden digest yet", st)
	}

	d.step("Registering each VM's golden digest: its baseline, as the policy admin does when a VM is onboarded")
	for i, v := range d.VMs {
		vr := &rep.VMs[i]
		golden, label := vr.StateDigest, "devnet "+v.Name+" baseline"
		if v.kernel != nil {
			golden, label = v.OfflineGolden, "devnet "+v.Name+" kernel build, offline from its -dbg vmlinux"
			d.say("%-7s golden = %s, computed OFFLINE from the -dbg vmlinux before any attestation (not the first attestation's digest)",
				v.Name, golden.Hex())
			if vr.StateDigest != golden {
				return rep, fmt.Errorf("devnet: the guest's first attestation %s is not the offline golden digest %s of its kernel build",
					vr.StateDigest.Hex(), golden.Hex())
			}
			d.say("        the guest's first attestation %s equals it: its kernel is the clean build", vr.StateDigest.Hex())
		}
		if err := d.admin(ctx, "addGoldenDigest("+v.Name+")", d.Contracts.Verifier,
			onchain.PackAddGoldenDigest(v.Subset, nodeHashAlg, golden, label)); err != nil {
			return rep, err
		}
		vr.Golden = true
	}
	for i, v := range d.VMs {
		vr := &rep.VMs[i]
		var err error
		if vr.IsFresh, err = d.ask(ctx, v, "isFresh"); err != nil {
			return rep, err
		}
		if vr.IsIntact, err = d.ask(ctx, v, "isIntact"); err != nil {
			return rep, err
		}
		d.say("%-7s isFresh(vm, subset, %d s) = %-5v  isIntact(vm, subset, %d s) = %v", v.Name, queryMaxAge, vr.IsFresh, queryMaxAge, vr.IsIntact)
	}

	if err := d.tourProperties(ctx, rep); err != nil {
		return rep, err
	}
	if d.Contracts.Vault != (common.Address{}) {
		vr, err := d.tourVault(ctx)
		if err != nil {
			return rep, err
		}
		rep.Vault = vr
	} else {
		d.step("KeeperVault: not deployed (no keeper workload on this machine)")
	}
	if g := d.VM(WorkloadGuest); g != nil && g.kernel != nil {
		if g.Quorum > 0 {
			why := ""
			if d.opts.DissentingNode != 0 {
				why = "; its dissenting node sees the rootkit's hook in its copy of the guest's RAM"
			}
			d.step("Rootkit: skipped: the guest is a quorum VM here (run with one node for this step%s)", why)
			return rep, nil
		}
		rk, err := d.tourRootkit(ctx, g)
		rep.Rootkit = rk
		if err != nil {
			return rep, err
		}
	}
	return rep, nil
}

// countSubmitted counts the AttestationSubmitted logs of a receipt.
func countSubmitted(logs []*types.Log) int {
	n := 0
	for _, lg := range logs {
		if _, err := onchain.ParseSubmitted(lg); err == nil {
			n++
		}
	}
	return n
}

// ask calls isFresh or isIntact of v's subset with queryMaxAge.
func (d *Devnet) ask(ctx context.Context, v *VM, fn string) (bool, error) {
	ver := onchain.VerifierReader{Caller: d.chain.client, Address: d.Contracts.Verifier}
	read := ver.IsIntact
	if fn == "isFresh" {
		read = ver.IsFresh
	}
	ok, err := read(ctx, v.ID, v.Subset, queryMaxAge)
	if err != nil {
		return false, fmt.Errorf("devnet: %s(%s): %w", fn, v.Name, onchain.DecodeRevert(err))
	}
	return ok, nil
}

// tourProperties waits for the node's readonlyroot proofs, or the agents' refusals.
func (d *Devnet) tourProperties(ctx context.Context, rep *Report) error {
	d.step("Proving readonlyroot in zero knowledge (Groth16 over the attestation's commitment; the state stays private)")
	node := d.Node()
	for i, v := range d.VMs {
		if v.Property == "" {
			continue
		}
		vr := &rep.VMs[i]
		deadline := time.Now().Add(3 * time.Minute)
		var ps nodeapi.PropertyStatus
		for {
			st, err := node.VM(ctx, v.ID)
			if err != nil {
				return fmt.Errorf("devnet: %s: %w", v.Name, err)
			}
			if len(st.Properties) > 0 {
				ps = st.Properties[0]
			}
			if ps.Proven || strings.Contains(ps.LastError, "does not have the property") {
				break
			}
			if time.Now().After(deadline) {
				return fmt.Errorf("devnet: %s: readonlyroot neither proven nor refused within 3 minutes (last error %q; see %s)",
					v.Name, ps.LastError, d.nodeLog())
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(200 * time.Millisecond):
			}
		}
		if ps.Proven {
			vr.PropertyProven = true
			if tx, gas, err := d.propertyTx(ctx, v); err == nil {
				vr.PropertyTx, vr.PropertyGas = tx, gas
			}
			d.say("%-7s readonlyroot PROVEN: PropertyRegistry.proveProperty in tx %s (%d gas)", v.Name, vr.PropertyTx.Hex(), vr.PropertyGas)
			continue
		}
		vr.PropertyRefusal = ps.LastError
		d.say("%-7s readonlyroot REFUSED: %s", v.Name, ps.LastError)
		if v.Name == WorkloadHost {
			d.say("        This machine's root filesystem is mounted read-write, so no proof exists: refusing is the correct answer.")
		}
	}
	return nil
}

// propertyTx finds the PropertyProven log of v's readonlyroot proof.
func (d *Devnet) propertyTx(ctx context.Context, v *VM) (common.Hash, uint64, error) {
	logs, err := d.chain.client.FilterLogs(ctx, onchain.PropertyProvenQuery(d.Contracts.Properties, v.ID))
	if err != nil || len(logs) == 0 {
		return common.Hash{}, 0, errors.Join(errors.New("no PropertyProven log"), err)
	}
	lg := logs[len(logs)-1]
	rc, err := d.chain.client.TransactionReceipt(ctx, lg.TxHash)
	if err != nil {
		return lg.TxHash, 0, err
	}
	return lg.TxHash, rc.GasUsed, nil
}

// Summary prints the devnet and the tour's figures.
func (d *Devnet) Summary(w io.Writer, rep *Report) {
	fmt.Fprintf(w, "\n\033[1m==> Summary\033[0m\n")
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "chain\tanvil, chain id %d, %s\n", d.ChainID, d.RPC)
	fmt.Fprintf(tw, "EnclaveKeyRegistry\t%s\n", d.Contracts.Registry)
	fmt.Fprintf(tw, "AttestationVerifier\t%s\n", d.Contracts.Verifier)
	fmt.Fprintf(tw, "PropertyRegistry\t%s\n", d.Contracts.Properties)
	fmt.Fprintf(tw, "ReadOnlyRootVerifier\t%s\n", d.Contracts.ReadOnlyRootVerifier)
	if d.Contracts.Vault != (common.Address{}) {
		fmt.Fprintf(tw, "KeeperVault\t%s\n", d.Contracts.Vault)
	}
	if d.Contracts.ReportVerifier != (common.Address{}) {
		fmt.Fprintf(tw, "SNPReportVerifier\t%s\n", d.Contracts.ReportVerifier)
	}
	fmt.Fprintf(tw, "node\t%s (token in %s/devnet.json)\n", d.NodeURL, d.opts.Dir)
	tw.Flush()
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "VM\tvm id\tkey (sim SEV-SNP)\tstate digest\tintact\treadonlyroot\n")
	for i, v := range d.VMs {
		ro := "-"
		if rep != nil && i < len(rep.VMs) {
			vr := rep.VMs[i]
			switch {
			case vr.Property == "":
			case vr.PropertyProven:
				ro = "proven"
			case vr.PropertyRefusal != "":
				ro = "refused (root is read-write)"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s…\t%v\t%s\n", v.Name, v.ID, v.Key, vr.StateDigest.Hex()[:18], vr.IsIntact, ro)
		} else {
			fmt.Fprintf(tw, "%s\t%s\t%s\t\t\t\n", v.Name, v.ID, v.Key)
		}
	}
	tw.Flush()
	if rep != nil {
		fmt.Fprintln(w)
		tw = tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
		fmt.Fprintf(tw, "transaction\thash\tgas\n")
		// One row per submitBatch transaction, naming the VMs it carried.
		var txs []common.Hash
		names := map[common.Hash][]string{}
		for _, vr := range rep.VMs {
			if _, ok := names[vr.TxHash]; !ok {
				txs = append(txs, vr.TxHash)
			}
			names[vr.TxHash] = append(names[vr.TxHash], vr.Name)
		}
		for _, h := range txs {
			for _, vr := range rep.VMs {
				if vr.TxHash == h {
					if vr.Quorum > 0 {
						fmt.Fprintf(tw, "submitQuorum (%s, %d of %d keys)\t%s\t%d\n", vr.Name, len(vr.Signers), len(d.nodes), h.Hex(), vr.GasUsed)
						break
					}
					fmt.Fprintf(tw, "submitBatch (%s)\t%s\t%d (%d per attestation)\n", strings.Join(names[h], ", "), h.Hex(), vr.GasUsed,
						vr.GasUsed/uint64(max(1, vr.BatchSize)))
					break
				}
			}
		}
		for _, r := range d.Receipts {
			if strings.HasPrefix(r.What, "registerWithProof") {
				fmt.Fprintf(tw, "%s (no registrar)\t%s\t%d\n", r.What, r.Hash.Hex(), r.GasUsed)
			}
		}
		for _, vr := range rep.VMs {
			if vr.PropertyProven {
				fmt.Fprintf(tw, "proveProperty (%s, readonlyroot)\t%s\t%d\n", vr.Name, vr.PropertyTx.Hex(), vr.PropertyGas)
			}
		}
		if v := rep.Vault; v != nil {
			fmt.Fprintf(tw, "KeeperVault.withdraw (keeper)\t%s\t%d\n", v.WithdrawTx.Hex(), v.WithdrawGas)
		}
		tw.Flush()
	}
	if rep != nil && rep.Rootkit != nil {
		rk := rep.Rootkit
		fmt.Fprintf(w, "\nrootkit on the guest: sys_call_table[%d] hooked -> isIntact(guest) = %v, guest vault: %s; restored -> isIntact(guest) = %v\n",
			rk.Entry, rk.IsIntact, refusalOr(rk.Refusal, "paid"), rk.RestoredIntact)
	}
}

// refusalOr returns the refusal, or otherwise when there was none.
func refusalOr(refusal, otherwise string) string {
	if refusal == "" {
		return otherwise
	}
	return "refuses: " + refusal
}
