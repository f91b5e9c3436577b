#!/usr/bin/env python3
"""CPU time of a `quire clean` run split by pipeline stage, from `perf script` (with -g stacks).

    perf record -g -o clean.data quire clean ... FOLDER
    perf script -i clean.data | python3 perf_stages.py --files N

Each sample goes to the first stage in RULES that some frame of its stack matches (so the
order is a priority: a dedup stage's fsync is dedup, the atomic write's fsync is the write),
weighted by its period, so the figures are CPU milliseconds. Patterns match the start of a
Swift symbol (the type that defines the function), not a type named in its signature.
Samples with no matching frame (mostly malloc/free) are "other".

With frame-pointer stacks (`perf record -g`) libc's frames end the stack, so the caller of a
system call is lost: "write: file fsync" then includes the folder fsync, and SQLite's
`fdatasync` counts as dedup by name. `perf record --call-graph dwarf` keeps them apart.
"""
import argparse
import collections
import re
import sys

RULES = [
    ("dedup (index look-up and record)", r"^\$s10QuireDedup|^\$s12QuireService11LockedIndex|^sqlite3|^fdatasync$"),
    ("read input", r"^\$s12QuireService11InputReaderO"),
    ("list inputs", r"^\$s12QuireService10InputFilesO"),
    ("vocabulary: Vocabulary.collect", r"^\$s9QuireText10VocabularyO7collect"),
    ("vocabulary: store", r"^\$s12QuireService15VocabularyStoreC"),
    ("write: folder fsync", r"^\$s12QuireService10AtomicFileO13syncDirectory|^\$s12QuireService21PendingDirectorySyncsC"),
    ("write: file fsync", r"^fsync$|^__x64_sys_fsync$"),
    ("write: rename", r"^rename$|^__x64_sys_rename$"),
    ("write: create temporary", r"^\$s12QuireService13TemporaryNameO|^mkstemp|^__x64_sys_openat$"),
    ("write: other", r"^\$s12QuireService10AtomicFileO|^\$s12QuireService8PipelineC6commit"),
    ("decode", r"^\$s9QuireText0B7DecoderO"),
    ("repair", r"^\$s9QuireText8RepairerO"),
    ("TEI", r"^\$s8QuireTEI"),
    ("report line", r"^\$s5quire10CleanBatchV7succeed|^\$s5quire10CleanBatchV4fail|^\$s5quire7ConsoleO"),
    ("config load", r"^\$s5quire20ConfigurationOptionsV|^\$s12QuireService19ConfigurationLoaderO"),
    ("argument parsing", r"^\$s14ArgumentParser.*parseAsRoot"),
    ("pipeline other", r"^\$s12QuireService8PipelineC|^\$s5quire10CleanBatchV|^\$s5quire12CleanCommandV"),
    ("dynamic loader", r"^_dl_|^dl_main"),
    ("process exit", r"^do_group_exit$|^__x64_sys_exit"),
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
