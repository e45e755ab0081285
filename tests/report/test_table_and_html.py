"""Who-said-what tables and the HTML report (attrib/report/table.py, html.py), checked in
a real headless Chromium where one is installed."""

import csv
import io
import json
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

from attrib.cli import app
from tests.conftest import FIXTURES

runner = CliRunner()
SEEDS = str(FIXTURES / "seeds")
# Payloads that would mark the page if they ever ran.
HOSTILE = (
    "<script>document.documentElement.setAttribute('data-pwned','outside')</script> Breaking <b>news <i>broken\n\n"
    "\u201cWe will <script>document.documentElement.setAttribute('data-pwned','inside')</script> win,\u201d "
    "said Ana Ruiz, the mayor.\n\n"
    "Officials said the plan was \"<img src=x onerror=document.documentElement.setAttribute('data-pwned','img')>\" "
    "and more.\n\n</article></body></html> <!-- --> ]]> & &amp; \u00ab \u00bb"
)


@pytest.mark.parametrize("by", ["speaker", "article", "claim"])
def test_table_groupings_json(by):
    result = runner.invoke(app, ["table", SEEDS, "--by", by, "-f", "json", "-q"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) > 50
    assert {"speaker", "role", "kind", "statement", "outlet", "via", "cue", "doc_id", "start", "cluster"} <= set(rows[0])
    if by == "article":
        keys = [(r["doc_id"], r["start"]) for r in rows]
        assert keys == sorted(keys)
    elif by == "speaker":
        names = [(r["speaker_key"] or r["speaker"]).casefold() for r in rows]
        assert names == sorted(names)
    else:
        clustered = [r["cluster"] for r in rows if r["cluster"]]
        assert clustered and rows[0]["cluster"] == "C1" and all(r["cluster"] for r in rows[: len(clustered)])


def test_table_trimmed_unless_full_and_csv_md():
    trimmed = json.loads(runner.invoke(app, ["table", SEEDS, "-f", "json", "-q"]).stdout)
    full = json.loads(runner.invoke(app, ["table", SEEDS, "-f", "json", "--full", "-q"]).stdout)
    assert any(r["statement"].endswith("\u2026") for r in trimmed)
    assert not any(r["statement"].endswith("\u2026") for r in full)
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["table", SEEDS, "-f", "csv", "-q"]).stdout)))
    assert rows[0].keys() >= {"speaker", "statement", "outlet", "via", "cue", "doc_id", "start"}
    md = runner.invoke(app, ["table", SEEDS, "-f", "md", "-q"]).stdout
    assert md.startswith("<!-- written by attrib") and md.split("\n", 1)[1].startswith("| speaker | role |")
    assert runner.invoke(app, ["table", SEEDS, "--by", "topic"]).exit_code == 2


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _report(tmp_path, text=HOSTILE):
    article = tmp_path / "hostile.txt"
    article.write_text(text, encoding="utf-8")
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(article), SEEDS, "--html", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out


def test_report_escapes_all_article_text(tmp_path):
    html = _report(tmp_path).read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(html)
    scripts = [attrs for tag, attrs in parser.tags if tag == "script"]
    assert len(scripts) == 2  # attrib's filter code and its JSON data island, nothing from the article
    assert not any(tag == "img" for tag, _ in parser.tags)
    assert "&lt;script&gt;document.documentElement" in html
    assert "<script>document" not in html and "<img src=x" not in html
    assert "http://" not in html and "https://" not in html.replace("https://attrib.invalid", "")


def _chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.mark.skipif(_chromium() is None, reason="no Chromium installed (apt-get install chromium; .ci/run does)")
def test_report_in_headless_chromium(tmp_path):
    out = _report(tmp_path)
    browser = _chromium()
    flags = [*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=3000"]
    dom = subprocess.run([browser, *flags, "--dump-dom", out.as_uri()], capture_output=True, text=True,
                         timeout=120).stdout
    parser = _Tags()
    parser.feed(dom)
    tags = parser.tags
    assert sum(1 for tag, attrs in tags if tag == "tr" and "stmt" in attrs.get("class", "")) > 50  # speaker rows
    marks = [attrs for tag, attrs in tags if tag == "mark" and "attr" in attrs.get("class", "")]
    assert any(m.get("data-speaker") == "Ana Ruiz" and m.get("data-kind") == "direct" for m in marks)
    assert any(tag in ("del", "ins") for tag, _ in tags)  # a word diff of a claim cluster
    html_tag = next(attrs for tag, attrs in tags if tag == "html")
    assert "data-pwned" not in html_tag  # no payload ran
    assert "setAttribute('data-pwned','inside')" in dom  # shown as text instead
    screenshot = tmp_path / "report.png"
    subprocess.run([browser, *flags, "--window-size=1200,1600", f"--screenshot={screenshot}", out.as_uri()],
                   capture_output=True, timeout=120)
    assert screenshot.exists() and screenshot.stat().st_size > 10_000
