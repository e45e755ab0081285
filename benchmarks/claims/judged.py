"""Carry the saved verdicts (judgements.jsonl) over to a new run of `attrib claims`.

A cluster of the new run is judged when all its members (matched by article and content
offsets, within two characters, so renumbered or re-trimmed records still match) sat
together in one judged cluster:

- right: none of them was a member the judges called wrong, and the judged cluster was
  right or its right members are what is left (a right cluster minus its wrong members);
- wrong: one of them was a wrong member, or the judged cluster was wrong as a whole.

Everything else is unjudged and listed (`--unjudged FILE` writes them, ids and offsets
only, for a reader to judge). A flag a cluster raises is judged when the judged cluster that
holds its members has a verdict on that flag (``speaker_differs_right`` ...); flags raised
anew are listed with the unjudged clusters. Figures are printed as JSON.

usage: python benchmarks/claims/judged.py CLUSTERS.json [--judgements FILE] [--unjudged FILE]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent


def _key(member: dict) -> tuple[str, int, int]:
    return member["doc_id"], member["start"], member["end"]


def _members(cluster: dict) -> list[tuple[str, int, int]]:
    return [(d["doc_id"], d["content"]["start"], d["content"]["end"]) for d in cluster["details"]]


# Offsets may move by a character or two when extraction trims a mark differently (a quote
# typed ''like this'' lost its stray apostrophe): still the same statement.
SLACK = 2


def _same(a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
    return a[0] == b[0] and abs(a[1] - b[1]) <= SLACK and abs(a[2] - b[2]) <= SLACK


def _found(member: tuple[str, int, int], keys: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    return next((k for k in keys if _same(member, k)), None)


def verdict(members: list[tuple[str, int, int]], judged: list[dict]) -> str | None:
    """'right', 'wrong' or None (not judged) for a cluster's members."""
    for j in judged:
        keys = [_key(m) for m in j["members"]]
        matched = [_found(m, keys) for m in members]
        if None in matched:
            continue
        wrong = {keys[n - 1] for n in j.get("wrong_members") or []}
        if wrong & set(matched):
            return "wrong"
        if j["verdict"] == "correct" or len(set(keys) - wrong) >= 2:
            return "right"
        return "wrong"
    return None


FLAGS = ("speaker_differs", "via_differs", "wording_differs")


def flag_verdict(members: list[tuple[str, int, int]], flag: str, judged: list[dict]) -> bool | None:
    """Whether the readers found a flag right on the judged cluster holding these members."""
    for j in judged:
        keys = [_key(m) for m in j["members"]]
        if all(_found(m, keys) for m in members) and j.get(f"{flag}_right") is not None:
            return bool(j[f"{flag}_right"])
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("clusters", type=Path)
    parser.add_argument("--judgements", type=Path, default=HERE / "judgements.jsonl")
    parser.add_argument("--unjudged", type=Path)
    args = parser.parse_args()
    judged = [json.loads(line) for line in args.judgements.open(encoding="utf-8") if line.strip()]
    clusters = json.loads(args.clusters.read_text(encoding="utf-8"))
    counts: Counter = Counter()
    unjudged = []
    flags: Counter = Counter()
    for c in clusters:
        v = verdict(_members(c), judged)
        counts[(c["level"], v or "unjudged")] += 1
        fresh = False
        for flag in c.get("flags", []):
            f = flag_verdict(_members(c), flag, judged)
            flags[(flag, {True: "right", False: "wrong", None: "unjudged"}[f])] += 1
            fresh = fresh or f is None
        if v is None or fresh:
            unjudged.append({"cluster": c["id"], "level": c["level"], "flags": c.get("flags", []),
                             "members": [{"attribution_id": d["attribution_id"], "doc_id": d["doc_id"],
                                          "start": d["content"]["start"], "end": d["content"]["end"]}
                                         for d in c["details"]]})
    out = {level: {k: counts[(level, k)] for k in ("right", "wrong", "unjudged")} for level in ("quote", "claim")}
    for row in out.values():
        decided = row["right"] + row["wrong"]
        row["precision_of_judged"] = round(row["right"] / decided, 4) if decided else None
    out["flags"] = {flag: {k: flags[(flag, k)] for k in ("right", "wrong", "unjudged")} for flag in FLAGS}
    print(json.dumps(out, indent=1))
    if args.unjudged:
        with args.unjudged.open("w", encoding="utf-8") as fh:
            for u in unjudged:
                fh.write(json.dumps(u) + "\n")


if __name__ == "__main__":
    main()
