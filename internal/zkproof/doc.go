// Package zkproof proves properties of committed states (internal/zkcommit) with Groth16 over BN254 and
// exports the Solidity verifiers.
//
//   - Properties: a registry of provable properties (readonlyroot, goldendigest), each with its circuit
//     (circuits/...), public inputs, name, version and on-chain identifier keccak256(Tag()).
//   - Keys: DevSetup computes deterministic, INSECURE development keys (gnark's MPC setup with no
//     contribution, sealed with public beacons); Keys.Write and LoadKeys store keys with a manifest of
//     SHA-256 checksums that LoadKeys enforces; VerifyingKeyHash identifies a verifying key the way the
//     exported contract does.
//   - Proofs: Prove and Verify, a JSON form, and the Solidity calldata.
//   - ExportSolidity writes the verifier contracts; `go run ./internal/zkproof/gen` (go generate in this
//     directory) regenerates contracts/src/verifiers from the development keys, byte for byte.
//
// gnark logs to standard output through its global logger (github.com/consensys/gnark/logger): programs
// that print to standard output should call logger.Disable() or logger.SetOutput(os.Stderr).
package zkproof

//go:generate go run ./gen -outdir ../../contracts/src/verifiers
