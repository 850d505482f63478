#!/usr/bin/env bash
# vmattest demo on a local anvil devnet: deploy the contracts, register an attestation key, sign an
# attestation with the vmattest CLI, submit it, and ask the verifier the questions a DeFi contract asks.
#
# This is the foundation's demo. State collection, TEE-bound keys, the node and proofs join it as their
# issues land (the full flow is `vmattest devnet`, issue 7). Every process it starts is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

VMATTEST=${VMATTEST:-bin/vmattest}
PORT=${VMATTEST_DEMO_PORT:-8545}
RPC="http://127.0.0.1:$PORT"
# anvil's first well-known development account: the operator/admin. Never use it outside a devnet.
ADMIN_KEY=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80
WORK=$(mktemp -d)
ANVIL_PID=

cleanup() {
	if [ -n "$ANVIL_PID" ] && kill -0 "$ANVIL_PID" 2>/dev/null; then kill "$ANVIL_PID"; wait "$ANVIL_PID" 2>/dev/null || true; fi
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
json() { node -e "const d=JSON.parse(require('fs').readFileSync(0,'utf8'));console.log($1)"; }

[ -x "$VMATTEST" ] || { echo "demo: $VMATTEST not built (run make build)" >&2; exit 1; }
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
	echo "demo: port $PORT is in use; set VMATTEST_DEMO_PORT to a free port" >&2; exit 1
fi

step "Starting anvil on $RPC"
scripts/foundry anvil --port "$PORT" --silent >"$WORK/anvil.log" 2>&1 &
ANVIL_PID=$!
for _ in $(seq 150); do scripts/foundry cast chain-id --rpc-url "$RPC" >/dev/null 2>&1 && break; sleep 0.2; done
CHAIN_ID=$(scripts/foundry cast chain-id --rpc-url "$RPC")
ADMIN=$(scripts/foundry cast wallet address "$ADMIN_KEY")
echo "chain id $CHAIN_ID, operator $ADMIN"

# A revert at gas estimation fails cast send; success is read from the receipt's status all the same.
try_send() { scripts/foundry cast send --rpc-url "$RPC" --private-key "$ADMIN_KEY" --json "$@" 2>&1 || true; }
send() {
	local out
	out=$(try_send "$@")
	if ! grep -q '"status":"0x1"' <<<"$out"; then echo "demo: transaction $2 failed: $out" >&2; return 1; fi
	echo "$out"
}
deploy() {
	local contract=$1; shift
	scripts/foundry forge create "contracts/src/$contract.sol:$contract" --rpc-url "$RPC" --private-key "$ADMIN_KEY" \
		--broadcast --json --constructor-args "$@" | json 'd.deployedTo'
}

step "Deploying EnclaveKeyRegistry and AttestationVerifier"
REGISTRY=$(deploy EnclaveKeyRegistry 0 "$ADMIN")
VERIFIER=$(deploy AttestationVerifier "$REGISTRY" 0 "$ADMIN")
echo "registry $REGISTRY"
echo "verifier $VERIFIER"
send "$REGISTRY" "grantRole(bytes32,address)" "$(scripts/foundry cast call --rpc-url "$RPC" "$REGISTRY" 'REGISTRAR_ROLE()(bytes32)')" "$ADMIN" >/dev/null
send "$VERIFIER" "grantRole(bytes32,address)" "$(scripts/foundry cast call --rpc-url "$RPC" "$VERIFIER" 'POLICY_ROLE()(bytes32)')" "$ADMIN" >/dev/null

MANIFEST=docs/examples/subsets/host.yaml
step "Approving the subset $MANIFEST (all three hash algorithms; max age 1 h, max future skew 60 s)"
SUBSET=$("$VMATTEST" subset id "$MANIFEST")
send "$VERIFIER" "approveSubset(bytes32,(uint32,uint32,uint32),string,string,string)" "$SUBSET" "(14,3600,60)" \
	"host-baseline" "1" "file://$MANIFEST" >/dev/null
echo "subset $SUBSET (keccak256 of the manifest's canonical encoding)"

step "Generating the attestation key inside a simulated SEV-SNP device (INSECURE: devnet only) and binding it into evidence"
VM_ID=$(cat /proc/sys/kernel/random/uuid)
VM_HEX=0x$(echo "$VM_ID" | tr -d -)
"$VMATTEST" keys generate --tee sev-snp-sim --sim-dir "$WORK/snpsim" --dir "$WORK/key" \
	--chain-id "$CHAIN_ID" --registry "$REGISTRY" --valid-for 24h 2>/dev/null | sed 's/^/  /'
"$VMATTEST" evidence sim-root --sim-dir "$WORK/snpsim" --out "$WORK/snpsim-root.pem" 2>/dev/null >/dev/null
KEY_ADDR=$(json 'd.binding.address' <"$WORK/key/registration.json")

step "Registrar: verifying the evidence (report signature and chain, REPORT_DATA binding, no debug) and approving the key"
echo "${ADMIN_KEY#0x}" >"$WORK/operator.key"
"$VMATTEST" keys register --registration "$WORK/key/registration.json" --vm "$VM_ID" --rpc "$RPC" \
	--operator-key "$WORK/operator.key" --sim-root "$WORK/snpsim-root.pem" --allow-insecure 2>/dev/null | sed 's/^/  /'
echo "vm $VM_ID, attestation key $KEY_ADDR (the operator key $ADMIN only pays and approves)"

step "Hashing this machine's mount table and kernel facts with the vmattest collector (BLAKE3)"
"$VMATTEST" digest --subset "$MANIFEST" --alg blake3 --json --dump-dir "$WORK/facts" >"$WORK/digest.json"
json 'd.regions.map(r=>"  "+r.name.padEnd(8)+r.kind.padEnd(8)+String(r.length).padStart(7)+" bytes  "+r.digest).join("\n")' <"$WORK/digest.json"
DIGEST=$(json 'd.subsetDigest' <"$WORK/digest.json")
echo "state digest $DIGEST; the facts are in canonical JSON, e.g. b3sum of the mount table: $(b3sum --no-names "$WORK/facts/mounts.json" 2>/dev/null || echo 'b3sum not installed')"

step "Signing the attestation with the vmattest CLI (EIP-712, docs/protocol.md)"
now() { scripts/foundry cast block latest --rpc-url "$RPC" --field timestamp; }
sign() {
	"$VMATTEST" attestation sign --chain-id "$CHAIN_ID" --verifier "$VERIFIER" --vm "$VM_ID" --subset "$SUBSET" \
		--alg blake3 --digest "$DIGEST" --timestamp "$(now)" --sequence "$1" --tee sev-snp-sim --sim-dir "$WORK/snpsim" \
		--key-dir "$WORK/key" 2>/dev/null
}
sign 1 >"$WORK/att1.json"
cat "$WORK/att1.json"
"$VMATTEST" attestation verify "$WORK/att1.json" --chain-id "$CHAIN_ID" --verifier "$VERIFIER" --signer "$KEY_ADDR" >/dev/null
echo "verified offline: signed by $KEY_ADDR"

# submit SEND FILE: send the verifier's submit for a signed attestation; the vmattest CLI encodes the calldata
# (with the signature in EIP-2098 compact form).
submit() { $1 "$VERIFIER" "$("$VMATTEST" attestation calldata "$2")"; }

step "Submitting it on chain"
RECEIPT=$(submit send "$WORK/att1.json")
TX1=$(echo "$RECEIPT" | json 'd.transactionHash')
GAS1=$(echo "$RECEIPT" | json 'parseInt(d.gasUsed)')
echo "tx $TX1, gas used $GAS1 (first record for this VM and subset)"

sign 2 >"$WORK/att2.json"
RECEIPT=$(submit send "$WORK/att2.json")
TX2=$(echo "$RECEIPT" | json 'd.transactionHash')
GAS2=$(echo "$RECEIPT" | json 'parseInt(d.gasUsed)')
echo "tx $TX2, gas used $GAS2 (update, sequence 2): $((GAS2 - 21000)) beyond the 21000 base"

step "Asking what a DeFi contract asks"
ask() { scripts/foundry cast call --rpc-url "$RPC" "$VERIFIER" "$1(bytes16,bytes32,uint256)(bool)" "$VM_HEX" "$SUBSET" 600; }
echo "isFresh(vm, subset, 600 s)  = $(ask isFresh)"
echo "isIntact(vm, subset, 600 s) = $(ask isIntact)   (the digest is not a golden digest yet)"
send "$VERIFIER" "addGoldenDigest(bytes32,bytes32,string)" "$SUBSET" "$DIGEST" "demo baseline" >/dev/null
echo "isIntact after registering the digest as golden = $(ask isIntact)"

step "Replaying attestation 1 (must be refused)"
OUT=$(submit try_send "$WORK/att1.json")
if grep -q '"status":"0x1"' <<<"$OUT"; then echo "demo: the replay was accepted: this is a bug" >&2; exit 1; fi
REVERT=$(grep -o 'data: "0x[0-9a-f]*"' <<<"$OUT" | grep -o '0x[0-9a-f]*' | head -1)
[ -n "$REVERT" ] || { echo "demo: the replay failed without revert data: $OUT" >&2; exit 1; }
echo "refused with SequenceNotIncreasing(vmId, subsetId, sequence, lastSequence):"
scripts/foundry cast decode-error --sig "SequenceNotIncreasing(bytes16,bytes32,uint64,uint64)" "$REVERT" | sed 's/^/  /'

step "Summary"
cat <<SUMMARY
chain             anvil, chain id $CHAIN_ID, $RPC
registry          $REGISTRY
verifier          $VERIFIER
vm                $VM_ID
subset            $SUBSET ($MANIFEST, blake3, max age 3600 s)
attestation key   $KEY_ADDR (simulated SEV-SNP: INSECURE, devnet only)
state digest      $DIGEST
submissions       $TX1 ($GAS1 gas), $TX2 ($GAS2 gas)
isIntact          $(ask isIntact)
SUMMARY
