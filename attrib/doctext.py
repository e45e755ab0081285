"""What attrib reads many times from a spaCy Doc, computed once per Doc.

``Doc.text`` joins every token on each access, and ``Doc.ents`` / ``Span.ents`` build a
Span for every entity of the document on each access: code that reads them per record
turns linear work quadratic on long articles. Everything in attrib reads them through here.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span

_TEXT = "attrib_text"
_ENTS = "attrib_ents"


def text_of(doc: Doc) -> str:
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> Doc:
    """Record the text the Doc was parsed from (spaCy keeps it exactly), sparing the join."""
    doc.user_data[_TEXT] = text
    return doc


def ents_of(doc: Doc) -> tuple[list[Span], list[int]]:
    """The document's entities, and their start tokens (sorted, for bisecting)."""
    cached = doc.user_data.get(_ENTS)
    if cached is None:
        ents = list(doc.ents)
        cached = doc.user_data[_ENTS] = (ents, [e.start for e in ents])
    return cached


def ents_in(span: Span) -> list[Span]:
    """The entities inside ``span`` (as ``Span.ents``, without rebuilding every entity)."""
    ents, starts = ents_of(span.doc)
    lo, hi = bisect_left(starts, span.start), bisect_right(starts, span.end)
    return [e for e in ents[lo:hi] if e.end <= span.end]
