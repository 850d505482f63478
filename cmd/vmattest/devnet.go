//go:build unix

package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/vmattest/vmattest/internal/devnet"
)

func init() { platformCommands = append(platformCommands, newDevnetCmd) }

func newDevnetCmd() *cobra.Command {
	var (
		opts      devnet.Options
		workloads string
		once      bool
		keep      bool
		reportOut string
		temporary bool
	)
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Run a local vmattest devnet: anvil, every contract, simulated SEV-SNP agents, a node, a DeFi vault",
		Long: "Run a complete local deployment out of real processes: anvil with every contract deployed; one agent per attested\n" +
			"workload (this machine; a real Linux guest under QEMU whose kernel's sys_call_table is attested, or where its\n" +
			"kernel cannot be fetched a QEMU guest's memory, or a raw memory image without QEMU; a keeper sandbox with a\n" +
			"read-only root), each with a key in its own simulated SEV-SNP device (INSECURE: devnets only) registered\n" +
			"through its evidence; an oracle node collecting and submitting their attestations and proving readonlyroot;\n" +
			"and KeeperVault, a DeFi contract gated on the keeper's integrity. The Linux guest's golden digest is computed\n" +
			"offline from its kernel's -dbg vmlinux, and a simulated rootkit hooks its sys_call_table: isIntact turns false\n" +
			"and a vault gated on the guest refuses (VMNotIntact), then the entry is restored. It walks through the flow,\n" +
			"prints a summary, and keeps running (poke at it with cast: source DIR/env) until Ctrl-C, or exits with --once.\n" +
			"Every process it started is stopped on exit.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			out := cmd.OutOrStdout()
			if workloads != "" {
				opts.Workloads = strings.Split(workloads, ",")
			}
			if opts.Dir == "" {
				dir, err := os.MkdirTemp("", "vmattest-devnet-")
				if err != nil {
					return err
				}
				opts.Dir, temporary = dir, true
				if !keep {
					defer os.RemoveAll(dir)
				}
			} else if entries, err := os.ReadDir(opts.Dir); err == nil && len(entries) > 0 {
				return fmt.Errorf("--dir %s is not empty: a devnet starts from a fresh directory", opts.Dir)
			}
			opts.Progress = out
			started := time.Now()
			d, err := devnet.Start(ctx, opts)
			if err != nil {
				return interrupted(ctx, err)
			}
			defer func() {
				fmt.Fprintln(out, "\nstopping the devnet's processes...")
				d.Close()
			}()
			rep, err := d.Tour(ctx)
			if err != nil {
				return interrupted(ctx, err)
			}
			d.Summary(out, rep)
			if reportOut != "" {
				data, err := json.MarshalIndent(rep, "", "  ")
				if err != nil {
					return err
				}
				if err := os.WriteFile(reportOut, append(data, '\n'), 0o644); err != nil {
					return err
				}
			}
			fmt.Fprintf(out, "\nthe flow took %s\n", time.Since(started).Round(time.Second))
			if once && temporary && !keep {
				fmt.Fprintln(out, "the devnet's state and logs are removed at exit (--keep keeps them)")
			} else {
				fmt.Fprintf(out, "logs in %s/logs; shell variables for cast: source %s/env\n", abs(opts.Dir), abs(opts.Dir))
			}
			if once {
				return nil
			}
			fmt.Fprintf(out, "\nthe devnet is running (the node attests every %s); state in %s\n", opts.Interval, abs(opts.Dir))
			fmt.Fprintf(out, "try: source %s/env && scripts/foundry cast call $VMATTEST_VERIFIER 'isFresh(bytes16,bytes32,uint256)(bool)' $VMATTEST_VM_KEEPER $VMATTEST_SUBSET_KEEPER 600\n", abs(opts.Dir))
			fmt.Fprintln(out, "press Ctrl-C to stop it")
			return watch(ctx, d)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Dir, "dir", "", "state directory (must be empty or absent); default: a temporary directory removed at exit")
	f.BoolVar(&keep, "keep", false, "keep the default temporary state directory at exit")
	f.StringVar(&opts.Root, "root", ".", "the vmattest repository: forge artifacts (out/, make contracts) and the pinned anvil")
	f.StringVar(&opts.Anvil, "anvil", "", "anvil binary (default: the pinned npm package's under --root, else anvil on PATH)")
	f.IntVar(&opts.ChainPort, "port", 8545, "anvil's port (0: a free port)")
	f.IntVar(&opts.NodePort, "node-port", 7400, "the node API's port (0: a free port)")
	f.DurationVar(&opts.BlockTime, "block-time", time.Second, "block interval once set up (whole seconds)")
	f.DurationVar(&opts.Interval, "interval", 15*time.Second, "how often the node attests each VM")
	f.DurationVar(&opts.BatchInterval, "batch-interval", 2*time.Second, "the node's submission interval")
	f.StringVar(&opts.QEMU, "qemu", "", "qemu-system-x86_64 binary; empty: look it up on PATH; none: use a raw memory image (no Linux guest)")
	f.StringVar(&workloads, "workloads", "", "comma-separated workloads among host, guest, keeper (default: all)")
	f.IntVar(&opts.Nodes, "nodes", 1, "oracle nodes (1-4); with 2 or more the guest is attested in a k-of-n quorum, each node with its own agent and key")
	f.IntVar(&opts.Quorum, "quorum", 0, "with --nodes: the k of the guest's quorum (default: a majority)")
	f.IntVar(&opts.DissentingNode, "dissenting-node", 0, "with --nodes: this node (2..n) sees a tampered copy of the guest's memory; its votes are outvoted and flagged")
	f.BoolVar(&opts.ProofRegistration, "proof-registration", false, "register the keeper's key by a zero-knowledge proof of its SEV-SNP report (registerWithProof) instead of a registrar approval; adds about a minute of setup")
	f.StringVar(&opts.SNPKeys, "snp-keys", "", "with --proof-registration: the report circuit's keys in this directory (vmattest ceremony finalize --circuit snpreport, or an earlier zk snp-setup) instead of INSECURE single-party ones made for the run")
	f.BoolVar(&once, "once", false, "run the flow, print the summary and stop (make demo)")
	f.StringVar(&reportOut, "report", "", "write the flow's figures as JSON to this file")
	return cmd
}

// watch waits for Ctrl-C, reporting a devnet process that dies meanwhile.
func watch(ctx context.Context, d *devnet.Devnet) error {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			if err := d.Check(); err != nil {
				return err
			}
		}
	}
}

// interrupted replaces err by a plain message when ctx was cancelled (Ctrl-C).
func interrupted(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return errors.New("interrupted: the devnet's processes were stopped")
	}
	return err
}

func abs(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	return a
}
