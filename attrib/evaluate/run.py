"""``attrib eval``: predictions (on the fly or from a file) scored against a fixtures folder."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Optional

from pydantic import TypeAdapter, ValidationError

from attrib.errors import FixtureError
from attrib.evaluate.errors import document_errors
from attrib.evaluate.fixtures import GoldSet, load_gold
from attrib.evaluate.scorer import score
from attrib.models import Attribution, ClaimCluster, EvalReport
from attrib.userfiles import read_user_file

_clusters = TypeAdapter(list[ClaimCluster])


def read_predictions(path: Path | str) -> dict[str, list[Attribution]]:
    """Attribution records from a JSONL file (one per line), grouped by doc_id.

    Lines without an ``id`` get one (``doc_id#n``), so any scorer's output in the
    gold format can be read.
    """
    grouped: dict[str, list[Attribution]] = defaultdict(list)
    source = Path(path)
    lines = read_user_file(source, "records", FixtureError).split("\n")  # "\n" only: records hold raw U+2028
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            data.setdefault("id", f"{data.get('doc_id')}#p{number}")
            record = Attribution.model_validate({k: v for k, v in data.items() if k in Attribution.model_fields})
        except (json.JSONDecodeError, ValidationError, AttributeError) as exc:
            raise FixtureError(f"{source}:{number}: not an attribution record ({exc.__class__.__name__})") from None
        grouped[record.doc_id].append(record)
    return dict(grouped)


def align_predictions(
    predicted: dict[str, list[Attribution]], gold: GoldSet
) -> tuple[dict[str, list[Attribution]], list[str]]:
    """Predictions under the doc ids of the fixtures: a fixture's article is known by its
    doc id and by the id ``attrib extract`` gives its file (``seeds/000_...`` for
    ``attrib extract fixtures/seeds``). Returns (aligned records, ids of documents the
    fixtures do not hold, which are not scored)."""
    from attrib.load.paths import file_doc_id

    names: dict[str, str] = {}
    for article in gold.articles:
        names[article.id] = article.id
        if article.source:
            names.setdefault(file_doc_id(Path(article.source)), article.id)
    aligned: dict[str, list[Attribution]] = {}
    ignored: list[str] = []
    for doc_id, records in predicted.items():
        target = names.get(doc_id)
        if target is None:
            ignored.append(doc_id)
        elif target == doc_id:
            aligned.setdefault(target, []).extend(records)
        else:
            aligned.setdefault(target, []).extend(
                r.model_copy(update={"doc_id": target, "id": target + r.id[len(doc_id):] if r.id.startswith(doc_id)
                                     else r.id}) for r in records)
    return aligned, sorted(ignored)


def read_clusters(path: Path | str) -> list[ClaimCluster]:
    source = Path(path)
    text = read_user_file(source, "claim clusters", FixtureError).strip()
    try:
        if text.startswith("["):
            return _clusters.validate_python(json.loads(text))
        return [ClaimCluster.model_validate_json(line) for line in text.split("\n") if line.strip()]
    except (json.JSONDecodeError, ValidationError) as exc:
        raise FixtureError(f"{source}: not a list of claim clusters ({exc.__class__.__name__})") from None


def predict_gold(gold: GoldSet, *, model: Optional[str] = None, lexicon: Optional[str] = None) -> tuple[dict[str, list[Attribution]], list[str]]:
    """Run the current extractor over the gold articles: (records by doc_id, failed doc ids)."""
    from attrib.pipeline import Extractor

    extractor = Extractor(model=model, lexicon=lexicon)
    predicted: dict[str, list[Attribution]] = {}
    failed: list[str] = []
    for result in extractor.run(gold.articles):
        predicted[result.article.id] = result.attributions
        if result.error is not None:
            failed.append(result.article.id)
    return predicted, failed


def evaluate(
    gold_dir: Optional[Path | str] = None,
    *,
    predictions: Optional[Path | str] = None,
    clusters: Optional[Path | str] = None,
    model: Optional[str] = None,
    lexicon: Optional[str] = None,
    allow_unreviewed: bool = False,
    with_errors: bool = False,
) -> EvalReport:
    """Score predictions against the fixtures of ``gold_dir`` (default: the project's).

    Unreviewed draft fixtures are refused unless ``allow_unreviewed``; ``with_errors``
    adds each document's missed, spurious, mis-bounded and mis-attributed records.
    """
    gold = load_gold(gold_dir)
    if gold.unreviewed and not allow_unreviewed:
        names = ", ".join(gold.unreviewed[:5]) + (" ..." if len(gold.unreviewed) > 5 else "")
        raise FixtureError(
            f"{len(gold.unreviewed)} fixture(s) not reviewed yet ({names}): check them and run "
            "'attrib fixture review FILE...', or pass --allow-unreviewed"
        )
    ignored: list[str] = []
    if predictions is not None:
        predicted, ignored = align_predictions(read_predictions(predictions), gold)
        failed = []
        if not predicted:
            raise FixtureError(f"{predictions}: no records for the documents of the fixtures "
                               f"(it holds {', '.join(ignored[:5])}{' ...' if len(ignored) > 5 else ''})")
    else:
        predicted, failed = predict_gold(gold, model=model, lexicon=lexicon)
    if clusters is not None:
        predicted_clusters = read_clusters(clusters)
    else:
        from attrib.attribute.keys import link_speakers
        from attrib.match import cluster_claims

        every = link_speakers([r for records in predicted.values() for r in records])
        predicted_clusters = cluster_claims(every, outlets={a.id: a.outlet for a in gold.articles})
    report = score(
        predicted,
        gold.attributions,
        predicted_clusters=predicted_clusters,
        gold_clusters=gold.clusters if gold.clusters_annotated else None,
        failed=failed,
    )
    if ignored:
        report = report.model_copy(update={"ignored_documents": ignored})
    if with_errors:
        found = [document_errors(d, predicted.get(d, []), g) for d, g in gold.attributions.items()]
        report = report.model_copy(update={"errors": [e for e in found if e.errors]})
    return report
