"""Channels (attrib/bind/via.py)."""

import pytest

from attrib.bind.via import inherit_via


@pytest.mark.parametrize(
    "text,via",
    [
        ("Lina Ortiz told Newsweek that the plan had failed.", "Newsweek"),
        ("Lina Ortiz told CNBC\u2019s \u201cSquawk Box\u201d that the plan had failed.", "CNBC's Squawk Box"),
        ("Lina Ortiz told a news conference that the plan had failed.", "news conference"),
        ("\u201cThe plan failed,\u201d Lina Ortiz said during a press briefing on Tuesday.", "press briefing"),
        ("In a letter published on Monday, Lina Ortiz said the plan had failed.", "letter"),
        ("Lina Ortiz said the plan had failed, according to Russian state media.", "Russian state media"),
        ("Lina Ortiz posted a message to X. \u201cThe plan failed,\u201d Ortiz posted.", "X"),
        ("\u201cThe plan failed,\u201d Ortiz said in an interview with the BBC.", "BBC"),
        ("Lina Ortiz wrote on Truth Social that the plan had failed.", "Truth Social"),
        ("Lina Ortiz said on Monday that the plan had failed.", None),
        ("Lina Ortiz said the plan had failed.", None),
        # an audience is not a channel
        ("Lina Ortiz told reporters that the plan had failed.", None),
        ("Lina Ortiz told lawmakers the plan had failed.", None),
        ("Lina Ortiz told the newspaper that the plan had failed.", "newspaper"),
        ("Lina Ortiz told the newspaper Bild that the plan had failed.", "Bild"),
        ("Lina Ortiz told the newspaper Monday that the plan had failed.", "newspaper"),
        ("Speaking to the BBC's Today programme on Friday, Lina Ortiz said the plan had failed.",
         "BBC's Today programme"),
        ("Analysts at Barclays wrote in a note to clients that the price was too high.", "note"),
        # a day is not a platform; a capitalised platform the tagger called a noun is
        ("Ortiz posted again on Monday, writing on X that she had \u201cno regrets\u201d about the plan.", "X"),
        ("\u201cWe will not back down,\u201d Lina Ortiz said at a rally in the capital.", "rally"),
    ],
)
def test_via_channel(extract, text, via):
    records = extract(text)
    assert records and records[-1].via == via


def test_via_inherit_same_speaker_without_new_occasion():
    vias = inherit_via(["Newsweek", None, None, None], ["A", "A", "B", "A"], [False, False, False, True])
    assert vias == ["Newsweek", "Newsweek", None, None]


def test_via_same_occasion_refers_back(extract):
    text = ("Ana Ruiz said the plan failed during a press briefing on Monday. "
            "Tom Berg said during the same briefing that costs had doubled.")
    assert [r.via for r in extract(text)] == ["press briefing", "press briefing"]


def test_via_statement_of_according_to(extract):
    (record,) = extract("The border will stay closed, according to a statement from the ministry.")
    assert record.via == "statement"


def test_via_follow_up_inherits_even_with_a_date_inside_the_quote(extract):
    text = ("Ana Ruiz told Newsweek that the plan had failed.\n\n"
            "\u201cWe have waited since 2019 for a decision,\u201d she said.")
    assert [r.via for r in extract(text)] == ["Newsweek", "Newsweek"]


def test_via_a_date_in_another_statements_quote_is_not_a_new_occasion(extract):
    # "another winter" lies in the quote of the first record, not in the frame of the second
    text = ('"The valley cannot wait another winter," Rafael Duarte told a news conference, adding that aid '
            'convoys had been blocked.')
    assert [r.via for r in extract(text)] == ["news conference", "news conference"]


def test_via_according_to_on_another_predicate_is_not_the_channel(extract):
    # the survey sources the crowd's size, not what the mayor praised
    text = ("Mayor Ana Ruiz praised the new bridge, and drew a crowd of 3,000 people at the opening, according "
            "to a county survey.")
    assert [r.via for r in extract(text)] == [None]


def test_via_in_one_of_several_occasions(extract):
    text = '"We are not done yet," Ana Ruiz said in one of her debates with Tom Berg.'
    assert [r.via for r in extract(text)] == ["debates"]
