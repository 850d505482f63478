package onchain

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// RevertError is a contract revert decoded against vmattest's contracts' custom errors.
type RevertError struct {
	// Name is the custom error's name, e.g. "SequenceNotIncreasing".
	Name string
	// Args are the error's arguments in declaration order, with their ABI names in ArgNames.
	Args     []any
	ArgNames []string
	// Data is the raw revert data.
	Data []byte
}

func (e *RevertError) Error() string {
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		switch v := a.(type) {
		case [16]byte:
			a = hexutil.Encode(v[:])
		case [32]byte:
			a = hexutil.Encode(v[:])
		}
		parts[i] = fmt.Sprintf("%s=%v", e.ArgNames[i], a)
	}
	return fmt.Sprintf("reverted with %s(%s)", e.Name, strings.Join(parts, ", "))
}

// contractABIs are the ABIs whose custom errors DecodeRevert knows.
// Parsed on first use, as the others (onchain.go).
var contractABIs = sync.OnceValue(func() []abi.ABI {
	return []abi.ABI{verifierABI().GetABI(), registryABI().GetABI(), propertiesABI().GetABI(), vaultABI().GetABI()}
})

// dataError is implemented by go-ethereum's JSON-RPC errors that carry revert data.
type dataError interface {
	ErrorData() any
}

// DecodeRevert returns a *RevertError wrapping err when err carries revert data of a known custom error, and
// err unchanged otherwise.
func DecodeRevert(err error) error {
	var de dataError
	if err == nil || !errors.As(err, &de) {
		return err
	}
	var data []byte
	switch v := de.ErrorData().(type) {
	case string:
		b, decErr := hexutil.Decode(v)
		if decErr != nil {
			return err
		}
		data = b
	case []byte:
		data = v
	default:
		return err
	}
	if re := DecodeRevertData(data); re != nil {
		return fmt.Errorf("%w (%w)", re, err)
	}
	return err
}

// DecodeRevertData decodes raw revert data; it returns nil when the selector is not a known custom error.
func DecodeRevertData(data []byte) *RevertError {
	if len(data) < 4 {
		return nil
	}
	for _, a := range contractABIs() {
		for name, e := range a.Errors {
			if string(e.ID[:4]) != string(data[:4]) {
				continue
			}
			args, err := e.Inputs.Unpack(data[4:])
			if err != nil {
				return nil
			}
			names := make([]string, len(e.Inputs))
			for i, in := range e.Inputs {
				names[i] = in.Name
			}
			return &RevertError{Name: name, Args: args, ArgNames: names, Data: data}
		}
	}
	return nil
}

// IsRevert reports whether err is (or wraps) a revert with the named custom error.
func IsRevert(err error, name string) bool {
	var re *RevertError
	return errors.As(err, &re) && re.Name == name
}
