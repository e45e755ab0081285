"""A document as the way a source speaks: "a statement from the ministry", "figures from
the association", "a report released on Monday by the institute". The body that wrote it
is the source; the document is the channel."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

DOCUMENTS = frozenset(
    """statement report interview letter post release document memo briefing transcript figure data datum
    estimate survey study analysis poll filing record research statistic assessment review audit census""".split()
)
_AUTHOR_PREPS = ("from", "by", "of")


def _pobj_of(prep: Token) -> Optional[Token]:
    if prep.dep_ in ("prep", "agent") and prep.lower_ in _AUTHOR_PREPS:
        return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def document_author(noun: Token) -> Optional[Token]:
    """The body a document noun names as its author: on the noun ("a study by Harvard") or
    on a participle that describes it ("a report released on Monday by the institute")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DOCUMENTS:
        return None
    for child in noun.children:
        author = _pobj_of(child)
        if author is not None:
            return author
        if child.dep_ == "acl" and child.tag_ == "VBN":
            for grandchild in child.children:
                author = _pobj_of(grandchild)
                if author is not None and grandchild.lower_ != "of":
                    return author
    return None
