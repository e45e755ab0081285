"""Issue 18, point 19: reading the whole store (no PATHS) always says which store and how much."""

import pytest
from typer.testing import CliRunner

from attrib.cli import app

runner = CliRunner()


@pytest.mark.parametrize("command", [["claims"], ["claims", "-q"], ["verify", "the ferry runs all winter"],
                                     ["table", "-q"], ["extract", "-f", "jsonl", "-q"]])
def test_whole_store_says_which_store_and_how_many(tmp_path, command):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text(f"\u201cThe ferry runs all winter,\u201d said Nora Vik in {name}.",
                                            encoding="utf-8")
    db = tmp_path / "news.db"
    assert runner.invoke(app, ["extract", str(folder), "--db", str(db), "-q"]).exit_code == 0
    result = runner.invoke(app, [*command, "--db", str(db)])
    assert f"{db}: no PATHS given, reading the whole store (2 article(s))" in result.stderr, result.output
    given = runner.invoke(app, [*command, str(folder / "a.txt"), "--db", str(db), "-q"])
    assert "whole store" not in given.stderr
