#!/usr/bin/env python3
"""Score Quire's reading text on the Chinese layout set against the hand-made references.

usage: score.py [--quire BIN] [--out DIR] [--context N] [--quiet] [NAME ...]

For every NAME.txt with a NAME.expected.txt beside it: runs `BIN clean NAME.txt -o OUT --state STATE`
(a fresh state folder per file, so no duplicate links between files), extracts the reading text with
Benchmarks/scripts/reading.py (one block per line; `----` division separators dropped and counted),
and reports
- CER: Levenshtein distance between output and expected, newlines counting, over len(expected);
- paragraph-boundary precision / recall / F1 (a boundary is the place between two blocks, located
  by the number of non-space characters before it, mapped through an alignment of the two texts);
- letterspaced CJK pairs (`[一-鿿] [一-鿿]`) and half-width `, : ; ( ) ? !` between CJK left in the
  output beyond those the reference itself has;
- every difference, with N characters of context (newline shown as ⏎).
Files named x*.txt are convention-dependent (tables): scored, but kept out of the totals.
"""
import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
READING = os.environ.get("QUIRE_READING") or os.path.join(HERE, "..", "scripts", "reading.py")
CJK = "\u4e00-\u9fff\u3400-\u4dbf"
LETTERSPACED = re.compile(f"[{CJK}] [{CJK}]")
# half-width punctuation whose nearest non-space neighbours are both CJK (or CJK marks)
WIDE = f"{CJK}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u201c\u201d"
HALFWIDTH = re.compile(f"(?<=[{WIDE}]) ?[,:;?!()] ?(?=[{WIDE}])")
# a bracket touching CJK on one side is also Chinese prose
HALF_BRACKET = re.compile(f"(?<=[{CJK}]) ?[()]|[()] ?(?=[{CJK}])")


def levenshtein(a: str, b: str) -> int:
    """Myers/Hyyrö bit-parallel edit distance (Python big ints: fast for texts of any length)."""
    if len(a) < len(b):
        a, b = b, a
    m = len(b)
    if m == 0:
        return len(a)
    peq = {}
    for i, c in enumerate(b):
        peq[c] = peq.get(c, 0) | (1 << i)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    pv, mv, score = mask, 0, m
    for c in a:
        eq = peq.get(c, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = ((ph << 1) | 1) & mask
        mh = (mh << 1) & mask
        pv = mh | (~(xv | ph) & mask)
        mv = ph & xv
    return score


def boundaries(lines):
    """Positions (non-space characters before) of the breaks between consecutive blocks."""
    out, n = [], 0
    for line in lines[:-1]:
        n += len(re.sub(r"\s", "", line))
        out.append(n)
    return out


def squash(lines):
    return re.sub(r"\s", "", "".join(lines))


def map_positions(src: str, dst: str, positions):
    """Map offsets in `src` to offsets in `dst` through a character alignment."""
    sm = difflib.SequenceMatcher(None, src, dst, autojunk=False)
    blocks = sm.get_matching_blocks()
    mapped = []
    for p in positions:
        best = None
        for a, b, size in blocks:
            if a <= p <= a + size:
                best = b + (p - a)
                break
            if a > p:
                best = b  # inside a replaced span: snap to the next match
                break
        mapped.append(best if best is not None else len(dst))
    return mapped


def extra(regex, out_text, exp_text):
    found = [m for m in regex.finditer(out_text)]
    allowed = len(regex.findall(exp_text))
    return found, max(0, len(found) - allowed)


def diffs(exp: str, out: str, context: int):
    sm = difflib.SequenceMatcher(None, exp, out, autojunk=False)
    show = lambda s: s.replace("\n", "⏎")  # noqa: E731
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        left = exp[max(0, i1 - context):i1]
        right = exp[i2:i2 + context]
        yield f"  {tag:7} …{show(left)}[{show(exp[i1:i2])} → {show(out[j1:j2])}]{show(right)}…"


def run_quire(binary, path, outdir):
    state = tempfile.mkdtemp(prefix="zh-state-")
    try:
        r = subprocess.run([binary, "clean", path, "-o", outdir, "--state", state],
                           capture_output=True, text=True)
    finally:
        shutil.rmtree(state, ignore_errors=True)
    if r.returncode != 0:
        raise RuntimeError(f"quire failed on {path}: {r.stderr.strip()[:400]}")
    stem = os.path.splitext(os.path.basename(path))[0]
    return os.path.join(outdir, stem + ".tei.xml")


def reading_text_docorder(tei):
    """Document order, in process (reading.py walks the TEI the same way)."""
    sys.path.insert(0, os.path.dirname(READING))
    import reading
    lines = reading.reading_lines(tei)
    return [l for l in lines if l != "----"], sum(1 for l in lines if l == "----")


def reading_text(tei, docorder=False):
    if docorder:
        return reading_text_docorder(tei)
    r = subprocess.run([sys.executable, READING, tei], capture_output=True, text=True, check=True)
    lines = r.stdout.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    divisions = sum(1 for l in lines if l == "----")
    return [l for l in lines if l != "----"], divisions


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quire", default="/tmp/quire-audit")
    ap.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "zh-layouts-out"))
    ap.add_argument("--context", type=int, default=20)
    ap.add_argument("--quiet", action="store_true", help="figures only, no difference listing")
    ap.add_argument("--ideographic-space", choices=["keep", "ignore"], default="keep",
                    help="ignore: delete U+3000 from reference and output before scoring (the `第一条　为了` convention)")
    ap.add_argument("--docorder", action="store_true",
                    help="read the TEI in document order instead of with reading.py (shows what reading.py's div order costs)")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    names = args.names or sorted(f[:-len(".expected.txt")] for f in os.listdir(HERE) if f.endswith(".expected.txt"))
    tot = dict(edits=0, chars=0, tp=0, fp=0, fn=0, ls=0, hw=0)
    rows = []
    for name in names:
        src = os.path.join(HERE, name + ".txt")
        with open(os.path.join(HERE, name + ".expected.txt"), encoding="utf-8") as f:
            exp_lines = f.read().rstrip("\n").split("\n")
        out_lines, divisions = reading_text(run_quire(args.quire, src, args.out), args.docorder)
        with open(os.path.join(args.out, name + ".reading.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(out_lines) + "\n")
        if args.ideographic_space == "ignore":
            exp_lines = [l.replace("\u3000", "") for l in exp_lines]
            out_lines = [l.replace("\u3000", "") for l in out_lines]
        exp, out = "\n".join(exp_lines), "\n".join(out_lines)
        edits = levenshtein(exp, out)
        eb, ob = boundaries(exp_lines), boundaries(out_lines)
        ob_mapped = set(map_positions(squash(out_lines), squash(exp_lines), ob))
        tp = len(set(eb) & ob_mapped)
        fp, fn = len(ob_mapped - set(eb)), len(set(eb) - ob_mapped)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        ls_found, ls = extra(LETTERSPACED, out, exp)
        hw_found, hw = extra(HALFWIDTH, out, exp)
        hb_found, hb = extra(HALF_BRACKET, out, exp)
        hw += hb
        rows.append((name, len(exp), edits, p, r, f1, ls, hw, divisions))
        if not name.startswith("x"):
            tot["edits"] += edits
            tot["chars"] += len(exp)
            tot["tp"] += tp
            tot["fp"] += fp
            tot["fn"] += fn
            tot["ls"] += ls
            tot["hw"] += hw
        if not args.quiet and (edits or ls or hw or divisions):
            print(f"== {name}: CER {100 * edits / len(exp):.2f}% ({edits}/{len(exp)}), "
                  f"boundaries P {p:.3f} R {r:.3f} F1 {f1:.3f}, letterspaced {ls}, half-width {hw}, "
                  f"divisions {divisions + 1}")
            for d in diffs(exp, out, args.context):
                print(d)
            for m in ls_found if ls else []:
                print(f"  letterspaced: …{out[max(0, m.start() - 10):m.end() + 10]}…".replace("\n", "⏎"))
            for m in (hw_found + hb_found) if hw else []:
                print(f"  half-width: …{out[max(0, m.start() - 10):m.end() + 10]}…".replace("\n", "⏎"))
    print()
    print(f"{'file':40} {'chars':>6} {'edits':>5} {'CER%':>6} {'P':>6} {'R':>6} {'F1':>6} {'ls':>3} {'hw':>3} {'div':>3}")
    for name, n, e, p, r, f1, ls, hw, d in rows:
        print(f"{name:40} {n:6} {e:5} {100 * e / n:6.2f} {p:6.3f} {r:6.3f} {f1:6.3f} {ls:3} {hw:3} {d + 1:3}")
    P = tot["tp"] / max(1, tot["tp"] + tot["fp"])
    R = tot["tp"] / max(1, tot["tp"] + tot["fn"])
    F = 2 * P * R / (P + R) if P + R else 0
    print(f"boundaries: {tot['tp']} right, {tot['fp']} spurious, {tot['fn']} missed")
    print(f"{'TOTAL (x* excluded)':40} {tot['chars']:6} {tot['edits']:5} {100 * tot['edits'] / max(1, tot['chars']):6.2f} "
          f"{P:6.3f} {R:6.3f} {F:6.3f} {tot['ls']:3} {tot['hw']:3}")
    passed = [n for n, ch, e, p, r, f1, ls, hw, d in rows if not n.startswith("x") and e / ch <= 0.001 and f1 >= 0.99 and ls == 0 and hw == 0]
    print(f"files meeting every bar (CER<=0.1%, F1>=0.99, no ls/hw): {len(passed)}/{sum(1 for r in rows if not r[0].startswith('x'))}")


if __name__ == "__main__":
    main()
