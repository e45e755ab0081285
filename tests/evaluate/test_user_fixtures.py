"""Users' own fixtures: draft, review, gate (attrib fixture draft/review, eval --gold/--fail-under/
--show-errors/--baseline) and the pytest plugin."""

import json
import subprocess
import sys

from typer.testing import CliRunner

from attrib.cli import app
from tests.conftest import FIXTURES

runner = CliRunner()
ARTICLES = {
    "bridge": "\u201cWe checked every bolt,\u201d said Ana Ruiz, the engineer. She said the bridge was safe.",
    "budget": "The minister told reporters that the budget would balance. Critics say it will not.",
}


def _draft(tmp_path):
    src = tmp_path / "articles"
    src.mkdir()
    for name, text in ARTICLES.items():
        (src / f"{name}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "fixtures"
    result = runner.invoke(app, ["fixture", "draft", str(src), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out


def test_fixture_draft_writes_unreviewed_fixtures_that_eval_refuses(tmp_path):
    out = _draft(tmp_path)
    drafts = sorted(p.name for p in out.glob("*.json"))
    assert drafts == ["articles%2Fbridge.json", "articles%2Fbudget.json"]
    data = json.loads((out / "articles%2Fbridge.json").read_text(encoding="utf-8"))
    assert data["reviewed"] is False and data["file"] == "texts/articles%2Fbridge.txt"
    assert [a["speaker"]["name"] for a in data["attributions"]] == ["Ana Ruiz", "Ana Ruiz"]
    refused = runner.invoke(app, ["eval", "--gold", str(out)])
    assert refused.exit_code == 2 and "not reviewed" in refused.stderr
    allowed = runner.invoke(app, ["eval", "--gold", str(out), "--allow-unreviewed", "--json"])
    assert allowed.exit_code == 0 and json.loads(allowed.stdout)["f1"] == 1.0


def test_fixture_review_then_gate_and_errors(tmp_path):
    out = _draft(tmp_path)
    # a person corrects the drafts: one record is removed as wrong, one speaker renamed
    bridge = json.loads((out / "articles%2Fbridge.json").read_text(encoding="utf-8"))
    bridge["attributions"] = bridge["attributions"][:1]
    budget = json.loads((out / "articles%2Fbudget.json").read_text(encoding="utf-8"))
    budget["attributions"][0]["speaker"]["name"] = "Finance Minister Jo Park"
    (out / "articles%2Fbridge.json").write_text(json.dumps(bridge), encoding="utf-8")
    (out / "articles%2Fbudget.json").write_text(json.dumps(budget), encoding="utf-8")
    reviewed = runner.invoke(app, ["fixture", "review", str(out / "articles%2Fbridge.json"), str(out / "articles%2Fbudget.json")])
    assert reviewed.exit_code == 0 and "marked 2" in reviewed.stdout

    gate = runner.invoke(app, ["eval", "--gold", str(out), "--fail-under", "precision=0.9,speaker_strict=0.9",
                               "--show-errors"])
    assert gate.exit_code == 1
    # precision: 3 of 4 predictions are gold records; speaker strict: 2 of 3 matches
    assert "precision 0.750 < 0.9" in gate.stderr and "speaker_strict 0.667 < 0.9" in gate.stderr
    assert "spurious:" in gate.stdout and "speaker:" in gate.stdout and "Finance Minister Jo Park" in gate.stdout
    assert runner.invoke(app, ["eval", "--gold", str(out), "--fail-under", "recall=0.9"]).exit_code == 0
    bad = runner.invoke(app, ["eval", "--gold", str(out), "--fail-under", "f1"])
    assert bad.exit_code == 2 and "NAME=NUMBER" in bad.stderr


def test_eval_baseline_shows_what_changed(tmp_path):
    out = _draft(tmp_path)
    runner.invoke(app, ["fixture", "review", *map(str, out.glob("*.json"))])
    saved = tmp_path / "baseline.json"
    saved.write_text(runner.invoke(app, ["eval", "--gold", str(out), "--json"]).stdout, encoding="utf-8")
    baseline = json.loads(saved.read_text(encoding="utf-8"))
    baseline["f1"] = 0.5  # an earlier, worse run
    saved.write_text(json.dumps(baseline), encoding="utf-8")
    result = runner.invoke(app, ["eval", "--gold", str(out), "--baseline", str(saved)])
    assert result.exit_code == 0
    assert "against the baseline" in result.stdout and "+0.500" in result.stdout


def _plugin(tmp_path, folder):
    proc = subprocess.run([sys.executable, "-m", "pytest", "--attrib-fixtures", str(folder), "-q", "-o", "addopts=",
                           "-p", "no:cacheprovider", "--rootdir", str(tmp_path)],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300)
    return proc.returncode, proc.stdout


def test_pytest_plugin_collects_each_document(tmp_path):
    out = _draft(tmp_path)
    runner.invoke(app, ["fixture", "review", *map(str, out.glob("*.json"))])
    budget = json.loads((out / "articles%2Fbudget.json").read_text(encoding="utf-8"))
    budget["attributions"][0]["kind"] = "direct"
    (out / "articles%2Fbudget.json").write_text(json.dumps(budget), encoding="utf-8")
    code, output = _plugin(tmp_path, out)
    assert code == 1
    assert "1 failed, 1 passed" in output
    assert "attrib[articles/budget]" in output and "kind:" in output and "gold     : [direct]" in output


def test_pytest_plugin_on_the_project_fixtures(tmp_path):
    code, output = _plugin(tmp_path, FIXTURES / "gold")
    # every document agrees with its gold (003#12/#13 name "Seoul's foreign ministry", as the article does)
    assert code == 0 and "5 passed" in output


def test_pytest_plugin_shows_a_wrong_speaker(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    source = FIXTURES / "gold" / "003_55a3435667e232c0.json"
    fixture = json.loads(source.read_text(encoding="utf-8"))
    fixture["attributions"][0]["speaker"]["name"] = "Someone Else"
    fixture["file"] = str((source.parent / fixture["file"]).resolve())  # the text stays where it is
    (gold / source.name).write_text(json.dumps(fixture), encoding="utf-8")
    code, output = _plugin(tmp_path, gold)
    assert code == 1 and "1 failed" in output and "attrib[003_55a3435667e232c0]" in output
    assert "speaker:" in output and "Someone Else" in output
