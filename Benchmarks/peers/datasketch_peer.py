#!/usr/bin/env python3
"""The duplicate-detection peer: datasketch MinHashLSH (num_perm=128, 5-character shingles,
threshold 0.5, Quire's defaults) over the same paragraphs Quire's dedup stage gets (each
document's title and paragraphs from the clean text), documents in name order: every
paragraph is queried against the paragraphs of earlier documents, then the document's own
paragraphs are inserted. Text is folded as Quire folds it (NFKC, case, whitespace and
punctuation dropped) so both see the same shingles. Two predictions are written: the LSH
candidates as they come (PREDICTIONS) and the same verified by estimated Jaccard >= threshold
(PREDICTIONS with -verified before .json); the timing covers both (verification is cheap).

    datasketch_peer.py CORPUS --runs 3 --predictions FILE   (prints one JSON line)

Predictions: {doc: {block id: [linked earlier documents]}}, as quire-bench writes them.
CORPUS is either format quire-bench reads (Benchmarks/corpus or Benchmarks/dedup generator).
"""

import argparse
import json
import os
import statistics
import time
import unicodedata

import datasketch
from datasketch import MinHash, MinHashLSH

SHINGLE = 5
NUM_PERM = 128
THRESHOLD = 0.5


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PZC")


def load(corpus: str):
    """[(name, [(block id, text)])] from either corpus format (see quire-bench's main.swift)."""
    jsonl = os.path.join(corpus, "corpus.jsonl")
    if os.path.exists(jsonl):
        with open(jsonl, encoding="utf-8") as f:
            docs = [json.loads(line) for line in f if line.strip()]
        return [(d["name"], [(b["id"], b["text"]) for b in d["blocks"]]) for d in docs]
    with open(os.path.join(corpus, "truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    documents = []
    for doc in truth["documents"]:
        with open(os.path.join(corpus, "clean", doc["name"] + ".txt"), encoding="utf-8") as f:
            lines = f.read().split("\n")
        paragraphs = [(f"b{i}", lines[i]) for i, kind in enumerate(doc["kinds"]) if kind in ("head", "p")]
        documents.append((doc["name"], paragraphs))
    return documents


def run_once(documents):
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    # Permutations generated once and shared, as datasketch's documentation advises for speed
    # (the same seed, so the same signatures as a MinHash made afresh each time).
    template = MinHash(num_perm=NUM_PERM)
    permutations, scheme = template.permutations, template.scheme
    found, verified, signatures = {}, {}, {}
    for name, paragraphs in documents:
        hashes = []
        for index, text in paragraphs:
            folded = fold(text)
            shingles = {folded[i:i + SHINGLE].encode("utf-8") for i in range(max(0, len(folded) - SHINGLE + 1))}
            if not shingles:
                continue
            m = MinHash(num_perm=NUM_PERM, permutations=permutations, scheme=scheme)
            m.update_batch(list(shingles))
            hashes.append((f"{name}#{index}", m))
            candidates = lsh.query(m)
            hits = sorted({key.split("#")[0] for key in candidates})
            if hits:
                found.setdefault(name, {})[index] = hits
            # The same candidates verified by their estimated Jaccard, as careful users do.
            hits = sorted({key.split("#")[0] for key in candidates if m.jaccard(signatures[key]) >= THRESHOLD})
            if hits:
                verified.setdefault(name, {})[index] = hits
        for key, m in hashes:
            lsh.insert(key, m)
            signatures[key] = m
    return found, verified


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--predictions")
    args = parser.parse_args()
    documents = load(args.corpus)
    paragraphs = sum(len(p) for _, p in documents)
    size = sum(len(t.encode("utf-8")) for _, p in documents for _, t in p)
    durations, walls, found, verified = [], [], {}, {}
    for _ in range(args.runs):
        start, wall = time.process_time(), time.perf_counter()
        found, verified = run_once(documents)
        durations.append(time.process_time() - start)
        walls.append(time.perf_counter() - wall)
    if args.predictions:
        with open(args.predictions, "w", encoding="utf-8") as f:
            json.dump(found, f, sort_keys=True)
        with open(args.predictions.replace(".json", "-verified.json"), "w", encoding="utf-8") as f:
            json.dump(verified, f, sort_keys=True)
    seconds = statistics.median(durations)
    print(json.dumps({"stage": "dedup", "system": "datasketch", "documents": len(documents), "paragraphs": paragraphs,
                      "bytes": size, "runs": args.runs, "cpu_seconds": durations, "wall_seconds": walls,
                      "paragraphs_per_s": paragraphs / seconds, "mb_s": size / 1e6 / seconds,
                      "us_per_document": seconds / len(documents) * 1e6,
                      "version": datasketch.__version__}), flush=True)


if __name__ == "__main__":
    main()
