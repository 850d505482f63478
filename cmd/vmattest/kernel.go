package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/vmattest/vmattest/internal/collect"
	"github.com/vmattest/vmattest/internal/digest"
	"github.com/vmattest/vmattest/internal/subset"
	"github.com/vmattest/vmattest/internal/vmi"
)

func newKernelCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "kernel",
		Short: "Offline facts of a guest kernel build for guest-kernel regions (docs/subsets.md)",
	}
	cmd.AddCommand(newKernelGoldenCmd(), newKernelBannerCmd(), newKernelRelocsCmd())
	return cmd
}

func newKernelGoldenCmd() *cobra.Command {
	var manifestPath, vmlinux, alg, platform string
	var idtGates []string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "golden",
		Short: "Compute offline the digests a clean guest of a kernel build must report",
		Long: "Compute, from the build's vmlinux (the linux-image-...-dbg package's, with symbols) and without reading any\n" +
			"guest, each guest-kernel region's digest and the subset digest that a clean guest of that kernel reports for\n" +
			"the manifest: the golden digest to register. Every region must be a guest-kernel region whose bytes the\n" +
			"image holds (sys_call_table, symbol ranges of constant data) or idt_table, replayed from the image's tables\n" +
			"as the boot builds it; text and rodata are refused. idt_table has gates that only some platforms add:\n" +
			"--platform names them (tcg: none; kvm: the async page fault vector), --idt-gate adds any other.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			a, err := digest.Lookup(alg)
			if err != nil {
				return fmt.Errorf("--alg: %w", err)
			}
			m, err := subset.Load(manifestPath)
			if err != nil {
				return err
			}
			gates, err := vmi.PlatformGates(platform)
			if err != nil {
				return fmt.Errorf("--platform: %w", err)
			}
			for _, g := range idtGates {
				pg, err := vmi.ParsePlatformGate(g)
				if err != nil {
					return fmt.Errorf("--idt-gate: %w", err)
				}
				gates = append(gates, pg)
			}
			res, err := collect.GoldenGuestKernel(m, vmlinux, a, collect.GoldenOptions{IDTGates: gates})
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), digestJSON(res))
			}
			return printDigest(cmd, m, res)
		},
	}
	f := cmd.Flags()
	f.StringVar(&manifestPath, "subset", "", "subset manifest (YAML) of guest-kernel regions")
	f.StringVar(&vmlinux, "vmlinux", "", "the kernel build's vmlinux with symbols (linux-image-...-dbg)")
	f.StringVar(&alg, "alg", "blake3", "hash algorithm: sha256, blake3 or keccak256")
	f.BoolVar(&asJSON, "json", false, "print JSON (as digest --json)")
	f.StringVar(&platform, "platform", vmi.PlatformTCG, "the guest's platform, for idt_table's platform gates: tcg (QEMU without KVM) or kvm (docs/subsets.md)")
	f.StringArrayVar(&idtGates, "idt-gate", nil, "another idt_table gate the guest's platform adds, VECTOR=SYMBOL (e.g. 0xf3=asm_sysvec_xen_hvm_callback); repeatable")
	_ = cmd.MarkFlagRequired("subset")
	_ = cmd.MarkFlagRequired("vmlinux")
	return cmd
}

func newKernelBannerCmd() *cobra.Command {
	var vmlinux, symbols string
	cmd := &cobra.Command{
		Use:   "banner",
		Short: "Print a kernel build's linux_banner and its symbol file's SHA-256, for a guest-kernel region",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			syms, pin, img, err := openKernelBuild(vmlinux, symbols)
			if err != nil {
				return err
			}
			defer img.Close()
			at, err := syms.Lookup("linux_banner")
			if err != nil {
				return err
			}
			banner, err := img.Banner(at)
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "symbols: {path: %s, sha256: %x}\nbanner: %q\n", symbols, pin, banner)
			return err
		},
	}
	cmd.Flags().StringVar(&vmlinux, "vmlinux", "", "the kernel build's vmlinux with symbols (linux-image-...-dbg)")
	cmd.Flags().StringVar(&symbols, "symbols", "", "the build's System.map (the -dbg package's)")
	_ = cmd.MarkFlagRequired("vmlinux")
	_ = cmd.MarkFlagRequired("symbols")
	return cmd
}

func newKernelRelocsCmd() *cobra.Command {
	var vmlinux, symbols, structure, out string
	cmd := &cobra.Command{
		Use:   "relocs",
		Short: "Write the relocation file of a structure (text) of a kernel build, for a guest-kernel region's relocs",
		Long: "Write the sites of the structure that the boot relocates by the KASLR slide, from the build's vmlinux\n" +
			"(the -dbg package's, linked with --emit-relocs), and print the relocs entry (path and SHA-256) for the\n" +
			"manifest. With it, kernel text hashes the same on every boot of the build on the same VM configuration.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			syms, _, img, err := openKernelBuild(vmlinux, symbols)
			if err != nil {
				return err
			}
			defer img.Close()
			ext, err := vmi.Selector{Structure: structure}.Resolve(syms)
			if err != nil {
				return fmt.Errorf("--structure: %w", err)
			}
			sites, err := img.SectionRelocs(ext.Start, ext.Start+ext.Length)
			if err != nil {
				return err
			}
			var b bytes.Buffer
			if err := vmi.WriteRelocs(&b, vmi.Relocs{Start: ext.Start, Length: ext.Length, Sites: sites}); err != nil {
				return err
			}
			if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
				return fmt.Errorf("failed to write the relocation file: %w", err)
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "relocs: {path: %s, sha256: %x}\n", out, sha256.Sum256(b.Bytes()))
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&vmlinux, "vmlinux", "", "the kernel build's vmlinux with symbols and relocations (linux-image-...-dbg)")
	f.StringVar(&symbols, "symbols", "", "the build's System.map (the -dbg package's)")
	f.StringVar(&structure, "structure", "text", "the structure: text or rodata")
	f.StringVar(&out, "out", "", "the relocation file to write")
	for _, name := range []string{"vmlinux", "symbols", "out"} {
		_ = cmd.MarkFlagRequired(name)
	}
	return cmd
}

// openKernelBuild loads a build's symbol file (returning its SHA-256, the manifest's pin) and its vmlinux,
// and checks that they are the same build. The caller closes the image.
func openKernelBuild(vmlinux, symbols string) (*vmi.Symbols, [32]byte, *vmi.ELFImage, error) {
	data, err := os.ReadFile(symbols)
	if err != nil {
		return nil, [32]byte{}, nil, fmt.Errorf("--symbols: %w", err)
	}
	pin := sha256.Sum256(data)
	syms, err := vmi.ParseSymbols(bytes.NewReader(data))
	if err != nil {
		return nil, pin, nil, fmt.Errorf("--symbols %s: %w", symbols, err)
	}
	img, err := vmi.OpenELFImage(vmlinux)
	if err != nil {
		return nil, pin, nil, err
	}
	if err := img.CheckSymbols(syms); err != nil {
		img.Close()
		return nil, pin, nil, err
	}
	return syms, pin, img, nil
}
