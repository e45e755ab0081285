"""Negated and withheld speech (ANNOTATION.md 3c): "has not said she would veto", "won't say
what he'll do", "declined to say whether", "did not tell reporters that", "refused to confirm
that", "stopped short of saying", "without saying", "nobody has said", "whether it is right
for a judge to say". None of these is a
statement of the source: no record attributes the content to it. A denial ("denied that X")
is a statement of its own and is not handled here.

Works on the dependency parse of the cue verb: its own negation, a subject that names no one,
or the verb above it when the cue is its complement ("declined to say", "did not want to say").
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

# Verbs and adjectives whose infinitive complement is speech held back.
WITHHOLD = frozenset(
    """decline refuse fail avoid neglect yet unwilling reluctant unable loath loth""".split()
)
# Their negation is speech after all: "did not hesitate to say".
_DOUBLE_NEGATIVE = frozenset("hesitate fail".split())
# Prepositions whose gerund is speech that did not happen: "without saying", "short of saying".
_WITHOUT = frozenset(("without", "instead"))
_NOBODY = frozenset(("nobody", "none", "neither"))


def _negated(token: Token) -> bool:
    """A 'not' / "n't" / 'never' on ``token`` that negates it ("not only said" does not)."""
    for child in token.children:
        # the negation stands before the verb, only auxiliaries and adverbs between
        # ('"... Probably not," she said' hangs a quoted "not" on the cue)
        between = token.doc[child.i + 1 : token.i]
        if child.i > token.i or any(t.pos_ not in ("AUX", "ADV", "PART") for t in between):
            continue
        if child.dep_ == "neg":
            nxt = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
            if nxt is not None and nxt.lower_ in ("only", "just", "merely", "simply"):
                continue
            return True
        if child.dep_ == "preconj" and child.lower_ == "neither":
            return True
    return False


def _no_one(subject: Token) -> bool:
    """'Nobody', 'no one', 'none of them', 'no official' as the subject."""
    if subject.lower_ in _NOBODY:
        return True
    if subject.lower_ == "one" and subject.i > 0 and subject.doc[subject.i - 1].lower_ == "no":
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def is_withheld(verb: Token, source: Optional[Token] = None) -> bool:
    """Whether the cue ``verb`` reports speech of ``source`` that was not given."""
    if _negated(verb):
        return True
    if source is not None and _no_one(source):
        return True
    head = verb.head
    if verb.dep_ == "conj" and _negated(head) and any(c.lower_ in ("or", "nor") for c in head.children):
        return True  # "would neither confirm nor deny", "did not confirm or deny that"
    if verb.dep_ in ("xcomp", "advcl", "pcomp") and head.i != verb.i:
        lemma = head.lemma_.lower()
        if verb.dep_ == "pcomp" and (head.lower_ in _WITHOUT or any(
                t.lower_ == "short" for t in (head.head, *head.head.children))):
            return True  # "without saying", "stopped short of saying"
        if verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and verb.tag_ == "VB"):
            if lemma in WITHHOLD or any(c.lower_ == "yet" for c in head.children):
                return not _negated(head)  # "declined to say"; "did not fail to say" is speech
            if _negated(head) and lemma not in _DOUBLE_NEGATIVE:
                return True  # "did not want to say", "would not be drawn to say"
    if verb.dep_ == "xcomp" and head.dep_ == "acomp" and head.lemma_.lower() in WITHHOLD:
        return True  # "was unwilling to say"
    if (any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in head.children)):
        return True  # "whether it is right for a judge to criticize ...": speech weighed, not given
    return False
