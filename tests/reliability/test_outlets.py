"""Issue 18, points 17 and 18: every record states the outlet that printed it (and whether it
was inferred), and "told X" names a channel, never the publisher."""

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from attrib.cli import app

runner = CliRunner()
GIVEN = ("---\noutlet: Harbour Gazette\npublished: 2024-06-02\nurl: https://gazette.invalid/ferry\n---\n"
         "\u201cThe ferry will run all winter,\u201d said Nora Vik, the port director.\n")
CHANNEL = "Senator Ada Hale told MSNBC on Sunday that the vote was fair.\n"
DATELINE = "OSLO, Norway (Reuters) - Finance minister Jon Berg said the budget would balance.\n"


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "given.txt").write_text(GIVEN, encoding="utf-8")
    (root / "channel.txt").write_text(CHANNEL, encoding="utf-8")
    (root / "wire.txt").write_text(DATELINE, encoding="utf-8")
    return root


def _by_doc(records):
    return {r["doc_id"]: r for r in records}


def test_outlets_every_record_states_its_outlet(folder):
    jsonl = runner.invoke(app, ["extract", str(folder), "-f", "jsonl", "-q"])
    as_json = runner.invoke(app, ["extract", str(folder), "-f", "json", "-q"])
    stored = runner.invoke(app, ["extract", "-f", "jsonl", "-q"])  # read back from the store
    for records in ([json.loads(line) for line in jsonl.stdout.splitlines()], json.loads(as_json.stdout),
                    [json.loads(line) for line in stored.stdout.splitlines()]):
        got = _by_doc(records)
        assert (got["in/given"]["outlet"], got["in/given"]["outlet_inferred"], got["in/given"]["published"],
                got["in/given"]["url"]) == ("Harbour Gazette", False, "2024-06-02", "https://gazette.invalid/ferry")
        assert (got["in/wire"]["outlet"], got["in/wire"]["outlet_inferred"]) == ("Reuters", True)
        assert (got["in/channel"]["outlet"], got["in/channel"]["via"]) == (None, "MSNBC")
    rows = {r["doc_id"]: r for r in csv.DictReader(io.StringIO(
        runner.invoke(app, ["extract", str(folder), "-f", "csv", "-q"]).stdout))}
    assert (rows["in/given"]["outlet"], rows["in/given"]["outlet_inferred"], rows["in/given"]["published"],
            rows["in/given"]["url"]) == ("Harbour Gazette", "false", "2024-06-02", "https://gazette.invalid/ferry")
    assert (rows["in/wire"]["outlet"], rows["in/wire"]["outlet_inferred"]) == ("Reuters", "true")


def test_outlets_inferred_is_marked_for_people(folder, tmp_path):
    for command in (["extract"], ["extract", "-f", "md"], ["table"], ["table", "-f", "md"]):
        out = runner.invoke(app, [*command, str(folder), "-q"]).stdout
        assert out.count("(inferred)") == 1, out  # only the wire story's outlet was inferred
        assert ("Reuters (inferred)" in out) if "md" in command else ("Reuters" in out)
    report = tmp_path / "r.html"
    assert runner.invoke(app, ["report", str(folder), "--html", str(report), "-q"]).exit_code == 0
    page = report.read_text(encoding="utf-8")
    assert "Reuters (inferred)" in page and 'title="outlet inferred from: OSLO, Norway (Reuters) -"' in page


def test_outlets_the_library_binds_records_too():
    import attrib

    (record,) = attrib.extract(CHANNEL, doc_id="c")
    assert (record.outlet, record.via) == (None, "MSNBC")
    (record,) = attrib.extract(DATELINE, doc_id="w")
    assert (record.outlet, record.outlet_inferred) == ("Reuters", True)
