#!/usr/bin/env python3
"""Compares the duplicate links of two folders of TEI written from the same inputs.

    tei_link_diff.py BASE_DIR HEAD_DIR [--examples N]   (prints one JSON line, then examples)

A link is a block's `@corresp` (its counterparts in earlier documents): one per linked block,
compared as the whole pointer list. Prints how many are the same, lost (in BASE only) and
gained (in HEAD only), and the first N of each kind.

Why: the dedup benchmark's four predictions (score_dedup.py on the generated corpora) moved
by a few thousandths under changes that altered 2 to 13 % of the links on 94 newspaper pages
of 30 KB (pages that print an article in column lines another prints as one paragraph, and
reprint it on many pages): fewer LSH bands, fewer candidates aligned, long blocks aligned on
their sample. A change that alters predictions is checked on real pages with this too.
"""

import argparse
import glob
import json
import os
import re

BLOCK = re.compile(r'<(?:p|head|item|ab)\b([^>]*)>')
ATTRIBUTE = re.compile(r'([\w:]+)="([^"]*)"')


def links(folder: str) -> dict:
    """{(file, block id): corresp} of every linked block of the folder's TEI files."""
    found = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.xml"))):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        name = os.path.basename(path)
        for match in BLOCK.finditer(text):
            attributes = dict(ATTRIBUTE.findall(match.group(1)))
            if "corresp" in attributes and "xml:id" in attributes:
                found[(name, attributes["xml:id"])] = attributes["corresp"]
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("head")
    parser.add_argument("--examples", type=int, default=5)
    args = parser.parse_args()
    base, head = links(args.base), links(args.head)
    same = sum(1 for key, value in base.items() if head.get(key) == value)
    lost = sorted((key, value) for key, value in base.items() if head.get(key) != value)
    gained = sorted((key, value) for key, value in head.items() if base.get(key) != value)
    print(json.dumps({"stage": "tei_link_diff", "base_links": len(base), "head_links": len(head),
                      "same": same, "lost": len(lost), "gained": len(gained)}))
    for kind, rows in (("lost", lost), ("gained", gained)):
        for (name, block), corresp in rows[: args.examples]:
            print(f"{kind}\t{name}#{block}\t{corresp[:160]}")


if __name__ == "__main__":
    main()
