#!/usr/bin/env python3
"""Quire's duplicate detection next to datasketch's MinHashLSH, same corpus, same run.

  python3 Benchmarks/dedup/compare.py [--documents 1000] [--seed 1] [--runs 3] [--threshold 0.5]

Steps: installs datasketch into Benchmarks/.venv (re-executing itself there), generates the
corpus with generate_corpus.py into Benchmarks/out/dedup-<documents>-<seed>/, builds the
Swift harness in release mode, runs both tools `--runs` times and prints medians side by side.

The peer gets the same paragraphs, the same folding (NFKC, case folded, whitespace and
punctuation removed), 5-character shingles, num_perm=128 and the same Jaccard threshold;
each document's blocks are queried and then inserted, in order, like Quire's. A block links
to the earliest document among its LSH candidates. Timing covers shingling, hashing, querying
and inserting (not reading the corpus) for both tools; Quire's figure also includes writing
its SQLite index.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
VENV = os.path.join(ROOT, "Benchmarks", ".venv")


def ensure_venv():
    python = os.path.join(VENV, "bin", "python")
    if os.path.abspath(sys.prefix) == os.path.abspath(VENV):
        return
    if not os.path.exists(python):
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
    subprocess.check_call([python, "-m", "pip", "install", "--quiet", "datasketch", "numpy"])
    os.execv(python, [python] + sys.argv)


def fold(text):
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LN")


def shingles(text, size=5):
    folded = fold(text)
    if len(folded) < size:
        return [folded.encode()] if folded else []
    return list({folded[i:i + size].encode() for i in range(len(folded) - size + 1)})


def run_datasketch(documents, threshold, num_perm=128):
    from datasketch import MinHash, MinHashLSH
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    # Generated once and shared, as datasketch's documentation advises for speed.
    permutations = MinHash(num_perm=num_perm).permutations
    order = {}
    links = {}
    start = time.perf_counter()
    cpu_start = time.process_time()
    for number, document in enumerate(documents):
        order[document["name"]] = number
        signatures = []
        for block in document["blocks"]:
            grams = shingles(block["text"])
            if not grams:
                signatures.append(None)
                continue
            m = MinHash(num_perm=num_perm, permutations=permutations, scheme="affine32")
            m.update_batch(grams)
            signatures.append(m)
            candidates = {key.split("#")[0] for key in lsh.query(m)}
            candidates.discard(document["name"])
            if candidates:
                links[(document["name"], block["id"])] = min(candidates, key=order.get)
        for block, m in zip(document["blocks"], signatures):
            if m is not None:
                lsh.insert(document["name"] + "#" + block["id"], m)
    return time.perf_counter() - start, time.process_time() - cpu_start, links


def score(documents, truth, links):
    expected = {(t["document"], t["block"]): t["source"] for t in truth}
    tp = fp = fn = 0
    for document in documents:
        for block in document["blocks"]:
            key = (document["name"], block["id"])
            linked = links.get(key)
            source = expected.get(key)
            if source and linked == source:
                tp += 1
            elif source and linked is None:
                fn += 1
            elif source:
                fp += 1
                fn += 1
            elif linked is not None:
                fp += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--latin-share", type=float, default=0.2)
    args = parser.parse_args()
    ensure_venv()

    corpus = os.path.join(ROOT, "Benchmarks", "out", "dedup-%d-%d" % (args.documents, args.seed))
    if not os.path.exists(os.path.join(corpus, "truth.jsonl")):
        subprocess.check_call([sys.executable, os.path.join(HERE, "generate_corpus.py"), corpus,
                               "--documents", str(args.documents), "--seed", str(args.seed),
                               "--latin-share", str(args.latin_share)])
    package = os.path.join(HERE, "Harness")
    # SwiftPM caches the file list of a path dependency until the manifest changes: touch it
    # so that files added to QuireDedup since the last build are compiled.
    os.utime(os.path.join(package, "Package.swift"))
    subprocess.check_call(["swift", "build", "-c", "release", "--package-path", package], stdout=subprocess.DEVNULL)
    binary = subprocess.check_output(["swift", "build", "-c", "release", "--package-path", package, "--show-bin-path"], text=True).strip()
    quire = json.loads(subprocess.check_output([os.path.join(binary, "quire-dedup-bench"), corpus, "--runs", str(args.runs),
                                                "--threshold", str(args.threshold)], text=True))

    with open(os.path.join(corpus, "corpus.jsonl"), encoding="utf-8") as f:
        documents = [json.loads(line) for line in f]
    with open(os.path.join(corpus, "truth.jsonl"), encoding="utf-8") as f:
        truth = [json.loads(line) for line in f]
    times = []
    cpu_times = []
    for _ in range(args.runs):
        elapsed, cpu, links = run_datasketch(documents, args.threshold)
        times.append(elapsed)
        cpu_times.append(cpu)
    seconds = statistics.median(times)
    cpu_seconds = statistics.median(cpu_times)
    precision, recall, f1 = score(documents, truth, links)
    paragraphs = sum(len(d["blocks"]) for d in documents)
    megabytes = sum(len(b["text"].encode()) for d in documents for b in d["blocks"]) / 1e6
    peer = {"tool": "datasketch", "seconds_median": seconds, "paragraphs_per_second": paragraphs / seconds,
            "megabytes_per_second": megabytes / seconds, "cpu_seconds_median": cpu_seconds,
            "paragraphs_per_cpu_second": paragraphs / cpu_seconds, "precision": precision, "recall": recall, "f1": f1}

    print("corpus: %d documents, %d paragraphs, %.2f MB, threshold %.2f, %d runs (medians)" % (
        args.documents, paragraphs, megabytes, args.threshold, args.runs))
    print("%-11s %12s %14s %8s %10s %8s %8s" % ("tool", "paragraphs/s", "paragraphs/cpu-s", "MB/s", "precision", "recall", "F1"))
    for row in (quire, peer):
        print("%-11s %12.0f %14.0f %8.2f %10.4f %8.4f %8.4f" % (
            row["tool"], row["paragraphs_per_second"], row["paragraphs_per_cpu_second"], row["megabytes_per_second"],
            row["precision"], row["recall"], row["f1"]))
    print("quire/datasketch throughput: %.1fx wall clock, %.1fx CPU time; load average %s" % (
        quire["paragraphs_per_second"] / peer["paragraphs_per_second"],
        quire["paragraphs_per_cpu_second"] / peer["paragraphs_per_cpu_second"], " ".join("%.2f" % x for x in os.getloadavg())))
    print("quire index %.1f MB, peak RSS %.1f MB" % (quire["index_bytes"] / 1e6,
        quire["peak_resident_bytes"] / 1e6))
    with open(os.path.join(corpus, "results.json"), "w") as f:
        json.dump({"quire": quire, "datasketch": peer}, f, indent=2, sort_keys=True)


if __name__ == "__main__":
    main()
