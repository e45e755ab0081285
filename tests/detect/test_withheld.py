"""Negated and withheld speech (attrib/detect/withheld.py, ANNOTATION.md 3c): no record
attributes the content to the source; a denial is a statement of its own, non-core unless it
carries quoted words. Sentences written for these tests."""

import pytest


def summary(records):
    return [(r.kind, r.content.text, r.speaker.name, r.cue.text if r.cue else None, r.core) for r in records]


@pytest.mark.parametrize(
    "text",
    [
        # has not said
        "The mayor has not said she would veto the bill.",
        # won't say
        "Singh won't say what he'll do next.",
        # would not say whether
        "The treasurer would not say whether the levy would rise.",
        # declined to say whether
        "The governor declined to say whether he would run again.",
        # did not tell reporters that
        "The minister did not tell reporters that the plant would close.",
        # refused to confirm that
        "The company refused to confirm that layoffs were planned.",
        # never said
        "Lee never said that the plan was dead.",
        # nobody / no one as the source
        "Nobody has said the vote was rigged.",
        "No one has said that the plant would close.",
        # stopped short of saying, without saying
        "He stopped short of saying that the mayor lied.",
        "The governor left without saying whether he would run.",
        # has yet to confirm
        "The firm has yet to confirm that it was hacked.",
        # speech weighed, not given: "whether ... for X to say"
        "It is not clear whether it is right for a judge to criticize a candidate.",
        "Voters wondered if it was wise for the mayor to say that the plan failed.",
        # unwilling to say, did not want to say
        "The mayor was unwilling to say whether the tax would rise.",
        "The minister did not want to say that the plant would close.",
        # neither confirm nor deny
        "The ministry would neither confirm nor deny that the talks had failed.",
    ],
)
def test_withheld_speech_gives_no_record(extract, text):
    assert extract(text) == []


def test_withheld_quoted_not_inside_the_quote_is_still_a_statement(extract):
    text = "\u201cAre the roads ready? Probably not,\u201d the engineer said."
    assert summary(extract(text)) == [("direct", "Are the roads ready? Probably not,", "the engineer", "said", True)]


def test_withheld_negation_inside_the_content_is_a_statement(extract):
    assert summary(extract("Dr. Ana Vidal said the bridge would not reopen in May.")) == [
        ("indirect", "the bridge would not reopen in May", "Ana Vidal", "said", True)
    ]


def test_withheld_not_only_said_is_a_statement(extract):
    (record,) = extract("The director not only said the budget was spent, she resigned.")
    assert record.cue.text == "said" and record.content.text.startswith("the budget was spent")


@pytest.mark.parametrize(
    "text,expected",
    [
        # a denial is a statement: its content is what is denied, non-core
        ("The senator denied that she had met the lobbyist.",
         [("indirect", "she had met the lobbyist", "The senator", "denied", False)]),
        # with the source's quoted words it is core
        ("The senator denied that she had \u201cever met\u201d the lobbyist.",
         [("mixed", "she had \u201cever met\u201d the lobbyist", "The senator", "denied", True)]),
    ],
)
def test_withheld_denial_is_a_statement(extract, text, expected):
    assert summary(extract(text)) == expected


def test_withheld_no_in_another_subject_is_not_a_refusal(extract):
    text = "- No vote on Friday: council spokesperson Ida Berg stated that the session would move to May."
    (record,) = extract(text)
    assert (record.content.text, record.speaker.name) == ("the session would move to May", "Ida Berg")


def test_withheld_for_a_source_to_say_outside_a_question_is_a_statement(extract):
    """"not unreasonable for Mayor Ruiz to assert that ...": speech the article weighs, made."""
    records = extract("It is not unreasonable for Mayor Ana Ruiz to assert that the plan failed.")
    assert [(r.content.text, r.speaker.name) for r in records] == [("the plan failed", "Ana Ruiz")]
