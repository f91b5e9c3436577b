#!/usr/bin/env python3
"""Joins a corpus's damaged inputs of one language into pages of about SIZE bytes, the way a
newspaper page holds several articles: consecutive documents in name order, a blank line
between them. Issue 4's end-to-end target is stated per 30 KB page; the corpus's documents are
~5 KB, so a folder of them measures per-file costs six times over.

usage: make_pages.py INPUT_DIR LANG OUTPUT_DIR [--size 30000]
"""
import os
import sys


def main():
    args = sys.argv[1:]
    size = 30000
    if "--size" in args:
        k = args.index("--size")
        size = int(args[k + 1])
        del args[k:k + 2]
    if len(args) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    source, language, target = args
    os.makedirs(target, exist_ok=True)
    names = sorted(n for n in os.listdir(source) if n.endswith(f"_{language}.txt"))
    page, length, count = [], 0, 0
    for name in names:
        with open(os.path.join(source, name), "rb") as f:
            data = f.read()
        page.append(data.rstrip(b"\n"))
        length += len(data)
        if length >= size:
            with open(os.path.join(target, f"page{count:04d}_{language}.txt"), "wb") as f:
                f.write(b"\n\n".join(page) + b"\n")
            page, length, count = [], 0, count + 1
    print(count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
