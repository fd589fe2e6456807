package pyrt

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
	"unicode/utf8"
)

// Flow says how a translated try/with body left its closure, so the code
// after it can return, break or continue as the Python block did.
const (
	FlowNext     = iota // fell through
	FlowReturn          // executed `return`
	FlowBreak           // executed `break`
	FlowContinue        // executed `continue`
)

// Ptr returns a pointer to a copy of v: Optional values that are not None.
func Ptr[T any](v T) *T { return &v }

// Sum is Python's sum() over a list of numbers, added left to right.
func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

// AnyOf is Python's any(): true when some item is truthy.
func AnyOf[T any](xs []T) bool {
	for _, x := range xs {
		if Truthy(x) {
			return true
		}
	}
	return false
}

// AllOf is Python's all(): true when every item is truthy (and for an empty list).
func AllOf[T any](xs []T) bool {
	for _, x := range xs {
		if !Truthy(x) {
			return false
		}
	}
	return true
}

// BoolInt is int(b) for a bool.
func BoolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// GetPtr is dict.get(k): nil (None) when the key is missing.
func (d *Dict[K, V]) GetPtr(k K) *V {
	if v, ok := d.Get(k); ok {
		return &v
	}
	return nil
}

// LookupEnv is os.environ.get(key) / os.getenv(key): nil (None) when unset.
func LookupEnv(key string) *string {
	if v, ok := os.LookupEnv(key); ok {
		return &v
	}
	return nil
}

// PartitionT is str.partition as a tuple value.
func PartitionT(s, sep string) Tuple3[string, string, string] {
	a, b, c := Partition(s, sep)
	return Tuple3[string, string, string]{a, b, c}
}

// RPartitionT is str.rpartition as a tuple value.
func RPartitionT(s, sep string) Tuple3[string, string, string] {
	a, b, c := RPartition(s, sep)
	return Tuple3[string, string, string]{a, b, c}
}

// CheckUnpack raises ValueError like Python when a list unpacks into the wrong number of names.
func CheckUnpack(have, want int) {
	if have > want {
		Throw("ValueError", fmt.Sprintf("too many values to unpack (expected %d)", want))
	}
	if have < want {
		Throw("ValueError", fmt.Sprintf("not enough values to unpack (expected %d, got %d)", want, have))
	}
}

// StarSplit is `a, *rest, z = xs` with `before` names ahead of the starred one and `after`
// behind it: the starred part, a fresh list (ValueError when xs is too short, as Python's).
func StarSplit[T any](xs []T, before, after int) []T {
	if len(xs) < before+after {
		Throw("ValueError", fmt.Sprintf("not enough values to unpack (expected at least %d, got %d)", before+after, len(xs)))
	}
	return append([]T{}, xs[before:len(xs)-after]...)
}

// ReadAllRaw reads a stream as sys.stdin.read() does: UTF-8, no newline translation.
func ReadAllRaw(r io.Reader) (string, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return "", err
	}
	if !utf8.Valid(b) {
		return DecodeText(b)
	}
	return string(b), nil
}

// Exists is os.path.exists: false on any error, as Python does.
func Exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// Chars splits a string into its code points, as list(s) does.
func Chars(s string) []string {
	out := make([]string, 0, len(s))
	for _, r := range s {
		out = append(out, string(r))
	}
	return out
}

// AbsInt is abs() for an int.
func AbsInt(i int) int {
	if i < 0 {
		return -i
	}
	return i
}

// IsFile is os.path.isfile.
func IsFile(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}

// IsDir is os.path.isdir.
func IsDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// ExitOpt is sys.exit(value) where value is an Optional[int] (None exits 0).
func ExitOpt(code *int) {
	if code == nil {
		ExitNone()
	}
	Exit(*code)
}

// ReadLinesRaw is sys.stdin.readlines(): lines keep their endings, no newline translation.
func ReadLinesRaw(r io.Reader) ([]string, error) {
	sc := NewRawScanner(r)
	var out []string
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out, sc.Err()
}

// CountOf is list.count(x).
func CountOf[T comparable](xs []T, x T) int {
	n := 0
	for _, v := range xs {
		if v == x {
			n++
		}
	}
	return n
}

// WriteString is f.write(s) on a text file.
func WriteString(w io.Writer, s string) error {
	_, err := io.WriteString(w, s)
	return err
}

// FindFrom is str.find(sub, start) with code point indices.
func FindFrom(s, sub string, start int) int {
	n := Len(s)
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	if start > n {
		return -1
	}
	i := Find(StrSlice(s, start, Omit), sub)
	if i < 0 {
		return -1
	}
	return i + start
}

// Zip2 is list(zip(xs, ys)).
func Zip2[A, B any](xs []A, ys []B) []Tuple2[A, B] {
	n := min(len(xs), len(ys))
	out := make([]Tuple2[A, B], n)
	for i := 0; i < n; i++ {
		out[i] = Tuple2[A, B]{V0: xs[i], V1: ys[i]}
	}
	return out
}

// Enumerate is list(enumerate(xs, start)).
func Enumerate[T any](xs []T, start int) []Tuple2[int, T] {
	out := make([]Tuple2[int, T], len(xs))
	for i, x := range xs {
		out[i] = Tuple2[int, T]{V0: i + start, V1: x}
	}
	return out
}

// Repeat is xs * n for a list (n <= 0 gives an empty list).
func Repeat[T any](xs []T, n int) []T {
	out := make([]T, 0, max(0, len(xs)*n))
	for i := 0; i < n; i++ {
		out = append(out, xs...)
	}
	return out
}

// DivMod is divmod(a, b) for ints: (a // b, a % b) with Python's flooring.
func DivMod(a, b int) Tuple2[int, int] {
	return Tuple2[int, int]{V0: FloorDiv(a, b), V1: Mod(a, b)}
}

// MinOr is min(xs, default=d).
func MinOr[T any](xs []T, d T) T {
	if len(xs) == 0 {
		return d
	}
	return Min(xs)
}

// MaxOr is max(xs, default=d).
func MaxOr[T any](xs []T, d T) T {
	if len(xs) == 0 {
		return d
	}
	return Max(xs)
}

// MinByOr is min(xs, key=f, default=d).
func MinByOr[T any, K any](xs []T, key func(T) K, d T) T {
	if len(xs) == 0 {
		return d
	}
	return MinBy(xs, key)
}

// MaxByOr is max(xs, key=f, default=d).
func MaxByOr[T any, K any](xs []T, key func(T) K, d T) T {
	if len(xs) == 0 {
		return d
	}
	return MaxBy(xs, key)
}

// MaxOpt is max(xs, default=None) for items that are not pointers: an
// Optional, nil when xs is empty.
func MaxOpt[T any](xs []T) *T {
	if len(xs) == 0 {
		return nil
	}
	return Ptr(Max(xs))
}

// MaxByOpt is max(xs, key=f, default=None).
func MaxByOpt[T any, K any](xs []T, key func(T) K) *T {
	if len(xs) == 0 {
		return nil
	}
	return Ptr(MaxBy(xs, key))
}

// MinOpt is min(xs, default=None).
func MinOpt[T any](xs []T) *T {
	if len(xs) == 0 {
		return nil
	}
	return Ptr(Min(xs))
}

// MinByOpt is min(xs, key=f, default=None).
func MinByOpt[T any, K any](xs []T, key func(T) K) *T {
	if len(xs) == 0 {
		return nil
	}
	return Ptr(MinBy(xs, key))
}

// DictFromKeys is dict.fromkeys(keys, value).
func DictFromKeys[K comparable, V any](keys []K, value V) *Dict[K, V] {
	d := NewDict[K, V]()
	for _, k := range keys {
		d.Set(k, value)
	}
	return d
}

// FirstOr is next((x for x in xs if ...), d): the first item, or d when there is none.
func FirstOr[T any](xs []T, d T) T {
	if len(xs) == 0 {
		return d
	}
	return xs[0]
}

// FirstPtr is next(..., None) for items that are not pointers: nil when there is none.
func FirstPtr[T any](xs []T) *T {
	if len(xs) == 0 {
		return nil
	}
	v := xs[0]
	return &v
}

// ExcFilename is e.filename of an OSError (None -> "" when the error names no file).
func ExcFilename(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Path
	}
	return ""
}

// ExcErrno is e.errno of an OSError (0 when unknown).
func ExcErrno(err error) int {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return int(errno)
	}
	return 0
}

// ExcStrerror is e.strerror of an OSError: CPython's text for the errno.
func ExcStrerror(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return StrError(errno)
	}
	return ExcStr(err)
}

// Body runs the body of a `for` loop over a generator (the callback a translated generator
// calls at each `yield`). The body's exception, error or panic alike (sys.exit included), is
// stored in *stored and ends the loop, so it surfaces in the loop's function after the
// generator has returned, never inside the generator's own try/except.
func Body(stored *error, body func() (int, error)) (flow int) {
	var err error
	func() {
		defer CatchAll(&err)
		flow, err = body()
	}()
	if err != nil {
		*stored = err
		return FlowBreak
	}
	if flow == FlowContinue {
		return FlowNext
	}
	return flow
}

// ReArg is a `re` function's string argument that may be None: CPython's TypeError for None.
func ReArg(s *string) string {
	if s == nil {
		panic(NewError("TypeError", "expected string or bytes-like object, got 'NoneType'"))
	}
	return *s
}

// OptAttr is an Optional[str] whose method `name` is called: AttributeError for None, as CPython.
func OptAttr(s *string, name string) string {
	if s == nil {
		panic(NewError("AttributeError", "'NoneType' object has no attribute '"+name+"'"))
	}
	return *s
}

// GroupBy is itertools.groupby(xs, key=f) consumed by a loop: the runs of consecutive items whose
// keys are equal (Python's ==), each with its key (the run's first item's) and its items.
func GroupBy[T any, K any](xs []T, key func(T) K) []Tuple2[K, []T] {
	var out []Tuple2[K, []T]
	for _, x := range xs {
		k := key(x)
		if n := len(out); n > 0 && Equal(out[n-1].V0, k) {
			out[n-1].V1 = append(out[n-1].V1, x)
			continue
		}
		out = append(out, Tuple2[K, []T]{k, []T{x}})
	}
	return out
}

// OptSubscript is an Optional[str] that is sliced: CPython's TypeError for None.
func OptSubscript(s *string) string {
	if s == nil {
		panic(NewError("TypeError", "'NoneType' object is not subscriptable"))
	}
	return *s
}
