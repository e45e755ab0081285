"""Quotation-mark pairing (attrib/detect/quotes.py): pure text, no parser."""

import pytest

from attrib.detect.quotes import find_quotes


def texts(text):
    return [text[q.start : q.end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ('He said "yes" and left.', ["yes"]),
        ("He said \u201cyes\u201d and left.", ["yes"]),
        ("She called it \u2018full support\u2019 for Kim\u2019s plan.", ["full support"]),
        ("Kim\u2019s leaders\u2019 plan isn\u2019t new.", []),
        ("\u00abNous gagnerons\u00bb, a-t-il dit.", ["Nous gagnerons"]),
        # the low-high pair, closed either way, and corner brackets
        ("She said \u201ewe will win\u201c and left.", ["we will win"]),
        ("She said \u201ewe will win\u201d and left.", ["we will win"]),
        ("\u300cThe river is high,\u300d he said of \u300ethe flood\u300f.", ["The river is high,", "the flood"]),
        ('"He told me \u2018never\u2019 twice," she said.', ["He told me \u2018never\u2019 twice,"]),
        ("rock 'n' roll is here", []),
        # straight single quotes (British style): two words at least, not an elision or a possessive
        ("The club said: 'Erik and his staff have won two trophies.'", ["Erik and his staff have won two trophies."]),
        ("He called it 'a disaster' and left.", ["a disaster"]),
        ("'We back the players' union fully,' she said.", ["We back the players' union fully,"]),
        ("Music from the '90s, the players' union said.", []),
        ("It's the fans' club, isn't it?", []),
        # marks typed as two apostrophes: the text between them, without either
        ("''We haven't seen it yet,'' he said of ''the plan''.", ["We haven't seen it yet,", "the plan"]),
    ],
)
def test_quotes_pairs_marks(text, expected):
    assert texts(text) == expected


def test_quotes_multi_paragraph_quote_spans_reopening_marks():
    text = "\u201cFirst paragraph.\n\n\u201cSecond paragraph,\u201d she said."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert text[q.start : q.end] == "First paragraph.\n\n\u201cSecond paragraph,"
    assert q.paragraphs == 2 and q.closed


def test_quotes_unclosed_mark_ends_with_paragraph_and_scanning_goes_on():
    text = 'He said the plan "would fail.\n\nLater, officials said "it worked" after all.'
    found = find_quotes(text)
    assert [text[q.start : q.end] for q in found] == ["would fail.", "it worked"]
    assert found[0].closed is False and found[1].closed is True


def test_quotes_hundreds_of_unbalanced_marks_do_not_fail():
    text = ('"' * 301 + " word \u201d\u201c\u2018 ") * 50
    find_quotes(text)  # must not raise
    for q in find_quotes(text):
        assert 0 <= q.start <= q.end <= len(text)


def test_an_opening_curly_mark_typed_for_the_closing_one_closes_the_quote():
    text = "\u201cIt is unusual,\u201c said Carl Vance, a lawyer. \u201cIt is a hard thing to do.\u201c"
    assert texts(text) == ["It is unusual,", "It is a hard thing to do."]
    # not an opening mark after a space, nor one before a word
    assert texts("\u201cWe said \u201cno,\u201d he wrote.") == ["We said \u201cno,"]
    assert texts("\u201cIt is over.\u201cNext\u201d") == ["It is over.\u201cNext"]
