#!/usr/bin/env bash
# make demo: the whole vmattest flow on a local devnet, from a fresh machine (make demo has built the
# contracts and the binary with the pinned toolchain). It installs QEMU and fetches the real Linux guest
# (scripts/install-deps.sh, cached) when it can; without the guest kernel the guest is a paused QEMU guest's
# firmware blob, without QEMU a raw image, and the demo says so. Then it runs `vmattest devnet --once`: anvil
# and every contract, simulated SEV-SNP keys registered through their evidence, one agent per workload, the
# oracle node, attestations on chain, the Linux guest's golden digest computed offline from its -dbg vmlinux,
# readonlyroot proven or refused, KeeperVault acting on the answer, and a simulated rootkit hooking the guest's
# sys_call_table caught on chain (isIntact false, VMNotIntact). Every process it starts is stopped on exit or
# Ctrl-C. `vmattest devnet` (without --once) keeps the devnet running.
set -euo pipefail
cd "$(dirname "$0")/.."

VMATTEST=${VMATTEST:-bin/vmattest}
[ -x "$VMATTEST" ] || { echo "demo: $VMATTEST not built (run make build)" >&2; exit 1; }
if ! command -v qemu-system-x86_64 >/dev/null; then
	scripts/install-deps.sh || echo "demo: QEMU could not be installed; the guest's memory will be a raw memory image" >&2
elif ! scripts/fetch-guest.sh --dbg >/dev/null; then
	echo "demo: the Linux guest could not be fetched; the guest will be a paused QEMU guest's firmware blob" >&2
fi
# NODES=3 (make demo NODES=3, or --nodes 3): three oracle nodes attest the guest in a 2-of-3 quorum, and the
# third sees a tampered copy of its memory: outvoted and flagged.
nodes=()
if [ "${NODES:-1}" -gt 1 ]; then
	nodes=(--nodes "$NODES")
	[ "$NODES" -ge 3 ] && nodes+=(--dissenting-node "$NODES")
fi
# PROOF=1: the keeper's key is registered by a zero-knowledge proof of its SEV-SNP report, not by a registrar.
[ "${PROOF:-0}" = 1 ] && nodes+=(--proof-registration)
# SNP_KEYS=dir: prove with those keys of the report circuit (e.g. a ceremony's) instead of single-party ones.
[ "${PROOF:-0}" = 1 ] && [ -n "${SNP_KEYS:-}" ] && nodes+=(--snp-keys "$SNP_KEYS")
exec "$VMATTEST" devnet --once --port "${VMATTEST_DEMO_PORT:-0}" --node-port "${VMATTEST_DEMO_NODE_PORT:-0}" "${nodes[@]}" "$@"
