"""Issue 18, points 9 and 11: the store is checked before anything is changed, and reading it
never needs write access."""

import hashlib
import os
import sqlite3
from contextlib import closing

import pytest
from typer.testing import CliRunner

from attrib.cli import app
from attrib.errors import StoreError
from attrib.store import Store

runner = CliRunner()


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_store_access_other_database_is_not_touched(tmp_path):
    db = tmp_path / "other.db"
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("CREATE TABLE ledger (amount INTEGER)")
        conn.execute("INSERT INTO ledger VALUES (12)")
        conn.commit()
    before = _digest(db)
    (tmp_path / "a.txt").write_text("Lea Roth said the dam was safe.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--db", str(db), "-q"])
    assert result.exit_code == 2 and "not an attrib store" in result.stderr
    assert _digest(db) == before
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # not switched to WAL
    assert not (tmp_path / "other.db-wal").exists()


@pytest.fixture
def stored(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, who in (("a", "Lea Roth"), ("b", "Ivo Sousa")):
        (folder / f"{name}.txt").write_text(f"\u201cThe dam is safe and the valley can rest,\u201d {who} said.",
                                            encoding="utf-8")
    db = tmp_path / "s.db"
    assert runner.invoke(app, ["extract", str(folder), "--db", str(db), "-q"]).exit_code == 0
    return db


def test_store_access_read_only_store_is_never_written(stored):
    with Store(stored, readonly=True) as store:
        assert [a.id for a in store.articles()] == ["in/a", "in/b"]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.db.execute("CREATE TABLE x (y)")
        store.save_clusters([], "[]")  # a cache: nothing is saved, no error
    with pytest.raises(StoreError, match="no such store"):
        Store(stored.with_name("missing.db"), readonly=True)


@pytest.mark.parametrize("command", [["claims", "-f", "json"], ["report", "--html", "{out}"],
                                     ["table", "--by", "claim", "-f", "json"], ["extract", "-f", "jsonl"]])
def test_store_access_commands_read_a_store_they_may_not_write(stored, tmp_path, monkeypatch, command):
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode & os.W_OK else real(p, mode, **kw))
    before = _digest(stored)
    args = [a.replace("{out}", str(tmp_path / "r.html")) for a in command]
    result = runner.invoke(app, [*args, "--db", str(stored), "-q"])
    assert result.exit_code == 0, result.output
    assert _digest(stored) == before
    stored.chmod(0o444)
    stored.parent.chmod(0o555)
    try:
        result = runner.invoke(app, [*args, "--db", str(stored), "-q"])
    finally:
        stored.parent.chmod(0o755)
        stored.chmod(0o644)
    assert result.exit_code == 0, result.output
