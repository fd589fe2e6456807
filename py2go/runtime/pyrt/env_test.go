package pyrt

import (
	"os"
	"testing"
)

func TestEnv(t *testing.T) {
	t.Setenv("PYRT_SET", "v")
	t.Setenv("PYRT_EMPTY", "")
	os.Unsetenv("PYRT_UNSET")
	// os.environ.get(k, 'def'), os.environ[k]
	cases := []pyCase{
		{"os.environ.get('PYRT_SET', 'def')", func() string { return Getenv("PYRT_SET", "def") }, "v"},
		{"os.environ.get('PYRT_EMPTY', 'def')", func() string { return Getenv("PYRT_EMPTY", "def") }, ""},
		{"os.environ.get('PYRT_UNSET', 'def')", func() string { return Getenv("PYRT_UNSET", "def") }, "def"},
		{"os.environ['PYRT_SET']", func() string { return MustGetenv("PYRT_SET") }, "v"},
		{"os.environ['PYRT_EMPTY']", func() string { return MustGetenv("PYRT_EMPTY") }, ""},
		{"os.environ['PYRT_UNSET']", func() string { return MustGetenv("PYRT_UNSET") }, "panic:KeyError: 'PYRT_UNSET'"},
	}
	runPyCases(t, cases)
}
