"""Cross-source matching (attrib/match/*): features, scores, diffs, clusters and flags."""

import pytest

from attrib.match import cluster_claims, word_diff
from attrib.match.similarity import (
    CLAIM_EVENT_LEXICAL,
    CLAIM_FRAME_LEXICAL,
    CLAIM_LEXICAL,
    features,
    idf_weights,
    quote_similarity,
    shared_event,
    weighted_jaccard,
)
from attrib.match.text import content_terms, synonym_map
from attrib.models import Attribution, ClaimFrame, Span, Speaker


def rec(rid, doc, text, kind="mixed", speaker="Jens Stoltenberg", via=None, frame=None, events=()):
    return Attribution(
        id=rid, doc_id=doc, kind=kind, content=Span(start=0, end=len(text), text=text),
        speaker=Speaker(name=speaker, type="person"), via=via, frame=frame,
        events=[ClaimFrame(subject=a, predicate=p, object=t) for a, p, t in events],
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


BACKGROUND = [
    rec("c#1", "c", "bread prices rose sharply in the capital last month", kind="indirect", speaker="Ana Ruiz"),
    rec("d#1", "d", "the rebels in the hills have agreed to talks with the army", kind="indirect", speaker="Tom Berg"),
    rec("e#1", "e", "the lake ferry will stop running in winter", kind="indirect", speaker="Lee Jun"),
]


def _event_pair(first_events, second_events):
    """Two reports of a smuggling story in different words and clause structures, among others."""
    return BACKGROUND + [
        rec("a#1", "a", "the gang had shipped rifles across the lake to the rebels in the hills", kind="indirect",
            speaker="Police", frame=ClaimFrame(subject="gang", predicate="ship", object="rifle"), events=first_events),
        rec("b#1", "b", "inspectors found crates of guns sent over the lake by the gang last month", kind="indirect",
            speaker="Customs", frame=ClaimFrame(subject="inspector", predicate="find", object="crate"),
            events=second_events),
    ]


def test_match_claim_level_by_an_embedded_event_with_the_same_agent():
    # the main clauses differ (ship / find); the event "the gang sent guns" is shared
    records = _event_pair([("gang", "ship", "rifle")], [("inspector", "find", "crate"), ("gang", "send", "gun")])
    table = synonym_map()
    a, b = (features(r, table) for r in records[-2:])
    assert shared_event(a, b) == "agent"
    (cluster,) = cluster_claims(records)
    assert cluster.level == "claim" and cluster.members == ["a#1", "b#1"]


def test_match_events_in_conflict_do_not_match():
    # the same kind of event by the same party, done to another thing: another claim
    records = _event_pair([("gang", "ship", "rifle")], [("gang", "send", "grain")])
    table = synonym_map()
    assert shared_event(*(features(r, table) for r in records[-2:])) is None
    # a different doer conflicts too, even with the same theme
    records = _event_pair([("gang", "ship", "rifle")], [("army", "send", "gun")])
    assert shared_event(*(features(r, table) for r in records[-2:])) is None


def test_match_theme_only_event_needs_more_shared_words():
    # the doer unknown on one side ("he"): the same theme is weaker evidence than the same agent
    table = synonym_map()
    same_theme = _event_pair([(None, "ship", "rifle")], [("gang", "send", "gun")])
    every = [features(r, table) for r in same_theme]
    a, b = every[-2:]
    assert shared_event(a, b) == "theme"
    lexical = weighted_jaccard(a.terms, b.terms, idf_weights(every))
    assert CLAIM_FRAME_LEXICAL <= lexical < CLAIM_EVENT_LEXICAL
    assert cluster_claims(same_theme) == []
    same_agent = _event_pair([("gang", "ship", "rifle")], [("gang", "send", "gun")])
    assert len(cluster_claims(same_agent)) == 1


def test_match_one_shared_word_class_is_not_a_claim():
    # short statements sharing a single word class and nothing else: high overlap, no claim
    records = BACKGROUND + [
        rec("a#1", "a", "she supports the teachers", kind="indirect", speaker="Jenny Alvarez"),
        rec("b#1", "b", "we will assist", kind="indirect", speaker="Arjun Mehta"),
    ]
    table = synonym_map()
    every = [features(r, table) for r in records]
    a, b = every[-2:]
    assert a.terms & b.terms == {"~support"}
    assert weighted_jaccard(a.terms, b.terms, idf_weights(every)) >= CLAIM_LEXICAL
    assert cluster_claims(records) == []


def test_match_a_denial_never_clusters_with_an_assertion():
    frame = ClaimFrame(subject="north korea", predicate="supply", object="weapon")

    def said(rid, doc, cue):
        record = rec(rid, doc, "North Korea has supplied weapons to Russia", kind="indirect", frame=frame)
        return record.model_copy(update={"cue": Span(start=0, end=len(cue), text=cue)})

    assert cluster_claims([said("a#1", "a", "said"), said("b#1", "b", "denied")]) == []
    (cluster,) = cluster_claims([said("a#1", "a", "denied"), said("b#1", "b", "denies")])
    assert cluster.members == ["a#1", "b#1"]


def test_match_a_speech_act_summary_asserts_no_claim():
    frame = ClaimFrame(subject="north korea", predicate="supply", object="weapon")
    said = rec("a#1", "a", "North Korea has supplied weapons to Russia", kind="indirect", frame=frame)
    warned = rec("b#1", "b", "North Korea supplying weapons to Russia", kind="indirect", frame=frame)
    assert len(cluster_claims([said, warned])) == 1
    assert cluster_claims([said, warned.model_copy(update={"method": "noun-phrase"})]) == []
