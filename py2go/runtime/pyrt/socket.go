package pyrt

import (
	"errors"
	"net"
	"strconv"
	"time"
)

// Socket is a connected TCP socket from socket.create_connection. Its timeout applies to the
// connect and to each later operation, as CPython's socket timeout does.
type Socket struct {
	conn    net.Conn
	timeout float64 // seconds; < 0: blocking
}

// CreateConnection is socket.create_connection((host, port), timeout); timeout < 0 means none.
func CreateConnection(host string, port int, timeout float64) (*Socket, error) {
	d := net.Dialer{}
	if timeout >= 0 {
		d.Timeout = seconds(timeout)
	}
	conn, err := d.Dial("tcp", net.JoinHostPort(host, strconv.Itoa(port)))
	if err != nil {
		return nil, socketError(err)
	}
	return &Socket{conn: conn, timeout: timeout}, nil
}

func seconds(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

func (s *Socket) deadline() {
	if s.timeout >= 0 {
		_ = s.conn.SetDeadline(time.Now().Add(seconds(s.timeout)))
	}
}

// Sendall is sock.sendall(data).
func (s *Socket) Sendall(data []byte) error {
	s.deadline()
	if _, err := s.conn.Write(data); err != nil {
		return socketError(err)
	}
	return nil
}

// Recv is sock.recv(n): up to n bytes, b"" once the peer has closed.
func (s *Socket) Recv(n int) ([]byte, error) {
	s.deadline()
	buf := make([]byte, n)
	got, err := s.conn.Read(buf)
	if got > 0 || errors.Is(err, net.ErrClosed) {
		return buf[:got], nil
	}
	if err != nil && err.Error() == "EOF" {
		return []byte{}, nil
	}
	if err != nil {
		return nil, socketError(err)
	}
	return buf[:got], nil
}

// Close is sock.close() (and the end of a with block); closing twice is harmless, as in Python.
func (s *Socket) Close() error {
	if s == nil || s.conn == nil {
		return nil
	}
	err := s.conn.Close()
	if errors.Is(err, net.ErrClosed) {
		return nil
	}
	return err
}

// socketError gives a dial or I/O error CPython's class and text: TimeoutError("timed out"),
// socket.gaierror for a name that does not resolve, else the errno's OSError subclass
// ("[Errno 111] Connection refused").
func socketError(err error) error {
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return Wrap("TimeoutError", "timed out", err)
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		msg := "[Errno -2] Name or service not known"
		if dns.IsTemporary || dns.IsTimeout {
			msg = "[Errno -3] Temporary failure in name resolution"
		}
		return newModError("socket.gaierror", msg, "gaierror", "OSError")
	}
	if en, ok := errnoOf(err); ok {
		return Wrap(errnoKind(en), "[Errno "+strconv.Itoa(int(en))+"] "+StrError(en), err)
	}
	return err
}
