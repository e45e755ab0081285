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
    "a,b,same,expected",
    [
        # a short fragment printed inside the other's quote
        ('he pledged "full support" for the war', "\u201cfull support\u201d for the war in Ukraine", True, 1.0),
        # credited to two speakers: a term both quote as a short fragment ...
        ('he pledged "full support" for the war', "\u201cfull support\u201d for the war in Ukraine", False, 1.0),
        # ... but not words inside the other speaker's longer quote
        ('he pledged "full support" for the war',
         'she said "we will give full support to our allies whatever the war costs us"', False, 0.0),
        ('he pledged "full support" for the war',
         'he said "we will give full support to our allies whatever the war costs us"', True, 0.7),
        ('the meeting "confirms the very close alignment between Russia and authoritarian states"',
         'the visit "confirmed the very close alliance between Russia and authoritarian states"', False, 0.7),
        # one shared run of five content words: enough for one speaker, a common phrase for two
        ('she said "the review of the city budget office records was done before the spring elections"',
         'he said "we never saw the review of the city budget office records until the autumn"', True, 0.7),
        ('she said "the review of the city budget office records was done before the spring elections"',
         'he said "we never saw the review of the city budget office records until the autumn"', False, 0.0),
        ('officials said "it is over"', 'he called it "a disaster"', True, 0.0),
    ],
)
def test_match_quote_similarity(a, b, same, expected):
    table = synonym_map()
    score = quote_similarity(features(rec("a#1", "a", a), table), features(rec("b#1", "b", b), table), same)
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
    # "Stoltenberg" is a shorter form of "Jens Stoltenberg": the same entity (ANNOTATION.md 4), no flag
    assert "speaker_differs" not in cluster.flags
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
        rec("a#1", "a", "the gang had shipped rifles across Lake Orla to the rebels in the hills", kind="indirect",
            speaker="Police", frame=ClaimFrame(subject="gang", predicate="ship", object="rifle"), events=first_events),
        rec("b#1", "b", "inspectors found crates of guns sent over Lake Orla by the gang last month", kind="indirect",
            speaker="Customs", frame=ClaimFrame(subject="inspector", predicate="find", object="crate"),
            events=second_events),
    ]


def test_match_claim_level_by_an_embedded_event_with_the_same_agent():
    # the main clauses differ (ship / find); the event "the gang sent guns" is shared, and so is
    # a named participant (Lake Orla)
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


def test_match_generic_claims_need_a_named_participant():
    """ "did nothing wrong" by two people about two things is not one claim."""
    records = BACKGROUND + [
        rec("a#1", "a", "he did nothing wrong", kind="indirect", speaker="Jenny Alvarez",
            frame=ClaimFrame(subject="he", predicate="do", object="nothing")),
        rec("b#1", "b", "she did nothing wrong", kind="indirect", speaker="Arjun Mehta",
            frame=ClaimFrame(subject="she", predicate="do", object="nothing")),
    ]
    assert cluster_claims(records) == []
    frame = ClaimFrame(subject="tran", predicate="do", object="nothing")
    named = BACKGROUND + [
        rec("a#1", "a", "Mayor Tran did nothing wrong", kind="indirect", speaker="Jenny Alvarez", frame=frame),
        rec("b#1", "b", "Mayor Tran did nothing wrong at all", kind="indirect", speaker="Arjun Mehta", frame=frame),
    ]
    assert len(cluster_claims(named)) == 1


def test_match_short_quotes_need_one_event():
    """Two words in quotes ("fake news") in articles months apart: no match, whoever said them
    (a speaker's catchphrase at two events is two statements)."""
    records = [
        rec("a#1", "a", 'he called the report "fake news" on Monday', speaker="Dale Orr"),
        rec("b#1", "b", 'she dismissed the poll as "fake news"', speaker="Ana Ruiz"),
    ]
    published = {"a": "2016-03-01", "b": "2016-06-20"}
    assert cluster_claims(records, published=published) == []
    same = [records[0], rec("b#1", "b", 'he dismissed the poll as "fake news"', speaker="Dale Orr")]
    assert cluster_claims(same, published=published) == []
    assert len(cluster_claims(same, published={"a": "2016-03-01", "b": "2016-03-02"})) == 1


def test_match_a_phrase_many_articles_quote_is_a_slogan():
    """ "Make America great again" in the quotes of three articles says nothing of one occasion."""
    records = [rec(f"{d}#1", d, f'he vowed to "make America great again" {x}', speaker="Dale Orr")
               for d, x in (("a", "in Ohio"), ("b", "at the rally"), ("c", "on Monday"))]
    assert cluster_claims(records) == []


def test_match_a_long_line_repeated_at_another_event_still_matches():
    text = '"we will build the bridge, fix the roads and lower the tolls for every driver in the county"'
    records = [rec("a#1", "a", "she said " + text, speaker="Ana Ruiz"), rec("b#1", "b", text, speaker="Ana Ruiz")]
    assert len(cluster_claims(records, published={"a": "2016-01-05", "b": "2016-05-30"})) == 1


def test_match_a_short_line_one_speaker_repeats_months_later_still_matches():
    # five content words, most of the shorter quote: a repeated line, not merely a shared phrase
    records = [rec("a#1", "a", 'she said "the new bridge will carry buses, trucks and bikes"', speaker="Ana Ruiz"),
               rec("b#1", "b", 'she promised again: "The new bridge will carry buses, trucks, cars and bikes"',
                   speaker="Ana Ruiz")]
    published = {"a": "2016-01-05", "b": "2016-05-30"}
    assert len(cluster_claims(records, published=published)) == 1
    # two speakers months apart need a longer run
    other = [records[0], records[1].model_copy(update={"speaker": records[1].speaker.model_copy(
        update={"name": "Tom Berg", "key": None})})]
    assert cluster_claims(other, published=published) == []


def test_match_a_word_said_twice_does_not_make_a_short_line_long_enough():
    # "Grim, grim days are going to come" has four distinct content words: a common phrase
    # inside a longer quote months later is no repeated line
    records = [rec("a#1", "a", 'she said "the tax will rise in spring, and grim days are going to come for farmers"',
                   speaker="Ana Ruiz"),
               rec("b#1", "b", 'she warned: "Grim, grim days are going to come,"', speaker="Ana Ruiz")]
    assert cluster_claims(records, published={"a": "2016-01-05", "b": "2016-05-30"}) == []


def test_match_hyphenation_does_not_split_a_quote():
    a = rec("a#1", "a", 'he said "the noise, the bragging, the absurd second-rate stunts"', speaker="Dale Orr")
    b = rec("b#1", "b", 'she listed "the noise, the bragging, the absurd second rate stunts"', speaker="Ana Ruiz")
    assert features(a, {}).quoted_content == features(b, {}).quoted_content


def test_match_one_phrase_inside_two_long_quotes_months_apart_is_no_repeated_line():
    a = ('"we must stand with the workers of this state and move the grid away from coal power as fast as we can,'
         ' and we will do it together"')
    b = ('"whether it is the cost of rent, the price of bread, or the need to move the grid away from coal power,'
         ' people are tired of waiting for answers from this capital"')
    records = [rec("a#1", "a", "she said " + a, speaker="Ana Ruiz"), rec("b#1", "b", b, speaker="Ana Ruiz")]
    assert cluster_claims(records, published={"a": "2016-01-05", "b": "2016-05-30"}) == []


def test_match_different_figures_of_one_thing_are_two_claims():
    records = BACKGROUND + [
        rec("a#1", "a", "Governor Tran leads the race by 4 points in Ohio", kind="indirect", speaker="Gallup"),
        rec("b#1", "b", "Governor Tran leads the race by 6 points in Ohio", kind="indirect", speaker="Gallup"),
    ]
    assert cluster_claims(records) == []


@pytest.mark.parametrize("a,b,same", [
    ("statement", "joint statement", True),
    ("North Carolina rally", "campaign rally", True),
    ("CBC's The National", "the CBC program The National", True),
    ("CNN", "Fox News", False),
    ("interview", "statement", False),
    ("excerpts of his speech released by the White House", "his speech", True),
    (None, "CNN", True),  # an article naming no channel does not contradict one that does
])
def test_match_channels_compare_as_channels(a, b, same):
    from attrib.match.flags import same_channel

    assert same_channel(a, b) is same


@pytest.mark.parametrize("x,y,same", [
    ("Hale", "Tom Hale", True), ("Tom B. Hale", "Tom Hale", True), ("Tom Hale", "Ann Hale", False),
])
def test_match_speakers_compare_as_entities(x, y, same):
    from attrib.match.flags import same_speaker

    assert same_speaker(rec("a#1", "a", "x", speaker=x), rec("b#1", "b", "x", speaker=y)) is same


def test_match_clusters_do_not_chain():
    """A joins B and B joins C, but A and C say different things: no cluster of all three."""
    records = [
        rec("a#1", "a", '"we will cut taxes for every family in the state next year" she said', speaker="Ana Ruiz"),
        rec("b#1", "b", '"we will cut taxes for every family in the state next year and build new schools in every '
            'county of the state"', speaker="Ana Ruiz"),
        rec("c#1", "c", '"build new schools in every county of the state with new teachers and new money"',
            speaker="Ana Ruiz"),
    ]
    clusters = cluster_claims(records)
    assert all(len(c.members) == 2 for c in clusters)


def test_match_larger_corpus_keeps_every_pair():
    """A pair found among few statements is found among many (the quote index looks up every key)."""
    pair = [
        rec("a#1", "a", '"the bridge will reopen to traffic before the winter storms arrive" he said', speaker="Tom Berg"),
        rec("b#1", "b", 'officials said "the bridge will reopen to traffic before the winter storms"', speaker="Tom Berg"),
    ]
    crowd = [rec(f"x{n}#1", f"x{n}", '"the bridge will reopen to traffic" they said', speaker=f"Person {n}")
             for n in range(60)]
    small = {tuple(c.members) for c in cluster_claims(pair)}
    large = {tuple(c.members) for c in cluster_claims(pair + crowd)}
    assert ("a#1", "b#1") in small
    assert any({"a#1", "b#1"} <= set(m) for m in large)


def test_match_opposite_polarity_is_not_one_claim():
    records = BACKGROUND + [
        rec("a#1", "a", "he is not ready to support Governor Tran", kind="indirect", speaker="Paul Ames"),
        rec("b#1", "b", "they would support Governor Tran", kind="indirect", speaker="Senate Republicans"),
    ]
    assert cluster_claims(records) == []


def test_match_places_come_from_a_general_country_list():
    """Every country, its capital and demonym, not one story's world."""
    assert content_terms("Nairobi officials") & content_terms("Kenyan officials") == {"kenya", "official"}
    assert "chile" in content_terms("Santiago said") and "peru" in content_terms("Peruvians voted")
    assert "united_states" not in content_terms("they told us")  # the pronoun is not the country


def test_match_two_sources_need_a_clause_in_common():
    """Shared words by two different sources, with no main clause or event in common: no claim."""
    records = BACKGROUND + [
        rec("a#1", "a", "Governor Tran should lead the regional response to the Lake Orla floods", kind="indirect",
            speaker="Ana Ruiz", frame=ClaimFrame(subject="tran", predicate="lead", object="response")),
        rec("b#1", "b", "the Lake Orla floods overwhelmed the regional response of Governor Tran", kind="indirect",
            speaker="Tom Berg", frame=ClaimFrame(subject="flood", predicate="overwhelm", object="response")),
    ]
    assert cluster_claims(records) == []


def test_match_a_question_claims_nothing():
    records = BACKGROUND + [
        rec("a#1", "a", "Governor Tran founded the Lake Orla fund", kind="indirect", speaker="Ana Ruiz"),
        rec("b#1", "b", "did Governor Tran found the Lake Orla fund?", kind="indirect", speaker="Ana Ruiz"),
    ]
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


def test_match_one_body_named_by_its_capital_or_its_country():
    from attrib.match.flags import same_speaker

    a = rec("a#1", "a", "x", speaker="Nairobi's foreign ministry").model_copy(
        update={"speaker": Speaker(name="Nairobi's foreign ministry", type="organization")})
    b = rec("b#1", "b", "x").model_copy(update={"speaker": Speaker(name="Kenyan Foreign Ministry", type="organization")})
    c = rec("c#1", "c", "x").model_copy(update={"speaker": Speaker(name="Kenyan Health Ministry", type="organization")})
    assert same_speaker(a, b) and not same_speaker(a, c)


def test_match_a_piece_of_a_sentence_is_no_term_two_speakers_share():
    table = synonym_map()
    a = features(rec("a#1", "a", 'he said he was "not quite there yet"'), table)
    b = features(rec("b#1", "b", 'she said "I am not quite there yet"'), table)
    assert quote_similarity(a, b, False) == 0.0
    assert quote_similarity(a, b, True) >= 0.7  # one speaker: the same words


def test_match_one_article_gives_one_statement_to_a_quote_cluster():
    # a speaker repeating a line twice in one article gives two statements; only one joins
    line = 'she said the city "will not raise the fares for the buses and trains this year, or next"'
    again = 'she repeated: "This city will not raise the fares for the buses and trains this year"'
    records = [rec("a#1", "a", line, speaker="Ana Ruiz"), rec("a#2", "a", again, speaker="Ana Ruiz"),
               rec("b#1", "b", line, speaker="Ana Ruiz")]
    (cluster,) = cluster_claims(records)
    assert len(cluster.members) == 2 and "b#1" in cluster.members


def test_match_a_headline_restating_its_article_quote_joins_it():
    records = [rec("a#1", "a", 'Mayor vows "no fare rise" for the buses', speaker="Ana Ruiz"),
               rec("a#2", "a", 'she said there would be "no fare rise" for the buses this year', speaker="Ana Ruiz"),
               rec("b#1", "b", 'she promised "no fare rise" for the buses', speaker="Ana Ruiz")]
    (cluster,) = cluster_claims(records)
    assert sorted(cluster.members) == ["a#1", "a#2", "b#1"]


def test_match_claims_in_other_words_days_apart_do_not_join():
    records = [rec("a#1", "a", "the bridge will reopen to traffic in the spring after repairs", kind="indirect",
                   speaker="Ana Ruiz"),
               rec("b#1", "b", "the bridge is to reopen to traffic in spring once repaired", kind="indirect",
                   speaker="Ana Ruiz")]
    near = cluster_claims(records, published={"a": "2026-03-01", "b": "2026-03-02"})
    apart = cluster_claims(records, published={"a": "2026-03-01", "b": "2026-03-09"})
    assert len(near) == 1 and apart == []


def test_match_speaker_differs_ignores_words_a_statement_quotes_from_another():
    # the advisers' statement carries the candidate's own words, quoted after "praised":
    # the same words, but the advisers are not a second speaker of them
    records = [
        rec("a#1", "a", 'any move could backfire, angering voters whom Ana Ruiz praised "for challenging the city '
                        'to get dark money out of local politics"', speaker="Ruiz advisers"),
        rec("b#1", "b", 'she thanked them "for challenging the city to get dark money out of local politics"',
            speaker="Ana Ruiz"),
    ]
    (cluster,) = cluster_claims(records)
    assert "speaker_differs" not in cluster.flags


def test_match_channels_compared_across_articles_only():
    """A fact-checker's via_differs is outlets crediting different channels: one article that
    names a show and then its host ("the Dover Morning Show", "Harvey") raises nothing."""
    from attrib.match.flags import flags

    table = synonym_map()
    text = 'she said she would speak "directly to the voters of the valley" this week'
    records = [rec("a#1", "a", text, via="Dover Morning Show"), rec("a#2", "a", text, via="Harvey"),
               rec("b#1", "b", text)]
    assert "via_differs" not in flags([0, 1, 2], records, [features(r, table) for r in records])
    records.append(rec("c#1", "c", text, via="statement"))
    assert "via_differs" in flags([0, 1, 2, 3], records, [features(r, table) for r in records])


def test_match_a_fragment_one_speaker_printed_days_apart_in_articles_of_unlike_profiles():
    """The same speaker's short fragment printed whole in the other's quote: one event when
    the articles' profiles are close (``related``) or, for one speaker, when they were published
    within a week (``near``), whatever else the articles are about; never two speakers so."""
    table = synonym_map()
    a = features(rec("a#1", "a", 'he said the rival was "weak like a baby"'), table)
    b = features(rec("b#1", "b", 'he said "he is weak on the border, you know that, weak like a baby"'), table)
    assert quote_similarity(a, b, True, related=False, near=True) >= 0.7
    assert quote_similarity(a, b, True, related=False, near=False) == 0.0  # further apart: another occasion
    assert quote_similarity(a, b, False, related=False, near=True) == 0.0  # two speakers: the event must show
