package digest

import (
	"bytes"
	"context"
	"fmt"
	"testing"
)

// BenchmarkSum hashes an in-memory source (no I/O) with the default options.
func BenchmarkSum(b *testing.B) {
	data := testData(64 << 20)
	for _, a := range All() {
		for _, n := range []int{64 << 10, 1 << 20, 64 << 20} {
			b.Run(fmt.Sprintf("%s/%dKiB", a.Name(), n>>10), func(b *testing.B) {
				secs := []Section{{R: bytes.NewReader(data[:n]), N: int64(n)}}
				b.SetBytes(int64(n))
				for b.Loop() {
					if _, err := Sum(context.Background(), a, secs, Options{}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkBLAKE3Subtree hashes one 1 MiB subtree on one core: this package's AVX-512 kernel against the
// guts package's.
func BenchmarkBLAKE3Subtree(b *testing.B) {
	buf := testData(1 << 20)
	b.Run("guts", func(b *testing.B) {
		saved := haveAVX512
		haveAVX512 = false // guts.CompressBuffer, 16 chunks at a time, on this goroutine
		defer func() { haveAVX512 = saved }()
		var w blake3Worker
		b.SetBytes(int64(len(buf)))
		for b.Loop() {
			w.node(buf, 0)
		}
	})
	if !haveAVX512 {
		return
	}
	b.Run("avx512", func(b *testing.B) {
		var w blake3Worker
		b.SetBytes(int64(len(buf)))
		for b.Loop() {
			w.node(buf, 0)
		}
	})
}
