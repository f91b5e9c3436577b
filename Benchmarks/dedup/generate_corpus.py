#!/usr/bin/env python3
"""Deterministic corpus for duplicate detection, with ground truth.

Every document is a list of paragraphs. From the fourth document on, a share of documents
reprint a run of consecutive paragraphs of an earlier document's own (non-reprinted)
paragraphs, with character noise (substitutions, full/half-width punctuation swaps) and
different paragraph splits (two paragraphs joined, one split at a sentence end). Chinese
paragraphs open with the formulae of official communiques (各代表团团长注意到, 双方同意 ...),
so boilerplate that starts unrelated paragraphs is part of the test.

Output (in OUT):
  corpus.jsonl   one line per document, in processing order:
                 {"name": "doc000001.tei.xml", "language": "zh", "blocks": [{"id": "p1", "text": "..."}]}
  truth.jsonl    one line per reprinted block:
                 {"document": ..., "block": "p7", "source": "doc000003.tei.xml"}
  txt/NAME.txt   (with --text) the document as a column-wrapped OCR-like text file, for
                 driving `quire clean` end to end.

Usage: generate_corpus.py OUT [--documents N] [--seed S] [--noise 0.02] [--reuse 0.3]
                              [--latin-share 0.2] [--text]
"""
import argparse
import json
import os
import random

OPENINGS = ["各代表团团长注意到", "各代表团团长强调，", "各代表团团长认为，", "双方同意", "双方一致认为，",
            "会议指出，", "团长们支持"]
# A few thousand common Han characters: the start of the CJK block is dense with them.
HAN = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
# Pseudo-words from syllables, drawn with a Zipf-like skew: frequent function words recur in
# every paragraph, content words rarely, as in real prose.
_SYLLABLES = ["ba", "ce", "di", "fo", "gu", "ha", "je", "ki", "lo", "mu", "na", "pe", "qui", "ra", "se", "ti",
              "vo", "wa", "xe", "zu", "an", "el", "in", "or", "us", "str", "tion", "ment", "er", "al"]
_FUNCTION = ["the", "of", "and", "to", "in", "that", "for", "on", "with", "by", "as", "at", "from", "its"]


def _latin_vocabulary(size=4000):
    rng = random.Random(12345)
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


LATIN_WORDS = _latin_vocabulary()


def latin_word(rng):
    if rng.random() < 0.35:
        return rng.choice(_FUNCTION)
    return LATIN_WORDS[min(len(LATIN_WORDS) - 1, int(rng.paretovariate(1.1)) - 1)] if rng.random() < 0.3 else rng.choice(LATIN_WORDS)


LATIN_OPENINGS = ["The heads of delegation noted ", "The parties agreed that ", "The ministers stressed that "]


def han_paragraph(rng):
    text = rng.choice(OPENINGS)
    for _ in range(rng.randint(1, 5)):
        text += "".join(rng.choice(HAN) for _ in range(rng.randint(8, 40)))
        if rng.random() < 0.3:
            text += "（%d 年 %d 月 %d 日）" % (rng.randint(1990, 2024), rng.randint(1, 12), rng.randint(1, 28))
        text += "。"
    return text


def latin_paragraph(rng):
    sentences = []
    for index in range(rng.randint(1, 4)):
        words = [latin_word(rng) for _ in range(rng.randint(6, 24))]
        opening = rng.choice(LATIN_OPENINGS) if index == 0 else ""
        sentences.append(opening + " ".join(words) + (" (%d)" % rng.randint(1990, 2024) if rng.random() < 0.2 else "") + ".")
    return " ".join(sentences)


def noisy(text, rate, rng, latin):
    out = []
    for ch in text:
        if rng.random() < rate and not ch.isspace():
            out.append(rng.choice("abcdefghijklmnopqrstuvwxyz") if latin else rng.choice(HAN))
        else:
            out.append(ch)
    text = "".join(out)
    if not latin and rng.random() < 0.5:
        text = text.replace("（", " (").replace("）", ") ").replace("，", ", ")
    return text


def resplit(paragraphs, rng, latin):
    end = ". " if latin else "。"
    result, index = [], 0
    while index < len(paragraphs):
        roll = rng.random()
        if roll < 0.25 and index + 1 < len(paragraphs):
            result.append(paragraphs[index] + (" " if latin else "") + paragraphs[index + 1])
            index += 2
            continue
        sentences = [s for s in paragraphs[index].split(end) if s.strip()]
        if roll < 0.5 and len(sentences) >= 2:
            cut = rng.randint(1, len(sentences) - 1)
            result.append(end.join(sentences[:cut]) + end.strip())
            result.append(end.join(sentences[cut:]) + ("" if paragraphs[index].endswith(end.strip()) else ""))
        else:
            result.append(paragraphs[index])
        index += 1
    return result


def wrap(paragraph, width, latin):
    """Column-wrap a paragraph as OCR delivers it (no hyphenation, blank lines between paragraphs)."""
    if latin:
        lines, line = [], ""
        for word in paragraph.split():
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = (line + " " + word) if line else word
        return lines + ([line] if line else [])
    return [paragraph[i:i + width] for i in range(0, len(paragraph), width)]


def generate(args):
    rng = random.Random(args.seed)
    own = []  # each document's own paragraphs
    documents, truth = [], []
    for number in range(args.documents):
        latin = rng.random() < args.latin_share
        name = "doc%06d.tei.xml" % number
        paragraphs = [(latin_paragraph(rng) if latin else han_paragraph(rng)) for _ in range(rng.randint(6, 14))]
        own.append((latin, paragraphs))
        entries = [(p, None) for p in paragraphs]
        if number >= 3 and rng.random() < args.reuse:
            # Reprint from an earlier document of the same script.
            sources = [n for n in range(number) if own[n][0] == latin]
            if sources:
                source = rng.choice(sources)
                source_paragraphs = own[source][1]
                length = rng.randint(1, min(6, len(source_paragraphs)))
                start = rng.randint(0, len(source_paragraphs) - length)
                reused = resplit([noisy(p, args.noise, rng, latin) for p in source_paragraphs[start:start + length]], rng, latin)
                at = rng.randint(0, len(entries))
                entries[at:at] = [(p, "doc%06d.tei.xml" % source) for p in reused]
        blocks = []
        for index, (text, source) in enumerate(entries):
            block_id = "p%d" % (index + 1)
            blocks.append({"id": block_id, "text": text})
            if source:
                truth.append({"document": name, "block": block_id, "source": source})
        documents.append({"name": name, "language": "en" if latin else "zh", "blocks": blocks})
    return documents, truth


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--noise", type=float, default=0.02)
    parser.add_argument("--reuse", type=float, default=0.3)
    parser.add_argument("--latin-share", type=float, default=0.2)
    parser.add_argument("--text", action="store_true", help="also write column-wrapped .txt files")
    args = parser.parse_args()
    documents, truth = generate(args)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for document in documents:
            f.write(json.dumps(document, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for entry in truth:
            f.write(json.dumps(entry) + "\n")
    if args.text:
        rng = random.Random(args.seed + 1)
        os.makedirs(os.path.join(args.out, "txt"), exist_ok=True)
        for document in documents:
            latin = document["language"] == "en"
            width = rng.randint(40, 70) if latin else rng.randint(12, 24)
            lines = []
            for block in document["blocks"]:
                lines += wrap(block["text"], width, latin) + [""]
            stem = document["name"][: -len(".tei.xml")]
            with open(os.path.join(args.out, "txt", stem + ".txt"), "w", encoding="utf-8") as f:
                f.write("\n".join(lines))
    print("%d documents, %d blocks, %d reprinted blocks -> %s" % (
        len(documents), sum(len(d["blocks"]) for d in documents), len(truth), args.out))


if __name__ == "__main__":
    main()
