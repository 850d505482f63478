package main

import (
	"crypto/ecdsa"
	"crypto/x509"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/vmattest/vmattest/internal/bindings/registry"
	"github.com/vmattest/vmattest/internal/enclave"
	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/zkproof"
)

func newKeysRegisterCmd() *cobra.Command {
	var (
		v                                 verifyFlags
		regPath, vm, rpc, operatorKeyFile string
		replaces                          string
		grace                             time.Duration
		withProof                         string
	)
	cmd := &cobra.Command{
		Use:   "register",
		Short: "As a registrar: verify a key's evidence and approve the key on chain",
		Long: "As a registrar: verify a key's registration (evidence signature and chain, REPORT_DATA binding, --policy) and,\n" +
			"if it holds, send approveKey to the registry it is bound to, signed by the registrar's operator key. The key\n" +
			"becomes active at the k-th approval of the same facts. --replaces rotates an older key of the VM out after --grace.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			reg, err := enclave.LoadRegistration(regPath)
			if err != nil {
				return err
			}
			vmID, err := protocol.ParseVMID(vm)
			if err != nil {
				return fmt.Errorf("--vm: %w", err)
			}
			opt, err := v.options()
			if err != nil {
				return err
			}
			facts, err := reg.Verify(ctx, opt)
			if err != nil {
				return fmt.Errorf("refusing to approve key %s: %w", reg.Binding.Address(), err)
			}
			operator, err := crypto.LoadECDSA(operatorKeyFile)
			if err != nil {
				return fmt.Errorf("failed to load --operator-key %s: %w", operatorKeyFile, err)
			}
			if err := enclave.CheckDistinct(crypto.PubkeyToAddress(operator.PublicKey), reg.Binding.Address()); err != nil {
				return err
			}
			var old common.Address
			if replaces != "" {
				if !common.IsHexAddress(replaces) {
					return fmt.Errorf("--replaces %q is not an address", replaces)
				}
				old = common.HexToAddress(replaces)
			}
			client, err := ethclient.DialContext(ctx, rpc)
			if err != nil {
				return fmt.Errorf("failed to connect to %s: %w", rpc, err)
			}
			defer client.Close()
			chainID, err := client.ChainID(ctx)
			if err != nil {
				return fmt.Errorf("failed to read the chain id from %s: %w", rpc, err)
			}
			if chainID.Cmp(new(big.Int).SetUint64(reg.Binding.ChainID)) != 0 {
				return fmt.Errorf("the key is bound to chain %d, but %s is chain %s", reg.Binding.ChainID, rpc, chainID)
			}
			arg := onchain.KeyRegistrationArg(reg, vmID, facts.Measurement, old, grace)
			data, what := onchain.PackApproveKey(arg), "approveKey"
			if withProof != "" {
				if data, err = proofRegistration(cmd, reg, &arg, withProof); err != nil {
					return err
				}
				what = "registerWithProof"
			}
			receipt, err := onchain.Transact(ctx, client, bind.NewKeyedTransactor(operator, chainID), reg.Binding.Registry, data, nil)
			if err != nil {
				return fmt.Errorf("%s: %w", what, err)
			}
			info, err := onchain.RegistryReader{Caller: client, Address: reg.Binding.Registry}.KeyInfo(ctx, arg.Key)
			if err != nil {
				return fmt.Errorf("keyInfo: %w", onchain.DecodeRevert(err))
			}
			status := map[onchain.KeyStatus]string{onchain.KeyStatusNone: "pending (more approvals needed)", onchain.KeyStatusActive: "ACTIVE",
				onchain.KeyStatusRevoked: "revoked"}[onchain.KeyStatus(info.Status)]
			verb := "approved key"
			if withProof != "" {
				verb = "registered by proof key"
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s %s for vm %s in tx %s (block %d, gas %d): %s\n",
				verb, arg.Key, vmID, receipt.TxHash, receipt.BlockNumber, receipt.GasUsed, status)
			return nil
		},
	}
	v.register(cmd)
	f := cmd.Flags()
	f.StringVar(&regPath, "registration", "", "the key's registration file (KEYDIR/registration.json) (required)")
	f.StringVar(&vm, "vm", "", "the VM the key attests for (UUID) (required)")
	f.StringVar(&rpc, "rpc", "http://127.0.0.1:8545", "JSON-RPC endpoint of the registry's chain")
	f.StringVar(&operatorKeyFile, "operator-key", "", "file with the registrar's operator private key in hex (required)")
	f.StringVar(&replaces, "replaces", "", "address of the VM's current key that the new key rotates out")
	f.DurationVar(&grace, "grace", 24*time.Hour, "with --replaces: how long the old key stays valid after the new one is active")
	f.StringVar(&withProof, "with-proof", "", "register by a zero-knowledge proof of the SEV-SNP report instead of a registrar approval: the directory of the snpreport keys (vmattest zk snp-setup); any funded --operator-key may send it")
	for _, n := range []string{"registration", "vm", "operator-key"} {
		_ = cmd.MarkFlagRequired(n)
	}
	return cmd
}

// proofRegistration proves that the registration's SEV-SNP report binds the key, with the snpreport keys in
// dir, and returns the registerWithProof calldata; it sets arg's evidence hash to the proof's hash.
func proofRegistration(cmd *cobra.Command, reg *enclave.Registration, arg *registry.KeyRegistration, dir string) ([]byte, error) {
	if reg.Evidence == nil || len(reg.Evidence.Report) == 0 {
		return nil, errors.New("--with-proof: the registration has no SEV-SNP report (software keys cannot be proven)")
	}
	if arg.Replaces != (common.Address{}) {
		// The registry needs the replaced key's signature of rotationDigest(reg), made in its enclave.
		return nil, errors.New("--with-proof --replaces: a rotation by proof needs the replaced key's signature of the registry's rotationDigest, which this command cannot obtain yet: rotate by registrar approval (without --with-proof)")
	}
	if want := enclave.RegistrationContext(arg.VmId, arg.Replaces, arg.GracePeriod); reg.Binding.Context != want {
		return nil, fmt.Errorf("--with-proof: the key's evidence does not bind this registration (vm %s, replaces %s, grace %d s): generate the key with keys generate --proof-vm (and --proof-replaces, --proof-grace) to match",
			protocol.VMID(arg.VmId), arg.Replaces, arg.GracePeriod)
	}
	cert, err := x509.ParseCertificate(reg.Evidence.VCEK)
	if err != nil {
		return nil, fmt.Errorf("--with-proof: the evidence's VCEK certificate: %w", err)
	}
	vcek, ok := cert.PublicKey.(*ecdsa.PublicKey)
	if !ok {
		return nil, fmt.Errorf("--with-proof: the VCEK key is %T, want ECDSA P-384", cert.PublicKey)
	}
	keys, err := zkproof.LoadKeys(dir, zkproof.SNPReport)
	if err != nil {
		return nil, err
	}
	if keys.Setup == zkproof.SetupDevInsecure {
		fmt.Fprintf(cmd.ErrOrStderr(), "WARNING: the keys in %s come from an INSECURE single-party setup: whoever made them can forge proofs, "+
			"so a registry whose report verifier was exported from them trusts that party (devnets only; production keys come from vmattest ceremony --circuit snpreport)\n", dir)
	}
	start := time.Now()
	proof, st, err := zkproof.ProveReport(keys, reg.Evidence.Report, vcek)
	if err != nil {
		return nil, fmt.Errorf("--with-proof: %w", err)
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "proved the SEV-SNP report in %s (VCEK hash %x)\n", time.Since(start).Round(time.Millisecond), st.VCEKHash)
	arg.EvidenceHash = crypto.Keccak256Hash(proof)
	facts := registry.ReportFacts{Policy: st.Policy, Vmpl: st.VMPL, ReportedTcb: st.ReportedTCB, VcekHash: st.VCEKHash}
	pub := reg.Binding.PublicKey
	return onchain.PackRegisterWithProof(*arg, [32]byte(pub[:32]), [32]byte(pub[32:]), facts, proof, nil), nil
}
