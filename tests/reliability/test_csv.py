"""Issue 18, point 5: CSV cells that a spreadsheet would run as formulas are neutralised (OWASP)."""

import csv
import io

import pytest
from typer.testing import CliRunner

from attrib.cli import app
from attrib.report.spreadsheet import neutralise

runner = CliRunner()
ARTICLE = ("---\noutlet: \"@Wire\"\n---\n"
           "\u201c=HYPERLINK(A1) is the link,\u201d said Ana Ruiz, the engineer.\n\n"
           "\u201c+1 is what we asked for,\u201d said Ana Ruiz.\n\n"
           "\u201c-And that is final,\u201d said Ana Ruiz.\n")


@pytest.mark.parametrize("command", [["extract", "-f", "csv"], ["table", "-f", "csv", "--full"]])
def test_csv_formula_cells_are_text(tmp_path, command):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, [*command, str(path), "-q"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    statements = [r["statement"] for r in rows]
    assert "'=HYPERLINK(A1) is the link," in statements
    assert any(s.startswith("'+1") for s in statements) and any(s.startswith("'-And") for s in statements)
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert {r["outlet"] for r in rows} == {"'@Wire"}
    assert all(line.startswith('"') for line in result.stdout.splitlines())  # every cell quoted


@pytest.mark.parametrize("value,expected", [("=1+1", "'=1+1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
                                            ("\r=x", "'\r=x"), ("a=b", "a=b"), ("", ""), ("'=x", "'=x")])
def test_csv_neutralise(value, expected):
    assert neutralise(value) == expected
