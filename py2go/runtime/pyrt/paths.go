package pyrt

import (
	"os"
	"os/user"
	"strings"
	"sync"
)

// ---------------------------------------------------------------- os.path (posixpath)

// PathJoin is os.path.join(a, *p): an absolute component restarts the
// path, nothing is cleaned.
func PathJoin(a string, p ...string) string {
	path := a
	for _, b := range p {
		switch {
		case strings.HasPrefix(b, "/"):
			path = b
		case path == "" || strings.HasSuffix(path, "/"):
			path += b
		default:
			path += "/" + b
		}
	}
	return path
}

// PathBasename is os.path.basename(p) ("" for "a/b/").
func PathBasename(p string) string { return p[strings.LastIndexByte(p, '/')+1:] }

// PathDirname is os.path.dirname(p) ("" for "f").
func PathDirname(p string) string {
	head := p[:strings.LastIndexByte(p, '/')+1]
	if head != "" && strings.Trim(head, "/") != "" {
		head = strings.TrimRight(head, "/")
	}
	return head
}

// PathSplit is os.path.split(p).
func PathSplit(p string) Tuple2[string, string] {
	return Tuple2[string, string]{V0: PathDirname(p), V1: PathBasename(p)}
}

// PathSplitext is os.path.splitext(p): (".bashrc", "") for a dot file.
func PathSplitext(p string) Tuple2[string, string] {
	sep := strings.LastIndexByte(p, '/')
	dot := strings.LastIndexByte(p, '.')
	if dot > sep {
		for i := sep + 1; i < dot; i++ {
			if p[i] != '.' {
				return Tuple2[string, string]{V0: p[:dot], V1: p[dot:]}
			}
		}
	}
	return Tuple2[string, string]{V0: p, V1: ""}
}

// PathNormpath is os.path.normpath(p) (keeps a leading "//").
func PathNormpath(p string) string {
	if p == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(p, "/") {
		initial = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			initial = 2
		}
	}
	comps := []string{}
	for _, c := range strings.Split(p, "/") {
		if c == "" || c == "." {
			continue
		}
		if c != ".." || (initial == 0 && len(comps) == 0) || (len(comps) > 0 && comps[len(comps)-1] == "..") {
			comps = append(comps, c)
		} else if len(comps) > 0 {
			comps = comps[:len(comps)-1]
		}
	}
	out := strings.Repeat("/", initial) + strings.Join(comps, "/")
	if out == "" {
		return "."
	}
	return out
}

// Getcwd is os.getcwd().
func Getcwd() (string, error) { return os.Getwd() }

// PathAbspath is os.path.abspath(p).
func PathAbspath(p string) (string, error) {
	if !strings.HasPrefix(p, "/") {
		cwd, err := os.Getwd()
		if err != nil {
			return "", err
		}
		p = PathJoin(cwd, p)
	}
	return PathNormpath(p), nil
}

// PathRelpath is os.path.relpath(p, start).
func PathRelpath(p, start string) (string, error) {
	if p == "" {
		return "", NewError("ValueError", "no path specified")
	}
	if start == "" {
		start = "."
	}
	a, err := PathAbspath(start)
	if err != nil {
		return "", err
	}
	b, err := PathAbspath(p)
	if err != nil {
		return "", err
	}
	sl, pl := nonEmpty(strings.Split(a, "/")), nonEmpty(strings.Split(b, "/"))
	i := 0
	for i < len(sl) && i < len(pl) && sl[i] == pl[i] {
		i++
	}
	rel := []string{}
	for j := i; j < len(sl); j++ {
		rel = append(rel, "..")
	}
	rel = append(rel, pl[i:]...)
	if len(rel) == 0 {
		return ".", nil
	}
	return PathJoin(rel[0], rel[1:]...), nil
}

func nonEmpty(xs []string) []string {
	out := []string{}
	for _, x := range xs {
		if x != "" {
			out = append(out, x)
		}
	}
	return out
}

// PathExpanduser is os.path.expanduser(p).
func PathExpanduser(p string) string {
	if !strings.HasPrefix(p, "~") {
		return p
	}
	i := strings.IndexByte(p, '/')
	if i < 0 {
		i = len(p)
	}
	var home string
	if i == 1 {
		if h, ok := os.LookupEnv("HOME"); ok {
			home = h
		} else if u, err := user.Current(); err == nil {
			home = u.HomeDir
		} else {
			return p
		}
	} else {
		u, err := user.Lookup(p[1:i])
		if err != nil {
			return p
		}
		home = u.HomeDir
	}
	home = strings.TrimRight(home, "/")
	if out := home + p[i:]; out != "" {
		return out
	}
	return "/"
}

// PathIsabs is os.path.isabs(p).
func PathIsabs(p string) bool { return strings.HasPrefix(p, "/") }

// PathIslink is os.path.islink(p).
func PathIslink(p string) bool {
	fi, err := os.Lstat(p)
	return err == nil && fi.Mode()&os.ModeSymlink != 0
}

// PathLexists is os.path.lexists(p).
func PathLexists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}

// PathGetsize is os.path.getsize(p).
func PathGetsize(p string) (int, error) {
	fi, err := os.Stat(p)
	if err != nil {
		return 0, err
	}
	return int(fi.Size()), nil
}

// PathGetmtime is os.path.getmtime(p) (seconds as a float).
func PathGetmtime(p string) (float64, error) {
	fi, err := os.Stat(p)
	if err != nil {
		return 0, err
	}
	return float64(fi.ModTime().UnixNano()) / 1e9, nil
}

// PathRealpath is os.path.realpath(p) (non-strict: missing parts are kept).
func PathRealpath(p string) (string, error) {
	abs, err := PathAbspath(p)
	if err != nil {
		return "", err
	}
	resolved := ""
	rest := strings.Split(strings.TrimPrefix(abs, "/"), "/")
	for n := 0; len(rest) > 0; {
		c := rest[0]
		rest = rest[1:]
		if c == "" || c == "." {
			continue
		}
		if c == ".." {
			resolved = PathDirname(resolved)
			if resolved == "/" {
				resolved = ""
			}
			continue
		}
		next := resolved + "/" + c
		target, err := os.Readlink(next)
		if err != nil || n > 40 {
			resolved = next
			continue
		}
		n++
		if strings.HasPrefix(target, "/") {
			resolved = ""
		}
		rest = append(strings.Split(strings.TrimPrefix(target, "/"), "/"), rest...)
	}
	if resolved == "" {
		return "/", nil
	}
	return resolved, nil
}

// ---------------------------------------------------------------- pathlib

// Path is pathlib.Path (a PosixPath): the string is kept normalised as
// str(Path(...)) shows it ("a//b/./c/" -> "a/b/c", "" -> "."). Paths are
// interned: equal paths are the same pointer, so == and map keys behave
// like Python's; ordering compares parts (pyItems), as PurePath does.
type Path struct{ s string }

var pathIntern sync.Map

func internPath(s string) *Path {
	if v, ok := pathIntern.Load(s); ok {
		return v.(*Path)
	}
	v, _ := pathIntern.LoadOrStore(s, &Path{s: s})
	return v.(*Path)
}

// pyItems makes paths compare like PurePath (by parts).
func (p *Path) pyItems() []any {
	parts := p.Parts()
	out := make([]any, len(parts))
	for i, x := range parts {
		out[i] = x
	}
	return out
}

// NewPath is Path(*parts).
func NewPath(parts ...string) *Path {
	if len(parts) == 0 {
		return internPath(".")
	}
	return internPath(normPure(PathJoin(parts[0], parts[1:]...)))
}

// normPure normalises like PurePosixPath: collapses slashes, drops ".",
// keeps "..", keeps exactly two leading slashes.
func normPure(p string) string {
	lead := ""
	if strings.HasPrefix(p, "/") {
		lead = "/"
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			lead = "//"
		}
	}
	comps := []string{}
	for _, c := range strings.Split(p, "/") {
		if c != "" && c != "." {
			comps = append(comps, c)
		}
	}
	out := lead + strings.Join(comps, "/")
	if out == "" {
		return "."
	}
	return out
}

// PyStr is str(p).
func (p *Path) PyStr() string { return p.s }

// PyRepr is repr(p): PosixPath('a/b').
func (p *Path) PyRepr() string { return "PosixPath(" + QuoteString(p.s) + ")" }

// Str is str(p).
func (p *Path) Str() string { return p.s }

// Join is p / q (and p.joinpath(q)).
func (p *Path) Join(parts ...string) *Path {
	s := p.s
	if s == "." {
		s = ""
	}
	return internPath(normPure(PathJoin(s, parts...)))
}

// JoinPath is p / q for a Path q.
func (p *Path) JoinPath(q *Path) *Path { return p.Join(q.s) }

// Name is p.name.
func (p *Path) Name() string {
	s := p.s
	if s == "." || strings.Trim(s, "/") == "" {
		return ""
	}
	return PathBasename(s)
}

// Suffix is p.suffix.
func (p *Path) Suffix() string {
	n := p.Name()
	i := strings.LastIndexByte(n, '.')
	if 0 < i && i < len(n)-1 {
		return n[i:]
	}
	return ""
}

// Suffixes is p.suffixes.
func (p *Path) Suffixes() []string {
	n := p.Name()
	out := []string{}
	if strings.HasSuffix(n, ".") {
		return out
	}
	n = strings.TrimLeft(n, ".")
	parts := strings.Split(n, ".")
	for _, s := range parts[1:] {
		out = append(out, "."+s)
	}
	return out
}

// Stem is p.stem.
func (p *Path) Stem() string {
	n := p.Name()
	i := strings.LastIndexByte(n, '.')
	if 0 < i && i < len(n)-1 {
		return n[:i]
	}
	return n
}

// Parent is p.parent.
func (p *Path) Parent() *Path {
	s := p.s
	i := strings.LastIndexByte(s, '/')
	switch {
	case s == "." || strings.Trim(s, "/") == "":
		return p
	case i < 0:
		return internPath(".")
	}
	head := s[:i]
	if strings.Trim(head, "/") == "" {
		return internPath(s[:i+1])
	}
	return internPath(head)
}

// Parts is p.parts (a tuple in Python).
func (p *Path) Parts() []string {
	s := p.s
	out := []string{}
	if s == "." {
		return out
	}
	if strings.HasPrefix(s, "//") {
		out = append(out, "//")
	} else if strings.HasPrefix(s, "/") {
		out = append(out, "/")
	}
	for _, c := range strings.Split(s, "/") {
		if c != "" {
			out = append(out, c)
		}
	}
	return out
}

// IsAbsolute is p.is_absolute().
func (p *Path) IsAbsolute() bool { return strings.HasPrefix(p.s, "/") }

// WithSuffix is p.with_suffix(s).
func (p *Path) WithSuffix(s string) (*Path, error) {
	if strings.Contains(s, "/") || (s != "" && (!strings.HasPrefix(s, ".") || s == ".")) {
		return p, NewError("ValueError", "Invalid suffix "+Repr(s))
	}
	n := p.Name()
	if n == "" {
		return p, NewError("ValueError", Repr(p)+" has an empty name")
	}
	return p.Parent().Join(p.Stem() + s), nil
}

// WithName is p.with_name(n).
func (p *Path) WithName(n string) (*Path, error) {
	if p.Name() == "" {
		return p, NewError("ValueError", Repr(p)+" has an empty name")
	}
	if n == "" || n == "." || strings.Contains(n, "/") {
		return p, NewError("ValueError", "Invalid name "+Repr(n))
	}
	return p.Parent().Join(n), nil
}

// WithStem is p.with_stem(s).
func (p *Path) WithStem(s string) (*Path, error) { return p.WithName(s + p.Suffix()) }

// RelativeTo is p.relative_to(other).
func (p *Path) RelativeTo(other string) (*Path, error) {
	o := NewPath(other)
	pp, op := p.Parts(), o.Parts()
	if o.s == "." {
		return p, nil
	}
	if len(op) > len(pp) {
		return p, p.notRelative(o)
	}
	for i := range op {
		if op[i] != pp[i] {
			return p, p.notRelative(o)
		}
	}
	if len(pp) == len(op) {
		return internPath("."), nil
	}
	rest := pp[len(op):]
	return NewPath(rest...), nil
}

func (p *Path) notRelative(o *Path) error {
	return NewError("ValueError", Repr(p.s)+" is not in the subpath of "+Repr(o.s)+
		" OR one path is relative and the other is absolute.")
}

// Absolute is p.absolute().
func (p *Path) Absolute() (*Path, error) {
	if p.IsAbsolute() {
		return p, nil
	}
	cwd, err := os.Getwd()
	if err != nil {
		return p, err
	}
	if p.s == "." {
		return internPath(cwd), nil
	}
	return NewPath(cwd, p.s), nil
}

// Resolve is p.resolve() (non-strict).
func (p *Path) Resolve() (*Path, error) {
	r, err := PathRealpath(p.s)
	return internPath(r), err
}

// Expanduser is p.expanduser().
func (p *Path) Expanduser() *Path { return NewPath(PathExpanduser(p.s)) }

// Exists is p.exists().
func (p *Path) Exists() bool { return Exists(p.s) }

// IsFile is p.is_file().
func (p *Path) IsFile() bool { return IsFile(p.s) }

// IsDir is p.is_dir().
func (p *Path) IsDir() bool { return IsDir(p.s) }

// IsSymlink is p.is_symlink().
func (p *Path) IsSymlink() bool { return PathIslink(p.s) }

// ReadText is p.read_text() (universal newlines, strict UTF-8).
func (p *Path) ReadText() (string, error) {
	f, err := os.Open(p.s)
	if err != nil {
		return "", err
	}
	defer f.Close()
	return ReadText(f)
}

// WriteText is p.write_text(s): returns the number of characters written.
func (p *Path) WriteText(s string) (int, error) {
	if err := os.WriteFile(p.s, []byte(s), 0o666); err != nil {
		return 0, err
	}
	return Len(s), nil
}

// Mkdir is p.mkdir(parents=, exist_ok=).
func (p *Path) Mkdir(parents, existOK bool) error { return Mkdir(p.s, parents, existOK) }

// Unlink is p.unlink(missing_ok=).
func (p *Path) Unlink(missingOK bool) error {
	err := os.Remove(p.s)
	if err != nil && missingOK && os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return unlinkError(p.s, err)
	}
	return nil
}

// Rmdir is p.rmdir().
func (p *Path) Rmdir() error { return Rmdir(p.s) }

// Rename is p.rename(target) / p.replace(target): returns the target path.
func (p *Path) Rename(target string) (*Path, error) {
	if err := os.Rename(p.s, target); err != nil {
		return p, err
	}
	return NewPath(target), nil
}

// Touch is p.touch(exist_ok=True).
func (p *Path) Touch() error {
	f, err := os.OpenFile(p.s, os.O_CREATE|os.O_WRONLY, 0o666)
	if err != nil {
		return err
	}
	return f.Close()
}

// Iterdir is p.iterdir() (sorted: Python's order is the directory's).
func (p *Path) Iterdir() ([]*Path, error) {
	names, err := Listdir(p.s)
	if err != nil {
		return nil, err
	}
	out := make([]*Path, len(names))
	for i, n := range names {
		out[i] = p.Join(n)
	}
	return out, nil
}

// Glob is p.glob(pattern).
func (p *Path) Glob(pattern string) ([]*Path, error) {
	if pattern == "" {
		return nil, NewError("ValueError", "Unacceptable pattern: ''")
	}
	if strings.HasPrefix(pattern, "/") {
		return nil, NewError("NotImplementedError", "Non-relative patterns are unsupported")
	}
	base := p.s
	matches := globIn(base, strings.Split(normPure(pattern), "/"), true, true)
	out := make([]*Path, len(matches))
	for i, m := range matches {
		out[i] = p.Join(m)
	}
	return out, nil
}

// Rglob is p.rglob(pattern) == p.glob("**/" + pattern).
func (p *Path) Rglob(pattern string) ([]*Path, error) { return p.Glob("**/" + pattern) }

// Stat is p.stat().
func (p *Path) Stat() (*StatResult, error) { return Stat(p.s) }

// PathCwd is Path.cwd().
func PathCwd() (*Path, error) {
	cwd, err := os.Getwd()
	return internPath(cwd), err
}

// PathHome is Path.home().
func PathHome() *Path { return NewPath(PathExpanduser("~")) }

// WriteBytes is p.write_bytes(b): the file is created or truncated; returns len(b).
func (p *Path) WriteBytes(b []byte) (int, error) {
	if err := os.WriteFile(p.s, b, 0o666); err != nil {
		return 0, err
	}
	return len(b), nil
}
