"""Per-document errors of predictions against gold: what `--show-errors` and the pytest
plugin show. Uses the scorer's matching, so errors and scores always agree."""

from __future__ import annotations

from collections.abc import Sequence

from attrib.evaluate.scorer import match_records, names_lenient, names_strict, trimmed
from attrib.models import Attribution, DocumentErrors, RecordError


def document_errors(doc_id: str, predicted: Sequence[Attribution], gold: Sequence[Attribution]) -> DocumentErrors:
    """Missed core records, spurious predictions, and matched records whose boundaries,
    speaker (strict) or kind differ."""
    errors: list[RecordError] = []
    matches = match_records(predicted, gold)
    matched_p = {i for i, _, _ in matches}
    matched_g = {j for _, j, _ in matches}
    for j, g in enumerate(gold):
        if j not in matched_g and g.core:
            errors.append(RecordError(error="missed", gold=g))
    for i, p in enumerate(predicted):
        if i not in matched_p:
            errors.append(RecordError(error="spurious", predicted=p))
    for i, j, _ in matches:
        p, g = predicted[i], gold[j]
        if not g.core:
            continue
        if trimmed(p.content) != trimmed(g.content):
            errors.append(RecordError(error="boundary", gold=g, predicted=p))
        if not names_strict(p.speaker.name, g.speaker.name):
            errors.append(RecordError(error="speaker", gold=g, predicted=p))
        if p.kind != g.kind:
            errors.append(RecordError(error="kind", gold=g, predicted=p))
    errors.sort(key=lambda e: (e.gold or e.predicted).content.start)  # type: ignore[union-attr]
    return DocumentErrors(doc_id=doc_id, errors=errors)


def describe(error: RecordError) -> str:
    """A plain-text, side-by-side description of one error."""

    def one(label: str, r: Attribution | None) -> str:
        if r is None:
            return f"  {label}: -"
        return (f"  {label}: [{r.kind}] {r.speaker.name or '?'} ({r.cue.text if r.cue else 'no cue'}) "
                f"{r.content.start}:{r.content.end} {' '.join(r.content.text.split())[:160]!r}")

    lenient = ""
    if error.error == "speaker" and error.gold and error.predicted:
        lenient = " (lenient match)" if names_lenient(error.predicted.speaker.name, error.gold.speaker.name) else ""
    return "\n".join([f"{error.error}{lenient}:", one("gold     ", error.gold), one("predicted", error.predicted)])


__all__ = ["describe", "document_errors"]
