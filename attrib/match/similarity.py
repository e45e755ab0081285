"""Pairwise scores of two statements: quote level (shared quoted words) and claim level
(same main clause or a shared event, or strongly shared content words)."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple, Optional

from rapidfuzz.distance import Indel

from attrib.match.text import STOP, place_map, quoted_fragments, stem, terms_and_names, words, words_raw
from attrib.models import Attribution

# Quote level: the quoted content words of one side, in order, found in the other's (LCS share),
# for a quote of at least QUOTE_MIN_WORDS content words; or a verbatim run holding at least
# QUOTE_RUN_WORDS content words. A shorter quote ("fake news", "a great deal") matches only when
# the same speaker said it.
QUOTE_COVERAGE = 0.7
QUOTE_MIN_WORDS = 5
QUOTE_RUN_WORDS = 5
# A quoted term: a fragment of at most this many words, which two speakers may share.
QUOTE_TERM_WORDS = 8
# Words that make a quoted fragment a piece of a sentence rather than a term.
_CLAUSE_WORDS = frozenset(
    "i me my we us our you your he him his she her they them their it its this that there "
    "i'm we're you're he's she's it's they're i've we've you've i'll we'll you'll he'll she'll they'll "
    "am is are was were be been being has have had do does did will would can could should may might must "
    "not never no nor neither cannot without n't don't doesn't didn't won't can't isn't aren't wasn't".split())
# Between articles about different events: runs of QUOTE_RUN_WORDS shared, i.e. a run of 7 content words.
QUOTE_FAR_RUNS = 3
# Claim level: IDF-weighted Jaccard of content terms when the main clauses differ.
CLAIM_LEXICAL = 0.35
NEGATIONS = frozenset(("not", "never", "no", "nor", "neither", "cannot", "without"))
# Claim level with no named participant in common: at least this many content terms shared.
CLAIM_SPECIFIC = 3
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
    distinct_quoted: int  # how many different quoted content words ("Grim, grim days": two)
    grams: frozenset[tuple[str, ...]]  # runs of QUOTE_RUN_WORDS quoted content words, per fragment
    titled_out: tuple[tuple[str, ...], ...]  # the quoted fragments that are not title-case names or titles
    names: frozenset[str]  # named participants: capitalised words of the content, folded
    negative: bool  # the content says "not", "never", "no" ...: "not ready to support" is not "would support"
    figures: tuple[tuple[str, str], ...]  # (unit, number) it states: "4 points" and "6 points" are two claims
    question: bool  # the content asks a question
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


_NUMBER = re.compile(r"\d[\d,.]*")


def _figures(text: str) -> tuple[tuple[str, str], ...]:
    """(unit, number) pairs: each figure with the content word it counts ("4 points" ->
    ("point", "4"), "11,000 containers" -> ("container", "11000"))."""
    out = []
    for m in _NUMBER.finditer(text):
        after = [w for w in words(text[m.end() : m.end() + 40]) if w not in STOP and not w[0].isdigit()]
        if after and after[0] in ("percent", "percentage") and after[1:2] in (["point"], ["points"]):
            after = after[1:]  # "4 percentage points" counts points, like "6 points"
        if after:
            out.append((stem(after[0]), m.group().rstrip(",.").replace(",", "")))
    return tuple(out)


def _figures_conflict(a: tuple[tuple[str, str], ...], b: tuple[tuple[str, str], ...]) -> bool:
    """A unit both count, with no number in common: two different figures of one thing."""
    for unit in {u for u, _ in a} & {u for u, _ in b}:
        if not {n for u, n in a if u == unit} & {n for u, n in b if u == unit}:
            return True
    return False


def _title_case(text: str) -> bool:
    """"Meet the Press", "Squawk Box": every word capitalised but short function words."""
    tokens = [w for w in words_raw(text) if w.lower() not in STOP or len(w) > 3]
    return bool(tokens) and all(w[:1].isupper() or not w[:1].isalpha() for w in tokens)


def features(record: Attribution, synonyms: dict[str, str]) -> Features:
    printed = quoted_fragments(record)
    # "third-grade" and "third grade" are the same quoted words, however the outlet hyphenated them
    fragments = tuple(tuple(part for w in words(f) for part in w.split("-") if part) for f in printed)
    quoted_content = tuple(stem(w) for f in fragments for w in f if w not in STOP)
    said = record.content.said()  # the quoted pieces, not a frame that interrupts them
    terms, names = terms_and_names(said, synonyms)
    grams = set()
    for fragment in fragments:
        content = [stem(w) for w in fragment if w not in STOP]
        for k in range(len(content) - QUOTE_RUN_WORDS + 1):
            run = tuple(content[k : k + QUOTE_RUN_WORDS])
            if sum(w not in names for w in run) >= 2:  # not a title and name ("former Secretary of State ...")
                grams.add(run)
    frame = record.frame
    subject = _fold(frame.subject, synonyms) if frame else None
    if subject in _PRONOUNS:
        subject = None  # a pronoun says nothing across articles
    return Features(
        fragments=fragments,
        quoted_content=quoted_content,
        distinct_quoted=len(set(quoted_content)),
        grams=frozenset(grams),
        titled_out=tuple(f for f, raw in zip(fragments, printed) if not _title_case(raw)),
        names=names,
        negative=any(w in NEGATIONS or w.endswith("n't") for w in words(said)),
        figures=_figures(said),
        question=said.rstrip(" \"'\u201d\u2019,").endswith("?"),
        terms=terms,
        subject=subject,
        predicate=_fold(frame.predicate, synonyms) if frame else None,
        events=_events(record, synonyms),
    )


def quote_coverage(a: Features, b: Features) -> float:
    """Share of the shorter side's quoted content words found, in order, in the other's."""
    qa, qb = a.quoted_content, b.quoted_content
    if not qa or not qb:
        return 0.0
    common = (len(qa) + len(qb) - Indel.distance(qa, qb)) / 2
    return common / min(len(qa), len(qb))


def short_run(fragment: tuple[str, ...]) -> tuple[str, ...]:
    """A quoted fragment's content words, stemmed: its key in the quote index."""
    return tuple(stem(w) for w in fragment if w not in STOP)


def _printed_in(fragment: tuple[str, ...], other: tuple[tuple[str, ...], ...],
                slogans: frozenset[tuple[str, ...]] = frozenset(), longest: Optional[int] = None) -> bool:
    """A quoted fragment of two or more content words, not a title-case name or title
    ("Meet the Press") nor a slogan, printed whole inside the other side's quotes (inside a
    quote of at most ``longest`` words, when given, and then only a term: no pronoun,
    negation or auxiliary verb, which make a fragment a piece of a sentence)."""
    content = short_run(fragment)
    if len(content) < 2 or content in slogans:
        return False
    if longest is not None and _CLAUSE_WORDS.intersection(fragment):
        return False  # "not ready just yet", "I'm ready": a piece of a sentence, not a term
    needle = " " + " ".join(fragment) + " "
    return any(needle in " " + " ".join(f) + " " for f in other if longest is None or len(f) <= longest)


def quote_similarity(a: Features, b: Features, same_speaker: bool = False, related: bool = True,
                     slogans: frozenset[tuple[str, ...]] = frozenset(), near: Optional[bool] = None) -> float:
    """How surely two statements print the same quoted words (0: not enough evidence).

    - most (QUOTE_COVERAGE) of the shorter quote's content words in order, for a quote of at
      least QUOTE_MIN_WORDS content words, or a run of QUOTE_RUN_WORDS content words printed
      alike (of QUOTE_RUN_WORDS + 1 when the speakers differ): the same quote when the articles
      were published within a week (``near``; one event, ``related``, when dates are unknown);
      further apart, when one speaker says most of the shorter quote again (a speaker
      repeating a line at another event stays a true match; one shared phrase inside two
      longer quotes is no repeated line), else only with a longer run (QUOTE_FAR_RUNS runs:
      7 content words printed alike);
    - a shorter quoted fragment (two or more content words) printed whole in the other's
      quotes (credited to two speakers: in a quote of at most QUOTE_TERM_WORDS words, a term
      both articles quote): only within one event (for one speaker, also in articles published
      within a week whose profiles are not close: an article's other statements say little of
      this one's occasion), and never a phrase many articles quote (``slogans``: "make America
      great again", "political revolution"), which says nothing of the occasion.
    """
    if not a.fragments or not b.fragments:
        return 0.0
    # distinct words: a word said twice ("Grim, grim days ...") is no more evidence
    shorter = min(a.distinct_quoted, b.distinct_quoted)
    coverage = quote_coverage(a, b)
    runs = len(a.grams & b.grams)
    # one run of QUOTE_RUN_WORDS content words is a common phrase when two speakers say it
    # ("the review of the city budget office records")
    covered = shorter >= QUOTE_MIN_WORDS and coverage >= QUOTE_COVERAGE
    strong = covered or runs >= (1 if same_speaker else 2)
    near = related if near is None else near
    if strong and (near or runs >= QUOTE_FAR_RUNS or (same_speaker and covered)):
        return max(coverage, QUOTE_COVERAGE)
    # Two speakers: only a term both articles quote as a short fragment ("a 'comprehensive
    # strategic partnership'"), never words inside one side's longer quote ("not ready just yet")
    longest = None if same_speaker else QUOTE_TERM_WORDS
    if (related or same_speaker and near) and (any(_printed_in(f, b.fragments, slogans, longest) for f in a.titled_out)
                    or any(_printed_in(f, a.fragments, slogans, longest) for f in b.titled_out)):
        return max(coverage, QUOTE_COVERAGE)
    return 0.0


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
    # math.fsum: a sum over a set must not depend on the set's order (the hash seed), or
    # scores at a threshold, the reference member and the diffs change from run to run
    inter = math.fsum(idf.get(t, 1.0) for t in common)
    union = math.fsum(idf.get(t, 1.0) for t in a) + math.fsum(idf.get(t, 1.0) for t in b) - inter
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


def _may_be_one_claim(a: Features, b: Features, related: bool) -> bool:
    """The guards every claim-level match passes, whatever its evidence."""
    if not related:
        return False  # the same words about another event are another claim, whoever says them
    if a.negative != b.negative:
        return False  # "he is not ready to support X" and "they would support X" say opposite things
    if _figures_conflict(a.figures, b.figures):
        return False  # "ahead by 4 points" and "ahead by 6 points" are two claims
    return not (a.question or b.question)  # a question asks, it claims nothing


def claim_similarity(a: Features, b: Features, idf: dict[str, float], same_speaker: bool = False,
                     related: bool = True) -> float:
    """Weighted Jaccard of content terms. Pairs sharing their main clause, or an event with
    the same agent, pass a lower bar; an event done to the same thing by an unknown doer is
    weaker evidence and passes a middle one. Reported by scaling so that one threshold
    (CLAIM_LEXICAL) applies to all. Generic claims ("did nothing wrong", "must compromise")
    are everybody's: two statements match only when they name a participant in common, share
    CLAIM_SPECIFIC content terms, or the same speaker made both; and only within one event
    (``related``). Statements of two different sources need a main clause or an event in
    common besides the words; questions and negated against affirmed statements never match."""
    if not _may_be_one_claim(a, b, related):
        return 0.0
    if not same_speaker and not (a.names & b.names) and len(a.terms & b.terms) < CLAIM_SPECIFIC:
        return 0.0
    lexical = weighted_jaccard(a.terms, b.terms, idf)
    event = shared_event(a, b)
    if not same_speaker and not (same_frame(a, b) or event):
        return 0.0  # two sources, and no clause in common: shared words alone are not one claim
    if lexical >= CLAIM_LEXICAL and len(a.terms & b.terms) >= CLAIM_MIN_SHARED:
        return lexical
    floor = CLAIM_FRAME_LEXICAL if same_frame(a, b) or event == "agent" else CLAIM_EVENT_LEXICAL if event else None
    if floor is not None and lexical >= floor:
        return CLAIM_LEXICAL
    if lexical >= CLAIM_LEXICAL:
        return CLAIM_LEXICAL / 2  # words alone, too few of them shared: not the same claim
    return lexical


# Cosine (all-MiniLM-L6-v2) at which two statements say one claim in other words
# (attrib[semantic]; see docs/claims.md for how it was chosen).
SEMANTIC_CLAIM = 0.75


def semantic_claim(a: Features, b: Features, cosine: float, same_speaker: bool = False, related: bool = True) -> float:
    """Claim-level evidence from meaning (the semantic extra): the cosine of the two statements'
    embeddings stands in for shared words, for one speaker's statements only (two speakers'
    close sentences are often a question and its answer, or two sides of one dispute), under
    the guards of :func:`claim_similarity`: one event, the same polarity and figures, no
    question, and a named participant in common."""
    if not same_speaker or not (a.names & b.names) or not _may_be_one_claim(a, b, related):
        return 0.0
    return CLAIM_LEXICAL if cosine >= SEMANTIC_CLAIM else 0.0
