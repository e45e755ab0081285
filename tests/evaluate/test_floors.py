"""Regression floors: the extractor's scores on the project's fixtures may only go up.

Raise a floor when the work raises a score; never lower one to make a change pass.
"""

import pytest

from attrib.evaluate.run import evaluate
from tests.conftest import FIXTURES

FLOORS = {
    "precision": 1.0,
    "recall": 1.0,
    "f1": 1.0,
    "exact_boundary": 1.0,
    "speaker_strict": 1.0,
    "speaker_lenient": 1.0,
    "kind_accuracy": 1.0,
}
RECALL_BY_KIND_FLOORS = {"direct": 1.0, "indirect": 1.0, "mixed": 1.0}
# Pairwise claim-cluster scores (precision, recall) by level.
CLUSTER_FLOORS = {"quote": (1.0, 1.0), "claim": (1.0, 0.5)}


@pytest.fixture(scope="module")
def report():
    return evaluate(FIXTURES / "gold")


def test_floors_no_document_fails(report):
    assert report.failed_documents == []


@pytest.mark.parametrize("name,floor", FLOORS.items())
def test_floors_metric(report, name, floor):
    value = getattr(report, name)
    value = value if isinstance(value, float) else value.value
    assert value is not None and value >= floor - 1e-9, f"{name} fell to {value:.3f} (floor {floor})"


@pytest.mark.parametrize("kind,floor", RECALL_BY_KIND_FLOORS.items())
def test_floors_recall_by_kind(report, kind, floor):
    assert report.recall_by_kind[kind].value >= floor - 1e-9


@pytest.mark.parametrize("level,floors", CLUSTER_FLOORS.items())
def test_floors_clusters(report, level, floors):
    pair = report.clusters[level]
    assert (pair.precision.value, pair.recall.value) >= floors or (
        pair.precision.value >= floors[0] - 1e-9 and pair.recall.value >= floors[1] - 1e-9
    ), f"{level} clusters fell to P={pair.precision.value} R={pair.recall.value} (floors {floors})"
