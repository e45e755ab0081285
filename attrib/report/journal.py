"""A journal of finished articles next to an output file, so that an interrupted run
can be resumed: each article's records are appended (and flushed) as soon as they are
extracted; a re-run skips the articles already in the journal (same id and content hash) and the
journal is removed once the output is written. A torn last line (kill -9) is ignored."""

from __future__ import annotations

import json
import os
from pathlib import Path

from pydantic import ValidationError

from attrib.models import Article, Attribution


class Journal:
    def __init__(self, out: Path | str):
        out = Path(out)
        self.path = out.with_name(f".{out.name}.journal.jsonl")
        self._handle = None

    @staticmethod
    def key(article: Article) -> str:
        """An article is the same when its id and its text are."""
        return f"{article.id}\x00{article.content_hash}"

    def load(self) -> dict[str, tuple[Article, list[Attribution]]]:
        """Finished articles by :meth:`key`."""
        done: dict[str, tuple[Article, list[Attribution]]] = {}
        if not self.path.exists():
            return done
        for line in self.path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                entry = json.loads(line)
                article = Article.model_validate(entry["article"])
                records = [Attribution.model_validate(r) for r in entry["records"]]
            except (json.JSONDecodeError, KeyError, TypeError, ValidationError):
                continue  # a line torn by an interruption: that article is done again
            done[self.key(article)] = (article, records)
        return done

    def append(self, article: Article, records: list[Attribution]) -> None:
        if self._handle is None:
            self._handle = self.path.open("a", encoding="utf-8")
        entry = {"article": article.model_dump(mode="json"), "records": [r.model_dump(mode="json") for r in records]}
        self._handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._handle.flush()
        os.fsync(self._handle.fileno())

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def remove(self) -> None:
        self.close()
        self.path.unlink(missing_ok=True)
