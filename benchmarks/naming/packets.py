#!/usr/bin/env python3
"""Write annotation packets for naming tasks (the output of choose.py): one text file per
group of articles, each article printed whole with its task mentions marked ⟦E12: he⟧ and
followed by a TASKS list. The packets hold publishers' texts: write them outside the
repository (default /tmp/naming-packets) and never commit them.

usage: python benchmarks/naming/packets.py POLNEAR_TRAIN_DIR TASKS.jsonl [--groups 3] [--out DIR]
"""
from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path


def marked(text: str, tasks: list[dict]) -> str:
    """The article with each task's source mention wrapped as ⟦E12: mention⟧."""
    spans: dict[tuple[int, int], list[str]] = defaultdict(list)
    for t in tasks:
        spans[tuple(t["source"])].append(t["id"].split(":")[-1])  # one mention may source several statements
    out, at = [], 0
    for (s, e), ids in sorted(spans.items()):
        if s < at:
            continue  # overlapping mentions: the first one is marked
        out += [text[at:s], f"\u27e6{','.join(ids)}: {text[s:e]}\u27e7"]
        at = e
    return "".join(out) + text[at:]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("polnear_dir")
    ap.add_argument("tasks")
    ap.add_argument("--groups", type=int, default=3)
    ap.add_argument("--out", default="/tmp/naming-packets")
    args = ap.parse_args()
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for line in open(args.tasks, encoding="utf-8"):
        if line.strip():
            t = json.loads(line)
            by_doc[t["doc_id"]].append(t)
    docs = list(by_doc)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    size = -(-sum(len(v) for v in by_doc.values()) // args.groups)
    group, count, packets = 1, 0, defaultdict(list)
    for d in docs:
        if count >= size and group < args.groups:
            group, count = group + 1, 0
        packets[group].append(d)
        count += len(by_doc[d])
    for g, ds in packets.items():
        with open(out / f"group{g}.txt", "w", encoding="utf-8") as fh:
            for d in ds:
                text = (Path(args.polnear_dir) / "docs" / f"{d}.txt").read_text(encoding="utf-8")
                fh.write(f"\n\n======== ARTICLE {d} ========\n{marked(text, by_doc[d])}\n")
                fh.write(f"======== TASKS for {d} ========\n")
                for t in sorted(by_doc[d], key=lambda t: t["source"][0]):
                    s, e = t["content"]
                    fh.write(json.dumps({"task": t["id"], "mention": text[t["source"][0]:t["source"][1]],
                                         "statement_starts": text[s:e][:80]}, ensure_ascii=False) + "\n")
        with open(out / f"group{g}.ids.json", "w", encoding="utf-8") as fh:
            json.dump([t["id"] for d in ds for t in by_doc[d]], fh)
        print(f"group{g}: {len(ds)} articles, {sum(len(by_doc[d]) for d in ds)} tasks")


if __name__ == "__main__":
    main()
