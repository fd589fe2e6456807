//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package pyrt

import (
	"syscall"
	"unsafe"
)

// stdoutColumns is os.get_terminal_size(1).columns, 0 when stdout is not a
// terminal.
func stdoutColumns() int {
	var ws struct{ Row, Col, X, Y uint16 }
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(1), uintptr(syscall.TIOCGWINSZ), uintptr(unsafe.Pointer(&ws)))
	if e != 0 {
		return 0
	}
	return int(ws.Col)
}
