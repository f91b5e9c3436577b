#!/usr/bin/env python3
"""Run every probe page through `quire clean` and compare its reading text with the expected.

    python3 run_probes.py [--quire PATH] [--diff] [NAME ...]

Prints one line a page (`exact` or the number of differing lines) and, with `--diff`, each
page's unified diff (expected first). Each page gets a fresh state folder; dedup is off.
"""
import argparse
import difflib
import glob
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "scripts"))
from reading import reading_lines  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quire", default="/tmp/probe15/quire")
    ap.add_argument("--diff", action="store_true")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    pages = sorted(p for p in glob.glob(os.path.join(HERE, "[pq]*.txt")) if not p.endswith(".expected.txt"))
    exact = 0
    with tempfile.TemporaryDirectory() as tmp:
        config = os.path.join(tmp, "nodedup.toml")
        with open(config, "w") as f:
            f.write("[dedup]\nenabled = false\n")
        for page in pages:
            name = os.path.basename(page)[:-4]
            if args.names and name not in args.names:
                continue
            out, state = os.path.join(tmp, "out-" + name), os.path.join(tmp, "st-" + name)
            subprocess.run([args.quire, "clean", "--config", config, "--state", state, "-o", out, page],
                           check=True, capture_output=True)
            got = reading_lines(os.path.join(out, name + ".tei.xml"))
            with open(page[:-4] + ".expected.txt", encoding="utf-8") as f:
                want = f.read().splitlines()
            diff = list(difflib.unified_diff(want, got, "expected", "quire", lineterm="", n=0))
            changed = sum(1 for d in diff if d[:1] in "+-" and not d.startswith(("+++", "---")))
            exact += changed == 0
            print(f"{name:34} {'exact' if changed == 0 else f'{changed} lines differ'}")
            if args.diff and diff:
                print("\n".join(diff[2:]))
    print(f"{exact} of {len(args.names) or len(pages)} exact")


if __name__ == "__main__":
    main()
