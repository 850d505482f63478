package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/vmattest/vmattest/internal/enclave"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/tee"
	"github.com/vmattest/vmattest/internal/tee/snp"
	"github.com/vmattest/vmattest/internal/tee/snpsim"
)

// teeFlags select the TEE backend that holds the attestation key.
type teeFlags struct {
	kind, simDir string
}

func (f *teeFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.kind, "tee", "sev-snp", "TEE backend: sev-snp, sev-snp-sim (INSECURE) or software (INSECURE)")
	cmd.Flags().StringVar(&f.simDir, "sim-dir", "", "state directory of the simulated SNP device (default ~/.vmattest/snpsim)")
}

func (f *teeFlags) open() (tee.Backend, error) {
	switch f.kind {
	case tee.SEVSNP:
		return snp.New()
	case tee.SEVSNPSim:
		dir := f.simDir
		if dir == "" {
			home, err := os.UserHomeDir()
			if err != nil {
				return nil, fmt.Errorf("--sim-dir is needed: %w", err)
			}
			dir = filepath.Join(home, ".vmattest", "snpsim")
		}
		return snpsim.Open(dir)
	case tee.Software:
		return tee.NewSoftware(), nil
	}
	return nil, fmt.Errorf("--tee %q: want sev-snp, sev-snp-sim or software", f.kind)
}

// bindingFlags say where a new key will be registered.
type bindingFlags struct {
	chainID  uint64
	registry string
	validFor time.Duration
	// proofVM, proofReplaces and proofGrace bind a registration by proof (RegistrationContext).
	proofVM, proofReplaces string
	proofGrace             time.Duration
}

func (f *bindingFlags) register(cmd *cobra.Command) {
	cmd.Flags().Uint64Var(&f.chainID, "chain-id", 0, "chain id of the registry's chain (required)")
	cmd.Flags().StringVar(&f.registry, "registry", "", "address of the EnclaveKeyRegistry (required)")
	cmd.Flags().DurationVar(&f.validFor, "valid-for", 30*24*time.Hour, "how long the key stays valid once generated")
	cmd.Flags().StringVar(&f.proofVM, "proof-vm", "", "for registration by proof (keys register --with-proof): the VM the key will attest for, bound into the evidence")
	cmd.Flags().StringVar(&f.proofReplaces, "proof-replaces", "", "with --proof-vm: the VM's key the new key rotates out, bound into the evidence")
	cmd.Flags().DurationVar(&f.proofGrace, "proof-grace", 0, "with --proof-replaces: the grace period, bound into the evidence")
	_ = cmd.MarkFlagRequired("chain-id")
	_ = cmd.MarkFlagRequired("registry")
}

func (f *bindingFlags) options() (enclave.GenerateOptions, error) {
	if !common.IsHexAddress(f.registry) {
		return enclave.GenerateOptions{}, fmt.Errorf("--registry %q is not an Ethereum address", f.registry)
	}
	if f.chainID == 0 {
		return enclave.GenerateOptions{}, errors.New("--chain-id must not be 0")
	}
	if f.validFor <= 0 {
		return enclave.GenerateOptions{}, errors.New("--valid-for must be positive")
	}
	opt := enclave.GenerateOptions{ChainID: f.chainID, Registry: common.HexToAddress(f.registry), ExpiresAt: time.Now().Add(f.validFor)}
	if f.proofVM == "" {
		if f.proofReplaces != "" || f.proofGrace != 0 {
			return opt, errors.New("--proof-replaces and --proof-grace need --proof-vm")
		}
		return opt, nil
	}
	vm, err := protocol.ParseVMID(f.proofVM)
	if err != nil {
		return opt, fmt.Errorf("--proof-vm: %w", err)
	}
	var replaces common.Address
	if f.proofReplaces != "" {
		if !common.IsHexAddress(f.proofReplaces) {
			return opt, fmt.Errorf("--proof-replaces %q is not an address", f.proofReplaces)
		}
		replaces = common.HexToAddress(f.proofReplaces)
	}
	if f.proofGrace < 0 {
		return opt, errors.New("--proof-grace must not be negative")
	}
	opt.Context = enclave.RegistrationContext(vm, replaces, uint64(f.proofGrace/time.Second))
	return opt, nil
}

func newKeysCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "keys", Short: "Manage the TEE-bound attestation key (docs/evidence.md)"}
	var (
		t   teeFlags
		b   bindingFlags
		dir string
	)
	gen := &cobra.Command{
		Use:   "generate",
		Short: "Generate an attestation key inside the TEE and bind it into fresh evidence",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			backend, opt, err := keyParams(&t, &b)
			if err != nil {
				return err
			}
			k, err := enclave.Generate(cmd.Context(), backend, dir, opt)
			if err != nil {
				return err
			}
			return printKey(cmd, dir, k.Registration(), backend.Insecure())
		},
	}
	rotate := &cobra.Command{
		Use:   "rotate",
		Short: "Make a new attestation key with new evidence; the old key is retired on chain after a grace period",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			backend, opt, err := keyParams(&t, &b)
			if err != nil {
				return err
			}
			k, old, err := enclave.Rotate(cmd.Context(), backend, dir, opt)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "rotated: old key %s (register the new key with --replaces %s --grace ...)\n", old, old)
			return printKey(cmd, dir, k.Registration(), backend.Insecure())
		},
	}
	for _, c := range []*cobra.Command{gen, rotate} {
		t.register(c)
		b.register(c)
		c.Flags().StringVar(&dir, "dir", "", "key directory (required)")
		_ = c.MarkFlagRequired("dir")
	}
	var showDir string
	show := &cobra.Command{
		Use:   "show",
		Short: "Print the key's address, binding and evidence hash (from its public registration file)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			reg, err := enclave.LoadRegistration(filepath.Join(showDir, "registration.json"))
			if err != nil {
				return err
			}
			return printKey(cmd, showDir, *reg, reg.Evidence.Insecure)
		},
	}
	show.Flags().StringVar(&showDir, "dir", "", "key directory (required)")
	_ = show.MarkFlagRequired("dir")
	cmd.AddCommand(gen, rotate, show, newKeysRegisterCmd())
	return cmd
}

// keyParams opens the TEE backend and reads the binding flags of keys generate and keys rotate.
func keyParams(t *teeFlags, b *bindingFlags) (tee.Backend, enclave.GenerateOptions, error) {
	opt, err := b.options()
	if err != nil {
		return nil, opt, err
	}
	backend, err := t.open()
	return backend, opt, err
}

func printKey(cmd *cobra.Command, dir string, reg enclave.Registration, insecure bool) error {
	rd := reg.Binding.ReportData()
	out := cmd.OutOrStdout()
	if insecure {
		fmt.Fprintf(out, "WARNING: INSECURE TEE %q: this key is not protected by hardware\n", reg.Evidence.TEE)
	}
	fmt.Fprintf(out, "attestation key  %s\n", reg.Binding.Address())
	fmt.Fprintf(out, "tee              %s\n", reg.Evidence.TEE)
	fmt.Fprintf(out, "bound to         chain %d, registry %s, expires %s\n", reg.Binding.ChainID, reg.Binding.Registry,
		time.Unix(int64(reg.Binding.ExpiresAt), 0).UTC().Format(time.RFC3339))
	fmt.Fprintf(out, "report data      0x%x\n", rd)
	fmt.Fprintf(out, "evidence hash    0x%x\n", reg.Evidence.Hash())
	fmt.Fprintf(out, "registration     %s\n", filepath.Join(dir, "registration.json"))
	return nil
}
