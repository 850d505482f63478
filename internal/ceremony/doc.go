// Package ceremony runs the multi-party trusted setup (the "ceremony") that produces vmattest's
// production Groth16 proving and verifying keys on BN254, with gnark's
// backend/groth16/bn254/mpcsetup: phase 1 ("powers of tau", circuit independent) and phase 2 (circuit
// specific) of Bowe–Gabizon–Miers (https://eprint.iacr.org/2017/1050).
//
// The ceremony has no coordinator. It is a directory of files that contributors take turns to update:
// each one runs Contribute on the directory (copied to their machine, or on a shared disk), which
// checks the whole chain of the current phase before building on it, and publishes the SHA-256 of the
// file it wrote. As long as one contributor of each phase destroyed their randomness (gnark draws it from
// crypto/rand and never writes it anywhere), nobody can forge proofs with the resulting keys. Anyone can
// re-check the chain with Verify; a contributor checks that the hash they published is in it.
//
// # Steps
//
//	Init           ceremony.json, circuit.r1cs, phase1-000.bin                         phase "phase1"
//	Contribute     phase1-001.bin, phase1-002.bin, ...  (one per contributor)
//	ClosePhase1    phase1-sealed.bin, phase2-000.bin, phase2-evals.bin                 phase "phase2"
//	Contribute     phase2-001.bin, phase2-002.bin, ...  (one per contributor)
//	Finalize       proving.key, verifying.key, keys.json                               phase "finalized"
//	Verify         any time: re-checks everything written so far
//
// Init with InitOptions.Phase1Transcript starts from an existing sealed phase 1 instead (a
// phase1-sealed.bin of another ceremony, or any gnark mpcsetup.SrsCommons file): it is copied
// byte for byte to phase1-sealed.bin, checked for structure (its vectors are powers of one τ with the
// α and β terms consistent; who knows τ is a matter of trusting the ceremony that made it), and the
// ceremony starts at phase 2. A phase 1 of a larger domain than the circuit needs is truncated to the
// circuit's domain (a prefix of powers of τ is itself a valid powers of τ), so one phase 1 can serve
// several circuits (InitOptions.Phase1DomainSize sizes a phase 1 run here for that).
//
// # Files
//
// All files live directly in the ceremony directory; the names are fixed, never taken from
// ceremony.json.
//
//	ceremony.json      the manifest (Manifest): format and version, curve and backend, circuit label,
//	                   circuit hash (SHA-256 of circuit.r1cs), constraint count, domain size N, current
//	                   phase, creation time, and per phase the initial transcript, every contribution
//	                   {index, name, file, sha256, time}, the beacon and the sealed outputs with their
//	                   SHA-256. Rewritten atomically (temporary file + rename) after every step.
//	circuit.r1cs       the compiled constraint system (gnark's R1CS serialization); its SHA-256 is the
//	                   circuit hash. ClosePhase1 reads it to initialise phase 2.
//	phase1-000.bin     the initial phase 1 transcript: mpcsetup.NewPhase1(N₁) serialised. Deterministic;
//	                   Verify regenerates it and compares.
//	phase1-NNN.bin     the phase 1 transcript after contribution NNN (mpcsetup.Phase1 serialised).
//	phase1-sealed.bin  the sealed phase 1 (mpcsetup.SrsCommons serialised): the last contribution plus
//	                   the phase 1 beacon, or the imported file.
//	phase2-000.bin     the initial phase 2 transcript: Phase2.Initialize(circuit, phase 1 truncated to N).
//	phase2-evals.bin   the phase 2 evaluations (mpcsetup.Phase2Evaluations) that go into the keys
//	                   unchanged, which gnark cannot serialise: a text header line, then G1.A, G1.B,
//	                   G1.VKK, G2.B, the commitment bases G1.CKK and PublicAndCommitmentCommitted with
//	                   gnark-crypto's BN254 encoder. Verify and Finalize recompute them and compare.
//	phase2-NNN.bin     the phase 2 transcript after contribution NNN (mpcsetup.Phase2 serialised).
//	proving.key        the Groth16 proving key (gnark's compressed encoding, ProvingKey.WriteTo).
//	verifying.key      the Groth16 verifying key (VerifyingKey.WriteTo).
//	keys.json          KeysInfo: setup "ceremony", circuit hash, key files with their SHA-256, both
//	                   beacons, the contributors of both phases: the ceremony's record of where the
//	                   keys come from, part of the transcript (ceremony.json records its SHA-256, Verify
//	                   recomputes it). It is not a key manifest: Finalize returns the keys as
//	                   zkproof.Keys (setup "ceremony"), which `vmattest ceremony finalize` writes in
//	                   the one key format (Keys.Write: <circuit>.pk, .vk, .keys.json) with the verifier.
//	.lock              an empty file that steps flock(2) so that two processes never update the
//	                   directory at once (on Unix; elsewhere nothing is locked).
//
// Every transcript file is exactly gnark's canonical serialisation: its SHA-256 is what gnark calls
// the transcript's hash, and each contribution's challenge is the SHA-256 of the file before it, so the
// published hashes chain the files together. Files are written to a temporary name in the directory,
// synced and renamed into place, and ceremony.json is rewritten last, so an interrupted step leaves the
// previous state (at worst with an unrecorded file, which Verify reports and Contribute refuses to
// overwrite).
//
// # Verification
//
// Verify checks, for the circuit given to it: the circuit hash; that phase1-000.bin is the canonical
// initial transcript; every contribution's SHA-256 against ceremony.json, its encoding, that its
// challenge is the hash of its predecessor and gnark's proofs of the update against its predecessor
// (Phase1.Verify, Phase2.Verify); that phase1-sealed.bin is the last phase 1 contribution sealed with the
// recorded beacon; that phase2-000.bin and phase2-evals.bin are what Initialize computes from the
// circuit and the sealed phase 1; and, once finalized, that the keys are the last phase 2 contribution
// sealed with the recorded beacon. This is what gnark's VerifyPhase1 and VerifyPhase2 do, done one file
// at a time so that a failure names the file and memory holds two transcripts rather than all of
// them. Any modified, replaced or reordered file fails with a *FileError naming the file and the step.
//
// # The beacon
//
// Each phase ends with a public random beacon: a value that nobody could know or influence before the
// last contribution of that phase, which gnark hashes into a final, reproducible contribution. It keeps
// the last contributor from choosing their contribution to bias the result. Announce in advance
// where the beacon will come from, for example "the hash of Ethereum mainnet block 21000000" or "drand
// mainnet round 5000000", choosing a block or round that will be produced after the last contribution
// is expected, and once it exists pass it as hex (ParseBeacon) to ClosePhase1 or Finalize. Anyone can
// check it against its source; it is recorded in ceremony.json and keys.json. The two phases need two
// different beacons (Finalize refuses the phase 1 one), each at least MinBeaconBytes long.
//
// Each phase needs at least one contribution: sealing with the beacon alone would give keys whose
// secrets anyone can recompute.
package ceremony
