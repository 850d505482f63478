package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/vmattest/vmattest/internal/enclave"
	"github.com/vmattest/vmattest/internal/evidence"
)

// verifyFlags configure evidence verification.
type verifyFlags struct {
	policy, simRoot string
	allowInsecure   bool
	at              string
}

func (f *verifyFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.policy, "policy", "", "policy file (YAML): allowed measurements, debug, minimum TCB, VMPL")
	cmd.Flags().StringVar(&f.simRoot, "sim-root", "", "PEM file of a simulated SNP device's ARK and ASK; trusting it is INSECURE")
	cmd.Flags().BoolVar(&f.allowInsecure, "allow-insecure", false, "accept evidence from insecure TEEs (sev-snp-sim with --sim-root, software)")
	cmd.Flags().StringVar(&f.at, "at", "", "verify certificates at this time (RFC 3339) instead of now")
}

func (f *verifyFlags) options() (evidence.VerifyOptions, error) {
	var opt evidence.VerifyOptions
	opt.AllowInsecure = f.allowInsecure
	if f.at != "" {
		t, err := time.Parse(time.RFC3339, f.at)
		if err != nil {
			return opt, fmt.Errorf("--at: %w", err)
		}
		opt.Now = t
	}
	if f.policy != "" {
		p, err := evidence.LoadPolicy(f.policy)
		if err != nil {
			return opt, err
		}
		opt.Policy = p
	}
	if f.simRoot != "" {
		r, err := evidence.LoadSimRoot(f.simRoot)
		if err != nil {
			return opt, err
		}
		opt.SimulatorRoot = r
	}
	return opt, nil
}

func newEvidenceCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "evidence", Short: "Verify and export attestation-key evidence (docs/evidence.md)"}
	var v verifyFlags
	verify := &cobra.Command{
		Use:   "verify REGISTRATION",
		Short: "Check a key's registration offline: report signature and AMD chain, REPORT_DATA binding, policy",
		Long: "Check a key's registration file offline (no certificate fetching): the SNP report's signature and certificate\n" +
			"chain with go-sev-guest (embedded AMD roots for sev-snp; --sim-root for sev-snp-sim), that REPORT_DATA is the\n" +
			"binding of the key it claims, and the policy. On failure the error names the check.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			reg, err := enclave.LoadRegistration(args[0])
			if err != nil {
				return err
			}
			opt, err := v.options()
			if err != nil {
				return err
			}
			facts, err := reg.Verify(cmd.Context(), opt)
			if err != nil {
				return fmt.Errorf("evidence of key %s is NOT valid: %w", reg.Binding.Address(), err)
			}
			out := cmd.OutOrStdout()
			if facts.Insecure {
				fmt.Fprintf(out, "WARNING: INSECURE TEE %q\n", facts.TEE)
			}
			fmt.Fprintf(out, "ok: key %s is bound to chain %d, registry %s until %s\n", reg.Binding.Address(), reg.Binding.ChainID,
				reg.Binding.Registry, time.Unix(int64(reg.Binding.ExpiresAt), 0).UTC().Format(time.RFC3339))
			fmt.Fprintf(out, "evidence hash %x\n%s\n", reg.Evidence.Hash(), facts)
			return nil
		},
	}
	v.register(verify)
	var format, out string
	export := &cobra.Command{
		Use:   "export REGISTRATION",
		Short: "Write a key's evidence in the files go-sev-guest's tools read",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "sev-guest" {
				return fmt.Errorf("--format %q: only sev-guest is supported", format)
			}
			reg, err := enclave.LoadRegistration(args[0])
			if err != nil {
				return err
			}
			if err := evidence.ExportSevGuest(reg.Evidence, out); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "wrote %s/{%s,%s,%s,%s}\n", out, evidence.ExportReport, evidence.ExportCerts, evidence.ExportAttestation, evidence.ExportAskArk)
			return nil
		},
	}
	export.Flags().StringVar(&format, "format", "sev-guest", "output format: sev-guest (raw report, certificate table, ARK/ASK PEM)")
	export.Flags().StringVar(&out, "out", ".", "output directory")
	var simDir, rootOut string
	root := &cobra.Command{
		Use:   "sim-root",
		Short: "Write the simulated SNP device's ARK/ASK as PEM, for --sim-root (INSECURE: test only)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			t := teeFlags{kind: "sev-snp-sim", simDir: simDir}
			b, err := t.open()
			if err != nil {
				return err
			}
			d := b.(interface{ WriteRoot(string) error })
			if err := d.WriteRoot(rootOut); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "wrote the INSECURE simulator root to %s\n", rootOut)
			return nil
		},
	}
	root.Flags().StringVar(&simDir, "sim-dir", "", "state directory of the simulated SNP device (default ~/.vmattest/snpsim)")
	root.Flags().StringVar(&rootOut, "out", "snpsim-root.pem", "output PEM file")
	cmd.AddCommand(verify, export, root)
	return cmd
}
