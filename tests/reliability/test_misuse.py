"""Misuse found by a red-team pass: each is a clear one-line error, and nothing is lost."""

import json

import pytest
from typer.testing import CliRunner

from attrib.cli import app

runner = CliRunner()
STORY = "\u201cThe tram line opens in March,\u201d said Ines Varga, the transport director."


def _article(folder, name="a.txt", text=STORY):
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_misuse_an_impossible_date_in_front_matter_skips_that_file_only(tmp_path):
    folder = tmp_path / "in"
    _article(folder, "a.txt")
    _article(folder, "b.txt", "---\npublished: 2024-13-45\n---\n" + STORY)
    result = runner.invoke(app, ["extract", str(folder), "--no-db", "-f", "jsonl", "-q"])
    assert result.exit_code == 1
    assert "b.txt: bad value in front matter (month must be in 1..12)" in result.stderr
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["in/a"]


@pytest.mark.parametrize("option", ["--db", "--lexicon", "--aliases"])
def test_misuse_an_output_over_a_file_the_run_reads_is_refused(tmp_path, option):
    article = _article(tmp_path / "in")
    own = tmp_path / "own.yaml"
    own.write_text("{}\n" if option != "--db" else "", encoding="utf-8")
    if option == "--db":
        assert runner.invoke(app, ["extract", str(article), "--db", str(own), "-q"]).exit_code == 0
    before = own.read_bytes()
    result = runner.invoke(app, ["extract", str(article), option, str(own), "-f", "jsonl", "-o", str(own), "-q"])
    assert result.exit_code == 2 and "of this run; write the output elsewhere" in result.stderr
    assert own.read_bytes() == before


def test_misuse_an_output_through_a_link_to_an_input_folder_is_refused(tmp_path):
    folder = tmp_path / "in"
    _article(folder)
    (tmp_path / "link").symlink_to(folder, target_is_directory=True)
    result = runner.invoke(app, ["extract", str(folder), "-o", str(tmp_path / "link" / "table.txt"), "-q"])
    assert result.exit_code == 2 and "inside the input folder" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt"]


@pytest.mark.parametrize("make", [lambda p: p.mkdir(), lambda p: p.write_text("", encoding="utf-8")])
def test_misuse_no_article_at_all_is_an_error_and_keeps_the_old_output(tmp_path, make):
    empty = tmp_path / "empty.jsonl"
    make(empty)
    out = tmp_path / "out.jsonl"
    out.write_text("earlier\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(empty), "--no-db", "-f", "jsonl", "-o", str(out), "-q"])
    assert result.exit_code == 2 and "no article found" in result.stderr
    assert out.read_text(encoding="utf-8") == "earlier\n"


def test_misuse_a_hostile_jsonl_line_is_skipped_and_the_rest_read(tmp_path):
    corpus = tmp_path / "c.jsonl"
    lines = ['{"id": ' + "1" * 5001 + ', "text": "x"}', '{"id": "d", "text": "x", "x": ' + "[" * 100000 + "]" * 100000 + "}",
             json.dumps({"id": "good", "text": STORY})]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(corpus), "--no-db", "-f", "jsonl", "-q"])
    assert result.exit_code == 1
    assert result.stderr.count("malformed JSON (a number too long or nesting too deep to read)") == 2
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["good"]


def test_misuse_verify_found_is_found_though_another_input_failed(tmp_path):
    article = _article(tmp_path / "in")
    result = runner.invoke(app, ["verify", "The tram line opens in March", str(article), str(tmp_path / "nope.txt"),
                                 "--no-db", "-q"])
    assert result.exit_code == 0 and "nope.txt" in result.stderr


@pytest.mark.parametrize("args,message", [(["\u201c\u201d"], "the quote is empty"),
                                          (["opens in March", "--speaker", " "], "--speaker is empty")])
def test_misuse_verify_empty_quote_or_speaker_is_a_usage_error(tmp_path, args, message):
    article = _article(tmp_path / "in")
    result = runner.invoke(app, ["verify", *args[:1], str(article), *args[1:], "--no-db", "-q"])
    assert result.exit_code == 2 and message in result.stderr


@pytest.mark.parametrize("option", ["--lexicon", "--aliases"])
def test_misuse_an_option_file_that_is_not_utf8_is_named(tmp_path, option):
    article = _article(tmp_path / "in")
    bad = tmp_path / "latin.yaml"
    bad.write_bytes(b"speech: [d\xe9clarer]\n")
    result = runner.invoke(app, ["extract", str(article), option, str(bad), "--no-db", "-q"])
    assert result.exit_code == 2
    assert "latin.yaml" in result.stderr and "is not UTF-8 text (byte 0xe9" in result.stderr
    assert "unexpected" not in result.stderr


@pytest.mark.parametrize("text,message", [("a: [b\n", "not valid YAML"), ("- a\n- b\n", "must map each class"),
                                          ("small: tiny\n", "must map each class")])
def test_misuse_a_bad_synonyms_file_is_named(tmp_path, text, message):
    article = _article(tmp_path / "in")
    synonyms = tmp_path / "syn.yaml"
    synonyms.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["claims", str(article), "--synonyms", str(synonyms), "--no-db", "-q"])
    assert result.exit_code == 2 and message in result.stderr, result.stderr


def test_misuse_dask_with_no_scheduler_file_says_so_at_once(tmp_path):
    pytest.importorskip("distributed")
    article = _article(tmp_path / "in")
    result = runner.invoke(app, ["extract", str(article), "--no-db", "-q", "--dask", str(tmp_path / "nope.json")])
    assert result.exit_code == 2 and "no such scheduler file" in result.stderr


def test_misuse_a_reader_that_stops_reading_is_no_failure(tmp_path):
    # "attrib extract ... | head -1": the broken pipe ends the run with exit 0, no message
    import subprocess
    import sys

    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"t{i}", "text": STORY}) + "\n" for i in range(300)), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "attrib", "extract", str(corpus), "--no-db", "-q", "-f", "jsonl"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    proc.stdout.readline()
    proc.stdout.close()
    assert proc.wait(timeout=300) == 0
    assert proc.stderr.read() == b""
