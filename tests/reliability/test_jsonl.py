"""Issue 18, points 4 and 8: a JSONL corpus is read line by line; one bad line is that line's
skipped: message, and the line numbers stay right."""

import json

from typer.testing import CliRunner

from attrib.cli import app
from attrib.errors import LoadError
from attrib.load.jsonl import iter_jsonl

runner = CliRunner()
GOOD = "Nadia Brooks said the library would reopen in May."


def test_jsonl_lone_surrogate_is_that_lines_skip(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "text": GOOD}) + "\n"
        + '{"id": "b", "text": "Tom Reyes said the pool was closed.", "outlet": "\\ud800"}\n'
        + '{"id": "c", "text": "Pia Lund said the \\udfff park was open."}\n'
        + json.dumps({"id": "d", "text": GOOD.replace("May", "June")}) + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "s.db"
    for _ in range(2):  # the rerun is not stopped by the same line either
        result = runner.invoke(app, ["extract", str(corpus), "-f", "jsonl", "--db", str(db), "-q"])
        assert result.exit_code == 1, result.output
        assert "unexpected" not in result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 2 and "corpus.jsonl:2" in lines[0] and "'outlet'" in lines[0]
        assert "corpus.jsonl:3" in lines[1] and "surrogate" in lines[1]
        assert sorted({json.loads(r)["doc_id"] for r in result.stdout.splitlines()}) == ["a", "d"]


def test_jsonl_splits_lines_on_newline_only():
    raw = (json.dumps({"id": "a", "text": "Line\u2028sep and next\u0085line and \u2029 para."}, ensure_ascii=False)
           + "\n{broken\n" + json.dumps({"id": "b", "text": "Fine\x1c\x1d\x1e."}, ensure_ascii=False) + "\n")
    items = list(iter_jsonl(raw, source="c.jsonl"))
    assert [i.id if not isinstance(i, LoadError) else i.source for i in items] == ["a", "c.jsonl:2", "b"]
    assert "\u2028" in items[0].text and "\u0085" in items[0].text


def test_jsonl_own_records_with_line_separators_read_back(tmp_path):
    from attrib.evaluate import read_predictions
    from attrib.models import Attribution, Span, Speaker

    text = "a\u2028b\u0085c"
    record = Attribution(id="d#1", doc_id="d", kind="direct", content=Span(start=0, end=len(text), text=text),
                         speaker=Speaker(name="Ana"))
    path = tmp_path / "pred.jsonl"
    path.write_text(record.model_dump_json() + "\n", encoding="utf-8")
    assert read_predictions(path) == {"d": [record]}
