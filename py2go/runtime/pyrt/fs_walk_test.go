package pyrt

import (
	"os"
	"path/filepath"
	"testing"
)

// Expectations printed by CPython 3.11 for the tree top/{a/{b/{y}, x.txt}, a-c/, b.lock}:
// sorted(os.walk("top")) roots and sorted(os.walk("top", topdown=False), reverse=True).
func TestWalkSorted(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"top/a/b", "top/a-c"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"top/a/x.txt", "top/b.lock", "top/a/b/y"} {
		if err := os.WriteFile(filepath.Join(dir, f), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = os.Chdir(wd) }()
	var roots []string
	for _, w := range WalkSorted("top", false) {
		roots = append(roots, w.V0)
	}
	if got := Repr(roots); got != "['top', 'top/a', 'top/a-c', 'top/a/b']" {
		t.Errorf("sorted walk: %s", got)
	}
	var back []string
	for _, w := range WalkSorted("top", true) {
		back = append(back, w.V0+" "+Repr(w.V2))
	}
	if got := Repr(back); got != `["top/a/b ['y']", 'top/a-c []', "top/a ['x.txt']", "top ['b.lock']"]` {
		t.Errorf("reverse sorted walk: %s", got)
	}
}
