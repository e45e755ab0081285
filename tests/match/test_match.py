"""Cross-source matching (attrib/match/*): features, scores, diffs, clusters and flags."""

import pytest

from attrib.match import cluster_claims, word_diff
from attrib.match.similarity import features, quote_similarity
from attrib.match.text import content_terms, synonym_map
from attrib.models import Attribution, ClaimFrame, Span, Speaker


def rec(rid, doc, text, kind="mixed", speaker="Jens Stoltenberg", via=None, frame=None):
    return Attribution(
        id=rid, doc_id=doc, kind=kind, content=Span(start=0, end=len(text), text=text),
        speaker=Speaker(name=speaker, type="person"), via=via, frame=frame,
    )


def test_match_places_fold_to_one_term():
    assert "north_korea" in content_terms("Pyongyang has provided missiles")
    assert content_terms("North Korean troops") & content_terms("troops of North Korea")


def test_match_word_diff_is_word_level():
    steps = word_diff("the very close alignment between Russia", "the very close alliance between Russia")
    assert [(s.op, s.reference, s.member) for s in steps if s.op != "equal"] == [("replace", "alignment", "alliance")]


@pytest.mark.parametrize(
    "a,b,expected",
    [
        ('he pledged "full support" for the war', "\u201cfull support\u201d for the war in Ukraine", 1.0),  # fragment inside
        ('the meeting "confirms the very close alignment between Russia and authoritarian states"',
         'the visit "confirmed the very close alliance between Russia and authoritarian states"', 0.7),
        ('officials said "it is over"', 'he called it "a disaster"', 0.0),
    ],
)
def test_match_quote_similarity(a, b, expected):
    table = synonym_map()
    score = quote_similarity(features(rec("a#1", "a", a), table), features(rec("b#1", "b", b), table))
    assert score >= expected if expected else score == 0.0


def test_match_clusters_quote_level_with_flags():
    records = [
        rec("a#1", "a", 'the meeting "confirms the very close alignment between Russia and authoritarian states like Iran"',
            via="press briefing"),
        rec("b#1", "b", 'the visit "confirmed the very close alliance between Russia and authoritarian states such as Iran"',
            speaker="Stoltenberg", via="joint press conference"),
        rec("c#1", "c", "Prices of bread rose sharply in March", kind="indirect", speaker="Ana Ruiz"),
    ]
    (cluster,) = cluster_claims(records, outlets={"a": "Newsweek", "b": "CNBC"})
    assert cluster.level == "quote"
    assert cluster.members == ["a#1", "b#1"]
    assert "wording_differs" in cluster.flags and "via_differs" in cluster.flags
    # "Stoltenberg" and "Jens Stoltenberg" differ as written; speaker keys (set over a batch) unite them
    assert "speaker_differs" in cluster.flags
    assert {m.outlet for m in cluster.details} == {"Newsweek", "CNBC"}
    changed = [s for m in cluster.details for s in m.diff if s.op != "equal"]
    assert any(s.reference.startswith("alignment") or s.member.startswith("alliance") for s in changed)


def test_match_same_speaker_key_is_not_speaker_differs():
    from attrib.attribute.keys import link_speakers

    records = link_speakers([
        rec("a#1", "a", 'she said the plan was "dead in the water"', speaker="Ana Ruiz"),
        rec("b#1", "b", 'the plan is "dead in the water", she said', speaker="Ruiz"),
    ])
    (cluster,) = cluster_claims(records)
    assert "speaker_differs" not in cluster.flags and "wording_differs" not in cluster.flags


def test_match_claim_level_by_main_clause():
    frame = ClaimFrame(subject="north korea", predicate="supply", object="weapon")
    other = ClaimFrame(subject="pyongyang", predicate="provide", object="missile")
    records = [
        rec("a#1", "a", "North Korea has supplied weapons to Russia", kind="indirect", speaker="Washington", frame=frame),
        rec("b#1", "b", "Pyongyang has provided dozens of ballistic missiles to Russia", kind="indirect",
            speaker="U.S. officials", frame=other),
    ]
    (cluster,) = cluster_claims(records)
    assert cluster.level == "claim" and "speaker_differs" in cluster.flags


def test_match_records_of_one_document_never_cluster():
    records = [rec("a#1", "a", '"full support for the war"'), rec("a#2", "a", '"full support for the war"')]
    assert cluster_claims(records) == []


def test_match_stem_meets_across_inflections_and_synonym_classes():
    from attrib.match.text import content_terms, stem, synonym_map

    assert stem("provide") == stem("provided") == stem("providing") == stem("provides")
    assert stem("supplied") == stem("supplies") == stem("supply")
    assert stem("missile") == stem("missiles")
    table = synonym_map(None)
    assert content_terms("Pyongyang provided missiles", table) == content_terms("North Korea supplied weapons", table)
    assert "north_korea" in content_terms("North Korea's missiles", table)
