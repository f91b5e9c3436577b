#!/usr/bin/env python3
"""Writes the real pages `rNN-*.txt` / `rNN-*.expected.txt` from the annotated ground truth in
`src/rNN-*.gt` (human-corrected lines with their printed breaks and hyphens; sources in README).

Annotation (stripped from the input page):
  `¶` at the start of a line  -> this line starts a new block (heading, paragraph, closing line);
  `‡` at the end of a line    -> its end-of-line hyphen is a real compound hyphen (kept, no space);
  `§` at the start of a line  -> page furniture or an ornament (`* * *`): on the page, not in the text.
Every other line continues the block above it: an end-of-line hyphen (`-`, `¬`, `⸗`) after a letter
is a split word (hyphen dropped, halves joined); a Fraktur double hyphen `=` marks a compound
(kept, no space), an end-of-line dash joins tight, anything else joins with
one space. Blank lines (column breaks in the ground truth) do not end a block.

usage: python3 make_real.py   (rewrites every rNN pair from src/)"""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent


def build(lines):
    page, blocks = [], []
    for raw in lines:
        if raw.startswith("\u00a7"):
            page.append(raw[1:])
            continue
        starts = raw.startswith("\u00b6")
        keep = raw.endswith("\u2021")
        line = raw.lstrip("\u00b6").rstrip("\u2021")
        page.append(line)
        text = line.strip()
        if not text:
            continue
        if starts or not blocks:
            blocks.append([text, keep])
            continue
        prev, prev_keep = blocks[-1]
        if prev[-1] in "-\u00ac\u2e17" and len(prev) > 1 and prev[-2].isalpha() and not prev_keep:
            joined = prev[:-1] + text
        elif prev[-1] in "-\u00ac\u2e17=\u2014":
            joined = prev + text
        else:
            joined = prev + " " + text
        blocks[-1] = [joined, keep]
    return "\n".join(page).rstrip("\n") + "\n", "\n".join(b for b, _ in blocks) + "\n"


def main():
    for src in sorted((HERE / "src").glob("r*.gt")):
        page, expected = build(src.read_text(encoding="utf-8").rstrip("\n").split("\n"))
        (HERE / (src.stem + ".txt")).write_text(page, encoding="utf-8")
        (HERE / (src.stem + ".expected.txt")).write_text(expected, encoding="utf-8")
        print(src.stem, len(page.splitlines()), "lines,", len(expected.splitlines()), "blocks")


if __name__ == "__main__":
    main()
