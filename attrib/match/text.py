"""Text features of a statement for cross-source matching: words, content words,
quoted fragments, with place names and demonyms folded to one form."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from attrib.detect.quotes import find_quotes
from attrib.models import Attribution

_WORD = re.compile(r"[\w][\w.'\u2019-]*[\w]|\w")
# A small English stop list: function words that say nothing about the claim.
STOP = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each either few for from further
    had has have having he her here hers him his how i if in into is it its itself just may me might
    more most must my no nor not now of off on once only or other our out over own same she should so
    some such than that the their them then there these they this those through to too under until up
    upon very was we were what when where which while who whom why will with would you your said says
    say told tell according reported also however meanwhile already even still""".split()
)


@lru_cache(maxsize=1)
def place_map() -> dict[tuple[str, ...], str]:
    """Variant word tuple -> canonical name ("pyongyang",) -> "north korea"."""
    text = resources.files("attrib.data").joinpath("places.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    table: dict[tuple[str, ...], str] = {}
    for canonical, variants in data.items():
        for variant in [canonical, *variants]:
            table[tuple(str(variant).lower().split())] = str(canonical)
    return table


@lru_cache(maxsize=8)
def synonym_map(extra: str | None = None) -> dict[str, str]:
    """Stemmed word -> its class ("munitions" -> "weapon"); the first class listing a word wins."""
    sources = [resources.files("attrib.data").joinpath("synonyms.yaml").read_text(encoding="utf-8")]
    if extra:
        sources.append(open(extra, encoding="utf-8").read())
    table: dict[str, str] = {}
    for text in sources:
        for klass, members in (yaml.safe_load(text) or {}).items():
            for word in members or []:
                table.setdefault(stem(str(word).lower()), f"~{klass}")
    return table


def words(text: str) -> list[str]:
    """Lower-case word tokens, curly apostrophes straightened."""
    return [w.lower().replace("\u2019", "'") for w in _WORD.findall(text)]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light English stem so that plurals and tenses meet ("missiles" ~ "missile")."""
    for suffix in ("'s", "ies", "ied", "es", "s", "ed", "ing"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            break
    # a final e goes too, so that "provide", "provided" and "providing" meet
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def content_terms(text: str, synonyms: dict[str, str] | None = None) -> frozenset[str]:
    """Content words (stemmed), with place names and demonyms folded to one term each and,
    given a synonym map, words of one class folded to the class."""
    # "North Korea's" is North Korea for place names
    tokens = [w[:-2] if w.endswith("'s") else w for w in words(text)]
    places = place_map()
    synonyms = synonyms or {}
    terms: set[str] = set()
    i = 0
    while i < len(tokens):
        for size in (4, 3, 2, 1):
            key = tuple(tokens[i : i + size])
            if len(key) == size and key in places:
                terms.add(places[key].replace(" ", "_"))
                i += size
                break
        else:
            word = tokens[i]
            if word not in STOP and not word.isdigit() and len(word) > 1:
                base = stem(word)
                terms.add(synonyms.get(base, base))
            i += 1
    return frozenset(terms)


def quoted_fragments(record: Attribution) -> list[str]:
    """The words the record presents as the source's own: all of a direct quote, the
    quoted fragments of a mixed one, nothing for indirect speech."""
    pieces = [f.text for f in record.content.fragments] if record.content.fragments else [record.content.text]
    if record.kind == "direct":
        return pieces  # an interrupted quote: its pieces, not the frame between them
    if record.kind == "mixed":
        return [text[q.start : q.end] for text in pieces for q in find_quotes(text) if q.end > q.start]
    return []


def printed_wording(record: Attribution, level: str) -> str:
    """The words compared at ``level``: the quoted fragments at quote level (joined by an
    ellipsis), else the whole content."""
    fragments = quoted_fragments(record) if level == "quote" else []
    return " \u2026 ".join(fragments) if fragments else record.content.said()
