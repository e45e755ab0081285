"""A document as the way a source speaks: "a statement from the ministry", "figures from
the association", "a report released on Monday by the institute". The body that wrote it
is the source; the document is the channel."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

DOCUMENTS = frozenset(
    """statement report interview letter post release document memo briefing transcript figure data datum
    estimate survey study analysis poll filing record research statistic assessment review audit census
    speech remark brief ruling lawsuit complaint""".split()
)
# Verbs whose subject is the author of the document they take ("issued a statement saying ..."),
# unlike "read", "obtained" or "cited".
ISSUING = frozenset("issue release send publish post put deliver give make write tweet file circulate".split())
_AUTHOR_PREPS = ("from", "by", "of")
# Entity types of a possessor that wrote nothing: "last year's figures", "the day's statement".
_NO_AUTHOR = frozenset(("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"))


def author_span(author: Token) -> tuple[int, int]:
    """Token range of an author's phrase, without a possessive ending ("Ana Ruiz's")."""
    last = author.right_edge.i
    while last > author.i and author.doc[last].dep_ == "case":
        last -= 1
    return author.left_edge.i, last + 1


def _pobj_of(prep: Token) -> Optional[Token]:
    if prep.dep_ in ("prep", "agent") and prep.lower_ in _AUTHOR_PREPS:
        return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def document_author(noun: Token) -> Optional[Token]:
    """The body a document noun names as its author: on the noun ("a study by Harvard"), on
    a participle that describes it ("a report released on Monday by the institute") or as
    the subject of a relative clause on it ("a speech Ms. Ruiz gave in May"), or its owner by
    name ("Ana Ruiz's letter", not "his letter", which a pronoun sieve would have to resolve)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DOCUMENTS:
        return None
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN") and child.ent_type_ not in _NO_AUTHOR:
            return child  # not "last year's statistics"
        author = _pobj_of(child)
        if author is not None:
            return author
        if child.dep_ == "relcl" and child.i > noun.i:
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.i < child.i and subject.tag_ not in ("WDT", "WP"):
                return subject
        if child.dep_ == "acl" and child.tag_ == "VBN":
            for grandchild in child.children:
                author = _pobj_of(grandchild)
                if author is not None and grandchild.lower_ != "of":
                    return author
    return None
