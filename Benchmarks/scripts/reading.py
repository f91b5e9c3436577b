#!/usr/bin/env python3
"""Print a Quire TEI file's reading text: one block per line, in document order.

A block is a `head`, a `p`, or one line of a `closer` (signature, date, dateline), which is how
issue 5 scores the reading text; `<fw>` (page furniture) is not reading text and is skipped. A
footnote (`<note place="foot">`) is printed text: one line, where it stands.
A line `----` separates the top-level `div`s (the texts of a file that holds more than one).

usage: reading.py FILE.tei.xml
"""
import sys
import xml.etree.ElementTree as ET

T = "{http://www.tei-c.org/ns/1.0}"


def text_of(element):
    parts = [element.text or ""]
    for child in element:
        if child.tag != T + "fw":
            parts.append(text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)


def walk(div, out):
    for element in div:
        if element.tag in (T + "head", T + "p", T + "note"):
            out.append(text_of(element).strip())
        elif element.tag == T + "closer":
            out.extend(text_of(c).strip() for c in element if c.tag != T + "fw")
        elif element.tag == T + "div":
            walk(element, out)


def reading_lines(path):
    """The reading text of the TEI file at `path`, one block a line, `----` between texts."""
    body = ET.parse(path).getroot().find(f"{T}text/{T}body")
    out = []
    for k, div in enumerate(body.findall(T + "div")):
        if k:
            out.append("----")
        walk(div, out)
    return out


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    sys.stdout.write("".join(line + "\n" for line in reading_lines(sys.argv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
