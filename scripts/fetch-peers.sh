#!/usr/bin/env bash
# fetch-peers.sh: download the pinned peer packages that `make bench` measures against, into cache/peers,
# and print the directory of each. npm checks each tarball's integrity; nothing here is committed.
#   EAS: @ethereum-attestation-service/eas-contracts (its compiled artifacts are deployed and measured).
set -euo pipefail
cd "$(dirname "$0")/.."
EAS_VERSION=1.9.0
dest=cache/peers
dir=$dest/eas-contracts-$EAS_VERSION
if [ ! -f "$dir/artifacts/contracts/EAS.sol/EAS.json" ]; then
	mkdir -p "$dest" "$dir"
	tgz=$(npm pack "@ethereum-attestation-service/eas-contracts@$EAS_VERSION" --pack-destination "$dest" --silent | tail -1)
	tar -xzf "$dest/$tgz" -C "$dir" --strip-components=1
	rm -f "$dest/$tgz"
fi
echo "$PWD/$dir"
