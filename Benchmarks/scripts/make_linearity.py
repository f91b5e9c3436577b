#!/usr/bin/env python3
"""Writes the inputs of the linearity benchmark (issue 5: repair cost linear in input size, no
quadratic behaviour on a 50 MB single-line file or on a file of one million short lines).

Each shape is written at two sizes, ten times apart, from the Chinese sample's checked reading
text (Tests/QuireTextTests/Fixtures/expected), deterministically:

- oneline-{S}: the text with no line breaks at all (one line of S bytes);
- oneline-spaced-{S}: the same, letter-spaced (a space after every character), one line;
- short-{N}: N short lines of 3-12 characters, no blank lines;
- short-blank-{N}: the same lines with a blank line after each (double-spaced extraction);
- column-{N}: N lines of the sample's paragraphs cut at 20 characters, as the newspaper page
  sets them (full lines, each paragraph's last line short);
- column-flow-{N}: N full lines of one paragraph that never ends, after two short paragraphs
  (the join decision's evidence about the open paragraph must not be counted afresh from its start).

Sizes: 5 MB and 50 MB, 100,000 and 1,000,000 lines. Files already there are kept.

usage: make_linearity.py OUTDIR
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "..", "Tests", "QuireTextTests", "Fixtures", "expected", "000_b1dedeb09271b6b9.txt")


def write_bytes(name, text, size):
    """`text` repeated to `size` bytes of UTF-8 (cut at a character boundary), no line break."""
    data = (text * (size // len(text.encode()) + 1)).encode()[:size]
    open(name, "wb").write(data.decode("utf-8", errors="ignore").encode())


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    out = sys.argv[1]
    sizes = [(5, 100_000), (50, 1_000_000)]
    os.makedirs(out, exist_ok=True)
    text = open(SOURCE, encoding="utf-8").read().replace("\n", "")
    written = []
    for megabytes, line_count in sizes:
        name = os.path.join(out, f"oneline-{megabytes}mb.txt")
        if not os.path.exists(name):
            write_bytes(name, text, megabytes * 10**6)
        written.append(name)
        name = os.path.join(out, f"oneline-spaced-{megabytes}mb.txt")
        if not os.path.exists(name):
            write_bytes(name, " ".join(text) + " ", megabytes * 10**6)
        written.append(name)
        rng = random.Random(1)
        lines, k = [], 0
        for _ in range(line_count):
            n = rng.randint(3, 12)
            lines.append(text[k:k + n])
            k = (k + n) % (len(text) - 20)
        for blank, label in ((False, "short"), (True, "short-blank")):
            name = os.path.join(out, f"{label}-{line_count}.txt")
            if not os.path.exists(name):
                open(name, "w", encoding="utf-8").write(("\n\n" if blank else "\n").join(lines) + "\n")
            written.append(name)
    paragraphs = [p for p in open(SOURCE, encoding="utf-8").read().split("\n") if p.strip()]
    def cut(paragraph, width=20):
        return [paragraph[k:k + width] for k in range(0, len(paragraph), width)]
    for _, line_count in sizes:
        name = os.path.join(out, f"column-{line_count}.txt")
        if not os.path.exists(name):
            lines, k = [], 0
            while len(lines) < line_count:
                lines.extend(cut(paragraphs[k % len(paragraphs)]))
                k += 1
            open(name, "w", encoding="utf-8").write("\n".join(lines[:line_count]) + "\n")
        written.append(name)
        name = os.path.join(out, f"column-flow-{line_count}.txt")
        if not os.path.exists(name):
            flow = cut(text * (line_count * 20 // len(text) + 1))[:line_count - 2]
            open(name, "w", encoding="utf-8").write("短段落一。\n短段落二。\n" + "\n".join(flow) + "\n")
        written.append(name)
    print("\n".join(written))
    return 0


if __name__ == "__main__":
    sys.exit(main())
