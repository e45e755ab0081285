"""The same extraction in this process, in worker processes (--jobs) and on a dask
LocalCluster with 2 workers (--dask): identical records, in the same order."""

import pytest

from attrib.batch import ExtractConfig, run_articles
from attrib.batch.runner import chunked, ordered_map
from attrib.errors import AttribError
from attrib.load import load_articles
from tests.conftest import FIXTURES


@pytest.fixture(scope="module")
def articles():
    found, errors = load_articles([FIXTURES / "seeds"])
    assert len(found) == 5 and not errors
    return found


@pytest.fixture(scope="module")
def local(articles):
    return [(r.article.id, r.attributions) for r in run_articles(articles, ExtractConfig())]


def test_backends_jobs_two_equals_local(articles, local):
    assert [(r.article.id, r.attributions) for r in run_articles(articles, ExtractConfig(), jobs=2)] == local


def test_backends_dask_local_cluster_two_workers_equals_local(articles, local):
    pytest.importorskip("distributed", reason="dask.distributed is part of the [test] extra")
    from distributed import LocalCluster

    from attrib.batch.dask import dask_executor

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        assert len(cluster.workers) == 2
        got = [(r.article.id, r.attributions) for r in run_articles(articles, ExtractConfig(), dask=cluster.scheduler_address)]
    assert got == local and sum(len(records) for _, records in got) > 50
    with pytest.raises(AttribError, match="dask scheduler"):
        with dask_executor("tcp://127.0.0.1:9"):
            pass


def test_backends_ordered_map_is_ordered_and_bounded():
    from concurrent.futures import ThreadPoolExecutor

    submitted = []

    def chunks():
        for chunk in chunked(range(100), 7):
            submitted.append(chunk[0])
            yield chunk

    seen = []
    with ThreadPoolExecutor(4) as pool:
        for item in ordered_map(pool.submit, lambda c: [x * 2 for x in c], chunks(), window=3):
            seen.append(item)
            # never more than `window` chunks ahead of what has been consumed
            assert len(submitted) * 7 - len(seen) <= 3 * 7
    assert seen == [x * 2 for x in range(100)]


def test_backends_jobs_must_be_positive(articles):
    with pytest.raises(AttribError, match="--jobs"):
        list(run_articles(articles, ExtractConfig(), jobs=0))


def test_backends_jobs_beyond_the_cores_are_cut_and_said(tmp_path, monkeypatch):
    """'--jobs 64' on a small machine: one worker a core, said once, the same records."""
    import importlib

    from attrib.store import Store, ingest

    ingest_module = importlib.import_module("attrib.store.ingest")

    pools = []
    real = run_articles

    def spy(articles, config, *, jobs=1, dask=None):
        pools.append(jobs)
        return real(articles, config, jobs=jobs, dask=dask)

    monkeypatch.setattr(ingest_module, "usable_cores", lambda: 1)
    monkeypatch.setattr(ingest_module, "run_articles", spy)
    notes = []
    with Store(tmp_path / "s.db") as store:
        done = ingest(store, [FIXTURES / "seeds"], ExtractConfig(), jobs=64, on_note=notes.append)
    assert pools == [1] and done.extracted == 5
    assert notes == ["--jobs 64: 1 core(s) available, so 1 worker(s) are used"]
