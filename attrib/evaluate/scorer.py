"""Score predicted attributions against gold, exactly as ANNOTATION.md section 5 says.

- A prediction matches a gold record of the same document when their contents
  overlap by at least half of the shorter one's tokens; each gold record (and
  each prediction) is matched at most once, best overlap first.
- Precision counts predictions; those matched to non-core gold are left out
  (neither counted nor penalised). Recall counts core gold records.
- Boundary, speaker and kind rates are shares of the matches to core gold.
- Clusters: pairwise precision and recall over cross-document record pairs.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Optional

from attrib.models import FLAGS, Attribution, ClaimCluster, EvalReport, Metric, PairwiseScore, Span

_TOKEN = re.compile(r"\w+|[^\w\s]")
KINDS = ("direct", "indirect", "mixed")


def metric(numerator: int, denominator: int) -> Metric:
    return Metric(value=numerator / denominator if denominator else None, numerator=numerator, denominator=denominator)


def _tokens(span: Span) -> list[tuple[int, int]]:
    return [(span.start + m.start(), span.start + m.end()) for m in _TOKEN.finditer(span.text)]


def token_overlap(a: Span, b: Span) -> float:
    """Share of the shorter span's tokens that lie inside the other span (0..1)."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    shorter, other = (ta, b) if len(ta) <= len(tb) else (tb, a)
    inside = sum(1 for s, e in shorter if s >= other.start and e <= other.end)
    return inside / len(shorter)


def _is_trim(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def trimmed(span: Span) -> tuple[int, int]:
    """Offsets of the span with whitespace and punctuation removed from both ends."""
    text, start, end = span.text, 0, len(span.text)
    while start < end and _is_trim(text[start]):
        start += 1
    while end > start and _is_trim(text[end - 1]):
        end -= 1
    return span.start + start, span.start + end


def normalise_name(name: Optional[str]) -> str:
    if not name:
        return ""
    return " ".join(name.replace("\u2019", "'").casefold().split())


def names_strict(a: Optional[str], b: Optional[str]) -> bool:
    return bool(a) and normalise_name(a) == normalise_name(b)


def names_lenient(a: Optional[str], b: Optional[str]) -> bool:
    """One name's tokens end the other's: "Stoltenberg" ~ "Jens Stoltenberg"."""
    ta, tb = normalise_name(a).split(), normalise_name(b).split()
    if not ta or not tb:
        return False
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return long_[-len(short) :] == short


def match_records(predicted: Sequence[Attribution], gold: Sequence[Attribution]) -> list[tuple[int, int, float]]:
    """Greedy one-to-one matching of one document's records: (pred index, gold index, overlap)."""
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            overlap = token_overlap(p.content, g.content)
            if overlap >= 0.5:
                candidates.append((overlap, -abs(p.content.start - g.content.start), i, j))
    candidates.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    matches = []
    for overlap, _, i, j in candidates:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        matches.append((i, j, overlap))
    return matches


def _pairs(clusters: Iterable[ClaimCluster], doc_of: dict[str, str]) -> set[frozenset[str]]:
    pairs: set[frozenset[str]] = set()
    for cluster in clusters:
        for a, b in itertools.combinations(cluster.members, 2):
            if doc_of.get(a) != doc_of.get(b):
                pairs.add(frozenset((a, b)))
    return pairs


def score_clusters(
    predicted: Sequence[ClaimCluster],
    gold: Sequence[ClaimCluster],
    pred_to_gold: dict[str, str],
    doc_of: dict[str, str],
) -> PairwiseScore:
    """Pairwise scores; predicted ids are mapped to the gold records they matched."""
    gold_pairs = _pairs(gold, doc_of)
    mapped = []
    for cluster in predicted:
        members = [pred_to_gold.get(m, f"unmatched:{m}") for m in cluster.members]
        mapped.append(cluster.model_copy(update={"members": members}))
    pred_pairs = _pairs(mapped, doc_of)
    hit = len(gold_pairs & pred_pairs)
    return PairwiseScore(precision=metric(hit, len(pred_pairs)), recall=metric(hit, len(gold_pairs)))


def score_flags(
    predicted: Sequence[ClaimCluster],
    gold: Sequence[ClaimCluster],
    pred_to_gold: dict[str, str],
) -> dict[str, PairwiseScore]:
    """Per flag: on each predicted cluster that shares two members or more with a gold
    cluster (the one it shares most with), a flag raised is right when the gold cluster has
    it, and a gold flag is found when the predicted cluster raises it."""
    right: Counter[str] = Counter()
    raised: Counter[str] = Counter()
    wanted: Counter[str] = Counter()
    for cluster in predicted:
        members = {pred_to_gold[m] for m in cluster.members if m in pred_to_gold}
        shared, best = max(((len(members & set(g.members)), g) for g in gold), key=lambda x: x[0], default=(0, None))
        if best is None or shared < 2:
            continue
        for flag in FLAGS:
            raised[flag] += flag in cluster.flags
            wanted[flag] += flag in best.flags
            right[flag] += flag in cluster.flags and flag in best.flags
    return {f: PairwiseScore(precision=metric(right[f], raised[f]), recall=metric(right[f], wanted[f])) for f in FLAGS}


def score(
    predicted: dict[str, list[Attribution]],
    gold: dict[str, list[Attribution]],
    *,
    predicted_clusters: Optional[Sequence[ClaimCluster]] = None,
    gold_clusters: Optional[Sequence[ClaimCluster]] = (),
    failed: Sequence[str] = (),
) -> EvalReport:
    """Score predictions (by doc_id) against gold records (by doc_id). ``gold_clusters=None``:
    the fixtures say nothing of clusters, so cluster scores are n/a (value None), not 0."""
    tp = n_pred = n_pred_noncore = 0
    exact = speaker_strict = speaker_lenient = kind_ok = 0
    core_matches = 0
    gold_core_by_kind: dict[str, int] = defaultdict(int)
    found_by_kind: dict[str, int] = defaultdict(int)
    pred_to_gold: dict[str, str] = {}
    doc_of: dict[str, str] = {}
    for doc_id, gold_records in gold.items():
        preds = predicted.get(doc_id, [])
        n_pred += len(preds)
        for g in gold_records:
            doc_of[g.id] = doc_id
            if g.core:
                gold_core_by_kind[g.kind] += 1
        for p in preds:
            doc_of[p.id] = doc_id
        for i, j, _ in match_records(preds, gold_records):
            p, g = preds[i], gold_records[j]
            pred_to_gold[p.id] = g.id
            if not g.core:
                n_pred_noncore += 1
                continue
            tp += 1
            core_matches += 1
            found_by_kind[g.kind] += 1
            exact += trimmed(p.content) == trimmed(g.content)
            speaker_strict += names_strict(p.speaker.name, g.speaker.name)
            speaker_lenient += names_lenient(p.speaker.name, g.speaker.name)
            kind_ok += p.kind == g.kind
    gold_core = sum(gold_core_by_kind.values())
    precision = metric(tp, n_pred - n_pred_noncore)
    recall = metric(tp, gold_core)
    f1 = None
    if precision.value is not None and recall.value is not None and precision.value + recall.value > 0:
        f1 = 2 * precision.value * recall.value / (precision.value + recall.value)
    clusters: dict[str, PairwiseScore] = {}
    if predicted_clusters is not None:
        for level in ("all", "quote", "claim"):
            p_level = [c for c in predicted_clusters if level in ("all", c.level)]
            if gold_clusters is None:
                n = len(_pairs(p_level, doc_of))
                unknown = Metric(value=None, numerator=0, denominator=n)
                clusters[level] = PairwiseScore(precision=unknown, recall=Metric(value=None, numerator=0, denominator=0))
                continue
            g_level = [c for c in gold_clusters if level in ("all", c.level)]
            clusters[level] = score_clusters(p_level, g_level, pred_to_gold, doc_of)
    flags = score_flags(predicted_clusters, gold_clusters, pred_to_gold) if predicted_clusters and gold_clusters else {}
    return EvalReport(
        documents=len(gold),
        failed_documents=list(failed),
        predicted=n_pred,
        gold=sum(len(v) for v in gold.values()),
        gold_core=gold_core,
        precision=precision,
        recall=recall,
        f1=f1,
        exact_boundary=metric(exact, core_matches),
        speaker_strict=metric(speaker_strict, core_matches),
        speaker_lenient=metric(speaker_lenient, core_matches),
        kind_accuracy=metric(kind_ok, core_matches),
        recall_by_kind={k: metric(found_by_kind[k], gold_core_by_kind[k]) for k in KINDS},
        clusters=clusters,
        flags=flags,
    )
