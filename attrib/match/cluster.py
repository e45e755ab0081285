"""Cluster statements of different documents that report the same statement.

Quote level first (shared quoted words); the records left then cluster at claim level
(same main clause or strongly shared content words). A record joins at most one
cluster; a cluster spans at least two documents. Each cluster gets a reference wording
(its most central member), a word diff of every member against it, and the flags a
fact-checker looks at first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Optional

from attrib.match.diff import word_diff
from attrib.match.index import claim_candidates, quote_candidates
from attrib.match.similarity import (
    CLAIM_LEXICAL,
    QUOTE_COVERAGE,
    Features,
    claim_similarity,
    features,
    idf_weights,
    quote_similarity,
)
from attrib.match.text import printed_wording, synonym_map
from attrib.models import Attribution, ClaimCluster, ClusterMember


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for x in self.parent:
            out[self.find(x)].append(x)
        return [sorted(g) for g in out.values()]


# Cue words of a denial: its content is what the source rejects (ANNOTATION.md 3c).
_DENIALS = frozenset(("deny", "denies", "denied", "denying"))


def _denial(record: Attribution) -> bool:
    words = record.cue.text.lower().split() if record.cue is not None else []
    return bool(words) and words[0] in _DENIALS


def _edges(pairs: Iterable[tuple[int, int]], records: Sequence[Attribution], score, threshold: float,
           skip: set[int]) -> dict[tuple[int, int], float]:
    edges = {}
    for i, j in pairs:
        if i in skip or j in skip or records[i].doc_id == records[j].doc_id:
            continue
        if _denial(records[i]) != _denial(records[j]):
            continue  # a denial of X and an assertion of X are opposite statements, never one claim
        s = score(i, j)
        if s >= threshold:
            edges[(i, j)] = s
    return edges


def _contained_in(a: Features, b: Features) -> bool:
    """Every quoted fragment of ``a`` appears, word for word, in ``b``'s quoted words."""
    haystack = " " + " ".join(" ".join(f) for f in b.fragments) + " "
    return all(" " + " ".join(f) + " " in haystack for f in a.fragments if f)


def _translated_quote(members: list[int], feats: Sequence[Features]) -> bool:
    """Members that all quote the source and share quoted content words, matched on their
    main clause: the same quote in other words (a different translation), so quote level."""
    quoted = [set(feats[m].quoted_content) for m in members]
    return all(quoted) and bool(set.intersection(*quoted))


def _flags(members: list[int], records: Sequence[Attribution], feats: Sequence[Features]) -> list[str]:
    flags = []
    quoted = [m for m in members if feats[m].fragments and records[m].kind in ("direct", "mixed")]
    if any(
        not _contained_in(feats[a], feats[b]) and not _contained_in(feats[b], feats[a])
        for i, a in enumerate(quoted)
        for b in quoted[i + 1 :]
    ):
        flags.append("wording_differs")
    speakers = {records[m].speaker.key or (records[m].speaker.name or "").casefold() for m in members}
    if len(speakers) > 1:
        flags.append("speaker_differs")
    if len({records[m].via for m in members}) > 1:
        flags.append("via_differs")
    return flags


def _build(cid: str, level: str, members: list[int], edges: dict[tuple[int, int], float],
           records: Sequence[Attribution], feats: Sequence[Features], outlets: dict[str, Optional[str]]) -> ClaimCluster:
    def sim(a: int, b: int) -> float:
        return 1.0 if a == b else edges.get((min(a, b), max(a, b)), 0.0)

    reference = max(members, key=lambda m: (sum(sim(m, o) for o in members), -m))
    ref_wording = printed_wording(records[reference], level)
    details = []
    for m in members:
        r = records[m]
        wording = printed_wording(r, level)
        details.append(
            ClusterMember(
                attribution_id=r.id,
                doc_id=r.doc_id,
                content=r.content,
                wording=wording,
                speaker=r.speaker,
                outlet=outlets.get(r.doc_id),
                kind=r.kind,
                via=r.via,
                similarity=round(min(1.0, sim(reference, m) if m != reference else 1.0), 4),
                reference=m == reference,
                diff=[] if m == reference else word_diff(ref_wording, wording),
            )
        )
    summary = " ".join(ref_wording.split())
    return ClaimCluster(
        id=cid,
        level=level,  # type: ignore[arg-type]
        members=[records[m].id for m in members],
        summary=summary if len(summary) <= 200 else summary[:199] + "\u2026",
        flags=_flags(members, records, feats),  # type: ignore[arg-type]
        details=details,
    )


def cluster_claims(
    records: Sequence[Attribution],
    *,
    outlets: Optional[dict[str, Optional[str]]] = None,
    synonyms: Optional[str] = None,
) -> list[ClaimCluster]:
    """Clusters of records from different documents that report the same statement."""
    outlets = outlets or {}
    table = synonym_map(synonyms)
    feats = [features(r, table) for r in records]
    idf = idf_weights(feats)

    quote_edges = _edges(quote_candidates(feats), records, lambda i, j: quote_similarity(feats[i], feats[j]),
                         QUOTE_COVERAGE, set())
    clusters: list[ClaimCluster] = []
    taken: set[int] = set()
    for level, edges in (("quote", quote_edges), ("claim", None)):
        if edges is None:
            # a speech act summarised by a noun phrase ("warned of arms talks") asserts no claim
            summaries = {n for n, r in enumerate(records) if r.method == "noun-phrase"}
            edges = _edges(claim_candidates(feats), records, lambda i, j: claim_similarity(feats[i], feats[j], idf),
                           CLAIM_LEXICAL, taken | summaries)
        union = _UnionFind()
        for i, j in edges:
            union.union(i, j)
        for group in sorted(union.groups()):
            if len({records[m].doc_id for m in group}) < 2:
                continue
            found_level = level if level == "quote" or not _translated_quote(group, feats) else "quote"
            clusters.append(_build(f"C{len(clusters) + 1}", found_level, group, edges, records, feats, outlets))
            taken.update(group)
    # What a fact-checker must see first: different words or different speakers.
    urgent = {"wording_differs", "speaker_differs"}
    clusters.sort(key=lambda c: (-len(urgent & set(c.flags)), c.level != "quote", -len(c.members)))
    return [c.model_copy(update={"id": f"C{n}"}) for n, c in enumerate(clusters, start=1)]
