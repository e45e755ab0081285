#!/usr/bin/env python3
"""Write a PolNeAR split as an attrib JSONL corpus, with each article's outlet, date and title.

usage: python benchmarks/claims/polnear_corpus.py GIT_DIR --split train --out /tmp/polnear-train.jsonl

GIT_DIR is the bare git directory of a networkdynamics/PolNeAR snapshot. The texts are
publishers' articles: write the corpus outside the repository and never commit it. The
held-out test split cannot be written.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from polnear import git, read_blobs  # noqa: E402  (benchmarks/polnear.py)

SPLITS = ("train", "dev")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("git_dir")
    ap.add_argument("--split", choices=SPLITS, default="train")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    meta = {row["filename"]: row for row in csv.DictReader(
        io.StringIO(git(args.git_dir, "show", "HEAD:data/metadata.tsv").decode("utf-8")), delimiter="\t")}
    names = git(args.git_dir, "ls-tree", "-r", "--name-only", "HEAD", f"data/{args.split}/text/").decode().split()
    specs = [n for n in sorted(names) if n.endswith(".txt")]
    blob = read_blobs(args.git_dir, [f"HEAD:{s}" for s in specs])
    with open(args.out, "w", encoding="utf-8") as out:
        for spec in specs:
            doc_id = spec.rsplit("/", 1)[1][:-4]
            m = meta.get(doc_id, {})
            record = {"id": doc_id, "text": blob[f"HEAD:{spec}"].decode("utf-8"),
                      "outlet": m.get("publisher"), "published": m.get("publication_date"), "title": m.get("title")}
            out.write(json.dumps({k: v for k, v in record.items() if v not in (None, "", "None")}) + "\n")
    print(f"{len(specs)} articles -> {args.out}")


if __name__ == "__main__":
    main()
