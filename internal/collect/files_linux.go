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
