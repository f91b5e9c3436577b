#!/usr/bin/env python3
"""Writes proposed-cases.swift.txt (Case(...) entries for LatinRepairTests) from hyphen.json and
blocks.json, marking the cases that already pass (guards) by running them through check.py."""
import json, pathlib, sys
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from check import run

def lit(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'

out = ["// Cases from Benchmarks/latin-news (Latin newspaper audit). Every case fails on the audited main",
       "// except those named `(passes today)`: guards the proposed rules must keep passing.",
       "// Grouped by failure class (see the audit report). Expected = what a transcriber types."]
current = None
for name in ("hyphen.json", "blocks.json"):
    for cls, title, inp, exp in json.load(open(HERE / name, encoding="utf-8")):
        if cls != current:
            out.append(f"// {cls}")
            current = cls
        label = f"{cls}: {title}" + (" (passes today)" if run(inp) == exp else "")
        out.append(f"Case(name: {lit(label)},\n     input: {lit(inp)},\n     expected: {lit(exp)}),")
(HERE / "proposed-cases.swift.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
