package onchain

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestDeployWithRoles: DeployWith wires the property registry to the verifier and grants the roles it is asked
// for, and only from the admin (as the deploy script's NotAdmin): another sender cannot deploy contracts
// whose roles it claims to hand out.
func TestDeployWithRoles(t *testing.T) {
	c := newTestChain(t)
	ctx := context.Background()
	mine := func() { c.sim.Commit() }
	cfg := Config{Admin: c.admin.From, Governance: Governance{Registrars: []common.Address{c.admin.From}, Threshold: 1},
		PolicyAdmin: common.Address{0x90}, Properties: true, VerifierAdmin: common.Address{0x7e}}
	if _, err := DeployWith(ctx, c.client, c.other, cfg, mine); !errors.Is(err, ErrNotAdmin) {
		t.Fatalf("DeployWith from another account = %v, want ErrNotAdmin", err)
	}
	if _, err := DeployWith(ctx, c.client, c.admin, Config{Admin: c.admin.From, VerifierAdmin: common.Address{0x7e}}, mine); err == nil {
		t.Fatal("DeployWith took a verifier admin without a property registry")
	}
	d, err := DeployWith(ctx, c.client, c.admin, cfg, mine)
	if err != nil {
		t.Fatal(err)
	}
	policyRole, err := VerifierReader{Caller: c.client, Address: d.Verifier}.PolicyRole(ctx)
	if err != nil {
		t.Fatal(err)
	}
	pr := PropertiesReader{Caller: c.client, Address: d.Properties}
	adminRole, err := pr.VerifierAdminRole(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !call(c, c.verABI.Instance(c.client, d.Verifier), c.verABI.PackHasRole(policyRole, cfg.PolicyAdmin), c.verABI.UnpackHasRole) {
		t.Error("the policy admin has no POLICY_ROLE")
	}
	if !call(c, propertiesABI().Instance(c.client, d.Properties), propertiesABI().PackHasRole(adminRole, cfg.VerifierAdmin), propertiesABI().UnpackHasRole) {
		t.Error("the verifier admin has no VERIFIER_ADMIN_ROLE")
	}
	if got := call(c, propertiesABI().Instance(c.client, d.Properties), propertiesABI().PackAttestations(), propertiesABI().UnpackAttestations); got != d.Verifier {
		t.Errorf("the property registry trusts %s, want the verifier %s", got, d.Verifier)
	}
	want := []string{"deploy EnclaveKeyRegistry", "deploy AttestationVerifier", "grant POLICY_ROLE", "deploy PropertyRegistry", "grant VERIFIER_ADMIN_ROLE"}
	if len(d.Steps) != len(want) {
		t.Fatalf("%d steps, want %v", len(d.Steps), want)
	}
	for i, s := range d.Steps {
		if s.What != want[i] || s.Receipt == nil {
			t.Errorf("step %d is %q, want %q with its receipt", i, s.What, want[i])
		}
	}
}
