"""JSONL corpora: one article per line with ``id``, ``text`` and metadata fields."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Optional

from attrib.errors import LoadError
from attrib.load.text import METADATA_FIELDS, article_from_text
from attrib.models import Article


def _surrogate(record: dict) -> Optional[str]:
    """The first field holding a lone surrogate (valid JSON such as "\\ud800", but no text:
    it cannot be written as UTF-8), described for the skip message; else None."""
    for key, value in record.items():
        for text in (key, value) if isinstance(value, str) else (key,):
            if isinstance(text, str):
                try:
                    text.encode("utf-8")
                except UnicodeEncodeError as exc:
                    return f"'{key}' holds a lone surrogate (\\u{ord(text[exc.start]):04x}), not text"
    return None


def _has_text_lines(lines: list[str]) -> bool:
    """True when some line is an object with a 'text' field, or when no line is an object at all."""
    objects = 0
    for line in lines:
        if '"text"' not in line:
            objects += line.lstrip().startswith("{")
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):
            continue
        if isinstance(record, dict) and "text" in record:
            return True
        objects += isinstance(record, dict)
    return objects == 0


def iter_jsonl(raw: str, *, source: str, outlet: Optional[str] = None) -> Iterator[Article | LoadError]:
    """Yield an Article per good line and a LoadError per bad one; the rest goes on.

    A file whose lines are objects but none has a 'text' field (attrib's own records, a
    manifest) is no corpus: one LoadError for the file, not one per line."""
    lines = raw.split("\n")
    if not _has_text_lines(lines):
        yield LoadError(source, "no line has a 'text' field: not a corpus of articles "
                                "(attrib's own records or a manifest?)")
        return
    # JSON Lines end at "\n" only: str.splitlines() would also cut at U+2028, U+0085 and
    # other characters that json.dumps(..., ensure_ascii=False) leaves raw inside strings.
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield LoadError(where, f"malformed JSON ({exc.msg})")
            continue
        except (ValueError, RecursionError):  # a 5,000-digit number, arrays nested 100,000 deep
            yield LoadError(where, "malformed JSON (a number too long or nesting too deep to read)")
            continue
        if not isinstance(record, dict):
            yield LoadError(where, "each line must be a JSON object with 'id' and 'text'")
            continue
        bad = _surrogate(record)
        if bad:
            yield LoadError(where, bad)
            continue
        text, doc_id = record.get("text"), record.get("id")
        if not isinstance(text, str) or not text.strip():
            yield LoadError(where, "missing or empty 'text'")
            continue
        if doc_id is None or str(doc_id).strip() == "":
            yield LoadError(where, "missing 'id'")
            continue
        meta = {k: record.get(k) for k in METADATA_FIELDS}
        try:
            yield article_from_text(
                text,
                doc_id=str(doc_id),
                outlet=outlet or meta["outlet"],
                published=meta["published"],
                title=meta["title"],
                url=meta["url"],
                source=where,
            )
        except LoadError as exc:
            yield exc
