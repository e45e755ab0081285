"""Text features of a statement for cross-source matching: words, content words,
quoted fragments, with place names and demonyms folded to one form."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

import yaml

from attrib.detect.quotes import find_quotes
from attrib.models import Attribution
from attrib.userfiles import read_word_lists

_TITLES = frozenset(("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "St", "Prof", "Rev", "Jr", "Sr"))
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
    """Variant word tuple -> canonical name: ("pyongyang",) -> "north korea".

    Every country of countryinfo's data (MIT; names, other spellings, capitals, demonyms and
    their plurals), and the abbreviations and metonyms of ``data/places.yaml``. Left out:
    two- and three-letter codes ("US" would fold the pronoun "us"), capitals of countries
    under a million people or that are first names ("Victoria"), names that are not ASCII.
    """
    from attrib.attribute.gender import first_names

    table: dict[tuple[str, ...], str] = {}

    def add(variant: str, canonical: str) -> None:
        key = tuple(variant.lower().split())
        if key and variant.isascii() and "," not in variant:
            table.setdefault(key, canonical)

    for country in _countries():
        canonical = country["name"].lower()
        add(country["name"], canonical)
        for spelling in country.get("altSpellings") or []:
            if not (spelling.isupper() and len(spelling) <= 3):
                add(spelling, canonical)
        capitals = country.get("capital") or []
        for capital in [capitals] if isinstance(capitals, str) else capitals:
            capital = capital.replace(" D.C.", "")
            if capital and (country.get("population") or 0) >= 1_000_000 and capital.lower() not in first_names():
                add(capital, canonical)
        demonym = country.get("demonym") if isinstance(country.get("demonym"), str) else ""
        if demonym:
            add(demonym, canonical)
            if not demonym.endswith(("ese", "sh", "ch", "ss")):
                add(demonym + "s", canonical)
    data = yaml.safe_load(resources.files("attrib.data").joinpath("places.yaml").read_text(encoding="utf-8")) or {}
    for canonical, variants in data.items():
        for variant in [canonical, *variants]:
            table[tuple(str(variant).lower().split())] = str(canonical)
    return table


@lru_cache(maxsize=1)
def _place_starts() -> frozenset[str]:
    """First words of the place names of more than one word ("north" of "north korea")."""
    return frozenset(key[0] for key in place_map() if len(key) > 1)


def _countries() -> list[dict]:
    """countryinfo's country records (its data files, read directly: the same in every version)."""
    root = resources.files("countryinfo").joinpath("data")
    out = []
    for path in root.iterdir():
        if path.name.endswith(".json"):
            record = json.loads(path.read_text(encoding="utf-8"))
            if record.get("name"):
                out.append(record)
    # most populous first: a demonym several countries share ("American") names the largest
    return sorted(out, key=lambda r: (-(r.get("population") or 0), r["name"]))


@lru_cache(maxsize=8)
def synonym_map(extra: str | None = None) -> dict[str, str]:
    """Stemmed word -> its class ("munitions" -> "weapon"); the first class listing a word wins."""
    sources = [yaml.safe_load(resources.files("attrib.data").joinpath("synonyms.yaml").read_text(encoding="utf-8"))]
    if extra:
        sources.append(read_word_lists(extra, "synonyms", "each class to a list of words ('weapon: [missile, rocket]')"))
    table: dict[str, str] = {}
    for data in sources:
        for klass, members in (data or {}).items():
            for word in members or []:
                table.setdefault(stem(str(word).lower()), f"~{klass}")
    return table


# Invisible format characters (bidi controls, zero-width marks): no part of a word, so that a
# quote printed with a right-to-left override still matches the same words typed plainly.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def visible(text: str) -> str:
    return _INVISIBLE.sub("", text)


def words_raw(text: str) -> list[str]:
    """Word tokens as printed."""
    return _WORD.findall(visible(text))


def words(text: str) -> list[str]:
    """Lower-case word tokens, curly apostrophes straightened, invisible characters dropped."""
    return [w.lower().replace("\u2019", "'") for w in _WORD.findall(visible(text))]


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
    return terms_and_names(text, synonyms)[0]


def named_terms(text: str) -> frozenset[str]:
    """The participants a statement names: place names and demonyms (folded), and other
    capitalised words that do not open a sentence (not "I"), possessives dropped."""
    return terms_and_names(text)[1]


def terms_and_names(text: str, synonyms: dict[str, str] | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """:func:`content_terms` and :func:`named_terms` of one text, in one pass."""
    places = place_map()
    starts = _place_starts()
    synonyms = synonyms or {}
    raw, tokens, opens_at = [], [], []
    previous, before = 0, ""
    text = visible(text)
    for m in _WORD.finditer(text):
        word = m.group()
        if word[0].isupper():  # only a capitalised word can be a name: only then ask if it opens a sentence
            gap = text[previous : m.start()]
            # a word opens a sentence after a full stop (not a title's: "Mr. Trump") or at the start
            stop = any(c in gap for c in ".!?:") and not (gap.startswith(".") and before in _TITLES)
            opens_at.append(stop or (previous == 0 and not gap.strip(" \n\t\"'\u201c\u2018(")))
        else:
            opens_at.append(False)
        previous, before = m.end(), word
        low = word.lower().replace("\u2019", "'")
        raw.append(word)
        tokens.append(low[:-2] if low.endswith("'s") else low)  # "North Korea's" is North Korea
    terms: set[str] = set()
    names: set[str] = set()
    i, n = 0, len(tokens)
    while i < n:
        for size in (4, 3, 2, 1) if tokens[i] in starts else (1,):
            if i + size <= n:
                canonical = places.get(tuple(tokens[i : i + size]))
                if canonical is not None:
                    folded = canonical.replace(" ", "_")
                    terms.add(folded)
                    names.add(folded)
                    i += size
                    break
        else:
            word = tokens[i]
            if word not in STOP and not word.isdigit() and len(word) > 1:
                base = stem(word)
                terms.add(synonyms.get(base, base))
                if raw[i][:1].isupper() and not opens_at[i]:
                    names.add(base)
            i += 1
    return frozenset(terms), frozenset(names)


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
