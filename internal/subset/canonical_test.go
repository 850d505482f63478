package subset

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func pathManifest(path string) *Manifest {
	return &Manifest{Schema: Schema, Name: "a", Version: "1", Regions: []Region{{Name: "cfg", File: &FileSpec{Path: path}}}}
}

// TestNonUTF8Refused: two paths that differ only in bytes that are not UTF-8 had one identifier (JSON
// replaced both by U+FFFD); they are refused, with an error naming the region and the field.
func TestNonUTF8Refused(t *testing.T) {
	for _, p := range []string{"/etc/a\xff", "/etc/a\xfe", "/etc/\xc3", "/etc/\xed\xa0\x80"} {
		err := pathManifest(p).Validate()
		if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), `region 0 ("cfg"): file.path: `) || !strings.Contains(err.Error(), "not valid UTF-8") {
			t.Errorf("path %q: %v, want an error naming region cfg and file.path", p, err)
		}
	}
	m := &Manifest{Schema: Schema, Name: "a", Version: "1\xff", Regions: []Region{{Name: "k", Kernel: &KernelSpec{}}}}
	if err := m.Validate(); err == nil || !strings.Contains(err.Error(), "manifest: version: ") {
		t.Errorf("version not UTF-8: %v", err)
	}
	m = &Manifest{Schema: Schema, Name: "a", Version: "1", Regions: []Region{{Name: "p", ProcessMemory: &ProcessMemory{
		Process: ProcessSelector{PID: 1}, Mapping: &MappingSpec{Path: "/bin/\x80"}}}}}
	if err := m.Validate(); err == nil || !strings.Contains(err.Error(), `region 0 ("p"): process-memory.mapping.path: `) {
		t.Errorf("mapping path not UTF-8: %v", err)
	}
}

// TestCanonicalEscaping: the canonical encoding of strings is exactly what docs/subsets.md ("Canonical
// encoding") says, byte for byte, and lossless: manifests that differ in any one such character have
// different identifiers.
func TestCanonicalEscaping(t *testing.T) {
	cases := []struct{ in, out string }{
		{"\x00", `\u0000`}, {"\x01", `\u0001`}, {"\x07", `\u0007`}, {"\b", `\b`}, {"\t", `\t`}, {"\n", `\n`},
		{"\x0b", `\u000b`}, {"\f", `\f`}, {"\r", `\r`}, {"\x1b", `\u001b`}, {"\x1f", `\u001f`},
		{`"`, `\"`}, {`\`, `\\`}, {"/", "/"}, {"<", "<"}, {">", ">"}, {"&", "&"}, {"\x7f", "\x7f"},
		{"\u2028", `\u2028`}, {"\u2029", `\u2029`}, {"\u0085", "\u0085"}, {"\u00a0", "\u00a0"}, {"\ufeff", "\ufeff"},
		{"é", "é"}, {"\U0001F600", "\U0001F600"}, {"\ufffd", "\ufffd"}, {"a", "a"},
	}
	ids := map[[32]byte]string{}
	for _, tc := range cases {
		m := pathManifest("/x" + tc.in)
		if err := m.Validate(); err != nil {
			t.Fatalf("%q: %v", tc.in, err)
		}
		want := `{"schema":"vmattest-subset-v1","name":"a","version":"1","regions":[{"name":"cfg","file":{"path":"/x` + tc.out + `"}}]}`
		if got := string(m.Canonical()); got != want {
			t.Errorf("path %q: canonical\n%s\nwant\n%s", tc.in, got, want)
		}
		var back Manifest
		if err := json.Unmarshal(m.Canonical(), &back); err != nil || back.Regions[0].File.Path != "/x"+tc.in {
			t.Errorf("path %q: the canonical encoding does not decode back to it (%v)", tc.in, err)
		}
		if other, dup := ids[m.ID()]; dup {
			t.Errorf("paths %q and %q share the identifier", other, tc.in)
		}
		ids[m.ID()] = tc.in
	}
	// The YAML parser gives the same strings from escapes: a manifest written with them has the same id.
	m, err := Parse([]byte("name: a\nversion: '1'\nregions: [{name: cfg, file: {path: \"/x\\u2028\"}}]\n"))
	if err != nil || m.ID() != pathManifest("/x\u2028").ID() {
		t.Errorf("YAML escape of U+2028: %v", err)
	}
}
