"""`attrib verify` on the fixtures: the five situations a fact-checker meets."""

import json

import pytest
from typer.testing import CliRunner

from attrib.cli import app
from tests.conftest import FIXTURES

runner = CliRunner()


@pytest.fixture(scope="module")
def records_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("verify") / "records.jsonl"
    result = runner.invoke(app, ["extract", str(FIXTURES / "seeds"), "-f", "jsonl", "-o", str(path), "-q"])
    assert result.exit_code == 0
    return path


def ask(quote, *extra):
    result = runner.invoke(app, ["verify", quote, str(FIXTURES / "seeds"), "-f", "json", "-q", *extra])
    return result.exit_code, json.loads(result.stdout)


def test_verify_quote_printed_with_different_words_in_two_outlets():
    code, answer = ask("the very close alignment between Russia and authoritarian states")
    assert code == 0 and answer["verdict"] == "found verbatim"
    by_doc = {m["doc_id"]: m for m in answer["matches"]}
    assert by_doc["seeds/000_8c00d19a94f6c5f1"]["verbatim"] is True
    other = by_doc["seeds/002_c1fa80e5a6b0f52c"]
    assert other["verbatim"] is False
    assert {"op": "replace", "reference": "alignment", "member": "alliance"} in other["diff"]
    # 002 names no outlet for itself ("told CNBC's Squawk Box Asia" is a channel, issue 18): its id stands in
    assert any("other words by seeds/002_c1fa80e5a6b0f52c" in reason for reason in answer["reasons"])
    assert other["outlet"] is None


def test_verify_quote_credited_to_the_wrong_person():
    code, answer = ask("the very close alliance between Russia and authoritarian states", "--speaker", "Antony Blinken")
    assert code == 1 and answer["verdict"] == "found but credited to someone else"
    assert answer["reasons"][0].startswith("the speaker given, Antony Blinken, differs from every matching source")
    assert all(m["speaker_matches"] is False for m in answer["matches"])


def test_verify_trimmed_quote_is_verbatim_with_right_speaker():
    code, answer = ask("A new axis of tyranny is working to undermine our freedoms", "--speaker", "Shapps")
    assert code == 0 and answer["verdict"] == "found verbatim"
    (match,) = answer["matches"]
    assert match["speaker"]["name"] == "Grant Shapps" and match["outlet"] == "Newsweek" and match["via"] == "X"


def test_verify_paraphrase_only():
    code, answer = ask("North Korea has supplied weapons to Russia")
    assert code == 1 and answer["verdict"] == "found only as a paraphrase"
    assert all(m["level"] == "claim" and not m["verbatim"] for m in answer["matches"])
    assert "seeds/003_55a3435667e232c0" in {m["doc_id"] for m in answer["matches"]}


def test_verify_quote_that_appears_nowhere(records_file):
    result = runner.invoke(app, ["verify", "The moon is made of green cheese", "--records", str(records_file),
                                 "-f", "json"])
    assert result.exit_code == 1
    answer = json.loads(result.stdout)
    assert answer["verdict"] == "not found in these sources" and answer["matches"] == []


def test_verify_from_stored_records_and_terminal_output(records_file):
    result = runner.invoke(app, ["verify", "full support", "--records", str(records_file)])
    assert result.exit_code == 0
    assert "FOUND VERBATIM" in result.stdout


def test_verify_needs_sources():
    result = runner.invoke(app, ["verify", "anything"])
    assert result.exit_code == 2 and "no store" in result.stderr and "give files or folders" in result.stderr


def test_verify_excerpt_of_a_longer_quote_is_verbatim():
    """The fact-checker's usual case: a sentence cut from a longer printed quote."""
    code, answer = ask("a war in Ukraine is the best thing that could happen to Kim Jong Un")
    assert code == 0 and answer["verdict"] == "found verbatim"
    best = answer["matches"][0]
    assert best["verbatim"] is True and best["excerpt"] is True
    assert [step["op"] for step in best["diff"]] == ["insert", "equal"]
    assert any("an excerpt of a longer quote" in reason for reason in answer["reasons"])


def test_word_diff_of_an_excerpt_marks_only_the_words_around_it():
    from attrib.match.diff import word_diff

    steps = word_diff("a plan to cut taxes", "This is a good idea...A plan to cut taxes, she said")
    assert [(s.op, s.member) for s in steps] == [
        ("insert", "This is a good idea \u2026"), ("equal", "A plan to cut taxes,"), ("insert", "she said")]


def test_verify_paraphrase_of_a_direct_quote_says_so():
    from attrib.match.verify import verify
    from attrib.models import Attribution, Span, Speaker

    text = "We will close the Harlow steel plant by the end of next year and move the work to Ohio"
    printed = Attribution(id="d#1", doc_id="d", kind="direct", content=Span(start=0, end=len(text), text=text),
                          speaker=Speaker(name="Dana Ruiz", type="person"))
    answer = verify("Harlow steel plant closing; work moving to Ohio next year", [printed])
    assert answer.verdict == "found only as a paraphrase"
    assert any("paraphrase of what the source is quoted as saying" in reason for reason in answer.reasons)
