package vmi_test

import (
	"crypto/sha256"
	"os"
	"testing"

	"github.com/vmattest/vmattest/internal/testsupport/vmitest"
	"github.com/vmattest/vmattest/internal/vmi"
)

// BenchmarkGuestKernel measures, on a booted guest, the steps of reading kernel text (unrelocated),
// sys_call_table and idt_table: loading the pinned symbol file (read, hash, parsed once), locating the
// kernel (KASLR slide and validation), and reading each structure (docs/benchmarks.md).
func BenchmarkGuestKernel(b *testing.B) {
	files := vmitest.Fetch(b, true)
	g := vmitest.Boot(b, files, vmitest.Options{})
	data, err := os.ReadFile(files.SystemMap)
	if err != nil {
		b.Fatal(err)
	}
	pin := sha256.Sum256(data)
	syms, err := vmi.LoadSymbols(files.SystemMap, pin)
	if err != nil {
		b.Fatal(err)
	}
	f, err := os.Open(g.RAMPath)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	phys := vmi.NewPhysical(f, g.RAMSize, nil)
	k, err := vmi.Locate(phys, syms, vmi.LocateOptions{})
	if err != nil {
		b.Fatal(err)
	}
	text, _ := vmi.Selector{Structure: vmi.StructText}.Resolve(syms)
	relocsPath, relocsPin := vmitest.TextRelocs(b, files, syms)
	b.Run("load-symbols", func(b *testing.B) {
		for range b.N {
			if _, err := vmi.LoadSymbols(files.SystemMap, pin); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("locate", func(b *testing.B) {
		for range b.N {
			if _, err := vmi.Locate(phys, syms, vmi.LocateOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("text-unrelocated", func(b *testing.B) {
		b.SetBytes(int64(text.Length))
		for range b.N {
			r, err := vmi.LoadRelocs(relocsPath, relocsPin)
			if err != nil {
				b.Fatal(err)
			}
			t, err := k.Read(text)
			if err != nil {
				b.Fatal(err)
			}
			if err := vmi.Unrelocate(t, r.Sites, k.Slide); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, s := range []string{vmi.StructSyscalls, vmi.StructIDT} {
		e, _ := vmi.Selector{Structure: s}.Resolve(syms)
		b.Run(s, func(b *testing.B) {
			for range b.N {
				if _, err := k.Read(e); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
