"""Render /etc/motd from a maintenance notice: wrapped, indented, with a dedented footer."""
import sys
import textwrap

FOOTER = """
    Questions? Ask in #ops-oncall.
      Escalation: page the SRE on duty.
    """


def main() -> int:
    width = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    notice = sys.stdin.read()
    paragraphs = [p for p in notice.split("\n\n") if p.strip()]
    out = []
    for i, para in enumerate(paragraphs):
        if i == 0:
            out.append(textwrap.fill(para, width=width, initial_indent="*** ", subsequent_indent="    "))
        else:
            for line in textwrap.wrap(para, width - 4):
                out.append("  - " + line if line else line)
    out.append(textwrap.indent(textwrap.dedent(FOOTER).strip(), "| "))
    text = "\n".join(out) + "\n"
    with open("motd", "w") as f:
        f.write(text)
    print(textwrap.fill(f"wrote {len(text)} bytes, {len(paragraphs)} paragraph(s), width {width}", 30))
    return 0


sys.exit(main())
