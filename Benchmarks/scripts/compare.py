#!/usr/bin/env python3
"""Puts two benchmark runs side by side so that a regression shows at a glance.

    compare.py BEFORE.jsonl AFTER.jsonl     (e.g. results/2026-11-22-fe6cd12.jsonl out/results.jsonl)

One row per headline figure: before, after, the change, and a flag. Accuracy figures are exact
(the corpus is deterministic), so any drop beyond 0.001 is flagged. Speed figures move with
the machine's load from minute to minute (up to 1.5x on the shared hosts), so a speed is flagged
only past 15 %, and the ratios against a peer measured in the same run (ftfy, datasketch) are
listed beside them: a ratio that holds while a raw speed drops points at the machine.
"""
import json
import statistics
import sys


def load(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def figures(rows):
    """name -> (value, higher is better, kind) for every headline figure the run holds."""
    out = {}
    by = lambda **kw: [r for r in rows if all(r.get(k) == v for k, v in kw.items()) and "scale" not in r]
    for lang in ("zh", "en", "zh-pages"):
        quire = [r for r in by(stage="repair", language=lang) if "system" not in r]
        ftfy = by(stage="repair", language=lang, system="ftfy")
        if quire:
            if "repair_mb_s" in quire[0]:
                out[f"repair {lang}: repair stage MB/s"] = (quire[0]["repair_mb_s"], True, "speed")
            out[f"repair {lang}: decode+repair MB/s"] = (quire[0]["decode_repair_mb_s"], True, "speed")
            out[f"repair {lang}: +TEI MB/s"] = (quire[0]["repair_tei_mb_s"], True, "speed")
            if ftfy:
                out[f"repair {lang}: Quire/ftfy (with TEI)"] = (quire[0]["repair_tei_mb_s"] / ftfy[0]["mb_s"], True, "ratio")
        for r in by(stage="accuracy", language=lang, system="quire"):
            out[f"accuracy {lang}: CER %"] = (100 * r["cer"], False, "accuracy")
            out[f"accuracy {lang}: boundary F1"] = (r["boundary_f1"], True, "accuracy")
        for stage, dedup in (("e2e", "on"), ("e2e-nodedup", "off")):
            runs = [r for r in rows if r.get("stage") == stage and r.get("language") == lang]
            if runs:
                cpu = statistics.median(r.get("cpu_s") or (r["user_s"] + r["sys_s"]) for r in runs)
                out[f"quire clean {lang}, dedup {dedup}: MB/s per CPU-second"] = (runs[0]["bytes"] / 1e6 / cpu, True, "speed")
    dedup = by(stage="dedup")
    for corpus in sorted({r.get("corpus", "?") for r in dedup}):
        speed = {r["system"]: r["paragraphs_per_s"] for r in dedup if r.get("corpus", "?") == corpus}
        if "quire" in speed:
            out[f"dedup {corpus}: Quire paragraphs/s"] = (speed["quire"], True, "speed")
        if "quire" in speed and "datasketch" in speed:
            out[f"dedup {corpus}: Quire/datasketch"] = (speed["quire"] / speed["datasketch"], True, "ratio")
        for a in rows:
            if a.get("stage") == "dedup_accuracy" and a.get("system") == "quire" and a.get("corpus", "?") == corpus:
                out[f"dedup {corpus}: precision"] = (a["precision"], True, "accuracy")
                out[f"dedup {corpus}: recall"] = (a["recall"], True, "accuracy")
    for r in rows:
        if r.get("stage") == "linear":
            out[f"linear {r['file']}: ns/byte"] = (r["ns_per_byte"], False, "speed")
    return out


def main():
    if len(sys.argv) != 3:
        print("usage: compare.py BEFORE.jsonl AFTER.jsonl", file=sys.stderr)
        return 2
    before, after = figures(load(sys.argv[1])), figures(load(sys.argv[2]))
    print(f"| figure | before | after | change | |")
    print("|---|---|---|---|---|")
    flagged = 0
    # A run of some phases only (PHASES=...) compares what it measured.
    for name in after:
        b, a = before.get(name), after[name]
        if b is None:
            print(f"| {name} | n/a | {a[0]:.4g} | | new |")
            continue
        value_b, higher, kind = b
        value_a = a[0]
        if kind == "accuracy":
            worse = (value_b - value_a if higher else value_a - value_b) > 0.001
            change = f"{value_a - value_b:+.4f}"
        else:
            ratio = value_a / value_b if value_b else float("inf")
            worse = (ratio < 1 / 1.15) if higher else (ratio > 1.15)
            change = f"{ratio:.2f}x"
        flag = "REGRESSION" if worse else ""
        flagged += bool(worse)
        print(f"| {name} | {value_b:.4g} | {value_a:.4g} | {change} | {flag} |")
    unmeasured = sum(1 for name in before if name not in after)
    print(f"\n{flagged} figure(s) flagged" + (f"; {unmeasured} of the earlier run's not measured in this one." if unmeasured else "."))
    return 0


if __name__ == "__main__":
    sys.exit(main())
