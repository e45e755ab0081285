#!/usr/bin/env python3
"""Pick the statements of the naming dev set from a PolNeAR split (train unless ``--part dev``).

usage: python benchmarks/naming/choose.py POLNEAR_TRAIN_DIR [--out /tmp/naming-tasks.jsonl] [--target 400]
       [--classes pronoun,nominal,surname] [--exclude names.jsonl] [--per-doc 8] [--seed 15]

POLNEAR_TRAIN_DIR is the output of ../shared/devdata/polnear.py --split train (docs/ and
gold.jsonl). A statement qualifies when its cue is a verb of saying and its source mention
is a pronoun (he, she, they, it), a common-noun phrase ("the company", "a senior aide") or a
single capitalised word (a bare surname). Articles are visited in a seeded random order and
at most 8 statements are taken from each, so the set spreads over many outlets and stories.
The last articles taken (about a quarter of the statements) form the held-out part, looked at
only at the end. The output holds ids and offsets only: never the articles' text.

A second set (``pronouns.jsonl``: pronoun sources only, from articles no earlier set
touched) was chosen with ``--classes pronoun --exclude benchmarks/naming/names.jsonl
--per-doc 4 --seed 16 --target 240``.

By the eighth pass the train split had no untouched articles left (11 with any qualifying
statement), so ``names9.jsonl`` comes from PolNeAR's *dev* split (``--part dev``, records
carry ``"part": "dev"``), whose names no rule had been read against.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from collections import defaultdict
from pathlib import Path

SEED = 15
PER_DOC = 8
HOLDOUT_SHARE = 0.25
PRONOUNS = {"he", "she", "they", "it"}
SAYING = re.compile(r"\b(sa(y|ys|id|ying)|t(ell|old|elling|ells)|according|stat(e|ed|es|ing)|claim|add(s|ed|ing)?\b|warn"
                    r"|announc|argu|insist|explain|not(e|ed|es)\b|report|post|tweet|wr(ote|ite|ites|iting|itten)|den(y|ied|ies)"
                    r"|acknowledg|suggest|declar|urg|promis|vow|pledg|admit|recall|predict|repl|respond|conclud|conced"
                    r"|contend|maintain|emphasi|stress|comment|remark|mention|ask|accus|assert|alleg|confirm|testif)", re.I)
WORD = re.compile(r"[\w'’.-]+")


def mention_class(text: str) -> str | None:
    words = WORD.findall(text)
    if not words or len(words) > 7 or "\n" in text:
        return None
    if len(words) == 1:
        w = words[0]
        if w.lower() in PRONOUNS:
            return "pronoun"
        if w[:1].isupper() and not w.isupper() and w.isalpha():
            return "surname"
        return None
    if words[-1][:1].islower() and words[-1].isalpha() and words[0].lower() not in ("who", "which"):
        return "nominal"
    return None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("polnear_dir")
    ap.add_argument("--out", default="/tmp/naming-tasks.jsonl")
    ap.add_argument("--target", type=int, default=400)
    ap.add_argument("--classes", default="pronoun,nominal,surname", help="mention classes to take")
    ap.add_argument("--exclude", action="append", default=[], help="a names file whose articles are skipped")
    ap.add_argument("--per-doc", type=int, default=PER_DOC)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--part", default="train", choices=("train", "dev"),
                    help="the PolNeAR split POLNEAR_DIR was built from (written into each record)")
    ap.add_argument("--holdout-share", type=float, default=HOLDOUT_SHARE,
                    help="share of the statements (whole articles, the last taken) held out")
    args = ap.parse_args()
    classes = set(args.classes.split(","))
    skip = {json.loads(line)["doc_id"] for path in args.exclude for line in open(path, encoding="utf-8") if line.strip()}
    root = Path(args.polnear_dir)
    by_doc = defaultdict(list)
    for line in (root / "gold.jsonl").open(encoding="utf-8"):
        g = json.loads(line)
        sp, cue = g.get("speaker"), g.get("cue")
        if not sp or not cue or len(sp.get("fragments", [])) > 1 or not SAYING.search(cue["text"]):
            continue
        kind = mention_class(sp["text"])
        if kind not in classes or g["doc_id"] in skip:
            continue
        c = g["content"]
        if c["start"] <= sp["start"] < c["end"]:
            continue  # a source inside its own content is a parse of nesting, not a naming case
        by_doc[g["doc_id"]].append({"id": g["id"], "doc_id": g["doc_id"], "class": kind,
                                    "source": [sp["start"], sp["end"]], "content": [c["start"], c["end"]]})
    docs = sorted(by_doc)
    random.Random(args.seed).shuffle(docs)
    chosen = []
    for d in docs:
        if len(chosen) >= args.target:
            break
        recs = sorted(by_doc[d], key=lambda r: r["source"][0])
        if len(recs) > args.per_doc:
            recs = sorted(random.Random(d).sample(recs, args.per_doc), key=lambda r: r["source"][0])
        chosen.extend(recs)
    cut = len(chosen) - int(len(chosen) * args.holdout_share)
    while 0 < cut < len(chosen) and chosen[cut]["doc_id"] == chosen[cut - 1]["doc_id"]:
        cut += 1  # a held-out article is held out whole
    with open(args.out, "w", encoding="utf-8") as fh:
        for k, r in enumerate(chosen):
            r["split"] = "dev" if k < cut else "holdout"
            if args.part != "train":
                r["part"] = args.part
            fh.write(json.dumps(r) + "\n")
    print(f"{len(chosen)} statements from {len({r['doc_id'] for r in chosen})} articles; "
          f"{len(chosen) - cut} held out -> {args.out}")


if __name__ == "__main__":
    main()
