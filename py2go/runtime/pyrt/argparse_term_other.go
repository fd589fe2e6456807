//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package pyrt

// stdoutColumns: terminal size is not queried on this platform ($COLUMNS
// or 80 columns are used, shutil.get_terminal_size's fallback).
func stdoutColumns() int { return 0 }
