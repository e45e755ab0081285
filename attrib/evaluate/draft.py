"""Draft fixtures from the current extractor, for a person to correct and mark reviewed."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pydantic import ValidationError

from attrib.errors import FixtureError
from attrib.models import METADATA_FIELDS, Article, Attribution, DocumentMeta, Fixture
from attrib.report.write import atomic_write

TEXTS = "texts"


def write_draft(article: Article, records: Iterable[Attribution], out_dir: Path | str) -> Path:
    """Write ``<out>/<doc_id>.json`` (unreviewed) and the article text in ``<out>/texts/``."""
    root = Path(out_dir)
    text_path = root / TEXTS / f"{article.id}.txt"
    atomic_write(text_path, article.text)
    fixture = Fixture(
        document=DocumentMeta(doc_id=article.id, **article.model_dump(include=METADATA_FIELDS)),
        file=f"{TEXTS}/{article.id}.txt",
        reviewed=False,
        attributions=list(records),
    )
    path = root / f"{article.id}.json"
    atomic_write(path, fixture.model_dump_json(indent=2) + "\n")
    return path


def mark_reviewed(paths: Iterable[Path | str]) -> list[Path]:
    """Set ``reviewed: true`` on fixture files a person has checked."""
    done = []
    for given in paths:
        path = Path(given)
        try:
            fixture = Fixture.model_validate_json(path.read_bytes())
        except OSError as exc:
            raise FixtureError(f"{path}: cannot read ({exc.strerror})") from None
        except ValidationError:
            raise FixtureError(f"{path}: not a fixture file (see docs/fixtures.md)") from None
        atomic_write(path, fixture.model_copy(update={"reviewed": True}).model_dump_json(indent=2) + "\n")
        done.append(path)
    return done
