"""What a fact-checker looks at first in a cluster: different words, a different speaker, a
different channel. Each flag compares entities, not strings: "Hale" and "Tom Hale" are one
speaker, "statement" and "joint statement" one channel."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Optional

from attrib.attribute.keys import normalise, person_form
from attrib.lexicon import load_lexicon, load_outlets
from attrib.match.similarity import Features
from attrib.match.text import content_terms
from attrib.models import Attribution

_CHANNEL_NOISE = frozenset(("the", "a", "an", "its", "his", "her", "their", "program", "programme", "show", "joint",
                            "written", "official", "said", "in", "on", "to", "with", "of", "s"))


def contained_in(a: Features, b: Features) -> bool:
    """Every quoted fragment of ``a`` appears, word for word, in ``b``'s quoted words."""
    haystack = " " + " ".join(" ".join(f) for f in b.fragments) + " "
    return all(" " + " ".join(f) + " " in haystack for f in a.fragments if f)


def same_speaker(a: Attribution, b: Attribution) -> bool:
    """The same speaker entity: one key, or names where the shorter is the end of the longer
    (ANNOTATION.md 4: a shorter form of the same name is the same entity)."""
    sa, sb = a.speaker, b.speaker
    if sa.resolution == "unresolved" or sb.resolution == "unresolved" or not sa.name or not sb.name:
        return False
    if sa.key and sa.key == sb.key:
        return True
    if sa.type != sb.type:
        return False
    if sa.type in ("organization", "media") and _body(sa.name) == _body(sb.name):
        return True  # "Seoul's foreign ministry" and "South Korean Foreign Ministry": one body
    x, y = _name_words(sa.name), _name_words(sb.name)
    short, long_ = sorted((x, y), key=len)
    return bool(short) and long_[-len(short):] == short


@lru_cache(maxsize=50_000)
def _body(name: str) -> frozenset[str]:
    """An organisation's name as terms, places and demonyms folded ("Seoul's" ~ "South Korean")."""
    return content_terms(name) - {"the"}


@lru_cache(maxsize=100_000)
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(person_form(normalise(name)).split())


@lru_cache(maxsize=50_000)
def _channel_parts(via: str) -> tuple[str, frozenset[str]]:
    """A channel's kind (its first channel noun, else its last word: "rally", "interview",
    "statement") and the outlets or platforms it names ("CNN", "Fox News", "Twitter")."""
    words = [w for w in re.findall(r"[a-z0-9]+", normalise(via)) if w not in _CHANNEL_NOISE]
    text = " " + " ".join(words) + " "
    named = frozenset(o for o in _outlet_words() if f" {o} " in text)
    nouns = load_lexicon().channel_nouns  # "excerpts of his speech released by ...": a speech
    kind = next((w for w in words if w in nouns or w.rstrip("s") in nouns), words[-1] if words else "")
    return kind.rstrip("s") if kind.rstrip("s") in nouns else kind, named


def same_channel(a: Optional[str], b: Optional[str]) -> bool:
    """One channel unless the two name different outlets or platforms ("told CNN" / "told Fox
    News"), or different kinds of channel ("interview" / "statement"): "statement" ~ "joint
    statement", "rally" ~ "North Carolina rally", "CBC's The National" ~ "the CBC program The
    National". A statement whose article names no channel does not contradict one that does."""
    if not a or not b:
        return True
    (kind_a, named_a), (kind_b, named_b) = _channel_parts(a), _channel_parts(b)
    if named_a and named_b:
        return bool(named_a & named_b)
    if named_a or named_b:
        return True  # "told CNN" and "in an interview": one may be the other
    return kind_a == kind_b


@lru_cache(maxsize=1)
def _outlet_words() -> frozenset[str]:
    return frozenset(" ".join(re.findall(r"[a-z0-9]+", normalise(o))) for o in load_outlets()) - {""}


_IRREGULAR = {"say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "speak": ("spoke", "spoken"),
              "swear": ("swore", "sworn")}


@lru_cache(maxsize=1)
def _cue_forms() -> frozenset[str]:
    """Past and -ing forms of the cue verbs ("praised", "said", "claiming"), for reading a
    content's words (a base form is too often a noun: "the state", "a report")."""
    lexicon = load_lexicon()
    forms: set[str] = set()
    for lemma in lexicon.speech | lexicon.np_quote:
        if " " in lemma:
            continue
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms.update((stem + "ed", stem + "ing"))
        if lemma.endswith("y"):
            forms.add(lemma[:-1] + "ied")
        forms.update(_IRREGULAR.get(lemma, ()))
    return frozenset(forms)


_QUOTE_MARKS = re.compile("[\"\u201c\u2018']{1,2}")


def _quotes_another(record: Attribution) -> bool:
    """A mixed statement whose quoted words follow another cue inside its content ("advisers
    say the move could backfire, angering voters whom Ana Ruiz praised 'for
    challenging us'"): the quoted words are the embedded speaker's, not this speaker's."""
    if record.kind != "mixed":
        return False
    opening = _QUOTE_MARKS.search(record.content.text)
    words = re.findall(r"[\w'\u2019.]+", record.content.text[: opening.start()] if opening else "")
    # a cue word right after a name ("Ana Ruiz praised"), not after a pronoun ("what it termed")
    return any(w.lower() in _cue_forms() and any(p[:1].isupper() for p in words[max(1, k - 2) : k])
               for k, w in enumerate(words))


def _named_speaker(record: Attribution) -> bool:
    """A speaker the flags can compare: resolved, typed, and named by a proper name ("report",
    "officials" and an unresolved "he" are not)."""
    s = record.speaker
    return (bool(s.name) and s.resolution != "unresolved" and s.type != "unknown"
            and any(w[:1].isupper() for w in s.name.split()))


def _pairs(members: list[int], records: Sequence[Attribution], across: bool = False) -> Iterator[tuple[int, int]]:
    """Every pair of members; ``across``: only members of different articles."""
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            if not across or records[a].doc_id != records[b].doc_id:
                yield a, b


def flags(members: list[int], records: Sequence[Attribution], feats: Sequence[Features]) -> list[str]:
    out = []
    quoted = [m for m in members if feats[m].fragments and records[m].kind in ("direct", "mixed")]
    # two sentences of one article are not two wordings
    if any(not contained_in(feats[a], feats[b]) and not contained_in(feats[b], feats[a])
           for a, b in _pairs(quoted, records, across=True)):
        out.append("wording_differs")
    named = [m for m in members if _named_speaker(records[m]) and not _quotes_another(records[m])]
    if any(not same_speaker(records[a], records[b]) for a, b in _pairs(named, records)):
        out.append("speaker_differs")
    # one article naming a show and then its host is one channel, not outlets that disagree
    if any(not same_channel(records[a].via, records[b].via) for a, b in _pairs(members, records, across=True)):
        out.append("via_differs")
    return out
