package test

import (
	"strings"
	"testing"

	"github.com/vmattest/vmattest/internal/testsupport/vmitest"
)

// TestGuestKernel_adHocFlags: `vmattest digest --guest-kernel` hashes a running guest's kernel structures
// without a manifest, in one pause through --qmp, and gives the digests of the same structures from a
// manifest; a missing pin, a wrong pin and a symbol the map does not have are errors naming what is wrong.
func TestGuestKernel_adHocFlags(t *testing.T) {
	files := vmitest.Fetch(t, true)
	pin := fileSHA256(t, files.SystemMap)
	g := vmitest.Boot(t, files, vmitest.Options{})
	common := []string{"--ram", g.RAMPath, "--symbols", files.SystemMap, "--symbols-sha256", pin, "--alg", "sha256"}
	adHoc := runDigest(t, append(common, "--qmp", g.QMP, "--guest-kernel", "sys_call_table", "--guest-kernel", "idt_table",
		"--guest-kernel", "linux_banner+64", "--guest-kernel", "__start_rodata..sys_call_table")...)
	if len(adHoc.Pauses) != 1 || !adHoc.Pauses[0].Paused || len(adHoc.Pauses[0].Regions) != 4 {
		t.Errorf("pauses %+v, want the four regions in one pause", adHoc.Pauses)
	}
	g.Stop(t)
	fromManifest := runDigest(t, "--alg", "sha256", "--subset", kernelManifest(t, g.RAMPath, files.SystemMap, pin, "", "syscalls", "idt", "banner", "syscall-head"))
	g.Cont(t)
	if len(adHoc.Regions) != len(fromManifest.Regions) {
		t.Fatalf("%d ad-hoc regions, %d from the manifest", len(adHoc.Regions), len(fromManifest.Regions))
	}
	for i, r := range fromManifest.Regions {
		if adHoc.Regions[i].Digest != r.Digest || adHoc.Regions[i].Kind != "guest-kernel" {
			t.Errorf("%s: ad hoc %+v, manifest %+v", r.Name, adHoc.Regions[i], r)
		}
	}
	wrongPin := strings.Repeat("ab", 32)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--guest-kernel", "sys_call_table", "--ram", g.RAMPath}, "--guest-kernel needs --ram"},
		{[]string{"--file", files.SystemMap, "--symbols", files.SystemMap}, "go with --guest-kernel"},
		{[]string{"--guest-kernel", "sys_call_table", "--ram", g.RAMPath, "--symbols", files.SystemMap, "--symbols-sha256", wrongPin}, `region 0 ("guest-kernel-1", guest-kernel)`},
		{[]string{"--guest-kernel", "no_such_symbol+8", "--ram", g.RAMPath, "--symbols", files.SystemMap, "--symbols-sha256", pin}, "no_such_symbol"},
		{[]string{"--guest-kernel", "kernel_text", "--ram", g.RAMPath, "--symbols", files.SystemMap, "--symbols-sha256", pin}, "guest-kernel.structure"},
	} {
		if out := runDigestErr(t, c.args...); !strings.Contains(out, c.want) {
			t.Errorf("digest %v: %q, want an error containing %q", c.args, out, c.want)
		}
	}
}
