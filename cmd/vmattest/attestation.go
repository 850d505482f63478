package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/vmattest/vmattest/internal/enclave"
	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/strictjson"
)

func newAttestationCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "attestation",
		Short: "Sign, verify and inspect attestations (docs/protocol.md)",
	}
	cmd.AddCommand(newAttestationSignCmd(), newAttestationVerifyCmd(), newAttestationRecoverCmd(), newAttestationCalldataCmd())
	return cmd
}

// domainFlags are the EIP-712 domain of a verifier deployment.
type domainFlags struct {
	chainID  uint64
	verifier string
}

func (f *domainFlags) register(cmd *cobra.Command) {
	cmd.Flags().Uint64Var(&f.chainID, "chain-id", 0, "chain id of the verifier's chain (required)")
	cmd.Flags().StringVar(&f.verifier, "verifier", "", "address of the AttestationVerifier contract (required)")
	_ = cmd.MarkFlagRequired("chain-id")
	_ = cmd.MarkFlagRequired("verifier")
}

func (f *domainFlags) domain() (protocol.Domain, error) {
	if !common.IsHexAddress(f.verifier) {
		return protocol.Domain{}, fmt.Errorf("--verifier %q is not an Ethereum address", f.verifier)
	}
	if f.chainID == 0 {
		return protocol.Domain{}, errors.New("--chain-id must not be 0")
	}
	return protocol.NewDomain(f.chainID, common.HexToAddress(f.verifier)), nil
}

func newAttestationSignCmd() *cobra.Command {
	var (
		d                                          domainFlags
		t                                          teeFlags
		vm, subset, alg, digest, commitment, keyFn string
		keyDir                                     string
		timestamp, sequence                        uint64
	)
	cmd := &cobra.Command{
		Use:   "sign",
		Short: "Sign an attestation with the TEE-held attestation key (--key-dir) or a plain key file (INSECURE)",
		Long: "Sign an attestation with the attestation key in --key-dir, opened (unsealed) through --tee, or with a secp256k1\n" +
			"private key read from a file (--insecure-key-file, hex: the key is outside any TEE, for tests only).\n" +
			"Prints the signed attestation's JSON form.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dom, err := d.domain()
			if err != nil {
				return err
			}
			var a protocol.Attestation
			if a.VMID, err = protocol.ParseVMID(vm); err != nil {
				return fmt.Errorf("--vm: %w", err)
			}
			if a.HashAlg, err = protocol.ParseHashAlg(alg); err != nil {
				return fmt.Errorf("--alg: %w", err)
			}
			for _, f := range []struct {
				name, value string
				dst         *[32]byte
				optional    bool
			}{{"--subset", subset, (*[32]byte)(&a.SubsetID), false}, {"--digest", digest, &a.StateDigest, false}, {"--commitment", commitment, &a.ZKCommitment, true}} {
				if f.value == "" && f.optional {
					continue
				}
				if *f.dst, err = parseHash32(f.value); err != nil {
					return fmt.Errorf("%s: %w", f.name, err)
				}
			}
			a.Timestamp, a.Sequence = timestamp, sequence
			if a.Timestamp == 0 {
				a.Timestamp = uint64(time.Now().Unix())
			}
			var signer protocol.Signer
			switch {
			case (keyFn == "") == (keyDir == ""):
				return errors.New("give exactly one of --key-dir or --insecure-key-file")
			case keyDir != "":
				backend, err := t.open()
				if err != nil {
					return err
				}
				k, err := enclave.Open(cmd.Context(), backend, keyDir)
				if err != nil {
					return err
				}
				if k.Insecure() {
					fmt.Fprintf(cmd.ErrOrStderr(), "WARNING: signing with a key of the INSECURE TEE %q\n", k.TEE())
				}
				signer = k
			default:
				key, err := crypto.LoadECDSA(keyFn)
				if err != nil {
					return fmt.Errorf("failed to load --insecure-key-file %s: %w", keyFn, err)
				}
				fmt.Fprintln(cmd.ErrOrStderr(), "WARNING: signing with an INSECURE software key (not TEE-protected)")
				signer = protocol.NewInsecureKeySigner(key)
			}
			s, err := protocol.Sign(cmd.Context(), dom, a, signer)
			if err != nil {
				return err
			}
			return writeJSON(cmd.OutOrStdout(), s)
		},
	}
	d.register(cmd)
	f := cmd.Flags()
	f.StringVar(&vm, "vm", "", "VM identifier (UUID)")
	f.StringVar(&subset, "subset", "", "subset identifier (0x + 64 hex digits)")
	f.StringVar(&alg, "alg", "blake3", "hash algorithm of the digest: sha256, blake3 or keccak256")
	f.StringVar(&digest, "digest", "", "state digest (0x + 64 hex digits)")
	f.StringVar(&commitment, "commitment", "", "ZK commitment (0x + 64 hex digits; zero when omitted)")
	f.Uint64Var(&timestamp, "timestamp", 0, "collection time in unix seconds (now when 0)")
	f.Uint64Var(&sequence, "sequence", 0, "the VM's attestation sequence number (from 1)")
	f.StringVar(&keyFn, "insecure-key-file", "", "file holding a private key in hex (INSECURE: outside any TEE)")
	f.StringVar(&keyDir, "key-dir", "", "directory of the attestation key (vmattest keys generate)")
	t.register(cmd)
	for _, name := range []string{"vm", "subset", "digest", "sequence"} {
		_ = cmd.MarkFlagRequired(name)
	}
	return cmd
}

func newAttestationVerifyCmd() *cobra.Command {
	var (
		d                   domainFlags
		signer, vm, sub, ha string
	)
	cmd := &cobra.Command{
		Use:   "verify FILE|-",
		Short: "Check offline that the expected key signed an attestation; exit 1 unless it did",
		Long: "Check a signed attestation (JSON form, docs/protocol.md) offline: every field, the signature's form, and that\n" +
			"the key --signer signed it for this chain and verifier; with --vm, --subset or --alg, also that it is about that\n" +
			"VM, subset or hash algorithm. Exits non-zero unless all hold; prints the signer and the EIP-712 digest when they\n" +
			"do. Any well-formed signature recovers to some address, so there is no verification without the expected key:\n" +
			"`vmattest attestation recover` prints the recovered signer instead. This is the check the oracle node makes of\n" +
			"its agents' answers and its quorum peers' votes (protocol.SignedAttestation.Check).\n" +
			"On-chain state (key registered and active, subset approved, timestamp window) is checked by the contract.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dom, err := d.domain()
			if err != nil {
				return err
			}
			if !common.IsHexAddress(signer) {
				return fmt.Errorf("--signer %q is not an Ethereum address", signer)
			}
			want := protocol.Expected{Signer: common.HexToAddress(signer)}
			if vm != "" {
				if want.VMID, err = protocol.ParseVMID(vm); err != nil {
					return fmt.Errorf("--vm: %w", err)
				}
			}
			if sub != "" {
				if want.SubsetID, err = parseHash32(sub); err != nil {
					return fmt.Errorf("--subset: %w", err)
				}
			}
			if ha != "" {
				if want.HashAlg, err = protocol.ParseHashAlg(ha); err != nil {
					return fmt.Errorf("--alg: %w", err)
				}
			}
			s, err := readAttestation(cmd.InOrStdin(), args[0])
			if err != nil {
				return err
			}
			if _, err := s.Check(dom, want); err != nil {
				return fmt.Errorf("attestation %s does not verify: %w", args[0], err)
			}
			return writeJSON(cmd.OutOrStdout(), map[string]any{
				"signer":     want.Signer,
				"digest":     s.SigningHash(dom),
				"structHash": s.StructHash(),
				"verified":   true,
			})
		},
	}
	d.register(cmd)
	cmd.Flags().StringVar(&signer, "signer", "", "address of the expected attestation key (required)")
	cmd.Flags().StringVar(&vm, "vm", "", "the VM (UUID) the attestation must be about (not checked when empty)")
	cmd.Flags().StringVar(&sub, "subset", "", "the subset (0x + 64 hex digits) it must be about (not checked when empty)")
	cmd.Flags().StringVar(&ha, "alg", "", "the hash algorithm it must use: sha256, blake3 or keccak256 (not checked when empty)")
	_ = cmd.MarkFlagRequired("signer")
	return cmd
}

func newAttestationRecoverCmd() *cobra.Command {
	var d domainFlags
	cmd := &cobra.Command{
		Use:   "recover FILE|-",
		Short: "Print the address a signed attestation's signature recovers to (no verification)",
		Long: "Check a signed attestation's fields and signature form, and print the address its signature recovers to\n" +
			"for this chain and verifier, with the EIP-712 digest. This verifies nothing: every well-formed signature\n" +
			"recovers to some address. Use `vmattest attestation verify --signer` to check the expected key signed it.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dom, err := d.domain()
			if err != nil {
				return err
			}
			s, err := readAttestation(cmd.InOrStdin(), args[0])
			if err != nil {
				return err
			}
			got, err := s.Signer(dom)
			if err != nil {
				return fmt.Errorf("attestation %s: %w", args[0], err)
			}
			return writeJSON(cmd.OutOrStdout(), map[string]any{
				"recoveredSigner": got,
				"digest":          s.SigningHash(dom),
				"structHash":      s.StructHash(),
			})
		},
	}
	d.register(cmd)
	return cmd
}

// parseHash32 parses 0x and 64 hex digits (strictjson.Hex, the one fixed-length hex parser).
func parseHash32(s string) (out [32]byte, err error) {
	if err := strictjson.Hex(s, out[:]); err != nil {
		return out, fmt.Errorf("%q: %w", s, err)
	}
	return out, nil
}

// readAttestation reads a signed attestation's JSON form from a file (or stdin for "-") and validates its
// fields.
func readAttestation(stdin io.Reader, name string) (protocol.SignedAttestation, error) {
	var s protocol.SignedAttestation
	data, err := readInput(stdin, name)
	if err != nil {
		return s, err
	}
	if err := json.Unmarshal(data, &s); err != nil {
		return s, fmt.Errorf("failed to read attestation %s: %w", name, err)
	}
	if err := s.Validate(); err != nil {
		return s, fmt.Errorf("attestation %s: %w", name, err)
	}
	return s, nil
}

func readInput(stdin io.Reader, name string) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(io.LimitReader(stdin, 1<<20))
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("failed to read %s: %w", name, err)
	}
	return data, nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func newAttestationCalldataCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "calldata FILE|-",
		Short: "Print the calldata of the verifier's submit for a signed attestation",
		Long: "Print the ABI-encoded calldata of AttestationVerifier.submit(attestation, r, vs) for a signed attestation\n" +
			"(JSON form), with the signature in EIP-2098 compact form (refused unless v is 27 or 28 and s is low), e.g. for `cast send VERIFIER $(vmattest attestation calldata att.json)`.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := readAttestation(cmd.InOrStdin(), args[0])
			if err != nil {
				return err
			}
			// The compact form has no room for a v other than 27/28 or a high s: re-encoding such a signature
			// would silently submit another one.
			if err := s.CheckSignatureForm(); err != nil {
				return fmt.Errorf("attestation %s: %w", args[0], err)
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "0x%x\n", onchain.PackSubmit(s))
			return err
		},
	}
}
