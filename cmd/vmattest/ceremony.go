package main

import (
	"fmt"
	"strings"

	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/spf13/cobra"

	"github.com/vmattest/vmattest/circuits/snpreport"
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
			"--circuit is a property's circuit (readonlyroot, goldendigest) or snpreport, the SEV-SNP report circuit of\n" +
			"registration by proof.",
	}
	var dir, circuit, phase1, beacon, name, out string
	r1csOf := func() (*ceremonyCircuit, error) {
		c := &ceremonyCircuit{name: circuit}
		var err error
		if circuit == snpreportCircuit {
			c.ccs, err = snpreport.Compile()
		} else {
			if c.property, err = zkproof.Lookup(circuit); err != nil {
				known := []string{}
				for _, p := range zkproof.Properties() {
					known = append(known, p.Name)
				}
				return nil, fmt.Errorf("--circuit: unknown circuit %q (known: %s, %s)", circuit, strings.Join(known, ", "), snpreportCircuit)
			}
			c.ccs, _, err = c.property.Compile()
		}
		if err != nil {
			return nil, err
		}
		if c.r1cs, err = ceremony.AsR1CS(c.ccs); err != nil {
			return nil, err
		}
		return c, nil
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
			if err := ceremony.Init(dir, c.r1cs, ceremony.InitOptions{Circuit: c.name, Phase1Transcript: phase1}); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "ceremony for %s (%d constraints) started in %s\n", c.name, c.r1cs.GetNbConstraints(), dir)
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
			pk, vk, err := ceremony.Finalize(dir, c.r1cs, b)
			if err != nil {
				return err
			}
			if c.property == nil {
				k := &snpreport.Keys{CCS: c.ccs, PK: pk, VK: vk, Setup: snpreport.SetupCeremony}
				if err := k.Write(out); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "wrote %s keys and %s to %s; deploy that verifier and call the registry's setReportVerifier\n",
					c.name, snpreport.VerifierFile, out)
				return nil
			}
			p := c.property
			k, err := zkproof.NewKeys(p, pk, vk, zkproof.SetupCeremony)
			if err != nil {
				return err
			}
			if err := k.Write(out); err != nil {
				return err
			}
			// The verifier of ceremony keys says insecure = false (IVerifierSetup), so that registries accept it
			// on any chain.
			if err := zkproof.WriteVerifiers(out, k); err != nil {
				return err
			}
			h, err := zkproof.VerifyingKeyHash(vk)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "wrote %s keys and %s to %s (verifying key hash %x); put the verifier in contracts/src/verifiers to build and deploy it\n",
				p.Name, zkproof.SolidityFile(p), out, h)
			return nil
		},
	}
	for _, c := range []*cobra.Command{init, contribute, close1, verify, finalize} {
		c.Flags().StringVar(&dir, "dir", "", "ceremony directory (required)")
		_ = c.MarkFlagRequired("dir")
	}
	for _, c := range []*cobra.Command{init, verify, finalize} {
		c.Flags().StringVar(&circuit, "circuit", "readonlyroot", "circuit the ceremony is for: a property's (readonlyroot, goldendigest) or "+snpreportCircuit)
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

// snpreportCircuit is --circuit's name of circuits/snpreport.
const snpreportCircuit = "snpreport"

// ceremonyCircuit is the circuit a ceremony is for: a property's (property set) or the SEV-SNP report circuit.
type ceremonyCircuit struct {
	name     string
	property *zkproof.Property
	ccs      constraint.ConstraintSystem
	r1cs     *cs.R1CS
}
