package collect

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"

	"github.com/vmattest/vmattest/internal/digest"
	"github.com/vmattest/vmattest/internal/subset"
)

// MaxGeneratedFile bounds what is read of a generated file: a file of a pseudo file system (/proc, /sys,
// debugfs, tracefs, securityfs, cgroup, configfs) or any file whose size is 0 when it is opened. Such a file
// has no size to trust (/proc files say 0, sysfs files 4096), so it is read to its end, and one longer than
// this is refused rather than hashed in part.
const MaxGeneratedFile = 32 << 20

// ErrNotRegular means a region's path is not a regular file (a FIFO, socket, device or directory). Such a
// path is refused before anything is read from it: opening a FIFO would block, and a device has no end.
var ErrNotRegular = errors.New("not a regular file")

// ErrTooLarge means a generated file is longer than MaxGeneratedFile.
var ErrTooLarge = errors.New("generated file longer than the maximum read")

// openRegular opens path, the value of the manifest field named field, for reading without ever blocking:
// it refuses anything but a regular file before opening it, and opens it with O_NONBLOCK, so that a FIFO
// swapped in between the check and the open is not waited on either (the check is repeated on the open
// file).
func openRegular(path, field string) (*os.File, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("%s: failed to open: %w", field, err)
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: %w", field, notRegular(path, fi.Mode()))
	}
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0)
	if err != nil {
		return nil, fmt.Errorf("%s: failed to open: %w", field, &fs.PathError{Op: "open", Path: path, Err: err})
	}
	f := os.NewFile(uintptr(fd), path)
	if fi, err = f.Stat(); err != nil || !fi.Mode().IsRegular() {
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: failed to stat %s: %w", field, path, err)
		}
		return nil, fmt.Errorf("%s: %w", field, notRegular(path, fi.Mode()))
	}
	return f, nil
}

func notRegular(path string, mode fs.FileMode) error {
	kind := "a special file"
	switch t := mode.Type(); {
	case t&fs.ModeDir != 0:
		kind = "a directory"
	case t&fs.ModeNamedPipe != 0:
		kind = "a FIFO"
	case t&fs.ModeSocket != 0:
		kind = "a socket"
	case t&fs.ModeCharDevice != 0:
		kind = "a character device"
	case t&fs.ModeDevice != 0:
		kind = "a block device"
	}
	return fmt.Errorf("%s is %s: %w", path, kind, ErrNotRegular)
}

// readGenerated reads a generated file (see MaxGeneratedFile) to its end, honouring ctx between reads.
func readGenerated(ctx context.Context, f *os.File) ([]byte, error) {
	var out []byte
	buf := make([]byte, 64<<10)
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		n, err := f.Read(buf)
		out = append(out, buf[:n]...)
		if len(out) > MaxGeneratedFile {
			return nil, fmt.Errorf("%s: more than %d bytes: %w", f.Name(), MaxGeneratedFile, ErrTooLarge)
		}
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("failed to read %s: %w", f.Name(), err)
		}
	}
}

// hashGenerated hashes the byte ranges (the whole content when there are none) of a generated file's
// content, read to its end.
func hashGenerated(ctx context.Context, f *os.File, rangeField string, ranges func(size int64) ([]subset.FileRange, error), alg digest.Algorithm, opt Options) (Region, error) {
	data, err := readGenerated(ctx, f)
	if err != nil {
		return Region{}, err
	}
	rgs, err := ranges(int64(len(data)))
	if err != nil {
		return Region{}, err
	}
	secs, err := fileSections(digest.Bytes(data), f.Name(), rangeField, int64(len(data)), rgs)
	if err != nil {
		return Region{}, err
	}
	return hashSections(ctx, alg, secs, opt)
}
