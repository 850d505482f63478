// Package subset defines subset manifests: which regions of a VM's state an attestation covers, in order.
// A manifest is written in YAML (docs/subsets.md); its identifier is the Keccak-256 of its canonical
// encoding, so the same manifest has the same identifier on every machine and any edit gives a new one.
package subset

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"regexp"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
	"gopkg.in/yaml.v3"

	"github.com/vmattest/vmattest/internal/protocol"
)

// Schema names the manifest format; it is the first field of the canonical encoding.
const Schema = "vmattest-subset-v1"

// Limits of a manifest.
const (
	MaxRegions     = 256
	MaxRanges      = 1024
	maxManifestLen = 1 << 20
)

// Kind is the kind of a region. Its code is part of the subset digest encoding (docs/protocol.md).
type Kind string

// The region kinds.
const (
	KindFile          Kind = "file"
	KindGuestMemory   Kind = "guest-memory"
	KindProcessMemory Kind = "process-memory"
	KindMounts        Kind = "mounts"
	KindKernel        Kind = "kernel"
	KindGuestKernel   Kind = "guest-kernel"
)

// Code returns the kind's one-byte code in the subset digest encoding, or 0 for an unknown kind.
func (k Kind) Code() uint8 {
	switch k {
	case KindFile:
		return 1
	case KindGuestMemory:
		return 2
	case KindProcessMemory:
		return 3
	case KindMounts:
		return 4
	case KindKernel:
		return 5
	case KindGuestKernel:
		return 6
	}
	return 0
}

// Structured reports whether the region is a list of typed facts (hashed in their canonical encoding)
// rather than raw bytes.
func (k Kind) Structured() bool { return k == KindMounts || k == KindKernel }

// Manifest is a subset manifest. Field order is the canonical encoding's order.
type Manifest struct {
	// Schema is Schema; a manifest may leave it out, or name it to say which format it is written for.
	Schema      string   `yaml:"schema,omitempty" json:"schema"`
	Name        string   `yaml:"name" json:"name"`
	Version     string   `yaml:"version" json:"version"`
	Description string   `yaml:"description,omitempty" json:"description,omitempty"`
	Regions     []Region `yaml:"regions" json:"regions"`
	// SaltedDigest asks for a salted public state digest: the agent folds a random salt, drawn for each
	// attestation and kept in its ZK opening, into the subset digest (zkcommit.SaltDigest), so that the
	// attested digest alone lets nobody test a guess of the state. Such a subset is attested with a ZK
	// commitment only, and its golden digests mean nothing: its properties are proven (docs/zk.md). Left
	// out of the canonical encoding when false, so that other subsets keep their identifiers.
	SaltedDigest bool `yaml:"salted-digest,omitempty" json:"salted-digest,omitempty"`
}

// Region is one region of state. Exactly one of the kind fields is set; its key in YAML is the kind.
type Region struct {
	Name          string         `yaml:"name" json:"name"`
	File          *FileSpec      `yaml:"file,omitempty" json:"file,omitempty"`
	GuestMemory   *GuestMemSpec  `yaml:"guest-memory,omitempty" json:"guest-memory,omitempty"`
	ProcessMemory *ProcessMemory `yaml:"process-memory,omitempty" json:"process-memory,omitempty"`
	Mounts        *MountsSpec    `yaml:"mounts,omitempty" json:"mounts,omitempty"`
	Kernel        *KernelSpec    `yaml:"kernel,omitempty" json:"kernel,omitempty"`
	GuestKernel   *GuestKernel   `yaml:"guest-kernel,omitempty" json:"guest-kernel,omitempty"`
}

// Kind returns the region's kind ("" when none or several kind fields are set; Validate reports that).
func (r *Region) Kind() Kind {
	var kinds []Kind
	if r.File != nil {
		kinds = append(kinds, KindFile)
	}
	if r.GuestMemory != nil {
		kinds = append(kinds, KindGuestMemory)
	}
	if r.ProcessMemory != nil {
		kinds = append(kinds, KindProcessMemory)
	}
	if r.Mounts != nil {
		kinds = append(kinds, KindMounts)
	}
	if r.Kernel != nil {
		kinds = append(kinds, KindKernel)
	}
	if r.GuestKernel != nil {
		kinds = append(kinds, KindGuestKernel)
	}
	if len(kinds) != 1 {
		return ""
	}
	return kinds[0]
}

// FileSpec is a whole file, or byte ranges of it hashed as their concatenation.
type FileSpec struct {
	Path   string      `yaml:"path" json:"path"`
	Ranges []FileRange `yaml:"ranges,omitempty" json:"ranges,omitempty"`
}

// FileRange is a byte range of a file.
type FileRange struct {
	Offset uint64 `yaml:"offset" json:"offset"`
	Length uint64 `yaml:"length" json:"length"`
}

// Guest memory source formats.
const (
	// FormatMemoryBackendFile is the live RAM file of a QEMU memory-backend-file object (share=on).
	FormatMemoryBackendFile = "memory-backend-file"
	// FormatRawDump is a raw dump of guest-physical memory (QMP pmemsave, virsh dump --memory-only --format raw).
	FormatRawDump = "raw-dump"
)

// GuestMemSpec is guest-physical ranges of a VM's RAM read from a file.
type GuestMemSpec struct {
	Path   string `yaml:"path" json:"path"`
	Format string `yaml:"format" json:"format"`
	// Map translates guest-physical addresses to file offsets. Empty means the identity map over the whole
	// file (GPA x is at offset x), which holds for a memory-backend-file of a VM whose RAM is below the PCI
	// hole, and for pmemsave dumps taken from GPA 0.
	Map    []MapEntry `yaml:"map,omitempty" json:"map,omitempty"`
	Ranges []GPARange `yaml:"ranges" json:"ranges"`
	// QMP is the VM's QMP socket. When set, the collector takes the RAM layout from QEMU (unless Map is
	// given) and reads every region naming the same socket inside one pause of the guest (QMP stop, then
	// cont; a guest that was already paused is left paused). Left out of the canonical encoding when empty.
	QMP string `yaml:"qmp,omitempty" json:"qmp,omitempty"`
}

// MapEntry maps Size bytes of guest-physical memory from GPA to the file offset Offset.
type MapEntry struct {
	GPA    uint64 `yaml:"gpa" json:"gpa"`
	Offset uint64 `yaml:"offset" json:"offset"`
	Size   uint64 `yaml:"size" json:"size"`
}

// GPARange is a guest-physical range.
type GPARange struct {
	GPA    uint64 `yaml:"gpa" json:"gpa"`
	Length uint64 `yaml:"length" json:"length"`
}

// ProcessSelector names a process: by pid, by a pid file, or by its command name (the one process whose
// /proc/PID/comm equals it). pidFile or comm keep a manifest, hence its identifier, stable across restarts.
type ProcessSelector struct {
	PID     int    `yaml:"pid,omitempty" json:"pid,omitempty"`
	PIDFile string `yaml:"pidFile,omitempty" json:"pidFile,omitempty"`
	Comm    string `yaml:"comm,omitempty" json:"comm,omitempty"`
}

// ProcessMemory is memory of a running process, read through /proc/PID/mem: the mappings of a file (e.g. a
// daemon's text segment), or address ranges.
type ProcessMemory struct {
	Process ProcessSelector `yaml:"process" json:"process"`
	Mapping *MappingSpec    `yaml:"mapping,omitempty" json:"mapping,omitempty"`
	Ranges  []AddrRange     `yaml:"ranges,omitempty" json:"ranges,omitempty"`
	// Stop stops the process (SIGSTOP) while its memory is read and continues it (SIGCONT) afterwards, on
	// every path; a process that was already stopped is left stopped. Left out of the canonical encoding
	// when false.
	Stop bool `yaml:"stop,omitempty" json:"stop,omitempty"`
}

// MappingSpec selects the mappings of /proc/PID/maps whose path name is Path and, when Perms is set, whose
// permissions are Perms (e.g. "r-xp"); they are hashed in address order as one concatenation.
type MappingSpec struct {
	Path  string `yaml:"path" json:"path"`
	Perms string `yaml:"perms,omitempty" json:"perms,omitempty"`
}

// AddrRange is a range of a process's virtual addresses.
type AddrRange struct {
	Address uint64 `yaml:"address" json:"address"`
	Length  uint64 `yaml:"length" json:"length"`
}

// MountsSpec is the mounts in effect for a process: its root mount (the one /proc/PID/root resolves to) and
// what a path lookup from it reaches (internal/collect.EffectiveMounts). Process defaults to pid 1, the VM's
// init.
type MountsSpec struct {
	Process ProcessSelector `yaml:"process" json:"process"`
}

// KernelSpec selects kernel facts: the command line and the loaded modules. Unset means both.
type KernelSpec struct {
	Cmdline *bool `yaml:"cmdline,omitempty" json:"cmdline"`
	Modules *bool `yaml:"modules,omitempty" json:"modules"`
}

// ErrInvalid is matched by every validation error.
var ErrInvalid = errors.New("invalid subset manifest")

// Error is a validation error that names where in the manifest it is.
type Error struct {
	// Region is the region's index, or -1 for the manifest as a whole.
	Region int
	// RegionName is the region's name when it has one.
	RegionName string
	// Field is the offending field, as written in YAML (e.g. "file.ranges[1].length").
	Field string
	// Err is the cause.
	Err error
}

func (e *Error) Error() string {
	where := "manifest"
	if e.Region >= 0 {
		where = fmt.Sprintf("region %d", e.Region)
		if e.RegionName != "" {
			where += fmt.Sprintf(" (%q)", e.RegionName)
		}
	}
	if e.Field != "" {
		where += ": " + e.Field
	}
	return fmt.Sprintf("%v: %s: %v", ErrInvalid, where, e.Err)
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrInvalid) true.
func (e *Error) Is(target error) bool { return target == ErrInvalid }

// Load reads, parses and validates a manifest file.
func Load(path string) (*Manifest, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("failed to open subset manifest: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxManifestLen+1))
	if err != nil {
		return nil, fmt.Errorf("failed to read subset manifest %s: %w", path, err)
	}
	m, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// Parse parses and validates a manifest. Unknown fields, duplicate keys and several YAML documents are
// errors.
func Parse(data []byte) (*Manifest, error) {
	if len(data) > maxManifestLen {
		return nil, &Error{Region: -1, Err: fmt.Errorf("larger than %d bytes", maxManifestLen)}
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &Error{Region: -1, Err: errors.New("empty document")}
		}
		return nil, &Error{Region: -1, Err: fmt.Errorf("not valid YAML: %w", err)}
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return nil, &Error{Region: -1, Err: errors.New("more than one YAML document")}
	}
	// The schema check names the region and field of any misfit value, in the manifest's words; the
	// decoder's own errors would name Go types.
	if err := checkSchema(&doc); err != nil {
		return nil, err
	}
	var m Manifest
	if err := doc.Decode(&m); err != nil {
		return nil, &Error{Region: -1, Err: decodeError(err)}
	}
	switch m.Schema {
	case "":
		m.Schema = Schema
	case Schema:
	default:
		return nil, &Error{Region: -1, Field: "schema", Err: fmt.Errorf("%q is not supported (want %s)", m.Schema, Schema)}
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	m.normalize()
	return &m, nil
}

var (
	namePattern  = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,63}$`)
	permsPattern = regexp.MustCompile(`^[r-][w-][x-][ps]$`)
)

// Validate checks the manifest and returns the first problem as an *Error.
func (m *Manifest) Validate() error {
	top := func(field string, format string, args ...any) error {
		return &Error{Region: -1, Field: field, Err: fmt.Errorf(format, args...)}
	}
	switch {
	case !namePattern.MatchString(m.Name):
		return top("name", "%q must be 1 to 64 characters of a-z, 0-9, '.', '_' or '-', starting with a letter or digit", m.Name)
	case strings.TrimSpace(m.Version) == "" || len(m.Version) > 64:
		return top("version", "%q must be 1 to 64 characters", m.Version)
	case len(m.Description) > 4096:
		return top("description", "longer than 4096 bytes")
	case len(m.Regions) == 0:
		return top("regions", "at least one region is required")
	case len(m.Regions) > MaxRegions:
		return top("regions", "%d regions, at most %d", len(m.Regions), MaxRegions)
	}
	for _, f := range []struct {
		name string
		v    string
	}{{"schema", m.Schema}, {"name", m.Name}, {"version", m.Version}, {"description", m.Description}} {
		if _, err := checkUTF8(reflect.ValueOf(f.v), f.name); err != nil {
			return &Error{Region: -1, Field: f.name, Err: err}
		}
	}
	seen := map[string]int{}
	for i := range m.Regions {
		r := &m.Regions[i]
		if field, err := checkUTF8(reflect.ValueOf(r).Elem(), ""); err != nil {
			return &Error{Region: i, RegionName: r.Name, Field: field, Err: err}
		}
		if err := r.validate(); err != nil {
			var e *Error
			if errors.As(err, &e) {
				e.Region, e.RegionName = i, r.Name
				return e
			}
			return &Error{Region: i, RegionName: r.Name, Err: err}
		}
		if j, dup := seen[r.Name]; dup {
			return &Error{Region: i, RegionName: r.Name, Field: "name", Err: fmt.Errorf("duplicate of region %d", j)}
		}
		seen[r.Name] = i
	}
	return nil
}

func fieldErr(field, format string, args ...any) error {
	return &Error{Field: field, Err: fmt.Errorf(format, args...)}
}

func (r *Region) validate() error {
	if !namePattern.MatchString(r.Name) {
		return fieldErr("name", "%q must be 1 to 64 characters of a-z, 0-9, '.', '_' or '-', starting with a letter or digit", r.Name)
	}
	switch r.Kind() {
	case KindFile:
		return r.File.validate()
	case KindGuestMemory:
		return r.GuestMemory.validate()
	case KindProcessMemory:
		return r.ProcessMemory.validate()
	case KindMounts:
		return r.Mounts.Process.validate("mounts.process", true)
	case KindKernel:
		k := r.Kernel
		if k.Cmdline != nil && k.Modules != nil && !*k.Cmdline && !*k.Modules {
			return fieldErr("kernel", "selects nothing: set cmdline or modules")
		}
		return nil
	case KindGuestKernel:
		return r.GuestKernel.validate()
	}
	return fieldErr("", "exactly one kind is required: file, guest-memory, process-memory, mounts, kernel or guest-kernel")
}

func checkPath(field, p string) error {
	if p == "" {
		return fieldErr(field, "required")
	}
	if !strings.HasPrefix(p, "/") {
		return fieldErr(field, "%q must be an absolute path", p)
	}
	return nil
}

func checkLen(field string, length, offset uint64) error {
	if length == 0 {
		return fieldErr(field+".length", "must be > 0")
	}
	if offset+length < offset {
		return fieldErr(field, "offset + length overflows 64 bits")
	}
	return nil
}

func (f *FileSpec) validate() error {
	if err := checkPath("file.path", f.Path); err != nil {
		return err
	}
	if len(f.Ranges) > MaxRanges {
		return fieldErr("file.ranges", "%d ranges, at most %d", len(f.Ranges), MaxRanges)
	}
	for i, rg := range f.Ranges {
		if err := checkLen(fmt.Sprintf("file.ranges[%d]", i), rg.Length, rg.Offset); err != nil {
			return err
		}
	}
	return nil
}

func (g *GuestMemSpec) validate() error {
	if err := checkPath("guest-memory.path", g.Path); err != nil {
		return err
	}
	if g.QMP != "" {
		if err := checkPath("guest-memory.qmp", g.QMP); err != nil {
			return err
		}
		if g.Format != FormatMemoryBackendFile {
			return fieldErr("guest-memory.qmp", "only a live RAM file (format %s) belongs to a running VM", FormatMemoryBackendFile)
		}
	}
	switch g.Format {
	case FormatMemoryBackendFile, FormatRawDump:
	case "":
		return fieldErr("guest-memory.format", "required: %s or %s", FormatMemoryBackendFile, FormatRawDump)
	default:
		return fieldErr("guest-memory.format", "%q: want %s or %s", g.Format, FormatMemoryBackendFile, FormatRawDump)
	}
	for i, e := range g.Map {
		f := fmt.Sprintf("guest-memory.map[%d]", i)
		if e.Size == 0 {
			return fieldErr(f+".size", "must be > 0")
		}
		if e.GPA+e.Size < e.GPA || e.Offset+e.Size < e.Offset {
			return fieldErr(f, "range overflows 64 bits")
		}
		for j := range i {
			o := g.Map[j]
			if e.GPA < o.GPA+o.Size && o.GPA < e.GPA+e.Size {
				return fieldErr(f, "overlaps guest-memory.map[%d] in guest-physical addresses", j)
			}
		}
	}
	if len(g.Ranges) == 0 {
		return fieldErr("guest-memory.ranges", "at least one range is required")
	}
	if len(g.Ranges) > MaxRanges {
		return fieldErr("guest-memory.ranges", "%d ranges, at most %d", len(g.Ranges), MaxRanges)
	}
	for i, rg := range g.Ranges {
		f := fmt.Sprintf("guest-memory.ranges[%d]", i)
		if err := checkLen(f, rg.Length, rg.GPA); err != nil {
			return err
		}
		if len(g.Map) > 0 {
			if _, err := Translate(g.Map, rg.GPA, rg.Length); err != nil {
				return fieldErr(f, "%v", err)
			}
		}
	}
	return nil
}

func (s *ProcessSelector) validate(field string, optional bool) error {
	n := 0
	if s.PID != 0 {
		n++
		if s.PID < 0 {
			return fieldErr(field+".pid", "%d must be positive", s.PID)
		}
	}
	if s.PIDFile != "" {
		n++
		if err := checkPath(field+".pidFile", s.PIDFile); err != nil {
			return err
		}
	}
	if s.Comm != "" {
		n++
		if len(s.Comm) > 15 || strings.ContainsAny(s.Comm, "/\n") {
			return fieldErr(field+".comm", "%q is not a command name (at most 15 bytes, no '/')", s.Comm)
		}
	}
	if n > 1 || (n == 0 && !optional) {
		return fieldErr(field, "exactly one of pid, pidFile or comm is required")
	}
	return nil
}

func (p *ProcessMemory) validate() error {
	if err := p.Process.validate("process-memory.process", false); err != nil {
		return err
	}
	if (p.Mapping == nil) == (len(p.Ranges) == 0) {
		return fieldErr("process-memory", "exactly one of mapping or ranges is required")
	}
	if p.Mapping != nil {
		if err := checkPath("process-memory.mapping.path", p.Mapping.Path); err != nil && !strings.HasPrefix(p.Mapping.Path, "[") {
			return fieldErr("process-memory.mapping.path", "%q must be an absolute path or a special mapping such as [heap]", p.Mapping.Path)
		}
		if p.Mapping.Perms != "" && !permsPattern.MatchString(p.Mapping.Perms) {
			return fieldErr("process-memory.mapping.perms", "%q is not a permission string such as r-xp", p.Mapping.Perms)
		}
	}
	if len(p.Ranges) > MaxRanges {
		return fieldErr("process-memory.ranges", "%d ranges, at most %d", len(p.Ranges), MaxRanges)
	}
	for i, rg := range p.Ranges {
		if err := checkLen(fmt.Sprintf("process-memory.ranges[%d]", i), rg.Length, rg.Address); err != nil {
			return err
		}
	}
	return nil
}

// normalize makes defaults explicit, so that the canonical encoding does not depend on how a default was
// written.
func (m *Manifest) normalize() {
	t := true
	for i := range m.Regions {
		r := &m.Regions[i]
		if r.Mounts != nil && r.Mounts.Process == (ProcessSelector{}) {
			r.Mounts.Process.PID = 1
		}
		if r.Kernel != nil {
			if r.Kernel.Cmdline == nil {
				r.Kernel.Cmdline = &t
			}
			if r.Kernel.Modules == nil {
				r.Kernel.Modules = &t
			}
		}
	}
}

// Canonical returns the canonical encoding: compact JSON with fields in the documented order, defaults made
// explicit, integers in decimal and no insignificant white space.
func (m *Manifest) Canonical() []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(m); err != nil {
		panic(fmt.Sprintf("subset: canonical encoding failed: %v", err)) // plain structs of strings and integers
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

// ID returns the subset identifier: keccak256 of the canonical encoding.
func (m *Manifest) ID() protocol.SubsetID {
	return protocol.SubsetID(crypto.Keccak256Hash(m.Canonical()))
}

// Translate maps a guest-physical range to the file ranges that hold it, through the map entries. The range
// may span several entries only where they are contiguous in guest-physical addresses.
func Translate(entries []MapEntry, gpa, length uint64) ([]FileRange, error) {
	var out []FileRange
	for length > 0 {
		found := false
		for _, e := range entries {
			if gpa >= e.GPA && gpa-e.GPA < e.Size {
				n := min(length, e.Size-(gpa-e.GPA))
				out = append(out, FileRange{Offset: e.Offset + (gpa - e.GPA), Length: n})
				gpa += n
				length -= n
				found = true
				break
			}
		}
		if !found {
			return nil, fmt.Errorf("guest-physical address %#x is not in the map", gpa)
		}
	}
	return out, nil
}
