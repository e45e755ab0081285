"""`attrib verify`: check a circulating quote, and whom it is credited to, against the
statements attrib has read. Reuses the claim matching (quote and claim level scores,
word diff); nothing here scores text on its own."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Optional

from attrib.attribute.keys import normalise
from attrib.detect.quotes import QUOTE_MARKS
from attrib.evaluate.scorer import names_lenient
from attrib.match.diff import differs, word_diff
from attrib.match.similarity import (
    CLAIM_LEXICAL,
    QUOTE_COVERAGE,
    claim_similarity,
    features,
    idf_weights,
    quote_similarity,
)
from attrib.match.text import printed_wording, synonym_map
from attrib.models import Attribution, ClaimFrame, Span, Speaker, VerifyMatch, VerifyResult

_EDGE_MARKS = re.compile(f"^[\\s{re.escape(QUOTE_MARKS)}]+|[\\s{re.escape(QUOTE_MARKS)}]+$")


def _query_record(quote: str, speaker: Optional[str], frame: Optional[ClaimFrame]) -> Attribution:
    text = _EDGE_MARKS.sub("", quote)
    return Attribution(id="query", doc_id="query", kind="direct", content=Span(start=0, end=len(text), text=text),
                       speaker=Speaker(name=speaker), frame=frame)


def _same_speaker(given: str, record: Attribution) -> bool:
    names = [record.speaker.name or ""]
    if record.speaker.key:
        names.append(record.speaker.key.split(":", 1)[-1].replace("-", " "))
    return any(names_lenient(normalise(given), normalise(n)) for n in names if n)


def verify(
    quote: str,
    records: Sequence[Attribution],
    *,
    speaker: Optional[str] = None,
    outlets: Optional[dict[str, Optional[str]]] = None,
    frame: Optional[ClaimFrame] = None,
    limit: int = 10,
) -> VerifyResult:
    """Matches of ``quote`` among ``records``, best first, and a verdict with its reasons.

    ``frame`` is the quote's main clause (from the parser) for claim-level matching.
    """
    outlets = outlets or {}
    table = synonym_map()
    query = _query_record(quote, speaker, frame)
    q = features(query, table)
    feats = [features(r, table) for r in records]
    idf = idf_weights([*feats, q])
    matches = []
    for record, f in zip(records, feats):
        quote_score = quote_similarity(q, f, same_speaker=True)  # the words are in question, not who said them
        # one circulating statement against each printed one: who said it is judged apart
        claim_score = claim_similarity(q, f, idf, same_speaker=True)
        if quote_score >= QUOTE_COVERAGE:
            level, score = "quote", quote_score
        elif claim_score >= CLAIM_LEXICAL:
            level, score = "claim", min(1.0, claim_score)
        else:
            continue
        printed = printed_wording(record, level)
        diff = word_diff(query.content.text, printed)
        verbatim = level == "quote" and record.kind in ("direct", "mixed") and not differs(_inner(diff))
        matches.append(
            VerifyMatch(
                attribution_id=record.id,
                doc_id=record.doc_id,
                outlet=outlets.get(record.doc_id),
                content=record.content,
                speaker=record.speaker,
                kind=record.kind,
                via=record.via,
                level=level,  # type: ignore[arg-type]
                similarity=round(score, 4),
                wording=printed,
                verbatim=verbatim,
                excerpt=verbatim and differs(diff),
                speaker_matches=None if speaker is None else _same_speaker(speaker, record),
                diff=diff,
            )
        )
    matches.sort(key=lambda m: (m.level != "quote", not m.verbatim, -m.similarity))
    matches = matches[:limit]
    verdict, reasons = _verdict(matches, speaker)
    return VerifyResult(quote=query.content.text, speaker=speaker, verdict=verdict, reasons=reasons, matches=matches,
                        found_as_given=verdict == "found verbatim")


def _inner(diff):
    """The diff without leading and trailing insertions: a trimmed quote is still the same words."""
    steps = list(diff)
    while steps and steps[0].op == "insert":
        steps.pop(0)
    while steps and steps[-1].op == "insert":
        steps.pop()
    return steps


def _where(m: VerifyMatch) -> str:
    return f"{m.outlet or m.doc_id} ({m.speaker.name or 'unknown speaker'})"


def _verdict(matches: list[VerifyMatch], speaker: Optional[str]) -> tuple[str, list[str]]:
    if not matches:
        return "not found in these sources", ["no statement in these sources matches the quote's words or claim"]
    reasons = []
    if speaker is not None and not any(m.speaker_matches for m in matches):
        credited = sorted({m.speaker.name or "unknown" for m in matches})
        reasons.append(f"the speaker given, {speaker}, differs from every matching source: "
                       f"they credit {', '.join(credited)}")
        return "found but credited to someone else", reasons
    pool = [m for m in matches if m.speaker_matches is not False]
    verbatim = [m for m in pool if m.verbatim]
    quoted = [m for m in pool if m.level == "quote" and m.kind in ("direct", "mixed")]
    if verbatim:
        reasons.append("printed word for word as a quote by " + ", ".join(
            _where(m) + (" (an excerpt of a longer quote)" if m.excerpt else "") for m in verbatim))
        others = [m for m in quoted if not m.verbatim]
        if others:
            reasons.append("printed with other words by " + ", ".join(_where(m) for m in others))
        return "found verbatim", reasons
    if quoted:
        reasons.append("quoted with different words by " + ", ".join(_where(m) for m in quoted))
        return "found with different wording", reasons
    quoting = [m for m in pool if m.kind in ("direct", "mixed")]
    reporting = [m for m in pool if m.kind not in ("direct", "mixed")]
    if quoting:
        reasons.append("a paraphrase of what the source is quoted as saying, in other words, by "
                       + ", ".join(_where(m) for m in quoting))
    if reporting:
        reasons.append("reported in other words, not quoted, by " + ", ".join(_where(m) for m in reporting))
    return "found only as a paraphrase", reasons
