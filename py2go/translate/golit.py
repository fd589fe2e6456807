"""Go literal spelling for Python constants."""

from __future__ import annotations


def go_string(s: str) -> str:
    """A Go interpreted string literal with the same bytes as the Python str (UTF-8)."""
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif o < 0x20 or o == 0x7F:
            out.append(f"\\x{o:02x}")
        elif 0xD800 <= o <= 0xDFFF:
            out.append("\\uFFFD")  # lone surrogates cannot be encoded in UTF-8
        elif not ch.isprintable() and o >= 0x80:
            out.append(f"\\u{o:04x}" if o <= 0xFFFF else f"\\U{o:08x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def go_float(v: float) -> str:
    text = repr(v)
    if text in ("inf", "-inf", "nan"):
        return {"inf": "math.Inf(1)", "-inf": "math.Inf(-1)", "nan": "math.NaN()"}[text]
    if "." not in text and "e" not in text:
        text += ".0"
    return text
