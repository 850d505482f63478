// Package zkproof owns vmattest's Groth16 circuits over BN254 and their keys: it proves properties of
// committed states (internal/zkcommit) and SEV-SNP reports, and exports the Solidity verifiers.
//
//   - Circuits: every circuit has a descriptor, Circuit (name, version, constructor, verifier contract,
//     public inputs, VerifierStyle); Circuits lists them: the properties' and SNPReport. Nothing else
//     about keys depends on which circuit it is.
//   - Properties: a registry of provable properties (readonlyroot, goldendigest), each with its circuit
//     (circuits/...), public inputs, name, version and on-chain identifier keccak256(Tag()).
//   - Keys: one type for every circuit, whatever made it. DevSetup computes INSECURE development keys
//     (deterministic for a property: gnark's MPC setup with no contribution, sealed with public beacons;
//     single-party for SNPReport); internal/ceremony's Finalize returns a ceremony's; Keys.Write and
//     LoadKeys store keys with the one manifest (Manifest, <circuit>.keys.json) of SHA-256 checksums,
//     circuit hash and verifying-key hash that LoadKeys enforces; VerifyingKeyHash identifies a verifying
//     key the way the exported contract does; CheckSetupForChain keeps development keys on devnets.
//   - Proofs: Prove and Verify, a JSON form, and the Solidity calldata; ProveReport for SNPReport.
//   - ExportSolidity, the one exporter, writes the verifier contracts; `go run ./internal/zkproof/gen` (go
//     generate in this directory) regenerates contracts/src/verifiers from the development keys, byte for
//     byte.
//
// gnark logs to standard output through its global logger (github.com/consensys/gnark/logger): programs
// that print to standard output should call logger.Disable() or logger.SetOutput(os.Stderr).
package zkproof

//go:generate go run ./gen -outdir ../../contracts/src/verifiers
