"""Issue 18, point 6: an output never replaces an input, and attrib's own outputs are never
read back as articles."""

import json

import pytest
from typer.testing import CliRunner

from attrib.cli import app

runner = CliRunner()
STORY = "\u201cThe tram line opens in March,\u201d said Ines Varga, the transport director."


def _corpus(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "t1", "text": STORY}) + "\n", encoding="utf-8")
    return corpus


def test_outputs_output_over_an_input_is_refused(tmp_path):
    corpus = _corpus(tmp_path)
    before = corpus.read_bytes()
    result = runner.invoke(app, ["extract", str(corpus), "-f", "jsonl", "-o", str(corpus), "-q"])
    assert result.exit_code == 2 and "is an input of this run" in result.stderr
    assert corpus.read_bytes() == before


@pytest.mark.parametrize("command", [["report", "--html", "{out}.html"], ["extract", "-f", "md", "-o", "{out}.md"],
                                     ["table", "-f", "md", "-o", "{out}.md"]])
def test_outputs_into_an_input_folder_are_refused(tmp_path, command):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    args = [a.replace("{out}", str(folder / "report")) for a in command]
    result = runner.invoke(app, [*args, str(folder), "-q"])
    assert result.exit_code == 2 and "inside the input folder" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt"]


def test_outputs_found_in_a_folder_are_not_articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    elsewhere = tmp_path / "out"
    assert runner.invoke(app, ["report", str(folder), "--html", str(elsewhere / "report.html"), "-q"]).exit_code == 0
    for fmt, command in (("md", "extract"), ("md", "claims"), ("md", "table"), ("jsonl", "extract")):
        result = runner.invoke(app, [command, str(folder), "-f", fmt, "-o", str(elsewhere / f"{command}.{fmt}"), "-q"])
        assert result.exit_code == 0, result.output
    (elsewhere / "manifest.jsonl").write_text("".join(json.dumps({"id": f"m{i}", "url": "x"}) + "\n" for i in range(9)),
                                              encoding="utf-8")
    for path in elsewhere.iterdir():  # a user moves the outputs in beside the articles
        path.rename(folder / path.name)
    result = runner.invoke(app, ["extract", str(folder), "-f", "jsonl", "-q"])
    assert result.exit_code == 1
    assert {json.loads(line)["doc_id"] for line in result.stdout.splitlines()} == {"in/a"}
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 6, result.stderr  # one line per file, never one per line of a JSONL file
    assert sum("written by attrib" in line for line in lines) == 4
    assert sum("no line has a 'text' field" in line for line in lines) == 2
