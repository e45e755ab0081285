#!/usr/bin/env python3
"""Write a judging packet for claim clusters: each member's article, outlet, date, what
attrib says (speaker, channel, kind), the compared wording and the text around the
statement with the statement in [[double brackets]]. The packet holds publishers' texts:
write it outside the repository (default /tmp) and never commit it. Judges answer by the
instructions the packet names; their verdicts go to judgements.jsonl (ids only).

usage: python benchmarks/claims/packets.py CORPUS.jsonl CLUSTERS.json [--only UNJUDGED.jsonl] [--out FILE]
"""
from __future__ import annotations

import argparse
import json

AROUND = 450


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("clusters")
    ap.add_argument("--only", help="judge only these clusters (judged.py --unjudged output)")
    ap.add_argument("--out", default="/tmp/claims-packet.txt")
    args = ap.parse_args()
    texts, meta = {}, {}
    for line in open(args.corpus, encoding="utf-8"):
        a = json.loads(line)
        texts[a["id"]] = a["text"]
        meta[a["id"]] = (a.get("outlet"), a.get("published"))
    clusters = json.load(open(args.clusters, encoding="utf-8"))
    if args.only:
        wanted = {json.loads(line)["cluster"] for line in open(args.only, encoding="utf-8") if line.strip()}
        clusters = [c for c in clusters if c["id"] in wanted]
    with open(args.out, "w", encoding="utf-8") as fh:
        for c in clusters:
            fh.write(f"\n\n=========== CLUSTER {c['id']} | level={c['level']} | flags={c['flags']} ===========\n")
            for n, d in enumerate(c["details"], start=1):
                text, (outlet, published) = texts[d["doc_id"]], meta[d["doc_id"]]
                s, e = d["content"]["start"], d["content"]["end"]
                sp = d["speaker"]
                mention = (sp.get("mention") or {}).get("text")
                fh.write(f"\n--- member {n}: doc={d['doc_id']} outlet={outlet} published={published}\n")
                fh.write(f"    attrib says: speaker={sp.get('name')!r} (mention {mention!r}, {sp.get('resolution')}) "
                         f"via={d.get('via')!r} kind={d.get('kind')}\n")
                fh.write(f"    compared wording: {d['wording']!r}\n")
                fh.write(f"    context: ...{text[max(0, s - AROUND):s]}[[{text[s:e]}]]{text[e:e + AROUND]}...\n")
    with open(args.out.rsplit(".", 1)[0] + ".ids.json", "w", encoding="utf-8") as fh:
        json.dump([c["id"] for c in clusters], fh)
    print(f"{len(clusters)} clusters -> {args.out}")


if __name__ == "__main__":
    main()
