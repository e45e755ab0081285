"""Cross-article speaker keys: unite the same speaker across articles, never merge two.

Within an article the name is already the fullest one it gives ("Putin" stays "Putin"
in an article that says no more). Across articles, a key links such a short name to the
one longer name of the corpus it can stand for ("Putin" -> "Vladimir Putin"), but only
when exactly one longer name fits: "Kim" beside "Kim Jong Un" and "Lami Kim" keeps a key
of its own. A user aliases file (YAML ``canonical: [variant, ...]``) settles known cases.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Optional

from attrib.attribute.entities import HONORIFICS, PARTICLES, PARTY_WORDS, TITLE_ABBREVIATIONS, ascii_fold, initials
from attrib.models import Attribution
from attrib.userfiles import read_word_lists

_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|dr|prof|sir|president|minister|secretary|general)\.?\s+", re.I)


@lru_cache(maxsize=100_000)
def normalise(name: str) -> str:
    """Case-folded ASCII words: "Kim Jong-un" and "kim jong un" normalise alike."""
    text = ascii_fold(name)
    text = _HONORIFIC.sub("", text.strip())
    return " ".join(re.sub(r"[^\w']+", " ", text.casefold()).replace("'s ", " ").split())


_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))


def person_form(norm: str) -> str:
    """A normalised person name without middle initials or generational suffixes: "Tom B.
    Hale", "Tom Hale Jr." and "Tom Hale" are one person's names."""
    words = norm.split()
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return " ".join(words)


def load_aliases(path: Optional[str | Path]) -> dict[str, str]:
    """Read ``canonical: [variant, ...]``; return normalised variant -> canonical."""
    if not path:
        return {}
    data = read_word_lists(path, "aliases", "each canonical name to a list of variants")
    table = {}
    for canonical, variants in data.items():
        for variant in [canonical, *variants]:
            table[normalise(str(variant))] = str(canonical)
    return table


def _proper(name: str) -> bool:
    """A proper name has a capitalised word; "president" or "senior aide" is a description."""
    return any(w[:1].isupper() for w in name.split())


# Words written before a name that are offices, parties or titles, not parts of it: "Florida
# Sen. Ana Ruiz", "Republican Tom Hale", "Majority Whip Tom Hale".
_TITLE_WORDS = frozenset((
    *(h.rstrip(".") for h in HONORIFICS), *TITLE_ABBREVIATIONS.values(), *PARTY_WORDS, "former", "president", "vice",
    "speaker", "whip", "leader", "mayor", "minister", "secretary", "chairman", "chairwoman", "chief", "justice",
    "judge", "congressman", "congresswoman", "candidate", "nominee", "spokesman", "spokeswoman", "affairs"))


def _name_shaped(name: str) -> bool:
    """Written like a person's name: every word capitalised, an initial or a particle ("Tom B.
    Hale", "Bill de Blasio"); "my editor at Politico" is a description, whatever its capitals."""
    words = name.split()
    return bool(words) and all(w[:1].isupper() or w.lower() in PARTICLES for w in words)


def _untitled(norm: str) -> str:
    """A normalised person name without the offices and parties written before it."""
    words = norm.split()
    titled = [k for k, w in enumerate(words[:-1]) if w in _TITLE_WORDS]
    return " ".join(words[titled[-1] + 1 :]) if titled else norm


def _slug(kind: str, name: str) -> str:
    return f"{kind}:{normalise(name).replace(' ', '-')}"


class KeyLinker:
    """Speaker keys for a set of (name, type) pairs: build once, then :meth:`key` per record.

    Lookups go through an index of each name's proper suffixes and first word, so linking
    n records costs O(n), not O(n x distinct names).
    """

    def __init__(self, names: Iterable[tuple[str, str]], aliases: Optional[dict[str, str]] = None):
        self.aliases = aliases or {}
        self._by_type: dict[str, set[str]] = defaultdict(set)
        for name, kind in names:
            # only a name can be the longer form a shorter one stands for
            if name and _proper(name) and (kind != "person" or _name_shaped(name)):
                self._by_type[kind].add(self._form(name, kind))
        self._shorter: dict[tuple[str, tuple[str, ...]], set[str]] = defaultdict(set)
        self._initials: dict[tuple[str, str], set[str]] = defaultdict(set)
        for kind, norms in self._by_type.items():
            for norm in norms:
                words = tuple(norm.split())
                for n in range(1, len(words)):
                    self._shorter[kind, words[-n:]].add(norm)
                if len(words) > 1:
                    self._shorter[kind, ("^", words[0])].add(norm)
                    self._initials[kind, initials(norm.title())].add(norm)

    @staticmethod
    def _form(name: str, kind: str) -> str:
        norm = normalise(name)
        if kind != "person":
            return norm
        return person_form(_untitled(norm) if _name_shaped(name) else norm)

    def key(self, name: Optional[str], kind: str) -> tuple[Optional[str], Optional[str]]:
        """(key, key_source) of one speaker name; (None, None) for an unnamed speaker."""
        if not name:
            return None, None
        norm = normalise(name)
        if norm in self.aliases:
            return _slug(kind, self.aliases[norm]), "alias"
        norm = self._form(name, kind)
        if not _proper(name):
            longer: set[str] = set()  # "the president": a description links to no name
        elif kind == "person":
            words = tuple(norm.split())
            longer = set(self._shorter.get((kind, words), ()))
            if len(words) == 1:
                longer |= self._shorter.get((kind, ("^", words[0])), set())
        elif name.replace(".", "").isupper() and len(norm) <= 8:
            # "KCNA" -> the one name of the batch with those initials
            longer = self._initials.get((kind, norm.upper()), set())
        else:
            longer = set()
        if len(longer) == 1:
            return _slug(kind, next(iter(longer))), "name-chain"
        return _slug(kind, norm), "name"


def link_speakers(records: Sequence[Attribution], aliases: Optional[dict[str, str]] = None) -> list[Attribution]:
    """Records with ``speaker.key`` and ``speaker.key_source`` set, across all articles given."""
    linker = KeyLinker(((r.speaker.name, r.speaker.type) for r in records), aliases)
    return [apply_key(r, linker) for r in records]


def apply_key(record: Attribution, linker: KeyLinker) -> Attribution:
    """The record with its speaker key set by ``linker``."""
    if not record.speaker.name or record.speaker.resolution == "unresolved":
        return record  # "he" with no antecedent is no one in particular: no key to group by
    key, source = linker.key(record.speaker.name, record.speaker.type)
    return record.model_copy(update={"speaker": record.speaker.model_copy(update={"key": key, "key_source": source})})
