#!/usr/bin/env python3
"""Writes the inputs of the linearity benchmark (issue 5: repair cost linear in input size, no
quadratic behaviour on a 50 MB single-line file or on a file of one million short lines).

Each shape is written at two sizes, ten times apart, from the Chinese sample's checked reading
text (Tests/QuireTextTests/Fixtures/expected), deterministically:

- oneline-{S}: the text with no line breaks at all (one line of S bytes);
- oneline-spaced-{S}: the same, letter-spaced (a space after every character), one line;
- short-{N}: N short lines of 3-12 characters, no blank lines;
- short-blank-{N}: the same lines with a blank line after each (double-spaced extraction).

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
    print("\n".join(written))
    return 0


if __name__ == "__main__":
    sys.exit(main())
