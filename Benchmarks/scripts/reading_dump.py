#!/usr/bin/env python3
"""Write the reading text of every evaluation input, as one `quire` build sees it, into a folder.

Two builds' dumps compared with `diff -r` show every reading text a change moved, over all the
evaluation sets at once: the hand-made Chinese layouts, the Latin newspaper pages, the two
samples and their re-layouts, any probe pages, and two generated corpora (seeds 1 and 2,
1,000 documents each). This is the check a change to repair must pass before it lands: either
the dumps are identical (a speed change) or every moved file is one the change meant to move.

The real binary is run (`quire clean` with dedup off, into temporary folders); each TEI file is
read back by `reading.py`'s rules (one block a line, `----` between texts).

usage: reading_dump.py --quire BIN --out DIR [--inputs CACHE] [--sets zh,latin,...]
       reading_dump.py --compare DIR_A DIR_B      (counts and names of the files that differ)
"""
import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
ROOT = os.path.dirname(BENCH)
sys.path.insert(0, HERE)
from reading import reading_lines  # noqa: E402

SAMPLES = os.path.join(ROOT, "..", "shared", "samples")


def inputs_of(folder, skip_expected=True):
    names = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not os.path.isfile(path) or not name.endswith(".txt"):
            continue
        if skip_expected and name.endswith(".expected.txt"):
            continue
        names.append(path)
    return names


def gather(cache, wanted):
    """Every set's input files: {set name: [paths]}. Generated inputs are made once into `cache`."""
    sets = {}
    if "zh" in wanted:
        sets["zh-layouts"] = inputs_of(os.path.join(BENCH, "zh-layouts"))
    if "latin" in wanted:
        sets["latin-news"] = inputs_of(os.path.join(BENCH, "latin-news"))
    if "samples" in wanted and os.path.isdir(SAMPLES):
        sets["samples"] = [os.path.join(SAMPLES, n) for n in sorted(os.listdir(SAMPLES))]
    if "probes" in wanted and os.path.isdir(os.path.join(BENCH, "probes")):
        sets["probes"] = inputs_of(os.path.join(BENCH, "probes"))
    if "relayouts" in wanted:
        keep = os.path.join(cache, "relayouts")
        if not os.path.isdir(keep):
            # relayout_samples.py writes its derived files into --keep while it scores them; the
            # scoring needs a binary, any build will do, so it is run with the one being dumped.
            subprocess.run([sys.executable, os.path.join(BENCH, "zh-layouts", "relayout_samples.py"),
                            "--quire", ARGS.quire, "--keep", keep, "--quiet"], check=True,
                           stdout=subprocess.DEVNULL)
        sets["relayouts"] = inputs_of(keep)
    for seed in (1, 2):
        if f"corpus{seed}" not in wanted:
            continue
        out = os.path.join(cache, f"corpus-s{seed}-1000")
        if not os.path.isfile(os.path.join(out, "truth.json")):
            subprocess.run([sys.executable, os.path.join(BENCH, "corpus", "generate.py"), "--seed", str(seed),
                            "--docs", "1000", "--out", out], check=True, stdout=subprocess.DEVNULL)
        sets[f"corpus-s{seed}"] = inputs_of(os.path.join(out, "input"))
    return sets


def dump(quire, out, sets):
    work = tempfile.mkdtemp(prefix="reading-dump-")
    config = os.path.join(work, "nodedup.toml")
    with open(config, "w") as f:
        f.write("[dedup]\nenabled = false\n")
    total = 0
    try:
        for name, paths in sets.items():
            folder = os.path.join(work, name, "in")
            tei = os.path.join(work, name, "tei")
            os.makedirs(folder)
            for p in paths:
                shutil.copy(p, folder)
            r = subprocess.run([quire, "clean", "--config", config, "--state", os.path.join(work, name, "state"),
                                "-o", tei, folder], capture_output=True, text=True)
            target = os.path.join(out, name)
            os.makedirs(target, exist_ok=True)
            for p in paths:
                stem = os.path.splitext(os.path.basename(p))[0]
                path = os.path.join(tei, stem + ".tei.xml")
                with open(os.path.join(target, stem + ".txt"), "w") as f:
                    if os.path.isfile(path):
                        f.write("\n".join(reading_lines(path)) + "\n")
                    else:
                        f.write(f"(no TEI; quire exited {r.returncode})\n")
                total += 1
            print(f"{name}: {len(paths)} files", file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{total} reading texts in {out}", file=sys.stderr)


def compare(a, b):
    moved = []
    for dirpath, _, files in os.walk(a):
        for name in files:
            pa = os.path.join(dirpath, name)
            pb = os.path.join(b, os.path.relpath(pa, a))
            if not os.path.isfile(pb) or not filecmp.cmp(pa, pb, shallow=False):
                moved.append(os.path.relpath(pa, a))
    for name in sorted(moved):
        print(name)
    print(f"{len(moved)} files differ", file=sys.stderr)
    return 1 if moved else 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quire")
    ap.add_argument("--out")
    ap.add_argument("--inputs", default=os.path.join(tempfile.gettempdir(), "quire-eval-inputs"))
    ap.add_argument("--sets", default="zh,latin,samples,probes,relayouts,corpus1,corpus2")
    ap.add_argument("--compare", nargs=2, metavar="DIR")
    ARGS = ap.parse_args()
    if ARGS.compare:
        sys.exit(compare(*ARGS.compare))
    if not ARGS.quire or not ARGS.out:
        ap.error("--quire and --out are needed (or --compare A B)")
    ARGS.quire = os.path.abspath(ARGS.quire)
    if os.path.exists(ARGS.out):
        shutil.rmtree(ARGS.out)
    dump(ARGS.quire, ARGS.out, gather(ARGS.inputs, set(ARGS.sets.split(","))))
