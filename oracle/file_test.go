package oracle

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"gopkg.in/yaml.v3"
)

const sampleFile = `dataDir: data
listen: 127.0.0.1:0
chainId: 31337
rpc: http://127.0.0.1:8545
verifier: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"
registry: "0x5FbDB2315678afecb367f032d93F642f64180aa3"
operatorKeyFile: operator.key
batchInterval: 2s
txPollInterval: 250ms
vms:
  - id: 0b5e9a52-5a57-4c1f-9f35-3b0c2f1f4a6e
    agentUrl: http://127.0.0.1:7300
    expectedKey: "0x1D69A6f9dBFFb5CDe14862dAfa31A0CC93aDF197"
    subsets: ["0xf363d93178e8b89c6be0716a2f8e02c50684216415f7c8d52a93a63d3388b4c7"]
    interval: 1m
    jitter: 5s
clients:
  - {name: defi, tokenSha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", ratePerSecond: 2, burst: 4}
`

func writeSample(t *testing.T, doc string) string {
	t.Helper()
	dir := t.TempDir()
	k, _ := crypto.GenerateKey()
	if err := crypto.SaveECDSA(filepath.Join(dir, "operator.key"), k); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "node.yaml")
	if err := os.WriteFile(p, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestFileConfig(t *testing.T) {
	p := writeSample(t, sampleFile)
	f, err := LoadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	c, err := f.Resolve()
	if err != nil {
		t.Fatalf("Resolve: %v", err)
	}
	if c.DataDir != filepath.Join(filepath.Dir(p), "data") || len(c.VMs) != 1 || c.VMs[0].Interval.Seconds() != 60 || c.OperatorKey == nil || c.BatchInterval.Seconds() != 2 || c.TxPollInterval != 250*time.Millisecond {
		t.Fatalf("resolved config %+v", c)
	}
	t.Setenv(EnvPrefix+"LISTEN", "127.0.0.1:9999")
	if f, _ = LoadFile(p); f.Listen != "127.0.0.1:9999" {
		t.Fatalf("VMATTEST_NODE_LISTEN did not override listen: %q", f.Listen)
	}
	for _, tc := range []struct{ from, to, field string }{
		{"id: 0b5e9a52-5a57-4c1f-9f35-3b0c2f1f4a6e", "id: nope", "vms[0].id"},
		{`expectedKey: "0x1D69A6f9dBFFb5CDe14862dAfa31A0CC93aDF197"`, "expectedKey: x", "vms[0].expectedKey"},
		{`subsets: ["0xf363`, `subsets: ["0x12", "0xf363`, "vms[0].subsets[0]"},
		{"interval: 1m", "interval: soon", "vms[0].interval"},
		{"batchInterval: 2s", "batchInterval: 2 seconds", "batchInterval"},
		{"txPollInterval: 250ms", "txPollInterval: often", "txPollInterval"},
		{`verifier: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"`, "verifier: 0x12", "verifier"},
		{"operatorKeyFile: operator.key", "operatorKeyFile: missing.key", "operatorKeyFile"},
		{"chainId: 31337", "chainId: 31337\ncolour: blue", "colour"},
	} {
		if !strings.Contains(sampleFile, tc.from) {
			t.Fatalf("test bug: %q not in the sample", tc.from)
		}
		p := writeSample(t, strings.Replace(sampleFile, tc.from, tc.to, 1))
		f, err := LoadFile(p)
		if err == nil {
			_, err = f.Resolve()
		}
		if !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), tc.field) {
			t.Errorf("%s: %v, want an ErrConfig naming %q", tc.to, err, tc.field)
		}
	}
}

// TestFileConfig_marshalRoundTrip: the named configuration types are the schema: a FileConfig written as
// YAML (as the devnet writes its nodes') loads back equal, with nothing lost or renamed.
func TestFileConfig_marshalRoundTrip(t *testing.T) {
	want := FileConfig{DataDir: "data", Listen: "127.0.0.1:0", ChainID: 31337, RPC: "http://127.0.0.1:8545",
		Verifier: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512", Registry: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
		OperatorKeyFile: "operator.key", BatchSize: 20, BatchInterval: "2s",
		VMs: []FileVM{{ID: "0b5e9a52-5a57-4c1f-9f35-3b0c2f1f4a6e", AgentURL: "http://127.0.0.1:7300",
			Subsets:    []string{"0x" + strings.Repeat("ab", 32)},
			Properties: []FileProperty{{Name: "readonlyroot", Subset: "0x" + strings.Repeat("ab", 32), Verifier: "0x5FbDB2315678afecb367f032d93F642f64180aa3", Golden: []string{"0x01"}}},
			Quorum:     &FileQuorum{Peers: []FilePeer{{URL: "http://127.0.0.1:7401", TokenFile: "peer.token"}}, SubmitDelay: "4s"}}},
		Clients: []FileClient{{Name: "devnet", TokenSHA256: strings.Repeat("cd", 32), RatePerSecond: 10, Burst: 5}},
	}
	data, err := yaml.Marshal(&want)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "node.yaml")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := LoadFile(path)
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	got.dir = ""
	if !reflect.DeepEqual(*got, want) {
		t.Fatalf("loaded\n%+v\nwant\n%+v\nfrom\n%s", *got, want, data)
	}
}
