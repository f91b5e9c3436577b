#!/usr/bin/env python3
"""Helpers for make_probes.py: wrap Chinese and Latin text as a PDF extractor or OCR engine would.

Chinese text is cut with `zh-layouts/gen.py`'s `wrap` (CJK = 1 em, ASCII = 1/2 em, kinsoku).
Latin text is cut at spaces, at a `~` (a hyphenation point: the line ends with `-`, the reading
text has no hyphen) and after a `-` of a compound (kept in the reading text).
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "zh-layouts"))
from gen import wrap as zh_wrap, letterspace, HALF  # noqa: E402

CJK = re.compile(r"[\u3400-\u9fff]")


def latin_wrap(text, width, indent="", hang=""):
    """Cut `text` at `width` characters; `~` marks where a word may be hyphenated."""
    tokens = re.findall(r"\S+|\s+", text)
    lines, cur = [], indent
    for tok in tokens:
        if tok.isspace():
            if cur.strip():
                cur += " "
            continue
        word = tok
        while True:
            plain = word.replace("~", "")
            if len(cur) + len(plain) <= width:
                cur += plain
                break
            # try the last hyphenation point (or compound hyphen) that fits
            best = None
            for m in re.finditer(r"~|-", word):
                head = word[: m.start()].replace("~", "") + "-"
                if m.group() == "-" and m.start() + 1 >= len(word):
                    continue
                if len(cur) + len(head) <= width and len(word[: m.start()].replace("~", "")) >= 2:
                    best = m
            if best is not None:
                cur += word[: best.start()].replace("~", "") + "-"
                lines.append(cur.rstrip())
                cur = hang
                word = word[best.end():]
                continue
            if cur.strip():
                lines.append(cur.rstrip())
                cur = hang
                continue
            cur += plain  # a word longer than the line
            break
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def cut(text, width, indent="", hang=""):
    if CJK.search(text):
        lines = zh_wrap(text, width, indent)
        return [lines[0]] + [hang + l for l in lines[1:]]
    return latin_wrap(text, int(width * 2), indent, hang)


def render(page):
    """`page`: dict(width, blanks, indent, items). Returns (input text, expected blocks)."""
    width = page["width"]
    blanks = page.get("blanks", "none")
    out, expected = [], []

    def emit(line, furniture=False):
        out.append(line.rstrip())
        if blanks == "every" and not furniture:
            out.append("")

    for item in page["items"]:
        kind, body = item[0], item[1]
        opt = item[2] if len(item) > 2 else {}
        if kind == "f":  # furniture lines, not reading text
            for line in body.split("\n"):
                emit(line, furniture=True)
            continue
        if kind == "gap":  # bare blank lines
            out.extend([""] * body)
            continue
        if kind == "l":  # a block rendered as given lines
            text, rendered = body, opt["as"]
            lines = rendered.split("\n")
        else:  # "p": a block wrapped at the column
            text = body
            lines = cut(text.replace("~", "") if CJK.search(text) else text, opt.get("width", width),
                        opt.get("indent", page.get("indent", "")), opt.get("hang", ""))
        lines = [l.replace("¤", " ") for l in lines]  # ¤: a no-break space (French « ; : ! ? »)
        for fn in opt.get("post", []):
            lines = [fn(l) for l in lines]
        for k, line in enumerate(lines):
            emit(line)
            if k in opt.get("furniture_after", {}):
                for f in opt["furniture_after"][k].split("\n"):
                    emit(f, furniture=True)
        if blanks == "para":
            out.append("")
        expected.append(text.replace("~", "").replace("¤", " "))
    return "\n".join(out).rstrip("\n") + "\n", expected
