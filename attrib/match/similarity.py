"""Pairwise scores of two statements: quote level (shared quoted words) and claim level
(same main clause or a shared event, or strongly shared content words)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple, Optional

from rapidfuzz.distance import Indel

from attrib.match.text import STOP, content_terms, place_map, quoted_fragments, stem, words
from attrib.models import Attribution

# Quote level: the quoted content words of one side, in order, found in the other's (LCS share).
QUOTE_COVERAGE = 0.7
QUOTE_MIN_WORDS = 4
# Claim level: IDF-weighted Jaccard of content terms when the main clauses differ.
CLAIM_LEXICAL = 0.35
# Claim level on words alone: at least this many content terms shared ("she supports the
# teachers" and "we will not back down" share one word class and nothing else).
CLAIM_MIN_SHARED = 2
# Claim level with the same main clause (subject and predicate class): a weaker lexical floor.
CLAIM_FRAME_LEXICAL = 0.08
# Claim level with an event of one kind done to the same thing (the doer unknown on one side).
CLAIM_EVENT_LEXICAL = 0.15


class Event(NamedTuple):
    """One event of a statement, folded: predicate class, agent, theme (None: unknown)."""

    predicate: str
    agent: Optional[str]
    theme: Optional[str]


@dataclass(frozen=True)
class Features:
    """What the scorers need of one record, computed once."""

    fragments: tuple[tuple[str, ...], ...]  # quoted fragments as word tuples
    quoted_content: tuple[str, ...]  # quoted content words, in order
    terms: frozenset[str]
    subject: Optional[str]
    predicate: Optional[str]
    events: tuple[Event, ...]


def _fold(phrase: Optional[str], synonyms: dict[str, str]) -> Optional[str]:
    if not phrase:
        return None
    key = tuple(phrase.lower().split())
    places = place_map()
    if key in places:
        return places[key]
    return synonyms.get(stem(phrase), phrase)


_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "that", "this", "who", "which", "you"))


def _events(record: Attribution, synonyms: dict[str, str]) -> tuple[Event, ...]:
    """The record's events with predicate and arguments folded; pronouns are unknown."""
    out = []
    for event in record.events:
        predicate = _fold(event.predicate, synonyms)
        if not predicate or predicate == "~say":
            continue
        agent, theme = (_fold(p, synonyms) for p in (event.subject, event.object))
        agent = None if agent in _PRONOUNS else agent
        theme = None if theme in _PRONOUNS else theme
        if agent or theme:
            out.append(Event(predicate, agent, theme))
    return tuple(out)


def event_keys(f: Features) -> set[tuple[str, str, str]]:
    """Index keys: ("agent", "~supply", "north korea"), ("theme", "~supply", "~weapon")."""
    keys = set()
    for e in f.events:
        if e.agent:
            keys.add(("agent", e.predicate, e.agent))
        if e.theme:
            keys.add(("theme", e.predicate, e.theme))
    return keys


def features(record: Attribution, synonyms: dict[str, str]) -> Features:
    fragments = tuple(tuple(words(f)) for f in quoted_fragments(record))
    quoted_content = tuple(stem(w) for f in fragments for w in f if w not in STOP)
    frame = record.frame
    subject = _fold(frame.subject, synonyms) if frame else None
    if subject in _PRONOUNS:
        subject = None  # a pronoun says nothing across articles
    return Features(
        fragments=fragments,
        quoted_content=quoted_content,
        terms=content_terms(record.content.said(), synonyms),
        subject=subject,
        predicate=_fold(frame.predicate, synonyms) if frame else None,
        events=_events(record, synonyms),
    )


def _contains(fragment: tuple[str, ...], other: tuple[tuple[str, ...], ...]) -> bool:
    """A quoted fragment of two or more words (one a content word) printed inside the other's quotes."""
    if len(fragment) < 2 or all(w in STOP for w in fragment):
        return False
    needle = " " + " ".join(fragment) + " "
    return any(needle in " " + " ".join(f) + " " for f in other)


def quote_similarity(a: Features, b: Features) -> float:
    """1.0 when one side's quoted fragment appears whole in the other's quotes; else the share
    of the shorter side's quoted content words found in order in the other's (0 when short)."""
    if not a.fragments or not b.fragments:
        return 0.0
    if any(_contains(f, b.fragments) for f in a.fragments) or any(_contains(f, a.fragments) for f in b.fragments):
        return 1.0
    qa, qb = a.quoted_content, b.quoted_content
    if min(len(qa), len(qb)) < QUOTE_MIN_WORDS:
        return 0.0
    common = (len(qa) + len(qb) - Indel.distance(qa, qb)) / 2
    return common / min(len(qa), len(qb))


def idf_weights(feats: Sequence[Features]) -> dict[str, float]:
    """Inverse document frequency of each content term over the statements compared."""
    df: Counter[str] = Counter()
    for f in feats:
        df.update(f.terms)
    n = len(feats)
    return {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}


def weighted_jaccard(a: frozenset[str], b: frozenset[str], idf: dict[str, float]) -> float:
    common = a & b
    if not common:
        return 0.0
    inter = sum(idf.get(t, 1.0) for t in common)
    union = sum(idf.get(t, 1.0) for t in a) + sum(idf.get(t, 1.0) for t in b) - inter
    return inter / union if union else 0.0


def same_frame(a: Features, b: Features) -> bool:
    """Same main clause: subject and predicate class."""
    return bool(a.subject and a.predicate and a.subject == b.subject and a.predicate == b.predicate)


def _agrees(x: Optional[str], y: Optional[str]) -> Optional[bool]:
    """True: the same party; False: different parties; None: one side does not say."""
    return None if not x or not y else x == y


def shared_event(a: Features, b: Features) -> Optional[str]:
    """The strongest role two statements share on an event of one kind, with no role in
    conflict: "agent" (the same party does it), "theme" (it is done to the same thing,
    the doer unknown on one side), else None. "North Korea supplied weapons" and "missiles
    delivered by North Korea" share the agent; "North Korea supplied oil" conflicts."""
    best = None
    for x in a.events:
        for y in b.events:
            if x.predicate != y.predicate:
                continue
            agent, theme = _agrees(x.agent, y.agent), _agrees(x.theme, y.theme)
            if agent is False or theme is False:
                continue
            if agent:
                return "agent"
            if theme:
                best = "theme"
    return best


def claim_similarity(a: Features, b: Features, idf: dict[str, float]) -> float:
    """Weighted Jaccard of content terms. Pairs sharing their main clause, or an event with
    the same agent, pass a lower bar; an event done to the same thing by an unknown doer is
    weaker evidence and passes a middle one. Reported by scaling so that one threshold
    (CLAIM_LEXICAL) applies to all."""
    lexical = weighted_jaccard(a.terms, b.terms, idf)
    if lexical >= CLAIM_LEXICAL and len(a.terms & b.terms) >= CLAIM_MIN_SHARED:
        return lexical
    event = shared_event(a, b)
    floor = CLAIM_FRAME_LEXICAL if same_frame(a, b) or event == "agent" else CLAIM_EVENT_LEXICAL if event else None
    if floor is not None and lexical >= floor:
        return CLAIM_LEXICAL
    if lexical >= CLAIM_LEXICAL:
        return CLAIM_LEXICAL / 2  # words alone, too few of them shared: not the same claim
    return lexical
