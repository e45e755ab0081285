"""A speaker mention: its core words, and what resolving it yields (a source, kept for later
pronouns, or a doubt)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Span

# Dependencies of a clause's subject.
SUBJECT = ("nsubj", "nsubjpass")


@dataclass
class Resolved:
    """A resolved source, kept as a timeline entry for later pronouns."""

    name: str
    type: str
    role: Optional[str]
    start: int
    plural: bool = False
    noun: Optional[str] = None  # lemma of the mention's head, for nominal anaphors
    span: Optional[tuple[int, int]] = None  # where this source is named in the text
    sieve: Optional[str] = None  # which sieve chose the antecedent
    doubtful: bool = False  # an unresolved nominal ("the mayor"), kept for the pronouns after it
    asked: bool = False  # the speaker of a question: not the antecedent of the answer's pronoun
    relative: bool = False  # spoke in a relative clause ("X, who had said ..."): not its sentence's subject
    main: bool = False  # spoke in its sentence's main clause, not in a clause inside it ("..., whereas X said")


@dataclass(frozen=True)
class Doubt:
    """Why a mention stays unresolved (``speaker.sieve``), and the words of an unresolved
    antecedent it shares ("the mayor said ... She added")."""

    why: str
    name: Optional[str] = None


# Punctuation after the head that opens an aside: "the justice -- who ...", "Ana Ruiz (D)".
_BREAKS = frozenset((",", "(", ";", ":", "--", "\u2014", "\u2013"))


def core_mention(mention: Span) -> Span:
    """The mention up to its first comma, dash, relative clause or appositive."""
    root = mention.root
    end = mention.end
    for token in mention:
        clause = token.dep_ in ("relcl", "acl") and token.head.pos_ != "PRON" and not (
            token.text[:1].isupper() and root.pos_ == "PROPN")  # a name's words: "Alliance to Reclaim Our Schools"
        if token.i > root.i and (token.text in _BREAKS or clause
                                 or token.tag_ in ("WP", "WDT", "WP$")):  # "aides present who ..."
            # ("those surveyed": a participle on a pronoun is the phrase itself)
            end = token.i
            if clause and token.text.islower() and root.i < token.left_edge.i < token.i:
                # the clause's own first word: "the experts I interviewed", "the push to boycott";
                # not inside a name ("Alliance to Reclaim Our Schools")
                end = token.left_edge.i
            break
    start = mention.start
    return mention.doc[start:end] if end > start else mention
