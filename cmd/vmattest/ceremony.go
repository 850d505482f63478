package main

import (
	"fmt"
	"strings"

	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/spf13/cobra"

	"github.com/vmattest/vmattest/internal/ceremony"
	"github.com/vmattest/vmattest/internal/zkproof"
)

func newCeremonyCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "ceremony",
		Short: "Run the multi-party trusted setup of a circuit's Groth16 keys (docs/zk.md)",
		Long: "A file-based multi-party ceremony (gnark mpcsetup): init, then contributions to phase 1 (or init from an\n" +
			"existing sealed phase 1), close-phase1 with a public beacon, contributions to phase 2, verify, and finalize\n" +
			"with a second beacon. The keys are secure if at least one contributor destroyed its randomness.\n" +
			"--circuit is any of vmattest's circuits: a property's (readonlyroot, goldendigest) or snpreport, the SEV-SNP\n" +
			"report circuit of registration by proof.",
	}
	var dir, circuit, phase1, beacon, name, out string
	r1csOf := func() (*ceremonyCircuit, error) {
		c, err := zkproof.LookupCircuit(circuit)
		if err != nil {
			return nil, fmt.Errorf("--circuit: %w", err)
		}
		ccs, _, err := c.Compile()
		if err != nil {
			return nil, err
		}
		r, err := ceremony.AsR1CS(ccs)
		if err != nil {
			return nil, err
		}
		return &ceremonyCircuit{Circuit: c, r1cs: r}, nil
	}
	init := &cobra.Command{
		Use:   "init",
		Short: "Start a ceremony for a circuit in --dir",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := r1csOf()
			if err != nil {
				return err
			}
			if err := ceremony.Init(dir, c.r1cs, ceremony.InitOptions{Circuit: c.Name, Phase1Transcript: phase1}); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "ceremony for %s (%d constraints) started in %s\n", c.Name, c.r1cs.GetNbConstraints(), dir)
			return nil
		},
	}
	init.Flags().StringVar(&phase1, "phase1", "", "start at phase 2 over this sealed phase 1 file")
	contribute := &cobra.Command{
		Use:   "contribute",
		Short: "Verify the latest transcript and add a contribution; publish the printed hash",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := ceremony.Contribute(dir, name)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "phase %d contribution %d by %q: %s\nsha256 %s  (publish this hash)\n", c.Phase, c.Index, c.Name, c.File, c.SHA256)
			return nil
		},
	}
	contribute.Flags().StringVar(&name, "name", "", "your name, as it will appear in the transcript (required)")
	_ = contribute.MarkFlagRequired("name")
	close1 := &cobra.Command{
		Use:   "close-phase1",
		Short: "Verify phase 1, seal it with a public beacon (e.g. a future block hash) and start phase 2",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			b, err := ceremony.ParseBeacon(beacon)
			if err != nil {
				return fmt.Errorf("--beacon: %w", err)
			}
			if err := ceremony.ClosePhase1(dir, b); err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), "phase 1 sealed; phase 2 is open for contributions")
			return nil
		},
	}
	verify := &cobra.Command{
		Use:   "verify",
		Short: "Re-verify every contribution of the ceremony against the circuit",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := r1csOf()
			if err != nil {
				return err
			}
			rep, err := ceremony.Verify(dir, c.r1cs)
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), rep.String())
			return nil
		},
	}
	finalize := &cobra.Command{
		Use:   "finalize",
		Short: "Verify the ceremony, seal phase 2 with a public beacon and write the circuit's keys to --out",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := r1csOf()
			if err != nil {
				return err
			}
			b, err := ceremony.ParseBeacon(beacon)
			if err != nil {
				return fmt.Errorf("--beacon: %w", err)
			}
			k, err := ceremony.Finalize(dir, c.Circuit, b)
			if err != nil {
				return err
			}
			// The verifier of ceremony keys says insecure = false (IVerifierSetup), so that registries accept it
			// on any chain.
			h, err := writeKeys(k, out)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "wrote %s keys and %s to %s (verifying key hash %x); deploy that verifier (a property's belongs in contracts/src/verifiers)\n",
				c.Name, zkproof.SolidityFile(c.Circuit), out, h)
			return nil
		},
	}
	for _, c := range []*cobra.Command{init, contribute, close1, verify, finalize} {
		c.Flags().StringVar(&dir, "dir", "", "ceremony directory (required)")
		_ = c.MarkFlagRequired("dir")
	}
	for _, c := range []*cobra.Command{init, verify, finalize} {
		c.Flags().StringVar(&circuit, "circuit", "readonlyroot", "circuit the ceremony is for: "+circuitNames())
		c.Flags().StringVar(&circuit, "property", "readonlyroot", "the property whose circuit the ceremony is for")
		_ = c.Flags().MarkDeprecated("property", "use --circuit")
	}
	for _, c := range []*cobra.Command{close1, finalize} {
		c.Flags().StringVar(&beacon, "beacon", "", "public beacon in hex, chosen after the last contribution (required)")
		_ = c.MarkFlagRequired("beacon")
	}
	finalize.Flags().StringVar(&out, "out", "zkkeys", "directory for the circuit's keys")
	cmd.AddCommand(init, contribute, close1, verify, finalize)
	return cmd
}

// ceremonyCircuit is the circuit a ceremony is for, compiled.
type ceremonyCircuit struct {
	*zkproof.Circuit
	r1cs *cs.R1CS
}

// writeKeys writes k and its Solidity verifier into dir and returns the verifying key's hash.
func writeKeys(k *zkproof.Keys, dir string) ([32]byte, error) {
	if err := k.Write(dir); err != nil {
		return [32]byte{}, err
	}
	if err := zkproof.WriteVerifiers(dir, k); err != nil {
		return [32]byte{}, err
	}
	return zkproof.VerifyingKeyHash(k)
}

// circuitNames lists the circuits' names, comma separated.
func circuitNames() string {
	var names []string
	for _, c := range zkproof.Circuits() {
		names = append(names, c.Name)
	}
	return strings.Join(names, ", ")
}
