package pyrt

import (
	"os"
	"path/filepath"
	"testing"
)

// CPython 3.11: [r for r, _, _ in sorted(os.walk("run"))] and with reverse=True.
func TestWalkSorted(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"run/b/x", "run/a", "run/a-b"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "run/a/f.lock"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	top := filepath.Join(dir, "run")
	var roots []string
	for _, e := range WalkSorted(top, false) {
		rel, _ := filepath.Rel(dir, e.V0)
		roots = append(roots, rel)
	}
	if got, want := Repr(roots), "['run', 'run/a', 'run/a-b', 'run/b', 'run/b/x']"; got != want {
		t.Errorf("sorted: %s want %s", got, want)
	}
	rev := WalkSorted(top, true)
	if rev[0].V0 != filepath.Join(top, "b/x") || Repr(rev[3].V2) != "['f.lock']" {
		t.Errorf("reverse: %v", rev)
	}
}
