package pyrt

import (
	"net"
	"strings"
	"testing"
)

// Expectations printed by CPython 3.11 against the same listeners (the resolver decides between
// "[Errno -2] Name or service not known" and "[Errno -3] Temporary failure ..." offline).
func TestCreateConnection(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	go func() {
		c, err := ln.Accept()
		if err == nil {
			buf := make([]byte, 4)
			n, _ := c.Read(buf)
			_, _ = c.Write(append([]byte("ok:"), buf[:n]...))
			c.Close()
		}
	}()
	s, err := CreateConnection("127.0.0.1", port, 2)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Sendall([]byte("ping")); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Recv(64)
	if string(got) != "ok:ping" {
		t.Errorf("recv: %q", got)
	}
	if end, _ := s.Recv(64); len(end) != 0 {
		t.Errorf("recv after close: %q", end)
	}
	s.Close()
	ln.Close()
	// socket.create_connection(("127.0.0.1", <closed port>)) -> ConnectionRefusedError
	_, err = CreateConnection("127.0.0.1", port, 1)
	if ExcName(err) != "ConnectionRefusedError" || ExcStr(err) != "[Errno 111] Connection refused" || !IsKind(err, "OSError") {
		t.Errorf("refused: %s: %s", ExcName(err), ExcStr(err))
	}
	_, err = CreateConnection("no-such-host.invalid", 80, 1)
	if ExcName(err) != "socket.gaierror" || !strings.HasPrefix(ExcStr(err), "[Errno -") || !IsKind(err, "OSError") {
		t.Errorf("unknown host: %s: %s", ExcName(err), ExcStr(err))
	}
}
