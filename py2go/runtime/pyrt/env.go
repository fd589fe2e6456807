package pyrt

import "os"

// MustGetenv is os.environ[key]: an unset variable raises KeyError with
// repr(key) (an empty value is returned as is).
func MustGetenv(key string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	panic(keyError(key))
}

// Getenv is os.environ.get(key, def) / os.getenv(key, def): def only when
// the variable is unset, not when it is empty.
func Getenv(key, def string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}
