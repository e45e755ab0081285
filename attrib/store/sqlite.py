"""The store: one SQLite file with the articles, their attributions, the speakers and the
claim clusters. An article is stored under its id with its content hash and the
fingerprint of the extraction that produced its records; storing it again replaces it in
one transaction, so the file is always consistent, even after kill -9.

Records are kept as their JSON (the models of attrib.models) beside the columns that are
queried. Reads stream article by article, so a large store is never loaded whole.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Optional

from pydantic import ValidationError

from attrib.attribute.keys import KeyLinker
from attrib.errors import StoreError
from attrib.models import Article, Attribution, ClaimCluster

DEFAULT_DB = "attrib.db"
SCHEMA_VERSION = 1

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    doc_id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    outlet TEXT,
    source TEXT,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS attributions (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES articles(doc_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    speaker_name TEXT,
    speaker_type TEXT,
    speaker_key TEXT,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS attributions_doc ON attributions(doc_id, position);
CREATE INDEX IF NOT EXISTS attributions_speaker ON attributions(speaker_key);
CREATE TABLE IF NOT EXISTS speakers (
    key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT,
    role TEXT,
    attributions INTEGER NOT NULL,
    articles INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS clusters (
    id TEXT PRIMARY KEY,
    level TEXT NOT NULL,
    size INTEGER NOT NULL,
    data TEXT NOT NULL
);
"""


class Store:
    """An attrib store at ``path`` (created if missing). Use as a context manager."""

    def __init__(self, path: str | Path, *, temporary: bool = False, readonly: bool = False):
        """``readonly``: open the file for reading only (it must exist); nothing is ever written,
        so a store on read-only media or owned by someone else can be read."""
        self.path = Path(path)
        self.temporary = temporary
        self.readonly = readonly
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a folder, not a store file")
        if not self.path.parent.is_dir():
            raise StoreError(f"{self.path}: cannot create the store, folder {self.path.parent} does not exist")
        self.db = self._connect()
        try:
            self.db.execute("PRAGMA foreign_keys = ON")
            version = self._version()  # before any change: a database of another program is left as it is
            if version is not None and version > SCHEMA_VERSION:
                raise StoreError(f"{self.path}: store written by a newer attrib (schema {version}); upgrade attrib")
            if readonly:
                if version is None:
                    raise StoreError(f"{self.path}: an empty file, not an attrib store")
                self.db.execute("SELECT count(*) FROM articles").fetchone()  # the first read fails here if it must
                return
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            if version is None:
                with self._transaction():
                    for statement in filter(str.strip, _TABLES.split(";")):
                        self.db.execute(statement)
                    self.db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
                    self.db.execute("INSERT INTO meta VALUES ('generation', '0')")
        except sqlite3.OperationalError as exc:
            self.db.close()
            raise StoreError(f"{self.path}: cannot {'read' if readonly else 'open'} the store ({exc})") from None
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise StoreError(f"{self.path}: not an attrib store ({exc})") from None
        except StoreError:
            self.db.close()
            raise

    def _connect(self) -> sqlite3.Connection:
        try:
            if not self.readonly:
                # another attrib writing to the same store holds its lock for one article: wait for it
                return sqlite3.connect(self.path, isolation_level=None, timeout=60)
            if not self.path.is_file():
                raise StoreError(f"{self.path}: no such store")
            uri = self.path.resolve().as_uri()
            db = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, timeout=60)
            try:
                db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError:
                # a WAL store in a folder we cannot write (no -shm to share): read the file as it is
                db.close()
                db = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)
            return db
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from None

    @classmethod
    def for_reading(cls, path: str | Path) -> Store:
        """The store at ``path`` opened read-write when this process may write it (so clusters
        can be cached in it), else read-only: reading never needs write access."""
        target = Path(path)
        writable = os.access(target, os.W_OK) and os.access(target.parent or Path("."), os.W_OK)
        return cls(target, readonly=not writable)

    @classmethod
    def temporary_file(cls) -> Store:
        """A store in a temporary file, removed on :meth:`close` (for runs without --db)."""
        fd, name = tempfile.mkstemp(prefix="attrib-", suffix=".db")
        os.close(fd)
        os.unlink(name)
        return cls(name, temporary=True)

    def _version(self) -> Optional[int]:
        has_meta = self.db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
        if not has_meta:
            if self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise StoreError(f"{self.path}: a SQLite database, but not an attrib store")
            return None
        row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(row[0]) if row else None

    def _transaction(self):
        return _Transaction(self.db, self.path)

    def close(self) -> None:
        self.db.close()
        if self.temporary:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- articles and their records -------------------------------------------------

    def has(self, article: Article, fingerprint: str) -> bool:
        """True when this article (same id and text) was stored by the same extraction."""
        row = self.db.execute(
            "SELECT 1 FROM articles WHERE doc_id=? AND content_hash=? AND fingerprint=?",
            (article.id, article.content_hash, fingerprint),
        ).fetchone()
        return row is not None

    def held(self, doc_id: str) -> Optional[tuple[str, Optional[str]]]:
        """(content hash, source) of the article stored under ``doc_id``, or None."""
        row = self.db.execute("SELECT content_hash, source FROM articles WHERE doc_id=?", (doc_id,)).fetchone()
        return None if row is None else (row[0], row[1])

    def stale(self, fingerprint: str) -> int:
        """How many stored articles another extraction (attrib version, model, lexicon) produced."""
        return self.db.execute("SELECT count(*) FROM articles WHERE fingerprint != ?", (fingerprint,)).fetchone()[0]

    def put(self, article: Article, records: Sequence[Attribution], fingerprint: str) -> None:
        """Store an article and its records, replacing what was stored under its id."""
        with self._transaction():
            self.db.execute("DELETE FROM articles WHERE doc_id=?", (article.id,))
            self.db.execute(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?)",
                (article.id, article.content_hash, fingerprint, article.outlet, article.source,
                 article.model_dump_json()),
            )
            self.db.executemany(
                "INSERT INTO attributions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (r.id, r.doc_id, n, r.kind, r.speaker.name, r.speaker.type, r.speaker.key, r.model_dump_json())
                    for n, r in enumerate(records)
                ],
            )
            self._bump()

    def _bump(self) -> None:
        self.db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key='generation'")

    @property
    def generation(self) -> int:
        """Grows with every change of articles or records (a stamp for cached clusters)."""
        return int(self.db.execute("SELECT value FROM meta WHERE key='generation'").fetchone()[0])

    def counts(self) -> dict[str, int]:
        return {
            table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "attributions", "speakers", "clusters")
        }

    def _selected(self, wanted: Optional[Iterable[tuple[str, str]]]) -> str:
        """Fill the temporary selection table with (doc_id, content_hash) pairs, in order;
        return the FROM clause that reads the selection (or the whole store)."""
        if wanted is None:
            return "articles a ORDER BY a.rowid"
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS selection (pos INTEGER PRIMARY KEY, doc_id TEXT, hash TEXT)")
        self.db.execute("DELETE FROM selection")
        self.db.executemany("INSERT INTO selection (doc_id, hash) VALUES (?, ?)", wanted)
        return "selection s JOIN articles a ON a.doc_id = s.doc_id AND a.content_hash = s.hash ORDER BY s.pos"

    def articles(self, wanted: Optional[Iterable[tuple[str, str]]] = None) -> Iterator[Article]:
        """Stored articles: all in the order they were stored, or the ``wanted`` (id, hash) pairs in their order."""
        for (data,) in self.db.execute(f"SELECT a.data FROM {self._selected(wanted)}").fetchall():
            yield self._load(Article, data)

    def records(self, wanted: Optional[Iterable[tuple[str, str]]] = None) -> Iterator[Attribution]:
        """Stored records, article by article (see :meth:`articles`), in text order."""
        ids = [row[0] for row in self.db.execute(f"SELECT a.doc_id FROM {self._selected(wanted)}").fetchall()]
        for doc_id in ids:
            rows = self.db.execute("SELECT data FROM attributions WHERE doc_id=? ORDER BY position", (doc_id,))
            for (data,) in rows.fetchall():
                yield self._load(Attribution, data)

    def article_meta(self, wanted: Optional[Iterable[tuple[str, str]]] = None) -> dict[str, dict]:
        """doc_id -> outlet, outlet_inferred, published, url of the selection (without the texts)."""
        rows = self.db.execute(
            "SELECT a.doc_id, a.outlet, json_extract(a.data, '$.outlet_inferred'), json_extract(a.data, '$.published'), "
            f"json_extract(a.data, '$.url') FROM {self._selected(wanted)}"
        ).fetchall()
        return {d: {"outlet": o, "outlet_inferred": bool(i), "published": dt.date.fromisoformat(p) if p else None,
                    "url": u} for d, o, i, p, u in rows}

    def speaker_names(self, wanted: Optional[Iterable[tuple[str, str]]] = None) -> list[tuple[str, str]]:
        """The distinct (name, type) of the speakers of the selection (for cross-article keys)."""
        source = self._selected(wanted).rsplit(" ORDER BY ", 1)[0]
        return self.db.execute(
            f"SELECT DISTINCT t.speaker_name, t.speaker_type FROM {source} "
            "JOIN attributions t ON t.doc_id = a.doc_id WHERE t.speaker_name IS NOT NULL"
        ).fetchall()

    def _load(self, model, data: str):
        try:
            return model.model_validate_json(data)
        except ValidationError as exc:
            raise StoreError(f"{self.path}: a stored {model.__name__} does not match this attrib ({exc.error_count()} "
                             "error(s)); extract into a new store") from None

    # -- speakers -------------------------------------------------------------------

    def speakers_current(self, aliases: Optional[dict[str, str]] = None) -> bool:
        """True when the speakers table was built from the store as it is, with these aliases."""
        row = self.db.execute("SELECT value FROM meta WHERE key='speakers_stamp'").fetchone()
        return row is not None and row[0] == self._stamp(json.dumps(aliases or {}, sort_keys=True))

    def refresh_speakers(self, aliases: Optional[dict[str, str]] = None) -> None:
        """Link speaker keys over the whole store and rebuild the speakers table."""
        linker = KeyLinker(self.speaker_names(), aliases)
        stamp = self._stamp(json.dumps(aliases or {}, sort_keys=True))
        with self._transaction():
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('speakers_stamp', ?)", (stamp,))
            pairs = self.db.execute(
                "SELECT DISTINCT speaker_name, speaker_type FROM attributions WHERE speaker_name IS NOT NULL"
            ).fetchall()
            self.db.executemany(
                "UPDATE attributions SET speaker_key=? WHERE speaker_name=? AND speaker_type IS ?",
                [(linker.key(name, kind)[0], name, kind) for name, kind in pairs],
            )
            self.db.execute("DELETE FROM speakers")
            self.db.execute(
                """
                INSERT INTO speakers
                SELECT speaker_key,
                       (SELECT speaker_name FROM attributions b WHERE b.speaker_key = t.speaker_key
                        ORDER BY length(speaker_name) DESC, speaker_name LIMIT 1),
                       min(speaker_type),
                       (SELECT json_extract(b.data, '$.speaker.role') FROM attributions b
                        WHERE b.speaker_key = t.speaker_key AND json_extract(b.data, '$.speaker.role') IS NOT NULL
                        GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1),
                       count(*), count(DISTINCT doc_id)
                FROM attributions t WHERE speaker_key IS NOT NULL GROUP BY speaker_key
                """
            )

    def speakers(self) -> list[dict]:
        """The speakers table: key, name, type, role, attributions, articles; most quoted first."""
        rows = self.db.execute("SELECT * FROM speakers ORDER BY attributions DESC, key").fetchall()
        names = ("key", "name", "type", "role", "attributions", "articles")
        return [dict(zip(names, row)) for row in rows]

    # -- claim clusters -------------------------------------------------------------

    def cached_clusters(self, options: str) -> Optional[list[ClaimCluster]]:
        """Clusters saved for the whole store as it is now, with the same options; else None.
        ``options`` holds everything the clusters depend on besides the store: the CLI puts
        in the digest of attrib's code and data, so an upgraded attrib clusters anew."""
        row = self.db.execute("SELECT value FROM meta WHERE key='clusters_stamp'").fetchone()
        if row is None or row[0] != self._stamp(options):
            return None
        return [self._load(ClaimCluster, d) for (d,) in self.db.execute("SELECT data FROM clusters ORDER BY rowid")]

    def save_clusters(self, clusters: Sequence[ClaimCluster], options: str) -> None:
        """Replace the clusters table with the clusters of the whole store (a cache: nothing
        is saved in a store opened read-only)."""
        if self.readonly:
            return
        with self._transaction():
            self.db.execute("DELETE FROM clusters")
            self.db.executemany(
                "INSERT INTO clusters VALUES (?, ?, ?, ?)",
                [(c.id, c.level, len(c.members), c.model_dump_json()) for c in clusters],
            )
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('clusters_stamp', ?)", (self._stamp(options),))

    def _stamp(self, options: str) -> str:
        return json.dumps([self.generation, options])


def _guarded(method):
    """SQLite errors while using the store become one StoreError naming the store: a damaged
    file ("database disk image is malformed") is said to be damaged, never 'unexpected'."""

    def failure(store: Store, exc: sqlite3.Error) -> StoreError:
        if isinstance(exc, sqlite3.OperationalError):
            return StoreError(f"{store.path}: cannot use the store ({exc})")
        return StoreError(f"{store.path}: the store is damaged ({exc}); restore it from a copy, "
                          "or extract the articles into a new store")

    if inspect.isgeneratorfunction(method):
        @functools.wraps(method)
        def stream(self, *args, **kwargs):
            try:
                yield from method(self, *args, **kwargs)
            except sqlite3.Error as exc:
                raise failure(self, exc) from None

        return stream

    @functools.wraps(method)
    def call(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise failure(self, exc) from None

    return call


for _name in ("has", "held", "stale", "put", "counts", "articles", "records", "article_meta", "speaker_names", "speakers_current",
              "refresh_speakers", "speakers", "cached_clusters", "save_clusters"):
    setattr(Store, _name, _guarded(getattr(Store, _name)))
Store.generation = property(_guarded(Store.generation.fget))  # type: ignore[method-assign]


class _Transaction:
    """BEGIN ... COMMIT, or ROLLBACK on any exception (also KeyboardInterrupt)."""

    def __init__(self, db: sqlite3.Connection, path: Path):
        self.db = db
        self.path = path

    def __enter__(self):
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:  # locked too long, read-only file, disk full
            raise StoreError(f"{self.path}: cannot write to the store ({exc})") from None

    def __exit__(self, exc_type, exc, tb):
        try:
            self.db.execute("ROLLBACK" if exc_type else "COMMIT")
        except sqlite3.OperationalError as exc:
            if exc_type is None:
                raise StoreError(f"{self.path}: cannot write to the store ({exc})") from None
