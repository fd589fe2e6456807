package pyrt

import (
	"os"
	"strconv"
	"strings"
	"syscall"
)

// GetLoadAvg is os.getloadavg(): the 1, 5 and 15 minute load averages (Linux /proc/loadavg).
func GetLoadAvg() (Tuple3[float64, float64, float64], error) {
	var zero Tuple3[float64, float64, float64]
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return zero, NewError("OSError", "Load averages are unobtainable")
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return zero, NewError("OSError", "Load averages are unobtainable")
	}
	var v [3]float64
	for i := range v {
		if v[i], err = strconv.ParseFloat(f[i], 64); err != nil {
			return zero, NewError("OSError", "Load averages are unobtainable")
		}
	}
	return Tuple3[float64, float64, float64]{v[0], v[1], v[2]}, nil
}

// Kill is os.kill(pid, sig): ProcessLookupError "[Errno 3] No such process", PermissionError
// "[Errno 1] Operation not permitted", as CPython raises them.
func Kill(pid, sig int) error {
	if err := syscall.Kill(pid, syscall.Signal(sig)); err != nil {
		en := err.(syscall.Errno)
		return Wrap(errnoKind(en), "[Errno "+strconv.Itoa(int(en))+"] "+StrError(en), err)
	}
	return nil
}
