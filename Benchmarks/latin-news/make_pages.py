#!/usr/bin/env python3
"""Lays out the clean articles in src/*.src as column-wrapped OCR pages (NAME.txt) and writes
the reading text a transcriber would give (NAME.expected.txt). Deterministic (seeded per file).

Source format: `#key value` settings, then one block per line:
  H: headline / subheading (own block)     B: byline or other short own-block line
  P: paragraph                             C: closing line (signature, date)
  F: furniture (page number / running head): not in the expected text; placed in the
     middle of the next P block's lines, or where it stands if `#furniture-here` is set.
Settings: width N, para indent|blank|both|flush, indent N, center yes, crlf yes,
  trailing P (probability of a trailing space), doublespace P, hyphenate P, lang en|fr|de,
  doublespaced yes (a blank line after every line), seed N, hyphenchar C (the OCR's line-end hyphen for syllable cuts), headblank yes (blank line after head blocks).
Words in the text keep their OCR errors: only the layout is generated."""
import random, re, sys, pathlib
import pyphen

HERE = pathlib.Path(__file__).resolve().parent
LANGS = {"en": "en_US", "fr": "fr_FR", "de": "de_DE"}


def parse(path):
    cfg, blocks = {}, []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        if raw.startswith("#"):
            k, _, v = raw[1:].partition(" ")
            cfg[k] = v.strip()
            continue
        kind, _, text = raw.partition(":")
        blocks.append((kind.strip(), re.sub(r"\s+", " ", text.strip())))
    return cfg, blocks


class Wrapper:
    def __init__(self, width, dic, rng, p_hyph, hyphen="-", p_own=0.8):
        self.width, self.dic, self.rng, self.p_hyph, self.hyphen, self.p_own = width, dic, rng, p_hyph, hyphen, p_own

    def splits(self, word):
        """(head, tail) pairs where `word` may be cut at a line end; head carries its hyphen."""
        out = []
        # Cuts after a hyphen or a dash the word already has (compounds, ranges, `said—the`).
        for m in re.finditer(r"[-—]", word):
            k = m.end()
            if 1 < k < len(word) - 1:
                out.append((word[:k], word[k:]))
        # Syllable cuts inside each alphabetic run (not in a run of 5 letters or fewer).
        for m in re.finditer(r"[^\W\d_]+", word):
            run = m.group()
            if len(run) < 6:
                continue
            for pos in self.dic.positions(run):
                if pos < 2 or len(run) - pos < 3:
                    continue
                k = m.start() + pos
                out.append((word[:k] + self.hyphen, word[k:]))
        return out

    def wrap(self, text, first_indent=0):
        words = text.split(" ")
        lines, cur = [], ""
        avail = lambda: self.width - (first_indent if not lines else 0)
        i = 0
        while i < len(words):
            w = words[i]
            cand = w if not cur else cur + " " + w
            if len(cand) <= avail():
                cur = cand
                i += 1
                continue
            room = avail() - len(cur) - (1 if cur else 0)
            best = None
            if self.rng.random() < self.p_hyph:
                fitting = [(h, t) for h, t in self.splits(w) if len(h) <= room]
                # Compositors cut a compound at its own hyphen when they can.
                own = [(h, t) for h, t in fitting if h + t == w]
                if own and self.rng.random() < self.p_own:
                    fitting = own
                for head, tail in fitting:
                    if best is None or len(head) > len(best[0]):
                        best = (head, tail)
            if best:
                cur = best[0] if not cur else cur + " " + best[0]
                lines.append(cur)
                cur = ""
                words[i] = best[1]
                continue
            if not cur:  # a word longer than the column
                lines.append(w)
                i += 1
                continue
            lines.append(cur)
            cur = ""
        if cur:
            lines.append(cur)
        return lines


def layout(cfg, blocks, rng):
    width = int(cfg.get("width", 34))
    para = cfg.get("para", "indent")
    indent = int(cfg.get("indent", 3))
    p_trailing = float(cfg.get("trailing", 0))
    p_double = float(cfg.get("doublespace", 0))
    wr = Wrapper(width, pyphen.Pyphen(lang=LANGS[cfg.get("lang", "en")], left=2, right=3), rng,
                 float(cfg.get("hyphenate", 0.85)), cfg.get("hyphenchar", "-"))
    out, expected, pending_furniture = [], [], None
    previous_kind = None
    for kind, text in blocks:
        if kind == "F":
            pending_furniture = text
            continue
        expected.append(text)
        if kind in ("H", "B", "C"):
            lines = wr.wrap(text) if len(text) > width else [text]
            if para in ("blank", "both") and out and previous_kind == "P":
                out.append("")
            for ln in lines:
                pad = (width - len(ln)) // 2 if cfg.get("center") == "yes" and kind != "C" else 0
                if kind == "C" and cfg.get("center") == "yes":
                    pad = max(0, width - len(ln) - 2)
                out.append(" " * pad + ln)
            if cfg.get("headblank") == "yes" and kind == "H":
                out.append("")
        else:
            ind = indent if para in ("indent", "both") else 0
            lines = wr.wrap(text, first_indent=ind)
            lines[0] = " " * ind + lines[0]
            if para in ("blank", "both") and out and out[-1] != "":
                out.append("")
            if pending_furniture and cfg.get("furniture-here") != "yes" and len(lines) >= 4:
                k = len(lines) // 2
                lines[k:k] = ["", pending_furniture, ""]
                pending_furniture = None
            elif pending_furniture:
                out.extend(["", pending_furniture, ""])
                pending_furniture = None
            out.extend(lines)
        previous_kind = kind
    # Double-spaced extraction: a blank line after every line (paragraph gaps become two).
    if cfg.get("doublespaced") == "yes":
        spaced = []
        for ln in out:
            spaced.append(ln)
            spaced.append("")
        out = spaced
    # Justification damage: a doubled space here and there; trailing spaces.
    final = []
    for ln in out:
        if ln.strip() and p_double and rng.random() < p_double and " " in ln.strip():
            body = ln.lstrip(" ")
            lead = ln[: len(ln) - len(body)]
            gaps = [m.start() for m in re.finditer(" ", body)]
            g = rng.choice(gaps)
            ln = lead + body[:g] + " " + body[g:]
        if ln.strip() and p_trailing and rng.random() < p_trailing:
            ln += " "
        final.append(ln)
    return final, expected


def main(names):
    srcs = sorted((HERE / "src").glob("*.src"))
    for src in srcs:
        if names and src.stem not in names:
            continue
        cfg, blocks = parse(src)
        rng = random.Random(int(cfg.get("seed", 1)))
        lines, expected = layout(cfg, blocks, rng)
        nl = "\r\n" if cfg.get("crlf") == "yes" else "\n"
        (HERE / f"{src.stem}.txt").write_bytes((nl.join(lines) + nl).encode("utf-8"))
        (HERE / f"{src.stem}.expected.txt").write_text("\n".join(expected) + "\n", encoding="utf-8")
        print(f"{src.stem}: {len(lines)} lines, {sum(len(t.split()) for t in expected)} words")


if __name__ == "__main__":
    main(sys.argv[1:])
