package pyrt

import (
	"cmp"
	"math"
	"math/bits"
	"net/netip"
	"strconv"
	"strings"
)

// Python's ipaddress module (CPython 3.11): IPv4/IPv6 addresses, networks and interfaces as
// comparable Go values (== and dict keys work), with CPython's strings, errors and orders.

// IPAddress is an ipaddress.IPv4Address or IPv6Address: a 128-bit value (IPv4 in lo), the
// version, and an IPv6 scope id.
type IPAddress struct {
	hi, lo uint64
	v6     bool
	zone   string
}

// IPNetwork is an ipaddress.IPv4Network / IPv6Network: its network address and prefix length.
type IPNetwork struct {
	addr   IPAddress
	prefix int
}

// IPInterface is an ipaddress.IPv4Interface / IPv6Interface: an address with its network.
type IPInterface struct {
	addr   IPAddress
	prefix int
}

func (a IPAddress) maxBits() int {
	if a.v6 {
		return 128
	}
	return 32
}

// Version is addr.version.
func (a IPAddress) Version() int {
	if a.v6 {
		return 6
	}
	return 4
}

func (a IPAddress) typeName(kind string) string {
	return "IPv" + strconv.Itoa(a.Version()) + kind
}

// parseIPAddr parses one address the way IPv4Address/IPv6Address do (no surrounding spaces, no
// leading zeros in IPv4 octets, an IPv6 scope id after '%').
func parseIPAddr(s string) (IPAddress, bool) {
	if strings.Contains(s, "%") {
		i := strings.Index(s, "%")
		zone := s[i+1:]
		if zone == "" || strings.Contains(zone, "%") || !strings.Contains(s[:i], ":") {
			return IPAddress{}, false
		}
		a, ok := parseIPAddr(s[:i])
		if !ok || !a.v6 {
			return IPAddress{}, false
		}
		a.zone = zone
		return a, true
	}
	if !strings.Contains(s, ":") {
		return parseIPv4(s)
	}
	p, err := netip.ParseAddr(s)
	if err != nil || !p.Is6() || p.Zone() != "" || !v6EmbeddedOK(s) {
		return IPAddress{}, false
	}
	b := p.As16()
	var hi, lo uint64
	for i := 0; i < 8; i++ {
		hi = hi<<8 | uint64(b[i])
		lo = lo<<8 | uint64(b[8+i])
	}
	return IPAddress{hi: hi, lo: lo, v6: true}, true
}

// v6EmbeddedOK checks an IPv4 tail of an IPv6 address with CPython's IPv4 rules.
func v6EmbeddedOK(s string) bool {
	last := s[strings.LastIndex(s, ":")+1:]
	if !strings.Contains(last, ".") {
		return true
	}
	_, ok := parseIPv4(last)
	return ok
}

func parseIPv4(s string) (IPAddress, bool) {
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return IPAddress{}, false
	}
	var v uint64
	for _, p := range parts {
		if p == "" || len(p) > 3 || (len(p) > 1 && p[0] == '0') {
			return IPAddress{}, false
		}
		n := 0
		for _, c := range []byte(p) {
			if c < '0' || c > '9' {
				return IPAddress{}, false
			}
			n = n*10 + int(c-'0')
		}
		if n > 255 {
			return IPAddress{}, false
		}
		v = v<<8 | uint64(n)
	}
	return IPAddress{lo: v}, true
}

// IPAddressOf is ipaddress.ip_address(s).
func IPAddressOf(s string) IPAddress {
	a, ok := parseIPAddr(s)
	if !ok {
		panic(NewError("ValueError", Repr(s)+" does not appear to be an IPv4 or IPv6 address"))
	}
	return a
}

// maskOf is the netmask of a prefix length as (hi, lo).
func maskOf(prefix, max int) (uint64, uint64) {
	if max == 32 {
		return 0, (uint64(math.MaxUint32) << (32 - prefix)) & math.MaxUint32
	}
	switch {
	case prefix == 0:
		return 0, 0
	case prefix <= 64:
		return ^uint64(0) << (64 - prefix), 0
	case prefix == 128:
		return ^uint64(0), ^uint64(0)
	default:
		return ^uint64(0), ^uint64(0) << (128 - prefix)
	}
}

func (a IPAddress) masked(prefix int) IPAddress {
	mh, ml := maskOf(prefix, a.maxBits())
	return IPAddress{hi: a.hi & mh, lo: a.lo & ml, v6: a.v6}
}

// splitAddrPrefix parses "addr[/prefix]" as IPv4Network/IPv6Network do: a decimal prefix, or for
// IPv4 a netmask or hostmask in dotted form.
func splitAddrPrefix(s string) (IPAddress, int, bool) {
	parts := strings.Split(s, "/")
	if len(parts) > 2 {
		return IPAddress{}, 0, false
	}
	a, ok := parseIPAddr(parts[0])
	if !ok {
		return IPAddress{}, 0, false
	}
	max := a.maxBits()
	if len(parts) == 1 {
		return a, max, true
	}
	p := parts[1]
	if p != "" && strings.Trim(p, "0123456789") == "" {
		n, err := strconv.Atoi(p)
		if err != nil || n > max {
			return IPAddress{}, 0, false
		}
		return a, n, true
	}
	if a.v6 {
		return IPAddress{}, 0, false
	}
	m, ok := parseIPv4(p)
	if !ok {
		return IPAddress{}, 0, false
	}
	if n, ok := prefixOfMask(uint32(m.lo)); ok {
		return a, n, true
	}
	if n, ok := prefixOfMask(^uint32(m.lo)); ok { // a hostmask
		return a, n, true
	}
	return IPAddress{}, 0, false
}

// prefixOfMask is the prefix length of a contiguous netmask.
func prefixOfMask(m uint32) (int, bool) {
	n := bits.LeadingZeros32(^m)
	if n < 32 && m<<n != 0 {
		return 0, false
	}
	return n, true
}

// IPNetworkOf is ipaddress.ip_network(s, strict).
func IPNetworkOf(s string, strict bool) IPNetwork {
	a, prefix, ok := splitAddrPrefix(s)
	if !ok {
		panic(NewError("ValueError", Repr(s)+" does not appear to be an IPv4 or IPv6 network"))
	}
	n := IPNetwork{addr: a.masked(prefix), prefix: prefix}
	if strict && n.addr != (IPAddress{hi: a.hi, lo: a.lo, v6: a.v6}) {
		panic(NewError("ValueError", a.PyStr()+"/"+strconv.Itoa(prefix)+" has host bits set"))
	}
	return n
}

// IPInterfaceOf is ipaddress.ip_interface(s).
func IPInterfaceOf(s string) IPInterface {
	a, prefix, ok := splitAddrPrefix(s)
	if !ok {
		panic(NewError("ValueError", Repr(s)+" does not appear to be an IPv4 or IPv6 interface"))
	}
	return IPInterface{addr: a, prefix: prefix}
}

// PyStr is str(addr): dotted IPv4, IPv6 with the longest run of zero groups as "::".
func (a IPAddress) PyStr() string {
	if !a.v6 {
		v := a.lo
		return strconv.Itoa(int(v>>24)) + "." + strconv.Itoa(int(v>>16&255)) + "." +
			strconv.Itoa(int(v>>8&255)) + "." + strconv.Itoa(int(v&255))
	}
	var h [8]uint64
	for i := 0; i < 4; i++ {
		h[i] = a.hi >> (48 - 16*i) & 0xffff
		h[4+i] = a.lo >> (48 - 16*i) & 0xffff
	}
	best, bestLen, cur, curLen := -1, 0, -1, 0
	for i, x := range h {
		if x == 0 {
			if cur < 0 {
				cur, curLen = i, 0
			}
			curLen++
			if curLen > bestLen {
				best, bestLen = cur, curLen
			}
		} else {
			cur = -1
		}
	}
	var parts []string
	for i := 0; i < 8; i++ {
		if bestLen > 1 && i == best {
			parts = append(parts, "")
			if i == 0 {
				parts = append(parts, "")
			}
			i += bestLen - 1
			if i == 7 {
				parts = append(parts, "")
			}
			continue
		}
		parts = append(parts, strconv.FormatUint(h[i], 16))
	}
	s := strings.Join(parts, ":")
	if a.zone != "" {
		s += "%" + a.zone
	}
	return s
}

// PyRepr is repr(addr): IPv4Address('10.0.0.1').
func (a IPAddress) PyRepr() string { return a.typeName("Address") + "(" + Repr(a.PyStr()) + ")" }

// PyFormat is format(addr, spec): "" and "...s" format str(addr), "b"/"x"/"X"/"n" with
// optional "#" and "_" give the zero-padded integer; other specs raise TypeError.
func (a IPAddress) PyFormat(spec string) string {
	if spec == "" || spec[len(spec)-1] == 's' {
		return Format(a.PyStr(), spec)
	}
	rest, alt, group := spec, false, false
	if strings.HasPrefix(rest, "#") {
		alt, rest = true, rest[1:]
	}
	if strings.HasPrefix(rest, "_") {
		group, rest = true, rest[1:]
	}
	if len(rest) != 1 || !strings.Contains("xbnX", rest) {
		panic(NewError("TypeError", "unsupported format string passed to "+a.typeName("Address")+".__format__"))
	}
	base := rest[0]
	if base == 'n' {
		base = map[bool]byte{false: 'b', true: 'x'}[a.v6]
	}
	var digits string
	if base == 'b' {
		digits = strconv.FormatUint(a.hi, 2) + pad0(strconv.FormatUint(a.lo, 2), 64)
		digits = pad0(strings.TrimLeft(digits, "0"), a.maxBits())
	} else {
		digits = pad0(strings.TrimLeft(strconv.FormatUint(a.hi, 16)+pad0(strconv.FormatUint(a.lo, 16), 16), "0"), a.maxBits()/4)
	}
	if base == 'X' {
		digits = strings.ToUpper(digits)
	}
	if group {
		var b strings.Builder
		for i := 0; i < len(digits); i += 4 {
			if i > 0 {
				b.WriteByte('_')
			}
			b.WriteString(digits[i : i+4])
		}
		digits = b.String()
	}
	if alt {
		prefix := map[byte]string{'b': "0b", 'x': "0x", 'X': "0X"}[base]
		digits = prefix + digits
	}
	return digits
}

func pad0(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return strings.Repeat("0", n-len(s)) + s
}

// Int is int(addr); an IPv6 address beyond int64 raises NotImplementedError (Python's int is
// unbounded).
func (a IPAddress) Int() int {
	if a.hi != 0 || a.lo > math.MaxInt64 {
		panic(NewError("NotImplementedError", "py2go: int() of "+a.PyStr()+" does not fit a Go int"))
	}
	return int(a.lo)
}

// PyCmp orders addresses of one version by value; other operands raise CPython's TypeError.
func (a IPAddress) PyCmp(other any, op string) int {
	b, ok := other.(IPAddress)
	if !ok {
		panic(NewError("TypeError", "'"+op+"' not supported between instances of '"+a.typeName("Address")+"' and '"+pyTypeName(other)+"'"))
	}
	if a.v6 != b.v6 {
		panic(NewError("TypeError", a.PyStr()+" and "+b.PyStr()+" are not of the same version"))
	}
	return cmpU128(a.hi, a.lo, b.hi, b.lo)
}

func cmpU128(ah, al, bh, bl uint64) int {
	switch {
	case ah < bh || (ah == bh && al < bl):
		return -1
	case ah == bh && al == bl:
		return 0
	}
	return 1
}

func (a IPAddress) inNet(n IPNetwork) bool {
	return a.v6 == n.addr.v6 && IPAddress{hi: a.hi, lo: a.lo, v6: a.v6}.masked(n.prefix) == n.addr
}

var ipv4Private, ipv6Private []IPNetwork

func init() {
	for _, s := range []string{"0.0.0.0/8", "10.0.0.0/8", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
		"192.0.0.0/29", "192.0.0.170/31", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15",
		"198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4", "255.255.255.255/32"} {
		ipv4Private = append(ipv4Private, IPNetworkOf(s, true))
	}
	for _, s := range []string{"::1/128", "::/128", "::ffff:0:0/96", "100::/64", "2001::/23", "2001:2::/48",
		"2001:db8::/32", "2001:10::/28", "fc00::/7", "fe80::/10"} {
		ipv6Private = append(ipv6Private, IPNetworkOf(s, true))
	}
}

// ipv4Mapped is the IPv4 address an ::ffff:a.b.c.d address maps.
func (a IPAddress) ipv4Mapped() (IPAddress, bool) {
	if a.v6 && a.hi == 0 && a.lo>>32 == 0xffff {
		return IPAddress{lo: a.lo & math.MaxUint32}, true
	}
	return IPAddress{}, false
}

// IsPrivate is addr.is_private (CPython 3.11.7's tables).
func (a IPAddress) IsPrivate() bool {
	if m, ok := a.ipv4Mapped(); ok {
		return m.IsPrivate()
	}
	nets := ipv4Private
	if a.v6 {
		nets = ipv6Private
	}
	for _, n := range nets {
		if a.inNet(n) {
			return true
		}
	}
	return false
}

// IsGlobal is addr.is_global.
func (a IPAddress) IsGlobal() bool {
	if !a.v6 && a.inNet(IPNetwork{addr: IPAddress{lo: 100<<24 | 64<<16}, prefix: 10}) {
		return false
	}
	return !a.IsPrivate()
}

// IsLoopback is addr.is_loopback.
func (a IPAddress) IsLoopback() bool {
	if a.v6 {
		return a.hi == 0 && a.lo == 1
	}
	return a.lo>>24 == 127
}

// IsMulticast is addr.is_multicast.
func (a IPAddress) IsMulticast() bool {
	if a.v6 {
		return a.hi>>56 == 0xff
	}
	return a.lo>>28 == 0xe
}

// IsLinkLocal is addr.is_link_local.
func (a IPAddress) IsLinkLocal() bool {
	if a.v6 {
		return a.hi>>54 == 0xfe80>>6
	}
	return a.lo>>16 == 169<<8|254
}

// IsUnspecified is addr.is_unspecified.
func (a IPAddress) IsUnspecified() bool { return a.hi == 0 && a.lo == 0 }

// Add is addr + n (AddressValueError, a ValueError, outside the address space).
func (a IPAddress) Add(n int) IPAddress {
	lo, hi := a.lo, a.hi
	var c uint64
	if n >= 0 {
		lo, c = bits.Add64(lo, uint64(n), 0)
		hi, c = bits.Add64(hi, 0, c)
	} else {
		lo, c = bits.Sub64(lo, uint64(-n), 0)
		hi, c = bits.Sub64(hi, 0, c)
	}
	if c != 0 || (!a.v6 && (hi != 0 || lo > math.MaxUint32)) {
		if n < 0 {
			panic(&AddressValueError{"-" + strconv.FormatUint(uint64(-n)-a.lo, 10) + " (< 0) is not permitted as an IPv" + strconv.Itoa(a.Version()) + " address"})
		}
		if !a.v6 && c == 0 {
			panic(&AddressValueError{strconv.FormatUint(lo, 10) + " (>= 2**32) is not permitted as an IPv4 address"})
		}
		panic(NewError("NotImplementedError", "py2go: an IPv6 address past 2**128"))
	}
	return IPAddress{hi: hi, lo: lo, v6: a.v6}
}

// --- networks

// PyTypeName is type(addr).__name__.
func (a IPAddress) PyTypeName() string { return a.typeName("Address") }

// PyTypeName is type(net).__name__.
func (n IPNetwork) PyTypeName() string { return n.addr.typeName("Network") }

// PyTypeName is type(iface).__name__.
func (i IPInterface) PyTypeName() string { return i.addr.typeName("Interface") }

// PyStr is str(net): "10.0.0.0/24".
func (n IPNetwork) PyStr() string { return n.addr.PyStr() + "/" + strconv.Itoa(n.prefix) }

// PyRepr is repr(net): IPv4Network('10.0.0.0/24').
func (n IPNetwork) PyRepr() string { return n.addr.typeName("Network") + "(" + Repr(n.PyStr()) + ")" }

// PyFormat is format(net, spec): only the empty spec (object.__format__).
func (n IPNetwork) PyFormat(spec string) string {
	if spec != "" {
		panic(NewError("TypeError", "unsupported format string passed to "+n.addr.typeName("Network")+".__format__"))
	}
	return n.PyStr()
}

// Version is net.version.
func (n IPNetwork) Version() int { return n.addr.Version() }

// Prefixlen is net.prefixlen.
func (n IPNetwork) Prefixlen() int { return n.prefix }

// NetworkAddress is net.network_address.
func (n IPNetwork) NetworkAddress() IPAddress { return n.addr }

// BroadcastAddress is net.broadcast_address.
func (n IPNetwork) BroadcastAddress() IPAddress {
	mh, ml := maskOf(n.prefix, n.addr.maxBits())
	b := IPAddress{hi: n.addr.hi | ^mh, lo: n.addr.lo | ^ml, v6: n.addr.v6}
	if !b.v6 {
		b.hi, b.lo = 0, b.lo&math.MaxUint32
	}
	return b
}

// Netmask is net.netmask.
func (n IPNetwork) Netmask() IPAddress {
	mh, ml := maskOf(n.prefix, n.addr.maxBits())
	return IPAddress{hi: mh, lo: ml, v6: n.addr.v6}
}

// Hostmask is net.hostmask.
func (n IPNetwork) Hostmask() IPAddress {
	m := n.Netmask()
	h := IPAddress{hi: ^m.hi, lo: ^m.lo, v6: m.v6}
	if !h.v6 {
		h.hi, h.lo = 0, h.lo&math.MaxUint32
	}
	return h
}

// WithPrefixlen is net.with_prefixlen.
func (n IPNetwork) WithPrefixlen() string { return n.PyStr() }

// WithNetmask is net.with_netmask.
func (n IPNetwork) WithNetmask() string { return n.addr.PyStr() + "/" + n.Netmask().PyStr() }

// NumAddresses is net.num_addresses; more than fit a Go int raises NotImplementedError.
func (n IPNetwork) NumAddresses() int {
	hostBits := n.addr.maxBits() - n.prefix
	if hostBits > 62 {
		panic(NewError("NotImplementedError", "py2go: num_addresses of "+n.PyStr()+" does not fit a Go int"))
	}
	return 1 << hostBits
}

// Contains is `addr in net` (False for the other version, as CPython).
func (n IPNetwork) Contains(a IPAddress) bool { return a.inNet(n) }

// Hosts is list(net.hosts()): the usable addresses (IPv4 without network and broadcast, IPv6
// without the Subnet-Router anycast; all of a /31 or /127, the address of a /32 or /128).
func (n IPNetwork) Hosts() []IPAddress {
	max := n.addr.maxBits()
	count := n.NumAddresses()
	first, last := 1, count-1
	if !n.addr.v6 {
		last = count - 2
	}
	if n.prefix == max-1 {
		first, last = 0, 1
	} else if n.prefix == max {
		first, last = 0, 0
	}
	if last-first+1 > 1<<24 {
		panic(NewError("NotImplementedError", "py2go: hosts() of "+n.PyStr()+" is too large to list"))
	}
	out := make([]IPAddress, 0, max0(last-first+1))
	for i := first; i <= last; i++ {
		out = append(out, n.addr.Add(i))
	}
	return out
}

func max0(n int) int {
	if n < 0 {
		return 0
	}
	return n
}

func (n IPNetwork) sameVersion(o IPNetwork) {
	if n.addr.v6 != o.addr.v6 {
		panic(NewError("TypeError", n.PyStr()+" and "+o.PyStr()+" are not of the same version"))
	}
}

// Overlaps is net.overlaps(other).
func (n IPNetwork) Overlaps(o IPNetwork) bool {
	return o.Contains(n.addr) || o.Contains(n.BroadcastAddress()) ||
		n.Contains(o.addr) || n.Contains(o.BroadcastAddress())
}

// SubnetOf is net.subnet_of(other).
func (n IPNetwork) SubnetOf(o IPNetwork) bool {
	n.sameVersion(o)
	return o.prefix <= n.prefix && n.addr.masked(o.prefix) == o.addr
}

// SupernetOf is net.supernet_of(other).
func (n IPNetwork) SupernetOf(o IPNetwork) bool {
	n.sameVersion(o)
	return o.SubnetOf(n)
}

// IsPrivate is net.is_private: network and broadcast address in one private network.
func (n IPNetwork) IsPrivate() bool {
	nets := ipv4Private
	if n.addr.v6 {
		nets = ipv6Private
	}
	b := n.BroadcastAddress()
	for _, p := range nets {
		if n.addr.inNet(p) && b.inNet(p) {
			return true
		}
	}
	return false
}

// IsGlobal is net.is_global.
func (n IPNetwork) IsGlobal() bool { return !n.IsPrivate() }

// IsLoopback is net.is_loopback.
func (n IPNetwork) IsLoopback() bool {
	return n.addr.IsLoopback() && n.BroadcastAddress().IsLoopback()
}

// PyCmp orders networks of one version by network address, then netmask.
func (n IPNetwork) PyCmp(other any, op string) int {
	o, ok := other.(IPNetwork)
	if !ok {
		panic(NewError("TypeError", "'"+op+"' not supported between instances of '"+n.addr.typeName("Network")+"' and '"+pyTypeName(other)+"'"))
	}
	n.sameVersion(o)
	if c := n.addr.PyCmp(o.addr, op); c != 0 {
		return c
	}
	return cmp.Compare(n.prefix, o.prefix)
}

// --- interfaces

// PyStr is str(iface): "10.1.2.3/24".
func (i IPInterface) PyStr() string { return i.addr.PyStr() + "/" + strconv.Itoa(i.prefix) }

// PyRepr is repr(iface).
func (i IPInterface) PyRepr() string {
	return i.addr.typeName("Interface") + "(" + Repr(i.PyStr()) + ")"
}

// IP is iface.ip.
func (i IPInterface) IP() IPAddress { return i.addr }

// Network is iface.network.
func (i IPInterface) Network() IPNetwork {
	return IPNetwork{addr: IPAddress{hi: i.addr.hi, lo: i.addr.lo, v6: i.addr.v6}.masked(i.prefix), prefix: i.prefix}
}

// Version is iface.version.
func (i IPInterface) Version() int { return i.addr.Version() }

// Prefixlen is iface.network.prefixlen (also iface.prefixlen).
func (i IPInterface) Prefixlen() int { return i.prefix }

// AddressValueError is ipaddress.AddressValueError (a ValueError); uncaught, it prints with its
// module name as CPython does.
type AddressValueError struct{ Msg string }

// PyStr is str(e).
func (e *AddressValueError) PyStr() string { return e.Msg }

func (e *AddressValueError) Error() string { return "AddressValueError: " + e.Msg }

// PyKinds is the class chain for except clauses and the traceback line.
func (e *AddressValueError) PyKinds() []string {
	return []string{"ipaddress.AddressValueError", "ValueError", "Exception", "BaseException"}
}
