package digest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sort"
	"sync"
)

// Section is a byte range of a source: the N bytes of R starting at offset Off.
type Section struct {
	R   io.ReaderAt // the source; ReadAt may be called from several goroutines at once, as io.ReaderAt allows
	Off int64       // offset of the range in R
	N   int64       // length of the range; the source must have all of it
}

// Options tune the engine. The zero value is the default.
type Options struct {
	// Workers is the number of goroutines hashing one sum in parallel, for tree hashes (BLAKE3); 0 (or
	// less) means runtime.GOMAXPROCS(0). It is lowered so that the workers' buffers fit in
	// MaxBufferMemory. Streaming hashes (SHA-256, Keccak-256) always use one hashing goroutine and one
	// read-ahead goroutine.
	Workers int
	// BufferSize is the number of bytes per read; 0 (or less) means DefaultBufferSize. It is clamped to
	// [MinBufferSize, MaxBufferMemory/2]; BLAKE3 rounds it down to a power of two of at most 8 MiB (the
	// size of the subtree each read covers).
	BufferSize int
}

const (
	// DefaultBufferSize is the bytes per read when Options.BufferSize is zero.
	DefaultBufferSize = 1 << 20
	// MinBufferSize is the smallest buffer the engine uses: 16 KiB, sixteen BLAKE3 chunks.
	MinBufferSize = 16 << 10
	// MaxBufferMemory bounds the buffers that one Sum allocates, whatever the length hashed.
	MaxBufferMemory = 64 << 20
)

var (
	// ErrShortRead means a source returned fewer bytes than its section declares. The error says which
	// section, where the source ended, and how many bytes were wanted and got.
	ErrShortRead = errors.New("source shorter than its section")
	// ErrBadSection means a section is malformed: a negative offset or length, a nil source, or a length
	// that overflows.
	ErrBadSection = errors.New("malformed section")
)

// treeSummer is implemented by algorithms that hash a source in parallel themselves (BLAKE3).
type treeSummer interface {
	sumTree(ctx context.Context, src *source, workers, bufSize int) ([32]byte, error)
}

// byteSummer is implemented by algorithms with a faster one-shot hash of a byte slice.
type byteSummer interface {
	sumBytes(b []byte) [32]byte
}

// Sum hashes the concatenation of the sections with a: exactly the sum of their N bytes. It returns an
// error (and no digest) when a section is malformed, a source is shorter than its section (wrapping
// ErrShortRead), a read fails (wrapping the source's error) or ctx is done (wrapping ctx.Err()). It
// allocates at most MaxBufferMemory of buffers, never the region, and returns only once it no longer
// reads any source.
func Sum(ctx context.Context, a Algorithm, sections []Section, opt Options) ([32]byte, error) {
	if a == nil {
		return [32]byte{}, errors.New("digest: Sum with a nil Algorithm")
	}
	src, err := newSource(sections)
	if err != nil {
		return [32]byte{}, err
	}
	if err := ctx.Err(); err != nil {
		return [32]byte{}, fmt.Errorf("digest: %w", err)
	}
	workers, bufSize := opt.Workers, opt.BufferSize
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if bufSize <= 0 {
		bufSize = DefaultBufferSize
	}
	bufSize = min(max(bufSize, MinBufferSize), MaxBufferMemory/2)
	if t, ok := a.(treeSummer); ok {
		return t.sumTree(ctx, src, workers, bufSize)
	}
	return sumStream(ctx, a, src, bufSize)
}

// SumBytes returns a's hash of b.
func SumBytes(a Algorithm, b []byte) [32]byte {
	if s, ok := a.(byteSummer); ok {
		return s.sumBytes(b)
	}
	h := a.New()
	h.Write(b)
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// sumStream hashes src with a streaming hasher. A read-ahead goroutine fills one buffer while the
// caller's goroutine hashes the other.
func sumStream(ctx context.Context, a Algorithm, src *source, bufSize int) ([32]byte, error) {
	h := a.New()
	var out [32]byte
	if src.total <= int64(bufSize) {
		buf := make([]byte, src.total)
		if err := src.readAt(buf, 0); err != nil {
			return out, err
		}
		h.Write(buf)
		h.Sum(out[:0])
		return out, nil
	}

	type filled struct {
		buf []byte
		err error
	}
	free := make(chan []byte, 2)
	full := make(chan filled, 2)
	done := make(chan struct{})
	free <- make([]byte, bufSize)
	free <- make([]byte, bufSize)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // the read-ahead goroutine
		defer wg.Done()
		for off := int64(0); off < src.total; {
			var buf []byte
			select {
			case buf = <-free:
			case <-done:
				return
			}
			buf = buf[:min(int64(len(buf)), src.total-off)]
			err := ctx.Err()
			if err != nil {
				err = fmt.Errorf("digest: %w", err)
			} else {
				err = src.readAt(buf, off)
			}
			select {
			case full <- filled{buf, err}:
			case <-done:
				return
			}
			if err != nil {
				return
			}
			off += int64(len(buf))
		}
	}()
	defer wg.Wait() // never return while the goroutine may still read a source
	defer close(done)

	for off := int64(0); off < src.total; {
		f := <-full
		if f.err != nil {
			return out, f.err
		}
		if err := ctx.Err(); err != nil {
			return out, fmt.Errorf("digest: %w", err)
		}
		h.Write(f.buf)
		off += int64(len(f.buf))
		free <- f.buf[:cap(f.buf)]
	}
	h.Sum(out[:0])
	return out, nil
}

// source is the concatenation of sections, read at offsets of the concatenated stream.
type source struct {
	secs   []Section
	starts []int64 // starts[i] is the stream offset of secs[i]; starts[len(secs)] == total
	total  int64
}

func newSource(sections []Section) (*source, error) {
	s := &source{secs: sections, starts: make([]int64, len(sections)+1)}
	for i, sec := range sections {
		switch {
		case sec.N < 0:
			return nil, fmt.Errorf("digest: section %d: negative length %d: %w", i, sec.N, ErrBadSection)
		case sec.Off < 0:
			return nil, fmt.Errorf("digest: section %d: negative offset %d: %w", i, sec.Off, ErrBadSection)
		case sec.R == nil && sec.N > 0:
			return nil, fmt.Errorf("digest: section %d: nil source: %w", i, ErrBadSection)
		case sec.Off > maxInt64-sec.N || s.total > maxInt64-sec.N:
			return nil, fmt.Errorf("digest: section %d: offset %d + length %d overflows: %w", i, sec.Off, sec.N, ErrBadSection)
		}
		s.starts[i] = s.total
		s.total += sec.N
	}
	s.starts[len(sections)] = s.total
	return s, nil
}

const maxInt64 = 1<<63 - 1

// readAt fills p with the stream's bytes at offset off; off+len(p) must not exceed the total.
func (s *source) readAt(p []byte, off int64) error {
	// The first section that ends after off.
	i := sort.Search(len(s.secs), func(i int) bool { return s.starts[i+1] > off })
	for len(p) > 0 {
		rel := off - s.starts[i]
		k := min(int64(len(p)), s.secs[i].N-rel)
		if err := s.readSection(i, p[:k], rel); err != nil {
			return err
		}
		p = p[k:]
		off += k
		i++
	}
	return nil
}

// readSection fills p with section i's bytes at offset rel of the section.
func (s *source) readSection(i int, p []byte, rel int64) error {
	sec := s.secs[i]
	for pos := 0; pos < len(p); {
		n, err := sec.R.ReadAt(p[pos:], sec.Off+rel+int64(pos))
		pos += n
		if pos == len(p) {
			break // a ReaderAt may return io.EOF with the last bytes
		}
		if err == nil && n > 0 {
			continue // a ReaderAt should not return short without an error; ask again
		}
		if err == nil || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			got := rel + int64(pos)
			return fmt.Errorf("digest: section %d (offset %d, length %d): source ended at offset %d: wanted %d bytes, got %d: %w",
				i, sec.Off, sec.N, sec.Off+got, sec.N, got, ErrShortRead)
		}
		return fmt.Errorf("digest: section %d (offset %d, length %d): read at offset %d: %w",
			i, sec.Off, sec.N, sec.Off+rel+int64(pos), err)
	}
	return nil
}
