"""Plain-text articles with optional YAML front matter."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Optional

import yaml
from pydantic import ValidationError

from attrib.errors import LoadError
from attrib.load.outlet import infer_outlet
from attrib.models import Article

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
METADATA_FIELDS = ("outlet", "published", "title", "url")


def split_front_matter(raw: str, source: str) -> tuple[dict[str, Any], str]:
    """Return (metadata, body). Offsets of records count from the start of the body."""
    match = _FRONT.match(raw)
    if not match:
        if raw.startswith("---\n") or raw.startswith("---\r\n"):
            raise LoadError(source, "front matter opened with '---' but never closed")
        return {}, raw
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        raise LoadError(source, f"malformed YAML front matter{where}") from None
    except ValueError as exc:  # YAML builds dates itself: "published: 2024-13-45"
        raise LoadError(source, f"bad value in front matter ({exc})") from None
    if not isinstance(meta, dict):
        raise LoadError(source, "front matter must be a mapping of 'key: value' lines")
    unknown = set(meta) - set(METADATA_FIELDS) - {"id"}
    if unknown:
        raise LoadError(source, f"unknown front matter keys {sorted(unknown)}; allowed: {['id', *METADATA_FIELDS]}")
    return meta, raw[match.end() :]


def article_from_text(
    text: str,
    *,
    doc_id: str = "doc",
    outlet: Optional[str] = None,
    published: Optional[dt.date | str] = None,
    title: Optional[str] = None,
    url: Optional[str] = None,
    source: Optional[str] = None,
    outlet_evidence: Optional[str] = None,
    outlet_inferred: bool = False,
) -> Article:
    """Build an Article; when no outlet is given, infer one from the text (marked inferred)."""
    if outlet is None:
        guess = infer_outlet(text)
        if guess:
            outlet, outlet_evidence, outlet_inferred = guess.outlet, guess.evidence, True
    try:
        return Article(
            id=str(doc_id),
            text=text,
            outlet=outlet,
            outlet_inferred=outlet_inferred,
            outlet_evidence=outlet_evidence,
            published=published or None,
            title=title,
            url=url,
            source=source,
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        raise LoadError(source or str(doc_id), f"bad metadata '{field}': {first['msg']}") from None


def load_txt(raw: str, *, doc_id: str, source: str, outlet: Optional[str] = None) -> Article:
    meta, body = split_front_matter(raw, source)
    if not body.strip():
        raise LoadError(source, "empty article (no text after front matter)" if meta else "empty article")
    given_outlet = outlet or meta.get("outlet")
    return article_from_text(
        body,
        doc_id=str(meta.get("id") or doc_id),
        outlet=given_outlet,
        published=meta.get("published"),
        title=meta.get("title"),
        url=meta.get("url"),
        source=source,
    )
