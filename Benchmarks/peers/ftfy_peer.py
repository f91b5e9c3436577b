#!/usr/bin/env python3
"""The text-repair peer: ftfy.fix_text on every input, timed per language (one thread),
and its reading text written as the naive pass would take it (ftfy does not rejoin lines:
one block per non-empty line, stripped), so its accuracy can be scored like Quire's.

    ftfy_peer.py CORPUS --runs 5 --emit OUT   (writes OUT/ftfy/<name>.txt, prints JSON lines)
"""

import argparse
import json
import os
import statistics
import time

import ftfy


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--emit")
    args = parser.parse_args()
    with open(os.path.join(args.corpus, "truth.json"), encoding="utf-8") as f:
        documents = json.load(f)["documents"]
    texts = {}
    for doc in documents:
        with open(os.path.join(args.corpus, "input", doc["name"] + ".txt"), "rb") as f:
            texts[doc["name"]] = f.read()
    if args.emit:
        folder = os.path.join(args.emit, "ftfy")
        os.makedirs(folder, exist_ok=True)
        for name, raw in texts.items():
            fixed = ftfy.fix_text(raw.decode("utf-8"))
            lines = [line.strip() for line in fixed.split("\n")]
            with open(os.path.join(folder, name + ".txt"), "w", encoding="utf-8") as f:
                f.write("".join(line + "\n" for line in lines if line))
    for language in ("zh", "en"):
        raws = [texts[d["name"]] for d in documents if d["language"] == language]
        if not raws:
            continue
        size = sum(len(r) for r in raws)
        durations, walls = [], []
        for _ in range(args.runs):
            start, wall = time.process_time(), time.perf_counter()
            for raw in raws:
                ftfy.fix_text(raw.decode("utf-8"))
            durations.append(time.process_time() - start)
            walls.append(time.perf_counter() - wall)
        seconds = statistics.median(durations)
        print(json.dumps({"stage": "repair", "system": "ftfy", "language": language, "documents": len(raws),
                          "bytes": size, "runs": args.runs, "cpu_seconds": durations, "wall_seconds": walls,
                          "mb_s": size / 1e6 / seconds, "version": ftfy.__version__}), flush=True)


if __name__ == "__main__":
    main()
