package evidence

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParsePolicy(t *testing.T) {
	p, err := ParsePolicy([]byte(`
measurements:
  - 0x` + strings.Repeat("ab", 48) + `
  - ` + strings.Repeat("CD", 48) + `
allowDebug: true
minTCB: {bootloader: 3, tee: 0, snp: 20, microcode: 209, fmc: 1}
vmpl: 2
`))
	if err != nil {
		t.Fatal(err)
	}
	ms, _ := p.measurements()
	if len(ms) != 2 || ms[0][0] != 0xab || ms[1][47] != 0xcd || !p.AllowDebug || *p.VMPL != 2 ||
		*p.MinTCB != (TCB{Bootloader: 3, SNP: 20, Microcode: 209, FMC: 1}) {
		t.Fatalf("policy %+v", p)
	}
	empty, err := ParsePolicy([]byte("allowDebug: false\n"))
	if err != nil || empty.MinTCB != nil || empty.VMPL != nil || len(empty.Measurements) != 0 {
		t.Fatalf("minimal policy: %+v %v", empty, err)
	}

	for name, doc := range map[string]string{
		"unknown key":       "allowDebg: true\n",
		"unknown TCB part":  "minTCB: {snp: 1, pcr: 2}\n",
		"TCB part too big":  "minTCB: {snp: 300}\n",
		"negative TCB part": "minTCB: {snp: -1}\n",
		"short measurement": "measurements: [0xabcd]\n",
		"bad hex":           "measurements: [" + strings.Repeat("zz", 48) + "]\n",
		"vmpl 4":            "vmpl: 4\n",
		"duplicate key":     "vmpl: 1\nvmpl: 2\n",
		"two documents":     "vmpl: 1\n---\nvmpl: 2\n",
		"empty":             "",
		"not a mapping":     "- 1\n",
	} {
		if _, err := ParsePolicy([]byte(doc)); err == nil {
			t.Errorf("%s: accepted", name)
		} else if !strings.HasPrefix(err.Error(), "policy: ") {
			t.Errorf("%s: error %q does not say policy", name, err)
		}
	}

	path := filepath.Join(t.TempDir(), "policy.yaml")
	if err := os.WriteFile(path, []byte("vmpl: 9\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadPolicy(path); err == nil || !strings.Contains(err.Error(), path) {
		t.Fatalf("LoadPolicy: %v", err)
	}
}
