// Package bindings generates the Go bindings of vmattest's contracts with abigen v2 from forge's artifacts
// (see gen/): package registry binds EnclaveKeyRegistry, package verifier binds AttestationVerifier, package
// properties binds PropertyRegistry and package vault binds the example consumer KeeperVault.
// Do not edit the generated files: run `make generate`; `make test` fails when they are stale.
package bindings

//go:generate go run ./gen -artifacts ../../out -outdir .
