"""Claim frames and events (attrib/detect/claim.py): who does what to what, from the parse.

The sentences are made up for these tests; each expectation was read off the sentence."""

import pytest

from attrib.detect.claim import claim_events


def events(nlp, text):
    doc = nlp(text)
    return [(e.subject, e.predicate, e.object) for e in claim_events(doc, 0, len(text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a past participle with its by-phrase: the officers did the seizing, of the trucks
        ("Inspectors counted 40 trucks seized by customs officers at the border.", ("officer", "seize", "truck")),
        # a passive clause: the by-phrase is the agent, the subject the theme
        ("The bridge was closed by the council last week.", ("council", "close", "bridge")),
        # a quantity noun gives way to what it counts
        ("The firm has sold thousands of laptops to local schools.", ("firm", "sell", "laptop")),
        # a verb of giving: the with-phrase is what is given
        ("The charity supplied the flooded villages with clean water.", ("charity", "supply", "water")),
        ("The club has provided the academy with new kit for the season.", ("club", "provide", "kit")),
        # a controlled infinitive and a conjoined verb inherit the subject
        ("The mayor vowed to repair the old bridge before winter.", ("mayor", "repair", "bridge")),
        ("The union met the managers on Friday and rejected the offer.", ("union", "reject", "offer")),
        # a noun made from a verb, with its of-object
        ("The workers protested against the closure of the factory.", (None, "closure", "factory")),
        # a pronoun is not a party: unknown
        ("He rejected the plan outright.", (None, "reject", "plan")),
        # a copula: the complement is the predicate
        ("The new contract is a victory for the nurses.", ("contract", "victory", None)),
        # a name stays whole
        ("Port Harcourt has banned lorries from the city centre.", ("port harcourt", "ban", "lorry")),
    ],
)
def test_claim_events(nlp, text, expected):
    assert expected in events(nlp, text)


def test_claim_events_with_is_not_the_theme_of_other_verbs(nlp):
    assert events(nlp, "She met the minister with her lawyer.") == [(None, "meet", "minister")]


def test_claim_events_skip_light_and_reporting_verbs(nlp):
    found = events(nlp, "The council has a plan, and it said the plan would work.")
    assert all(p not in ("have", "say", "be") for _, p, _ in found)


def test_claim_events_relative_pronoun_is_the_noun_it_stands_for(nlp):
    found = events(nlp, "Inspectors found crates of guns that were sent over the lake by the gang.")
    assert ("inspector", "find", "gun") in found
    assert ("gang", "send", "gun") in found


def test_claim_events_cluster_two_reports_in_other_words(extract):
    """End to end: the same smuggling claim, told with different verbs and clause shapes."""
    from attrib.match import cluster_claims

    # (the two articles name one place, Lake Orla: the event context that lets claims match)
    a = extract("Police said on Monday that the gang had shipped rifles across Lake Orla to rebels in the hills. "
                "The mayor said the ferry would stop in winter.", doc_id="a")
    b = extract("Customs officials said inspectors found crates of guns that were sent over Lake Orla by the gang. "
                "Farmers said bread prices rose sharply.", doc_id="b")
    (cluster,) = cluster_claims(a + b)
    assert cluster.level == "claim" and cluster.members == ["a#1", "b#1"]
    assert "speaker_differs" in cluster.flags


@pytest.mark.parametrize(
    "text,expected",
    [
        # "help X do Y": the claim is the doing, not the helping
        ("The agency will help the town rebuild its harbour.", [("town", "rebuild", "harbour")]),
        ("The donors supported the school in buying new books.", [(None, "buy", "book")]),
    ],
)
def test_claim_events_a_verb_framing_a_clause_gives_way_to_it(nlp, text, expected):
    assert events(nlp, text) == expected
