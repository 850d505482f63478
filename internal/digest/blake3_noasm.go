//go:build !amd64 || purego

package digest

// haveAVX512 is false without the amd64 kernel: blake3Node uses lukechampine.com/blake3/guts alone.
var haveAVX512 = false

func compress16(in *byte, stride, blocks uint64, p *kernelParams, out *[16][8]uint32) {
	panic("digest: no AVX-512 kernel on this platform")
}
