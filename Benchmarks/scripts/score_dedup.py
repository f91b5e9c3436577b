#!/usr/bin/env python3
"""Paragraph-level precision and recall of duplicate links against the corpus ground truth.

    score_dedup.py CORPUS PREDICTIONS.json --system NAME   (prints one JSON line)

A paragraph is a true duplicate when it lies in a reused section. A predicted link is right
when it points at a document that holds the same text earlier: the section's source, or any
document connected to it through other reused sections (a copy of a copy may link to the
original, as Quire does, or to the intermediate copy, as a plain LSH query may).
"""

import argparse
import json
import os


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("predictions")
    parser.add_argument("--system", required=True)
    args = parser.parse_args()
    with open(args.predictions, encoding="utf-8") as f:
        predictions = json.load(f)
    if os.path.exists(os.path.join(args.corpus, "truth.jsonl")):
        return score_block_truth(args, predictions)
    with open(os.path.join(args.corpus, "truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    # Block ids are "b<index into the clean file>".
    predictions = {doc: {key[1:]: targets for key, targets in links.items()} for doc, links in predictions.items()}
    linked_kinds = {"head", "p"}
    kinds = {d["name"]: d["kinds"] for d in truth["documents"]}

    parent: dict = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        parent[find(a)] = find(b)

    positives = set()
    for s in truth["sections"]:
        nodes = [(s["doc"], i) for i in range(s["paragraphs"][0], s["paragraphs"][1] + 1)]
        nodes += [(s["source"], i) for i in range(s["source_paragraphs"][0], s["source_paragraphs"][1] + 1)]
        for node in nodes[1:]:
            union(nodes[0], node)
        positives.update((s["doc"], i) for i in range(s["paragraphs"][0], s["paragraphs"][1] + 1))
    family_docs: dict = {}
    for node in list(parent):
        family_docs.setdefault(find(node), set()).add(node[0])

    predicted = true_positive = wrong_target = 0
    for doc, links in predictions.items():
        for index, targets in links.items():
            index = int(index)
            if kinds.get(doc, []) and kinds[doc][index] not in linked_kinds:
                continue
            predicted += 1
            node = (doc, index)
            if node in positives:
                if set(targets) & (family_docs[find(node)] - {doc}):
                    true_positive += 1
                else:
                    wrong_target += 1
    report(args, len(positives), predicted, true_positive, wrong_target)


def score_block_truth(args, predictions) -> None:
    """The dedup helper's format: truth.jsonl lists every reprinted block with its source."""
    with open(os.path.join(args.corpus, "truth.jsonl"), encoding="utf-8") as f:
        truth = {(e["document"], e["block"]): e["source"] for e in map(json.loads, f) if e}
    predicted = true_positive = wrong_target = 0
    for doc, links in predictions.items():
        for block, targets in links.items():
            predicted += 1
            source = truth.get((doc, block))
            if source is not None:
                if source in targets:
                    true_positive += 1
                else:
                    wrong_target += 1
    report(args, len(truth), predicted, true_positive, wrong_target)


def report(args, positives, predicted, true_positive, wrong_target) -> None:
    precision = true_positive / predicted if predicted else 0.0
    recall = true_positive / positives if positives else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(json.dumps({"stage": "dedup_accuracy", "system": args.system, "corpus": os.path.basename(os.path.normpath(args.corpus)),
                      "positives": positives, "predicted": predicted, "true_positives": true_positive,
                      "wrong_target": wrong_target, "precision": precision, "recall": recall, "f1": f1}), flush=True)


if __name__ == "__main__":
    main()
