#!/usr/bin/env python3
"""Count the verbatim shared quotations of a corpus that attrib's clusters do not link.

usage: python benchmarks/claims/verbatim_links.py CORPUS.jsonl RECORDS.jsonl CLUSTERS.json [--words 6]

CORPUS.jsonl: the articles (id, text, outlet), e.g. from polnear_corpus.py; RECORDS.jsonl:
``attrib extract -f jsonl`` over it; CLUSTERS.json: ``attrib claims -f json`` over it.

A verbatim shared quotation is a run of at least ``--words`` identical words (case and
punctuation aside) inside quotation marks in two articles of different outlets, holding at
least ``--content`` content words (so that "at the end of the day" or "president of the
united states", which many speakers say, do not count as one quotation). It counts
as extracted when each side lies in a direct or mixed record, and as linked when those two
records are in one cluster. Prints the counts; nothing of the texts.

Two counts are printed. By record pairs (``by_record_pair``), as first measured: each pair of
records of two outlets that print one run is a shared quotation. By quotation
(``by_quotation``): records that print one run form one quotation, also within an article,
so that an article printing a line twice (a speaker repeating it, or a second speaker
quoting it) holds one quotation, not two; a quotation shared by two articles is linked when
some record of each that prints it is in one cluster with the other.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from itertools import combinations

from attrib.detect.quotes import find_quotes
from attrib.match.text import STOP

WORD = re.compile(r"[\w']+")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("records")
    ap.add_argument("clusters")
    ap.add_argument("--words", type=int, default=6)
    ap.add_argument("--content", type=int, default=5)
    args = ap.parse_args()
    n = args.words
    outlet, runs = {}, defaultdict(set)  # run of n words -> {(doc, char offset)}
    for line in open(args.corpus, encoding="utf-8"):
        article = json.loads(line)
        doc, text = article["id"], article["text"]
        outlet[doc] = article.get("outlet") or doc
        for q in find_quotes(text):
            found = [(m.group().lower(), m.start() + q.start)
                     for m in WORD.finditer(text[q.start : q.end].replace("\u2019", "'"))]
            for k in range(len(found) - n + 1):
                run = tuple(w for w, _ in found[k : k + n])
                if sum(w not in STOP for w in run) >= args.content:
                    runs[run].add((doc, found[k][1]))
    quoted = defaultdict(list)  # doc -> [(start, end, record id)]
    for line in open(args.records, encoding="utf-8"):
        r = json.loads(line)
        if r["kind"] in ("direct", "mixed") and not r.get("negated"):
            quoted[r["doc_id"]].append((r["content"]["start"], r["content"]["end"], r["id"]))
    cluster_of = {m: c["id"] for c in json.load(open(args.clusters, encoding="utf-8")) for m in c["members"]}

    def record_at(doc: str, char: int):
        return next((rid for s, e, rid in quoted.get(doc, []) if s <= char < e), None)

    pairs: dict[tuple[str, str], tuple[str | None, str | None]] = {}
    parent: dict[str, str] = {}  # union-find over the records that print one run

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for places in runs.values():
        printed = [r for r in (record_at(d, c) for d, c in sorted(places)) if r]
        for r in printed[1:]:
            parent[root(r)] = root(printed[0])
    for places in runs.values():
        for (da, ca), (db, cb) in combinations(sorted(places), 2):
            if da == db or outlet[da] == outlet[db]:
                continue
            key = (f"{da}@{record_at(da, ca)}", f"{db}@{record_at(db, cb)}")
            pairs.setdefault(key, (record_at(da, ca), record_at(db, cb)))
    shared = len(pairs)
    extracted = [(a, b) for a, b in pairs.values() if a and b]
    linked = [(a, b) for a, b in extracted if cluster_of.get(a) and cluster_of.get(a) == cluster_of.get(b)]
    # by quotation: one per (quotation, pair of articles), linked if any two of its records are
    quotations: dict[tuple[str, str, str], bool] = {}
    for a, b in extracted:
        da, db = sorted((a.split("#")[0], b.split("#")[0]))
        key = (root(a), da, db)
        quotations[key] = quotations.get(key, False) or (a, b) in set(linked)
    for a, b in extracted:
        key = (root(a), *sorted((a.split("#")[0], b.split("#")[0])))
        if not quotations[key]:
            members = [m for m in parent if root(m) == key[0]]
            quotations[key] = any(cluster_of.get(x) and cluster_of.get(x) == cluster_of.get(y)
                                  for x in members if x.split("#")[0] == key[1]
                                  for y in members if y.split("#")[0] == key[2])
    n_linked = sum(quotations.values())
    print(json.dumps({
        "verbatim_shared_quotations": shared,
        "by_record_pair": {"both_extracted": len(extracted), "linked": len(linked),
                           "linked_share": round(len(linked) / len(extracted), 4) if extracted else None,
                           "unlinked": sorted(f"{a} ~ {b}" for a, b in set(extracted) - set(linked))},
        "by_quotation": {"both_extracted": len(quotations), "linked": n_linked,
                         "linked_share": round(n_linked / len(quotations), 4) if quotations else None,
                         "unlinked": sorted(f"{da} ~ {db}" for (_, da, db), ok in quotations.items() if not ok)},
    }, indent=1))


if __name__ == "__main__":
    main()
