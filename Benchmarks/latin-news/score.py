#!/usr/bin/env python3
"""Scores Quire's reading text on the Latin newspaper pages in this folder.

For every NAME.txt with a NAME.expected.txt beside it: runs `quire clean`, extracts the reading
text with reading.py (one block per line; `----` division lines ignored) and compares:
  (a) every source line break between two content lines: what the expected text has there
      (rejoin-split-word, keep-compound, hyphen-space, space, tight, boundary) against what
      Quire produced;
  (b) paragraph boundaries (precision / recall / F1 over all character gaps of the input);
  (c) character error rate, newlines counting (edit distance / expected length);
  (d) letters and words lost (expected letters or digits missing from the output).
The breaks are classified by aligning the input's non-space characters with the expected text,
so hand-made pages need no annotation. Input lines that do not align (page numbers, running
heads) are furniture: the break across them counts once.

usage: score.py [--quire BIN] [--data-dir DIR] [--shared-state] [--keep DIR] [-v] [NAME ...]"""
import argparse, collections, difflib, importlib.util, os, pathlib, shutil, subprocess, sys, tempfile

HERE = pathlib.Path(__file__).resolve().parent
READING = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts", "reading.py")
HYPHENS = {"-", "\u00ac", "\u2e17", "\u00ad"}  # `-`, `¬`, `⸗`, soft hyphen at a line end
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}


def _shared_levenshtein():
    """The bit-parallel edit distance of the Chinese layout benchmark (one implementation for both)."""
    spec = importlib.util.spec_from_file_location("zh_layouts_score", HERE.parent / "zh-layouts" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.levenshtein


levenshtein = _shared_levenshtein()


def nonspace(text):
    """The non-white-space characters of `text` and their offsets."""
    chars, pos = [], []
    for k, c in enumerate(text):
        if not c.isspace():
            chars.append(c)
            pos.append(k)
    return "".join(chars), pos


def align(a, b):
    """Index map a -> b over the matched characters of two strings."""
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    out = {}
    for i, j, n in sm.get_matching_blocks():
        for k in range(n):
            out[i + k] = j + k
    return out


class Page:
    def __init__(self, path):
        raw = path.read_bytes().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
        self.lines = raw.split("\n")
        # The input's non-space characters, each with its line number.
        self.chars, self.line_of = [], []
        for n, line in enumerate(self.lines):
            for c in line:
                if c.isspace():
                    continue
                for d in LIGATURES.get(c, c):
                    self.chars.append("-" if c in HYPHENS else d)
                    self.line_of.append(n)
        self.stream = "".join(self.chars)
        self.expected = path.with_name(path.stem + ".expected.txt").read_text(encoding="utf-8").rstrip("\n")
        exp_chars, self.exp_pos = nonspace(self.expected)
        self.to_exp = align(self.stream, exp_chars)
        # Furniture: lines of which less than half aligns with the expected text.
        per_line = collections.Counter(self.line_of)
        matched = collections.Counter(self.line_of[i] for i in self.to_exp)
        self.furniture = {n for n in per_line if matched[n] * 2 < per_line[n]}
        self.breaks = self._breaks()
        self.expected_decisions = [self.decide(b, self.to_exp, self.exp_pos, self.expected) for b in self.breaks]

    def _breaks(self):
        """(left, right, hyphenated, line) per break between content lines: `left` is the last
        character kept before the break (before a line-end hyphen), `right` the first after it."""
        content = [n for n in sorted(set(self.line_of)) if n not in self.furniture]
        first = {}
        last = {}
        for i, n in enumerate(self.line_of):
            first.setdefault(n, i)
            last[n] = i
        out = []
        for a, b in zip(content, content[1:]):
            end = last[a]
            hyph = self.chars[end] == "-" and end > first[a]
            out.append((end - 1 if hyph else end, first[b], hyph, a))
        return out

    @staticmethod
    def decide(brk, amap, pos, text):
        left, right, hyph, _ = brk
        if left not in amap or right not in amap:
            return "unaligned"
        s = text[pos[amap[left]] + 1: pos[amap[right]]]
        if "\n" in s:
            return "boundary"
        if hyph and "-" in s:
            after = s.split("-", 1)[1]
            if after.strip():
                return "other:" + repr(s)
            return "hyphen-space" if " " in after else "keep-compound"
        if s.strip() == "":
            if " " in s:
                return "space"
            return "rejoin-split-word" if hyph else "tight"
        return "other:" + repr(s)

    def context(self, brk):
        left, right, hyph, n = brk
        a = self.lines[n].rstrip()
        # The next content line.
        m = self.line_of[right]
        return f"{a[-20:]!s} / {self.lines[m].strip()[:20]}"

    def gaps(self, amap, pos, text):
        """Offsets k of the input stream (content characters only) where `text` puts a block
        boundary between input characters k and k+1."""
        out = set()
        idx = [i for i in range(len(self.chars)) if self.line_of[i] not in self.furniture and i in amap]
        for x, y in zip(idx, idx[1:]):
            if "\n" in text[pos[amap[x]] + 1: pos[amap[y]]]:
                out.add(x)
        return out


def alnum(text):
    chars, pos = [], []
    for k, c in enumerate(text):
        if c.isalnum():
            chars.append(c)
            pos.append(k)
    return "".join(chars), pos


def words_lost(expected, output):
    e, epos = alnum(expected)
    o, _ = alnum(output)
    sm = difflib.SequenceMatcher(None, e, o, autojunk=False)
    lost_letters, words = 0, []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag in ("delete", "replace"):
            lost_letters += i2 - i1
            a, b = epos[i1], epos[i2 - 1] + 1
            while a > 0 and not expected[a - 1].isspace():
                a -= 1
            while b < len(expected) and not expected[b].isspace():
                b += 1
            words.append(expected[a:b])
    return lost_letters, words


def run_quire(quire, path, outdir, state, data_dir):
    env = dict(os.environ)
    if data_dir:
        env["QUIRE_DATA_DIR"] = data_dir
    r = subprocess.run([quire, "clean", str(path), "-o", str(outdir), "--state", str(state)],
                       capture_output=True, text=True, env=env)
    tei = outdir / (path.stem + ".tei.xml")
    if r.returncode != 0 or not tei.exists():
        raise RuntimeError(f"quire failed on {path.name}: {r.stderr.strip()[:500]}")
    text = subprocess.run([sys.executable, READING, str(tei)], capture_output=True, text=True, check=True).stdout
    blocks = [ln for ln in text.split("\n") if ln.strip() != "----" and ln.strip() != ""]
    return "\n".join(blocks)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quire", default="/tmp/quire-audit")
    ap.add_argument("--data-dir", default=str(HERE.parent.parent / "Sources/QuireText/Resources"),
                    help="QUIRE_DATA_DIR for the English word list ('' to run without it, as a bare binary does)")
    ap.add_argument("--shared-state", action="store_true", help="one state folder for all files (vocabulary carries over)")
    ap.add_argument("--keep", help="keep TEI and reading text in this folder")
    ap.add_argument("-v", "--verbose", action="store_true", help="also list right decisions' counts per class")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    pages = sorted(p for p in HERE.glob("*.txt") if not p.name.endswith(".expected.txt")
                   and p.with_name(p.stem + ".expected.txt").exists() and (not args.names or p.stem in args.names))
    work = pathlib.Path(args.keep) if args.keep else pathlib.Path(tempfile.mkdtemp(prefix="latin-news-"))
    work.mkdir(parents=True, exist_ok=True)
    shared = work / "state-shared"
    totals = collections.Counter()
    by_class = collections.Counter()
    by_class_ok = collections.Counter()
    confusion = collections.Counter()
    errors = []
    print(f"{'file':24} {'breaks':>6} {'right':>6} {'acc%':>6} {'inblk%':>6} {'bndP':>5} {'bndR':>5} {'bndF1':>5} {'CER%':>6} {'lost':>4}")
    for path in pages:
        page = Page(path)
        state = shared if args.shared_state else work / f"state-{path.stem}"
        if not args.shared_state and state.exists():
            shutil.rmtree(state)
        out = run_quire(args.quire, path, work, state, args.data_dir)
        (work / (path.stem + ".reading.txt")).write_text(out + "\n", encoding="utf-8")
        out_chars, out_pos = nonspace(out)
        to_out = align(page.stream, out_chars)
        right = inblock = inblock_ok = 0
        for brk, want in zip(page.breaks, page.expected_decisions):
            got = page.decide(brk, to_out, out_pos, out)
            by_class[want] += 1
            confusion[(want, got)] += 1
            ok = got == want
            if want != "boundary":
                inblock += 1
                inblock_ok += ok
            if ok:
                right += 1
                by_class_ok[want] += 1
            else:
                errors.append((path.stem, want, got, page.context(brk)))
        eg = page.gaps(page.to_exp, page.exp_pos, page.expected)
        og = page.gaps(to_out, out_pos, out)
        tp = len(eg & og)
        p = tp / len(og) if og else 1.0
        r = tp / len(eg) if eg else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        dist = levenshtein(page.expected, out)
        lost, lost_words = words_lost(page.expected, out)
        n = len(page.breaks)
        print(f"{path.stem:24} {n:6} {right:6} {100 * right / max(1, n):6.1f} {100 * inblock_ok / max(1, inblock):6.1f} "
              f"{p:5.3f} {r:5.3f} {f1:5.3f} {100 * dist / max(1, len(page.expected)):6.2f} {lost:4}")
        if lost_words:
            print(f"    lost: {lost_words}")
        totals.update(breaks=n, right=right, inblock=inblock, inblock_ok=inblock_ok, tp=tp, og=len(og), eg=len(eg),
                      dist=dist, chars=len(page.expected), lost=lost)
    t = totals
    P = t["tp"] / max(1, t["og"])
    R = t["tp"] / max(1, t["eg"])
    F = 2 * P * R / (P + R) if P + R else 0
    print(f"{'TOTAL':24} {t['breaks']:6} {t['right']:6} {100 * t['right'] / max(1, t['breaks']):6.1f} "
          f"{100 * t['inblock_ok'] / max(1, t['inblock']):6.1f} {P:5.3f} {R:5.3f} {F:5.3f} "
          f"{100 * t['dist'] / max(1, t['chars']):6.2f} {t['lost']:4}")
    print("\nper expected class: right / total")
    for k in sorted(by_class):
        print(f"  {k:20} {by_class_ok[k]:4} / {by_class[k]:4}")
    print("\nconfusions (expected -> got): count")
    for (w, g), c in sorted(confusion.items(), key=lambda x: -x[1]):
        if w != g:
            print(f"  {w:18} -> {g:22} {c}")
    print(f"\nwrong decisions ({len(errors)}):")
    for name, want, got, ctx in errors:
        print(f"  {name:20} want {want:18} got {got:18} | {ctx}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
