package agentapi

import (
	"bytes"
	"testing"

	"github.com/vmattest/vmattest/internal/zkproof"
)

func FuzzDecodeRequest(f *testing.F) {
	f.Add([]byte(`{"vmId":"0b5e9a52-5a57-4c1f-9f35-3b0c2f1f4a6e","subsetId":"0x051ca242cf65ed56ab5f5ded78aae26e1d418e8188699f043101eb9afa69be91","hashAlg":"blake3","commit":true,"timestamp":1767225600,"nonce":"0x000102030405060708090a0b0c0d0e0f"}`))
	f.Add([]byte(`{"vmId":"0B5E9A52-5A57-4C1F-9F35-3B0C2F1F4A6E","subsetId":"0x051CA242CF65ED56AB5F5DED78AAE26E1D418E8188699F043101EB9AFA69BE91","hashAlg":"SHA-256","commit":false,"timestamp":1,"nonce":"0xffffffffffffffffffffffffffffffff"}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"vmId":1}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"commit":true,"commit":false}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := DecodeRequest(data)
		if err != nil {
			return
		}
		enc, err := r.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		r2, err := DecodeRequest(enc)
		if err != nil {
			t.Fatalf("re-encoded request %s refused: %v", enc, err)
		}
		if r2 != r {
			t.Fatalf("round trip changed the request: %+v -> %+v", r, r2)
		}
		enc2, _ := r2.MarshalJSON()
		if !bytes.Equal(enc, enc2) {
			t.Fatalf("encoding not canonical: %s vs %s", enc, enc2)
		}
	})
}

func FuzzDecodeProofRequest(f *testing.F) {
	f.Add([]byte(`{"vmId":"0b5e9a52-5a57-4c1f-9f35-3b0c2f1f4a6e","subsetId":"0x051ca242cf65ed56ab5f5ded78aae26e1d418e8188699f043101eb9afa69be91","property":"readonlyroot","timestamp":1767225600,"nonce":"0x000102030405060708090a0b0c0d0e0f"}`))
	f.Add([]byte(`{"vmId":"0b5e9a52-5a57-4c1f-9f35-3b0c2f1f4a6e","subsetId":"0x051ca242cf65ed56ab5f5ded78aae26e1d418e8188699f043101eb9afa69be91","property":"goldendigest","region":"config","golden":["0x051ca242cf65ed56ab5f5ded78aae26e1d418e8188699f043101eb9afa69be91"],"timestamp":1,"nonce":"0x000102030405060708090a0b0c0d0e0f"}`))
	f.Add([]byte(`{"golden":[1]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := DecodeProofRequest(data)
		if err != nil {
			return
		}
		if _, err := zkproof.Lookup(r.Property); err != nil {
			t.Fatalf("accepted property %q", r.Property)
		}
		if (r.Property == "goldendigest") != (r.Region != "" && len(r.Golden) > 0) {
			t.Fatalf("accepted %+v", r)
		}
	})
}
