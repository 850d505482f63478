//go:build pins

// Package pins keeps go.mod's requirement on the modules that DEVELOPERS.md pins but that no package
// imports yet: gnark v0.16.2 and gnark-crypto v0.21.0 (circuits, issue 5), go-sev-guest v0.15.0 (never
// older: v0.14 trusted forged root chains; the enclave issue) and lukechampine.com/blake3 v1.4.1 (the digest
// engine). The build tag keeps it out of every build; `go mod tidy` still sees it. Remove an import here
// when real code imports that module.
package pins

import (
	_ "github.com/consensys/gnark-crypto/ecc"
	_ "github.com/consensys/gnark/frontend"
	_ "github.com/google/go-sev-guest/abi"
	_ "lukechampine.com/blake3"
)
