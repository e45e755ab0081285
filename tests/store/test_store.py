"""The store (attrib/store): idempotent and incremental ingest, reading back, speakers,
cached clusters, and clear errors for files that are not stores."""

import json
import shutil
import sqlite3
from contextlib import closing

import pytest
from typer.testing import CliRunner

from attrib.batch import ExtractConfig
from attrib.cli import app
from attrib.errors import StoreError
from attrib.store import Selection, Store, ingest
from tests.conftest import FIXTURES

runner = CliRunner()
SEEDS = FIXTURES / "seeds"


def counts(path):
    with closing(sqlite3.connect(path)) as db:
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "attributions")}


def cli(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


def test_store_ingest_twice_adds_nothing(tmp_path, corpus):
    db = tmp_path / "s.db"
    first = cli("extract", corpus, "-f", "jsonl", "--db", db, "-q")
    assert first.exit_code == 0
    after_first = counts(db)
    assert after_first["articles"] == 5 and after_first["attributions"] == len(first.stdout.splitlines())
    with Store(db) as store:
        generation = store.generation
    second = cli("extract", corpus, "-f", "jsonl", "--db", db)
    assert second.exit_code == 0
    assert "0 article(s) extracted, 5 already stored" in second.stderr
    assert counts(db) == after_first and second.stdout == first.stdout
    with Store(db) as store:
        assert store.generation == generation  # nothing was written


def test_store_only_new_and_changed_articles_are_extracted(tmp_path, corpus):
    db = tmp_path / "s.db"
    config = ExtractConfig()
    with Store(db) as store:
        assert ingest(store, [corpus], config).extracted == 5
        (corpus / "new.txt").write_text("Ana Ruiz, the city engineer, said the bridge was safe.", encoding="utf-8")
        done = ingest(store, [corpus], config)
        assert (done.extracted, done.cached) == (1, 5)
        changed = corpus / "new.txt"
        changed.write_text("Ana Ruiz, the city engineer, said the bridge was closed.", encoding="utf-8")
        done = ingest(store, [corpus], config)
        assert (done.extracted, done.cached) == (1, 5)
        records = [r for r in store.records() if r.doc_id == "corpus/new"]
        assert [r.content.text for r in records] == ["the bridge was closed"]  # replaced, not added
        assert store.counts()["articles"] == 6


def test_store_changed_extraction_fingerprint_reextracts(tmp_path, corpus):
    lexicon = tmp_path / "extra.yaml"
    lexicon.write_text("speech:\n  - opine\n", encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        assert ingest(store, [corpus], ExtractConfig()).extracted == 5
        assert ingest(store, [corpus], ExtractConfig(lexicon=str(lexicon))).extracted == 5
        assert ingest(store, [corpus], ExtractConfig(lexicon=str(lexicon))).extracted == 0


def test_store_records_of_another_extraction_are_pointed_out(tmp_path, corpus):
    """Reading the whole store, articles extracted by another version or settings are
    counted on stderr with how to refresh them; the output is still written."""
    lexicon = tmp_path / "extra.yaml"
    lexicon.write_text("speech:\n  - opine\n", encoding="utf-8")
    db = tmp_path / "s.db"
    with Store(db) as store:
        ingest(store, [corpus], ExtractConfig(lexicon=str(lexicon)))
        ingest(store, [sorted(corpus.iterdir())[0]], ExtractConfig())
    result = cli("table", "-f", "csv", "--db", db)
    assert result.exit_code == 0 and result.stdout.strip()
    assert "4 stored article(s) were extracted by another attrib version or settings" in result.stderr
    assert "4 stored" not in cli("table", "-f", "csv", "--db", db, "--lexicon", lexicon).stderr
    quiet = cli("table", "-f", "csv", "--db", db, "-q").stderr  # --quiet: only which store is read
    assert quiet.strip() == f"{db}: no PATHS given, reading the whole store (5 article(s))"


def test_store_selection_reads_given_articles_in_order(tmp_path, corpus):
    with Store(tmp_path / "s.db") as store:
        ingest(store, [corpus], ExtractConfig())
        files = sorted(corpus.iterdir(), reverse=True)[:2]
        done = ingest(store, files, ExtractConfig())
        selection = Selection(store, done.wanted)
        assert [a.id for a in selection.articles()] == [f"corpus/{f.stem}" for f in files]
        assert {r.doc_id for r in selection.records()} == {f"corpus/{f.stem}" for f in files}


def test_store_commands_read_the_store_like_the_files(tmp_path, corpus):
    db = tmp_path / "s.db"
    for command in (["extract", "-f", "jsonl"], ["claims", "-f", "json"], ["table", "-f", "csv"]):
        from_files = cli(*command, corpus, "--db", db, "-q")
        from_store = cli(*command, "--db", db, "-q")
        assert from_files.exit_code == from_store.exit_code == 0
        assert from_store.stdout == from_files.stdout and from_store.stdout.strip()
    report = tmp_path / "r.html"
    assert cli("report", "--html", report, "--db", db, "-q").exit_code == 0
    assert "<html" in report.read_text(encoding="utf-8")


def test_store_clusters_are_saved_and_reused(tmp_path, corpus):
    db = tmp_path / "s.db"
    assert cli("extract", corpus, "--db", db, "-q").exit_code == 0
    first = cli("claims", "-f", "json", "--db", db)
    with closing(sqlite3.connect(db)) as conn:
        saved = conn.execute("SELECT count(*), sum(size) FROM clusters").fetchone()
    clusters = json.loads(first.stdout)
    assert saved == (len(clusters), sum(len(c["members"]) for c in clusters)) and clusters
    from attrib.batch.config import code_digest

    with Store(db) as store:
        # the clustering code, the synonyms and aliases files and --semantic are part of the key
        stamp_options = json.dumps([code_digest(), None, None, False])
        assert store.cached_clusters(stamp_options) is not None
    assert cli("claims", "-f", "json", "--db", db).stdout == first.stdout
    (corpus / "new.txt").write_text("Ana Ruiz said the bridge was safe.", encoding="utf-8")
    assert cli("extract", corpus, "--db", db, "-q").exit_code == 0
    with Store(db) as store:
        assert store.cached_clusters(stamp_options) is None  # the store changed: computed again


def test_store_speakers_table(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("Vladimir Putin said the talks were useful. Putin said more would follow.\n",
                                  encoding="utf-8")
    (folder / "b.txt").write_text("Putin, the Russian president, said the West was to blame.\n", encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        ingest(store, [folder], ExtractConfig())
        speakers = {s["key"]: s for s in store.speakers()}
    putin = speakers["person:vladimir-putin"]
    assert (putin["name"], putin["attributions"], putin["articles"]) == ("Vladimir Putin", 3, 2)
    assert putin["role"] == "Russian president"  # roles are stored without the article (guideline 3)


def test_store_no_db_keeps_nothing(tmp_path, corpus, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ATTRIB_DB")
    assert cli("extract", corpus, "--no-db", "-q").exit_code == 0
    assert not list(tmp_path.glob("*.db*"))
    assert cli("extract", corpus, "-q").exit_code == 0
    assert (tmp_path / "attrib.db").exists()  # the default store


def test_store_without_paths_or_store_is_one_line(tmp_path):
    result = cli("extract", "--db", tmp_path / "missing.db")
    assert result.exit_code == 2 and "no store at" in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("content", [b"not a database at all, just text" * 100, b""])
def test_store_not_a_store_is_one_line(tmp_path, corpus, content):
    db = tmp_path / "notes.db"
    db.write_bytes(content)
    if not content:  # an empty file is a new, empty database: becomes a store
        assert cli("extract", corpus, "--db", db, "-q").exit_code == 0
        return
    result = cli("extract", corpus, "--db", db, "-q")
    assert result.exit_code == 2 and "not an attrib store" in result.stderr
    assert "Traceback" not in result.stderr and db.read_bytes() == content  # nothing lost


def test_store_other_sqlite_database_is_left_alone(tmp_path, corpus):
    db = tmp_path / "other.db"
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("CREATE TABLE mine (x)")
        conn.commit()
    result = cli("extract", corpus, "--db", db, "-q")
    assert result.exit_code == 2 and "not an attrib store" in result.stderr
    with pytest.raises(StoreError):
        Store(db)


def test_store_duplicate_ids_are_reported(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "same", "text": "Ana Ruiz said the bridge was safe."}) + "\n"
                      + json.dumps({"id": "same", "text": "Bo Lee said the road was shut."}) + "\n", encoding="utf-8")
    result = cli("extract", corpus, "-f", "jsonl", "--db", tmp_path / "s.db", "-q")
    assert result.exit_code == 1 and "id 'same' is already used by" in result.stderr
    assert [json.loads(line)["content"]["text"] for line in result.stdout.splitlines()] == ["the bridge was safe"]


def test_store_same_file_name_in_two_folders_are_two_articles(tmp_path):
    for sub, text in (("x", "Ana Ruiz said the bridge was safe."), ("y", "Bo Lee said the road was shut.")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text(text, encoding="utf-8")
    result = cli("extract", tmp_path / "x", tmp_path / "y", "-f", "jsonl", "--db", tmp_path / "s.db", "-q")
    assert result.exit_code == 0 and result.stderr == ""
    assert [(r["doc_id"], r["content"]["text"]) for r in map(json.loads, result.stdout.splitlines())] == [
        ("x/same", "the bridge was safe"), ("y/same", "the road was shut")]


def test_store_in_a_missing_folder_is_one_line(tmp_path, corpus):
    result = cli("extract", corpus, "--db", tmp_path / "nowhere" / "s.db", "-q")
    assert result.exit_code == 2 and "does not exist" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_store_read_only_is_one_line(tmp_path, corpus):
    db = tmp_path / "s.db"
    assert cli("extract", corpus, "--db", db, "-q").exit_code == 0
    (corpus / "new.txt").write_text("Ana Ruiz said the bridge was safe.", encoding="utf-8")
    db.chmod(0o444)
    try:
        result = cli("extract", corpus, "--db", db, "-q")
    finally:
        db.chmod(0o644)
    if result.exit_code == 0:
        pytest.skip("running as a user who can write read-only files (root)")
    assert result.exit_code == 2 and "store" in result.stderr and "Traceback" not in result.stderr
