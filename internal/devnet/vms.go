//go:build unix

package devnet

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gopkg.in/yaml.v3"

	"github.com/vmattest/vmattest/internal/agent"
	"github.com/vmattest/vmattest/internal/collect"
	"github.com/vmattest/vmattest/internal/enclave"
	"github.com/vmattest/vmattest/internal/onchain"
	"github.com/vmattest/vmattest/internal/protocol"
	qemuargs "github.com/vmattest/vmattest/internal/qemu"
	"github.com/vmattest/vmattest/internal/subset"
)

// The guest workload: a firmware image placed at guestGPA in the guest's RAM.
const (
	guestGPA      = 0x200000
	guestFirmware = 256 << 10
	guestRAM      = "64M"
	guestRAMBytes = 64 << 20
)

// startWorkloads makes each selected workload, writes its subset manifest and approves the subset.
func (d *Devnet) startWorkloads(ctx context.Context) error {
	d.step("Preparing the attested workloads and approving their subsets (every hash algorithm, max age %d s, max future skew %d s)",
		subsetMaxAge, subsetMaxFutureSkew)
	type workload struct {
		name string
		make func(ctx context.Context, v *VM) ([]subset.Region, error)
	}
	for _, w := range []workload{{WorkloadHost, d.hostWorkload}, {WorkloadGuest, d.guestWorkload}, {WorkloadKeeper, d.keeperWorkload}} {
		if !d.opts.has(w.name) {
			continue
		}
		v := &VM{Name: w.name, ID: newVMID(), dir: filepath.Join(d.opts.Dir, "vms", w.name)}
		if err := os.MkdirAll(v.dir, 0o755); err != nil {
			return err
		}
		regions, err := w.make(ctx, v)
		if err != nil {
			return fmt.Errorf("devnet: the %s workload: %w", w.name, err)
		}
		if regions == nil {
			continue // not available here; the notes said why
		}
		m := &subset.Manifest{Schema: subset.Schema, Name: "devnet-" + w.name, Version: "1", Description: v.Description, Regions: regions}
		if err := m.Validate(); err != nil {
			return fmt.Errorf("devnet: the %s subset: %w", w.name, err)
		}
		data, err := yaml.Marshal(m)
		if err != nil {
			return err
		}
		v.Manifest = filepath.Join(d.opts.Dir, "subsets", w.name+".yaml")
		if err := os.WriteFile(v.Manifest, data, 0o644); err != nil {
			return err
		}
		// The identifier of the file as the agents load it (loading makes the defaults explicit).
		loaded, err := subset.Load(v.Manifest)
		if err != nil {
			return fmt.Errorf("devnet: the %s subset: %w", w.name, err)
		}
		v.Subset = common.Hash(loaded.ID())
		if v.kernel != nil {
			// The golden digest is computed now, before the guest is ever attested: a guest compromised before
			// its first attestation cannot set its own baseline.
			if v.OfflineGolden, err = offlineGolden(loaded, v.kernel); err != nil {
				return err
			}
			v.GoldenPlatform = v.kernel.platform
			v.Notes = append(v.Notes, fmt.Sprintf("golden digest computed OFFLINE from the -dbg vmlinux (vmattest kernel golden --platform %s), "+
				"not taken from a first attestation: %s (%s)", v.kernel.platform, v.OfflineGolden.Hex(), nodeHashAlg))
		}
		if err := d.approveSubset(ctx, v); err != nil {
			return err
		}
		if w.name == WorkloadGuest && d.opts.Nodes > 1 {
			v.Quorum = d.opts.Quorum
			if err := d.admin(ctx, "setQuorum(guest)", d.Contracts.Verifier,
				onchain.PackSetQuorum(v.Subset, uint8(v.Quorum), quorumWindow)); err != nil {
				return err
			}
			v.Description += fmt.Sprintf("; attested by %d nodes, each with its own agent and key: the verifier records a state %d of them agree on within %d s",
				d.opts.Nodes, v.Quorum, quorumWindow)
		}
		d.say("%-7s vm %s  subset %s", v.Name, v.ID, v.Subset.Hex())
		d.say("        %s", v.Description)
		for _, n := range v.Notes {
			d.say("        note: %s", n)
		}
		d.VMs = append(d.VMs, v)
	}
	if len(d.VMs) == 0 {
		return fmt.Errorf("devnet: no workload could be started")
	}
	return nil
}

// newVMID returns a random version-4 UUID.
func newVMID() protocol.VMID {
	var id protocol.VMID
	_, _ = rand.Read(id[:])
	id[6] = id[6]&0x0f | 0x40
	id[8] = id[8]&0x3f | 0x80
	return id
}

// hostWorkload is this machine: the mount table of pid 1 and the kernel facts. Its root is usually
// read-write, so its readonlyroot proof is refused: that is the correct answer.
func (d *Devnet) hostWorkload(_ context.Context, v *VM) ([]subset.Region, error) {
	v.Description = "this machine: the mount table of pid 1, the kernel command line and modules"
	v.Property = ReadOnlyRoot
	return []subset.Region{
		{Name: "mounts", Mounts: &subset.MountsSpec{Process: subset.ProcessSelector{PID: 1}}},
		{Name: "kernel", Kernel: &subset.KernelSpec{}},
	}, nil
}

// firmware returns the guest's deterministic firmware image.
func firmware() []byte {
	out := make([]byte, 0, guestFirmware)
	var ctr [8]byte
	for i := uint64(0); len(out) < guestFirmware; i++ {
		binary.BigEndian.PutUint64(ctr[:], i)
		s := sha256.Sum256(append([]byte("vmattest devnet guest firmware"), ctr[:]...))
		out = append(out, s[:]...)
	}
	return out
}

// guestWorkload boots the real Linux guest of scripts/fetch-guest.sh and attests its kernel's structures
// (kernelWorkload). When that kernel cannot be fetched it starts a QEMU guest whose RAM is a shared
// memory-backend file, paused before its first instruction with the firmware image loaded at guestGPA (no
// guest OS is needed), and attests that range of its RAM beside the hypervisor. Without QEMU it writes a raw
// memory image with the same contents. The notes say which.
func (d *Devnet) guestWorkload(ctx context.Context, v *VM) ([]subset.Region, error) {
	fw := filepath.Join(v.dir, "firmware.bin")
	if err := os.WriteFile(fw, firmware(), 0o644); err != nil {
		return nil, err
	}
	qemu := d.opts.QEMU
	if qemu == "" {
		qemu, _ = exec.LookPath("qemu-system-x86_64")
	}
	if qemu != "" && qemu != "none" {
		regions, err := d.kernelWorkload(ctx, v, qemu)
		if !errors.Is(err, errNoKernelGuest) {
			return regions, err
		}
		v.Notes = append(v.Notes, fmt.Sprintf("the real Linux guest is not available (%v): a QEMU guest paused before its first "+
			"instruction, holding a firmware blob, stands in", err))
	}
	region := subset.Region{Name: "firmware", GuestMemory: &subset.GuestMemSpec{
		Ranges: []subset.GPARange{{GPA: guestGPA, Length: guestFirmware}}}}
	if qemu == "" || qemu == "none" {
		img := filepath.Join(v.dir, "guest.ram")
		f, err := os.Create(img)
		if err != nil {
			return nil, err
		}
		_, err = f.WriteAt(firmware(), guestGPA)
		if err == nil {
			err = f.Truncate(guestRAMBytes)
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return nil, err
		}
		v.Description = fmt.Sprintf("a guest's memory: GPA [%#x, +%d KiB) of a raw memory image", guestGPA, guestFirmware>>10)
		why := "QEMU (qemu-system-x86_64) is not installed (scripts/install-deps.sh installs it)"
		if qemu == "none" {
			why = "QEMU is turned off (--qemu none)"
		}
		v.Notes = append(v.Notes, why+": a raw memory image (format raw-dump) with the same contents stands in for the guest's RAM")
		region.GuestMemory.Path, region.GuestMemory.Format = img, "raw-dump"
		v.stateFile = img
		return []subset.Region{region}, nil
	}
	shm := "/dev/shm"
	if st, err := os.Stat(shm); err != nil || !st.IsDir() {
		shm = v.dir
	}
	ram := filepath.Join(shm, fmt.Sprintf("vmattest-devnet-%d-%d.ram", os.Getpid(), time.Now().UnixNano()))
	qmp := filepath.Join(v.dir, "qmp.sock")
	argv := append([]string{qemu, "-name", "vmattest-devnet-guest"}, qemuargs.Args(guestRAM, ram, qmp, map[uint64]string{guestGPA: fw})...)
	p, err := startProc("qemu", filepath.Join(d.opts.Dir, "logs", "qemu.log"), argv...)
	if err != nil {
		return nil, err
	}
	d.workloads = append(d.workloads, p)
	d.cleanups = append(d.cleanups, func() { os.Remove(ram) })
	// QMP answers from QEMU's main loop, which starts after the loader has copied the image into RAM.
	if err := p.waitFor(ctx, 60*time.Second, "answering QMP", func(context.Context) error { return qemuargs.Ready(qmp) }); err != nil {
		return nil, err
	}
	v.Description = fmt.Sprintf("a QEMU guest's memory (pid %d, %s RAM, paused): GPA [%#x, +%d KiB) read beside the hypervisor from %s",
		p.Pid(), guestRAM, guestGPA, guestFirmware>>10, ram)
	region.GuestMemory.Path, region.GuestMemory.Format = ram, "memory-backend-file"
	v.stateFile = ram
	return []subset.Region{region}, nil
}

// keeperWorkload starts a keeper sandbox: a process in its own user and mount namespaces whose root mount is
// remounted read-only, and attests its mount table (through a pid file) and its configuration file. When
// the sandbox cannot be made (no unshare, user namespaces disabled) the workload is left out, with a note.
func (d *Devnet) keeperWorkload(ctx context.Context, v *VM) ([]subset.Region, error) {
	v.Property = ReadOnlyRoot
	conf := filepath.Join(v.dir, "keeper.toml")
	if err := os.WriteFile(conf, []byte("# devnet keeper\nvault = \"KeeperVault\"\nmax_withdrawal_wei = \"1000000000000000000\"\nmax_slippage_bps = 30\n"), 0o644); err != nil {
		return nil, err
	}
	unshare, err := exec.LookPath("unshare")
	if err != nil {
		d.say("keeper: skipped: unshare (util-linux) is not installed, so no read-only-root sandbox can be made")
		return nil, nil
	}
	p, err := startProc("keeper", filepath.Join(d.opts.Dir, "logs", "keeper.log"), unshare, "--user", "--map-root-user", "--mount",
		"sh", "-c", "mount -o remount,bind,ro / && exec sleep 2147483647")
	if err != nil {
		return nil, err
	}
	d.workloads = append(d.workloads, p)
	// unshare and sh exec: the sandbox's pid is the child's. Wait until its root mount is read-only.
	pid := p.Pid()
	err = p.waitFor(ctx, 10*time.Second, "read-only", func(context.Context) error {
		mounts, err := collect.ProcessMounts(collect.Options{}, pid)
		if err != nil {
			return err
		}
		if !mounts[0].ReadOnly {
			return fmt.Errorf("the sandbox's / is not read-only yet")
		}
		return nil
	})
	if err != nil {
		d.say("keeper: skipped: the read-only-root sandbox could not be made (user namespaces disabled?): %v", err)
		p.stop(syscall.SIGKILL, time.Second)
		return nil, nil
	}
	pidFile := filepath.Join(v.dir, "keeper.pid")
	if err := os.WriteFile(pidFile, []byte(strconv.Itoa(pid)+"\n"), 0o644); err != nil {
		return nil, err
	}
	v.Description = fmt.Sprintf("a keeper sandbox (pid %d) whose root filesystem is mounted read-only: its mount table and %s", pid, filepath.Base(conf))
	return []subset.Region{
		{Name: "mounts", Mounts: &subset.MountsSpec{Process: subset.ProcessSelector{PIDFile: pidFile}}},
		{Name: "config", File: &subset.FileSpec{Path: conf}},
	}, nil
}

var approvedRE = regexp.MustCompile(`in tx (0x[0-9a-fA-F]{64}) \(block \d+, gas (\d+)\): (\S+)`)

// registerVMs makes each VM's attestation key in its own simulated SEV-SNP device and registers it: the
// registrar verifies the evidence (report signature and certificate chain, the key bound in REPORT_DATA)
// and approves the key on chain. All through the vmattest CLI, as an operator would.
func (d *Devnet) registerVMs(ctx context.Context) error {
	d.step("Generating each VM's attestation key inside a simulated SEV-SNP device (INSECURE: devnets only) and registering it through its evidence")
	registrar := filepath.Join(d.opts.Dir, "registrar.key")
	if err := os.WriteFile(registrar, []byte(adminKeyHex+"\n"), 0o600); err != nil {
		return err
	}
	for _, v := range d.VMs {
		register := d.registerKey
		if v.Name == WorkloadKeeper && d.snpKeys != "" {
			register = d.registerKeyByProof
		}
		key, err := register(ctx, v, v.dir, registrar, v.Name)
		if err != nil {
			return err
		}
		v.Key = key
		for i := 1; v.Quorum > 0 && i < d.opts.Nodes; i++ {
			r := &Replica{Node: i, dir: filepath.Join(v.dir, fmt.Sprintf("node-%d", i+1)), Dissenting: i+1 == d.opts.DissentingNode}
			if err := os.MkdirAll(r.dir, 0o755); err != nil {
				return err
			}
			if r.Key, err = d.registerKey(ctx, v, r.dir, registrar, fmt.Sprintf("%s (node %d)", v.Name, i+1)); err != nil {
				return err
			}
			v.Replicas = append(v.Replicas, r)
		}
	}
	return nil
}

// makeKey makes a key for v in its own simulated SEV-SNP device under dir (vmattest keys generate, with extra
// flags) and writes the device's root certificates; it returns the device's directory, the key's directory,
// the roots' file and the key's registration.
func (d *Devnet) makeKey(ctx context.Context, dir, label string, extra ...string) (sim, key, root string, reg *enclave.Registration, err error) {
	sim, key, root = filepath.Join(dir, "snpsim"), filepath.Join(dir, "key"), filepath.Join(dir, "snpsim-root.pem")
	args := append([]string{d.opts.Bin, "keys", "generate", "--tee", "sev-snp-sim", "--sim-dir", sim, "--dir", key,
		"--chain-id", strconv.FormatUint(d.ChainID, 10), "--registry", d.Contracts.Registry.Hex(), "--valid-for", "720h"}, extra...)
	if _, err = runTool(ctx, args...); err != nil {
		return "", "", "", nil, fmt.Errorf("devnet: %s: %w", label, err)
	}
	if _, err = runTool(ctx, d.opts.Bin, "evidence", "sim-root", "--sim-dir", sim, "--out", root); err != nil {
		return "", "", "", nil, fmt.Errorf("devnet: %s: %w", label, err)
	}
	if reg, err = enclave.LoadRegistration(filepath.Join(key, "registration.json")); err != nil {
		return "", "", "", nil, fmt.Errorf("devnet: %s: %w", label, err)
	}
	return sim, key, root, reg, nil
}

// registerKey makes a key for v in its own simulated SEV-SNP device under dir and registers it through its
// evidence; it returns the key's address.
func (d *Devnet) registerKey(ctx context.Context, v *VM, dir, registrar, label string) (common.Address, error) {
	_, key, root, reg, err := d.makeKey(ctx, dir, label)
	if err != nil {
		return common.Address{}, err
	}
	tx, gas, err := d.keysRegister(ctx, "approveKey("+label+")", "--registration", filepath.Join(key, "registration.json"),
		"--vm", v.ID.String(), "--rpc", d.RPC, "--operator-key", registrar, "--sim-root", root, "--allow-insecure")
	if err != nil {
		return common.Address{}, err
	}
	d.say("%-7s key %s: evidence verified, approved in tx %s (gas %d)", label, reg.Binding.Address(), tx.Hex(), gas)
	return reg.Binding.Address(), nil
}

// keysRegister runs `vmattest keys register ARGS`, checks that the key is active, and records the transaction
// as what.
func (d *Devnet) keysRegister(ctx context.Context, what string, args ...string) (common.Hash, uint64, error) {
	out, err := runTool(ctx, append([]string{d.opts.Bin, "keys", "register"}, args...)...)
	if err != nil {
		return common.Hash{}, 0, fmt.Errorf("devnet: %s: %w", what, err)
	}
	m := approvedRE.FindStringSubmatch(out)
	if m == nil || m[3] != "ACTIVE" {
		return common.Hash{}, 0, fmt.Errorf("devnet: %s: the key is not active: %s", what, strings.TrimSpace(out))
	}
	gas, _ := new(big.Int).SetString(m[2], 10)
	r := TxRecord{What: what, Hash: common.HexToHash(m[1]), GasUsed: gas.Uint64()}
	d.Receipts = append(d.Receipts, r)
	return r.Hash, r.GasUsed, nil
}

// startAgents writes each VM's agent configurations and runs `vmattest agent`: one per VM, and one per
// further node for a quorum VM.
func (d *Devnet) startAgents(ctx context.Context) error {
	d.step("Starting one agent per VM and node (each holds its own key; only its node's operator may call it)")
	for _, v := range d.VMs {
		url, p, err := d.startAgent(ctx, v, v.dir, v.Name, 0, false)
		if err != nil {
			return err
		}
		v.AgentURL, v.agent = url, p
		for _, r := range v.Replicas {
			label := fmt.Sprintf("%s-node-%d", v.Name, r.Node+1)
			if r.AgentURL, r.agent, err = d.startAgent(ctx, v, r.dir, label, r.Node, r.Dissenting); err != nil {
				return err
			}
		}
	}
	return nil
}

// startAgent runs an agent of v from the key in dir, serving node's operator. A dissenting agent runs in its
// own user and mount namespaces where a tampered copy of v's state file is bind-mounted over the original: it
// reads another state at the same path, under the same subset.
func (d *Devnet) startAgent(ctx context.Context, v *VM, dir, label string, node int, dissenting bool) (string, *proc, error) {
	port, err := freePort()
	if err != nil {
		return "", nil, err
	}
	cfg := &agent.FileConfig{
		Listen: fmt.Sprintf("127.0.0.1:%d", port), StateDir: "state", ChainID: d.ChainID,
		Verifier: d.Contracts.Verifier.Hex(), Window: "30s",
		Key:          agent.FileKey{TEE: "sev-snp-sim", SimDir: "snpsim", Dir: "key"},
		AllowedNodes: []string{addr(mustKey(nodeKeys[node])).Hex()},
		VMs:          []agent.FileVM{{ID: v.ID.String(), Subsets: []string{v.Manifest}, Algorithms: []string{"blake3", "sha256"}}},
	}
	if v.Property != "" {
		cfg.ZKKeysDir = d.zkKeys
	}
	path := filepath.Join(dir, "agent.yaml")
	if err := writeYAML(path, "# vmattest devnet agent (written by vmattest devnet; see docs/agent.example.yaml)\n", cfg); err != nil {
		return "", nil, err
	}
	argv := []string{d.opts.Bin, "agent", "--config", path}
	if dissenting {
		tampered, err := tamperedCopy(v, filepath.Join(dir, "tampered-state"))
		if err != nil {
			return "", nil, fmt.Errorf("devnet: the dissenting agent's state: %w", err)
		}
		unshare, err := exec.LookPath("unshare")
		if err != nil {
			return "", nil, fmt.Errorf("devnet: a dissenting node needs unshare (util-linux): %w", err)
		}
		argv = append([]string{unshare, "--user", "--map-root-user", "--mount", "sh", "-c",
			`mount --bind "$1" "$2" || exit 1; shift 2; exec "$@"`, "sh", tampered, v.stateFile}, argv...)
	}
	p, err := startProc("agent "+label, filepath.Join(d.opts.Dir, "logs", "agent-"+label+".log"), argv...)
	if err != nil {
		return "", nil, err
	}
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	if err := p.waitFor(ctx, 30*time.Second, "healthy", httpOK(url+"/healthz")); err != nil {
		return "", nil, err
	}
	note := ""
	if dissenting {
		note = " — DISSENTING: it sees a tampered copy of the guest's memory"
	}
	d.say("%-7s agent %s (pid %d)%s", label, url, p.Pid(), note)
	return url, p, nil
}

// tamperedCopy copies v's state file to dst tampered: one byte of the firmware range flipped or, for the
// Linux guest, the simulated rootkit's sys_call_table hook.
func tamperedCopy(v *VM, dst string) (string, error) {
	data, err := os.ReadFile(v.stateFile)
	if err != nil {
		return "", err
	}
	if v.kernel != nil {
		if _, err := v.kernel.copyEntry(data, rootkitEntry, rootkitSource); err != nil {
			return "", err
		}
		return dst, os.WriteFile(dst, data, 0o644)
	}
	if len(data) <= guestGPA+100 {
		return "", fmt.Errorf("%s has %d bytes, too few", v.stateFile, len(data))
	}
	data[guestGPA+100] ^= 0xff
	return dst, os.WriteFile(dst, data, 0o644)
}

func sha256Hex(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}
