"""Statements interrupted by their frame (ANNOTATION.md 3c, pieces): the content is the
envelope, its text the exact slice, and content.fragments the pieces the source said; tables
and claim matching use the pieces. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text,envelope,pieces",
    [
        # a long frame between the pieces
        ('"I have weighed this for months," Ruth Kane told the Herald about her decision, "and I am certain."',
         'I have weighed this for months," Ruth Kane told the Herald about her decision, "and I am certain.',
         ["I have weighed this for months,", "and I am certain."]),
        # a short one
        ('"Our parks," she added, "belong to everyone."',
         'Our parks," she added, "belong to everyone.',
         ["Our parks,", "belong to everyone."]),
        # reported speech interrupted by its cue
        ("The new levy, critics argue, is unfair to renters.",
         "The new levy, critics argue, is unfair to renters",
         ["The new levy", "is unfair to renters"]),
        # and by an according-to phrase
        ("The mill, according to two of the workers, will close in June.",
         "The mill, according to two of the workers, will close in June",
         ["The mill", "will close in June"]),
    ],
)
def test_fragments_are_the_pieces_of_an_interrupted_statement(extract, text, envelope, pieces):
    (record,) = extract(text)
    assert record.content.text == envelope == text[record.content.start : record.content.end]
    assert [f.text for f in record.content.fragments] == pieces
    assert all(text[f.start : f.end] == f.text for f in record.content.fragments)


def test_fragments_absent_for_a_statement_in_one_piece(extract):
    (record,) = extract('"We are ready," said Ivo Marsh.')
    assert record.content.fragments is None


def test_fragments_are_what_the_table_and_the_claims_use(extract):
    from attrib.match.text import printed_wording, quoted_fragments
    from attrib.models import Article
    from attrib.report.table import table_rows

    text = '"I have weighed this for months," Ruth Kane told the Herald about her decision, "and I am certain."'
    (record,) = extract(text)
    said = "I have weighed this for months, \u2026 and I am certain."
    assert quoted_fragments(record) == ["I have weighed this for months,", "and I am certain."]
    assert printed_wording(record, "claim") == said
    assert "decision" not in " ".join(e.predicate or "" for e in record.events)
    (row,) = table_rows([record], [Article(id=record.doc_id, text=text)], [], full=True)
    assert row.statement == said
