"""Turns clean blocks into text as OCR and PDF extraction deliver it.

Each document draws its own layout (column width, paragraph separation, page breaks) and its
own habits of damage (half-width punctuation, spaces around digits, letterspaced lines,
hyphenation, ligatures), so the corpus holds many layouts, not one.
"""

import random
import re
from dataclasses import dataclass

CJK = r"\u4e00-\u9fff"
DIGIT_CJK = re.compile(rf"(?<=[0-9])(?=[{CJK}])|(?<=[{CJK}])(?=[0-9])")


@dataclass
class Layout:
    width: int
    separation: str  # "double" (blank after every line), "blank", "indent" or "none"
    page_lines: int  # lines per page; 0 = no page breaks
    half_width: bool = False
    digit_spaces: bool = False
    letterspacing: float = 0.0  # share of lines letterspaced
    hyphenate: bool = True
    ligatures: bool = False
    spaced_title: bool = False


def draw_layout(rng: random.Random, language: str) -> Layout:
    zh = language == "zh"
    return Layout(
        width=rng.randint(15, 40) if zh else rng.randint(40, 80),
        separation=rng.choice(["double", "double", "blank", "indent", "none"] if zh else ["double", "blank", "blank", "indent", "none"]),
        page_lines=rng.randint(30, 60) if rng.random() < 0.5 else 0,
        half_width=zh and rng.random() < 0.4,
        digit_spaces=zh and rng.random() < 0.5,
        letterspacing=(0.15 if rng.random() < 0.3 else 0.0),
        hyphenate=(not zh) and rng.random() < 0.85,
        ligatures=(not zh) and rng.random() < 0.2,
        spaced_title=(not zh) and rng.random() < 0.15,
    )


def clean_title(text: str, layout: Layout) -> str:
    """The reading text of a title: a letterspaced Latin title is set in capitals."""
    return text.upper() if layout.spaced_title else text


# --- text-level damage ------------------------------------------------------------------------

def damage_zh_text(text: str, layout: Layout, rng: random.Random) -> str:
    if layout.half_width:
        out = []
        for ch in text:
            if ch == "，" and rng.random() < 0.5:
                out.append(", " if rng.random() < 0.5 else ",")
            elif ch == "（" and rng.random() < 0.5:
                out.append("(")
            elif ch == "）" and rng.random() < 0.5:
                out.append(")")
            else:
                out.append(ch)
        text = "".join(out)
    if layout.digit_spaces:
        text = DIGIT_CJK.sub(lambda m: " " if rng.random() < 0.8 else "", text)
    return text


def damage_en_text(text: str, layout: Layout, rng: random.Random) -> str:
    if layout.ligatures:
        text = re.sub("fi|fl", lambda m: {"fi": "\ufb01", "fl": "\ufb02"}[m.group()] if rng.random() < 0.5 else m.group(), text)
    return text


# --- wrapping ---------------------------------------------------------------------------------

NO_LINE_START = set("，。、；：？！）》」』”,.;:?!)")


def wrap_zh(text: str, width: int, first_indent: str) -> list[str]:
    """Cuts every `width` characters; punctuation that may not start a line hangs at the end
    of the previous one, as typesetters do."""
    text = first_indent + text
    lines, start = [], 0
    while start < len(text):
        end = min(start + width, len(text))
        while end < len(text) and text[end] in NO_LINE_START:
            end += 1
        # Typesetters keep a number or Latin word whole: cut before it (or after, if it fills the line).
        if end < len(text) and _latin_unit(text[end - 1]) and _latin_unit(text[end]):
            back = end
            while back > start and _latin_unit(text[back - 1]):
                back -= 1
            if back > start:
                end = back
            else:
                while end < len(text) and _latin_unit(text[end]):
                    end += 1
        lines.append(text[start:end])
        start = end
    return lines or [""]


def wrap_en(text: str, width: int, first_indent: str, hyphenate: bool, rng: random.Random) -> list[str]:
    lines, line = [], first_indent
    for word in text.split(" "):
        room = width - len(line) - (1 if line.strip() else 0)
        if len(word) <= room:
            line = f"{line} {word}" if line.strip() else line + word
            continue
        head, rest = None, None
        if "-" in word and word.index("-") + 1 <= room:
            cut = word.index("-") + 1  # a real compound breaks at its own hyphen, which stays
            head, rest = word[:cut], word[cut:]
        elif hyphenate and word.isalpha() and len(word) >= 7 and room >= 4:
            cut = min(room - 1, len(word) - 3)
            if cut >= 3:
                cut = rng.randint(3, cut)
                head, rest = word[:cut] + "-", word[cut:]
        if head is not None:
            lines.append(f"{line} {head}" if line.strip() else line + head)
            line = rest
        else:
            if line.strip():
                lines.append(line)
            line = word
    lines.append(line)
    return lines


def _latin_unit(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in ".%")


def letterspace(line: str) -> str:
    """A justified CJK line: a space between every character, a number or Latin word kept whole."""
    units, current = [], ""
    for ch in line:
        if ch == " ":
            continue
        if _latin_unit(ch):
            current += ch
            continue
        if current:
            units.append(current)
            current = ""
        units.append(ch)
    if current:
        units.append(current)
    return " ".join(units)


def spaced_title(text: str) -> str:
    return "   ".join(" ".join(word.upper()) for word in text.split(" "))


# --- assembling a page ------------------------------------------------------------------------

def render(blocks: list[tuple[str, str]], language: str, layout: Layout, rng: random.Random) -> str:
    """The damaged text of one document, as a single string with a final newline."""
    zh = language == "zh"
    paragraphs: list[list[str]] = []
    for index, (kind, text) in enumerate(blocks):
        if index == 0 and kind == "head":
            title = spaced_title(text) if layout.spaced_title else text
            pad = " " * rng.randint(0, 8)
            paragraphs.append([pad + title])
            continue
        if kind in ("signed", "date", "dateline"):
            paragraphs.append([damage_zh_text(text, layout, rng) if zh else text])
            continue
        indent = ("\u3000\u3000" if zh else "    ") if layout.separation == "indent" else ""
        if zh:
            lines = wrap_zh(damage_zh_text(text, layout, rng), layout.width, indent)
            if layout.letterspacing:
                lines = [letterspace(l) if rng.random() < layout.letterspacing else l for l in lines]
        else:
            lines = wrap_en(damage_en_text(text, layout, rng), layout.width, indent, layout.hyphenate, rng)
        paragraphs.append(lines)

    out: list[str] = []
    printed = 0
    page = 1
    for p_index, lines in enumerate(paragraphs):
        if p_index > 0 and layout.separation == "blank":
            out.append("")
        for line in lines:
            out.append(line)
            if layout.separation == "double":
                out.append("")
            printed += 1
            if layout.page_lines and printed % layout.page_lines == 0:
                page += 1
                out.extend(["", "", f"- {page} -" if rng.random() < 0.7 else f"{page}", "", ""])
    return "\n".join(out).rstrip("\n") + "\n"
