# vmattest build, test and demo entry points. A fresh clone needs Go, Node.js/npm and make; `make tools`
# installs the pinned Solidity toolchain (Foundry and solc from npm) into node_modules, nothing globally.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

GO     ?= go
# The native binaries, through scripts/foundry: npm's node_modules/.bin shims lose the exit status.
FORGE  := scripts/foundry forge

# The forge profile: `ci` runs more fuzz and invariant cases.
FOUNDRY_PROFILE ?= default
export FOUNDRY_PROFILE

.PHONY: all tools deps build contracts generate check-generated test test-short test-go test-go-short test-e2e test-forge gas gas-check bench demo fmt lint clean

all: build

## tools: install the pinned toolchain from package-lock.json (forge, anvil, cast, solc, OpenZeppelin).
tools: node_modules/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	./scripts/solc --version >/dev/null
	$(FORGE) --version | head -1
	touch $@

## deps: install the Debian packages the tests and benchmarks use (QEMU, b3sum, time); needs root.
deps:
	scripts/install-deps.sh

## contracts: compile the Solidity sources.
contracts: tools
	$(FORGE) build

## build: compile the contracts and the vmattest binary into bin/.
build: contracts
	$(GO) build -o bin/vmattest ./cmd/vmattest

## generate: regenerate the Groth16 verifier contracts (from the deterministic INSECURE development keys)
## and the Go bindings of the contracts.
generate:
	$(GO) run ./internal/zkproof/gen -outdir contracts/src/verifiers
	$(MAKE) contracts
	$(GO) generate ./internal/bindings

## check-generated: fail when the committed bindings differ from what the contracts generate.
check-generated: contracts
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(GO) run ./internal/bindings/gen -artifacts out -outdir "$$tmp"; \
	for pkg in registry verifier properties vault; do \
		if ! diff -q "$$tmp/$$pkg/$$pkg.go" "internal/bindings/$$pkg/$$pkg.go" >/dev/null; then \
			echo "internal/bindings/$$pkg is stale: run 'make generate' and commit the result" >&2; \
			diff -u "internal/bindings/$$pkg/$$pkg.go" "$$tmp/$$pkg/$$pkg.go" | head -40 >&2; exit 1; fi; \
	done

## test: every test: lint, generated-code drift, Go unit, integration (QEMU, live processes) and end-to-end
## tests (devnets of real processes on anvil: full flow, node crash, chain outage, attacks, a 60 s load run),
## forge tests, gas snapshot.
test: tools deps lint check-generated test-go test-forge gas-check

## test-short: the fast tiers only (no anvil end-to-end runs, benchmarks or zk setups): lint, drift, Go tests
## with -short, forge tests, gas snapshot.
test-short: tools lint check-generated test-go-short test-forge gas-check

test-go: contracts
	$(GO) test -count=1 -timeout 30m ./...

test-go-short: contracts
	$(GO) test -count=1 -short ./...

## test-e2e: the end-to-end tests only (test/), against devnets of real processes.
test-e2e: contracts
	$(GO) test -count=1 -timeout 20m -v ./test

## test-forge: every forge test, with the gas report (what Solidity developers run first: it must pass).
test-forge: tools
	$(FORGE) test --gas-report

## The forge test contracts that record gas figures (vm.snapshotValue, vm.snapshotGasLastCall) in snapshots/.
GAS_CONTRACTS := ^(GasTest|ZKVerifiersTest|PropertyRegistryRealTest|PropertyRegistryCostTest|KeeperVaultTest)$$

## gas: rewrite the committed gas figures: .gas-snapshot (the Gas tests) and snapshots/*.json (every test that
## records one). Explain a change in the commit.
gas: tools
	$(FORGE) snapshot --match-contract GasTest
	FORGE_SNAPSHOT_EMIT=true $(FORGE) test --match-contract '$(GAS_CONTRACTS)'

## gas-check: fail when a measured gas figure differs from the committed one (the budgets live there, not in
## asserts, so that `forge test --gas-report` passes too).
gas-check: tools
	$(FORGE) snapshot --match-contract GasTest --check
	FORGE_SNAPSHOT_CHECK=true $(FORGE) test --match-contract '$(GAS_CONTRACTS)'

## bench: benchmarks and measured figures, beside the peers' in the same run (see docs/benchmarks.md).
bench: deps build
	$(GO) test -run '^$$' -bench . -benchmem $$($(GO) list ./... | grep -v '/oracle$$')
	VMATTEST=bin/vmattest scripts/bench-digest.sh
	$(GO) test -count=1 -run '^$$' -bench 'BenchmarkNode' -benchtime 1000x ./oracle
	VMATTEST_EAS_DIR=$$(scripts/fetch-peers.sh) $(GO) test -count=1 -run 'TestGasFigures|TestGasVersusEAS' -v ./internal/onchain
	$(GO) test -c -o bin/zkproof.test ./internal/zkproof
	cd internal/zkproof && /usr/bin/time -f 'BENCH snpreport peak RSS %M KiB, wall %e s' ../../bin/zkproof.test -test.run TestProveAndVerifyOnChain -test.v 2>&1 | grep -E 'BENCH|^(ok|FAIL|---|PASS)'
	$(GO) test -count=1 -run 'TestLoadSustained|TestRegisterWithProof' -v ./test | grep -E 'BENCH|^(ok|FAIL|---)'

## demo: the whole flow on a local devnet of real processes (vmattest devnet --once); QEMU is installed when
## possible (scripts/install-deps.sh), else the guest's memory is a raw image and the demo says so.
## NODES=3: three nodes attest the guest in a 2-of-3 quorum; the third sees a tampered guest and is outvoted.
## PROOF=1: the keeper's key is registered by a zero-knowledge proof of its SEV-SNP report (about a minute more);
## SNP_KEYS=dir proves with those keys of the report circuit (a ceremony's) instead of single-party ones.
demo: build
	NODES=$(or $(NODES),1) PROOF=$(or $(PROOF),0) SNP_KEYS=$(SNP_KEYS) ./scripts/demo.sh

fmt: tools
	gofmt -w $$(git ls-files '*.go')
	$(FORGE) fmt

lint: tools
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt would change: $$out" >&2; exit 1; fi
	$(GO) vet ./...
	$(FORGE) fmt --check

clean:
	rm -rf bin out cache
