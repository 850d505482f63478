package digest

import (
	"errors"
	"fmt"
	"io"
	"runtime/debug"
)

// ErrFault means a memory source (Bytes) could not be read: the file behind a mapping shrank while it was
// hashed, or its storage failed. The process is not killed (the fault is caught); the digest is refused.
var ErrFault = errors.New("memory source faulted (a mapped file shrank or failed while it was read)")

// Bytes is a source held in memory, typically a read-only mapping of a file (unix.Mmap). Tree hashes
// (BLAKE3) hash a range that lies in one Bytes section straight from memory, without copying it into a
// buffer; streaming hashes copy it as they copy any source. A fault while it is read (SIGBUS when the
// mapped file is truncated) is caught and returned as ErrFault instead of crashing the process.
type Bytes []byte

// ReadAt copies b[off:] into p, as io.ReaderAt says.
func (b Bytes) ReadAt(p []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, fmt.Errorf("digest: negative offset %d", off)
	}
	if off >= int64(len(b)) {
		return 0, io.EOF
	}
	err = catchFault(func() { n = copy(p, b[off:]) })
	if err == nil && n < len(p) {
		err = io.EOF
	}
	return n, err
}

// catchFault runs f, turning a memory fault inside it into ErrFault.
func catchFault(f func()) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(interface{ Addr() uintptr }); ok {
				err = fmt.Errorf("digest: fault at %#x: %w", re.Addr(), ErrFault)
				return
			}
			panic(r)
		}
	}()
	f()
	return nil
}

// view returns the stream's n bytes at off without copying when they lie in one Bytes section, and false
// otherwise. The slice's capacity is its length.
func (s *source) view(off, n int64) ([]byte, bool) {
	for i, sec := range s.secs {
		if off >= s.starts[i] && off+n <= s.starts[i+1] {
			b, ok := sec.R.(Bytes)
			if !ok || sec.Off+sec.N > int64(len(b)) {
				return nil, false
			}
			lo := sec.Off + off - s.starts[i]
			return b[lo : lo+n : lo+n], true
		}
		if off < s.starts[i+1] {
			return nil, false
		}
	}
	return nil, false
}
