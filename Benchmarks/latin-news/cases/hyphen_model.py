"""Python model of HyphenationEvidence.removesHyphen (Junction.swift) to measure proposed rules
on every line-end hyphen of the benchmark. Mirrors the Swift code (with rules=() it reproduces
Quire's 206/227 on this set exactly). Proposed rules, each switchable:
  K1 `to-` + day/morrow/night keeps its hyphen (unless the document prints the closed form)
  K2 an always-hyphenated head (`ex-`) keeps its hyphen even when the tail is no English word
     (English documents only; German `so¬lange` must still join)
  K3 `co-`/`re-`/`pre-` before the same vowel keep the hyphen (co-operation, re-elected)
  K4 two pieces that are words mean a compound only if the head has 3+ letters (or is
     ex/so/by/up...) and is not a capitalised name piece (`Green-`/`wood`, `re-`/`nominated`)
  K5 `rn` read for `m`: the joined form with rn->m is a word -> a split word (`corn-`/`mission`)
  K6 `¬` (ABBYY's mark for a hyphenation at a line end) + lowercase tail -> a split word
  K8 a head that is itself the inner part of a hyphen chain (`c'est-à-`/`dire`) keeps it
  K9 French documents: known compound heads (après, peut, porte...) or pronoun tails (-il, -on)
  K12 an all-capitals word cut in two (`WASH-`/`INGTON`, `CON-`/`GRESS`) is decided like a
     lower-case one: the capital-tail rule (`Anglo-`/`American`) is for mixed-case text
  DE German documents: no English two-words rule (German compounds are written closed)"""
import sys, pathlib, re, collections
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from score import Page
LEX = set(open(HERE.parent.parent.parent / "Sources/QuireText/Resources/english-words.txt", encoding="utf-8").read().split("\n"))
HY = set("-\u2010\u00ac\u2e17")
ALWAYS = {"self","ex","all","well","half","quasi","vice","great","so"}
def isletter(c): return c.isalpha()
def evidence(lines):
    words, compounds = set(), set()
    prev_h = False
    for line in lines:
        line = line.strip()
        if not line: continue
        skip = prev_h
        prev_h = line[-1] in HY
        toks = []
        k = 0; start = -1
        for k, c in enumerate(line):
            isl = isletter(c) or c in "'’"
            if skip:
                if isl: continue
                skip = False
            if isl or c in HY:
                if start < 0: start = k
            elif start >= 0:
                toks.append((line[start:k], False)); start = -1
        if start >= 0: toks.append((line[start:], True))
        for w, at_end in toks:
            if at_end and w[-1] in HY: continue
            w = w.strip("".join(sorted(HY)))
            if not w: continue
            parts = re.split("[" + re.escape("".join(sorted(HY))) + "]", w)
            if len(parts) > 1:
                compounds.add("-".join(parts).lower())
                for p in parts:
                    if p: words.add(p.lower())
            else:
                words.add(w.lower())
    return words, compounds
def removes(head, tail, words, compounds, known=frozenset(), mark="-", prev="", lang="en", rules=()):
    h, t = head.lower(), tail.lower()
    j = h + t
    if f"{h}-{t}" in compounds or f"{h}-{t}" in known: return False
    if j in words or j in known: return True
    if "K6" in rules and mark == "\u00ac" and tail[:1].islower(): return True
    caps = "K12" in rules and head.isupper() and tail.isupper() and len(tail) >= 2
    if tail[:1].isupper() and not caps: return False
    if "K8" in rules and prev == "-" and (len(h) <= 2 or h in words or h in LEX): return False
    if "K1" in rules and h == "to" and t in ("day", "morrow", "night"): return False
    if "K3" in rules and h in ("co", "re", "pre") and t[:1] == h[-1:] and t[:1] in "aeiou": return False
    if "K9" in rules and lang == "fr" and (h in FR_HEADS or t in FR_TAILS): return False
    if "DE" in rules and lang == "de": return True
    lex = LEX
    if j in lex: return True
    isw = lambda w: w in words or w in known or w in lex
    if "K2" in rules:
        if h in ALWAYS and (lang == "en" or isw(t)): return False
    elif h in ALWAYS and isw(t): return False
    if "K5" in rules and j.replace("rn", "m") in lex: return True
    two = len(h) >= 2 and len(t) >= 2
    if "K4" in rules:
        mixed_capital = head[:1].isupper() and not head.isupper()
        two = (len(h) >= 3 or h in ALWAYS or h in ("by", "up")) and len(t) >= 2 and not (mixed_capital and h not in ALWAYS)
    if two and isw(h) and isw(t): return False
    return True
FR_HEADS = {"après","avant","arrière","peut","porte","grand","grande","petit","belle","beau","chef","sous","demi","mi","semi","contre","entre","garde","hors","non","vis","arc","chemin","haut","basse","nord","sud","tout"}
FR_TAILS = {"il","elle","ils","elles","on","ce","là","ci","même","mêmes","moi","toi","lui","nous","vous"}
def breaks(page):
    """(head, tail, mark, prev char before head, expected decision, got-by-quire) per hyphen break."""
    out = []
    for brk, want in zip(page.breaks, page.expected_decisions):
        left, right, hyph, n = brk
        if not hyph: continue
        line = page.lines[n].rstrip()
        mark = line[-1]
        body = line[:-1]
        m = re.search(r"(\w+)$", body)
        nxt = page.lines[page.line_of[right]].strip()
        m2 = re.match(r"([^\W\d_]+)", nxt)
        if not m or not m2 or not body[-1].isalpha(): continue
        head = m.group(1); tail = m2.group(1)
        prev = body[m.start(1) - 1] if m.start(1) > 0 else ""
        out.append((head, tail, mark, prev, want))
    return out
RULESETS = [(), ("K1",), ("K2",), ("K3",), ("K4",), ("K5",), ("K6",), ("K8",), ("K9",), ("K12",), ("DE",), ("K1","K2","K3","K4","K5","K6","K8","K9","K12","DE")]
LANG = lambda stem: "fr" if stem.startswith(("f", "h06")) else "de" if stem.startswith(("d", "h07")) else "en"
def main():
    res = collections.defaultdict(lambda: [0, 0])
    changes = collections.defaultdict(list)
    for p in sorted(HERE.parent.glob("*.txt")):
        if p.name.endswith(".expected.txt"): continue
        page = Page(p)
        words, compounds = evidence(page.lines)
        for head, tail, mark, prev, want in breaks(page):
            if want not in ("rejoin-split-word", "keep-compound"): continue
            base = removes(head, tail, words, compounds, mark=mark, prev=prev, lang=LANG(p.stem))
            for rs in RULESETS:
                r = removes(head, tail, words, compounds, mark=mark, prev=prev, lang=LANG(p.stem), rules=rs)
                ok = (want == "rejoin-split-word") == r
                res[rs][0] += ok; res[rs][1] += 1
                if len(rs) > 1 and not ok:
                    changes[("REMAINING",)].append(f"{p.stem}: {head}{mark}/{tail} want {want}")
                if rs and r != base and len(rs) == 1:
                    changes[rs].append(f"{p.stem}: {head}{mark}/{tail} want {want} -> {'fixed' if ok else 'BROKEN'}")
    for rs in RULESETS:
        print(f"{'+'.join(rs) or 'current':40} {res[rs][0]}/{res[rs][1]}")
    for rs, ch in changes.items():
        print(rs)
        for c in ch: print("   ", c)


if __name__ == "__main__":
    main()
