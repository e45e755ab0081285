"""Regression floors: the extractor's scores on the project's fixtures may only go up.

Raise a floor when the work raises a score; never lower one to make a change pass.
"""

import pytest

from attrib.evaluate.run import predict_gold
from attrib.evaluate.scorer import score

FLOORS = {
    "precision": 1.0,
    "recall": 1.0,
    "f1": 1.0,
    "exact_boundary": 1.0,
    "speaker_strict": 0.972,
    "speaker_lenient": 0.972,
    "kind_accuracy": 1.0,
}
RECALL_BY_KIND_FLOORS = {"direct": 1.0, "indirect": 1.0, "mixed": 1.0}


@pytest.fixture(scope="module")
def report(gold):
    predicted, failed = predict_gold(gold)
    return score(predicted, gold.attributions, failed=failed)


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
