package collect

import (
	"errors"
	"fmt"

	"golang.org/x/sys/unix"
)

// statxMountID returns the mount ID (as /proc/PID/mountinfo shows it) of the mount path resolves to,
// following symbolic and /proc magic links (/proc/PID/root resolves to the process's root mount itself, not
// to a mount stacked on it).
func statxMountID(path string) (uint64, error) {
	var st unix.Statx_t
	if err := unix.Statx(unix.AT_FDCWD, path, unix.AT_STATX_SYNC_AS_STAT, unix.STATX_MNT_ID, &st); err != nil {
		return 0, fmt.Errorf("failed to statx %s: %w", path, err)
	}
	if st.Mask&unix.STATX_MNT_ID == 0 {
		return 0, errors.New("the kernel does not report mount IDs (statx STATX_MNT_ID needs Linux 5.8 or later)")
	}
	return st.Mnt_id, nil
}
