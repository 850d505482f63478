package digest

import (
	"context"
	"fmt"
	"math/bits"
	"sync"
	"sync/atomic"
	"unsafe"

	"lukechampine.com/blake3/guts"
)

// BLAKE3 splits its input into 1 KiB chunks, the leaves of a binary tree whose left subtrees always hold
// the largest power-of-two number of chunks that leaves at least one chunk to the right. A run of 2^k
// chunks that starts at a multiple of 2^k is therefore a subtree of the final tree whenever it is not
// the whole input, and so are the chunks from such a start to the end of the input when there are at
// most 2^k of them.
//
// sumBLAKE3Tree cuts the stream into subtrees of one power-of-two size S (the buffer size rounded down);
// each worker reads a subtree into its own S-byte buffer and computes its chaining value, and the
// workers merge the chaining values in stream order on a stack (treeMerger), as blake3.Hasher does. The
// last subtree, possibly shorter, is kept as a node so that it can take the ROOT flag when it is the
// whole input.

// maxSubtree bounds the subtree size, so that several workers fit in MaxBufferMemory.
const maxSubtree = 8 << 20

// minShare is the smallest subtree worth a worker of its own when an input is shorter than a subtree
// per worker.
const minShare = 64 << 10

// sumBLAKE3Tree returns the unkeyed 256-bit BLAKE3 hash of src.
func sumBLAKE3Tree(ctx context.Context, src *source, workers, bufSize int) ([32]byte, error) {
	// A power of two in [MinBufferSize, maxSubtree].
	size := min(int64(1)<<(bits.Len(uint(bufSize))-1), maxSubtree)
	if share := src.total / int64(workers); workers > 1 && share < size && share >= 2*minShare {
		// Too short to give every worker a whole subtree: share it out in smaller ones.
		size = max(int64(1)<<(bits.Len64(uint64(share))-1), minShare)
	}
	tasks := max(1, (src.total+size-1)/size)
	if tasks == 1 { // one subtree: no goroutines
		if b, ok := src.view(0, src.total); ok {
			node, err := new(blake3Worker).nodeInPlace(b, 0)
			return rootHash(node), err
		}
		buf := make([]byte, src.total, max(src.total, guts.MaxSIMD*guts.ChunkSize))
		if err := src.readAt(buf, 0); err != nil {
			return [32]byte{}, err
		}
		return rootHash(new(blake3Worker).node(buf, 0)), nil
	}
	// Each worker has a buffer and the chaining values of its chunks (1/32 of the buffer).
	workers = int(max(1, min(int64(workers), tasks, MaxBufferMemory/(size+size/32))))

	// The workers merge the chaining values themselves, in stream order, under a mutex: no third goroutine
	// waits to be scheduled. With one more runnable goroutine than GOMAXPROCS (a merging goroutine woken
	// by every subtree), the runtime handed a worker's P to it while the worker was in pread, and the
	// worker, back from the syscall, waited for a P: two workers used about 1.6 of 2 cores
	// (docs/benchmarks.md).
	var (
		mu      sync.Mutex
		m       treeMerger
		errTask = tasks // the failed task first in stream order, and its error
		err     error
		next    atomic.Int64
		stop    atomic.Bool
		wg      sync.WaitGroup
	)
	m.pending = make(map[int64][8]uint32, workers)
	fail := func(task int64, e error) {
		mu.Lock()
		defer mu.Unlock()
		stop.Store(true)
		if task < errTask {
			errTask, err = task, e
		}
	}
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf []byte // allocated on the first subtree that is not in memory
			var w blake3Worker
			for !stop.Load() {
				task := next.Add(1) - 1
				if task >= tasks {
					return
				}
				if e := ctx.Err(); e != nil {
					fail(task, fmt.Errorf("digest: %w", e))
					return
				}
				off := task * size
				n := min(size, src.total-off)
				var node guts.Node
				if b, ok := src.view(off, n); ok {
					// In memory (a file's mapping): hash it where it is, without a copy.
					var e error
					if node, e = w.nodeInPlace(b, uint64(off/guts.ChunkSize)); e != nil {
						fail(task, e)
						return
					}
				} else {
					if buf == nil {
						buf = make([]byte, size)
					}
					b := buf[:n]
					if e := src.readAt(b, off); e != nil {
						fail(task, e)
						return
					}
					node = w.node(b, uint64(off/guts.ChunkSize))
				}
				mu.Lock()
				if task == tasks-1 {
					m.last = node
				} else {
					m.add(task, guts.ChainingValue(node))
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if err != nil {
		return [32]byte{}, err
	}
	return rootHash(m.root()), nil
}

// treeMerger merges the chaining values of equal-sized subtrees, given in any order, in stream order on a
// stack, as blake3.Hasher does.
type treeMerger struct {
	stack   [64][8]uint32       // stack[h]: a merged subtree of 2^h tasks, when bit h of merged is set
	merged  uint64              // the number of tasks merged so far
	pending map[int64][8]uint32 // chaining values that finished ahead of a slower worker's task (32 bytes per subtree)
	last    guts.Node           // the last task's node
}

// add records task's chaining value and merges every task now in order.
func (m *treeMerger) add(task int64, cv [8]uint32) {
	m.pending[task] = cv
	for cv, ok := m.pending[int64(m.merged)]; ok; cv, ok = m.pending[int64(m.merged)] {
		delete(m.pending, int64(m.merged))
		h := 0
		for ; m.merged&(1<<h) != 0; h++ {
			cv = guts.ChainingValue(guts.ParentNode(m.stack[h], cv, &guts.IV, 0))
		}
		m.stack[h] = cv
		m.merged++
	}
}

// root returns the root node once every task but the last is merged: the stack folded into the last
// subtree, lowest first.
func (m *treeMerger) root() guts.Node {
	last := m.last
	for h := bits.TrailingZeros64(m.merged); h < bits.Len64(m.merged); h++ {
		if m.merged&(1<<h) != 0 {
			last = guts.ParentNode(m.stack[h], guts.ChainingValue(last), &guts.IV, 0)
		}
	}
	return last
}

// rootHash finalizes the root node of the whole input.
func rootHash(root guts.Node) [32]byte {
	root.Flags |= guts.FlagRoot
	out := guts.WordsToBytes(guts.CompressNode(root))
	return [32]byte(out[:32])
}

// blake3Worker holds one worker's scratch space.
type blake3Worker struct {
	cvs [][8]uint32 // chaining values of a subtree's chunks, then of its parents
	p   kernelParams
}

// kernelParams is compress16's parameter block; blake3_amd64.s reads it at fixed offsets.
type kernelParams struct {
	key      [8]uint32  // offset 0: the chaining value every lane starts with
	ctrLo    [16]uint32 // offset 32: each lane's counter, low words
	ctrHi    [16]uint32 // offset 96: high words
	flags    [16]uint32 // offset 160: flags of block b
	iv       [4]uint32  // offset 224: the first words of the IV
	blockLen uint32     // offset 240: always 64
}

// node returns the (not yet compressed) node of the BLAKE3 subtree holding buf, whose first chunk is
// chunk number counter of the input. buf must be a run of 2^k whole chunks starting at a multiple of
// 2^k, or the end of the input starting at a multiple of a power of two at least as large as it.
func (w *blake3Worker) node(buf []byte, counter uint64) guts.Node {
	const simd = guts.MaxSIMD * guts.ChunkSize
	chunks := uint64(len(buf)+guts.ChunkSize-1) / guts.ChunkSize
	switch {
	case len(buf) <= guts.ChunkSize:
		return guts.CompressChunk(buf, &guts.IV, counter, 0)
	case haveAVX512 && len(buf)%guts.ChunkSize == 0 && chunks >= guts.MaxSIMD && bits.OnesCount64(chunks) == 1:
		return w.eigentree(buf, counter)
	case len(buf) <= simd:
		// CompressBuffer reads a whole SIMD buffer and uses the first len(buf) bytes.
		if cap(buf) < simd {
			var tmp [simd]byte
			copy(tmp[:], buf)
			return guts.CompressBuffer(&tmp, len(buf), &guts.IV, counter, 0)
		}
		return guts.CompressBuffer((*[simd]byte)(buf[:simd]), len(buf), &guts.IV, counter, 0)
	default:
		left := uint64(1) << (bits.Len64(chunks-1) - 1) // the largest power of two < chunks
		l := left * guts.ChunkSize
		return guts.ParentNode(
			guts.ChainingValue(w.node(buf[:l], counter)),
			guts.ChainingValue(w.node(buf[l:], counter+left)),
			&guts.IV, 0)
	}
}

// nodeInPlace is node over memory that may fault (a file's mapping): a fault is returned as ErrFault.
func (w *blake3Worker) nodeInPlace(b []byte, counter uint64) (node guts.Node, err error) {
	err = catchFault(func() { node = w.node(b, counter) })
	if err != nil {
		err = fmt.Errorf("chunks from %d: %w", counter, err)
	}
	return node, err
}

// eigentree returns the node of a subtree of 2^k >= 16 whole chunks with the AVX-512 kernel: 16 chunks at
// a time, then each level of parents 16 at a time, in place in w.cvs.
func (w *blake3Worker) eigentree(buf []byte, counter uint64) guts.Node {
	n := len(buf) / guts.ChunkSize
	if len(w.cvs) < max(n, 2*guts.MaxSIMD) {
		w.cvs = make([][8]uint32, max(n, 2*guts.MaxSIMD)) // a parent call reads 32 values
	}
	cvs, p := w.cvs, &w.p
	p.key = guts.IV
	p.iv = [4]uint32(guts.IV[:4])
	p.blockLen = guts.BlockSize
	p.flags = [16]uint32{0: guts.FlagChunkStart, 15: guts.FlagChunkEnd}
	for i := 0; i < n; i += guts.MaxSIMD {
		for l := range guts.MaxSIMD {
			c := counter + uint64(i+l)
			p.ctrLo[l], p.ctrHi[l] = uint32(c), uint32(c>>32)
		}
		compress16(&buf[i*guts.ChunkSize], guts.ChunkSize, guts.ChunkSize/guts.BlockSize, p, (*[16][8]uint32)(cvs[i:]))
	}
	p.ctrLo, p.ctrHi = [16]uint32{}, [16]uint32{}
	p.flags[0] = guts.FlagParent
	for ; n > 2; n /= 2 {
		// Parent j of this level is the 64 bytes of values 2j and 2j+1; it overwrites value j, which
		// every later call of the level has already read.
		for j := 0; j < n/2; j += guts.MaxSIMD {
			compress16((*byte)(unsafe.Pointer(&cvs[2*j])), 2*32, 1, p, (*[16][8]uint32)(cvs[j:]))
		}
	}
	return guts.ParentNode(cvs[0], cvs[1], &guts.IV, 0)
}
