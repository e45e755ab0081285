"""Meaning-level claim matching (attrib[semantic]): the rule runs without the model; the model
test runs only where the extra is installed."""

import importlib.util

import numpy as np
import pytest

from attrib.errors import AttribError
from attrib.match import cluster_claims, semantic
from attrib.models import Attribution, Span, Speaker


def rec(rid, doc, text, speaker="Ana Ruiz", kind="indirect"):
    return Attribution(id=rid, doc_id=doc, kind=kind, content=Span(start=0, end=len(text), text=text),
                       speaker=Speaker(name=speaker, type="person"))


PARAPHRASE = [
    rec("a#1", "a", "the Harbor Authority must lower the tolls before winter"),
    rec("b#1", "b", "cutting the charges at the Harbor Authority is urgent ahead of the cold months"),
]


def test_semantic_joins_one_speakers_claim_in_other_words():
    assert cluster_claims(PARAPHRASE) == []  # too few words in common for the lexical rule
    [cluster] = cluster_claims(PARAPHRASE, cosines={(0, 1): 0.9})
    assert cluster.level == "claim" and cluster.members == ["a#1", "b#1"]


@pytest.mark.parametrize("records,why", [
    ([PARAPHRASE[0], rec("b#1", "b", PARAPHRASE[1].content.text, speaker="Tom Berg")], "two speakers"),
    ([PARAPHRASE[0], rec("b#1", "b", "the Harbor Authority must not lower the tolls before winter")], "negation"),
    ([PARAPHRASE[0], rec("b#1", "b", "cutting the charges is urgent ahead of the cold months")], "no name shared"),
])
def test_semantic_keeps_the_guards_of_the_claim_rule(records, why):
    assert cluster_claims(records, cosines={(0, 1): 0.95}) == [], why


def test_semantic_low_cosine_is_no_evidence():
    assert cluster_claims(PARAPHRASE, cosines={(0, 1): 0.5}) == []


def test_neighbours_pairs_statements_of_different_articles_only():
    vectors = np.array([[1.0, 0.0], [0.99, 0.141], [0.0, 1.0], [1.0, 0.0]], dtype=np.float32)
    pairs = semantic.neighbours(vectors, ["a", "b", "c", "a"], k=2, floor=0.7)
    assert set(pairs) == {(0, 1), (1, 3)}  # 0 and 3 share an article; 2 is far from all
    assert pairs[(0, 1)] == pytest.approx(0.99)


def test_missing_extra_is_one_clear_error(monkeypatch):
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(AttribError, match=r"attrib\[semantic\]"):
        semantic.require()


@pytest.mark.skipif(importlib.util.find_spec("sentence_transformers") is None
                    or importlib.util.find_spec("all_minilm_l6_v2") is None,
                    reason="the semantic extra (attrib[semantic]) is not installed")
def test_the_model_finds_a_paraphrase_and_not_an_unrelated_claim():
    records = [*PARAPHRASE, rec("c#1", "c", "the school board will vote on the new library in March")]
    vectors = semantic.embed(records)
    cosine = vectors @ vectors.T
    assert cosine[0, 1] > cosine[0, 2] and cosine[0, 2] < 0.5
