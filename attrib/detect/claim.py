"""The main clause of a statement's content as (subject, predicate, object) lemmas.

Stored on each record so that claims can be compared across sources without parsing
again: "North Korea has supplied weapons" -> ("north korea", "supply", "weapon").
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from attrib.models import ClaimFrame

_SUBJECTS = ("nsubj", "nsubjpass")
_OBJECTS = ("dobj", "attr", "oprd", "dative")


def _phrase(token: Token) -> str:
    """A subject or object as lower-case lemmas of its compound name or head."""
    if token.ent_type_:
        doc, start, end = token.doc, token.i, token.i + 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return " ".join(t.lower_ for t in doc[start:end] if t.pos_ != "DET" and t.tag_ != "POS")
    parts = [c for c in token.lefts if c.dep_ == "compound"] + [token]
    return " ".join(t.lemma_.lower() for t in parts)


def claim_frame(doc: Doc, start: int, end: int) -> Optional[ClaimFrame]:
    """The frame of the first verb that heads the content span, or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    inside = range(span.start, span.end)
    heads = [t for t in span if t.head.i not in inside or t.head.i == t.i]
    verb = next((t for t in heads if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        verb = next((t for t in span if t.pos_ == "VERB"), None)
    if verb is None:
        return None
    # "has been providing": the lexical verb, not the auxiliary
    if verb.pos_ == "AUX":
        lexical = next((c for c in verb.children if c.dep_ in ("xcomp", "acomp", "attr")), None)
        predicate = verb.lemma_.lower() if lexical is None else lexical.lemma_.lower()
    else:
        predicate = verb.lemma_.lower()
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    obj = next((c for c in verb.children if c.dep_ in _OBJECTS), None)
    if obj is None:
        prep = next((c for c in verb.children if c.dep_ == "prep"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return ClaimFrame(
        subject=_phrase(subject) if subject is not None else None,
        predicate=predicate,
        object=_phrase(obj) if obj is not None else None,
    )
