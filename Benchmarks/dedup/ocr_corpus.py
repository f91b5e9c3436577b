#!/usr/bin/env python3
"""Converts run.sh's OCR corpus (Benchmarks/out/corpus-s<seed>-<n>: clean/*.txt, truth.json)
into this folder's format (corpus.jsonl, truth.jsonl), so that quire-dedup-bench can run on
it, e.g. to compare two builds' links with --links:

  python3 Benchmarks/dedup/ocr_corpus.py Benchmarks/out/corpus-s1-1000 /tmp/ocr1000

Blocks are the clean text's titles and paragraphs (the generator's `head` and `p` kinds),
with the ids quire-bench gives them (`b<line>`), as quire-bench dedup reads that corpus.
"""
import json
import os
import sys


def main(source, target):
    truth = json.load(open(os.path.join(source, "truth.json"), encoding="utf-8"))
    os.makedirs(target, exist_ok=True)
    with open(os.path.join(target, "corpus.jsonl"), "w", encoding="utf-8") as out:
        for document in truth["documents"]:
            lines = open(os.path.join(source, "clean", document["name"] + ".txt"), encoding="utf-8").read().split("\n")
            if lines and lines[-1] == "":
                lines.pop()
            blocks = [{"id": f"b{index}", "text": lines[index]}
                      for index, kind in enumerate(document["kinds"]) if index < len(lines) and kind in ("head", "p")]
            out.write(json.dumps({"name": document["name"], "blocks": blocks}, ensure_ascii=False) + "\n")
    with open(os.path.join(target, "truth.jsonl"), "w", encoding="utf-8") as out:
        for section in truth["sections"]:
            first, last = section["paragraphs"]
            for index in range(first, last + 1):
                out.write(json.dumps({"document": section["doc"], "block": f"b{index}", "source": section["source"]}) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
