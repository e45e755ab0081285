"""Articles in, Results out, in input order, with a bounded number of articles in flight.

One code path for every backend: in this process the extractor streams the articles
through ``nlp.pipe``; with ``jobs > 1`` chunks of articles go to a pool of worker
processes; with ``dask`` they go to a dask.distributed cluster through its
concurrent.futures executor. Each worker loads the pipeline once and keeps it.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from itertools import islice
from typing import Optional

from attrib.batch.config import ExtractConfig
from attrib.errors import AttribError
from attrib.models import Article
from attrib.pipeline import Result

CHUNK = 8  # articles per task: large enough to amortise the round trip, small enough to balance

_extractors: dict[ExtractConfig, object] = {}


def extract_chunk(config: ExtractConfig, articles: list[Article]) -> list[Result]:
    """Run in a worker: the Results of a chunk of articles (the pipeline is loaded once per worker)."""
    extractor = _extractors.get(config)
    if extractor is None:
        extractor = _extractors[config] = config.extractor()
    return list(extractor.run(articles))


def _quiet_worker(parent: int) -> None:
    # Ctrl-C reaches the whole process group: the parent stops the run, workers just end.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_end_with_parent, args=(parent,), name="attrib-parent-watch", daemon=True).start()


def _end_with_parent(parent: int, every: float = 0.5) -> None:
    """End this worker when the process that started it is gone (killed with -9, it could not
    shut the pool down): a worker whose parent changed was orphaned. Polling works on every
    POSIX system, unlike Linux's PR_SET_PDEATHSIG; os._exit also ends a parse in progress."""
    while True:
        time.sleep(every)
        if os.getppid() != parent:
            os._exit(1)


def chunked(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def ordered_map(submit: Callable[..., Future], fn, chunks: Iterable[list], window: int) -> Iterator:
    """``fn`` over ``chunks`` through ``submit``; the items of each result, in order.
    At most ``window`` chunks are submitted and not yet consumed, so memory stays bounded."""
    pending: deque[Future] = deque()
    try:
        for chunk in chunks:
            pending.append(submit(fn, chunk))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # no affinity on this system (macOS, Windows)
        return max(1, os.cpu_count() or 1)


@contextmanager
def _executor(jobs: int, dask: Optional[str]) -> Iterator[Optional[tuple[Executor, int]]]:
    """(executor, number of workers), or None to run in this process."""
    if dask:
        from attrib.batch.dask import dask_executor

        with dask_executor(dask) as pair:
            yield pair
        return
    if jobs <= 1:
        yield None
        return
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"), initializer=_quiet_worker,
                               initargs=(os.getpid(),))
    try:
        yield pool, jobs
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def run_articles(
    articles: Iterable[Article], config: ExtractConfig, *, jobs: int = 1, dask: Optional[str] = None
) -> Iterator[Result]:
    """One Result per article, in input order (see :class:`attrib.pipeline.Extractor`)."""
    if jobs < 1:
        raise AttribError(f"--jobs must be at least 1 (got {jobs})")
    with _executor(jobs, dask) as backend:
        if backend is None:
            yield from config.extractor().run(articles)
            return
        executor, workers = backend

        def submit(fn, chunk):
            return executor.submit(fn, config, chunk)

        try:
            yield from ordered_map(submit, extract_chunk, chunked(articles, CHUNK), window=2 * workers + 1)
        except AttribError:
            raise
        except Exception as exc:  # a worker died or could not start: say so in one line
            raise AttribError(f"a worker failed: {exc.__class__.__name__}: {exc}") from None
