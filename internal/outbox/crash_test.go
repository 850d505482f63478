package outbox

import (
	"bufio"
	"context"
	"crypto/rand"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
)

const crashEnv = "VMATTEST_OUTBOX_CRASH_CHILD"

// TestCrashChild is the child of TestCrashSafety: it puts records from several goroutines, submits some,
// and prints "ok <id>" after each Put returns, until it is killed.
func TestCrashChild(t *testing.T) {
	path := os.Getenv(crashEnv)
	if path == "" {
		t.Skip("run by TestCrashSafety")
	}
	o, err := Open(path)
	if err != nil {
		fmt.Println("open error:", err)
		os.Exit(2)
	}
	var vm [8]byte
	rand.Read(vm[:])
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := uint64(1); ; i++ {
				a := att(byte(w+1), i)
				copy(a.VMID[1:9], vm[:]) // a fresh VM for each run
				r, _, err := o.Put(context.Background(), a, Meta{Source: "crash"})
				if err != nil {
					fmt.Println("put error:", err)
					os.Exit(2)
				}
				mu.Lock()
				fmt.Fprintf(os.Stdout, "ok %s\n", r.ID)
				mu.Unlock()
				if i%3 == 0 {
					if _, err := o.MarkSubmitted([]ID{r.ID}, common.Hash{byte(i)}, i); err != nil {
						fmt.Println("submit error:", err)
						os.Exit(2)
					}
				}
			}
		}()
	}
	wg.Wait()
}

func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns child processes")
	}
	path := filepath.Join(t.TempDir(), FileName)
	var acked []ID
	for round := range 4 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashEnv+"="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		var b [1]byte
		rand.Read(b[:])
		killAfter := 20 + int(b[0])%60
		sc := bufio.NewScanner(out)
		n := 0
		killed := false
		timer := time.AfterFunc(10*time.Second, func() { cmd.Process.Kill() })
		for sc.Scan() {
			line := sc.Text()
			if !strings.HasPrefix(line, "ok ") {
				t.Fatalf("round %d: child: %s", round, line)
			}
			id, err := ParseID(strings.TrimPrefix(line, "ok "))
			if err != nil {
				t.Fatal(err)
			}
			acked = append(acked, id)
			if n++; n == killAfter && !killed {
				if err := cmd.Process.Kill(); err != nil { // SIGKILL
					t.Fatal(err)
				}
				killed = true
			}
		}
		timer.Stop()
		cmd.Wait()
		if !killed {
			t.Fatalf("round %d: child exited after %d records before it was killed", round, n)
		}

		o, err := Open(path)
		if err != nil {
			t.Fatalf("round %d: reopen after SIGKILL: %v", round, err)
		}
		checkConsistent(t, o, acked)
		if err := o.Close(); err != nil {
			t.Fatal(err)
		}
		t.Logf("round %d: killed after %d acked puts, %d in total", round, n, len(acked))
	}
}

// checkConsistent checks the bbolt file, that every acknowledged id is present, and that the indexes and
// counters agree with the records.
func checkConsistent(t *testing.T, o *Outbox, acked []ID) {
	t.Helper()
	err := o.db.View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			return err
		}
		return nil
	})
	if err != nil {
		t.Fatalf("bbolt check: %v", err)
	}
	for _, id := range acked {
		if _, err := o.Get(id); err != nil {
			t.Fatalf("acknowledged record lost: %v", err)
		}
	}
	all, err := o.List(Filter{}, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	count := map[State]uint64{}
	for _, r := range all {
		count[r.State]++
	}
	st, err := o.Stats()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range States() {
		if st[s] != count[s] {
			t.Fatalf("stats %v, records %v", st, count)
		}
		l, err := o.List(Filter{State: s}, 1<<20)
		if err != nil || uint64(len(l)) != count[s] {
			t.Fatalf("state index %s: %d entries, %d records (%v)", s, len(l), count[s], err)
		}
	}
	err = o.db.View(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bIDs, bKeys, bVMs} {
			if n := tx.Bucket(b).Stats().KeyN; n != len(all) {
				return fmt.Errorf("index %s has %d keys, %d records", b, n, len(all))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
