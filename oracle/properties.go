package oracle

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/internal/agentapi"
	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/txmgr"
	"github.com/vmattest/vmattest/internal/zkcommit"
	"github.com/vmattest/vmattest/internal/zkproof"
	"github.com/vmattest/vmattest/oracle/nodeapi"
)

// Proving properties. After an attestation with a ZK commitment is confirmed, proveAll asks the agent for
// a proof of each configured property of the subset's latest committed state (POST /v1/proofs), checks that
// the proof is about the zkCommitment the verifier holds and about the configured inputs, and submits
// PropertyRegistry.proveProperty through the tx manager. A commitment is proven (or refused by the agent)
// once; other failures are retried after propRetryDelay. Nothing here blocks attestation submission beyond
// the tx manager's serialization of transactions.

// propKey identifies VMConfig.Properties[i] of a VM.
type propKey struct {
	vm protocol.VMID
	i  int
}

// propState is the node's view of one configured property.
type propState struct {
	// done is the commitment last proven or refused (the agent said the state lacks the property).
	done [32]byte
	// lastError is the last failure or refusal; "" after a proof was submitted.
	lastError string
	// failedAt is when the last failure happened (retries wait propRetryDelay).
	failedAt time.Time
}

// propRetryDelay is how long a failed property waits before it is tried again.
func (n *Node) propRetryDelay() time.Duration { return 5 * n.cfg.BatchInterval }

func (n *Node) hasProperties() bool {
	for i := range n.cfg.VMs {
		if len(n.cfg.VMs[i].Properties) > 0 {
			return true
		}
	}
	return false
}

func (n *Node) kickProver() {
	select {
	case n.propKick <- struct{}{}:
	default:
	}
}

// proveAll proves the configured properties; it runs after each confirmed batch, and every BatchInterval.
func (n *Node) proveAll(ctx context.Context) {
	for i := range n.cfg.VMs {
		vm := &n.cfg.VMs[i]
		for j := range vm.Properties {
			if ctx.Err() != nil {
				return
			}
			n.proveOne(ctx, vm, j)
		}
	}
}

// propArgs returns the proof arguments of a configured property (checked by Config.Check).
func propArgs(p *PropertyConfig) (*zkproof.Property, zkproof.Args, error) {
	prop, err := zkproof.Lookup(p.Name)
	if err != nil {
		return nil, zkproof.Args{}, err
	}
	var args zkproof.Args
	if prop == zkproof.GoldenDigest {
		g, err := zkcommit.NewGoldenSet(p.Golden)
		if err != nil {
			return nil, zkproof.Args{}, err
		}
		args = zkproof.Args{RegionName: p.Region, Golden: g}
	}
	return prop, args, nil
}

// proveOne proves VMs[vm].Properties[i] of the subset's confirmed committed state, if not done yet.
func (n *Node) proveOne(ctx context.Context, vm *VMConfig, i int) {
	p := &vm.Properties[i]
	k := propKey{vm.ID, i}
	st := n.props.get(k)
	if !st.failedAt.IsZero() && n.now().Sub(st.failedAt) < n.propRetryDelay() {
		return
	}
	rec, err := n.latestOnChain(ctx, vm.ID, p.Subset)
	if err != nil {
		n.propFailed(k, vm, p, fmt.Errorf("verifier.latest: %w", err))
		return
	}
	commitment := rec.ZkCommitment
	if commitment == ([32]byte{}) || commitment == st.done {
		return // nothing committed on chain yet, or this commitment is done
	}
	prop, args, err := propArgs(p)
	if err != nil {
		n.propFailed(k, vm, p, err)
		return
	}
	pr, refusal, err := n.requestProof(ctx, vm, p)
	if err != nil {
		n.propFailed(k, vm, p, err)
		return
	}
	if refusal != "" {
		n.metrics.propertiesRefused.Add(1)
		n.props.update(k, func(s *propState) { s.done, s.lastError, s.failedAt = commitment, refusal, time.Time{} })
		n.log.Warn("property refused: the committed state does not have it", "vm", vm.ID.String(),
			"subset", common.Hash(p.Subset).Hex(), "property", p.Name, "commitment", common.Hash(commitment).Hex(), "reason", refusal)
		return
	}
	switch {
	case pr.Property != prop.Name:
		err = fmt.Errorf("the agent proved %q, asked for %q", pr.Property, prop.Name)
	case pr.Commitment != commitment:
		err = fmt.Errorf("the proof is about commitment 0x%x, the confirmed attestation's is 0x%x (a newer attestation is not confirmed yet?)",
			pr.Commitment, commitment)
	default:
		// The proof must be about this VM, subset and hash algorithm (the registry passes the attestation's).
		err = zkproof.CheckInputs(pr, commitment, zkcommit.Header{VMID: vm.ID, SubsetID: p.Subset, HashAlg: protocol.HashAlg(rec.HashAlg)}, args)
	}
	if err != nil {
		n.propFailed(k, vm, p, err)
		return
	}
	proof, inputs := pr.RegistryArgs()
	rcpt, err := n.tm.Send(ctx, txmgr.TxCandidate{To: n.cfg.PropertyRegistry,
		Data: onchain.PackProveProperty(vm.ID, p.Subset, prop.ID, p.Verifier, proof, inputs)})
	if err != nil {
		n.propFailed(k, vm, p, fmt.Errorf("proveProperty: %w", onchain.DecodeRevert(err)))
		return
	}
	n.metrics.propertiesProven.Add(1)
	n.props.update(k, func(s *propState) { s.done, s.lastError, s.failedAt = commitment, "", time.Time{} })
	n.log.Info("property proven", "vm", vm.ID.String(), "subset", common.Hash(p.Subset).Hex(), "property", p.Name,
		"commitment", common.Hash(commitment).Hex(), "tx", rcpt.TxHash.Hex(), "gasUsed", rcpt.GasUsed)
}

func (n *Node) propFailed(k propKey, vm *VMConfig, p *PropertyConfig, err error) {
	if errors.Is(err, context.Canceled) {
		return // the node is stopping
	}
	n.metrics.propertiesFailed.Add(1)
	n.props.update(k, func(s *propState) { s.lastError, s.failedAt = err.Error(), n.now() })
	n.log.Warn("property proof failed; retrying later", "vm", vm.ID.String(), "subset", common.Hash(p.Subset).Hex(),
		"property", p.Name, "error", err.Error())
}

// requestProof asks vm's agent for a proof of p of its latest committed state. refusal is the agent's
// reason when it answers 422 (the state does not have the property).
func (n *Node) requestProof(ctx context.Context, vm *VMConfig, p *PropertyConfig) (pr *zkproof.Proof, refusal string, err error) {
	req := agentapi.ProofRequest{VMID: vm.ID, SubsetID: p.Subset, Property: p.Name, Region: p.Region, Golden: p.Golden,
		Timestamp: uint64(n.now().Unix())}
	if req.Nonce, err = agentapi.NewNonce(); err != nil {
		return nil, "", err
	}
	resp, err := n.agent(vm).Prove(ctx, req)
	var se *agentapi.StatusError
	switch {
	case errors.As(err, &se) && se.Code == http.StatusUnprocessableEntity:
		return nil, se.Message, nil
	case errors.As(err, &se), errors.Is(err, agentapi.ErrMalformedAnswer):
		return nil, "", err
	case err != nil:
		return nil, "", fmt.Errorf("agent unreachable: %w", err)
	}
	return resp.Proof, "", nil
}

// propertyStatus reads a configured property's status.
func (n *Node) propertyStatus(ctx context.Context, vm *VMConfig, i int) nodeapi.PropertyStatus {
	p := &vm.Properties[i]
	out := nodeapi.PropertyStatus{Name: p.Name, Subset: p.Subset, Region: p.Region, LastError: n.props.get(propKey{vm.ID, i}).lastError}
	prop, args, err := propArgs(p)
	if err != nil {
		out.Error = err.Error()
		return out
	}
	maxAge := uint64(vm.MaxAge / time.Second)
	if prop == zkproof.GoldenDigest {
		ph, err := paramsHash(prop, args)
		if err != nil {
			out.Error = err.Error()
			return out
		}
		out.Proven, err = n.properties().HasPropertyWith(ctx, vm.ID, p.Subset, prop.ID, ph, maxAge)
	} else {
		out.Proven, err = n.properties().HasProperty(ctx, vm.ID, p.Subset, prop.ID, maxAge)
	}
	if err != nil {
		out.Error = "chain read failed: " + err.Error()
	}
	return out
}

// paramsHash is PropertyRegistry.paramsHashOf of a property's parameters (its public inputs after the
// commitment and the context): keccak256 of their ABI encoding as a uint256[].
func paramsHash(p *zkproof.Property, args zkproof.Args) ([32]byte, error) {
	params, err := p.Params(args)
	if err != nil {
		return [32]byte{}, err
	}
	enc := make([]byte, 0, 64+32*len(params))
	enc = append(enc, common.LeftPadBytes(big.NewInt(32).Bytes(), 32)...)
	enc = append(enc, common.LeftPadBytes(big.NewInt(int64(len(params))).Bytes(), 32)...)
	for i := range params {
		b := params[i].Bytes()
		enc = append(enc, b[:]...)
	}
	return crypto.Keccak256Hash(enc), nil
}
