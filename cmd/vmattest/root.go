package main

import (
	"fmt"
	"runtime/debug"

	"github.com/consensys/gnark/logger"
	"github.com/spf13/cobra"
)

// platformCommands are the commands of files built on some platforms only (devnet: Unix).
var platformCommands []func() *cobra.Command

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:           "vmattest",
		Short:         "Attest a VM's state to smart contracts",
		Long:          "vmattest hashes a configurable subset of a VM's state, signs the digest with a TEE-bound key and submits it to on-chain verifiers.",
		SilenceUsage:  true,
		SilenceErrors: true,
		// gnark logs to stdout, which would mix with the commands' output.
		PersistentPreRun: func(*cobra.Command, []string) { logger.Disable() },
	}
	root.AddCommand(newVersionCmd(), newAttestationCmd(), newSubsetCmd(), newDigestCmd(), newKeysCmd(), newEvidenceCmd(), newZKCmd(), newProveCmd(), newProofCmd(), newCeremonyCmd(), newAgentCmd(), newNodeCmd(), newKernelCmd())
	for _, c := range platformCommands {
		root.AddCommand(c())
	}
	return root
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of vmattest",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			version := "(devel)"
			if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
				version = bi.Main.Version
			}
			_, err := fmt.Fprintln(cmd.OutOrStdout(), "vmattest", version)
			return err
		},
	}
}
