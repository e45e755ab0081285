"""The command line (attrib/cli.py): formats, files, errors as one line, exit codes."""

import csv
import io
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from attrib.cli import app
from tests.conftest import FIXTURES

runner = CliRunner()
SEEDS = str(FIXTURES / "seeds")


def test_cli_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("attrib ")


def test_cli_extract_table_on_fixtures():
    result = runner.invoke(app, ["extract", SEEDS, "--quiet"])
    assert result.exit_code == 0, result.output
    assert "Who said what" in result.stdout and "Jens Stoltenberg" in result.stdout


def test_cli_extract_jsonl_keeps_annotation_field_names(tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", SEEDS, "--format", "jsonl", "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 50
    first = lines[0]
    assert {"id", "doc_id", "kind", "content", "speaker", "cue", "via"} <= set(first)
    assert set(first["content"]) == {"start", "end", "text"}
    assert {"mention", "name", "type", "role"} <= set(first["speaker"])
    assert first["doc_id"] == "seeds/000_8c00d19a94f6c5f1"  # the path from the folder given


@pytest.mark.parametrize("fmt", ["json", "csv", "md"])
def test_cli_extract_other_formats(fmt, tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("\u201cIt works,\u201d said Ana Ruiz, the engineer.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(text), "--format", fmt, "--outlet", "Wire"])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        data = json.loads(result.stdout)
        assert data[0]["speaker"]["name"] == "Ana Ruiz"
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert rows == [{"doc_id": f"{tmp_path.name}/a", "speaker": "Ana Ruiz", "role": "engineer", "kind": "direct",
                         "statement": "It works,", "cue": "said", "via": "", "outlet": "Wire",
                         "outlet_inferred": "false", "published": "", "url": ""}]
    else:
        assert result.stdout.splitlines()[1].startswith("| doc_id | speaker |")  # after the line marking attrib's output
        assert f"| {tmp_path.name}/a | Ana Ruiz |" in result.stdout


def test_cli_extract_bad_file_is_one_line_and_rest_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text("Ana Ruiz said the bridge was safe.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00binary")
    out = tmp_path.parent / f"{tmp_path.name}.out.jsonl"  # not in the input folder: it would be read next time
    result = runner.invoke(app, ["extract", str(tmp_path), "-f", "jsonl", "-o", str(out)])
    assert result.exit_code == 1
    assert "bad.txt" in result.stderr and "binary" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["doc_id"] == f"{tmp_path.name}/good"


def test_cli_unknown_format_and_missing_model_are_one_line_errors(tmp_path):
    result = runner.invoke(app, ["extract", SEEDS, "--format", "xml"])
    assert result.exit_code == 2 and "unknown format" in result.stderr
    result = runner.invoke(app, ["extract", SEEDS, "--model", "no_such_model_xyz"])
    assert result.exit_code == 2
    assert "not installed" in result.stderr and "pip install" in result.stderr


def test_cli_no_traceback_for_users(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "attrib", "extract", str(tmp_path / "missing.txt")],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "missing.txt" in proc.stderr


def test_cli_eval_json_reports_every_metric():
    result = runner.invoke(app, ["eval", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    for key in ("precision", "recall", "f1", "exact_boundary", "speaker_strict", "speaker_lenient",
                "kind_accuracy", "recall_by_kind"):
        assert key in report
    assert report["documents"] == 5


def test_cli_eval_table_and_predictions_file(tmp_path):
    preds = tmp_path / "pred.jsonl"
    runner.invoke(app, ["extract", SEEDS, "-f", "jsonl", "-o", str(preds)])
    on_the_fly = json.loads(runner.invoke(app, ["eval", "--json"]).stdout)
    from_file = json.loads(runner.invoke(app, ["eval", "--json", "--pred", str(preds)]).stdout)
    assert from_file["f1"] == on_the_fly["f1"]
    table = runner.invoke(app, ["eval"])
    assert "speaker strict" in table.stdout and "recall mixed" in table.stdout


def test_cli_eval_gold_clusters_scored_from_file(tmp_path):
    result = runner.invoke(app, ["eval", "--json", "--pred", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2 and "cannot read" in result.stderr


def test_cli_schema_check(tmp_path):
    assert runner.invoke(app, ["schema", "--out", str(tmp_path)]).exit_code == 0
    assert runner.invoke(app, ["schema", "--check", "--out", str(tmp_path)]).exit_code == 0
    (tmp_path / "span.schema.json").write_text("{}", encoding="utf-8")
    assert runner.invoke(app, ["schema", "--check", "--out", str(tmp_path)]).exit_code == 1


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "md"])
def test_cli_claims_formats(fmt):
    result = runner.invoke(app, ["claims", SEEDS, "--format", fmt, "--quiet"])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        clusters = json.loads(result.stdout)
        assert clusters and {"id", "level", "members", "flags", "details"} <= set(clusters[0])
        member = clusters[0]["details"][0]
        assert {"doc_id", "attribution_id", "content", "speaker", "outlet", "kind", "via", "similarity", "diff"} <= set(member)
    elif fmt == "jsonl":
        assert all(json.loads(line)["members"] for line in result.stdout.splitlines())
    elif fmt == "md":
        assert result.stdout.split("\n", 1)[1].startswith("# Claims across sources") and "wording_differs" in result.stdout
    else:
        assert "quote level" in result.stdout and "wording_differs" in result.stdout


def test_cli_claims_no_cluster_in_one_article(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Ana Ruiz said the bridge was safe.", encoding="utf-8")
    result = runner.invoke(app, ["claims", str(text), "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_cli_claims_semantic_without_the_extra_is_one_line(tmp_path, monkeypatch):
    import importlib.util

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    result = runner.invoke(app, ["claims", SEEDS, "--semantic", "--no-db"])
    assert result.exit_code == 2, result.output  # as every usage error
    assert "attrib[semantic]" in result.output and "Traceback" not in result.output


def test_cli_messages_keep_square_brackets(tmp_path):
    """Messages are not read as rich markup: '[dask]' and file names like 'notes[draft].txt' survive."""
    bad = tmp_path / "notes[draft].txt"
    bad.write_bytes(b"")
    result = runner.invoke(app, ["extract", str(bad), "--no-db"])
    assert result.exit_code == 2 and "notes[draft].txt" in result.stderr


def test_cli_help_shows_shared_options_and_brackets():
    for command in ("extract", "claims", "table", "report"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0
        for option in ("--db", "--no-db", "--jobs", "--dask", "--outlet", "--model", "--aliases", "--quiet"):
            assert option in result.stdout, (command, option)
    assert "[variant, ...]" in runner.invoke(app, ["extract", "--help"]).stdout
