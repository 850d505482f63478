//go:build !linux

package collect

import "errors"

// statxMountID fails: mount IDs are Linux's.
func statxMountID(string) (uint64, error) {
	return 0, errors.New("mount tables are only collected on Linux")
}
