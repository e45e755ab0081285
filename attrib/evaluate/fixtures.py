"""Gold fixture folders: ``*.json`` Fixture files (one per article) and ``clusters.json``."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from pydantic import TypeAdapter, ValidationError

from attrib.errors import FixtureError, LoadError
from attrib.load.decode import decode_bytes
from attrib.models import METADATA_FIELDS, Article, Attribution, ClaimCluster, Fixture

CLUSTERS_FILE = "clusters.json"
_clusters = TypeAdapter(list[ClaimCluster])


@dataclass
class GoldSet:
    """Gold articles, their records and cross-document clusters."""

    articles: list[Article]
    attributions: dict[str, list[Attribution]]
    clusters: list[ClaimCluster] = field(default_factory=list)
    unreviewed: list[str] = field(default_factory=list)
    clusters_annotated: bool = False  # a clusters.json exists (an empty list then means: no clusters)


def default_gold_dir() -> Path:
    """The project's own fixtures: ``fixtures/gold`` of the source checkout (else of the current folder)."""
    beside_package = Path(__file__).resolve().parents[2] / "fixtures" / "gold"
    return beside_package if beside_package.is_dir() else Path.cwd() / "fixtures" / "gold"


def load_fixture_file(path: Path) -> Fixture:
    """A fixture file, or a FixtureError saying where it is wrong."""
    try:
        return Fixture.model_validate_json(path.read_bytes())
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise FixtureError(f"{path}: invalid fixture at '{where}': {first['msg']} (see docs/fixtures.md)") from None
    except OSError as exc:
        raise FixtureError(f"{path}: cannot read ({exc.strerror})") from None


def _read_fixture(path: Path) -> tuple[Fixture, Article]:
    fixture = load_fixture_file(path)
    text_path = (path.parent / fixture.file).resolve()
    try:
        text = decode_bytes(text_path.read_bytes(), str(text_path))
    except OSError as exc:
        raise FixtureError(f"{path}: article file {fixture.file} cannot be read ({exc.strerror})") from None
    except LoadError as exc:
        raise FixtureError(f"{path}: {exc}") from None
    meta = fixture.document
    article = Article(id=meta.doc_id, text=text, source=str(text_path), **meta.model_dump(include=METADATA_FIELDS))
    for record in fixture.attributions:
        for span in (record.content, record.cue, record.speaker.mention):
            if span is not None and text[span.start : span.end] != span.text:
                raise FixtureError(
                    f"{path}: record {record.id}: span {span.start}:{span.end} does not hold {span.text!r}"
                )
    return fixture, article


def load_gold(directory: Optional[Path | str] = None, *, allow_unreviewed: bool = True) -> GoldSet:
    """Read every fixture of ``directory`` (default: the project's fixtures)."""
    root = Path(directory) if directory else default_gold_dir()
    if not root.is_dir():
        raise FixtureError(f"{root}: no such fixtures folder")
    files = sorted(p for p in root.glob("*.json") if p.name != CLUSTERS_FILE)
    if not files:
        raise FixtureError(f"{root}: no fixture files (*.json) found")
    gold = GoldSet(articles=[], attributions={})
    for path in files:
        fixture, article = _read_fixture(path)
        if not fixture.reviewed:
            gold.unreviewed.append(article.id)
            if not allow_unreviewed:
                continue
        gold.articles.append(article)
        gold.attributions[article.id] = list(fixture.attributions)
    clusters_path = root / CLUSTERS_FILE
    if clusters_path.exists():
        gold.clusters_annotated = True
        try:
            gold.clusters = _clusters.validate_python(json.loads(clusters_path.read_text(encoding="utf-8")))
        except (ValidationError, json.JSONDecodeError) as exc:
            raise FixtureError(f"{clusters_path}: invalid clusters file ({exc.__class__.__name__})") from None
    return gold
