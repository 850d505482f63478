package onchain

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vmattest/vmattest/internal/protocol"
)

// TestParseRefusesOtherLogs: a parser takes only its own event, with its data: a log with another event's
// topic, no topic, or the right topic and no data (which the bindings' parsers alone decode to zero fields,
// e.g. an AttestationSkipped of sequence 0) is refused.
func TestParseRefusesOtherLogs(t *testing.T) {
	vm := protocol.VMID{1}
	subset := common.Hash{2}
	word := func(v uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(v).Bytes(), 32) }
	skipped := &types.Log{Topics: []common.Hash{skippedTopic(), VMTopic(vm), subset}, Data: append(word(7), word(9)...)}
	ev, err := ParseSkipped(skipped)
	if err != nil || ev.VmId != vm || ev.SubsetId != subset || ev.Sequence != 7 || ev.LastSequence != 9 {
		t.Fatalf("ParseSkipped = %+v, %v; want vm, subset, 7, 9", ev, err)
	}
	noData := &types.Log{Topics: skipped.Topics}
	if ev, err := ParseSkipped(noData); !errors.Is(err, errNoLogData) {
		t.Errorf("ParseSkipped of a log without data = %+v, %v; want errNoLogData", ev, err)
	}
	if _, err := ParseSubmitted(skipped); err == nil {
		t.Error("ParseSubmitted took an AttestationSkipped log")
	}
	if _, err := ParseQuorumReached(&types.Log{}); err == nil {
		t.Error("ParseQuorumReached took a log without topics")
	}
}

// TestVMTopic: a VM id is its indexed bytes16 topic, left-aligned.
func TestVMTopic(t *testing.T) {
	vm := protocol.VMID{0xab, 15: 0xcd}
	h := VMTopic(vm)
	if h[0] != 0xab || h[15] != 0xcd || h[16] != 0 || h[31] != 0 {
		t.Fatalf("VMTopic = %x", h)
	}
}
