package oracle

import "sync"

// states are per-key states guarded by one mutex (the node's property and quorum states); the zero value
// is ready.
type states[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]*V
}

// update runs f on k's state, created zero when absent, under the lock.
func (s *states[K, V]) update(k K, f func(*V)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = map[K]*V{}
	}
	v, ok := s.m[k]
	if !ok {
		v = new(V)
		s.m[k] = v
	}
	f(v)
}

// get returns a copy of k's state (zero when absent).
func (s *states[K, V]) get(k K) V {
	s.mu.Lock()
	defer s.mu.Unlock()
	if v, ok := s.m[k]; ok {
		return *v
	}
	var zero V
	return zero
}
