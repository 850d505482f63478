package ceremony

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/vmattest/vmattest/internal/atomicfile"
)

// Errors that a *FileError wraps, for errors.Is.
var (
	// ErrHashMismatch: a file's SHA-256 is not the one that ceremony.json records (modified or replaced).
	ErrHashMismatch = errors.New("sha256 does not match ceremony.json")
	// ErrInvalidContribution: a transcript is not a valid update of its predecessor (bad proof, wrong
	// challenge, bad encoding, wrong size).
	ErrInvalidContribution = errors.New("invalid contribution")
	// ErrMismatch: a file is not what recomputation from its inputs gives (initial transcripts, sealed
	// phase 1, evaluations, keys).
	ErrMismatch = errors.New("does not match recomputation")
)

// FileError is the error of a step (init, contribute, close-phase1, verify, finalize) on one file of
// the ceremony directory.
type FileError struct {
	Step string // the step that failed, e.g. "verify"
	File string // the file's base name in the ceremony directory, e.g. "phase1-002.bin"
	Err  error
}

func (e *FileError) Error() string {
	return fmt.Sprintf("ceremony %s: %s: %v", e.Step, e.File, e.Err)
}

func (e *FileError) Unwrap() error { return e.Err }

func fileErr(step, file string, err error) error {
	return &FileError{Step: step, File: file, Err: err}
}

func fileErrf(step, file string, format string, args ...any) error {
	return &FileError{Step: step, File: file, Err: fmt.Errorf(format, args...)}
}

// writeAtomic writes a file through write into a temporary file in the same directory, syncs it and
// renames it to name. Unless replace is set, an existing file of that name is an error (the caller holds
// the directory lock, so nobody creates it in between). It returns the hex SHA-256 of what was written.
func writeAtomic(dir, name string, replace bool, write func(io.Writer) error) (string, error) {
	path := filepath.Join(dir, name)
	if !replace {
		if _, err := os.Lstat(path); err == nil {
			return "", fmt.Errorf("%s already exists", name)
		} else if !errors.Is(err, os.ErrNotExist) {
			return "", err
		}
	}
	h := sha256.New()
	err := atomicfile.WriteFunc(path, 0o644, func(w io.Writer) error {
		bw := bufio.NewWriterSize(io.MultiWriter(w, h), 1<<20)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	})
	if err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// writeBytesAtomic is writeAtomic for data in memory.
func writeBytesAtomic(dir, name string, replace bool, data []byte) (string, error) {
	return writeAtomic(dir, name, replace, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// hashFile returns the hex SHA-256 and size of a file.
func hashFile(path string) (string, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return "", 0, err
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

// hashWriterTo returns the hex SHA-256 and length of v's serialisation.
func hashWriterTo(v io.WriterTo) (string, int64, error) {
	h := sha256.New()
	cw := &countingWriter{w: h}
	if _, err := v.WriteTo(cw); err != nil {
		return "", 0, err
	}
	return hex.EncodeToString(h.Sum(nil)), cw.n, nil
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

type readerWriter interface {
	io.ReaderFrom
	io.WriterTo
}

// readObject decodes the file at path into v and returns the file's hex SHA-256. If wantSize is not
// negative the file must have exactly that size (checked before decoding, so that a corrupted length
// prefix cannot make the decoder allocate without bound). The whole file must be consumed, and if
// canonical is set, v must serialise back to exactly the file's bytes, so that the file's hash is the
// hash gnark computes over the object.
func readObject(path string, v readerWriter, wantSize int64, canonical bool) (digest string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return "", err
	}
	if wantSize >= 0 && st.Size() != wantSize {
		return "", fmt.Errorf("size is %d bytes, expected %d", st.Size(), wantSize)
	}
	h := sha256.New()
	br := bufio.NewReaderSize(io.TeeReader(f, h), 1<<20)
	if err := safely(func() error {
		_, err := v.ReadFrom(br)
		return err
	}); err != nil {
		return "", fmt.Errorf("cannot decode: %v", err)
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return "", errors.New("trailing data after the encoded object")
	}
	digest = hex.EncodeToString(h.Sum(nil))
	if canonical {
		again, _, err := hashWriterTo(v)
		if err != nil {
			return "", err
		}
		if again != digest {
			return "", errors.New("not in gnark's canonical encoding")
		}
	}
	return digest, nil
}

// safely runs f, turning a panic (gnark panics on some malformed inputs) into an error.
func safely(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return f()
}
