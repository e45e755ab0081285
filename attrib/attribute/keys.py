"""Cross-article speaker keys: unite the same speaker across articles, never merge two.

Within an article the name is already the fullest one it gives ("Putin" stays "Putin"
in an article that says no more). Across articles, a key links such a short name to the
one longer name of the corpus it can stand for ("Putin" -> "Vladimir Putin"), but only
when exactly one longer name fits: "Kim" beside "Kim Jong Un" and "Lami Kim" keeps a key
of its own. A user aliases file (YAML ``canonical: [variant, ...]``) settles known cases.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Optional

import yaml

from attrib.attribute.entities import initials
from attrib.errors import AttribError
from attrib.models import Attribution

_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|dr|prof|sir|president|minister|secretary|general)\.?\s+", re.I)


def normalise(name: str) -> str:
    """Case-folded ASCII words: "Kim Jong-un" and "kim jong un" normalise alike."""
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'")).encode("ascii", "ignore").decode()
    text = _HONORIFIC.sub("", text.strip())
    return " ".join(re.sub(r"[^\w']+", " ", text.casefold()).replace("'s ", " ").split())


def load_aliases(path: Optional[str | Path]) -> dict[str, str]:
    """Read ``canonical: [variant, ...]``; return normalised variant -> canonical."""
    if not path:
        return {}
    source = Path(path)
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise AttribError(f"{source}: cannot read aliases ({exc.strerror})") from None
    except yaml.YAMLError:
        raise AttribError(f"{source}: aliases file is not valid YAML") from None
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        raise AttribError(f"{source}: aliases must map each canonical name to a list of variants")
    table = {}
    for canonical, variants in data.items():
        for variant in [canonical, *variants]:
            table[normalise(str(variant))] = str(canonical)
    return table


def _slug(kind: str, name: str) -> str:
    return f"{kind}:{normalise(name).replace(' ', '-')}"


def link_speakers(records: Sequence[Attribution], aliases: Optional[dict[str, str]] = None) -> list[Attribution]:
    """Records with ``speaker.key`` and ``speaker.key_source`` set, across all articles given."""
    aliases = aliases or {}
    names_by_type: dict[str, set[str]] = defaultdict(set)
    for r in records:
        if r.speaker.name:
            names_by_type[r.speaker.type].add(normalise(r.speaker.name))
    out = []
    for r in records:
        name = r.speaker.name
        if not name:
            out.append(r)
            continue
        norm = normalise(name)
        kind = r.speaker.type
        if norm in aliases:
            key, source = _slug(kind, aliases[norm]), "alias"
        else:
            if kind == "person":
                longer = _longer_forms(norm, names_by_type[kind])
            elif name.replace(".", "").isupper() and len(norm) <= 8:
                # "KCNA" -> the one name of the batch with those initials
                longer = [o for o in names_by_type[kind] if len(o.split()) > 1 and initials(o.title()) == norm.upper()]
            else:
                longer = []
            if len(longer) == 1:
                key, source = _slug(kind, longer[0]), "name-chain"
            else:
                key, source = _slug(kind, norm), "name"
        speaker = r.speaker.model_copy(update={"key": key, "key_source": source})
        out.append(r.model_copy(update={"speaker": speaker}))
    return out


def _longer_forms(norm: str, names: set[str]) -> list[str]:
    """Longer names of the corpus that a shorter one can stand for (suffix, or family name first)."""
    words = norm.split()
    found = []
    for other in names:
        ow = other.split()
        if len(ow) <= len(words):
            continue
        if ow[-len(words) :] == words or (len(words) == 1 and ow[0] == words[0]):
            found.append(other)
    return found
