package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/vmattest/vmattest/internal/agent"
	"github.com/vmattest/vmattest/internal/collect"
	"github.com/vmattest/vmattest/internal/enclave"
)

func newAgentCmd() *cobra.Command {
	var (
		configPath string
		maxPause   time.Duration
	)
	cmd := &cobra.Command{
		Use:   "agent",
		Short: "Run the agent: collect, commit and sign attestations for authorized oracle nodes",
		Long: "Run the agent where the state and the enclave key are. It serves POST /v1/attestations to the oracle nodes in\n" +
			"allowedNodes (signed requests), GET /v1/evidence, /healthz and /metrics. Configuration: a YAML file\n" +
			"(docs/agent.example.yaml), with VMATTEST_AGENT_LISTEN, VMATTEST_AGENT_STATE_DIR and VMATTEST_AGENT_WINDOW\n" +
			"overriding its fields. It stops gracefully on SIGINT or SIGTERM.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			f, err := agent.LoadFile(configPath)
			if err != nil {
				return err
			}
			srv, key, err := startAgent(ctx, f, f.Listen, maxPause)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "agent listening on %s, key %s (%s)\n", srv.Addr(), key.Address(), key.TEE())
			<-ctx.Done()
			stopCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			return srv.Stop(stopCtx)
		},
	}
	cmd.Flags().StringVar(&configPath, "config", "", "agent configuration file (required)")
	cmd.Flags().DurationVar(&maxPause, "max-pause", collect.DefaultMaxPause, "longest a guest (regions naming a QMP socket) or process (stop: true) may stay paused for one attestation")
	_ = cmd.MarkFlagRequired("config")
	return cmd
}

// startAgent builds the agent of its configuration file f, with the enclave key that f names, and starts its
// server on addr: the one place the CLI builds an agent (`vmattest agent` and the node's embedded agent).
func startAgent(ctx context.Context, f *agent.FileConfig, addr string, maxPause time.Duration) (*agent.Server, *enclave.Key, error) {
	cfg, err := f.Resolve()
	if err != nil {
		return nil, nil, err
	}
	t := teeFlags{kind: f.Key.TEE, simDir: f.SimDir()}
	backend, err := t.open()
	if err != nil {
		return nil, nil, fmt.Errorf("key.tee: %w", err)
	}
	key, err := enclave.Open(ctx, backend, f.KeyDir())
	if err != nil {
		return nil, nil, err
	}
	a, err := agent.New(cfg, agent.Deps{Signer: key, Collect: collect.Options{MaxPause: maxPause}})
	if err != nil {
		return nil, nil, err
	}
	srv := agent.NewServer(a, agent.ServerOptions{Addr: addr})
	if err := srv.Start(ctx); err != nil {
		return nil, nil, err
	}
	return srv, key, nil
}
