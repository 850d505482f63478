package collect_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"

	"github.com/vmattest/vmattest/circuits/readonlyroot"
	"github.com/vmattest/vmattest/internal/collect"
	"github.com/vmattest/vmattest/internal/digest"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/subset"
	"github.com/vmattest/vmattest/internal/zkcommit"
)

// The tests below build real mount namespaces: the test binary runs itself again in a new, private mount
// namespace (exec with CLONE_NEWNS; Go marks "/" recursively private in it), the child sets the scene named
// by nsSceneEnv under the directory nsDirEnv, prints "ready" and waits for its stdin to close; the test
// then collects the child's mounts from the real /proc, through statx of /proc/PID/root.
const (
	nsSceneEnv = "VMATTEST_TEST_MOUNTNS_SCENE"
	nsDirEnv   = "VMATTEST_TEST_MOUNTNS_DIR"
)

func TestMain(m *testing.M) {
	if scene := os.Getenv(nsSceneEnv); scene != "" {
		os.Exit(runScene(scene, os.Getenv(nsDirEnv)))
	}
	os.Exit(m.Run())
}

// nsNames are the mount point names of the "bytes" scene: every byte the kernel escapes or does not, and a
// name that strings.Fields would read as mount options "ro,nosuid".
var nsNames = []string{"sp ace", "t\tab", "new\nline", `back\slash`, "v\vtab", "form\ffeed", "car\rret", "nb\u00a0sp", "#hash", "x\vro,nosuid\v-\vsquashfs"}

func mount(source, target, fsType string, flags uintptr) error {
	if err := unix.Mount(source, target, fsType, flags, ""); err != nil {
		return fmt.Errorf("mount %q on %q (%s, flags %#x): %w", source, target, fsType, flags, err)
	}
	return nil
}

// runScene runs in the child, in its own mount namespace: it builds the scene and holds it until stdin
// closes. Each scene makes a tmpfs at dir the process's root (chroot), so that the scene is the same
// whatever this machine's root is.
func runScene(scene, dir string) int {
	err := func() error {
		if scene == "keeper" {
			// internal/devnet's keeper sandbox: this namespace's own "/" remounted read-only, no chroot.
			return mount("", "/", "", unix.MS_REMOUNT|unix.MS_BIND|unix.MS_RDONLY)
		}
		if err := mount("ns-root", dir, "tmpfs", 0); err != nil {
			return err
		}
		for _, d := range []string{"a", "stage", "stage2", "m", "jail"} {
			if err := os.Mkdir(filepath.Join(dir, d), 0o755); err != nil {
				return err
			}
		}
		switch scene {
		case "stacked":
			// A read-only tmpfs mounted over the read-write root: it is stacked on the root, which stays
			// the process's root.
			if err := chroot(dir); err != nil {
				return err
			}
			return mount("ro-over-root", "/", "tmpfs", unix.MS_RDONLY)
		case "bytes":
			if err := chroot(dir); err != nil {
				return err
			}
			for _, n := range nsNames {
				if err := os.Mkdir("/m/"+n, 0o755); err != nil {
					return err
				}
				if err := mount("src-"+n, "/m/"+n, "tmpfs", 0); err != nil {
					return err
				}
			}
			return nil
		case "moved":
			// "top" is made first (so listed first), then "bottom" at /a, then top is moved onto /a:
			// top covers bottom, listed before it. A read-only tmpfs is moved onto "/" the same way.
			if err := chroot(dir); err != nil {
				return err
			}
			if err := mount("top-rw", "/stage", "tmpfs", 0); err != nil {
				return err
			}
			if err := mount("bottom-ro", "/a", "tmpfs", unix.MS_RDONLY); err != nil {
				return err
			}
			if err := mount("/stage", "/a", "", unix.MS_MOVE); err != nil {
				return err
			}
			if err := mount("moved-ro", "/stage2", "tmpfs", unix.MS_RDONLY); err != nil {
				return err
			}
			return mount("/stage2", "/", "", unix.MS_MOVE)
		case "readonly":
			// The root is a read-only bind of the tmpfs (as the devnet keeper's sandbox remounts its "/"),
			// with a read-write mount under it; the read-write tmpfs it binds is left outside the process's root.
			if err := mount("data-rw", filepath.Join(dir, "a"), "tmpfs", 0); err != nil {
				return err
			}
			if err := mount(dir, dir, "", unix.MS_BIND|unix.MS_REC); err != nil {
				return err
			}
			if err := mount("", dir, "", unix.MS_REMOUNT|unix.MS_BIND|unix.MS_RDONLY); err != nil {
				return err
			}
			return chroot(dir)
		case "plaindir":
			// A chroot into a directory that is not the root of a mount: the root mount is not listed.
			return chroot(filepath.Join(dir, "jail"))
		}
		return fmt.Errorf("unknown scene %q", scene)
	}()
	if err != nil {
		fmt.Printf("error: %v\n", err)
		return 1
	}
	fmt.Println("ready")
	_, _ = io.Copy(io.Discard, os.Stdin)
	return 0
}

func chroot(dir string) error {
	if err := unix.Chroot(dir); err != nil {
		return fmt.Errorf("chroot %s: %w", dir, err)
	}
	return unix.Chdir("/")
}

// startScene runs the scene in a child in a new private mount namespace and returns its pid and its
// mountinfo once the scene is ready. It skips the test when this machine does not permit a new mount
// namespace.
func startScene(t *testing.T, scene string) (int, string) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), nsSceneEnv+"="+scene, nsDirEnv+"="+t.TempDir())
	cmd.SysProcAttr = &syscall.SysProcAttr{Unshareflags: syscall.CLONE_NEWNS}
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		if errors.Is(err, syscall.EPERM) || errors.Is(err, syscall.EINVAL) {
			t.Skipf("skipped: a new mount namespace is not permitted here: %v", err)
		}
		t.Fatal(err)
	}
	t.Cleanup(func() {
		stdin.Close()
		_ = cmd.Wait()
	})
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if line != "ready\n" {
		if strings.Contains(line, "operation not permitted") {
			t.Skipf("skipped: mounting is not permitted in a new mount namespace here: %s", line)
		}
		t.Fatalf("scene %s: %q, %v", scene, line, err)
	}
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/mountinfo", cmd.Process.Pid))
	if err != nil {
		t.Fatal(err)
	}
	return cmd.Process.Pid, string(data)
}

// mountsOf collects the mounts region of process pid from the real /proc and commits to it.
func mountsOf(t *testing.T, pid int) (*zkcommit.Opening, error) {
	t.Helper()
	m := &subset.Manifest{Schema: subset.Schema, Name: "mountns", Version: "1", Regions: []subset.Region{
		{Name: "mounts", Mounts: &subset.MountsSpec{Process: subset.ProcessSelector{PID: pid}}}}}
	alg, err := digest.Lookup("sha256")
	if err != nil {
		t.Fatal(err)
	}
	res, err := collect.Collect(context.Background(), m, alg, collect.Options{})
	if err != nil {
		return nil, err
	}
	o, err := zkcommit.FromResult(protocol.VMID{0x0b, 0x5e}, res)
	if err != nil {
		t.Fatal(err)
	}
	return o, nil
}

// mustMountsOf is mountsOf for a scene that must be collected: it returns the opening and the mounts in
// effect by mount point, after checking that the mount table alone gives the same mounts.
func mustMountsOf(t *testing.T, pid int) (*zkcommit.Opening, map[string]collect.MountFact) {
	t.Helper()
	o, err := mountsOf(t, pid)
	if err != nil {
		t.Fatal(err)
	}
	// The root the mount table alone gives (used when /proc/PID/root may not be resolved) is statx's.
	denied := func(int) (uint64, error) { return 0, fmt.Errorf("statx: %w", fs.ErrPermission) }
	fromTable, err := collect.ProcessMounts(collect.Options{RootMountID: denied}, pid)
	if err != nil || !reflect.DeepEqual(fromTable, o.Mounts()) {
		t.Fatalf("from the mount table alone: %+v, %v; from statx: %+v", fromTable, err, o.Mounts())
	}
	return o, byMountPoint(o.Mounts())
}

// refusedBeforeProving checks that readonlyroot.Assign, the step before proving, refuses o's state.
func refusedBeforeProving(t *testing.T, o *zkcommit.Opening) {
	t.Helper()
	if _, err := readonlyroot.Assign(o); !errors.Is(err, readonlyroot.ErrRootWritable) {
		t.Fatalf("readonlyroot.Assign = %v, want ErrRootWritable", err)
	}
}

func byMountPoint(ms []collect.MountFact) map[string]collect.MountFact {
	out := make(map[string]collect.MountFact, len(ms))
	for _, m := range ms {
		out[m.MountPoint] = m
	}
	return out
}

// TestMountNS_readOnlyStackedOnWritableRoot_refused: a read-only tmpfs mounted over a read-write "/" does
// not change the process's root; the collector commits the read-write root mount and readonlyroot.Assign
// refuses (ErrRootWritable) before any proof. Under "the last entry at "/" counts" it was accepted.
func TestMountNS_readOnlyStackedOnWritableRoot_refused(t *testing.T) {
	pid, mountinfo := startScene(t, "stacked")
	if !strings.Contains(mountinfo, " / ro,") || !strings.Contains(mountinfo, " - tmpfs ro-over-root ") {
		t.Fatalf("the scene has no read-only mount at \"/\":\n%s", mountinfo)
	}
	o, got := mustMountsOf(t, pid)
	if root := got["/"]; root.Source != "ns-root" || root.ReadOnly || len(got) != 1 {
		t.Fatalf("mounts in effect %+v, want only the read-write ns-root", o.Mounts())
	}
	refusedBeforeProving(t, o)
}

// TestMountNS_unusualMountPointBytes_exact: mount points and sources holding every escaped and unescaped
// byte come back exactly, and no field shifts (the mounts stay read-write, of type tmpfs).
func TestMountNS_unusualMountPointBytes_exact(t *testing.T) {
	pid, _ := startScene(t, "bytes")
	o, got := mustMountsOf(t, pid)
	if len(got) != len(nsNames)+1 {
		t.Errorf("%d mounts in effect, want %d: %+v", len(got), len(nsNames)+1, o.Mounts())
	}
	for _, n := range nsNames {
		m, ok := got["/m/"+n]
		if !ok || m.Source != "src-"+n || m.FSType != "tmpfs" || m.ReadOnly || !strings.HasPrefix(m.MountOptions, "rw,") {
			t.Errorf("mount at %q: %+v (found %v)", "/m/"+n, m, ok)
		}
	}
	refusedBeforeProving(t, o)
}

// TestMountNS_movedMounts_treeNotListOrder: after mount --move, list order is not stacking order: the
// mount covering /a is listed before the one it covers, and a read-only tmpfs moved onto "/" is listed
// after the root. The collector finds the visible /a and the real root, and readonlyroot.Assign refuses.
func TestMountNS_movedMounts_treeNotListOrder(t *testing.T) {
	pid, mountinfo := startScene(t, "moved")
	if i, j := strings.Index(mountinfo, " top-rw "), strings.Index(mountinfo, " bottom-ro "); i < 0 || j < i {
		t.Fatalf("the scene does not list the covering mount first:\n%s", mountinfo)
	}
	o, got := mustMountsOf(t, pid)
	if a := got["/a"]; a.Source != "top-rw" || a.ReadOnly {
		t.Errorf("mount at /a = %+v, want top-rw", a)
	}
	if r := got["/"]; r.Source != "ns-root" || r.ReadOnly {
		t.Errorf("mount at / = %+v, want ns-root", r)
	}
	refusedBeforeProving(t, o)
}

// TestMountNS_readOnlyRoot_accepted: a process whose root is a read-only bind (a read-write mount under it
// and a read-write tmpfs below the bind) has the property: readonlyroot.Assign accepts.
func TestMountNS_readOnlyRoot_accepted(t *testing.T) {
	pid, _ := startScene(t, "readonly")
	o, got := mustMountsOf(t, pid)
	if r := got["/"]; !r.ReadOnly || r.Source != "ns-root" {
		t.Fatalf("mount at / = %+v, want the read-only bind of ns-root", r)
	}
	if a := got["/a"]; a.Source != "data-rw" || a.ReadOnly {
		t.Errorf("mount at /a = %+v, want data-rw", a)
	}
	if _, err := readonlyroot.Assign(o); err != nil {
		t.Fatalf("readonlyroot.Assign = %v", err)
	}
}

// TestMountNS_chrootIntoPlainDirectory_refused: a process chrooted into a directory that is not the root
// of a mount has no listed root mount; the collection fails (ErrMountTable) rather than guess.
func TestMountNS_chrootIntoPlainDirectory_refused(t *testing.T) {
	pid, _ := startScene(t, "plaindir")
	_, err := mountsOf(t, pid)
	if !errors.Is(err, collect.ErrMountTable) || !strings.Contains(err.Error(), "not listed") {
		t.Fatalf("collect = %v, want ErrMountTable (root mount not listed)", err)
	}
}

// TestMountNS_keeperSandbox_accepted: the devnet keeper's sandbox, a mount namespace whose "/" (a copy of
// this machine's root mount, with everything mounted below it) is remounted read-only, has the property.
func TestMountNS_keeperSandbox_accepted(t *testing.T) {
	pid, _ := startScene(t, "keeper")
	o, got := mustMountsOf(t, pid)
	if !got["/"].ReadOnly {
		t.Fatalf("mount at / = %+v, want read-only", got["/"])
	}
	if _, err := readonlyroot.Assign(o); err != nil {
		t.Fatalf("readonlyroot.Assign = %v", err)
	}
}

// TestProcessMounts_thisMachine: the real mount tables of this process and of pid 1 (with whatever is
// stacked and moved on this machine) are one consistent tree with the root mount at "/"; for this process,
// statx and the mount table alone agree.
func TestProcessMounts_thisMachine(t *testing.T) {
	for _, pid := range []int{os.Getpid(), 1} {
		ms, err := collect.ProcessMounts(collect.Options{}, pid)
		if pid == 1 && (errors.Is(err, fs.ErrPermission) || errors.Is(err, fs.ErrNotExist)) {
			t.Logf("pid 1's mount table is hidden from this process (hidepid?): %v", err)
			continue
		}
		if err != nil {
			t.Fatalf("pid %d: %v", pid, err)
		}
		if ms[0].MountPoint != "/" {
			t.Fatalf("pid %d: first mount %+v, want the root mount at /", pid, ms[0])
		}
	}
	denied := func(int) (uint64, error) { return 0, fmt.Errorf("statx: %w", fs.ErrPermission) }
	viaStatx, err1 := collect.ProcessMounts(collect.Options{}, os.Getpid())
	fromTable, err2 := collect.ProcessMounts(collect.Options{RootMountID: denied}, os.Getpid())
	if err1 != nil || err2 != nil || !reflect.DeepEqual(viaStatx, fromTable) {
		t.Fatalf("statx %+v (%v) and the mount table alone %+v (%v) disagree", viaStatx, err1, fromTable, err2)
	}
}
