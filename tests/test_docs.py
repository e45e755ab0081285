"""Docs are tested: the CLI reference is generated from --help, the README runs what CI runs."""

import re

from attrib.cli_docs import cli_reference
from tests.conftest import ROOT


def test_docs_cli_reference_up_to_date():
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == cli_reference(), (
        "docs/cli.md is stale: run 'python -m attrib.cli_docs > docs/cli.md'"
    )


def test_docs_every_command_documented():
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for command in ("extract", "claims", "table", "report", "eval", "verify", "schema", "fixture draft", "fixture review"):
        assert f"## attrib {command}\n" in text


def test_docs_readme_quick_start_is_two_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("## Quick start")
    blocks = re.findall(r"```bash\n(.*?)\n```", readme[start : readme.index("## What it does")], re.S)
    assert len(blocks) == 2
    run, test = blocks
    assert "attrib extract fixtures/seeds" in run and "pytest" in test
    assert test in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
