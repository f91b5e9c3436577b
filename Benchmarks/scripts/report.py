#!/usr/bin/env python3
"""Turns Benchmarks/out/results.jsonl into the Markdown tables BENCHMARKS.md quotes.

    report.py results.jsonl > report.md
"""

import json
import statistics
import sys


def fmt(value, digits=2):
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def table_start(p, title, columns):
    """A section heading and a table's header rows."""
    p(f"## {title}")
    p("")
    p("| " + " | ".join(columns) + " |")
    p("|" + "---|" * len(columns))


def main() -> None:
    rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    by = lambda **kw: [r for r in rows if all(r.get(k) == v for k, v in kw.items())]
    out = []
    p = out.append

    for m in by(stage="machine")[:1]:
        p(f"Machine: {m['nproc']} cores, {m['cpu']}, {m['mem_gib']} GiB; kernel {m['kernel']}; {m['swift']}; "
          f"Python {m['python']}, datasketch {m['datasketch']}, ftfy {m['ftfy']}; commit {m['commit']}"
          f"{' plus uncommitted changes in ' + ', '.join(x.split()[-1] for x in m.get('uncommitted_sources', [])) if m['dirty'] else ''}")
    p("")
    p("Load average during the run: " + "; ".join(f"{r['when']}: {r['loadavg']}" for r in by(stage="load")))
    p("")

    p("## Repair + TEI throughput (one thread, median)")
    p("")
    p("| language | docs | MB | repair MB/s | decode+repair MB/s | decode+repair+TEI MB/s | ftfy fix_text MB/s | Quire/ftfy | µs/doc |")
    p("|---|---|---|---|---|---|---|---|---|")
    for lang in ("zh", "en"):
        q = [r for r in by(stage="repair", language=lang) if "scale" not in r and "system" not in r]
        f = by(stage="repair", language=lang, system="ftfy")
        if not q:
            continue
        q = q[0]
        ftfy = f[0]["mb_s"] if f else None
        p(f"| {lang} | {q['documents']} | {q['bytes'] / 1e6:.1f} | {fmt(q.get('repair_mb_s'), 1)} | {q['decode_repair_mb_s']:.1f} | {q['repair_tei_mb_s']:.1f} | "
          f"{fmt(ftfy, 1)} | {fmt(q['repair_tei_mb_s'] / ftfy if ftfy else None, 1)}x | {q['us_per_document']:.0f} |")
    p("")

    linear = by(stage="linear")
    if linear:
        table_start(p, "Linearity: decode + repair of single large files (median of runs, CPU)",
                    ["file", "MB", "lines", "MB/s", "ns/byte", "ns/byte against the file ten times smaller", "peak RSS MiB"])
        per_byte = {r["file"]: r["ns_per_byte"] for r in linear}
        smaller = {"50mb": "5mb", "1000000": "100000"}
        for r in linear:
            stem, _, size = r["file"].removesuffix(".txt").rpartition("-")
            base = per_byte.get(f"{stem}-{smaller[size]}.txt") if size in smaller else None
            p(f"| {r['file']} | {r['bytes'] / 1e6:.1f} | {r['lines']:,} | {r['mb_per_s']:.1f} | {r['ns_per_byte']:.1f} | "
              f"{fmt(r['ns_per_byte'] / base if base else None, 2)}{'x' if base else ''} | {r['peak_rss_mib']:.0f} |")
        p("")

    e2e = by(stage="e2e")
    if e2e:
        table_start(p, "End to end: `quire clean FOLDER` (fresh state; median of runs)",
                    ["language", "dedup", "files", "MB", "wall s", "MB/s wall", "MB/s per CPU-second", "peak RSS MiB"])
        for lang in ("zh", "en", "zh-pages"):
            for dedup, stage in (("on", "e2e"), ("off", "e2e-nodedup")):
                runs = [r for r in by(stage=stage) if r["language"] == lang]
                if not runs:
                    continue
                wall = statistics.median(r["wall_s"] for r in runs)
                cpu = statistics.median(r.get("cpu_s") or (r["user_s"] + r["sys_s"]) for r in runs)
                mb = runs[0]["bytes"] / 1e6
                p(f"| {lang} | {dedup} | {runs[0]['files']} | {mb:.1f} | {wall:.2f} | {mb / wall:.1f} | {mb / cpu:.1f} | "
                  f"{max(r['peak_rss_mib'] for r in runs):.0f} |")
        p("")
        page = by(stage="e2e-one-page")
        if page:
            p("One page per process (sample 003, CPU ms, `perf stat`): " + "; ".join(
                f"dedup {d}: median {statistics.median(r['cpu_ms'] for r in rs):.1f}, min {min(r['cpu_ms'] for r in rs):.1f} "
                f"({len(rs)} runs, {rs[0]['bytes'] / 1e3:.0f} KB)"
                for d in ("on", "off") if (rs := [r for r in page if r["dedup"] == d])))
            p("")

    acc = by(stage="accuracy")
    if acc:
        p("## Reading-text accuracy against the clean text")
        p("")
        p("| language | system | CER | boundary P | boundary R | boundary F1 |")
        p("|---|---|---|---|---|---|")
        for lang in ("zh", "en", "zh-pages"):
            for system in ("quire", "naive", "ftfy"):
                for r in by(stage="accuracy", language=lang, system=system):
                    p(f"| {lang} | {system} | {100 * r['cer']:.3f} % | {r['boundary_precision']:.4f} | "
                      f"{r['boundary_recall']:.4f} | {r['boundary_f1']:.4f} |")
        for lang in ("zh", "en"):
            q = by(stage="accuracy", language=lang, system="quire")
            for peer in ("naive", "ftfy"):
                o = by(stage="accuracy", language=lang, system=peer)
                if q and o and q[0]["cer"] > 0:
                    p(f"\n{lang}: {peer} CER / Quire CER = {o[0]['cer'] / q[0]['cer']:.1f}x")
        p("")

    d = [r for r in by(stage="dedup") if "scale" not in r]
    if d:
        p("## Duplicate detection (same paragraphs, threshold 0.5, 128 hashes, 5-char shingles; median CPU time)")
        p("")
        for corpus in sorted({r.get("corpus", "?") for r in d}):
            p(f"Corpus `{corpus}`:")
            p("")
            p("| system | docs | paragraphs | CPU s | wall s | paragraphs/s (CPU) | MB/s (CPU) | precision | recall | F1 |")
            p("|---|---|---|---|---|---|---|---|---|---|")
            speed = {}
            for r in [r for r in d if r.get("corpus") == corpus]:
                speed[r["system"]] = (r["paragraphs_per_s"], statistics.median(r["wall_seconds"]))
                variants = [r["system"]] + ([r["system"] + "-verified"] if r["system"] == "datasketch" else [])
                for system in variants:
                    a = [x for x in by(stage="dedup_accuracy", system=system) if x.get("corpus") == corpus]
                    a = a[0] if a else {}
                    p(f"| {system} | {r['documents']} | {r['paragraphs']} | {statistics.median(r['cpu_seconds']):.2f} | "
                      f"{statistics.median(r['wall_seconds']):.2f} | {r['paragraphs_per_s']:.0f} | {r['mb_s']:.2f} | "
                      f"{fmt(a.get('precision'), 4)} | {fmt(a.get('recall'), 4)} | {fmt(a.get('f1'), 4)} |")
            if "quire" in speed and "datasketch" in speed:
                p(f"\nQuire/datasketch throughput: {speed['quire'][0] / speed['datasketch'][0]:.2f}x by CPU time, "
                  f"{speed['datasketch'][1] / speed['quire'][1]:.2f}x by wall time")
            p("")

    scaled = [r for r in rows if "scale" in r]
    if scaled:
        p("## Growth: cost per document")
        p("")
        p("| documents | repair+TEI zh µs/doc | repair+TEI en µs/doc | Quire dedup µs/doc | datasketch µs/doc |")
        p("|---|---|---|---|---|")
        for n in sorted({r["scale"] for r in scaled}):
            at = [r for r in scaled if r["scale"] == n]
            get = lambda pred: next((r["us_per_document"] for r in at if pred(r)), None)
            p(f"| {n} | {fmt(get(lambda r: r['stage'] == 'repair' and r.get('language') == 'zh'), 0)} | "
              f"{fmt(get(lambda r: r['stage'] == 'repair' and r.get('language') == 'en'), 0)} | "
              f"{fmt(get(lambda r: r['stage'] == 'dedup' and r.get('system') == 'quire'), 0)} | "
              f"{fmt(get(lambda r: r['stage'] == 'dedup' and r.get('system') == 'datasketch'), 0)} |")
        p("")

    w = by(stage="watch")
    if w:
        p("## Daemon (`quire watch`)")
        p("")
        for r in w:
            p("- " + ", ".join(f"{k}: {fmt(v, 1)}" for k, v in r.items() if k != "stage"))
        p("")

    rss = by(stage="rss")
    if rss:
        p("## Peak resident memory (/usr/bin/time -v)")
        p("")
        for r in rss:
            p(f"- {r['label']}: {r['peak_rss_mib']:.0f} MiB (user {r['user_s']} s, sys {r['sys_s']} s)")
        p("")
    print("\n".join(out))


if __name__ == "__main__":
    main()
