"""Quotations with no cue (attrib/detect/floating.py, ANNOTATION.md 3b and 3c): floating
quotes follow the nearest earlier speaker across narration; dash credits name the source;
any other quotation that presents someone's words is reported as unattributed, non-core.
Sentences written for these tests."""

import pytest


def summary(records):
    return [(r.content.text, r.speaker.name, r.speaker.resolution, r.core) for r in records]


def test_floating_quote_after_narration_is_the_last_speaker(extract):
    text = ("\u201cThe bridge is safe,\u201d said Nora Pike, the county engineer.\n\n"
            "The county closed the bridge for two days of tests in March.\n\n"
            "\u201cWe checked every bolt and every cable before we opened it again.\u201d")
    assert summary(extract(text))[1] == (
        "We checked every bolt and every cable before we opened it again.", "Nora Pike", "continuation", True)


def test_floating_quote_with_a_lead_in_after_a_speaker_led_paragraph(extract):
    text = ("Tom Reyes, the city's planning chief, said on Monday that the housing shortage would last years.\n\n"
            "As for the plan, \u201cit will take ten years, and we will need every builder we can find.\u201d")
    assert summary(extract(text))[1] == (
        "it will take ten years, and we will need every builder we can find.", "Tom Reyes", "continuation", True)


def test_floating_quote_after_another_person_is_unattributed(extract):
    text = ("\u201cThe bridge is safe,\u201d said Nora Pike, the county engineer.\n\n"
            "On Tuesday, Carl Berg, the treasurer, presented the accounts to the board.\n\n"
            "\u201cWe checked every bolt and every cable before we opened it again.\u201d")
    records = extract(text)
    assert summary(records)[1] == (
        "We checked every bolt and every cable before we opened it again.", None, "unattributed", False)
    assert (records[1].speaker.type, records[1].cue) == ("unknown", None)


def test_floating_quote_with_no_speaker_before_is_unattributed(extract):
    text = ("Crowds gathered outside the town hall on Friday.\n\n"
            "\u201cWe have waited long enough for the council to act on the rents.\u201d")
    assert summary(extract(text)) == [
        ("We have waited long enough for the council to act on the rents.", None, "unattributed", False)]


def test_floating_dash_credit_names_the_source(extract):
    text = "Readers wrote in after the vote.\n\n\u201cNobody in our street wanted this road.\u201d \u2014 Maria Gomez\n"
    assert summary(extract(text)) == [("Nobody in our street wanted this road.", "Maria Gomez", "subject", True)]


@pytest.mark.parametrize(
    "text",
    [
        # scare quotes, titles of works, nicknames
        'The so-called "special operation" drew criticism.',
        "She starred in \u201cThe Long Road Home to Nowhere Special\u201d last year.",
        "The striker, nicknamed \u201cThe Rocket\u201d by fans, scored twice.",
        "The city tried a \u201cuse it or lose it\u201d approach to parking permits.",
    ],
)
def test_floating_scare_quotes_titles_and_nicknames_stay_out(extract, text):
    assert extract(text) == []


def test_floating_title_with_a_byline_stays_out(extract):
    text = 'Weekend reading: "Old mills find new life as artists move into the valley," by the Courier\'s Ana Ruiz.'
    assert extract(text) == []


def test_floating_quote_after_a_reported_statement_in_its_paragraph(extract):
    text = ("The council may delay the vote, Ana Ruiz said. \u201cThe other problem is that nobody has read "
            "the report yet.\u201d")
    records = extract(text)
    assert summary(records)[1] == ("The other problem is that nobody has read the report yet.", "Ana Ruiz",
                                   "continuation", True)


def test_floating_split_quote_after_a_quoted_title(extract):
    text = ("\u201cWe are ready,\u201d Omar Lind said on the show \u201cMorning Call.\u201d \u201cThe team has "
            "trained for months and nobody is injured.\u201d")
    records = extract(text)
    assert [(r.content.text, r.speaker.name) for r in records] == [
        ("We are ready,", "Omar Lind"),
        ("The team has trained for months and nobody is injured.", "Omar Lind"),
    ]


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009"])
def test_floating_split_quote_after_a_typographic_space(extract, space):
    # news pages print no-break and thin spaces between sentences; the records keep them
    text = f"\u201cWe are ready,\u201d Omar Lind said.{space}\u201cThe team has trained for months.\u201d"
    records = extract(text)
    assert [(r.content.text, r.speaker.name) for r in records] == [
        ("We are ready,", "Omar Lind"), ("The team has trained for months.", "Omar Lind")]
    [mention] = {r.speaker.mention.text for r in records}
    assert mention == "Omar Lind"


def test_floating_quote_after_a_statement_of_its_own_sentence(extract):
    text = "Mayor Ana Ruiz says she hopes to win the vote, but she knows that \u201cthe council will have the final word.\u201d"
    records = extract(text)
    assert [(r.method, r.speaker.name) for r in records] == [("reported-clause", "Ana Ruiz"), ("continuation", "Ana Ruiz")]
    assert records[1].content.text == "the council will have the final word."


def test_records_quote_the_articles_own_spaces(extract):
    [record] = extract("Gov.\u00a0Ana Ruiz said the bridge would\u00a0reopen in May.")
    assert record.speaker.mention.text == "Gov.\u00a0Ana Ruiz" and "would\u00a0reopen" in record.content.text


def test_quotes_typed_with_doubled_apostrophes(extract):
    # ''...'' as some archives print quotation marks: the text without the marks, the speakers right
    text = ("Tom Berg spoke on Monday. ''We will win,'' Mr. Berg said.\n\n''The bridge will open in May,'' "
            "said Nora Vance, smiling. She runs the county works office. ''Nobody believed us.''")
    assert [(r.content.text, r.speaker.name) for r in extract(text)] == [
        ("We will win,", "Tom Berg"), ("The bridge will open in May,", "Nora Vance"),
        ("Nobody believed us.", "Nora Vance")]
