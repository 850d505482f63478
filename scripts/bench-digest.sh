#!/usr/bin/env bash
# bench-digest.sh: hashing speed and peak memory of `vmattest digest`, beside the peer tools in the same run
# (docs/benchmarks.md, "Hashing speed and memory"). Called by `make bench`; runs on its own too.
#
#   BLAKE3      vmattest vs b3sum (Rust, multi-threaded by default); the digests must be equal.
#   SHA-256     vmattest vs openssl dgst -sha256; the digests must be equal.
#   Keccak-256  vmattest alone; openssl dgst -sha3-256 is shown as a speed reference only: SHA3-256 runs the
#               same Keccak-f[1600] permutation at the same rate, but pads differently, so its digest differs.
#
# Every tool hashes the same 1 GiB file of random bytes, already in the page cache, RUNS times, the tools
# taking turns; a figure is the median run's wall time, process start included. BLAKE3 is also timed on a
# copy of the file in /dev/shm (tmpfs, as a VM's RAM file of a memory-backend-file is), vmattest beside b3sum
# in the same turns. Peak RSS is
# /usr/bin/time's maximum resident set size of hashing a 4 GiB sparse file (holes read as zeros), beside
# vmattest hashing a 4 KiB file. Exits non-zero when a digest differs from the peer's.
#
# Environment: VMATTEST (default bin/vmattest; `make build` makes it), RUNS (default 5), TMPDIR.
set -euo pipefail
cd "$(dirname "$0")/.."

VMATTEST=${VMATTEST:-bin/vmattest}
RUNS=${RUNS:-5}

# Tools, from Debian packages when missing.
missing=()
command -v b3sum >/dev/null || missing+=(b3sum)
[ -x /usr/bin/time ] || missing+=(time)
command -v openssl >/dev/null || missing+=(openssl)
if [ ${#missing[@]} -gt 0 ]; then
	echo "installing ${missing[*]}" >&2
	apt-get update -qq >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
fi
command -v node >/dev/null || { echo "bench-digest: node is needed to read vmattest's JSON" >&2; exit 1; }
[ -x "$VMATTEST" ] || { echo "bench-digest: $VMATTEST not found: run make build, or set VMATTEST" >&2; exit 1; }

dir=$(mktemp -d "${TMPDIR:-/tmp}/vmattest-bench.XXXXXX")
shm=$(mktemp -d /dev/shm/vmattest-bench.XXXXXX)
trap 'rm -rf "$dir" "$shm"' EXIT
file=$dir/random-1GiB
ramfile=$shm/random-1GiB
big=$dir/sparse-4GiB
tiny=$dir/tiny-4KiB
size=$((1 << 30))
head -c "$size" /dev/urandom >"$file"
cat "$file" >/dev/null # into the page cache
cp "$file" "$ramfile"
truncate -s 4G "$big"
head -c 4096 /dev/urandom >"$tiny"

# vm ALG FILE: vmattest's command line.
vm() { echo "$VMATTEST digest --file $2 --alg $1 --json"; }
# region_digest: the first region's digest, without 0x, from vmattest's JSON on stdin.
region_digest() {
	node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{console.log(JSON.parse(s).regions[0].digest.replace(/^0x/,""))})'
}

# region_ns: the first region's hashing time in nanoseconds, from vmattest's JSON on stdin.
region_ns() {
	node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{console.log(Math.round(JSON.parse(s).regions[0].seconds*1e9))})'
}

# Interleaved timed runs: T[name] gets each run's nanoseconds; OUT[name] the last run's output; E[name] the
# first region's hashing time that vmattest reports in each run.
declare -A T OUT E
names=(b3sum vm-blake3 b3sum-shm vm-blake3-shm openssl-sha256 vm-sha256 openssl-sha3-256 vm-keccak256)
declare -A CMD=(
	[b3sum]="b3sum $file"
	[vm-blake3]="$(vm blake3 "$file")"
	[b3sum-shm]="b3sum $ramfile"
	[vm-blake3-shm]="$(vm blake3 "$ramfile")"
	[openssl-sha256]="openssl dgst -sha256 -r $file"
	[vm-sha256]="$(vm sha256 "$file")"
	[openssl-sha3-256]="openssl dgst -sha3-256 -r $file"
	[vm-keccak256]="$(vm keccak256 "$file")"
)
for run in $(seq "$RUNS"); do
	echo "run $run of $RUNS" >&2
	for n in "${names[@]}"; do
		start=$(date +%s%N)
		OUT[$n]=$(${CMD[$n]})
		end=$(date +%s%N)
		T[$n]+="$((end - start)) "
		if [[ $n == vm-* ]]; then
			# The region's own hashing time, as vmattest reports it: what a running agent pays, without the
			# CLI's process start (package initialisation: docs/benchmarks.md).
			E[$n]+="$(echo "${OUT[$n]}" | region_ns) "
		fi
	done
done

# Digests: vmattest's must equal the peer's.
fail=0
check() { # check NAME PEER-HEX VMATTEST-HEX
	if [ "$2" = "$3" ]; then
		echo "$1 digests agree: $2" >&2
	else
		echo "bench-digest: $1 digests DIFFER: peer $2, vmattest $3" >&2
		fail=1
	fi
}
check BLAKE3 "$(echo "${OUT[b3sum]}" | cut -d' ' -f1)" "$(echo "${OUT[vm-blake3]}" | region_digest)"
check "BLAKE3 (/dev/shm)" "$(echo "${OUT[b3sum-shm]}" | cut -d' ' -f1)" "$(echo "${OUT[vm-blake3-shm]}" | region_digest)"
check SHA-256 "$(echo "${OUT[openssl-sha256]}" | cut -d' ' -f1)" "$(echo "${OUT[vm-sha256]}" | region_digest)"
echo "Keccak-256 digest (no peer digest: see the header): $(echo "${OUT[vm-keccak256]}" | region_digest)" >&2

# rate NANOSECONDS...: GB/s (1e9 bytes) of the median and of the best of the runs' times.
rate() {
	echo "$1" | tr ' ' '\n' | grep . | sort -n |
		awk -v s="$size" '{a[NR]=$1} END {printf "%.2f %.2f\n", s/a[int((NR+1)/2)], s/a[1]}'
}
# gbps NAME: rate of T[NAME] (the whole runs); engine_gbps NAME: rate of E[NAME] (the region's own time).
gbps() { rate "${T[$1]}"; }
engine_gbps() { rate "${E[$1]}"; }
# rss ALG FILE or rss-cmd CMD...: peak RSS in KiB.
rss_cmd() { /usr/bin/time -f %M -o "$dir/rss" "$@" >/dev/null && cat "$dir/rss"; }
echo "peak RSS runs (4 GiB)" >&2
declare -A RSS=(
	[b3sum]=$(rss_cmd b3sum "$big")
	[openssl-sha256]=$(rss_cmd openssl dgst -sha256 "$big")
	[openssl-sha3-256]=-
	[b3sum-shm]=-
	[vm-blake3-shm]=-
)
declare -A BASE
for alg in blake3 sha256 keccak256; do
	# shellcheck disable=SC2046
	RSS[vm-$alg]=$(rss_cmd $(vm "$alg" "$big"))
	# shellcheck disable=SC2046
	BASE[vm-$alg]=$(rss_cmd $(vm "$alg" "$tiny"))
done

mib() { [ "$1" = - ] && echo - || awk -v k="$1" 'BEGIN {printf "%.1f MiB", k/1024}'; }
echo
echo "Hashing a 1 GiB page-cache file (shm: a copy in /dev/shm) ($RUNS runs each, median [best]); peak RSS hashing a 4 GiB sparse file"
printf '| %-8s | %-11s | %-16s | %-14s | %-11s | %-28s |\n' tool algorithm "GB/s" "vmattest/peer" "peak RSS" "RSS over a 4 KiB file"
printf '|%s|%s|%s|%s|%s|%s|\n' ---------- ------------- ------------------ ---------------- ------------- ------------------------------
row() { # row TOOL ALG NAME PEER-NAME
	read -r med best < <(gbps "$3")
	ratio=""
	if [ -n "$4" ]; then
		read -r pmed _ < <(gbps "$4")
		ratio=$(awk -v a="$med" -v b="$pmed" 'BEGIN {printf "%.2fx", a/b}')
	fi
	over=""
	[ -n "${BASE[$3]:-}" ] && over="+$(mib $((RSS[$3] - BASE[$3]))) (base $(mib "${BASE[$3]}"))"
	printf '| %-8s | %-11s | %-16s | %-14s | %-11s | %-28s |\n' "$1" "$2" "$med [$best]" "$ratio" "$(mib "${RSS[$3]}")" "$over"
}
row b3sum BLAKE3 b3sum ""
row vmattest BLAKE3 vm-blake3 b3sum
row b3sum "BLAKE3 shm" b3sum-shm ""
row vmattest "BLAKE3 shm" vm-blake3-shm b3sum-shm
row openssl SHA-256 openssl-sha256 ""
row vmattest SHA-256 vm-sha256 openssl-sha256
row openssl SHA3-256 openssl-sha3-256 ""
row vmattest Keccak-256 vm-keccak256 openssl-sha3-256
echo
echo "(vmattest/peer > 1: vmattest is faster; the Keccak-256 ratio is against SHA3-256, a speed reference only)"
echo
echo "Hashing alone, as a running agent pays it: the region's time vmattest reports in the same runs (no process"
echo "start), beside the peer's whole run (b3sum's own start is about 2 ms)"
printf '| %-22s | %-16s | %-14s |\n' "vmattest, engine" "GB/s" "vmattest/peer"
printf '|%s|%s|%s|\n' ------------------------ ------------------ ----------------
engine_row() { # engine_row LABEL NAME PEER-NAME
	read -r med best < <(engine_gbps "$2")
	read -r pmed _ < <(gbps "$3")
	printf '| %-22s | %-16s | %-14s |\n' "$1" "$med [$best]" "$(awk -v a="$med" -v b="$pmed" 'BEGIN {printf "%.2fx", a/b}')"
}
engine_row "BLAKE3" vm-blake3 b3sum
engine_row "BLAKE3 shm" vm-blake3-shm b3sum-shm
engine_row "SHA-256" vm-sha256 openssl-sha256
exit $fail
