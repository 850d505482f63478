package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/zkcommit"
	"github.com/vmattest/vmattest/internal/zkproof"
)

func newZKCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "zk", Short: "Zero-knowledge proving keys (docs/zk.md)"}
	var circuit, out string
	dev := &cobra.Command{
		Use:   "dev-keys",
		Short: "Make INSECURE development proving and verifying keys of a circuit, and its Solidity verifier",
		Long: "Make a circuit's development Groth16 keys (zkproof.DevSetup): for a property's circuit, gnark's mpcsetup sealed\n" +
			"by public beacons and no contribution (deterministic: anyone can recompute the toxic waste and forge proofs;\n" +
			"the keys match the committed verifier contracts in contracts/src/verifiers); for snpreport, gnark's\n" +
			"single-party setup (whoever runs it could forge proofs). For devnets and tests only; production keys come\n" +
			"from `vmattest ceremony`. The verifier's setupIdentity() says insecure: registries refuse it on chains other\n" +
			"than 31337 and 1337.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			circuits, err := selectCircuits(circuit)
			if err != nil {
				return err
			}
			return devKeys(cmd, circuits, out)
		},
	}
	dev.Flags().StringVar(&circuit, "circuit", "all", "circuit: "+circuitNames()+", or all (the properties')")
	dev.Flags().StringVar(&circuit, "property", "all", "the property whose circuit to set up")
	_ = dev.Flags().MarkDeprecated("property", "use --circuit")
	dev.Flags().StringVar(&out, "out", "zkkeys", "output directory")
	cmd.AddCommand(dev)
	var snpOut string
	snp := &cobra.Command{
		Use:   "snp-setup",
		Short: "Make INSECURE single-party keys of the SEV-SNP report circuit (registration by proof) and its Solidity verifier",
		Long: "dev-keys --circuit snpreport: compile circuits/snpreport and run gnark's single-party Groth16 setup: whoever\n" +
			"runs it could forge proofs, so the keys are for devnets and tests only. It writes the proving and verifying\n" +
			"keys, their manifest and SNPReportVerifier.sol (deploy it and have the registrars set it with a governed\n" +
			"setReportVerifier). Its setupIdentity() says insecure: registries refuse it on chains other than 31337 and 1337.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return devKeys(cmd, []*zkproof.Circuit{zkproof.SNPReport}, snpOut)
		},
	}
	snp.Flags().StringVar(&snpOut, "out", "snpkeys", "output directory")
	cmd.AddCommand(snp)
	return cmd
}

// devKeys writes the development keys of circuits and their verifiers into out.
func devKeys(cmd *cobra.Command, circuits []*zkproof.Circuit, out string) error {
	for _, c := range circuits {
		fmt.Fprintf(cmd.ErrOrStderr(), "INSECURE: development setup of %s (a minute or less)...\n", c.Name)
		k, err := zkproof.DevSetup(c)
		if err != nil {
			return fmt.Errorf("dev setup of %s: %w", c.Name, err)
		}
		if _, err := writeKeys(k, out); err != nil {
			return err
		}
		fmt.Fprintf(cmd.OutOrStdout(), "wrote INSECURE development keys of %s (%d constraints) and %s to %s\n",
			c.Name, k.CS.GetNbConstraints(), zkproof.SolidityFile(c), out)
	}
	return nil
}

// selectCircuits returns the circuit of a name, or the properties' for "all".
func selectCircuits(name string) ([]*zkproof.Circuit, error) {
	if name == "all" {
		var out []*zkproof.Circuit
		for _, p := range zkproof.Properties() {
			out = append(out, p.Circuit)
		}
		return out, nil
	}
	c, err := zkproof.LookupCircuit(name)
	if err != nil {
		return nil, err
	}
	return []*zkproof.Circuit{c}, nil
}

func newProveCmd() *cobra.Command {
	var property, state, keys, out, region, goldenFile string
	var sub submitFlags
	cmd := &cobra.Command{
		Use:   "prove",
		Short: "Prove a property of a committed state without revealing it (Groth16)",
		Long: "Prove a property of the state whose opening (`vmattest digest --commit-out STATE`) is in --state. The opening\n" +
			"is secret and stays with the agent; the proof reveals only its public inputs: the commitment and the\n" +
			"property's parameters. A state without the property is refused before proving.\n\n" +
			"  readonlyroot    the mount at / is read-only\n" +
			"  goldendigest    --region's digest is one of the digests in --golden (one 0x-hex digest a line)",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			p, err := zkproof.Lookup(property)
			if err != nil {
				return fmt.Errorf("--property: %w", err)
			}
			opening, err := zkcommit.LoadOpening(state)
			if err != nil {
				return err
			}
			k, err := zkproof.LoadKeys(keys, p.Circuit)
			if err != nil {
				return err
			}
			var args zkproof.Args
			if p == zkproof.GoldenDigest {
				if region == "" || goldenFile == "" {
					return errors.New("goldendigest needs --region and --golden")
				}
				g, err := loadGoldenSet(goldenFile)
				if err != nil {
					return err
				}
				args = zkproof.Args{RegionName: region, Golden: g}
			}
			pr, err := zkproof.Prove(k, opening, args)
			if err != nil {
				return fmt.Errorf("cannot prove %s for this state: %w", p.Name, err)
			}
			if err := zkproof.WriteProof(out, pr); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "proved %s for commitment 0x%x (%s keys): %s\n", p.Name, pr.Commitment, k.Setup, out)
			if !sub.submit {
				return nil
			}
			return sub.send(cmd, p, k, pr)
		},
	}
	sub.register(cmd)
	f := cmd.Flags()
	f.StringVar(&property, "property", "readonlyroot", "property to prove: readonlyroot or goldendigest")
	f.StringVar(&state, "state", "", "the state's opening file (secret) (required)")
	f.StringVar(&keys, "keys", "zkkeys", "directory of the property's keys (vmattest zk dev-keys or ceremony finalize)")
	f.StringVar(&out, "out", "proof.json", "output proof file")
	f.StringVar(&region, "region", "", "goldendigest: the region whose digest is golden")
	f.StringVar(&goldenFile, "golden", "", "goldendigest: file of golden digests, one 0x-hex digest a line")
	_ = cmd.MarkFlagRequired("state")
	return cmd
}

func loadGoldenSet(path string) (*zkcommit.GoldenSet, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("failed to open the golden digests: %w", err)
	}
	defer f.Close()
	var ds [][32]byte
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		d, err := parseHash32(line)
		if err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, n, err)
		}
		ds = append(ds, d)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return zkcommit.NewGoldenSet(ds)
}

func newProofCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "proof", Short: "Check property proofs"}
	var keys, commitment string
	verify := &cobra.Command{
		Use:   "verify PROOF",
		Short: "Verify a property proof offline with the property's verifying key",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			pr, err := zkproof.LoadProof(args[0])
			if err != nil {
				return err
			}
			p, err := zkproof.Lookup(pr.Property)
			if err != nil {
				return err
			}
			k, err := zkproof.LoadKeys(keys, p.Circuit)
			if err != nil {
				return err
			}
			if commitment != "" {
				c, err := parseHash32(commitment)
				if err != nil {
					return fmt.Errorf("--commitment: %w", err)
				}
				if c != pr.Commitment {
					return fmt.Errorf("the proof is about commitment 0x%x, not %s", pr.Commitment, commitment)
				}
			}
			if err := zkproof.Verify(pr, k.VK); err != nil {
				return fmt.Errorf("proof %s: %w", args[0], err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "ok: valid %s proof for commitment %s (%s keys)\n", pr.Property, common.Hash(pr.Commitment), k.Setup)
			return nil
		},
	}
	verify.Flags().StringVar(&keys, "keys", "zkkeys", "directory of the property's keys")
	verify.Flags().StringVar(&commitment, "commitment", "", "the commitment the proof must be about (e.g. from the attestation)")
	cmd.AddCommand(verify)
	return cmd
}

// submitFlags send a proof to the PropertyRegistry.
type submitFlags struct {
	submit                              bool
	rpc, registry, verifier, vm, subset string
	operatorKey                         string
}

func (f *submitFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.BoolVar(&f.submit, "submit", false, "also submit the proof to the PropertyRegistry (signed by --operator-key)")
	fl.StringVar(&f.rpc, "rpc", "http://127.0.0.1:8545", "with --submit: JSON-RPC endpoint")
	fl.StringVar(&f.registry, "property-registry", "", "with --submit: PropertyRegistry address")
	fl.StringVar(&f.verifier, "verifier", "", "with --submit: the property's Groth16 verifier contract (its key must match --keys)")
	fl.StringVar(&f.vm, "vm", "", "with --submit: the attested VM (UUID)")
	fl.StringVar(&f.subset, "subset", "", "with --submit: the attested subset id")
	fl.StringVar(&f.operatorKey, "operator-key", "", "with --submit: file with the operator's private key in hex")
}

func (f *submitFlags) send(cmd *cobra.Command, p *zkproof.Property, k *zkproof.Keys, pr *zkproof.Proof) error {
	ctx := cmd.Context()
	for name, v := range map[string]string{"--property-registry": f.registry, "--verifier": f.verifier} {
		if !common.IsHexAddress(v) {
			return fmt.Errorf("%s %q is not an address", name, v)
		}
	}
	vm, err := protocol.ParseVMID(f.vm)
	if err != nil {
		return fmt.Errorf("--vm: %w", err)
	}
	subsetID, err := parseHash32(f.subset)
	if err != nil {
		return fmt.Errorf("--subset: %w", err)
	}
	key, err := crypto.LoadECDSA(f.operatorKey)
	if err != nil {
		return fmt.Errorf("failed to load --operator-key: %w", err)
	}
	client, err := ethclient.DialContext(ctx, f.rpc)
	if err != nil {
		return fmt.Errorf("failed to connect to %s: %w", f.rpc, err)
	}
	defer client.Close()
	vkHash, err := zkproof.VerifyingKeyHash(k)
	if err != nil {
		return err
	}
	verifier := common.HexToAddress(f.verifier)
	if err := onchain.CheckDeployedVerifier(ctx, client, verifier, vkHash); err != nil {
		return fmt.Errorf("refusing to submit: %w", err)
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return err
	}
	proof, inputs := pr.RegistryArgs()
	data := onchain.PackProveProperty(vm, subsetID, p.ID, verifier, proof, inputs)
	tx, err := onchain.Send(ctx, client, bind.NewKeyedTransactor(key, chainID), common.HexToAddress(f.registry), data)
	if err != nil {
		return fmt.Errorf("proveProperty: %w", onchain.DecodeRevert(err))
	}
	r, err := onchain.Wait(ctx, client, tx, nil)
	if err != nil {
		return fmt.Errorf("proveProperty: %w", err)
	}
	fmt.Fprintf(cmd.OutOrStdout(), "submitted: tx %s, block %d, gas %d\n", tx.Hash(), r.BlockNumber, r.GasUsed)
	return nil
}
