package enclave

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vmattest/vmattest/internal/atomicfile"
	"github.com/vmattest/vmattest/internal/strictjson"
	"github.com/vmattest/vmattest/internal/tee"
)

// File names in a key directory.
const (
	keyFileName          = "attestation-key.json"
	registrationFileName = "registration.json"
	keyFormat            = "vmattest-attestation-key-v1"
)

// keyFile is the attestation key at rest. Exactly one of Sealed and InsecurePlainKey is set.
type keyFile struct {
	Format  string         `json:"format"`
	TEE     string         `json:"tee"`
	Address common.Address `json:"address"`
	// Sealed is AES-256-GCM(nonce || ciphertext) of the private key under the TEE's sealing key, with the
	// address as additional data.
	Sealed string `json:"sealed,omitempty"`
	// InsecurePlainKey is the private key in hex, for backends without sealing (sev-snp-sim, software).
	InsecurePlainKey string `json:"insecurePlainKey,omitempty"`
}

// Key is an attestation key with its binding and evidence. It implements protocol.Signer.
type Key struct {
	priv         *ecdsa.PrivateKey
	tee          string
	insecure     bool
	registration Registration
}

// Address returns the key's Ethereum address.
func (k *Key) Address() common.Address { return crypto.PubkeyToAddress(k.priv.PublicKey) }

// SignDigest signs a 32-byte digest (protocol.Signer).
func (k *Key) SignDigest(_ context.Context, digest common.Hash) ([]byte, error) {
	return crypto.Sign(digest[:], k.priv)
}

// TEE names the backend that holds the key.
func (k *Key) TEE() string { return k.tee }

// Insecure reports whether the key is outside a real TEE (sev-snp-sim, software).
func (k *Key) Insecure() bool { return k.insecure }

// Registration returns the key's binding and evidence, the public part a registrar checks.
func (k *Key) Registration() Registration { return k.registration }

// GenerateOptions say where the new key will be registered.
type GenerateOptions struct {
	ChainID  uint64
	Registry common.Address
	// ExpiresAt is the key's expiry; it is bound into the evidence.
	ExpiresAt time.Time
	// Now is the current time; zero means time.Now().
	Now time.Time
	// Context is the binding's Context: zero, or RegistrationContext for a key that registers by proof.
	Context [32]byte
}

// ErrExists means a key directory already holds a key.
var ErrExists = errors.New("a key already exists")

// Generate makes a new attestation key inside the backend's TEE, binds it into fresh evidence and stores
// both in dir. It refuses to overwrite a key.
func Generate(ctx context.Context, b tee.Backend, dir string, opt GenerateOptions) (*Key, error) {
	if _, err := os.Stat(filepath.Join(dir, keyFileName)); err == nil {
		return nil, fmt.Errorf("%s: %w (use keys rotate)", dir, ErrExists)
	}
	return generate(ctx, b, dir, opt)
}

func generate(ctx context.Context, b tee.Backend, dir string, opt GenerateOptions) (*Key, error) {
	now := opt.Now
	if now.IsZero() {
		now = time.Now()
	}
	if !opt.ExpiresAt.After(now) {
		return nil, fmt.Errorf("key expiry %s is not in the future", opt.ExpiresAt.UTC().Format(time.RFC3339))
	}
	priv, err := crypto.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("failed to generate the attestation key: %w", err)
	}
	binding := NewBinding(&priv.PublicKey, opt.ChainID, opt.Registry, uint64(opt.ExpiresAt.Unix()))
	binding.Context = opt.Context
	if err := binding.Validate(); err != nil {
		return nil, err
	}
	ev, err := b.Evidence(ctx, binding.ReportData())
	if err != nil {
		return nil, fmt.Errorf("failed to get %s evidence for the new key: %w", b.TEE(), err)
	}
	k := &Key{priv: priv, tee: b.TEE(), insecure: b.Insecure(), registration: Registration{Binding: binding, Evidence: ev}}
	if err := store(ctx, b, dir, k); err != nil {
		return nil, err
	}
	return k, nil
}

// Open loads the key stored in dir, unsealing it with the backend's TEE.
func Open(ctx context.Context, b tee.Backend, dir string) (*Key, error) {
	data, err := os.ReadFile(filepath.Join(dir, keyFileName))
	if err != nil {
		return nil, fmt.Errorf("failed to read the attestation key: %w", err)
	}
	var kf keyFile
	if err := strictjson.Decode(data, &kf); err != nil || kf.Format != keyFormat {
		return nil, fmt.Errorf("%s is not a %s file: %v", filepath.Join(dir, keyFileName), keyFormat, err)
	}
	if kf.TEE != b.TEE() {
		return nil, fmt.Errorf("the key in %s belongs to TEE %q, not %q", dir, kf.TEE, b.TEE())
	}
	var raw []byte
	switch {
	case kf.Sealed != "":
		raw, err = unseal(ctx, b, kf)
	case kf.InsecurePlainKey != "":
		raw, err = hex.DecodeString(kf.InsecurePlainKey)
	default:
		err = errors.New("holds no key")
	}
	if err != nil {
		return nil, fmt.Errorf("failed to open the attestation key in %s: %w", dir, err)
	}
	priv, err := crypto.ToECDSA(raw)
	if err != nil {
		return nil, fmt.Errorf("the attestation key in %s is not a secp256k1 key: %w", dir, err)
	}
	if crypto.PubkeyToAddress(priv.PublicKey) != kf.Address {
		return nil, fmt.Errorf("the attestation key in %s does not match its address %s", dir, kf.Address)
	}
	reg, err := LoadRegistration(filepath.Join(dir, registrationFileName))
	if err != nil {
		return nil, err
	}
	if reg.Binding.Address() != kf.Address {
		return nil, fmt.Errorf("%s binds key %s, but the key is %s", registrationFileName, reg.Binding.Address(), kf.Address)
	}
	return &Key{priv: priv, tee: kf.TEE, insecure: b.Insecure(), registration: *reg}, nil
}

// Rotate makes a new key with new evidence in dir and moves the old key's files aside (suffix
// ".retired-ADDRESS"); it returns the new key and the old key's address. The old key stays registered on
// chain until the registry retires it after the grace period given when the new key is registered.
func Rotate(ctx context.Context, b tee.Backend, dir string, opt GenerateOptions) (*Key, common.Address, error) {
	old, err := Open(ctx, b, dir)
	if err != nil {
		return nil, common.Address{}, fmt.Errorf("failed to open the key to rotate: %w", err)
	}
	oldAddr := old.Address()
	for _, name := range []string{keyFileName, registrationFileName} {
		p := filepath.Join(dir, name)
		if err := os.Rename(p, p+".retired-"+oldAddr.Hex()); err != nil {
			return nil, common.Address{}, fmt.Errorf("failed to retire %s: %w", p, err)
		}
	}
	k, err := generate(ctx, b, dir, opt)
	if err != nil {
		// Put the old key back so that nothing is lost.
		for _, name := range []string{keyFileName, registrationFileName} {
			p := filepath.Join(dir, name)
			_ = os.Rename(p+".retired-"+oldAddr.Hex(), p)
		}
		return nil, common.Address{}, err
	}
	return k, oldAddr, nil
}

func store(ctx context.Context, b tee.Backend, dir string, k *Key) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("failed to create key directory: %w", err)
	}
	kf := keyFile{Format: keyFormat, TEE: k.tee, Address: k.Address()}
	raw := crypto.FromECDSA(k.priv)
	if k.insecure {
		slog.Warn("INSECURE: the attestation key is stored unsealed in a 0600 file: anyone who can read it can sign attestations",
			"tee", k.tee, "file", filepath.Join(dir, keyFileName), "address", kf.Address)
		kf.InsecurePlainKey = hex.EncodeToString(raw)
	} else {
		sealed, err := seal(ctx, b, kf.Address, raw)
		if err != nil {
			return err
		}
		kf.Sealed = hex.EncodeToString(sealed)
	}
	data, err := json.MarshalIndent(kf, "", "  ")
	if err != nil {
		return err
	}
	if err := k.registration.Write(filepath.Join(dir, registrationFileName)); err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(dir, keyFileName), append(data, '\n'), 0o600)
}

func aead(ctx context.Context, b tee.Backend) (cipher.AEAD, error) {
	key, err := b.SealingKey(ctx)
	if err != nil {
		return nil, fmt.Errorf("failed to derive the %s sealing key: %w", b.TEE(), err)
	}
	blk, err := aes.NewCipher(key[:])
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(blk)
}

func seal(ctx context.Context, b tee.Backend, addr common.Address, raw []byte) ([]byte, error) {
	g, err := aead(ctx, b)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, g.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return g.Seal(nonce, nonce, raw, addr[:]), nil
}

func unseal(ctx context.Context, b tee.Backend, kf keyFile) ([]byte, error) {
	sealed, err := hex.DecodeString(kf.Sealed)
	if err != nil {
		return nil, fmt.Errorf("sealed key is not hex: %w", err)
	}
	g, err := aead(ctx, b)
	if err != nil {
		return nil, err
	}
	if len(sealed) < g.NonceSize() {
		return nil, errors.New("sealed key is truncated")
	}
	raw, err := g.Open(nil, sealed[:g.NonceSize()], sealed[g.NonceSize():], kf.Address[:])
	if err != nil {
		return nil, fmt.Errorf("this TEE cannot unseal the key (another VM, measurement or policy?): %w", err)
	}
	return raw, nil
}
