"""Ingest: articles from files into the store, only those it does not hold yet; then the
records of a selection read back, with speaker keys linked across that selection.

Each article is committed as soon as it is extracted, so an interrupted run loses at most
the articles in flight, and running the same command again extracts only the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from attrib.attribute.keys import KeyLinker, apply_key, load_aliases
from attrib.batch import ExtractConfig, run_articles, usable_cores
from attrib.errors import LoadError
from attrib.load import iter_articles
from attrib.models import Article, Attribution
from attrib.store.sqlite import Store

Wanted = list[tuple[str, str]]


@dataclass
class Ingest:
    """What one ingest did: the articles given (id, content hash; in input order), how many
    were extracted and how many were already stored, and the one-line errors."""

    wanted: Wanted = field(default_factory=list)
    extracted: int = 0
    cached: int = 0
    failures: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    config: ExtractConfig,
    *,
    outlet: Optional[str] = None,
    jobs: int = 1,
    dask: Optional[str] = None,
    on_skip: Callable[[str], None] = lambda message: None,
    on_article: Callable[[Ingest], None] = lambda state: None,
    on_note: Callable[[str], None] = lambda message: None,
) -> Ingest:
    """Load the articles under ``paths`` and extract those the store does not hold (same id,
    text and extraction fingerprint). ``on_skip`` hears of each unreadable or failed source as
    it happens; ``on_article`` is called after each article (for progress); ``on_note``
    hears what was changed to read an article (its notes), of each article whose id the
    store held with another text (that text is replaced), and of ``jobs`` cut to the cores
    this process may use."""
    state = Ingest()
    fingerprint = config.fingerprint()
    seen: dict[str, tuple[str, str]] = {}

    def skip(message: str) -> None:
        state.failures.append(message)
        on_skip(message)

    def fresh() -> Iterator[Article]:
        for item in iter_articles(paths, outlet=outlet):
            if isinstance(item, LoadError):
                skip(str(item))
                continue
            source = item.source or item.id
            if item.id in seen:
                if seen[item.id][0] != item.content_hash:
                    skip(f"{source}: id '{item.id}' is already used by {seen[item.id][1]}; give one of them "
                         "another id (front matter 'id:' or the jsonl 'id' field)")
                continue
            seen[item.id] = (item.content_hash, source)
            for note in item.notes:
                on_note(note)
            state.wanted.append((item.id, item.content_hash))
            if store.has(item, fingerprint):
                state.cached += 1
                on_article(state)
                continue
            held = store.held(item.id)
            if held is not None and held[0] != item.content_hash:
                message = (f"{source}: replaces the earlier text stored under id '{item.id}'"
                           + (f" (from {held[1]})" if held[1] and held[1] != source else ""))
                state.replaced.append(message)
                on_note(message)
            yield item

    cores = usable_cores()
    if jobs > cores and not dask:  # more workers than cores: no faster, and each holds a pipeline
        on_note(f"--jobs {jobs}: {cores} core(s) available, so {cores} worker(s) are used")
        jobs = cores
    for result in run_articles(fresh(), config, jobs=jobs, dask=dask):
        if result.error is not None:
            skip(f"{result.error.source}: {result.error.message}")
        else:
            store.put(result.article, result.attributions, fingerprint)
            state.extracted += 1
        on_article(state)
    aliases = load_aliases(config.aliases)
    if not store.speakers_current(aliases):  # also after a run interrupted before this point
        store.refresh_speakers(aliases)
    return state


@dataclass
class Selection:
    """Articles of a store to read: ``wanted`` (id, content hash) pairs in order, or the whole store."""

    store: Store
    wanted: Optional[Wanted] = None
    aliases: Optional[str] = None

    def records(self) -> Iterator[Attribution]:
        """The records, article by article, with speaker keys linked across exactly these articles."""
        linker = KeyLinker(self.store.speaker_names(self.wanted), load_aliases(self.aliases))
        meta = self.store.article_meta(self.wanted)  # the article's outlet binds its records, also in older stores
        for record in self.store.records(self.wanted):
            record = apply_key(record, linker)
            bound = meta.get(record.doc_id)
            yield record.model_copy(update=bound) if bound else record

    def articles(self) -> list[Article]:
        return list(self.store.articles(self.wanted))
