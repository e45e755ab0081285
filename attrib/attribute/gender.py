"""The grammatical gender a person's name tells, or None: never a guess.

Evidence, strongest first: an honorific the article writes before the name ("Ms. Ruiz"),
a pronoun the article already bound to that person, then the first name, read from a list
derived from the US Census Bureau's 1990 first-name frequencies (``data/first_names.tsv``,
public domain; names given to both sexes and names that are also common family names are
not in it, so "Dana Ruiz" or "Kim Jong Un" have no gender from their first name).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Optional


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """First name (lower case) -> "m" or "f"."""
    text = resources.files("attrib.data").joinpath("first_names.tsv").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, sex = line.split("\t")
            table[name] = sex
    return table


def name_gender(name: str) -> Optional[str]:
    """"m" / "f" from the first word of a name of two or more words, else None."""
    words = name.replace(".", ". ").split()
    if len(words) < 2:
        return None  # a bare name may be a family name ("Jordan said")
    return first_names().get(words[0].lower())
