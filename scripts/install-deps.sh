#!/usr/bin/env bash
# install-deps.sh: install the Debian packages that vmattest's tests and benchmarks use, when missing:
#   qemu-system-x86  the real VM of the guest-memory integration tests (test/qemu_test.go)
#   b3sum, time      the peer tool and peak-RSS measurement of `make bench`
#   cpio             packs the busybox initramfs of the real Linux guest (scripts/fetch-guest.sh, run last)
# Needs root and apt-get (Debian, as on the project's machines). Everything else comes from npm and the Go
# module proxy through the Makefile.
set -euo pipefail

need=()
command -v qemu-system-x86_64 >/dev/null || need+=(qemu-system-x86)
command -v b3sum >/dev/null || need+=(b3sum)
[ -x /usr/bin/time ] || need+=(time)
command -v cpio >/dev/null || need+=(cpio)
if [ ${#need[@]} -gt 0 ]; then
	if ! command -v apt-get >/dev/null; then
		echo "install-deps: missing ${need[*]} and no apt-get here: install them with your package manager" >&2
		exit 1
	fi
	SUDO=
	if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi
	echo "install-deps: installing ${need[*]}"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# The real Linux guest of the guest-kernel tests (cached; a no-op once fetched). Not fatal: the tests say why
# they cannot run.
if command -v apt-get >/dev/null; then
	"$(dirname "$0")/fetch-guest.sh" --dbg >/dev/null || echo "install-deps: scripts/fetch-guest.sh --dbg failed (see above)" >&2
fi
