"""Issue 18, point 14: control and bidi characters never reach a person raw; each is shown."""

import json

import pytest
from typer.testing import CliRunner

from attrib.cli import app
from attrib.report.safe import visible

runner = CliRunner()
ESC, RLO, PDF = "\x1b", "\u202e", "\u202c"
ARTICLE = (f"\u201cWe will {ESC}[2J{ESC}]8;;http://x.invalid{ESC}\\pay{ESC}]8;;{ESC}\\ the nurses <img src=x onerror=alert(1)>,\u201d "
           f"said Dana Moss, the {RLO}rotinom{PDF} of the clinic.\n\n"
           f"\u201cThe answer is {RLO}sey{PDF},\u201d said Dana Moss.\n")


@pytest.fixture
def article(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


@pytest.mark.parametrize("command", [["extract"], ["extract", "-f", "md"], ["table"], ["table", "-f", "md"],
                                     ["claims", "-f", "md"]])
def test_display_terminal_and_markdown_are_neutralised(article, command):
    result = runner.invoke(app, [*command, str(article), "-q"])
    assert result.exit_code == 0, result.output
    assert ESC not in result.stdout and RLO not in result.stdout and PDF not in result.stdout
    if command[0] != "claims":
        assert "\u27e8U+202E\u27e9" in result.stdout  # shown, not dropped
    if "md" in command and command[0] != "claims":
        assert "<img" not in result.stdout and "&lt;img" in result.stdout


def test_display_html_report_shows_bidi_controls(article, tmp_path):
    out = tmp_path / "r.html"
    assert runner.invoke(app, ["report", str(article), "--html", str(out), "-q"]).exit_code == 0
    page = out.read_text(encoding="utf-8")
    body = page.split('<script type="application/json"')[0]
    assert RLO not in body and ESC not in body and "<img" not in body
    assert body.count("\u27e8U+202E\u27e9") >= 2
    island = page.split('id="attrib-data">')[1].split("</script>")[0]
    assert RLO in "".join(r["content"]["text"] for r in json.loads(island))  # the data keeps the text as printed


def test_display_machine_outputs_keep_the_text(article):
    result = runner.invoke(app, ["extract", str(article), "-f", "jsonl", "-q"])
    assert RLO in "".join(json.loads(line)["content"]["text"] for line in result.stdout.splitlines())


def test_display_visible():
    assert visible(f"a{ESC}b\u2066c\nd\te\u0085") == "a\u27e8U+001B\u27e9b\u27e8U+2066\u27e9c\nd\te\u27e8U+0085\u27e9"


def test_display_verify_matches_through_bidi_controls():
    """A quote printed with a right-to-left override is the same words typed plainly."""
    from attrib.match.verify import verify
    from attrib.models import Attribution, Span, Speaker

    text = f"The answer is {RLO}sey{PDF}, and the clinic stays open"
    printed = Attribution(id="d#1", doc_id="d", kind="direct", content=Span(start=0, end=len(text), text=text),
                          speaker=Speaker(name="Dana Moss", type="person"))
    answer = verify("The answer is sey, and the clinic stays open", [printed])
    assert answer.verdict == "found verbatim"
