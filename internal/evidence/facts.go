package evidence

import (
	"encoding/hex"
	"fmt"

	"github.com/google/go-sev-guest/abi"
	"github.com/google/go-sev-guest/kds"
)

// The AMD product lines.
const (
	ProductMilan = "Milan"
	ProductGenoa = "Genoa"
	ProductTurin = "Turin"
)

// TCB is the decoded form of an SNP TCB_VERSION: the security patch levels (SVNs) of the firmware
// components.
type TCB struct {
	// Bootloader is the SVN of the AMD secure processor's bootloader.
	Bootloader uint8 `yaml:"bootloader"`
	// TEE is the SVN of the secure processor's operating system.
	TEE uint8 `yaml:"tee"`
	// SNP is the SVN of the SNP firmware.
	SNP uint8 `yaml:"snp"`
	// Microcode is the lowest microcode patch level of all cores.
	Microcode uint8 `yaml:"microcode"`
	// FMC is the SVN of the first mutable code, a component of Turin (Zen 5) and later; always 0 on
	// Milan and Genoa, where it is not part of the TCB.
	FMC uint8 `yaml:"fmc"`
}

// DecodeTCB splits a 64-bit TCB_VERSION into its parts with the layout of the product line: on Milan and
// Genoa (and an unknown product) byte 0 is the bootloader, 1 the TEE, 6 SNP and 7 microcode (the layout
// go-sev-guest's kds.DecomposeTCBVersion uses); on Turin byte 0 is FMC, 1 the bootloader, 2 the TEE, 3
// SNP and 7 microcode.
func DecodeTCB(product string, v uint64) TCB {
	b := func(i uint) uint8 { return uint8(v >> (8 * i)) }
	if product == ProductTurin {
		return TCB{FMC: b(0), Bootloader: b(1), TEE: b(2), SNP: b(3), Microcode: b(7)}
	}
	return TCB{Bootloader: b(0), TEE: b(1), SNP: b(6), Microcode: b(7)}
}

// Encode is the inverse of DecodeTCB for the product's layout. FMC is dropped outside Turin.
func (t TCB) Encode(product string) uint64 {
	put := func(x uint8, i uint) uint64 { return uint64(x) << (8 * i) }
	if product == ProductTurin {
		return put(t.FMC, 0) | put(t.Bootloader, 1) | put(t.TEE, 2) | put(t.SNP, 3) | put(t.Microcode, 7)
	}
	return put(t.Bootloader, 0) | put(t.TEE, 1) | put(t.SNP, 6) | put(t.Microcode, 7)
}

// AtLeast reports whether every part of t is at least the same part of min. FMC counts only on Turin.
func (t TCB) AtLeast(min TCB, product string) bool {
	ok := t.Bootloader >= min.Bootloader && t.TEE >= min.TEE && t.SNP >= min.SNP && t.Microcode >= min.Microcode
	if product == ProductTurin {
		ok = ok && t.FMC >= min.FMC
	}
	return ok
}

func (t TCB) String() string {
	return fmt.Sprintf("{bootloader %d, tee %d, snp %d, microcode %d, fmc %d}", t.Bootloader, t.TEE, t.SNP, t.Microcode, t.FMC)
}

// Facts are what a bundle says about the VM, from the report (and, once verified, its VCEK).
type Facts struct {
	// TEE and Insecure are the bundle's.
	TEE      string
	Insecure bool
	// Product is the AMD product line ("Milan", "Genoa", "Turin"): from the report's CPUID fields
	// (version 3 and later) or, for version 2 reports, from the VCEK's product name once verified; "" when
	// unknown or for software.
	Product string
	// Version is the report's format version (2 to 5).
	Version uint32
	// GuestSVN is the guest's security version number.
	GuestSVN uint32
	// Policy is the guest policy the VM was launched with; Debug is its DEBUG bit (19).
	Policy uint64
	Debug  bool
	// VMPL is the privilege level the report was requested at.
	VMPL uint32
	// SigningKey is the kind of key that signed the report: "VCEK", "VLEK" or "None".
	SigningKey string
	// Measurement is the launch measurement.
	Measurement [48]byte
	// ReportData is the report's REPORT_DATA (for software: the bundle's ReportData).
	ReportData [64]byte
	// HostData is data the host supplied at launch.
	HostData [32]byte
	// ReportID identifies the guest.
	ReportID [32]byte
	// ChipID is the chip's unique id (zero when the host masks it).
	ChipID [64]byte
	// The TCB versions: the one the VCEK is certified for (ReportedTCB), the running firmware
	// (CurrentTCB), the committed one and the one at launch. DecodeTCB splits them.
	ReportedTCB, CurrentTCB, CommittedTCB, LaunchTCB uint64
	// Firmware is the running SNP firmware version, "major.minor.build".
	Firmware string
}

// TCB returns the parts of the reported TCB (the one the VCEK certifies) for the report's product.
func (f *Facts) TCB() TCB { return DecodeTCB(f.Product, f.ReportedTCB) }

// String summarises the facts on one line.
func (f *Facts) String() string {
	if f.TEE == TEESoftware {
		return fmt.Sprintf("tee=%s INSECURE reportData=0x%x", f.TEE, f.ReportData)
	}
	s := fmt.Sprintf("tee=%s product=%s version=%d measurement=0x%s policy=0x%x debug=%t vmpl=%d tcb=%s firmware=%s chipId=0x%s",
		f.TEE, f.Product, f.Version, hex.EncodeToString(f.Measurement[:]), f.Policy, f.Debug, f.VMPL, f.TCB(), f.Firmware,
		hex.EncodeToString(f.ChipID[:8])+"…")
	if f.Insecure {
		s += " INSECURE"
	}
	return s
}

// ParseReport reads the facts of a raw SEV-SNP attestation report with go-sev-guest's abi package. It
// checks the report's structure (size, reserved fields, a valid guest policy), not its signature.
// Errors match ErrMalformed.
func ParseReport(raw []byte) (*Facts, error) {
	if len(raw) != abi.ReportSize {
		return nil, fieldErr("report", fmt.Errorf("want %d bytes, got %d", abi.ReportSize, len(raw)))
	}
	if err := abi.ValidateReportFormat(raw); err != nil {
		return nil, fieldErr("report", err)
	}
	r, err := abi.ReportToProto(raw)
	if err != nil {
		return nil, fieldErr("report", err)
	}
	pol, err := abi.ParseSnpPolicy(r.GetPolicy())
	if err != nil {
		return nil, fieldErr("report", fmt.Errorf("guest policy: %w", err))
	}
	info, err := abi.ParseSignerInfo(r.GetSignerInfo())
	if err != nil {
		return nil, fieldErr("report", fmt.Errorf("signer info: %w", err))
	}
	f := &Facts{
		TEE:          TEESEVSNP,
		Version:      r.GetVersion(),
		GuestSVN:     r.GetGuestSvn(),
		Policy:       r.GetPolicy(),
		Debug:        pol.Debug,
		VMPL:         r.GetVmpl(),
		SigningKey:   info.SigningKey.String(),
		ReportedTCB:  r.GetReportedTcb(),
		CurrentTCB:   r.GetCurrentTcb(),
		CommittedTCB: r.GetCommittedTcb(),
		LaunchTCB:    r.GetLaunchTcb(),
		Firmware:     fmt.Sprintf("%d.%d.%d", r.GetCurrentMajor(), r.GetCurrentMinor(), r.GetCurrentBuild()),
	}
	if fms := r.GetCpuid1EaxFms(); fms != 0 {
		f.Product = knownProduct(kds.ProductLineFromFms(fms))
	}
	copy(f.Measurement[:], r.GetMeasurement())
	copy(f.ReportData[:], r.GetReportData())
	copy(f.HostData[:], r.GetHostData())
	copy(f.ReportID[:], r.GetReportId())
	copy(f.ChipID[:], r.GetChipId())
	return f, nil
}

// knownProduct returns the product line or "" for go-sev-guest's "Unknown".
func knownProduct(line string) string {
	switch line {
	case ProductMilan, ProductGenoa, ProductTurin:
		return line
	}
	return ""
}
