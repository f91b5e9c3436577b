#!/usr/bin/env python3
"""Render the clean texts in clean/ (one block per line) as damaged extractions.

Deterministic: every layout has its own seed. Writes NAME.txt (damaged) and NAME.expected.txt (the
clean text, unchanged) for the generated layouts listed in LAYOUTS. Hand-made pages (NAME.txt +
NAME.expected.txt written by hand) are not touched.

What a layout can do, as PDF tools and OCR engines do:
- wrap every paragraph at a column width in ems (CJK = 1 em, ASCII = 1/2 em), with the usual
  kinsoku (no closing mark at a line start, no opening mark at a line end); Latin words are not
  cut, digit runs may be;
- indent first lines (ideographic or ASCII spaces), right-align or centre short closing lines;
- blank lines: none, between paragraphs, or after every line;
- page furniture every N lines (running header, page number in several forms);
- justification letterspacing on some full lines (every character spaced);
- spaces around digits and Latin runs (`2022 年 11 月`);
- half-width punctuation (`,` `:` `;` `(` `)`) with or without a following space, OCR style;
- full-width digits; stray single spaces inside words.
"""
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CLOSING = set("，。、；：？！）》”」』〉…%％")
OPENING = set("（《“「『〈")
LATIN = re.compile(r"[A-Za-z]")


def em(ch):
    return 0.5 if ord(ch) < 0x2000 and ch not in "—…" else 1.0


def is_prose(block):
    return len(block) > 0 and block[-1] in "。：；！？”）" and len(block) > 20


def wrap(text, width, first_indent):
    """Cut `text` into lines of at most `width` ems; the first line starts with `first_indent`."""
    lines, cur, w = [], first_indent, sum(em(c) for c in first_indent)
    i = 0
    while i < len(text):
        ch = text[i]
        # Keep a Latin word whole.
        if LATIN.match(ch):
            j = i
            while j < len(text) and (LATIN.match(text[j]) or text[j] in "-"):
                j += 1
            word = text[i:j]
            ww = sum(em(c) for c in word)
            if w + ww > width and cur.strip():
                lines.append(cur)
                cur, w = "", 0.0
            cur += word
            w += ww
            i = j
            continue
        if w + em(ch) > width and cur.strip():
            if ch in CLOSING:  # hang the mark (and any marks after it) on this line
                while i < len(text) and text[i] in CLOSING:
                    cur += text[i]
                    i += 1
                lines.append(cur)
                cur, w = "", 0.0
                continue
            if cur[-1] in OPENING:  # push the opening mark down
                lines.append(cur[:-1])
                cur, w = cur[-1], em(cur[-1])
            else:
                lines.append(cur)
                cur, w = "", 0.0
        cur += ch
        w += em(ch)
        i += 1
    if cur.strip():
        lines.append(cur)
    return lines


def letterspace(line):
    out = []
    for k, ch in enumerate(line):
        out.append(ch)
        if k + 1 < len(line):
            a, b = ch, line[k + 1]
            # an ASCII run (a number, a Latin token, 3.5%) stays together
            if a.isascii() and b.isascii():
                continue
            if a in " \u3000" or b in " \u3000":
                if a == " ":
                    out.append("  ")  # a printed gap (title and name) stays wider than the spacing
                continue
            out.append(" ")
    return "".join(out)


def space_digits(line):
    # a space on each side of a run of ASCII digits/letters that touches CJK
    return re.sub(r"(?<=[\u4e00-\u9fff])([0-9A-Za-z][0-9A-Za-z.%\-]*)(?=[\u4e00-\u9fff])", r" \1 ", line)


HALF = {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "？": "?", "！": "!"}


def halfwidth(line, rng, p, space_after):
    out = []
    for ch in line:
        if ch in HALF and rng.random() < p:
            out.append(HALF[ch] + (" " if space_after and ch in "，：；）" else ""))
        else:
            out.append(ch)
    return "".join(out)


def fullwidth_digits(line):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() and c.isascii() else c for c in line)


def stray_spaces(line, rng, p):
    out = []
    for k, ch in enumerate(line):
        out.append(ch)
        if k + 1 < len(line) and "\u4e00" <= ch <= "\u9fff" and "\u4e00" <= line[k + 1] <= "\u9fff" and rng.random() < p:
            out.append(" ")
    return "".join(out)


def render(blocks, L, rng):
    width = L["width"]
    indent = L.get("indent", "")
    pad = lambda s: s  # noqa: E731
    rendered = []  # list of (lines, is_paragraph_end_block)
    for bi, block in enumerate(blocks):
        if bi in L.get("title_split", {}):
            cuts = L["title_split"][bi]
            parts, start = [], 0
            for c in cuts + [len(block)]:
                parts.append(block[start:c])
                start = c
            lines = [" " * int(max(0, (width - len(p)))) + p for p in parts]
        elif is_prose(block) or len(block) > width or block[-1] in "。！？；：":
            lines = wrap(block, width, indent)
        else:
            short = block
            if L.get("align_closers") and bi >= len(blocks) - L.get("closer_count", 0):
                short = " " * int(2 * (width - len(block)) - 4) + block
            elif L.get("centre_headings") and len(block) < width * 0.6 and not is_prose(block):
                short = " " * int(width - len(block)) + block
            elif indent and block.startswith(("（", "第", "一", "二", "三", "四", "1", "①", "②", "③")) and False:
                short = indent + block
            lines = [short]
        out = []
        for k, line in enumerate(lines):
            full = k + 1 < len(lines)
            if full and rng.random() < L.get("letterspace", 0):
                line = letterspace(line)
            if L.get("ocr_letterspace"):
                line = letterspace(line)
            if L.get("digit_spaces") and rng.random() < L["digit_spaces"]:
                line = space_digits(line)
            if L.get("halfwidth"):
                line = halfwidth(line, rng, L["halfwidth"], L.get("half_space", False))
            if L.get("stray"):
                line = stray_spaces(line, rng, L["stray"])
            if L.get("fullwidth_digits") and rng.random() < L["fullwidth_digits"]:
                line = fullwidth_digits(line)
            out.append(line)
        rendered.append(out)
    # Assemble with blank-line policy and page furniture.
    result = []
    count = 0
    page = L.get("first_page", 1)
    per_page = L.get("page_lines")
    for bi, lines in enumerate(rendered):
        for k, line in enumerate(lines):
            if per_page and count and count % per_page == 0:
                result.extend(furniture(L, page))
                page += 1
            result.append(line.rstrip())
            count += 1
            last_of_block = k == len(lines) - 1
            if L["blanks"] == "every":
                result.append("")
            elif L["blanks"] == "para" and last_of_block:
                result.append("")
    if per_page and L.get("final_footer"):
        result.extend(furniture(L, page))
    return "\n".join(result).rstrip("\n") + "\n"


def furniture(L, page):
    out = []
    foot = L.get("footer")
    head = L.get("header")
    if foot:
        out += ["", " " * 16 + foot.format(n=page, total=L.get("total_pages", 9)), ""]
    if head:
        out += [head.format(n=page + 1), ""]
    if L.get("page_break_char"):
        out.append("\f")
    return out


LAYOUTS = {
    # pdftotext of a Word-made notice: indented first lines, no blank lines, `— 3 —` footers.
    "g01_notice_pdftotext": dict(src="t1_notice", width=38, indent="　　", blanks="none", page_lines=22,
                                 footer="— {n} —", title_split={0: [15]}, align_closers=True, closer_count=3,
                                 letterspace=0.12, digit_spaces=0.5, seed=1),
    # PyMuPDF of a news page: no indent, no blank lines at all, running header with a date + `第 n 页 共 m 页`.
    "g02_news_pymupdf_noblank": dict(src="t2_news", width=40, blanks="none", page_lines=14,
                                     header="经济参考 2023年10月21日 星期六", footer="第 {n} 页 共 4 页", total_pages=4,
                                     seed=2),
    # The sample's style: a blank line after every line, 36 ems, justification letterspacing.
    "g03_regulation_doublespaced": dict(src="t3_regulation", width=36, blanks="every", letterspace=0.2,
                                        digit_spaces=1.0, page_lines=30, footer="- {n} -", centre_headings=True, seed=3),
    # Tesseract chi_sim: every character spaced, half-width punctuation, paragraphs separated by blanks.
    "g04_workplan_tesseract": dict(src="t4_workplan", width=34, blanks="para", ocr_letterspace=True,
                                   halfwidth=0.5, half_space=True, seed=4),
    # Traditional Chinese, Big5 file, indented first lines, blank lines between paragraphs.
    "g06_trad_big5": dict(src="t6_trad", width=30, indent="　　", blanks="para", digit_spaces=1.0, encoding="big5",
                          seed=6),
    # PaddleOCR: one detected line per line, no blanks, `,` vs `，` confusion, stray spaces, full-width digits.
    "g10_flood_paddleocr": dict(src="t10_flood", width=28, indent="  ", blanks="none", halfwidth=0.35,
                                stray=0.03, fullwidth_digits=0.5, seed=10),
    # pdftotext -layout of a report: ASCII indent, no blanks, page numbers `- n -` and a running title.
    "g11_report_pdftotext": dict(src="t11_report", width=39, indent="    ", blanks="none", page_lines=18,
                                 footer="- {n} -", header="2023年全市国民经济和社会发展计划执行情况的报告", digit_spaces=0.6,
                                 seed=11),
    # Newspaper column of 13 ems, a blank after every line (the same news text as g02).
    "g13_news_column13": dict(src="t2_news", width=13, indent="", blanks="every", digit_spaces=0.3, seed=13),
    # A second layout of the notice: 44 ems, blank lines between paragraphs, no indentation, OCR `,`.
    "g14_notice_parablank_ocr": dict(src="t1_notice", width=44, blanks="para", halfwidth=0.25, half_space=False,
                                     stray=0.02, seed=14),
    # The regulation in a narrow 24-em column, no blanks, no indent (only short last lines mark ends).
    "g15_regulation_narrow_noblank": dict(src="t3_regulation", width=24, blanks="none", seed=15),
    # The report double-spaced with wide (2-blank) gaps between paragraphs.
    "g16_report_widegaps": dict(src="t11_report", width=35, blanks="every", seed=16, wide=True),
    # The flood text as pdftotext: 32 ems, indent, footers `第 n 页`.
    "g17_flood_pdftotext": dict(src="t10_flood", width=32, indent="　　", blanks="none", page_lines=12,
                                footer="第 {n} 页", digit_spaces=1.0, seed=17),
    "g21_rules_pdftotext_indent": dict(src="t21_rules", width=40, indent="　　", blanks="none", page_lines=20,
                                       footer="- {n} -", centre_headings=True, digit_spaces=0.5, letterspace=0.1, seed=21),
    "g21b_rules_tesseract": dict(src="t21_rules", width=30, blanks="para", ocr_letterspace=True, halfwidth=0.4,
                                 half_space=True, seed=22),
    "g22_feature_column16": dict(src="t22_feature", width=16, blanks="every", seed=23),
    "g22b_feature_pymupdf": dict(src="t22_feature", width=38, blanks="para", letterspace=0.25, digit_spaces=0.5, seed=24),
    "g23_statement_noblank": dict(src="t23_statement", width=36, blanks="none", seed=25),
    "g25_statistics_pdftotext": dict(src="t25_statistics", width=42, indent="　　", blanks="none", page_lines=16,
                                     footer="— {n} —", header="江城市2023年国民经济和社会发展统计公报", digit_spaces=0.7,
                                     letterspace=0.15, seed=26),
    "g06b_trad_utf8_column15": dict(src="t6_trad", width=15, blanks="every", fullwidth_digits=0.5, seed=28),
    "g23b_statement_doublespaced": dict(src="t23_statement", width=34, blanks="every", letterspace=0.3,
                                        digit_spaces=1.0, seed=29),
    "g27_agreement_doublespaced": dict(src="t27_agreement", width=34, blanks="every", letterspace=0.15,
                                       digit_spaces=1.0, seed=30),
    # The notice as a plain PyMuPDF dump: 36 ems, no blank lines, no indentation (only line lengths tell).
    "g18_notice_noblank_noindent": dict(src="t1_notice", width=36, blanks="none", seed=31),
    # A communiqué like the samples, in four other layouts.
    "g29_communique_pymupdf_flat": dict(src="t29_communique", width=40, blanks="none", seed=40),
    "g29b_communique_pdftotext_indent": dict(src="t29_communique", width=37, indent="　　", blanks="none", page_lines=16,
                                             footer="— {n} —", align_closers=True, closer_count=6, digit_spaces=0.6,
                                             letterspace=0.15, seed=41),
    "g29c_communique_tesseract": dict(src="t29_communique", width=36, blanks="para", ocr_letterspace=True,
                                      halfwidth=0.3, half_space=True, seed=42),
    "g29d_communique_column18": dict(src="t29_communique", width=18, blanks="every", digit_spaces=0.4, seed=43),
    "g25b_statistics_column20": dict(src="t25_statistics", width=20, blanks="every", fullwidth_digits=0.3, seed=27),
}


def main():
    only = set(sys.argv[1:])
    for name, L in LAYOUTS.items():
        if only and name not in only:
            continue
        rng = random.Random(L["seed"])
        with open(os.path.join(HERE, "clean", L["src"] + ".txt"), encoding="utf-8") as f:
            blocks = [b for b in f.read().split("\n") if b]
        text = render(blocks, L, rng)
        if L.get("wide"):
            # every line followed by a blank; paragraph ends followed by two
            text = widen(blocks, L, rng)
        enc = L.get("encoding", "utf-8")
        with open(os.path.join(HERE, name + ".txt"), "wb") as f:
            f.write(text.encode(enc))
        with open(os.path.join(HERE, name + ".expected.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(blocks) + "\n")


def widen(blocks, L, rng):
    out = []
    for block in blocks:
        lines = wrap(block, L["width"], "") if (is_prose(block) or len(block) > L["width"]) else [block]
        for line in lines:
            out += [line, ""]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


if __name__ == "__main__":
    main()
