"""Draft fixtures from the current extractor, for a person to correct and mark reviewed.

A draft never leaves its folder and never destroys work: the file name is made from the
article id with every character that could leave the folder or hide a file escaped (an
id such as ``../../notes`` becomes ``..%2F..%2Fnotes.json`` inside ``--out``); a reviewed
fixture is never overwritten, and an unreviewed one only with ``force``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from pydantic import ValidationError

from attrib.errors import FixtureError
from attrib.evaluate.fixtures import load_fixture_file
from attrib.models import METADATA_FIELDS, Article, Attribution, DocumentMeta, Fixture
from attrib.report.write import atomic_write

TEXTS = "texts"
_UNSAFE = re.compile(r"[^A-Za-z0-9_.\-]|^\.")
_MAX_NAME = 120


def safe_name(doc_id: str) -> str:
    """A file name (without suffix) for ``doc_id`` that stays inside its folder: path
    separators, a leading dot, control and other non-portable characters are %-escaped
    (so different ids keep different names); very long ids are cut and given a digest."""
    name = _UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group(0).encode("utf-8")), doc_id)
    if len(name) > _MAX_NAME:
        name = name[:_MAX_NAME] + "~" + hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:12]
    return name


def _existing(path: Path) -> Fixture | None:
    """The fixture already at ``path`` (None if there is none); FixtureError if the file is not one."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise FixtureError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        return Fixture.model_validate_json(data)
    except ValidationError:
        raise FixtureError(f"{path}: exists and is not a fixture file; not overwritten") from None


def write_draft(article: Article, records: Iterable[Attribution], out_dir: Path | str, *, force: bool = False) -> Path:
    """Write ``<out>/<name>.json`` (unreviewed) and the article text in ``<out>/texts/``.

    Raises FixtureError instead of overwriting a reviewed fixture (never) or an unreviewed
    one (only with ``force``)."""
    root = Path(out_dir)
    name = safe_name(article.id)
    path = root / f"{name}.json"
    text_path = root / TEXTS / f"{name}.txt"
    before = _existing(path)
    if before is not None and before.reviewed:
        raise FixtureError(f"{path}: a reviewed fixture; never overwritten (move it away to draft it again)")
    if before is not None and not force:
        raise FixtureError(f"{path}: exists; not overwritten (use --force to replace an unreviewed draft)")
    if before is None and text_path.exists() and not force:
        raise FixtureError(f"{text_path}: exists; not overwritten (use --force to replace it)")
    atomic_write(text_path, article.text)
    fixture = Fixture(
        document=DocumentMeta(doc_id=article.id, **article.model_dump(include=METADATA_FIELDS)),
        file=f"{TEXTS}/{name}.txt",
        reviewed=False,
        attributions=list(records),
    )
    atomic_write(path, fixture.model_dump_json(indent=2) + "\n")
    return path


def mark_reviewed(paths: Iterable[Path | str], on_error: Callable[[FixtureError], None]) -> list[Path]:
    """Set ``reviewed: true`` on fixture files a person has checked; a file that is no
    fixture goes to ``on_error`` and the others are still marked."""
    done = []
    for given in paths:
        path = Path(given)
        try:
            fixture = load_fixture_file(path)
        except FixtureError as exc:
            on_error(exc)
            continue
        atomic_write(path, fixture.model_copy(update={"reviewed": True}).model_dump_json(indent=2) + "\n")
        done.append(path)
    return done
