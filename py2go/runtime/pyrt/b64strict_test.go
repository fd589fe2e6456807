package pyrt

import (
	"encoding/hex"
	"testing"
)

// Expectations printed by CPython 3.11: base64.b64decode(s, validate=True).
func TestB64DecodeStrict(t *testing.T) {
	cases := []struct{ in, want string }{
		{"aGk=", "ok:6869"},
		{"aGk", "err:Incorrect padding"},
		{"a Gk=", "err:Only base64 data is allowed"},
		{"=aGk", "err:Leading padding not allowed"},
		{"aGk=x", "err:Excess data after padding"},
		{"aG=k", "err:Discontinuous padding not allowed"},
		{"aGk=\n", "err:Excess data after padding"},
		{"a!Gk=", "err:Only base64 data is allowed"},
		{"aGkx", "ok:686931"},
		{"aGkxZ", "err:Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4"},
		{"aGk==", "err:Excess data after padding"},
		{"aG==", "ok:68"},
		{"aGk===", "err:Excess data after padding"},
		{"", "ok:"},
		{"aGkx=", "ok:686931"},
		{"aGkx====", "ok:686931"},
		{"aG=", "err:Incorrect padding"},
		{"a===", "err:Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"},
		{"aGkx=a", "err:Discontinuous padding not allowed"},
		{"aGkxZg", "err:Incorrect padding"},
		{"AAAAC3NzaC1lZDI1NTE5AAAAIA==", "ok:0000000b7373682d6564323535313900000020"},
		{"aGkxZ===", "err:Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4"},
	}
	for _, c := range cases {
		b, err := B64DecodeStrict([]byte(c.in))
		got := "ok:" + hex.EncodeToString(b)
		if err != nil {
			got = "err:" + ExcStr(err)
		}
		if got != c.want {
			t.Errorf("B64DecodeStrict(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
