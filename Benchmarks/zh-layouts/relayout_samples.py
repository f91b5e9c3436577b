#!/usr/bin/env python3
"""The two samples' own references, re-laid out by gen.py in seven other layouts, then scored.

This is the closest stand-in for the held-out text ("of a kind like the samples, other layouts").
The derived files are written to a temporary folder, not committed: the texts are the project's
fixtures (Tests/QuireTextTests/Fixtures/expected/), not original writing.

usage: relayout_samples.py [--quire BIN] [--keep DIR] [score.py options, e.g. --quiet --docorder]
"""
import os
import random
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

FIXTURES = os.path.join(HERE, "..", "..", "Tests", "QuireTextTests", "Fixtures", "expected")
LAYOUTS = {
    "flat40": dict(width=40, blanks="none", seed=1),
    "indent38_pages": dict(width=38, indent="　　", blanks="none", page_lines=25, footer="— {n} —",
                           letterspace=0.12, digit_spaces=0.5, seed=2),
    "parablank42": dict(width=42, blanks="para", letterspace=0.2, digit_spaces=1.0, seed=3),
    "tesseract36": dict(width=36, blanks="para", ocr_letterspace=True, halfwidth=0.3, half_space=True, seed=4),
    "paddle30": dict(width=30, indent="  ", blanks="none", halfwidth=0.35, stray=0.03, fullwidth_digits=0.5, seed=5),
    "column17_every": dict(width=17, blanks="every", digit_spaces=0.3, seed=6),
    "column22_every_indent": dict(width=22, indent="　　", blanks="every", seed=7),
}


def main():
    args = sys.argv[1:]
    keep = None
    if "--keep" in args:
        k = args.index("--keep")
        keep = args[k + 1]
        del args[k:k + 2]
    work = keep or tempfile.mkdtemp(prefix="zh-relayout-")
    os.makedirs(work, exist_ok=True)
    for name in sorted(os.listdir(FIXTURES)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(FIXTURES, name), encoding="utf-8") as f:
            blocks = [b for b in f.read().split("\n") if b]
        for layout, spec in LAYOUTS.items():
            stem = f"{name[:3]}_{layout}"
            text = gen.render(blocks, dict(spec), random.Random(spec["seed"]))
            with open(os.path.join(work, stem + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
            with open(os.path.join(work, stem + ".expected.txt"), "w", encoding="utf-8") as f:
                f.write("\n".join(blocks) + "\n")
    shutil.copy(os.path.join(HERE, "score.py"), os.path.join(work, "score.py"))
    try:
        # The copy of score.py reads the TEI with this checkout's reading.py.
        env = dict(os.environ, QUIRE_READING=os.path.join(HERE, "..", "scripts", "reading.py"))
        subprocess.run([sys.executable, os.path.join(work, "score.py"), "--out", os.path.join(work, "out")] + args,
                       check=True, env=env)
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
