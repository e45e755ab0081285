"""Issue 18, point 3: two different articles never share an id in the store."""

import json

from typer.testing import CliRunner

from attrib.cli import app
from attrib.load import load_articles

runner = CliRunner()


def _day(root, name, text):
    folder = root / name
    folder.mkdir()
    (folder / "index.txt").write_text(text, encoding="utf-8")
    return folder


def test_ids_two_dated_folders_keep_both_days(tmp_path):
    first = _day(tmp_path, "2024-06-01", "Lena Park said the ferry would run on Sunday.")
    second = _day(tmp_path, "2024-06-02", "Omar Diaz said the harbour would close for repairs.")
    db = tmp_path / "news.db"
    for day in (first, second):
        result = runner.invoke(app, ["extract", str(day), "--db", str(db), "-f", "jsonl", "-q"])
        assert result.exit_code == 0, result.output
        assert "replaces" not in result.stderr
    stored = runner.invoke(app, ["extract", "--db", str(db), "-f", "jsonl", "-q"])
    docs = [json.loads(line)["doc_id"] for line in stored.stdout.splitlines()]
    assert docs == ["2024-06-01/index", "2024-06-02/index"]


def test_ids_are_paths_from_the_folder_given(tmp_path):
    day = _day(tmp_path, "2024-06-03", "Lena Park said the ferry would run on Sunday.")
    (sub := day / "world").mkdir()
    (sub / "index.txt").write_text("Omar Diaz said the harbour would close.", encoding="utf-8")
    by_folder, _ = load_articles([day])
    by_file, _ = load_articles([day / "index.txt", sub / "index.txt"])
    assert [a.id for a in by_folder] == ["2024-06-03/index", "2024-06-03/world/index"]
    assert [a.id for a in by_file] == ["2024-06-03/index", "world/index"]  # a file given alone: from its own folder


def test_ids_new_text_under_the_same_id_is_said(tmp_path):
    day = _day(tmp_path, "desk", "Lena Park said the ferry would run on Sunday.")
    db = tmp_path / "news.db"
    assert runner.invoke(app, ["extract", str(day), "--db", str(db), "-q"]).exit_code == 0
    (day / "index.txt").write_text("Lena Park said the ferry would not run on Sunday.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(day), "--db", str(db), "-f", "jsonl", "-q"])
    assert result.exit_code == 0
    assert "replaces the earlier text stored under id 'desk/index'" in result.stderr
