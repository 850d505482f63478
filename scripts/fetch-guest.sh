#!/usr/bin/env bash
# fetch-guest.sh: fetch a real Linux guest for vmattest's guest-kernel tests and devnet, without installing it:
#   the kernel of Debian's linux-image-<abi>-cloud-amd64 package (apt-get download + dpkg -x) and an
#   initramfs built from busybox-static whose /init prints /proc/kallsyms' anchors on the serial console.
# With --dbg it also fetches the matching linux-image-<abi>-cloud-amd64-dbg package (about 280 MB) and keeps
# its vmlinux (with symbols) and the real System.map (the image package's System.map is a placeholder).
# Downloads are cached, keyed by the package version, in $VMATTEST_CACHE or ${XDG_CACHE_HOME:-~/.cache}/vmattest,
# so repeated runs download nothing. Prints the cache directory of that version on stdout:
#   <dir>/vmlinuz <dir>/initramfs.cpio.gz [<dir>/vmlinux <dir>/System.map]
# Usage: scripts/fetch-guest.sh [--dbg] [ABI]   (ABI e.g. 6.1.0-57; default: what linux-image-cloud-amd64 depends on)
# Needs apt-get, dpkg-deb and cpio (scripts/install-deps.sh installs cpio). Exit 2: apt-get download impossible.
set -euo pipefail

dbg=0
if [ "${1:-}" = "--dbg" ]; then dbg=1; shift; fi
abi="${1:-}"
for tool in apt-get apt-cache dpkg-deb cpio gzip; do
	if ! command -v "$tool" >/dev/null; then
		echo "fetch-guest: $tool is missing (scripts/install-deps.sh)" >&2
		exit 2
	fi
done
# A fresh machine (CI) may have no package lists yet: as root, fetch them once.
if ! apt-cache show linux-image-cloud-amd64 >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
	apt-get update -qq >/dev/null 2>&1 || true
fi
if [ -z "$abi" ]; then
	abi=$(apt-cache depends linux-image-cloud-amd64 2>/dev/null | sed -n 's/.*Depends: linux-image-\(.*\)-cloud-amd64$/\1/p' | head -n1)
	if [ -z "$abi" ]; then
		echo "fetch-guest: apt knows no linux-image-cloud-amd64 (run apt-get update)" >&2
		exit 2
	fi
fi
pkg="linux-image-${abi}-cloud-amd64"
ver=$(apt-cache policy "$pkg" | sed -n 's/^ *Candidate: //p')
if [ -z "$ver" ] || [ "$ver" = "(none)" ]; then
	echo "fetch-guest: apt has no candidate for $pkg" >&2
	exit 2
fi
cache="${VMATTEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/vmattest}"
dir="$cache/guest/${abi}_${ver}"
mkdir -p "$dir"
work=$(mktemp -d "$dir/.work.XXXXXX")
trap 'rm -rf "$work"' EXIT

download() { # package -> the .deb's path in $work
	(cd "$work" && apt-get download -q "$1" >/dev/null 2>"$work/apt.err") || {
		echo "fetch-guest: apt-get download $1 failed: $(cat "$work/apt.err")" >&2
		exit 2
	}
	ls "$work"/"$1"_*.deb
}

if [ ! -s "$dir/vmlinuz" ]; then
	deb=$(download "$pkg")
	dpkg-deb -x "$deb" "$work/img"
	cp "$work/img/boot/vmlinuz-${abi}-cloud-amd64" "$work/vmlinuz"
	mv "$work/vmlinuz" "$dir/vmlinuz"
fi

if [ ! -s "$dir/initramfs.cpio.gz" ]; then
	deb=$(download busybox-static)
	dpkg-deb -x "$deb" "$work/bb"
	root="$work/root"
	mkdir -p "$root/bin" "$root/proc" "$root/sys" "$root/dev"
	cp "$work/bb/bin/busybox" "$root/bin/busybox"
	for app in sh mount grep cat echo sleep poweroff; do ln -s busybox "$root/bin/$app"; done
	# /init: mount /proc, print the kallsyms anchors (the slide check of the tests) between markers, idle.
	cat >"$root/init" <<'INIT'
#!/bin/sh
mount -t proc proc /proc
echo VMATTEST-KALLSYMS-BEGIN
grep -E ' (_text|_stext|_etext|__start_rodata|__end_rodata|sys_call_table|idt_table|linux_banner|init_top_pgt)$' /proc/kallsyms
echo VMATTEST-KALLSYMS-END
if grep -q vmattest.dumpsyms /proc/cmdline; then
	echo VMATTEST-ALLSYMS-BEGIN
	cat /proc/kallsyms
	echo VMATTEST-ALLSYMS-END
fi
echo VMATTEST-READY
while true; do sleep 3600; done
INIT
	chmod 755 "$root/init"
	(cd "$root" && find . | cpio -o -H newc --quiet | gzip -9) >"$work/initramfs.cpio.gz"
	mv "$work/initramfs.cpio.gz" "$dir/initramfs.cpio.gz"
fi

if [ "$dbg" = 1 ] && { [ ! -s "$dir/vmlinux" ] || [ ! -s "$dir/System.map" ]; }; then
	deb=$(download "${pkg}-dbg")
	dpkg-deb -x "$deb" "$work/dbg"
	found_map=$(find "$work/dbg" -name "System.map-${abi}-cloud-amd64" | head -n1)
	found_elf=$(find "$work/dbg" -name "vmlinux-${abi}-cloud-amd64" -type f | head -n1)
	if [ -z "$found_map" ] || [ -z "$found_elf" ]; then
		echo "fetch-guest: ${pkg}-dbg holds no System.map or vmlinux" >&2
		exit 1
	fi
	mv "$found_elf" "$dir/vmlinux"
	mv "$found_map" "$dir/System.map"
fi
echo "$dir"
