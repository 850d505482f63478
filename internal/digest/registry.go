package digest

import (
	"fmt"
	"hash"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/vmattest/vmattest/internal/protocol"
)

// Algorithm is a hash function with a 32-byte output that the engine can use.
type Algorithm interface {
	// ID is the algorithm's protocol identifier.
	ID() protocol.HashAlg
	// Name is the algorithm's name as protocol.HashAlg.String spells it ("sha256", "blake3", "keccak256").
	Name() string
	// New returns a streaming hasher whose Size is 32.
	New() hash.Hash
}

var (
	registryMu sync.RWMutex
	byID       = map[protocol.HashAlg]Algorithm{}
	byName     = map[string]Algorithm{}
)

// normName is how names are compared: lower case, without spaces or dashes.
func normName(s string) string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), "-", "")
}

// Register makes a available to Lookup, ByID and All. It is meant to be called from init in the
// algorithm's own file, and panics when a is nil, its hasher's size is not 32, or another algorithm
// already has its identifier or name.
func Register(a Algorithm) {
	if a == nil {
		panic("digest: Register of a nil Algorithm")
	}
	if size := a.New().Size(); size != 32 {
		panic(fmt.Sprintf("digest: Register of %s: hash size %d, want 32", a.Name(), size))
	}
	name := normName(a.Name())
	if name == "" {
		panic(fmt.Sprintf("digest: Register of algorithm %d with an empty name", uint8(a.ID())))
	}
	registryMu.Lock()
	defer registryMu.Unlock()
	if old, ok := byID[a.ID()]; ok {
		panic(fmt.Sprintf("digest: Register of %s: identifier %d already registered by %s", a.Name(), uint8(a.ID()), old.Name()))
	}
	if old, ok := byName[name]; ok {
		panic(fmt.Sprintf("digest: Register of %s: name already registered by algorithm %d", a.Name(), uint8(old.ID())))
	}
	byID[a.ID()] = a
	byName[name] = a
}

// Lookup finds a registered algorithm by name or decimal identifier: whatever protocol.ParseHashAlg
// accepts ("sha256", "SHA-256", "blake3-256", "2", ...) and the registered names. An unknown or
// unregistered algorithm's error wraps protocol.ErrUnknownHashAlg and lists the registered names.
func Lookup(nameOrID string) (Algorithm, error) {
	norm := normName(nameOrID)
	registryMu.RLock()
	a, ok := byName[norm]
	if !ok {
		if n, err := strconv.ParseUint(norm, 10, 8); err == nil {
			a, ok = byID[protocol.HashAlg(n)]
		}
	}
	registryMu.RUnlock()
	if ok {
		return a, nil
	}
	if id, err := protocol.ParseHashAlg(nameOrID); err == nil {
		if a, err := ByID(id); err == nil {
			return a, nil
		}
	}
	return nil, fmt.Errorf("digest: hash algorithm %q (registered: %s): %w", nameOrID, registeredNames(), protocol.ErrUnknownHashAlg)
}

// ByID returns the registered algorithm with identifier id. Its error wraps protocol.ErrUnknownHashAlg.
func ByID(id protocol.HashAlg) (Algorithm, error) {
	registryMu.RLock()
	a, ok := byID[id]
	registryMu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("digest: hash algorithm %d (registered: %s): %w", uint8(id), registeredNames(), protocol.ErrUnknownHashAlg)
	}
	return a, nil
}

// All returns the registered algorithms in identifier order.
func All() []Algorithm {
	registryMu.RLock()
	all := make([]Algorithm, 0, len(byID))
	for _, a := range byID {
		all = append(all, a)
	}
	registryMu.RUnlock()
	sort.Slice(all, func(i, j int) bool { return all[i].ID() < all[j].ID() })
	return all
}

// registeredNames lists the registered names in identifier order, comma-separated.
func registeredNames() string {
	var names []string
	for _, a := range All() {
		names = append(names, a.Name())
	}
	return strings.Join(names, ", ")
}
