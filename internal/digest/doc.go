// Package digest is vmattest's hashing engine: it hashes the concatenation of byte ranges of guest RAM
// files, process memory and files with one of the protocol's hash functions, fast and in flat memory.
//
// Each hash function is an [Algorithm] registered from its own small file (sha256.go, blake3.go,
// keccak256.go); [Lookup], [ByID] and [All] find them. [Sum] hashes a list of [Section]s as one byte
// stream of exactly the length they declare:
//
//   - Streaming functions (SHA-256, Keccak-256) read with large buffers while a read-ahead goroutine
//     fills the next buffer, so reading overlaps hashing.
//   - BLAKE3 is hashed as a tree: workers each read a power-of-two run of chunks (a subtree of the
//     BLAKE3 tree) into their own buffer and compute its chaining value, and the chaining values are
//     merged in tree order into the root. The result equals the plain BLAKE3 hash of the stream.
//
// Memory stays flat whatever the length: buffers for one Sum total at most [MaxBufferMemory] bytes, and
// sources are read with ReadAt (no memory mapping), so hashing a 4 GiB region does not grow the
// process by 4 GiB.
package digest
