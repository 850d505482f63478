package zkcommit

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/vmattest/vmattest/internal/atomicfile"
	"github.com/vmattest/vmattest/internal/collect"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/strictjson"
	"github.com/vmattest/vmattest/internal/subset"
)

// OpeningSchema names the JSON form of an opening; it changes with any change of the form or of the
// commitment's definition.
const OpeningSchema = "vmattest-zk-opening-v2"

// The JSON form of an opening (the agent's STATE file):
//
//	{
//	  "schema":   "vmattest-zk-opening-v2",
//	  "depth":    16,
//	  "vmId":     "<UUID>",
//	  "subsetId": "0x<32 bytes>",
//	  "hashAlg":  1,
//	  "subsetDigest": "0x<32 bytes>",
//	  "salt":     "0x<32 bytes>" or null,
//	  "mounts":   [{"mountPoint", "fsType", "source", "readOnly", "mountOptions", "superOptions"}, ...],
//	  "regions":  [{"name", "kind", "length", "digest": "0x<32 bytes>"}, ...],
//	  "cmdline":  "..." or null,
//	  "modules":  [{"name", "size"}, ...],
//	  "blinding": "0x<32 bytes>",
//	  "root":     "0x<32 bytes>"
//	}
//
// mounts are the mounts in effect, sorted by strictly increasing mount point; modules are sorted; kind is the region kind's name (file,
// guest-memory, ...); blinding and root are field elements, big-endian. vmId, subsetId and hashAlg are the
// header's (Header); subsetDigest is the collected (unsalted) subset digest and salt the salt of a salted
// public digest (PublicDigest), null for an unsalted subset; neither is in the tree. Decoding is strict: every field must
// be present exactly once and no other may be; null is accepted only for cmdline; the root must be the one
// the facts and blinding give.
type openingJSON struct {
	Schema   string               `json:"schema"`
	Depth    int                  `json:"depth"`
	VMID     string               `json:"vmId"`
	SubsetID string               `json:"subsetId"`
	HashAlg  uint8                `json:"hashAlg"`
	Digest   string               `json:"subsetDigest"`
	Salt     *string              `json:"salt"`
	Mounts   []collect.MountFact  `json:"mounts"`
	Regions  []regionJSON         `json:"regions"`
	Cmdline  *string              `json:"cmdline"`
	Modules  []collect.ModuleFact `json:"modules"`
	Blinding string               `json:"blinding"`
	Root     string               `json:"root"`
}

type regionJSON struct {
	Name   string `json:"name"`
	Kind   string `json:"kind"`
	Length uint64 `json:"length"`
	Digest string `json:"digest"`
}

func hex32(b [32]byte) string { return "0x" + hex.EncodeToString(b[:]) }

// MarshalJSON returns the opening's JSON form.
func (o *Opening) MarshalJSON() ([]byte, error) {
	v := openingJSON{
		Schema:   OpeningSchema,
		Depth:    Depth,
		VMID:     o.header.VMID.String(),
		SubsetID: hex32(o.header.SubsetID),
		HashAlg:  uint8(o.header.HashAlg),
		Digest:   hex32(o.subsetDigest),
		Mounts:   o.mounts,
		Regions:  make([]regionJSON, len(o.regions)),
		Cmdline:  o.cmdline,
		Modules:  o.modules,
		Blinding: hex32(Bytes32(o.blinding)),
		Root:     hex32(o.Root()),
	}
	if o.salt != nil {
		salt := hex32(*o.salt)
		v.Salt = &salt
	}
	if v.Mounts == nil {
		v.Mounts = []collect.MountFact{}
	}
	for i, r := range o.regions {
		v.Regions[i] = regionJSON{Name: r.Name, Kind: string(r.Kind), Length: r.Length, Digest: hex32(r.Digest)}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// ParseOpening decodes an opening's JSON form strictly and checks its root.
func ParseOpening(data []byte) (*Opening, error) {
	f, err := strictjson.Object(data, []string{"schema", "depth", "vmId", "subsetId", "hashAlg", "subsetDigest", "salt", "mounts", "regions", "cmdline", "modules", "blinding", "root"}, nil)
	if err != nil {
		return nil, err
	}
	var v openingJSON
	if err := field(f, "schema", &v.Schema); err != nil {
		return nil, err
	}
	if v.Schema != OpeningSchema {
		return nil, fmt.Errorf("field \"schema\": %q is not %q", v.Schema, OpeningSchema)
	}
	if err := field(f, "depth", &v.Depth); err != nil {
		return nil, err
	}
	if v.Depth != Depth {
		return nil, fmt.Errorf("field \"depth\": %d, this version commits with depth %d", v.Depth, Depth)
	}
	var h Header
	var vmID string
	if err := field(f, "vmId", &vmID); err != nil {
		return nil, err
	}
	if h.VMID, err = protocol.ParseVMID(vmID); err != nil {
		return nil, fmt.Errorf("field \"vmId\": %w", err)
	}
	if h.SubsetID, err = hexField(f, "subsetId"); err != nil {
		return nil, err
	}
	var alg uint8
	if err := field(f, "hashAlg", &alg); err != nil {
		return nil, err
	}
	if h.HashAlg = protocol.HashAlg(alg); !h.HashAlg.Known() {
		return nil, fmt.Errorf("field \"hashAlg\": unknown hash algorithm %d", alg)
	}
	subsetDigest, err := hexField(f, "subsetDigest")
	if err != nil {
		return nil, err
	}
	var salt *[32]byte
	if string(f["salt"]) != "null" {
		s, err := hexField(f, "salt")
		if err != nil {
			return nil, err
		}
		salt = &s
	}
	blindingBytes, err := hexField(f, "blinding")
	if err != nil {
		return nil, err
	}
	blinding, err := FromBytes32(blindingBytes)
	if err != nil {
		return nil, fmt.Errorf("field \"blinding\": not a field element: %w", err)
	}
	root, err := hexField(f, "root")
	if err != nil {
		return nil, err
	}
	var cmdline *string
	if string(f["cmdline"]) != "null" {
		var s string
		if err := field(f, "cmdline", &s); err != nil {
			return nil, err
		}
		cmdline = &s
	}

	var rawMounts, rawRegions, rawModules []json.RawMessage
	for _, l := range []struct {
		name string
		dst  *[]json.RawMessage
	}{{"mounts", &rawMounts}, {"regions", &rawRegions}, {"modules", &rawModules}} {
		if err := field(f, l.name, l.dst); err != nil {
			return nil, err
		}
	}
	mounts := make([]collect.MountFact, len(rawMounts))
	for i, raw := range rawMounts {
		name := fmt.Sprintf("mounts[%d]", i)
		mf, err := strictjson.Object(raw, []string{"mountPoint", "fsType", "source", "readOnly", "mountOptions", "superOptions"}, nil)
		if err != nil {
			return nil, fmt.Errorf("field %q: %w", name, err)
		}
		m := &mounts[i]
		for _, s := range []struct {
			k string
			v any
		}{{"mountPoint", &m.MountPoint}, {"fsType", &m.FSType}, {"source", &m.Source}, {"readOnly", &m.ReadOnly}, {"mountOptions", &m.MountOptions}, {"superOptions", &m.SuperOptions}} {
			if err := field(mf, s.k, s.v); err != nil {
				return nil, fmt.Errorf("field %q: %w", name, err)
			}
		}
	}
	regions := make([]RegionFact, len(rawRegions))
	for i, raw := range rawRegions {
		name := fmt.Sprintf("regions[%d]", i)
		rf, err := strictjson.Object(raw, []string{"name", "kind", "length", "digest"}, nil)
		if err != nil {
			return nil, fmt.Errorf("field %q: %w", name, err)
		}
		r := &regions[i]
		var kind string
		for _, s := range []struct {
			k string
			v any
		}{{"name", &r.Name}, {"kind", &kind}, {"length", &r.Length}} {
			if err := field(rf, s.k, s.v); err != nil {
				return nil, fmt.Errorf("field %q: %w", name, err)
			}
		}
		r.Kind = subset.Kind(kind)
		if r.Kind.Code() == 0 {
			return nil, fmt.Errorf("field %q: field \"kind\": unknown region kind %q", name, kind)
		}
		if r.Digest, err = hexField(rf, "digest"); err != nil {
			return nil, fmt.Errorf("field %q: %w", name, err)
		}
	}
	modules := make([]collect.ModuleFact, len(rawModules))
	for i, raw := range rawModules {
		name := fmt.Sprintf("modules[%d]", i)
		mf, err := strictjson.Object(raw, []string{"name", "size"}, nil)
		if err != nil {
			return nil, fmt.Errorf("field %q: %w", name, err)
		}
		if err := field(mf, "name", &modules[i].Name); err != nil {
			return nil, fmt.Errorf("field %q: %w", name, err)
		}
		if err := field(mf, "size", &modules[i].Size); err != nil {
			return nil, fmt.Errorf("field %q: %w", name, err)
		}
	}

	o, err := newOpening(h, mounts, regions, cmdline, modules, blinding)
	if err != nil {
		return nil, err
	}
	o.subsetDigest, o.salt = subsetDigest, salt
	if err := o.Verify(); err != nil {
		return nil, err
	}
	if o.Root() != root {
		return nil, fmt.Errorf("field \"root\": the facts and blinding give root %s, not %s", hex32(o.Root()), hex32(root))
	}
	return o, nil
}

// Write writes the opening's JSON form to path, atomically (a temporary file renamed over path), with file
// mode 0600: the opening is secret.
func (o *Opening) Write(path string) error {
	data, err := o.MarshalJSON()
	if err != nil {
		return err
	}
	return atomicfile.Write(path, data, 0o600)
}

// LoadOpening reads an opening's JSON form from path (see ParseOpening).
func LoadOpening(path string) (*Opening, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	o, err := ParseOpening(data)
	if err != nil {
		return nil, fmt.Errorf("%s: invalid opening: %w", path, err)
	}
	return o, nil
}

// field decodes f[name] into dst; null is refused (json.Unmarshal would leave dst unchanged).
func field(f map[string]json.RawMessage, name string, dst any) error {
	raw := f[name]
	if string(raw) == "null" {
		return fmt.Errorf("field %q: null", name)
	}
	if err := json.Unmarshal(raw, dst); err != nil {
		return fmt.Errorf("field %q: %w", name, err)
	}
	return nil
}

// hexField decodes f[name] as "0x" followed by exactly 64 hex digits.
func hexField(f map[string]json.RawMessage, name string) ([32]byte, error) {
	var out [32]byte
	return out, strictjson.HexField(f, name, out[:])
}

// Hex returns e as "0x" and 64 hex digits, big-endian (the form of field elements in vmattest's JSON).
func Hex(e fr.Element) string { return hex32(Bytes32(e)) }
