package pyrt

import (
	"os"
	"testing"
)

// Expectations printed by CPython 3.11 on Linux.
func TestKill(t *testing.T) {
	if err := Kill(os.Getpid(), 0); err != nil {
		t.Errorf("os.kill(os.getpid(), 0): %v", err)
	}
	err := Kill(999999999, 0) // beyond pid_max
	if ExcName(err) != "ProcessLookupError" || ExcStr(err) != "[Errno 3] No such process" {
		t.Errorf("os.kill(999999999, 0): %s: %s", ExcName(err), ExcStr(err))
	}
	if err := Kill(1, 0); os.Geteuid() != 0 && (ExcName(err) != "PermissionError" || ExcStr(err) != "[Errno 1] Operation not permitted") {
		t.Errorf("os.kill(1, 0): %s: %s", ExcName(err), ExcStr(err))
	}
}

func TestGetLoadAvg(t *testing.T) {
	v, err := GetLoadAvg()
	if err != nil || v.V0 < 0 || v.V1 < 0 || v.V2 < 0 {
		t.Errorf("os.getloadavg(): %v %v", v, err)
	}
}
