package pyrt

import (
	"fmt"
	"io"
	"reflect"
	"strings"
	"unicode/utf8"
)

// csv.QUOTE_* constants (CPython's values).
const (
	QuoteMinimal    = 0
	QuoteAll        = 1
	QuoteNonnumeric = 2
	QuoteNone       = 3
)

// CSVDialect holds the csv formatting parameters (excel by default).
type CSVDialect struct {
	Delimiter        string
	Quotechar        string
	Escapechar       string
	Lineterminator   string
	Quoting          int
	Doublequote      *bool
	Skipinitialspace bool
	Strict           bool
}

func (d CSVDialect) norm() (delim, quote, esc rune, dq bool) {
	delim, quote, esc = ',', '"', -1
	if d.Delimiter != "" {
		delim, _ = utf8.DecodeRuneInString(d.Delimiter)
	}
	if d.Quotechar != "" {
		quote, _ = utf8.DecodeRuneInString(d.Quotechar)
	}
	if d.Escapechar != "" {
		esc, _ = utf8.DecodeRuneInString(d.Escapechar)
	}
	dq = d.Doublequote == nil || *d.Doublequote
	return
}

func csvError(msg string) error { return newModError("_csv.Error", msg, "Error") }

// CSVReader is csv.reader(f, ...).
type CSVReader struct {
	src     any
	lines   []string
	loaded  bool
	pos     int
	d       CSVDialect
	LineNum int
	err     error
	row     []string
}

// NewCSVReader is csv.reader(f, **fmtparams): f is an io.Reader (read as
// UTF-8 text, lines split at "\n", "\r\n" and "\r" without translation, as
// with open(..., newline="")) or a []string of lines.
func NewCSVReader(src any, d CSVDialect) *CSVReader { return &CSVReader{src: src, d: d} }

func (r *CSVReader) load() error {
	if r.loaded {
		return nil
	}
	r.loaded = true
	if lines, ok := r.src.([]string); ok {
		r.lines = lines
		return nil
	}
	b, err := io.ReadAll(r.src.(io.Reader))
	if err != nil {
		return err
	}
	if st, en, reason, _, ok := utf8Check(b, true); !ok {
		return decodeError(b, st, en, reason)
	}
	s := string(b)
	for len(s) > 0 {
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			r.lines = append(r.lines, s)
			break
		}
		j := i + 1
		if s[i] == '\r' && j < len(s) && s[j] == '\n' {
			j++
		}
		r.lines = append(r.lines, s[:j])
		s = s[j:]
	}
	return nil
}

const (
	stStartRecord = iota
	stStartField
	stEscapedChar
	stInField
	stInQuotedField
	stEscapeInQuoted
	stQuoteInQuoted
	stEatCRNL
	stAfterEscapedCRNL
)

const csvEOL = -2

// Next parses the next record; false at the end (or on error: see Err).
func (r *CSVReader) Next() bool {
	row, ok, err := r.next()
	r.row = row
	if err != nil {
		r.err = err
		return false
	}
	return ok
}

// Row is the record Next parsed.
func (r *CSVReader) Row() []string { return r.row }

// Err is the error that stopped Next.
func (r *CSVReader) Err() error { return r.err }

func (r *CSVReader) next() ([]string, bool, error) {
	if err := r.load(); err != nil {
		return nil, false, err
	}
	delim, quote, esc, dq := r.d.norm()
	quoting := r.d.Quoting
	fields := []string{}
	var field strings.Builder
	fieldLen := 0
	state := stStartRecord
	save := func() {
		fields = append(fields, field.String())
		field.Reset()
		fieldLen = 0
	}
	add := func(c rune) {
		field.WriteRune(c)
		fieldLen++
	}
	var perr error
	process := func(c rune) {
		switch state {
		case stStartRecord:
			if c == csvEOL {
				return
			}
			if c == '\n' || c == '\r' {
				state = stEatCRNL
				return
			}
			state = stStartField
			fallthrough
		case stStartField:
			switch {
			case c == '\n' || c == '\r' || c == csvEOL:
				save()
				if c == csvEOL {
					state = stStartRecord
				} else {
					state = stEatCRNL
				}
			case c == quote && quoting != QuoteNone:
				state = stInQuotedField
			case c == esc:
				state = stEscapedChar
			case c == ' ' && r.d.Skipinitialspace:
			case c == delim:
				save()
			default:
				add(c)
				state = stInField
			}
		case stEscapedChar:
			if c == '\n' || c == '\r' {
				add(c)
				state = stAfterEscapedCRNL
				return
			}
			if c == csvEOL {
				c = '\n'
			}
			add(c)
			state = stInField
		case stAfterEscapedCRNL, stInField:
			if state == stAfterEscapedCRNL && c == csvEOL {
				return
			}
			switch {
			case c == '\n' || c == '\r' || c == csvEOL:
				save()
				if c == csvEOL {
					state = stStartRecord
				} else {
					state = stEatCRNL
				}
			case c == esc:
				state = stEscapedChar
			case c == delim:
				save()
				state = stStartField
			default:
				add(c)
				state = stInField
			}
		case stInQuotedField:
			switch {
			case c == csvEOL:
			case c == esc:
				state = stEscapeInQuoted
			case c == quote && quoting != QuoteNone:
				if dq {
					state = stQuoteInQuoted
				} else {
					state = stInField
				}
			default:
				add(c)
			}
		case stEscapeInQuoted:
			if c == csvEOL {
				c = '\n'
			}
			add(c)
			state = stInQuotedField
		case stQuoteInQuoted:
			switch {
			case quoting != QuoteNone && c == quote:
				add(c)
				state = stInQuotedField
			case c == delim:
				save()
				state = stStartField
			case c == '\n' || c == '\r' || c == csvEOL:
				save()
				if c == csvEOL {
					state = stStartRecord
				} else {
					state = stEatCRNL
				}
			case !r.d.Strict:
				add(c)
				state = stInField
			default:
				perr = csvError(fmt.Sprintf("'%c' expected after '%c'", delim, quote))
			}
		case stEatCRNL:
			switch {
			case c == '\n' || c == '\r':
			case c == csvEOL:
				state = stStartRecord
			default:
				perr = csvError("new-line character seen in unquoted field - do you need to open the file with newline=''?")
			}
		}
	}
	for {
		if r.pos >= len(r.lines) {
			if fieldLen != 0 || state == stInQuotedField {
				if r.d.Strict {
					return nil, false, csvError("unexpected end of data")
				}
				save()
				return fields, true, nil
			}
			return nil, false, nil
		}
		line := r.lines[r.pos]
		r.pos++
		r.LineNum++
		for _, c := range line {
			if c == 0 {
				return nil, false, csvError("line contains NUL")
			}
			process(c)
			if perr != nil {
				return nil, false, perr
			}
		}
		process(csvEOL)
		if perr != nil {
			return nil, false, perr
		}
		if state == stStartRecord {
			return fields, true, nil
		}
	}
}

// ReadRow is next(reader): the next row, or StopIteration.
func (r *CSVReader) ReadRow() ([]string, error) {
	row, ok, err := r.next()
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, NewError("StopIteration", "")
	}
	return row, nil
}

// ReadAll is list(reader).
func (r *CSVReader) ReadAll() ([][]string, error) {
	out := [][]string{}
	for {
		row, ok, err := r.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, row)
	}
}

// CSVDictReader is csv.DictReader(f, fieldnames=None, restval=...).
type CSVDictReader struct {
	r          *CSVReader
	fieldnames []string
	haveNames  bool
	Restval    *string
	row        *Dict[string, string]
	err        error
}

// NewCSVDictReader is csv.DictReader(f, fieldnames=..., restval=..., **fmtparams).
func NewCSVDictReader(src any, fieldnames []string, restval *string, d CSVDialect) *CSVDictReader {
	return &CSVDictReader{r: NewCSVReader(src, d), fieldnames: fieldnames, haveNames: fieldnames != nil, Restval: restval}
}

// Fieldnames is reader.fieldnames (reads the header row if needed; an
// empty input gives an empty list where Python has None).
func (dr *CSVDictReader) Fieldnames() ([]string, error) {
	if !dr.haveNames {
		dr.haveNames = true
		row, ok, err := dr.r.next()
		if err != nil {
			return nil, err
		}
		if ok {
			dr.fieldnames = row
		}
	}
	if dr.fieldnames == nil {
		return []string{}, nil
	}
	return dr.fieldnames, nil
}

func (dr *CSVDictReader) next() (*Dict[string, string], bool, error) {
	names, err := dr.Fieldnames()
	if err != nil {
		return nil, false, err
	}
	var row []string
	for {
		r, ok, err := dr.r.next()
		if err != nil || !ok {
			return nil, false, err
		}
		if len(r) > 0 {
			row = r
			break
		}
	}
	d := NewDict[string, string]()
	for i, n := range names {
		if i < len(row) {
			d.Set(n, row[i])
		}
	}
	switch {
	case len(names) < len(row):
		return nil, false, NewError("NotImplementedError",
			fmt.Sprintf("py2go: csv.DictReader row %d has more fields than the header (Python stores them under the key None)", dr.r.LineNum))
	case len(names) > len(row):
		if dr.Restval == nil {
			return nil, false, NewError("NotImplementedError",
				fmt.Sprintf("py2go: csv.DictReader row %d has fewer fields than the header (Python fills None: pass restval=\"\")", dr.r.LineNum))
		}
		for _, n := range names[len(row):] {
			d.Set(n, *dr.Restval)
		}
	}
	return d, true, nil
}

// Next reads the next row; false at the end or on error (see Err).
func (dr *CSVDictReader) Next() bool {
	d, ok, err := dr.next()
	dr.row = d
	if err != nil {
		dr.err = err
		return false
	}
	return ok
}

// Row is the row Next read.
func (dr *CSVDictReader) Row() *Dict[string, string] { return dr.row }

// Err is the error that stopped Next.
func (dr *CSVDictReader) Err() error { return dr.err }

// ReadRow is next(dict_reader).
func (dr *CSVDictReader) ReadRow() (*Dict[string, string], error) {
	d, ok, err := dr.next()
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, NewError("StopIteration", "")
	}
	return d, nil
}

// ReadAll is list(dict_reader).
func (dr *CSVDictReader) ReadAll() ([]*Dict[string, string], error) {
	out := []*Dict[string, string]{}
	for {
		d, ok, err := dr.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, d)
	}
}

// CSVWriter is csv.writer(f, ...).
type CSVWriter struct {
	w io.Writer
	d CSVDialect
}

// NewCSVWriter is csv.writer(f, **fmtparams).
func NewCSVWriter(w io.Writer, d CSVDialect) *CSVWriter {
	if d.Lineterminator == "" {
		d.Lineterminator = "\r\n"
	}
	return &CSVWriter{w: w, d: d}
}

func csvItems(row any) []any {
	switch x := row.(type) {
	case []string:
		out := make([]any, len(x))
		for i, s := range x {
			out[i] = s
		}
		return out
	case []any:
		return x
	case tupleLike:
		return x.pyItems()
	}
	v := reflect.ValueOf(row)
	if v.Kind() == reflect.Slice {
		out := make([]any, v.Len())
		for i := range out {
			out[i] = v.Index(i).Interface()
		}
		return out
	}
	panic(csvError("iterable expected, not " + pyTypeName(row)))
}

func isNumeric(v any) bool {
	switch v.(type) {
	case int, float64, bool, int64:
		return true
	}
	return false
}

func (cw *CSVWriter) format(items []any) (string, error) {
	delim, quote, esc, dq := cw.d.norm()
	var b strings.Builder
	for i, it := range items {
		if i > 0 {
			b.WriteRune(delim)
		}
		var s string
		if !isNone(it) {
			s = Str(it)
		}
		quoted := false
		switch cw.d.Quoting {
		case QuoteAll:
			quoted = true
		case QuoteNonnumeric:
			quoted = !isNumeric(it)
		}
		if len(items) == 1 && s == "" {
			if cw.d.Quoting == QuoteNone {
				return "", csvError("single empty field record must be quoted")
			}
			quoted = true
		}
		var f strings.Builder
		for _, c := range s {
			special := c == delim || c == esc || c == quote || strings.ContainsRune(cw.d.Lineterminator, c)
			if special {
				wantEsc := false
				if cw.d.Quoting == QuoteNone {
					wantEsc = true
				} else {
					if c == quote {
						if dq {
							f.WriteRune(quote)
						} else {
							wantEsc = true
						}
					} else if c == esc {
						wantEsc = true
					}
					if !wantEsc {
						quoted = true
					}
				}
				if wantEsc {
					if esc < 0 {
						return "", csvError("need to escape, but no escapechar set")
					}
					f.WriteRune(esc)
				}
			}
			f.WriteRune(c)
		}
		if quoted {
			b.WriteRune(quote)
			b.WriteString(f.String())
			b.WriteRune(quote)
		} else {
			b.WriteString(f.String())
		}
	}
	b.WriteString(cw.d.Lineterminator)
	return b.String(), nil
}

// WriteRow is writer.writerow(row): row is a list or tuple; None is
// written as "", other values as str().
func (cw *CSVWriter) WriteRow(row any) error {
	s, err := cw.format(csvItems(row))
	if err != nil {
		return err
	}
	_, err = io.WriteString(cw.w, s)
	if err != nil {
		return writeError(err)
	}
	return nil
}

// WriteRows is writer.writerows(rows).
func (cw *CSVWriter) WriteRows(rows any) error {
	for _, r := range csvItems(rows) {
		if err := cw.WriteRow(r); err != nil {
			return err
		}
	}
	return nil
}

// CSVDictWriter is csv.DictWriter(f, fieldnames, restval=, extrasaction=).
type CSVDictWriter struct {
	w            *CSVWriter
	Fieldnames   []string
	Restval      any
	ExtrasIgnore bool
}

// NewCSVDictWriter is csv.DictWriter(...); extrasaction must be "raise"
// or "ignore".
func NewCSVDictWriter(w io.Writer, fieldnames []string, restval any, extrasaction string, d CSVDialect) (*CSVDictWriter, error) {
	ea := strings.ToLower(extrasaction)
	if ea != "raise" && ea != "ignore" {
		return nil, NewError("ValueError", fmt.Sprintf("extrasaction (%s) must be 'raise' or 'ignore'", extrasaction))
	}
	if restval == nil {
		restval = ""
	}
	return &CSVDictWriter{w: NewCSVWriter(w, d), Fieldnames: fieldnames, Restval: restval, ExtrasIgnore: ea == "ignore"}, nil
}

// WriteHeader is writer.writeheader().
func (dw *CSVDictWriter) WriteHeader() error { return dw.w.WriteRow(dw.Fieldnames) }

// WriteRow is writer.writerow(d) for a *Dict.
func (dw *CSVDictWriter) WriteRow(d dictLike) error {
	items := d.pyItems()
	if !dw.ExtrasIgnore {
		wrong := []string{}
		for _, kv := range items {
			found := false
			for _, n := range dw.Fieldnames {
				if Equal(kv[0], n) {
					found = true
					break
				}
			}
			if !found {
				wrong = append(wrong, Repr(kv[0]))
			}
		}
		if len(wrong) > 0 {
			return NewError("ValueError", "dict contains fields not in fieldnames: "+strings.Join(wrong, ", "))
		}
	}
	row := make([]any, len(dw.Fieldnames))
	for i, n := range dw.Fieldnames {
		row[i] = dw.Restval
		for _, kv := range items {
			if Equal(kv[0], n) {
				row[i] = kv[1]
				break
			}
		}
	}
	return dw.w.WriteRow(row)
}

// WriteRows is writer.writerows(dicts).
func (dw *CSVDictWriter) WriteRows(rows any) error {
	for _, r := range csvItems(rows) {
		d, ok := r.(dictLike)
		if !ok {
			return NewError("AttributeError", "'"+pyTypeName(r)+"' object has no attribute 'keys'")
		}
		if err := dw.WriteRow(d); err != nil {
			return err
		}
	}
	return nil
}
