package pyrt

import "testing"

// Where the Go port stops short of Python's unbounded ints, it says so instead of wrapping.
func TestIPAddressLimits(t *testing.T) {
	runPyCases(t, []pyCase{
		{"int(ip_address('2001:db8::1')) (Python: 42540766411282592856903984951653826561)", func() string {
			return i2s(IPAddressOf("2001:db8::1").Int())
		}, "panic:NotImplementedError: py2go: int() of 2001:db8::1 does not fit a Go int"},
		{"ip_network('2001:db8::/64').num_addresses (Python: 18446744073709551616)", func() string {
			return i2s(IPNetworkOf("2001:db8::/64", true).NumAddresses())
		}, "panic:NotImplementedError: py2go: num_addresses of 2001:db8::/64 does not fit a Go int"},
		{"ip_network('10.0.0.0/24') in a dict", func() string {
			d := NewDict[IPNetwork, int]()
			d.Set(IPNetworkOf("10.0.0.0/24", true), 1)
			d.Set(IPNetworkOf("10.0.0.9/24", false), 2)
			return Repr(d)
		}, "{IPv4Network('10.0.0.0/24'): 2}"},
	})
}
