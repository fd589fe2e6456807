package pyrt

import (
	"compress/gzip"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"syscall"
)

func pathErr(op, path string, en syscall.Errno) error {
	return &fs.PathError{Op: op, Path: path, Err: en}
}

// Listdir is os.listdir(p). Names are sorted: CPython returns directory
// order, which is unspecified.
func Listdir(p string) ([]string, error) {
	if p == "" {
		return nil, pathErr("scandir", p, syscall.ENOENT)
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	names, err := f.Readdirnames(-1)
	if err != nil {
		return nil, pathErr("scandir", p, syscall.ENOTDIR)
	}
	sort.Strings(names)
	return names, nil
}

// Mkdir is os.mkdir(p) (parents=false) or os.makedirs(p, exist_ok=...).
func Mkdir(p string, parents, existOK bool) error {
	if !parents {
		err := os.Mkdir(p, 0o777)
		if err != nil && existOK && errors.Is(err, fs.ErrExist) && IsDir(p) {
			return nil
		}
		return err
	}
	if fi, err := os.Stat(p); err == nil {
		if existOK && fi.IsDir() {
			return nil
		}
		return pathErr("mkdir", p, syscall.EEXIST)
	}
	head := PathDirname(strings.TrimRight(p, "/"))
	if head != "" && !PathLexists(head) {
		if err := Mkdir(head, true, true); err != nil {
			return err
		}
	}
	err := os.Mkdir(p, 0o777)
	if err != nil && existOK && errors.Is(err, fs.ErrExist) && IsDir(p) {
		return nil
	}
	return err
}

// Makedirs is os.makedirs(p, exist_ok=existOK).
func Makedirs(p string, existOK bool) error { return Mkdir(p, true, existOK) }

// Rmdir is os.rmdir(p).
func Rmdir(p string) error {
	if err := syscall.Rmdir(p); err != nil {
		return pathErr("rmdir", p, err.(syscall.Errno))
	}
	return nil
}

func unlinkError(p string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pathErr("unlink", p, pe.Err.(syscall.Errno))
	}
	return err
}

// Unlink is os.remove(p) / os.unlink(p): a directory is an
// IsADirectoryError (Go's os.Remove would remove an empty one).
func Unlink(p string) error {
	if err := syscall.Unlink(p); err != nil {
		en := err.(syscall.Errno)
		if en == syscall.EPERM {
			if fi, serr := os.Lstat(p); serr == nil && fi.IsDir() {
				en = syscall.EISDIR
			}
		}
		return pathErr("unlink", p, en)
	}
	return nil
}

// Chdir is os.chdir(p).
func Chdir(p string) error { return os.Chdir(p) }

// Chmod is os.chmod(p, mode).
func Chmod(p string, mode int) error {
	return os.Chmod(p, fs.FileMode(mode&0o777)|modeBits(mode))
}

func modeBits(mode int) fs.FileMode {
	var m fs.FileMode
	if mode&0o4000 != 0 {
		m |= fs.ModeSetuid
	}
	if mode&0o2000 != 0 {
		m |= fs.ModeSetgid
	}
	if mode&0o1000 != 0 {
		m |= fs.ModeSticky
	}
	return m
}

// StatResult is os.stat_result.
type StatResult struct {
	StSize  int
	StMtime float64
	StMode  int
	StUID   int
	StGID   int
	StNlink int
	StIno   int
}

// Stat is os.stat(p).
func Stat(p string) (*StatResult, error) {
	var st syscall.Stat_t
	if err := syscall.Stat(p, &st); err != nil {
		return nil, pathErr("stat", p, err.(syscall.Errno))
	}
	return &StatResult{
		StSize:  int(st.Size),
		StMtime: float64(st.Mtim.Sec) + float64(st.Mtim.Nsec)/1e9,
		StMode:  int(st.Mode),
		StUID:   int(st.Uid),
		StGID:   int(st.Gid),
		StNlink: int(st.Nlink),
		StIno:   int(st.Ino),
	}, nil
}

// ---------------------------------------------------------------- os.walk

// Walk is os.walk(top) (topdown, errors ignored, symlinks to directories
// listed in dirs but not followed). Changes the loop body makes to the
// dirs list (through DirsRef) prune or reorder the walk, as in CPython.
// Entries are sorted: CPython's order is the directory's.
type Walk struct {
	Root    string
	Dirs    []string
	Files   []string
	DirsRef *[]string
	stack   []string
	started bool
}

// NewWalk starts os.walk(top).
func NewWalk(top string) *Walk { return &Walk{stack: []string{top}} }

// Next moves to the next directory; false at the end.
func (w *Walk) Next() bool {
	if w.started {
		dirs := w.Dirs
		if w.DirsRef != nil {
			dirs = *w.DirsRef
		}
		for i := len(dirs) - 1; i >= 0; i-- {
			sub := PathJoin(w.Root, dirs[i])
			if PathIslink(sub) {
				continue
			}
			w.stack = append(w.stack, sub)
		}
	}
	w.started = true
	for len(w.stack) > 0 {
		top := w.stack[len(w.stack)-1]
		w.stack = w.stack[:len(w.stack)-1]
		names, err := Listdir(top)
		if err != nil {
			continue
		}
		w.Root, w.Dirs, w.Files, w.DirsRef = top, []string{}, []string{}, nil
		for _, n := range names {
			if IsDir(PathJoin(top, n)) {
				w.Dirs = append(w.Dirs, n)
			} else {
				w.Files = append(w.Files, n)
			}
		}
		return true
	}
	return false
}

// WalkSorted is sorted(os.walk(top), reverse=reverse) (topdown or not: sorting erases the
// difference): the whole walk is listed first, so editing a dirs list in the loop body no
// longer prunes it, as in Python, and ordered by directory path (each occurs once, so the
// tuple comparison stops there; Go compares UTF-8 bytes in code point order, as Python).
func WalkSorted(top string, reverse bool) []Tuple3[string, []string, []string] {
	var out []Tuple3[string, []string, []string]
	w := NewWalk(top)
	for w.Next() {
		out = append(out, Tuple3[string, []string, []string]{V0: w.Root, V1: w.Dirs, V2: w.Files})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if reverse {
			return out[i].V0 > out[j].V0
		}
		return out[i].V0 < out[j].V0
	})
	return out
}

// ---------------------------------------------------------------- fnmatch / glob

var (
	fnmatchMu    sync.Mutex
	fnmatchCache = map[string]*regexp.Regexp{}
)

// fnmatchRegexp translates a shell pattern like fnmatch.translate.
func fnmatchRegexp(pat string) *regexp.Regexp {
	fnmatchMu.Lock()
	defer fnmatchMu.Unlock()
	if re, ok := fnmatchCache[pat]; ok {
		return re
	}
	var b strings.Builder
	b.WriteString("(?s)^")
	rs := []rune(pat)
	n := len(rs)
	for i := 0; i < n; {
		c := rs[i]
		i++
		switch c {
		case '*':
			for i < n && rs[i] == '*' {
				i++
			}
			b.WriteString(".*")
		case '?':
			b.WriteString(".")
		case '[':
			j := i
			if j < n && rs[j] == '!' {
				j++
			}
			if j < n && rs[j] == ']' {
				j++
			}
			for j < n && rs[j] != ']' {
				j++
			}
			if j >= n {
				b.WriteString(`\[`)
				continue
			}
			stuff := rs[i:j]
			i = j + 1
			neg := false
			if len(stuff) > 0 && stuff[0] == '!' {
				neg = true
				stuff = stuff[1:]
			}
			if len(stuff) == 0 {
				if neg {
					b.WriteString(".")
				} else {
					b.WriteString("[^\\x00-\\x{10FFFF}]")
				}
				continue
			}
			b.WriteString("[")
			if neg {
				b.WriteString("^")
			}
			for k, r := range stuff {
				if r == '-' && k > 0 && k < len(stuff)-1 {
					b.WriteRune('-')
					continue
				}
				b.WriteString(regexp.QuoteMeta(string(r)))
			}
			b.WriteString("]")
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	b.WriteString("$")
	re, err := regexp.Compile(b.String())
	if err != nil {
		re = regexp.MustCompile(`[^\x00-\x{10FFFF}]`) // e.g. a reversed range: never matches
	}
	fnmatchCache[pat] = re
	return re
}

// Fnmatch is fnmatch.fnmatch(name, pat) (case-sensitive on POSIX).
func Fnmatch(name, pat string) bool { return fnmatchRegexp(pat).MatchString(name) }

// FnmatchFilter is fnmatch.filter(names, pat).
func FnmatchFilter(names []string, pat string) []string {
	out := []string{}
	re := fnmatchRegexp(pat)
	for _, n := range names {
		if re.MatchString(n) {
			out = append(out, n)
		}
	}
	return out
}

func hasMagic(s string) bool { return strings.ContainsAny(s, "*?[") }

// globIn matches the components comps below base; results are relative
// to base (joined with "/"). hidden: "*" also matches dot files (pathlib).
func globIn(base string, comps []string, hidden, pathlib bool) []string {
	if len(comps) == 0 {
		return []string{""}
	}
	c, rest := comps[0], comps[1:]
	dir := base
	if dir == "" {
		dir = "."
	}
	last := len(rest) == 0
	out := []string{}
	switch {
	case c == "**":
		subs := []string{""}
		subs = append(subs, rlist(dir, "", hidden, true)...)
		for _, s := range subs {
			if last {
				if pathlib {
					out = append(out, s)
				} else if s != "" {
					out = append(out, s)
				}
				continue
			}
			for _, m := range globIn(PathJoin(dir, s), rest, hidden, pathlib) {
				out = append(out, joinRel(s, m))
			}
		}
		if last && !pathlib {
			// glob.glob("d/**", recursive=True) lists "d/" itself, then everything below
			out = append([]string{""}, rlist(dir, "", hidden, false)...)
		}
	case !hasMagic(c):
		p := PathJoin(dir, c)
		if last {
			if PathLexists(p) {
				out = append(out, c)
			}
		} else if IsDir(p) {
			for _, m := range globIn(p, rest, hidden, pathlib) {
				out = append(out, joinRel(c, m))
			}
		}
	default:
		names, err := Listdir(dir)
		if err != nil {
			return out
		}
		re := fnmatchRegexp(c)
		for _, n := range names {
			if strings.HasPrefix(n, ".") && !hidden && !strings.HasPrefix(c, ".") {
				continue
			}
			if !re.MatchString(n) {
				continue
			}
			p := PathJoin(dir, n)
			if last {
				out = append(out, n)
			} else if IsDir(p) {
				for _, m := range globIn(p, rest, hidden, pathlib) {
					out = append(out, joinRel(n, m))
				}
			}
		}
	}
	return out
}

func joinRel(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a + "/" // os.path.join(a, "")
	}
	return a + "/" + b
}

// rlist lists what is below dir recursively, in pre-order: every entry, or only the
// directories (CPython glob's _rlistdir with dironly); symlinked directories are not entered.
func rlist(dir, prefix string, hidden, dirsOnly bool) []string {
	out := []string{}
	names, err := Listdir(dir)
	if err != nil {
		return out
	}
	for _, n := range names {
		if strings.HasPrefix(n, ".") && !hidden {
			continue
		}
		p := PathJoin(dir, n)
		isDir := IsDir(p) && !PathIslink(p)
		if dirsOnly && !isDir {
			continue
		}
		rel := joinRel(prefix, n)
		out = append(out, rel)
		if isDir {
			out = append(out, rlist(p, rel, hidden, dirsOnly)...)
		}
	}
	return out
}

// Glob is glob.glob(pattern, recursive=recursive). Results are in sorted
// directory order (CPython: the directory's order, unspecified).
func Glob(pattern string, recursive bool) []string {
	if pattern == "" {
		return []string{}
	}
	if !hasMagic(pattern) {
		if strings.HasSuffix(pattern, "/") {
			if IsDir(pattern) {
				return []string{pattern}
			}
		} else if PathLexists(pattern) {
			return []string{pattern}
		}
		return []string{}
	}
	base := ""
	rel := pattern
	if strings.HasPrefix(pattern, "/") {
		base = "/"
		rel = strings.TrimLeft(pattern, "/")
	}
	comps := strings.Split(rel, "/")
	if !recursive {
		for i, c := range comps {
			if c == "**" {
				comps[i] = "*"
			}
		}
	}
	out := []string{}
	for _, m := range globIn(base, comps, false, false) {
		if m == "" {
			continue // "**" matching nothing at the top: CPython drops it
		}
		out = append(out, base+m)
	}
	return out
}

// ---------------------------------------------------------------- shutil

// CopyFile copies the content of src to dst (shutil.copyfile), returns dst.
func CopyFile(src, dst string) (string, error) {
	in, err := os.Open(src)
	if err != nil {
		return "", err
	}
	defer in.Close()
	if fi, err := in.Stat(); err == nil && fi.IsDir() {
		return "", pathErr("open", src, syscall.EISDIR)
	}
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o666)
	if err != nil {
		return "", err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return "", err
	}
	return dst, out.Close()
}

// Copy is shutil.copy(src, dst) (copy2 when keepTimes): content and mode;
// a directory dst receives basename(src). Returns the file written.
func Copy(src, dst string, keepTimes bool) (string, error) {
	if IsDir(dst) {
		dst = PathJoin(dst, PathBasename(src))
	}
	if _, err := CopyFile(src, dst); err != nil {
		return "", err
	}
	fi, err := os.Stat(src)
	if err != nil {
		return "", err
	}
	if err := os.Chmod(dst, fi.Mode().Perm()); err != nil {
		return "", err
	}
	if keepTimes {
		if err := os.Chtimes(dst, fi.ModTime(), fi.ModTime()); err != nil {
			return "", err
		}
	}
	return dst, nil
}

// Copytree is shutil.copytree(src, dst, dirs_exist_ok=...) with copy2.
func Copytree(src, dst string, dirsExistOK bool) (string, error) {
	names, err := Listdir(src)
	if err != nil {
		return "", err
	}
	if err := Mkdir(dst, true, dirsExistOK); err != nil {
		return "", err
	}
	for _, n := range names {
		s, d := PathJoin(src, n), PathJoin(dst, n)
		if IsDir(s) {
			if _, err := Copytree(s, d, dirsExistOK); err != nil {
				return "", err
			}
		} else if _, err := Copy(s, d, true); err != nil {
			return "", err
		}
	}
	if fi, err := os.Stat(src); err == nil {
		_ = os.Chmod(dst, fi.Mode().Perm())
		_ = os.Chtimes(dst, fi.ModTime(), fi.ModTime())
	}
	return dst, nil
}

// Rmtree is shutil.rmtree(p, ignore_errors=...).
func Rmtree(p string, ignoreErrors bool) error {
	fi, err := os.Lstat(p)
	if err != nil {
		if ignoreErrors {
			return nil
		}
		return pathErr("lstat", p, syscall.ENOENT)
	}
	if fi.Mode()&os.ModeSymlink != 0 {
		if ignoreErrors {
			return nil
		}
		return Wrap("OSError", "Cannot call rmtree on a symbolic link", nil)
	}
	if !fi.IsDir() {
		if ignoreErrors {
			return nil
		}
		return pathErr("open", p, syscall.ENOTDIR)
	}
	err = os.RemoveAll(p)
	if ignoreErrors {
		return nil
	}
	return err
}

// Move is shutil.move(src, dst): returns the destination path.
func Move(src, dst string) (string, error) {
	real := dst
	if IsDir(dst) {
		real = PathJoin(dst, PathBasename(strings.TrimRight(src, "/")))
		if PathLexists(real) {
			return "", newModError("shutil.Error", "Destination path '"+real+"' already exists", "Error")
		}
	}
	if err := os.Rename(src, real); err != nil {
		var le *os.LinkError
		if errors.As(err, &le) && errors.Is(le.Err, syscall.EXDEV) {
			if IsDir(src) {
				if _, err := Copytree(src, real, false); err != nil {
					return "", err
				}
				return real, os.RemoveAll(src)
			}
			if _, err := Copy(src, real, true); err != nil {
				return "", err
			}
			return real, os.Remove(src)
		}
		if _, serr := os.Lstat(src); serr != nil {
			return "", pathErr("lstat", src, syscall.ENOENT)
		}
		return "", err
	}
	return real, nil
}

// Which is shutil.which(cmd): the path, or nil.
func Which(cmd string) *string {
	isExe := func(p string) bool {
		fi, err := os.Stat(p)
		return err == nil && !fi.IsDir() && fi.Mode()&0o111 != 0 && syscall.Access(p, 1) == nil
	}
	if strings.Contains(cmd, "/") {
		if isExe(cmd) {
			return &cmd
		}
		return nil
	}
	path, ok := os.LookupEnv("PATH")
	if !ok {
		path = "/bin:/usr/bin"
	}
	if path == "" {
		return nil
	}
	seen := map[string]bool{}
	for _, dir := range filepath.SplitList(path) {
		if seen[dir] {
			continue
		}
		seen[dir] = true
		p := PathJoin(dir, cmd)
		if isExe(p) {
			return &p
		}
	}
	return nil
}

// DiskUsage is shutil.disk_usage(p): (total, used, free) in bytes.
type DiskUsage struct{ Total, Used, Free int }

// GetDiskUsage is shutil.disk_usage(p).
func GetDiskUsage(p string) (DiskUsage, error) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(p, &st); err != nil {
		return DiskUsage{}, pathErr("statvfs", p, err.(syscall.Errno))
	}
	bs := int(st.Frsize)
	return DiskUsage{Total: int(st.Blocks) * bs, Used: int(st.Blocks-st.Bfree) * bs, Free: int(st.Bavail) * bs}, nil
}

// PyRepr is repr(usage): usage(total=..., used=..., free=...).
func (d DiskUsage) PyRepr() string {
	return "usage(total=" + itoa(d.Total) + ", used=" + itoa(d.Used) + ", free=" + itoa(d.Free) + ")"
}

// ---------------------------------------------------------------- tempfile

// Mkdtemp is tempfile.mkdtemp(suffix=, prefix=, dir=) (default prefix "tmp").
func Mkdtemp(suffix, prefix, dir *string) (string, error) {
	s, p, d := "", "tmp", ""
	if suffix != nil {
		s = *suffix
	}
	if prefix != nil {
		p = *prefix
	}
	if dir != nil {
		d = *dir
	}
	name, err := os.MkdirTemp(d, strings.ReplaceAll(p, "*", "")+"*"+strings.ReplaceAll(s, "*", ""))
	if err != nil {
		return "", err
	}
	if d == "" {
		return name, nil
	}
	return PathAbspath(name)
}

// NamedTemp is tempfile.NamedTemporaryFile(mode="w", ...): the open file.
func NamedTemp(suffix, prefix, dir *string) (*os.File, error) {
	s, p, d := "", "tmp", ""
	if suffix != nil {
		s = *suffix
	}
	if prefix != nil {
		p = *prefix
	}
	if dir != nil {
		if abs, err := PathAbspath(*dir); err == nil {
			d = abs
		}
	}
	return os.CreateTemp(d, strings.ReplaceAll(p, "*", "")+"*"+strings.ReplaceAll(s, "*", ""))
}

// ---------------------------------------------------------------- gzip

// GzipFile is a gzip.open(p, mode) file: text ("rt", "wt", "at") or binary ("rb", "wb", "ab").
type GzipFile struct {
	f *os.File
	r *gzip.Reader
	w *gzip.Writer
}

// GzipOpen is gzip.open(p, mode); the rules decide whether its data is str or bytes.
func GzipOpen(p, mode string) (*GzipFile, error) {
	switch strings.NewReplacer("t", "", "b", "").Replace(mode) {
	case "r":
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		r, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			if errors.Is(err, io.EOF) {
				return &GzipFile{f: f}, nil
			}
			return nil, newModError("gzip.BadGzipFile", "Not a gzipped file ("+gzMagic(p)+")", "BadGzipFile", "OSError")
		}
		r.Multistream(true)
		return &GzipFile{f: f, r: r}, nil
	case "w", "a", "x":
		flag := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
		if strings.Contains(mode, "a") {
			flag = os.O_WRONLY | os.O_CREATE | os.O_APPEND
		}
		if strings.Contains(mode, "x") {
			flag = os.O_WRONLY | os.O_CREATE | os.O_EXCL
		}
		f, err := os.OpenFile(p, flag, 0o666)
		if err != nil {
			return nil, err
		}
		w := gzip.NewWriter(f)
		w.Name = strings.TrimSuffix(PathBasename(p), ".gz")
		return &GzipFile{f: f, w: w}, nil
	}
	return nil, NewError("ValueError", "Invalid mode ('"+mode+"')")
}

func gzMagic(p string) string {
	b := make([]byte, 2)
	f, err := os.Open(p)
	if err != nil {
		return "b''"
	}
	defer f.Close()
	n, _ := io.ReadFull(f, b)
	return BytesRepr(b[:n])
}

// Read reads decompressed bytes.
func (g *GzipFile) Read(p []byte) (int, error) {
	if g.r == nil {
		return 0, io.EOF
	}
	n, err := g.r.Read(p)
	if err != nil && err != io.EOF {
		return n, newModError("gzip.BadGzipFile", err.Error(), "BadGzipFile", "OSError")
	}
	return n, err
}

// Write compresses p.
func (g *GzipFile) Write(p []byte) (int, error) {
	if g.w == nil {
		return 0, NewError("UnsupportedOperation", "not writable")
	}
	return g.w.Write(p)
}

// Close flushes and closes the file.
func (g *GzipFile) Close() error {
	var err error
	if g.w != nil {
		err = g.w.Close()
	}
	if g.r != nil {
		_ = g.r.Close()
	}
	if cerr := g.f.Close(); err == nil {
		err = cerr
	}
	return err
}
