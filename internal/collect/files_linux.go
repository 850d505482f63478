package collect

import (
	"os"

	"golang.org/x/sys/unix"
)

// pseudoFS lists the file systems whose files are generated when read (statfs f_type).
var pseudoFS = map[int64]bool{
	unix.PROC_SUPER_MAGIC:    true,
	unix.SYSFS_MAGIC:         true,
	unix.DEBUGFS_MAGIC:       true,
	unix.TRACEFS_MAGIC:       true,
	unix.SECURITYFS_MAGIC:    true,
	unix.CGROUP_SUPER_MAGIC:  true,
	unix.CGROUP2_SUPER_MAGIC: true,
	0x62656570:               true, // configfs
}

// generated reports whether f's size is not to be trusted: it is on a pseudo file system, or says 0.
func generated(f *os.File, size int64) bool {
	if size == 0 {
		return true
	}
	var st unix.Statfs_t
	if err := unix.Fstatfs(int(f.Fd()), &st); err != nil {
		return false
	}
	return pseudoFS[int64(st.Type)]
}

// mapFile maps size bytes of f read-only; unmap releases the mapping. MADV_SEQUENTIAL and MADV_WILLNEED ask
// the kernel to read ahead a file that is not in the page cache.
func mapFile(f *os.File, size int64) (b []byte, unmap func(), err error) {
	if size <= 0 || int64(int(size)) != size {
		return nil, nil, unix.EINVAL
	}
	b, err = unix.Mmap(int(f.Fd()), 0, int(size), unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return nil, nil, err
	}
	_ = unix.Madvise(b, unix.MADV_SEQUENTIAL)
	_ = unix.Madvise(b, unix.MADV_WILLNEED)
	return b, func() { _ = unix.Munmap(b) }, nil
}
