"""The cue lexicon and the outlet list are data: YAML files users can extend."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional

import yaml

from attrib.errors import LexiconError
from attrib.userfiles import read_user_file

_KEYS = (
    "speech",
    "that_only",
    "np_quote",
    "np_speech",
    "report",
    "channel_nouns",
    "media_nouns",
    "organization_nouns",
    "person_nouns",
    "thing_nouns",
    "document_nouns",
    "speech_nouns",
)


@dataclass(frozen=True)
class Lexicon:
    """Word lists used by the detectors, as frozensets of lower-case lemmas."""

    speech: frozenset[str]
    that_only: frozenset[str]
    np_quote: frozenset[str]
    np_speech: frozenset[str]
    report: frozenset[str]
    channel_nouns: frozenset[str]
    media_nouns: frozenset[str]
    organization_nouns: frozenset[str]
    person_nouns: frozenset[str]
    thing_nouns: frozenset[str]
    document_nouns: frozenset[str]
    speech_nouns: frozenset[str]

    @cached_property
    def phrasal_heads(self) -> frozenset[str]:
        """Verbs that begin a phrasal cue of the lexicons ("point" of "point out")."""
        return frozenset(cue.split()[0] for cue in self.speech | self.that_only if " " in cue)

    def is_cue(self, lemma: str) -> bool:
        return lemma.lower() in self.speech or lemma.lower() in self.that_only


def _read_yaml(path: Path | str, text: str) -> dict:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path}: not valid YAML ({exc.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: expected a mapping of word lists, got {type(data).__name__}")
    return data


def _builtin_text(name: str) -> str:
    return resources.files("attrib.data").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=8)
def load_lexicon(extra: Optional[str] = None) -> Lexicon:
    """The built-in lexicon, merged with the lists of the YAML file ``extra``."""
    data = _read_yaml("cues.yaml", _builtin_text("cues.yaml"))
    merged = {key: {str(w).lower() for w in data.get(key) or []} for key in _KEYS}
    if extra:
        path = Path(extra)
        user = _read_yaml(path, read_user_file(path, "lexicon", LexiconError))
        unknown = set(user) - set(_KEYS)
        if unknown:
            raise LexiconError(f"{path}: unknown keys {sorted(unknown)}; use {list(_KEYS)}")
        for key, words in user.items():
            if not isinstance(words, list):
                raise LexiconError(f"{path}: '{key}' must be a list of words")
            merged[key] |= {str(w).lower() for w in words}
    return Lexicon(**{key: frozenset(merged[key]) for key in _KEYS})


@lru_cache(maxsize=2)
def _outlets(key: str) -> frozenset[str]:
    data = _read_yaml("outlets.yaml", _builtin_text("outlets.yaml"))
    return frozenset(str(n) for n in data.get(key) or [])


def load_outlets() -> frozenset[str]:
    return _outlets("outlets")


def load_unprinted_outlets() -> frozenset[str]:
    """News agencies and broadcasters of outlets.yaml: no "newspaper" is one."""
    return _outlets("not_printed")
