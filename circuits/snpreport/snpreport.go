// Package snpreport is the circuit that proves an AMD SEV-SNP attestation report genuine: knowledge of a
// report whose signed part (bytes 0x000-0x29F) hashes with SHA-384 to a digest that the VCEK's ECDSA P-384
// key signed, and whose fields the public statement reveals. With it a chain can activate an enclave key on
// a proof alone (the key is bound in REPORT_DATA), trusting only the VCEK keys it was told to trust, instead
// of registrars who checked the evidence off chain.
package snpreport

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/sha512"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/emulated/sw_emulated"
	"github.com/consensys/gnark/std/math/emulated"
	"github.com/consensys/gnark/std/math/uints"
	gecdsa "github.com/consensys/gnark/std/signature/ecdsa"

	"github.com/vmattest/vmattest/circuits/sha384"
	"github.com/vmattest/vmattest/internal/zkcommit"
	"github.com/vmattest/vmattest/internal/zkcommit/zkgadget"
)

// Report layout (SEV-SNP ABI specification, ATTESTATION_REPORT): offsets of the fields the statement
// reveals, and of the signature. Integers are little-endian.
const (
	// SignedSize is the size of the signed part of a report.
	SignedSize = 0x2A0
	// ReportSize is the size of a whole report (signed part and signature).
	ReportSize = 0x4A0

	offPolicy      = 0x08
	offVMPL        = 0x30
	offReportData  = 0x50
	offMeasurement = 0x90
	offReportedTCB = 0x180
	offSigR        = 0x2A0
	offSigS        = 0x2E8
)

// The statement: REPORT_DATA (64 bytes) || MEASUREMENT (48) || POLICY (8, as in the report) || VMPL (4, as in
// the report) || REPORTED_TCB (8, as in the report), 132 bytes, packed big-endian into NumChunks public inputs
// of ChunkSize bytes (the last one shorter); then the VCEK key's hash, VCEKHash. Six public inputs in all:
// each costs the on-chain verifier an elliptic-curve multiplication, so the 96-byte key is hashed in the
// circuit rather than revealed.
const (
	StatementSize = 64 + 48 + 8 + 4 + 8
	// ChunkSize bytes fit below the BN254 scalar field's order (2^248 < r).
	ChunkSize = 31
	// NumChunks is the number of public inputs that carry the statement's bytes.
	NumChunks = (StatementSize + ChunkSize - 1) / ChunkSize
	// NumPublic is the number of public inputs: the chunks and the VCEK hash.
	NumPublic = NumChunks + 1
)

// VCEKTag is the first element of a VCEK key's hash, separating it from vmattest's other Poseidon2 hashes.
const VCEKTag = "vmattest/snp-vcek/v1"

// Circuit proves: SHA-384(Report) is signed by VCEK with the signature (R, S), and Statement packs the
// report's REPORT_DATA, MEASUREMENT, POLICY, VMPL and REPORTED_TCB and the VCEK key. Everything but the
// statement stays private.
type Circuit struct {
	// Statement is the packed statement (public).
	Statement [NumChunks]frontend.Variable `gnark:",public"`
	// VCEKHash is VCEKHash of the signing key (public).
	VCEKHash frontend.Variable `gnark:",public"`
	// Report is the signed part of the report.
	Report [SignedSize]uints.U8
	// VCEK is the signing key, X || Y big-endian.
	VCEK [96]uints.U8
	// R and S are the report's ECDSA signature.
	R, S emulated.Element[emulated.P384Fr]
}

// statementBytes returns the statement's bytes, as circuit values or Go bytes alike.
func statementBytes[B any](report []B) []B {
	out := make([]B, 0, StatementSize)
	out = append(out, report[offReportData:offReportData+64]...)
	out = append(out, report[offMeasurement:offMeasurement+48]...)
	out = append(out, report[offPolicy:offPolicy+8]...)
	out = append(out, report[offVMPL:offVMPL+4]...)
	return append(out, report[offReportedTCB:offReportedTCB+8]...)
}

// VCEKHash is the Poseidon2 hash (internal/zkcommit.Hash) of a VCEK key, X || Y big-endian, as the elements
// StrHash(VCEKTag), X[:24], X[24:], Y[:24], Y[24:] (each 24 bytes big-endian): what the chain trusts.
func VCEKHash(key [96]byte) [32]byte {
	e := []fr.Element{zkcommit.StrHash(VCEKTag)}
	for i := 0; i < 96; i += 24 {
		var x fr.Element
		x.SetBytes(key[i : i+24])
		e = append(e, x)
	}
	return zkcommit.Bytes32(zkcommit.Hash(e...))
}

// Define declares the constraints.
func (c *Circuit) Define(api frontend.API) error {
	bytes, err := uints.NewBytes(api)
	if err != nil {
		return err
	}
	digest, err := sha384.Sum(api, c.Report[:])
	if err != nil {
		return fmt.Errorf("sha384: %w", err)
	}
	fr, err := emulated.NewField[emulated.P384Fr](api)
	if err != nil {
		return err
	}
	fp, err := emulated.NewField[emulated.P384Fp](api)
	if err != nil {
		return err
	}
	msg := fr.FromBits(bitsLE(api, bytes, digest)...)
	key := gecdsa.PublicKey[emulated.P384Fp, emulated.P384Fr]{
		X: *fp.FromBits(bitsLE(api, bytes, c.VCEK[:48])...),
		Y: *fp.FromBits(bitsLE(api, bytes, c.VCEK[48:])...),
	}
	key.Verify(api, sw_emulated.GetP384Params(), msg, &gecdsa.Signature[emulated.P384Fr]{R: c.R, S: c.S})

	st := statementBytes(c.Report[:])
	for i := range NumChunks {
		api.AssertIsEqual(c.Statement[i], packBE(api, bytes, st[i*ChunkSize:min((i+1)*ChunkSize, len(st))]))
	}
	h, err := zkgadget.New(api)
	if err != nil {
		return err
	}
	parts := []frontend.Variable{zkgadget.Const(zkcommit.StrHash(VCEKTag))}
	for i := 0; i < 96; i += 24 {
		parts = append(parts, packBE(api, bytes, c.VCEK[i:i+24]))
	}
	vh, err := h.Hash(parts...)
	if err != nil {
		return err
	}
	api.AssertIsEqual(c.VCEKHash, vh)
	return nil
}

// packBE returns the big-endian integer of bytes (range checked), for fewer than 32 bytes.
func packBE(api frontend.API, bytes *uints.Bytes, be []uints.U8) frontend.Variable {
	acc := frontend.Variable(0)
	for _, b := range be {
		acc = api.Add(api.Mul(acc, 256), bytes.Value(b))
	}
	return acc
}

// bitsLE returns the bits of a big-endian byte string, least significant first.
func bitsLE(api frontend.API, bytes *uints.Bytes, be []uints.U8) []frontend.Variable {
	out := make([]frontend.Variable, 0, 8*len(be))
	for i := len(be) - 1; i >= 0; i-- {
		out = append(out, api.ToBinary(bytes.Value(be[i]), 8)...)
	}
	return out
}

// Statement is what a proof reveals of a report.
type Statement struct {
	ReportData  [64]byte
	Measurement [48]byte
	// Policy, VMPL and ReportedTCB are the report's fields as integers.
	Policy      uint64
	VMPL        uint32
	ReportedTCB uint64
	// VCEKHash is VCEKHash of the signing key.
	VCEKHash [32]byte
}

// Debug reports whether the guest policy allows debugging (bit 19).
func (s *Statement) Debug() bool { return s.Policy&(1<<19) != 0 }

// Bytes returns the statement's encoding (StatementSize bytes).
func (s *Statement) Bytes() []byte {
	out := make([]byte, 0, StatementSize)
	out = append(out, s.ReportData[:]...)
	out = append(out, s.Measurement[:]...)
	out = binary.LittleEndian.AppendUint64(out, s.Policy)
	out = binary.LittleEndian.AppendUint32(out, s.VMPL)
	return binary.LittleEndian.AppendUint64(out, s.ReportedTCB)
}

// Inputs returns the public inputs of a proof of the statement.
func (s *Statement) Inputs() [NumPublic]*big.Int {
	var out [NumPublic]*big.Int
	b := s.Bytes()
	for i := range NumChunks {
		out[i] = new(big.Int).SetBytes(b[i*ChunkSize : min((i+1)*ChunkSize, len(b))])
	}
	out[NumChunks] = new(big.Int).SetBytes(s.VCEKHash[:])
	return out
}

// ErrBadSignature means the report is not signed by the key.
var ErrBadSignature = errors.New("the report's signature does not verify with the VCEK key")

// Parse checks that report (at least ReportSize bytes) is signed by vcek (ECDSA P-384 over SHA-384 of its
// signed part, r and s little-endian at 0x2A0 and 0x2E8) and returns its statement.
func Parse(report []byte, vcek *ecdsa.PublicKey) (*Statement, error) {
	if len(report) < ReportSize {
		return nil, fmt.Errorf("report of %d bytes, want at least %d", len(report), ReportSize)
	}
	if vcek == nil || vcek.Curve != elliptic.P384() {
		return nil, errors.New("the VCEK key is not a P-384 key")
	}
	h := sha512.Sum384(report[:SignedSize])
	if !ecdsa.Verify(vcek, h[:], leInt(report[offSigR:offSigR+72]), leInt(report[offSigS:offSigS+72])) {
		return nil, ErrBadSignature
	}
	s := &Statement{Policy: binary.LittleEndian.Uint64(report[offPolicy:]), VMPL: binary.LittleEndian.Uint32(report[offVMPL:]),
		ReportedTCB: binary.LittleEndian.Uint64(report[offReportedTCB:])}
	copy(s.ReportData[:], report[offReportData:])
	copy(s.Measurement[:], report[offMeasurement:])
	s.VCEKHash = VCEKHash(keyBytes(vcek))
	return s, nil
}

// Assign returns the full witness of a proof that report is signed by vcek, with its statement. The report
// is not checked: a bad one gives an unsatisfiable witness (Parse checks it).
func Assign(report []byte, vcek *ecdsa.PublicKey) (*Circuit, error) {
	if len(report) < ReportSize {
		return nil, fmt.Errorf("report of %d bytes, want at least %d", len(report), ReportSize)
	}
	key := keyBytes(vcek)
	vh := VCEKHash(key)
	c := &Circuit{
		VCEKHash: new(big.Int).SetBytes(vh[:]),
		R:        emulated.ValueOf[emulated.P384Fr](leInt(report[offSigR : offSigR+72])),
		S:        emulated.ValueOf[emulated.P384Fr](leInt(report[offSigS : offSigS+72])),
	}
	copy(c.Report[:], uints.NewU8Array(report[:SignedSize]))
	copy(c.VCEK[:], uints.NewU8Array(key[:]))
	st := statementBytes(report[:SignedSize])
	for i := range NumChunks {
		c.Statement[i] = new(big.Int).SetBytes(st[i*ChunkSize : min((i+1)*ChunkSize, len(st))])
	}
	return c, nil
}

// VCEKHashOf is VCEKHash of a P-384 key: what a registrar passes to the registry's setVcekTrusted once it has
// checked the key's VCEK certificate chain.
func VCEKHashOf(k *ecdsa.PublicKey) [32]byte { return VCEKHash(keyBytes(k)) }

// keyBytes returns a P-384 key as X || Y, 48 bytes each, big-endian.
func keyBytes(k *ecdsa.PublicKey) [96]byte {
	var out [96]byte
	k.X.FillBytes(out[:48])
	k.Y.FillBytes(out[48:])
	return out
}

// leInt reads a little-endian integer.
func leInt(le []byte) *big.Int {
	be := make([]byte, len(le))
	for i, b := range le {
		be[len(le)-1-i] = b
	}
	return new(big.Int).SetBytes(be)
}
