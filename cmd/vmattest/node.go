package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/vmattest/vmattest/oracle"
)

func newNodeCmd() *cobra.Command {
	var configPath string
	cmd := &cobra.Command{
		Use:   "node",
		Short: "Run the oracle node: collect signed attestations from agents, store them durably, submit them on chain",
		Long: "Run the oracle node. It requests attestations from the configured agents on schedule and on demand, verifies\n" +
			"each answer (signature, key active on chain, fields, timestamp), writes it to its outbox before\n" +
			"acknowledging it, and submits batches through its transaction manager, which alone signs with the operator\n" +
			"key. Client API: POST /v1/vms/{vm_id}/attest, GET /v1/attestations/{id}, GET /v1/vms/{vm_id} (bearer\n" +
			"tokens), /healthz, /readyz, /metrics. Configuration: docs/node.example.yaml, with VMATTEST_NODE_* overrides.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			f, err := oracle.LoadFile(configPath)
			if err != nil {
				return err
			}
			cfg, err := f.Resolve()
			if err != nil {
				return err
			}
			n, err := oracle.New(cfg, oracle.Deps{})
			if err != nil {
				return err
			}
			if err := n.Start(ctx); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "node listening on %s, %d VMs\n", n.Addr(), len(cfg.VMs))
			<-ctx.Done()
			stopCtx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			return n.Stop(stopCtx)
		},
	}
	cmd.Flags().StringVar(&configPath, "config", "", "node configuration file (required)")
	_ = cmd.MarkFlagRequired("config")
	return cmd
}
