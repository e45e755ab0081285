"""Cluster statements of different documents that report the same statement.

Quote level first (shared quoted words); the records left then cluster at claim level
(same main clause or strongly shared content words). A record joins at most one
cluster; a cluster spans at least two documents. Each cluster gets a reference wording
(its most central member), a word diff of every member against it, and the flags a
fact-checker looks at first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Optional

from attrib.match.context import CLAIM_MAX_DAYS_APART, Context
from attrib.match.diff import word_diff
from attrib.match.flags import flags, same_speaker
from attrib.match.index import claim_candidates, quote_candidates, slogans
from attrib.match.similarity import (
    CLAIM_LEXICAL,
    QUOTE_COVERAGE,
    Features,
    claim_similarity,
    features,
    idf_weights,
    quote_coverage,
    quote_similarity,
    semantic_claim,
)
from attrib.match.text import printed_wording, synonym_map
from attrib.models import Attribution, ClaimCluster, ClusterMember


def _linked(pairs: Iterable[tuple[int, int]], records: Sequence[Attribution], score: Callable[[int, int], float],
            threshold: float, skip: set[int], one_article: Callable[[int, int], bool] = lambda a, b: True,
            memo: Optional[dict[tuple[int, int], float]] = None) -> list[list[int]]:
    """Groups in which every two members match (complete linkage):
    candidate pairs are merged best first, and two groups join only when each member of one
    matches each member of the other, so a cluster never grows through a chain of weak links.
    Two statements of one article join only when ``one_article`` says they are one. The scores
    computed are left in ``memo`` (by (smaller, larger) index) for the caller."""
    scored = {}
    for i, j in pairs:
        if i in skip or j in skip or records[i].doc_id == records[j].doc_id:
            continue
        s = score(i, j)
        if s >= threshold:
            scored[(i, j)] = s
    group_of: dict[int, list[int]] = {}
    memo = {} if memo is None else memo
    memo.update(scored)

    def match(a: int, b: int) -> bool:
        key = (min(a, b), max(a, b))
        if key not in memo:
            memo[key] = score(*key)
        return memo[key] >= threshold

    for (i, j), _ in sorted(scored.items(), key=lambda item: (-item[1], item[0])):
        gi, gj = group_of.get(i, [i]), group_of.get(j, [j])
        if gi is gj or not all(match(a, b) for a in gi for b in gj):
            continue
        if not all(one_article(a, b) for a in gi for b in gj if records[a].doc_id == records[b].doc_id):
            continue
        merged = sorted(gi + gj)
        for m in merged:
            group_of[m] = merged
    groups = {id(g): g for g in group_of.values()}
    return sorted(groups.values())


# Cue words of a denial: its content is what the source rejects (ANNOTATION.md 3c).
_DENIALS = frozenset(("deny", "denies", "denied", "denying"))


def _denial(record: Attribution) -> bool:
    words = record.cue.text.lower().split() if record.cue is not None else []
    return bool(words) and words[0] in _DENIALS


def _translated_quote(members: list[int], records: Sequence[Attribution], feats: Sequence[Features]) -> bool:
    """A claim cluster whose members all quote one speaker entity and share quoted content
    words is that speaker's quote in other words (another translation: "pent-up inmost
    thoughts" ~ "repressed inner thoughts"), so quote level."""
    quoted = [set(feats[m].quoted_content) for m in members]
    return (all(quoted) and bool(set.intersection(*quoted))
            and all(same_speaker(records[members[0]], records[m]) for m in members[1:]))


def _build(cid: str, level: str, members: list[int], score: Callable[[int, int], float],
           records: Sequence[Attribution], feats: Sequence[Features], outlets: dict[str, Optional[str]]) -> ClaimCluster:
    def sim(a: int, b: int) -> float:
        return 1.0 if a == b else score(min(a, b), max(a, b))

    reference = max(members, key=lambda m: (sum(sim(m, o) for o in members), -m))
    printed = {m: printed_wording(records[m], level) for m in members}
    ref_wording = printed[reference]
    details = []
    for m in members:
        r = records[m]
        wording = printed[m]
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
        flags=flags(members, records, feats),  # type: ignore[arg-type]
        details=details,
    )


def cluster_claims(
    records: Sequence[Attribution],
    *,
    outlets: Optional[dict[str, Optional[str]]] = None,
    published: Optional[dict[str, object]] = None,
    synonyms: Optional[str] = None,
    cosines: Optional[Mapping[tuple[int, int], float]] = None,
) -> list[ClaimCluster]:
    """Clusters of records from different documents that report the same statement.

    ``outlets`` and ``published`` (dates, by doc_id) are the articles' metadata: the dates
    keep statements of articles published over a week apart from matching on little evidence.
    ``cosines`` (the semantic extra: :func:`attrib.match.semantic.neighbours`) proposes pairs
    of records, by index, that say one thing in other words, with their cosine."""
    outlets = outlets or {}
    table = synonym_map(synonyms)
    feats = [features(r, table) for r in records]
    idf = idf_weights(feats)

    context = Context(records, feats, published)

    common = slogans(feats, [r.doc_id for r in records])

    denials = [_denial(r) for r in records]
    # a speech act summarised by a noun phrase ("warned of arms talks") asserts no claim
    summaries = {n for n, r in enumerate(records) if r.method == "noun-phrase"}

    def quote_score(i: int, j: int) -> float:
        if denials[i] != denials[j]:
            return 0.0  # a denial of X and an assertion of X are opposite statements
        a, b = records[i].doc_id, records[j].doc_id
        return quote_similarity(feats[i], feats[j], same_speaker(records[i], records[j]), context.related(a, b),
                                common, context.near(a, b))

    def claim_score(i: int, j: int) -> float:
        if denials[i] != denials[j] or i in summaries or j in summaries:
            return 0.0
        a, b = records[i].doc_id, records[j].doc_id
        if not context.near(a, b, CLAIM_MAX_DAYS_APART):
            return 0.0
        related = context.related(a, b)
        same = same_speaker(records[i], records[j])
        lexical = claim_similarity(feats[i], feats[j], idf, same, related)
        cosine = cosines.get((i, j)) if cosines else None
        if cosine is None:
            return lexical
        return max(lexical, semantic_claim(feats[i], feats[j], cosine, same, related))

    def claim_pairs(feats: Sequence[Features]) -> set[tuple[int, int]]:
        pairs = claim_candidates(feats)
        pairs.update(cosines or ())  # in place: the candidate set of a large corpus is not copied
        return pairs

    def restated(i: int, j: int) -> bool:
        # An article prints one quote twice only as a headline or lead restating it (the
        # shorter's quoted words all in the longer's); else two quotes of one article are two
        # statements (a speaker repeating a line in one debate).
        return quote_coverage(feats[i], feats[j]) >= 1.0

    clusters: list[ClaimCluster] = []
    taken: set[int] = set()
    for level, candidates, score, threshold, one_article in (
        ("quote", quote_candidates, quote_score, QUOTE_COVERAGE, restated),
        ("claim", claim_pairs, claim_score, CLAIM_LEXICAL, lambda i, j: True),
    ):
        memo: dict[tuple[int, int], float] = {}

        def known(i: int, j: int, score: Callable[[int, int], float] = score,
                  memo: dict[tuple[int, int], float] = memo) -> float:
            return memo[(i, j)] if (i, j) in memo else score(i, j)  # the scores linking just computed

        for group in _linked(candidates(feats), records, score, threshold, taken, one_article, memo):
            if len({records[m].doc_id for m in group}) < 2:
                continue
            found = "quote" if level == "quote" or _translated_quote(group, records, feats) else "claim"
            clusters.append(_build(f"C{len(clusters) + 1}", found, group, known, records, feats, outlets))
            taken.update(group)
        memo.clear()  # freed before the next level's scores
    # What a fact-checker must see first: different words or different speakers.
    urgent = {"wording_differs", "speaker_differs"}
    clusters.sort(key=lambda c: (-len(urgent & set(c.flags)), c.level != "quote", -len(c.members)))
    return [c.model_copy(update={"id": f"C{n}"}) for n, c in enumerate(clusters, start=1)]
