#!/usr/bin/env python3
"""CPU time of a `quire clean` run split by pipeline stage, from `perf script` (with -g stacks).

    perf record -g -o clean.data quire clean ... FOLDER
    perf script -i clean.data | python3 perf_stages.py --files N

Each sample goes to the first stage in RULES that some frame of its stack matches (so the
order is a priority: a dedup stage's fsync is dedup, the atomic write's fsync is the write),
weighted by its period, so the figures are CPU milliseconds. Samples with no matching frame
(mostly malloc/free, whose frames libc does not keep) are "other".
"""
import argparse
import collections
import re
import sys

RULES = [
    ("dedup (index look-up and record)", r"QuireDedup|LockedIndex|sqlite3"),
    ("read input", r"InputReader"),
    ("list inputs", r"InputFiles"),
    ("vocabulary: Vocabulary.collect", r"QuireText10VocabularyO7collect"),
    ("vocabulary: store", r"VocabularyStore"),
    ("write: folder fsync", r"syncDirectory|PendingDirectorySyncs"),
    ("write: file fsync", r"^fsync$|__x64_sys_fsync"),
    ("write: rename", r"^rename$|__x64_sys_rename"),
    ("write: create temporary", r"TemporaryName|mkstemp|__x64_sys_openat"),
    ("write: other", r"AtomicFile|PipelineC6commit"),
    ("decode", r"QuireText0B7Decoder|TextDecoder"),
    ("repair", r"QuireText8Repairer"),
    ("TEI", r"QuireTEI"),
    ("report line", r"CleanBatchV7succeed|CleanBatchV4fail|Console"),
    ("config load", r"ConfigurationOptions|ConfigurationLoader"),
    ("argument parsing", r"parseAsRoot|ArgumentParser07CommandB0V"),
    ("pipeline other", r"QuireService8Pipeline|CleanBatch"),
    ("dynamic loader", r"_dl_|dl_main"),
    ("process exit", r"do_group_exit|__x64_sys_exit"),
]
RULES = [(stage, re.compile(pattern)) for stage, pattern in RULES]
HEADER = re.compile(r"^\S.*?\s(\d+)\s+[\w-]+(?::\w+)?:\s*$")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1, help="files the run processed, for ms per file")
    args = parser.parse_args()

    cost = collections.Counter()
    period = 0
    stack = []

    def finish():
        if not stack:
            return
        for stage, pattern in RULES:
            if any(pattern.search(frame) for frame in stack):
                cost[stage] += period
                return
        cost["other"] += period

    for line in sys.stdin:
        line = line.rstrip("\n")
        if not line.strip():
            finish()
            stack.clear()
            continue
        if not line[0].isspace():
            match = HEADER.match(line)
            period = int(match.group(1)) if match else 1
            continue
        parts = line.split(None, 1)
        if len(parts) == 2:
            symbol = re.sub(r"\+0x[0-9a-f]+$", "", parts[1].rsplit(" (", 1)[0])
            if symbol != "[unknown]":
                stack.append(symbol)
    finish()

    total = sum(cost.values()) or 1
    print(f"# {total / 1e6:.1f} ms of CPU sampled, {args.files} files")
    print("| stage | share | ms per file |")
    print("|---|---|---|")
    for stage, value in cost.most_common():
        print(f"| {stage} | {100 * value / total:.1f} % | {value / 1e6 / args.files:.3f} |")


if __name__ == "__main__":
    main()
