package onchain

import (
	"context"
	"crypto/rand"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Governor runs the registry's governed actions (proposeAction, approveAction, executeAction): the changes
// that can make a key active, which need k registrars and the registry's governance delay.
type Governor struct {
	// Backend is the chain.
	Backend Backend
	// Registry is the EnclaveKeyRegistry.
	Registry common.Address
	// Approvers are registrars: the first proposes every action and executes it, the next ones approve it
	// until it is queued. At least the registry's threshold of them.
	Approvers []*bind.TransactOpts
	// Mine makes transactions final on a simulated backend (nil on real chains). While an action waits for
	// its delay, Mine is called to advance the chain; without it Govern sleeps PollInterval between tries.
	Mine Miner
	// PollInterval is the wait between tries of an action that is not executable yet. If zero, one second.
	PollInterval time.Duration
}

// Govern proposes every one of calls (calldata of governed functions of the registry), has them approved until
// queued, waits for the governance delay once for all, then executes them in order. It returns the receipts
// of the executions. The salts are random, so the same call can be governed again.
func (g *Governor) Govern(ctx context.Context, calls ...[]byte) ([]*types.Receipt, error) {
	if len(g.Approvers) == 0 {
		return nil, fmt.Errorf("governed action: no registrar to propose it")
	}
	reader := RegistryReader{Caller: g.Backend, Address: g.Registry}
	salts := make([][32]byte, len(calls))
	for i, data := range calls {
		if _, err := rand.Read(salts[i][:]); err != nil {
			return nil, err
		}
		if _, err := g.send(ctx, g.Approvers[0], registryABI().PackProposeAction(data, salts[i])); err != nil {
			return nil, fmt.Errorf("failed to propose governed action: %w", err)
		}
		id, err := reader.ActionID(ctx, data, salts[i])
		if err != nil {
			return nil, fmt.Errorf("failed to read the governed action's id: %w", DecodeRevert(err))
		}
		for _, approver := range g.Approvers[1:] {
			state, err := reader.ActionState(ctx, id)
			if err != nil {
				return nil, fmt.Errorf("failed to read governed action %x: %w", id, DecodeRevert(err))
			}
			if ActionStatus(state.Status) == ActionQueued {
				break
			}
			if _, err := g.send(ctx, approver, registryABI().PackApproveAction(id)); err != nil {
				return nil, fmt.Errorf("failed to approve governed action %x: %w", id, err)
			}
		}
	}
	receipts := make([]*types.Receipt, len(calls))
	for i, data := range calls {
		for {
			r, err := g.send(ctx, g.Approvers[0], registryABI().PackExecuteAction(data, salts[i]))
			if err == nil {
				receipts[i] = r
				break
			}
			if !IsRevert(err, "ActionNotReady") {
				return receipts, fmt.Errorf("failed to execute governed action: %w", err)
			}
			if err := g.wait(ctx); err != nil {
				return receipts, err
			}
		}
	}
	return receipts, nil
}

// wait lets the chain's time advance: one block on a simulated backend, PollInterval on a real chain.
func (g *Governor) wait(ctx context.Context) error {
	if g.Mine != nil {
		g.Mine()
		return nil
	}
	d := g.PollInterval
	if d == 0 {
		d = time.Second
	}
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}

func (g *Governor) send(ctx context.Context, opts *bind.TransactOpts, data []byte) (*types.Receipt, error) {
	return Transact(ctx, g.Backend, opts, g.Registry, data, g.Mine)
}
