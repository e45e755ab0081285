#!/usr/bin/env python3
"""Score attrib's speaker names against the naming dev set (benchmarks/naming/).

usage: python benchmarks/naming/score.py GIT_DIR [--split dev|holdout|all] [--show wrong|unresolved|all]
                                         [--pred PRED.jsonl] [--json]

GIT_DIR is the bare git directory of a networkdynamics/PolNeAR snapshot (the search
tool's ``fetch github:networkdynamics/PolNeAR``). The articles are read from it and
extracted with attrib; nothing of their text is written anywhere (``--show`` prints the
mention and the two names, for looking at errors on this machine only).

``names.jsonl`` holds, per statement, the PolNeAR attribution id, the source-mention and
content offsets in the article's text (PolNeAR's train split unless the record's ``part``
says ``dev``), the mention's class (pronoun, nominal, surname)
and the name a careful reader gives (ANNOTATION.md 1, 3b, 3c; null when the reader cannot
settle it), with accepted alternative spellings.

A statement is *found* when attrib has a record whose content shares at least half of the
shorter content's word tokens with it and whose speaker mention overlaps the gold source
mention. Of the found statements: *right* when the name matches (after case folding,
determiners and punctuation dropped; *right* when the shorter of the two names is the end of
the longer, as the project's scorer counts lenient names, and *strict* only when the whole
name is the same), *unresolved* when attrib said ``unresolved`` (a gold null counts as
right then), else *wrong*.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from polnear import read_blobs  # noqa: E402  (benchmarks/polnear.py)

TOKEN = re.compile(r"\w+")
DETERMINERS = {"the", "a", "an", "this", "that"}


def read_texts(git_dir: str, docs: dict[str, str]) -> dict[str, str]:
    """Texts of {doc_id: PolNeAR part} (train, dev) from the snapshot."""
    paths = {d: f"HEAD:data/{part}/text/{d}.txt" for d, part in docs.items()}
    blobs = read_blobs(git_dir, list(paths.values()))
    return {d: blobs[path].decode("utf-8") for d, path in paths.items()}


def norm(name: str | None) -> list[str]:
    words = TOKEN.findall((name or "").replace("’", "'").replace("'s", "").casefold())
    while words and words[0] in DETERMINERS:
        words = words[1:]
    return words


def name_verdict(gold: dict, speaker: dict) -> str:
    """right-strict | right | unresolved | wrong."""
    if (speaker.get("resolution") or "") in ("unresolved", "unattributed"):
        return "right-strict" if gold["name"] is None else "unresolved"
    if gold["name"] is None:
        return "wrong"
    pred = norm(speaker.get("name"))
    options = [norm(o) for o in [gold["name"], *gold.get("alts", [])]]
    if pred in options:
        return "right-strict"
    for want in options:
        short, long_ = sorted((pred, want), key=len)
        if short and long_[-len(short):] == short:
            return "right"
    return "wrong"


def overlap(a: tuple[int, int], b: tuple[int, int], text: str) -> float:
    ta = {m.span() for m in TOKEN.finditer(text, a[0], a[1])}
    tb = {m.span() for m in TOKEN.finditer(text, b[0], b[1])}
    # finditer's pos/endpos give absolute offsets, so the two sets compare directly
    return len(ta & tb) / min(len(ta), len(tb)) if ta and tb else 0.0


def predictions(texts: dict[str, str], pred_path: str | None) -> dict[str, list[dict]]:
    by_doc = defaultdict(list)
    if pred_path:
        for line in open(pred_path, encoding="utf-8"):
            r = json.loads(line)
            by_doc[Path(r["doc_id"]).name.removesuffix(".txt")].append(r)
        return by_doc
    from attrib.load import article_from_text
    from attrib.pipeline import Extractor

    extractor = Extractor()
    articles = [article_from_text(t, doc_id=d, outlet=d.split("_")[0]) for d, t in texts.items()]
    for result in extractor.run(articles):
        by_doc[result.article.id] = [r.model_dump() for r in result.attributions]
    return by_doc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("git_dir")
    ap.add_argument("--split", default="dev", choices=("dev", "holdout", "all"))
    ap.add_argument("--names", default=str(HERE / "names.jsonl"))
    ap.add_argument("--pred", help="score these records instead of running attrib")
    ap.add_argument("--show", choices=("wrong", "unresolved", "all"))
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    gold = [json.loads(line) for line in open(args.names, encoding="utf-8")]
    gold = [g for g in gold if args.split == "all" or g["split"] == args.split]
    texts = read_texts(args.git_dir, {g["doc_id"]: g.get("part", "train") for g in gold})
    preds = predictions(texts, args.pred)
    tally: dict[str, Counter] = defaultdict(Counter)
    for g in gold:
        text = texts[g["doc_id"]]
        best, best_ov = None, 0.5
        for r in preds.get(g["doc_id"], []):
            m = (r.get("speaker") or {}).get("mention")
            if not m or not (m["start"] < g["source"][1] and g["source"][0] < m["end"]):
                continue
            ov = overlap(tuple(g["content"]), (r["content"]["start"], r["content"]["end"]), text)
            if ov >= best_ov:
                best, best_ov = r, ov
        verdict = "missed" if best is None else name_verdict(g, best["speaker"])
        for group in ("all", g["class"]):
            tally[group][verdict] += 1
        if args.show and best is not None and (args.show == "all" or verdict.startswith(args.show)):
            s = best["speaker"]
            print(f"{verdict:12} {g['class']:8} {g['id']:60} {text[g['source'][0]:g['source'][1]]!r:22} "
                  f"gold={g['name']!r} pred={s.get('name')!r} ({s.get('resolution')})", file=sys.stderr)
    report = {}
    for group, c in tally.items():
        found = sum(v for k, v in c.items() if k != "missed")
        right = c["right-strict"] + c["right"]
        report[group] = {"statements": found + c["missed"], "found": found,
                         "right": round(right / found, 4) if found else None,
                         "right_strict": round(c["right-strict"] / found, 4) if found else None,
                         "wrong": round(c["wrong"] / found, 4) if found else None,
                         "unresolved": round(c["unresolved"] / found, 4) if found else None}
    if args.json:
        print(json.dumps(report))
        return
    print(f"naming set, split {args.split}: share of found statements")
    print(f"{'class':10} {'found':>9} {'right':>7} {'strict':>7} {'wrong':>7} {'unres.':>7}")
    for group in ("all", "pronoun", "nominal", "surname"):
        if group in report:
            r = report[group]
            print(f"{group:10} {r['found']:>4}/{r['statements']:<4} {r['right']:>7.3f} {r['right_strict']:>7.3f} "
                  f"{r['wrong']:>7.3f} {r['unresolved']:>7.3f}")


if __name__ == "__main__":
    main()
