"""A noun of saying with its speaker as possessor: "Mara Quill's claim that the bridge
was unsafe", "the ministry's statement that the talks had failed".

The noun is in the lexicon's ``speech_nouns``; its possessor can name a source; its
that-clause (a complement: the clause has a subject of its own, unlike the relative clause of
"the claim that he made") is what the possessor said. A denial's clause is what the source
rejects, so the record is non-core (ANNOTATION.md 3c).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from attrib.detect.found import Found
from attrib.detect.quotes import Quote
from attrib.detect.spans import content_and_kind, inside_quote, subtree_extent
from attrib.detect.subjects import SUBJECTS, can_be_source
from attrib.lexicon import Lexicon


def _that_clause(noun: Token) -> Token | None:
    """The noun's complement clause: "that" as its marker and a subject of its own."""
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp") and child.i > noun.i and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in child.children) and any(
                s.dep_ in (*SUBJECTS, "nsubjpass", "expl") for s in child.children):
            return child
    return None


def detect_noun_cues(doc: Doc, quotes: Sequence[Quote], lexicon: Lexicon) -> Iterator[tuple[Token, Found]]:
    """Yield (cue noun, record) for every possessed noun of saying with a that-clause."""
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.speech_nouns or inside_quote(noun.idx, quotes):
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        clause = _that_clause(noun)
        if owner is None or clause is None or owner.lower_ in ("its", "their", "his", "her", "my", "our", "your"):
            continue  # a pronoun owner is resolved where a verb cue names it; here only named owners
        if not can_be_source(owner, lexicon):
            continue
        first, last = subtree_extent(clause)
        decided = content_and_kind(doc, doc[first].idx, doc[last].idx + len(doc[last]), quotes)
        if decided is None:
            continue
        kind, content = decided
        mention = doc[owner.left_edge.i : owner.i + 1]  # "Mara Quill" without "'s"
        core = noun.lemma_.lower() != "denial"
        yield noun, Found(kind, content, (noun.idx, noun.idx + len(noun)), mention, None, "noun-cue", core)
