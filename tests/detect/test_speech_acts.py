"""Speech acts whose content is a noun phrase, an infinitive or a question (attrib/detect/
reported.py, lexicon np_speech): a record, never core unless it carries the source's quoted
words (ANNOTATION.md 1). Sentences written for these tests."""

import pytest


def summary(records):
    return [(r.content.text, r.speaker.name, r.cue.text, r.core) for r in records]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The teachers' union called for a moratorium on school closures.",
         [("a moratorium on school closures", "teachers' union", "called for", False)]),
        ("Senator Ada Holt urged the board to delay the vote.",
         [("the board to delay the vote", "Ada Holt", "urged", False)]),
        ("The auditor asked whether the funds had been moved.",
         [("whether the funds had been moved", "The auditor", "asked", False)]),
        ("The mayor criticized the new parking rules.",
         [("the new parking rules", "The mayor", "criticized", False)]),
        ("Lena Park promised lower fares for students.",
         [("lower fares for students", "Lena Park", "promised", False)]),
    ],
)
def test_speech_acts_give_non_core_records(extract, text, expected):
    assert summary(extract(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a passive: its subject is the content, the agent the source
        "The claim has been denied by both governments.",
        # a telephone call, not a statement
        "The listener called into a late-night radio show.",
        # a question's topic, not the question
        "Judge Ivo Sarr asked about the costs.",
    ],
)
def test_speech_acts_without_a_content_give_no_record(extract, text):
    assert extract(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The fire chief warned against open fires in the park.",
         [("open fires in the park", "The fire chief", "warned against", False)]),
        # a gerund under a preposition speaks for the subject of its clause
        ("Mayor Ivo Tam answered the critics by saying the budget was balanced.",
         [("the budget was balanced", "Ivo Tam", "saying", True)]),
    ],
)
def test_speech_acts_prepositions_of_the_cue_and_gerunds(extract, text, expected):
    assert summary(extract(text)) == expected


def test_speech_acts_participle_describing_a_noun_is_not_one(extract):
    assert extract("In the final round, 475 pledged delegates will be at stake.") == []
