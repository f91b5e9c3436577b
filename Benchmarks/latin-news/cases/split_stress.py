#!/usr/bin/env python3
"""Regression check for the proposed hyphen rules: every word of the expected texts (English pages)
cut at every point the en_US hyphenation patterns allow is a split word; count how many the
current and the proposed rules would keep hyphenated (no document evidence: the harder case)."""
import pathlib, re, sys, collections
import pyphen
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import hyphen_model as M
dic = pyphen.Pyphen(lang="en_US", left=2, right=2)
words = collections.Counter()
for p in HERE.parent.glob("[gh]0*.expected.txt"):
    if p.stem.startswith(("h06", "h07")): continue
    for w in re.findall(r"[A-Za-z]+(?:'[a-z]+)?", p.read_text()):
        words[w] += 1
for rs in [(), ("K1", "K2", "K3", "K4", "K5", "K8"), ("K1", "K2", "K3", "K4", "K5", "K8", "K12")]:
    kept, total, ex = 0, 0, []
    for w in words:
        if "'" in w: continue
        for pos in dic.positions(w):
            total += 1
            if not M.removes(w[:pos], w[pos:], set(), set(), rules=rs):
                kept += 1
                ex.append(f"{w[:pos]}-{w[pos:]}")
    print(f"{'+'.join(rs) or 'current':30} kept {kept}/{total} true splits: {' '.join(sorted(ex))}")
