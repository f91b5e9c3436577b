#!/usr/bin/env python3
"""Joins a corpus's damaged inputs of one language into pages of about SIZE bytes, the way a
newspaper page holds several articles: consecutive documents in name order, a blank line
between them. Issue 4's end-to-end target is stated per 30 KB page; the corpus's documents are
~5 KB, so a folder of them measures per-file costs six times over.

With --corpus, INPUT_DIR is a generated corpus (input/, clean/, truth.json) and OUTPUT_DIR
becomes one too, so `quire-bench score` measures accuracy on pages: each page joins documents
extracted in the same style (blank, double-spaced, indented or unseparated paragraphs, as one
OCR engine would deliver a whole page) but set at their own column widths, and its clean text
is theirs joined.

usage: make_pages.py [--corpus] INPUT_DIR LANG OUTPUT_DIR [--size 30000]
"""
import json
import os
import sys


def corpus_pages(source, language, target, size):
    """Pages of a corpus, with their clean text and a truth.json naming them (no sections)."""
    with open(os.path.join(source, "truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    for sub in ("input", "clean"):
        os.makedirs(os.path.join(target, sub), exist_ok=True)
    open_pages = {}  # separation style -> (inputs, cleans, kinds, bytes)
    documents = []

    def emit(style):
        inputs, cleans, kinds, _ = open_pages.pop(style)
        name = f"page{len(documents):04d}_{language}"
        with open(os.path.join(target, "input", name + ".txt"), "wb") as f:
            f.write(b"\n\n".join(inputs) + b"\n")
        with open(os.path.join(target, "clean", name + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(cleans) + "\n")
        documents.append({"name": name, "language": language, "kinds": kinds, "separation": style})

    for doc in truth["documents"]:
        if doc["language"] != language:
            continue
        style = doc.get("layout", {}).get("separation", "?")
        with open(os.path.join(source, "input", doc["name"] + ".txt"), "rb") as f:
            data = f.read().rstrip(b"\n")
        with open(os.path.join(source, "clean", doc["name"] + ".txt"), encoding="utf-8") as f:
            clean = f.read().rstrip("\n")
        inputs, cleans, kinds, length = open_pages.get(style, ([], [], [], 0))
        open_pages[style] = (inputs + [data], cleans + [clean], kinds + doc["kinds"], length + len(data))
        if open_pages[style][3] >= size:
            emit(style)
    with open(os.path.join(target, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"documents": documents, "sections": []}, f, ensure_ascii=False)
    return len(documents)


def main():
    args = sys.argv[1:]
    size = 30000
    if "--size" in args:
        k = args.index("--size")
        size = int(args[k + 1])
        del args[k:k + 2]
    as_corpus = "--corpus" in args
    if as_corpus:
        args.remove("--corpus")
    if len(args) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    source, language, target = args
    if as_corpus:
        print(corpus_pages(source, language, target, size))
        return 0
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
