package zkcommit

import (
	"cmp"
	"errors"
	"fmt"
	"slices"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/vmattest/vmattest/internal/collect"
	"github.com/vmattest/vmattest/internal/protocol"
	"github.com/vmattest/vmattest/internal/subset"
)

// Tree geometry of the state commitment.
const (
	// Depth is the depth of the commitment tree: 2^Depth leaves, Depth siblings per path.
	Depth = 16
	// NumLeaves is the number of leaves of the commitment tree.
	NumLeaves = 1 << Depth
	// HeaderIndex is the index of the header leaf.
	HeaderIndex = 0
	// FirstMountIndex is the index of the first mount in effect (the smallest mount point: "/" when the
	// state has a root mount).
	FirstMountIndex = 1
	// BlindingIndex is the index of the blinding leaf, the last one.
	BlindingIndex = NumLeaves - 1
	// MaxStateLeaves is the largest number of leaves a state may fill, header included (all but the
	// blinding leaf).
	MaxStateLeaves = NumLeaves - 1
)

// ErrTooManyLeaves means a state has more facts than the commitment tree holds.
var ErrTooManyLeaves = errors.New("state does not fit in the commitment tree")

// Header is what the header leaf binds besides the state's shape: whose state it is (the VM), which subset
// of it, and the hash algorithm of its region digests. The circuits open the header and take these fields as
// public inputs, which PropertyRegistry fills from the attestation it checks the commitment against, so a
// proof is only ever about the VM, subset and algorithm that the enclave signed.
type Header struct {
	VMID     protocol.VMID
	SubsetID protocol.SubsetID
	HashAlg  protocol.HashAlg
}

// RegionFact is a region as the commitment holds it: what the subset digest binds, without the bytes.
type RegionFact struct {
	Name   string
	Kind   subset.Kind
	Length uint64
	Digest [32]byte
}

// Opening is a commitment to a subset's state together with everything needed to open it: the typed
// preimage of every leaf and the blinding. It is the agent's secret STATE: whoever holds it can rebuild
// every leaf and path, and prove properties of the state; the root alone reveals nothing (the blinding
// leaf is uniformly random). An Opening is immutable.
type Opening struct {
	header   Header
	mounts   []collect.MountFact // mounts in effect, sorted by mount point
	regions  []RegionFact        // manifest order
	cmdline  *string
	modules  []collect.ModuleFact // sorted by name
	blinding fr.Element
	// subsetDigest is the collected subset digest; salt is nil, or the salt of a salted public digest
	// (PublicDigest). Neither is in the tree.
	subsetDigest [32]byte
	salt         *[32]byte

	leaves []fr.Element // leaves [0, len(leaves)): header, mounts, regions, cmdline, modules
	tree   *sparseTree
}

// FromResult commits to a collected subset of VM vmID: Build with the header (vmID, the subset, its hash
// algorithm), the mount facts of its first `mounts` region and
// the kernel facts of its first `kernel` region (facts of later regions of the same kind are committed only
// through their region leaf's digest), and a fresh random blinding.
func FromResult(vmID protocol.VMID, res *collect.Result) (*Opening, error) {
	var mounts []collect.MountFact
	var kernel *collect.KernelFacts
	seenMounts, seenKernel := false, false
	for i := range res.Regions {
		r := &res.Regions[i]
		switch {
		case r.Kind == subset.KindMounts && !seenMounts:
			mounts, seenMounts = r.Mounts, true
		case r.Kind == subset.KindKernel && !seenKernel:
			kernel, seenKernel = r.Kernel, true
		}
	}
	o, err := Build(Header{VMID: vmID, SubsetID: res.SubsetID, HashAlg: res.Alg.ID()}, mounts, res.Regions, kernel)
	if err != nil {
		return nil, err
	}
	o.subsetDigest = res.Digest
	return o, nil
}

// Build commits to a state with a uniformly random blinding (crypto/rand). mounts are the mounts in effect
// for the process, one per mount point, as collect.EffectiveMounts returns them (Build sorts them by mount
// point and never chooses between two mounts: which mount is in effect is decided by the collector, from
// the mount tree), regions are the subset's regions in manifest order, kernel is nil when the subset has
// no kernel facts. The leaves, in this order from index 0:
//
//	0                       header   Hash(1, subsetId_hi, subsetId_lo, vmId, hashAlg, nMounts, nRegions, nModules, hasCmdline)
//	1 .. nMounts            mounts   Hash(2, StrHash(mountPoint), StrHash(fsType), StrHash(source), readOnly, StrHash(mountOptions), StrHash(superOptions))
//	                        regions  Hash(3, StrHash(name), kindCode, length, digest_hi, digest_lo), manifest order
//	                        cmdline  Hash(4, StrHash(cmdline)), when the kernel facts have a command line
//	                        modules  Hash(5, StrHash(name), size), sorted by name
//	NumLeaves-1             blinding a uniformly random field element
//	every other leaf        0
//
// It fails with ErrTooManyLeaves when the state needs more than MaxStateLeaves leaves, on a repeated mount
// point, and on a region of unknown kind or a repeated region name.
func Build(h Header, mounts []collect.MountFact, regions []collect.Region, kernel *collect.KernelFacts) (*Opening, error) {
	var blinding fr.Element
	if _, err := blinding.SetRandom(); err != nil {
		return nil, fmt.Errorf("failed to draw the blinding: %w", err)
	}
	return BuildWithBlinding(h, mounts, regions, kernel, blinding)
}

// BuildWithBlinding is Build with a given blinding. Only tests and test vectors should use it: a blinding
// that is not uniformly random lets anyone who can guess the state confirm the guess from the root.
func BuildWithBlinding(h Header, mounts []collect.MountFact, regions []collect.Region, kernel *collect.KernelFacts, blinding fr.Element) (*Opening, error) {
	facts := make([]RegionFact, len(regions))
	for i, r := range regions {
		facts[i] = RegionFact{Name: r.Name, Kind: r.Kind, Length: r.Length, Digest: r.Digest}
	}
	var cmdline *string
	var modules []collect.ModuleFact
	if kernel != nil {
		if kernel.Cmdline != nil {
			s := *kernel.Cmdline
			cmdline = &s
		}
		modules = slices.Clone(kernel.Modules)
		slices.SortStableFunc(modules, func(a, b collect.ModuleFact) int {
			return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.Size, b.Size))
		})
	}
	sorted := slices.Clone(mounts)
	slices.SortStableFunc(sorted, func(a, b collect.MountFact) int { return cmp.Compare(a.MountPoint, b.MountPoint) })
	return newOpening(h, sorted, facts, cmdline, modules, blinding)
}

// newOpening builds the tree of a normalised state (mounts sorted by strictly increasing mount point,
// sorted modules).
func newOpening(h Header, mounts []collect.MountFact, regions []RegionFact, cmdline *string, modules []collect.ModuleFact, blinding fr.Element) (*Opening, error) {
	n := 1 + len(mounts) + len(regions) + len(modules)
	if cmdline != nil {
		n++
	}
	if n > MaxStateLeaves {
		return nil, fmt.Errorf("%w: %d leaves (1 header, %d mounts, %d regions, %d kernel facts), at most %d",
			ErrTooManyLeaves, n, len(mounts), len(regions), n-1-len(mounts)-len(regions), MaxStateLeaves)
	}
	for i := 1; i < len(mounts); i++ {
		if mounts[i-1].MountPoint >= mounts[i].MountPoint {
			return nil, fmt.Errorf("mounts %d and %d (%q, %q) are not in strictly increasing mount point order (one mount per mount point: the one in effect)", i-1, i, mounts[i-1].MountPoint, mounts[i].MountPoint)
		}
	}
	names := make(map[string]bool, len(regions))
	for i, r := range regions {
		if r.Kind.Code() == 0 {
			return nil, fmt.Errorf("region %d (%q): unknown kind %q", i, r.Name, r.Kind)
		}
		if names[r.Name] {
			return nil, fmt.Errorf("region %d: name %q is repeated", i, r.Name)
		}
		names[r.Name] = true
	}
	if modules == nil {
		modules = []collect.ModuleFact{}
	}
	o := &Opening{header: h, mounts: mounts, regions: regions, cmdline: cmdline, modules: modules, blinding: blinding}
	o.leaves = make([]fr.Element, 0, n)
	o.leaves = append(o.leaves, HeaderLeaf(h, len(mounts), len(regions), len(modules), cmdline != nil))
	for _, m := range mounts {
		o.leaves = append(o.leaves, MountLeaf(m))
	}
	for _, r := range regions {
		o.leaves = append(o.leaves, RegionLeaf(r))
	}
	if cmdline != nil {
		o.leaves = append(o.leaves, CmdlineLeaf(*cmdline))
	}
	for _, m := range modules {
		o.leaves = append(o.leaves, ModuleLeaf(m))
	}
	set := make(map[uint64]fr.Element, n+1)
	for i, l := range o.leaves {
		set[uint64(i)] = l
	}
	set[BlindingIndex] = blinding
	var err error
	if o.tree, err = newSparseTree(Depth, set); err != nil {
		return nil, err
	}
	return o, nil
}

// HeaderPreimage returns the elements hashed into the header leaf:
//
//	1, subsetId_hi, subsetId_lo, vmId, hashAlg, nMounts, nRegions, nModules, hasCmdline
//
// with vmId the VM id's 16 bytes as a big-endian integer and hashAlg the protocol's algorithm identifier.
func HeaderPreimage(h Header, nMounts, nRegions, nModules int, hasCmdline bool) []fr.Element {
	hi, lo := Digest32(h.SubsetID)
	return []fr.Element{Uint(TagHeader), hi, lo, VMIDElement(h.VMID), Uint(uint64(h.HashAlg)),
		Uint(uint64(nMounts)), Uint(uint64(nRegions)), Uint(uint64(nModules)), Bool(hasCmdline)}
}

// HeaderLeaf returns the header leaf.
func HeaderLeaf(h Header, nMounts, nRegions, nModules int, hasCmdline bool) fr.Element {
	return Hash(HeaderPreimage(h, nMounts, nRegions, nModules, hasCmdline)...)
}

// ContextInputs returns the public inputs that bind a proof to h, in the order every circuit declares them
// after the commitment: vmId, hashAlg, subsetId_hi, subsetId_lo. PropertyRegistry fills the same four from
// the attestation it checks the commitment against.
func ContextInputs(h Header) []fr.Element {
	hi, lo := Digest32(h.SubsetID)
	return []fr.Element{VMIDElement(h.VMID), Uint(uint64(h.HashAlg)), hi, lo}
}

// VMIDElement returns a VM id as a field element: its 16 bytes as a big-endian integer (below 2^128 < r),
// the value of the circuits' public input vmId and of the bytes16 PropertyRegistry passes.
func VMIDElement(id protocol.VMID) fr.Element {
	var e fr.Element
	e.SetBytes(id[:])
	return e
}

// MountPreimage returns the elements hashed into a mount's leaf.
func MountPreimage(m collect.MountFact) []fr.Element {
	return []fr.Element{Uint(TagMount), StrHash(m.MountPoint), StrHash(m.FSType), StrHash(m.Source), Bool(m.ReadOnly), StrHash(m.MountOptions), StrHash(m.SuperOptions)}
}

// MountLeaf returns a mount's leaf.
func MountLeaf(m collect.MountFact) fr.Element { return Hash(MountPreimage(m)...) }

// RegionPreimage returns the elements hashed into a region's leaf.
func RegionPreimage(r RegionFact) []fr.Element {
	hi, lo := Digest32(r.Digest)
	return []fr.Element{Uint(TagRegion), StrHash(r.Name), Uint(uint64(r.Kind.Code())), Uint(r.Length), hi, lo}
}

// RegionLeaf returns a region's leaf.
func RegionLeaf(r RegionFact) fr.Element { return Hash(RegionPreimage(r)...) }

// CmdlinePreimage returns the elements hashed into the command line's leaf.
func CmdlinePreimage(cmdline string) []fr.Element {
	return []fr.Element{Uint(TagCmdline), StrHash(cmdline)}
}

// CmdlineLeaf returns the command line's leaf.
func CmdlineLeaf(cmdline string) fr.Element { return Hash(CmdlinePreimage(cmdline)...) }

// ModulePreimage returns the elements hashed into a module's leaf.
func ModulePreimage(m collect.ModuleFact) []fr.Element {
	return []fr.Element{Uint(TagModule), StrHash(m.Name), Uint(m.Size)}
}

// ModuleLeaf returns a module's leaf.
func ModuleLeaf(m collect.ModuleFact) fr.Element { return Hash(ModulePreimage(m)...) }

// SubsetID returns the subset identifier the header binds.
func (o *Opening) SubsetID() protocol.SubsetID { return o.header.SubsetID }

// Header returns the VM, subset and hash algorithm the header binds.
func (o *Opening) Header() Header { return o.header }

// Mounts returns the mounts in effect, sorted by mount point; mount i is leaf MountIndex(i).
func (o *Opening) Mounts() []collect.MountFact { return slices.Clone(o.mounts) }

// Regions returns the regions in manifest order; region i is leaf RegionIndex(i).
func (o *Opening) Regions() []RegionFact { return slices.Clone(o.regions) }

// Cmdline returns the kernel command line and whether the state has one.
func (o *Opening) Cmdline() (string, bool) {
	if o.cmdline == nil {
		return "", false
	}
	return *o.cmdline, true
}

// Modules returns the kernel modules, sorted by name; module i is leaf ModuleIndex(i).
func (o *Opening) Modules() []collect.ModuleFact { return slices.Clone(o.modules) }

// Blinding returns the blinding leaf's value. It is secret: with it and a guess of the state, anyone can
// check the guess against the root.
func (o *Opening) Blinding() fr.Element { return o.blinding }

// NumStateLeaves returns the number of leaves the state fills, from index 0 (header included, blinding
// excluded).
func (o *Opening) NumStateLeaves() int { return len(o.leaves) }

// MountIndex returns the leaf index of mount i (of Mounts).
func (o *Opening) MountIndex(i int) int { return FirstMountIndex + i }

// RegionIndex returns the leaf index of region i.
func (o *Opening) RegionIndex(i int) int { return FirstMountIndex + len(o.mounts) + i }

// CmdlineIndex returns the leaf index of the command line, and whether there is one.
func (o *Opening) CmdlineIndex() (int, bool) {
	return FirstMountIndex + len(o.mounts) + len(o.regions), o.cmdline != nil
}

// ModuleIndex returns the leaf index of module i.
func (o *Opening) ModuleIndex(i int) int {
	idx, has := o.CmdlineIndex()
	if has {
		idx++
	}
	return idx + i
}

// FindMount returns the position in Mounts and the leaf index of the mount in effect at mountPoint.
func (o *Opening) FindMount(mountPoint string) (i, index int, ok bool) {
	i, ok = slices.BinarySearchFunc(o.mounts, mountPoint, func(m collect.MountFact, p string) int { return cmp.Compare(m.MountPoint, p) })
	if !ok {
		return 0, 0, false
	}
	return i, o.MountIndex(i), true
}

// FindRegion returns the position in Regions and the leaf index of the region named name.
func (o *Opening) FindRegion(name string) (i, index int, ok bool) {
	i = slices.IndexFunc(o.regions, func(r RegionFact) bool { return r.Name == name })
	if i < 0 {
		return 0, 0, false
	}
	return i, o.RegionIndex(i), true
}

// Leaf returns leaf index (0 for an unused leaf). It panics when index is not in [0, NumLeaves).
func (o *Opening) Leaf(index int) fr.Element {
	checkIndex(index, NumLeaves)
	return o.tree.node(0, uint64(index))
}

// RootElement returns the root as a field element.
func (o *Opening) RootElement() fr.Element { return o.tree.root() }

// Root returns the root as 32 big-endian bytes: the attestation's zkCommitment.
func (o *Opening) Root() [32]byte { return Bytes32(o.tree.root()) }

// Path returns the siblings of leaf index, from the leaves up: element k is the sibling at level k (the
// leaf's sibling first). It panics when index is not in [0, NumLeaves).
func (o *Opening) Path(index int) [Depth]fr.Element {
	checkIndex(index, NumLeaves)
	var out [Depth]fr.Element
	copy(out[:], o.tree.path(uint64(index)))
	return out
}

// Verify rebuilds every leaf and the tree from the preimages and checks that the root is the one of this
// opening, and that the state is in the normalised layout (mounts sorted by strictly increasing mount point,
// modules sorted by name).
func (o *Opening) Verify() error {
	for i := 1; i < len(o.modules); i++ {
		a, b := o.modules[i-1], o.modules[i]
		if cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.Size, b.Size)) > 0 {
			return fmt.Errorf("modules %d and %d (%q, %q) are not sorted by name", i-1, i, a.Name, b.Name)
		}
	}
	again, err := newOpening(o.header, o.mounts, o.regions, o.cmdline, o.modules, o.blinding)
	if err != nil {
		return err
	}
	if got, want := again.RootElement(), o.RootElement(); !got.Equal(&want) {
		return fmt.Errorf("the opening's facts give root 0x%x, not its root 0x%x", again.Root(), o.Root())
	}
	// Paths read from the stored tree must reach its root (guards the sparse tree itself).
	for _, idx := range []uint64{HeaderIndex, BlindingIndex} {
		if r, want := RootFromPath(o.tree.node(0, idx), idx, o.tree.path(idx)), o.RootElement(); !r.Equal(&want) {
			return fmt.Errorf("the path of leaf %d does not reach the root", idx)
		}
	}
	return nil
}

func checkIndex(index, n int) {
	if index < 0 || index >= n {
		panic(fmt.Sprintf("zkcommit: leaf index %d is outside [0, %d)", index, n))
	}
}
