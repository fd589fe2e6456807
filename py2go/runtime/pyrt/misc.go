package pyrt

import (
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"hash"
	"os"
	"os/user"
	"runtime"
	"strings"
	"unicode"
)

// Hash is a hashlib hash object (md5, sha1, sha256, sha512).
type Hash struct {
	h    hash.Hash
	name string
}

// NewHash is hashlib.<name>(data): name is md5, sha1, sha224, sha256,
// sha384 or sha512.
func NewHash(name string, data []byte) *Hash {
	var h hash.Hash
	switch name {
	case "md5":
		h = md5.New()
	case "sha1":
		h = sha1.New()
	case "sha224":
		h = sha256.New224()
	case "sha256":
		h = sha256.New()
	case "sha384":
		h = sha512.New384()
	case "sha512":
		h = sha512.New()
	default:
		panic(NewError("ValueError", "unsupported hash type "+name))
	}
	h.Write(data)
	return &Hash{h: h, name: name}
}

// Update is h.update(data).
func (h *Hash) Update(data []byte) { h.h.Write(data) }

// HexDigest is h.hexdigest().
func (h *Hash) HexDigest() string { return hex.EncodeToString(h.h.Sum(nil)) }

// Digest is h.digest().
func (h *Hash) Digest() []byte { return h.h.Sum(nil) }

// Name is h.name.
func (h *Hash) Name() string { return h.name }

// B64Encode is base64.b64encode(data).
func B64Encode(data []byte) []byte {
	return []byte(base64.StdEncoding.EncodeToString(data))
}

// URLSafeB64Encode is base64.urlsafe_b64encode(data).
func URLSafeB64Encode(data []byte) []byte {
	return []byte(base64.URLEncoding.EncodeToString(data))
}

// B64Decode is base64.b64decode(s) (validate=False): characters outside
// the alphabet are discarded, then the padding is checked; errors are
// binascii.Error with CPython's messages.
func B64Decode(s []byte) ([]byte, error) { return b64decode(s, false) }

// URLSafeB64Decode is base64.urlsafe_b64decode(s).
func URLSafeB64Decode(s []byte) ([]byte, error) { return b64decode(s, true) }

func b64decode(s []byte, urlsafe bool) ([]byte, error) {
	var clean []byte
	pads := 0
	for _, c := range s {
		if urlsafe {
			if c == '-' {
				c = '+'
			} else if c == '_' {
				c = '/'
			}
		}
		switch {
		case c == '=':
			if q := len(clean) % 4; q >= 2 {
				pads++
				if q+pads >= 4 {
					return lenientDecode(clean)
				}
			}
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '+', c == '/':
			pads = 0
			clean = append(clean, c)
		}
	}
	switch len(clean) % 4 {
	case 0:
		return lenientDecode(clean)
	case 1:
		return nil, NewError("binascii.Error", "Invalid base64-encoded string: number of data characters ("+itoa(len(clean))+") cannot be 1 more than a multiple of 4")
	}
	return nil, NewError("binascii.Error", "Incorrect padding")
}

// B64DecodeValidate is base64.b64decode(s, validate=v).
func B64DecodeValidate(s []byte, validate bool) ([]byte, error) {
	if validate {
		return B64DecodeStrict(s)
	}
	return B64Decode(s)
}

// B64DecodeStrict is base64.b64decode(s, validate=True): CPython 3.11's
// binascii.a2b_base64 strict mode (no characters outside the alphabet, no
// leading, discontinuous or trailing-data padding).
func B64DecodeStrict(s []byte) ([]byte, error) {
	fail := func(msg string) ([]byte, error) { return nil, NewError("binascii.Error", msg) }
	if len(s) > 0 && s[0] == '=' {
		return fail("Leading padding not allowed")
	}
	var clean []byte
	pads, paddingStarted := 0, false
	for i, c := range s {
		switch {
		case c == '=':
			paddingStarted = true
			if q := len(clean) % 4; q >= 2 {
				pads++
				if q+pads >= 4 {
					if i+1 < len(s) {
						return fail("Excess data after padding")
					}
					return lenientDecode(clean)
				}
			}
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '+', c == '/':
			if paddingStarted {
				return fail("Discontinuous padding not allowed")
			}
			pads = 0
			clean = append(clean, c)
		default:
			return fail("Only base64 data is allowed")
		}
	}
	switch len(clean) % 4 {
	case 0:
		return lenientDecode(clean)
	case 1:
		return fail("Invalid base64-encoded string: number of data characters (" + itoa(len(clean)) + ") cannot be 1 more than a multiple of 4")
	}
	return fail("Incorrect padding")
}

func init() { excParent["binascii.Error"] = "ValueError" }

func lenientDecode(clean []byte) ([]byte, error) {
	const alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	var out []byte
	acc, bits := 0, 0
	for _, c := range clean {
		acc = acc<<6 | strings.IndexByte(alpha, c)
		bits += 6
		if bits >= 8 {
			bits -= 8
			out = append(out, byte(acc>>bits))
			acc &= 1<<bits - 1
		}
	}
	return out, nil
}

// BytesDecode is b.decode() / b.decode("utf-8") with CPython's
// UnicodeDecodeError.
func BytesDecode(b []byte) (string, error) { return DecodeUTF8(b) } // no newline translation

// SysPlatform is sys.platform ("linux", "darwin", "win32", ...).
func SysPlatform() string {
	switch runtime.GOOS {
	case "windows":
		return "win32"
	case "linux", "darwin", "freebsd", "openbsd", "netbsd", "aix":
		return runtime.GOOS
	}
	return runtime.GOOS
}

// PlatformSystem is platform.system() ("Linux", "Darwin", "Windows").
func PlatformSystem() string {
	switch runtime.GOOS {
	case "windows":
		return "Windows"
	case "darwin":
		return "Darwin"
	case "freebsd":
		return "FreeBSD"
	}
	s := runtime.GOOS
	return string(unicode.ToUpper(rune(s[0]))) + s[1:]
}

// Hostname is socket.gethostname() / platform.node().
func Hostname() string {
	h, err := os.Hostname()
	if err != nil {
		return ""
	}
	return h
}

// GetUser is getpass.getuser(): LOGNAME, USER, LNAME, USERNAME, then the
// password database.
func GetUser() (string, error) {
	for _, k := range []string{"LOGNAME", "USER", "LNAME", "USERNAME"} {
		if v := os.Getenv(k); v != "" {
			return v, nil
		}
	}
	u, err := user.Current()
	if err != nil {
		return "", NewError("OSError", "No username set in the environment")
	}
	return u.Username, nil
}

// MostCommon is collections.Counter(xs).most_common(n) (n < 0: all):
// counts in descending order, ties in first-seen order.
func MostCommon[T comparable](xs []T, n int) []Tuple2[T, int] {
	counts := NewDict[T, int]()
	for _, x := range xs {
		c, _ := counts.Get(x)
		counts.Set(x, c+1)
	}
	items := counts.Items()
	items = SortedBy(items, func(t Tuple2[T, int]) int { return -t.V1 }, false)
	if n >= 0 && n < len(items) {
		items = items[:n]
	}
	if n < 0 {
		return items
	}
	return items
}

// CountItems is dict(collections.Counter(xs)): an insertion-ordered count.
func CountItems[T comparable](xs []T) *Dict[T, int] {
	counts := NewDict[T, int]()
	for _, x := range xs {
		c, _ := counts.Get(x)
		counts.Set(x, c+1)
	}
	return counts
}

// Chain is itertools.chain(a, b, ...) consumed eagerly.
func Chain[T any](xss ...[]T) []T {
	var out []T
	for _, xs := range xss {
		out = append(out, xs...)
	}
	if out == nil {
		out = []T{}
	}
	return out
}

// Combinations2 is itertools.combinations(xs, 2), eagerly.
func Combinations2[T any](xs []T) []Tuple2[T, T] {
	out := []Tuple2[T, T]{}
	for i := range xs {
		for j := i + 1; j < len(xs); j++ {
			out = append(out, Tuple2[T, T]{xs[i], xs[j]})
		}
	}
	return out
}

// Product2 is itertools.product(xs, ys), eagerly.
func Product2[A, B any](xs []A, ys []B) []Tuple2[A, B] {
	out := []Tuple2[A, B]{}
	for _, x := range xs {
		for _, y := range ys {
			out = append(out, Tuple2[A, B]{x, y})
		}
	}
	return out
}

// Accumulate is itertools.accumulate(xs) (running sums), eagerly.
func Accumulate[T Number](xs []T) []T {
	out := make([]T, len(xs))
	var acc T
	for i, x := range xs {
		if i == 0 {
			acc = x
		} else {
			acc += x
		}
		out[i] = acc
	}
	return out
}

// ISlice is itertools.islice(xs, stop) on a list, eagerly (stop >= 0).
func ISlice[T any](xs []T, stop int) []T {
	if stop < 0 {
		panic(NewError("ValueError", "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."))
	}
	if stop > len(xs) {
		stop = len(xs)
	}
	return append([]T{}, xs[:stop]...)
}

// UUID4 is str(uuid.uuid4()): 122 random bits from crypto/rand (os.urandom in Python) with the
// version 4 and RFC 4122 variant bits set, as 8-4-4-4-12 lowercase hex; hex=true gives .hex.
func UUID4(hexOnly bool) string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(NewError("OSError", err.Error()))
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:])
	if hexOnly {
		return h
	}
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}
