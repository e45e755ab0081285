"""Content boundaries that change meaning (attrib/detect/reported.py): a reported clause keeps
its conditional and causal clauses; a noun-phrase content keeps the quoted words after the
cue. Sentences written for these tests."""

import pytest


def content(records):
    return [(r.content.text, r.cue.text) for r in records]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Dan Webb said he would back the coach even if the club had broken the rules.",
         [("he would back the coach even if the club had broken the rules", "said")]),
        ("The treasurer said the levy would rise unless the council found new money.",
         [("the levy would rise unless the council found new money", "said")]),
        # a causal clause the parser hangs on the cue is still part of what was said
        ("The official said the claim was absurd, because the auditors had signed the accounts.",
         [("the claim was absurd, because the auditors had signed the accounts", "said")]),
        # a channel phrase inside a clause of the content is not the frame
        ("The aide said the senator would relax when she speaks at the hearing.",
         [("the senator would relax when she speaks at the hearing", "said")]),
    ],
)
def test_boundaries_reported_clause_keeps_its_conditions(extract, text, expected):
    assert content(extract(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The party called on him to 'give some thought to stepping down'.",
         [("him to 'give some thought to stepping down'", "called on")]),
        ("Residents called for a \u201cfull and open inquiry\u201d into the fire.",
         [("a \u201cfull and open inquiry\u201d into the fire", "called for")]),
    ],
)
def test_boundaries_noun_phrase_content_keeps_the_quoted_words(extract, text, expected):
    assert content(extract(text)) == expected


def test_boundaries_leading_that_as_a_determiner_stays(extract):
    (record,) = extract("Lee said that figure was wrong.")
    assert record.content.text == "that figure was wrong"


@pytest.mark.parametrize(
    "text,expected",
    [
        # a participle of the frame after the clause
        ("Trade analysts said tariffs had raised prices, citing a survey of importers.",
         [("tariffs had raised prices", "said")]),
        # a second cue in the tense of the outer one is the speaker's next statement
        ("Vera Lund said she'd walked the route twice and called it a dangerous road.",
         [("she'd walked the route twice", "said"), ("it a dangerous road", "called")]),
    ],
)
def test_boundaries_frame_after_the_reported_clause_is_cut(extract, text, expected):
    assert content(extract(text)) == expected


def test_boundaries_channel_after_a_clause_interrupted_by_its_cue(extract):
    # the sentence root lies inside the content: the search for an enclosing clause must stop there
    (record,) = extract("The plan, she said, was announced at a press conference.")
    assert (record.content.text, [f.text for f in record.content.fragments]) == (
        "The plan, she said, was announced", ["The plan", "was announced"])
