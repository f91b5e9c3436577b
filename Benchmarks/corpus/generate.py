#!/usr/bin/env python3
"""Generates the benchmark corpus: damaged OCR-like inputs, their clean reading text, and the
ground truth of every section one document reuses from an earlier one.

    python3 Benchmarks/corpus/generate.py --seed 1 --docs 1000 --out Benchmarks/out/corpus-1k

Writes, under --out:
  input/NNNNNN_zh.txt   the damaged text (UTF-8), names sort in processing order
  clean/NNNNNN_zh.txt   the expected reading text, one block (head, p, signed, date, dateline) per line
  truth.json            {"documents": [{name, language, blocks, kinds, layout}],
                         "sections": [{doc, paragraphs: [first, last], source, source_paragraphs: [first, last]}]}
Block indices are 0-based lines of the clean file, ranges inclusive. A reused section is a run
of the source's paragraphs copied with about 2 % character noise and split into paragraphs
differently (two merged, or one split at a sentence end).

Deterministic: the same --seed and --docs give byte-identical output.
"""

import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import damage  # noqa: E402
import prose  # noqa: E402

ZH_NOISE_POOL = sorted(set(prose.COMMON_HANZI))
EN_NOISE_POOL = "abcdefghijklmnopqrstuvwxyz"


def noisy(text: str, language: str, rate: float, rng: random.Random) -> str:
    """About `rate` of the characters substituted, dropped or doubled, as OCR errors are."""
    pool = ZH_NOISE_POOL if language == "zh" else EN_NOISE_POOL
    out = []
    for ch in text:
        if ch == " " or rng.random() >= rate:
            out.append(ch)
            continue
        roll = rng.random()
        if roll < 0.7:
            out.append(rng.choice(pool))
        elif roll < 0.85:
            continue
        else:
            out.append(ch + rng.choice(pool))
    return "".join(out) or text


def resplit(paragraphs: list[str], language: str, rng: random.Random) -> list[str]:
    """The same text split into paragraphs differently from the source."""
    paragraphs = list(paragraphs)
    roll = rng.random()
    joiner = "" if language == "zh" else " "
    if roll < 0.35 and len(paragraphs) >= 2:
        i = rng.randrange(len(paragraphs) - 1)
        paragraphs[i:i + 2] = [paragraphs[i] + joiner + paragraphs[i + 1]]
    elif roll < 0.7:
        candidates = [i for i, p in enumerate(paragraphs) if len(prose.sentences(p, language)) >= 2]
        if candidates:
            i = rng.choice(candidates)
            parts = prose.sentences(paragraphs[i], language)
            cut = rng.randint(1, len(parts) - 1)
            sep = "" if language == "zh" else " "
            paragraphs[i:i + 1] = [sep.join(parts[:cut]), sep.join(parts[cut:])]
    return paragraphs


def generate(seed: int, count: int, out: str, reuse_share: float, zh_share: float, noise: float) -> None:
    rng = random.Random(seed)
    lexicon = prose.Lexicon(random.Random(seed * 7919 + 1))
    os.makedirs(os.path.join(out, "input"), exist_ok=True)
    os.makedirs(os.path.join(out, "clean"), exist_ok=True)
    documents, sections = [], []
    # Earlier documents' clean blocks by language, for reuse: (name, blocks).
    earlier: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {"zh": [], "en": []}
    for number in range(count):
        language = "zh" if rng.random() < zh_share else "en"
        name = f"{number:06d}_{language}"
        layout = damage.draw_layout(rng, language)
        blocks = prose.zh_document(rng, lexicon) if language == "zh" else prose.en_document(rng, lexicon)
        blocks[0] = (blocks[0][0], damage.clean_title(blocks[0][1], layout))
        reuse = None
        pool = earlier[language]
        if pool and rng.random() < reuse_share:
            source_name, source_blocks = rng.choice(pool)
            para_indices = [i for i, (kind, _) in enumerate(source_blocks) if kind == "p"]
            length = rng.randint(2, min(6, len(para_indices)))
            start = rng.randrange(len(para_indices) - length + 1)
            run = para_indices[start:start + length]
            # Consecutive in the source (paragraph runs never straddle a closer).
            if run[-1] - run[0] == len(run) - 1:
                copied = resplit([noisy(source_blocks[i][1], language, noise, rng) for i in run], language, rng)
                positions = [i for i, (kind, _) in enumerate(blocks) if kind == "p"]
                at = rng.choice(positions + [positions[-1] + 1])
                blocks[at:at] = [("p", text) for text in copied]
                reuse = (at, at + len(copied) - 1, source_name, run[0], run[-1])
        if reuse:
            sections.append({"doc": name, "paragraphs": [reuse[0], reuse[1]],
                             "source": reuse[2], "source_paragraphs": [reuse[3], reuse[4]]})
        text = damage.render(blocks, language, layout, rng)
        with open(os.path.join(out, "input", name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(out, "clean", name + ".txt"), "w", encoding="utf-8") as f:
            f.write("".join(t + "\n" for _, t in blocks))
        documents.append({"name": name, "language": language, "blocks": len(blocks),
                          "kinds": [kind for kind, _ in blocks],
                          "layout": layout.__dict__})
        pool.append((name, blocks))
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"seed": seed, "noise": noise, "documents": documents, "sections": sections}, f,
                  ensure_ascii=False, indent=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--reuse-share", type=float, default=0.3, help="share of documents that reuse a run of an earlier one")
    parser.add_argument("--zh-share", type=float, default=0.6, help="share of Chinese documents (the rest English)")
    parser.add_argument("--noise", type=float, default=0.02, help="character noise in reused runs")
    args = parser.parse_args()
    generate(args.seed, args.docs, args.out, args.reuse_share, args.zh_share, args.noise)


if __name__ == "__main__":
    main()
