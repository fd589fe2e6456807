package pyrt

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
)

// textChunk is the size of the chunks CPython's TextIOWrapper decodes
// (_CHUNK_SIZE); decode errors are raised chunk by chunk.
const textChunk = 8192

// utf8Check validates b like CPython's UTF-8 decoder. It returns the first
// error as (start, end, reason) with ok=false, or ok=true and the length
// of a trailing incomplete (but so far valid) sequence. With final, an
// incomplete tail is an "unexpected end of data" error.
func utf8Check(b []byte, final bool) (start, end int, reason string, tail int, ok bool) {
	n := len(b)
	i := 0
	for i < n {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		var need int
		lo, hi := byte(0x80), byte(0xBF)
		switch {
		case c < 0xC2:
			return i, i + 1, "invalid start byte", 0, false
		case c < 0xE0:
			need = 1
		case c < 0xF0:
			need = 2
			if c == 0xE0 {
				lo = 0xA0
			} else if c == 0xED {
				hi = 0x9F
			}
		case c < 0xF5:
			need = 3
			if c == 0xF0 {
				lo = 0x90
			} else if c == 0xF4 {
				hi = 0x8F
			}
		default:
			return i, i + 1, "invalid start byte", 0, false
		}
		for k := 1; k <= need; k++ {
			if i+k >= n {
				if final {
					return i, n, "unexpected end of data", 0, false
				}
				return 0, 0, "", n - i, true
			}
			x := b[i+k]
			if k == 1 {
				if x < lo || x > hi {
					return i, i + 1, "invalid continuation byte", 0, false
				}
			} else if x < 0x80 || x > 0xBF {
				return i, i + k, "invalid continuation byte", 0, false
			}
		}
		i += need + 1
	}
	return 0, 0, "", 0, true
}

// decodeError builds CPython's UnicodeDecodeError for bytes b[start:end].
func decodeError(b []byte, start, end int, reason string) *Exception {
	var msg string
	if end-start == 1 {
		msg = fmt.Sprintf("'utf-8' codec can't decode byte 0x%02x in position %d: %s", b[start], start, reason)
	} else {
		msg = fmt.Sprintf("'utf-8' codec can't decode bytes in position %d-%d: %s", start, end-1, reason)
	}
	return NewError("UnicodeDecodeError", msg)
}

// translateNewlines converts \r\n and lone \r to \n.
func translateNewlines(b []byte) []byte {
	if bytes.IndexByte(b, '\r') < 0 {
		return b
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		if b[i] == '\r' {
			out = append(out, '\n')
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
			continue
		}
		out = append(out, b[i])
	}
	return out
}

// findLineEnd locates the end of the first line in data: end is the
// number of bytes it spans and peek the index of the last byte needed to
// know that (the byte after a \r). more=true means more data is needed.
func findLineEnd(data []byte, atEOF, translate bool) (end, peek int, found, more bool) {
	var i int
	if translate {
		i = bytes.IndexAny(data, "\r\n")
	} else {
		i = bytes.IndexByte(data, '\n')
	}
	if i < 0 {
		if !atEOF {
			return 0, 0, false, true
		}
		return len(data), len(data) - 1, false, false
	}
	if data[i] == '\r' {
		if i+1 >= len(data) {
			if !atEOF {
				return 0, 0, false, true
			}
			return i + 1, i, true, false
		}
		if data[i+1] == '\n' {
			return i + 2, i + 1, true, false
		}
		return i + 1, i + 1, true, false
	}
	return i + 1, i, true, false
}

// ScanLines is a bufio.SplitFunc for Python text-mode line iteration
// (`for line in open(path)`): universal newlines (\r\n and lone \r become
// \n, also across buffer refills), the token keeps its trailing "\n", a
// last line without newline is returned as is, and invalid UTF-8 gives a
// UnicodeDecodeError *Exception with CPython's message. Being stateless,
// ScanLines reports the error position relative to the start of the line
// and when the bad line is reached; NewScanner reproduces CPython exactly
// (position within the 8 KiB decode chunk, raised as soon as that chunk
// is read).
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if len(data) == 0 {
		return 0, nil, nil
	}
	end, _, _, more := findLineEnd(data, atEOF, true)
	if more {
		return 0, nil, nil
	}
	line := data[:end]
	if s, e, reason, _, ok := utf8Check(line, true); !ok {
		return 0, nil, decodeError(line, s, e, reason)
	}
	return end, translateNewlines(line), nil
}

// lineSplitter is the stateful split function behind NewScanner and
// NewRawScanner; it tracks file offsets to reproduce CPython's chunked
// decoding (errors raised when the 8 KiB chunk holding the bad byte is
// decoded, positions relative to that chunk plus any pending bytes of an
// incomplete character).
type lineSplitter struct {
	translate    bool
	offset       int // stream offset of data[0]
	validated    int // stream offset up to which chunks were decoded
	pendingStart int // stream offset of an undecoded incomplete tail
}

func (s *lineSplitter) split(data []byte, atEOF bool) (int, []byte, error) {
	if len(data) == 0 {
		return 0, nil, nil
	}
	end, peek, _, more := findLineEnd(data, atEOF, s.translate)
	if more {
		return 0, nil, nil
	}
	need := s.offset + peek
	chunkEnd := (need/textChunk + 1) * textChunk
	dataEnd := s.offset + len(data)
	if dataEnd < chunkEnd && !atEOF {
		return 0, nil, nil
	}
	target := chunkEnd
	if target > dataEnd {
		target = dataEnd
	}
	for s.validated < target {
		limit := (s.validated/textChunk + 1) * textChunk
		if limit > dataEnd {
			limit = dataEnd
		}
		in := data[s.pendingStart-s.offset : limit-s.offset]
		st, en, reason, tail, ok := utf8Check(in, false)
		if !ok {
			return 0, nil, decodeError(in, st, en, reason)
		}
		s.validated = limit
		s.pendingStart = limit - tail
	}
	if atEOF && s.validated >= dataEnd && s.pendingStart < dataEnd && need >= s.pendingStart {
		// CPython's final decode(b"", final=True) of the pending bytes
		in := data[s.pendingStart-s.offset : dataEnd-s.offset]
		st, en, reason, _, _ := utf8Check(in, true)
		return 0, nil, decodeError(in, st, en, reason)
	}
	tok := data[:end]
	s.offset += end
	if s.translate {
		tok = translateNewlines(tok)
	}
	return end, tok, nil
}

const maxLine = 1 << 30

// NewScanner returns a scanner over r iterating lines like a Python text
// file opened with open(path) (see ScanLines), allowing lines up to 1 GiB,
// with CPython's exact UnicodeDecodeError timing and positions.
func NewScanner(r io.Reader) *bufio.Scanner {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	sp := &lineSplitter{translate: true}
	sc.Split(sp.split)
	return sc
}

// NewRawScanner iterates lines like Python's sys.stdin on POSIX
// (newline="\n"): lines end only at \n, which is kept; \r is not
// translated. Invalid UTF-8 gives a UnicodeDecodeError as NewScanner.
func NewRawScanner(r io.Reader) *bufio.Scanner {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	sp := &lineSplitter{translate: false}
	sc.Split(sp.split)
	return sc
}

// DecodeText decodes b like reading a whole Python text file: strict
// UTF-8 (UnicodeDecodeError with the absolute byte position) and
// universal newlines.
func DecodeText(b []byte) (string, error) {
	if st, en, reason, _, ok := utf8Check(b, true); !ok {
		return "", decodeError(b, st, en, reason)
	}
	return string(translateNewlines(b)), nil
}

// ReadText is f.read() on a text file: reads everything from r, then
// DecodeText.
func ReadText(r io.Reader) (string, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return "", err
	}
	if isNewlineRaw(r) {
		return DecodeUTF8(b)
	}
	return DecodeText(b)
}

var newlineRawFiles sync.Map // files opened with newline= set: read() returns line ends as they are

// NewlineRaw marks f as opened with open(..., newline=...) (any value but None): its read() and
// read(n) do not translate "\r\n" / "\r", as CPython's.
func NewlineRaw(f io.Reader) { newlineRawFiles.Store(f, true) }

func isNewlineRaw(r io.Reader) bool {
	_, ok := newlineRawFiles.Load(r)
	return ok
}

// ReadBytes is f.read(n) on a file opened "rb": up to n bytes (all when n < 0), fewer only at
// end of file, b"" there, as Python's buffered reader returns.
func ReadBytes(r io.Reader, n int) ([]byte, error) {
	if n < 0 {
		return io.ReadAll(r)
	}
	buf := make([]byte, n)
	got, err := io.ReadFull(r, buf)
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		err = nil
	}
	return buf[:got], err
}

// ReadLines is f.readlines(): all lines with their "\n" (universal
// newlines), decode errors as in line iteration.
func ReadLines(r io.Reader) ([]string, error) {
	sc := NewScanner(r)
	out := []string{}
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out, sc.Err()
}

// WriteBinary is f.write(b) on a file opened with "wb": returns the number of bytes written.
func WriteBinary(f io.Writer, b []byte) (int, error) { return f.Write(b) }

// CopyFileObj is shutil.copyfileobj(src, dst) between binary files.
func CopyFileObj(dst io.Writer, src io.Reader) error {
	_, err := io.Copy(dst, src)
	return err
}

// CloseFile is f.close(): closing an already closed file is a no-op, as in
// Python; a write error surfacing at close is raised as OSError.
func CloseFile(f *os.File) error {
	if err := f.Close(); err != nil && !errors.Is(err, os.ErrClosed) {
		return err
	}
	return nil
}
