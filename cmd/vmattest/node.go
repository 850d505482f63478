package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/vmattest/vmattest/internal/agent"
	"github.com/vmattest/vmattest/internal/collect"
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
			if f.AgentFile() != "" {
				stop, url, err := startEmbeddedAgent(cmd, f)
				if err != nil {
					return fmt.Errorf("embedded agent: %w", err)
				}
				defer stop()
				f.UseAgent(url)
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

// startEmbeddedAgent runs the agent of f's agent configuration in this process, on a free loopback port,
// serving the node's operator address; it returns a function that stops it and its URL.
func startEmbeddedAgent(cmd *cobra.Command, f *oracle.FileConfig) (func(), string, error) {
	ctx := cmd.Context()
	af, err := agent.LoadFile(f.AgentFile())
	if err != nil {
		return nil, "", err
	}
	operator, err := f.OperatorAddress()
	if err != nil {
		return nil, "", err
	}
	af.AllowedNodes = append(af.AllowedNodes, operator.Hex())
	srv, key, err := startAgent(ctx, af, "127.0.0.1:0", collect.DefaultMaxPause)
	if err != nil {
		return nil, "", err
	}
	fmt.Fprintf(cmd.OutOrStdout(), "embedded agent on %s, key %s (%s)\n", srv.Addr(), key.Address(), key.TEE())
	stop := func() {
		sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_ = srv.Stop(sctx)
	}
	return stop, "http://" + srv.Addr().String(), nil
}
