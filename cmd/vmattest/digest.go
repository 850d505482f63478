package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/vmattest/vmattest/internal/collect"
	"github.com/vmattest/vmattest/internal/digest"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/subset"
	"github.com/vmattest/vmattest/internal/zkcommit"
)

func newDigestCmd() *cobra.Command {
	var (
		manifestPath, alg, dumpDir string
		commitOut, vmID, qmpSocket string
		files, guestMems, procs    []string
		kernels                    []string
		kernelOpt                  kernelFlags
		asJSON                     bool
		workers                    int
		maxPause                   time.Duration
	)
	cmd := &cobra.Command{
		Use:   "digest",
		Short: "Hash a subset of this machine's or a VM's state",
		Long: "Hash the regions of a subset manifest (--subset) or of ad-hoc regions given on the command line, and print\n" +
			"each region's digest, length and time, and the subset digest (docs/protocol.md). A region's digest is the\n" +
			"plain hash of its bytes: sha256sum, b3sum or a Keccak tool give the same from the same bytes.\n\n" +
			"Ad-hoc regions, in the order given (files, then guest memory, then processes):\n" +
			"  --file PATH[@OFFSET+LENGTH]        a file, or a byte range of it\n" +
			"  --guest-memory PATH@GPA+LENGTH     a guest-physical range of a live RAM file (memory-backend-file); with\n" +
			"                                     --qmp, read in one pause of the VM through QEMU's RAM layout, else\n" +
			"                                     identity-mapped over the file's first 2 GiB only\n" +
			"  --process PID:MAPPING              the mappings of MAPPING (a path, or e.g. [heap]) in a process\n" +
			"  --guest-kernel STRUCTURE           a structure of the Linux kernel of the guest whose RAM file is --ram:\n" +
			"                                     text, rodata, sys_call_table, idt_table, SYMBOL+LENGTH or FROM..TO,\n" +
			"                                     resolved with --symbols (System.map) pinned by --symbols-sha256; with\n" +
			"                                     --qmp, read in the VM's one pause from its vCPUs' CR3 (docs/subsets.md)\n" +
			"Numbers are decimal (no leading zero: 010 is refused, not read as octal) or 0x-prefixed hexadecimal.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			a, err := digest.Lookup(alg)
			if err != nil {
				return fmt.Errorf("--alg: %w", err)
			}
			if qmpSocket != "" && len(guestMems)+len(kernels) == 0 {
				return errors.New("--qmp goes with --guest-memory or --guest-kernel (a manifest names its socket in each region)")
			}
			if qmpSocket != "" {
				qmpSocket = absPath(qmpSocket)
			}
			kernelOpt.qmp = qmpSocket
			m, err := digestManifest(manifestPath, files, guestMems, procs, kernels, kernelOpt, qmpSocket)
			if err != nil {
				return err
			}
			// One P more than the hashing workers. With as many Ps as workers, a worker in pread (a 1 MiB copy,
			// over 20 µs) had its P retaken by the runtime and handed to a spinning thread that competed with
			// it for the cores: BLAKE3 of a 1 GiB file kept 2 cores about three-quarters busy (docs/benchmarks.md).
			// With a P to spare the runtime leaves a worker's P alone during its syscall.
			maxProcs := runtime.GOMAXPROCS(0)
			if workers <= 0 {
				workers = maxProcs
			}
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(max(maxProcs, workers+1))) // restored for in-process callers (tests)
			res, err := collect.Collect(cmd.Context(), m, a, collect.Options{Digest: digest.Options{Workers: workers}, Parallel: maxProcs, MaxPause: maxPause})
			if err != nil {
				return err
			}
			if dumpDir != "" {
				if err := dumpCanonical(dumpDir, res); err != nil {
					return err
				}
			}
			var commitment *[32]byte
			if commitOut != "" {
				id, err := protocol.ParseVMID(vmID)
				if err != nil {
					return fmt.Errorf("--vm-id (required with --commit-out: the commitment's header binds the VM): %w", err)
				}
				o, err := zkcommit.FromResult(id, res)
				if err != nil {
					return fmt.Errorf("failed to commit to the state: %w", err)
				}
				if err := o.Write(commitOut); err != nil {
					return err
				}
				c := o.Root()
				commitment = &c
			}
			if asJSON {
				out := digestJSON(res)
				if commitment != nil {
					out.ZKCommitment = fmt.Sprintf("0x%x", *commitment)
				}
				return writeJSON(cmd.OutOrStdout(), out)
			}
			if err := printDigest(cmd, m, res); err != nil {
				return err
			}
			if commitment != nil {
				fmt.Fprintf(cmd.OutOrStdout(), "zk commitment  0x%x  (opening, SECRET: %s)\n", *commitment, commitOut)
			}
			return nil
		},
	}
	cmd.SetFlagErrorFunc(flagValueError)
	f := cmd.Flags()
	f.StringVar(&manifestPath, "subset", "", "subset manifest (YAML)")
	f.StringVar(&alg, "alg", "blake3", "hash algorithm: sha256, blake3 or keccak256")
	f.StringArrayVar(&files, "file", nil, "ad-hoc file region PATH[@OFFSET+LENGTH] (repeatable)")
	f.StringArrayVar(&guestMems, "guest-memory", nil, "ad-hoc guest memory region PATH@GPA+LENGTH (repeatable)")
	f.StringVar(&qmpSocket, "qmp", "", "the VM's QMP socket for every --guest-memory: its RAM layout comes from QEMU and the guest is paused for the read")
	f.DurationVar(&maxPause, "max-pause", collect.DefaultMaxPause, "longest a guest (qmp) or process (stop: true) may stay paused; exceeding it resumes it and fails")
	f.StringArrayVar(&procs, "process", nil, "ad-hoc process memory region PID:MAPPING (repeatable)")
	f.StringArrayVar(&kernels, "guest-kernel", nil, "ad-hoc guest kernel structure: text, rodata, sys_call_table, idt_table, SYMBOL+LENGTH or FROM..TO (repeatable; needs --ram, --symbols, --symbols-sha256)")
	f.StringVar(&kernelOpt.ram, "ram", "", "with --guest-kernel: the guest's RAM file (memory-backend-file)")
	f.StringVar(&kernelOpt.symbols, "symbols", "", "with --guest-kernel: the kernel build's System.map (docs/subsets.md says which to take)")
	f.StringVar(&kernelOpt.symbolsSHA256, "symbols-sha256", "", "with --guest-kernel: the SHA-256 the System.map must have (`vmattest kernel banner` prints it)")
	f.BoolVar(&asJSON, "json", false, "print JSON")
	f.StringVar(&dumpDir, "dump-dir", "", "write the canonical encoding of structured regions (mounts, kernel) to DIR/NAME.json")
	f.IntVar(&workers, "workers", 0, "goroutines hashing one region (0: one per CPU)")
	f.StringVar(&commitOut, "commit-out", "", "also commit to the state for ZK proofs: write the opening (SECRET, 0600) to FILE and print the commitment")
	f.StringVar(&vmID, "vm-id", "", "with --commit-out: the VM (UUID) the commitment's header binds")
	return cmd
}

// flagValueError says what is wrong with a flag's value in the user's words, where pflag's error ends with
// the Go parser's ("strconv.ParseInt: parsing ...").
func flagValueError(_ *cobra.Command, err error) error {
	var ive *pflag.InvalidValueError
	if errors.As(err, &ive) {
		return fmt.Errorf("--%s: %q is not a valid %s", ive.GetFlag().Name, ive.GetValue(), ive.GetFlag().Value.Type())
	}
	return err
}

// kernelFlags are the flags of ad-hoc --guest-kernel regions.
type kernelFlags struct {
	ram, symbols, symbolsSHA256, qmp string
}

// digestManifest loads the manifest, or builds one from the ad-hoc region flags.
// qmpSocket, when set, is the QMP socket of every guest memory region.
func digestManifest(path string, files, guestMems, procs, kernels []string, ko kernelFlags, qmpSocket string) (*subset.Manifest, error) {
	adhoc := len(files) + len(guestMems) + len(procs) + len(kernels)
	switch {
	case path != "" && adhoc > 0:
		return nil, errors.New("give either --subset or ad-hoc regions (--file, --guest-memory, --process, --guest-kernel), not both")
	case path != "":
		return subset.Load(path)
	case adhoc == 0:
		return nil, errors.New("nothing to hash: give --subset FILE or ad-hoc regions (--file, --guest-memory, --process, --guest-kernel)")
	case len(kernels) == 0 && ko != (kernelFlags{qmp: ko.qmp}):
		return nil, errors.New("--ram, --symbols and --symbols-sha256 go with --guest-kernel")
	case len(kernels) > 0 && (ko.ram == "" || ko.symbols == "" || ko.symbolsSHA256 == ""):
		return nil, errors.New("--guest-kernel needs --ram (the guest's RAM file), --symbols (the kernel's System.map) and --symbols-sha256 (its pin)")
	}
	m := &subset.Manifest{Name: "adhoc", Version: "1"}
	for i, s := range files {
		p, off, n, hasRange, err := splitRange(s, false)
		if err != nil {
			return nil, fmt.Errorf("--file %q: %w", s, err)
		}
		spec := &subset.FileSpec{Path: absPath(p)}
		if hasRange {
			spec.Ranges = []subset.FileRange{{Offset: off, Length: n}}
		}
		m.Regions = append(m.Regions, subset.Region{Name: fmt.Sprintf("file-%d", i+1), File: spec})
	}
	for i, s := range guestMems {
		p, gpa, n, _, err := splitRange(s, true)
		if err != nil {
			return nil, fmt.Errorf("--guest-memory %q: %w", s, err)
		}
		m.Regions = append(m.Regions, subset.Region{Name: fmt.Sprintf("guest-memory-%d", i+1), GuestMemory: &subset.GuestMemSpec{
			Path: absPath(p), Format: subset.FormatMemoryBackendFile, Ranges: []subset.GPARange{{GPA: gpa, Length: n}}, QMP: qmpSocket,
		}})
	}
	for i, s := range procs {
		pidStr, mapping, ok := strings.Cut(s, ":")
		pid, err := strconv.Atoi(pidStr)
		if !ok || err != nil || pid <= 0 || mapping == "" {
			return nil, fmt.Errorf("--process %q: want PID:MAPPING, e.g. 1234:/usr/bin/keeperd or 1234:[heap]", s)
		}
		m.Regions = append(m.Regions, subset.Region{Name: fmt.Sprintf("process-%d", i+1), ProcessMemory: &subset.ProcessMemory{
			Process: subset.ProcessSelector{PID: pid}, Mapping: &subset.MappingSpec{Path: mapping},
		}})
	}
	for i, s := range kernels {
		k := &subset.GuestKernel{Path: absPath(ko.ram), Format: subset.FormatMemoryBackendFile, QMP: ko.qmp,
			Symbols: subset.PinnedFile{Path: absPath(ko.symbols), SHA256: strings.ToLower(strings.TrimPrefix(ko.symbolsSHA256, "0x"))}}
		if err := kernelStructure(k, s); err != nil {
			return nil, fmt.Errorf("--guest-kernel %q: %w", s, err)
		}
		m.Regions = append(m.Regions, subset.Region{Name: fmt.Sprintf("guest-kernel-%d", i+1), GuestKernel: k})
	}
	m.Schema = subset.Schema
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return m, nil
}

// kernelStructure sets k's structure from s: a named structure, SYMBOL+LENGTH or FROM..TO.
func kernelStructure(k *subset.GuestKernel, s string) error {
	if sym, n, ok := strings.Cut(s, "+"); ok {
		_, length, err := subset.ParseNumber(n, 64, false)
		if err != nil {
			return fmt.Errorf("length: %w", err)
		}
		k.Symbol, k.Length = sym, length
		return nil
	}
	if from, to, ok := strings.Cut(s, ".."); ok {
		k.From, k.To = from, to
		return nil
	}
	k.Structure = s
	return nil
}

// splitRange parses PATH[@OFFSET+LENGTH]; the range is required when need is set.
func splitRange(s string, need bool) (path string, off, n uint64, hasRange bool, err error) {
	at := strings.LastIndex(s, "@")
	if at < 0 {
		if need {
			return "", 0, 0, false, errors.New("want PATH@ADDRESS+LENGTH")
		}
		return s, 0, 0, false, nil
	}
	path = s[:at]
	a, b, ok := strings.Cut(s[at+1:], "+")
	if !ok {
		return "", 0, 0, false, errors.New("want PATH@OFFSET+LENGTH")
	}
	if _, off, err = subset.ParseNumber(a, 64, false); err != nil {
		return "", 0, 0, false, fmt.Errorf("offset: %w", err)
	}
	if _, n, err = subset.ParseNumber(b, 64, false); err != nil || n == 0 {
		if err == nil {
			err = errors.New("must be > 0")
		}
		return "", 0, 0, false, fmt.Errorf("length: %w", err)
	}
	return path, off, n, true, nil
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

type regionJSON struct {
	Name    string  `json:"name"`
	Kind    string  `json:"kind"`
	Length  uint64  `json:"length"`
	Digest  string  `json:"digest"`
	Seconds float64 `json:"seconds"`
	Facts   any     `json:"facts,omitempty"`
}

type digestOutput struct {
	Alg          string       `json:"alg"`
	SubsetID     string       `json:"subsetId"`
	SubsetDigest string       `json:"subsetDigest"`
	ZKCommitment string       `json:"zkCommitment,omitempty"`
	Seconds      float64      `json:"seconds"`
	Regions      []regionJSON `json:"regions"`
	Pauses       []pauseJSON  `json:"pauses,omitempty"`
}

// pauseJSON is a guest's (qmp) or process's (pid) pause; paused is false when it was paused already and
// was left so.
type pauseJSON struct {
	QMP     string   `json:"qmp,omitempty"`
	PID     int      `json:"pid,omitempty"`
	Regions []string `json:"regions"`
	Paused  bool     `json:"paused"`
	Seconds float64  `json:"seconds"`
}

func digestJSON(res *collect.Result) digestOutput {
	out := digestOutput{
		Alg: res.Alg.Name(), SubsetID: fmt.Sprintf("0x%x", res.SubsetID), SubsetDigest: fmt.Sprintf("0x%x", res.Digest),
		Seconds: res.Elapsed.Seconds(),
	}
	for _, r := range res.Regions {
		rj := regionJSON{Name: r.Name, Kind: string(r.Kind), Length: r.Length, Digest: fmt.Sprintf("0x%x", r.Digest), Seconds: r.Elapsed.Seconds()}
		switch {
		case r.Mounts != nil:
			rj.Facts = r.Mounts
		case r.Kernel != nil:
			rj.Facts = r.Kernel
		}
		out.Regions = append(out.Regions, rj)
	}
	for _, p := range res.Pauses {
		out.Pauses = append(out.Pauses, pauseJSON{QMP: p.QMP, PID: p.PID, Regions: p.Regions, Paused: p.Paused, Seconds: p.Duration.Seconds()})
	}
	return out
}

func printDigest(cmd *cobra.Command, m *subset.Manifest, res *collect.Result) error {
	w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
	fmt.Fprintf(w, "subset\t%s %s (id 0x%x)\n", m.Name, m.Version, res.SubsetID)
	fmt.Fprintf(w, "algorithm\t%s\n\n", res.Alg.Name())
	fmt.Fprintln(w, "REGION\tKIND\tLENGTH\tDIGEST\tTIME")
	for _, r := range res.Regions {
		fmt.Fprintf(w, "%s\t%s\t%d\t0x%x\t%s\n", r.Name, r.Kind, r.Length, r.Digest, r.Elapsed.Round(10_000))
	}
	for _, p := range res.Pauses {
		who := "guest " + p.QMP
		if p.QMP == "" {
			who = fmt.Sprintf("process %d", p.PID)
		}
		if p.Paused {
			fmt.Fprintf(w, "pause\t%s\t%s\t%s\n", who, strings.Join(p.Regions, ","), p.Duration.Round(1000))
		} else {
			fmt.Fprintf(w, "pause\t%s\t%s\twas paused already, left paused\n", who, strings.Join(p.Regions, ","))
		}
	}
	fmt.Fprintf(w, "\nsubset digest\t0x%x\t(%s)\n", res.Digest, res.Elapsed.Round(10_000))
	return w.Flush()
}

// dumpCanonical writes the canonical encoding of each structured region, so that its digest can be checked
// with any tool (e.g. sha256sum DIR/mounts.json).
func dumpCanonical(dir string, res *collect.Result) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("--dump-dir: %w", err)
	}
	for _, r := range res.Regions {
		if r.Canonical == nil {
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, r.Name+".json"), r.Canonical, 0o644); err != nil {
			return fmt.Errorf("--dump-dir: %w", err)
		}
	}
	return nil
}
