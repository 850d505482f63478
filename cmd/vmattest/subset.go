package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/vmattest/vmattest/internal/subset"
)

func newSubsetCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "subset",
		Short: "Work with subset manifests (docs/subsets.md)",
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "id FILE",
		Short: "Print a manifest's subset identifier (keccak256 of its canonical encoding)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			m, err := subset.Load(args[0])
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "0x%x\n", m.ID())
			return err
		},
	}, &cobra.Command{
		Use:   "check FILE",
		Short: "Validate a manifest and print its regions",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			m, err := subset.Load(args[0])
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "%s: valid\nsubset %s version %s, id 0x%x\n", args[0], m.Name, m.Version, m.ID())
			for i, r := range m.Regions {
				fmt.Fprintf(out, "  %d. %-24s %s\n", i+1, r.Name, r.Kind())
			}
			return nil
		},
	})
	return cmd
}
