"""The scorer (attrib/evaluate/scorer.py) on small cases whose scores are worked out by hand."""

import pytest

from attrib.evaluate.scorer import names_lenient, names_strict, score, token_overlap, trimmed
from attrib.models import Attribution, ClaimCluster, Span, Speaker

TEXT = "Ann said the plan failed. Bob said prices rose. Cy said rain was coming. Di thinks it works."


def rec(rid, needle, name, kind="indirect", core=True, doc="d"):
    start = TEXT.index(needle)
    return Attribution(
        id=rid, doc_id=doc, kind=kind, core=core,
        content=Span(start=start, end=start + len(needle), text=needle),
        speaker=Speaker(name=name),
    )


def test_scorer_overlap_is_share_of_shorter_tokens():
    a = Span(start=0, end=10, text=TEXT[0:10])  # Ann said t  -> tokens Ann, said, t
    b = Span(start=4, end=24, text=TEXT[4:24])  # said the plan failed
    # shorter = a (3 tokens); tokens of a inside b: "said", "t" -> 2/3
    assert token_overlap(a, b) == pytest.approx(2 / 3)


def test_scorer_trim_ignores_edge_punctuation():
    assert trimmed(Span(start=3, end=9, text=' "ab,"')) == (5, 7)


@pytest.mark.parametrize(
    "a,b,strict,lenient",
    [
        ("Jens Stoltenberg", "jens  stoltenberg", True, True),
        ("Stoltenberg", "Jens Stoltenberg", False, True),
        ("Jens", "Jens Stoltenberg", False, False),
        ("North Korea's party", "North Korea\u2019s party", True, True),
        (None, "Ann", False, False),
    ],
)
def test_scorer_name_matching(a, b, strict, lenient):
    assert names_strict(a, b) is strict
    assert names_lenient(a, b) is lenient


def test_scorer_counts_by_hand():
    gold = [
        rec("g1", "the plan failed", "Ann Lee"),
        rec("g2", "prices rose", "Bob", kind="mixed"),
        rec("g3", "rain was coming", "Cy"),
        rec("g4", "it works", "Di", core=False),
    ]
    pred = [
        rec("p1", "the plan failed", "Lee"),          # match g1: exact, lenient only, kind ok
        rec("p2", "Bob said prices rose", "Bob"),      # match g2 (2/2 of shorter): not exact, strict, kind wrong
        rec("p3", "it works", "Di"),                   # matches non-core g4: not counted
        rec("p4", "Cy said", "Cy"),                    # no overlap with g3 content: false positive
    ]
    report = score({"d": pred}, {"d": gold})
    # precision: 2 true / (4 predictions - 1 matched to non-core) = 2/3; recall: 2/3 core
    assert (report.precision.numerator, report.precision.denominator) == (2, 3)
    assert (report.recall.numerator, report.recall.denominator) == (2, 3)
    assert report.f1 == pytest.approx(2 / 3)
    assert (report.exact_boundary.numerator, report.exact_boundary.denominator) == (1, 2)
    assert (report.speaker_strict.numerator, report.speaker_lenient.numerator) == (1, 2)
    assert report.kind_accuracy.numerator == 1
    assert report.recall_by_kind["indirect"].numerator == 1 and report.recall_by_kind["indirect"].denominator == 2
    assert report.recall_by_kind["mixed"].value == 1.0


def test_scorer_each_gold_matched_once_best_overlap_first():
    gold = [rec("g1", "the plan failed", "Ann")]
    pred = [rec("p1", "Ann said the plan failed", "Ann"), rec("p2", "the plan failed", "Ann")]
    report = score({"d": pred}, {"d": gold})
    assert report.precision.numerator == 1 and report.precision.denominator == 2
    assert report.exact_boundary.value == 1.0  # p2 (full overlap, exact) took the match


def test_scorer_cluster_pairs_across_documents():
    gold = {"a": [rec("a#1", "the plan failed", "Ann", doc="a")],
            "b": [rec("b#1", "the plan failed", "Ann", doc="b"), rec("b#2", "prices rose", "Bob", doc="b")],
            "c": [rec("c#1", "the plan failed", "Ann", doc="c")]}
    pred = {"a": [rec("pa", "the plan failed", "Ann", doc="a")],
            "b": [rec("pb", "the plan failed", "Ann", doc="b"), rec("pb2", "prices rose", "Bob", doc="b")],
            "c": []}
    gold_clusters = [ClaimCluster(id="G", level="quote", members=["a#1", "b#1", "c#1"])]
    # predicted: {pa, pb} is a gold pair; {pa, pb2} is not
    predicted = [ClaimCluster(id="P", level="quote", members=["pa", "pb", "pb2"])]
    report = score(pred, gold, predicted_clusters=predicted, gold_clusters=gold_clusters)
    quote = report.clusters["quote"]
    # predicted cross-doc pairs: (pa,pb), (pa,pb2) -> 1 of 2 correct; gold pairs: 3 -> 1 found
    assert (quote.precision.numerator, quote.precision.denominator) == (1, 2)
    assert (quote.recall.numerator, quote.recall.denominator) == (1, 3)
    assert report.clusters["claim"].recall.denominator == 0


def test_scorer_flags_on_clusters_that_match_a_gold_cluster():
    gold = {d: [rec(f"{d}#1", "the plan failed", "Ann", doc=d), rec(f"{d}#2", "prices rose", "Bob", doc=d)]
            for d in ("a", "b")}
    pred = {d: [rec(f"p{d}1", "the plan failed", "Ann", doc=d), rec(f"p{d}2", "prices rose", "Bob", doc=d)]
            for d in ("a", "b")}
    gold_clusters = [ClaimCluster(id="G1", level="quote", members=["a#1", "b#1"], flags=["via_differs"]),
                     ClaimCluster(id="G2", level="quote", members=["a#2", "b#2"], flags=["speaker_differs"])]
    predicted = [
        # matches G1: via_differs right, speaker_differs raised wrongly
        ClaimCluster(id="P1", level="quote", members=["pa1", "pb1"], flags=["via_differs", "speaker_differs"]),
        # matches G2: its speaker_differs missed
        ClaimCluster(id="P2", level="quote", members=["pa2", "pb2"]),
        # shares one member with a gold cluster: not judged
        ClaimCluster(id="P3", level="quote", members=["pa1", "pb2"], flags=["wording_differs"]),
    ]
    flags = score(pred, gold, predicted_clusters=predicted, gold_clusters=gold_clusters).flags
    counts = {f: (s.precision.numerator, s.precision.denominator, s.recall.numerator, s.recall.denominator)
              for f, s in flags.items()}
    assert counts == {"via_differs": (1, 1, 1, 1), "speaker_differs": (0, 1, 0, 1), "wording_differs": (0, 0, 0, 0)}
